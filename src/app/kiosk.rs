//! Careers-fair mode: the idle timer, the attract loop that tours the content on its
//! own, and the exit phrase. Time arrives as values, so all of it is tested without sleeping.

use std::time::{Duration, Instant};

use super::{App, Overlay, Pane, View};
use crate::data::Catalogue;

/// What a staff member types, in one go, to leave kiosk mode.
pub const EXIT_PHRASE: &str = "exit-kiosk";
/// How long each step of the attract loop stays on screen.
pub const ATTRACT_STEP: Duration = Duration::from_secs(3);
pub const DEFAULT_IDLE: Duration = Duration::from_secs(90);

/// One frame of the attract loop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    Welcome,
    /// A specialism with its list focused.
    Specialism(usize),
    /// A rung of a specialism's ladder, with the ladder focused.
    Rung(usize, usize),
    /// The stage picker open with this stage highlighted.
    Picking(usize),
    /// This stage chosen: the list shows what is open to it.
    Chosen(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attract {
    pub step: usize,
    pub next_at: Instant,
}

/// The attract loop's stop for a step: the welcome screen, then each specialism followed
/// by a climb up its ladder, then (when the data has stages) a stage being chosen and
/// what it opens, a different stage each time round; then round again.
pub fn stop(catalogue: &Catalogue, step: usize) -> Stop {
    let stages = catalogue.stages.len();
    let tour: usize = catalogue
        .specialisms
        .iter()
        .map(|s| 1 + s.ladder.len())
        .sum::<usize>();
    let len = 1 + tour + if stages > 0 { 2 } else { 0 };
    let mut at = step % len;
    if at == 0 {
        return Stop::Welcome;
    }
    at -= 1;
    if at >= tour {
        // Stages that open something make the better show; any stage if none does.
        let opening: Vec<usize> = (0..stages)
            .filter(|&i| {
                let id = &catalogue.stages[i].id;
                catalogue
                    .specialisms
                    .iter()
                    .any(|s| catalogue.first_open_rung(s, id).is_some())
            })
            .collect();
        let round = step / len;
        let stage = match opening.len() {
            0 => round % stages.max(1),
            n => opening[round % n],
        };
        return if at == tour {
            Stop::Picking(stage)
        } else {
            Stop::Chosen(stage)
        };
    }
    for (i, s) in catalogue.specialisms.iter().enumerate() {
        if at == 0 {
            return Stop::Specialism(i);
        }
        if at <= s.ladder.len() {
            return Stop::Rung(i, at - 1);
        }
        at -= 1 + s.ladder.len();
    }
    Stop::Welcome
}

/// Tracks progress through the exit phrase: any wrong key starts it over.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ExitPhrase {
    matched: usize,
}

impl ExitPhrase {
    /// Feeds one typed character; returns true when the whole phrase has been typed.
    pub fn feed(&mut self, c: Option<char>) -> bool {
        let expected = EXIT_PHRASE.chars().nth(self.matched);
        self.matched = match c {
            Some(c) if Some(c) == expected => self.matched + 1,
            Some(c) if EXIT_PHRASE.starts_with(c) => 1,
            _ => 0,
        };
        if self.matched == EXIT_PHRASE.chars().count() {
            self.matched = 0;
            return true;
        }
        false
    }
}

impl App {
    /// Time has passed: a search still running takes its next slice, and in kiosk mode
    /// the idle timer and the attract loop move on.
    pub(super) fn tick(&mut self, now: Instant) {
        self.now = now;
        if self.view.search.searching {
            self.continue_search();
            if self.view.search.cursor == 0 {
                self.preview_search_hit();
            }
        }
        if !self.options.kiosk {
            return;
        }
        match self.view.attract {
            None if now >= self.last_input + self.options.idle => {
                self.end_visit(now);
                self.reset();
                self.view.attract = Some(Attract {
                    step: 0,
                    next_at: now + ATTRACT_STEP,
                });
                self.show_stop(Stop::Welcome);
            }
            Some(attract) if now >= attract.next_at => {
                let step = attract.step + 1;
                self.view.attract = Some(Attract {
                    step,
                    next_at: now + ATTRACT_STEP,
                });
                self.show_stop(stop(&self.catalogue, step));
            }
            _ => {}
        }
    }

    /// Back to a fresh start: the view as the app started it, bar the welcome screen,
    /// and the exit phrase forgotten. Nothing one visitor chose is left for the next.
    pub(super) fn reset(&mut self) {
        self.view = View::new(&self.options, self.view.size);
        self.view.welcome = false;
        self.go_home_nation();
        self.exit_phrase = ExitPhrase::default();
    }

    fn show_stop(&mut self, stop: Stop) {
        self.view.welcome = stop == Stop::Welcome;
        match stop {
            Stop::Welcome => {
                self.view.stage = None;
                self.select_specialism(0);
                self.set_focus(Pane::Specialisms);
            }
            Stop::Picking(stage) => {
                self.select_specialism(0);
                self.set_focus(Pane::Specialisms);
                self.view.stage_cursor = stage;
                self.view.overlay = Some(Overlay::Stage);
            }
            Stop::Chosen(stage) => self.choose_stage(Some(stage)),
            Stop::Specialism(i) => {
                self.select_specialism(i);
                self.set_focus(Pane::Specialisms);
            }
            Stop::Rung(i, rung) => {
                self.select_specialism(i);
                self.set_focus(Pane::Ladder);
                self.select_rung(rung);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::action::Action;
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    /// A visit that changes every part of the view it can, and half types the exit
    /// phrase; after the idle reset and the key that ends the attract loop, the view is
    /// exactly a new one's and the phrase starts over.
    #[test]
    fn the_reset_leaves_the_view_as_new_and_the_phrase_forgotten() {
        let catalogue = crate::data::embedded().expect("shipped data");
        let options = super::super::Options {
            kiosk: true,
            idle: Duration::from_secs(5),
            welcome: true,
            ..Default::default()
        };
        let t0 = Instant::now();
        let mut app = App::with_options(catalogue, 100, 30, options, t0);
        let key = |code| Action::Key(KeyEvent::new(code, KeyModifiers::NONE));
        let ch = |c| key(KeyCode::Char(c));
        let visit = [
            ch('x'),
            ch('w'),
            ch('3'),
            ch('j'),
            key(KeyCode::Tab),
            key(KeyCode::PageDown),
            key(KeyCode::Tab),
            key(KeyCode::Home),
            ch('c'),
            ch('C'),
            key(KeyCode::Down),
            key(KeyCode::Esc),
            ch('/'),
            key(KeyCode::Tab),
            ch('d'),
            ch('e'),
            ch('x'),
            ch('i'),
            ch('t'),
            ch('-'),
        ];
        for action in visit {
            app.update(action);
        }
        assert_ne!(app.view, View::new(&options, (100, 30)));
        app.update(Action::Tick(t0 + Duration::from_secs(5)));
        assert!(app.view.attract.is_some());
        app.update(ch('k'));
        let fresh = View {
            welcome: false,
            ..View::new(&options, (100, 30))
        };
        assert_eq!(app.view, fresh);
        assert_eq!(app.exit_phrase, ExitPhrase::default());
    }

    #[test]
    fn the_phrase_must_be_typed_in_one_go() {
        let mut phrase = ExitPhrase::default();
        let typed: Vec<bool> = "exit-kiosk".chars().map(|c| phrase.feed(Some(c))).collect();
        assert_eq!(typed.iter().filter(|&&done| done).count(), 1);
        assert!(typed[typed.len() - 1]);

        let mut phrase = ExitPhrase::default();
        for c in "exit-kiosx".chars() {
            assert!(!phrase.feed(Some(c)));
        }
        // A non-character key (an arrow, say) breaks the run too.
        for c in "exit-".chars() {
            phrase.feed(Some(c));
        }
        phrase.feed(None);
        assert!(!"kiosk".chars().any(|c| phrase.feed(Some(c))));
        // Restarting mid-way works: "eexit-kiosk".
        let mut phrase = ExitPhrase::default();
        assert!("eexit-kiosk".chars().any(|c| phrase.feed(Some(c))));
    }
}
