//! The Unix side of [`crate::platform`].

use std::fs::{File, FileType, OpenOptions};
use std::io;
use std::os::unix::fs::{FileTypeExt, MetadataExt, OpenOptionsExt};
use std::path::Path;
use std::thread;

use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGSTOP, SIGTERM, SIGTSTP};

use super::{FileId, Signal};

/// Ctrl+Z suspends to the shell and `fg` continues.
pub const CAN_SUSPEND: bool = true;

/// Every Unix terminal sets `TERM`: without it nothing says the terminal can be drawn on.
pub const NEEDS_TERM: bool = true;

/// The signals hi-tui takes over, registered but not yet read: any that arrive wait.
pub struct Signals(signal_hook::iterator::Signals);

impl Signals {
    /// Takes over the termination signals, so none can end the program without the
    /// terminal being restored, and the stop signal, so none can stop it without the
    /// terminal being restored first.
    pub fn catch() -> io::Result<Signals> {
        signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGTSTP, SIGCONT])
            .map(Signals)
    }

    /// Hands each signal to `send` on a thread of its own, until `send` returns false or
    /// a signal to end arrives.
    pub fn forward(self, mut send: impl FnMut(Signal) -> bool + Send + 'static) -> io::Result<()> {
        let Signals(mut signals) = self;
        thread::Builder::new()
            .name("signals".into())
            .spawn(move || {
                for signal in signals.forever() {
                    let signal = match signal {
                        SIGTSTP => Signal::Stop,
                        SIGCONT => Signal::Continue,
                        other => Signal::End(other),
                    };
                    if !send(signal) || matches!(signal, Signal::End(_)) {
                        return;
                    }
                }
            })?;
        Ok(())
    }
}

/// Whether standard output is open at all. Rust's runtime puts `/dev/null`, opened for
/// reading and writing, in place of a closed stdout (`hi-tui export >&-`), so what is
/// written vanishes without an error; a shell's `> /dev/null` opens it for writing only.
pub fn stdout_is_open() -> bool {
    use std::os::unix::fs::MetadataExt;
    let Ok(null) = std::fs::metadata("/dev/null") else {
        return true;
    };
    // SAFETY: fcntl and fstat only read the descriptor's flags and status into `stat`.
    let (flags, rdev) = unsafe {
        let mut stat: libc::stat = std::mem::zeroed();
        let flags = libc::fcntl(libc::STDOUT_FILENO, libc::F_GETFL);
        if flags == -1 || libc::fstat(libc::STDOUT_FILENO, &mut stat) != 0 {
            return false;
        }
        (flags, stat.st_rdev)
    };
    let replaced = (flags & libc::O_ACCMODE) == libc::O_RDWR && rdev == null.rdev();
    !replaced
}

/// Stops this process until it is continued (`fg`, `kill -CONT`): Ctrl+Z.
pub fn stop() {
    // SIGSTOP, not SIGTSTP: this process catches SIGTSTP (to get here when it comes from
    // outside), so only SIGSTOP still stops it.
    let _ = signal_hook::low_level::raise(SIGSTOP);
}

/// What a file that is neither a regular file nor a folder is, in words.
pub fn special_kind(kind: &FileType) -> &'static str {
    if kind.is_fifo() {
        "a named pipe (FIFO)"
    } else if kind.is_socket() {
        "a socket"
    } else if kind.is_char_device() || kind.is_block_device() {
        "a device"
    } else {
        "not a regular file"
    }
}

/// Opens a file to read without ever waiting: opening a named pipe would otherwise block
/// until a writer appears. A terminal device opened this way does not become the
/// process's controlling terminal.
pub fn open_without_waiting(path: &Path) -> io::Result<File> {
    OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(path)
}

/// The device and inode of a folder (following links), if it exists.
pub fn file_id(path: &Path) -> Option<FileId> {
    std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
}
