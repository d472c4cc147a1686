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
    /// One Agenda for Change pay table per UK nation, the default first; rungs refer to
    /// their bands by name, so every table has every band a rung names.
    #[serde(rename = "pay")]
    pub pay_tables: Vec<PayTable>,
    /// Where a visitor might be starting from (at school, a graduate, a clinician...).
    /// Routes and rungs refer to them by id.
    #[serde(default)]
    pub stages: Vec<Stage>,
    /// Every route into the work, described once; specialisms and rungs refer to them by id.
    #[serde(default)]
    pub routes: Vec<Route>,
    /// The "Working in the NHS" page: practical facts, topic by topic.
    #[serde(default)]
    pub working: Vec<Topic>,
    pub specialisms: Vec<Specialism>,
    /// The "find your fit" quiz. Optional so small files can leave it out.
    #[serde(default)]
    pub quiz: Vec<Question>,
    /// Which pay table is shown (index into `pay_tables`): a choice of the visitor's, not
    /// content, so it is never read from or written to a file.
    #[serde(skip)]
    pub nation: usize,
}

/// A citable source: a web page and the year its facts refer to.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub url: String,
    pub year: u16,
    /// What kind of page it is, which decides how it may be used.
    pub kind: SourceKind,
    /// When it was seen or published ("2026-02-12" or "2026-02"); required for a job
    /// advert, which is evidence of a band at that date only.
    // Not skipped when empty: the embedded copy (postcard) needs every field written.
    #[serde(default)]
    pub date: Option<String>,
}

/// What a source is. A job advert backs a band at its date but is never the page a
/// visitor is sent to (a QR code, "read more"): it will have closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum SourceKind {
    /// A government, NHS or other official body's own page, circular or standard.
    Official,
    /// A national job profile or careers profile of a role.
    Profile,
    /// A job advert.
    Advert,
    /// A news article or press report.
    News,
    /// Anything else: a professional body, a guide, a blog.
    Other,
}

impl SourceKind {
    /// As shown beside a source: "official page", "job advert".
    pub fn label(self) -> &'static str {
        match self {
            SourceKind::Official => "official page",
            SourceKind::Profile => "job profile",
            SourceKind::Advert => "job advert",
            SourceKind::News => "news",
            SourceKind::Other => "other",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PayTable {
    /// The nation's id, as `--nation` takes it: "england", "scotland".
    pub nation: String,
    /// The pay year, e.g. "2026/27".
    pub year: String,
    /// Where the figures apply, as shown: "England", "Northern Ireland".
    pub region: String,
    /// Full-time weekly hours the annual figures are for (37.5; Scotland 36).
    pub hours: f32,
    /// Id of the source the figures come from.
    pub source: String,
    /// What is still pending for these figures (an award announced but not yet paid).
    /// Shown beside the figures.
    #[serde(default)]
    pub note: Option<String>,
    /// Id of the source for the years between step points.
    #[serde(default)]
    pub steps_source: Option<String>,
    /// Bands from lowest to highest; this order defines which band is "higher".
    pub bands: Vec<Band>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    /// The band's name as people say it: "2", "8a", "9".
    pub name: String,
    /// Annual full-time basic pay in whole pounds: the entry step point.
    pub min: u32,
    /// The intermediate step point, where the band has one.
    #[serde(default)]
    pub mid: Option<u32>,
    /// The top step point.
    pub max: u32,
    /// Years from each step point to the next (entry to intermediate, intermediate to
    /// top; or entry to top). Empty when not known.
    #[serde(default)]
    pub years: Vec<u8>,
    /// Anything a reader of this band needs to know ("closed to new staff").
    #[serde(default)]
    pub note: Option<String>,
}

/// Written out (RON, JSON), a band whose years are not known leaves `years` out, as a data
/// file does: `years: []` would say it has no figure for any gap, which validation refuses
/// for a band with step points. The embedded copy (postcard, not self-describing) always
/// stores every field.
impl Serialize for Band {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let years = !(self.years.is_empty() && serializer.is_human_readable());
        let mut band = serializer.serialize_struct("Band", 5 + usize::from(years))?;
        band.serialize_field("name", &self.name)?;
        band.serialize_field("min", &self.min)?;
        band.serialize_field("mid", &self.mid)?;
        band.serialize_field("max", &self.max)?;
        if years {
            band.serialize_field("years", &self.years)?;
        } else {
            band.skip_field("years")?;
        }
        band.serialize_field("note", &self.note)?;
        band.end()
    }
}

/// Where a visitor is starting from.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    pub id: String,
    /// A few words, e.g. "Graduate in any subject".
    pub label: String,
    /// One line of explanation.
    pub about: String,
}

/// What kind of route a route is; decides which details it must give.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum RouteKind {
    Apprenticeship,
    GraduateScheme,
    Training,
    Fellowship,
    Leadership,
    Degree,
    Clinical,
    Qualification,
    Experience,
}

/// One way into the work: an apprenticeship standard, a scheme, a programme, a move.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Route {
    pub id: String,
    pub name: String,
    pub kind: RouteKind,
    /// Apprenticeship level (2 to 7); required for apprenticeships.
    #[serde(default)]
    pub level: Option<u8>,
    /// Apprenticeship standard code, e.g. "ST0118", where known.
    #[serde(default)]
    pub code: Option<String>,
    /// Typical length in months, where known.
    #[serde(default)]
    pub months: Option<u16>,
    /// Who it suits, what it involves, where it leads.
    pub about: String,
    /// Ids of the stages from which someone can start this route.
    #[serde(default)]
    pub stages: Vec<String>,
    /// Id of the source behind it.
    pub source: String,
}

/// One topic of the "Working in the NHS" page.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    pub heading: String,
    pub points: Vec<String>,
    /// Ids of the sources behind the points.
    pub sources: Vec<String>,
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
    /// Ids of the routes into this specialism, most common first.
    #[serde(default)]
    pub routes: Vec<String>,
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
    /// Ids of routes that lead straight to this rung.
    #[serde(default)]
    pub routes: Vec<String>,
    /// Ids of the stages from which someone can apply for this rung directly.
    #[serde(default)]
    pub open_to: Vec<String>,
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
    #[serde(deserialize_with = "each_key_once")]
    pub weights: BTreeMap<String, u8>,
}

/// The parser reports this after the answer's points; `locate::parse_error` finds the
/// repeated key.
pub const REPEATED_POINTS: &str = "this answer gives points to";

/// A quiz answer's points, refusing a specialism named twice (a map would silently keep
/// the last).
fn each_key_once<'de, D: serde::Deserializer<'de>>(d: D) -> Result<BTreeMap<String, u8>, D::Error> {
    struct Points;
    impl<'de> serde::de::Visitor<'de> for Points {
        type Value = BTreeMap<String, u8>;

        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("points like {\"health-records\": 3}")
        }

        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut map: A,
        ) -> Result<Self::Value, A::Error> {
            let mut points = BTreeMap::new();
            while let Some((id, weight)) = map.next_entry::<String, u8>()? {
                if points.contains_key(&id) {
                    return Err(serde::de::Error::custom(format!(
                        "{REPEATED_POINTS} {id:?} twice; name each specialism once"
                    )));
                }
                points.insert(id, weight);
            }
            Ok(points)
        }
    }
    d.deserialize_map(Points)
}
