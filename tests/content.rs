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
    let ni = catalogue.pay_tables.iter().find(|t| t.nation == "northern-ireland");
    let note = ni.and_then(|t| t.note.as_deref()).expect("Northern Ireland's pay note");
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
