//! `hi-tui check FILE...`: validate data files without opening the app.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use crate::data::{self, LoadError, escape_forbidden};

/// Every file is valid.
pub const ALL_VALID: u8 = 0;
/// At least one file has problems.
pub const INVALID: u8 = 1;
/// At least one file could not be read (missing, not a regular file, no permission).
pub const UNREADABLE: u8 = 2;

/// Checks the files, printing to stdout and stderr, and returns the exit status.
pub fn run(files: &[impl AsRef<Path>]) -> ExitCode {
    let status = report(files, &mut std::io::stdout(), &mut std::io::stderr());
    ExitCode::from(status)
}

/// Checks every file (never stopping at the first bad one). Problems and one "ok" line
/// per valid file go to `out`; files that cannot be read go to `err`. Returns the status.
pub fn report(files: &[impl AsRef<Path>], out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let mut status = ALL_VALID;
    for path in files {
        let path = path.as_ref();
        // Write errors (a closed pipe) are ignored: the exit status still tells the result.
        match data::load_file(path) {
            Ok(catalogue) => {
                let rungs: usize = catalogue.specialisms.iter().map(|s| s.ladder.len()).sum();
                let _ = writeln!(
                    out,
                    "{}: ok ({}, {}, {})",
                    escape_forbidden(&path.display().to_string()),
                    count(catalogue.specialisms.len(), "specialism"),
                    count(rungs, "rung"),
                    count(catalogue.quiz.len(), "quiz question")
                );
            }
            Err(e @ LoadError::Invalid { .. }) => {
                for line in e.lines() {
                    let _ = writeln!(out, "{line}");
                }
                status = status.max(INVALID);
            }
            Err(e @ LoadError::Unreadable { .. }) => {
                for line in e.lines() {
                    let _ = writeln!(err, "hi-tui check: {line}");
                }
                status = UNREADABLE;
            }
        }
    }
    status
}

/// "1 rung", "2 rungs".
fn count(n: usize, thing: &str) -> String {
    if n == 1 {
        format!("1 {thing}")
    } else {
        format!("{n} {thing}s")
    }
}
