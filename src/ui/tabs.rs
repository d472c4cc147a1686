//! The tab bar of the small-window arrangement: one pane at a time, and every pane one
//! key (Tab, ←/→) or click away.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::theme::Theme;
use crate::app::{App, Pane};
use crate::layout;

pub fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    for (pane, rect) in Pane::ALL.into_iter().zip(layout::tab_segments(area)) {
        let focused = app.focus() == pane;
        let (label, style) = if focused {
            (format!("▸ {} ", pane.title()), theme.selected)
        } else {
            (format!("  {} ", pane.title()), theme.muted)
        };
        frame.render_widget(Paragraph::new(Line::styled(label, style).centered()), rect);
    }
}
