//! Drawing. Every function here reads `&App`; none changes it.

mod banner;
mod compare;
pub mod detail;
mod footer;
mod header;
pub mod help;
pub mod ladder;
pub mod list;
mod page;
mod quiz;
mod search;
pub mod share;
pub mod shortlist;
mod stage;
mod status;
pub mod tabs;
pub mod theme;
mod too_small;
pub mod welcome;
mod wide;
pub mod working;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, BorderType};

use crate::app::{App, Overlay, Pane};
use crate::layout::Arrangement;
pub use crate::layout::centered;
use theme::Theme;

/// Draws the welcome screen before the app exists, from the content's title and
/// introduction alone: start-up shows it while the rest of the content is still to be
/// decoded. Returns false, drawing nothing, when the window is too small for it (the
/// app's own first frame then says so).
pub fn draw_first_welcome(
    welcome: welcome::Welcome,
    options: &crate::app::Options,
    frame: &mut Frame,
) -> bool {
    let theme = Theme::named(options.theme);
    let area = frame.area();
    if !welcome::fits(area) {
        return false;
    }
    if theme.base != ratatui::style::Style::new() {
        frame.render_widget(Block::new().style(theme.base), area);
    }
    welcome::draw_welcome(welcome, &theme, frame, area);
    true
}

/// Draws the whole screen for the app's current state.
pub fn draw(app: &App, frame: &mut Frame) {
    draw_layers(app, frame);
    // Overlays and banners are drawn over the panes' text: whatever they cover of a wide
    // character must not hide them.
    wide::cut_overdrawn(frame.buffer_mut());
}

fn draw_layers(app: &App, frame: &mut Frame) {
    let theme = Theme::named(app.options().theme);
    let area = frame.area();
    if theme.base != ratatui::style::Style::new() {
        frame.render_widget(Block::new().style(theme.base), area);
    }
    // The welcome screen adapts to any size it can hold its text in.
    if app.showing_welcome() && welcome::fits(area) {
        welcome::draw(app, &theme, frame, area);
        if app.attract_running() {
            let footer = Rect::new(area.x, area.bottom() - 1, area.width, 1);
            banner::draw(&theme, frame, footer);
        }
        return;
    }
    let Some(panes) = app.panes_in(area) else {
        too_small::draw(app, &theme, frame, area);
        return;
    };
    header::draw(app, &theme, frame, panes.header);
    if panes.arrangement == Arrangement::Tabs {
        tabs::draw(app, &theme, frame, panes.tabs);
        match app.focus() {
            Pane::Specialisms => list::draw(app, &theme, frame, panes.specialisms),
            Pane::Detail => detail::draw(app, &theme, frame, panes.detail),
            Pane::Ladder => ladder::draw(app, &theme, frame, panes.ladder),
        }
    } else {
        list::draw(app, &theme, frame, panes.specialisms);
        detail::draw(app, &theme, frame, panes.detail);
        ladder::draw(app, &theme, frame, panes.ladder);
    }
    footer::draw(app, &theme, frame, panes.footer);
    match app.overlay() {
        Some(Overlay::Help) => help::draw(app, &theme, frame, area),
        Some(Overlay::Share) => share::draw(app, &theme, frame, area),
        Some(Overlay::Quiz) => quiz::draw(app, &theme, frame, area),
        Some(Overlay::Search) => search::draw(app, &theme, frame, area),
        Some(Overlay::Working) => working::draw(app, &theme, frame, area),
        Some(Overlay::Stage) => stage::draw(app, &theme, frame, area),
        Some(Overlay::Compare) => compare::draw(app, &theme, frame, area),
        None => {}
    }
    if app.attract_running() {
        banner::draw(&theme, frame, panes.footer);
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
