//! The status line: a warning drawn in the footer row in place of the key hints.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::theme::Theme;
use crate::text;

pub fn draw(message: &str, theme: &Theme, frame: &mut Frame, area: Rect) {
    let line = text::truncate(&format!(" ⚠ {message}"), usize::from(area.width));
    frame.render_widget(Paragraph::new(Line::styled(line, theme.warning)), area);
}
