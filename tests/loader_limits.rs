//! The loader on hostile input: whatever the text, it returns content or problems and
//! never panics, overflows its stack or hangs.

mod common;

use common::*;
use hi_tui::data::{self, EMBEDDED_RON, LoadError, MAX_FILE_BYTES};
use proptest::prelude::*;

/// Loads text; any outcome but a panic is fine. Problems must still be printable.
fn load(text: &str) -> Result<data::Catalogue, LoadError> {
    let result = data::load_str(text, "fuzz.ron");
    if let Err(e) = &result {
        for line in e.lines() {
            assert!(!line.contains(data::is_forbidden_char), "{line:?}");
        }
    }
    result
}

/// `index` moved back to the nearest character boundary of `text`.
fn boundary(text: &str, index: usize) -> usize {
    let mut i = index % (text.len() + 1);
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[derive(Debug, Clone)]
enum Mutation {
    Delete(usize, usize),
    Insert(usize, String),
    Duplicate(usize, usize),
    Swap(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let text = "[\\[\\](){}\":,\\\\a-z0-9 \n\u{1b}\u{202e}]{0,12}|.{0,12}";
    prop_oneof![
        (any::<usize>(), 0usize..200).prop_map(|(at, len)| Mutation::Delete(at, len)),
        (any::<usize>(), text).prop_map(|(at, s)| Mutation::Insert(at, s)),
        (any::<usize>(), 0usize..400).prop_map(|(at, len)| Mutation::Duplicate(at, len)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::Swap(a, b)),
    ]
}

fn apply(text: &mut String, m: &Mutation) {
    match m {
        Mutation::Delete(at, len) => {
            let start = boundary(text, *at);
            let end = boundary(text, start + len);
            if end >= start {
                text.replace_range(start..end, "");
            }
        }
        Mutation::Insert(at, s) => {
            let at = boundary(text, *at);
            text.insert_str(at, s);
        }
        Mutation::Duplicate(at, len) => {
            let start = boundary(text, *at);
            let end = boundary(text, start + len).max(start);
            let copy = text[start..end].to_string();
            text.insert_str(end, &copy);
        }
        Mutation::Swap(a, b) => {
            let (a, b) = (boundary(text, *a), boundary(text, *b));
            let (a, b) = (a.min(b), a.max(b));
            let first = text[a..].chars().next();
            let second = text[b..].chars().next();
            if let (Some(x), Some(y)) = (first, second)
                && a + x.len_utf8() <= b
            {
                text.replace_range(b..b + y.len_utf8(), &x.to_string());
                text.replace_range(a..a + x.len_utf8(), &y.to_string());
            }
        }
    }
}

proptest! {
    #![proptest_config(replay::config(256, "tests/proptest-regressions/loader_limits.txt"))]

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        let _ = load(&text);
    }

    #[test]
    fn ron_like_text_never_panics(text in "[\\[\\](){}\":,.a-zA-Z0-9_ \n-]{0,400}") {
        let _ = load(&format!("Catalogue({text}"));
    }

    #[test]
    fn mutations_of_the_shipped_file_never_panic(
        mutations in prop::collection::vec(mutation(), 1..6)
    ) {
        let mut text = EMBEDDED_RON.to_string();
        for m in &mutations {
            apply(&mut text, m);
        }
        let _ = load(&text);
    }

    #[test]
    fn mutations_of_the_small_fixture_never_panic(
        mutations in prop::collection::vec(mutation(), 1..4)
    ) {
        let mut text = SMALL.to_string();
        for m in &mutations {
            apply(&mut text, m);
        }
        let _ = load(&text);
    }
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    for open in ["[", "(", "{", "Some("] {
        let deep = format!("Catalogue(title: {}", open.repeat(200_000));
        assert!(load(&deep).is_err(), "{open}");
    }
    let deep = "[".repeat(1_000_000);
    assert!(load(&deep).is_err());
}

#[test]
fn a_very_long_line_or_string_is_handled() {
    let long_string = format!("Catalogue(title: \"{}", "a".repeat(3_000_000));
    assert!(load(&long_string).is_err());
    let valid_but_long = SMALL.replacen(
        "A tiny catalogue for tests.",
        &"A very long intro. ".repeat(150_000),
        1,
    );
    assert!(load(&valid_but_long).is_ok());
}

#[test]
fn text_over_the_cap_is_refused_without_parsing() {
    let size = usize::try_from(MAX_FILE_BYTES).expect("fits") + 1;
    let err = load(&" ".repeat(size)).expect_err("too large");
    assert_eq!(err.lines().len(), 1);
    assert!(err.lines()[0].contains("too large"), "{:?}", err.lines());
}

#[test]
fn a_file_of_exactly_the_cap_is_read_to_its_last_byte() {
    let cap = usize::try_from(MAX_FILE_BYTES).expect("fits");
    // Padding in a comment at the front, so the catalogue's closing bracket is the very
    // last byte: a reader that stopped one byte short would break it.
    let body = SMALL.trim_end();
    let text = format!("//{}\n{body}", "x".repeat(cap - body.len() - 3));
    assert_eq!(text.len(), cap);
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("at-the-cap.ron");
    std::fs::write(&path, &text).expect("write");
    let catalogue = data::load_file(&path).expect("a file of exactly the cap loads");
    assert_eq!(catalogue.title, small().title);

    std::fs::write(&path, format!("{text} ")).expect("write");
    let err = data::load_file(&path).expect_err("one byte over");
    assert!(err.lines()[0].contains("too large"), "{:?}", err.lines());
    assert!(err.lines()[0].contains("4.1 MiB"), "{:?}", err.lines());
}

#[test]
fn a_huge_file_with_a_problem_in_every_rung_reports_them_all() {
    let rung = "                Rung(title: \"R{n}\", bands: [\"6\"], experience: \"x\", involves: \"x\", next_step: \"x\", source: \"roles\"),\n";
    let rungs: String = (0..20_000)
        .map(|n| rung.replace("{n}", &n.to_string()))
        .collect();
    let at = SMALL
        .find("                Rung(title: \"Alpha assistant\"")
        .expect("fixture rung");
    let mut text = SMALL.to_string();
    text.insert_str(at, &rungs);
    let err = load(&text).expect_err("unknown bands");
    let lines = err.lines();
    assert_eq!(lines.len(), 20_000);
    // The first problems have a line and column; past a limit, only the path (finding
    // a position scans the file, and 20,000 scans of 2 MiB would take minutes).
    let line_of_first = SMALL[..at].lines().count() + 1;
    assert!(
        lines[0].starts_with(&format!("fuzz.ron:{line_of_first}:")),
        "{}",
        lines[0]
    );
    assert!(
        lines[19_999].contains("specialisms[\"alpha\"].ladder[19999].bands"),
        "{}",
        lines[19_999]
    );
}

#[test]
fn a_device_that_never_ends_is_refused_without_reading() {
    let zero = std::path::Path::new("/dev/zero");
    if !zero.exists() {
        skipped(
            "a_device_that_never_ends_is_refused_without_reading",
            "this system has no /dev/zero",
        );
        return;
    }
    let err = data::load_file(zero).expect_err("not a file");
    assert!(err.lines()[0].contains("is a device"), "{:?}", err.lines());
}
