//! A key press becomes an action through the keymap table, after the things that come
//! before it: ending the attract loop, kiosk mode's exit phrase and the welcome screen.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind};

use super::{App, Lifecycle};
use crate::action::Action;
use crate::keymap::{self, Mode};

impl App {
    /// Handles a key press. Returns true when it counted although the view may not show
    /// it (it ended the attract loop, or left kiosk mode).
    pub(super) fn key(&mut self, key: &KeyEvent) -> bool {
        // Terminals that report releases and repeats would otherwise act twice.
        if key.kind != KeyEventKind::Press {
            return false;
        }
        if self.user_input() {
            return true;
        }
        if self.options.kiosk {
            let typed = match key.code {
                KeyCode::Char(c) => Some(c),
                _ => None,
            };
            if self.exit_phrase.feed(typed) {
                self.forget_visit();
                self.lifecycle = Lifecycle::Quit;
                return true;
            }
        }
        if self.view.welcome {
            // Any key leaves the welcome screen; only quit does anything more.
            self.view.welcome = false;
            if keymap::action_for(Mode::Browse, key) == Some(Action::Quit) && !self.options.kiosk {
                self.lifecycle = Lifecycle::Quit;
            }
            return true;
        }
        match keymap::action_for(self.mode(), key) {
            Some(action) if self.options.kiosk && keymap::leaves_app(&action) => false,
            Some(action) => self.update(action),
            None => false,
        }
    }

    /// Notes that a person is here. Returns true when that ended the attract loop, in
    /// which case the input itself is not acted on.
    pub(super) fn user_input(&mut self) -> bool {
        self.last_input = self.now;
        self.visitor_here();
        if self.view.attract.take().is_some() {
            self.reset();
            return true;
        }
        false
    }
}
