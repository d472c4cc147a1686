//! The committed screenshots match what the code draws today. When the UI changes on
//! purpose, regenerate them with `cargo run --example screenshots` and commit the result.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use common::shipped;
use hi_tui_dev::screenshot::{self, TOUR, report, tour};

const REGENERATE: &str = "run: cargo run --example screenshots";

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(screenshot::DIR)
}

#[test]
fn committed_screenshots_match_the_current_ui() {
    let mut stale = Vec::new();
    let mut pictures: Vec<(&str, String)> = TOUR
        .iter()
        .map(|shot| {
            let svg = tour::render(shot, shipped()).unwrap_or_else(|e| panic!("{e}"));
            (shot.file, svg)
        })
        .collect();
    let svg = report::render(&shipped()).unwrap_or_else(|e| panic!("{e}"));
    pictures.push((report::FILE, svg));
    for (file, fresh) in pictures {
        match std::fs::read_to_string(dir().join(file)) {
            Ok(committed) if committed == fresh => {}
            Ok(_) => stale.push(format!("{file} differs from the UI")),
            Err(e) => stale.push(format!("{file} cannot be read: {e}")),
        }
    }
    assert!(
        stale.is_empty(),
        "screenshots are out of date:\n  {}\n{REGENERATE}",
        stale.join("\n  ")
    );
}

#[test]
fn no_screenshot_is_left_over_from_an_old_tour() {
    let expected: BTreeSet<&str> = screenshot::files().into_iter().collect();
    let entries = std::fs::read_dir(dir()).expect("screenshots folder exists");
    let extra: Vec<String> = entries
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".svg") && !expected.contains(name.as_str()))
        .collect();
    assert!(
        extra.is_empty(),
        "not made by the tour: {extra:?}\n{REGENERATE}"
    );
}

#[test]
fn every_shot_shows_something_different() {
    let mut seen = BTreeSet::new();
    for shot in TOUR {
        assert!(
            shot.file.ends_with(".svg") && !shot.file.contains('/'),
            "{}",
            shot.file
        );
        let svg = tour::render(shot, shipped()).unwrap_or_else(|e| panic!("{e}"));
        assert!(seen.insert(svg), "{} repeats an earlier shot", shot.file);
    }
}

#[test]
fn the_tour_reaches_the_screens_its_names_promise() {
    let app = |file: &str| {
        let shot = TOUR
            .iter()
            .find(|s| s.file == file)
            .unwrap_or_else(|| panic!("{file} in the tour"));
        tour::app_for(shot, shipped()).unwrap_or_else(|e| panic!("{e}"))
    };
    let rung = app("ladder-rung-selected.svg");
    assert_eq!(rung.focus(), hi_tui::app::Pane::Ladder);
    assert!(rung.rung_index() > 0);
    assert_eq!(app("help.svg").overlay(), Some(hi_tui::app::Overlay::Help));
    assert_eq!(app("compact-80x24.svg").size(), (80, 24));
    assert_eq!(app("start.svg").specialism_index(), 0);
}

#[test]
fn the_readme_shows_every_screenshot() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md");
    for file in screenshot::files() {
        let path = format!("{}/{file}", screenshot::DIR);
        assert!(readme.contains(&path), "README.md does not show {path}");
    }
}

/// The printed page the README shows (made by `tests/browser.rs`): there, small, and an
/// A4 page at 50 dots per inch.
#[test]
fn the_readme_shows_a_printed_page() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md");
    let path = format!("{}/printed-page.png", screenshot::DIR);
    assert!(readme.contains(&path), "README.md does not show {path}");
    let bytes =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(&path)).expect("the picture");
    assert!(bytes.len() < 200_000, "{path} is {} bytes", bytes.len());
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "{path} is a PNG");
    let word =
        |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    // A4 is 8.27 × 11.69 inches.
    assert_eq!((word(16), word(20)), (414, 585), "{path}");
}
