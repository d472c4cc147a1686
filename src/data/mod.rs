//! Content: the model, loading it from RON, and checking it against the rules.
//! Nothing here knows about terminals.

mod forbidden;
mod literal;
mod load;
mod locate;
mod model;
mod parse_messages;
mod spans;
mod stages;
mod unstable;
mod validate;

pub use forbidden::{escape_forbidden, is_forbidden_char};
pub use load::{
    LoadError, MAX_FILE_BYTES, embedded, embedded_title_and_intro, embedded_trusted, load_file,
    load_str,
};
pub use model::{
    Answer, Band, Catalogue, PayTable, Question, Route, RouteKind, Rung, Source, SourceKind,
    Specialism, Stage, Topic,
};
pub use stages::WayIn;
pub use unstable::{Kind as UnstableKind, Unstable, first_unstable, is_invisible};
pub use validate::{Problem, validate};

/// What `Catalogue::pay` gives for a catalogue with no pay table at all.
static NO_PAY: PayTable = PayTable {
    nation: String::new(),
    year: String::new(),
    region: String::new(),
    hours: 0.0,
    source: String::new(),
    note: None,
    steps_source: None,
    bands: Vec::new(),
};

/// The default content, compiled into the binary so hi-tui runs from any directory.
pub const EMBEDDED_RON: &str = include_str!("../../data/health_informatics.ron");
pub const EMBEDDED_NAME: &str = "data/health_informatics.ron";

impl Catalogue {
    /// The pay table of the chosen nation (the first table until one is chosen).
    pub fn pay(&self) -> &PayTable {
        // Validation refuses a file without a pay table, and `set_nation` keeps the index
        // in range, so this only falls back for a catalogue built by hand.
        self.pay_tables
            .get(self.nation)
            .or_else(|| self.pay_tables.first())
            .unwrap_or(&NO_PAY)
    }

    /// The chosen nation's index among the pay tables.
    pub fn nation(&self) -> usize {
        self.nation
    }

    /// Chooses whose pay is shown; an index past the last table is ignored.
    pub fn set_nation(&mut self, index: usize) {
        if index < self.pay_tables.len() {
            self.nation = index;
        }
    }

    /// The index of the pay table for a nation id ("scotland"), ignoring case.
    pub fn nation_index(&self, id: &str) -> Option<usize> {
        self.pay_tables
            .iter()
            .position(|t| t.nation.eq_ignore_ascii_case(id))
    }

    /// The nation ids, in the file's order: "england, scotland".
    pub fn nation_ids(&self) -> String {
        let ids: Vec<&str> = self.pay_tables.iter().map(|t| t.nation.as_str()).collect();
        ids.join(", ")
    }

    pub fn band(&self, name: &str) -> Option<&Band> {
        self.pay().bands.iter().find(|b| b.name == name)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn specialism_index(&self, id: &str) -> Option<usize> {
        self.specialisms.iter().position(|s| s.id == id)
    }

    /// Pay range for a rung: the first band's minimum to the last band's maximum.
    pub fn pay_range(&self, rung: &Rung) -> Option<(u32, u32)> {
        let low = self.band(rung.bands.first()?)?;
        let high = self.band(rung.bands.last()?)?;
        Some((low.min, high.max))
    }
}

impl Catalogue {
    /// A specialism's lists with the headings they are shown under, in reading order:
    /// the detail pane and the exported documents all use this.
    pub fn sections(&self, s: &Specialism) -> [(&'static str, Vec<String>); 7] {
        [
            ("Typical tasks", s.tasks.clone()),
            ("Skills", s.skills.clone()),
            ("Tools and techniques", s.tools.clone()),
            ("Where you'd work", s.workplaces.clone()),
            ("Ways in", self.route_labels(&s.routes)),
            ("Professional bodies", s.bodies.clone()),
            ("Choose this if…", s.choose_if.clone()),
        ]
    }

    pub fn route(&self, id: &str) -> Option<&Route> {
        self.routes.iter().find(|r| r.id == id)
    }

    pub fn stage(&self, id: &str) -> Option<&Stage> {
        self.stages.iter().find(|s| s.id == id)
    }

    /// The routes named by `ids`, skipping ids that do not resolve.
    pub fn routes_named<'a>(&'a self, ids: &'a [String]) -> impl Iterator<Item = &'a Route> {
        ids.iter().filter_map(|id| self.route(id))
    }

    /// One line per route named by `ids`, e.g. "Data analyst apprenticeship (Level 4,
    /// ST0118, 24 months)".
    pub fn route_labels(&self, ids: &[String]) -> Vec<String> {
        self.routes_named(ids).map(Route::label).collect()
    }

    /// The labels of the stages named by `ids`, skipping ids that do not resolve.
    pub fn stage_labels(&self, ids: &[String]) -> Vec<&str> {
        ids.iter()
            .filter_map(|id| self.stage(id))
            .map(|s| s.label.as_str())
            .collect()
    }

    /// The sources named by `ids` as "Title (year)", skipping ids that do not resolve;
    /// `title` prepares each title for where it goes (escaping, say).
    pub fn citations(&self, ids: &[String], title: impl Fn(&str) -> String) -> Vec<String> {
        ids.iter()
            .filter_map(|id| self.source(id))
            .map(|src| format!("{} ({})", title(&src.title), src.about()))
            .collect()
    }

    /// The pay bands a rung spans, lowest first, as far as they resolve.
    pub fn rung_bands<'a>(&'a self, rung: &'a Rung) -> impl Iterator<Item = &'a Band> {
        rung.bands.iter().filter_map(|name| self.band(name))
    }
}

impl Source {
    /// What the source is and when, as shown after its title: "official page, 2026";
    /// a job advert by its date, as it is evidence only of that moment: "job advert,
    /// 2025-11-14".
    pub fn about(&self) -> String {
        match &self.date {
            Some(date) => format!("{}, {date}", self.kind.label()),
            None => format!("{}, {}", self.kind.label(), self.year),
        }
    }
}

impl Route {
    /// The route's facts in brief: "Level 4, ST0118, 24 months"; empty when it has none.
    pub fn facts(&self) -> String {
        let mut facts = Vec::new();
        if let Some(level) = self.level {
            facts.push(format!("Level {level}"));
        }
        if let Some(code) = &self.code {
            facts.push(code.clone());
        }
        if let Some(months) = self.months {
            facts.push(format!("{months} months"));
        }
        facts.join(", ")
    }

    /// Its code (when it has one) before its name and the rest of its facts, so a short
    /// search result still shows which standard it is: "ST0118 Data analyst
    /// apprenticeship (Level 4, 24 months)".
    pub fn code_first_label(&self) -> String {
        match &self.code {
            Some(code) => {
                let rest = Route {
                    code: None,
                    ..self.clone()
                };
                format!("{code} {}", rest.label())
            }
            None => self.label(),
        }
    }

    /// Its name with its facts: "Data analyst apprenticeship (Level 4, ST0118, 24 months)".
    pub fn label(&self) -> String {
        let facts = self.facts();
        if facts.is_empty() {
            self.name.clone()
        } else {
            format!("{} ({facts})", self.name)
        }
    }
}

impl Band {
    /// The step points from entry to top: (pay, years since the previous point if known).
    pub fn steps(&self) -> Vec<(u32, Option<u8>)> {
        let mut points = vec![self.min];
        points.extend(self.mid);
        if self.max != self.min {
            points.push(self.max);
        }
        points
            .into_iter()
            .enumerate()
            .map(|(i, pay)| match i {
                0 => (pay, None),
                i => (pay, self.years.get(i - 1).copied()),
            })
            .collect()
    }

    /// The step points in words: "£38,682 on entry, £40,823 after 2 years, £46,580
    /// after 3 more years", or "£24,465 (one pay point)".
    pub fn steps_text(&self) -> String {
        let steps = self.steps();
        if steps.len() == 1 {
            return format!("{} (one pay point)", pounds(self.min));
        }
        let last = steps.len() - 1;
        steps
            .iter()
            .enumerate()
            .map(|(i, &(pay, years))| {
                let when = match (i, years) {
                    (0, _) => String::from("on entry"),
                    (1, Some(y)) => format!("after {}", years_text(y, "")),
                    (_, Some(y)) => format!("after {}", years_text(y, "more ")),
                    (i, None) if i == last => String::from("top"),
                    (_, None) => String::from("intermediate"),
                };
                format!("{} {when}", pounds(pay))
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// "2 years", "1 more year".
fn years_text(years: u8, more: &str) -> String {
    let unit = if years == 1 { "year" } else { "years" };
    format!("{years} {more}{unit}")
}

impl Catalogue {
    /// Names of the specialisms `s` lists as related, skipping ids that do not resolve.
    pub fn related_names(&self, s: &Specialism) -> Vec<String> {
        s.related
            .iter()
            .filter_map(|id| self.specialism_index(id))
            .map(|i| self.specialisms[i].name.clone())
            .collect()
    }
}

impl Rung {
    /// "8a–8b" or "6".
    pub fn band_label(&self) -> String {
        match self.bands.as_slice() {
            [only] => only.clone(),
            [low, .., high] => format!("{low}–{high}"),
            [] => String::from("?"),
        }
    }

    /// "Band 6" or "Bands 8a–8b".
    pub fn band_words(&self) -> String {
        let word = if self.bands.len() > 1 {
            "Bands"
        } else {
            "Band"
        };
        format!("{word} {}", self.band_label())
    }
}

/// Formats whole pounds with thousands separators: 38682 → "£38,682".
pub fn pounds(amount: u32) -> String {
    let digits = amount.to_string();
    let mut out = String::with_capacity(digits.len() + 4);
    out.push('£');
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// "£38,682 – £46,580", or a single figure when min equals max.
pub fn pay_label(min: u32, max: u32) -> String {
    if min == max {
        pounds(min)
    } else {
        format!("{} – {}", pounds(min), pounds(max))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A nation past the last table is ignored, the last one is taken, and ids match
    /// whatever their case.
    #[test]
    fn a_nation_is_chosen_only_among_the_tables() {
        let mut catalogue = embedded().expect("shipped");
        let tables = catalogue.pay_tables.len();
        catalogue.set_nation(1);
        catalogue.set_nation(tables);
        assert_eq!(catalogue.nation(), 1);
        catalogue.set_nation(tables - 1);
        assert_eq!(catalogue.nation(), tables - 1);
        assert_eq!(catalogue.pay().nation, "northern-ireland");
        assert_eq!(catalogue.nation_index("Northern-Ireland"), Some(tables - 1));
        assert_eq!(catalogue.nation_index("ulster"), None);
        assert_eq!(
            catalogue.nation_ids(),
            "england, scotland, wales, northern-ireland"
        );
    }

    /// With no table at all (a catalogue built in code), pay is an empty table, not a
    /// panic.
    #[test]
    fn no_pay_table_is_an_empty_one() {
        let mut catalogue = embedded().expect("shipped");
        catalogue.nation = 7;
        assert_eq!(catalogue.pay().nation, "england", "out of range: the first");
        catalogue.pay_tables.clear();
        assert!(catalogue.pay().bands.is_empty());
        assert_eq!(catalogue.band("5"), None);
    }

    #[test]
    fn pounds_groups_thousands() {
        assert_eq!(pounds(0), "£0");
        assert_eq!(pounds(999), "£999");
        assert_eq!(pounds(1000), "£1,000");
        assert_eq!(pounds(38682), "£38,682");
        assert_eq!(pounds(125637), "£125,637");
        assert_eq!(pounds(1234567), "£1,234,567");
    }

    fn band(min: u32, mid: Option<u32>, max: u32, years: &[u8]) -> Band {
        Band {
            name: String::from("x"),
            min,
            mid,
            max,
            years: years.to_vec(),
            note: None,
        }
    }

    #[test]
    fn step_points_read_in_order_with_years_between() {
        assert_eq!(
            band(38682, Some(40823), 46580, &[2, 3]).steps_text(),
            "£38,682 on entry, £40,823 after 2 years, £46,580 after 3 more years"
        );
        assert_eq!(
            band(27485, None, 30162, &[1]).steps_text(),
            "£27,485 on entry, £30,162 after 1 year"
        );
        assert_eq!(
            band(55690, Some(58487), 62682, &[]).steps_text(),
            "£55,690 on entry, £58,487 intermediate, £62,682 top"
        );
        assert_eq!(
            band(24465, None, 24465, &[]).steps_text(),
            "£24,465 (one pay point)"
        );
    }

    #[test]
    fn route_label_gives_the_facts_it_has() {
        let mut route = Route {
            id: String::from("st0118"),
            name: String::from("Data analyst apprenticeship"),
            kind: RouteKind::Apprenticeship,
            level: Some(4),
            code: Some(String::from("ST0118")),
            months: Some(24),
            about: String::new(),
            stages: Vec::new(),
            source: String::new(),
        };
        assert_eq!(
            route.label(),
            "Data analyst apprenticeship (Level 4, ST0118, 24 months)"
        );
        assert_eq!(
            route.code_first_label(),
            "ST0118 Data analyst apprenticeship (Level 4, 24 months)"
        );
        route.code = None;
        route.months = None;
        assert_eq!(route.code_first_label(), route.label());
        assert_eq!(route.label(), "Data analyst apprenticeship (Level 4)");
        route.level = None;
        assert_eq!(route.label(), "Data analyst apprenticeship");
    }

    #[test]
    fn pay_label_collapses_single_point() {
        assert_eq!(pay_label(24465, 24465), "£24,465");
        assert_eq!(pay_label(31049, 37796), "£31,049 – £37,796");
    }
}
