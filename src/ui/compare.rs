//! The compare view: the sheet `measure::compare` lays out, each pinned rung a column
//! with its head fixed above a rule and its body scrolled, columns parted by a line.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Clear, Paragraph};

use super::theme::Theme;
use crate::action::Action;
use crate::app::App;
use crate::keymap::{self, Mode};
use crate::measure::compare;
use crate::text;

pub fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let state = app.compare_state();
    let pins = app.pins();
    let sheet = compare::sheet(app.catalogue(), pins, state.column, app.stage_id(), area);
    let title = if sheet.one_at_a_time {
        format!(" Compare · {} of {} ", state.column + 1, pins.len())
    } else {
        " Compare ".to_string()
    };
    let (lines, visible) = (sheet.lines(), sheet.visible());
    let scroll = state.scroll.min(lines.saturating_sub(visible));
    let bottom = bottom_line(&sheet, pins.len(), scroll);
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(theme.border_focused)
        .title(title)
        .title_bottom(Line::styled(bottom, theme.muted).right_aligned());
    frame.render_widget(Clear, sheet.popup);
    frame.render_widget(block, sheet.popup);

    let head = sheet.head_height;
    for (i, column) in sheet.columns.iter().enumerate() {
        let r = column.rect;
        let head_rect = Rect::new(r.x, r.y, r.width, head.min(r.height));
        frame.render_widget(Paragraph::new(theme.lines(column.head.clone())), head_rect);
        if r.height > head {
            let rule = Rect::new(r.x, r.y + head, r.width, 1);
            let line = "─".repeat(usize::from(r.width));
            frame.render_widget(Paragraph::new(Line::styled(line, theme.border)), rule);
        }
        let body = Rect::new(
            r.x,
            r.y + head + 1,
            r.width,
            r.height.saturating_sub(head + 1),
        );
        frame.render_widget(
            Paragraph::new(theme.lines(column.body.clone()))
                .scroll((u16::try_from(scroll).unwrap_or(u16::MAX), 0)),
            body,
        );
        if i + 1 < sheet.columns.len() {
            // The rule between this column and the next, in the middle of the gap.
            let x = r.right() + compare::GAP / 2;
            let rows: Vec<Line> = (0..r.height)
                .map(|y| Line::styled(if y == head { "┼" } else { "│" }, theme.border))
                .collect();
            frame.render_widget(Paragraph::new(rows), Rect::new(x, r.y, 1, r.height));
        }
    }
}

/// The bottom border: where the reader is when the columns scroll, then the keys, as
/// many as fit.
fn bottom_line(sheet: &compare::Sheet, pins: usize, scroll: usize) -> String {
    let (lines, visible) = (sheet.lines(), sheet.visible());
    let mut parts = Vec::new();
    if lines > visible {
        parts.push(format!("{}/{lines}", (scroll + visible).min(lines)));
    }
    let mut actions = Vec::new();
    if pins > 1 {
        actions.push(Action::PaneRight);
    }
    actions.extend([Action::Down, Action::Select, Action::Pin, Action::Close]);
    let room = usize::from(sheet.popup.width.saturating_sub(4));
    for action in actions {
        let hint = keymap::hint(Mode::Compare, std::slice::from_ref(&action));
        let width: usize = parts.iter().map(|p| text::width(p) + 3).sum();
        // The way out is always shown; the others while they fit.
        if action == Action::Close || width + text::width(&hint) + 8 <= room {
            parts.push(hint);
        }
    }
    format!(" {} ", parts.join(" · "))
}
