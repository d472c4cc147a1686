//! Word-wrapping by display width (not bytes or chars), so CJK, emoji and accents
//! line up in a terminal.

use unicode_width::UnicodeWidthChar;

/// Display width of a string in terminal columns, as a terminal measures it: character
/// by character. (`unicode-width` measures some sequences as a whole, such as Arabic
/// lam-alef as one column, where terminals and ratatui's cells give each letter its own.)
pub fn width(s: &str) -> usize {
    s.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// Wraps `text` to lines no wider than `max` columns. Newlines force breaks; words longer
/// than a line are split. A zero width yields no lines.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let mut lines = Vec::new();
    if max == 0 {
        return lines;
    }
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut line_width = 0;
        for word in paragraph.split_whitespace() {
            let word_width = width(word);
            let gap = usize::from(line_width > 0);
            if line_width + gap + word_width <= max {
                if gap == 1 {
                    line.push(' ');
                }
                line.push_str(word);
                line_width += gap + word_width;
                continue;
            }
            if line_width > 0 {
                lines.push(std::mem::take(&mut line));
                line_width = 0;
            }
            if word_width <= max {
                line.push_str(word);
                line_width = word_width;
            } else {
                for c in word.chars() {
                    let w = c.width().unwrap_or(0);
                    if line_width + w > max && line_width > 0 {
                        lines.push(std::mem::take(&mut line));
                        line_width = 0;
                    }
                    line.push(c);
                    line_width += w;
                }
            }
        }
        lines.push(line);
    }
    lines
}

/// Cuts `text` to at most `max` columns, ending with "…" when anything was cut.
pub fn truncate(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > max - 1 {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_word_boundaries() {
        assert_eq!(wrap("one two three", 7), vec!["one two", "three"]);
        assert_eq!(wrap("one two three", 100), vec!["one two three"]);
    }

    #[test]
    fn wide_characters_count_as_two_columns() {
        // Each CJK character is two columns wide: four fit in eight columns.
        let lines = wrap("健康情報学 健康", 8);
        assert_eq!(lines, vec!["健康情報", "学 健康"]);
        assert!(lines.iter().all(|l| width(l) <= 8));
    }

    #[test]
    fn long_words_are_split_and_newlines_kept() {
        assert_eq!(wrap("abcdefgh", 3), vec!["abc", "def", "gh"]);
        assert_eq!(wrap("a\n\nb", 5), vec!["a", "", "b"]);
        assert!(wrap("anything", 0).is_empty());
    }

    #[test]
    fn truncate_marks_the_cut() {
        assert_eq!(truncate("hello", 5), "hello");
        assert_eq!(truncate("hello world", 6), "hello…");
        assert_eq!(truncate("健康情報", 5), "健康…");
        assert_eq!(truncate("abc", 0), "");
    }
}
