//! Everything that differs between Unix and other systems, in one place: signals, job
//! control (Ctrl+Z suspends, `fg` continues), whether `TERM` must be set, and the file
//! checks that keep a named pipe or a device from hanging a load or confusing a watch.
//!
//! `unix.rs` is what runs on Linux and macOS. `other.rs` is the plain crossterm path
//! everywhere else (Windows): in raw mode Ctrl+C arrives as a key, as it does on Unix, and
//! a console event for Ctrl+C or Ctrl+Break is taken as that key; Ctrl+Z only redraws the screen, and files are opened as they are.
//! `cargo test` tests the Unix side; the other is type-checked for Windows and run under
//! Wine by `dev/windows.sh`, and kept small enough to check by reading.

#[cfg(not(unix))]
mod other;
#[cfg(unix)]
mod unix;

#[cfg(not(unix))]
use other as imp;
#[cfg(unix)]
use unix as imp;

pub use imp::{
    CAN_SUSPEND, NEEDS_TERM, Signals, file_id, open_without_waiting, special_kind, stdout_is_open,
    stop,
};

/// A signal from outside, as the app sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signal {
    /// End now: SIGTERM, SIGHUP, SIGINT or SIGQUIT, by number.
    End(i32),
    /// Stop as Ctrl+Z does: SIGTSTP sent from outside (`kill -TSTP`).
    Stop,
    /// Continued after a stop (SIGCONT), perhaps one that could not be caught (SIGSTOP).
    Continue,
    /// Ctrl+C or Ctrl+Break came as a console event rather than as a key (Windows, where
    /// Ctrl+Break always does, and so does Ctrl+C under Wine): taken as the key Ctrl+C, so
    /// it quits, and in kiosk mode does nothing.
    Interrupt,
}

/// What tells a folder from another of the same name that replaced it.
pub type FileId = (u64, u64);
