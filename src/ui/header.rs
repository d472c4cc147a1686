use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme::Theme;
use crate::app::{App, Pane};
use crate::text;

/// The fewest columns the trail keeps before the pay year gives way to the stage.
const TRAIL_MIN: usize = 24;

/// App name and where the user is: specialism, and the rung when the ladder has focus;
/// at the right, the chosen stage and the pay year (the stage first, where room is short).
pub fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let mut trail = app.specialism().name.clone();
    if app.focus() == Pane::Ladder {
        trail = format!("{trail} › {}", app.rung().title);
    }
    let brand = " hi-tui ";
    let width = usize::from(area.width);
    let pay = &app.catalogue().pay();
    let mut right = format!("AfC pay {} · {} ", pay.year, pay.region);
    if let Some(stage) = app.stage() {
        let you = format!("You: {} ", stage.label);
        let with_pay = format!("{you}· {right}");
        right = if text::width(brand) + TRAIL_MIN + text::width(&with_pay) <= width {
            with_pay
        } else {
            let room = width.saturating_sub(text::width(brand) + TRAIL_MIN / 2);
            format!(
                "{} ",
                text::truncate(you.trim_end(), room.saturating_sub(1))
            )
        };
    }
    let room = width.saturating_sub(text::width(brand) + text::width(&right) + 2);
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
