use super::chart::{SHOWN, bar_len, headline};
use super::*;
use crate::data;
use crate::insights::Visit;

fn content() -> Catalogue {
    data::embedded().expect("the built-in content")
}

fn rung(specialism: &str, rung: &str) -> RungRef {
    RungRef {
        specialism: specialism.into(),
        rung: rung.into(),
    }
}

fn visit(hour: u8, seconds: u64, specialisms: &[&str]) -> Visit {
    Visit {
        date: "2026-12-08".into(),
        hour,
        seconds,
        nation: "england".into(),
        specialisms: specialisms.iter().map(|s| s.to_string()).collect(),
        ..Visit::default()
    }
}

fn summary(visits: Vec<Visit>) -> Summary {
    Summary::from(&Log { visits, torn: 0 }, &content())
}

fn count(id: &str, name: &str, visits: usize) -> Count {
    Count {
        id: id.into(),
        name: name.into(),
        visits,
    }
}

#[test]
fn the_median_is_the_middle_length_or_halfway_between_the_two_middle_ones() {
    assert_eq!(median(vec![]), None);
    assert_eq!(median(vec![70]), Some(70));
    assert_eq!(median(vec![300, 10, 20]), Some(20));
    assert_eq!(median(vec![40, 10, 30, 20]), Some(25));
    assert_eq!(median(vec![10, 20]), Some(15));
    assert_eq!(median(vec![u64::MAX, u64::MAX - 2]), Some(u64::MAX - 1));
}

#[test]
fn lengths_read_as_people_say_them() {
    for (seconds, said) in [
        (0, "0 s"),
        (45, "45 s"),
        (60, "1 min"),
        (130, "2 min 10 s"),
        (3600, "1 h"),
        (3600 + 300 + 10, "1 h 5 min"),
        (7 * 3600 + 59 * 60 + 59, "7 h 59 min"),
    ] {
        assert_eq!(duration(seconds), said, "{seconds}");
    }
}

#[test]
fn bars_scale_to_the_largest_count() {
    assert_eq!(bar_len(10, 10, 30), 30);
    assert_eq!(bar_len(5, 10, 30), 15);
    assert_eq!(bar_len(1, 3, 30), 10);
    // Rounded to the nearest: 2/3 of 10 is 6.67.
    assert_eq!(bar_len(2, 3, 10), 7);
    assert_eq!(bar_len(1, 3, 10), 3);
    // A count above zero always shows; zero never does.
    assert_eq!(bar_len(1, 1000, 30), 1);
    assert_eq!(bar_len(0, 10, 30), 0);
    assert_eq!(bar_len(0, 0, 30), 0);
    assert_eq!(bar_len(usize::MAX, usize::MAX, 30), 30);
}

#[test]
fn counts_are_visits_named_from_the_content_most_first() {
    let mut first = visit(9, 60, &["data-science", "cyber-security", "data-science"]);
    first.stage = Some("school".into());
    first.quiz = Some("data-science".into());
    first.pins = vec![rung("data-science", "Data scientist")];
    first.qr = true;
    first.shortlist = true;
    let mut second = visit(11, 200, &["data-science"]);
    second.nation = "scotland".into();
    second.stage = Some("school".into());
    second.pins = vec![
        rung("data-science", "Data scientist"),
        rung("cyber-security", "Security analyst"),
    ];
    second.qr = true;
    let third = visit(11, 100, &[]);
    let s = summary(vec![first, second, third]);

    assert_eq!((s.visits, s.torn, s.median_seconds), (3, 0, Some(100)));
    assert_eq!(
        s.by_hour,
        vec![
            HourCount { hour: 9, visits: 1 },
            HourCount {
                hour: 10,
                visits: 0
            },
            HourCount {
                hour: 11,
                visits: 2
            },
        ]
    );
    assert_eq!(
        s.specialisms,
        vec![
            count("data-science", "Data science and data engineering", 2),
            count("cyber-security", "Cyber security", 1),
        ]
    );
    assert_eq!(s.stages, vec![count("school", "At school or college", 2)]);
    assert_eq!(s.without_stage(), 1);
    assert_eq!(
        s.nations,
        vec![
            count("england", "England", 2),
            count("scotland", "Scotland", 1)
        ]
    );
    assert_eq!(
        s.quiz,
        vec![count(
            "data-science",
            "Data science and data engineering",
            1
        )]
    );
    assert_eq!(s.quizzes(), 1);
    assert_eq!(
        s.pins,
        vec![
            PinCount {
                specialism: "data-science".into(),
                specialism_name: "Data science and data engineering".into(),
                rung: "Data scientist".into(),
                visits: 2,
            },
            PinCount {
                specialism: "cyber-security".into(),
                specialism_name: "Cyber security".into(),
                rung: "Security analyst".into(),
                visits: 1,
            },
        ]
    );
    assert_eq!((s.qr_shown, s.shortlists), (2, 1));
    assert_eq!(
        s.by_date,
        vec![DateCount {
            date: "2026-12-08".into(),
            visits: 3
        }]
    );
}

#[test]
fn equal_counts_are_in_name_order_and_unknown_ids_are_shown_as_they_are() {
    let mut v = visit(10, 10, &["zz-gone", "cyber-security", "aa-gone"]);
    v.stage = Some("astronaut".into());
    v.nation = "atlantis".into();
    v.quiz = Some("retired-specialism".into());
    v.pins = vec![rung("zz-gone", "Old rung"), rung("aa-gone", "Old rung")];
    let s = summary(vec![v]);
    let names: Vec<&str> = s.specialisms.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["aa-gone", "Cyber security", "zz-gone"]);
    assert_eq!(s.stages, vec![count("astronaut", "astronaut", 1)]);
    assert_eq!(s.nations, vec![count("atlantis", "atlantis", 1)]);
    assert_eq!(
        s.quiz,
        vec![count("retired-specialism", "retired-specialism", 1)]
    );
    let pins: Vec<(&str, &str)> = s
        .pins
        .iter()
        .map(|p| (p.specialism.as_str(), p.specialism_name.as_str()))
        .collect();
    assert_eq!(pins, [("aa-gone", "aa-gone"), ("zz-gone", "zz-gone")]);
}

#[test]
fn hours_run_from_the_first_to_the_last_and_impossible_hours_are_left_out() {
    let s = summary(vec![
        visit(14, 10, &[]),
        visit(99, 10, &[]),
        visit(14, 10, &[]),
    ]);
    assert_eq!(
        s.by_hour,
        vec![HourCount {
            hour: 14,
            visits: 2
        }]
    );
    assert_eq!(s.visits, 3);
    let s = summary(vec![visit(0, 10, &[]), visit(23, 10, &[])]);
    assert_eq!(s.by_hour.len(), 24);
    assert_eq!(s.by_hour[0], HourCount { hour: 0, visits: 1 });
    assert_eq!(
        s.by_hour[23],
        HourCount {
            hour: 23,
            visits: 1
        }
    );
    assert!(summary(vec![visit(99, 10, &[])]).by_hour.is_empty());
}

#[test]
fn the_headline_gives_visits_median_date_and_torn_records() {
    let none = Summary::from(&Log::default(), &content());
    assert_eq!(headline(&none), "Visits 0 · no visits yet");
    let torn = |n| {
        let log = Log {
            visits: vec![visit(9, 130, &[])],
            torn: n,
        };
        headline(&Summary::from(&log, &content()))
    };
    assert_eq!(torn(0), "Visits 1 on 2026-12-08 · median 2 min 10 s");
    assert_eq!(
        torn(1),
        "Visits 1 on 2026-12-08 · median 2 min 10 s · 1 torn record skipped"
    );
    assert_eq!(
        torn(3),
        "Visits 1 on 2026-12-08 · median 2 min 10 s · 3 torn records skipped"
    );
    let mut later = visit(9, 10, &[]);
    later.date = "2026-12-09".into();
    let two_days = summary(vec![visit(9, 30, &[]), later]);
    assert_eq!(headline(&two_days), "Visits 2 · median 20 s");
}

/// The text report's lines, for tests.
fn text(s: &Summary) -> String {
    render(s, Format::Text, "stand.jsonl")
}

#[test]
fn the_text_report_draws_bars_scaled_to_the_largest_count_within_80_columns() {
    let mut visits: Vec<Visit> = (0..4).map(|_| visit(9, 60, &["data-science"])).collect();
    visits.extend((0..2).map(|_| visit(10, 60, &["cyber-security"])));
    visits.push(visit(12, 60, &["health-records"]));
    let report = text(&summary(visits));
    let bar = |label: &str| {
        let line = report
            .lines()
            .find(|l| l.trim_start().starts_with(label))
            .unwrap_or_else(|| panic!("no {label} in\n{report}"));
        (
            line.matches(super::text::BAR).count(),
            line.trim_end().to_string(),
        )
    };
    let (four, line) = bar("Data science and data engineering");
    assert!(line.ends_with(" 4"), "{line}");
    let (two, line) = bar("Cyber security");
    assert!(line.ends_with(" 2"), "{line}");
    let (one, _) = bar("Health records and patient administration");
    // 80 columns less the indent, the longest name, two spaces, a space and one digit
    // leave 33 for the bars: 4 of 4 fills them, 2 of 4 is 16.5, 1 of 4 is 8.25.
    assert_eq!((four, two, one), (33, 17, 8), "\n{report}");
    // The largest bar fills the line.
    let (nine, line) = bar("09:00");
    assert_eq!(crate::text::width(&line), 80, "{line}");
    assert_eq!((nine, bar("10:00").0, bar("12:00").0), (69, 35, 17));
    assert_eq!(bar("11:00").0, 0, "an hour without visits has no bar");
    for line in report.lines() {
        assert!(crate::text::width(line) <= 80, "{line}");
    }
    assert!(report.starts_with(
        "Visits 7 on 2026-12-08 · median 1 min\nQR codes shown: 0 of 7 visits\nShortlists taken: 0 of 7 visits\n\n"
    ));
    assert!(report.contains("\nQuiz top results\n  No quiz finished yet.\n"));
    assert!(!report.contains("Visits by date"), "one date");
}

#[test]
fn long_labels_are_cut_and_long_lists_say_how_many_are_left_off() {
    let ids: Vec<String> = (0..SHOWN + 3)
        .map(|n| format!("{n:02}-{}", "x".repeat(100)))
        .collect();
    let v = visit(9, 10, &ids.iter().map(String::as_str).collect::<Vec<_>>());
    let report = text(&summary(vec![v.clone()]));
    for line in report.lines() {
        assert!(crate::text::width(line) <= 80, "{line}");
    }
    assert!(
        report.contains("  … and 3 more (--format json lists them all)\n"),
        "{report}"
    );
    assert_eq!(report.matches("xxx…").count(), SHOWN, "{report}");
    let html = render(&summary(vec![v.clone()]), Format::Html, "stand.jsonl");
    assert!(
        html.contains(
            "<p class=\"note\">And 3 more, not shown (the JSON report lists them all).</p>"
        ),
        "{html}"
    );
    // Exactly as many as are shown: none left off, and nothing said.
    let mut fits = v;
    fits.specialisms.truncate(SHOWN);
    let s = summary(vec![fits]);
    assert!(!text(&s).contains("more (--format json"));
    assert!(!render(&s, Format::Html, "stand.jsonl").contains("more, not shown"));
}

#[test]
fn several_dates_get_a_chart_and_notes_count_what_was_not_chosen() {
    let mut later = visit(9, 10, &[]);
    later.date = "2026-12-09".into();
    later.stage = Some("clinician".into());
    later.quiz = Some("clinical-informatics".into());
    let report = text(&summary(vec![visit(9, 30, &[]), later, visit(9, 30, &[])]));
    assert!(
        report.contains("\nVisits by date\n  2026-12-08  "),
        "{report}"
    );
    assert!(report.contains("\n  2026-12-09  "), "{report}");
    assert!(
        report.contains("  No stage chosen: 2 of 3 visits.\n"),
        "{report}"
    );
    assert!(
        report.contains("  The quiz was finished in 1 of 3 visits.\n"),
        "{report}"
    );
}

/// A record written by something hostile: ids that would clear the screen or run a
/// script if printed as they are.
fn hostile() -> Summary {
    let clear = "\u{1b}[2J";
    let script = "<script>alert(1)</script>";
    let mut v = visit(9, 10, &[clear, script]);
    v.date = format!("2026{clear}");
    v.stage = Some(format!("{script}\u{9b}"));
    v.nation = "\u{202e}england".into();
    v.quiz = Some(clear.into());
    v.pins = vec![rung(script, clear)];
    summary(vec![v, visit(9, 10, &[])])
}

fn assert_no_controls(output: &str, format: Format) {
    let bad: Vec<char> = output
        .chars()
        .filter(|&c| c != '\n' && data::is_forbidden_char(c))
        .collect();
    assert!(bad.is_empty(), "{format:?}: {bad:?} in\n{output}");
}

#[test]
fn hostile_ids_are_escaped_in_every_format() {
    let s = hostile();
    for format in [Format::Text, Format::Json, Format::Html] {
        assert_no_controls(&render(&s, format, "stand\u{1b}]0;x\u{7}.jsonl"), format);
    }
    let text = render(&s, Format::Text, "stand.jsonl");
    assert!(text.contains("\\u{1b}[2J"), "{text}");
    assert!(text.contains("\\u{202e}england"), "{text}");
    let json = render(&s, Format::Json, "stand.jsonl");
    let value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let ids: Vec<&str> = value["specialisms"]
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|c| c["id"].as_str())
        .collect();
    assert!(ids.contains(&"\\u{1b}[2J"), "{ids:?}");
}

#[test]
fn no_markup_from_the_file_reaches_the_web_page() {
    let html = render(&hostile(), Format::Html, "<b>stand</b>.jsonl");
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("<b>"), "{html}");
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{html}"
    );
    assert!(html.contains("Stand insights: &lt;b&gt;stand&lt;/b&gt;.jsonl"));
}

#[test]
fn the_json_report_has_every_count_in_a_fixed_order() {
    let mut v = visit(9, 130, &["data-science"]);
    v.pins = vec![rung("data-science", "Data scientist")];
    v.qr = true;
    let json = render(&summary(vec![v]), Format::Json, "stand.jsonl");
    let value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let keys: Vec<&str> = value
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "visits",
            "torn",
            "median_seconds",
            "by_hour",
            "by_date",
            "specialisms",
            "stages",
            "nations",
            "quiz",
            "pins",
            "qr_shown",
            "shortlists"
        ]
    );
    assert_eq!(value["median_seconds"], 130);
    assert_eq!(value["by_hour"][0]["hour"], 9);
    assert_eq!(
        value["pins"][0]["specialism_name"],
        "Data science and data engineering"
    );
    assert_eq!(value["qr_shown"], 1);
    assert!(json.ends_with("}\n"));
    let empty = render(&summary(vec![]), Format::Json, "stand.jsonl");
    let value: serde_json::Value = serde_json::from_str(&empty).expect("JSON");
    assert!(value["median_seconds"].is_null());
}

#[test]
fn every_chart_on_the_web_page_is_an_image_named_by_its_bars_in_words() {
    let s = summary(vec![
        visit(9, 10, &["data-science"]),
        visit(9, 10, &["data-science", "cyber-security"]),
    ]);
    let html = render(&s, Format::Html, "stand.jsonl");
    assert!(html.contains(
        "<title id=\"chart-2-title\">Specialisms viewed: Data science and data engineering, 2 visits; Cyber security, 1 visit.</title>"
    ), "{html}");
    assert_eq!(
        html.matches("<svg ").count(),
        html.matches("role=\"img\" aria-labelledby=\"chart-")
            .count()
    );
    // Charts with nothing to draw say so instead.
    assert!(html.contains("<p>No quiz finished yet.</p>"), "{html}");
    for banned in ["<script", "<img", "<link", "url(", "@import", "src="] {
        assert!(!html.contains(banned), "{banned}");
    }
}

#[test]
fn a_pinned_rung_is_named_by_its_title_and_by_its_specialism_where_titles_repeat() {
    let mut v = visit(9, 10, &[]);
    v.pins = vec![
        rung("data-science", "Analyst"),
        rung("cyber-security", "Analyst"),
        rung("data-science", "Data engineer"),
    ];
    let s = summary(vec![v]);
    let pins = s
        .charts()
        .into_iter()
        .find(|c| c.title == "Most pinned rungs")
        .expect("the pins chart");
    let labels: Vec<&str> = pins.rows.iter().map(|r| r.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Analyst (Cyber security)",
            "Analyst (Data science and data engineering)",
            "Data engineer"
        ]
    );
}

#[test]
fn notes_are_left_out_when_there_is_nothing_to_say() {
    let mut v = visit(9, 10, &[]);
    v.stage = Some("clinician".into());
    let report = text(&summary(vec![v]));
    assert!(
        report.contains("\nStages chosen\n  Registered clinician  "),
        "{report}"
    );
    assert!(
        !report.contains("No stage chosen"),
        "every visit chose one: {report}"
    );
    assert!(
        report.contains("\nQuiz top results\n  No quiz finished yet.\n\n"),
        "{report}"
    );
    assert!(!report.contains("The quiz was finished"), "{report}");
}
