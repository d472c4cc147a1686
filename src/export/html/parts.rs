//! The parts after the specialisms: where a reader might be starting from, the routes
//! in, the Working in the NHS page, the pay table and the sources.

use super::scope::Scope;
use super::writer::Html;
use crate::data::{Catalogue, pounds};

/// The fragment ids of the parts. Each has an underscore, which specialism ids cannot
/// have, so a specialism can never share an id with a part.
pub const STAGES: &str = "where_are_you_now";
pub const ROUTES: &str = "routes_in";
pub const WORKING: &str = "working_in_the_nhs";
pub const PAY: &str = "pay_table";
pub const SOURCES: &str = "all_sources";

/// The parts this document has, as (id, heading), in order: the contents list and the
/// parts themselves both follow it.
pub fn list(catalogue: &Catalogue, scope: &Scope) -> Vec<(&'static str, String)> {
    let mut parts = Vec::new();
    if !scope.stages.is_empty() {
        parts.push((STAGES, String::from("Where are you now?")));
    }
    if !scope.routes.is_empty() {
        parts.push((ROUTES, String::from("Routes in")));
    }
    if !catalogue.working.is_empty() {
        parts.push((WORKING, String::from("Working in the NHS")));
    }
    parts.push((PAY, pay_heading(catalogue)));
    parts.push((SOURCES, String::from("Sources")));
    parts
}

pub fn pay_heading(catalogue: &Catalogue) -> String {
    format!(
        "Pay: Agenda for Change {}, {}",
        catalogue.pay().year,
        catalogue.pay().region
    )
}

pub fn write(html: &mut Html, catalogue: &Catalogue, scope: &Scope) {
    for (id, heading) in list(catalogue, scope) {
        html.open("section", &[("class", "part"), ("id", id)]);
        html.newline();
        html.line("h2", &[], &heading);
        match id {
            STAGES => stages(html, scope),
            ROUTES => routes(html, catalogue, scope),
            WORKING => working(html, catalogue),
            PAY => pay(html, catalogue),
            _ => sources(html, scope),
        }
        html.close("section");
        html.newline();
    }
}

fn stages(html: &mut Html, scope: &Scope) {
    html.open("dl", &[]);
    html.newline();
    for stage in &scope.stages {
        html.line("dt", &[], &stage.label);
        html.line("dd", &[], &stage.about);
    }
    html.close("dl");
    html.newline();
}

fn routes(html: &mut Html, catalogue: &Catalogue, scope: &Scope) {
    html.open("dl", &[]);
    html.newline();
    for route in &scope.routes {
        html.line("dt", &[], &route.label());
        html.open("dd", &[]);
        html.text(&route.about);
        let stages = catalogue.stage_labels(&route.stages);
        if !stages.is_empty() {
            html.text(&format!(" Start from: {}.", stages.join("; ")));
        }
        if let Some(source) = catalogue.source(&route.source) {
            html.open("span", &[("class", "cite")]);
            html.text(&format!(" Source: {} ({}).", source.title, source.about()));
            html.close("span");
        }
        html.close("dd");
        html.newline();
    }
    html.close("dl");
    html.newline();
}

fn working(html: &mut Html, catalogue: &Catalogue) {
    for topic in &catalogue.working {
        html.open("section", &[("class", "topic")]);
        html.line("h3", &[], &topic.heading);
        html.list(&topic.points);
        let cited = catalogue.citations(&topic.sources, str::to_string);
        if !cited.is_empty() {
            html.line(
                "p",
                &[("class", "cite")],
                &format!("Sources: {}", cited.join("; ")),
            );
        }
        html.close("section");
        html.newline();
    }
}

fn pay(html: &mut Html, catalogue: &Catalogue) {
    let pay = catalogue.pay();
    if let Some(note) = &pay.note {
        html.line("p", &[("class", "note")], &format!("Note: {note}"));
    }
    html.open(
        "div",
        &[
            ("class", "table-wrap"),
            ("role", "region"),
            ("aria-labelledby", "pay_caption"),
            ("tabindex", "0"),
        ],
    );
    html.open("table", &[("class", "pay-table")]);
    html.newline();
    html.line(
        "caption",
        &[("id", "pay_caption")],
        &format!(
            "Agenda for Change {}, {}: full-time basic pay a year for each band, lowest first ({} hours a week)",
            pay.year, pay.region, pay.hours
        ),
    );
    html.open("thead", &[]);
    html.open("tr", &[]);
    for column in [
        "Band",
        "Entry",
        "Intermediate",
        "Top",
        "Years between steps",
    ] {
        html.inline("th", &[("scope", "col")], column);
    }
    html.close("tr");
    html.close("thead");
    html.newline();
    html.open("tbody", &[]);
    html.newline();
    for band in &pay.bands {
        let years: Vec<String> = band.years.iter().map(u8::to_string).collect();
        html.open("tr", &[]);
        html.inline("th", &[("scope", "row")], &format!("Band {}", band.name));
        html.inline("td", &[], &pounds(band.min));
        html.inline(
            "td",
            &[],
            &band.mid.map_or_else(|| String::from("–"), pounds),
        );
        html.inline("td", &[], &pounds(band.max));
        let years = if years.is_empty() {
            String::from("–")
        } else {
            years.join(" then ")
        };
        html.inline("td", &[], &years);
        html.close("tr");
        html.newline();
    }
    html.end_table();
    for band in &pay.bands {
        if let Some(note) = &band.note {
            html.line(
                "p",
                &[("class", "note")],
                &format!("Band {}: {note}", band.name),
            );
        }
    }
    if let Some(source) = catalogue.source(&pay.source) {
        cite(html, "Source", source);
    }
    if let Some(source) = pay
        .steps_source
        .as_deref()
        .and_then(|id| catalogue.source(id))
    {
        cite(html, "Years between steps", source);
    }
}

/// "Label: Title (official page, 2025): https://…" as a paragraph.
fn cite(html: &mut Html, label: &str, source: &crate::data::Source) {
    html.open("p", &[("class", "cite")]);
    html.text(&format!("{label}: {} ({}): ", source.title, source.about()));
    html.url(&source.url);
    html.close("p");
    html.newline();
}

fn sources(html: &mut Html, scope: &Scope) {
    html.open("ul", &[("class", "sources")]);
    html.newline();
    for source in &scope.sources {
        html.open("li", &[]);
        html.text(&format!("{} ({}): ", source.title, source.about()));
        html.url(&source.url);
        html.close("li");
        html.newline();
    }
    html.close("ul");
    html.newline();
}
