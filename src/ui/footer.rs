use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme::Theme;
use crate::app::App;
use crate::keymap;

/// Key hints for the current mode, straight from the keymap table.
pub fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    if let Some(message) = app.status() {
        return super::status::draw(message, theme, frame, area);
    }
    let mut spans = vec![Span::raw(" ")];
    for (keys, word) in keymap::hints(app.mode()) {
        spans.push(Span::styled(keys, theme.key));
        spans.push(Span::styled(format!(" {word}   "), theme.muted));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
