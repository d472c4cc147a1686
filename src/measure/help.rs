//! The help page's lines, generated from the keymap table, and where its popup goes.

use ratatui::layout::Rect;

use super::{Row, Tone};
use crate::action::Action;
use crate::keymap::{self, Mode};
use crate::layout::centered;
use crate::text;

/// Every mode's heading and its keys, one line each (kiosk mode leaves out quitting;
/// without `stages` in the data, the stage picker and its key are left out).
pub fn rows(kiosk: bool, stages: bool) -> Vec<Row> {
    let label_width = keymap::all()
        .map(|b| text::width(b.label))
        .max()
        .unwrap_or(0);
    let mut rows = Vec::new();
    for (mode, heading) in Mode::SECTIONS {
        if mode == Mode::Stage && !stages {
            continue;
        }
        if !rows.is_empty() {
            rows.push(Vec::new());
        }
        rows.push(vec![(Tone::Heading, heading.to_string())]);
        for binding in keymap::listed(mode, kiosk) {
            if binding.action == Action::Stage && !stages {
                continue;
            }
            rows.push(vec![
                (Tone::Key, format!("  {:<label_width$}  ", binding.label)),
                (Tone::Text, binding.description.to_string()),
            ]);
        }
    }
    rows
}

/// The popup for `rows` in `area`: as wide as the widest line, as tall as fits while
/// leaving the header and footer rows visible.
pub fn popup(rows: &[Row], area: Rect) -> Rect {
    let content_width = rows.iter().map(row_width).max().unwrap_or(0);
    let width = u16::try_from(content_width + 4).unwrap_or(u16::MAX);
    let height = u16::try_from(rows.len() + 2).unwrap_or(u16::MAX);
    centered(area, width, height.min(area.height.saturating_sub(2)))
}

/// (lines of help, lines visible at once) in a `width`×`height` terminal.
pub fn extent(kiosk: bool, stages: bool, width: u16, height: u16) -> (usize, usize) {
    let rows = rows(kiosk, stages);
    let popup = popup(&rows, Rect::new(0, 0, width, height));
    (rows.len(), usize::from(popup.height.saturating_sub(2)))
}

fn row_width(row: &Row) -> usize {
    row.iter().map(|(_, text)| text::width(text)).sum()
}
