//! Wide characters cut where something was drawn over their right half. ratatui keeps a
//! two-column character whole in the buffer when a later widget writes the cell under
//! its right half (a popup's left border over CJK text, say), and then never sends that
//! cell to the terminal, which shows the wide character and not the border. After the
//! frame is drawn, each such character gives way: a space takes its place, in its style,
//! so what was drawn later is seen whatever the overlay, text or size.

use ratatui::buffer::Buffer;
use unicode_width::UnicodeWidthStr;

/// Replaces with a space every wide character whose right half holds something drawn.
pub fn cut_overdrawn(buffer: &mut Buffer) {
    let area = buffer.area;
    for y in area.top()..area.bottom() {
        let mut x = area.left();
        while x < area.right() {
            let width = u16::try_from(buffer[(x, y)].symbol().width()).unwrap_or(u16::MAX);
            let mut under = x.saturating_add(1)..x.saturating_add(width).min(area.right());
            if under.any(|u| !buffer[(u, y)].symbol().trim().is_empty()) {
                // Now a space, which the next turn passes over.
                buffer[(x, y)].set_symbol(" ");
                continue;
            }
            x = x.saturating_add(width.max(1));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;
    use ratatui::style::{Color, Style};

    fn row(buffer: &Buffer, y: u16) -> Vec<&str> {
        (0..buffer.area.width)
            .map(|x| buffer[(x, y)].symbol())
            .collect()
    }

    #[test]
    fn a_wide_character_under_a_border_gives_way_to_it() {
        let mut buffer = Buffer::empty(Rect::new(0, 0, 6, 2));
        buffer.set_string(0, 0, "a漢字", Style::new().fg(Color::Red));
        buffer.set_string(0, 1, "漢字b", Style::new());
        // A border drawn over the right half of 漢 on the first row only.
        buffer[(2, 0)].set_symbol("│");
        cut_overdrawn(&mut buffer);
        assert_eq!(row(&buffer, 0), ["a", " ", "│", "字", " ", " "]);
        assert_eq!(buffer[(1, 0)].fg, Color::Red, "the space keeps the style");
        assert_eq!(row(&buffer, 1), ["漢", " ", "字", " ", "b", " "]);
    }

    #[test]
    fn wide_characters_left_whole_stay_whole_at_every_column() {
        for x in 0..5 {
            let mut buffer = Buffer::empty(Rect::new(0, 0, 6, 1));
            buffer.set_string(x, 0, "漢", Style::new());
            let before = buffer.clone();
            cut_overdrawn(&mut buffer);
            assert_eq!(buffer, before, "at {x}");
            // Drawn over, at every column, with the character ending at the edge too.
            buffer[(x + 1, 0)].set_symbol("x");
            cut_overdrawn(&mut buffer);
            assert_eq!(buffer[(x, 0)].symbol(), " ", "at {x}");
            assert_eq!(buffer[(x + 1, 0)].symbol(), "x", "at {x}");
        }
    }

    #[test]
    fn a_cell_after_a_wide_character_is_checked_too() {
        // 漢 then 字 drawn over its right half at x=1, itself whole: only 漢 gives way.
        let mut buffer = Buffer::empty(Rect::new(0, 0, 4, 1));
        buffer[(0, 0)].set_symbol("漢");
        buffer[(1, 0)].set_symbol("字");
        cut_overdrawn(&mut buffer);
        assert_eq!(row(&buffer, 0), [" ", "字", " ", " "]);
        // In a buffer that does not start at the origin.
        let mut buffer = Buffer::empty(Rect::new(3, 2, 4, 1));
        buffer.set_string(3, 2, "漢", Style::new());
        buffer[(4, 2)].set_symbol("│");
        cut_overdrawn(&mut buffer);
        assert_eq!(buffer[(3, 2)].symbol(), " ");
    }
}
