//! The content model: what a data file holds. Plain serde types, no terminal code.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Everything hi-tui shows, as read from one RON file.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    /// Shown in the header and on the welcome screen.
    pub title: String,
    /// A short paragraph on what health informatics is (welcome screen).
    pub intro: String,
    /// Every source the content cites, referred to elsewhere by `id`.
    pub sources: Vec<Source>,
    /// The one Agenda for Change pay table; rungs refer to its bands by name.
    pub pay: PayTable,
    pub specialisms: Vec<Specialism>,
    /// The "find your fit" quiz. Optional so small files can leave it out.
    #[serde(default)]
    pub quiz: Vec<Question>,
}

/// A citable source: a web page and the year its facts refer to.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub url: String,
    pub year: u16,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PayTable {
    /// The pay year, e.g. "2025/26".
    pub year: String,
    /// Where the figures apply, e.g. "England".
    pub region: String,
    /// Id of the source the figures come from.
    pub source: String,
    /// Bands from lowest to highest; this order defines which band is "higher".
    pub bands: Vec<Band>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    /// The band's name as people say it: "2", "8a", "9".
    pub name: String,
    /// Annual full-time basic pay in whole pounds.
    pub min: u32,
    pub max: u32,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Specialism {
    /// Stable identifier: lowercase letters, digits and hyphens.
    pub id: String,
    pub name: String,
    /// One line, shown under the name.
    pub summary: String,
    /// What the work is, in a paragraph or two.
    pub about: String,
    pub tasks: Vec<String>,
    pub skills: Vec<String>,
    pub tools: Vec<String>,
    pub workplaces: Vec<String>,
    pub entry_routes: Vec<String>,
    pub bodies: Vec<String>,
    pub choose_if: Vec<String>,
    /// Ids of other specialisms worth a look.
    #[serde(default)]
    pub related: Vec<String>,
    /// Id of the source that is the best "find out more" page (used for the QR take-away).
    pub link: String,
    /// Ids of the sources behind this section's facts.
    pub sources: Vec<String>,
    /// From entry level (first) to the most senior role (last).
    pub ladder: Vec<Rung>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Rung {
    pub title: String,
    /// One band, or two for a range ("8a" to "8b"), by name from the pay table.
    pub bands: Vec<String>,
    /// True when no source documents the band and it is our best estimate.
    #[serde(default)]
    pub typical: bool,
    pub experience: String,
    pub involves: String,
    /// What it takes to reach the next rung (for the top rung: where it can lead).
    pub next_step: String,
    /// Id of the source behind this rung's title and band.
    pub source: String,
    /// Optional id of a source for a rung-specific "find out more" link.
    #[serde(default)]
    pub link: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub text: String,
    pub answers: Vec<Answer>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    pub text: String,
    /// Specialism id to weight (1 to 3); unlisted specialisms score nothing.
    pub weights: BTreeMap<String, u8>,
}
