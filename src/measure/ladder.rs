//! The career ladder's lines: rungs bottom-up, entry level at the foot and the most
//! senior at the top. Each rung shows as much as the pane has room for: a wrapped title,
//! its band and pay, and a gap of rail between rungs; in a cramped pane, one line per
//! rung. The ladder pane draws these lines and a click is matched against them.

use ratatui::layout::Rect;

use super::compare::Pin;
use super::{Row, Tone};
use crate::data::{Catalogue, Rung, Specialism, pay_label};
use crate::text;

pub const RUNG: &str = "╟──╢ ";
pub const RAIL: &str = "║  ║ ";
/// Before the title of a rung open to the chosen stage: a character, so it reads
/// without colour.
pub const OPEN: &str = "✓ ";
/// In the marker column of a pinned rung.
pub const PINNED: &str = "◆";
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

/// What the ladder pane shows: the selection, and whether the pane has focus (which
/// changes how the selected title is marked); the chosen stage (an id), whose open
/// rungs are marked; and the pinned rungs, marked too.
#[derive(Debug, Clone, Copy)]
pub struct View<'a> {
    pub catalogue: &'a Catalogue,
    pub specialism: &'a Specialism,
    /// The specialism's index, to find its pins.
    pub index: usize,
    pub selected: usize,
    pub focused: bool,
    pub stage: Option<&'a str>,
    pub pins: &'a [Pin],
}

impl View<'_> {
    /// Whether rung `index` is open to the chosen stage.
    pub fn open(&self, index: usize) -> bool {
        let stage = self.stage.unwrap_or_default();
        self.stage.is_some()
            && self
                .specialism
                .ladder
                .get(index)
                .is_some_and(|r| r.is_open_to(stage))
    }

    /// Whether any rung of the ladder is open to the chosen stage.
    pub fn any_open(&self) -> bool {
        (0..self.specialism.ladder.len()).any(|i| self.open(i))
    }

    pub fn pinned(&self, index: usize) -> bool {
        self.pins.contains(&Pin {
            specialism: self.index,
            rung: index,
        })
    }
}

/// Each rung's lines, top (most senior) first, at the most detailed level that fits in
/// `inner`, and the index of the first block shown so the selected rung is in view.
pub fn blocks(view: View, inner: Rect) -> (Vec<Vec<Row>>, usize) {
    let ladder = &view.specialism.ladder;
    let text_width = usize::from(inner.width).saturating_sub(GUTTER + text::width(RUNG));
    let height = usize::from(inner.height);
    let marks = view.any_open();
    let blocks_for = |detail| -> Vec<Vec<Row>> {
        (0..ladder.len())
            .rev()
            .map(|i| rung_lines(view, i, detail, text_width, marks))
            .collect()
    };
    let mut blocks = Vec::new();
    for detail in [Detail::Roomy, Detail::Full, Detail::Short, Detail::Compact] {
        blocks = blocks_for(detail);
        if rows(&blocks) <= height {
            break;
        }
    }
    let selected = ladder.len().saturating_sub(1 + view.selected);
    let mut first = 0;
    while first < selected && rows(&blocks[first..=selected]) > height {
        first += 1;
    }
    (blocks, first)
}

/// Where each rung on screen is drawn inside `inner`: (rung index, first row, rows).
pub fn spans(view: View, inner: Rect) -> Vec<(usize, u16, u16)> {
    let (blocks, first) = blocks(view, inner);
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

fn rows(blocks: &[Vec<Row>]) -> usize {
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

/// `marks`: whether the ladder has open rungs, so every rung keeps a column for the mark.
fn rung_lines(view: View, index: usize, detail: Detail, width: usize, marks: bool) -> Vec<Row> {
    let ladder = &view.specialism.ladder;
    let rung = &ladder[index];
    let selected = index == view.selected;
    let title_tone = match (selected, view.focused) {
        (true, true) => Tone::Selected,
        (true, false) => Tone::SelectedUnfocused,
        _ => Tone::Title,
    };
    let pinned = view.pinned(index);
    // When some rungs are open to the chosen stage, a column before the text holds
    // their mark.
    let mark = match (marks, view.open(index)) {
        (false, _) => "",
        (true, true) => OPEN,
        (true, false) => "  ",
    };
    let width = width.saturating_sub(text::width(mark));
    let line = |first: bool, rest: Row| -> Row {
        let marker = match (first && selected, first && pinned) {
            (true, true) => format!("▶{PINNED}"),
            (true, false) => "▶ ".to_string(),
            (false, true) => format!(" {PINNED}"),
            (false, false) => "  ".to_string(),
        };
        let mut row = vec![
            (Tone::Accent, marker),
            (Tone::Muted, (if first { RUNG } else { RAIL }).to_string()),
        ];
        if !mark.is_empty() && !rest.is_empty() {
            let mark = if first { mark } else { "  " };
            row.push((Tone::Accent, mark.to_string()));
        }
        row.extend(rest);
        row
    };

    if detail == Detail::Compact {
        // Pad bands to one width so the titles line up in a column; say "Band" only
        // while the titles keep a useful width.
        let band_width = |long| {
            ladder
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
                (Tone::Accent, format!("{band:<band_width$} ")),
                (title_tone, text::truncate(&rung.title, title_width)),
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
    let mut lines: Vec<Row> = titles
        .into_iter()
        .enumerate()
        .map(|(i, t)| line(i == 0, vec![(title_tone, t)]))
        .collect();
    let pay = pay_text(view.catalogue, rung);
    let long = text::width(&band_text(rung, true)) + 2 + text::width(&pay) <= width;
    let band = band_text(rung, long);
    let pay_width = width.saturating_sub(text::width(&band) + 2);
    lines.push(line(
        false,
        vec![
            (Tone::Accent, format!("{band}  ")),
            (Tone::Pay, text::truncate(&pay, pay_width)),
        ],
    ));
    if detail == Detail::Roomy && index > 0 {
        lines.push(line(false, Vec::new()));
    }
    lines
}
