//! Pay as people read it, against the official 2025/26 figures written out in the test
//! (`common/afc.rs`), in every place it is shown: the ladder and detail panes, and the
//! Markdown, JSON and HTML exports. A rung with a range of bands is paid from the entry
//! of its first band to the top of its last.

mod common;
#[path = "common/html.rs"]
mod html;

use common::afc::{self, money, pay_text};
use common::*;
use hi_tui::action::Action;
use hi_tui::app::{App, Pane};
use hi_tui::data::Catalogue;
use hi_tui::export::{to_html, to_json, to_markdown};
use serde_json::Value;

/// Rungs whose pay is written out here in full: (rung title, pay a year).
const SMALL_RUNGS: [(&str, &str); 5] = [
    ("Alpha assistant", "£25,760 – £27,476"),
    ("Alpha officer", "£32,073 – £39,043"),
    // Bands 8a–8b: the entry of 8a to the top of 8b.
    ("Head of alpha", "£57,528 – £77,368"),
    ("Beta assistant", "£25,760 – £27,476"),
    ("Beta lead", "£57,528 – £64,750"),
];

const SHIPPED_RUNGS: [(&str, &str); 6] = [
    ("Health records assistant", "£25,272"),
    ("IT and clinical systems trainer", "£28,392 – £39,043"),
    ("Head of digital learning and skills", "£57,528 – £77,368"),
    ("IT service manager", "£57,528 – £91,609"),
    ("Head of business intelligence", "£66,582 – £91,609"),
    (
        "Associate director of data and analytics",
        "£79,504 – £108,814",
    ),
];

fn rung_bands<'a>(catalogue: &'a Catalogue, title: &str) -> &'a [String] {
    catalogue
        .specialisms
        .iter()
        .flat_map(|s| &s.ladder)
        .find(|r| r.title == title)
        .map(|r| r.bands.as_slice())
        .unwrap_or_else(|| panic!("no rung called {title:?}"))
}

#[test]
fn the_test_figures_are_written_as_the_pay_table_writes_them() {
    assert_eq!(money(24_465), "£24,465");
    assert_eq!(money(105_337), "£105,337");
    assert_eq!(pay_text(&["8a".into(), "8b".into()]), "£57,528 – £77,368");
    assert_eq!(pay_text(&["2".into()]), "£25,272");
    for (catalogue, rungs) in [(small(), &SMALL_RUNGS[..]), (shipped(), &SHIPPED_RUNGS[..])] {
        for (title, pay) in rungs {
            assert_eq!(
                pay_text(rung_bands(&catalogue, title)),
                *pay,
                "the written-out pay of {title} disagrees with its bands"
            );
        }
    }
}

#[test]
fn a_rung_is_paid_from_the_entry_of_its_first_band_to_the_top_of_its_last() {
    let catalogue = small();
    let head = &catalogue.specialisms[0].ladder[2];
    assert_eq!(head.bands, ["8a", "8b"]);
    assert_eq!(
        catalogue.pay_range(head),
        Some((57_528, 77_368)),
        "Head of alpha (bands 8a–8b) should be paid £57,528 (8a entry) to £77,368 (8b top)"
    );
    for catalogue in [small(), shipped()] {
        for s in &catalogue.specialisms {
            for rung in &s.ladder {
                assert_eq!(
                    catalogue.pay_range(rung),
                    Some(afc::rung_pay(&rung.bands)),
                    "{}: bands {:?}",
                    rung.title,
                    rung.bands
                );
            }
        }
    }
}

/// The text after `**Pay:** ` in a rung's part of the Markdown.
fn markdown_pay(markdown: &str, title: &str) -> String {
    let heading = markdown
        .lines()
        .position(|l| l.starts_with("#### Rung ") && l.ends_with(&format!(": {title}")))
        .unwrap_or_else(|| panic!("no Markdown heading for {title}"));
    markdown
        .lines()
        .skip(heading + 1)
        .take_while(|l| !l.starts_with('#'))
        .find_map(|l| l.strip_prefix("- **Pay:** "))
        .unwrap_or_else(|| panic!("{title} has no Pay line in the Markdown"))
        .to_string()
}

#[test]
fn markdown_gives_each_rung_the_official_pay() {
    for (catalogue, rungs) in [(small(), &SMALL_RUNGS[..]), (shipped(), &SHIPPED_RUNGS[..])] {
        let markdown = to_markdown(&catalogue);
        for (title, pay) in rungs {
            assert_eq!(
                markdown_pay(&markdown, title),
                format!("{pay} a year"),
                "Markdown pay of {title}"
            );
        }
        for rung in catalogue.specialisms.iter().flat_map(|s| &s.ladder) {
            assert_eq!(
                markdown_pay(&markdown, &rung.title),
                format!("{} a year", pay_text(&rung.bands)),
                "Markdown pay of {} (bands {:?})",
                rung.title,
                rung.bands
            );
        }
    }
}

#[test]
fn json_gives_each_rung_the_official_pay_min_and_max() {
    let literal = [
        ("Head of alpha", 57_528, 77_368),
        ("Beta lead", 57_528, 64_750),
        ("Alpha assistant", 25_760, 27_476),
    ];
    for catalogue in [small(), shipped()] {
        let json: Value = serde_json::from_str(&to_json(&catalogue)).expect("valid JSON");
        let rungs: Vec<&Value> = json["specialisms"]
            .as_array()
            .expect("specialisms")
            .iter()
            .flat_map(|s| s["ladder"].as_array().expect("ladder"))
            .collect();
        let find = |title: &str| {
            *rungs
                .iter()
                .find(|r| r["title"] == title)
                .unwrap_or_else(|| panic!("no rung {title} in the JSON"))
        };
        for rung in catalogue.specialisms.iter().flat_map(|s| &s.ladder) {
            let (min, max) = afc::rung_pay(&rung.bands);
            let j = find(&rung.title);
            assert_eq!(
                (j["pay_min"].as_u64(), j["pay_max"].as_u64()),
                (Some(u64::from(min)), Some(u64::from(max))),
                "JSON pay of {} (bands {:?})",
                rung.title,
                rung.bands
            );
        }
        if catalogue.title == "Test careers" {
            for (title, min, max) in literal {
                let j = find(title);
                assert_eq!(j["pay_min"], min, "{title}");
                assert_eq!(j["pay_max"], max, "{title}");
            }
        }
    }
}

#[test]
fn the_html_ladder_gives_each_rung_the_official_pay() {
    for (catalogue, rungs) in [(small(), &SMALL_RUNGS[..]), (shipped(), &SHIPPED_RUNGS[..])] {
        let page = html::parse(&to_html(&catalogue)).expect("well-formed");
        let pay_cell = |title: &str| -> String {
            page.all("tr")
                .into_iter()
                .find(|row| row.first("th").is_some_and(|th| th.text() == title))
                .map(|row| row.elements().nth(2).expect("a pay cell").text())
                .unwrap_or_else(|| panic!("no ladder row for {title}"))
        };
        for (title, pay) in rungs {
            assert_eq!(pay_cell(title), *pay, "HTML pay of {title}");
        }
        for rung in catalogue.specialisms.iter().flat_map(|s| &s.ladder) {
            assert_eq!(
                pay_cell(&rung.title),
                pay_text(&rung.bands),
                "HTML pay of {} (bands {:?})",
                rung.title,
                rung.bands
            );
        }
    }
}

#[test]
fn the_ladder_and_the_detail_pane_show_the_official_pay() {
    let mut app = App::new(small(), 120, 36);
    app.update(Action::PaneRight);
    app.update(Action::PaneRight);
    app.update(Action::Top);
    assert_eq!(app.focus(), Pane::Ladder);
    assert_eq!(app.rung().title, "Head of alpha");
    let screen = screen(&app);
    let shown = screen.matches("£57,528 – £77,368").count();
    assert!(
        shown >= 2,
        "Head of alpha (bands 8a–8b) should show £57,528 – £77,368 on its ladder rung and in the detail pane; shown {shown} times:\n{screen}"
    );
    // Each rung of the ladder, as it is drawn.
    for (title, pay) in &SMALL_RUNGS[..3] {
        assert!(
            screen.lines().any(|l| l.contains(pay)),
            "{title}: {pay} is not on screen:\n{screen}"
        );
    }
}

#[test]
fn the_rung_detail_lists_the_pay_steps_of_every_band_it_spans() {
    let mut app = App::new(small(), 250, 60);
    app.update(Action::PaneRight);
    app.update(Action::PaneRight);
    app.update(Action::Top);
    assert_eq!(app.rung().title, "Head of alpha");
    let screen = screen(&app);
    for line in [
        "Band 8a: £57,528 on entry, £60,417 after 2 years, £64,750 after 3 more years",
        "Band 8b: £66,582 on entry, £70,896 after 2 years, £77,368 after 3 more years",
    ] {
        assert!(
            screen.contains(line),
            "{line} is not in the detail:\n{screen}"
        );
    }
}

#[test]
fn one_band_reads_band_and_a_span_reads_bands() {
    let catalogue = small();
    let words: Vec<String> = catalogue.specialisms[0]
        .ladder
        .iter()
        .map(|r| r.band_words())
        .collect();
    assert_eq!(words, ["Band 3", "Band 5", "Bands 8a–8b"]);
}

/// Issue 20: `n` shows the next nation's pay everywhere a rung's pay is shown, from that
/// nation's own table (Scotland: two pay points in Band 8a and up, a 36-hour week), and
/// wraps round to the first.
#[test]
fn the_nation_key_shows_each_nations_pay_in_the_header_ladder_and_detail() {
    let mut app = App::new(small(), 250, 60);
    app.update(Action::PaneRight);
    app.update(Action::PaneRight);
    app.update(Action::Top);
    assert_eq!(app.rung().title, "Head of alpha");
    assert!(
        app.offers(&Action::Nation),
        "more than one nation: the key is offered"
    );
    assert!(screen(&app).contains("n nation"), "and shown in the footer");
    assert!(app.update(Action::Nation), "a second nation redraws");
    let screen = screen(&app);
    assert!(screen.contains("AfC pay 2026/27 · Scotland"), "{screen}");
    assert_eq!(
        screen.matches("£65,125 – £82,251").count(),
        2,
        "ladder and detail:\n{screen}"
    );
    for line in [
        "Band 8a: £65,125 on entry, £70,303 after 5 years",
        "Band 8b: £76,888 on entry, £82,251 after 5 years",
        "Scotland, full-time basic (36 hours a week)",
    ] {
        assert!(screen.contains(line), "{line} is not shown:\n{screen}");
    }
    assert!(
        !screen.contains("£57,528"),
        "no English figure is left:\n{screen}"
    );
    app.update(Action::Nation);
    assert!(
        common::screen(&app).contains("AfC pay 2026/27 · England"),
        "wraps round"
    );
}

/// With one pay table the key does nothing and is not offered.
#[test]
fn one_nation_offers_no_nation_key() {
    let mut catalogue = small();
    catalogue.pay_tables.truncate(1);
    let mut app = App::new(catalogue, 120, 40);
    assert!(!app.offers(&Action::Nation));
    assert!(!app.update(Action::Nation));
    assert!(!screen(&app).contains("n nation"));
}

/// A rung's band and pay share a line where both fit; in a narrower pane each takes its
/// own line, whole, rather than the pay being cut off ("a yea").
#[test]
fn a_rungs_band_and_pay_are_never_cut_off() {
    let catalogue = small();
    let rows = |width: u16| -> Vec<String> {
        hi_tui::measure::detail::rows_for(&catalogue, 0, Some(2), None, width)
            .iter()
            .map(|row| row.iter().map(|(_, text)| text.as_str()).collect())
            .collect()
    };
    let wide = rows(80);
    assert!(
        wide.iter()
            .any(|r| r == "Bands 8a–8b  £57,528 – £77,368 a year"),
        "{wide:#?}"
    );
    let narrow = rows(30);
    for line in ["Bands 8a–8b", "£57,528 – £77,368 a year"] {
        assert!(narrow.iter().any(|r| r == line), "{line}: {narrow:#?}");
    }
    for row in &narrow {
        assert!(row.chars().count() <= 30, "{row}");
    }
    // 11 columns of band, 2 of gap, 24 of pay: one line at exactly 37, two at 36.
    let fits = rows(37);
    assert!(
        fits.iter()
            .any(|r| r == "Bands 8a–8b  £57,528 – £77,368 a year"),
        "{fits:#?}"
    );
    let short = rows(36);
    assert!(short.iter().any(|r| r == "Bands 8a–8b"), "{short:#?}");
}
