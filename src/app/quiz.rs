//! The "find your fit" quiz: where the visitor is in it, and the pure scoring that ranks
//! specialisms from the answers. Questions and weights come from the data file.

use super::{App, Overlay, Pane};
use crate::action::Action;
use crate::data::Catalogue;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct QuizState {
    /// The chosen answer for each question answered so far.
    pub answers: Vec<usize>,
    /// The highlighted answer of the current question, or the highlighted result.
    pub cursor: usize,
}

impl QuizState {
    /// Index of the question being asked, or `None` once every question is answered.
    pub fn question(&self, catalogue: &Catalogue) -> Option<usize> {
        (self.answers.len() < catalogue.quiz.len()).then_some(self.answers.len())
    }

    /// How many choices the cursor moves over right now.
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
    pub(super) fn open_quiz(&mut self) {
        self.view.quiz = QuizState::default();
        self.view.overlay = Some(Overlay::Quiz);
    }

    pub(super) fn quiz_action(&mut self, action: Action) {
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
                }
            }
            Action::Close | Action::Quiz => self.view.overlay = None,
            _ => {}
        }
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
