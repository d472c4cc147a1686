//! `hi-tui export` and the other text commands: the pure exporters against the content,
//! then the real binary with its output piped, as a script or a screen reader would run it.

mod common;

use std::path::Path;
use std::process::{Command, Output, Stdio};

use common::afc::{self, money, pay_text};
use common::*;
use hi_tui::data::Catalogue;
use hi_tui::export::html::hand_out;
use hi_tui::export::{to_html, to_json, to_markdown};
use serde_json::Value;

/// The text from a heading line to the next heading of the same or a higher level.
fn section<'a>(markdown: &'a str, heading: &str) -> &'a str {
    let level = heading.chars().take_while(|&c| c == '#').count();
    let start = markdown
        .find(&format!("\n{heading}\n"))
        .unwrap_or_else(|| panic!("no heading {heading:?}"))
        + heading.len()
        + 2;
    let rest = &markdown[start..];
    let end = (1..=level)
        .filter_map(|l| rest.find(&format!("\n{} ", "#".repeat(l))))
        .min();
    &rest[..end.unwrap_or(rest.len())]
}

fn assert_markdown_covers(catalogue: &Catalogue) {
    let markdown = to_markdown(catalogue);
    assert!(markdown.starts_with(&format!("# {}\n", catalogue.title)));
    for specialism in &catalogue.specialisms {
        let part = section(&markdown, &format!("## {}", specialism.name));
        let n = specialism.ladder.len();
        for (i, rung) in specialism.ladder.iter().enumerate() {
            let heading = format!("#### Rung {} of {n}: {}", i + 1, rung.title);
            let text = section(part, &heading);
            // The official figures written out in the test, not the code's own sums.
            let pay = format!("**Pay:** {} a year", pay_text(&rung.bands));
            assert!(
                text.contains(&pay),
                "{} (bands {:?}) should show {pay}: {text}",
                rung.title,
                rung.bands
            );
            let band_line = text
                .lines()
                .find(|l| l.starts_with("- **Band"))
                .unwrap_or_else(|| panic!("{} has no band line: {text}", rung.title));
            assert!(band_line.ends_with(&rung.band_label()), "{band_line}");
            assert_eq!(
                band_line.contains("typically"),
                rung.typical,
                "{}: only typical bands are marked so: {band_line}",
                rung.title
            );
        }
    }
    for source in &catalogue.sources {
        assert!(
            markdown.contains(&source.url),
            "source {} missing",
            source.id
        );
    }
    let pay = section(
        &markdown,
        &format!(
            "## Pay: Agenda for Change {}, {}",
            catalogue.pay_tables[0].year, catalogue.pay_tables[0].region
        ),
    );
    for band in &catalogue.pay_tables[0].bands {
        let (min, max) = afc::band(&band.name);
        let row = format!("\n| {} | {} | ", band.name, money(min));
        let line = pay
            .split_once(&row)
            .and_then(|(_, rest)| rest.lines().next())
            .unwrap_or_else(|| panic!("no row {row:?} in {pay}"));
        assert!(
            line.contains(&money(max)),
            "band {} should top out at {}: {line}",
            band.name,
            money(max)
        );
    }
}

/// Each nation's official figures (`common::afc`), written out rather than read from the
/// data, so a mistake in the data or in the export cannot hide.
#[test]
fn markdown_pay_table_shows_each_nations_official_step_points() {
    let mut catalogue = shipped();
    for (index, table) in afc::NATIONS.iter().enumerate() {
        catalogue.set_nation(index);
        let markdown = to_markdown(&catalogue);
        let heading = format!("## Pay: Agenda for Change {}, {}", table.year, table.region);
        assert!(markdown.contains(&heading), "no heading {heading}");
        let hours = format!("full time is {} hours a week", table.hours);
        assert!(markdown.contains(&hours), "{}: no {hours}", table.region);
        for band in table.bands {
            let cells = afc::row_cells(band);
            let row = format!("| {} | {} |", band.0, cells.join(" | "));
            assert!(
                markdown.contains(&row),
                "{}: the pay table has no row {row}",
                table.region
            );
        }
        // Band notes (Scotland's open Band 1, Wales's floor) are listed under the table.
        let notes: Vec<String> = catalogue.pay_tables[index]
            .bands
            .iter()
            .filter_map(|b| Some(format!("- Band {}: {}", b.name, b.note.as_ref()?)))
            .collect();
        assert_eq!(
            notes.is_empty(),
            matches!(table.nation, "england" | "northern-ireland")
        );
        for line in notes {
            assert!(markdown.contains(&line), "{}: no {line}", table.region);
        }
    }
}

#[test]
fn markdown_has_every_specialism_and_rung_with_band_and_pay() {
    assert_markdown_covers(&shipped());
    assert_markdown_covers(&small());
}

#[test]
fn markdown_lists_each_ladder_from_entry_to_top() {
    let catalogue = shipped();
    let markdown = to_markdown(&catalogue);
    for specialism in &catalogue.specialisms {
        let part = section(&markdown, &format!("## {}", specialism.name));
        let positions: Vec<Option<usize>> = specialism
            .ladder
            .iter()
            .map(|r| part.find(&format!(": {}\n", r.title)))
            .collect();
        assert!(positions.iter().all(Option::is_some), "{}", specialism.name);
        assert!(positions.is_sorted(), "{} out of order", specialism.name);
    }
}

#[test]
fn json_round_trips_with_counts_and_rung_pay() {
    let catalogue = shipped();
    let json: Value = serde_json::from_str(&to_json(&catalogue)).expect("valid JSON");
    let specialisms = json["specialisms"].as_array().expect("specialisms array");
    assert_eq!(specialisms.len(), catalogue.specialisms.len());
    assert_eq!(
        json["sources"].as_array().map(Vec::len),
        Some(catalogue.sources.len())
    );
    for (s, j) in catalogue.specialisms.iter().zip(specialisms) {
        assert_eq!(j["name"], s.name.as_str());
        assert_eq!(j["ladder"].as_array().map(Vec::len), Some(s.ladder.len()));
    }
    // One rung in depth: its pay is the pay table's, joined for the consumer.
    let last = catalogue.specialisms.len() - 1;
    let rung = &catalogue.specialisms[last].ladder[1];
    let (min, max) = afc::rung_pay(&rung.bands);
    let rung_json = &specialisms[last]["ladder"][1];
    assert_eq!(rung_json["title"], rung.title.as_str());
    assert_eq!(
        rung_json["pay_min"], min,
        "{} (bands {:?})",
        rung.title, rung.bands
    );
    assert_eq!(
        rung_json["pay_max"], max,
        "{} (bands {:?})",
        rung.title, rung.bands
    );
}

#[test]
fn json_holds_the_catalogue_itself() {
    // Drop the computed fields and what is left reads back as the same catalogue.
    let catalogue = small();
    let mut json: Value = serde_json::from_str(&to_json(&catalogue)).expect("valid JSON");
    for specialism in json["specialisms"].as_array_mut().expect("array") {
        for rung in specialism["ladder"].as_array_mut().expect("array") {
            let fields = rung.as_object_mut().expect("object");
            assert!(fields.remove("pay_min").is_some());
            assert!(fields.remove("pay_max").is_some());
        }
    }
    let fields = json.as_object_mut().expect("an object");
    assert_eq!(fields.remove("nation"), Some(Value::from("england")));
    let back: Catalogue = serde_json::from_value(json).expect("same shape as the model");
    assert_eq!(back, catalogue);
}

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

#[test]
fn binary_exports_markdown_to_a_pipe() {
    let out = hi_tui(&["export", "--format", "markdown"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), to_markdown(&shipped()));
}

#[test]
fn binary_exports_json_of_the_data_file_given() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/small.ron");
    let fixture = fixture.to_str().expect("UTF-8 path");
    let out = hi_tui(&["--data", fixture, "export", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), to_json(&small()));
}

#[test]
fn binary_exports_html_and_a_hand_out_of_the_data_file_given() {
    let out = hi_tui(&["export", "--format", "html"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), to_html(&shipped()));

    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/small.ron");
    let fixture = fixture.to_str().expect("UTF-8 path");
    let out = hi_tui(&[
        "--data", fixture, "export", "--format", "html", "--only", "beta",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let expected = hand_out(&small(), "beta").expect("beta is in the fixture");
    assert_eq!(text(&out.stdout), expected);
    assert!(!expected.contains("Alpha assistant"), "only beta's ladder");
}

#[test]
fn binary_hand_out_of_an_unknown_id_lists_the_ids_and_exits_2() {
    let out = hi_tui(&["export", "--format", "html", "--only", "nursing"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let ids: Vec<String> = shipped().specialisms.iter().map(|s| s.id.clone()).collect();
    assert_eq!(
        text(&out.stderr),
        format!(
            "hi-tui: no specialism has the id \"nursing\"; the ids are: {}\n",
            ids.join(", ")
        )
    );
}

#[test]
fn binary_hand_out_needs_html_and_says_so() {
    for format in ["markdown", "json"] {
        let out = hi_tui(&["export", "--format", format, "--only", "data-science"]);
        assert_eq!(out.status.code(), Some(2), "{format}");
        assert!(out.stdout.is_empty());
        let stderr = text(&out.stderr);
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(
            stderr.contains("--format html") && stderr.contains(format),
            "{stderr}"
        );
    }
}

#[test]
fn binary_export_of_a_bad_file_reports_where_and_exits_2() {
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join("export-bad.ron");
    let broken = SMALL.replacen("bands: [\"5\"]", "bands: [\"42\"]", 1);
    assert_ne!(broken, SMALL, "the fixture has a band to break");
    std::fs::write(&path, broken).expect("write temp file");
    let path = path.to_str().expect("UTF-8 path");
    let out = hi_tui(&["export", "--format", "markdown", "--data", path]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "nothing is exported from a bad file");
    let stderr = text(&out.stderr);
    let line = stderr.lines().next().unwrap_or_default();
    let position = line.strip_prefix(&format!("{path}:")).unwrap_or_default();
    let mut parts = position.splitn(3, ':');
    assert!(
        parts.next().is_some_and(|l| l.parse::<u32>().is_ok())
            && parts.next().is_some_and(|c| c.parse::<u32>().is_ok()),
        "expected file:line:col, got {stderr:?}"
    );
    assert!(stderr.contains("42"), "{stderr}");
}

#[test]
fn binary_without_a_terminal_points_at_export() {
    let out = hi_tui(&[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert_eq!(
        text(&out.stderr),
        "hi-tui: not a terminal; to read the careers as text, run: hi-tui export --format markdown\n"
    );
}

#[test]
fn binary_prints_completions_that_know_export() {
    for shell in ["bash", "zsh", "fish"] {
        let out = hi_tui(&["completions", shell]);
        assert_eq!(out.status.code(), Some(0), "{shell}: {}", text(&out.stderr));
        let script = text(&out.stdout);
        for word in ["export", "html", "only"] {
            assert!(script.contains(word), "{shell} lacks {word}");
        }
    }
}

#[test]
fn binary_names_a_bad_argument_and_exits_2() {
    let out = hi_tui(&["--bogus"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("--bogus"),
        "{}",
        text(&out.stderr)
    );

    let out = hi_tui(&["export", "--format", "pdf"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("pdf"), "{}", text(&out.stderr));
}

#[test]
fn binary_help_has_examples_for_every_subcommand_and_version_works() {
    let out = hi_tui(&["--help"]);
    assert_eq!(out.status.code(), Some(0));
    let help = text(&out.stdout);
    for example in [
        "hi-tui export --format markdown",
        "hi-tui export --format html",
        "--only",
        "hi-tui completions bash",
    ] {
        assert!(help.contains(example), "{help}");
    }
    let out = hi_tui(&["export", "--help"]);
    let help = text(&out.stdout);
    for word in ["--only <ID>", "html", "--format html --only"] {
        assert!(help.contains(word), "export --help lacks {word}: {help}");
    }
    for sub in ["export", "completions"] {
        let out = hi_tui(&[sub, "--help"]);
        assert_eq!(out.status.code(), Some(0));
        let help = text(&out.stdout);
        assert!(help.contains("Examples:"), "{sub}: {help}");
        assert!(help.contains(&format!("hi-tui {sub}")), "{sub}: {help}");
    }
    let out = hi_tui(&["--version"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(&out.stdout),
        format!("hi-tui {}\n", env!("CARGO_PKG_VERSION"))
    );
}

/// Issue 21, family 5: with standard output closed, every command that writes its output
/// there fails and says why, rather than exiting 0 having written nothing; sent to
/// /dev/null on purpose, it succeeds.
#[cfg(unix)]
#[test]
fn a_closed_stdout_is_an_error_with_a_reason() {
    let bin = env!("CARGO_BIN_EXE_hi-tui");
    let commands: [&[&str]; 5] = [
        &["export"],
        &["export", "--format", "json"],
        &["export", "--format", "html"],
        &[
            "export",
            "--format",
            "html",
            "--only",
            "clinical-informatics",
        ],
        &["completions", "bash"],
    ];
    for args in commands {
        for (redirect, fails) in [(">&-", true), ("> /dev/null", false)] {
            let script = format!("exec \"$0\" \"$@\" {redirect}");
            let out = std::process::Command::new("sh")
                .arg("-c")
                .arg(&script)
                .arg(bin)
                .args(args)
                .stdin(std::process::Stdio::null())
                .output()
                .expect("run sh");
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(!out.status.success(), fails, "{args:?} {redirect}: {out:?}");
            assert_eq!(
                stderr.contains("standard output is closed"),
                fails,
                "{args:?} {redirect}: {stderr}"
            );
        }
    }
}

/// Issue 21, family 6: a 4 MB source title cited 200 times made a 1.67 GB page. The
/// page and the document are refused before anything is built, saying why; JSON, which
/// holds the title once, is written.
#[test]
fn an_export_that_would_repeat_a_huge_title_is_refused() {
    use hi_tui::export::{ExportError, Format, MAX_OUTPUT_BYTES, render_only};
    let mut catalogue = shipped();
    let mut big = catalogue.sources[0].clone();
    big.id = "big".into();
    big.title = "T".repeat(4_000_000);
    catalogue.sources.push(big);
    catalogue.working[0].sources = vec!["big".to_string(); 200];
    for format in [Format::Html, Format::Markdown] {
        match render_only(&catalogue, format, None) {
            Err(e @ ExportError::TooLarge(_)) => {
                let said = e.to_string();
                assert!(said.contains("over hi-tui's limit of 64 MiB"), "{said}");
            }
            other => panic!("{format:?}: {:?}", other.map(|t| t.len())),
        }
    }
    let json = render_only(&catalogue, Format::Json, None).expect("JSON holds it once");
    assert!(json.len() < MAX_OUTPUT_BYTES && json.len() > 4_000_000);
}

/// Every way text is repeated by reference (a source's title and address at each
/// citation, a route's name under each rung and specialism, a stage's label, a
/// specialism's name in `related` and the quiz, a band's name at each rung), long and
/// full of characters that escaping lengthens, cited once or many times: in every format,
/// what is written is never more than the bound worked out beforehand, and an export is
/// made only when that bound is within the limit.
#[test]
fn every_export_stays_within_its_bound() {
    use hi_tui::export::{Format, MAX_OUTPUT_BYTES, bound, render_only};
    let long = "\"&<'>".repeat(2_000);
    type Grow = fn(&mut Catalogue, &str, usize);
    let paths: [(&str, Grow); 12] = [
        ("many tiny list entries", |c, _, n| {
            c.specialisms[0].tasks = vec!["x".to_string(); n * 50];
            c.specialisms[0].related = vec![c.specialisms[1].id.clone(); n];
        }),
        ("source title, topics", |c, t, n| {
            c.sources[0].title = t.into();
            let id = c.sources[0].id.clone();
            c.working[0].sources = vec![id; n];
        }),
        ("source url, rungs", |c, t, n| {
            c.sources[0].url = format!("https://example.org/{t}");
            let id = c.sources[0].id.clone();
            for s in &mut c.specialisms {
                s.sources = vec![id.clone(); n];
                for r in &mut s.ladder {
                    r.source = id.clone();
                    r.link = Some(id.clone());
                }
            }
        }),
        ("route name, rungs", |c, t, n| {
            c.routes[0].name = t.into();
            let id = c.routes[0].id.clone();
            for s in &mut c.specialisms {
                s.routes = vec![id.clone(); n];
                for r in &mut s.ladder {
                    r.routes = vec![id.clone(); n];
                }
            }
        }),
        ("route about", |c, t, n| {
            c.routes[0].about = t.into();
            let id = c.routes[0].id.clone();
            c.specialisms[0].routes = vec![id; n];
        }),
        ("stage label, rungs and routes", |c, t, n| {
            let mut stage = c.stages.first().cloned().unwrap_or(hi_tui::data::Stage {
                id: "st".into(),
                label: String::new(),
                about: "About.".into(),
            });
            stage.label = t.into();
            let id = stage.id.clone();
            c.stages = vec![stage];
            for r in &mut c.routes {
                r.stages = vec![id.clone(); n];
            }
            for s in &mut c.specialisms {
                for r in &mut s.ladder {
                    r.open_to = vec![id.clone(); n];
                }
            }
        }),
        ("specialism name, related", |c, t, n| {
            c.specialisms[1].name = t.into();
            let id = c.specialisms[1].id.clone();
            c.specialisms[0].related = vec![id; n];
        }),
        ("specialism name, quiz", |c, t, _| {
            c.specialisms[0].name = t.into();
        }),
        ("band name, rungs", |c, t, _| {
            let name = c.specialisms[0].ladder[0].bands[0].clone();
            for b in &mut c.pay_tables[0].bands {
                if b.name == name {
                    b.name = t.into();
                }
            }
            for s in &mut c.specialisms {
                for r in &mut s.ladder {
                    for b in &mut r.bands {
                        if *b == name {
                            *b = t.into();
                        }
                    }
                }
            }
        }),
        ("long list entries", |c, t, n| {
            c.specialisms[0].tasks = vec![t.to_string(); n];
            c.working[0].points = vec![t.to_string(); n];
        }),
        (
            "links long enough for a large QR code, every rung",
            |c, _, _| {
                c.sources[0].url = format!("https://example.org/{}", "a".repeat(1_500));
                let id = c.sources[0].id.clone();
                for s in &mut c.specialisms {
                    s.link = id.clone();
                    for r in &mut s.ladder {
                        r.link = Some(id.clone());
                    }
                }
            },
        ),
        ("pay note and source", |c, t, _| {
            c.pay_tables[0].note = Some(t.into());
            c.sources[0].title = t.into();
        }),
    ];
    let mut refused = 0;
    for (what, grow) in paths {
        for n in [1, 400] {
            let mut catalogue = shipped();
            grow(&mut catalogue, &long, n);
            for format in [Format::Html, Format::Markdown, Format::Json] {
                let started = std::time::Instant::now();
                let limit = bound(&catalogue, format);
                eprintln!(
                    "{what} {n} {format:?} bound {limit} {:?}",
                    started.elapsed()
                );
                match render_only(&catalogue, format, None) {
                    Ok(text) => {
                        assert!(
                            limit <= MAX_OUTPUT_BYTES,
                            "{what} ×{n} {format:?}: made over the limit"
                        );
                        assert!(
                            text.len() <= limit,
                            "{what} ×{n} {format:?}: {} > bound {limit}",
                            text.len()
                        );
                    }
                    Err(_) => {
                        assert!(
                            limit > MAX_OUTPUT_BYTES,
                            "{what} ×{n} {format:?}: refused within the limit"
                        );
                        refused += 1;
                    }
                }
            }
        }
    }
    assert!(refused > 0, "the longest cases are refused");
    // Long text that nothing repeats is no reason to refuse: a data file of nearly the
    // size cap, all prose, still makes a page.
    let mut catalogue = shipped();
    catalogue.specialisms[0].about = "Plain prose, written once. ".repeat(140_000);
    for format in [Format::Html, Format::Markdown, Format::Json] {
        let text = render_only(&catalogue, format, None).expect("made");
        assert!(text.len() <= bound(&catalogue, format));
    }
}

/// The limit is the stated size: an export whose bound is exactly 64 MiB is made, one
/// byte more is refused (JSON counts each letter written once as one byte).
#[test]
fn the_limit_is_exactly_the_stated_size() {
    use hi_tui::export::{Format, MAX_OUTPUT_BYTES, bound, render_only};
    let mut catalogue = small();
    let before = bound(&catalogue, Format::Json);
    catalogue
        .intro
        .push_str(&"a".repeat(MAX_OUTPUT_BYTES - before));
    assert_eq!(bound(&catalogue, Format::Json), MAX_OUTPUT_BYTES);
    let made = render_only(&catalogue, Format::Json, None).expect("at the limit");
    assert!(made.len() <= MAX_OUTPUT_BYTES);
    catalogue.intro.push('a');
    assert!(
        render_only(&catalogue, Format::Json, None).is_err(),
        "one byte over"
    );
}

/// Issue 20: `--nation` (before or after `export`, any case) makes every export follow that
/// nation's table; an unknown nation is one line naming the choices, exit 2.
#[test]
fn binary_exports_follow_the_nation_given() {
    let out = hi_tui(&["--nation", "scotland", "export", "--format", "json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(json["nation"], "scotland");
    let rung = &json["specialisms"][0]["ladder"][0];
    let bands: Vec<String> = rung["bands"]
        .as_array()
        .expect("bands")
        .iter()
        .map(|b| b.as_str().expect("a name").to_string())
        .collect();
    let (min, max) = afc::SCOTLAND.rung_pay(&bands);
    assert_eq!(
        (rung["pay_min"].as_u64(), rung["pay_max"].as_u64()),
        (Some(min.into()), Some(max.into()))
    );

    let out = hi_tui(&["export", "--format", "markdown", "--nation", "Wales"]);
    assert!(out.status.success());
    let markdown = String::from_utf8_lossy(&out.stdout);
    assert!(markdown.contains("## Pay: Agenda for Change 2026/27, Wales"));

    let out = hi_tui(&["--nation", "atlantis", "export"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("'atlantis'")
            && stderr.contains("england, scotland, wales, northern-ireland"),
        "{stderr}"
    );
}

/// The bound is an upper bound, but not a loose one: for the shipped content in every
/// nation it stays within a small factor of what is written (a QR code's room is most of
/// the page's), so a real data file is never refused for a size it would not reach.
#[test]
fn the_bound_is_close_to_the_output() {
    use hi_tui::export::{Format, bound, render_only};
    for nation in 0..4 {
        let mut catalogue = shipped();
        catalogue.set_nation(nation);
        for (format, factor) in [
            (Format::Html, 64),
            (Format::Markdown, 16),
            (Format::Json, 8),
        ] {
            let written = render_only(&catalogue, format, None)
                .expect("exports")
                .len();
            let limit = bound(&catalogue, format);
            assert!(
                (written..=factor * written).contains(&limit),
                "{format:?} in nation {nation}: {written} bytes written, bound {limit}"
            );
        }
    }
}
