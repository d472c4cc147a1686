//! Text that terminals measure differently is refused with the character, its name and
//! its place; everything else a data file may hold draws with every border where the
//! layout put it, as a terminal emulator (vt100) shows it, not only in ratatui's buffer.

mod common;

use common::terminal_model::{Model, border_faults};
use common::*;
use crossterm::event::{KeyCode, KeyEvent};
use hi_tui::app::{App, Pane};
use hi_tui::data::{self, LoadError};

const MINIMAL: &str = include_str!("../data/examples/minimal.ron");

/// minimal.ron with `text` at the start of the first task; returns the file and the
/// 1-based line and column where `text` starts.
fn with_task(text: &str) -> (String, usize, usize) {
    let marker = "tasks: [\"";
    let at = MINIMAL.find(marker).expect("tasks") + marker.len();
    let file = format!("{}{text}{}", &MINIMAL[..at], &MINIMAL[at..]);
    let before = &file[..at];
    let line = before.matches('\n').count() + 1;
    let col = before[before.rfind('\n').map_or(0, |i| i + 1)..]
        .chars()
        .count()
        + 1;
    (file, line, col)
}

fn problems(file: &str) -> Vec<String> {
    match data::load_str(file, "f.ron") {
        Ok(_) => Vec::new(),
        Err(e @ LoadError::Invalid { .. }) => e.lines(),
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn each_family_of_unstable_characters_is_refused_with_its_name_and_place() {
    // (text inserted, characters before the culprit, what the message names)
    let cases = [
        ("soft\u{ad}hyphen ", 4, "U+00AD SOFT HYPHEN"),
        ("zero\u{200b}width ", 4, "U+200B ZERO WIDTH SPACE"),
        ("non\u{200c}joiner ", 3, "U+200C ZERO WIDTH NON-JOINER"),
        ("x\u{200d}y ", 1, "U+200D ZERO WIDTH JOINER"),
        ("word\u{2060}joiner ", 4, "U+2060 WORD JOINER"),
        ("bom\u{feff}inside ", 3, "U+FEFF ZERO WIDTH NO-BREAK SPACE"),
        ("mark\u{200f}rtl ", 4, "U+200F RIGHT-TO-LEFT MARK"),
        ("invisible\u{2062}times ", 9, "U+2062 INVISIBLE TIMES"),
        ("tag\u{e0041} ", 3, "U+E0041, an invisible formatting"),
        ("heart❤\u{fe0f} ", 6, "U+FE0F VARIATION SELECTOR-16"),
        ("dev 👩\u{200d}💻 ", 4, "U+1F469, an emoji"),
        ("flag 🇬🇧 ", 5, "U+1F1EC REGIONAL INDICATOR SYMBOL LETTER G"),
        ("hospital 🏥 ", 9, "U+1F3E5, an emoji"),
        ("fast ⚡ ", 5, "U+26A1, an emoji"),
        (
            "\u{301}accent ",
            0,
            "U+0301, a combining mark with no letter",
        ),
        ("icon\u{e0b0} ", 4, "U+E0B0, a private-use character"),
        ("line\u{2028}sep ", 4, "U+2028 LINE SEPARATOR"),
    ];
    for (text, before, named) in cases {
        let (file, line, col) = with_task(text);
        let problems = problems(&file);
        let expected = format!("f.ron:{line}:{}: `tasks[0]` contains {named}", col + before);
        assert!(
            problems.len() == 1 && problems[0].starts_with(&expected),
            "{text:?}: expected {expected:?}, got {problems:#?}"
        );
    }
}

#[test]
fn a_required_text_of_only_invisible_characters_is_empty() {
    for text in [
        "\u{200b}",
        "\u{3000}\u{2003}",
        "\u{ad}\u{2060}",
        " \u{feff} ",
    ] {
        let file = MINIMAL.replacen(
            "title: \"Careers in NHS health informatics (example)\"",
            &format!("title: \"{text}\""),
            1,
        );
        let problems = problems(&file);
        assert!(
            problems.iter().any(|p| p.contains("`title` is empty")),
            "{text:?}: {problems:#?}"
        );
    }
}

/// Text a data file may hold that is hard to lay out: wide, combining, right-to-left,
/// unusual spaces and symbols. None of it is refused.
const ALLOWED: [&str; 12] = [
    "漢字の仕事 健康信息学职业 한국어 텍스트",
    "ｆｕｌｌｗｉｄｔｈ ideographic\u{3000}space",
    "café naïve e\u{301} a\u{300}\u{301}\u{302}\u{303}\u{304}",
    "Z\u{335}\u{34e}\u{359}a\u{337}l\u{336}g\u{338}o",
    "ᄀ\u{1161}\u{11a8} 각",
    "שלום עולם مرحبا بالعالم",
    "✓ ★ → ❤ ☺ ⅦⅧⅨ 𝕳𝖊𝖆𝖑𝖙𝖍",
    "em\u{2003}space non\u{a0}breaking thin\u{2009}space",
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\u{301}aaaaaaa\u{301}",
    "漢漢漢漢漢漢漢漢漢漢漢漢漢漢漢漢漢漢漢漢漢漢漢漢漢漢漢漢漢漢漢漢漢漢漢漢漢漢x",
    "£31,049 – £37,796 … “quoted” ‘text’",
    "x漢\u{301}y\u{20dd}",
];

/// Puts every allowed text into every text of the small catalogue, each in turn.
fn catalogues() -> Vec<hi_tui::data::Catalogue> {
    ALLOWED
        .iter()
        .map(|text| {
            let mut c = small();
            c.title = text.to_string();
            for s in &mut c.specialisms {
                s.name = format!("{text} {}", s.name);
                s.summary = text.to_string();
                s.about = format!("{text} {text}\n{text}");
                s.tasks = vec![text.to_string(), format!("x {text}")];
                for rung in &mut s.ladder {
                    rung.title = format!("{text} {}", rung.title);
                    rung.involves = text.repeat(3);
                }
            }
            c
        })
        .collect()
}

#[test]
fn the_hard_texts_are_allowed() {
    for text in ALLOWED {
        assert_eq!(data::first_unstable(text), None, "{text:?}");
    }
    for c in catalogues() {
        assert_eq!(data::validate(&c), Vec::new(), "{:?}", c.title);
    }
}

#[test]
fn allowed_text_leaves_every_border_where_the_layout_put_it_in_a_terminal() {
    for catalogue in catalogues() {
        for (w, h) in [(60, 20), (80, 24), (100, 30), (161, 40)] {
            for focus in Pane::ALL {
                let mut app = App::new(catalogue.clone(), w, h);
                while app.focus() != focus {
                    app.handle_key(&key(KeyCode::Tab));
                }
                let mut model = Model::new();
                for step in 0..4 {
                    let mut faults = model.draw(&app);
                    faults.extend(border_faults(&app, model.parser.screen()));
                    assert!(
                        faults.is_empty(),
                        "{:?} at {w}x{h}, {focus:?}, step {step}: {faults:#?}\n{}",
                        catalogue.title,
                        model.parser.screen().contents()
                    );
                    app.handle_key(&key(KeyCode::PageDown));
                    app.handle_key(&key(KeyCode::Down));
                }
            }
        }
    }
}

/// A catalogue whose names, summaries, about texts and rung titles are wide characters
/// with no spaces, starting `offset` columns in: at the two offsets every column of a
/// pane holds the start of a wide character on some row.
fn wide_catalogue(offset: usize) -> hi_tui::data::Catalogue {
    let wide = |n: usize| format!("{}{}", "a".repeat(offset), "漢字".repeat(n));
    // The shipped content, for its stages: the stage picker opens only when there are some.
    let mut c = shipped();
    for (i, s) in c.specialisms.iter_mut().enumerate() {
        s.name = wide(12 + i);
        s.summary = wide(60);
        s.about = wide(400);
        for (j, rung) in s.ladder.iter_mut().enumerate() {
            rung.title = wide(30 + j);
        }
    }
    assert_eq!(data::validate(&c), Vec::new());
    c
}

/// The issue: with CJK text in the panes, the help popup at 100x30 lost its left border
/// on every row where a two-column character straddled the popup's edge.
#[test]
fn the_help_popup_keeps_its_left_border_over_wide_text() {
    for offset in [0, 1] {
        let mut app = App::new(wide_catalogue(offset), 100, 30);
        app.handle_key(&ch('?'));
        let mut model = Model::new();
        let faults = model.draw(&app);
        assert!(
            faults.is_empty(),
            "offset {offset}: {faults:#?}\n{}",
            model.parser.screen().contents()
        );
    }
}

/// Every overlay, over wide text starting at every column, at every layout's size and
/// with each pane focused: everything drawn is what a terminal shows, borders included,
/// opened over a frame without it (as a terminal sees it happen) and drawn afresh.
#[test]
fn every_overlay_keeps_its_borders_over_wide_characters_at_every_column() {
    let overlays: [(&str, Vec<KeyEvent>); 8] = [
        ("help", vec![ch('?')]),
        ("share", vec![ch('s')]),
        ("quiz", vec![ch('f')]),
        ("search", vec![ch('/')]),
        ("search with hits", vec![ch('/'), ch('漢')]),
        ("Working page", vec![ch('i')]),
        ("stage picker", vec![ch('w')]),
        ("compare", vec![ch('c'), ch('C')]),
    ];
    for offset in [0, 1] {
        let catalogue = wide_catalogue(offset);
        for (w, h) in [(60, 20), (80, 24), (100, 30), (120, 36), (161, 40)] {
            for focus in Pane::ALL {
                for (name, keys) in &overlays {
                    let mut app = App::new(catalogue.clone(), w, h);
                    while app.focus() != focus {
                        app.handle_key(&key(KeyCode::Tab));
                    }
                    let mut model = Model::new();
                    model.draw(&app);
                    press_all(&mut app, keys);
                    assert!(app.overlay().is_some(), "{name} opens");
                    for frame in ["over the panes", "afresh"] {
                        if frame == "afresh" {
                            model = Model::new();
                        }
                        let faults = model.draw(&app);
                        assert!(
                            faults.is_empty(),
                            "{name} at {w}x{h}, {focus:?} focused, offset {offset}, drawn {frame}: {faults:#?}\n{}",
                            model.parser.screen().contents()
                        );
                    }
                }
            }
        }
    }
}
