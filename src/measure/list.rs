//! The specialism list: which names are on screen, on which rows, and how each is cut
//! or wrapped. The list pane draws exactly this and a click is matched against it.

use ratatui::layout::Rect;

use crate::data::Catalogue;
use crate::text;

/// Width of the "▶ " selection marker.
pub const MARKER: usize = 2;

/// One name on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// Index of the specialism.
    pub index: usize,
    /// First row inside the pane.
    pub row: u16,
    /// The name as drawn, one entry per row.
    pub lines: Vec<String>,
}

/// The names on screen inside `inner` with `selected` in view. Long names wrap when every
/// name still fits; otherwise each is cut to one row, and the rows scroll so the
/// selection is on the last row once it is below the fold. Only rows on screen are
/// built, so thousands of names lay out as fast as seven.
pub fn items(catalogue: &Catalogue, selected: usize, inner: Rect) -> Vec<Item> {
    let width = usize::from(inner.width).saturating_sub(MARKER);
    let height = usize::from(inner.height);
    let names = &catalogue.specialisms;
    if let Some(wrapped) = all_wrapped(catalogue, width, height) {
        let mut row = 0u16;
        return wrapped
            .into_iter()
            .enumerate()
            .map(|(index, lines)| {
                let item = Item { index, row, lines };
                row = row.saturating_add(u16::try_from(item.lines.len()).unwrap_or(u16::MAX));
                item
            })
            .collect();
    }
    let first = selected.saturating_sub(height.saturating_sub(1));
    (first..names.len().min(first + height))
        .enumerate()
        .map(|(row, index)| Item {
            index,
            row: u16::try_from(row).unwrap_or(u16::MAX),
            lines: vec![text::truncate(&names[index].name, width)],
        })
        .collect()
}

/// Every name wrapped to `width`, if all of them fit in `height` rows that way; decided
/// without wrapping more names than fit.
fn all_wrapped(catalogue: &Catalogue, width: usize, height: usize) -> Option<Vec<Vec<String>>> {
    let mut rows = 0;
    let mut wrapped = Vec::new();
    for s in &catalogue.specialisms {
        let lines = text::wrap(&s.name, width);
        rows += lines.len();
        if rows > height {
            return None;
        }
        wrapped.push(lines);
    }
    Some(wrapped)
}

/// (index, first row, rows) of each item, for hit-testing.
pub fn spans(items: &[Item]) -> Vec<(usize, u16, u16)> {
    items
        .iter()
        .map(|i| {
            let rows = u16::try_from(i.lines.len()).unwrap_or(u16::MAX);
            (i.index, i.row, rows)
        })
        .collect()
}
