//! The shipped content and the loader's handling of good and bad files.

mod common;

use common::*;
use hi_tui::data::{self, LoadError};

const SPECIALISM_IDS: [&str; 11] = [
    "clinical-informatics",
    "education-training",
    "health-records",
    "it-infrastructure",
    "information-management",
    "libraries-knowledge",
    "project-programme",
    "information-governance",
    "data-science",
    "cyber-security",
    "software-product",
];

#[test]
fn shipped_content_has_the_eleven_specialisms_in_order() {
    let catalogue = shipped();
    let ids: Vec<&str> = catalogue
        .specialisms
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(ids, SPECIALISM_IDS);
}

#[test]
fn every_ladder_has_five_or_more_rungs_and_tops_out_at_head_or_director_level() {
    for s in shipped().specialisms {
        assert!(s.ladder.len() >= 5, "{} has {} rungs", s.id, s.ladder.len());
        let top = &s.ladder[s.ladder.len() - 1].title.to_lowercase();
        assert!(
            top.contains("director") || top.contains("chief") || top.starts_with("head of"),
            "{}: top rung is {top:?}",
            s.id
        );
    }
}

/// (band, entry, intermediate step, top, years between steps), as `common::afc` lists them.
type BandRow<'a> = (&'a str, u32, Option<u32>, u32, &'a [u8]);

/// Every pay point of every nation, compared with the figures written out from the fact
/// sheet in `common::afc`, with each table's year, hours and official source.
#[test]
fn shipped_pay_is_each_nations_official_table() {
    let catalogue = shipped();
    let nations: Vec<&str> = catalogue
        .pay_tables
        .iter()
        .map(|t| t.nation.as_str())
        .collect();
    let expected_nations: Vec<&str> = common::afc::NATIONS.iter().map(|t| t.nation).collect();
    assert_eq!(nations, expected_nations);
    for (table, expected) in catalogue.pay_tables.iter().zip(common::afc::NATIONS) {
        assert_eq!(table.region, expected.region);
        assert_eq!(table.year, expected.year, "{}", expected.region);
        assert_eq!(table.hours, expected.hours, "{}", expected.region);
        let source = catalogue
            .source(&table.source)
            .expect("the source resolves");
        assert_eq!(source.url, expected.url, "{}", expected.region);
        assert_eq!(
            source.kind,
            data::SourceKind::Official,
            "{}",
            expected.region
        );
        let bands: Vec<BandRow> = table
            .bands
            .iter()
            .map(|b| (b.name.as_str(), b.min, b.mid, b.max, &b.years[..]))
            .collect();
        assert_eq!(bands, expected.bands.to_vec(), "{}", expected.region);
    }
}

/// Only Northern Ireland's figures wait on an award, and its note says so; the tables that
/// are current carry no note.
#[test]
fn only_a_pending_award_has_a_pay_note() {
    let catalogue = shipped();
    for table in &catalogue.pay_tables {
        match table.nation.as_str() {
            "northern-ireland" => {
                let note = table.note.as_deref().expect("Northern Ireland's note");
                assert!(
                    note.contains("2026/27") && note.contains("not yet paid"),
                    "{note}"
                );
            }
            _ => assert_eq!(table.note, None, "{}", table.region),
        }
    }
}

#[test]
fn every_rung_pay_comes_from_its_bands() {
    let catalogue = shipped();
    for s in &catalogue.specialisms {
        for rung in &s.ladder {
            // The entry of the first band to the top of the last, from the official
            // figures written out in the test.
            assert_eq!(
                catalogue.pay_range(rung),
                Some(common::afc::rung_pay(&rung.bands)),
                "{} (bands {:?})",
                rung.title,
                rung.bands
            );
        }
    }
}

#[test]
fn every_section_cites_a_dated_https_source() {
    let catalogue = shipped();
    for s in &catalogue.specialisms {
        assert!(!s.sources.is_empty(), "{}", s.id);
        for id in s.sources.iter().chain(s.ladder.iter().map(|r| &r.source)) {
            let source = catalogue.source(id).expect("source resolves");
            assert!(source.url.starts_with("https://"), "{}", source.url);
            assert!((2010..=2026).contains(&source.year), "{}", source.id);
        }
    }
    for table in &catalogue.pay_tables {
        assert!(
            catalogue.source(&table.source).is_some(),
            "{}",
            table.nation
        );
    }
}

#[test]
fn start_up_parses_the_same_content_the_tests_check() {
    assert_eq!(data::embedded_trusted().expect("parses"), shipped());
}

#[test]
fn shipped_content_passes_validation() {
    let problems = data::validate(&shipped());
    assert!(problems.is_empty(), "{problems:#?}");
}

fn problems(text: &str) -> Vec<String> {
    match data::load_str(text, "bad.ron") {
        Ok(_) => Vec::new(),
        Err(e) => e.lines(),
    }
}

#[test]
fn a_syntax_error_reports_file_line_and_column() {
    let broken = SMALL.replacen("title: \"Test careers\",", "title: \"Test careers\"", 1);
    let lines = problems(&broken);
    assert_eq!(lines.len(), 1, "{lines:?}");
    // ron points at the next field, where it expected the comma.
    assert!(lines[0].starts_with("bad.ron:4:5:"), "{}", lines[0]);
    assert!(lines[0].contains("comma"), "{}", lines[0]);
}

#[test]
fn a_missing_field_is_named() {
    let broken = SMALL.replacen("            summary: \"The first specialism.\",\n", "", 1);
    let lines = problems(&broken);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].contains("`Specialism` is missing its `summary` field"),
        "{}",
        lines[0]
    );
}

#[test]
fn an_unknown_band_points_at_the_rung() {
    let broken = SMALL.replacen(
        "bands: [\"5\"], typical: true",
        "bands: [\"6\"], typical: true",
        1,
    );
    let lines = problems(&broken);
    assert_eq!(lines.len(), 1, "{lines:?}");
    let line_of_rung = SMALL
        .lines()
        .position(|l| l.contains("Alpha officer"))
        .expect("fixture has the rung")
        + 1;
    assert!(
        lines[0].starts_with(&format!("bad.ron:{line_of_rung}:")),
        "{}",
        lines[0]
    );
    assert!(
        lines[0].contains("band \"6\" is not in the pay table"),
        "{}",
        lines[0]
    );
    assert!(
        lines[0].contains("specialisms[\"alpha\"].ladder[1].bands"),
        "{}",
        lines[0]
    );
}

#[test]
fn a_ladder_that_steps_down_is_refused() {
    let broken = SMALL.replacen("bands: [\"8a\", \"8b\"]", "bands: [\"3\"]", 1);
    let lines = problems(&broken);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].contains("bands must not go down"), "{}", lines[0]);
}

#[test]
fn a_band_may_start_at_the_same_pay_as_the_one_before_but_not_lower() {
    let level = SMALL.replacen(
        "Band(name: \"8b\", min: 66582",
        "Band(name: \"8b\", min: 57528",
        1,
    );
    assert_ne!(level, SMALL);
    assert_eq!(problems(&level), Vec::<String>::new());
    let lower = SMALL.replacen(
        "Band(name: \"8b\", min: 66582",
        "Band(name: \"8b\", min: 57527",
        1,
    );
    let lines = problems(&lower);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].contains("starts lower than band \"8a\""),
        "{}",
        lines[0]
    );
}

#[test]
fn ways_in_list_a_specialisms_routes_with_their_facts() {
    let catalogue = shipped();
    let index = catalogue
        .specialism_index("information-management")
        .expect("shipped specialism");
    let sections = catalogue.sections(&catalogue.specialisms[index]);
    let (_, ways_in) = sections
        .iter()
        .find(|(heading, _)| *heading == "Ways in")
        .expect("a Ways in section");
    assert_eq!(ways_in.len(), 7, "{ways_in:#?}");
    assert_eq!(
        ways_in[1],
        "Data analyst apprenticeship (Level 4, ST0118, 24 months)"
    );
}

#[test]
fn stages_are_found_by_id_and_unknown_ids_are_skipped() {
    let catalogue = shipped();
    assert_eq!(
        catalogue.stage("graduate-any").map(|s| s.label.as_str()),
        Some("Graduate in any subject")
    );
    assert!(catalogue.stage("astronaut").is_none());
    let ids = ["clinician", "astronaut", "school"].map(String::from);
    assert_eq!(
        catalogue.stage_labels(&ids),
        ["Registered clinician", "At school or college"]
    );
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let broken = SMALL
        .replacen(
            "url: \"https://example.org/pay\"",
            "url: \"http://example.org/pay\"",
            1,
        )
        .replacen("link: \"roles\"", "link: \"nowhere\"", 1)
        .replacen("weights: {\"alpha\": 3}", "weights: {\"gamma\": 9}", 1);
    let lines = problems(&broken);
    assert_eq!(lines.len(), 4, "{lines:#?}");
    assert!(lines[0].contains("https://"));
    assert!(lines[1].contains("no source with the id \"nowhere\""));
    assert!(lines[2].contains("no specialism with the id \"gamma\""));
    assert!(lines[3].contains("gives 9 points"));
}

#[test]
fn a_missing_file_is_unreadable_not_invalid() {
    let err = data::load_file(std::path::Path::new("/no/such/file.ron")).unwrap_err();
    assert!(matches!(err, LoadError::Unreadable { .. }));
    assert_eq!(err.lines(), ["/no/such/file.ron: no such file"]);
}

#[test]
fn the_welcome_screen_reads_the_same_title_and_intro_as_the_whole_content() {
    let whole = data::embedded_trusted().expect("built-in content decodes");
    let (title, intro) = data::embedded_title_and_intro().expect("the front decodes");
    assert_eq!(
        title, whole.title,
        "the title read from the front of the content"
    );
    assert_eq!(
        intro, whole.intro,
        "the introduction read from the front of the content"
    );
}

/// Issue 21, family 7: `years: []` written out gives no figure for any gap, so a band with
/// step points refuses it (left out, the years are unknown); a single pay point has no gap,
/// so it may say so. Every kind of band, first, middle and last in the table.
#[test]
fn an_empty_years_list_is_refused_where_the_band_has_gaps() {
    const MINIMAL: &str = include_str!("../data/examples/minimal.ron");
    let bands = [
        ("Band(name: \"2\", min: 25272, max: 25272", 0, "\"2\""),
        ("Band(name: \"3\", min: 25760, max: 27476", 1, "\"3\""),
        ("Band(name: \"4\", min: 28392, max: 31157", 1, "\"4\""),
        (
            "Band(name: \"5\", min: 32073, mid: Some(34592), max: 39043",
            2,
            "\"5\"",
        ),
    ];
    for (start, gaps, name) in bands {
        let at = MINIMAL.find(start).expect("the band") + start.len();
        let end = at + MINIMAL[at..].find(')').expect("its end");
        // Any figures it had, replaced by an empty list; then with `years` left out.
        let with_empty = format!("{}, years: []{}", &MINIMAL[..at], &MINIMAL[end..]);
        let left_out = format!("{}{}", &MINIMAL[..at], &MINIMAL[end..]);
        assert!(
            data::load_str(&left_out, "m.ron").is_ok(),
            "{name} without years"
        );
        match (gaps, data::load_str(&with_empty, "m.ron")) {
            (0, result) => assert!(result.is_ok(), "{name}: {result:?}"),
            (_, Err(LoadError::Invalid { problems, .. })) => {
                assert_eq!(problems.len(), 1, "{problems:?}");
                let years = with_empty.find("years: []").expect("written");
                let before = &with_empty[..years];
                let line = before.matches('\n').count() + 1;
                let col = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
                assert_eq!(problems[0].position, Some((line, col)), "{name}");
                assert!(
                    problems[0].message.contains(&format!("{gaps} gap")),
                    "{problems:?}"
                );
                assert!(problems[0].path.contains(name), "{problems:?}");
            }
            (_, other) => panic!("{name}: `years: []` accepted: {other:?}"),
        }
    }
}

/// A band whose years are unknown is written out without `years`, so a catalogue written
/// as RON reads back as itself (`years: []` would be refused on a band with gaps).
#[test]
fn unknown_years_are_left_out_when_written() {
    let mut catalogue = shipped();
    let band = &mut catalogue.pay_tables[0].bands[1];
    assert!(!band.years.is_empty(), "known years to begin with");
    band.years.clear();
    assert!(band.steps().len() > 1, "a band with step points");
    let written = ron::to_string(&catalogue).expect("RON");
    assert_eq!(
        written.matches("years:[").count(),
        catalogue
            .pay_tables
            .iter()
            .flat_map(|t| &t.bands)
            .filter(|b| !b.years.is_empty())
            .count()
    );
    assert_eq!(
        data::load_str(&written, "w.ron").expect("reads back"),
        catalogue
    );
    let json = serde_json::to_value(&catalogue.pay_tables[0].bands[1]).expect("JSON");
    assert!(json.get("years").is_none(), "{json}");
}
