//! Browsing the three panes: moving the selection, moving focus, scrolling the detail.

use super::{App, Pane, offset};
use crate::action::Action;
use crate::layout::{self, Side};
use crate::measure;

impl App {
    pub(super) fn browse_action(&mut self, action: Action) {
        match action {
            Action::Up => self.step(-1),
            Action::Down => self.step(1),
            Action::Top => self.step(isize::MIN),
            Action::Bottom => self.step(isize::MAX),
            Action::PageUp => self.scroll_detail(-self.detail_page()),
            Action::PageDown => self.scroll_detail(self.detail_page()),
            Action::NextPane => self.cycle_focus(1),
            Action::PrevPane => self.cycle_focus(Pane::ALL.len() - 1),
            Action::PaneLeft => self.move_focus(Side::Left),
            Action::PaneRight => self.move_focus(Side::Right),
            Action::Pin => self.toggle_pin(),
            Action::Compare => self.open_compare(),
            _ => {}
        }
    }

    pub(super) fn select_specialism(&mut self, index: usize) {
        let index = index.min(self.catalogue.specialisms.len() - 1);
        if index != self.view.specialism {
            self.view.specialism = index;
            self.view.rung = 0;
            self.view.detail_scroll = 0;
        }
    }

    pub(super) fn select_rung(&mut self, index: usize) {
        let index = index.min(self.specialism().ladder.len() - 1);
        if index != self.view.rung {
            self.view.rung = index;
            self.view.detail_scroll = 0;
        }
    }

    /// Moves within the focused pane by `delta` screen rows (negative is up); the extremes
    /// jump to the top or bottom.
    pub(super) fn step(&mut self, delta: isize) {
        match self.view.focus {
            // The selections clamp to the last entry themselves.
            Pane::Specialisms => {
                self.select_specialism(self.view.specialism.saturating_add_signed(delta));
            }
            // The ladder is drawn with the entry rung at the bottom, so moving up the
            // screen means a higher rung index.
            Pane::Ladder => {
                self.select_rung(self.view.rung.saturating_add_signed(delta.saturating_neg()));
            }
            Pane::Detail => self.scroll_detail(delta),
        }
    }

    pub(super) fn set_focus(&mut self, pane: Pane) {
        self.view.focus = pane;
        let detail_rung = match pane {
            Pane::Ladder => true,
            Pane::Specialisms => false,
            Pane::Detail => self.view.detail_rung,
        };
        if detail_rung != self.view.detail_rung {
            self.view.detail_rung = detail_rung;
            self.view.detail_scroll = 0;
        }
    }

    fn cycle_focus(&mut self, by: usize) {
        let next = (self.view.focus.index() + by) % Pane::ALL.len();
        self.set_focus(Pane::ALL[next]);
    }

    /// Focuses the pane drawn on `side` of the focused one, if any (nothing is drawn in a
    /// window too small for the panes).
    fn move_focus(&mut self, side: Side) {
        let next = self
            .panes()
            .and_then(|p| layout::beside(&p.places(), self.view.focus.index(), side));
        if let Some(&pane) = next.and_then(|i| Pane::ALL.get(i)) {
            self.set_focus(pane);
        }
    }

    fn detail_page(&self) -> isize {
        let rows = self
            .panes()
            .map_or(1, |p| layout::detail_text(p.detail).height);
        isize::from(rows.saturating_sub(1).max(1) as i16)
    }

    /// Scrolls the detail text, never past its last line.
    pub(super) fn scroll_detail(&mut self, by: isize) {
        let Some(area) = self.panes().map(|p| layout::detail_text(p.detail)) else {
            return;
        };
        let rung = self.view.detail_rung.then_some(self.view.rung);
        let key = (self.view.specialism, rung, self.view.stage, area.width);
        let lines = self.geometry.detail_lines.get(key, || {
            measure::detail::rows_for(
                &self.catalogue,
                self.view.specialism,
                rung,
                self.stage_id(),
                area.width,
            )
            .len()
        });
        let max = lines.saturating_sub(usize::from(area.height));
        self.view.detail_scroll = offset(self.view.detail_scroll, by, max);
    }
}
