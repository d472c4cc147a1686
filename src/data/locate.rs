//! Finding where in the source text a rule-breaking value sits, so validation problems
//! (found on parsed data, which has no positions) can still point at a line and column.
//!
//! A problem carries the steps from the top of the file to its value (`ladder`, item 3,
//! `title`), followed through the file's shape (`spans`), never searched for by name: a
//! search from an item forward finds the next item's field when its own is written
//! differently.

use super::model::REPEATED_POINTS;
use super::spans::{self, Node, Seg};

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col_of_byte(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..floor_char_boundary(text, offset)];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

/// Byte offset of a 1-based line and column (in characters), clamped to the text.
pub fn byte_of_line_col(text: &str, line: usize, col: usize) -> usize {
    let line_start = if line <= 1 {
        0
    } else {
        match text.match_indices('\n').nth(line - 2) {
            Some((i, _)) => i + 1,
            None => return text.len(),
        }
    };
    let rest = &text[line_start..];
    let in_line = rest
        .char_indices()
        .take_while(|&(_, c)| c != '\n')
        .nth(col.saturating_sub(1))
        .map_or_else(|| rest.find('\n').unwrap_or(rest.len()), |(i, _)| i);
    line_start + in_line
}

/// The position of the first token at or after `position`: the parser reports some
/// mistakes where it started looking (just after a `(` or `[`), before the whitespace
/// and comments in front of the token that is actually wrong.
pub fn token_start(text: &str, (line, col): (usize, usize)) -> (usize, usize) {
    let mut at = byte_of_line_col(text, line, col);
    loop {
        let rest = &text[at..];
        let trimmed = rest.trim_start();
        at += rest.len() - trimmed.len();
        if trimmed.starts_with("//") {
            at += trimmed.find('\n').unwrap_or(trimmed.len());
        } else if trimmed.starts_with("/*") {
            match block_comment_len(trimmed) {
                Some(len) => at += len,
                // An unclosed comment is the mistake itself.
                None => break,
            }
        } else {
            break;
        }
    }
    line_col_of_byte(text, at)
}

/// Length of the block comment `text` starts with (RON's nest), if it is closed.
pub(super) fn block_comment_len(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = 0;
    let bytes = text.as_bytes();
    while i + 1 < bytes.len() {
        match (bytes[i], bytes[i + 1]) {
            (b'/', b'*') => {
                depth += 1;
                i += 2;
            }
            (b'*', b'/') => {
                depth -= 1;
                i += 2;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => i += 1,
        }
    }
    None
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Where a validation problem sits: the character it names, where there is one (the
/// character itself, or the `\` of its escape), else the value its path leads to.
pub fn problem(
    text: &str,
    shape: &Node,
    segs: &[Seg],
    char_index: Option<usize>,
) -> Option<(usize, usize)> {
    let at_char = char_index.and_then(|i| {
        let value = shape.get(text, segs)?;
        if value.is_str() {
            value.char_at(text, i)
        } else {
            // A number has no characters to count: the problem is the number itself.
            Some(value.start)
        }
    });
    let offset = at_char.or_else(|| shape.locate(text, segs))?;
    Some(line_col_of_byte(text, offset))
}

/// Where a parse error really is. The parser reports a number's sign error at its first
/// digit, and the model's own refusal of a repeated key (`model::REPEATED_POINTS`) after
/// the answer's points: this moves to the `-`, and to the repeated key.
pub fn parse_error(text: &str, message: &str, at: (usize, usize)) -> (usize, usize) {
    let offset = byte_of_line_col(text, at.0, at.1);
    let found = if message.starts_with(REPEATED_POINTS) {
        spans::parse(text).and_then(|shape| {
            shape
                .innermost(offset, &|n| n.repeated_key(text).is_some())?
                .repeated_key(text)
        })
    } else if text[..offset].ends_with('-')
        && text[offset..].starts_with(|c: char| c.is_ascii_digit())
    {
        Some(offset - 1)
    } else {
        None
    };
    found.map_or(at, |offset| line_col_of_byte(text, offset))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_are_one_based_and_count_characters() {
        let text = "ab\n£cd\nx";
        assert_eq!(line_col_of_byte(text, 0), (1, 1));
        assert_eq!(line_col_of_byte(text, 3), (2, 1));
        // "£" is two bytes but one column.
        assert_eq!(line_col_of_byte(text, 5), (2, 2));
        assert_eq!(line_col_of_byte(text, 999), (3, 2));
    }

    #[test]
    fn an_offset_inside_a_character_counts_from_that_character() {
        // Byte 2 of "a£b" is inside "£", bytes 3 and 4 of "ab€c" inside "€": each
        // belongs to the character it is part of, not the one after.
        assert_eq!(line_col_of_byte("a£b", 2), (1, 2));
        assert_eq!(line_col_of_byte("ab€c", 3), (1, 3));
        assert_eq!(line_col_of_byte("ab€c", 4), (1, 3));
    }

    #[test]
    fn token_start_skips_whitespace_and_comments() {
        let text = "a(\n  // note\n  /* x /* y */ */ £b\n)";
        assert_eq!(byte_of_line_col(text, 1, 3), 2);
        assert_eq!(token_start(text, (1, 3)), (3, 19));
        // Already on a token: unchanged.
        assert_eq!(token_start(text, (1, 1)), (1, 1));
        // Past the end: the end.
        assert_eq!(token_start(text, (9, 9)), (4, 2));
        assert_eq!(token_start("( /* open", (1, 2)), (1, 3));
    }
}
