//! Files saved with Windows line endings (CRLF) load as they read in an editor, even
//! with text that runs over several lines; only a carriage return on its own is refused.

use hi_tui::data;

const MINIMAL: &str = include_str!("../data/examples/minimal.ron");

/// The example file with a two-line intro, written with `ending` after every line.
fn with_two_line_intro(ending: &str) -> String {
    let text = MINIMAL.replacen(
        "intro: \"A tiny example file",
        "intro: \"First line of the intro.\nA tiny example file",
        1,
    );
    assert_ne!(text, MINIMAL, "the intro was found");
    text.replace('\n', ending)
}

#[test]
fn crlf_files_with_multi_line_text_load_with_plain_line_breaks() {
    let lf = data::load_str(&with_two_line_intro("\n"), "lf.ron").expect("LF loads");
    let crlf = data::load_str(&with_two_line_intro("\r\n"), "crlf.ron")
        .unwrap_or_else(|e| panic!("CRLF loads: {e}"));
    assert_eq!(crlf, lf, "the same content whatever the line endings");
    assert!(crlf.intro.starts_with("First line of the intro.\nA tiny"));
}

#[test]
fn a_lone_carriage_return_in_text_is_still_refused() {
    for ending in ["\n", "\r\n"] {
        let text = with_two_line_intro(ending).replacen("First line", "First\rline", 1);
        let e = data::load_str(&text, "cr.ron").expect_err("a lone CR is refused");
        let line = e.to_string();
        assert!(line.contains("a carriage return (U+000D)"), "{line}");
        // Where an editor shows the CR: the line of the intro, just after "First".
        let intro_line = MINIMAL
            .lines()
            .position(|l| l.contains("intro: \"A tiny"))
            .expect("the intro")
            + 1;
        let at = format!("cr.ron:{intro_line}:18:");
        assert!(line.starts_with(&at), "at the CR itself ({at}): {line}");
    }
}

#[test]
fn positions_in_a_crlf_file_are_those_an_editor_shows() {
    let bad = with_two_line_intro("\n").replacen("min: 24937", "min: \"24937\"", 1);
    assert_ne!(bad, with_two_line_intro("\n"), "the band was found");
    let lf = data::load_str(&bad, "f.ron").expect_err("bad");
    let crlf = data::load_str(&bad.replace('\n', "\r\n"), "f.ron").expect_err("bad");
    assert_eq!(crlf.to_string(), lf.to_string());
}
