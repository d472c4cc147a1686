//! How search orders what it finds, stated as orderings on a small hand-made catalogue:
//! better matches first; a mention in a sentence below a name, title, tool or skill that
//! matches as well; equal matches in content order (a specialism's name, its rung titles,
//! then its tools and skills). Each failure names the hits in the wrong order.

mod common;

use common::*;
use hi_tui::data::{Catalogue, Route, RouteKind};
use hi_tui::search::{Field, Index, MAX_HITS};

/// The fixture with texts chosen so each ordering below can only come out one way.
/// Content order is: alpha (name, rung titles, rung sentences, tools, skills, bodies,
/// routes), then beta the same way.
fn catalogue() -> Catalogue {
    let mut c = small();
    c.routes = vec![Route {
        id: "coding-apprenticeship".into(),
        name: "Coding apprenticeship".into(),
        kind: RouteKind::Apprenticeship,
        level: Some(3),
        code: Some("ST0118".into()),
        months: Some(18),
        about: "Learn on the job.".into(),
        stages: Vec::new(),
        source: "roles".into(),
    }];
    let alpha = &mut c.specialisms[0];
    // Alpha mentions records only in a sentence, before anything in beta.
    alpha.ladder[0].involves = "Filing records.".into();
    alpha.tools = vec!["SQL".into(), "Statistics".into()];
    alpha.skills = vec!["Alpha skill".into(), "Squad leading".into()];
    alpha.ladder[1].routes = vec!["coding-apprenticeship".into()];
    let beta = &mut c.specialisms[1];
    beta.name = "Records work".into();
    beta.ladder[1].title = "Records officer".into();
    beta.tools = vec!["Records system".into(), "SQL".into()];
    beta.skills = vec!["Records keeping".into()];
    beta.routes = vec!["coding-apprenticeship".into()];
    assert!(
        hi_tui::data::validate(&c).is_empty(),
        "{:#?}",
        hi_tui::data::validate(&c)
    );
    c
}

/// The hits' texts in order, each with its field and specialism.
fn found(index: &mut Index, query: &str) -> Vec<(String, Field, usize)> {
    index
        .search(query)
        .iter()
        .map(|h| {
            let e = &index.entries[h.entry];
            (index.text(h.entry), e.field, e.specialism)
        })
        .collect()
}

fn texts(index: &mut Index, query: &str) -> Vec<String> {
    found(index, query).into_iter().map(|(t, _, _)| t).collect()
}

#[test]
fn a_sentence_mention_ranks_below_names_titles_tools_and_skills() {
    let mut index = Index::build(&catalogue());
    let hits = found(&mut index, "records");
    let sentence = hits
        .iter()
        .position(|(_, field, _)| *field == Field::RungDetail)
        .unwrap_or_else(|| panic!("the sentence \"Filing records.\" is found: {hits:#?}"));
    assert_eq!(hits[sentence].0, "Filing records.");
    // It comes first in the content, so only its rank can put it last among the
    // equally good matches.
    for (text, field, _) in &hits[..sentence] {
        assert_ne!(*field, Field::RungDetail, "{text}");
    }
    let names: Vec<&str> = hits[..sentence]
        .iter()
        .map(|(t, _, _)| t.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "Records work",
            "Records officer",
            "Records system",
            "Records keeping"
        ],
        "a name, a rung title, a tool and a skill all match `records` as well as the sentence does, so they come first, in content order; the sentence comes after them"
    );
    assert_eq!(sentence, hits.len() - 1, "nothing else matches: {hits:#?}");
}

#[test]
fn equal_matches_come_in_content_order() {
    let mut index = Index::build(&catalogue());
    // "work" ends both names equally well: alpha's comes first in the file.
    assert_eq!(
        texts(&mut index, "work"),
        ["Alpha work", "Records work"],
        "equally good matches must keep content order (alpha before beta)"
    );
    // One text in two specialisms is one hit per place, in content order.
    let sql: Vec<usize> = found(&mut index, "SQL")
        .into_iter()
        .filter(|(t, _, _)| t == "SQL")
        .map(|(_, _, s)| s)
        .collect();
    assert_eq!(
        sql,
        [0, 1],
        "SQL is a tool of alpha then of beta: one hit each, alpha first"
    );
    // Within a specialism: its name, then its rung titles from the entry rung up, then
    // its tools and skills.
    assert_eq!(
        texts(&mut index, "alpha"),
        [
            "Alpha work",
            "Alpha assistant",
            "Alpha officer",
            "Head of alpha",
            "Alpha skill"
        ],
        "equally good matches within alpha: the name, the rung titles, then the skill"
    );
}

#[test]
fn a_better_match_ranks_above_a_worse_one_whatever_its_field_or_place() {
    let mut index = Index::build(&catalogue());
    let hits = texts(&mut index, "sql");
    // "Statistics" and "Squad leading" hold s, q and l apart, and come earlier in the
    // content than beta's SQL; the exact SQL still comes first.
    assert_eq!(
        hits.first().map(String::as_str),
        Some("SQL"),
        "the exact match ranks first: {hits:?}"
    );
    let exact = hits.iter().filter(|t| *t == "SQL").count();
    assert_eq!(exact, 2, "both places naming SQL are found: {hits:?}");
    assert!(
        hits[..2].iter().all(|t| t == "SQL"),
        "both exact matches rank above the scattered ones: {hits:?}"
    );
    assert!(
        hits.contains(&"Squad leading".to_string()),
        "a scattered match is still found: {hits:?}"
    );
    let scores: Vec<u32> = index.search("sql").iter().map(|h| h.score).collect();
    assert!(
        scores.is_sorted_by(|a, b| a >= b),
        "scores go down the list: {scores:?}"
    );
    assert!(
        scores[0] > scores[scores.len() - 1],
        "an exact match scores more than a scattered one: {scores:?}"
    );
}

#[test]
fn short_queries_skip_sentences_and_typing_on_brings_them_in() {
    let mut index = Index::build(&catalogue());
    let fields = |index: &mut Index, q: &str| -> Vec<Field> {
        found(index, q).into_iter().map(|(_, f, _)| f).collect()
    };
    assert!(
        !fields(&mut index, "fi").contains(&Field::RungDetail),
        "two letters do not search sentences"
    );
    assert!(
        fields(&mut index, "fil").contains(&Field::RungDetail),
        "three letters search sentences"
    );
    // Typing letter by letter: the third letter must search the sentences afresh, not
    // narrow the two-letter results that left them out.
    let mut typed = Index::build(&catalogue());
    typed.search("f");
    typed.search("fi");
    let narrowed = found(&mut typed, "fil");
    let fresh = found(&mut Index::build(&catalogue()), "fil");
    assert_eq!(
        narrowed, fresh,
        "typing f, fi, fil finds what searching fil at once finds"
    );
    assert!(
        narrowed.iter().any(|(t, _, _)| t == "Filing records."),
        "{narrowed:?}"
    );
    // And a query that grows from three letters narrows to the same as a fresh search.
    typed.search("reco");
    let grown = found(&mut typed, "records");
    assert_eq!(grown, found(&mut Index::build(&catalogue()), "records"));
    // A query that is not an extension searches everything again.
    let other = found(&mut typed, "sql");
    assert_eq!(other, found(&mut Index::build(&catalogue()), "sql"));
}

#[test]
fn a_sentence_matches_only_as_a_whole_substring() {
    let mut index = Index::build(&catalogue());
    // The letters of "flr" are all in "Filing records." but not together.
    assert!(
        found(&mut index, "flr")
            .iter()
            .all(|(_, f, _)| *f != Field::RungDetail),
        "scattered letters do not match a sentence"
    );
}

#[test]
fn empty_and_blank_queries_find_nothing_and_spaces_around_a_query_do_not_count() {
    let mut index = Index::build(&catalogue());
    assert!(index.search("").is_empty());
    assert!(index.search("   ").is_empty());
    assert_eq!(found(&mut index, "  sql  "), found(&mut index, "sql"));
    assert!(
        index.search("zzz").is_empty(),
        "no text has a z: nothing is found"
    );
}

#[test]
fn matched_letters_are_reported_by_position() {
    let mut index = Index::build(&catalogue());
    let hits = index.search("records");
    let sentence = hits
        .iter()
        .find(|h| index.text(h.entry) == "Filing records.")
        .expect("the sentence is found");
    assert_eq!(sentence.indices, (7..14).collect::<Vec<u32>>());
    let hits = index.search("sql");
    assert_eq!(index.text(hits[0].entry), "SQL");
    assert_eq!(hits[0].indices, [0, 1, 2]);

    // In a sentence the highlighted letters are the whole substring found, even where
    // letters scattered across words (e, c, t of "every chart") would score as well.
    let mut c = catalogue();
    c.specialisms[0].ladder[1].involves = "Correct every chart.".into();
    let mut index = Index::build(&c);
    let hits = index.search("ect");
    let sentence = hits
        .iter()
        .find(|h| index.text(h.entry) == "Correct every chart.")
        .expect("the sentence is found");
    assert_eq!(
        sentence.indices,
        [4, 5, 6],
        "the highlight should be the \"ect\" of \"Correct\""
    );
}

#[test]
fn a_letter_or_digit_written_twice_in_a_text_still_counts() {
    let mut index = Index::build(&catalogue());
    // "Alpha work" has two a's and the query one; the route's label has two 8s.
    assert!(
        texts(&mut index, "alp").contains(&"Alpha work".to_string()),
        "alp should find Alpha work"
    );
    assert!(
        texts(&mut index, "8")
            .contains(&"ST0118 Coding apprenticeship (Level 3, 18 months)".to_string()),
        "8 should find the route whose label holds 0118 and 18"
    );
}

#[test]
fn each_hit_says_where_it_lives() {
    let catalogue = catalogue();
    let mut index = Index::build(&catalogue);
    let place = |index: &mut Index, query: &str, text: &str| -> String {
        let hits = index.search(query);
        let hit = hits
            .iter()
            .find(|h| index.text(h.entry) == text)
            .unwrap_or_else(|| panic!("{text:?} found for {query:?}"));
        index.location(&catalogue, hit.entry)
    };
    assert_eq!(place(&mut index, "records", "Records work"), "");
    assert_eq!(
        place(&mut index, "records", "Records officer"),
        "Records work › "
    );
    assert_eq!(
        place(&mut index, "records", "Filing records."),
        "Alpha work › Alpha assistant · "
    );
    assert_eq!(
        place(&mut index, "records", "Records system"),
        "Records work › Tool: "
    );
    assert_eq!(
        place(&mut index, "records", "Records keeping"),
        "Records work › Skill: "
    );
    assert_eq!(
        place(&mut index, "cilip", "CILIP"),
        "Records work › Professional body: "
    );
    // A route is found by its code, which comes first in its label.
    let routes: Vec<(String, String)> = index
        .search("ST0118")
        .iter()
        .map(|h| (index.location(&catalogue, h.entry), index.text(h.entry)))
        .collect();
    let label = "ST0118 Coding apprenticeship (Level 3, 18 months)".to_string();
    assert_eq!(
        routes,
        [
            (
                "Alpha work › Alpha officer · Way in: ".to_string(),
                label.clone()
            ),
            ("Records work › Way in: ".to_string(), label),
        ],
        "a rung's route says which rung; a specialism's route does not"
    );
}

#[test]
fn accents_and_case_do_not_stop_a_match() {
    let mut c = catalogue();
    c.specialisms[0].tools.push("Café rota".into());
    let mut index = Index::build(&c);
    let cafe = "Café rota".to_string();
    assert!(
        texts(&mut index, "cafe").contains(&cafe),
        "an unaccented query finds accented text"
    );
    assert!(
        texts(&mut index, "ROTA").is_empty() && texts(&mut index, "rota").contains(&cafe),
        "lower case matches any case; a capital asks for a capital (smart case)"
    );
    assert!(
        texts(&mut index, "st0118")
            .iter()
            .any(|t| t.starts_with("ST0118")),
        "a lower-case code finds the route by its code, digits and all"
    );
}

#[test]
fn a_search_done_in_slices_finds_what_one_pass_finds() {
    let catalogue = catalogue();
    for query in ["r", "records", "sql", "alpha", "x"] {
        let mut sliced = Index::build(&catalogue);
        assert!(sliced.is_done(), "nothing started: nothing to do");
        sliced.start(query);
        assert!(
            !sliced.is_done(),
            "{query}: a search just started is not done"
        );
        assert!(
            !sliced.step(0),
            "{query}: a step with no budget makes no progress"
        );
        let mut steps = 0;
        while !sliced.step(1) {
            steps += 1;
            assert!(!sliced.is_done(), "{query}: done said too early");
            assert!(steps < 10_000, "{query}: the search never finished");
        }
        assert!(sliced.is_done(), "{query}: the last step finished it");
        assert!(sliced.step(1), "{query}: a finished search stays finished");
        assert!(steps > 10, "{query}: one text a step takes many steps");
        let whole = Index::build(&catalogue).search(query);
        assert_eq!(sliced.hits(), whole, "{query}: slices and one pass differ");
    }
}

#[test]
fn partial_results_are_the_best_so_far() {
    let catalogue = catalogue();
    let mut index = Index::build(&catalogue);
    index.start("records");
    let mut seen = 0;
    while !index.step(3) {
        let hits = index.hits();
        assert!(hits.len() >= seen, "results so far never shrink");
        seen = hits.len();
    }
    assert_eq!(
        index.hits().len(),
        Index::build(&catalogue).search("records").len()
    );
}

#[test]
fn at_most_the_hundred_best_hits_are_kept() {
    let mut c = catalogue();
    // 150 skills that match "zq" equally, in content order, and one exact match last.
    c.specialisms[1].skills = (0..150).map(|i| format!("Zeta quiz {i:03}")).collect();
    c.specialisms[1].skills.push("ZQ".into());
    let mut index = Index::build(&c);
    let hits = texts(&mut index, "zq");
    assert_eq!(hits.len(), MAX_HITS, "a search keeps {MAX_HITS} hits");
    assert_eq!(hits[0], "ZQ", "the best match is kept and ranks first");
    let expected: Vec<String> = (0..MAX_HITS - 1)
        .map(|i| format!("Zeta quiz {i:03}"))
        .collect();
    assert_eq!(
        &hits[1..],
        &expected[..],
        "then the equal matches, first in the content first, cut at {MAX_HITS}"
    );

    // The better matches last in the content: the cut keeps the best, whatever their place.
    let mut c = catalogue();
    c.specialisms[0].skills = (0..150).map(|i| format!("Zeta quiz {i:03}")).collect();
    c.specialisms[1].skills = (0..150).map(|i| format!("ZQ {i:03}")).collect();
    let mut index = Index::build(&c);
    let hits = texts(&mut index, "zq");
    let expected: Vec<String> = (0..MAX_HITS).map(|i| format!("ZQ {i:03}")).collect();
    assert_eq!(
        hits, expected,
        "the {MAX_HITS} best matches, in content order among equals"
    );

    // One text shared by more places than the limit: the list stops at the limit.
    let mut c = catalogue();
    let template = c.specialisms[1].clone();
    for i in 0..120 {
        let mut s = template.clone();
        s.id = format!("copy-{i}");
        s.name = format!("Copy {i}");
        s.related.clear();
        c.specialisms.push(s);
    }
    let mut index = Index::build(&c);
    let cilip: Vec<usize> = index
        .search("cilip")
        .iter()
        .map(|h| index.entries[h.entry].specialism)
        .collect();
    assert_eq!(cilip, (1..=MAX_HITS).collect::<Vec<_>>());
}
