//! `hi-tui insights FILE`: read the file, name what it holds from the content, print the
//! report. No terminal is needed.

use std::io::Read;
use std::path::Path;
use std::process::ExitCode;

use super::{Format, Summary, render};
use crate::data::{self, escape_forbidden};
use crate::insights::log;

/// The largest insights file read: far more than years of careers fairs, and a bound on
/// what a device that never ends (or a wrong file) can make it read.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// Exit status for a file that cannot be reported on, or bad content.
const USAGE: u8 = 2;

/// Prints the report on `file` in `format`, naming specialisms, stages and nations from
/// the `data` file if given, else the built-in content. A file that cannot be read or is
/// refused is one line on stderr and exit 2.
pub fn run(file: &Path, format: Format, data: Option<&Path>) -> ExitCode {
    let name = escape_forbidden(&file.display().to_string()).into_owned();
    let bytes = match read(file) {
        Ok(bytes) => bytes,
        Err(reason) => return fail(&format!("{name}: {reason}")),
    };
    let log = match log::parse(&bytes) {
        Ok(log) => log,
        Err(refused) => return fail(&format!("{name}: {refused}")),
    };
    let catalogue = match data {
        Some(path) => data::load_file(path),
        None => data::embedded_trusted(),
    };
    let catalogue = match catalogue {
        Ok(catalogue) => catalogue,
        Err(e) => {
            for line in e.lines() {
                eprintln!("{line}");
            }
            return ExitCode::from(USAGE);
        }
    };
    let summary = Summary::from(&log, &catalogue);
    match crate::stdout::write(render(&summary, format, &name).as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("hi-tui: cannot write the output: {e}");
            ExitCode::FAILURE
        }
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("hi-tui: {message}");
    ExitCode::from(USAGE)
}

/// The whole file, refused past [`MAX_FILE_BYTES`].
fn read(file: &Path) -> Result<Vec<u8>, String> {
    read_at_most(file, MAX_FILE_BYTES).map_err(|too_big| {
        too_big.unwrap_or_else(|| {
            format!(
                "larger than {} MiB, so not an insights file hi-tui wrote",
                MAX_FILE_BYTES / (1024 * 1024)
            )
        })
    })
}

/// The whole file if it holds at most `max` bytes; otherwise why it cannot be read, or
/// `None` when it is too large (reading no more than one byte past `max`).
fn read_at_most(file: &Path, max: u64) -> Result<Vec<u8>, Option<String>> {
    let cannot = |e: std::io::Error| Some(format!("cannot be read ({e})"));
    let mut bytes = Vec::new();
    std::fs::File::open(file)
        .map_err(cannot)?
        .take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    if bytes.len() as u64 > max {
        return Err(None);
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_read_whole_up_to_the_limit_and_refused_past_it() {
        let dir = std::env::temp_dir().join(format!("hi-tui-report-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a folder");
        let path = dir.join("ten.jsonl");
        std::fs::write(&path, b"0123456789").expect("write");
        assert_eq!(read_at_most(&path, 10).as_deref(), Ok(&b"0123456789"[..]));
        assert_eq!(read_at_most(&path, 11).as_deref(), Ok(&b"0123456789"[..]));
        assert_eq!(read_at_most(&path, 9), Err(None));
        assert_eq!(read_at_most(&path, 0), Err(None));
        let missing = read_at_most(&dir.join("missing"), 10);
        assert!(
            matches!(&missing, Err(Some(reason)) if reason.starts_with("cannot be read (")),
            "{missing:?}"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}
