//! A new window size. Text wraps again at the new width, so every scrolled page (the
//! detail, help, the Working in the NHS page, compare, and the detail search will go
//! back to) carries its scroll over as the paragraph at the top and how far into it,
//! not as a line number; a page read to its end stays at its end.

use super::App;
use crate::layout::{self, Rect};
use crate::measure::reflow::{Paragraphs, reflow};
use crate::measure::{compare, detail, help, working};

/// A page at one size: where its paragraphs start, how far it can scroll.
struct Extent {
    paragraphs: Paragraphs,
    /// Rows it scrolls through (compare: the longest column's, though the selected
    /// column is the one read).
    lines: usize,
    visible: usize,
}

impl Extent {
    fn text(paragraphs: Paragraphs, visible: usize) -> Extent {
        Extent {
            lines: paragraphs.rows,
            paragraphs,
            visible,
        }
    }

    fn end(&self) -> usize {
        self.lines.saturating_sub(self.visible)
    }
}

/// `scroll` of a page as it was measured `before`, for the page measured `after`; as it
/// was when either cannot be measured (no panes in a window too small, nothing pinned).
fn carry(scroll: usize, before: Option<&Extent>, after: Option<&Extent>) -> usize {
    let (Some(before), Some(after)) = (before, after) else {
        return scroll;
    };
    if before.end() > 0 && scroll >= before.end() {
        return after.end();
    }
    reflow(scroll, &before.paragraphs, &after.paragraphs)
}

/// Every scrollable page at the current size.
struct Pages {
    detail: Option<Extent>,
    /// The detail search goes back to on Esc, if search is open.
    saved: Option<Extent>,
    help: Extent,
    working: Extent,
    compare: Option<Extent>,
}

impl App {
    pub(super) fn resize(&mut self, size: (u16, u16)) {
        let before = self.pages();
        self.view.size = size;
        let after = self.pages();
        let v = &mut self.view;
        v.detail_scroll = carry(
            v.detail_scroll,
            before.detail.as_ref(),
            after.detail.as_ref(),
        );
        v.help_scroll = carry(v.help_scroll, Some(&before.help), Some(&after.help));
        v.working_scroll = carry(
            v.working_scroll,
            Some(&before.working),
            Some(&after.working),
        );
        v.compare.scroll = carry(
            v.compare.scroll,
            before.compare.as_ref(),
            after.compare.as_ref(),
        );
        if let Some((_, scroll)) = v.search.saved_detail() {
            let carried = carry(scroll, before.saved.as_ref(), after.saved.as_ref());
            v.search.set_saved_detail_scroll(carried);
        }
    }

    fn pages(&self) -> Pages {
        let (w, h) = self.view.size;
        let area = Rect::new(0, 0, w, h);
        let shown = (
            self.view.specialism,
            self.view.detail_rung.then_some(self.view.rung),
        );
        let stages = !self.catalogue.stages.is_empty();
        let (help_lines, help_visible) = help::extent(self.options.kiosk, stages, w, h);
        let working = working::text_area(working::popup(area));
        Pages {
            detail: self.detail_extent(shown),
            saved: self
                .view
                .search
                .saved_detail()
                .and_then(|(place, _)| self.detail_extent(place)),
            help: Extent::text(Paragraphs::lines(help_lines), help_visible),
            working: Extent::text(
                working::doc(&self.catalogue, working.width).paragraphs(),
                usize::from(working.height),
            ),
            compare: self.compare_extent(area),
        }
    }

    /// The detail text of `(specialism, rung shown)`.
    fn detail_extent(&self, (specialism, rung): (usize, Option<usize>)) -> Option<Extent> {
        let area = layout::detail_text(self.panes()?.detail);
        let doc = detail::doc_for(
            &self.catalogue,
            specialism,
            rung,
            self.stage_id(),
            area.width,
        );
        Some(Extent::text(doc.paragraphs(), usize::from(area.height)))
    }

    fn compare_extent(&self, area: Rect) -> Option<Extent> {
        let selected = self.view.compare.column;
        let sheet = compare::sheet(
            &self.catalogue,
            &self.view.pins,
            selected,
            self.stage_id(),
            area,
        );
        let column = sheet.columns.iter().find(|c| c.pin == selected)?;
        Some(Extent {
            paragraphs: column.paragraphs.clone(),
            lines: sheet.lines(),
            visible: sheet.visible(),
        })
    }
}
