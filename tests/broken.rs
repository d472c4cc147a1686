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

// ---------------------------------------------------------------------------------------
// Every rule has a case

/// The validator's source files: `src/data/validate.rs` and everything under
/// `src/data/validate/`, however the rules are split between them.
fn validator_sources() -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/data");
    let mut files = Vec::new();
    walk(&data, &mut files);
    let mut sources: Vec<(PathBuf, String)> = files
        .into_iter()
        .filter(|p| {
            p.strip_prefix(&data)
                .is_ok_and(|rel| rel.to_string_lossy().starts_with("validate"))
        })
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("read a validator source");
            (p, text)
        })
        .collect();
    sources.sort();
    assert!(
        !sources.is_empty(),
        "no validator source under src/data/validate*: update validator_sources()"
    );
    sources
}

/// The Rust string literal starting at `text[0]` (a `"`), unescaped enough to compare
/// with a message, and the rest of the text after it.
fn string_literal(text: &str) -> Option<(String, &str)> {
    let mut chars = text.char_indices();
    if chars.next()?.1 != '"' {
        return None;
    }
    let mut out = String::new();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((out, &text[i + 1..])),
            '\\' => match chars.next()?.1 {
                'n' => out.push('\n'),
                '\n' => {
                    // A continued line: the next line's leading spaces are not text.
                    let rest = &text[i + 2..];
                    let skip = rest.len() - rest.trim_start().len();
                    for _ in 0..skip {
                        chars.next();
                    }
                }
                other => out.push(other),
            },
            c => out.push(c),
        }
    }
    None
}

/// The message text of each rule: the literal (or `format!` template) given to
/// `report(at, …)` and to `message: format!(…)`, as fragments between its `{…}`
/// placeholders.
fn rules() -> Vec<(String, Vec<String>)> {
    let mut rules = Vec::new();
    for (path, text) in validator_sources() {
        let file = path.file_name().map(|f| f.to_string_lossy().into_owned());
        let file = file.unwrap_or_default();
        for marker in ["report(", "message: format!("] {
            let mut from = 0;
            while let Some(found) = text[from..].find(marker) {
                let at = from + found;
                from = at + marker.len();
                if text[..at].ends_with("fn ") {
                    continue;
                }
                let args = &text[from..];
                // `report(at, message)`: the message follows the first top-level comma.
                let message = if marker == "report(" {
                    let mut depth = 0;
                    let comma = args.char_indices().find(|&(_, c)| {
                        match c {
                            '(' | '[' | '{' => depth += 1,
                            ')' | ']' | '}' => depth -= 1,
                            _ => {}
                        }
                        c == ',' && depth == 0
                    });
                    let Some((comma, _)) = comma else {
                        panic!("{file}: a report( call without a message: {}", &args[..60])
                    };
                    let message = args[comma + 1..].trim_start();
                    message
                        .strip_prefix("format!(")
                        .map_or(message, str::trim_start)
                } else {
                    args.trim_start()
                };
                let line = text[..at].lines().count();
                let (literal, _) = string_literal(message).unwrap_or_else(|| {
                    panic!(
                        "{file}:{line}: the message of this rule is not written where it is \
                         reported, so this test cannot see it; write the literal (or \
                         format! template) in the report( call"
                    )
                });
                rules.push((format!("{file}:{line}"), fragments(&literal)));
            }
        }
    }
    rules
}

/// "band {} is in the pay table twice" → ["band ", " is in the pay table twice"].
fn fragments(template: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut in_placeholder = false;
    for c in template.chars() {
        match (c, in_placeholder) {
            ('{', false) => in_placeholder = true,
            ('}', true) => {
                in_placeholder = false;
                out.push(String::new());
            }
            (_, true) => {}
            (c, false) => out.last_mut().expect("a fragment").push(c),
        }
    }
    out
}

/// Whether `message` is `fragments` with anything in the placeholders between them.
fn fits(message: &str, fragments: &[String]) -> bool {
    let (first, last) = (&fragments[0], &fragments[fragments.len() - 1]);
    let Some(mut rest) = message.strip_prefix(first.as_str()) else {
        return false;
    };
    if fragments.len() == 1 {
        return rest.is_empty();
    }
    for middle in &fragments[1..fragments.len() - 1] {
        match rest.find(middle.as_str()) {
            Some(i) => rest = &rest[i + middle.len()..],
            None => return false,
        }
    }
    rest.ends_with(last.as_str())
}

/// The message of an expected line: `file:line:col: MESSAGE (at path)` → `MESSAGE`.
fn message_of(path: &Path, line: &str) -> String {
    let rest = line
        .strip_prefix(&format!("{}:", path.display()))
        .unwrap_or(line);
    // Skip the line and column.
    let rest = rest
        .splitn(3, ':')
        .nth(2)
        .map_or(rest, |r| r.strip_prefix(' ').unwrap_or(r));
    match rest.rfind(" (at ") {
        Some(i) if rest.ends_with(')') => rest[..i].to_string(),
        _ => rest.to_string(),
    }
}

/// The reasons `unstable.rs` gives for each kind of character whose width terminals
/// disagree on: each is a rule of its own, reported through `contains {}`.
fn unstable_reasons() -> Vec<String> {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/data");
    let text = std::fs::read_dir(&data)
        .expect("src/data")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .find(|t| t.contains("pub fn describe(&self)") && t.contains("Kind::Invisible =>"))
        .expect("the file that describes unstable characters (Kind::… => \"why\")");
    let mut reasons = Vec::new();
    let mut from = 0;
    while let Some(found) = text[from..].find("Kind::") {
        let at = from + found;
        from = at + 6;
        let rest = &text[from..];
        let Some(arrow) = rest.find("=>") else { break };
        if !rest[..arrow].trim().chars().all(char::is_alphanumeric) {
            continue;
        }
        let after = rest[arrow + 2..].trim_start();
        let after = after.strip_prefix('{').map_or(after, str::trim_start);
        if let Some((reason, _)) = string_literal(after) {
            reasons.push(reason);
        }
    }
    reasons
}

#[test]
fn every_validation_rule_has_a_case_in_the_corpus() {
    let rules = rules();
    // A floor, so that a change in how rules are written cannot make this pass empty.
    // (Rules that share a wording, such as every "there is no {kind} with the id" check,
    // are reported from one place.)
    assert!(
        rules.len() >= 30,
        "found only {} rules in the validator's source; has the way rules are reported changed?",
        rules.len()
    );
    let messages: Vec<(PathBuf, String)> = corpus()
        .into_iter()
        .flat_map(|(path, lines)| {
            lines
                .iter()
                .map(|l| (path.clone(), message_of(&path, l)))
                .collect::<Vec<_>>()
        })
        .collect();
    // Each case counts for the rule it fits most closely (the one with the most fixed
    // text), so a general rule such as "`{}` contains {}" needs a case of its own.
    let mut covered = vec![Vec::new(); rules.len()];
    for (path, message) in &messages {
        let best = rules
            .iter()
            .enumerate()
            .filter(|(_, (_, f))| fits(message, f))
            .max_by_key(|(_, (_, f))| f.iter().map(String::len).sum::<usize>());
        if let Some((i, _)) = best {
            covered[i].push(file_stem(path).to_string());
        }
    }
    let missing: Vec<String> = rules
        .iter()
        .zip(&covered)
        .filter(|(_, cases)| cases.is_empty())
        .map(|((at, f), _)| format!("{at}: {:?}", f.join("{}")))
        .collect();
    assert!(
        missing.is_empty(),
        "these validation rules have no broken file in tests/broken/ (add NAME.ron breaking \
         just that rule, and NAME.expected):\n  {}",
        missing.join("\n  ")
    );

    let reasons = unstable_reasons();
    assert!(
        reasons.len() >= 5,
        "found only {} kinds: {reasons:?}",
        reasons.len()
    );
    let missing: Vec<&String> = reasons
        .iter()
        .filter(|why| !messages.iter().any(|(_, m)| m.ends_with(why.as_str())))
        .collect();
    assert!(
        missing.is_empty(),
        "these kinds of character of unstable width have no broken file in tests/broken/:\n  {}",
        missing
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n  ")
    );
}

#[test]
fn the_rule_finder_reads_messages_as_written() {
    assert_eq!(
        fragments("band {} is in the pay table twice; each band is listed once"),
        [
            "band ",
            " is in the pay table twice; each band is listed once"
        ]
    );
    assert!(fits(
        "band \"5\" is in the pay table twice; each band is listed once",
        &fragments("band {} is in the pay table twice; each band is listed once")
    ));
    assert!(!fits(
        "band \"5\" is in the pay table twice",
        &fragments("band {} is in the pay table twice; each band is listed once")
    ));
    assert_eq!(
        string_literal("\"a \\\"b\\\" \\\n        c\", rest"),
        Some((String::from("a \"b\" c"), ", rest"))
    );
    let path = Path::new("tests/broken/x.ron");
    assert_eq!(
        message_of(
            path,
            "tests/broken/x.ron:7:45: web addresses (this one) (at sources[\"a\"].url)"
        ),
        "web addresses (this one)"
    );
}
