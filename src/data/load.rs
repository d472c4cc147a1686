//! Reading a data file: size cap, RON parsing with positions, then the rules.

use std::fmt;
use std::io::Read;
use std::path::Path;

use ron::error::SpannedError;

use super::forbidden::escape_forbidden;
use super::model::Catalogue;
use super::validate::{Problem, validate_as_written};
use super::{EMBEDDED_NAME, EMBEDDED_RON, locate, parse_messages, spans};
use crate::platform;

/// Files larger than this are refused before parsing: real content is tens of KiB.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// Only this many problems get a line and column: finding one scans the file, and a huge
/// file with a problem in every entry must not take minutes. The rest keep their paths.
const MAX_LOCATED: usize = 200;

/// Why a data file could not be used. Every variant renders as one or more
/// `file:line:column: reason` lines (or `file: reason` where no position is known).
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// The file could not be read at all (missing, a folder, no permission).
    Unreadable { file: String, reason: String },
    /// The file is not valid content (too large, not UTF-8, not RON, or breaking a rule):
    /// one entry per problem found.
    Invalid {
        file: String,
        problems: Vec<Problem>,
    },
}

impl LoadError {
    pub fn file(&self) -> &str {
        match self {
            LoadError::Unreadable { file, .. } | LoadError::Invalid { file, .. } => file,
        }
    }

    /// One line per problem, ready to print: control characters from the file (or its
    /// name) are escaped, so printing a line can never drive the terminal.
    pub fn lines(&self) -> Vec<String> {
        let lines = match self {
            LoadError::Unreadable { file, reason } => vec![format!("{file}: {reason}")],
            LoadError::Invalid { file, problems } => {
                problems.iter().map(|p| p.render(file)).collect()
            }
        };
        lines
            .into_iter()
            .map(|line| escape_forbidden(&line).into_owned())
            .collect()
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.lines().join("\n"))
    }
}

impl std::error::Error for LoadError {}

/// The embedded default content. It is checked by tests, so failure here is a build bug.
pub fn embedded() -> Result<Catalogue, LoadError> {
    load_str(EMBEDDED_RON, EMBEDDED_NAME)
}

/// The embedded default content as `build.rs` encoded it from the same RON file, decoded
/// without checking the rules again: the test suite checks that this equals
/// [`embedded`] and that the content obeys every rule (`tests/data.rs`). Start-up uses it
/// because decoding takes microseconds where parsing the text takes most of a millisecond.
pub fn embedded_trusted() -> Result<Catalogue, LoadError> {
    postcard::from_bytes(ENCODED).map_err(|e| LoadError::Unreadable {
        file: EMBEDDED_NAME.to_string(),
        reason: format!("the built-in content is damaged ({e}); rebuild hi-tui"),
    })
}

/// The built-in content's title and introduction, read from the front of its encoded form
/// without decoding the rest (they are the catalogue's first two fields): enough for the
/// welcome screen, a few microseconds sooner than the whole catalogue.
pub fn embedded_title_and_intro() -> Option<(&'static str, &'static str)> {
    postcard::take_from_bytes::<(&str, &str)>(ENCODED)
        .ok()
        .map(|(front, _)| front)
}

/// The built-in content as `build.rs` encoded it.
const ENCODED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/embedded.postcard"));

/// Reads, parses and validates a file.
pub fn load_file(path: &Path) -> Result<Catalogue, LoadError> {
    let text = read_capped(path)?;
    load_str(&text, &path.display().to_string())
}

/// Reads a file as UTF-8 text, never reading more than [`MAX_FILE_BYTES`] (so a huge
/// file, or a device that never ends, is refused rather than read).
pub fn read_capped(path: &Path) -> Result<String, LoadError> {
    let file = path.display().to_string();
    let unreadable = |reason: String| LoadError::Unreadable {
        file: file.clone(),
        reason,
    };
    let invalid = |problem| LoadError::Invalid {
        file: file.clone(),
        problems: vec![problem],
    };
    // Opening a FIFO blocks until a writer appears, and reading a device may never end:
    // only regular files are opened. The kind is checked before opening, and again on the
    // opened handle, in case the file was swapped between the two; the open itself does
    // not wait (on Unix, O_NONBLOCK) so a swap cannot block it either.
    let meta = std::fs::metadata(path).map_err(|e| unreadable(io_reason(&e)))?;
    not_regular(&meta).map_or(Ok(()), |kind| Err(unreadable(kind)))?;
    let handle = platform::open_without_waiting(path).map_err(|e| unreadable(io_reason(&e)))?;
    let meta = handle.metadata().map_err(|e| unreadable(io_reason(&e)))?;
    not_regular(&meta).map_or(Ok(()), |kind| Err(unreadable(kind)))?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(invalid(too_large(Some(meta.len()))));
    }
    // The size was checked above, but a file can grow while it is read.
    let bytes = read_at_most(handle, MAX_FILE_BYTES)
        .map_err(|e| unreadable(io_reason(&e)))?
        .ok_or_else(|| invalid(too_large(None)))?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let before = String::from_utf8_lossy(&e.as_bytes()[..valid]);
        invalid(whole_file_problem(
            "this is not UTF-8 text; save the file as UTF-8 (in most editors: Save As, Encoding: UTF-8)".into(),
            Some(locate::line_col_of_byte(&before, valid)),
        ))
    })
}

/// All of `reader` if it holds at most `limit` bytes, or `None` if it holds more (only
/// `limit + 1` bytes are ever read).
fn read_at_most(reader: impl Read, limit: u64) -> std::io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    reader.take(limit + 1).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= limit).then_some(bytes))
}

/// Why something that is not a regular file cannot be read as one, or `None` for a file.
fn not_regular(meta: &std::fs::Metadata) -> Option<String> {
    let kind = meta.file_type();
    if kind.is_file() {
        return None;
    }
    let what = if kind.is_dir() {
        "a folder"
    } else {
        platform::special_kind(&kind)
    };
    Some(format!(
        "is {what}, not a data file; give the path of a saved .ron file"
    ))
}

fn too_large(bytes: Option<u64>) -> Problem {
    const MIB: u64 = 1024 * 1024;
    let size = match bytes {
        // Rounded up, so a file just over the limit does not read as exactly the limit.
        Some(bytes) => {
            let tenths = bytes.saturating_mul(10).div_ceil(MIB);
            format!("{}.{} MiB", tenths / 10, tenths % 10)
        }
        None => format!("more than {} MiB", MAX_FILE_BYTES / MIB),
    };
    whole_file_problem(
        format!(
            "the file is {size}, too large to be hi-tui content (the limit is {} MiB), so it was not read",
            MAX_FILE_BYTES / MIB
        ),
        None,
    )
}

fn whole_file_problem(message: String, position: Option<(usize, usize)>) -> Problem {
    Problem {
        path: String::new(),
        message,
        segs: Vec::new(),
        char_index: None,
        position,
    }
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// Parses and validates content held in memory; `file` names it in messages.
pub fn load_str(text: &str, file: &str) -> Result<Catalogue, LoadError> {
    let invalid = |problems| LoadError::Invalid {
        file: file.to_string(),
        problems,
    };
    if text.len() as u64 > MAX_FILE_BYTES {
        return Err(invalid(vec![too_large(Some(text.len() as u64))]));
    }
    parse_and_validate(text, file)
}

/// The loading work itself, once the size is known to be under the cap.
fn parse_and_validate(text: &str, file: &str) -> Result<Catalogue, LoadError> {
    let invalid = |problems| LoadError::Invalid {
        file: file.to_string(),
        problems,
    };
    // Some Windows editors start UTF-8 files with a byte order mark; it is not content.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // A CR before LF is half of a Windows line ending, also inside multi-line text; only
    // a CR on its own is refused (by validation, as a control character). Dropping it
    // moves no line or column an editor shows: it is the last thing on its line.
    let normalised;
    let text = if memchr::memmem::find(text.as_bytes(), b"\r\n").is_some() {
        normalised = text.replace("\r\n", "\n");
        normalised.as_str()
    } else {
        text
    };
    let catalogue: Catalogue = ron::Options::default()
        .with_recursion_limit(64)
        .from_str(text)
        .map_err(|e| invalid(vec![parse_problem(text, &e)]))?;
    let mut problems = validate_as_written(&catalogue, Some(text));
    if problems.is_empty() {
        Ok(catalogue)
    } else {
        let shape = spans::parse(text);
        for problem in problems.iter_mut().take(MAX_LOCATED) {
            problem.position = shape
                .as_ref()
                .and_then(|shape| locate::problem(text, shape, &problem.segs, problem.char_index));
        }
        Err(invalid(problems))
    }
}

fn parse_problem(text: &str, e: &SpannedError) -> Problem {
    let at = locate::token_start(text, (e.span.start.line, e.span.start.col));
    let message = parse_messages::parse_message(&e.code);
    let at = locate::parse_error(text, &message, at);
    whole_file_problem(message, Some(at))
}

#[cfg(test)]
mod tests {
    use super::read_at_most;

    #[cfg(unix)]
    #[test]
    fn common_io_failures_are_said_plainly() {
        use super::io_reason;
        use std::io::Error;
        // As the system reports them ("Permission denied (os error 13)"), not just by kind.
        let os = |code| Error::from_raw_os_error(code);
        assert_eq!(io_reason(&os(libc::ENOENT)), "no such file");
        assert_eq!(io_reason(&os(libc::EACCES)), "permission denied");
        assert_eq!(io_reason(&Error::other("disk on fire")), "disk on fire");
    }

    #[test]
    fn reading_stops_one_byte_past_the_limit() {
        let read = |n: usize| read_at_most(&vec![b'x'; n][..], 10).expect("in memory");
        assert_eq!(read(9).map(|b| b.len()), Some(9));
        assert_eq!(
            read(10).map(|b| b.len()),
            Some(10),
            "exactly the limit is read whole"
        );
        assert_eq!(read(11), None, "one byte more is refused, not cut short");
        assert_eq!(read(5_000), None);
    }
}
