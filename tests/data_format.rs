//! `data/README.md` documents the format, and the shipped files follow it: every type and
//! field is described, the example in it is the shipped example, and every shipped file loads.

use std::path::{Path, PathBuf};

use hi_tui::data::{
    self, Answer, Band, Catalogue, PayTable, Question, Route, Rung, Source, Specialism, Stage,
    Topic,
};
use ron::error::Error;
use serde::de::DeserializeOwned;

const FORMAT: &str = include_str!("../data/README.md");
const MINIMAL: &str = include_str!("../data/examples/minimal.ron");

/// The field names serde accepts for `T`, read back from ron's "no such field" error.
fn fields_of<T: DeserializeOwned>(name: &str) -> Vec<&'static str> {
    match ron::from_str::<T>(&format!("{name}(not_a_field_at_all: 0)")) {
        Err(e) => match e.code {
            Error::NoSuchStructField { expected, .. } => expected.to_vec(),
            other => panic!("{name}: unexpected error {other:?}"),
        },
        Ok(_) => panic!("{name} accepted an unknown field"),
    }
}

/// The text of the `### `name`` section of the format document.
fn section(name: &str) -> &'static str {
    let heading = format!("### `{name}`\n");
    let start = FORMAT
        .find(&heading)
        .unwrap_or_else(|| panic!("data/README.md has no section for {name}"));
    let rest = &FORMAT[start + heading.len()..];
    let end = rest.find("\n#").unwrap_or(rest.len());
    &rest[..end]
}

#[test]
fn every_type_and_field_is_documented() {
    let types = [
        ("Catalogue", fields_of::<Catalogue>("Catalogue")),
        ("Source", fields_of::<Source>("Source")),
        ("PayTable", fields_of::<PayTable>("PayTable")),
        ("Band", fields_of::<Band>("Band")),
        ("Stage", fields_of::<Stage>("Stage")),
        ("Route", fields_of::<Route>("Route")),
        ("Topic", fields_of::<Topic>("Topic")),
        ("Specialism", fields_of::<Specialism>("Specialism")),
        ("Rung", fields_of::<Rung>("Rung")),
        ("Question", fields_of::<Question>("Question")),
        ("Answer", fields_of::<Answer>("Answer")),
    ];
    for (name, fields) in types {
        let text = section(name);
        assert!(!fields.is_empty(), "{name}");
        for field in &fields {
            assert!(
                text.contains(&format!("| `{field}` |")),
                "data/README.md does not document {name}.{field}"
            );
        }
        // And nothing is documented that is not a field.
        for row in text.lines().filter(|l| l.starts_with("| `")) {
            let documented = row.split('`').nth(1).unwrap_or_default();
            assert!(
                fields.contains(&documented),
                "data/README.md documents {name}.{documented}, which is not a field"
            );
        }
    }
}

#[test]
fn the_documented_example_is_the_shipped_minimal_example() {
    let start = FORMAT
        .find("## A minimal complete example")
        .expect("example section");
    let block = &FORMAT[start..];
    let open = block.find("```ron\n").expect("a ron code block") + "```ron\n".len();
    let close = block[open..].find("```").expect("closed code block");
    assert_eq!(&block[open..open + close], MINIMAL);
}

#[test]
fn the_minimal_example_uses_every_optional_field() {
    let catalogue = data::load_str(MINIMAL, "minimal.ron").expect("valid");
    assert!(!catalogue.quiz.is_empty());
    let rungs = &catalogue.specialisms[0].ladder;
    assert!(rungs.iter().any(|r| r.typical));
    assert!(rungs.iter().any(|r| r.link.is_some()));
    assert!(rungs.iter().any(|r| !r.routes.is_empty()));
    assert!(rungs.iter().any(|r| !r.open_to.is_empty()));
    assert!(MINIMAL.contains("related:"));
    assert!(catalogue.pay_tables.len() > 1, "more than one nation");
    let tables = || catalogue.pay_tables.iter();
    assert!(tables().any(|t| t.note.is_some()));
    assert!(tables().any(|t| t.steps_source.is_some()));
    let bands = || tables().flat_map(|t| &t.bands);
    assert!(bands().any(|b| b.mid.is_some()));
    assert!(bands().any(|b| !b.years.is_empty()));
    assert!(bands().any(|b| b.note.is_some()));
    assert!(catalogue.sources.iter().any(|s| s.date.is_some()));
    assert!(!catalogue.stages.is_empty());
    assert!(!catalogue.working.is_empty());
    assert!(!catalogue.specialisms[0].routes.is_empty());
    let route = &catalogue.routes[0];
    assert!(route.level.is_some() && route.code.is_some() && route.months.is_some());
    assert!(!route.stages.is_empty());
}

fn ron_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read data folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            ron_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "ron") {
            found.push(path);
        }
    }
}

#[test]
fn every_shipped_data_file_passes() {
    let mut files = Vec::new();
    ron_files(Path::new("data"), &mut files);
    assert!(files.len() >= 2, "{files:?}");
    for file in files {
        if let Err(e) = data::load_file(&file) {
            panic!("{}", e.lines().join("\n"));
        }
    }
}
