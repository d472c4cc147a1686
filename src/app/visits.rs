//! Stand insights, on the app's side: noting what a visit explores, from the first key
//! after the welcome screen or the attract loop to the idle reset, and handing each visit
//! over when it ends. Only what was on screen when the visitor acted is noted: never a
//! key, never search text, never anything typed.

use std::time::Instant;

use super::{App, Overlay};
use crate::action::Action;
use crate::insights::record::{Ended, RungRef, Visit, round_seconds};

/// The most ended visits the app holds before they are taken to be saved.
pub const MAX_WAITING: usize = 10_000;

/// A visit in progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Tracking {
    began: Instant,
    /// The key that began the visit only dismissed the welcome screen or the attract
    /// loop: what was on screen then was not the visitor's choice.
    first_key: bool,
    specialisms: Vec<String>,
    rungs: Vec<RungRef>,
    stage: Option<String>,
    quiz: Option<String>,
    qr: bool,
    shortlist: bool,
}

impl App {
    /// Someone pressed a key or clicked: in kiosk mode with insights on, a visit begins
    /// if none is under way.
    pub(super) fn visitor_here(&mut self) {
        if self.options.kiosk && self.options.insights && self.visit.is_none() {
            self.visit = Some(Tracking {
                began: self.now,
                first_key: true,
                specialisms: Vec::new(),
                rungs: Vec::new(),
                stage: None,
                quiz: None,
                qr: false,
                shortlist: false,
            });
        }
    }

    /// After the visitor acted: notes what is on screen now.
    pub(super) fn note_visit(&mut self) {
        let Some(mut tracking) = self.visit.take() else {
            return;
        };
        if std::mem::take(&mut tracking.first_key) || self.view.welcome {
            self.visit = Some(tracking);
            return;
        }
        let specialism = &self.specialism().id;
        if !tracking.specialisms.contains(specialism) {
            tracking.specialisms.push(specialism.clone());
        }
        // Set by visiting the ladder and kept while the detail shows its rung.
        if self.view.detail_rung {
            let rung = self.rung_ref(self.view.specialism, self.view.rung);
            if !tracking.rungs.contains(&rung) {
                tracking.rungs.push(rung);
            }
        }
        if let Some(stage) = self.stage_id() {
            tracking.stage = Some(stage.to_string());
        }
        match self.view.overlay {
            Some(Overlay::Quiz) => {
                if let Some(top) = self.quiz_top_result() {
                    tracking.quiz = Some(self.catalogue.specialisms[top].id.clone());
                }
            }
            Some(Overlay::Share) => {
                tracking.qr = true;
                tracking.shortlist |= self.sharing_shortlist();
            }
            _ => {}
        }
        self.visit = Some(tracking);
    }

    /// The visit ends at `now` (the idle reset, or the app closing): it is handed over
    /// with the nation and pins as they are now.
    pub(super) fn end_visit(&mut self, now: Instant) {
        let Some(tracking) = self.visit.take() else {
            return;
        };
        let pins = self
            .view
            .pins
            .iter()
            .map(|pin| self.rung_ref(pin.specialism, pin.rung))
            .collect();
        let visit = Visit {
            date: String::new(),
            hour: 0,
            seconds: round_seconds(now.saturating_duration_since(tracking.began).as_secs()),
            nation: self.catalogue.pay().nation.clone(),
            stage: tracking.stage,
            specialisms: tracking.specialisms,
            rungs: tracking.rungs,
            pins,
            quiz: tracking.quiz,
            qr: tracking.qr,
            shortlist: tracking.shortlist,
        };
        if self.ended.len() < MAX_WAITING {
            self.ended.push(Ended {
                began: tracking.began,
                visit,
            });
        }
    }

    /// Staff typed the exit phrase: theirs was not a visit.
    pub(super) fn forget_visit(&mut self) {
        self.visit = None;
    }

    /// The app is closing: the visit under way (if any) ends now. A thin way into
    /// [`App::update`].
    pub fn close_visit(&mut self) {
        self.update(Action::EndVisit);
    }

    /// Visits that have ended since the last call, oldest first, to be saved.
    pub fn take_ended_visits(&mut self) -> Vec<Ended> {
        let ended = self.ended.clone();
        self.update(Action::VisitsTaken(ended.len()));
        ended
    }

    /// Whether a visit is under way.
    pub fn visit_under_way(&self) -> bool {
        self.visit.is_some()
    }

    /// Shows (or with `None`, clears) why visits could not be saved. Returns whether the
    /// status line changed.
    pub fn set_insights_warning(&mut self, warning: Option<String>) -> bool {
        self.update(Action::InsightsWarning(warning))
    }

    fn rung_ref(&self, specialism: usize, rung: usize) -> RungRef {
        let s = &self.catalogue.specialisms[specialism];
        RungRef {
            specialism: s.id.clone(),
            rung: s
                .ladder
                .get(rung)
                .map(|r| r.title.clone())
                .unwrap_or_default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Options;
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use std::time::Duration;

    #[test]
    fn no_more_than_the_most_waiting_are_kept() {
        let t0 = Instant::now();
        let options = Options {
            kiosk: true,
            insights: true,
            idle: Duration::from_secs(5),
            ..Options::default()
        };
        let catalogue = crate::data::embedded().expect("shipped data");
        let mut app = App::with_options(catalogue, 100, 30, options, t0);
        let waiting = Ended {
            began: t0,
            visit: Visit::default(),
        };
        app.ended = vec![waiting; MAX_WAITING - 1];
        for _ in 0..2 {
            app.update(Action::Key(KeyEvent::new(
                KeyCode::Char('j'),
                KeyModifiers::NONE,
            )));
            app.update(Action::EndVisit);
        }
        assert_eq!(app.ended.len(), MAX_WAITING);
    }
}
