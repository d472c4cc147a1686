//! Content: the model, loading it from RON, and checking it against the rules.
//! Nothing here knows about terminals.

#[doc(hidden)]
pub mod generate;
mod load;
mod locate;
mod model;
mod plain;
mod split;
mod unstable;
mod validate;
mod wording;

pub use load::{
    LoadError, MAX_FILE_BYTES, embedded, embedded_trusted, load_file, load_str, parse_and_validate,
};
pub use model::{Answer, Band, Catalogue, PayTable, Question, Rung, Source, Specialism};
pub use plain::{escape_forbidden, is_forbidden_char};
pub use unstable::{Kind as UnstableKind, Unstable, first_unstable, is_invisible};
pub use validate::{Problem, validate};

/// The default content, compiled into the binary so hi-tui runs from any directory.
pub const EMBEDDED_RON: &str = include_str!("../../data/health_informatics.ron");
pub const EMBEDDED_NAME: &str = "data/health_informatics.ron";

impl Catalogue {
    /// Index of a band in the pay table (its rank: higher is more senior).
    pub fn band_rank(&self, name: &str) -> Option<usize> {
        self.pay.bands.iter().position(|b| b.name == name)
    }

    pub fn band(&self, name: &str) -> Option<&Band> {
        self.pay.bands.iter().find(|b| b.name == name)
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

impl Specialism {
    /// The specialism's lists with the headings they are shown under, in reading order:
    /// the detail pane and the exported document both use this.
    pub fn sections(&self) -> [(&'static str, &[String]); 7] {
        [
            ("Typical tasks", &self.tasks),
            ("Skills", &self.skills),
            ("Tools and techniques", &self.tools),
            ("Where you'd work", &self.workplaces),
            ("Ways in", &self.entry_routes),
            ("Professional bodies", &self.bodies),
            ("Choose this if…", &self.choose_if),
        ]
    }
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

    #[test]
    fn pounds_groups_thousands() {
        assert_eq!(pounds(0), "£0");
        assert_eq!(pounds(999), "£999");
        assert_eq!(pounds(1000), "£1,000");
        assert_eq!(pounds(38682), "£38,682");
        assert_eq!(pounds(125637), "£125,637");
        assert_eq!(pounds(1234567), "£1,234,567");
    }

    #[test]
    fn pay_label_collapses_single_point() {
        assert_eq!(pay_label(24465, 24465), "£24,465");
        assert_eq!(pay_label(31049, 37796), "£31,049 – £37,796");
    }
}
