//! Writing a command's text (an export, a completion script) to standard output.

use std::io::{self, Write};

/// Writes all of `bytes` to stdout. A reader that stops early (`hi-tui export | head`)
/// is not an error: the output simply ends there. No stdout at all is.
pub fn write(bytes: &[u8]) -> io::Result<()> {
    if !crate::platform::stdout_is_open() {
        return Err(io::Error::new(
            io::ErrorKind::NotConnected,
            "standard output is closed; send it to a file (> file) or a pipe",
        ));
    }
    let mut stdout = io::stdout().lock();
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Err(e) if reader_gone(&e) => Ok(()),
        other => other,
    }
}

/// Whether a write failed because the reader of a pipe went away. On Unix that is EPIPE,
/// which Rust calls a broken pipe. On Windows Rust calls only ERROR_BROKEN_PIPE (109) and
/// ERROR_NO_DATA (232) so, but a pipe whose reader has closed its end can also give
/// ERROR_PIPE_NOT_CONNECTED (233): "Pipe not connected (os error 233)".
pub fn reader_gone(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::BrokenPipe
        || (cfg!(windows) && e.raw_os_error().is_some_and(is_windows_pipe_closed))
}

/// Whether a Windows error code says that the other end of a pipe has gone: 109
/// (ERROR_BROKEN_PIPE), 232 (ERROR_NO_DATA, "the pipe is being closed") or 233
/// (ERROR_PIPE_NOT_CONNECTED). The same numbers mean other things on Unix.
pub fn is_windows_pipe_closed(code: i32) -> bool {
    matches!(code, 109 | 232 | 233)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_windows_codes_for_a_closed_pipe_are_known() {
        for code in [109, 232, 233] {
            assert!(is_windows_pipe_closed(code), "{code}");
        }
        // ERROR_ACCESS_DENIED, ERROR_INVALID_HANDLE, ERROR_DISK_FULL, ERROR_PIPE_BUSY
        for code in [0, 5, 6, 112, 231, 234] {
            assert!(!is_windows_pipe_closed(code), "{code}");
        }
    }

    #[test]
    fn a_broken_pipe_is_a_reader_gone_everywhere() {
        assert!(reader_gone(&io::Error::from(io::ErrorKind::BrokenPipe)));
        assert!(!reader_gone(&io::Error::from(io::ErrorKind::WriteZero)));
        assert!(!reader_gone(&io::Error::other("disk on fire")));
    }

    #[cfg(windows)]
    #[test]
    fn every_windows_closed_pipe_error_is_a_reader_gone() {
        for code in [109, 232, 233] {
            assert!(reader_gone(&io::Error::from_raw_os_error(code)), "{code}");
        }
        assert!(!reader_gone(&io::Error::from_raw_os_error(5)));
    }

    #[cfg(unix)]
    #[test]
    fn on_unix_epipe_is_a_reader_gone_and_the_windows_numbers_are_not() {
        assert!(reader_gone(&io::Error::from_raw_os_error(libc::EPIPE)));
        // Unix errno values: none of these means a closed pipe there.
        for code in [109, 232, 233] {
            assert!(!reader_gone(&io::Error::from_raw_os_error(code)), "{code}");
        }
    }
}
