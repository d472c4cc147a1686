use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{HighlightSpacing, List, ListItem, ListState};

use super::pane_block;
use super::theme::Theme;
use crate::app::{App, Pane};
use crate::layout;
use crate::text;

/// The list of specialisms. Long names wrap when every item still fits; otherwise they
/// are cut short (the header always shows the selected name in full).
pub fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let inner = layout::inner(area);
    let width = usize::from(inner.width).saturating_sub(2);
    let names = app.catalogue().specialisms.iter().map(|s| s.name.as_str());
    let wrapped: Vec<Vec<String>> = names.clone().map(|n| text::wrap(n, width)).collect();
    let fits = wrapped.iter().map(Vec::len).sum::<usize>() <= usize::from(inner.height);
    let items: Vec<ListItem> = if fits {
        wrapped
            .into_iter()
            .map(|lines| ListItem::new(lines.into_iter().map(Line::from).collect::<Vec<_>>()))
            .collect()
    } else {
        names
            .map(|n| ListItem::new(text::truncate(n, width)))
            .collect()
    };
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
