use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use super::theme::Theme;
use crate::app::App;
use crate::layout::{MIN_HEIGHT, MIN_WIDTH};

/// Shown instead of the panes when the window cannot fit them.
pub fn draw(_app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let lines = vec![
        Line::styled("Please enlarge the window", theme.warning),
        Line::raw(format!(
            "hi-tui needs {MIN_WIDTH}×{MIN_HEIGHT}; this one is {}×{}.",
            area.width, area.height
        )),
        Line::styled("q quits", theme.muted),
    ];
    let height = u16::try_from(lines.len())
        .unwrap_or(u16::MAX)
        .min(area.height);
    let top = area.y + area.height.saturating_sub(height + 2) / 2;
    let body = Rect::new(
        area.x,
        top,
        area.width,
        area.height.saturating_sub(top - area.y),
    );
    frame.render_widget(
        Paragraph::new(lines)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true }),
        body,
    );
}
