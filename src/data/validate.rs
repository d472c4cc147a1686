//! The rules a data file must satisfy beyond parsing. A pure function from parsed data
//! to a list of problems, shared by start-up, `hi-tui check`, `--data` and `--watch`.
//!
//! `at` names where a value lives; `values` holds the rules for single values (text,
//! ids, web addresses, references); the other modules walk one part of the content each.

// foldhash: much quicker than the standard hasher on short ids, and still seeded at
// random, so a file cannot be crafted to make lookups collide.
use foldhash::{HashMap, HashMapExt, HashSet};

mod at;
mod pay;
mod quiz;
mod routes;
mod specialisms;
mod values;

use super::model::{Catalogue, Source, SourceKind};
use super::spans::{Node, Seg};
use at::{At, earlier, shown};

/// One broken rule, with a readable path to the value and, once located, its position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where in the content, e.g. `specialisms["it"].ladder[3].bands`. Empty for parse errors.
    pub path: String,
    /// What is wrong, in plain words.
    pub message: String,
    /// The steps to the value in the file, to find its line and column.
    pub(crate) segs: Vec<Seg>,
    /// Which character of the (string) value is wrong, to point at it rather than the field.
    pub(crate) char_index: Option<usize>,
    /// 1-based line and column, when known.
    pub position: Option<(usize, usize)>,
}

impl Problem {
    /// `file:line:column: message (at path)`, or `file: path: message` without a position.
    pub fn render(&self, file: &str) -> String {
        match (self.position, self.path.is_empty()) {
            (Some((line, col)), true) => format!("{file}:{line}:{col}: {}", self.message),
            (Some((line, col)), false) => {
                format!("{file}:{line}:{col}: {} (at {})", self.message, self.path)
            }
            (None, true) => format!("{file}: {}", self.message),
            (None, false) => format!("{file}: {}: {}", self.path, self.message),
        }
    }
}

/// Every problem in the content, in file order. Empty means the content is valid.
pub fn validate(catalogue: &Catalogue) -> Vec<Problem> {
    validate_as_written(catalogue, None)
}

/// [`validate`], and, given the file's `text`, the rules that depend on how it is written:
/// `years: []` on a band with step points (left out, its years are unknown; written out,
/// it gives no figure for any gap).
pub fn validate_as_written(catalogue: &Catalogue, text: Option<&str>) -> Vec<Problem> {
    let mut check = Checker::new(catalogue);
    check.text = text;
    check.top_level();
    check.sources();
    check.pay();
    check.stages();
    check.routes();
    check.working();
    let mut seen = HashMap::new();
    for (i, specialism) in catalogue.specialisms.iter().enumerate() {
        check.specialism(i, specialism, &mut seen);
    }
    check.quiz();
    check.problems
}

/// Walks the content, collecting problems. Lookups go through indexes built once, so a
/// huge file is checked in linear time.
struct Checker<'a> {
    catalogue: &'a Catalogue,
    sources: HashSet<&'a str>,
    /// Band name to rank (its index in the first pay table, which fixes the order of
    /// bands); the first wins for duplicates.
    band_ranks: HashMap<&'a str, usize>,
    specialisms: HashSet<&'a str>,
    routes: HashSet<&'a str>,
    stages: HashSet<&'a str>,
    problems: Vec<Problem>,
    /// The file as written, when known.
    text: Option<&'a str>,
    /// Its shape, read once if a rule needs it.
    shape: std::cell::OnceCell<Option<Node>>,
}

impl<'a> Checker<'a> {
    fn new(catalogue: &'a Catalogue) -> Self {
        let mut band_ranks = HashMap::new();
        let first = catalogue
            .pay_tables
            .first()
            .map_or(&[][..], |t| &t.bands[..]);
        for (rank, band) in first.iter().enumerate() {
            band_ranks.entry(band.name.as_str()).or_insert(rank);
        }
        Checker {
            catalogue,
            sources: catalogue.sources.iter().map(|s| s.id.as_str()).collect(),
            band_ranks,
            specialisms: catalogue
                .specialisms
                .iter()
                .map(|s| s.id.as_str())
                .collect(),
            routes: catalogue.routes.iter().map(|r| r.id.as_str()).collect(),
            stages: catalogue.stages.iter().map(|s| s.id.as_str()).collect(),
            problems: Vec::new(),
            text: None,
            shape: std::cell::OnceCell::new(),
        }
    }

    fn report(&mut self, at: &At, message: impl Into<String>) {
        self.problems.push(Problem {
            path: at.path(),
            message: message.into(),
            segs: at.segs(),
            char_index: None,
            position: None,
        });
    }

    fn top_level(&mut self) {
        self.text(&At::root("title"), &self.catalogue.title);
        self.text(&At::root("intro"), &self.catalogue.intro);
        if self.catalogue.specialisms.is_empty() {
            self.report(
                &At::root("specialisms"),
                "there are no specialisms; add at least one",
            );
        }
    }

    fn sources(&mut self) {
        let mut seen = HashMap::new();
        let list = At::root("sources");
        for (i, source) in self.catalogue.sources.iter().enumerate() {
            earlier(&mut seen, &source.id);
            let at = list.named("id", &source.id, i);
            self.id(&at.field("id"), &source.id, &seen, "source");
            self.text(&at.field("title"), &source.title);
            self.url(&at.field("url"), &source.url);
            self.dated(&at, source);
            if !(1948..=2100).contains(&source.year) {
                self.report(
                    &at.field("year"),
                    format!(
                        "the year {} looks wrong; give the year the facts refer to, such as 2025",
                        source.year
                    ),
                );
            }
        }
    }

    /// A source's date is a real year, month or day, and a job advert has one.
    fn dated(&mut self, at: &At, source: &Source) {
        if let Some(date) = &source.date {
            let before = self.problems.len();
            self.text(&at.field("date"), date);
            if self.problems.len() > before {
                return;
            }
        }
        match &source.date {
            Some(date) if !is_date(date) => self.report(
                &at.field("date"),
                format!(
                    "{} is not a date; write it as 2026-02-12, or 2026-02 for a month",
                    shown(date)
                ),
            ),
            None if source.kind == SourceKind::Advert => self.report(
                &at.field("kind"),
                "a job advert needs the `date` it was seen, such as Some(\"2026-02-12\"): it is evidence of a band at that date",
            ),
            _ => {}
        }
    }
}

/// "2026", "2026-02" or "2026-02-12", with a month from 1 to 12 and a day from 1 to 31.
fn is_date(text: &str) -> bool {
    let mut parts = text.split('-');
    let year = parts.next().filter(|y| y.len() == 4);
    let month = parts.next();
    let day = parts.next();
    let number = |part: &str, range: std::ops::RangeInclusive<u16>| {
        part.len() == 2 && part.parse::<u16>().is_ok_and(|n| range.contains(&n))
    };
    year.is_some_and(|y| y.parse::<u16>().is_ok_and(|y| (1948..=2100).contains(&y)))
        && month.is_none_or(|m| number(m, 1..=12))
        && day.is_none_or(|d| number(d, 1..=31))
        && parts.next().is_none()
}
