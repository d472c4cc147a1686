//! Pinning rungs and comparing them side by side: `c` pins the selected rung (up to
//! three) or unpins it, and the compare view shows the pinned rungs as columns that
//! scroll together, one at a time when the window is narrow.

use super::geometry::pins_key;
use super::{App, Overlay, Pane, offset};
use crate::action::Action;
use crate::layout::{Position, Rect};
use crate::measure::compare::{self, MAX_PINS, Pin};

/// Where the compare view is: the selected column and how far the columns are scrolled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CompareState {
    pub column: usize,
    pub scroll: usize,
}

impl App {
    /// The pinned rungs, in the order they were pinned.
    pub fn pins(&self) -> &[Pin] {
        &self.view.pins
    }

    pub fn compare_state(&self) -> CompareState {
        self.view.compare
    }

    fn selected_pin(&self) -> Pin {
        Pin {
            specialism: self.view.specialism,
            rung: self.view.rung,
        }
    }

    /// Pins the selected rung, or unpins it if it is pinned; says so in the footer.
    pub(super) fn toggle_pin(&mut self) {
        let pin = self.selected_pin();
        let title = self.rung().title.clone();
        if let Some(at) = self.view.pins.iter().position(|p| *p == pin) {
            self.view.pins.remove(at);
            self.view.notice = Some(format!("Unpinned {title}"));
        } else if self.view.pins.len() >= MAX_PINS {
            self.view.notice = Some(format!(
                "{MAX_PINS} rungs are pinned, the most to compare: unpin one with c first"
            ));
        } else {
            self.view.pins.push(pin);
            self.view.notice = Some(format!(
                "Pinned {title} ({} of {MAX_PINS}): C compares",
                self.view.pins.len()
            ));
        }
    }

    pub(super) fn open_compare(&mut self) {
        if self.view.pins.is_empty() {
            self.view.notice = Some("Nothing pinned yet: c pins the selected rung".into());
            return;
        }
        // Start on the column of the selected rung if it is pinned.
        let selected = self.selected_pin();
        self.view.compare = CompareState {
            column: self
                .view
                .pins
                .iter()
                .position(|p| *p == selected)
                .unwrap_or(0),
            scroll: 0,
        };
        self.view.overlay = Some(Overlay::Compare);
    }

    pub(super) fn compare_action(&mut self, action: Action) {
        let last = self.view.pins.len().saturating_sub(1);
        match action {
            Action::PaneLeft => self.select_column(self.view.compare.column.saturating_sub(1)),
            Action::PaneRight => self.select_column((self.view.compare.column + 1).min(last)),
            Action::Up => self.scroll_compare(-1),
            Action::Down => self.scroll_compare(1),
            Action::PageUp => self.scroll_compare(-self.compare_page()),
            Action::PageDown => self.scroll_compare(self.compare_page()),
            Action::Top => self.scroll_compare(isize::MIN),
            Action::Bottom => self.scroll_compare(isize::MAX),
            Action::Select => self.go_to_column(),
            Action::Pin => self.unpin_column(),
            Action::Share => self.toggle_share(),
            Action::Close | Action::Compare => self.view.overlay = None,
            _ => {}
        }
    }

    pub(super) fn select_column(&mut self, column: usize) {
        self.view.compare.column = column.min(self.view.pins.len().saturating_sub(1));
    }

    /// A click on a column selects it, as the view is drawn now.
    pub(super) fn compare_click(&mut self, at: Position) {
        let (w, h) = self.view.size;
        let sheet = compare::sheet(
            &self.catalogue,
            &self.view.pins,
            self.view.compare.column,
            self.stage_id(),
            Rect::new(0, 0, w, h),
        );
        if let Some(column) = sheet.column_at(at) {
            self.select_column(column);
        }
    }

    /// Closes the view on the selected column's rung, in its ladder.
    fn go_to_column(&mut self) {
        let Some(&pin) = self.view.pins.get(self.view.compare.column) else {
            return;
        };
        self.view.overlay = None;
        self.select_specialism(pin.specialism);
        self.set_focus(Pane::Ladder);
        self.select_rung(pin.rung);
    }

    fn unpin_column(&mut self) {
        let column = self.view.compare.column;
        // Pins are distinct, so this drops just the selected column's pin.
        let pin = self.view.pins.get(column).copied();
        self.view.pins.retain(|p| Some(*p) != pin);
        if self.view.pins.is_empty() {
            self.view.overlay = None;
        }
        self.select_column(column);
    }

    fn sheet_extent(&self) -> (usize, usize) {
        let v = &self.view;
        let key = (pins_key(&v.pins), v.compare.column, v.stage, v.size);
        self.geometry.compare.get(key, || {
            compare::extent(
                &self.catalogue,
                &v.pins,
                v.compare.column,
                self.stage_id(),
                v.size,
            )
        })
    }

    fn compare_page(&self) -> isize {
        let (_, visible) = self.sheet_extent();
        isize::try_from(visible.saturating_sub(1).max(1)).unwrap_or(1)
    }

    pub(super) fn scroll_compare(&mut self, by: isize) {
        let (lines, visible) = self.sheet_extent();
        let max = lines.saturating_sub(visible);
        self.view.compare.scroll = offset(self.view.compare.scroll, by, max);
    }

    /// Keeps pins across new content: the same rung (specialism by id, rung by title)
    /// where it still exists; pins that no longer resolve are dropped.
    pub(super) fn keep_pins(&mut self, old: Vec<(String, String)>) {
        self.view.pins = old
            .iter()
            .filter_map(|(id, title)| {
                let specialism = self.catalogue.specialism_index(id)?;
                let ladder = &self.catalogue.specialisms[specialism].ladder;
                let rung = ladder.iter().position(|r| &r.title == title)?;
                Some(Pin { specialism, rung })
            })
            .collect();
        self.select_column(self.view.compare.column);
        if self.view.pins.is_empty() && self.view.overlay == Some(Overlay::Compare) {
            self.view.overlay = None;
        }
    }

    /// The pins as (specialism id, rung title), to find them again in new content.
    pub(super) fn pin_keys(&self) -> Vec<(String, String)> {
        self.view
            .pins
            .iter()
            .filter_map(|p| {
                let s = self.catalogue.specialisms.get(p.specialism)?;
                Some((s.id.clone(), s.ladder.get(p.rung)?.title.clone()))
            })
            .collect()
    }
}
