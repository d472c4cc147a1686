use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme::Theme;
use crate::app::App;
use crate::keymap;
use crate::text;

/// Key hints for the current mode, straight from the keymap table, as many as fit.
pub fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let mut spans = vec![Span::raw(" ")];
    let mut used = 1;
    for (keys, word) in keymap::hints(app.mode(), app.options().kiosk) {
        let hint = format!(" {word}  ");
        let width = text::width(keys) + text::width(&hint);
        if used + width > usize::from(area.width) + 2 {
            break;
        }
        used += width;
        spans.push(Span::styled(keys, theme.key));
        spans.push(Span::styled(hint, theme.muted));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
