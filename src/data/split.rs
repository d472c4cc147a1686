//! Parsing a large file's specialisms on two threads.
//!
//! RON parsing runs on one core and is bound by allocation: a generated catalogue of
//! 10,000 specialisms takes about 180 ms. In any large file nearly all the text is the
//! `specialisms` list, whose elements are independent, so two threads parse half each:
//!
//! - the first parses elements one by one from the start of the list;
//! - the second guesses where an element starts near the middle of the list (a comma
//!   followed by `(`) and parses from there to the end of the list.
//!
//! A guess can be wrong (the comma may sit inside a string or a comment), so the second
//! thread's work is used only if the first thread, parsing from the true start, arrives
//! exactly where the guess began. Otherwise the first thread carries on alone. Either
//! way every element is parsed by `ron` from a true element boundary, and the rest of
//! the file is parsed with an empty list in the list's place.
//!
//! Anything unusual (an attribute such as `#![enable(...)]`, a syntax error, no
//! `specialisms` list, an element that does not parse) gives up with `None`, and the
//! caller parses the whole text the ordinary way, which is also what reports errors with
//! their line and column.

use std::ops::Range;
use std::thread;

use ron::Options;
use serde::Deserialize;

use super::model::{Catalogue, Specialism};

/// Below this size one thread parses the whole text quickly enough (a few milliseconds)
/// that a second is not worth starting.
pub const PARALLEL_FROM: usize = 256 * 1024;

/// How far past the middle to look for a place where the second thread can start.
const GUESS_WINDOW: usize = 64 * 1024;

/// The catalogue in `text`, with its specialisms parsed on two threads, or `None` when
/// the text is not plain enough to split (parse it whole instead).
pub fn parse(text: &str, options: &Options) -> Option<Catalogue> {
    let open = list_open(text)?;
    parse_split_near(text, options, open, open + (text.len() - open) / 2)
}

/// [`parse`] with the second thread starting at the first likely element at or after
/// `middle`. Separate so tests can try every starting point.
fn parse_split_near(
    text: &str,
    options: &Options,
    open: usize,
    middle: usize,
) -> Option<Catalogue> {
    let guess = guess_element_start(text, middle);
    let elements = Elements { text, options };
    let mut first = Vec::new();
    let (reached, second) = thread::scope(|scope| {
        let helper = guess.and_then(|guess| {
            thread::Builder::new()
                .spawn_scoped(scope, move || elements.parse_from_guess(guess))
                .ok()
        });
        let reached = elements.parse(open + 1, guess.unwrap_or(usize::MAX), &mut first);
        (
            reached,
            helper.and_then(|helper| helper.join().ok().flatten()),
        )
    });
    let close = match (reached?, second) {
        (Stop::End(close), _) => close,
        (Stop::Reached(at), Some(second)) if at == second.start => {
            first.extend(second.items);
            second.close
        }
        // The guess was not an element boundary: finish the list here.
        (Stop::Reached(at), _) => match elements.parse(at, usize::MAX, &mut first)? {
            Stop::End(close) => close,
            Stop::Reached(_) => return None,
        },
    };
    let skeleton = [&text[..=open], &text[close..]].concat();
    let mut catalogue: Catalogue = options.from_str(&skeleton).ok()?;
    if !catalogue.specialisms.is_empty() {
        return None;
    }
    catalogue.specialisms = first;
    Some(catalogue)
}

/// Where the first parse stopped.
#[derive(Debug, PartialEq)]
enum Stop {
    /// At the list's closing bracket.
    End(usize),
    /// At the start of an element at or past the point it was asked to stop at.
    Reached(usize),
}

/// What the second thread parsed: the elements from `start` to the list's end at `close`.
struct Tail {
    start: usize,
    items: Vec<Specialism>,
    close: usize,
}

#[derive(Clone, Copy)]
struct Elements<'t> {
    text: &'t str,
    options: &'t Options,
}

impl Elements<'_> {
    /// Parses elements from `at` (just inside the list or just after a comma) into
    /// `items`, until the list ends or an element starts at or after `stop`.
    fn parse(&self, mut at: usize, stop: usize, items: &mut Vec<Specialism>) -> Option<Stop> {
        let bytes = self.text.as_bytes();
        loop {
            at = skip_blank(bytes, at)?;
            match bytes.get(at)? {
                b']' => return Some(Stop::End(at)),
                _ if at >= stop => return Some(Stop::Reached(at)),
                // An element is a struct: `(` or a struct name. Anything else (an attribute
                // such as `#![...]` above all, which would change how it is read) is left to
                // the whole parse.
                b if *b == b'(' || b.is_ascii_alphabetic() => {}
                _ => return None,
            }
            let rest = &self.text[at..];
            let mut deserializer =
                ron::Deserializer::from_str_with_options(rest, self.options).ok()?;
            items.push(Specialism::deserialize(&mut deserializer).ok()?);
            at += rest.len() - deserializer.remainder().len();
            at = skip_blank(bytes, at)?;
            match bytes.get(at)? {
                b',' => at += 1,
                b']' => return Some(Stop::End(at)),
                _ => return None,
            }
        }
    }

    /// The second thread's work: parse from `guess` to the end of the list. A guess that
    /// fails at once is followed by the next likely start; a failure after some elements
    /// means the file itself is probably broken, so it stops there.
    fn parse_from_guess(&self, mut guess: usize) -> Option<Tail> {
        for _ in 0..8 {
            let mut items = Vec::new();
            match self.parse(guess, usize::MAX, &mut items) {
                Some(Stop::End(close)) => {
                    return Some(Tail {
                        start: guess,
                        items,
                        close,
                    });
                }
                _ if !items.is_empty() => return None,
                _ => guess = guess_element_start(self.text, guess + 1)?,
            }
        }
        None
    }
}

/// The first place at or after `from` that looks like the start of a list element: a
/// comma, then blanks, then `(`. Only a guess: it may be inside a string or comment.
fn guess_element_start(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let end = from.saturating_add(GUESS_WINDOW).min(bytes.len());
    let mut at = from;
    while at < end {
        let comma = at + memchr::memchr(b',', bytes.get(at..end)?)?;
        let start = comma
            + 1
            + bytes[comma + 1..]
                .iter()
                .take_while(|b| b.is_ascii_whitespace())
                .count();
        if bytes.get(start) == Some(&b'(') {
            return Some(start);
        }
        at = comma + 1;
    }
    None
}

/// Where the `[` of the top-level `specialisms: [` list is.
fn list_open(text: &str) -> Option<usize> {
    let mut lexer = Lexer {
        bytes: text.as_bytes(),
        at: 0,
    };
    let mut open_brackets: Vec<u8> = Vec::new();
    // The two tokens before the current one, to recognise `specialisms : [`.
    let mut before: [Option<(Token, usize, usize)>; 2] = [None, None];
    loop {
        let (token, span) = lexer.next()?;
        match token {
            Token::Other(b'#') if open_brackets.is_empty() => return None,
            Token::Open(b'[')
                if open_brackets.len() == 1
                    && matches!(before, [Some((Token::Word, from, to)), Some((Token::Colon, _, _))]
                        if &text[from..to] == "specialisms") =>
            {
                return Some(span.start);
            }
            Token::Open(b) => open_brackets.push(b),
            Token::Close(b) if open_brackets.pop() != Some(opening(b)) => return None,
            _ => {}
        }
        before = [before[1].take(), Some((token, span.start, span.end))];
    }
}

/// Skips whitespace and comments from `at`; `None` if a comment never ends.
fn skip_blank(bytes: &[u8], at: usize) -> Option<usize> {
    let mut lexer = Lexer { bytes, at };
    lexer.skip_blank()?;
    Some(lexer.at)
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Token {
    Open(u8),
    Close(u8),
    Comma,
    Colon,
    /// An identifier or a bare word such as a number or `true`.
    Word,
    /// A string or character literal.
    Literal,
    /// Any other single character.
    Other(u8),
}

fn opening(close: u8) -> u8 {
    match close {
        b')' => b'(',
        b']' => b'[',
        _ => b'{',
    }
}

/// Just enough of RON's lexical rules to never mistake a bracket or comma inside a
/// string or comment for structure. `None` means "give up".
struct Lexer<'t> {
    bytes: &'t [u8],
    at: usize,
}

impl Lexer<'_> {
    /// The next significant token and where it is, skipping whitespace and comments.
    fn next(&mut self) -> Option<(Token, Range<usize>)> {
        self.skip_blank()?;
        let start = self.at;
        let byte = *self.bytes.get(start)?;
        let token = match byte {
            b'(' | b'[' | b'{' => {
                self.at += 1;
                Token::Open(byte)
            }
            b')' | b']' | b'}' => {
                self.at += 1;
                Token::Close(byte)
            }
            b',' => {
                self.at += 1;
                Token::Comma
            }
            b':' => {
                self.at += 1;
                Token::Colon
            }
            b'"' => {
                self.at = self.string_end(start + 1)?;
                Token::Literal
            }
            b'\'' => {
                self.at = self.char_end(start + 1)?;
                Token::Literal
            }
            _ if is_word_byte(byte) => self.word(start)?,
            _ => {
                self.at += 1;
                Token::Other(byte)
            }
        };
        Some((token, start..self.at))
    }

    fn skip_blank(&mut self) -> Option<()> {
        loop {
            match self.bytes.get(self.at..self.at + 2) {
                Some(b"//") => {
                    self.at = match memchr::memchr(b'\n', &self.bytes[self.at..]) {
                        Some(newline) => self.at + newline + 1,
                        None => self.bytes.len(),
                    };
                }
                Some(b"/*") => self.at = self.block_comment_end(self.at + 2)?,
                _ => match self.bytes.get(self.at) {
                    Some(b) if b.is_ascii_whitespace() => self.at += 1,
                    _ => return Some(()),
                },
            }
        }
    }

    /// Block comments nest in RON.
    fn block_comment_end(&self, mut at: usize) -> Option<usize> {
        let mut depth = 1;
        while depth > 0 {
            match self.bytes.get(at..at + 2)? {
                b"*/" => {
                    depth -= 1;
                    at += 2;
                }
                b"/*" => {
                    depth += 1;
                    at += 2;
                }
                _ => at += 1,
            }
        }
        Some(at)
    }

    /// Just past the closing quote of a string whose contents start at `at`.
    fn string_end(&self, mut at: usize) -> Option<usize> {
        loop {
            let found = at + memchr::memchr2(b'"', b'\\', self.bytes.get(at..)?)?;
            if self.bytes[found] == b'"' {
                return Some(found + 1);
            }
            at = found + 2;
        }
    }

    /// Just past the closing quote of a character literal whose contents start at `at`.
    fn char_end(&self, at: usize) -> Option<usize> {
        // Past the character itself (or at least its first byte), or past `\` and the
        // escaped character.
        let from = if self.bytes.get(at) == Some(&b'\\') {
            at + 2
        } else {
            at + 1
        };
        let close = from + memchr::memchr(b'\'', self.bytes.get(from..)?)?;
        Some(close + 1)
    }

    /// A word, or a raw or byte string (`r"…"`, `r#"…"#`, `b"…"`, `br"…"`), or a raw
    /// identifier (`r#name`).
    fn word(&mut self, start: usize) -> Option<Token> {
        let mut end = start;
        while self.bytes.get(end).copied().is_some_and(is_word_byte) {
            end += 1;
        }
        let word = &self.bytes[start..end];
        let hashes = self.bytes[end..].iter().take_while(|&&b| b == b'#').count();
        let quote = self.bytes.get(end + hashes) == Some(&b'"');
        let (end, token) = match (word, hashes, quote) {
            (b"r" | b"br", _, true) => (
                self.raw_string_end(end + hashes + 1, hashes)?,
                Token::Literal,
            ),
            (b"b", 0, true) => (self.string_end(end + 1)?, Token::Literal),
            (b"r", 1, false) => {
                let mut end = end + 1;
                while self.bytes.get(end).copied().is_some_and(is_word_byte) {
                    end += 1;
                }
                (end, Token::Word)
            }
            (_, 0, _) => (end, Token::Word),
            _ => return None,
        };
        self.at = end;
        Some(token)
    }

    /// Just past the end of a raw string closed by `"` and `hashes` hashes.
    fn raw_string_end(&self, mut at: usize, hashes: usize) -> Option<usize> {
        loop {
            let quote = at + memchr::memchr(b'"', self.bytes.get(at..)?)?;
            let after = quote + 1;
            if self.bytes[after..]
                .iter()
                .take(hashes)
                .filter(|&&b| b == b'#')
                .count()
                == hashes
            {
                return Some(after + hashes);
            }
            at = after;
        }
    }
}

/// Bytes that can be part of an identifier or a number. Bytes of non-ASCII characters
/// count too, so a multi-byte character is never split.
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::data::{EMBEDDED_RON, embedded, generate};

    fn options() -> Options {
        Options::default().with_recursion_limit(64)
    }

    fn whole(text: &str) -> Option<Catalogue> {
        options().from_str(text).ok()
    }

    /// A catalogue whose text is full of things that look like element boundaries:
    /// `, (` inside strings, raw strings and comments.
    fn tricky_text() -> String {
        let mut big = generate::catalogue(&embedded().expect("shipped"), 12, 5);
        for (i, s) in big.specialisms.iter_mut().enumerate() {
            s.about = format!("Looks like a boundary: \"), (id: \"fake{i}\", ] [ , ( here.");
            s.tasks.push("], (".to_string());
        }
        // Whole elements hidden in a comment and a raw string: a second thread starting
        // inside one of them parses its way to a `]` successfully, at the wrong place.
        let fake = ron::to_string(&Specialism {
            id: "fake".into(),
            ..big.specialisms[0].clone()
        })
        .expect("serialises");
        big.specialisms[3].summary = "COMMENT".into();
        big.specialisms[5].summary = "RAW".into();
        let text = ron::ser::to_string_pretty(&big, ron::ser::PrettyConfig::default())
            .expect("serialises")
            .replace(
                "\"COMMENT\"",
                &format!("/* , {fake}] /* nested , ( */ */ \"ok\" // , {fake}]\n"),
            )
            .replace("\"RAW\"", &format!("r#\", {fake}]\"#"));
        assert!(text.contains("// , (") && text.contains("r#\", ("));
        text
    }

    #[test]
    fn finds_the_list_past_look_alikes_in_strings_and_comments() {
        let text = r#"( // specialisms: [ not this one
            title: "specialisms: [x]", r#other: [1, 2], inner: (specialisms: []),
            specialisms /* : [ */ : [ ], quiz: [] )"#;
        let open = list_open(text).expect("found");
        assert_eq!(&text[open..open + 3], "[ ]");
        assert!(text[..open].ends_with("specialisms /* : [ */ : "));
    }

    #[test]
    fn gives_up_on_attributes_and_on_files_without_the_list() {
        for text in [
            "#![enable(implicit_some)] (specialisms: [])",
            "(other: [])",
            "(inner: (specialisms: []))",
            "(title: \"unclosed, specialisms: [])",
        ] {
            assert_eq!(list_open(text), None, "{text}");
        }
    }

    #[test]
    fn every_starting_point_for_the_second_thread_gives_the_same_catalogue() {
        let text = tricky_text();
        let expected = whole(&text).expect("the tricky text is valid RON");
        let open = list_open(&text).expect("found");
        let mut used_second_thread = 0;
        for middle in (open..text.len()).step_by(37) {
            if guess_element_start(&text, middle).is_some() {
                used_second_thread += 1;
            }
            assert_eq!(
                parse_split_near(&text, &options(), open, middle).as_ref(),
                Some(&expected),
                "second thread guessed from byte {middle}"
            );
        }
        assert!(used_second_thread > 100, "{used_second_thread}");
    }

    #[test]
    fn shipped_and_large_catalogues_parse_the_same_either_way() {
        assert_eq!(parse(EMBEDDED_RON, &options()), whole(EMBEDDED_RON));
        let big = generate::catalogue(&embedded().expect("shipped"), 300, 8);
        let compact = ron::to_string(&big).expect("serialises");
        let named =
            ron::ser::to_string_pretty(&big, ron::ser::PrettyConfig::default().struct_names(true))
                .expect("serialises");
        for text in [compact, named] {
            assert_eq!(parse(&text, &options()).as_ref(), Some(&big));
        }
    }

    /// Between two specialisms in the pretty-printed text.
    const BOUNDARY: &str = "),\n        (\n            id: \"s";

    #[test]
    fn a_broken_file_gives_up_so_the_whole_parse_can_report_it() {
        let text = tricky_text();
        for (case, broken) in [
            text.replacen("name:", "nmae:", 7),
            text.replacen(BOUNDARY, &BOUNDARY.replace(",", ",,"), 1),
            text.replacen(BOUNDARY, &BOUNDARY.replace(",", ""), 9),
            text.replacen(
                BOUNDARY,
                &BOUNDARY.replace(",\n", ",\n #![enable(implicit_some)]"),
                9,
            ),
            text.replacen("quiz: [", "quiz: [[", 1),
        ]
        .into_iter()
        .enumerate()
        {
            assert!(whole(&broken).is_none(), "case {case} is valid RON");
            assert_eq!(parse(&broken, &options()), None);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// Whatever the damage, and wherever the second thread starts, splitting never
        /// accepts text the whole parse refuses, and never reads it differently.
        #[test]
        fn never_disagrees_with_the_whole_parse(
            cuts in proptest::collection::vec((any::<prop::sample::Index>(), 0usize..4, prop::sample::select(vec!["", ",", "]", "[", "\"", "'", "/*", "//", "#", "r#\"", ")", "(", ", (", "\\"])), 1..4),
            middle in any::<prop::sample::Index>(),
        ) {
            let mut text = tricky_text();
            for (at, remove, insert) in cuts {
                let at = at.index(text.len());
                let at = (0..=at).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
                let end = (at + remove..=text.len()).find(|&i| text.is_char_boundary(i)).unwrap_or(text.len());
                text.replace_range(at..end, insert);
            }
            let split = list_open(&text).and_then(|open| {
                parse_split_near(&text, &options(), open, open + middle.index(text.len() - open))
            });
            if let Some(split) = split {
                let whole = whole(&text);
                prop_assert!(whole.is_some(), "split parse accepted text the whole parse refuses");
                prop_assert_eq!(Some(split), whole);
            }
        }
    }
}
