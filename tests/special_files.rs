//! Paths that are not regular files (named pipes, devices, folders) are refused at once,
//! never opened in a way that waits: by `--data`, `check`, `export` and `--watch`. Each
//! run has a deadline, so a hang is a failure rather than a stuck test.

#![cfg(unix)]

// Shared by several test files, each using part of it.
#[allow(dead_code)]
#[path = "common/pty.rs"]
mod pty;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// Far longer than refusing a file takes, short enough to notice a hang.
const DEADLINE: Duration = Duration::from_secs(10);

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("run mkfifo");
    assert!(status.success(), "mkfifo {}", path.display());
}

fn fifo_in(dir: &tempfile::TempDir) -> PathBuf {
    let path = dir.path().join("careers.ron");
    mkfifo(&path);
    path
}

/// Runs hi-tui with `args` (no terminal), killing it if it outlives [`DEADLINE`].
fn run_within_deadline(args: &[&str]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_hi-tui"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run hi-tui");
    let started = Instant::now();
    while child.try_wait().expect("try_wait").is_none() {
        if started.elapsed() > DEADLINE {
            let _ = child.kill();
            let _ = child.wait();
            panic!("hi-tui {args:?} was still running after {DEADLINE:?}");
        }
        thread::sleep(Duration::from_millis(10));
    }
    child.wait_with_output().expect("output")
}

fn assert_refused(args: &[&str], kind: &str) {
    let output = run_within_deadline(args);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
    assert!(
        stderr.contains(kind) && stderr.contains("not a data file"),
        "{args:?}: {stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "one clear line: {stderr}");
}

#[test]
fn a_named_pipe_is_refused_by_data_check_and_export_without_waiting() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fifo = fifo_in(&dir);
    let fifo = fifo.to_str().expect("utf-8 path");
    assert_refused(&["--data", fifo], "named pipe");
    assert_refused(&["check", fifo], "named pipe");
    assert_refused(&["--data", fifo, "export"], "named pipe");
    assert_refused(
        &["--data", fifo, "export", "--format", "json"],
        "named pipe",
    );
}

#[test]
fn a_device_or_a_folder_is_refused() {
    assert_refused(&["check", "/dev/null"], "a device");
    assert_refused(&["--data", "/dev/zero"], "a device");
    assert_refused(&["check", "tests"], "a folder");
    assert_refused(&["--data", "tests", "export"], "a folder");
}

#[test]
fn a_link_to_a_named_pipe_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fifo = fifo_in(&dir);
    let link = dir.path().join("link.ron");
    std::os::unix::fs::symlink(&fifo, &link).expect("symlink");
    assert_refused(&["check", link.to_str().expect("utf-8")], "named pipe");
}

/// The loader itself (as `--watch` calls it on every save) returns promptly on a pipe.
#[test]
fn loading_a_named_pipe_returns_an_error_at_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fifo = fifo_in(&dir);
    let (tx, rx) = std::sync::mpsc::channel();
    thread::spawn(move || {
        let _ = tx.send(hi_tui::data::load_file(&fifo));
    });
    let result = rx
        .recv_timeout(DEADLINE)
        .expect("loading a named pipe returned");
    let error = result.expect_err("a pipe is not content");
    assert!(error.to_string().contains("named pipe"), "{error}");
}

/// Under `--watch`, a save that replaces the file with a named pipe shows a status line and
/// keeps the last good content; the next real save is shown.
#[test]
fn watching_a_file_replaced_by_a_named_pipe_keeps_the_last_good_content() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("careers.ron");
    let small = std::fs::read_to_string("tests/fixtures/small.ron").expect("fixture");
    std::fs::write(&file, &small).expect("write");
    let path = file.to_str().expect("utf-8 path");
    let mut session = pty::Session::spawn(&["--data", path, "--watch"], 100, 30);
    session.wait_for_text("Press any key to explore");
    session.send("x");
    session.wait_for_text("Alpha work");

    std::fs::remove_file(&file).expect("remove");
    mkfifo(&file);
    session.wait_for_text("named pipe");
    session.with_screen(|s| assert!(s.contents().contains("Alpha work"), "last good content"));
    // Keys still act: the app did not block on the pipe.
    session.send("j");
    session.wait_for_row(0, "Beta work");

    std::fs::remove_file(&file).expect("remove");
    std::fs::write(&file, small.replace("Alpha work", "Gamma work")).expect("write");
    session.wait_for_text("Gamma work");
    session.wait_for("the status line gone", |s| {
        !s.contents().contains("named pipe")
    });

    session.send("q");
    assert_eq!(session.wait_exit().exit_code(), 0);
}
