//! One visit to the stand, as a line of the insights file.

use std::time::Instant;

use serde::{Deserialize, Serialize};

/// The first line of every insights file. It says what the file is, so a file of another
/// kind is never appended to or reported on.
pub const HEADER: &str = r#"{"kind":"hi-tui insights","version":1}"#;

/// A rung, named by its specialism's id and its title (ids and titles outlive the order
/// of the content, which an edit can change).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RungRef {
    pub specialism: String,
    pub rung: String,
}

/// One visit: from the first key after the welcome screen or the attract loop to the
/// idle reset. Nothing in it comes from what a visitor typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Visit {
    /// The local date the visit began, as `2026-12-08`.
    pub date: String,
    /// The local hour it began, 0–23.
    pub hour: u8,
    /// Its length in seconds, to the nearest 10.
    pub seconds: u64,
    /// The id of the nation whose pay was shown when it ended.
    pub nation: String,
    /// The id of the last stage chosen ("where are you now?"), if any.
    pub stage: Option<String>,
    /// Ids of the specialisms viewed, in the order first viewed.
    pub specialisms: Vec<String>,
    /// Rungs viewed, in the order first viewed.
    pub rungs: Vec<RungRef>,
    /// Rungs pinned when the visit ended.
    pub pins: Vec<RungRef>,
    /// The id of the quiz's top result, if the quiz was finished.
    pub quiz: Option<String>,
    /// Whether any QR code was shown.
    pub qr: bool,
    /// Whether the shortlist QR code (the pinned rungs) was shown.
    pub shortlist: bool,
}

/// A visit just ended, as the app hands it over: when it began (the app knows only
/// `Instant`s; the wall clock turns it into a date and hour) and the record without them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ended {
    pub began: Instant,
    pub visit: Visit,
}

/// Rounds a length in seconds to the nearest 10 (5 rounds up).
pub fn round_seconds(seconds: u64) -> u64 {
    seconds.saturating_add(5) / 10 * 10
}

impl Visit {
    /// The visit as one line of the file, newline included.
    pub fn to_line(&self) -> String {
        // A struct of strings, numbers and booleans always serialises.
        let mut line = serde_json::to_string(self).unwrap_or_default();
        line.push('\n');
        line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_round_to_the_nearest_ten_seconds() {
        let cases = [(0, 0), (4, 0), (5, 10), (14, 10), (15, 20), (96, 100)];
        for (seconds, rounded) in cases {
            assert_eq!(round_seconds(seconds), rounded, "{seconds}");
        }
        assert_eq!(round_seconds(u64::MAX), u64::MAX / 10 * 10);
    }

    #[test]
    fn a_visit_is_one_line_that_reads_back_the_same() {
        let visit = Visit {
            date: "2026-12-08".into(),
            hour: 14,
            seconds: 130,
            nation: "scotland".into(),
            stage: Some("school".into()),
            specialisms: vec!["data-science".into()],
            rungs: vec![RungRef {
                specialism: "data-science".into(),
                rung: "Data scientist \"senior\"\n".into(),
            }],
            pins: vec![],
            quiz: None,
            qr: true,
            shortlist: false,
        };
        let line = visit.to_line();
        assert_eq!(line.matches('\n').count(), 1);
        assert!(line.ends_with('\n'));
        let back: Visit = serde_json::from_str(&line).expect("reads back");
        assert_eq!(back, visit);
    }
}
