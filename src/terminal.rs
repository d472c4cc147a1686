//! Entering and leaving full-screen mode. Whatever way the program ends — normal quit,
//! an error, a panic or a signal — the terminal is put back as it was.

use std::io::{self, BufWriter, Stdout, Write};

use crossterm::cursor::{Hide, Show};
use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

use crate::platform;

/// Frames are written through one buffer and flushed once, so each frame is one write.
pub type Backend = CrosstermBackend<BufWriter<Stdout>>;

/// The terminal in full-screen mode; dropping it restores the terminal.
pub struct Guard {
    pub terminal: Terminal<Backend>,
    size: (u16, u16),
}

impl Guard {
    pub fn enter() -> io::Result<Guard> {
        install_panic_hook();
        enable_raw_mode()?;
        let mut stdout = io::stdout();
        if let Err(e) = execute!(stdout, EnterAlternateScreen, Hide, EnableMouseCapture) {
            restore();
            return Err(e);
        }
        let backend = CrosstermBackend::new(BufWriter::with_capacity(1 << 16, io::stdout()));
        // On Unix crossterm answers a size query by opening /dev/tty, and ratatui's full-screen
        // viewport asks before every frame; a fixed viewport sized here and on each
        // resize event asks once.
        let (width, height) = crossterm::terminal::size()?;
        let viewport = Viewport::Fixed(Rect::new(0, 0, width, height));
        match Terminal::with_options(backend, TerminalOptions { viewport }) {
            Ok(terminal) => Ok(Guard {
                terminal,
                size: (width, height),
            }),
            Err(e) => {
                restore();
                Err(e)
            }
        }
    }

    /// The terminal is now `width`×`height`: the next frame is drawn afresh at that size.
    pub fn resize(&mut self, width: u16, height: u16) -> io::Result<()> {
        self.size = (width, height);
        self.terminal.resize(Rect::new(0, 0, width, height))
    }

    /// The size of the area being drawn.
    pub fn size(&self) -> (u16, u16) {
        self.size
    }

    /// Leaves full-screen mode for a while (e.g. to suspend), keeping the guard.
    pub fn pause(&mut self) {
        restore();
    }

    /// Comes back to full-screen mode after [`Guard::pause`] and forces a full redraw.
    pub fn resume(&mut self) -> io::Result<()> {
        enable_raw_mode()?;
        execute!(io::stdout(), EnterAlternateScreen, Hide, EnableMouseCapture)?;
        // The window may have changed size while suspended.
        let (width, height) = crossterm::terminal::size()?;
        self.resize(width, height)
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        let _ = self.terminal.backend_mut().flush();
        restore();
    }
}

/// Why `TERM` rules out full-screen drawing, if it does: unset, empty or `dumb` means a
/// terminal without cursor movement (an editor's shell buffer, a serial console), where the
/// escape sequences would show as text.
/// The Windows console sets no `TERM` at all, so there unset means nothing.
pub fn unusable_term(term: Option<&std::ffi::OsStr>) -> Option<String> {
    match term.map(|t| t.to_string_lossy()) {
        None if !platform::NEEDS_TERM => None,
        None => Some("a terminal with TERM unset".into()),
        Some(t) if t.trim().is_empty() => Some("a terminal with TERM empty".into()),
        Some(t) if t == "dumb" => Some("a dumb terminal (TERM=dumb)".into()),
        Some(_) => None,
    }
}

/// Puts the terminal back: raw mode off, main screen, cursor shown, mouse released.
/// Safe to call more than once and from any thread; errors are ignored because there
/// is nothing better to do with them on the way out.
pub fn restore() {
    let _ = disable_raw_mode();
    let mut stdout = io::stdout();
    let _ = execute!(stdout, DisableMouseCapture, LeaveAlternateScreen, Show);
    let _ = stdout.flush();
}

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unset_term_is_refused_only_where_terminals_set_it() {
        assert_eq!(unusable_term(None).is_some(), platform::NEEDS_TERM);
        for term in ["", " ", "dumb"] {
            assert!(unusable_term(Some(term.as_ref())).is_some(), "{term:?}");
        }
        assert_eq!(unusable_term(Some("xterm-256color".as_ref())), None);
    }
}
