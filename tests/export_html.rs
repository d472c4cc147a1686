//! `hi-tui export --format html`: the page carries what the Markdown export and the detail
//! pane carry, in accessible HTML. Read back with a strict parser, never by string search
//! alone, so a missing close tag or a mis-nested table fails here too.

mod common;
#[path = "common/html.rs"]
mod html;

use common::afc::{self, money, pay_text};
use common::*;
use hi_tui::data::{Catalogue, Specialism};
use hi_tui::export::html::{TYPICAL_LEGEND, hand_out, to_html};
use html::Node;

const MINIMAL: &str = include_str!("../data/examples/minimal.ron");

fn minimal() -> Catalogue {
    hi_tui::data::load_str(MINIMAL, "minimal.ron").expect("the example is valid")
}

fn page(document: &str) -> Node {
    html::parse(document).unwrap_or_else(|e| panic!("not well-formed: {e}"))
}

fn texts(nodes: &[&Node]) -> Vec<String> {
    nodes.iter().map(|n| n.text()).collect()
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The list sections of a specialism (Typical tasks, Skills, …) as heading → items.
fn lists(section: &Node) -> Vec<(String, Vec<String>)> {
    let Some(lists) = section
        .descendants()
        .into_iter()
        .find(|n| n.has_class("lists"))
    else {
        return Vec::new();
    };
    lists
        .elements()
        .map(|part| {
            let heading = part.first("h3").map(Node::text).unwrap_or_default();
            (heading, texts(&part.all("li")))
        })
        .collect()
}

fn assert_specialism(catalogue: &Catalogue, page: &Node, s: &Specialism) {
    let section = page
        .by_id(&s.id)
        .unwrap_or_else(|| panic!("no element with id {}", s.id));
    assert_eq!(section.name, "section");
    assert_eq!(section.first("h2").map(Node::text), Some(collapse(&s.name)));
    let mut expected: Vec<(String, Vec<String>)> = catalogue
        .sections(s)
        .into_iter()
        .filter(|(_, items)| !items.is_empty())
        .map(|(h, items)| (h.to_owned(), items.iter().map(|i| collapse(i)).collect()))
        .collect();
    let related = catalogue.related_names(s);
    if !related.is_empty() {
        expected.push((
            String::from("Related specialisms"),
            related.iter().map(|n| collapse(n)).collect(),
        ));
    }
    assert_eq!(lists(section), expected, "{}", s.id);
    let text = section.text();
    assert!(text.contains(&collapse(&s.about)), "{}: no about", s.id);
    if let Some(link) = catalogue.source(&s.link) {
        let urls: Vec<&str> = section
            .all("a")
            .iter()
            .filter_map(|a| a.attr("href"))
            .collect();
        assert!(urls.contains(&link.url.as_str()), "{}: no link", s.id);
        assert!(section.first("svg").is_some(), "{}: no QR code", s.id);
    }
    for id in &s.sources {
        let source = catalogue.source(id).expect("valid");
        assert!(text.contains(&collapse(&common::cited(source))));
    }
    assert_ladder(catalogue, section, s);
}

fn assert_ladder(catalogue: &Catalogue, section: &Node, s: &Specialism) {
    let table = section.first("table").expect("a ladder table");
    let heads = texts(&table.first("thead").expect("thead").all("th"));
    let ways_in = s
        .ladder
        .iter()
        .any(|r| !r.routes.is_empty() || !r.open_to.is_empty());
    let mut columns = vec!["Role", "Band", "Pay a year", "Step points"];
    if ways_in {
        columns.push("Routes in");
    }
    assert_eq!(heads, columns);
    let rows = table.first("tbody").expect("tbody").all("tr");
    assert_eq!(rows.len(), s.ladder.len());
    // Most senior first, as the ladder on screen reads from the top.
    for (row, rung) in rows.iter().zip(s.ladder.iter().rev()) {
        let cells: Vec<&Node> = row.elements().collect();
        assert_eq!(cells[0].name, "th");
        assert_eq!(cells[0].attr("scope"), Some("row"));
        assert_eq!(cells[0].text(), collapse(&rung.title));
        let typical = if rung.typical { "~" } else { "" };
        assert_eq!(
            cells[1].text(),
            format!("{typical}{}", collapse(&rung.band_words()))
        );
        assert_eq!(
            cells[2].text(),
            pay_text(&rung.bands),
            "{} (bands {:?}): the official pay",
            rung.title,
            rung.bands
        );
        for band in catalogue.rung_bands(rung) {
            assert!(
                cells[3].text().contains(&band.steps_text()),
                "{}",
                rung.title
            );
        }
        if ways_in {
            let cell = cells[4].text();
            for label in catalogue.route_labels(&rung.routes) {
                assert!(cell.contains(&collapse(&label)), "{}: {cell}", rung.title);
            }
            for id in &rung.open_to {
                let stage = catalogue.stage(id).expect("valid");
                assert!(
                    cell.contains(&collapse(&stage.label)),
                    "{}: {cell}",
                    rung.title
                );
            }
            assert_eq!(cell.contains("Open now to:"), !rung.open_to.is_empty());
        }
    }
    let ladder = section
        .descendants()
        .into_iter()
        .find(|n| n.has_class("ladder"));
    let notes = ladder.map(Node::text).unwrap_or_default();
    assert_eq!(
        notes.contains(TYPICAL_LEGEND),
        s.ladder.iter().any(|r| r.typical),
        "{}: the ~ legend is there exactly when a band is typical",
        s.id
    );
    if let Some(note) = &catalogue.pay_tables[0].note {
        assert!(notes.contains(&collapse(note)), "{}: no pay note", s.id);
    }
}

#[test]
fn every_specialism_has_its_sections_ladder_link_and_sources() {
    for catalogue in [shipped(), minimal(), small()] {
        let page = page(&to_html(&catalogue));
        for s in &catalogue.specialisms {
            assert_specialism(&catalogue, &page, s);
        }
    }
}

#[test]
fn the_parts_have_stages_routes_working_pay_and_every_source() {
    for catalogue in [shipped(), minimal()] {
        let page = page(&to_html(&catalogue));
        let part = |id: &str| page.by_id(id).unwrap_or_else(|| panic!("no part {id}"));
        let stages: Vec<String> = catalogue
            .stages
            .iter()
            .map(|s| collapse(&s.label))
            .collect();
        assert_eq!(texts(&part("where_are_you_now").all("dt")), stages);
        let routes: Vec<String> = catalogue
            .routes
            .iter()
            .map(|r| collapse(&r.label()))
            .collect();
        assert_eq!(texts(&part("routes_in").all("dt")), routes);
        let working = part("working_in_the_nhs");
        let headings: Vec<String> = catalogue
            .working
            .iter()
            .map(|t| collapse(&t.heading))
            .collect();
        assert_eq!(texts(&working.all("h3")), headings);
        let points: Vec<String> = catalogue
            .working
            .iter()
            .flat_map(|t| t.points.iter().map(|p| collapse(p)))
            .collect();
        assert_eq!(texts(&working.all("li")), points);

        let pay = part("pay_table");
        let pay_text = pay.text();
        assert!(pay_text.contains(&format!(
            "Agenda for Change {}, {}",
            catalogue.pay_tables[0].year, catalogue.pay_tables[0].region
        )));
        if let Some(note) = &catalogue.pay_tables[0].note {
            assert!(pay_text.contains(&collapse(note)));
        }
        let rows = pay.first("tbody").expect("tbody").all("tr");
        assert_eq!(rows.len(), catalogue.pay_tables[0].bands.len());
        for (row, band) in rows.iter().zip(&catalogue.pay_tables[0].bands) {
            let cells = texts(&row.elements().collect::<Vec<_>>());
            assert_eq!(cells[0], format!("Band {}", band.name));
            let (min, max) = afc::band(&band.name);
            assert_eq!(cells[1], money(min), "band {} entry", band.name);
            assert_eq!(cells[3], money(max), "band {} top", band.name);
        }

        let listed = part("all_sources").all("li");
        assert_eq!(listed.len(), catalogue.sources.len());
        for (li, source) in listed.iter().zip(&catalogue.sources) {
            let text = li.text();
            assert!(
                text.starts_with(&collapse(&common::cited(source))),
                "{text}"
            );
            let link = li.first("a").expect("a link");
            assert_eq!(link.attr("href"), Some(source.url.as_str()));
            assert_eq!(link.text(), source.url);
        }
    }
}

/// Each nation's official figures (`common::afc`), written out here, with the nation and
/// pay year in the caption and on the footer of every printed page.
#[test]
fn the_pay_table_shows_each_nations_official_step_points() {
    let mut catalogue = shipped();
    for (index, table) in afc::NATIONS.iter().enumerate() {
        catalogue.set_nation(index);
        let page = page(&to_html(&catalogue));
        let pay = page.by_id("pay_table").expect("pay");
        let heading = pay.first("h2").expect("a heading").text();
        assert_eq!(
            heading,
            format!("Pay: Agenda for Change {}, {}", table.year, table.region)
        );
        // The table's official source, cited under it with its link.
        assert!(
            pay.all("a")
                .iter()
                .any(|a| a.attr("href") == Some(table.url)),
            "{}: no link to {}",
            table.region,
            table.url
        );
        let caption = pay.first("caption").expect("a caption").text();
        assert!(
            caption.contains(&format!("{}, {}", table.year, table.region)),
            "{caption}"
        );
        assert!(
            caption.contains(&format!("({} hours a week)", table.hours)),
            "{caption}"
        );
        let rows: Vec<String> = pay.all("tr").iter().map(|r| r.text()).collect();
        for band in table.bands {
            let cells = afc::row_cells(band);
            let row = format!("Band {} {}", band.0, cells.join(" "));
            assert!(
                rows.contains(&row),
                "{}: no row {row:?} in {rows:#?}",
                table.region
            );
        }
        let footer = format!(
            "Pay: Agenda for Change {}, {}, full-time basic ({} hours a week).",
            table.year, table.region, table.hours
        );
        // The print footer repeats the page footer on every page (html_access.rs).
        let shown = page.first("footer").expect("the page footer").text();
        assert!(shown.starts_with(&footer), "{}: {shown}", table.region);
    }
}

#[test]
fn a_hand_out_has_one_specialism_and_just_the_routes_and_sources_it_needs() {
    let catalogue = shipped();
    for s in &catalogue.specialisms {
        let page = page(&hand_out(&catalogue, &s.id).expect("a valid id"));
        let specialisms: Vec<&str> = page
            .all("section")
            .into_iter()
            .filter(|n| n.has_class("specialism"))
            .filter_map(|n| n.attr("id"))
            .collect();
        assert_eq!(specialisms, [s.id.as_str()]);
        assert_specialism(&catalogue, &page, s);

        let mut route_ids: Vec<&String> = s
            .routes
            .iter()
            .chain(s.ladder.iter().flat_map(|r| &r.routes))
            .collect();
        route_ids.sort();
        route_ids.dedup();
        assert_eq!(
            page.by_id("routes_in").map(|p| p.all("dt").len()),
            Some(route_ids.len())
        );
        assert!(page.by_id("working_in_the_nhs").is_some());
        assert!(page.by_id("pay_table").is_some());

        let mut cited: Vec<&str> = vec![s.link.as_str(), catalogue.pay_tables[0].source.as_str()];
        cited.extend(s.sources.iter().map(String::as_str));
        cited.extend(catalogue.pay_tables[0].steps_source.as_deref());
        for rung in &s.ladder {
            cited.push(&rung.source);
            cited.extend(rung.link.as_deref());
        }
        cited.extend(
            route_ids
                .iter()
                .filter_map(|id| catalogue.route(id))
                .map(|r| r.source.as_str()),
        );
        cited.extend(
            catalogue
                .working
                .iter()
                .flat_map(|t| &t.sources)
                .map(String::as_str),
        );
        cited.sort_unstable();
        cited.dedup();
        let listed = page.by_id("all_sources").expect("sources").all("li");
        assert_eq!(listed.len(), cited.len(), "{}", s.id);
        assert!(listed.len() < catalogue.sources.len());
    }
}

#[test]
fn a_hand_out_for_an_unknown_id_names_the_valid_ones() {
    let catalogue = shipped();
    let err = hand_out(&catalogue, "nursing").expect_err("no such specialism");
    let message = err.to_string();
    assert!(message.contains("\"nursing\""), "{message}");
    for s in &catalogue.specialisms {
        assert!(message.contains(&s.id), "{message}");
    }
    assert!(!message.contains('\n'), "one line: {message}");
}

#[test]
fn every_link_within_the_page_goes_somewhere() {
    let catalogue = shipped();
    let hand_out = hand_out(&catalogue, "cyber-security").expect("valid id");
    for document in [to_html(&catalogue), hand_out] {
        let page = page(&document);
        for a in page.all("a") {
            let href = a.attr("href").expect("every link has an href");
            match href.strip_prefix('#') {
                Some(id) => assert!(page.by_id(id).is_some(), "#{id} goes nowhere"),
                None => assert!(href.starts_with("https://"), "{href}"),
            }
        }
    }
}
