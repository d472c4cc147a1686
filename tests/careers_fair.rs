//! Careers-fair features: welcome screen, kiosk mode and its timers, QR take-aways,
//! the quiz, and the mouse. Time is passed in, so nothing here sleeps.

mod common;

use std::time::{Duration, Instant};

use common::*;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseEvent, MouseEventKind};
use hi_tui::action::Action;
use hi_tui::app::kiosk::{ATTRACT_STEP, EXIT_PHRASE};
use hi_tui::app::quiz::rank;
use hi_tui::app::{App, Options, Overlay, Pane};
use hi_tui::layout;

const IDLE: Duration = Duration::from_secs(90);

fn kiosk(t0: Instant) -> App {
    let options = Options {
        kiosk: true,
        idle: IDLE,
        welcome: true,
        ..Options::default()
    };
    App::with_options(shipped(), 120, 36, options, t0)
}

fn type_str(app: &mut App, text: &str) {
    for c in text.chars() {
        app.handle_key(&ch(c));
    }
}

#[test]
fn the_first_key_leaves_the_welcome_screen_without_acting() {
    let t0 = Instant::now();
    let mut app = App::with_options(
        shipped(),
        120,
        36,
        Options {
            welcome: true,
            ..Options::default()
        },
        t0,
    );
    assert!(app.showing_welcome());
    assert!(screen(&app).contains("Press any key to explore"));
    app.handle_key(&ch('j'));
    assert!(!app.showing_welcome());
    assert_eq!(
        app.specialism_index(),
        0,
        "the key that dismissed it did not move"
    );
    assert!(app.is_running());

    let mut app = App::with_options(
        shipped(),
        120,
        36,
        Options {
            welcome: true,
            ..Options::default()
        },
        t0,
    );
    app.handle_key(&ch('q'));
    assert!(!app.is_running(), "q still quits from the welcome screen");
}

#[test]
fn the_welcome_screen_drops_the_big_title_in_a_small_window() {
    let big = App::with_options(
        shipped(),
        120,
        36,
        Options {
            welcome: true,
            ..Options::default()
        },
        Instant::now(),
    );
    let small = App::with_options(
        shipped(),
        48,
        16,
        Options {
            welcome: true,
            ..Options::default()
        },
        Instant::now(),
    );
    let big_screen = screen(&big);
    let small_screen = screen(&small);
    assert!(big_screen.contains('█'), "large letters at 120x36");
    assert!(
        !small_screen.contains('█'),
        "no large letters at 48x16:\n{small_screen}"
    );
    for s in [&big_screen, &small_screen] {
        assert!(s.contains("health informatics"));
        assert!(s.contains("Press any key to explore"));
    }
}

#[test]
fn kiosk_mode_ignores_every_quit_key() {
    let mut app = kiosk(Instant::now());
    app.handle_key(&ch('x'));
    let quit_keys = [
        ch('q'),
        ctrl('c'),
        ctrl('z'),
        ctrl('d'),
        key(KeyCode::Esc),
        ch('Q'),
    ];
    for k in quit_keys {
        app.handle_key(&k);
        assert!(app.is_running(), "{k:?} quit the kiosk");
        assert!(!app.take_suspend_request(), "{k:?} suspended the kiosk");
    }
}

/// A small deterministic generator, so the key storm is the same every run.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

#[test]
fn ten_thousand_random_keys_do_not_leave_kiosk_mode() {
    let mut app = kiosk(Instant::now());
    let pool: Vec<KeyEvent> =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#%&*+,-./:<=>?@[]^_{|}~ "
            .chars()
            .map(ch)
            .chain(
                [
                    KeyCode::Up,
                    KeyCode::Down,
                    KeyCode::Left,
                    KeyCode::Right,
                    KeyCode::PageUp,
                    KeyCode::PageDown,
                    KeyCode::Home,
                    KeyCode::End,
                    KeyCode::Tab,
                    KeyCode::BackTab,
                    KeyCode::Backspace,
                    KeyCode::Enter,
                    KeyCode::Esc,
                    KeyCode::F(1),
                    KeyCode::Delete,
                ]
                .map(key),
            )
            .chain([ctrl('c'), ctrl('z'), ctrl('d')])
            .collect();
    let mut rng = Lcg(1);
    for _ in 0..10_000 {
        let k = pool[(rng.next() % pool.len() as u64) as usize];
        app.handle_key(&k);
        assert!(app.is_running(), "left kiosk mode on {k:?}");
    }
    assert!(!app.take_suspend_request());
}

#[test]
fn typing_the_exit_phrase_leaves_kiosk_mode() {
    let mut app = kiosk(Instant::now());
    app.handle_key(&ch('x'));
    type_str(&mut app, "exit-kiosx");
    assert!(app.is_running(), "a wrong letter starts over");
    type_str(&mut app, EXIT_PHRASE);
    assert!(!app.is_running());
}

#[test]
fn idle_time_resets_the_app_and_starts_the_attract_loop() {
    let t0 = Instant::now();
    let mut app = kiosk(t0);
    app.handle_key(&ch('x'));
    type_str(&mut app, "jj");
    app.handle_key(&ch('?'));
    assert_eq!(app.next_deadline(), Some(t0 + IDLE));

    assert!(!app.update(Action::Tick(t0 + IDLE - Duration::from_secs(1))));
    assert!(!app.attract_running());

    assert!(app.update(Action::Tick(t0 + IDLE)));
    assert!(app.attract_running());
    assert_eq!(app.overlay(), None, "overlays closed");
    assert_eq!(app.specialism_index(), 0, "selection back to the start");
    assert_eq!(app.next_deadline(), Some(t0 + IDLE + ATTRACT_STEP));
    assert!(
        screen(&app).contains("Press any key to explore careers"),
        "banner shows"
    );
}

#[test]
fn the_attract_loop_tours_every_specialism_and_rung_on_its_own() {
    let t0 = Instant::now();
    let mut app = kiosk(t0);
    let mut t = t0 + IDLE;
    app.update(Action::Tick(t));
    let mut seen_specialisms = std::collections::BTreeSet::new();
    let mut seen_rungs = 0;
    let total_rungs: usize = app
        .catalogue()
        .specialisms
        .iter()
        .map(|s| s.ladder.len())
        .sum();
    let specialisms = app.catalogue().specialisms.len();
    for _ in 0..(1 + specialisms + total_rungs) {
        t += ATTRACT_STEP;
        assert!(app.update(Action::Tick(t)), "each step changes the screen");
        assert!(app.attract_running());
        seen_specialisms.insert(app.specialism_index());
        if app.focus() == Pane::Ladder {
            seen_rungs += 1;
        }
    }
    assert_eq!(seen_specialisms.len(), specialisms);
    assert_eq!(seen_rungs, total_rungs);
}

#[test]
fn the_first_key_ends_the_attract_loop_and_is_not_acted_on() {
    let t0 = Instant::now();
    let mut app = kiosk(t0);
    let mut t = t0 + IDLE;
    for _ in 0..6 {
        app.update(Action::Tick(t));
        t += ATTRACT_STEP;
    }
    assert!(app.attract_running());
    app.update(Action::Tick(t));
    app.handle_key(&ch('f'));
    assert!(!app.attract_running());
    assert_eq!(app.overlay(), None, "the key did not open the quiz");
    assert_eq!(app.specialism_index(), 0, "a fresh start");
    assert_eq!(app.focus(), Pane::Specialisms);
    assert!(!app.showing_welcome());
    assert_eq!(
        app.next_deadline(),
        Some(t + IDLE),
        "the idle timer starts again"
    );
}

#[test]
fn input_keeps_the_kiosk_awake() {
    let t0 = Instant::now();
    let mut app = kiosk(t0);
    app.update(Action::Tick(t0 + Duration::from_secs(60)));
    app.handle_key(&ch('j'));
    app.update(Action::Tick(t0 + IDLE));
    assert!(!app.attract_running());
    app.update(Action::Tick(t0 + Duration::from_secs(150)));
    assert!(app.attract_running());
}

#[test]
fn outside_kiosk_mode_there_are_no_timers() {
    let t0 = Instant::now();
    let mut app = App::new(shipped(), 120, 36);
    assert_eq!(app.next_deadline(), None);
    assert!(!app.update(Action::Tick(t0 + Duration::from_secs(10_000))));
    assert!(!app.attract_running());
}

/// Reads the QR code back off the rendered screen.
fn decode_qr_on_screen(app: &App) -> Option<String> {
    common::qr::decode(render(app).backend().buffer(), 255)
}

#[test]
fn the_drawn_qr_code_scans_to_the_specialism_link() {
    let mut app = App::new(shipped(), 120, 36);
    for index in 0..app.catalogue().specialisms.len() {
        app.update(Action::Close);
        while app.specialism_index() < index {
            app.update(Action::Down);
        }
        app.handle_key(&ch('s'));
        assert_eq!(app.overlay(), Some(Overlay::Share));
        let expected = app
            .share_link()
            .expect("every specialism has a link")
            .url
            .clone();
        assert_eq!(
            decode_qr_on_screen(&app).as_deref(),
            Some(expected.as_str())
        );
        let start: String = expected.chars().take(30).collect();
        assert!(
            screen(&app).contains(&start),
            "the link is printed under the code"
        );
    }
}

#[test]
fn a_rung_with_its_own_link_shares_that_link() {
    let mut app = App::new(small(), 120, 36);
    app.update(Action::PaneRight);
    app.update(Action::PaneRight);
    app.update(Action::Top);
    assert_eq!(app.rung().link.as_deref(), Some("roles"));
    app.handle_key(&ch('s'));
    assert_eq!(
        decode_qr_on_screen(&app).as_deref(),
        Some("https://example.org/roles")
    );
}

#[test]
fn a_window_too_small_for_a_scannable_code_says_so() {
    // The first specialism's link needs more room than 80x24 gives (or 90x24, reached by
    // shrinking a wider window), and fits at 120x36.
    let mut small = App::new(shipped(), 80, 24);
    small.handle_key(&ch('s'));
    let mut shrunk = App::new(shipped(), 200, 24);
    shrunk.update(Action::Resize(90, 24));
    shrunk.handle_key(&ch('s'));
    for (app, size) in [(&small, "80x24"), (&shrunk, "90x24 after 200x24")] {
        let text = screen(app);
        assert!(
            text.contains("too small for a QR code"),
            "{size}: no word that the window is too small for a QR code:\n{text}"
        );
        assert_eq!(
            decode_qr_on_screen(app),
            None,
            "{size}: a code is drawn although the window is said to be too small"
        );
    }
    let mut big = App::new(shipped(), 120, 36);
    big.handle_key(&ch('s'));
    let text = screen(&big);
    assert!(
        decode_qr_on_screen(&big).is_some(),
        "120x36: the QR code does not scan:\n{text}"
    );
    assert!(
        !text.contains("too small for a QR code"),
        "120x36: says too small although the code scans"
    );
}

#[test]
fn the_quiz_ranks_specialisms_from_the_weights_in_the_data() {
    let catalogue = small();
    let ranked = rank(&catalogue, &[1]);
    assert_eq!(
        ranked[0].specialism, 1,
        "beta weighs 3 on the second answer"
    );
    assert_eq!(ranked[0].score, 3);
    assert_eq!(ranked[1].score, 1);
    assert!(ranked[0].reason.contains("Seconds"));
    let ranked = rank(&catalogue, &[0]);
    assert_eq!((ranked[0].specialism, ranked[0].score), (0, 3));
    assert_eq!(ranked[1].score, 0);
}

#[test]
fn the_quiz_reason_is_the_strongest_answer_and_the_earliest_among_equals() {
    let old_quiz = r#"        Question(text: "Which do you prefer?", answers: [
            Answer(text: "Firsts", weights: {"alpha": 3}),
            Answer(text: "Seconds", weights: {"beta": 3, "alpha": 1}),
        ]),"#;
    let new_quiz = r#"        Question(text: "First question", answers: [
            Answer(text: "A light alpha", weights: {"alpha": 1}),
            Answer(text: "Beta", weights: {"beta": 3}),
        ]),
        Question(text: "Second question", answers: [
            Answer(text: "A strong alpha", weights: {"alpha": 3}),
            Answer(text: "Another light alpha", weights: {"alpha": 1}),
        ]),"#;
    assert!(SMALL.contains(old_quiz), "the fixture's quiz changed");
    let text = SMALL.replacen(old_quiz, new_quiz, 1);
    let catalogue = hi_tui::data::load_str(&text, "quiz.ron").expect("valid");

    let ranked = rank(&catalogue, &[0, 0]);
    assert_eq!((ranked[0].specialism, ranked[0].score), (0, 4));
    assert_eq!(
        ranked[0].reason, "You chose “A strong alpha”",
        "the answer that counted most, though it came later"
    );
    let ranked = rank(&catalogue, &[0, 1]);
    assert_eq!((ranked[0].specialism, ranked[0].score), (0, 2));
    assert_eq!(
        ranked[0].reason, "You chose “A light alpha”",
        "equal weights: the earlier answer"
    );
    assert_eq!(ranked[1].reason, "None of your answers pointed here");
}

#[test]
fn the_quiz_asks_every_question_then_enter_jumps_to_a_result() {
    let mut app = App::new(shipped(), 120, 36);
    app.handle_key(&ch('f'));
    assert_eq!(app.overlay(), Some(Overlay::Quiz));
    // It starts by asking where the visitor is now; Enter on the highlighted "skip" skips.
    app.handle_key(&key(KeyCode::Enter));
    let questions = app.catalogue().quiz.len();
    assert!((5..=8).contains(&questions));
    assert!(screen(&app).contains(&format!("question 1 of {questions}")));
    app.handle_key(&ch('2'));
    app.handle_key(&key(KeyCode::Backspace));
    assert_eq!(app.quiz().answers.len(), 0, "backspace undoes the answer");
    assert_eq!(app.quiz().cursor, 1, "and highlights it again");
    for _ in 0..questions {
        app.handle_key(&key(KeyCode::Enter));
    }
    let ranked = rank(app.catalogue(), &app.quiz().answers);
    assert!(screen(&app).contains("Your best fits"));
    app.handle_key(&ch('j'));
    app.handle_key(&key(KeyCode::Enter));
    assert_eq!(app.overlay(), None);
    assert_eq!(app.specialism_index(), ranked[1].specialism);
}

#[test]
fn every_specialism_can_win_the_quiz() {
    let catalogue = shipped();
    let mut winners = std::collections::BTreeSet::new();
    let counts: Vec<usize> = catalogue.quiz.iter().map(|q| q.answers.len()).collect();
    let mut answers = vec![0; counts.len()];
    loop {
        let ranked = rank(&catalogue, &answers);
        if ranked[0].score > ranked[1].score {
            winners.insert(ranked[0].specialism);
        }
        let mut i = 0;
        while i < answers.len() {
            answers[i] += 1;
            if answers[i] < counts[i] {
                break;
            }
            answers[i] = 0;
            i += 1;
        }
        if i == answers.len() {
            break;
        }
    }
    assert_eq!(winners.len(), catalogue.specialisms.len());
}

#[test]
fn clicking_selects_and_focuses() {
    let mut app = App::new(shipped(), 120, 36);
    let panes = app.panes().expect("big enough");
    let list = layout::inner(panes.specialisms);
    // Find the row the fourth specialism is drawn on.
    let row = (list.y..list.bottom())
        .find(|&y| {
            let s = screen(&app);
            s.lines()
                .nth(usize::from(y))
                .is_some_and(|l| l.contains("IT infrastructure"))
        })
        .expect("drawn");
    assert!(app.handle_mouse(&click(list.x + 3, row)));
    assert_eq!(app.specialism().id, "it-infrastructure");

    let ladder = layout::inner(panes.ladder);
    let top_rung_row = ladder.y;
    app.handle_mouse(&click(ladder.x + 8, top_rung_row));
    assert_eq!(app.focus(), Pane::Ladder);
    assert_eq!(
        app.rung_index(),
        app.specialism().ladder.len() - 1,
        "top of the ladder"
    );

    app.handle_mouse(&click(panes.detail.x + 5, panes.detail.y + 5));
    assert_eq!(app.focus(), Pane::Detail);
}

#[test]
fn the_wheel_scrolls_the_pane_under_the_pointer() {
    let mut app = App::new(shipped(), 120, 36);
    let panes = app.panes().expect("big enough");
    let wheel = |kind, at: ratatui::layout::Rect| MouseEvent {
        kind,
        column: at.x + 2,
        row: at.y + 2,
        modifiers: KeyModifiers::NONE,
    };
    app.handle_mouse(&wheel(MouseEventKind::ScrollDown, panes.detail));
    assert_eq!(app.detail_scroll(), 3);
    app.handle_mouse(&wheel(MouseEventKind::ScrollDown, panes.specialisms));
    assert_eq!(app.specialism_index(), 1);
    app.handle_mouse(&wheel(MouseEventKind::ScrollUp, panes.specialisms));
    assert_eq!(app.specialism_index(), 0);
}

/// Issue 21, family 5: a link too long for any QR code says so (not that the window is
/// too small), and shows the link whole, wrapped, so it can be copied; where even the
/// whole window cannot hold it, it says how much more there is.
#[test]
fn a_link_too_long_for_any_qr_code_says_so_and_shows_the_link() {
    for extra in [2_960, 3_000, 4_000] {
        let url = format!("https://example.org/{}", "a1b2".repeat(extra / 4));
        assert!(
            hi_tui::qr::Grid::encode_robust(&url, false).is_none(),
            "{extra}: fits a code"
        );
        let catalogue = small_linking_to(&url);
        for (w, h) in [(200, 60), (120, 40), (100, 30), (60, 20)] {
            let mut app = App::new(catalogue.clone(), w, h);
            app.handle_key(&ch('s'));
            let text = screen(&app);
            assert!(text.contains("too long for a QR code"), "{w}x{h}:\n{text}");
            assert!(!text.contains("too small"), "{w}x{h}:\n{text}");
            let joined = popup_text(&text);
            let rows_needed = url.len().div_ceil(usize::from(w) - 2) + 5;
            if rows_needed <= usize::from(h) {
                assert!(
                    joined.contains(&url),
                    "{w}x{h}: the link is not whole:\n{text}"
                );
                assert!(
                    !popup_rows(&text).last().is_some_and(|r| r.is_empty()),
                    "{w}x{h}: the popup is taller than what it holds:\n{text}"
                );
            } else {
                // The reason, a blank line and the link at the window's width, less the
                // rows inside the border, and the row the notice takes.
                let lines = 2 + url.len().div_ceil(usize::from(w) - 2);
                let hidden = lines - (usize::from(h) - 2) + 1;
                let notice = format!("… {hidden} more lines: enlarge the window");
                assert!(text.contains(&notice), "{w}x{h}: no {notice:?}:\n{text}");
                assert!(joined.contains(&url[..200]), "{w}x{h}:\n{text}");
            }
        }
    }
}

/// The text inside the rounded popup on `screen`, its lines trimmed and joined.
fn popup_text(screen: &str) -> String {
    popup_rows(screen).concat()
}

/// The rows inside the rounded popup on `screen`, each trimmed.
fn popup_rows(screen: &str) -> Vec<String> {
    let rows: Vec<Vec<char>> = screen.lines().map(|l| l.chars().collect()).collect();
    let Some((top, left)) = rows
        .iter()
        .enumerate()
        .find_map(|(y, r)| r.iter().position(|&c| c == '╭').map(|x| (y, x)))
    else {
        return Vec::new();
    };
    let right = rows[top].iter().position(|&c| c == '╮').unwrap_or(left);
    rows[top + 1..]
        .iter()
        .take_while(|r| r.get(left) != Some(&'╰'))
        .map(|r| {
            r[left + 1..right]
                .iter()
                .collect::<String>()
                .trim()
                .to_string()
        })
        .collect()
}

// ---------------------------------------------------------------------------------------
// A kiosk reset is a fresh start

fn kiosk_100x30(t0: Instant, idle: Duration) -> App {
    let options = Options {
        kiosk: true,
        idle,
        welcome: true,
        ..Options::default()
    };
    App::with_options(shipped(), 100, 30, options, t0)
}

/// The next visitor: a kiosk just started, past the welcome screen.
fn next_visitor(t0: Instant, idle: Duration) -> App {
    let mut fresh = kiosk_100x30(t0, idle);
    fresh.handle_key(&ch('x'));
    fresh
}

/// Keys that show what a reset might have left behind: the search filter, pins, the
/// quiz, the help's scroll, the exit phrase typed so far, and so on. Each is pressed in
/// both apps from where they are, and the screens must agree after every key.
fn probes() -> Vec<Vec<KeyEvent>> {
    let keys = |s: &str| s.chars().map(ch).collect::<Vec<_>>();
    vec![
        vec![],
        keys("w1/"),
        keys("C"),
        keys("f"),
        vec![ch('?'), key(KeyCode::PageDown)],
        keys("i"),
        keys("/a"),
        keys("kiosk"),
        keys("s"),
        vec![key(KeyCode::Tab), key(KeyCode::PageDown)],
        vec![key(KeyCode::Tab), key(KeyCode::Tab), ch('c'), ch('C')],
    ]
}

/// `app` and `fresh` show the same, and go on showing the same under every probe.
fn same_as_fresh(app: &App, fresh: &App) -> Result<(), String> {
    for probe in probes() {
        let (mut a, mut b) = (app.clone(), fresh.clone());
        for (i, k) in std::iter::once(None)
            .chain(probe.iter().map(Some))
            .enumerate()
        {
            if let Some(k) = k {
                a.handle_key(k);
                b.handle_key(k);
            }
            let (left, right) = (screen(&a), screen(&b));
            if left != right || a.is_running() != b.is_running() {
                return Err(format!(
                    "after {:?}: the reset app shows\n{left}\na fresh one\n{right}",
                    &probe[..i]
                ));
            }
        }
    }
    Ok(())
}

/// The issue's keys, with `--kiosk --idle-secs 5` at 100x30: any key, Tab Tab Home (the
/// top rung), 6 s idle, a key. The top rung used to stay selected.
#[test]
fn after_the_idle_reset_the_ladder_is_back_on_its_entry_rung() {
    let t0 = Instant::now();
    let idle = Duration::from_secs(5);
    let mut app = kiosk_100x30(t0, idle);
    press_all(
        &mut app,
        &[
            ch('x'),
            key(KeyCode::Tab),
            key(KeyCode::Tab),
            key(KeyCode::Home),
        ],
    );
    assert!(app.rung_index() > 0, "Home chose the top rung");
    app.update(Action::Tick(t0 + Duration::from_secs(6)));
    assert!(app.attract_running());
    app.handle_key(&ch('x'));
    assert_eq!(app.rung_index(), 0, "the top rung is still selected");
    same_as_fresh(&app, &next_visitor(t0, idle)).unwrap_or_else(|e| panic!("{e}"));
}

/// The attract loop climbs the first ladder; a key at any of its rungs ends the loop on
/// a fresh start, not on the rung the loop chose.
#[test]
fn the_key_that_ends_the_attract_loop_leaves_no_rung_it_chose() {
    let t0 = Instant::now();
    let idle = Duration::from_secs(5);
    let rungs = shipped().specialisms[0].ladder.len();
    // Step 0 is the welcome screen, 1 the first specialism, 2.. its rungs.
    for steps in 0..rungs + 2 {
        let mut app = kiosk_100x30(t0, idle);
        let mut t = t0 + idle;
        app.update(Action::Tick(t));
        for _ in 0..steps {
            t += ATTRACT_STEP;
            app.update(Action::Tick(t));
        }
        assert!(app.attract_running());
        app.handle_key(&ch('x'));
        assert_eq!(app.rung_index(), 0, "after {steps} steps");
        same_as_fresh(&app, &next_visitor(t0, idle))
            .unwrap_or_else(|e| panic!("after {steps} steps: {e}"));
    }
}

mod reset_property {
    use super::*;
    use proptest::prelude::*;

    fn visitor_key() -> impl Strategy<Value = KeyEvent> {
        let chars: Vec<char> = "jkhlgGcCwfis/?0123456789exit-kosabz ".chars().collect();
        let named = vec![
            KeyCode::Tab,
            KeyCode::BackTab,
            KeyCode::PageDown,
            KeyCode::PageUp,
            KeyCode::Enter,
            KeyCode::Esc,
            KeyCode::Up,
            KeyCode::Down,
            KeyCode::Left,
            KeyCode::Right,
            KeyCode::Home,
            KeyCode::End,
            KeyCode::Backspace,
        ];
        prop_oneof![
            3 => prop::sample::select(chars).prop_map(ch),
            2 => prop::sample::select(named).prop_map(key),
        ]
    }

    proptest! {
        #![proptest_config(replay::config(48, "tests/proptest-regressions/careers_fair.txt"))]

        /// Whatever a visitor did, after the idle reset (and any number of attract loop
        /// steps) the first key leaves the kiosk exactly as a fresh one.
        #[test]
        fn after_any_visit_the_reset_is_a_fresh_start(
            visit in prop::collection::vec(visitor_key(), 1..40),
            steps in 0..30usize,
        ) {
            let t0 = Instant::now();
            let idle = Duration::from_secs(5);
            let mut app = kiosk_100x30(t0, idle);
            press_all(&mut app, &visit);
            // The exit phrase typed by chance ends the session: nothing to reset.
            prop_assume!(app.is_running());
            let mut t = t0 + idle;
            app.update(Action::Tick(t));
            for _ in 0..steps {
                t += ATTRACT_STEP;
                app.update(Action::Tick(t));
            }
            app.handle_key(&ch('x'));
            if let Err(e) = same_as_fresh(&app, &next_visitor(t0, idle)) {
                return Err(TestCaseError::fail(e));
            }
        }
    }
}

/// Issue 21, family 5: in a window too small for the code, the link is shown whole (it
/// was cut off after three lines at 60x20 and 80x24).
#[test]
fn a_window_too_small_for_the_code_shows_the_whole_link() {
    for (w, h) in [(60, 20), (80, 24), (90, 24)] {
        let mut app = App::new(shipped(), w, h);
        app.handle_key(&ch('s'));
        let url = app.share_link().expect("a link").url.clone();
        let text = screen(&app);
        assert!(text.contains("too small for a QR code"), "{w}x{h}:\n{text}");
        assert!(
            popup_text(&text).contains(&url),
            "{w}x{h}: not whole:\n{text}"
        );
    }
}

/// The small catalogue with its first specialism's link pointing at `url`.
fn small_linking_to(url: &str) -> hi_tui::data::Catalogue {
    let mut catalogue = small();
    let link = catalogue.specialisms[0].link.clone();
    let source = catalogue
        .sources
        .iter_mut()
        .find(|s| s.id == link)
        .expect("link");
    source.url = url.to_string();
    catalogue
}

/// A link that exactly fills the window's height is shown whole, with no word of lines
/// left over.
#[test]
fn a_link_that_exactly_fills_the_window_is_whole() {
    // At 200x20: 18 rows inside the border, the reason, a blank line and 16 rows of 198.
    let url = format!("https://example.org/{}", "b".repeat(16 * 198 - 20));
    assert!(hi_tui::qr::Grid::encode_robust(&url, false).is_none());
    let catalogue = small_linking_to(&url);
    let mut app = App::new(catalogue, 200, 20);
    app.handle_key(&ch('s'));
    let text = screen(&app);
    assert!(!text.contains("more lines"), "{text}");
    assert!(popup_text(&text).contains(&url), "{text}");
}

/// However short the window, sharing a link too long for a code draws without a panic.
#[test]
fn a_long_link_in_a_tiny_window_never_panics() {
    let url = format!("https://example.org/{}", "c".repeat(3_000));
    let mut catalogue = small();
    let link = catalogue.specialisms[0].link.clone();
    let source = catalogue
        .sources
        .iter_mut()
        .find(|s| s.id == link)
        .expect("link");
    source.url = url;
    for h in 1..=6 {
        for w in [1, 10, 80] {
            let mut app = App::new(catalogue.clone(), w, h);
            app.handle_key(&ch('s'));
            let _ = screen(&app);
        }
    }
}
