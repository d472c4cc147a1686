//! A mistake is reported at the first character of the offending token, wherever it is:
//! in particular when it is the first thing after an opening `(` or `[`, with whitespace,
//! blank lines or comments between (the parser's own position is before those).

mod common;

use common::*;
use hi_tui::app::App;
use hi_tui::data::{self, LoadError};

const MINIMAL: &str = include_str!("../data/examples/minimal.ron");

/// Byte offsets just after every `(` and `[` that is RON syntax (not inside quoted text
/// or a comment).
fn openings(text: &str) -> Vec<usize> {
    let mut found = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => {
                while let Some((_, c)) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        _ => {}
                    }
                }
            }
            '/' if chars.peek().is_some_and(|&(_, c)| c == '/') => {
                for (_, c) in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            '(' | '[' => found.push(i + 1),
            _ => {}
        }
    }
    found
}

/// What goes between the bracket and the bad token: the position must skip all of it.
const GAPS: [&str; 5] = [
    "\n      ",
    " ",
    "\n\n\n   ",
    "\n   // a comment\n   ",
    "  /* a\n block */\n\t",
];

/// Tokens that are wrong wherever they appear in the file.
const BAD: [&str; 3] = ["@", "%x", "}"];

fn position(e: &LoadError) -> (usize, usize) {
    match e {
        LoadError::Invalid { problems, .. } => problems[0].position.expect("a position"),
        other => panic!("{other:?}"),
    }
}

/// The 1-based line and column (in characters) of byte `offset`.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before[before.rfind('\n').map_or(0, |i| i + 1)..]
        .chars()
        .count()
        + 1;
    (line, col)
}

#[test]
fn a_bad_token_after_any_opening_bracket_is_reported_at_the_token() {
    let openings = openings(MINIMAL);
    assert!(
        openings.len() > 20,
        "found the brackets: {}",
        openings.len()
    );
    let mut wrong = Vec::new();
    for &at in &openings {
        for gap in GAPS {
            for bad in BAD {
                let text = format!("{}{gap}{bad}{}", &MINIMAL[..at], &MINIMAL[at..]);
                let token = line_col(&text, at + gap.len());
                let e = data::load_str(&text, "minimal.ron").expect_err("the token is wrong");
                let reported = position(&e);
                if reported != token {
                    wrong.push(format!(
                        "{bad:?} after {gap:?} at {token:?}, reported at {reported:?}: {e}"
                    ));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// An identifier where a value belongs is reported on its own line too, whatever the
/// parser trips over in it.
#[test]
fn a_stray_word_after_any_opening_bracket_is_reported_on_its_line() {
    for at in openings(MINIMAL) {
        let text = format!("{}\n   oops\n{}", &MINIMAL[..at], &MINIMAL[at..]);
        let (line, _) = line_col(&text, at + 4);
        let Err(e) = data::load_str(&text, "minimal.ron") else {
            continue;
        };
        assert_eq!(position(&e).0, line, "{e}");
    }
}

/// `check`, `--data` and the `--watch` status line all use the same position.
#[test]
fn check_data_and_watch_report_the_token_position() {
    let at = MINIMAL.find("tasks: [").expect("tasks") + "tasks: [".len();
    let text = format!("{}\n            @,{}", &MINIMAL[..at], &MINIMAL[at..]);
    expect_everywhere(&text, line_col(&text, at + 13));
}

/// Issue 21: a U+200B in the first rung's title (then line 106 of minimal.ron, now 141) was
/// reported at the next rung's title (120:21); written as an escape, at the ladder.
#[test]
fn a_bad_character_in_a_rung_title_is_reported_at_the_character() {
    let at = MINIMAL
        .find("title: \"Health records")
        .expect("the first rung")
        + 14;
    for written in ["\u{200b}", "\\u{200b}"] {
        let text = format!("{}{written}{}", &MINIMAL[..at], &MINIMAL[at..]);
        assert_eq!(line_col(&text, at), (141, 35));
        expect_everywhere(&text, (141, 35));
    }
}

/// `check`, `--data … export` and the status line after a `--watch` reload of `text` all
/// start with `file:line:col: `.
fn expect_everywhere(text: &str, (line, col): (usize, usize)) {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("bad.ron");
    std::fs::write(&file, text).expect("write");
    let path = file.to_str().expect("utf-8 path");
    let expected = format!("{path}:{line}:{col}: ");

    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_hi-tui"))
            .args(args)
            .stdin(std::process::Stdio::null())
            .output()
            .expect("run hi-tui")
    };
    let check = run(&["check", path]);
    assert!(
        String::from_utf8_lossy(&check.stdout).starts_with(&expected),
        "{check:?}"
    );
    let data = run(&["--data", path, "export"]);
    assert!(
        String::from_utf8_lossy(&data.stderr).starts_with(&expected),
        "{data:?}"
    );

    let mut app = App::new(small(), 100, 30);
    app.apply_reload(data::load_file(&file));
    let status = app.status().expect("a status line");
    assert!(status.starts_with(&expected), "{status}");
}

const SHIPPED: &str = include_str!("../data/health_informatics.ron");

/// Every string literal of `text` (byte range of its body, between the quotes), with the
/// field it belongs to: `title`, or `tasks[]` for an item of a list, `weights{}` for a key.
fn string_fields(text: &str) -> Vec<(String, usize, usize)> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut context: Vec<String> = Vec::new();
    let mut last_word = String::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                let start = i + 1;
                let mut j = start;
                while bytes[j] != b'"' {
                    j += if bytes[j] == b'\\' { 2 } else { 1 };
                }
                let after = text[j + 1..].trim_start();
                let field = if after.starts_with(':') {
                    format!("{}{{}}", context.last().cloned().unwrap_or_default())
                } else if text[..i].trim_end().ends_with(':') {
                    last_word.clone()
                } else if text[..i].trim_end().ends_with("Some(") {
                    context.last().cloned().unwrap_or_default()
                } else {
                    format!("{}[]", context.last().cloned().unwrap_or_default())
                };
                found.push((field, start, j));
                i = j + 1;
                continue;
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i += text[i..].find('\n').unwrap_or(text.len() - i);
                continue;
            }
            b'(' | b'[' | b'{' => context.push(last_word.clone()),
            b')' | b']' | b'}' => {
                context.pop();
            }
            c if c.is_ascii_alphanumeric() || c == b'_' => {
                let end = i + text[i..]
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                    .unwrap_or(text.len() - i);
                if text[end..].trim_start().starts_with(':') {
                    last_word = text[i..end].to_string();
                }
                i = end;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    found
}

/// Ways of writing a character that no text may hold, with what the message names.
const WRITTEN: [(&str, &str); 5] = [
    ("\u{200b}", "U+200B"),
    ("\u{7}", "U+0007"),
    ("\\u{200b}", "U+200B"),
    ("\\t", "U+0009"),
    ("\\x07", "U+0007"),
];

/// Family 2 of issue 21: a bad character in any string field of the schema, written as it
/// is or as an escape, in the first, a middle or the last item of its kind, at the start,
/// middle or end of the text, is reported at the character itself (or its escape's `\`).
#[test]
fn a_bad_character_in_any_string_field_is_reported_where_it_is_written() {
    let fields = string_fields(SHIPPED);
    let mut kinds: Vec<&str> = fields.iter().map(|(f, ..)| f.as_str()).collect();
    kinds.sort_unstable();
    kinds.dedup();
    for expected in [
        "title",
        "heading",
        "text",
        "weights{}",
        "bands[]",
        "points[]",
        "label",
        "url",
        "id",
        "related[]",
        "open_to[]",
        "note",
        "code",
        "link",
        "steps_source",
        "year",
        "region",
    ] {
        assert!(kinds.contains(&expected), "no {expected} in {kinds:?}");
    }
    let mut wrong = Vec::new();
    let mut tried = 0;
    for kind in &kinds {
        let of_kind: Vec<_> = fields.iter().filter(|(f, ..)| f == kind).collect();
        let picks = [0, of_kind.len() / 2, of_kind.len() - 1];
        for (p, &pick) in picks.iter().enumerate() {
            let (_, start, end) = of_kind[pick];
            let body = &SHIPPED[*start..*end];
            // Written as it is, then as an escape, each way in turn over the picks.
            for w in [p % 2, 2 + p] {
                let (written, named) = WRITTEN[w];
                // At the start, in the middle (away from any escape) or at the end.
                let middle = body
                    .char_indices()
                    .map(|(i, _)| i)
                    .find(|&i| i >= body.len() / 2 && !body[..i].ends_with('\\'))
                    .unwrap_or(0);
                let offset = start + [0, middle, body.len()][(p + w) % 3];
                let text = format!("{}{written}{}", &SHIPPED[..offset], &SHIPPED[offset..]);
                let expected = line_col(&text, offset);
                tried += 1;
                let problems = match data::load_str(&text, "x.ron") {
                    Err(LoadError::Invalid { problems, .. }) => problems,
                    other => panic!("{kind} {written:?}: {other:?}"),
                };
                let about: Vec<_> = problems
                    .iter()
                    .filter(|p| {
                        p.message.contains(&format!("contains {named}"))
                            || p.message.contains(&format!("({named})"))
                    })
                    .collect();
                if about.len() != 1 || about[0].position != Some(expected) {
                    wrong.push(format!(
                        "{kind} item {pick} {written:?} at {expected:?}: {:?}",
                        about
                            .iter()
                            .map(|p| (p.position, &p.path))
                            .collect::<Vec<_>>()
                    ));
                }
            }
        }
    }
    assert!(tried > 180, "tried {tried}");
    assert!(
        wrong.is_empty(),
        "{} of {tried} misplaced:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// Byte offsets of every number in `text` (outside quoted text and comments).
fn numbers(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                i += 1;
                while bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i += text[i..].find('\n').unwrap_or(text.len() - i);
                continue;
            }
            c if c.is_ascii_alphabetic() || c == b'_' => {
                while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                    i += 1;
                }
                continue;
            }
            c if c.is_ascii_digit() => {
                found.push(i);
                // A decimal such as 37.5 is one number.
                while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'.') {
                    i += 1;
                }
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    found
}

/// Issue 21, family 7: a negative number, in any number field (pay, step years, a level,
/// months, a source's year, a quiz weight, a pay table's hours), is reported at its `-`,
/// not at the digit.
#[test]
fn a_negative_number_is_reported_at_its_sign() {
    let numbers = numbers(MINIMAL);
    assert!(numbers.len() > 15, "found {numbers:?}");
    for at in numbers {
        let text = format!("{}-{}", &MINIMAL[..at], &MINIMAL[at..]);
        let e = data::load_str(&text, "minimal.ron").expect_err("negative");
        let context = &MINIMAL[at.saturating_sub(20)..at + 5];
        assert_eq!(position(&e), line_col(&text, at), "{context:?}: {e:?}");
        // Far too large, with no sign: at its first digit.
        let text = format!("{}99999999999{}", &MINIMAL[..at], &MINIMAL[at..]);
        let e = data::load_str(&text, "minimal.ron").expect_err("too large");
        assert_eq!(position(&e), line_col(&text, at), "{context:?}: {e:?}");
    }
}

/// Issue 21, family 7: a quiz answer that names a specialism twice is refused at the
/// second, wherever the two stand among the answer's points.
#[test]
fn a_repeated_specialism_in_an_answer_is_reported_at_the_repeat() {
    let at = MINIMAL.find("weights: {").expect("weights") + "weights: {".len();
    let end = at + MINIMAL[at..].find('}').expect("closing brace");
    let points = ["\"a\": 1", "\"b\": 2", "\"c\": 3"];
    for (first, second) in [(0, 1), (0, 2), (1, 2)] {
        let mut written: Vec<String> = points.iter().map(|p| p.to_string()).collect();
        written[second] = format!("\"{}\": 1", ["a", "b", "c"][first]);
        let inside = written.join(", ");
        let text = format!("{}{inside}{}", &MINIMAL[..at], &MINIMAL[end..]);
        let repeat = at + inside.rfind(&written[second]).expect("the repeat");
        let e = data::load_str(&text, "minimal.ron").expect_err("repeated");
        assert_eq!(position(&e), line_col(&text, repeat), "{inside}: {e:?}");
        assert!(format!("{e:?}").contains("twice"), "{e:?}");
    }
}
