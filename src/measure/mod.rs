//! What the screen holds, measured without drawing: the lines of wrapped text each pane
//! and page shows, and where each list item and ladder rung sits. It takes plain values
//! (the catalogue, a selection, a width) and knows nothing of the app or of colours, so
//! both use it: `ui` styles and draws these lines, and `app` keeps scrolls in range and
//! finds what a click landed on with the same geometry that drew the frame.

pub mod compare;
pub mod detail;
pub mod help;
pub mod ladder;
pub mod list;
pub mod memo;
pub mod reflow;
pub mod stage;
pub mod working;

use crate::text;

/// The role a piece of text plays; `ui`'s theme turns each into a style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Text,
    Muted,
    Heading,
    Title,
    Accent,
    Pay,
    Key,
    /// The selected item in the focused pane.
    Selected,
    /// The selected item in a pane without focus.
    SelectedUnfocused,
}

/// One screen line: runs of text, each with its tone.
pub type Row = Vec<(Tone, String)>;

/// Text laid out for a given width, line by line, remembering where each paragraph (a
/// text wrapped as one, a bullet, a blank line, a row of its own) starts, so a reader's
/// place can be found again at another width.
#[derive(Debug, Default)]
pub struct Doc {
    pub rows: Vec<Row>,
    starts: Vec<usize>,
    width: usize,
}

impl Doc {
    pub fn new(width: usize) -> Doc {
        Doc {
            rows: Vec::new(),
            starts: Vec::new(),
            width,
        }
    }

    /// Where each paragraph starts, for [`reflow`].
    pub fn paragraphs(&self) -> reflow::Paragraphs {
        reflow::Paragraphs {
            starts: self.starts.clone(),
            rows: self.rows.len(),
        }
    }

    /// `text` wrapped to the width, every line in `tone`.
    pub fn styled(&mut self, text: &str, tone: Tone) {
        self.starts.push(self.rows.len());
        for line in text::wrap(text, self.width) {
            self.rows.push(vec![(tone, line)]);
        }
    }

    pub fn para(&mut self, text: &str) {
        self.styled(text, Tone::Text);
    }

    /// The width text is laid out to.
    pub fn width(&self) -> usize {
        self.width
    }

    /// One paragraph of several parts, each starting a line of its own, wrapped.
    pub fn stacked(&mut self, parts: &[(&str, Tone)]) {
        self.starts.push(self.rows.len());
        for &(text, tone) in parts {
            for line in text::wrap(text, self.width) {
                self.rows.push(vec![(tone, line)]);
            }
        }
    }

    /// A row laid out by the caller, a paragraph of its own.
    pub fn push(&mut self, row: Row) {
        self.starts.push(self.rows.len());
        self.rows.push(row);
    }

    pub fn blank(&mut self) {
        self.push(Vec::new());
    }

    /// A heading, after a blank line unless it is the first thing.
    pub fn heading(&mut self, text: &str) {
        if !self.rows.is_empty() {
            self.blank();
        }
        self.styled(text, Tone::Heading);
    }

    /// A bulleted list with hanging indent.
    pub fn bullets(&mut self, items: &[String]) {
        let inner = self.width.saturating_sub(2);
        for item in items {
            self.starts.push(self.rows.len());
            for (i, line) in text::wrap(item, inner).into_iter().enumerate() {
                let bullet = if i == 0 { "• " } else { "  " };
                self.rows
                    .push(vec![(Tone::Accent, bullet.into()), (Tone::Text, line)]);
            }
        }
    }

    pub fn section(&mut self, heading: &str, items: &[String]) {
        self.heading(heading);
        self.bullets(items);
    }
}

/// Inside a popup's border and one column of padding either side: where its text goes.
pub fn padded_inside(popup: crate::layout::Rect) -> crate::layout::Rect {
    crate::layout::Rect::new(
        popup.x.saturating_add(2),
        popup.y.saturating_add(1),
        popup.width.saturating_sub(4),
        popup.height.saturating_sub(2),
    )
}

/// (first row, rows) spans of items laid out one after another: which item is at `row`.
pub fn hit(spans: &[(usize, u16, u16)], row: u16) -> Option<usize> {
    spans
        .iter()
        .find(|(_, first, rows)| (*first..first.saturating_add(*rows)).contains(&row))
        .map(|(item, _, _)| *item)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(doc: &Doc) -> Vec<String> {
        doc.rows
            .iter()
            .map(|row| row.iter().map(|(_, t)| t.as_str()).collect())
            .collect()
    }

    #[test]
    fn a_doc_knows_where_each_paragraph_starts() {
        let mut doc = Doc::new(12);
        doc.styled("one two three four", Tone::Title);
        doc.heading("Head");
        doc.bullets(&["alpha beta gamma".into(), "delta".into()]);
        doc.push(vec![(Tone::Pay, "£1".into())]);
        doc.para("end");
        assert_eq!(
            texts(&doc),
            [
                "one two",
                "three four",
                "",
                "Head",
                "• alpha beta",
                "  gamma",
                "• delta",
                "£1",
                "end"
            ]
        );
        assert_eq!(
            doc.paragraphs(),
            reflow::Paragraphs {
                starts: vec![0, 2, 3, 4, 6, 7, 8],
                rows: 9
            }
        );
    }
}
