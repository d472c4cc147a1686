//! Which characters data text may not contain, and how to show untrusted text safely.
//!
//! A data file is written by someone other than the person running hi-tui. Control
//! characters in it could make the terminal do things (ESC sequences, OSC 8 links, a bell)
//! and bidi overrides could make text read differently from what it says.

use std::borrow::Cow;

/// C0 controls except newline, DEL, C1 controls, and bidi overrides and isolates.
pub fn is_forbidden_char(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{9}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` with every forbidden character (and newline) written as `\u{…}`, so a message
/// quoting untrusted text is safe to print on one line.
pub fn escape_forbidden(text: &str) -> Cow<'_, str> {
    let unsafe_here = |c: char| c == '\n' || is_forbidden_char(c);
    if !text.contains(unsafe_here) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unsafe_here(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A forbidden character in words, for messages: "ESC, the escape character (U+001B)".
pub fn describe(c: char) -> String {
    let name = match c {
        '\u{1b}' => "ESC, the escape character",
        '\u{7}' => "BEL, the bell character",
        '\u{8}' => "a backspace",
        '\t' => "a tab",
        '\r' => "a carriage return",
        '\u{0}' => "a NUL character",
        '\u{7f}' => "DEL, the delete character",
        '\u{9b}' => "CSI, a terminal command character",
        '\u{9d}' => "OSC, a terminal command character",
        '\u{202e}' => "a right-to-left override",
        '\u{202d}' => "a left-to-right override",
        '\u{202a}'..='\u{202c}' => "a bidirectional text control",
        '\u{2066}'..='\u{2069}' => "a bidirectional isolate",
        _ => "a control character",
    };
    format!("{name} (U+{:04X})", c as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newline_and_ordinary_text_are_allowed() {
        for c in ['\n', 'a', ' ', '£', 'é', '→', '\u{a0}', '\u{200f}'] {
            assert!(!is_forbidden_char(c), "{c:?}");
        }
    }

    #[test]
    fn terminal_and_bidi_controls_are_forbidden() {
        for c in [
            '\u{0}', '\u{7}', '\t', '\r', '\u{1b}', '\u{7f}', '\u{80}', '\u{9b}', '\u{9f}',
            '\u{202a}', '\u{202e}', '\u{2066}', '\u{2069}',
        ] {
            assert!(is_forbidden_char(c), "{c:?}");
        }
    }

    #[test]
    fn escaping_leaves_no_control_characters() {
        let hostile = "a\u{1b}]8;;https://x\u{1b}\\b\u{7}\u{202e}c\nd";
        let escaped = escape_forbidden(hostile);
        assert_eq!(
            escaped,
            "a\\u{1b}]8;;https://x\\u{1b}\\b\\u{7}\\u{202e}c\\u{a}d"
        );
        assert!(!escaped.contains(|c: char| c == '\n' || is_forbidden_char(c)));
        assert!(matches!(escape_forbidden("plain £"), Cow::Borrowed(_)));
    }

    #[test]
    fn descriptions_name_the_character_and_code_point() {
        assert_eq!(describe('\u{1b}'), "ESC, the escape character (U+001B)");
        assert_eq!(describe('\u{202e}'), "a right-to-left override (U+202E)");
        assert_eq!(describe('\u{85}'), "a control character (U+0085)");
    }

    #[test]
    fn every_named_control_is_described_by_its_own_name() {
        let named = [
            ('\u{7}', "BEL, the bell character (U+0007)"),
            ('\u{8}', "a backspace (U+0008)"),
            ('\t', "a tab (U+0009)"),
            ('\r', "a carriage return (U+000D)"),
            ('\u{0}', "a NUL character (U+0000)"),
            ('\u{7f}', "DEL, the delete character (U+007F)"),
            ('\u{9b}', "CSI, a terminal command character (U+009B)"),
            ('\u{9d}', "OSC, a terminal command character (U+009D)"),
            ('\u{202d}', "a left-to-right override (U+202D)"),
            ('\u{202a}', "a bidirectional text control (U+202A)"),
            ('\u{202c}', "a bidirectional text control (U+202C)"),
            ('\u{2066}', "a bidirectional isolate (U+2066)"),
            ('\u{2069}', "a bidirectional isolate (U+2069)"),
            ('\u{1}', "a control character (U+0001)"),
        ];
        for (c, words) in named {
            assert_eq!(describe(c), words);
        }
    }
}
