//! Writing a command's text (an export, a completion script) to standard output.

use std::io::{self, Write};

/// Writes all of `bytes` to stdout. A reader that stops early (`hi-tui export | head`)
/// is not an error: the output simply ends there.
pub fn write(bytes: &[u8]) -> io::Result<()> {
    let mut stdout = io::stdout().lock();
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}
