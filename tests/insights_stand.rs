//! Stand insights on the real binary in a pseudo-terminal: visits written at each idle
//! reset, nothing lost to `kill -9` but the visit under way, a torn record skipped and
//! counted, two kiosks sharing one file, a full disk, and files that cannot be used.
//! Waits poll the file or the screen with generous deadlines; nothing is timed.

#![cfg(unix)]

// Shared by several test files, each using part of it.
#[allow(dead_code)]
#[path = "common/pty.rs"]
mod pty;

use std::path::Path;
use std::thread::sleep;
use std::time::{Duration, Instant};

use hi_tui::insights::log::{self, Log};
use hi_tui::insights::{HEADER, Visit};
use pty::Session;

const SMALL: &str = "tests/fixtures/small.ron";
const WELCOME: &str = "Press any key to explore";
/// Far longer than an idle reset (5 s) ever takes to be written, even on a busy machine.
const HANG: Duration = Duration::from_secs(90);

fn stand(file: &Path) -> Session {
    let path = file.to_str().expect("utf-8 path");
    let session = Session::spawn(
        &[
            "--data",
            SMALL,
            "--kiosk",
            "--idle-secs",
            "5",
            "--insights",
            path,
        ],
        100,
        30,
    );
    session.wait_for_text(WELCOME);
    session
}

fn read(file: &Path) -> Log {
    log::parse(&std::fs::read(file).expect("read insights")).expect("a valid insights file")
}

/// Waits until the file holds `n` visits (each is written at an idle reset).
fn wait_for_visits(file: &Path, n: usize) -> Log {
    let start = Instant::now();
    loop {
        let log = read(file);
        if log.visits.len() >= n {
            return log;
        }
        assert!(
            start.elapsed() < HANG,
            "{} visits, waiting for {n}",
            log.visits.len()
        );
        sleep(Duration::from_millis(100));
    }
}

/// One visit: a key past the welcome screen or the attract loop, then `moves` (each
/// shown on screen before the next), then idle until the reset writes it.
fn visit(session: &mut Session, file: &Path, moves: &str, visits_before: usize) -> Log {
    session.send("x");
    session.wait_for("the panes", |s| s.contents().contains("Career ladder"));
    for m in moves.chars() {
        let before = session.with_screen(|s| s.contents());
        session.send(m.to_string());
        session.wait_for("the move to show", |s| s.contents() != before);
    }
    wait_for_visits(file, visits_before + 1)
}

/// Staff leave kiosk mode: a key to end the attract loop, then the exit phrase.
fn leave(mut session: Session) {
    session.send("x");
    session.wait_for("the panes", |s| s.contents().contains("Career ladder"));
    session.send("exit-kiosk");
    assert_eq!(session.wait_exit().exit_code(), 0);
}

#[test]
fn each_visit_is_written_at_its_idle_reset() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("stand.jsonl");
    let mut session = stand(&file);
    assert_eq!(
        std::fs::read_to_string(&file).expect("created"),
        format!("{HEADER}\n")
    );
    visit(&mut session, &file, "j", 0);
    visit(&mut session, &file, "", 1);
    let log = visit(&mut session, &file, "jk", 2);
    let ids: Vec<Vec<String>> = log.visits.iter().map(|v| v.specialisms.clone()).collect();
    assert_eq!(
        ids,
        vec![
            vec!["beta".to_string()],
            vec![],
            vec!["beta".into(), "alpha".into()]
        ]
    );
    for v in &log.visits {
        assert_eq!(v.seconds % 10, 0, "to the nearest 10 s");
        assert!(v.hour < 24 && v.date.len() == 10, "{v:?}");
    }
    leave(session);

    // The report counts the three visits and names the specialisms they viewed.
    let report = std::process::Command::new(env!("CARGO_BIN_EXE_hi-tui"))
        .args(["--data", SMALL, "insights"])
        .arg(&file)
        .output()
        .expect("run the report");
    let text = String::from_utf8_lossy(&report.stdout);
    assert!(report.status.success(), "{text}");
    assert!(text.starts_with("Visits 3 "), "{text}");
    let beta = text
        .lines()
        .find(|l| l.contains("Beta work"))
        .expect("Beta work listed");
    let alpha = text
        .lines()
        .find(|l| l.contains("Alpha work"))
        .expect("Alpha work listed");
    assert!(
        beta.trim_end().ends_with(" 2"),
        "viewed in two visits: {beta}"
    );
    assert!(
        alpha.trim_end().ends_with(" 1"),
        "viewed in one visit: {alpha}"
    );
}

#[test]
fn kill_9_loses_only_the_visit_under_way() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("stand.jsonl");
    let mut session = stand(&file);
    visit(&mut session, &file, "j", 0);
    visit(&mut session, &file, "j", 1);
    session.send("xj");
    session.wait_for_row(0, "Beta work");
    session.signal(libc::SIGKILL);
    session.wait_exit();
    let log = read(&file);
    assert_eq!((log.visits.len(), log.torn), (2, 0));

    // The next run appends after them.
    let mut session = stand(&file);
    visit(&mut session, &file, "j", 2);
    leave(session);
    assert_eq!(read(&file).visits.len(), 3);
}

#[test]
fn a_record_torn_by_a_power_cut_is_skipped_counted_and_followed_by_whole_ones() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("stand.jsonl");
    let whole = Visit {
        date: "2026-12-08".into(),
        hour: 9,
        seconds: 40,
        nation: "england".into(),
        ..Visit::default()
    }
    .to_line();
    // A power cut mid-write: part of a record, then the zeros the file system filled in.
    let torn = &whole[..30];
    std::fs::write(&file, format!("{HEADER}\n{whole}{torn}\0\0\0\0\0\0")).expect("write");
    let mut session = stand(&file);
    let log = visit(&mut session, &file, "j", 1);
    assert_eq!((log.visits.len(), log.torn), (2, 1));
    assert_eq!(log.visits[1].specialisms, vec!["beta".to_string()]);
    leave(session);
}

#[test]
fn two_kiosks_writing_one_file_lose_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("stand.jsonl");
    let mut first = stand(&file);
    let mut second = stand(&file);
    for session in [&mut first, &mut second] {
        session.send("xj");
        session.wait_for_row(0, "Beta work");
    }
    wait_for_visits(&file, 2);
    for session in [&mut first, &mut second] {
        session.send("x");
        session.wait_for("the panes", |s| s.contents().contains("Career ladder"));
    }
    let log = wait_for_visits(&file, 4);
    assert_eq!((log.visits.len(), log.torn), (4, 0));
    for session in [first, second] {
        leave(session);
    }
}

#[test]
fn a_full_disk_leaves_the_stand_running_with_one_warning() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("stand.jsonl");
    // An idle time long enough that a busy machine cannot end the second visit before
    // the test has looked at it.
    // The file may not grow past 512 bytes, and already holds nearly that: the next
    // record does not fit. (Writes past the limit fail as on a full disk; the signal that
    // would also come is ignored, as a shell's trap leaves it for the program it starts.)
    let earlier = Visit {
        date: "2026-12-08".into(),
        nation: "england".into(),
        ..Visit::default()
    };
    let mut content = format!("{HEADER}\n");
    while content.len() < 450 {
        content += &earlier.to_line();
    }
    std::fs::write(&file, &content).expect("write");
    let kept = read(&file).visits.len();
    let script = format!(
        "trap '' XFSZ; ulimit -f 1; exec \"$HI_TUI\" --data {SMALL} --kiosk --idle-secs 20 --insights '{}'",
        file.display()
    );
    let mut session = Session::spawn_shell(&script, 100, 30);
    session.wait_for_text(WELCOME);
    session.send("xj");
    // The whole frame, not just its first row: the welcome text must be gone before the
    // wait below looks for the attract loop's.
    session.wait_for("Beta's panes", |s| {
        let text = s.contents();
        text.starts_with(" hi-tui  Beta work") && !text.contains(WELCOME)
    });
    // The idle reset ends the visit and starts the attract loop on the welcome screen;
    // the next visitor's first key shows the panes, with the warning in the status line.
    let wait = Instant::now();
    while !session.with_screen(|s| s.contents().contains(WELCOME)) {
        assert!(wait.elapsed() < HANG, "no idle reset");
        sleep(Duration::from_millis(100));
    }
    session.send("x");
    session.wait_for("the warning", |s| {
        s.contents().contains("Insights not saved")
    });
    let warnings = session.with_screen(|s| s.contents().matches("Insights not saved").count());
    assert_eq!(warnings, 1, "one status line");
    // Still running and still answering keys.
    session.send("j");
    session.wait_for_row(0, "Beta work");
    assert!(session.is_running());
    session.send("exit-kiosk");
    assert_eq!(session.wait_exit().exit_code(), 0);
    let log = read(&file);
    assert_eq!(log.visits.len(), kept, "every earlier visit is kept whole");
    assert!(
        log.torn <= 1,
        "at most the record that did not fit, cut short"
    );
}

/// Runs the stand on `file` expecting it to refuse: one line, exit 2, and the terminal
/// never switched to the full screen.
fn refused(file: &Path) -> String {
    let path = file.to_str().expect("utf-8 path");
    let mut session = Session::spawn(&["--data", SMALL, "--kiosk", "--insights", path], 100, 30);
    let status = session.wait_exit();
    let output = String::from_utf8_lossy(&session.bytes()).into_owned();
    assert_eq!(status.exit_code(), 2, "{output}");
    assert!(
        !output.contains("\x1b[?1049h"),
        "the terminal was touched: {output:?}"
    );
    let lines: Vec<&str> = output.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(lines.len(), 1, "{output:?}");
    assert!(lines[0].starts_with("hi-tui: insights file "), "{output:?}");
    lines[0].to_string()
}

#[test]
fn a_file_that_cannot_hold_insights_is_refused_before_the_terminal_is_touched() {
    let dir = tempfile::tempdir().expect("temp dir");
    assert!(refused(dir.path()).contains("not a regular file"));
    assert!(
        refused(&dir.path().join("missing").join("stand.jsonl")).contains("cannot write to it")
    );
    let other = dir.path().join("careers.ron");
    std::fs::copy(SMALL, &other).expect("copy");
    assert!(refused(&other).contains("line 1: not a hi-tui insights file"));
    assert_eq!(
        std::fs::read(&other).expect("read"),
        std::fs::read(SMALL).expect("read")
    );
    let changed = dir.path().join("changed.jsonl");
    let visit = Visit::default().to_line();
    std::fs::write(
        &changed,
        format!("{HEADER}\n{visit}{{\"keys\":\"typed\"}}\n{visit}"),
    )
    .expect("write");
    assert!(refused(&changed).contains("line 3, column"));
}
