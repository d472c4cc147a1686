use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::{List, ListItem, ListState};

use super::pane_block;
use super::theme::Theme;
use crate::app::{App, Pane};
use crate::layout;
use crate::text;

/// The list of specialisms, with the selected one highlighted.
pub fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let width = usize::from(layout::inner(area).width).saturating_sub(2);
    let items: Vec<ListItem> = app
        .catalogue()
        .specialisms
        .iter()
        .map(|s| ListItem::new(text::truncate(&s.name, width)))
        .collect();
    let focused = app.focus() == Pane::Specialisms;
    let list = List::new(items)
        .block(pane_block(app, theme, Pane::Specialisms))
        .style(theme.text)
        .highlight_symbol("▶ ")
        .highlight_spacing(ratatui::widgets::HighlightSpacing::Always)
        .highlight_style(if focused {
            theme.selected
        } else {
            theme.selected_unfocused
        });
    let mut state = ListState::default().with_selected(Some(app.specialism_index()));
    frame.render_stateful_widget(list, area, &mut state);
}
