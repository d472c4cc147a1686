//! The detail pane's text: everything about a specialism, or about one rung of its
//! ladder, wrapped to the pane's width. The pane draws these lines and the app counts
//! them to know how far the text can scroll.

use super::{Doc, Row, Tone};
use crate::data::{Catalogue, Rung, Specialism, pay_label};
use crate::text;

/// The lines of the detail text `width` columns wide: for `specialism`, or for its rung
/// `rung` when given. Indices out of range give no lines.
pub fn rows(catalogue: &Catalogue, specialism: usize, rung: Option<usize>, width: u16) -> Vec<Row> {
    rows_for(catalogue, specialism, rung, None, width)
}

/// As [`rows`], for a visitor at `stage` (an id): the text also says what is open to
/// them and the usual way in.
pub fn rows_for(
    catalogue: &Catalogue,
    specialism: usize,
    rung: Option<usize>,
    stage: Option<&str>,
    width: u16,
) -> Vec<Row> {
    doc_for(catalogue, specialism, rung, stage, width).rows
}

/// As [`rows_for`], with where each paragraph starts.
pub fn doc_for(
    catalogue: &Catalogue,
    specialism: usize,
    rung: Option<usize>,
    stage: Option<&str>,
    width: u16,
) -> Doc {
    let mut out = Doc::new(usize::from(width));
    let Some(s) = catalogue.specialisms.get(specialism) else {
        return out;
    };
    match rung {
        Some(index) if index < s.ladder.len() => self::rung(&mut out, catalogue, s, index, stage),
        Some(_) => {}
        None => self::specialism(&mut out, catalogue, s, stage),
    }
    out
}

fn specialism(out: &mut Doc, catalogue: &Catalogue, s: &Specialism, stage: Option<&str>) {
    out.styled(&s.name, Tone::Title);
    out.styled(&s.summary, Tone::Muted);
    if let Some(stage) = stage {
        from_where_you_are(out, catalogue, s, None, stage);
    }
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

fn rung(out: &mut Doc, catalogue: &Catalogue, s: &Specialism, index: usize, stage: Option<&str>) {
    let rung: &Rung = &s.ladder[index];
    out.styled(&rung.title, Tone::Title);
    // With a stage chosen, the answer to "could I apply?" comes first; how, further on.
    if let Some(stage) = stage {
        match rung.is_open_to(stage) {
            true => out.styled("✓ Open to you now", Tone::Accent),
            false => out.styled("Not open to you directly yet", Tone::Muted),
        }
    }
    let pay = catalogue
        .pay_range(rung)
        .map(|(min, max)| pay_label(min, max))
        .unwrap_or_default();
    let band = rung.band_words();
    let typical = if rung.typical { "Typically " } else { "" };
    let band = format!("{typical}{band}");
    let pay = format!("{pay} a year");
    if text::width(&band) + 2 + text::width(&pay) <= out.width() {
        out.push(vec![
            (Tone::Accent, band),
            (Tone::Text, "  ".into()),
            (Tone::Pay, pay),
        ]);
    } else {
        // Too narrow for both: each on its own line, wrapped, so no figure is cut off;
        // still one paragraph, so a resize keeps the reader's place by paragraph.
        out.stacked(&[(&band, Tone::Accent), (&pay, Tone::Pay)]);
    }
    out.styled(
        &format!(
            "Agenda for Change {} pay, {}, full-time basic ({} hours a week)",
            catalogue.pay().year,
            catalogue.pay().region,
            catalogue.pay().hours
        ),
        Tone::Muted,
    );
    if let Some(note) = &catalogue.pay().note {
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
    if let Some(stage) = stage {
        from_where_you_are(out, catalogue, s, Some(index), stage);
    }
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
        .map(|b| match &b.note {
            Some(note) => format!("Band {}: {}. {note}", b.name, b.steps_text()),
            None => format!("Band {}: {}", b.name, b.steps_text()),
        })
        .collect();
    out.bullets(&steps);
    if let Some(source) = catalogue.source(&rung.source) {
        out.heading("Source");
        out.para(&format!("{} ({})", source.title, source.about()));
        out.styled(&source.url, Tone::Accent);
    }
}

/// What a visitor at `stage` can do: for a rung, whether it is open to them now and by
/// which route, or the usual way in; for a specialism, its first rung open to them or
/// the usual way in.
fn from_where_you_are(
    out: &mut Doc,
    catalogue: &Catalogue,
    s: &Specialism,
    rung: Option<usize>,
    stage: &str,
) {
    let Some(label) = catalogue.stage(stage).map(|st| st.label.as_str()) else {
        return;
    };
    out.heading(&format!("From where you are: {label}"));
    let open = match rung {
        Some(index) => catalogue
            .rung_open_to(&s.ladder[index], stage)
            .map(|route| (None, route)),
        None => catalogue.first_open_rung(s, stage).map(|index| {
            let route = catalogue.rung_open_to(&s.ladder[index], stage).flatten();
            (Some(index), route)
        }),
    };
    if let Some((first, route)) = open {
        if let Some(index) = first {
            let what = format!("✓ First rung open to you now: {}", rung_name(s, index));
            out.styled(&what, Tone::Accent);
        }
        out.para(&match route {
            Some(route) => format!("Way in: {}.", route.label()),
            None => "You can apply for it directly.".to_string(),
        });
        return;
    }
    // Who can apply straight away, so a visitor knows whose door this is.
    let open_to: Vec<String> = match rung {
        Some(index) => s.ladder[index].open_to.clone(),
        None => catalogue
            .stages
            .iter()
            .filter(|st| catalogue.first_open_rung(s, &st.id).is_some())
            .map(|st| st.id.clone())
            .collect(),
    };
    let way = catalogue.usual_way_in(s, stage);
    let target = way.and_then(|w| w.rung);
    let route = way.and_then(|w| w.route);
    if rung.is_none() {
        out.styled(
            "Experience first: nothing here is open straight from your stage.",
            Tone::Muted,
        );
    }
    let by = route.map_or(String::new(), |r| format!(", by {}", r.label()));
    out.para(&match (target, route) {
        (Some(t), _) if Some(t) == rung => format!("The usual way in from your stage{by}."),
        (Some(t), _) => format!(
            "The usual way in from your stage is {}{by}; then climb from there.",
            rung_name(s, t)
        ),
        (None, Some(r)) => format!(
            "The usual way in from your stage is {}, then the first rung, {}.",
            r.label(),
            s.ladder.first().map_or("", |r| r.title.as_str())
        ),
        (None, None) => {
            "Most people start in another role and gain experience before applying.".to_string()
        }
    });
    let labels = catalogue.stage_labels(&open_to);
    if !labels.is_empty() {
        out.styled(
            &format!("Open straight away to: {}.", labels.join("; ")),
            Tone::Muted,
        );
    }
}

/// "Test analyst (Band 5, rung 2)".
fn rung_name(s: &Specialism, index: usize) -> String {
    let rung = &s.ladder[index];
    format!("{} ({}, rung {})", rung.title, rung.band_words(), index + 1)
}
