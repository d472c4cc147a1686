//! All of the app's state, changed only by `update`. No terminal, no drawing: tests
//! drive it with actions and key events.

use crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use crate::action::Action;
use crate::data::{Catalogue, Rung, Specialism};
use crate::keymap::{self, Mode};
use crate::layout::{self, Panes};
use crate::ui;

mod reload;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Specialisms,
    Detail,
    Ladder,
}

impl Pane {
    pub const ALL: [Pane; 3] = [Pane::Specialisms, Pane::Detail, Pane::Ladder];

    pub fn title(self) -> &'static str {
        match self {
            Pane::Specialisms => "Specialisms",
            Pane::Detail => "Detail",
            Pane::Ladder => "Career ladder",
        }
    }

    fn index(self) -> usize {
        Pane::ALL.iter().position(|&p| p == self).unwrap_or(0)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Help,
}

/// Everything the screen depends on, bar the content itself: comparing it before and
/// after an action tells whether a redraw is needed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct View {
    specialism: usize,
    rung: usize,
    focus: Pane,
    detail_scroll: usize,
    overlay: Option<Overlay>,
    running: bool,
    size: (u16, u16),
}

#[derive(Debug, Clone)]
pub struct App {
    catalogue: Catalogue,
    view: View,
    /// A message replacing the key hints, e.g. why a reload failed.
    status: Option<String>,
}

impl App {
    pub fn new(catalogue: Catalogue, width: u16, height: u16) -> Self {
        App {
            catalogue,
            view: View {
                specialism: 0,
                rung: 0,
                focus: Pane::Specialisms,
                detail_scroll: 0,
                overlay: None,
                running: true,
                size: (width, height),
            },
            status: None,
        }
    }

    pub fn catalogue(&self) -> &Catalogue {
        &self.catalogue
    }

    pub fn specialism_index(&self) -> usize {
        self.view.specialism
    }

    pub fn specialism(&self) -> &Specialism {
        &self.catalogue.specialisms[self.view.specialism]
    }

    /// Index into the selected specialism's ladder; 0 is the entry rung.
    pub fn rung_index(&self) -> usize {
        self.view.rung
    }

    pub fn rung(&self) -> &Rung {
        &self.specialism().ladder[self.view.rung]
    }

    pub fn focus(&self) -> Pane {
        self.view.focus
    }

    pub fn detail_scroll(&self) -> usize {
        self.view.detail_scroll
    }

    pub fn overlay(&self) -> Option<Overlay> {
        self.view.overlay
    }

    pub fn is_running(&self) -> bool {
        self.view.running
    }

    pub fn size(&self) -> (u16, u16) {
        self.view.size
    }

    /// Whether the detail pane shows the selected rung rather than the specialism.
    pub fn detail_shows_rung(&self) -> bool {
        self.view.focus == Pane::Ladder
    }

    pub fn mode(&self) -> Mode {
        match self.view.overlay {
            Some(Overlay::Help) => Mode::Help,
            None => Mode::Browse,
        }
    }

    /// The rows the list panes would like: the longest of the list and every ladder.
    pub fn list_rows(&self) -> u16 {
        let longest_ladder = self.catalogue.specialisms.iter().map(|s| s.ladder.len());
        let rows = longest_ladder
            .chain([self.catalogue.specialisms.len()])
            .max();
        u16::try_from(rows.unwrap_or(0)).unwrap_or(u16::MAX)
    }

    pub fn panes(&self) -> Option<Panes> {
        let (w, h) = self.view.size;
        Panes::compute(Rect::new(0, 0, w, h), self.list_rows())
    }

    /// Maps a key press through the keymap and applies it. Returns whether anything changed.
    pub fn handle_key(&mut self, key: &KeyEvent) -> bool {
        match keymap::action_for(self.mode(), key) {
            Some(action) => self.update(action),
            None => false,
        }
    }

    /// Applies one action. Returns whether the screen needs redrawing.
    pub fn update(&mut self, action: Action) -> bool {
        let before = self.view;
        match action {
            Action::Up => self.step(-1),
            Action::Down => self.step(1),
            Action::Top => self.step(isize::MIN),
            Action::Bottom => self.step(isize::MAX),
            Action::PageUp => self.scroll_detail(-self.detail_page()),
            Action::PageDown => self.scroll_detail(self.detail_page()),
            Action::NextPane => self.cycle_focus(1),
            Action::PrevPane => self.cycle_focus(Pane::ALL.len() - 1),
            Action::PaneLeft => self.move_focus(-1),
            Action::PaneRight => self.move_focus(1),
            Action::ToggleHelp => {
                self.view.overlay = match self.view.overlay {
                    Some(Overlay::Help) => None,
                    None => Some(Overlay::Help),
                }
            }
            Action::Close => self.view.overlay = None,
            Action::Quit => self.view.running = false,
            Action::Resize(w, h) => {
                self.view.size = (w, h);
                self.scroll_detail(0);
            }
        }
        self.view != before
    }

    /// Moves within the focused pane by `delta` screen rows (negative is up); the extremes
    /// jump to the top or bottom.
    fn step(&mut self, delta: isize) {
        match self.view.focus {
            Pane::Specialisms => {
                let last = self.catalogue.specialisms.len() - 1;
                let next = offset(self.view.specialism, delta, last);
                if next != self.view.specialism {
                    self.view.specialism = next;
                    self.view.rung = 0;
                    self.view.detail_scroll = 0;
                }
            }
            // The ladder is drawn with the entry rung at the bottom, so moving up the
            // screen means a higher rung index.
            Pane::Ladder => {
                let last = self.specialism().ladder.len() - 1;
                let next = offset(self.view.rung, delta.saturating_neg(), last);
                if next != self.view.rung {
                    self.view.rung = next;
                    self.view.detail_scroll = 0;
                }
            }
            Pane::Detail => self.scroll_detail(delta),
        }
    }

    fn set_focus(&mut self, pane: Pane) {
        if pane != self.view.focus {
            let shows_rung_before = self.detail_shows_rung();
            self.view.focus = pane;
            if self.detail_shows_rung() != shows_rung_before {
                self.view.detail_scroll = 0;
            }
        }
    }

    fn cycle_focus(&mut self, by: usize) {
        let next = (self.view.focus.index() + by) % Pane::ALL.len();
        self.set_focus(Pane::ALL[next]);
    }

    fn move_focus(&mut self, delta: isize) {
        let next = offset(self.view.focus.index(), delta, Pane::ALL.len() - 1);
        self.set_focus(Pane::ALL[next]);
    }

    /// The detail pane's text area, if the panes are on screen.
    fn detail_area(&self) -> Option<Rect> {
        self.panes().map(|p| layout::detail_text(p.detail))
    }

    fn detail_page(&self) -> isize {
        let rows = self.detail_area().map_or(1, |a| a.height);
        isize::from(rows.saturating_sub(1).max(1) as i16)
    }

    /// Scrolls the detail text, never past its last line.
    fn scroll_detail(&mut self, by: isize) {
        let Some(area) = self.detail_area() else {
            return;
        };
        let lines = ui::detail::content(self, area.width).len();
        let max = lines.saturating_sub(usize::from(area.height));
        self.view.detail_scroll = offset(self.view.detail_scroll, by, max);
    }
}

/// `current + delta`, kept within `0..=last`.
fn offset(current: usize, delta: isize, last: usize) -> usize {
    current.saturating_add_signed(delta).min(last)
}
