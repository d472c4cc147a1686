//! A scrollable popup page (help, Working in the NHS): a rounded border with a title,
//! the lines from the top at `scroll`, and where the reader is when it does not all fit.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Clear, Padding, Paragraph};

use super::theme::Theme;

pub struct Page<'a> {
    pub title: &'a str,
    pub lines: Vec<Line<'static>>,
    pub scroll: usize,
    /// Columns of padding inside the border, left and right.
    pub padding: u16,
    /// Key hints for the bottom border: shown when the page scrolls, and always.
    pub when_scrolling: String,
    pub always: String,
}

impl Page<'_> {
    pub fn draw(self, theme: &Theme, frame: &mut Frame, popup: Rect) {
        let visible = usize::from(popup.height.saturating_sub(2));
        let total = self.lines.len();
        let scroll = self.scroll.min(total.saturating_sub(visible));
        let mut bottom = Vec::new();
        if total > visible {
            bottom.push(format!("{}/{total}", (scroll + visible).min(total)));
            bottom.extend(Some(self.when_scrolling).filter(|h| !h.is_empty()));
        }
        bottom.extend(Some(self.always).filter(|h| !h.is_empty()));
        let mut block = Block::bordered()
            .border_type(BorderType::Rounded)
            .border_style(theme.border_focused)
            .title(format!(" {} ", self.title))
            .padding(Padding::horizontal(self.padding));
        if !bottom.is_empty() {
            block = block.title_bottom(
                Line::styled(format!(" {} ", bottom.join(" · ")), theme.muted).right_aligned(),
            );
        }
        frame.render_widget(Clear, popup);
        frame.render_widget(
            Paragraph::new(self.lines)
                .block(block)
                .scroll((u16::try_from(scroll).unwrap_or(u16::MAX), 0)),
            popup,
        );
    }
}
