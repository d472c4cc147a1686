//! The shipped content as a careers adviser needs it: today's specialisms, every route in
//! with its official facts, the corrections made in 2026, and text written once.
//! Expected figures are written here from the fact sheets, not read from the data.

mod common;

use std::collections::HashMap;

use common::*;
use hi_tui::app::quiz;
use hi_tui::data::{Catalogue, RouteKind};
use hi_tui::search::Index;

#[test]
fn every_ladder_that_reaches_band_9_passes_through_8c_or_8d() {
    for s in shipped().specialisms {
        let bands: Vec<&str> = s
            .ladder
            .iter()
            .flat_map(|r| r.bands.iter().map(String::as_str))
            .collect();
        if bands.contains(&"9") {
            assert!(
                bands.contains(&"8c") || bands.contains(&"8d"),
                "{} jumps to Band 9 without a deputy or associate director tier: {bands:?}",
                s.id
            );
        }
    }
}

/// Apprenticeship standards with a known code on the 2026 fact sheet: (code, level,
/// typical months where the sheet gives them). The December 2026 audit added the published
/// lengths of ST0129, ST0310 and ST0070, the Level 2 foundation apprenticeships in digital,
/// and found ST0973 retired.
const STANDARDS: [(&str, u8, Option<u16>); 25] = [
    ("FA0004", 2, Some(8)),
    ("FA0005", 2, Some(8)),
    ("ST0795", 3, Some(24)),
    ("ST0118", 4, Some(24)),
    ("ST0585", 6, Some(36)),
    ("ST1386", 5, Some(24)),
    ("ST1512", 4, Some(18)),
    ("ST1398", 6, Some(24)),
    ("ST1021", 4, Some(24)),
    ("ST0409", 6, None),
    ("ST0116", 4, Some(24)),
    ("ST0128", 3, Some(18)),
    ("ST0129", 4, Some(24)),
    ("ST0825", 4, None),
    ("ST0964", 4, Some(24)),
    ("ST0863", 4, None),
    ("ST0470", 6, None),
    ("ST0119", 6, Some(48)),
    ("ST0482", 7, Some(18)),
    ("ST0117", 4, Some(18)),
    ("ST0310", 4, Some(24)),
    ("ST0411", 6, None),
    ("ST0535", 3, Some(18)),
    ("ST0070", 3, Some(18)),
    ("ST0649", 7, None),
];

#[test]
fn apprenticeships_carry_their_official_code_level_and_length() {
    let catalogue = shipped();
    for (code, level, months) in STANDARDS {
        let route = catalogue
            .routes
            .iter()
            .find(|r| r.code.as_deref() == Some(code))
            .unwrap_or_else(|| panic!("no route has the code {code}"));
        assert_eq!(route.kind, RouteKind::Apprenticeship, "{code}");
        assert_eq!(route.level, Some(level), "{code} level");
        if months.is_some() {
            assert_eq!(route.months, months, "{code} typical length");
        }
    }
}

#[test]
fn the_graduate_scheme_has_two_specialisms_with_different_degree_rules() {
    let catalogue = shipped();
    let schemes: Vec<_> = catalogue
        .routes
        .iter()
        .filter(|r| r.kind == RouteKind::GraduateScheme)
        .collect();
    let informatics = schemes
        .iter()
        .find(|r| r.name.contains("Health Informatics"))
        .expect("a Health Informatics scheme route");
    let analysis = schemes
        .iter()
        .find(|r| r.name.contains("Health Analysis"))
        .expect("a Health Analysis scheme route");
    assert!(informatics.about.contains("2:2"), "{}", informatics.about);
    assert!(analysis.about.contains("numerate"), "{}", analysis.about);
    for route in [informatics, analysis] {
        let source = catalogue.source(&route.source).expect("cited");
        assert!(source.url.contains("graduates.nhs.uk"), "{}", source.url);
    }
}

#[test]
fn every_specialism_names_its_routes_in() {
    let catalogue = shipped();
    for s in &catalogue.specialisms {
        assert!(s.routes.len() >= 2, "{} lists {:?}", s.id, s.routes);
    }
    for name in [
        "Scientist Training Programme",
        "Topol Digital Fellowship",
        "Digital Health Leadership Programme",
    ] {
        let named = catalogue.routes.iter().any(|r| r.name.contains(name));
        assert!(named, "no route named like {name}");
    }
}

/// Every specialism comes first for some set of answers: tried over every combination.
#[test]
fn every_specialism_can_top_the_quiz() {
    let catalogue = shipped();
    let mut topped = vec![false; catalogue.specialisms.len()];
    let sizes: Vec<usize> = catalogue.quiz.iter().map(|q| q.answers.len()).collect();
    let mut answers = vec![0; sizes.len()];
    loop {
        let ranked = quiz::rank(&catalogue, &answers);
        if ranked[0].score > ranked[1].score {
            topped[ranked[0].specialism] = true;
        }
        // The next combination, like counting in mixed bases.
        let mut i = 0;
        while i < answers.len() {
            answers[i] += 1;
            if answers[i] < sizes[i] {
                break;
            }
            answers[i] = 0;
            i += 1;
        }
        if i == answers.len() {
            break;
        }
    }
    let never: Vec<&str> = topped
        .iter()
        .zip(&catalogue.specialisms)
        .filter(|(t, _)| !**t)
        .map(|(_, s)| s.id.as_str())
        .collect();
    assert!(never.is_empty(), "never first on its own: {never:?}");
}

fn sentences(catalogue: &Catalogue) -> Vec<String> {
    let mut texts: Vec<&str> = vec![&catalogue.intro];
    for s in &catalogue.specialisms {
        texts.extend([s.about.as_str(), &s.summary]);
        for rung in &s.ladder {
            texts.extend([rung.experience.as_str(), &rung.involves, &rung.next_step]);
        }
    }
    texts.extend(catalogue.routes.iter().map(|r| r.about.as_str()));
    for topic in &catalogue.working {
        texts.extend(topic.points.iter().map(String::as_str));
    }
    texts
        .iter()
        .flat_map(|t| t.split(['.', '!', '?']))
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|s| s.split(' ').count() >= 12)
        .collect()
}

#[test]
fn no_long_sentence_is_repeated_more_than_twice() {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for sentence in sentences(&shipped()) {
        *counts.entry(sentence).or_default() += 1;
    }
    let repeated: Vec<_> = counts.iter().filter(|(_, n)| **n > 2).collect();
    assert!(repeated.is_empty(), "boilerplate: {repeated:#?}");
}

#[test]
fn director_rungs_are_each_written_for_their_specialism() {
    let catalogue = shipped();
    let mut seen = HashMap::new();
    for s in &catalogue.specialisms {
        let top = s.ladder.last().expect("a rung");
        if let Some(other) = seen.insert(top.involves.clone(), s.id.clone()) {
            panic!("{} and {other} share their top rung's text", s.id);
        }
    }
}

#[test]
fn corrections_of_2026_hold() {
    let catalogue = shipped();
    for source in &catalogue.sources {
        for copy_site in ["cupdf", "dokumen.tips", "docplayer", "fdocuments", "issuu"] {
            assert!(
                !source.url.contains(copy_site),
                "{} cites a document-copy site",
                source.id
            );
        }
        assert!(
            !source.url.contains("nhsgraduates.co.uk/faqs"),
            "{}",
            source.id
        );
    }
    for s in &catalogue.specialisms {
        for body in &s.bodies {
            for not_a_body in ["NCCQ", "Learning Academy", "Affiliate"] {
                assert!(!body.contains(not_a_body), "{}: {body}", s.id);
            }
        }
        for rung in &s.ladder {
            if rung.title.contains("CNIO") {
                assert!(rung.title.contains("Chief Nursing Information Officer"));
            }
        }
    }
    let libraries = &catalogue.specialisms[5];
    assert_eq!(libraries.id, "libraries-knowledge");
    let top = &libraries.ladder.last().expect("a rung").title;
    assert!(top.contains("Knowledge"), "libraries top out at {top}");
    assert!(!top.contains("informatics"), "libraries top out at {top}");
}

#[test]
fn the_pay_note_says_what_is_pending_and_the_working_page_covers_the_basics() {
    let catalogue = shipped();
    let ni = catalogue
        .pay_tables
        .iter()
        .find(|t| t.nation == "northern-ireland");
    let note = ni
        .and_then(|t| t.note.as_deref())
        .expect("Northern Ireland's pay note");
    assert!(note.contains("3.3%") && note.contains("2026/27"), "{note}");
    assert!(note.contains("not yet paid"), "worded as pending: {note}");
    assert!(!note.contains('£'), "no calculated figures: {note}");
    let headings: Vec<String> = catalogue
        .working
        .iter()
        .map(|t| t.heading.to_lowercase())
        .collect();
    for topic in [
        "advertised",
        "hours",
        "leave",
        "pension",
        "pay moves up",
        "london",
        "on-call",
        "hybrid",
        "checks",
        "nation",
    ] {
        assert!(
            headings.iter().any(|h| h.contains(topic)),
            "no topic on {topic}: {headings:?}"
        );
    }
}

#[test]
fn searching_for_a_standard_code_lists_apprenticeships() {
    let catalogue = shipped();
    let mut index = Index::build(&catalogue);
    let hits = index.search("ST0");
    assert!(hits.len() >= 5, "{} hits", hits.len());
    for hit in hits.iter().take(5) {
        let text = index.text(hit.entry);
        assert!(text.contains("ST0"), "{text}");
        assert!(text.contains("apprenticeship"), "{text}");
    }
}

/// Issue 20: the Working in the NHS page gives this year's figures: the 2026/27 pension
/// tiers and HCAS amounts (pay-2026-27.md), and what differs by nation, hours first.
#[test]
fn the_working_page_has_this_years_figures_and_what_differs_by_nation() {
    let catalogue = shipped();
    let topic = |word: &str| {
        let found = catalogue
            .working
            .iter()
            .find(|t| t.heading.to_lowercase().contains(word));
        found
            .unwrap_or_else(|| panic!("no topic on {word}"))
            .points
            .join(" ")
    };
    let pension = topic("pension");
    for figure in [
        "£13,259", "5.2%", "£28,854", "£35,155", "£52,778", "£67,669", "12.5%",
    ] {
        assert!(pension.contains(figure), "pension: no {figure}");
    }
    let london = topic("high cost area");
    for figure in ["£5,794", "£8,746", "£4,870", "£6,137", "£1,346", "£2,270"] {
        assert!(london.contains(figure), "HCAS: no {figure}");
    }
    let nations = topic("nation");
    assert!(nations.contains("36 hours"), "{nations}");
    assert!(nations.contains("37.5 hours"), "{nations}");
    let all: String = catalogue
        .working
        .iter()
        .map(|t| t.points.join(" "))
        .collect();
    assert!(!all.contains("not found"), "no stale 'not found' notes");
}

/// Issue 20: every link is one a visitor can open. No Skills England page at a version no
/// source confirmed (the audit found 19 guessed `-v1-0` links), nothing on a copy,
/// calculator or third-party site the audit names, and no job advert behind a QR code or
/// "read more"; each advert is dated.
#[test]
fn every_link_is_one_a_visitor_can_open() {
    let catalogue = shipped();
    // Versions seen in a source: the fact sheet (ST0118, ST0585), or checked in the audit.
    const CONFIRMED: [&str; 4] = ["st0118-v1-1", "st0585-v1-1", "st1021-v1-1", "st0116-v1-2"];
    const COPY_SITES: [&str; 8] = [
        "nhstakehomepaycalculator",
        "parallelparliament",
        "gotojobboard",
        "safehand.co.uk",
        "cogentskills",
        "masterymind",
        "hscboard.hscni.net",
        "nhsgraduates.co.uk",
    ];
    for source in &catalogue.sources {
        let url = &source.url;
        if let Some(page) =
            url.strip_prefix("https://skillsengland.education.gov.uk/apprenticeships/")
        {
            assert!(
                CONFIRMED.contains(&page),
                "{}: unconfirmed version {url}",
                source.id
            );
        }
        for site in COPY_SITES {
            assert!(!url.contains(site), "{}: {url}", source.id);
        }
        if source.kind == hi_tui::data::SourceKind::Advert {
            assert!(
                source.date.is_some(),
                "{}: an advert without its date",
                source.id
            );
        }
    }
    let advert = |id: &str| {
        catalogue
            .source(id)
            .is_some_and(|s| s.kind == hi_tui::data::SourceKind::Advert)
    };
    for s in &catalogue.specialisms {
        assert!(!advert(&s.link), "{}: links to an advert", s.id);
        for rung in &s.ladder {
            let link = rung.link.as_deref().unwrap_or(&s.link);
            assert!(!advert(link), "{}: links to an advert", rung.title);
        }
    }
}

/// Issue 20: the band being an estimate is said once, where `~` is explained, not in the
/// text of each rung.
#[test]
fn no_rung_repeats_that_its_band_is_an_estimate() {
    let catalogue = shipped();
    for s in &catalogue.specialisms {
        for rung in &s.ladder {
            for text in [&rung.experience, &rung.involves, &rung.next_step] {
                assert!(!text.contains("is an estimate"), "{}: {text}", rung.title);
            }
        }
    }
}
