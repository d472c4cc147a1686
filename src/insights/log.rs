//! Reading an insights file back: every whole record, a count of the records a crash or a
//! power cut left torn, or the line that shows the file is not one hi-tui wrote.

use std::fmt;

use super::record::{HEADER, Visit};
use crate::data::escape_forbidden;

/// What an insights file holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Log {
    pub visits: Vec<Visit>,
    /// Records cut short (the app killed or the power lost while writing one): skipped.
    pub torn: usize,
}

/// Why a file is not read as an insights file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    /// The first line is not hi-tui's header: some other file.
    OtherKind { found: String },
    /// Written by a later hi-tui, in a version of the format this one does not know.
    Newer { version: u64 },
    /// A whole line that is not a record: the file was changed by something else.
    Corrupted {
        line: usize,
        column: usize,
        reason: String,
    },
}

impl Refused {
    /// The line of the file it is about.
    pub fn line(&self) -> usize {
        match self {
            Refused::OtherKind { .. } | Refused::Newer { .. } => 1,
            Refused::Corrupted { line, .. } => *line,
        }
    }
}

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refused::OtherKind { found } => write!(
                f,
                "line 1: not a hi-tui insights file (it starts \"{found}\", not {HEADER})"
            ),
            Refused::Newer { version } => write!(
                f,
                "line 1: written by a newer hi-tui (insights version {version}; this one reads version 1)"
            ),
            Refused::Corrupted {
                line,
                column,
                reason,
            } => write!(
                f,
                "line {line}, column {column}: not a visit record ({reason}); the file was changed by something other than hi-tui"
            ),
        }
    }
}

/// Reads a whole insights file. An empty file (or one whose header was itself cut short)
/// holds no visits yet.
pub fn parse(bytes: &[u8]) -> Result<Log, Refused> {
    let mut log = Log::default();
    if is_torn_header(bytes) {
        return Ok(log);
    }
    let mut lines = bytes.split(|&b| b == b'\n').enumerate();
    if let Some((_, first)) = lines.next() {
        check_header(trim(first))?;
    }
    for (index, raw) in lines {
        let line = trim(raw);
        if line.is_empty() {
            // A block of zeros is what a power cut leaves after a record being written.
            if raw.contains(&0) {
                log.torn += 1;
            }
            continue;
        }
        match serde_json::from_slice::<Visit>(line) {
            Ok(visit) => log.visits.push(visit),
            // Cut short: what is there is the start of a record.
            Err(e) if e.is_eof() => log.torn += 1,
            Err(e) => {
                let reason = e.to_string();
                let reason = reason
                    .rsplit_once(" at line ")
                    .map_or(reason.as_str(), |(head, _)| head);
                return Err(Refused::Corrupted {
                    line: index + 1,
                    column: e.column(),
                    reason: escape_forbidden(reason).into_owned(),
                });
            }
        }
    }
    Ok(log)
}

/// Zero bytes, or (the start of) the header with nothing after it: no visits yet, or the
/// app was stopped while creating the file.
fn is_torn_header(bytes: &[u8]) -> bool {
    let bytes = trim(bytes);
    HEADER.as_bytes().starts_with(bytes)
}

/// A line without its `\r` (a file edited on Windows) and the zeros a power cut can leave.
fn trim(line: &[u8]) -> &[u8] {
    let end = line
        .iter()
        .rposition(|&b| b != 0 && b != b'\r')
        .map_or(0, |i| i + 1);
    &line[..end]
}

fn check_header(line: &[u8]) -> Result<(), Refused> {
    if line == HEADER.as_bytes() {
        return Ok(());
    }
    #[derive(serde::Deserialize)]
    struct Header {
        kind: String,
        version: u64,
    }
    // The same header written differently (spaced out by an editor, say) is still one.
    if let Ok(header) = serde_json::from_slice::<Header>(line)
        && header.kind == "hi-tui insights"
    {
        return match header.version {
            1 => Ok(()),
            version => Err(Refused::Newer { version }),
        };
    }
    let text = String::from_utf8_lossy(line);
    let found: String = text.chars().take(40).collect();
    let more = if text.chars().count() > 40 { "…" } else { "" };
    Err(Refused::OtherKind {
        found: format!("{}{more}", escape_forbidden(&found)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::insights::record::RungRef;

    fn visit(n: u8) -> Visit {
        Visit {
            date: "2026-12-08".into(),
            hour: n % 24,
            seconds: u64::from(n) * 10,
            nation: "england".into(),
            specialisms: vec![format!("s{n}")],
            rungs: vec![RungRef {
                specialism: format!("s{n}"),
                rung: "Analyst".into(),
            }],
            ..Visit::default()
        }
    }

    fn file(visits: &[Visit]) -> Vec<u8> {
        let mut bytes = format!("{HEADER}\n").into_bytes();
        for v in visits {
            bytes.extend(v.to_line().bytes());
        }
        bytes
    }

    #[test]
    fn every_whole_record_reads_back() {
        let visits: Vec<Visit> = (1..=3).map(visit).collect();
        let log = parse(&file(&visits)).expect("valid");
        assert_eq!(log.visits, visits);
        assert_eq!(log.torn, 0);
    }

    /// A file cut at any byte (a kill or a power cut during a write) keeps every record
    /// written whole before the cut, and counts at most the one being written as torn.
    #[test]
    fn a_file_cut_anywhere_keeps_every_whole_record() {
        let visits: Vec<Visit> = (1..=3).map(visit).collect();
        let bytes = file(&visits);
        for cut in 0..=bytes.len() {
            let head = &bytes[..cut];
            let log = parse(head).unwrap_or_else(|e| panic!("cut at {cut}: {e}"));
            let newlines = head.iter().filter(|&&b| b == b'\n').count();
            let whole = newlines.saturating_sub(1);
            // The record being written when the cut came, if it had begun.
            let begun = usize::from(newlines > 0 && head.last() != Some(&b'\n'));
            let n = log.visits.len();
            assert_eq!(log.visits, visits[..n], "cut at {cut}");
            assert!(n >= whole, "cut at {cut}: {n} visits of {whole}");
            assert_eq!(n + log.torn, whole + begun, "cut at {cut}");
        }
    }

    #[test]
    fn a_torn_record_followed_by_more_is_skipped_and_counted() {
        let mut bytes = file(&[visit(1)]);
        let torn = visit(2).to_line();
        bytes.extend(&torn.as_bytes()[..20]);
        bytes.extend(b"\0\0\0\0\n");
        bytes.extend(visit(3).to_line().bytes());
        bytes.extend(b"\0\0\0\0\0\0\0\0");
        let log = parse(&bytes).expect("torn records are not corruption");
        assert_eq!(log.visits, vec![visit(1), visit(3)]);
        assert_eq!(log.torn, 2);
    }

    #[test]
    fn windows_line_endings_read_the_same() {
        let bytes = file(&[visit(1), visit(2)]);
        let crlf = String::from_utf8(bytes)
            .expect("utf-8")
            .replace('\n', "\r\n");
        let log = parse(crlf.as_bytes()).expect("valid");
        assert_eq!(log.visits, vec![visit(1), visit(2)]);
    }

    #[test]
    fn another_kind_of_file_is_refused_at_line_one() {
        for other in [
            &b"(title: \"x\")\n"[..],
            b"id,name\n1,2\n",
            b"{\"kind\":\"something else\",\"version\":1}\n",
            b"\xff\xfe\n",
            b"{\"date\":\"2026-12-08\"}",
        ] {
            let refused = parse(other).expect_err("not insights");
            assert!(matches!(refused, Refused::OtherKind { .. }), "{refused}");
            assert_eq!(refused.line(), 1);
            assert!(
                refused
                    .to_string()
                    .starts_with("line 1: not a hi-tui insights file")
            );
        }
        // A long first line is shown cut to 40 characters and marked; a short one whole.
        let long = format!("{}\n", "x".repeat(41));
        let shown = parse(long.as_bytes()).expect_err("other").to_string();
        assert!(
            shown.contains(&format!("\"{}…\"", "x".repeat(40))),
            "{shown}"
        );
        let exact = format!("{}\n", "y".repeat(40));
        let shown = parse(exact.as_bytes()).expect_err("other").to_string();
        assert!(
            shown.contains(&format!("\"{}\"", "y".repeat(40))),
            "{shown}"
        );
        let newer = parse(b"{\"kind\":\"hi-tui insights\",\"version\":2}\n").expect_err("newer");
        assert_eq!(newer, Refused::Newer { version: 2 });
        let spaced = format!(
            "{{ \"version\": 1, \"kind\": \"hi-tui insights\" }}\n{}",
            visit(1).to_line()
        );
        assert_eq!(
            parse(spaced.as_bytes())
                .expect("a header all the same")
                .visits,
            vec![visit(1)]
        );
    }

    #[test]
    fn a_changed_line_is_refused_with_its_number() {
        let mut bytes = file(&[visit(1), visit(2)]);
        bytes.extend(b"{\"date\":\"2026-12-08\",\"keys\":\"hello\"}\n");
        bytes.extend(visit(3).to_line().bytes());
        let refused = parse(&bytes).expect_err("corrupted");
        assert_eq!(refused.line(), 4);
        let message = refused.to_string();
        assert!(message.starts_with("line 4, column "), "{message}");
        assert!(message.contains("unknown field `keys`"), "{message}");

        let mut garbage = file(&[visit(1)]);
        garbage.extend(b"not json at all\n");
        assert_eq!(parse(&garbage).expect_err("garbage").line(), 3);
    }

    #[test]
    fn an_empty_file_or_a_torn_header_holds_no_visits() {
        for bytes in [&b""[..], &HEADER.as_bytes()[..10], b"\0\0\0"] {
            assert_eq!(parse(bytes).expect("empty"), Log::default());
        }
        assert_eq!(
            parse(format!("{HEADER}\n").as_bytes()).expect("header"),
            Log::default()
        );
    }
}
