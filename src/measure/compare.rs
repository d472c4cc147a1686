//! The compare view: pinned rungs as columns, each with a fixed head (title and
//! specialism) over a body that scrolls (band and pay steps, experience, routes in, what
//! the job involves, the next step). Columns stand side by side while each gets
//! [`MIN_COLUMN`] columns of text; otherwise the selected one shows alone. The view
//! draws this sheet, and the app scrolls and hit-tests clicks with it.

use ratatui::layout::{Position, Rect};

use super::reflow::Paragraphs;
use super::{Doc, Row, Tone};
use crate::data::{Catalogue, pay_label};
use crate::text;

/// The most rungs that can be pinned at once.
pub const MAX_PINS: usize = 3;
/// The narrowest column of text worth reading side by side.
pub const MIN_COLUMN: u16 = 22;
/// Columns between two columns of text: a space, a rule, a space.
pub const GAP: u16 = 3;
/// Lines of a title shown in a column's head.
const TITLE_LINES: usize = 3;

/// A pinned rung: the specialism's index and the rung's index in its ladder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pin {
    pub specialism: usize,
    pub rung: usize,
}

/// One column on screen.
#[derive(Debug, Clone)]
pub struct Column {
    /// Which pin it shows (index into the pins).
    pub pin: usize,
    /// Where its text goes, head and body together.
    pub rect: Rect,
    pub head: Vec<Row>,
    pub body: Vec<Row>,
    /// Where each paragraph of the body starts.
    pub paragraphs: Paragraphs,
}

/// The whole view laid out for a screen.
#[derive(Debug, Clone)]
pub struct Sheet {
    pub popup: Rect,
    pub columns: Vec<Column>,
    /// Rows every head takes (the tallest head), above a rule.
    pub head_height: u16,
    /// True when only the selected column fits on screen.
    pub one_at_a_time: bool,
}

impl Sheet {
    /// Lines of the longest body on screen.
    pub fn lines(&self) -> usize {
        self.columns.iter().map(|c| c.body.len()).max().unwrap_or(0)
    }

    /// Body lines visible at once, under the heads and their rule.
    pub fn visible(&self) -> usize {
        let text = text_area(self.popup);
        usize::from(text.height.saturating_sub(self.head_height + 1))
    }

    /// The pin whose column is at `at`, if any (the rule between two columns belongs to
    /// neither).
    pub fn column_at(&self, at: Position) -> Option<usize> {
        self.columns
            .iter()
            .find(|c| c.rect.contains(at))
            .map(|c| c.pin)
    }
}

/// Between the header and footer rows, across the whole width.
pub fn popup(area: Rect) -> Rect {
    Rect::new(
        area.x,
        area.y + area.height.min(1),
        area.width,
        area.height.saturating_sub(2),
    )
}

/// Inside the popup's border and its one column of padding either side.
pub fn text_area(popup: Rect) -> Rect {
    super::padded_inside(popup)
}

/// The view of `pins` in `area` (the whole screen) with column `selected` selected;
/// `stage` (an id) adds whether each rung is open to it. Pins that do not resolve are
/// left out.
pub fn sheet(
    catalogue: &Catalogue,
    pins: &[Pin],
    selected: usize,
    stage: Option<&str>,
    area: Rect,
) -> Sheet {
    let popup = popup(area);
    let text = text_area(popup);
    let count = u16::try_from(pins.len()).unwrap_or(u16::MAX).max(1);
    let side_by_side = text.width.saturating_sub(GAP * (count - 1)) / count >= MIN_COLUMN;
    let shown: Vec<usize> = if side_by_side {
        (0..pins.len()).collect()
    } else {
        (selected.min(pins.len().saturating_sub(1))..pins.len())
            .take(1)
            .collect()
    };
    let n = u16::try_from(shown.len()).unwrap_or(1).max(1);
    let width = text.width.saturating_sub(GAP * (n - 1)) / n;
    let mut columns = Vec::new();
    for (i, &pin) in shown.iter().enumerate() {
        let at = u16::try_from(i).unwrap_or(0);
        let x = text
            .x
            .saturating_add(at.saturating_mul(width.saturating_add(GAP)));
        // The last column takes what division left over.
        let w = if i + 1 == shown.len() {
            text.right().saturating_sub(x)
        } else {
            width
        };
        let rect = Rect::new(x, text.y, w, text.height);
        let Some((head, body)) = pins
            .get(pin)
            .and_then(|p| column(catalogue, *p, stage, w, pin == selected && n > 1))
        else {
            continue;
        };
        columns.push(Column {
            pin,
            rect,
            head,
            paragraphs: body.paragraphs(),
            body: body.rows,
        });
    }
    let head_height = columns.iter().map(|c| c.head.len()).max().unwrap_or(0);
    Sheet {
        popup,
        columns,
        head_height: u16::try_from(head_height).unwrap_or(0),
        one_at_a_time: !side_by_side,
    }
}

/// (lines, lines visible at once) of the view in a `width`×`height` terminal.
pub fn extent(
    catalogue: &Catalogue,
    pins: &[Pin],
    selected: usize,
    stage: Option<&str>,
    (width, height): (u16, u16),
) -> (usize, usize) {
    let sheet = sheet(
        catalogue,
        pins,
        selected,
        stage,
        Rect::new(0, 0, width, height),
    );
    (sheet.lines(), sheet.visible())
}

/// A column's head and body, `width` wide; `None` when the pin does not resolve.
fn column(
    catalogue: &Catalogue,
    pin: Pin,
    stage: Option<&str>,
    width: u16,
    selected: bool,
) -> Option<(Vec<Row>, Doc)> {
    let specialism = catalogue.specialisms.get(pin.specialism)?;
    let rung = specialism.ladder.get(pin.rung)?;
    let width = usize::from(width);
    let title_tone = if selected {
        Tone::Selected
    } else {
        Tone::Title
    };
    let mut titles = text::wrap(&rung.title, width);
    if titles.len() > TITLE_LINES {
        let rest = titles[TITLE_LINES - 1..].join(" ");
        titles.truncate(TITLE_LINES - 1);
        titles.push(text::truncate(&rest, width));
    }
    let mut head: Vec<Row> = titles
        .into_iter()
        .map(|t| {
            // A selected title is highlighted across the column, as a selection bar is.
            let pad = if selected {
                width.saturating_sub(text::width(&t))
            } else {
                0
            };
            vec![(title_tone, format!("{t}{}", " ".repeat(pad)))]
        })
        .collect();
    head.push(vec![(Tone::Muted, text::truncate(&specialism.name, width))]);

    let mut body = Doc::new(width);
    if let Some(stage) = stage {
        match catalogue.rung_open_to(rung, stage) {
            Some(_) => body.styled("✓ Open to you now", Tone::Accent),
            None => body.styled("Not open to you directly yet", Tone::Muted),
        }
    }
    let pay = catalogue
        .pay_range(rung)
        .map(|(min, max)| pay_label(min, max))
        .unwrap_or_default();
    let typical = if rung.typical { "~" } else { "" };
    body.styled(&format!("{typical}{}", rung.band_words()), Tone::Accent);
    body.styled(&pay, Tone::Pay);
    body.heading("Pay steps");
    let steps: Vec<String> = catalogue
        .rung_bands(rung)
        .map(|b| format!("Band {}: {}", b.name, b.steps_text()))
        .collect();
    body.bullets(&steps);
    body.heading("Experience");
    body.para(&rung.experience);
    body.heading("Routes in");
    let routes = catalogue.route_labels(&rung.routes);
    if routes.is_empty() {
        body.styled(
            "None listed: most people move up from the rung below.",
            Tone::Muted,
        );
    } else {
        body.bullets(&routes);
    }
    body.heading("What the job involves");
    body.para(&rung.involves);
    let top = pin.rung + 1 == specialism.ladder.len();
    body.heading(if top {
        "Where it can lead"
    } else {
        "Next step"
    });
    body.para(&rung.next_step);
    Some((head, body))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data;

    fn pins() -> Vec<Pin> {
        (0..3)
            .map(|specialism| Pin {
                specialism,
                rung: 0,
            })
            .collect()
    }

    #[test]
    fn three_columns_stand_side_by_side_from_80_columns() {
        let catalogue = data::embedded().expect("shipped data");
        for (w, h, shown) in [(120, 36, 3), (80, 24, 3), (60, 20, 1)] {
            let sheet = sheet(&catalogue, &pins(), 1, None, Rect::new(0, 0, w, h));
            assert_eq!(sheet.columns.len(), shown, "{w}x{h}");
            assert_eq!(sheet.one_at_a_time, shown == 1);
            for c in &sheet.columns {
                assert!(c.rect.width >= MIN_COLUMN, "{w}x{h}: {:?}", c.rect);
            }
        }
        let alone = sheet(&catalogue, &pins(), 2, None, Rect::new(0, 0, 60, 20));
        assert_eq!(alone.columns[0].pin, 2, "the selected column shows alone");
    }

    #[test]
    fn a_click_lands_on_the_column_drawn_there() {
        let catalogue = data::embedded().expect("shipped data");
        let sheet = sheet(&catalogue, &pins(), 0, None, Rect::new(0, 0, 120, 36));
        for c in &sheet.columns {
            let at = Position::new(c.rect.x + c.rect.width / 2, c.rect.y + 2);
            assert_eq!(sheet.column_at(at), Some(c.pin));
        }
        let rule = Position::new(sheet.columns[0].rect.right() + 1, 5);
        assert_eq!(sheet.column_at(rule), None);
    }
}
