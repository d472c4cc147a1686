//! Rules for the pay tables: one per nation, each with every band once, in order of pay,
//! with step points that fit, and every band a rung names.

use foldhash::{HashMap, HashMapExt};

use super::Checker;
use super::at::{At, earlier, shown};
use crate::data::model::Band;
use crate::data::pounds;
use crate::data::spans::{self, Seg};

/// Whether the file writes out `years` for the band at `index` of table `table` (an empty
/// list is the same as none once parsed).
impl Checker<'_> {
    fn years_written(&self, table: usize, index: usize) -> bool {
        let Some(text) = self.text else {
            return false;
        };
        let path = [
            Seg::Field("pay".into()),
            Seg::Index(table),
            Seg::Field("bands".into()),
            Seg::Index(index),
            Seg::Field("years".into()),
        ];
        self.shape
            .get_or_init(|| spans::parse(text))
            .as_ref()
            .is_some_and(|shape| shape.get(text, &path).is_some())
    }
}

/// Years between two step points of a band.
const STEP_YEARS: std::ops::RangeInclusive<u8> = 1..=10;

/// Full-time weekly hours a table can be for.
const HOURS: std::ops::RangeInclusive<f32> = 1.0..=48.0;

impl Checker<'_> {
    pub(super) fn pay(&mut self) {
        let tables = At::root("pay");
        if self.catalogue.pay_tables.is_empty() {
            self.report(
                &tables,
                "there is no pay table; add one for each nation, the default first",
            );
        }
        let mut seen = HashMap::new();
        for (t, pay) in self.catalogue.pay_tables.iter().enumerate() {
            earlier(&mut seen, &pay.nation);
            let at = tables.named("nation", &pay.nation, t);
            self.id(&at.field("nation"), &pay.nation, &seen, "nation");
            self.table(&at, t);
        }
    }

    fn table(&mut self, at: &At, t: usize) {
        let pay = &self.catalogue.pay_tables[t];
        self.text(&at.field("year"), &pay.year);
        self.text(&at.field("region"), &pay.region);
        if !HOURS.contains(&pay.hours) {
            // At the number itself, as a parse error about a number is (its sign).
            self.report_char(
                &at.field("hours"),
                0,
                format!(
                    "{} hours a week looks wrong; give the full-time hours the figures are for, such as 37.5",
                    pay.hours
                ),
            );
        }
        self.source_ref(&at.field("source"), &pay.source);
        if let Some(note) = &pay.note {
            self.text(&at.field("note"), note);
        }
        if let Some(source) = &pay.steps_source {
            self.source_ref(&at.field("steps_source"), source);
        }
        let bands = at.field("bands");
        if pay.bands.is_empty() {
            self.report(&bands, "the pay table has no bands; add at least one");
        }
        let mut seen = HashMap::new();
        let mut previous: Option<&str> = None;
        let mut previous_min = 0;
        for (i, band) in pay.bands.iter().enumerate() {
            earlier(&mut seen, &band.name);
            let at = bands.named("name", &band.name, i);
            self.text(&at.field("name"), &band.name);
            if let Some(note) = &band.note {
                self.text(&at.field("note"), note);
            }
            if seen.get(band.name.as_str()).is_some_and(|&n| n > 1) {
                self.report(
                    &at,
                    format!(
                        "band {} is in the pay table twice; each band is listed once",
                        shown(&band.name)
                    ),
                );
            }
            if band.min > band.max {
                self.report(
                    &at.field("min"),
                    format!(
                        "the minimum pay ({}) is more than the maximum ({})",
                        pounds(band.min),
                        pounds(band.max)
                    ),
                );
            }
            self.steps(&at, t, i, band);
            if let Some(previous) = previous
                && band.min < previous_min
            {
                self.report(
                    &at.field("min"),
                    format!(
                        "band {} starts lower than band {} before it; list bands from lowest to highest pay",
                        shown(&band.name),
                        shown(previous)
                    ),
                );
            }
            previous = Some(&band.name);
            previous_min = band.min;
        }
    }

    /// A band's intermediate step sits between its entry and top, and `years` gives one
    /// figure for each gap between step points.
    fn steps(&mut self, at: &At, table: usize, index: usize, band: &Band) {
        if let Some(mid) = band.mid
            && !(band.min < mid && mid < band.max)
        {
            self.report(
                &at.field("mid"),
                format!(
                    "the intermediate step ({}) must lie between the entry ({}) and the top ({})",
                    pounds(mid),
                    pounds(band.min),
                    pounds(band.max)
                ),
            );
            return;
        }
        let gaps = band.steps().len() - 1;
        if band.years.is_empty() && gaps > 0 && self.years_written(table, index) {
            self.report(
                &at.field("years"),
                format!(
                    "`years: []` gives no figures, and this band has {gaps} {}; give one figure for each, or leave `years` out when they are not known",
                    if gaps == 1 { "gap between step points" } else { "gaps between step points" }
                ),
            );
        }
        if !band.years.is_empty() && band.years.len() != gaps {
            let expected = match gaps {
                0 => String::from("none, as the band has one pay point"),
                1 => String::from("one, the years from entry to top"),
                _ => String::from(
                    "two, the years from entry to the intermediate step and from it to the top",
                ),
            };
            self.report(
                &at.field("years"),
                format!(
                    "gives {} {}; a band with these step points needs {expected}",
                    band.years.len(),
                    if band.years.len() == 1 {
                        "figure"
                    } else {
                        "figures"
                    }
                ),
            );
        }
        for &years in &band.years {
            if !STEP_YEARS.contains(&years) {
                self.report(
                    &at.field("years"),
                    format!(
                        "{years} years between step points looks wrong; give {} to {}",
                        STEP_YEARS.start(),
                        STEP_YEARS.end()
                    ),
                );
            }
        }
    }
}
