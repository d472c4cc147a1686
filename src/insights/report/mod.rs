//! The report on an insights file (`hi-tui insights FILE`): a [`Summary`] of the visits,
//! written as text a person reads at a glance, JSON for programs, or a web page with
//! charts to print.
//!
//! The file is user-controlled, so every id and date taken from it is made safe to print
//! ([`escape_forbidden`]) when the summary is built: no format can write a control
//! character from it.

mod chart;
mod command;
mod html;
mod json;
mod text;

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet};

use clap::ValueEnum;
use serde::Serialize;

use super::{Log, RungRef};
use crate::data::{Catalogue, escape_forbidden};

pub use chart::{Chart, Row};
pub use command::{MAX_FILE_BYTES, run};

/// The formats `hi-tui insights` can write.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A summary to read in the terminal, with bars.
    #[default]
    Text,
    /// Every count, for other programs.
    Json,
    /// One self-contained web page with bar charts, to print (A4) or share.
    Html,
}

/// The report in `format`, ending with a newline. `file` names the insights file (for the
/// web page's title); it is escaped here.
pub fn render(summary: &Summary, format: Format, file: &str) -> String {
    match format {
        Format::Text => text::write(summary),
        Format::Json => json::write(summary),
        Format::Html => html::write(summary, &escape_forbidden(file)),
    }
}

/// How many visits did something, with its id and the name the content gives it (the id
/// itself when the content does not know it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Count {
    pub id: String,
    pub name: String,
    pub visits: usize,
}

/// Visits that began in an hour of the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct HourCount {
    pub hour: u8,
    pub visits: usize,
}

/// Visits that began on a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DateCount {
    pub date: String,
    pub visits: usize,
}

/// Visits that ended with a rung pinned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PinCount {
    pub specialism: String,
    pub specialism_name: String,
    pub rung: String,
    pub visits: usize,
}

/// What an insights file says about the visits it holds. Lists are ordered most visits
/// first (then by name), except hours and dates, which are in time order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub visits: usize,
    /// Records cut short by a crash or power cut, skipped.
    pub torn: usize,
    /// The median length of a visit; none without visits.
    pub median_seconds: Option<u64>,
    /// Every hour from the earliest to the latest a visit began in (hours with none
    /// included, so a chart of them reads as a day).
    pub by_hour: Vec<HourCount>,
    pub by_date: Vec<DateCount>,
    /// Specialisms by the number of visits that viewed them.
    pub specialisms: Vec<Count>,
    /// Stages ("where are you now?") by the number of visits that chose them last.
    pub stages: Vec<Count>,
    /// Nations by the number of visits that ended showing their pay.
    pub nations: Vec<Count>,
    /// The quiz's top result, by the number of visits that finished it with that result.
    pub quiz: Vec<Count>,
    /// Rungs by the number of visits that ended with them pinned.
    pub pins: Vec<PinCount>,
    /// Visits that showed any QR code.
    pub qr_shown: usize,
    /// Visits that showed the shortlist QR code.
    pub shortlists: usize,
}

impl Summary {
    /// The summary of `log`'s visits, naming specialisms, stages and nations as
    /// `catalogue` does (by id where it does not know one).
    pub fn from(log: &Log, catalogue: &Catalogue) -> Summary {
        let visits = &log.visits;
        let specialism_name = |id: &str| {
            catalogue
                .specialism_index(id)
                .map(|i| catalogue.specialisms[i].name.clone())
        };
        let stage_name = |id: &str| catalogue.stage(id).map(|s| s.label.clone());
        let nation_name = |id: &str| {
            catalogue
                .nation_index(id)
                .map(|i| catalogue.pay_tables[i].region.clone())
        };
        let pins = tally(visits.iter().map(|v| v.pins.iter().cloned()));
        Summary {
            visits: visits.len(),
            torn: log.torn,
            median_seconds: median(visits.iter().map(|v| v.seconds).collect()),
            by_hour: by_hour(visits.iter().map(|v| v.hour)),
            by_date: tally(visits.iter().map(|v| [v.date.clone()]))
                .into_iter()
                .map(|(date, visits)| DateCount {
                    date: escape_forbidden(&date).into_owned(),
                    visits,
                })
                .collect(),
            specialisms: counts(
                tally(visits.iter().map(|v| v.specialisms.iter().cloned())),
                specialism_name,
            ),
            stages: counts(tally(visits.iter().map(|v| v.stage.clone())), stage_name),
            nations: counts(
                tally(visits.iter().map(|v| [v.nation.clone()])),
                nation_name,
            ),
            quiz: counts(
                tally(visits.iter().map(|v| v.quiz.clone())),
                specialism_name,
            ),
            pins: pin_counts(pins, specialism_name),
            qr_shown: visits.iter().filter(|v| v.qr).count(),
            shortlists: visits.iter().filter(|v| v.shortlist).count(),
        }
    }

    /// Visits that chose no stage.
    pub fn without_stage(&self) -> usize {
        let chosen: usize = self.stages.iter().map(|s| s.visits).sum();
        self.visits.saturating_sub(chosen)
    }

    /// Visits that finished the quiz.
    pub fn quizzes(&self) -> usize {
        self.quiz.iter().map(|q| q.visits).sum()
    }
}

/// The middle length, or the mean of the two middle ones (rounded down) for an even
/// number of visits.
pub fn median(mut seconds: Vec<u64>) -> Option<u64> {
    seconds.sort_unstable();
    let n = seconds.len();
    let upper = *seconds.get(n / 2)?;
    if n % 2 == 1 {
        return Some(upper);
    }
    let lower = seconds[n / 2 - 1];
    Some(lower + (upper - lower) / 2)
}

/// A length as people say it: "45 s", "2 min 10 s", "1 h 5 min".
pub fn duration(seconds: u64) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    match (h, m, s) {
        (0, 0, s) => format!("{s} s"),
        (0, m, 0) => format!("{m} min"),
        (0, m, s) => format!("{m} min {s} s"),
        (h, 0, _) => format!("{h} h"),
        (h, m, _) => format!("{h} h {m} min"),
    }
}

/// Visits in each hour from the earliest to the latest; hours past 23 (which hi-tui never
/// writes) are left out.
fn by_hour(hours: impl Iterator<Item = u8>) -> Vec<HourCount> {
    let mut per_hour = [0usize; 24];
    for hour in hours {
        if let Some(n) = per_hour.get_mut(usize::from(hour)) {
            *n += 1;
        }
    }
    let first = per_hour.iter().position(|&n| n > 0);
    let last = per_hour.iter().rposition(|&n| n > 0);
    let (Some(first), Some(last)) = (first, last) else {
        return Vec::new();
    };
    (0u8..)
        .zip(per_hour)
        .skip(first)
        .take(last + 1 - first)
        .map(|(hour, visits)| HourCount { hour, visits })
        .collect()
}

/// For each key, how many visits named it (a visit naming it twice counts once).
fn tally<K: Ord, I: IntoIterator<Item = K>>(visits: impl Iterator<Item = I>) -> BTreeMap<K, usize> {
    let mut counts = BTreeMap::new();
    for keys in visits {
        let keys: BTreeSet<K> = keys.into_iter().collect();
        for key in keys {
            *counts.entry(key).or_insert(0) += 1;
        }
    }
    counts
}

/// Most visits first, then by name (ignoring case).
fn counts(tally: BTreeMap<String, usize>, name: impl Fn(&str) -> Option<String>) -> Vec<Count> {
    let mut counts: Vec<Count> = tally
        .into_iter()
        .map(|(id, visits)| Count {
            name: escape_forbidden(&name(&id).unwrap_or_else(|| id.clone())).into_owned(),
            id: escape_forbidden(&id).into_owned(),
            visits,
        })
        .collect();
    counts.sort_by_cached_key(|c| (Reverse(c.visits), c.name.to_lowercase(), c.name.clone()));
    counts
}

fn pin_counts(
    tally: BTreeMap<RungRef, usize>,
    name: impl Fn(&str) -> Option<String>,
) -> Vec<PinCount> {
    let mut pins: Vec<PinCount> = tally
        .into_iter()
        .map(|(pin, visits)| PinCount {
            specialism_name: escape_forbidden(
                &name(&pin.specialism).unwrap_or_else(|| pin.specialism.clone()),
            )
            .into_owned(),
            specialism: escape_forbidden(&pin.specialism).into_owned(),
            rung: escape_forbidden(&pin.rung).into_owned(),
            visits,
        })
        .collect();
    pins.sort_by_cached_key(|p| {
        (
            Reverse(p.visits),
            p.rung.to_lowercase(),
            p.specialism_name.to_lowercase(),
            p.specialism.clone(),
        )
    });
    pins
}

#[cfg(test)]
mod tests;
