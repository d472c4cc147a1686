//! End to end: the real `hi-tui` binary in a pseudo-terminal, its screen read through a
//! terminal emulator and its raw output checked for the escape sequences that put the
//! terminal back. Every wait polls the screen with a generous deadline; nothing here
//! asserts how fast anything happens beyond "within several seconds".

#![cfg(unix)]

// Shared by several test files, each using part of it.
#[allow(dead_code)]
#[path = "common/pty.rs"]
mod pty;

use std::time::Duration;

use hi_tui_dev::mash;
use pty::{Session, assert_restored};

/// The small test catalogue: specialisms "Alpha work" and "Beta work".
const SMALL: &str = "tests/fixtures/small.ron";
const WELCOME: &str = "Press any key to explore";

/// Starts hi-tui on the small catalogue in a 100×30 terminal and waits for its welcome.
fn start(extra: &[&str]) -> Session {
    let mut args = vec!["--data", SMALL];
    args.extend_from_slice(extra);
    let session = Session::spawn(&args, 100, 30);
    session.wait_for_text(WELCOME);
    session
}

/// Whether all three panes are drawn (their titles are on screen).
fn three_panes(screen: &vt100::Screen) -> bool {
    let text = screen.contents();
    ["Specialisms", "Detail", "Career ladder"]
        .iter()
        .all(|title| text.contains(title))
}

/// Starts as [`start`] and dismisses the welcome screen with a key that does nothing else.
fn browsing(extra: &[&str]) -> Session {
    let mut session = start(extra);
    session.send("x");
    session.wait_for("the three panes", three_panes);
    session
}

/// The terminal is back in its ordinary (cooked) mode: line editing and echo on.
fn assert_cooked(session: &Session) {
    let modes = session.local_modes();
    assert_ne!(modes & libc::ICANON, 0, "line editing is back on");
    assert_ne!(modes & libc::ECHO, 0, "echo is back on");
}

/// A finished run left the terminal as it found it, by its bytes and by the emulator.
fn assert_terminal_restored(session: &Session) {
    assert_restored(&session.bytes());
    session.with_screen(|screen| {
        assert!(!screen.alternate_screen(), "back on the main screen");
        assert!(!screen.hide_cursor(), "cursor visible");
        assert_eq!(
            screen.mouse_protocol_mode(),
            vt100::MouseProtocolMode::None,
            "mouse reporting off"
        );
    });
    assert_cooked(session);
}

#[test]
fn opens_on_the_welcome_screen_and_a_key_shows_the_panes() {
    let mut session = start(&[]);
    session.with_screen(|screen| {
        assert!(
            screen.alternate_screen(),
            "full-screen on the alternate screen"
        );
        assert!(screen.hide_cursor(), "cursor hidden");
        assert_ne!(
            screen.mouse_protocol_mode(),
            vt100::MouseProtocolMode::None,
            "mouse reporting on"
        );
        assert!(
            !three_panes(screen),
            "the welcome screen, not the panes yet"
        );
    });
    assert_eq!(session.local_modes() & libc::ICANON, 0, "raw mode is on");

    // `j` would move the selection; as the first key it only dismisses the welcome.
    session.send("j");
    session.wait_for("the panes instead of the welcome", |screen| {
        three_panes(screen) && !screen.contents().contains(WELCOME)
    });
    session.wait_for_row(0, "Alpha work");

    session.send("q");
    let status = session.wait_exit();
    assert_eq!(status.signal(), None, "{status:?}");
    assert_eq!(status.exit_code(), 0, "{status:?}");
    assert_terminal_restored(&session);
}

#[test]
fn keys_move_the_selection_and_the_header_names_it() {
    let mut session = browsing(&[]);
    session.wait_for_row(0, "Alpha work");

    session.send("j");
    session.wait_for_row(0, "Beta work");
    session.send("\x1b[A"); // Up
    session.wait_for_row(0, "Alpha work");
    // Over to the ladder: the header adds the rung; `k` climbs to a more senior one.
    session.send("\t\t");
    session.wait_for_row(0, "Alpha work › Alpha assistant");
    session.send("k");
    session.wait_for_row(0, "Alpha work › Alpha officer");
    session.send("G");
    session.wait_for_row(0, "Alpha work › Alpha assistant");

    session.send("q");
    let status = session.wait_exit();
    assert_eq!(
        (status.signal(), status.exit_code()),
        (None, 0),
        "{status:?}"
    );
    assert_terminal_restored(&session);
}

#[test]
fn q_on_the_welcome_screen_quits() {
    let mut session = start(&[]);
    session.send("q");
    let status = session.wait_exit();
    assert_eq!(
        (status.signal(), status.exit_code()),
        (None, 0),
        "{status:?}"
    );
    assert_terminal_restored(&session);
}

/// The app catches `signal`, restores the terminal and exits 128 + `signal` itself.
fn handles_signal(signal: libc::c_int) {
    let mut session = browsing(&[]);
    session.signal(signal);
    let status = session.wait_exit();
    assert_eq!(
        status.signal(),
        None,
        "killed by the signal instead of handling it: {status:?}"
    );
    assert_eq!(status.exit_code(), 128 + signal as u32, "{status:?}");
    assert_terminal_restored(&session);
}

#[test]
fn sigterm_restores_the_terminal_and_exits_143() {
    handles_signal(libc::SIGTERM);
}

#[test]
fn sighup_restores_the_terminal_and_exits_129() {
    handles_signal(libc::SIGHUP);
}

#[test]
fn sigint_restores_the_terminal_and_exits_130() {
    handles_signal(libc::SIGINT);
}

#[test]
fn a_bad_data_file_exits_2_without_touching_the_screen() {
    let dir = tempfile::tempdir().expect("temp dir");
    let small = std::fs::read_to_string(SMALL).expect("read the fixture");
    let unknown_band = small.replacen(r#"bands: ["3"]"#, r#"bands: ["99"]"#, 1);
    assert_ne!(unknown_band, small);
    for (name, content) in [
        (
            "unparsable.ron",
            "Catalogue(\n    title: \"Unclosed,\n".to_string(),
        ),
        ("unknown-band.ron", unknown_band),
    ] {
        let file = dir.path().join(name);
        std::fs::write(&file, content).expect("write");
        let path = file.to_str().expect("utf-8 path");
        let mut session = Session::spawn(&["--data", path], 100, 30);
        let status = session.wait_exit();
        assert_eq!(
            (status.signal(), status.exit_code()),
            (None, 2),
            "{name}: {status:?}"
        );

        let bytes = session.bytes();
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            pty::rfind(&bytes, b"\x1b[?1049h").is_none(),
            "{name}: entered the alternate screen: {text:?}"
        );
        assert!(
            pty::rfind(&bytes, b"\x1b[?1000h").is_none(),
            "{name}: turned the mouse on: {text:?}"
        );
        assert!(
            text.contains(&format!("{name}:")),
            "names the file: {text:?}"
        );
        assert_cooked(&session);
    }
}

#[test]
fn kiosk_mode_ignores_quit_keys_and_exit_kiosk_leaves() {
    let mut session = start(&["--kiosk"]);
    // On the welcome screen `q` would quit; in kiosk mode it only dismisses it.
    session.send("q");
    session.wait_for("the three panes", three_panes);

    // Each ignored key is followed by a move that shows on screen, which proves the
    // ignored key was read (input is handled in order) and the app is still there.
    session.send("qj");
    session.wait_for_row(0, "Beta work");
    session.send("\x03k"); // Ctrl+C
    session.wait_for_row(0, "Alpha work");
    session.send("\x04j"); // Ctrl+D
    session.wait_for_row(0, "Beta work");
    session.send("\x1ak"); // Ctrl+Z
    session.wait_for_row(0, "Alpha work");
    // A lone Esc must be read on its own, or Esc and the next key read as Alt+key.
    #[cfg(target_os = "linux")]
    {
        session.send_alone("\x1b");
        session.send("j");
        session.wait_for_row(0, "Beta work");
    }
    assert!(session.is_running());
    assert!(
        pty::rfind(&session.bytes(), b"\x1b[?1049l").is_none(),
        "kiosk mode never left the full screen (nor suspended)"
    );

    session.send("exit-kiosk");
    let status = session.wait_exit();
    assert_eq!(
        (status.signal(), status.exit_code()),
        (None, 0),
        "{status:?}"
    );
    assert_terminal_restored(&session);
}

#[test]
fn resizing_the_terminal_redraws_for_the_new_size() {
    let mut session = browsing(&[]);

    session.resize(50, 15);
    session.wait_for("the request to enlarge the window", |screen| {
        let text = screen.contents();
        text.contains("Please enlarge the window")
            && text.contains("this one is 50×15")
            && !text.contains("Career ladder")
    });

    // Between 60×20 and 80×24: one pane at a time under a tab bar.
    session.resize(70, 22);
    session.wait_for("the tabbed layout", |screen| {
        let text = screen.contents();
        text.contains("▸ Specialisms")
            && text.contains("Career ladder")
            && !text.contains("Please enlarge")
    });
    session.with_screen(|screen| {
        let (rows, cols) = screen.size();
        assert_eq!((rows.get(), cols.get()), (22, 70));
    });

    session.resize(100, 30);
    session.wait_for("the three panes again", |screen| {
        three_panes(screen) && !screen.contents().contains("Please enlarge")
    });

    session.send("q");
    let status = session.wait_exit();
    assert_eq!(
        (status.signal(), status.exit_code()),
        (None, 0),
        "{status:?}"
    );
    assert_terminal_restored(&session);
}

#[cfg(target_os = "linux")]
#[test]
fn input_keeps_flowing_after_a_burst_of_ten_thousand_keys() {
    // The built-in content: the biggest screens to redraw between batches of keys.
    let mut session = Session::spawn(&[], 100, 30);
    session.wait_for_text(WELCOME);

    // As fast as the app reads it: the test waits on the app's progress (input read,
    // frames drawn), never on the clock, so only a real stall fails it.
    session.send_flood(mash::bytes(10_000), 4096);
    session.send("q");
    session.wait_while_progressing("hi-tui to quit after the flood", |session| {
        !session.is_running()
    });
    let status = session.wait_exit();
    assert_eq!(
        (status.signal(), status.exit_code()),
        (None, 0),
        "{status:?}"
    );
    assert_terminal_restored(&session);
}

/// Starts the built-in content and floods it with 100,000 keys (more than the app can
/// apply in the time a test allows, even optimised), returning once it is busy with them.
#[cfg(target_os = "linux")]
fn flooded() -> Session {
    let mut session = Session::spawn(&[], 100, 30);
    session.wait_for_text(WELCOME);
    let before = session.bytes_read();
    // Never waited for: the writer is still blocked on unread input when the app ends.
    let _written = session.send_in_background(mash::bytes(100_000), 4096);
    session.wait_while_progressing("the app to start on the flood", |session| {
        session.bytes_read() > before + 8192
    });
    session
}

/// A signal to end is taken before any key still waiting: behind a flood of keys, each
/// ends the app with 128 + its number and the terminal put back, as soon as the key in
/// hand is applied (the test allows several seconds, which a debug build meets easily).
#[cfg(target_os = "linux")]
#[test]
fn a_signal_to_end_overtakes_a_flood_of_a_hundred_thousand_keys() {
    for signal in [libc::SIGTERM, libc::SIGINT, libc::SIGHUP, libc::SIGQUIT] {
        let mut session = flooded();
        session.signal(signal);
        let status = session.wait_exit();
        assert_eq!(
            (status.signal(), status.exit_code()),
            (None, 128 + signal as u32),
            "signal {signal}: {status:?}"
        );
        assert_terminal_restored(&session);
    }
}

/// A stop from outside is taken before waiting keys too: the terminal is put back and
/// the process stops behind a flood of keys; it ends at once on SIGTERM after continuing.
#[cfg(target_os = "linux")]
#[test]
fn a_stop_from_outside_overtakes_a_flood_of_keys() {
    let mut session = flooded();
    session.signal(libc::SIGTSTP);
    wait_for_state(&session, 'T');
    assert_cooked(&session);
    session.signal(libc::SIGCONT);
    session.signal(libc::SIGTERM);
    let status = session.wait_exit();
    assert_eq!(status.exit_code(), 143, "{status:?}");
    assert_terminal_restored(&session);
}

/// With crossterm's `use-dev-tty` the app reads keys from `/dev/tty`: that only works
/// if the pty is its controlling terminal, which portable-pty arranges.
#[cfg(target_os = "linux")]
#[test]
fn the_pty_is_the_apps_controlling_terminal() {
    use std::os::unix::fs::MetadataExt;
    let mut session = start(&[]);
    let stat = std::fs::read_to_string(format!("/proc/{}/stat", session.pid())).expect("stat");
    // Fields after the parenthesised name: state ppid pgrp session tty_nr ...
    let after_name = &stat[stat.rfind(')').expect("name") + 2..];
    let tty_nr: u64 = after_name
        .split(' ')
        .nth(4)
        .and_then(|f| f.parse().ok())
        .expect("tty_nr");
    let slave = std::fs::metadata(session.tty_name()).expect("slave").rdev();
    // Both use the kernel's packing of major and minor, identical for pty numbers.
    assert_eq!(tty_nr, slave, "the controlling terminal is the pty");
    session.send("q");
    assert_eq!(session.wait_exit().exit_code(), 0);
}

/// The process state letter from `/proc/PID/stat`: `T` when stopped.
#[cfg(target_os = "linux")]
fn process_state(pid: i32) -> char {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).expect("stat");
    let after_name = &stat[stat.rfind(')').expect("name") + 2..];
    after_name.chars().next().expect("state")
}

#[cfg(target_os = "linux")]
fn wait_for_state(session: &Session, wanted: char) {
    let deadline = std::time::Instant::now() + pty::PATIENCE;
    while process_state(session.pid()) != wanted {
        assert!(
            std::time::Instant::now() < deadline,
            "hi-tui never reached state {wanted:?} (it is {:?})",
            process_state(session.pid())
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// `kill -TSTP` from outside does what Ctrl+Z does: the terminal is put back before the
/// app stops, and `kill -CONT` (as `fg` sends) takes it again and redraws everything.
#[cfg(target_os = "linux")]
#[test]
fn a_stop_signal_from_outside_restores_the_terminal_and_continuing_redraws() {
    for extra in [&[][..], &["--kiosk"][..]] {
        let mut session = browsing(extra);
        session.send("j");
        session.wait_for_row(0, "Beta work");

        session.signal(libc::SIGTSTP);
        session.wait_for("the main screen while stopped", |screen| {
            !screen.alternate_screen()
                && !screen.hide_cursor()
                && screen.mouse_protocol_mode() == vt100::MouseProtocolMode::None
        });
        wait_for_state(&session, 'T');
        assert_cooked(&session);

        session.signal(libc::SIGCONT);
        session.wait_for("the panes redrawn on the alternate screen", |screen| {
            screen.alternate_screen() && three_panes(screen) && screen.hide_cursor()
        });
        session.wait_for_row(0, "Beta work");
        assert_eq!(
            session.local_modes() & libc::ICANON,
            0,
            "raw mode is on again"
        );
        session.with_screen(|screen| {
            assert_ne!(
                screen.mouse_protocol_mode(),
                vt100::MouseProtocolMode::None,
                "mouse reporting on again"
            );
        });
        // Keys act again.
        session.send("k");
        session.wait_for_row(0, "Alpha work");

        if extra.is_empty() {
            session.send("q");
        } else {
            session.send("exit-kiosk");
        }
        let status = session.wait_exit();
        assert_eq!(
            (status.signal(), status.exit_code()),
            (None, 0),
            "{status:?}"
        );
        assert_terminal_restored(&session);
    }
}

/// A stop that cannot be caught (SIGSTOP) leaves the terminal as it was, but continuing
/// still takes it back and redraws everything.
#[cfg(target_os = "linux")]
#[test]
fn continuing_after_an_uncatchable_stop_redraws() {
    let mut session = browsing(&[]);
    session.signal(libc::SIGSTOP);
    wait_for_state(&session, 'T');
    let before = session.bytes().len();
    session.signal(libc::SIGCONT);
    wait_for_state(&session, 'S');
    // A whole frame again: the alternate screen entered afresh and every pane drawn.
    let deadline = std::time::Instant::now() + pty::PATIENCE;
    while !pty::occurs_after(&session.bytes(), b"\x1b[?1049h", before) {
        assert!(
            std::time::Instant::now() < deadline,
            "no fresh frame after SIGCONT"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    session.wait_for("the panes redrawn", |screen| {
        screen.alternate_screen() && three_panes(screen)
    });
    assert_eq!(session.local_modes() & libc::ICANON, 0, "raw mode is on");
    session.send("j");
    session.wait_for_row(0, "Beta work");
    session.send("q");
    assert_eq!(session.wait_exit().exit_code(), 0);
}

/// A terminal that cannot move the cursor (`TERM` dumb, empty or unset) gets the same
/// advice as no terminal at all, and exit 2, with nothing full-screen written.
#[test]
fn a_dumb_terminal_is_told_to_use_export() {
    for term in [Some("dumb"), Some(""), None] {
        let mut session = Session::spawn_with_term(&["--data", SMALL], 100, 30, term);
        let status = session.wait_exit();
        assert_eq!(status.exit_code(), 2, "TERM={term:?}: {status:?}");
        session.with_screen(|screen| {
            let text = screen.contents();
            assert!(
                text.contains("hi-tui export --format markdown"),
                "TERM={term:?}: {text}"
            );
        });
        let bytes = session.bytes();
        assert!(
            pty::rfind(&bytes, b"\x1b[?1049h").is_none()
                && pty::rfind(&bytes, b"\x1b[?25l").is_none(),
            "TERM={term:?}: no full-screen escapes"
        );
    }
}

/// The text commands need no capable terminal.
#[test]
fn a_dumb_terminal_can_still_check_export_and_get_help() {
    for args in [
        &["check", SMALL][..],
        &["--data", SMALL, "export"][..],
        &["--help"][..],
        &["--version"][..],
        &["completions", "bash"][..],
    ] {
        let mut session = Session::spawn_with_term(args, 100, 30, Some("dumb"));
        let status = session.wait_exit();
        assert_eq!(status.exit_code(), 0, "{args:?}: {status:?}");
    }
}
