//! Characters that terminals measure differently from each other (and from hi-tui), so
//! text holding them would shift borders or leave fragments behind after a redraw. Data
//! text may not contain them; `data/README.md` lists the families and why.
//!
//! What is left has one width everywhere: each character is as wide as `unicode-width`
//! says, on its own, and zero-width characters are only combining marks sitting on a
//! letter.

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// A character in text that terminals draw at different widths.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unstable {
    /// Byte offset in the text.
    pub at: usize,
    pub c: char,
    pub kind: Kind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Invisible formatting (Unicode category Cf and other default-ignorable characters):
    /// soft hyphen, zero-width space and joiners, word joiner, a byte order mark, marks.
    Invisible,
    /// A variation selector, which switches the character before it between one and two
    /// columns (text or emoji presentation).
    VariationSelector,
    /// Half of a flag: terminals draw a pair as one or two glyphs, one to four columns.
    RegionalIndicator,
    /// A pictograph from the emoji blocks, or a symbol drawn as an emoji by default.
    Emoji,
    /// A private-use character: what it looks like, and how wide, depends on the font.
    PrivateUse,
    /// U+2028 or U+2029, which some terminals treat as a line break and others not.
    LineSeparator,
    /// A combining mark with no letter before it to sit on.
    LoneMark,
    /// U+FFFD, left where text was decoded with the wrong encoding; some terminals
    /// swallow it.
    Replacement,
    /// A character drawn in one cell with the one before it (a spacing mark, the second
    /// half of a flag) while terminals give it columns of its own, or a mark at the start
    /// of a line.
    Joined,
}

impl Unstable {
    /// "U+200B ZERO WIDTH SPACE, invisible formatting that terminals draw at different
    /// widths", for messages.
    pub fn describe(&self) -> String {
        let code = format!("U+{:04X}", self.c as u32);
        let name = name(self.c).map_or(code.clone(), |name| format!("{code} {name}"));
        let why = match self.kind {
            Kind::Invisible => {
                "an invisible formatting character that terminals draw at different widths; remove it (hi-tui does its own line breaking)"
            }
            Kind::VariationSelector => {
                "a variation selector, which makes terminals disagree on the width of the character before it; remove it"
            }
            Kind::RegionalIndicator => {
                "part of a flag, which terminals draw at different widths; write the country's name instead"
            }
            Kind::Emoji => "an emoji, which terminals draw at different widths; use words instead",
            Kind::PrivateUse => {
                "a private-use character, which each font draws differently; remove it"
            }
            Kind::LineSeparator => {
                "a line separator that some terminals break on and others not; use a new line instead"
            }
            Kind::LoneMark => {
                "a combining mark with no letter before it to sit on; remove it or join it to its letter"
            }
            Kind::Replacement => {
                "the mark left where text was damaged by a wrong encoding; retype the character that was there"
            }
            Kind::Joined => {
                "a character that joins with the one before it into a shape terminals draw at different widths; separate them or remove it"
            }
        };
        format!("{name}, {why}")
    }
}

/// The first character of `text` that terminals measure differently, if any.
pub fn first_unstable(text: &str) -> Option<Unstable> {
    // After a letter (or a mark on one), a combining mark has something to sit on.
    let mut after_base = false;
    for (at, c) in text.char_indices() {
        let found = |kind| Some(Unstable { at, c, kind });
        if let Some(kind) = kind_of(c) {
            return found(kind);
        }
        // A mark is not whitespace, so after one the next mark still has a base.
        match c.width() {
            Some(0) if !after_base => return found(Kind::LoneMark),
            _ => after_base = !c.is_whitespace(),
        }
    }
    first_joined(text)
}

/// The first character that breaks the rule every drawn cluster of characters (what
/// ratatui puts in one cell) must keep: exactly one character of it takes columns, as
/// many as the whole cluster. Terminals measure character by character, so a cluster
/// with two such characters (a letter and a spacing mark, a flag) or whose width comes
/// from joining (Arabic lam-alef) is drawn at another width than ratatui measured.
fn first_joined(text: &str) -> Option<Unstable> {
    for (start, cluster) in text.grapheme_indices(true) {
        if cluster == "\n" {
            continue;
        }
        let mut wide = cluster
            .char_indices()
            .filter(|&(_, c)| c.width().unwrap_or(0) > 0);
        let first = wide.next();
        let culprit = match (first, wide.next()) {
            (_, Some(second)) => Some(second),
            // A zero-width character first (a mark at the start of a line, or one that
            // joins the character after it): ratatui draws it with what follows, a
            // terminal puts it on whatever was drawn before.
            (Some((0, _)), None) if by_char(cluster) == cluster.width() => None,
            _ => cluster.char_indices().next(),
        };
        if let Some((at, c)) = culprit {
            return Some(Unstable {
                at: start + at,
                c,
                kind: Kind::Joined,
            });
        }
    }
    None
}

/// Width as a terminal that measures each character on its own sees it.
fn by_char(text: &str) -> usize {
    text.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// Whether `c` shows nothing: whitespace, a zero-width character or invisible formatting.
/// Text made only of these is empty, however long it is.
pub fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || c.width() == Some(0)
        || matches!(
            kind_of(c),
            Some(Kind::Invisible | Kind::VariationSelector | Kind::LineSeparator)
        )
}

fn kind_of(c: char) -> Option<Kind> {
    let kind = match c {
        '\u{fe00}'..='\u{fe0f}'
        | '\u{e0100}'..='\u{e01ef}'
        | '\u{180b}'..='\u{180d}'
        | '\u{180f}' => Kind::VariationSelector,
        '\u{ad}'
        | '\u{34f}'
        | '\u{600}'..='\u{605}'
        | '\u{61c}'
        | '\u{6dd}'
        | '\u{70f}'
        | '\u{890}'..='\u{891}'
        | '\u{8e2}'
        | '\u{115f}'..='\u{1160}'
        | '\u{17b4}'..='\u{17b5}'
        | '\u{180e}'
        | '\u{200b}'..='\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{206f}'
        | '\u{3164}'
        | '\u{feff}'
        | '\u{ffa0}'
        | '\u{fff0}'..='\u{fffb}'
        | '\u{110bd}'
        | '\u{110cd}'
        | '\u{13430}'..='\u{1343f}'
        | '\u{1bca0}'..='\u{1bca3}'
        | '\u{1d173}'..='\u{1d17a}'
        | '\u{e0000}'..='\u{e00ff}'
        | '\u{e01f0}'..='\u{e0fff}' => Kind::Invisible,
        '\u{1f1e6}'..='\u{1f1ff}' => Kind::RegionalIndicator,
        '\u{1f000}'..='\u{1faff}' => Kind::Emoji,
        // Symbols in these blocks drawn as emoji by default are the two-column ones;
        // the rest (✓, ★, →) are one column everywhere.
        '\u{2300}'..='\u{23ff}' | '\u{2600}'..='\u{27bf}' | '\u{2b00}'..='\u{2bff}'
            if c.width() == Some(2) =>
        {
            Kind::Emoji
        }
        '\u{e000}'..='\u{f8ff}' | '\u{f0000}'..='\u{10ffff}' => Kind::PrivateUse,
        '\u{2028}' | '\u{2029}' => Kind::LineSeparator,
        '\u{fffd}' => Kind::Replacement,
        _ => return None,
    };
    Some(kind)
}

/// The Unicode names of the characters people meet most; others are named by family.
fn name(c: char) -> Option<String> {
    let name = match c {
        '\u{ad}' => "SOFT HYPHEN",
        '\u{34f}' => "COMBINING GRAPHEME JOINER",
        '\u{61c}' => "ARABIC LETTER MARK",
        '\u{180e}' => "MONGOLIAN VOWEL SEPARATOR",
        '\u{200b}' => "ZERO WIDTH SPACE",
        '\u{200c}' => "ZERO WIDTH NON-JOINER",
        '\u{200d}' => "ZERO WIDTH JOINER",
        '\u{200e}' => "LEFT-TO-RIGHT MARK",
        '\u{200f}' => "RIGHT-TO-LEFT MARK",
        '\u{2028}' => "LINE SEPARATOR",
        '\u{2029}' => "PARAGRAPH SEPARATOR",
        '\u{2060}' => "WORD JOINER",
        '\u{2061}' => "FUNCTION APPLICATION",
        '\u{2062}' => "INVISIBLE TIMES",
        '\u{2063}' => "INVISIBLE SEPARATOR",
        '\u{2064}' => "INVISIBLE PLUS",
        '\u{3164}' => "HANGUL FILLER",
        '\u{feff}' => "ZERO WIDTH NO-BREAK SPACE (a byte order mark)",
        '\u{fffd}' => "REPLACEMENT CHARACTER",
        '\u{fe00}'..='\u{fe0f}' => {
            return Some(format!("VARIATION SELECTOR-{}", c as u32 - 0xfe00 + 1));
        }
        '\u{e0100}'..='\u{e01ef}' => {
            return Some(format!("VARIATION SELECTOR-{}", c as u32 - 0xe0100 + 17));
        }
        '\u{1f1e6}'..='\u{1f1ff}' => {
            let letter = char::from(b'A' + (c as u32 - 0x1f1e6) as u8);
            return Some(format!("REGIONAL INDICATOR SYMBOL LETTER {letter}"));
        }
        _ => return None,
    };
    Some(name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(text: &str) -> Option<Kind> {
        first_unstable(text).map(|u| u.kind)
    }

    #[test]
    fn ordinary_text_of_every_script_is_stable() {
        for text in [
            "plain ASCII",
            "£31,049 – £37,796 … café naïve",
            "健康情報学 ｆｕｌｌｗｉｄｔｈ 한국어",
            "ᄀ\u{1161}\u{11a8}",
            "e\u{301} a\u{300}\u{301}\u{302}",
            "שלום עולם مرحبا لا",
            "✓ ★ → ❤ ☺",
            "\u{3000}ideographic em\u{2003}space non\u{a0}breaking",
            "𝕳𝖊𝖆𝖑𝖙𝖍 ⅦⅧⅨ",
            "line\nbreaks",
        ] {
            assert_eq!(first_unstable(text), None, "{text:?}");
        }
    }

    #[test]
    fn each_family_is_found_where_it_is() {
        for (text, at, c, expected) in [
            ("soft\u{ad}hyphen", 4, '\u{ad}', Kind::Invisible),
            ("zero\u{200b}width", 4, '\u{200b}', Kind::Invisible),
            ("👩\u{200d}💻", 0, '👩', Kind::Emoji),
            ("a\u{200d}b", 1, '\u{200d}', Kind::Invisible),
            ("word\u{2060}joiner", 4, '\u{2060}', Kind::Invisible),
            ("bom\u{feff}inside", 3, '\u{feff}', Kind::Invisible),
            ("❤\u{fe0f}", 3, '\u{fe0f}', Kind::VariationSelector),
            ("🇬🇧", 0, '🇬', Kind::RegionalIndicator),
            ("⚡ fast", 0, '⚡', Kind::Emoji),
            ("\u{e000}", 0, '\u{e000}', Kind::PrivateUse),
            ("a\u{2028}b", 1, '\u{2028}', Kind::LineSeparator),
            ("\u{301}start", 0, '\u{301}', Kind::LoneMark),
            ("after \u{301}space", 6, '\u{301}', Kind::LoneMark),
            ("after\n\u{301}newline", 6, '\u{301}', Kind::LoneMark),
            ("J\u{119d3}", 1, '\u{119d3}', Kind::Joined),
        ] {
            assert_eq!(
                first_unstable(text),
                Some(Unstable {
                    at,
                    c,
                    kind: expected
                }),
                "{text:?}"
            );
        }
        assert_eq!(kind("x\u{e0041}"), Some(Kind::Invisible));
    }

    #[test]
    fn invisible_characters_are_whitespace_zero_width_and_formatting() {
        for c in [
            ' ', '\n', '\u{3000}', '\u{a0}', '\u{ad}', '\u{200b}', '\u{2060}', '\u{feff}',
            '\u{fe0f}', '\u{301}', '\u{3164}',
        ] {
            assert!(is_invisible(c), "{c:?}");
        }
        for c in ['a', '.', '健', '\u{1b}'] {
            assert!(!is_invisible(c), "{c:?}");
        }
    }

    #[test]
    fn descriptions_give_the_code_point_and_name() {
        let u = first_unstable("a\u{200b}").expect("found");
        assert!(
            u.describe()
                .starts_with("U+200B ZERO WIDTH SPACE, an invisible formatting character"),
            "{}",
            u.describe()
        );
        let u = first_unstable("🇬").expect("found");
        assert!(
            u.describe()
                .starts_with("U+1F1EC REGIONAL INDICATOR SYMBOL LETTER G, part of a flag")
        );
        let u = first_unstable("\u{fe0f}").expect("found");
        assert!(u.describe().starts_with("U+FE0F VARIATION SELECTOR-16"));
        let u = first_unstable("🏥").expect("found");
        assert!(u.describe().starts_with("U+1F3E5, an emoji"));
    }

    #[test]
    fn the_characters_people_meet_most_are_called_by_their_unicode_names() {
        for (c, unicode_name) in [
            ('\u{ad}', "SOFT HYPHEN"),
            ('\u{34f}', "COMBINING GRAPHEME JOINER"),
            ('\u{61c}', "ARABIC LETTER MARK"),
            ('\u{180e}', "MONGOLIAN VOWEL SEPARATOR"),
            ('\u{200b}', "ZERO WIDTH SPACE"),
            ('\u{200c}', "ZERO WIDTH NON-JOINER"),
            ('\u{200d}', "ZERO WIDTH JOINER"),
            ('\u{200e}', "LEFT-TO-RIGHT MARK"),
            ('\u{200f}', "RIGHT-TO-LEFT MARK"),
            ('\u{2028}', "LINE SEPARATOR"),
            ('\u{2029}', "PARAGRAPH SEPARATOR"),
            ('\u{2060}', "WORD JOINER"),
            ('\u{2061}', "FUNCTION APPLICATION"),
            ('\u{2062}', "INVISIBLE TIMES"),
            ('\u{2063}', "INVISIBLE SEPARATOR"),
            ('\u{2064}', "INVISIBLE PLUS"),
            ('\u{3164}', "HANGUL FILLER"),
            ('\u{feff}', "ZERO WIDTH NO-BREAK SPACE (a byte order mark)"),
            ('\u{fffd}', "REPLACEMENT CHARACTER"),
            ('\u{fe00}', "VARIATION SELECTOR-1"),
            ('\u{e0100}', "VARIATION SELECTOR-17"),
            ('\u{e01ef}', "VARIATION SELECTOR-256"),
            ('\u{1f1e6}', "REGIONAL INDICATOR SYMBOL LETTER A"),
            ('\u{1f1ff}', "REGIONAL INDICATOR SYMBOL LETTER Z"),
        ] {
            assert_eq!(name(c).as_deref(), Some(unicode_name), "U+{:04X}", c as u32);
        }
        assert_eq!(name('a'), None);
    }
}
