//! One specialism: what the work is, its lists, its career ladder as a table (most
//! senior first, as on screen), a QR code of its link, and its sources.

use super::qr_svg;
use super::writer::Html;
use crate::data::{Catalogue, Rung, Specialism, pay_label};

/// Said once under each ladder that marks a typical band; the same words as on screen.
pub const TYPICAL_LEGEND: &str = "~ marks a typical band: no published profile fixes it, so it is the band such roles are usually advertised at.";

pub fn write(html: &mut Html, catalogue: &Catalogue, s: &Specialism, hand_out: bool) {
    html.open("section", &[("class", "specialism"), ("id", &s.id)]);
    html.newline();
    html.line("h2", &[], &s.name);
    html.line("p", &[("class", "summary")], &s.summary);
    html.line("h3", &[], "What the work is");
    html.paragraphs(&[], &s.about);
    html.open("div", &[("class", "lists")]);
    html.newline();
    for (heading, items) in catalogue.sections(s) {
        if items.is_empty() {
            continue;
        }
        html.open("section", &[]);
        html.line("h3", &[], heading);
        html.list(&items);
        html.close("section");
        html.newline();
    }
    related(html, catalogue, s, hand_out);
    html.close("div");
    html.newline();
    find_out_more(html, catalogue, s);
    ladder(html, catalogue, s);
    if !hand_out {
        html.open("p", &[("class", "screen-only")]);
        html.inline("a", &[("href", "#contents_list")], "Back to the contents");
        html.close("p");
        html.newline();
    }
    html.close("section");
    html.newline();
}

/// Related specialisms, each a link to its part of the page (plain names in a hand-out,
/// where the others are not on the page).
fn related(html: &mut Html, catalogue: &Catalogue, s: &Specialism, hand_out: bool) {
    let related: Vec<&Specialism> = s
        .related
        .iter()
        .filter_map(|id| catalogue.specialism_index(id))
        .map(|i| &catalogue.specialisms[i])
        .collect();
    if related.is_empty() {
        return;
    }
    html.open("section", &[]);
    html.line("h3", &[], "Related specialisms");
    html.open("ul", &[]);
    for other in related {
        html.open("li", &[]);
        if hand_out {
            html.text(&other.name);
        } else {
            html.inline("a", &[("href", &format!("#{}", other.id))], &other.name);
        }
        html.close("li");
    }
    html.close("ul");
    html.close("section");
    html.newline();
}

fn ladder(html: &mut Html, catalogue: &Catalogue, s: &Specialism) {
    let ways_in = s
        .ladder
        .iter()
        .any(|r| !r.routes.is_empty() || !r.open_to.is_empty());
    let heading_id = format!("ladder_{}", s.id);
    html.open("div", &[("class", "ladder")]);
    html.newline();
    html.line(
        "h3",
        &[("id", &heading_id)],
        &format!("Career ladder: {}", s.name),
    );
    // A focusable region, so keyboard users can scroll a table wider than a phone.
    html.open(
        "div",
        &[
            ("class", "table-wrap"),
            ("role", "region"),
            ("aria-labelledby", &heading_id),
            ("tabindex", "0"),
        ],
    );
    html.open("table", &[]);
    html.newline();
    html.line(
        "caption",
        &[],
        &format!(
            "{}, most senior role first. Pay: Agenda for Change {}, {}, full-time basic, a year.",
            s.name,
            catalogue.pay().year,
            catalogue.pay().region
        ),
    );
    html.open("thead", &[]);
    html.open("tr", &[]);
    let mut columns = vec![
        ("role", "Role"),
        ("band", "Band"),
        ("pay", "Pay a year"),
        ("steps", "Step points"),
    ];
    if ways_in {
        columns.push(("routes", "Routes in"));
    }
    for (class, column) in columns {
        html.inline("th", &[("scope", "col"), ("class", class)], column);
    }
    html.close("tr");
    html.close("thead");
    html.newline();
    html.open("tbody", &[]);
    html.newline();
    for rung in s.ladder.iter().rev() {
        html.open("tr", &[]);
        html.inline("th", &[("scope", "row")], &rung.title);
        html.inline("td", &[("class", "band")], &band(rung));
        let pay = catalogue.pay_range(rung).map_or_else(
            || String::from("Not in the pay table"),
            |(min, max)| pay_label(min, max),
        );
        html.inline("td", &[("class", "pay")], &pay);
        let steps: Vec<String> = catalogue
            .rung_bands(rung)
            .map(|b| {
                if rung.bands.len() > 1 {
                    format!("Band {}: {}", b.name, b.steps_text())
                } else {
                    b.steps_text()
                }
            })
            .collect();
        html.inline("td", &[], &steps.join("; "));
        if ways_in {
            let mut items = catalogue.route_labels(&rung.routes);
            let stages = catalogue.stage_labels(&rung.open_to);
            if !stages.is_empty() {
                items.push(format!("Open now to: {}", stages.join("; ")));
            }
            cell(html, &items);
        }
        html.close("tr");
        html.newline();
    }
    html.end_table();
    if s.ladder.iter().any(|r| r.typical) {
        html.line("p", &[("class", "note")], TYPICAL_LEGEND);
    }
    if let Some(note) = &catalogue.pay().note {
        html.line("p", &[("class", "note")], &format!("Pay note: {note}"));
    }
    html.close("div");
    html.newline();
}

/// "~Band 6", as the ladder on screen has it.
fn band(rung: &Rung) -> String {
    let typical = if rung.typical { "~" } else { "" };
    format!("{typical}{}", rung.band_words())
}

/// A table cell of several short items, one per line; a dash when there are none.
fn cell(html: &mut Html, items: &[String]) {
    html.open("td", &[]);
    if items.is_empty() {
        html.text("–");
    } else {
        html.open("ul", &[("class", "plain")]);
        for item in items {
            html.inline("li", &[], item);
        }
        html.close("ul");
    }
    html.close("td");
}

/// The specialism's best link (a QR code to scan from the page, and the address), then
/// its sources, beside the code.
fn find_out_more(html: &mut Html, catalogue: &Catalogue, s: &Specialism) {
    let link = catalogue.source(&s.link);
    let cited = catalogue.citations(&s.sources, str::to_string);
    if link.is_none() && cited.is_empty() {
        return;
    }
    html.open("div", &[("class", "more")]);
    html.newline();
    if let Some(link) = link {
        qr_svg::write(html, &link.url, &format!("qr_{}", s.id));
        html.newline();
    }
    html.open("div", &[]);
    html.newline();
    if let Some(link) = link {
        html.line("h3", &[], "Find out more");
        html.open("p", &[]);
        html.text(&format!("{} ({}): ", link.title, link.about()));
        html.open("span", &[("class", "url")]);
        html.url(&link.url);
        html.close("span");
        html.close("p");
        html.newline();
    }
    if !cited.is_empty() {
        html.line("h3", &[], "Sources for this specialism");
        html.open("div", &[("class", "cite")]);
        html.list(&cited);
        html.close("div");
        html.newline();
    }
    html.close("div");
    html.newline();
    html.close("div");
    html.newline();
}
