//! Reading a data file: size cap, RON parsing with positions, then the rules.

use std::fmt;
use std::path::Path;

use ron::error::{Error as RonError, SpannedError};

use super::model::Catalogue;
use super::validate::{Problem, validate};
use super::{EMBEDDED_NAME, EMBEDDED_RON, locate};

/// Files larger than this are refused before parsing: real content is tens of KiB.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// Why a data file could not be used. Every variant renders as one or more
/// `file:line:column: reason` lines (or `file: reason` where no position is known).
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// The file could not be read at all (missing, unreadable, too large, not UTF-8).
    Unreadable { file: String, reason: String },
    /// The file was read but is not valid content: one entry per problem found.
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

    /// One line per problem, ready to print.
    pub fn lines(&self) -> Vec<String> {
        match self {
            LoadError::Unreadable { file, reason } => vec![format!("{file}: {reason}")],
            LoadError::Invalid { file, problems } => {
                problems.iter().map(|p| p.render(file)).collect()
            }
        }
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

/// Reads, parses and validates a file.
pub fn load_file(path: &Path) -> Result<Catalogue, LoadError> {
    let file = path.display().to_string();
    let text = read_capped(path).map_err(|reason| LoadError::Unreadable {
        file: file.clone(),
        reason,
    })?;
    load_str(&text, &file)
}

/// Reads a file as UTF-8 text, refusing anything over [`MAX_FILE_BYTES`] before reading it.
pub fn read_capped(path: &Path) -> Result<String, String> {
    let meta = std::fs::metadata(path).map_err(|e| io_reason(&e))?;
    if meta.is_dir() {
        return Err("is a folder, not a data file".into());
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(format!(
            "file is {} KiB; data files are limited to {} KiB",
            meta.len() / 1024,
            MAX_FILE_BYTES / 1024
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| io_reason(&e))?;
    String::from_utf8(bytes).map_err(|e| {
        let (line, col) = locate::line_col_of_byte(
            &String::from_utf8_lossy(e.as_bytes()),
            e.utf8_error().valid_up_to(),
        );
        format!("{line}:{col}: the file is not UTF-8 text")
    })
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
        return Err(LoadError::Unreadable {
            file: file.to_string(),
            reason: format!("content is over {} KiB", MAX_FILE_BYTES / 1024),
        });
    }
    let catalogue: Catalogue = ron::Options::default()
        .with_recursion_limit(64)
        .from_str(text)
        .map_err(|e| invalid(vec![parse_problem(&e)]))?;
    let mut problems = validate(&catalogue);
    if problems.is_empty() {
        Ok(catalogue)
    } else {
        for problem in &mut problems {
            problem.position = locate::find(text, &problem.anchors);
        }
        Err(invalid(problems))
    }
}

fn parse_problem(e: &SpannedError) -> Problem {
    Problem {
        path: String::new(),
        message: friendly_parse_message(&e.code),
        anchors: Vec::new(),
        position: Some((e.span.start.line, e.span.start.col)),
    }
}

/// ron's messages, reworded where a content editor would otherwise be puzzled.
fn friendly_parse_message(code: &RonError) -> String {
    match code {
        RonError::MissingStructField { field, outer } => match outer {
            Some(outer) => format!("`{outer}` is missing its `{field}` field"),
            None => format!("missing the `{field}` field"),
        },
        RonError::NoSuchStructField {
            expected,
            found,
            outer,
        } => format!(
            "`{found}` is not a field of `{}`; expected one of: {}",
            outer.as_deref().unwrap_or("this item"),
            expected.join(", ")
        ),
        RonError::DuplicateStructField { field, outer } => format!(
            "`{field}` is given twice in `{}`",
            outer.as_deref().unwrap_or("this item")
        ),
        RonError::ExceededRecursionLimit => "nested too deeply to be hi-tui content".into(),
        RonError::Eof => "the file ends too early: a closing bracket or quote is missing".into(),
        RonError::ExpectedComma => {
            "expected a comma here: is one missing after the previous item?".into()
        }
        RonError::ExpectedStringEnd => "a quoted text is not closed with `\"`".into(),
        RonError::TrailingCharacters => "unexpected text after the end of the content".into(),
        other => other.to_string(),
    }
}
