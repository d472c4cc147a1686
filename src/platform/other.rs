//! The plain side of [`crate::platform`], for systems other than Unix (Windows), where
//! crossterm alone drives the console. Checked for Windows by `dev/windows.sh` (and run
//! there under Wine), but not tested by `cargo test`: keep it this small.

use std::fs::{File, FileType};
use std::io;
use std::path::Path;

use super::{FileId, Signal};

/// There is no job control to suspend to, so Ctrl+Z is not offered.
pub const CAN_SUSPEND: bool = false;

/// The Windows console sets no `TERM`; crossterm draws through the console API.
pub const NEEDS_TERM: bool = false;

/// No signals are caught. In raw mode Ctrl+C arrives as a key, which quits.
pub struct Signals;

impl Signals {
    pub fn catch() -> io::Result<Signals> {
        Ok(Signals)
    }

    /// Nothing to forward: `send` is never called.
    pub fn forward(self, _send: impl FnMut(Signal) -> bool + Send + 'static) -> io::Result<()> {
        Ok(())
    }
}

/// Whether standard output is open; Windows reports a missing handle on write.
pub fn stdout_is_open() -> bool {
    true
}

/// There is no job control: returns at once, so Ctrl+Z only redraws the screen.
pub fn stop() {}

pub fn special_kind(_: &FileType) -> &'static str {
    "not a regular file"
}

pub fn open_without_waiting(path: &Path) -> io::Result<File> {
    File::open(path)
}

/// Without inode numbers a replaced folder cannot be told apart, so every refresh of a
/// watch watches afresh.
pub fn file_id(_: &Path) -> Option<FileId> {
    None
}
