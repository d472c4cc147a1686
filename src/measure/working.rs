//! The "Working in the NHS" page: its lines at a given width, and where its popup goes.

use ratatui::layout::Rect;

use super::{Doc, Row, Tone};
use crate::data::Catalogue;

/// The page reads best at a book-like width, even in a wide terminal.
const MAX_WIDTH: u16 = 96;

/// Between the header and footer rows, centred, at most [`MAX_WIDTH`] wide.
pub fn popup(area: Rect) -> Rect {
    let width = area.width.min(MAX_WIDTH);
    let height = area.height.saturating_sub(2);
    Rect::new(
        area.x + (area.width - width) / 2,
        area.y + area.height.min(1),
        width,
        height,
    )
}

/// Inside the popup's border and its one column of padding either side.
pub fn text_area(popup: Rect) -> Rect {
    super::padded_inside(popup)
}

/// (lines of text, lines visible at once) in a `width`×`height` terminal.
pub fn extent(catalogue: &Catalogue, width: u16, height: u16) -> (usize, usize) {
    let inner = text_area(popup(Rect::new(0, 0, width, height)));
    let lines = rows(catalogue, inner.width).len();
    (lines, usize::from(inner.height))
}

/// The page's text `width` columns wide: the pay year and note, then each topic with its
/// points and sources.
pub fn rows(catalogue: &Catalogue, width: u16) -> Vec<Row> {
    doc(catalogue, width).rows
}

/// As [`rows`], with where each paragraph starts.
pub fn doc(catalogue: &Catalogue, width: u16) -> Doc {
    let mut doc = Doc::new(usize::from(width));
    let pay = catalogue.pay();
    doc.styled(
        &format!(
            "Pay figures in hi-tui are Agenda for Change {}, {}.",
            pay.year, pay.region
        ),
        Tone::Muted,
    );
    if let Some(note) = &pay.note {
        doc.styled(note, Tone::Accent);
    }
    if catalogue.working.is_empty() {
        doc.styled(
            "This data file has no other topics for the Working in the NHS page.",
            Tone::Muted,
        );
    }
    for topic in &catalogue.working {
        doc.heading(&topic.heading);
        doc.bullets(&topic.points);
        let cited = catalogue.citations(&topic.sources, str::to_string);
        if !cited.is_empty() {
            doc.styled(&format!("Sources: {}", cited.join("; ")), Tone::Muted);
        }
    }
    doc
}
