//! The stage picker's lines ("where are you now?") and where its popup goes: each stage
//! numbered, the highlighted one with its explanation beneath, then an entry that
//! chooses no stage. The quiz asks the same question with the same lines. The picker
//! draws these and a click is matched against them.

use ratatui::layout::Rect;

use super::{Row, Tone};
use crate::data::Catalogue;
use crate::layout::centered;
use crate::text;

/// The words around the entries: a line of introduction, and the last entry's label.
#[derive(Debug, Clone, Copy)]
pub struct Words {
    pub intro: &'static str,
    pub none: &'static str,
}

/// The picker's words; its last entry clears the stage.
pub const PICKER: Words = Words {
    intro: "Choose where you are starting from, and hi-tui marks the jobs you could apply for now.",
    none: "No stage: show everything as it is",
};
/// The quiz's words when it starts by asking the stage.
pub const QUIZ: Words = Words {
    intro: "First, where are you now? Your results will name the first job open to you in each specialism.",
    none: "Skip this question",
};

/// The widest the popup grows, in columns.
const MAX_WIDTH: u16 = 72;
/// Columns before an entry's label: marker, number, gap.
const LEAD: usize = 5;

/// The picker's lines and which entry each belongs to.
#[derive(Debug, Clone, Default)]
pub struct Picker {
    pub rows: Vec<Row>,
    /// (entry, first row, rows): entry `stages.len()` is the "no stage" entry.
    pub spans: Vec<(usize, u16, u16)>,
}

/// The lines `width` columns wide, with entry `cursor` highlighted and stage `chosen`
/// (if any) marked as the current one, in the picker's or the quiz's `words`.
pub fn picker(
    catalogue: &Catalogue,
    cursor: usize,
    chosen: Option<usize>,
    words: Words,
    width: u16,
) -> Picker {
    let width = usize::from(width);
    let mut out = Picker::default();
    for line in text::wrap(words.intro, width) {
        out.rows.push(vec![(Tone::Muted, line)]);
    }
    out.rows.push(Vec::new());
    let labels = catalogue
        .stages
        .iter()
        .map(|s| s.label.as_str())
        .chain([words.none]);
    let count = catalogue.stages.len();
    for (i, label) in labels.enumerate() {
        let first = u16::try_from(out.rows.len()).unwrap_or(u16::MAX);
        let highlighted = i == cursor;
        let number = match i {
            i if i == count => "0".to_string(),
            i if i < 9 => (i + 1).to_string(),
            _ => " ".to_string(),
        };
        let mark = if chosen == Some(i) { " ✓" } else { "" };
        let room = width.saturating_sub(LEAD + text::width(mark));
        let label = text::truncate(label, room);
        // The highlight runs across the popup, as a selection bar does.
        let pad = if highlighted {
            room.saturating_sub(text::width(&label))
        } else {
            0
        };
        out.rows.push(vec![
            (
                Tone::Key,
                format!("{} {number:>1}  ", if highlighted { "▶" } else { " " }),
            ),
            (
                if highlighted {
                    Tone::Selected
                } else {
                    Tone::Text
                },
                format!("{label}{mark}{}", " ".repeat(pad)),
            ),
        ]);
        if highlighted && let Some(stage) = catalogue.stages.get(i) {
            for line in text::wrap(&stage.about, width.saturating_sub(LEAD)) {
                out.rows
                    .push(vec![(Tone::Muted, format!("{:LEAD$}{line}", ""))]);
            }
        }
        let rows = u16::try_from(out.rows.len())
            .unwrap_or(u16::MAX)
            .saturating_sub(first);
        out.spans.push((i, first, rows));
    }
    out
}

impl Picker {
    /// The first row to show so the highlighted entry is in view, `visible` rows at once.
    pub fn scroll(&self, cursor: usize, visible: usize) -> usize {
        let Some(&(_, first, rows)) = self.spans.iter().find(|(i, _, _)| *i == cursor) else {
            return 0;
        };
        (usize::from(first) + usize::from(rows)).saturating_sub(visible)
    }
}

/// The text width of the popup in a terminal `area`.
pub fn text_width(area: Rect) -> u16 {
    area.width
        .saturating_sub(4)
        .min(MAX_WIDTH)
        .saturating_sub(4)
}

/// The popup for `rows` lines of text, centred in `area`, leaving the header and footer.
pub fn popup(area: Rect, rows: usize) -> Rect {
    let width = text_width(area) + 4;
    let height = u16::try_from(rows + 2).unwrap_or(u16::MAX);
    centered(area, width, height.min(area.height.saturating_sub(2)))
}

/// Inside the popup's border and its one column of padding either side.
pub fn text_area(popup: Rect) -> Rect {
    super::padded_inside(popup)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data;

    #[test]
    fn every_stage_and_the_no_stage_entry_has_a_span() {
        let catalogue = data::embedded().expect("shipped data");
        let picker = picker(&catalogue, 2, Some(2), PICKER, 60);
        assert_eq!(picker.spans.len(), catalogue.stages.len() + 1);
        let (_, first, rows) = picker.spans[2];
        assert!(rows > 1, "the highlighted stage shows its explanation");
        let label: String = picker.rows[usize::from(first)]
            .iter()
            .map(|(_, t)| t.as_str())
            .collect();
        assert!(label.contains("3  Graduate in any subject ✓"), "{label}");
        let last = picker.rows.last().expect("rows");
        assert!(last.iter().any(|(_, t)| t.contains("No stage")));
    }
}
