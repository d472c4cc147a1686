//! The detail pane: draws the text `measure::detail` lays out, with a position marker
//! when it is longer than the pane.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Padding, Paragraph};

use super::pane_block;
use super::theme::Theme;
use crate::action::Action;
use crate::app::{App, Pane};
use crate::keymap::{self, Mode};
use crate::layout;
use crate::measure;

pub fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let inner = layout::detail_text(area);
    let rows = measure::detail::rows_for(
        app.catalogue(),
        app.specialism_index(),
        app.detail_shows_rung().then(|| app.rung_index()),
        app.stage_id(),
        inner.width,
    );
    let lines = theme.lines(rows);
    let scroll = u16::try_from(app.detail_scroll()).unwrap_or(u16::MAX);
    let mut block = pane_block(app, theme, Pane::Detail);
    if lines.len() > usize::from(inner.height) {
        let shown = (app.detail_scroll() + usize::from(inner.height)).min(lines.len());
        block = block.title_bottom(
            Line::styled(
                format!(
                    " {shown}/{} {} ",
                    lines.len(),
                    keymap::hint(Mode::Browse, &[Action::PageDown])
                ),
                theme.muted,
            )
            .right_aligned(),
        );
    }
    frame.render_widget(
        Paragraph::new(lines)
            .block(block.padding(Padding::horizontal(1)))
            .scroll((scroll, 0)),
        area,
    );
}
