//! The career ladder: rungs drawn bottom-up, entry level at the foot and director at
//! the top. Each rung shows as much as the pane has room for: a wrapped title, its band
//! and pay, and a gap of rail between rungs; in a cramped pane, one line per rung.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::pane_block;
use super::theme::Theme;
use crate::app::{App, Pane};
use crate::data::{Catalogue, Rung, pay_label};
use crate::layout;
use crate::text;

const RUNG: &str = "╟──╢ ";
const RAIL: &str = "║  ║ ";
const GUTTER: usize = 2;
/// In one-line rungs, the narrowest title worth keeping "Band" for.
const COMPACT_TITLE_MIN: usize = 16;

/// How much each rung shows, from most to least.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Detail {
    /// Title wrapped to two lines, band and pay below, a gap of rail after.
    Roomy,
    /// Title wrapped to two lines, band and pay below.
    Full,
    /// Title on one line, band and pay below.
    Short,
    /// Band and title on one line.
    Compact,
}

pub fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let ladder = &app.specialism().ladder;
    let (blocks, first) = layout_blocks(app, theme, layout::inner(area));
    let lines: Vec<Line> = blocks[first..].iter().flatten().cloned().collect();

    let mut legend = String::from(" ↑ senior ");
    if ladder.iter().any(|r| r.typical) {
        legend.push_str("· ~ typical band ");
    }
    let block = pane_block(app, theme, Pane::Ladder)
        .title_bottom(Line::styled(legend, theme.muted).right_aligned());
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

/// Each rung's lines, top (most senior) first, at the most detailed level that fits,
/// and the index of the first block shown so the selected rung is in view.
fn layout_blocks(app: &App, theme: &Theme, inner: Rect) -> (Vec<Vec<Line<'static>>>, usize) {
    let ladder = &app.specialism().ladder;
    let text_width = usize::from(inner.width).saturating_sub(GUTTER + text::width(RUNG));
    let height = usize::from(inner.height);
    let blocks_for = |detail| -> Vec<Vec<Line<'static>>> {
        (0..ladder.len())
            .rev()
            .map(|i| rung_lines(app, theme, i, detail, text_width))
            .collect()
    };
    let mut blocks = Vec::new();
    for detail in [Detail::Roomy, Detail::Full, Detail::Short, Detail::Compact] {
        blocks = blocks_for(detail);
        if rows(&blocks) <= height {
            break;
        }
    }
    let selected = ladder.len().saturating_sub(1 + app.rung_index());
    let mut first = 0;
    while first < selected && rows(&blocks[first..=selected]) > height {
        first += 1;
    }
    (blocks, first)
}

/// Where each rung is drawn inside `inner`: (rung index, first row, rows).
pub fn rung_rows(app: &App, inner: Rect) -> Vec<(usize, u16, u16)> {
    let (blocks, first) = layout_blocks(app, &Theme::default(), inner);
    let top = blocks.len().saturating_sub(1);
    let mut row = 0u16;
    let mut spans = Vec::new();
    for (i, block) in blocks.iter().enumerate().skip(first) {
        let height = u16::try_from(block.len()).unwrap_or(u16::MAX);
        spans.push((top - i, row, height));
        row = row.saturating_add(height);
    }
    spans
}

fn rows(blocks: &[Vec<Line>]) -> usize {
    blocks.iter().map(Vec::len).sum()
}

/// "~Band 9" or "Bands 8a–8b" (`long`), or "~9" and "8a–8b" where room is short: the
/// rung's band, marked with `~` when it is typical rather than documented.
fn band_text(rung: &Rung, long: bool) -> String {
    let band = if long {
        rung.band_words()
    } else {
        rung.band_label()
    };
    format!("{}{band}", if rung.typical { "~" } else { "" })
}

fn pay_text(catalogue: &Catalogue, rung: &Rung) -> String {
    catalogue
        .pay_range(rung)
        .map(|(min, max)| pay_label(min, max))
        .unwrap_or_default()
}

fn rung_lines(
    app: &App,
    theme: &Theme,
    index: usize,
    detail: Detail,
    width: usize,
) -> Vec<Line<'static>> {
    let rung = &app.specialism().ladder[index];
    let selected = index == app.rung_index();
    let title_style = match (selected, app.focus() == Pane::Ladder) {
        (true, true) => theme.selected,
        (true, false) => theme.selected_unfocused,
        _ => theme.title,
    };
    let marker = Span::styled(if selected { "▶ " } else { "  " }, theme.accent);
    let start = |first: bool| -> Vec<Span<'static>> {
        let marker = if first {
            marker.clone()
        } else {
            Span::raw("  ")
        };
        vec![
            marker,
            Span::styled(if first { RUNG } else { RAIL }, theme.muted),
        ]
    };
    let line = |first: bool, rest: Vec<Span<'static>>| {
        let mut spans = start(first);
        spans.extend(rest);
        Line::from(spans)
    };
    if detail == Detail::Compact {
        // Pad bands to one width so the titles line up in a column; say "Band" only
        // while the titles keep a useful width.
        let band_width = |long| {
            app.specialism()
                .ladder
                .iter()
                .map(|r| text::width(&band_text(r, long)))
                .max()
                .unwrap_or(0)
        };
        let long = width.saturating_sub(band_width(true) + 1) >= COMPACT_TITLE_MIN;
        let band = band_text(rung, long);
        let band_width = band_width(long);
        let title_width = width.saturating_sub(band_width + 1);
        return vec![line(
            true,
            vec![
                Span::styled(format!("{band:<band_width$} "), theme.accent),
                Span::styled(text::truncate(&rung.title, title_width), title_style),
            ],
        )];
    }

    let mut titles = match detail {
        Detail::Short => vec![text::truncate(&rung.title, width)],
        _ => text::wrap(&rung.title, width),
    };
    if titles.len() > 2 {
        let rest = titles[1..].join(" ");
        titles.truncate(1);
        titles.push(text::truncate(&rest, width));
    }
    let mut lines: Vec<Line<'static>> = titles
        .into_iter()
        .enumerate()
        .map(|(i, t)| line(i == 0, vec![Span::styled(t, title_style)]))
        .collect();
    let pay = pay_text(app.catalogue(), rung);
    let long = text::width(&band_text(rung, true)) + 2 + text::width(&pay) <= width;
    let band = band_text(rung, long);
    lines.push(line(
        false,
        vec![
            Span::styled(format!("{band}  "), theme.accent),
            Span::styled(
                text::truncate(&pay, width.saturating_sub(text::width(&band) + 2)),
                theme.pay,
            ),
        ],
    ));
    if detail == Detail::Roomy && index > 0 {
        lines.push(line(false, vec![Span::styled("", Style::new())]));
    }
    lines
}
