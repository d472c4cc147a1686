//! Drawing. Every function here reads `&App`; none changes it.

pub mod detail;
mod footer;
mod header;
mod help;
mod ladder;
mod list;
mod status;
pub mod theme;
mod too_small;

use ratatui::Frame;
use ratatui::widgets::{Block, BorderType};

use crate::app::{App, Overlay, Pane};
use crate::layout::Panes;
use theme::Theme;

/// Draws the whole screen for the app's current state.
pub fn draw(app: &App, frame: &mut Frame) {
    let theme = Theme::default();
    let area = frame.area();
    let Some(panes) = Panes::compute(area, app.list_rows()) else {
        too_small::draw(app, &theme, frame, area);
        return;
    };
    header::draw(app, &theme, frame, panes.header);
    list::draw(app, &theme, frame, panes.specialisms);
    detail::draw(app, &theme, frame, panes.detail);
    ladder::draw(app, &theme, frame, panes.ladder);
    footer::draw(app, &theme, frame, panes.footer);
    if app.overlay() == Some(Overlay::Help) {
        help::draw(&theme, frame, area);
    }
}

/// A pane's border, highlighted when it has focus.
fn pane_block<'a>(app: &App, theme: &Theme, pane: Pane) -> Block<'a> {
    let focused = app.focus() == pane && app.overlay().is_none();
    let (style, marker) = if focused {
        (theme.border_focused, "▸ ")
    } else {
        (theme.border, "")
    };
    Block::bordered()
        .border_type(if focused {
            BorderType::Thick
        } else {
            BorderType::Plain
        })
        .border_style(style)
        .title(format!(" {marker}{} ", pane.title()))
        .title_style(if focused {
            theme.border_focused
        } else {
            theme.title
        })
}
