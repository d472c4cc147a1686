//! The detail pane's text: everything about a specialism, or about one rung of its
//! ladder, wrapped to the pane's width. The pane draws these lines and the app counts
//! them to know how far the text can scroll.

use super::{Doc, Row, Tone};
use crate::data::{Catalogue, Rung, Specialism, pay_label};

/// The lines of the detail text `width` columns wide: for `specialism`, or for its rung
/// `rung` when given. Indices out of range give no lines.
pub fn rows(catalogue: &Catalogue, specialism: usize, rung: Option<usize>, width: u16) -> Vec<Row> {
    let mut out = Doc::new(usize::from(width));
    let Some(s) = catalogue.specialisms.get(specialism) else {
        return Vec::new();
    };
    match rung {
        Some(index) if index < s.ladder.len() => self::rung(&mut out, catalogue, s, index),
        Some(_) => {}
        None => self::specialism(&mut out, catalogue, s),
    }
    out.rows
}

fn specialism(out: &mut Doc, catalogue: &Catalogue, s: &Specialism) {
    out.styled(&s.name, Tone::Title);
    out.styled(&s.summary, Tone::Muted);
    out.heading("What the work is");
    out.para(&s.about);
    for (heading, items) in catalogue.sections(s) {
        if !items.is_empty() {
            out.section(heading, &items);
        }
    }
    let related = catalogue.related_names(s);
    if !related.is_empty() {
        out.heading("Related specialisms");
        out.para(&related.join(" · "));
    }
    if let Some(link) = catalogue.source(&s.link) {
        out.heading("Find out more");
        out.para(&link.title);
        out.styled(&link.url, Tone::Accent);
    }
    let sources = catalogue.citations(&s.sources, str::to_string);
    out.heading("Sources");
    out.bullets(&sources);
}

fn rung(out: &mut Doc, catalogue: &Catalogue, s: &Specialism, index: usize) {
    let rung: &Rung = &s.ladder[index];
    out.styled(&rung.title, Tone::Title);
    let pay = catalogue
        .pay_range(rung)
        .map(|(min, max)| pay_label(min, max))
        .unwrap_or_default();
    let band = rung.band_words();
    let typical = if rung.typical { "Typically " } else { "" };
    out.rows.push(vec![
        (Tone::Accent, format!("{typical}{band}")),
        (Tone::Text, "  ".into()),
        (Tone::Pay, format!("{pay} a year")),
    ]);
    out.styled(
        &format!(
            "Agenda for Change {} pay, {}, full-time basic",
            catalogue.pay.year, catalogue.pay.region
        ),
        Tone::Muted,
    );
    if let Some(note) = &catalogue.pay.note {
        out.styled(note, Tone::Accent);
    }
    if rung.typical {
        out.styled(
            "No published profile fixes this band; it is the band such roles are usually advertised at.",
            Tone::Muted,
        );
    }
    out.styled(
        &format!("Rung {} of {} · {}", index + 1, s.ladder.len(), s.name),
        Tone::Muted,
    );
    out.heading("Experience");
    out.para(&rung.experience);
    out.heading("What the job involves");
    out.para(&rung.involves);
    let top = index + 1 == s.ladder.len();
    out.heading(if top {
        "Where it can lead"
    } else {
        "Reaching the next rung"
    });
    out.para(&rung.next_step);
    let routes: Vec<String> = catalogue
        .routes_named(&rung.routes)
        .map(|r| format!("{}: {}", r.label(), r.about))
        .collect();
    if !routes.is_empty() {
        out.section("Routes in", &routes);
    }
    out.heading("Pay steps");
    let steps: Vec<String> = catalogue
        .rung_bands(rung)
        .map(|b| format!("Band {}: {}", b.name, b.steps_text()))
        .collect();
    out.bullets(&steps);
    if let Some(source) = catalogue.source(&rung.source) {
        out.heading("Source");
        out.para(&format!("{} ({})", source.title, source.year));
        out.styled(&source.url, Tone::Accent);
    }
}
