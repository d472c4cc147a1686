#![allow(dead_code)]

pub mod afc;
pub mod qr;
pub mod replay;
pub mod terminal_model;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use hi_tui::app::App;
use hi_tui::data::{self, Catalogue};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

pub const SMALL: &str = include_str!("../fixtures/small.ron");

pub fn small() -> Catalogue {
    data::load_str(SMALL, "small.ron").expect("fixture is valid")
}

pub fn shipped() -> Catalogue {
    data::embedded().expect("shipped data is valid")
}

/// A source as every view cites it, spelt out here: "Title (official page, 2026)", and a
/// job advert by its date: "Title (job advert, 2025-11-14)".
pub fn cited(source: &data::Source) -> String {
    use data::SourceKind::*;
    let kind = match source.kind {
        Official => "official page",
        Profile => "job profile",
        Advert => "job advert",
        News => "news",
        Other => "other",
    };
    let when = source
        .date
        .clone()
        .unwrap_or_else(|| source.year.to_string());
    format!("{} ({kind}, {when})", source.title)
}

pub fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

pub fn ch(c: char) -> KeyEvent {
    key(KeyCode::Char(c))
}

pub fn mouse(kind: MouseEventKind, column: u16, row: u16) -> MouseEvent {
    MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    }
}

/// A left click.
pub fn click(column: u16, row: u16) -> MouseEvent {
    mouse(MouseEventKind::Down(MouseButton::Left), column, row)
}

pub fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

/// Sends keys typed as a string: each char is a key, except a few named ones in braces.
pub fn press_all(app: &mut App, keys: &[KeyEvent]) {
    for k in keys {
        app.handle_key(k);
    }
}

/// Draws the app into a test terminal of its own size and returns the terminal.
pub fn render(app: &App) -> Terminal<TestBackend> {
    let (w, h) = app.size();
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("test backend");
    terminal
        .draw(|frame| hi_tui::ui::draw(app, frame))
        .expect("draw");
    terminal
}

/// The rendered screen as plain text lines.
pub fn screen(app: &App) -> String {
    let terminal = render(app);
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..buffer.area.height {
        let mut skip = 0;
        for x in 0..buffer.area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buffer[(x, y)].symbol();
            out.push_str(symbol);
            skip = unicode_width::UnicodeWidthStr::width(symbol).saturating_sub(1);
        }
        out.push('\n');
    }
    out
}

/// Whether CI asked for every test to run its checks (`.ci/run` sets `CI_REQUIRE_ALL=1`):
/// then a test that would skip fails instead.
pub fn all_required() -> bool {
    std::env::var_os("CI_REQUIRE_ALL").is_some_and(|v| v == "1")
}

/// Records that `test` did not run its checks, and why: loudly on stderr (past the test
/// harness's capture, so it shows even when the test passes), or as a failure when
/// `CI_REQUIRE_ALL=1`.
pub fn skipped(test: &str, why: &str) {
    let message = format!("\n*** SKIPPED {test}: {why} ***\n\n");
    if all_required() {
        panic!("CI_REQUIRE_ALL=1 and {test} could not run its checks: {why}");
    }
    let _ = std::io::Write::write_all(&mut std::io::stderr(), message.as_bytes());
}
