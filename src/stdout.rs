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
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}
