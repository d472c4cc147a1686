//! The attract loop's invitation, drawn over the footer while the app tours itself.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::theme::Theme;

pub const TEXT: &str = "★ Press any key to explore careers in health informatics ★";

pub fn draw(theme: &Theme, frame: &mut Frame, area: Rect) {
    frame.render_widget(
        Paragraph::new(Line::styled(TEXT, theme.brand).centered()).style(theme.brand),
        area,
    );
}
