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
use crate::text;

pub fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let (blocks, first) = ladder::blocks(app.ladder_view(), layout::inner(area));
    let lines = theme.lines(blocks.into_iter().skip(first).flatten().collect());
    let view = app.ladder_view();
    let rungs = 0..app.specialism().ladder.len();
    let mut parts = vec!["↑ senior"];
    if view.any_open() {
        parts.push("✓ open to you");
    }
    if rungs.clone().any(|i| view.pinned(i)) {
        parts.push("◆ pinned");
    }
    if app.specialism().ladder.iter().any(|r| r.typical) {
        parts.push("~ typical band");
    }
    // As many as fit in the bottom border, the least needed dropped first.
    let room = usize::from(area.width.saturating_sub(4));
    while parts.len() > 1 && text::width(&parts.join(" · ")) + 2 > room {
        parts.pop();
    }
    let legend = format!(" {} ", parts.join(" · "));
    let block = pane_block(app, theme, Pane::Ladder)
        .title_bottom(Line::styled(legend, theme.muted).right_aligned());
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
