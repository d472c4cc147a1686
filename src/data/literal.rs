//! Reading a RON string literal back character by character, with where in the file each
//! character is written: its own position when written as it is, the `\` of its escape
//! otherwise (`\t`, `\u{200b}`, or the run of `\x` bytes that spell one character).

/// The characters of the string literal `literal` (quotes and any `r#` included), each
/// with its byte offset in `literal`. Follows RON 0.12's escapes; what it does not know
/// (the file has already parsed) it reads as itself.
pub fn chars(literal: &str) -> Vec<(usize, char)> {
    if let Some(raw) = literal.strip_prefix('r') {
        let hashes = raw.len() - raw.trim_start_matches('#').len();
        let body_start = 1 + hashes + 1;
        let body_end = literal.len().saturating_sub(1 + hashes).max(body_start);
        return literal
            .get(body_start..body_end)
            .unwrap_or("")
            .char_indices()
            .map(|(i, c)| (body_start + i, c))
            .collect();
    }
    let body_end = literal.len().saturating_sub(1).max(1);
    let body = literal.get(1..body_end).unwrap_or("");
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(c) = body[i..].chars().next() {
        let at = 1 + i;
        if c != '\\' {
            out.push((at, c));
            i += c.len_utf8();
            continue;
        }
        let (decoded, len) = escape(&body[i..]);
        if let Some(d) = decoded {
            out.push((at, d));
        }
        i += len.max(1);
    }
    out
}

/// The character an escape at the start of `s` stands for (none for a line continuation)
/// and how many bytes it takes.
fn escape(s: &str) -> (Option<char>, usize) {
    let after = &s[1..];
    let Some(kind) = after.chars().next() else {
        return (Some('\\'), 1);
    };
    let simple = |c| (Some(c), 2);
    match kind {
        '\'' | '"' | '\\' => simple(kind),
        'n' => simple('\n'),
        'r' => simple('\r'),
        't' => simple('\t'),
        '0' => simple('\0'),
        '\n' | '\r' => {
            let gap = after.len() - after.trim_start_matches([' ', '\t', '\n', '\r']).len();
            (None, 1 + gap)
        }
        'u' => {
            let digits = after[1..]
                .strip_prefix('{')
                .and_then(|r| r.find('}').map(|end| &r[..end]))
                .unwrap_or("");
            let c = u32::from_str_radix(digits, 16)
                .ok()
                .and_then(char::from_u32);
            (c.or(Some('u')), 2 + 1 + digits.len() + 1)
        }
        'x' => hex_bytes(s),
        other => (Some(other), 1 + other.len_utf8()),
    }
}

/// `\xNN`, or a run of up to four that spell one UTF-8 character.
fn hex_bytes(s: &str) -> (Option<char>, usize) {
    let mut bytes = Vec::new();
    let mut len = 0;
    while bytes.len() < 4 {
        let Some(byte) = s[len..]
            .strip_prefix("\\x")
            .and_then(|r| r.get(..2))
            .and_then(|h| u8::from_str_radix(h, 16).ok())
        else {
            break;
        };
        bytes.push(byte);
        len += 4;
        if let Ok(text) = std::str::from_utf8(&bytes) {
            return (text.chars().next(), len);
        }
    }
    (Some('x'), 2)
}

#[cfg(test)]
mod tests {
    use super::chars;

    fn positions(literal: &str) -> Vec<(usize, char)> {
        chars(literal)
    }

    #[test]
    fn plain_characters_are_where_they_are_written() {
        assert_eq!(positions("\"a£b\""), vec![(1, 'a'), (2, '£'), (4, 'b')]);
        assert_eq!(positions("\"\""), vec![]);
    }

    #[test]
    fn an_escaped_character_is_at_its_backslash() {
        assert_eq!(
            positions(r#""a\tb\u{200b}c\"\\""#),
            vec![
                (1, 'a'),
                (2, '\t'),
                (4, 'b'),
                (5, '\u{200b}'),
                (13, 'c'),
                (14, '"'),
                (16, '\\')
            ]
        );
        assert_eq!(
            positions(r#""\n\r\0\'""#),
            vec![(1, '\n'), (3, '\r'), (5, '\0'), (7, '\'')]
        );
    }

    #[test]
    fn byte_escapes_spell_one_character_together() {
        assert_eq!(
            positions(r#""\x41\xE2\x80\x8Bz""#),
            vec![(1, 'A'), (5, '\u{200b}'), (17, 'z')]
        );
    }

    #[test]
    fn an_escape_ron_does_not_know_reads_as_its_letter() {
        // Never in a file that parsed; read leniently all the same.
        assert_eq!(positions(r#""\qz""#), vec![(1, 'q'), (3, 'z')]);
        assert_eq!(positions(r#""\£z""#), vec![(1, '£'), (4, 'z')]);
    }

    #[test]
    fn a_line_continuation_is_no_character() {
        assert_eq!(positions("\"a\\\n   b\""), vec![(1, 'a'), (7, 'b')]);
    }

    #[test]
    fn raw_strings_have_no_escapes() {
        assert_eq!(
            positions(r###"r#"a\t"#"###),
            vec![(3, 'a'), (4, '\\'), (5, 't')]
        );
        assert_eq!(positions(r#"r"x""#), vec![(2, 'x')]);
    }
}
