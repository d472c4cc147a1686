//! The overlays that are pages to read or look at: the help, the Working in the NHS
//! page and the QR take-away. The pages scroll, never past their end.

use super::{App, Overlay, offset};
use crate::action::Action;
use crate::measure;

impl App {
    /// Scrolls or closes a page. Returns false for actions a page does not handle.
    pub(super) fn page_action(&mut self, page: Overlay, action: &Action) -> bool {
        let by = match action {
            Action::Up => -1,
            Action::Down => 1,
            Action::PageUp => -self.page_height(page),
            Action::PageDown => self.page_height(page),
            Action::Top => isize::MIN,
            Action::Bottom => isize::MAX,
            _ => return false,
        };
        match page {
            Overlay::Working => self.scroll_working(by),
            _ => self.scroll_help(by),
        }
        true
    }

    pub(super) fn toggle(&mut self, overlay: Overlay) {
        self.view.help_scroll = 0;
        self.view.overlay = if self.view.overlay == Some(overlay) {
            None
        } else {
            Some(overlay)
        };
    }

    pub(super) fn open_working(&mut self) {
        self.view.working_scroll = 0;
        self.view.overlay = Some(Overlay::Working);
    }

    /// (lines, lines visible at once) of a page at the current size.
    fn page_extent(&self, page: Overlay) -> (usize, usize) {
        let (w, h) = self.view.size;
        match page {
            Overlay::Working => self
                .geometry
                .working
                .get((w, h), || measure::working::extent(&self.catalogue, w, h)),
            // Whether the data has stages is content: new content forgets the memo.
            _ => self.geometry.help.get((self.options.kiosk, (w, h)), || {
                let stages = !self.catalogue.stages.is_empty();
                measure::help::extent(self.options.kiosk, stages, w, h)
            }),
        }
    }

    /// A page's worth of lines, less one kept in view for context.
    fn page_height(&self, page: Overlay) -> isize {
        let (_, visible) = self.page_extent(page);
        isize::try_from(visible.saturating_sub(1).max(1)).unwrap_or(1)
    }

    fn scroll_help(&mut self, by: isize) {
        let (lines, visible) = self.page_extent(Overlay::Help);
        let max = lines.saturating_sub(visible);
        self.view.help_scroll = offset(self.view.help_scroll, by, max);
    }

    pub(super) fn scroll_working(&mut self, by: isize) {
        let (lines, visible) = self.page_extent(Overlay::Working);
        let max = lines.saturating_sub(visible);
        self.view.working_scroll = offset(self.view.working_scroll, by, max);
    }

    /// Every scroll within what is on screen now. Saved scrolls (restored when search
    /// closes) and sizes change independently, so this runs after every action rather
    /// than where each one happens to change.
    pub(super) fn keep_scrolls_in_range(&mut self) {
        // A scroll of zero is always in range: only a scrolled text needs measuring.
        if self.view.detail_scroll > 0 {
            self.scroll_detail(0);
        }
        if self.view.help_scroll > 0 {
            self.scroll_help(0);
        }
        if self.view.working_scroll > 0 {
            self.scroll_working(0);
        }
        if self.view.compare.scroll > 0 {
            self.scroll_compare(0);
        }
    }
}
