//! `hi-tui insights FILE`, run as the people on a stand would: the built binary on files
//! written as a kiosk writes them, its output in each format, and what it says (and its
//! exit status) for files it cannot report on. The web page is also printed in headless
//! Chromium, like the hand-out (`tests/browser.rs`).

#[path = "common/browser.rs"]
mod browser;
#[path = "common/html.rs"]
mod html;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use hi_tui::insights::{HEADER, RungRef, Visit};
use serde_json::Value;

/// A day's sample, the last record torn by a power cut (also the README's screenshot).
const SAMPLE: &str = "tests/fixtures/insights-stand.jsonl";

fn hi_tui(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_hi-tui"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run hi-tui")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// `name` in this test binary's own folder, holding `bytes`.
fn file(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("insights-report");
    std::fs::create_dir_all(&dir).expect("make the folder");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write the file");
    path
}

fn rung(specialism: &str, rung: &str) -> RungRef {
    RungRef {
        specialism: specialism.into(),
        rung: rung.into(),
    }
}

/// Three visits: two to data science (one pinning a rung and taking the shortlist away),
/// one to cyber security with the quiz.
fn three_visits() -> Vec<Visit> {
    let first = Visit {
        date: "2026-12-08".into(),
        hour: 10,
        seconds: 130,
        nation: "england".into(),
        stage: Some("graduate-any".into()),
        specialisms: vec!["data-science".into()],
        rungs: vec![rung("data-science", "Data analyst")],
        pins: vec![rung("data-science", "Data analyst")],
        quiz: None,
        qr: true,
        shortlist: true,
    };
    let second = Visit {
        hour: 10,
        seconds: 40,
        nation: "scotland".into(),
        stage: None,
        specialisms: vec!["data-science".into(), "cyber-security".into()],
        pins: vec![],
        qr: false,
        shortlist: false,
        ..first.clone()
    };
    let third = Visit {
        hour: 12,
        seconds: 300,
        specialisms: vec!["cyber-security".into()],
        quiz: Some("cyber-security".into()),
        ..second.clone()
    };
    vec![first, second, third]
}

fn insights(visits: &[Visit]) -> Vec<u8> {
    let mut bytes = format!("{HEADER}\n").into_bytes();
    for visit in visits {
        bytes.extend(visit.to_line().bytes());
    }
    bytes
}

fn report(path: &Path, format: &str) -> Output {
    let path = path.to_str().expect("a UTF-8 path");
    hi_tui(&["insights", path, "--format", format])
}

/// The report on `path` in `format`, which must succeed quietly.
fn ok(path: &Path, format: &str) -> String {
    let out = report(path, format);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stderr), "");
    text(&out.stdout)
}

/// The one line of a refusal, with exit 2 and nothing on stdout.
fn refused(args: &[&str]) -> String {
    let out = hi_tui(args);
    assert_eq!(out.status.code(), Some(2), "{args:?}: {out:?}");
    assert!(out.stdout.is_empty(), "{args:?}: {}", text(&out.stdout));
    let stderr = text(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
    stderr
}

#[test]
fn the_text_report_gives_visits_length_hours_and_specialisms_at_a_glance() {
    let path = file("three.jsonl", &insights(&three_visits()));
    let out = hi_tui(&["insights", path.to_str().expect("UTF-8")]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let report = text(&out.stdout);
    assert_eq!(report, ok(&path, "text"), "text is the default");
    let lines: Vec<&str> = report.lines().collect();
    assert_eq!(lines[0], "Visits 3 on 2026-12-08 · median 2 min 10 s");
    assert_eq!(lines[1], "QR codes shown: 1 of 3 visits");
    assert_eq!(lines[2], "Shortlists taken: 1 of 3 visits");
    let row = |label: &str| {
        lines
            .iter()
            .find(|l| l.starts_with(&format!("  {label} ")))
            .unwrap_or_else(|| panic!("no {label} in\n{report}"))
            .to_string()
    };
    assert!(row("10:00").ends_with(" 2"));
    assert!(row("11:00").ends_with(" 0"));
    assert!(row("12:00").ends_with(" 1"));
    assert!(row("Data science and data engineering").ends_with(" 2"));
    assert!(row("Cyber security").ends_with(" 2"));
    assert!(row("Graduate in any subject").ends_with(" 1"));
    assert!(row("Data analyst").ends_with(" 1"));
    assert!(row("Scotland").ends_with(" 2"));
    assert!(report.contains("\n  No stage chosen: 2 of 3 visits.\n"));
    assert!(report.contains("\n  The quiz was finished in 1 of 3 visits.\n"));
    for line in &lines {
        assert!(hi_tui::text::width(line) <= 80, "{line}");
    }
}

#[test]
fn the_json_report_holds_every_count_for_programs() {
    let path = file("three-json.jsonl", &insights(&three_visits()));
    let json: Value = serde_json::from_str(&ok(&path, "json")).expect("JSON");
    assert_eq!(json["visits"], 3);
    assert_eq!(json["torn"], 0);
    assert_eq!(json["median_seconds"], 130);
    let pairs = |list: &str, key: &str| -> Vec<(Value, Value)> {
        json[list]
            .as_array()
            .unwrap_or_else(|| panic!("{list} is a list"))
            .iter()
            .map(|row| (row[key].clone(), row["visits"].clone()))
            .collect()
    };
    assert_eq!(
        pairs("by_hour", "hour"),
        [
            (10.into(), 2.into()),
            (11.into(), 0.into()),
            (12.into(), 1.into())
        ]
    );
    assert_eq!(pairs("by_date", "date"), [("2026-12-08".into(), 3.into())]);
    assert_eq!(
        pairs("specialisms", "name"),
        [
            ("Cyber security".into(), 2.into()),
            ("Data science and data engineering".into(), 2.into())
        ]
    );
    assert_eq!(
        pairs("specialisms", "id"),
        [
            ("cyber-security".into(), 2.into()),
            ("data-science".into(), 2.into())
        ]
    );
    assert_eq!(
        pairs("stages", "name"),
        [("Graduate in any subject".into(), 1.into())]
    );
    assert_eq!(
        pairs("nations", "name"),
        [("Scotland".into(), 2.into()), ("England".into(), 1.into())]
    );
    assert_eq!(pairs("quiz", "id"), [("cyber-security".into(), 1.into())]);
    let pin = &json["pins"][0];
    assert_eq!(pin["specialism"], "data-science");
    assert_eq!(pin["specialism_name"], "Data science and data engineering");
    assert_eq!(pin["rung"], "Data analyst");
    assert_eq!(pin["visits"], 1);
    assert_eq!(json["pins"].as_array().map(Vec::len), Some(1));
    assert_eq!(json["qr_shown"], 1);
    assert_eq!(json["shortlists"], 1);
}

#[test]
fn the_web_page_is_self_contained_with_a_named_chart_per_section() {
    let path = file("three-html.jsonl", &insights(&three_visits()));
    let document = ok(&path, "html");
    let page = html::parse(&document).unwrap_or_else(|e| panic!("not well-formed: {e}"));
    assert_eq!(page.attr("lang"), Some("en-GB"));
    assert_eq!(page.all("h1").len(), 1);
    let headings: Vec<String> = page.all("h2").iter().map(|h| h.text()).collect();
    assert_eq!(
        headings,
        [
            "Visits by hour",
            "Specialisms viewed",
            "Stages chosen",
            "Quiz top results",
            "Most pinned rungs",
            "Pay shown by nation"
        ]
    );
    let charts = page.all("svg");
    assert_eq!(charts.len(), headings.len());
    for chart in charts {
        assert_eq!(chart.attr("role"), Some("img"));
        let title = chart
            .attr("aria-labelledby")
            .and_then(|id| page.by_id(id))
            .expect("named by its title");
        assert_eq!(title.name, "title");
    }
    let specialisms = page
        .by_id("chart-2-title")
        .map(html::Node::text)
        .expect("the specialisms chart");
    assert_eq!(
        specialisms,
        "Specialisms viewed: Cyber security, 2 visits; Data science and data engineering, 2 visits."
    );
    for node in page.descendants() {
        assert!(
            !matches!(
                node.name.as_str(),
                "script" | "img" | "link" | "iframe" | "object" | "embed" | "image" | "use"
            ),
            "<{}>",
            node.name
        );
        for (attr, _) in &node.attrs {
            assert!(
                !attr.starts_with("on") && !matches!(attr.as_str(), "src" | "href" | "style"),
                "{attr} on <{}>",
                node.name
            );
        }
    }
    assert!(!document.contains("url("));
}

#[test]
fn a_torn_last_record_is_skipped_and_counted() {
    let mut bytes = insights(&three_visits());
    let torn = three_visits()[0].to_line();
    bytes.extend(&torn.as_bytes()[..torn.len() / 2]);
    let path = file("torn.jsonl", &bytes);
    let report = ok(&path, "text");
    assert!(
        report.starts_with("Visits 3 on 2026-12-08 · median 2 min 10 s · 1 torn record skipped\n"),
        "{report}"
    );
    let json: Value = serde_json::from_str(&ok(&path, "json")).expect("JSON");
    assert_eq!(
        (json["visits"].clone(), json["torn"].clone()),
        (3.into(), 1.into())
    );
    assert!(ok(&path, "html").contains("1 torn record skipped"));
}

#[test]
fn a_changed_line_is_refused_with_its_number() {
    let mut bytes = insights(&three_visits()[..2]);
    bytes.extend(b"{\"date\":\"2026-12-08\",\"keys\":\"hello\"}\n");
    bytes.extend(three_visits()[2].to_line().bytes());
    let path = file("changed.jsonl", &bytes);
    let shown = path.display().to_string();
    for format in ["text", "json", "html"] {
        let line = refused(&["insights", &shown, "--format", format]);
        assert!(
            line.starts_with(&format!("hi-tui: {shown}: line 4, column ")),
            "{line}"
        );
        assert!(line.contains("not a visit record"), "{line}");
    }
}

#[test]
fn a_file_of_another_kind_is_refused_at_line_1() {
    let line = refused(&["insights", "data/examples/minimal.ron"]);
    assert!(
        line.starts_with("hi-tui: data/examples/minimal.ron: line 1: not a hi-tui insights file"),
        "{line}"
    );
    let newer = file(
        "newer.jsonl",
        b"{\"kind\":\"hi-tui insights\",\"version\":2}\n",
    );
    let line = refused(&["insights", newer.to_str().expect("UTF-8")]);
    assert!(
        line.contains(": line 1: written by a newer hi-tui (insights version 2"),
        "{line}"
    );
}

#[test]
fn a_missing_file_or_a_folder_is_one_line_and_exit_2() {
    let line = refused(&["insights", "no-such-file.jsonl"]);
    assert!(
        line.starts_with("hi-tui: no-such-file.jsonl: cannot be read ("),
        "{line}"
    );
    let line = refused(&["insights", "tests"]);
    assert!(
        line.starts_with("hi-tui: tests: cannot be read ("),
        "{line}"
    );
}

#[test]
fn an_empty_file_has_no_visits_yet() {
    let path = file("empty.jsonl", b"");
    let report = ok(&path, "text");
    assert!(report.starts_with("Visits 0 · no visits yet\n"), "{report}");
    let json: Value = serde_json::from_str(&ok(&path, "json")).expect("JSON");
    assert_eq!(json["visits"], 0);
    assert!(json["median_seconds"].is_null());
}

#[test]
fn names_come_from_the_data_file_when_one_is_given() {
    let mut visit = three_visits()[0].clone();
    visit.specialisms = vec!["alpha".into(), "data-science".into()];
    let path = file("own-data.jsonl", &insights(&[visit]));
    let out = hi_tui(&[
        "--data",
        "tests/fixtures/small.ron",
        "insights",
        path.to_str().expect("UTF-8"),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let report = text(&out.stdout);
    assert!(report.contains("\n  Alpha work "), "{report}");
    // Not in that file: shown by its id.
    assert!(report.contains("\n  data-science "), "{report}");
    let line = refused(&[
        "--data",
        "no-such.ron",
        "insights",
        path.to_str().expect("UTF-8"),
    ]);
    assert!(line.contains("no-such.ron"), "{line}");
}

#[test]
fn nothing_from_the_file_reaches_the_terminal_as_a_control() {
    let mut visit = three_visits()[0].clone();
    visit.specialisms = vec!["\u{1b}[2J\u{1b}]0;owned\u{7}".into()];
    visit.stage = Some("\u{9b}31m".into());
    let path = file("hostile.jsonl", &insights(&[visit]));
    for format in ["text", "json", "html"] {
        let output = ok(&path, format);
        let bad: Vec<char> = output
            .chars()
            .filter(|&c| c != '\n' && hi_tui::data::is_forbidden_char(c))
            .collect();
        assert!(bad.is_empty(), "{format}: {bad:?}");
        assert!(output.contains("\\u{1b}[2J"), "{format}: {output}");
    }
}

/// A reader that stops early (`| head`) is not an error, even for a report larger than
/// the pipe holds.
#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    let visits: Vec<Visit> = (0..4000)
        .map(|n| Visit {
            specialisms: vec![format!("retired-specialism-{n}")],
            ..three_visits()[0].clone()
        })
        .collect();
    let path = file("large.jsonl", &insights(&visits));
    let mut child = Command::new(env!("CARGO_BIN_EXE_hi-tui"))
        .args([
            "insights",
            path.to_str().expect("UTF-8"),
            "--format",
            "json",
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run hi-tui");
    let mut stdout = child.stdout.take().expect("stdout");
    let mut start = [0u8; 16];
    stdout
        .read_exact(&mut start)
        .expect("the start of the report");
    drop(stdout);
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut stderr)
        .expect("stderr");
    let status = child.wait().expect("wait");
    assert_eq!(status.code(), Some(0), "{stderr}");
    assert_eq!(stderr, "");
}

#[test]
fn the_sample_reports_its_torn_record() {
    let report = ok(Path::new(SAMPLE), "text");
    assert!(
        report.starts_with("Visits 38 on 2026-12-08 · median 2 min 10 s · 1 torn record skipped\n"),
        "{report}"
    );
}

/// The web page printed by Chromium: A4, two pages for a day at a stand, with the visits
/// and every specialism viewed.
#[test]
fn the_printed_report_has_the_visits_and_specialisms_on_a4() {
    let Some(tools) = browser::Tools::find() else {
        return;
    };
    let document = ok(Path::new(SAMPLE), "html");
    let json: Value = serde_json::from_str(&ok(Path::new(SAMPLE), "json")).expect("JSON");
    let dir = browser::Tools::workdir("insights-report");
    let pdf = tools.print(&dir, "insights", &document);
    let (count, size) = tools.pdf_info(&pdf);
    assert!(size.contains("(A4)"), "{size}");
    assert!((1..=3).contains(&count), "{count} pages");
    let pages = tools.pages(&pdf);
    assert_eq!(pages.len(), count);
    let all = pages.join("\n");
    let words = all.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains("Visits 38 on 2026-12-08 · median 2 min 10 s · 1 torn record skipped"),
        "{words}"
    );
    let specialisms = json["specialisms"].as_array().expect("a list");
    assert!(specialisms.len() >= 10);
    for s in specialisms {
        let name = s["name"].as_str().expect("a name");
        assert!(words.contains(name), "{name} is not printed");
    }
    for (n, page) in pages.iter().enumerate() {
        let page = page.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            page.contains(&format!("Page {} of {count}", n + 1)),
            "page {} has no number",
            n + 1
        );
    }
}

/// With standard output closed the report fails and says why; sent to /dev/null on
/// purpose, it succeeds.
#[cfg(unix)]
#[test]
fn a_closed_stdout_is_an_error_with_a_reason() {
    for (redirect, fails) in [(">&-", true), ("> /dev/null", false)] {
        let out = Command::new("sh")
            .arg("-c")
            .arg(format!("exec \"$0\" \"$@\" {redirect}"))
            .arg(env!("CARGO_BIN_EXE_hi-tui"))
            .args(["insights", SAMPLE])
            .stdin(Stdio::null())
            .output()
            .expect("run sh");
        let stderr = text(&out.stderr);
        assert_eq!(!out.status.success(), fails, "{redirect}: {out:?}");
        assert_eq!(
            stderr.contains("standard output is closed"),
            fails,
            "{redirect}: {stderr}"
        );
    }
}

#[test]
fn help_gives_examples_of_every_format_and_bad_formats_are_named() {
    let out = hi_tui(&["insights", "--help"]);
    assert_eq!(out.status.code(), Some(0));
    let help = text(&out.stdout);
    for example in [
        "Examples:",
        "hi-tui insights stand.jsonl ",
        "--format json",
        "--format html > stand.html",
        "--data my-trust.ron insights",
    ] {
        assert!(help.contains(example), "{example}: {help}");
    }
    let out = hi_tui(&["insights", SAMPLE, "--format", "pdf"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("pdf"), "{}", text(&out.stderr));
    let out = hi_tui(&["insights"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("<FILE>"),
        "{}",
        text(&out.stderr)
    );
}

/// A number attribute of an SVG element.
fn number(node: &html::Node, name: &str) -> f64 {
    node.attr(name)
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("<{}> has no number {name}", node.name))
}

/// Every chart of the sample's page is laid out so it reads: bars one under another inside
/// the picture, each as long as its count makes it (the largest the longest), its label to
/// the left of it and its count just after its end, within the picture's width.
#[test]
fn each_bar_is_as_long_as_its_count_with_its_label_before_and_count_after() {
    let document = ok(Path::new(SAMPLE), "html");
    let page = html::parse(&document).unwrap_or_else(|e| panic!("not well-formed: {e}"));
    let charts = page.all("svg");
    assert!(charts.len() >= 6, "{} charts", charts.len());
    for chart in charts {
        let view: Vec<f64> = chart
            .attr("viewBox")
            .expect("a viewBox")
            .split(' ')
            .map(|n| n.parse().expect("a number"))
            .collect();
        let (width, height) = (view[2], view[3]);
        let rows: Vec<&html::Node> = chart.elements().filter(|n| n.name == "g").collect();
        let counts: Vec<f64> = rows
            .iter()
            .map(|g| g.all("text")[1].text().parse().expect("a count"))
            .collect();
        let max = counts.iter().cloned().fold(0.0, f64::max);
        let mut bottom = 0.0;
        let mut last_baseline = 0.0;
        for (g, count) in rows.iter().zip(&counts) {
            let [label, shown] = g.all("text")[..] else {
                panic!("a label and a count");
            };
            let bar = g.first("rect").expect("a bar");
            let (x, y, w, h) = (
                number(bar, "x"),
                number(bar, "y"),
                number(bar, "width"),
                number(bar, "height"),
            );
            let what = format!("{}: {}", label.text(), shown.text());
            assert!(y >= bottom && h > 0.0, "{what}: overlaps the bar above");
            bottom = y + h;
            let baseline = number(label, "y");
            last_baseline = baseline;
            assert!(
                baseline > y && baseline <= bottom,
                "{what}: label beside its bar"
            );
            assert_eq!(number(shown, "y"), baseline, "{what}");
            // The label, at 13px (7 units a character at most), ends before the bar.
            assert_eq!(number(label, "x"), 0.0);
            assert!(
                label.text().chars().count() as f64 * 7.0 <= x,
                "{what}: the label runs into the bar at {x}"
            );
            let longest = width - x - (max.to_string().len() + 1) as f64 * 7.0;
            let expected = longest * count / max;
            assert!(
                (w - expected).abs() <= 1.0 || (*count > 0.0 && w == 1.0),
                "{what}: a bar of {w}, not {expected}"
            );
            let after = number(shown, "x") - (x + w);
            assert!(
                (1.0..=10.0).contains(&after),
                "{what}: the count is {after} from the bar"
            );
            assert!(
                number(shown, "x") + shown.text().len() as f64 * 7.0 <= width,
                "{what}: the count runs off the chart"
            );
            let title = g.first("title").expect("a title").text();
            let visits = if *count == 1.0 { "visit" } else { "visits" };
            assert!(
                title.ends_with(&format!(": {} {visits}", shown.text())),
                "{what}: {title}"
            );
            // The whole label, where the one drawn was cut.
            assert!(
                title.starts_with(label.text().trim_end_matches('…')),
                "{what}: {title}"
            );
        }
        assert!(
            bottom <= height && height <= bottom + 8.0,
            "{height} tall for rows to {bottom}"
        );
        // The last label's descenders (g, y, p: 4 units below the baseline at 13px)
        // are inside the picture, not cut off.
        assert!(
            height >= last_baseline + 4.0,
            "{height} tall, a baseline at {last_baseline}"
        );
    }
}

#[test]
fn the_notes_count_the_quizzes_finished_and_say_nothing_of_stages_when_none_was_chosen() {
    let mut visits = three_visits();
    visits[0].quiz = Some("data-science".into());
    for v in &mut visits {
        v.stage = None;
    }
    let path = file("notes.jsonl", &insights(&visits));
    let report = ok(&path, "text");
    assert!(
        report.contains("\n  The quiz was finished in 2 of 3 visits.\n"),
        "{report}"
    );
    assert!(
        report.contains("\nStages chosen\n  No stage chosen yet.\n\n"),
        "{report}"
    );
    assert!(!report.contains("No stage chosen:"), "{report}");
}
