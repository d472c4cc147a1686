//! Keeping a reader's place when text is wrapped again at another width: a scroll is
//! a paragraph and how far into it, not a line number.

/// Where each paragraph of a wrapped text starts (row numbers, in order; a paragraph
/// that wraps to no rows starts where the next does) and how many rows there are.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Paragraphs {
    pub starts: Vec<usize>,
    pub rows: usize,
}

impl Paragraphs {
    /// Text that does not wrap: each of its `rows` rows a paragraph.
    pub fn lines(rows: usize) -> Paragraphs {
        Paragraphs {
            starts: (0..rows).collect(),
            rows,
        }
    }
}

/// The row of `to` (the same text, wrapped again) showing what row `row` of `from`
/// showed: the same paragraph, as far into it in proportion to its rows. A paragraph's
/// first row stays its first row. A row outside the text stays as it is.
pub fn reflow(row: usize, from: &Paragraphs, to: &Paragraphs) -> usize {
    let Some(k) = from.starts.iter().rposition(|&start| start <= row) else {
        return row;
    };
    if row >= from.rows {
        return row;
    }
    let end = |p: &Paragraphs| p.starts.get(k + 1).copied().unwrap_or(p.rows);
    let (Some(&start), Some(&new_start)) = (from.starts.get(k), to.starts.get(k)) else {
        return row;
    };
    // The paragraph holds `row`, so it has at least one row.
    let rows = end(from) - start;
    let new_rows = end(to).saturating_sub(new_start);
    new_start + (row - start) * new_rows / rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraphs(starts: &[usize], rows: usize) -> Paragraphs {
        Paragraphs {
            starts: starts.to_vec(),
            rows,
        }
    }

    #[test]
    fn a_row_keeps_its_paragraph_and_its_share_of_the_way_in() {
        // Three paragraphs of 2, 4 and 3 rows, then of 4, 8 and 3.
        let wide = paragraphs(&[0, 2, 6], 9);
        let narrow = paragraphs(&[0, 4, 12], 15);
        let mapped: Vec<usize> = (0..9).map(|r| reflow(r, &wide, &narrow)).collect();
        assert_eq!(mapped, [0, 2, 4, 6, 8, 10, 12, 13, 14]);
        let back: Vec<usize> = (0..15).map(|r| reflow(r, &narrow, &wide)).collect();
        assert_eq!(back, [0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 7, 8]);
    }

    #[test]
    fn an_empty_paragraph_is_passed_over() {
        // The second paragraph wraps to nothing: row 2 is the third paragraph's.
        let from = paragraphs(&[0, 2, 2], 5);
        let to = paragraphs(&[0, 1, 1], 3);
        assert_eq!(reflow(2, &from, &to), 1);
        assert_eq!(reflow(4, &from, &to), 2);
    }

    #[test]
    fn rows_outside_the_text_stay_put() {
        let from = paragraphs(&[1, 3], 5);
        let to = paragraphs(&[1, 2], 3);
        assert_eq!(reflow(0, &from, &to), 0, "before the first paragraph");
        assert_eq!(reflow(5, &from, &to), 5, "past the end");
        assert_eq!(reflow(7, &from, &to), 7, "past the end");
        assert_eq!(reflow(4, &from, &to), 2);
        // A text that lost its last paragraphs keeps rows in them where they were.
        let shorter = paragraphs(&[1], 2);
        assert_eq!(reflow(3, &from, &shorter), 3);
        assert_eq!(reflow(2, &from, &shorter), 1);
    }

    #[test]
    fn lines_are_paragraphs_of_one_row() {
        let lines = Paragraphs::lines(4);
        assert_eq!(lines, paragraphs(&[0, 1, 2, 3], 4));
        assert_eq!(reflow(3, &lines, &lines), 3);
    }
}
