//! `hi-tui check` and `--data`, run as a user would: the built binary, its exit status
//! and what it prints.

use std::path::Path;
use std::process::{Command, Output, Stdio};

use hi_tui::data::is_forbidden_char;

fn hi_tui(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_hi-tui"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run hi-tui")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn expected(case: &str) -> String {
    std::fs::read_to_string(format!("tests/broken/{case}.expected")).expect("expected file")
}

/// The cases that put real escape sequences and bidi controls into the data.
const HOSTILE: [&str; 6] = [
    "control_esc",
    "control_esc_raw",
    "control_bel",
    "control_osc8_link",
    "control_rtl_override",
    "control_c1_csi",
];

#[test]
fn valid_files_get_an_ok_line_each_and_exit_0() {
    let output = hi_tui(&[
        "check",
        "data/health_informatics.ron",
        "data/examples/minimal.ron",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let lines: Vec<String> = stdout(&output).lines().map(String::from).collect();
    assert_eq!(lines.len(), 2, "{lines:#?}");
    assert!(lines[0].starts_with("data/health_informatics.ron: ok ("));
    assert_eq!(
        lines[1],
        "data/examples/minimal.ron: ok (1 specialism, 2 rungs, 1 quiz question)"
    );
    assert_eq!(stderr(&output), "");
}

#[test]
fn every_problem_in_every_file_is_printed_and_the_exit_is_1() {
    let cases = ["unknown_band", "http_url", "missing_field"];
    let paths: Vec<String> = cases
        .iter()
        .map(|c| format!("tests/broken/{c}.ron"))
        .collect();
    let mut args = vec!["check", "data/examples/minimal.ron"];
    args.extend(paths.iter().map(String::as_str));
    let output = hi_tui(&args);
    assert_eq!(output.status.code(), Some(1));
    let out = stdout(&output);
    assert!(out.starts_with("data/examples/minimal.ron: ok ("), "{out}");
    let problems: String = cases.iter().map(|c| expected(c)).collect();
    assert!(out.ends_with(&problems), "{out}");
}

#[test]
fn a_file_with_several_problems_lists_them_all() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("several.ron");
    let text = std::fs::read_to_string("tests/fixtures/small.ron")
        .expect("fixture")
        .replacen("bands: [\"5\"]", "bands: [\"6\"]", 1)
        .replacen("https://example.org/roles", "http://example.org/roles", 1)
        .replacen("tools: [\"SQL\"]", "tools: []", 1);
    std::fs::write(&path, text).expect("write");
    let output = hi_tui(&["check", &path.display().to_string()]);
    assert_eq!(output.status.code(), Some(1));
    let out = stdout(&output);
    assert_eq!(out.lines().count(), 3, "{out}");
    for line in out.lines() {
        assert!(line.starts_with(&format!("{}:", path.display())), "{line}");
    }
}

#[test]
fn a_missing_file_is_a_usage_error_but_the_other_files_are_still_checked() {
    let output = hi_tui(&[
        "check",
        "tests/broken/unknown_band.ron",
        "no/such/file.ron",
        "data/examples/minimal.ron",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output),
        "hi-tui check: no/such/file.ron: no such file\n"
    );
    let out = stdout(&output);
    assert!(out.starts_with(&expected("unknown_band")), "{out}");
    assert!(out.contains("data/examples/minimal.ron: ok"), "{out}");
}

#[test]
fn a_folder_is_a_usage_error() {
    let output = hi_tui(&["check", "data"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("data: is a folder"));
}

#[test]
fn check_needs_at_least_one_file() {
    let output = hi_tui(&["check"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("<FILE>"), "{}", stderr(&output));
}

#[test]
fn watch_needs_a_data_file() {
    let output = hi_tui(&["--watch"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("--data"), "{}", stderr(&output));
}

#[test]
fn a_file_over_the_size_cap_is_refused_before_it_is_parsed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("huge.ron");
    // Not RON at all: if it were parsed, the message would be about the first character.
    let size = usize::try_from(hi_tui::data::MAX_FILE_BYTES).expect("fits") + 1;
    std::fs::write(&path, "x".repeat(size)).expect("write");
    let output = hi_tui(&["check", &path.display().to_string()]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stdout(&output),
        format!(
            "{}: the file is 4.1 MiB, too large to be hi-tui content (the limit is 4 MiB), so it was not read\n",
            path.display()
        )
    );
    let output = hi_tui(&["--data", &path.display().to_string()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("too large"), "{}", stderr(&output));
}

fn assert_nothing_reaches_the_terminal(output: &Output, case: &str) {
    for (stream, bytes) in [("stdout", &output.stdout), ("stderr", &output.stderr)] {
        let text = String::from_utf8_lossy(bytes);
        assert!(
            !text.contains(is_forbidden_char),
            "{case}: control character on {stream}: {text:?}"
        );
    }
}

#[test]
fn check_refuses_escape_sequences_and_prints_none_of_them() {
    for case in HOSTILE {
        let output = hi_tui(&["check", &format!("tests/broken/{case}.ron")]);
        assert_eq!(output.status.code(), Some(1), "{case}");
        assert_eq!(stdout(&output), expected(case), "{case}");
        assert_nothing_reaches_the_terminal(&output, case);
    }
}

#[test]
fn data_refuses_escape_sequences_with_exit_2_and_prints_none_of_them() {
    for case in HOSTILE {
        let path = format!("tests/broken/{case}.ron");
        let output = hi_tui(&["--data", &path]);
        assert_eq!(output.status.code(), Some(2), "{case}");
        assert_eq!(stdout(&output), "", "{case}");
        assert_eq!(stderr(&output), expected(case), "{case}");
        assert_nothing_reaches_the_terminal(&output, case);
    }
}

#[test]
fn a_file_name_with_an_escape_in_it_is_printed_escaped() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("evil\u{1b}[2J.ron");
    std::fs::copy(Path::new("tests/broken/unknown_band.ron"), &path).expect("copy");
    let output = hi_tui(&["check", &path.display().to_string()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("evil\\u{1b}[2J.ron:"));
    assert_nothing_reaches_the_terminal(&output, "file name");
}

#[test]
fn a_negative_idle_time_is_told_the_valid_range() {
    let output = hi_tui(&["--kiosk", "--idle-secs", "-1"]);
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(err.contains("-1 is not in 5..=86400"), "{err}");
}
