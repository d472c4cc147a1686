//! How large an export can grow, worked out before any of it is written. Text written
//! once is no danger (a data file is at most 4 MiB); text written wherever it is referred
//! to is: a source's title is repeated at every citation, a route's name under every rung
//! it leads to. A 4 MB title cited 200 times made a 1.67 GB page. So the bound counts every
//! reference at the full size of what it names, and an export whose bound is over
//! [`MAX_OUTPUT_BYTES`] is refused before anything is built.

use foldhash::{HashMap, HashMapExt};

use super::Format;
use crate::data::{Catalogue, Route, Source, Specialism, Stage};

/// The largest export hi-tui writes: 64 MiB, a hundred times the shipped content's page.
pub const MAX_OUTPUT_BYTES: usize = 64 * 1024 * 1024;

/// Times an item's own text is written: a specialism's name is in the contents, its
/// heading, its ladder's heading and the page's navigation.
const OWN: usize = 4;
/// Times each reference may be written (a citation in a list and a caption, say).
const REFERRED: usize = 2;
/// Markup around a list entry, at most (`<li>`, a separator, a year).
const ENTRY: usize = 64;
/// Markup around a block (a rung, a specialism, a route, a source, a band), at most:
/// tags, labels, the pay figures.
const BLOCK: usize = 2048;
/// An SVG QR code, at most: a version-40 code is 177 modules square, one path segment
/// of under ten bytes for each.
const QR: usize = 177 * 177 * 10;
/// The stylesheet, the document's frame and the pay table's headings.
const FRAME: usize = 64 * 1024;

/// `text`'s length once escaped, at most: HTML writes `"` as `&quot;` (five bytes more),
/// Markdown puts a `\` before punctuation it would read as markup (one more).
fn esc(text: &str) -> usize {
    text.len() + 5 * text.bytes().filter(u8::is_ascii_punctuation).count()
}

fn texts(list: &[String]) -> usize {
    list.iter().map(|t| esc(t)).sum()
}

/// An upper bound on the bytes an export of `catalogue` in `format` writes (a hand-out
/// of one specialism holds less). JSON holds each text once, references as ids.
pub fn bound(catalogue: &Catalogue, format: Format) -> usize {
    // Each size worked out once, however often it is referred to.
    let source_sizes = sizes(
        catalogue
            .sources
            .iter()
            .map(|s| (s.id.as_str(), size_of_source(s))),
    );
    let route_sizes = sizes(
        catalogue
            .routes
            .iter()
            .map(|r| (r.id.as_str(), size_of_route(r))),
    );
    let stage_sizes = sizes(
        catalogue
            .stages
            .iter()
            .map(|s| (s.id.as_str(), size_of_stage(s))),
    );
    let specialism_sizes = sizes(
        catalogue
            .specialisms
            .iter()
            .map(|s| (s.id.as_str(), esc(&s.name) + esc(&s.summary))),
    );
    let band_sizes = sizes(
        catalogue
            .pay()
            .bands
            .iter()
            .map(|b| (b.name.as_str(), esc(&b.name) + BLOCK)),
    );
    let look = |map: &HashMap<&str, usize>, id: &str| map.get(id).copied().unwrap_or(0);
    let source = |id: &str| look(&source_sizes, id);
    let sources = |ids: &[String]| ids.iter().map(|id| source(id)).sum::<usize>();
    let routes = |ids: &[String]| ids.iter().map(|id| look(&route_sizes, id)).sum::<usize>();
    let stages = |ids: &[String]| ids.iter().map(|id| look(&stage_sizes, id)).sum::<usize>();
    let specialism = |id: &str| look(&specialism_sizes, id);
    let band = |name: &str| look(&band_sizes, name);

    let mut own = esc(&catalogue.title) + esc(&catalogue.intro);
    // JSON writes every nation's table; the other formats one of them.
    let mut referred = 0;
    let mut blocks = 0;
    for pay in &catalogue.pay_tables {
        referred += source(&pay.source) + pay.steps_source.as_deref().map_or(0, source);
        own += esc(&pay.nation) + esc(&pay.year) + esc(&pay.region) + BLOCK;
        own += pay.note.as_deref().map_or(0, esc);
        for band in &pay.bands {
            own += esc(&band.name) + band.note.as_deref().map_or(0, esc);
        }
        blocks += pay.bands.len();
    }
    own += catalogue.sources.iter().map(size_of_source).sum::<usize>();
    own += catalogue.stages.iter().map(size_of_stage).sum::<usize>();
    blocks += catalogue.sources.len() + catalogue.stages.len();
    let mut entries = 0;
    for r in &catalogue.routes {
        own += size_of_route(r);
        referred += stages(&r.stages) + source(&r.source);
        blocks += 1;
        entries += r.stages.len();
    }
    for topic in &catalogue.working {
        own += esc(&topic.heading) + texts(&topic.points);
        referred += sources(&topic.sources);
        blocks += 1;
        entries += topic.points.len() + topic.sources.len();
    }
    let mut codes = 0;
    for s in &catalogue.specialisms {
        own += size_of_specialism(s);
        referred += s.related.iter().map(|id| specialism(id)).sum::<usize>();
        referred += routes(&s.routes) + source(&s.link) + sources(&s.sources);
        let lists = [
            &s.tasks,
            &s.skills,
            &s.tools,
            &s.workplaces,
            &s.bodies,
            &s.choose_if,
        ];
        blocks += 1;
        entries += s.related.len() + s.routes.len() + s.sources.len();
        entries += lists.iter().map(|l| l.len()).sum::<usize>();
        codes += 1;
        for rung in &s.ladder {
            own += esc(&rung.title) + esc(&rung.experience) + esc(&rung.involves);
            own += esc(&rung.next_step);
            referred += rung.bands.iter().map(|b| band(b)).sum::<usize>();
            referred += source(&rung.source) + rung.link.as_deref().map_or(0, source);
            referred += routes(&rung.routes) + stages(&rung.open_to);
            blocks += 1;
            entries += rung.bands.len() + rung.routes.len() + rung.open_to.len();
            codes += usize::from(rung.link.is_some());
        }
    }
    for question in &catalogue.quiz {
        own += esc(&question.text);
        blocks += 1;
        for answer in &question.answers {
            own += esc(&answer.text) + answer.weights.keys().map(|k| esc(k)).sum::<usize>();
            referred += answer
                .weights
                .keys()
                .map(|id| specialism(id))
                .sum::<usize>();
            entries += 1 + answer.weights.len();
        }
    }
    let (own_times, referred_times, codes) = match format {
        Format::Json => (1, 0, 0),
        Format::Markdown => (OWN, REFERRED, 0),
        Format::Html => (OWN, REFERRED, codes),
    };
    own_times
        .saturating_mul(own)
        .saturating_add(referred_times.saturating_mul(referred))
        .saturating_add(BLOCK.saturating_mul(blocks))
        .saturating_add(ENTRY.saturating_mul(entries))
        .saturating_add(QR.saturating_mul(codes))
        .saturating_add(FRAME)
}

fn size_of_source(s: &Source) -> usize {
    // The kind is one of a few short words, within ENTRY.
    esc(&s.id) + esc(&s.title) + 2 * esc(&s.url) + s.date.as_deref().map_or(0, esc) + ENTRY
}

fn size_of_route(r: &Route) -> usize {
    esc(&r.id) + esc(&r.name) + esc(&r.about) + r.code.as_deref().map_or(0, esc) + ENTRY
}

fn size_of_stage(s: &Stage) -> usize {
    esc(&s.id) + esc(&s.label) + esc(&s.about)
}

fn size_of_specialism(s: &Specialism) -> usize {
    let lists = [
        &s.tasks,
        &s.skills,
        &s.tools,
        &s.workplaces,
        &s.bodies,
        &s.choose_if,
    ];
    esc(&s.id)
        + esc(&s.name)
        + esc(&s.summary)
        + esc(&s.about)
        + lists.iter().map(|l| texts(l)).sum::<usize>()
}

/// Sizes by id; the first of a repeated id counts, as lookups find it.
fn sizes<'a>(pairs: impl Iterator<Item = (&'a str, usize)>) -> HashMap<&'a str, usize> {
    let mut map = HashMap::new();
    for (id, size) in pairs {
        map.entry(id).or_insert(size);
    }
    map
}
