//! The help overlay, generated from the keymap table so it always matches the keys.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph};

use super::centered;
use super::theme::Theme;
use crate::action::Action;
use crate::app::App;
use crate::keymap::{self, BINDINGS, Mode};
use crate::text;

pub fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let lines = content(app.options().kiosk, theme);
    let popup = popup_area(&lines, area);
    let visible = usize::from(popup.height.saturating_sub(2));
    let scroll = app.help_scroll().min(lines.len().saturating_sub(visible));
    let more = if lines.len() > visible {
        format!(
            " {}/{} {} ·",
            (scroll + visible).min(lines.len()),
            lines.len(),
            keymap::hint(Mode::Help, &[Action::Down])
        )
    } else {
        String::new()
    };
    let close = keymap::hint(Mode::Help, &[Action::Close]);
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(theme.border_focused)
        .title(" Keys ")
        .title_bottom(Line::styled(format!("{more} {close} "), theme.muted).right_aligned());
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .scroll((u16::try_from(scroll).unwrap_or(u16::MAX), 0)),
        popup,
    );
}

/// (lines of help, lines visible at once) at the app's size, so the app can keep the
/// scroll in range and page by what is on screen.
pub fn measure(app: &App) -> (usize, usize) {
    let (w, h) = app.size();
    let lines = content(app.options().kiosk, &Theme::default());
    let popup = popup_area(&lines, Rect::new(0, 0, w, h));
    (lines.len(), usize::from(popup.height.saturating_sub(2)))
}

/// Rows of help text that do not fit at once.
pub fn overflow(app: &App) -> usize {
    let (lines, visible) = measure(app);
    lines.saturating_sub(visible)
}

fn popup_area(lines: &[Line], area: Rect) -> Rect {
    let content_width = lines.iter().map(Line::width).max().unwrap_or(0);
    let width = u16::try_from(content_width + 4).unwrap_or(u16::MAX);
    let height = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
    // Leave the header and footer rows visible around the popup.
    centered(area, width, height.min(area.height.saturating_sub(2)))
}

fn content(kiosk: bool, theme: &Theme) -> Vec<Line<'static>> {
    let label_width = BINDINGS
        .iter()
        .map(|b| text::width(b.label))
        .max()
        .unwrap_or(0);
    let mut lines = Vec::new();
    for (mode, heading) in Mode::SECTIONS {
        if !lines.is_empty() {
            lines.push(Line::default());
        }
        lines.push(Line::styled(heading, theme.heading));
        for binding in keymap::listed(mode, kiosk) {
            lines.push(Line::from(vec![
                Span::styled(format!("  {:<label_width$}  ", binding.label), theme.key),
                Span::styled(binding.description, theme.text),
            ]));
        }
    }
    lines
}
