//! Drawing the app as a real terminal would show it: the frame goes out as escape
//! sequences (through the same crossterm backend the binary uses) into a `vt100`
//! emulator, which measures each character on its own as terminals do. Then every pane's
//! border must be in the cells the layout gave it.

use std::io::Write;
use std::sync::{Arc, Mutex};

use hi_tui::app::{App, Pane};
use hi_tui::layout::Arrangement;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

/// The screen a terminal shows after drawing `app` once.
pub fn emulate(app: &App) -> vt100::Parser {
    let mut model = Model::new();
    model.draw(app);
    model.parser
}

/// A terminal kept across frames, as a real one is: each frame after the first is drawn
/// as ratatui's changes to the one before, so anything a terminal measured differently
/// from ratatui stays behind and shows.
pub struct Model {
    terminal: Terminal<CrosstermBackend<Shared>>,
    bytes: Shared,
    pub parser: vt100::Parser,
}

fn nonzero(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n.max(1)).expect("at least 1")
}

impl Model {
    pub fn new() -> Model {
        let bytes = Shared::default();
        let viewport = Viewport::Fixed(Rect::new(0, 0, 1, 1));
        let terminal = Terminal::with_options(
            CrosstermBackend::new(bytes.clone()),
            TerminalOptions { viewport },
        )
        .expect("terminal");
        Model {
            terminal,
            bytes,
            parser: vt100::Parser::new(nonzero(1), nonzero(1), 0),
        }
    }

    /// Draws `app` (resizing first if its size changed) and returns the cells where the
    /// emulated terminal shows something other than what ratatui drew.
    pub fn draw(&mut self, app: &App) -> Vec<String> {
        let (w, h) = app.size();
        let area = Rect::new(0, 0, w, h);
        if self.terminal.get_frame().area() != area {
            self.parser.screen_mut().set_size(nonzero(h), nonzero(w));
            self.terminal.resize(area).expect("resize");
        }
        let drawn = self
            .terminal
            .draw(|frame| hi_tui::ui::draw(app, frame))
            .expect("draw")
            .buffer
            .clone();
        let written = std::mem::take(&mut *self.bytes.0.lock().unwrap_or_else(|e| e.into_inner()));
        self.parser.process(&written);
        let screen = self.parser.screen();
        let mut differences = Vec::new();
        for y in 0..h {
            let mut skip = 0;
            let mut wide = "";
            for x in 0..w {
                if skip > 0 {
                    skip -= 1;
                    // ratatui never sends a cell under the right half of a wide
                    // character, so something drawn there (a popup's border over wide
                    // text) is never seen.
                    let hidden = drawn[(x, y)].symbol();
                    if !hidden.trim().is_empty() {
                        differences.push(format!(
                            "({x}, {y}): drew {hidden:?} under the right half of {wide:?}"
                        ));
                    }
                    continue;
                }
                let symbol = drawn[(x, y)].symbol();
                wide = symbol;
                let width = unicode_width::UnicodeWidthStr::width(symbol).max(1);
                skip = width - 1;
                // The terminal may spread one drawn cluster over the cells it covers (a
                // letter and a spacing mark): what matters is what those cells show.
                let mut shown: String = (x..x.saturating_add(width as u16))
                    .filter_map(|x| screen.cell(y, x))
                    .map(|c| c.contents())
                    .collect();
                if shown.is_empty() {
                    shown.push(' ');
                }
                // vt100 keeps at most 18 bytes of a cell: a long pile of combining marks
                // is cut there, which says nothing about widths.
                let cut = symbol.len() > 18 && symbol.starts_with(shown.as_str());
                if shown != symbol && !cut {
                    differences.push(format!(
                        "({x}, {y}): drew {symbol:?}, terminal shows {shown:?}"
                    ));
                }
            }
        }
        differences
    }
}

/// What the backend writes, kept to read back after drawing.
#[derive(Clone, Default)]
pub struct Shared(Arc<Mutex<Vec<u8>>>);

impl Write for Shared {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

const VERTICAL: [&str; 2] = ["│", "┃"];
const CORNERS: [[&str; 2]; 4] = [["┌", "┏"], ["┐", "┓"], ["└", "┗"], ["┘", "┛"]];

/// Every border cell of every drawn pane that does not hold exactly its border character.
pub fn border_faults(app: &App, screen: &vt100::Screen) -> Vec<String> {
    let Some(panes) = app.panes() else {
        return Vec::new();
    };
    let drawn: Vec<(Pane, Rect)> = Pane::ALL
        .iter()
        .map(|&pane| {
            let rect = match pane {
                Pane::Specialisms => panes.specialisms,
                Pane::Detail => panes.detail,
                Pane::Ladder => panes.ladder,
            };
            (pane, rect)
        })
        .filter(|&(pane, _)| panes.arrangement != Arrangement::Tabs || pane == app.focus())
        .collect();
    let cell = |x: u16, y: u16| {
        screen
            .cell(y, x)
            .map_or_else(|| "(none)".to_string(), |c| c.contents().to_string())
    };
    let mut faults = Vec::new();
    for (pane, r) in drawn {
        let (left, right, top, bottom) = (r.x, r.right() - 1, r.y, r.bottom() - 1);
        let corners = [(left, top), (right, top), (left, bottom), (right, bottom)];
        for ((x, y), allowed) in corners.into_iter().zip(CORNERS) {
            let got = cell(x, y);
            if !allowed.contains(&got.as_str()) {
                faults.push(format!("{pane:?} corner ({x}, {y}) is {got:?}"));
            }
        }
        for y in top + 1..bottom {
            for x in [left, right] {
                let got = cell(x, y);
                if !VERTICAL.contains(&got.as_str()) {
                    faults.push(format!("{pane:?} border ({x}, {y}) is {got:?}"));
                }
            }
        }
    }
    faults
}
