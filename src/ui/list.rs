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
/// are cut short (the header always shows the selected name in full).
pub fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let items: Vec<ListItem> = item_lines(app, layout::inner(area))
        .into_iter()
        .map(|lines| ListItem::new(lines.into_iter().map(Line::from).collect::<Vec<_>>()))
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
    let mut state = ListState::default().with_selected(Some(app.specialism_index()));
    frame.render_stateful_widget(list, area, &mut state);
}

/// Each specialism's name as the lines it is drawn on inside `inner`.
fn item_lines(app: &App, inner: Rect) -> Vec<Vec<String>> {
    let width = usize::from(inner.width).saturating_sub(MARKER);
    let names = app.catalogue().specialisms.iter().map(|s| s.name.as_str());
    let wrapped: Vec<Vec<String>> = names.clone().map(|n| text::wrap(n, width)).collect();
    if wrapped.iter().map(Vec::len).sum::<usize>() <= usize::from(inner.height) {
        wrapped
    } else {
        names.map(|n| vec![text::truncate(n, width)]).collect()
    }
}

/// Where each item is drawn inside `inner`: (index, first row, rows). Mirrors how
/// ratatui's `List` scrolls a fresh `ListState` to keep the selection in view.
pub fn item_rows(app: &App, inner: Rect) -> Vec<(usize, u16, u16)> {
    let heights: Vec<u16> = item_lines(app, inner)
        .iter()
        .map(|lines| u16::try_from(lines.len()).unwrap_or(u16::MAX))
        .collect();
    let selected = app.specialism_index();
    let mut first = 0;
    while first < selected && heights[first..=selected].iter().sum::<u16>() > inner.height {
        first += 1;
    }
    let mut row = 0;
    let mut spans = Vec::new();
    for (i, &h) in heights.iter().enumerate().skip(first) {
        if row >= inner.height {
            break;
        }
        spans.push((i, row, h));
        row = row.saturating_add(h);
    }
    spans
}
