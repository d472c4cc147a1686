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

/// No signals as such. In raw mode Ctrl+C arrives as a key, which quits (kiosk mode ignores
/// it). Ctrl+Break, though, always comes as a console event, and under Wine so does Ctrl+C;
/// without a handler either would end the process at once, kiosk mode or not, leaving the
/// console in raw mode. [`Signals::catch`] takes them over and passes them on as
/// [`Signal::Interrupt`], the key Ctrl+C.
pub struct Signals;

impl Signals {
    pub fn catch() -> io::Result<Signals> {
        #[cfg(windows)]
        console::catch();
        Ok(Signals)
    }

    /// Hands each console interrupt to `send`, from now on (and one that came before).
    pub fn forward(self, send: impl FnMut(Signal) -> bool + Send + 'static) -> io::Result<()> {
        #[cfg(windows)]
        console::forward(Box::new(send));
        #[cfg(not(windows))]
        drop(send);
        Ok(())
    }
}

#[cfg(windows)]
mod console {
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicBool, Ordering};

    use super::Signal;

    const CTRL_C_EVENT: u32 = 0;
    const CTRL_BREAK_EVENT: u32 = 1;

    type Send = Box<dyn FnMut(Signal) -> bool + std::marker::Send>;

    /// Where interrupts go once the loop listens; until then one is remembered.
    static SEND: Mutex<Option<Send>> = Mutex::new(None);
    static WAITING: AtomicBool = AtomicBool::new(false);

    #[link(name = "kernel32")]
    unsafe extern "system" {
        fn SetConsoleCtrlHandler(
            handler: Option<unsafe extern "system" fn(u32) -> i32>,
            add: i32,
        ) -> i32;
    }

    /// Called by Windows on a thread of its own. Returning 1 says the event was handled,
    /// so the process goes on; 0 leaves the rest (closing the window, logging off) to the
    /// default handler, which ends the process.
    unsafe extern "system" fn handler(event: u32) -> i32 {
        if event != CTRL_C_EVENT && event != CTRL_BREAK_EVENT {
            return 0;
        }
        let mut send = SEND.lock().unwrap_or_else(|e| e.into_inner());
        match send.as_mut() {
            Some(send) => {
                send(Signal::Interrupt);
            }
            None => WAITING.store(true, Ordering::Release),
        }
        1
    }

    pub fn catch() {
        // SAFETY: registers a handler that only touches statics; it stays for the
        // process's life. If it fails, Ctrl+Break ends the process as it would anyway.
        unsafe {
            SetConsoleCtrlHandler(Some(handler), 1);
        }
    }

    pub fn forward(mut send: Send) {
        // Under the lock, so that no interrupt falls between the two.
        let mut slot = SEND.lock().unwrap_or_else(|e| e.into_inner());
        if WAITING.swap(false, Ordering::AcqRel) {
            send(Signal::Interrupt);
        }
        *slot = Some(send);
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
