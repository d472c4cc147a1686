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
    let cannot = |e: std::io::Error| format!("cannot be read ({e})");
    let mut bytes = Vec::new();
    std::fs::File::open(file)
        .map_err(cannot)?
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(format!(
            "larger than {} MiB, so not an insights file hi-tui wrote",
            MAX_FILE_BYTES / (1024 * 1024)
        ));
    }
    Ok(bytes)
}
