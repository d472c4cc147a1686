//! Rules for the quiz: every question has answers, and every answer gives points to
//! specialisms that exist.

use super::Checker;
use super::at::At;

/// Quiz answers weigh a specialism from 1 (a little) to this (strongly).
const MAX_WEIGHT: u8 = 3;

impl Checker<'_> {
    pub(super) fn quiz(&mut self) {
        let quiz = At::root("quiz");
        for (qi, question) in self.catalogue.quiz.iter().enumerate() {
            let at = quiz.item(qi);
            self.text(&at.field("text"), &question.text);
            if question.answers.len() < 2 {
                self.report(
                    &at.field("answers"),
                    "a question needs at least two answers",
                );
            }
            let answers = at.field("answers");
            for (ai, answer) in question.answers.iter().enumerate() {
                let at = answers.item(ai);
                self.text(&at.field("text"), &answer.text);
                if answer.weights.is_empty() {
                    self.report(
                        &at.field("weights"),
                        "an answer must give points to at least one specialism",
                    );
                }
                let weights = at.field("weights");
                for (id, &weight) in &answer.weights {
                    let at = weights.keyed(id, 0);
                    self.specialism_ref(&at, id);
                    if !(1..=MAX_WEIGHT).contains(&weight) {
                        self.report(
                            &at,
                            format!(
                                "gives {weight} points; an answer gives a specialism from 1 to {MAX_WEIGHT} points"
                            ),
                        );
                    }
                }
            }
        }
    }
}
