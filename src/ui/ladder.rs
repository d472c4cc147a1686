//! The career ladder: rungs drawn bottom-up, entry level at the foot and director at
//! the top, each with its band and (when there is room) its pay.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::pane_block;
use super::theme::Theme;
use crate::app::{App, Pane};
use crate::data::pay_label;
use crate::layout;
use crate::text;

pub fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let inner = layout::inner(area);
    let specialism = app.specialism();
    let ladder = &specialism.ladder;
    let catalogue = app.catalogue();
    let focused = app.focus() == Pane::Ladder;

    let labels: Vec<String> = ladder
        .iter()
        .map(|r| format!("{}{}", if r.typical { "~" } else { "" }, r.band_label()))
        .collect();
    let band_width = labels.iter().map(|l| text::width(l)).max().unwrap_or(1);
    // One row per rung when cramped; a pay row when there is room; a gap when roomy.
    let rows_per_rung = match usize::from(inner.height) / ladder.len().max(1) {
        0 | 1 => 1,
        2 => 2,
        _ => 3,
    };
    let visible = (usize::from(inner.height) / rows_per_rung).max(1);
    // Row 0 on screen is the top rung; keep the selected rung in view.
    let selected_row = ladder.len() - 1 - app.rung_index();
    let first = selected_row.saturating_sub(visible - 1);

    let gutter = 2;
    let rail = "╟──╢ ";
    let text_width =
        usize::from(inner.width).saturating_sub(gutter + text::width(rail) + band_width + 1);
    let mut lines = Vec::new();
    for row in first..(first + visible).min(ladder.len()) {
        let index = ladder.len() - 1 - row;
        let rung = &ladder[index];
        let is_selected = index == app.rung_index();
        let style = match (is_selected, focused) {
            (true, true) => theme.selected,
            (true, false) => theme.selected_unfocused,
            _ => theme.text,
        };
        let marker = if is_selected { "▶ " } else { "  " };
        lines.push(Line::from(vec![
            Span::styled(marker, theme.accent),
            Span::styled(rail, theme.muted),
            Span::styled(format!("{:<band_width$} ", labels[index]), theme.accent),
            Span::styled(text::truncate(&rung.title, text_width), style),
        ]));
        if rows_per_rung >= 2 {
            let pay = catalogue
                .pay_range(rung)
                .map(|(min, max)| pay_label(min, max))
                .unwrap_or_default();
            lines.push(Line::from(vec![
                Span::raw("  "),
                Span::styled("║  ║ ", theme.muted),
                Span::raw(" ".repeat(band_width + 1)),
                Span::styled(text::truncate(&pay, text_width), theme.pay),
            ]));
        }
        if rows_per_rung == 3 {
            lines.push(Line::from(vec![
                Span::raw("  "),
                Span::styled("║  ║", theme.muted),
            ]));
        }
    }

    let mut block = pane_block(app, theme, Pane::Ladder);
    let mut legend = String::from(" ↑ senior ");
    if ladder.iter().any(|r| r.typical) {
        legend.push_str("· ~ typical band ");
    }
    block = block.title_bottom(Line::styled(legend, theme.muted).right_aligned());
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
