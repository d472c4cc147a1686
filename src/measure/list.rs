//! The specialism list: which names are on screen, on which rows, and how each is cut
//! or wrapped; with a stage chosen, each name has a second row with the first rung open
//! to it. The list pane draws exactly this and a click is matched against it.

use ratatui::layout::Rect;

use super::ladder::OPEN;
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
    /// With a stage chosen, the row under the name: whether a rung is open, and what.
    pub note: Option<(bool, String)>,
}

impl Item {
    /// Rows the item takes.
    pub fn rows(&self) -> usize {
        self.lines.len() + usize::from(self.note.is_some())
    }
}

/// "✓ Band 3: Trainee clinical coder" for the first rung of specialism `index` open to
/// `stage`, or "– experience first"; cut to `width`.
fn note(catalogue: &Catalogue, index: usize, stage: &str, width: usize) -> (bool, String) {
    let specialism = &catalogue.specialisms[index];
    match catalogue.first_open_rung(specialism, stage) {
        Some(rung) => {
            let rung = &specialism.ladder[rung];
            let typical = if rung.typical { "~" } else { "" };
            let text = format!("{OPEN}{typical}{}: {}", rung.band_words(), rung.title);
            (true, text::truncate(&text, width))
        }
        None => (false, text::truncate("– experience first", width)),
    }
}

/// The names on screen inside `inner` with `selected` in view; with `stage` (an id),
/// each with a note of the first rung open to it. Long names wrap when every name still
/// fits; otherwise each is cut to one row, and the rows scroll so the selection is on
/// the last row once it is below the fold. Only rows on screen are built, so thousands
/// of names lay out as fast as seven.
pub fn items(
    catalogue: &Catalogue,
    selected: usize,
    inner: Rect,
    stage: Option<&str>,
) -> Vec<Item> {
    let width = usize::from(inner.width).saturating_sub(MARKER);
    let height = usize::from(inner.height);
    let names = &catalogue.specialisms;
    let note_for = |index| stage.map(|stage| note(catalogue, index, stage, width));
    let extra = usize::from(stage.is_some());
    if let Some(wrapped) = all_wrapped(catalogue, width, height, extra) {
        let mut row = 0u16;
        return wrapped
            .into_iter()
            .enumerate()
            .map(|(index, lines)| {
                let item = Item {
                    index,
                    row,
                    lines,
                    note: note_for(index),
                };
                row = row.saturating_add(u16::try_from(item.rows()).unwrap_or(u16::MAX));
                item
            })
            .collect();
    }
    let per_item = 1 + extra;
    let fits = (height / per_item).max(1);
    let first = selected.saturating_sub(fits - 1);
    (first..names.len().min(first + fits))
        .enumerate()
        .map(|(at, index)| Item {
            index,
            row: u16::try_from(at * per_item).unwrap_or(u16::MAX),
            lines: vec![text::truncate(&names[index].name, width)],
            note: note_for(index),
        })
        .collect()
}

/// Every name wrapped to `width`, if all of them fit in `height` rows that way with
/// `extra` rows under each; decided without wrapping more names than fit.
fn all_wrapped(
    catalogue: &Catalogue,
    width: usize,
    height: usize,
    extra: usize,
) -> Option<Vec<Vec<String>>> {
    let mut rows = 0;
    let mut wrapped = Vec::new();
    for s in &catalogue.specialisms {
        let lines = text::wrap(&s.name, width);
        rows += lines.len() + extra;
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
            let rows = u16::try_from(i.rows()).unwrap_or(u16::MAX);
            (i.index, i.row, rows)
        })
        .collect()
}
