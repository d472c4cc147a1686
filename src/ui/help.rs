//! The help overlay, generated from the keymap table so it always matches the keys.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph};

use super::theme::Theme;
use crate::keymap::{BINDINGS, Mode};
use crate::text;

pub fn draw(theme: &Theme, frame: &mut Frame, area: Rect) {
    let label_width = BINDINGS
        .iter()
        .map(|b| text::width(b.label))
        .max()
        .unwrap_or(0);
    let mut lines = Vec::new();
    for (mode, heading) in [(Mode::Browse, "Browsing"), (Mode::Help, "In this help")] {
        if !lines.is_empty() {
            lines.push(Line::default());
        }
        lines.push(Line::styled(heading, theme.heading));
        for binding in BINDINGS.iter().filter(|b| b.mode == mode) {
            lines.push(Line::from(vec![
                Span::styled(format!("  {:<label_width$}  ", binding.label), theme.key),
                Span::styled(binding.description, theme.text),
            ]));
        }
    }
    let content_width = lines.iter().map(Line::width).max().unwrap_or(0);
    let width = u16::try_from(content_width + 4)
        .unwrap_or(u16::MAX)
        .min(area.width);
    let height = u16::try_from(lines.len() + 2)
        .unwrap_or(u16::MAX)
        .min(area.height);
    let [popup] = Layout::horizontal([Constraint::Length(width)])
        .flex(Flex::Center)
        .areas(area);
    let [popup] = Layout::vertical([Constraint::Length(height)])
        .flex(Flex::Center)
        .areas(popup);
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(theme.border_focused)
        .title(" Keys ")
        .title_bottom(Line::styled(" Esc closes ", theme.muted).right_aligned());
    frame.render_widget(Clear, popup);
    frame.render_widget(Paragraph::new(lines).block(block), popup);
}
