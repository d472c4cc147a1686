//! Kiosk mode's two promises, case by case: only the exit phrase typed in one go leaves
//! it, and the attract loop shows every specialism and every rung in order, then starts
//! over. Time is passed in with `Action::Tick`, so nothing here sleeps.

mod common;

use std::time::{Duration, Instant};

use common::*;
use crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};
use hi_tui::action::Action;
use hi_tui::app::kiosk::{ATTRACT_STEP, EXIT_PHRASE, ExitPhrase};
use hi_tui::app::{App, Options, Overlay, Pane};
use hi_tui::data::Catalogue;

const IDLE: Duration = Duration::from_secs(90);

fn kiosk_with(catalogue: Catalogue, t0: Instant) -> App {
    let options = Options {
        kiosk: true,
        idle: IDLE,
        welcome: false,
        ..Options::default()
    };
    App::with_options(catalogue, 120, 36, options, t0)
}

fn kiosk() -> App {
    kiosk_with(shipped(), Instant::now())
}

fn type_str(app: &mut App, text: &str) {
    for c in text.chars() {
        app.handle_key(&ch(c));
    }
}

/// Types `text` and says whether the app stopped running, and after which character.
fn exits_after(app: &mut App, text: &str) -> Option<usize> {
    for (i, c) in text.chars().enumerate() {
        app.handle_key(&ch(c));
        if !app.is_running() {
            return Some(i);
        }
    }
    None
}

/// After a sequence that must not leave kiosk mode, the phrase typed cleanly still works:
/// so the app was not stuck ignoring keys, and whatever came before left nothing behind.
fn assert_phrase_still_exits(app: &mut App, after: &str) {
    assert!(app.is_running(), "{after}: left kiosk mode");
    assert_eq!(
        exits_after(app, EXIT_PHRASE),
        Some(EXIT_PHRASE.len() - 1),
        "{after}: the exit phrase typed cleanly afterwards did not leave kiosk mode on its last letter"
    );
}

#[test]
fn the_phrase_leaves_kiosk_mode_on_its_last_letter_and_not_before() {
    let mut app = kiosk();
    assert_eq!(
        EXIT_PHRASE, "exit-kiosk",
        "the README documents this phrase"
    );
    assert_eq!(
        exits_after(&mut app, "exit-kiosk"),
        Some(9),
        "typing exit-kiosk should leave kiosk mode exactly at the final k"
    );
}

#[test]
fn a_wrong_letter_starts_the_phrase_over() {
    // The case that escaped: a wrong last letter followed by the right one.
    let mut app = kiosk();
    type_str(&mut app, "exit-kiosx");
    assert!(app.is_running(), "exit-kiosx left kiosk mode");
    app.handle_key(&ch('k'));
    assert!(
        app.is_running(),
        "exit-kiosx then k left kiosk mode: the wrong letter x did not start the phrase over"
    );
    assert_phrase_still_exits(&mut app, "exit-kiosx k");

    // A wrong letter at every position, then the rest of the phrase: never an exit.
    for at in 0..EXIT_PHRASE.len() {
        let mut app = kiosk();
        let typed = format!("{}z{}", &EXIT_PHRASE[..at], &EXIT_PHRASE[at + 1..]);
        assert_eq!(
            exits_after(&mut app, &typed),
            None,
            "{typed:?} (a wrong letter at position {at}) left kiosk mode"
        );
        if at == 0 {
            // "z" then the whole phrase is the phrase typed in one go.
            continue;
        }
        // The wrong letter then the right one and the rest.
        let typed = format!("{}z{}", &EXIT_PHRASE[..at], &EXIT_PHRASE[at..]);
        assert_eq!(
            exits_after(&mut app, &typed),
            None,
            "{typed:?} (a wrong letter inserted at position {at}) left kiosk mode"
        );
        assert_phrase_still_exits(&mut app, &typed);
    }
}

#[test]
fn a_repeated_start_still_exits() {
    // The letter that breaks the run may itself start the phrase again.
    for typed in [
        "exit-exit-kiosk",
        "eexit-kiosk",
        "exexit-kiosk",
        "exit-kiosexit-kiosk",
        "exit-kioexit-kiosk",
    ] {
        let mut app = kiosk();
        assert_eq!(
            exits_after(&mut app, typed),
            Some(typed.len() - 1),
            "{typed:?} should leave kiosk mode on its last letter: a wrong e must count as a new start"
        );
    }
}

#[test]
fn the_phrase_can_be_typed_again_after_it_was_recognised() {
    let mut phrase = ExitPhrase::default();
    for round in 1..=3 {
        let done: Vec<bool> = EXIT_PHRASE.chars().map(|c| phrase.feed(Some(c))).collect();
        assert_eq!(
            done.iter().filter(|&&d| d).count(),
            1,
            "round {round}: the phrase is recognised once, at its end: {done:?}"
        );
        assert!(
            done[done.len() - 1],
            "round {round}: not at the last letter"
        );
    }
}

#[test]
fn any_other_key_between_the_letters_starts_the_phrase_over() {
    let others = [
        key(KeyCode::Up),
        key(KeyCode::Down),
        key(KeyCode::Left),
        key(KeyCode::Right),
        key(KeyCode::Tab),
        key(KeyCode::BackTab),
        key(KeyCode::Enter),
        key(KeyCode::Esc),
        key(KeyCode::Backspace),
        key(KeyCode::PageDown),
        key(KeyCode::F(1)),
        ch(' '),
        ch('q'),
    ];
    for other in others {
        for at in 1..EXIT_PHRASE.len() {
            let mut app = kiosk();
            type_str(&mut app, &EXIT_PHRASE[..at]);
            app.handle_key(&other);
            let rest = &EXIT_PHRASE[at..];
            assert_eq!(
                exits_after(&mut app, rest),
                None,
                "{:?} then {other:?} then {rest:?} left kiosk mode: the key in between should start the phrase over",
                &EXIT_PHRASE[..at]
            );
            assert_phrase_still_exits(&mut app, &format!("{other:?} at {at}"));
        }
    }
}

#[test]
fn mouse_events_between_the_letters_are_not_keys() {
    // A hand on the trackpad while typing: moves, clicks and the wheel neither count as
    // letters nor start the phrase over.
    let events = [
        mouse(MouseEventKind::Moved, 10, 10),
        mouse(MouseEventKind::Down(MouseButton::Left), 5, 6),
        mouse(MouseEventKind::Up(MouseButton::Left), 5, 6),
        mouse(MouseEventKind::ScrollDown, 60, 10),
        mouse(MouseEventKind::ScrollUp, 60, 10),
    ];
    let mut app = kiosk();
    for (i, c) in EXIT_PHRASE.chars().enumerate() {
        for event in &events {
            app.handle_mouse(event);
            assert!(
                app.is_running(),
                "{event:?} after {i} letters left kiosk mode"
            );
        }
        app.handle_key(&ch(c));
    }
    assert!(
        !app.is_running(),
        "exit-kiosk typed with mouse events between the letters did not leave kiosk mode"
    );

    // And the mouse alone never leaves.
    let mut app = kiosk();
    for _ in 0..50 {
        for event in &events {
            app.handle_mouse(event);
        }
    }
    assert!(app.is_running(), "mouse events alone left kiosk mode");
}

#[test]
fn key_releases_between_the_letters_are_not_keys() {
    // Terminals with the kitty keyboard protocol report releases; only presses count.
    let mut app = kiosk();
    for c in EXIT_PHRASE.chars() {
        app.handle_key(&ch(c));
        let mut release = ch(c);
        release.kind = KeyEventKind::Release;
        app.handle_key(&release);
    }
    assert!(
        !app.is_running(),
        "exit-kiosk with each key's release reported did not leave kiosk mode"
    );
}

#[test]
fn upper_case_is_not_the_phrase() {
    for typed in ["EXIT-KIOSK", "Exit-kiosk", "exit-kiosK", "exit-KIOSK"] {
        let mut app = kiosk();
        assert_eq!(
            exits_after(&mut app, typed),
            None,
            "{typed:?} left kiosk mode: the phrase is lower case"
        );
        assert_phrase_still_exits(&mut app, typed);
    }
    // Shift held, as a terminal reports it.
    let mut app = kiosk();
    for c in EXIT_PHRASE.chars() {
        app.handle_key(&KeyEvent::new(
            KeyCode::Char(c.to_ascii_uppercase()),
            KeyModifiers::SHIFT,
        ));
    }
    assert_phrase_still_exits(&mut app, "shifted EXIT-KIOSK");
}

#[test]
fn the_phrase_works_with_the_search_line_or_the_quiz_open() {
    for opener in ['/', 'f', '?', 'i'] {
        let mut app = kiosk();
        app.handle_key(&ch(opener));
        assert!(app.overlay().is_some(), "{opener} opens an overlay");
        assert_eq!(
            exits_after(&mut app, EXIT_PHRASE),
            Some(EXIT_PHRASE.len() - 1),
            "with {opener} open, exit-kiosk did not leave kiosk mode"
        );
    }
}

#[test]
fn outside_kiosk_mode_the_phrase_is_just_keys() {
    let mut app = App::new(shipped(), 120, 36);
    type_str(&mut app, EXIT_PHRASE);
    assert!(app.is_running(), "typing exit-kiosk quit a normal session");
    let mut app = App::new(shipped(), 120, 36);
    type_str(&mut app, "/exit");
    type_str(&mut app, EXIT_PHRASE);
    assert!(
        app.is_running(),
        "typing exit-kiosk into the search line quit a normal session"
    );
}

#[test]
fn during_the_attract_loop_the_first_letter_only_wakes_the_kiosk() {
    let t0 = Instant::now();
    let mut app = kiosk_with(shipped(), t0);
    app.update(Action::Tick(t0 + IDLE));
    assert!(app.attract_running());
    assert_eq!(
        exits_after(&mut app, EXIT_PHRASE),
        None,
        "the e that ended the attract loop was counted as the start of the phrase"
    );
    assert!(!app.attract_running());
    assert_phrase_still_exits(&mut app, "after the attract loop");
}

// ---------------------------------------------------------------------------------------
// The attract loop

/// What the screen shows at one stop of the loop, read through the app's accessors.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Shown {
    Welcome,
    /// The specialism, with the list focused.
    List(String),
    /// The specialism and the rung selected, with the ladder focused.
    Rung(String, String),
    /// The stage picker open.
    Picking,
    /// A stage chosen (its id), with the list showing what is open to it.
    Chosen(String),
}

fn shown(app: &App) -> Shown {
    if app.showing_welcome() {
        return Shown::Welcome;
    }
    if app.overlay() == Some(Overlay::Stage) {
        return Shown::Picking;
    }
    if let Some(stage) = app.stage_id() {
        assert_eq!(
            app.focus(),
            Pane::Specialisms,
            "a chosen stage shows on the list"
        );
        return Shown::Chosen(stage.to_string());
    }
    let id = app.specialism().id.clone();
    match app.focus() {
        Pane::Specialisms => Shown::List(id),
        Pane::Ladder => {
            assert!(
                app.detail_shows_rung(),
                "the detail pane shows the rung the ladder is on"
            );
            Shown::Rung(id, app.rung().title.clone())
        }
        Pane::Detail => panic!("the attract loop focused the detail pane"),
    }
}

fn list(id: &str) -> Shown {
    Shown::List(id.into())
}

fn rung(id: &str, title: &str) -> Shown {
    Shown::Rung(id.into(), title.into())
}

/// The stops, starting with the reset to the welcome screen, for `steps` ticks.
fn tour(catalogue: Catalogue, steps: usize) -> Vec<Shown> {
    let t0 = Instant::now();
    let mut app = kiosk_with(catalogue, t0);
    let mut t = t0 + IDLE;
    assert!(app.update(Action::Tick(t)), "the idle reset redraws");
    assert!(
        app.attract_running(),
        "the attract loop starts after {IDLE:?}"
    );
    let mut seen = vec![shown(&app)];
    for step in 1..steps {
        // Just short of the step time nothing moves; at it, the next stop shows.
        assert!(
            !app.update(Action::Tick(t + ATTRACT_STEP - Duration::from_millis(1))),
            "step {step}: the loop moved on before {ATTRACT_STEP:?}"
        );
        t += ATTRACT_STEP;
        app.update(Action::Tick(t));
        assert!(app.attract_running(), "step {step}: the loop stopped");
        seen.push(shown(&app));
    }
    seen
}

#[test]
fn the_attract_loop_visits_every_rung_of_the_small_catalogue_in_order_and_wraps() {
    let expected = vec![
        Shown::Welcome,
        list("alpha"),
        rung("alpha", "Alpha assistant"),
        rung("alpha", "Alpha officer"),
        rung("alpha", "Head of alpha"),
        list("beta"),
        rung("beta", "Beta assistant"),
        rung("beta", "Beta lead"),
        // Round again.
        Shown::Welcome,
        list("alpha"),
        rung("alpha", "Alpha assistant"),
        rung("alpha", "Alpha officer"),
        rung("alpha", "Head of alpha"),
        list("beta"),
        rung("beta", "Beta assistant"),
        rung("beta", "Beta lead"),
        Shown::Welcome,
    ];
    let seen = tour(small(), expected.len());
    for (step, (seen, expected)) in seen.iter().zip(&expected).enumerate() {
        assert_eq!(
            seen, expected,
            "attract loop step {step} shows the wrong stop"
        );
    }
}

#[test]
fn the_attract_loop_visits_every_specialism_and_rung_of_the_shipped_content_in_order() {
    let catalogue = shipped();
    // The expected tour, read from the content itself: the welcome screen, then each
    // specialism followed by its ladder from the entry rung up, then a stage being chosen:
    // in turn, each stage that opens at least one rung somewhere.
    let opening: Vec<String> = catalogue
        .stages
        .iter()
        .filter(|stage| {
            catalogue
                .specialisms
                .iter()
                .any(|s| s.ladder.iter().any(|r| r.open_to.contains(&stage.id)))
        })
        .map(|stage| stage.id.clone())
        .collect();
    assert!(opening.len() >= 2, "the shipped stages open rungs");
    let round = |n: usize| {
        let mut stops = vec![Shown::Welcome];
        for s in &catalogue.specialisms {
            stops.push(Shown::List(s.id.clone()));
            for r in &s.ladder {
                stops.push(Shown::Rung(s.id.clone(), r.title.clone()));
            }
        }
        stops.push(Shown::Picking);
        stops.push(Shown::Chosen(opening[n % opening.len()].clone()));
        stops
    };
    let pairs: usize = catalogue.specialisms.iter().map(|s| s.ladder.len()).sum();
    assert_eq!(round(0).len(), 1 + catalogue.specialisms.len() + pairs + 2);
    let expected: Vec<Shown> = round(0).into_iter().chain(round(1)).collect();
    let seen = tour(catalogue, expected.len() + 1);
    for (step, expected) in expected.iter().enumerate() {
        assert_eq!(
            &seen[step], expected,
            "attract loop step {step} shows the wrong stop"
        );
    }
    assert_eq!(
        seen[expected.len()],
        Shown::Welcome,
        "the third round starts"
    );
}

#[test]
fn a_late_tick_moves_the_loop_on_by_one_stop() {
    let t0 = Instant::now();
    let mut app = kiosk_with(small(), t0);
    app.update(Action::Tick(t0 + IDLE));
    assert_eq!(shown(&app), Shown::Welcome);
    // The machine slept through several steps: the loop shows the next stop, not a
    // later one, and the next step is timed from now.
    let late = t0 + IDLE + ATTRACT_STEP * 5;
    app.update(Action::Tick(late));
    assert_eq!(shown(&app), list("alpha"));
    assert_eq!(app.next_deadline(), Some(late + ATTRACT_STEP));
}

#[test]
fn with_no_stage_opening_anything_the_loop_still_shows_each_stage_in_turn() {
    use hi_tui::app::kiosk::{Stop, stop};
    let mut catalogue = small();
    catalogue.stages = shipped().stages[..3].to_vec();
    assert!(
        catalogue
            .specialisms
            .iter()
            .flat_map(|s| &s.ladder)
            .all(|r| r.open_to.is_empty()),
        "no rung of the small catalogue is open to a stage"
    );
    // A round of the small catalogue: the welcome screen, alpha and its three rungs, beta
    // and its two, the picker, then a stage chosen: ten stops, the chosen one last.
    let chosen: Vec<Stop> = (0..4)
        .map(|round| stop(&catalogue, round * 10 + 9))
        .collect();
    assert_eq!(
        chosen,
        [
            Stop::Chosen(0),
            Stop::Chosen(1),
            Stop::Chosen(2),
            Stop::Chosen(0)
        ]
    );
    assert_eq!(stop(&catalogue, 8), Stop::Picking(0));
    assert_eq!(stop(&catalogue, 10), Stop::Welcome);
}
