//! The list of specialisms: draws the names `measure::list` lays out, the selected one
//! marked with "▶ " and highlighted across the pane; with a stage chosen, each with the
//! first rung open to it beneath.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::pane_block;
use super::theme::Theme;
use crate::app::{App, Pane};
use crate::layout;
use crate::measure::list::{self, MARKER};
use crate::text;

pub fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let inner = layout::inner(area);
    let selected = app.specialism_index();
    let highlight = if app.focus() == Pane::Specialisms {
        theme.selected
    } else {
        theme.selected_unfocused
    };
    let width = usize::from(inner.width);
    let mut lines = Vec::new();
    for item in list::items(app.catalogue(), selected, inner, app.stage_id()) {
        let chosen = item.index == selected;
        let note = item.note.clone();
        for (i, name) in item.lines.into_iter().enumerate() {
            let marker = if chosen && i == 0 { "▶ " } else { "  " };
            let mut line = format!("{marker}{name}");
            // The highlight spans the pane, as a selection bar should.
            let pad = width.saturating_sub(MARKER + text::width(&name));
            line.push_str(&" ".repeat(pad));
            lines.push(if chosen {
                Line::styled(line, highlight)
            } else {
                Line::styled(line, theme.text)
            });
        }
        if let Some((open, note)) = note {
            let pad = width.saturating_sub(MARKER + text::width(&note));
            let line = format!("  {note}{}", " ".repeat(pad));
            let style = match (chosen, open) {
                (true, _) => highlight,
                (false, true) => theme.accent,
                (false, false) => theme.muted,
            };
            lines.push(Line::styled(line, style));
        }
    }
    let block = pane_block(app, theme, Pane::Specialisms).style(theme.text);
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
