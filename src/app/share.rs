//! The take-away (`s`): a QR code of the selected item's link, or, with rungs pinned,
//! the visitor's shortlist, split into several codes when the window is too small for one.

use super::{App, Overlay};
use crate::action::Action;
use crate::shortlist;

/// What the take-away shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Sharing {
    /// The pinned rungs rather than the selected item's link.
    pub shortlist: bool,
    /// Which of the shortlist's codes, when it takes more than one.
    pub page: usize,
    /// Opened from the compare view, so closing returns there.
    pub from_compare: bool,
}

impl App {
    /// Opens the take-away (on the shortlist when rungs are pinned), or closes it.
    pub(super) fn toggle_share(&mut self) {
        if self.view.overlay == Some(Overlay::Share) {
            return self.close_share();
        }
        self.view.sharing = Sharing {
            shortlist: !self.view.pins.is_empty(),
            page: 0,
            from_compare: self.view.overlay == Some(Overlay::Compare),
        };
        self.view.overlay = Some(Overlay::Share);
    }

    pub(super) fn share_action(&mut self, action: Action) {
        match action {
            Action::NextPane | Action::PrevPane if !self.view.pins.is_empty() => {
                self.view.sharing.shortlist = !self.view.sharing.shortlist;
                self.view.sharing.page = 0;
            }
            Action::PaneLeft => self.view.sharing.page = self.view.sharing.page.saturating_sub(1),
            Action::PaneRight => {
                let last = self.shortlist_codes().saturating_sub(1);
                self.view.sharing.page = (self.view.sharing.page + 1).min(last);
            }
            Action::Close | Action::Share => self.close_share(),
            _ => {}
        }
    }

    fn close_share(&mut self) {
        self.view.overlay = self.view.sharing.from_compare.then_some(Overlay::Compare);
    }

    /// What the take-away shows now.
    pub fn sharing(&self) -> Sharing {
        self.view.sharing
    }

    /// Whether the take-away is open on the shortlist.
    pub fn sharing_shortlist(&self) -> bool {
        self.view.overlay == Some(Overlay::Share)
            && self.view.sharing.shortlist
            && !self.view.pins.is_empty()
    }

    /// How many codes the shortlist takes in this window (0 if it does not fit).
    pub fn shortlist_codes(&self) -> usize {
        let (w, h) = self.view.size;
        shortlist::codes(
            &self.catalogue,
            &self.view.pins,
            shortlist::max_modules(w, h),
        )
        .map_or(0, |codes| codes.len())
    }
}
