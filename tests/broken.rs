//! The corpus of broken data files in `tests/broken/`. Each file breaks one rule, and its
//! sibling `.expected` file holds exactly the lines hi-tui reports for it, so a change to a
//! rule or its wording shows up here.

use std::path::{Path, PathBuf};

use hi_tui::data;

const CORPUS: &str = "tests/broken";

/// Every `.ron` file in the corpus with its expected lines.
fn corpus() -> Vec<(PathBuf, Vec<String>)> {
    let mut cases: Vec<(PathBuf, Vec<String>)> = std::fs::read_dir(CORPUS)
        .expect("corpus folder")
        .map(|entry| entry.expect("corpus entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "ron"))
        .map(|path| {
            let expected = std::fs::read_to_string(path.with_extension("expected"))
                .unwrap_or_else(|_| panic!("{} has no .expected file", path.display()));
            (path, expected.lines().map(String::from).collect())
        })
        .collect();
    cases.sort();
    cases
}

#[test]
fn the_corpus_has_a_case_for_each_rule() {
    assert!(corpus().len() >= 12, "only {} cases", corpus().len());
}

#[test]
fn every_broken_file_reports_exactly_its_expected_problems() {
    for (path, expected) in corpus() {
        let err = data::load_file(&path)
            .err()
            .unwrap_or_else(|| panic!("{} loaded without problems", path.display()));
        assert_eq!(err.lines(), expected, "{}", path.display());
    }
}

#[test]
fn every_case_breaks_one_rule_and_says_where() {
    for (path, expected) in corpus() {
        assert_eq!(expected.len(), 1, "{}: {expected:#?}", path.display());
        let prefix = format!("{}:", path.display());
        let position = expected[0]
            .strip_prefix(&prefix)
            .and_then(|rest| rest.split(": ").next())
            .unwrap_or_default();
        let numbers: Vec<&str> = position.split(':').collect();
        assert!(
            numbers.len() == 2 && numbers.iter().all(|n| n.parse::<u32>().is_ok()),
            "{} has no line:column: {}",
            path.display(),
            expected[0]
        );
    }
}

#[test]
fn every_expected_file_has_its_broken_file() {
    for entry in std::fs::read_dir(CORPUS).expect("corpus folder") {
        let path = entry.expect("corpus entry").path();
        if path.extension().is_some_and(|e| e == "expected") {
            assert!(path.with_extension("ron").exists(), "{}", path.display());
        }
    }
}

#[test]
fn control_characters_are_named_with_the_field_they_are_in() {
    let control_cases: Vec<_> = corpus()
        .into_iter()
        .filter(|(path, _)| file_stem(path).starts_with("control_"))
        .collect();
    assert!(control_cases.len() >= 5);
    for (path, expected) in control_cases {
        let line = &expected[0];
        assert!(line.contains("(U+"), "{}: {line}", path.display());
        assert!(
            line.contains("remove it (at "),
            "{}: {line}",
            path.display()
        );
    }
}

fn file_stem(path: &Path) -> &str {
    path.file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default()
}
