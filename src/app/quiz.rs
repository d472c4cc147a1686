//! The "find your fit" quiz: where the visitor is in it, and the pure scoring that ranks
//! specialisms from the answers. Questions and weights come from the data file.

use super::{App, Overlay, Pane};
use crate::action::Action;
use crate::data::Catalogue;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct QuizState {
    /// The chosen answer for each question answered so far.
    pub answers: Vec<usize>,
    /// The highlighted answer of the current question, or the highlighted result (or
    /// stage, while asking it).
    pub cursor: usize,
    /// True while the first screen asks where the visitor is now (the last entry skips).
    pub asking_stage: bool,
    /// Whether this quiz asked the stage, so going back from the first question returns
    /// to it.
    pub asked_stage: bool,
}

impl QuizState {
    /// Index of the question being asked, or `None` once every question is answered.
    pub fn question(&self, catalogue: &Catalogue) -> Option<usize> {
        (self.answers.len() < catalogue.quiz.len()).then_some(self.answers.len())
    }

    /// How many choices the cursor moves over right now.
    /// (The stage question, asked first, keeps its own count.)
    pub fn choices(&self, catalogue: &Catalogue) -> usize {
        match self.question(catalogue) {
            Some(q) => catalogue.quiz[q].answers.len(),
            None => catalogue.specialisms.len(),
        }
    }
}

/// One specialism's place in the quiz result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ranked {
    pub specialism: usize,
    pub score: u32,
    /// Why it scored: the answer that counted most towards it.
    pub reason: String,
}

/// Ranks every specialism by the summed weights of the chosen answers, best first;
/// ties keep the catalogue's order.
pub fn rank(catalogue: &Catalogue, answers: &[usize]) -> Vec<Ranked> {
    let chosen: Vec<_> = catalogue
        .quiz
        .iter()
        .zip(answers)
        .filter_map(|(question, &a)| question.answers.get(a))
        .collect();
    let mut ranked: Vec<Ranked> = catalogue
        .specialisms
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let weights = chosen
                .iter()
                .filter_map(|answer| Some((answer, *answer.weights.get(&s.id)?)));
            let score = weights.clone().map(|(_, w)| u32::from(w)).sum();
            // The strongest contribution; among equals, the earliest question.
            let best =
                weights.fold(
                    None,
                    |best: Option<(&&crate::data::Answer, u8)>, (a, w)| match best {
                        Some((_, bw)) if bw >= w => best,
                        _ => Some((a, w)),
                    },
                );
            let reason = match best {
                Some((answer, _)) => format!("You chose “{}”", answer.text),
                None => "None of your answers pointed here".to_string(),
            };
            Ranked {
                specialism: i,
                score,
                reason,
            }
        })
        .collect();
    ranked.sort_by_key(|r| std::cmp::Reverse(r.score));
    ranked
}

impl App {
    /// Opens the quiz. Without a stage chosen (and with stages in the data), it starts by
    /// asking it, with the cursor on "skip".
    pub(super) fn open_quiz(&mut self) {
        let ask = self.view.stage.is_none()
            && !self.catalogue.stages.is_empty()
            && !self.catalogue.quiz.is_empty();
        self.view.quiz = QuizState {
            asking_stage: ask,
            asked_stage: ask,
            cursor: if ask { self.catalogue.stages.len() } else { 0 },
            ..QuizState::default()
        };
        self.view.overlay = Some(Overlay::Quiz);
    }

    pub(super) fn quiz_action(&mut self, action: Action) {
        if self.view.quiz.asking_stage {
            return self.quiz_stage_action(action);
        }
        let choices = self.view.quiz.choices(&self.catalogue);
        let quiz = &mut self.view.quiz;
        match action {
            Action::Up => quiz.cursor = quiz.cursor.saturating_sub(1),
            Action::Down => quiz.cursor = (quiz.cursor + 1).min(choices.saturating_sub(1)),
            Action::Pick(n) if usize::from(n) < choices => {
                quiz.cursor = usize::from(n);
                self.quiz_choose();
            }
            Action::Select => self.quiz_choose(),
            Action::PreviousQuestion => {
                if let Some(previous) = quiz.answers.pop() {
                    quiz.cursor = previous;
                } else if quiz.asked_stage {
                    quiz.asking_stage = true;
                    quiz.cursor = self.view.stage.unwrap_or(self.catalogue.stages.len());
                }
            }
            Action::Close => self.view.overlay = None,
            _ => {}
        }
    }

    /// The first screen: choosing a stage (which becomes the app's stage) or skipping.
    fn quiz_stage_action(&mut self, action: Action) {
        let stages = self.catalogue.stages.len();
        let quiz = &mut self.view.quiz;
        let answer = match action {
            Action::Up => {
                quiz.cursor = quiz.cursor.saturating_sub(1);
                return;
            }
            Action::Down => {
                quiz.cursor = (quiz.cursor + 1).min(stages);
                return;
            }
            Action::Pick(n) if usize::from(n) < stages => Some(usize::from(n)),
            Action::ClearStage => None,
            Action::Select => (quiz.cursor < stages).then_some(quiz.cursor),
            Action::Close => {
                self.view.overlay = None;
                return;
            }
            _ => return,
        };
        quiz.asking_stage = false;
        quiz.cursor = 0;
        self.view.stage = answer;
        if answer.is_none() {
            self.view.search.open_only = false;
        }
    }

    /// The specialism the finished quiz ranks first, while its result shows.
    pub(super) fn quiz_top_result(&self) -> Option<usize> {
        let quiz = &self.view.quiz;
        if quiz.asking_stage || quiz.answers.is_empty() || quiz.question(&self.catalogue).is_some()
        {
            return None;
        }
        rank(&self.catalogue, &quiz.answers)
            .first()
            .map(|r| r.specialism)
    }

    /// Answers the current question with the highlighted answer, or on the result
    /// screen, jumps to the highlighted specialism.
    fn quiz_choose(&mut self) {
        let quiz = &mut self.view.quiz;
        if quiz.question(&self.catalogue).is_some() {
            quiz.answers.push(quiz.cursor);
            quiz.cursor = 0;
            return;
        }
        let ranked = rank(&self.catalogue, &quiz.answers);
        if let Some(choice) = ranked.get(quiz.cursor) {
            self.view.overlay = None;
            self.select_specialism(choice.specialism);
            self.set_focus(Pane::Specialisms);
        }
    }
}
