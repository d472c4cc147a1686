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
    let (line, col) = line_col(&text, at + 13);
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("bad.ron");
    std::fs::write(&file, &text).expect("write");
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
