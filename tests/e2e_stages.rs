//! End to end, as a visitor at 100x30 with no colour: the real binary in a
//! pseudo-terminal, read through a terminal emulator. Choosing "graduate in any subject"
//! shows a first open rung for at least five specialisms, the ladder marks open rungs with
//! a character, and two pinned rungs compare side by side.

#![cfg(unix)]

// Shared by several test files, each using part of it.
#[allow(dead_code)]
#[path = "common/pty.rs"]
mod pty;

use pty::Session;

/// The rows of the screen as text.
fn rows(screen: &vt100::Screen) -> Vec<String> {
    let (_, cols) = screen.size();
    screen.rows(0, cols.get()).collect()
}

#[test]
fn a_graduate_sees_what_is_open_without_colour_and_compares_two_rungs() {
    // `--theme no-color` is what NO_COLOR selects (the harness clears NO_COLOR itself).
    let mut session = Session::spawn(&["--theme", "no-color"], 100, 30);
    session.wait_for_text("Press any key to explore");
    session.send("x");
    session.wait_for_text("Career ladder");
    session.send("w");
    session.wait_for_text("Where are you now?");
    session.send("3");
    session.wait_for_text("You: Graduate in any subject");
    session.wait_for("five first open rungs in the list", |screen| {
        // The list is the left pane: up to its right border.
        let open = rows(screen)
            .iter()
            .filter(|row| {
                let list: String = row.chars().take(36).collect();
                list.contains("✓ ") && list.contains("Band")
            })
            .count();
        open >= 5
    });

    // Health records, its ladder focused: the entry rung is marked, in no colour.
    session.send("jj\t\t");
    session.wait_for("the ladder marks an open rung", |screen| {
        rows(screen)
            .iter()
            .any(|row| row.contains("╟──╢ ✓") && row.contains("Health records assistant"))
    });
    session.with_screen(|screen| {
        let (height, width) = screen.size();
        for y in 0..height.get() {
            for x in 0..width.get() {
                let cell = screen.cell(y, x).expect("a cell");
                assert_eq!(cell.fgcolor(), vt100::Color::Default, "({x}, {y})");
                assert_eq!(cell.bgcolor(), vt100::Color::Default, "({x}, {y})");
            }
        }
    });

    // Pin the assistant and the trainee coder above it, and compare them.
    session.send("c");
    session.wait_for_text("Pinned Health records assistant");
    session.send("kc");
    session.wait_for_text("Pinned Trainee clinical coder");
    session.send("C");
    session.wait_for("both titles side by side", |screen| {
        rows(screen).iter().any(|row| {
            row.contains("Health records assistant") && row.contains("Trainee clinical coder")
        })
    });
    session.send("q");
    assert!(session.wait_exit().success());
}
