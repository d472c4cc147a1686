//! The help overlay, generated from the keymap table so it always matches the keys.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::page::Page;
use super::theme::Theme;
use crate::action::Action;
use crate::app::App;
use crate::keymap::{self, Mode};
use crate::measure;

pub fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let stages = !app.catalogue().stages.is_empty();
    let rows = measure::help::rows(app.options().kiosk, stages);
    let popup = measure::help::popup(&rows, area);
    Page {
        title: "Keys",
        lines: theme.lines(rows),
        scroll: app.help_scroll(),
        padding: 0,
        when_scrolling: keymap::hint(Mode::Help, &[Action::Down]),
        always: keymap::hint(Mode::Help, &[Action::Close]),
    }
    .draw(theme, frame, popup);
}
