use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme::Theme;
use crate::app::{App, Pane};
use crate::text;

/// App name and where the user is: specialism, and the rung when the ladder has focus.
pub fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let mut trail = app.specialism().name.clone();
    if app.focus() == Pane::Ladder {
        trail = format!("{trail} › {}", app.rung().title);
    }
    let pay = &app.catalogue().pay;
    let right = format!("AfC pay {} · {} ", pay.year, pay.region);
    let brand = " hi-tui ";
    let room = usize::from(area.width).saturating_sub(text::width(brand) + text::width(&right) + 2);
    let trail = text::truncate(&trail, room);
    let gap = usize::from(area.width)
        .saturating_sub(text::width(brand) + 1 + text::width(&trail) + text::width(&right));
    let line = Line::from(vec![
        Span::styled(brand, theme.brand),
        Span::raw(" "),
        Span::styled(trail, theme.title),
        Span::raw(" ".repeat(gap)),
        Span::styled(right, theme.muted),
    ]);
    frame.render_widget(Paragraph::new(line), area);
}
