//! The career ladder pane: draws the lines `measure::ladder` lays out, with a legend.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::pane_block;
use super::theme::Theme;
use crate::app::{App, Pane};
use crate::layout;
use crate::measure::ladder;

pub fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let (blocks, first) = ladder::blocks(app.ladder_view(), layout::inner(area));
    let lines = theme.lines(blocks.into_iter().skip(first).flatten().collect());
    let mut legend = String::from(" ↑ senior ");
    if app.specialism().ladder.iter().any(|r| r.typical) {
        legend.push_str("· ~ typical band ");
    }
    let block = pane_block(app, theme, Pane::Ladder)
        .title_bottom(Line::styled(legend, theme.muted).right_aligned());
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
