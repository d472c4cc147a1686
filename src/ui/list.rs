use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{HighlightSpacing, List, ListItem, ListState};

use super::pane_block;
use super::theme::Theme;
use crate::app::{App, Pane};
use crate::layout;
use crate::text;

/// Width of the "▶ " selection marker.
const MARKER: usize = 2;

/// The list of specialisms. Long names wrap when every item still fits; otherwise they
/// are cut short (the header always shows the selected name in full). Only the rows on
/// screen are built, so a catalogue of thousands draws as fast as one of seven.
pub fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let inner = layout::inner(area);
    let rows = item_rows(app, inner);
    let first = rows.first().map_or(0, |&(i, _, _)| i);
    let items: Vec<ListItem> = rows
        .iter()
        .map(|&(i, _, _)| {
            let lines = item_lines(app, inner, i);
            ListItem::new(lines.into_iter().map(Line::from).collect::<Vec<_>>())
        })
        .collect();
    let focused = app.focus() == Pane::Specialisms;
    let list = List::new(items)
        .block(pane_block(app, theme, Pane::Specialisms))
        .style(theme.text)
        .highlight_symbol("▶ ")
        .highlight_spacing(HighlightSpacing::Always)
        .highlight_style(if focused {
            theme.selected
        } else {
            theme.selected_unfocused
        });
    let mut state = ListState::default().with_selected(Some(app.specialism_index() - first));
    frame.render_stateful_widget(list, area, &mut state);
}

/// Whether every name fits wrapped; decided without wrapping more names than fit.
fn names_wrap(app: &App, inner: Rect) -> bool {
    let width = usize::from(inner.width).saturating_sub(MARKER);
    let mut rows = 0;
    for s in &app.catalogue().specialisms {
        rows += text::wrap(&s.name, width).len();
        if rows > usize::from(inner.height) {
            return false;
        }
    }
    true
}

/// Specialism `i`'s name as the lines it is drawn on inside `inner`.
fn item_lines(app: &App, inner: Rect, i: usize) -> Vec<String> {
    let width = usize::from(inner.width).saturating_sub(MARKER);
    let name = &app.catalogue().specialisms[i].name;
    if names_wrap(app, inner) {
        text::wrap(name, width)
    } else {
        vec![text::truncate(name, width)]
    }
}

/// Where each visible item is drawn inside `inner`: (index, first row, rows). Mirrors how
/// ratatui's `List` scrolls a fresh `ListState` to keep the selection in view.
pub fn item_rows(app: &App, inner: Rect) -> Vec<(usize, u16, u16)> {
    let count = app.catalogue().specialisms.len();
    let selected = app.specialism_index();
    let height = usize::from(inner.height);
    if !names_wrap(app, inner) {
        // One row each: the window that ends at the selection when it is below the fold.
        let first = selected.saturating_sub(height.saturating_sub(1));
        return (first..count.min(first + height))
            .enumerate()
            .map(|(row, i)| (i, u16::try_from(row).unwrap_or(u16::MAX), 1))
            .collect();
    }
    let mut row = 0u16;
    (0..count)
        .map(|i| {
            let rows = u16::try_from(item_lines(app, inner, i).len()).unwrap_or(u16::MAX);
            let span = (i, row, rows);
            row = row.saturating_add(rows);
            span
        })
        .collect()
}
