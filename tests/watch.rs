//! The file watcher with real files: a save is reported, however the editor saves, and
//! nothing else is. Waits use generous timeouts; nothing here asserts how fast it is.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver};
use std::time::Duration;

use hi_tui::events::Event;
use hi_tui::watch::{self, Watch};

/// Long enough for any debounced event to have arrived on a busy machine.
const PATIENCE: Duration = Duration::from_secs(5);
/// How long to wait when checking that nothing arrives.
const QUIET: Duration = Duration::from_millis(1500);

struct Setup {
    _dir: tempfile::TempDir,
    file: PathBuf,
    rx: Receiver<Event>,
    _watch: Watch,
}

fn setup() -> Setup {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("careers.ron");
    std::fs::write(&file, "first").expect("write");
    let (tx, rx) = mpsc::channel();
    let watch = watch::start(&file, tx).expect("watch starts");
    Setup {
        _dir: dir,
        file,
        rx,
        _watch: watch,
    }
}

fn assert_changed(rx: &Receiver<Event>, what: &str) {
    match rx.recv_timeout(PATIENCE) {
        Ok(Event::DataChanged) => {}
        other => panic!("{what}: expected DataChanged, got {other:?}"),
    }
    // One save is one reload, however many file events it made.
    drain_quiet(rx);
}

fn drain_quiet(rx: &Receiver<Event>) {
    while rx.recv_timeout(QUIET).is_ok() {}
}

fn assert_quiet(rx: &Receiver<Event>, what: &str) {
    if let Ok(event) = rx.recv_timeout(QUIET) {
        panic!("{what}: expected no event, got {event:?}");
    }
}

fn sibling(file: &Path, name: &str) -> PathBuf {
    file.with_file_name(name)
}

#[test]
fn writing_the_file_in_place_is_reported() {
    let s = setup();
    std::fs::write(&s.file, "second").expect("write");
    assert_changed(&s.rx, "write in place");
}

#[test]
fn saving_by_rename_over_the_file_is_reported_and_the_watch_survives_it() {
    let s = setup();
    let temp = sibling(&s.file, ".careers.ron.swp");
    std::fs::write(&temp, "second").expect("write temp");
    std::fs::rename(&temp, &s.file).expect("rename");
    assert_changed(&s.rx, "rename over");
    // The watch is on the folder, so it still sees the new file's next save.
    std::fs::write(&s.file, "third").expect("write");
    assert_changed(&s.rx, "write after rename");
}

#[test]
fn deleting_and_recreating_the_file_is_reported() {
    let s = setup();
    std::fs::remove_file(&s.file).expect("remove");
    std::fs::write(&s.file, "again").expect("write");
    assert_changed(&s.rx, "delete and recreate");
}

#[test]
fn other_files_in_the_folder_are_ignored() {
    let s = setup();
    std::fs::write(sibling(&s.file, "notes.txt"), "hello").expect("write");
    std::fs::write(sibling(&s.file, "careers.ron.bak"), "hello").expect("write");
    assert_quiet(&s.rx, "other files");
}

#[test]
fn reading_the_file_is_not_a_change() {
    let s = setup();
    // A reload reads the file; that must not trigger another reload.
    for _ in 0..3 {
        let _ = hi_tui::data::load_file(&s.file);
        let _ = std::fs::read_to_string(&s.file).expect("read");
    }
    assert_quiet(&s.rx, "reading");
}

#[test]
fn a_file_in_the_current_folder_can_be_watched() {
    let (tx, _rx) = mpsc::channel();
    // A bare name has an empty parent; the watch falls back to ".".
    assert!(watch::start(Path::new("Cargo.toml"), tx).is_ok());
}
