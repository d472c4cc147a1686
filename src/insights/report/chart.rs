//! The summary as a list of bar charts, the same for the text and the web page.

use std::collections::BTreeMap;

use super::{Summary, duration};

/// Rows a ranked chart shows; the JSON has them all.
pub const SHOWN: usize = 12;
/// Dates a chart shows (a month of fairs).
const DATES_SHOWN: usize = 31;

/// One bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub label: String,
    pub visits: usize,
}

/// A titled set of bars, with the rows left off and a line said under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chart {
    pub title: &'static str,
    pub rows: Vec<Row>,
    /// Rows not shown (past [`SHOWN`]).
    pub left_off: usize,
    /// Said when there are no rows.
    pub empty: &'static str,
    pub note: Option<String>,
}

impl Chart {
    fn new(title: &'static str, empty: &'static str, rows: Vec<Row>, shown: usize) -> Chart {
        let left_off = rows.len().saturating_sub(shown);
        let mut rows = rows;
        rows.truncate(shown);
        Chart {
            title,
            rows,
            left_off,
            empty,
            note: None,
        }
    }

    fn note(self, note: Option<String>) -> Chart {
        Chart { note, ..self }
    }

    /// The largest count, which draws the longest bar.
    pub fn max(&self) -> usize {
        self.rows.iter().map(|r| r.visits).max().unwrap_or(0)
    }
}

/// The length of a bar for `visits`, out of `width` for the largest count `max`: rounded
/// to the nearest, and never nothing for a count above zero.
pub fn bar_len(visits: usize, max: usize, width: usize) -> usize {
    if max == 0 || visits == 0 {
        return 0;
    }
    // In 128 bits, where nothing here can overflow.
    let (visits, max, wide) = (visits as u128, max as u128, width as u128);
    let len = (visits * wide + max / 2) / max;
    usize::try_from(len).unwrap_or(width).clamp(1, width)
}

/// "1 visit", "2 visits".
pub fn visits(n: usize) -> String {
    if n == 1 {
        String::from("1 visit")
    } else {
        format!("{n} visits")
    }
}

/// The first line: "Visits 42 on 2026-12-08 · median 2 min 10 s · 3 torn records skipped".
pub fn headline(summary: &Summary) -> String {
    let mut line = format!("Visits {}", summary.visits);
    if let [only] = summary.by_date.as_slice() {
        line.push_str(&format!(" on {}", only.date));
    }
    match summary.median_seconds {
        Some(median) => line.push_str(&format!(" · median {}", duration(median))),
        None => line.push_str(" · no visits yet"),
    }
    match summary.torn {
        0 => {}
        1 => line.push_str(" · 1 torn record skipped"),
        n => line.push_str(&format!(" · {n} torn records skipped")),
    }
    line
}

/// The lines after the charts: QR codes and shortlists.
pub fn take_aways(summary: &Summary) -> [String; 2] {
    [
        format!(
            "QR codes shown: {} of {}",
            summary.qr_shown,
            visits(summary.visits)
        ),
        format!(
            "Shortlists taken: {} of {}",
            summary.shortlists,
            visits(summary.visits)
        ),
    ]
}

impl Summary {
    /// The charts, in reading order. Visits by date only when there is more than one.
    pub fn charts(&self) -> Vec<Chart> {
        let mut charts = vec![Chart::new(
            "Visits by hour",
            "No visits yet.",
            self.by_hour
                .iter()
                .map(|h| Row {
                    label: format!("{:02}:00", h.hour),
                    visits: h.visits,
                })
                .collect(),
            24,
        )];
        if self.by_date.len() > 1 {
            let rows = self.by_date.iter().map(|d| Row {
                label: d.date.clone(),
                visits: d.visits,
            });
            charts.push(Chart::new(
                "Visits by date",
                "",
                rows.collect(),
                DATES_SHOWN,
            ));
        }
        let ranked = |counts: &[super::Count]| -> Vec<Row> {
            counts
                .iter()
                .map(|c| Row {
                    label: c.name.clone(),
                    visits: c.visits,
                })
                .collect()
        };
        let no_stage = self.without_stage();
        charts.extend([
            Chart::new(
                "Specialisms viewed",
                "No specialism viewed yet.",
                ranked(&self.specialisms),
                SHOWN,
            ),
            Chart::new(
                "Stages chosen",
                "No stage chosen yet.",
                ranked(&self.stages),
                SHOWN,
            )
            .note(
                (no_stage > 0 && !self.stages.is_empty())
                    .then(|| format!("No stage chosen: {} of {}.", no_stage, visits(self.visits))),
            ),
            Chart::new(
                "Quiz top results",
                "No quiz finished yet.",
                ranked(&self.quiz),
                SHOWN,
            )
            .note((self.quizzes() > 0).then(|| {
                format!(
                    "The quiz was finished in {} of {}.",
                    self.quizzes(),
                    visits(self.visits)
                )
            })),
            Chart::new(
                "Most pinned rungs",
                "No rung pinned yet.",
                self.pin_rows(),
                SHOWN,
            ),
            Chart::new(
                "Pay shown by nation",
                "No visits yet.",
                ranked(&self.nations),
                SHOWN,
            ),
        ]);
        charts
    }

    /// Each pinned rung by its title, with its specialism where two specialisms have a
    /// rung of that title.
    fn pin_rows(&self) -> Vec<Row> {
        let mut titles: BTreeMap<&str, usize> = BTreeMap::new();
        for pin in &self.pins {
            *titles.entry(&pin.rung).or_insert(0) += 1;
        }
        let shared = |rung: &str| titles.get(rung).is_some_and(|&n| n > 1);
        self.pins
            .iter()
            .map(|p| Row {
                label: if shared(&p.rung) {
                    format!("{} ({})", p.rung, p.specialism_name)
                } else {
                    p.rung.clone()
                },
                visits: p.visits,
            })
            .collect()
    }
}
