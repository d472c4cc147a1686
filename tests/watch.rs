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
    let (tx, rx) = mpsc::sync_channel(16);
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

/// Nothing arrives for [`QUIET`]. Call it only once a real save has been seen on `rx`
/// ([`prove_alive`]), and follow it with another, so the quiet cannot come from a watcher
/// that never started or has died.
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

/// A quiet watcher proves nothing unless it is alive: a real save must be seen before
/// checking for quiet, and again after it.
fn prove_alive(s: &Setup, when: &str) {
    std::fs::write(&s.file, when).expect("write");
    assert_changed(&s.rx, &format!("a save {when}: the watcher is not alive"));
}

#[test]
fn other_files_in_the_folder_are_ignored() {
    let s = setup();
    prove_alive(&s, "before checking for quiet");
    std::fs::write(sibling(&s.file, "notes.txt"), "hello").expect("write");
    std::fs::write(sibling(&s.file, "careers.ron.bak"), "hello").expect("write");
    assert_quiet(&s.rx, "other files");
    prove_alive(&s, "after the quiet");
}

#[test]
fn reading_the_file_is_not_a_change() {
    let s = setup();
    prove_alive(&s, "before checking for quiet");
    // A reload reads the file; that must not trigger another reload.
    for _ in 0..3 {
        let _ = hi_tui::data::load_file(&s.file);
        let _ = std::fs::read_to_string(&s.file).expect("read");
    }
    assert_quiet(&s.rx, "reading");
    prove_alive(&s, "after the quiet");
}

#[test]
fn a_file_in_the_current_folder_can_be_watched() {
    let (tx, _rx) = mpsc::sync_channel(16);
    // A bare name has an empty parent; the watch falls back to ".".
    assert!(watch::start(Path::new("Cargo.toml"), tx).is_ok());
}

fn watch(path: &Path) -> (Receiver<Event>, Watch) {
    let (tx, rx) = mpsc::sync_channel(16);
    let watch = watch::start(path, tx).expect("watch starts");
    (rx, watch)
}

// Symbolic links are made differently (and need privileges) on Windows.
#[cfg(unix)]
#[test]
fn a_symlinked_file_is_watched_through_the_link_and_at_its_target() {
    let dir = tempfile::tempdir().expect("temp dir");
    let real_dir = dir.path().join("real");
    let link_dir = dir.path().join("links");
    std::fs::create_dir(&real_dir).expect("mkdir");
    std::fs::create_dir(&link_dir).expect("mkdir");
    let target = real_dir.join("careers.ron");
    let other = real_dir.join("other.ron");
    std::fs::write(&target, "first").expect("write");
    std::fs::write(&other, "other").expect("write");
    let link = link_dir.join("link.ron");
    std::os::unix::fs::symlink(&target, &link).expect("symlink");
    let (rx, _watch) = watch(&link);

    std::fs::write(&target, "edited at the target").expect("write");
    assert_changed(&rx, "write to the link's target");
    std::fs::write(&link, "edited through the link").expect("write");
    assert_changed(&rx, "write through the link");
    // Saving the target by rename, as many editors do.
    let temp = real_dir.join(".careers.ron.swp");
    std::fs::write(&temp, "renamed over the target").expect("write");
    std::fs::rename(&temp, &target).expect("rename");
    assert_changed(&rx, "rename over the target");

    // The link now points elsewhere: saves there count, saves to the old target do not.
    let new_link = link_dir.join(".link.new");
    std::os::unix::fs::symlink(&other, &new_link).expect("symlink");
    std::fs::rename(&new_link, &link).expect("repoint");
    assert_changed(&rx, "the link pointed elsewhere");
    std::fs::write(&other, "edited at the new target").expect("write");
    assert_changed(&rx, "write to the new target");
    std::fs::write(&target, "old target").expect("write");
    assert_quiet(&rx, "the old target");
    std::fs::write(&other, "edited at the new target again").expect("write");
    assert_changed(&rx, "a save at the new target after the quiet");
}

#[test]
fn a_folder_deleted_and_recreated_is_watched_again() {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().join("content");
    std::fs::create_dir(&folder).expect("mkdir");
    let file = folder.join("careers.ron");
    std::fs::write(&file, "first").expect("write");
    let (rx, _watch) = watch(&file);

    std::fs::remove_dir_all(&folder).expect("rm -r");
    assert_changed(&rx, "the folder deleted (the file is gone)");
    std::fs::create_dir(&folder).expect("mkdir");
    std::fs::write(&file, "again").expect("write");
    assert_changed(&rx, "the file written in the new folder");
    std::fs::write(&file, "and again").expect("write");
    assert_changed(&rx, "a later save in the new folder");
}

#[test]
fn a_folder_renamed_away_and_replaced_is_watched_again() {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().join("content");
    std::fs::create_dir(&folder).expect("mkdir");
    let file = folder.join("careers.ron");
    std::fs::write(&file, "first").expect("write");
    let (rx, _watch) = watch(&file);

    let away = dir.path().join("content.old");
    std::fs::rename(&folder, &away).expect("rename away");
    assert_changed(&rx, "the folder renamed away");
    // Saves in the folder that went away are not the file the user named any more.
    std::fs::write(away.join("careers.ron"), "stale").expect("write");
    assert_quiet(&rx, "a save in the renamed folder");

    let fresh = dir.path().join("content.new");
    std::fs::create_dir(&fresh).expect("mkdir");
    std::fs::write(fresh.join("careers.ron"), "fresh").expect("write");
    std::fs::rename(&fresh, &folder).expect("replace");
    assert_changed(&rx, "a new folder in its place");
    std::fs::write(&file, "later").expect("write");
    assert_changed(&rx, "a later save in the new folder");
}
