//! Stand insights, on the app's side: what one visit records, that nothing typed is
//! recorded, and (a property) that any sequence of keys, clicks and idle resets records
//! exactly the visits made, each with its length.

mod common;

use std::time::{Duration, Instant};

use common::*;
use crossterm::event::{KeyCode, KeyEvent, MouseButton, MouseEventKind};
use hi_tui::action::Action;
use hi_tui::app::{App, Options};
use hi_tui::insights::record::round_seconds;
use hi_tui::insights::{Ended, RungRef};
use proptest::prelude::*;

const IDLE: Duration = Duration::from_secs(5);

fn stand(t0: Instant, insights: bool) -> App {
    let options = Options {
        kiosk: true,
        idle: IDLE,
        welcome: true,
        insights,
        ..Options::default()
    };
    App::with_options(shipped(), 100, 30, options, t0)
}

/// A key at time `t`, as the event loop delivers it: time first, then the key.
fn press_at(app: &mut App, t: Instant, key: KeyEvent) {
    app.update(Action::Tick(t));
    app.handle_key(&key);
}

fn typed(app: &mut App, t: Instant, text: &str) {
    for c in text.chars() {
        press_at(app, t, ch(c));
    }
}

#[test]
fn a_visit_records_what_was_explored_and_nothing_typed() {
    let t0 = Instant::now();
    let mut app = stand(t0, true);
    let at = |s: u64| t0 + Duration::from_secs(s);
    press_at(&mut app, at(1), ch('x')); // leaves the welcome screen: the visit begins
    assert!(app.visit_under_way());
    press_at(&mut app, at(2), ch('j')); // the second specialism
    press_at(&mut app, at(3), key(KeyCode::Right));
    press_at(&mut app, at(3), key(KeyCode::Right)); // its ladder
    press_at(&mut app, at(4), ch('c')); // pinned
    press_at(&mut app, at(5), ch('n')); // Scotland's pay
    press_at(&mut app, at(6), ch('s')); // the shortlist QR
    press_at(&mut app, at(7), key(KeyCode::Esc));
    press_at(&mut app, at(8), ch('/'));
    typed(&mut app, at(9), "secret words");
    press_at(&mut app, at(10), key(KeyCode::Esc));
    assert!(app.take_ended_visits().is_empty(), "still under way");
    app.update(Action::Tick(at(15)));
    let ended = app.take_ended_visits();
    assert_eq!(ended.len(), 1);
    let Ended { began, visit } = &ended[0];
    assert_eq!(*began, at(1));
    assert_eq!(
        visit.seconds, 10,
        "first key at 1 s to the idle reset at 15 s"
    );
    let catalogue = shipped();
    let second = &catalogue.specialisms[1];
    // Not the first specialism, which was only on screen as the visit began.
    assert_eq!(visit.specialisms.first(), Some(&second.id));
    let pinned = RungRef {
        specialism: second.id.clone(),
        rung: second.ladder[0].title.clone(),
    };
    assert!(visit.rungs.contains(&pinned), "{:?}", visit.rungs);
    assert_eq!(visit.pins, vec![pinned]);
    assert_eq!(visit.nation, catalogue.pay_tables[1].nation);
    assert!(visit.qr && visit.shortlist);
    let line = visit.to_line();
    assert!(
        !line.contains("secret") && !line.contains("words"),
        "{line}"
    );
    assert!(!app.visit_under_way());
}

#[test]
fn the_stage_and_the_quiz_result_are_recorded() {
    let t0 = Instant::now();
    let mut app = stand(t0, true);
    press_at(&mut app, t0, ch('x'));
    press_at(&mut app, t0, ch('w'));
    press_at(&mut app, t0, ch('1')); // the first stage
    press_at(&mut app, t0, ch('f'));
    // Skip the quiz's stage question if it asks, then answer every question with 1.
    for _ in 0..30 {
        if app.overlay().is_none() {
            break;
        }
        press_at(&mut app, t0, ch('1'));
    }
    app.close_visit();
    let ended = app.take_ended_visits();
    let visit = &ended[0].visit;
    let catalogue = shipped();
    assert_eq!(
        visit.stage.as_deref(),
        Some(catalogue.stages[0].id.as_str())
    );
    assert!(visit.quiz.is_some(), "the quiz was finished: {visit:?}");
}

#[test]
fn without_insights_or_for_staff_nothing_is_recorded() {
    let t0 = Instant::now();
    let mut app = stand(t0, false);
    press_at(&mut app, t0, ch('x'));
    press_at(&mut app, t0, ch('j'));
    app.update(Action::Tick(t0 + IDLE));
    app.close_visit();
    assert!(app.take_ended_visits().is_empty());

    // Staff leaving kiosk mode: theirs is not a visit.
    let mut app = stand(t0, true);
    press_at(&mut app, t0, ch('x'));
    typed(&mut app, t0, "exit-kiosk");
    assert!(!app.is_running());
    app.close_visit();
    assert!(app.take_ended_visits().is_empty());
}

#[test]
fn a_failed_save_shows_one_warning_until_it_is_saved() {
    let mut app = stand(Instant::now(), true);
    assert!(app.set_insights_warning(Some("Insights not saved (disk full)".into())));
    assert_eq!(app.status(), Some("Insights not saved (disk full)"));
    assert!(!app.set_insights_warning(Some("Insights not saved (disk full)".into())));
    assert!(app.set_insights_warning(None));
    assert_eq!(app.status(), None);
}

#[derive(Debug, Clone)]
enum Step {
    Key(KeyEvent),
    Click(u16, u16),
    Wait(u64),
}

fn step() -> impl Strategy<Value = Step> {
    // No 'e': typing the exit phrase by chance would end the session (tested above).
    let chars: Vec<char> = "jkhlgGcCwfins/?0123x ".chars().collect();
    let named = vec![
        KeyCode::Tab,
        KeyCode::Esc,
        KeyCode::Enter,
        KeyCode::Down,
        KeyCode::Right,
    ];
    prop_oneof![
        4 => prop::sample::select(chars).prop_map(|c| Step::Key(ch(c))),
        2 => prop::sample::select(named).prop_map(|k| Step::Key(key(k))),
        1 => (0..100u16, 0..30u16).prop_map(|(x, y)| Step::Click(x, y)),
        3 => (0..12u64).prop_map(Step::Wait),
    ]
}

proptest! {
    #![proptest_config(replay::config(64, "tests/proptest-regressions/insights_visits.txt"))]

    /// A visit begins at the first key or click when none is under way and ends at the
    /// first tick at least the idle time after the last input (or when the app closes):
    /// the app records exactly those visits, with their lengths.
    #[test]
    fn any_sequence_records_exactly_the_visits_made(steps in prop::collection::vec(step(), 0..80)) {
        let t0 = Instant::now();
        let mut app = stand(t0, true);
        let mut t = t0;
        let mut last_input = t0;
        let mut under_way: Option<Instant> = None;
        let mut expected: Vec<(Instant, u64)> = Vec::new();
        let mut tick = |app: &mut App, t: Instant, under_way: &mut Option<Instant>, last: Instant| {
            app.update(Action::Tick(t));
            if let Some(began) = *under_way && t >= last + IDLE {
                expected.push((began, round_seconds((t - began).as_secs())));
                *under_way = None;
            }
        };
        for step in &steps {
            match step {
                Step::Wait(secs) => {
                    t += Duration::from_secs(*secs);
                    tick(&mut app, t, &mut under_way, last_input);
                }
                Step::Key(k) => {
                    tick(&mut app, t, &mut under_way, last_input);
                    app.handle_key(k);
                    last_input = t;
                    under_way.get_or_insert(t);
                }
                Step::Click(x, y) => {
                    tick(&mut app, t, &mut under_way, last_input);
                    app.handle_mouse(&mouse(MouseEventKind::Down(MouseButton::Left), *x, *y));
                    last_input = t;
                    under_way.get_or_insert(t);
                }
            }
            prop_assert!(app.is_running());
        }
        app.close_visit();
        if let Some(began) = under_way {
            expected.push((began, round_seconds((t - began).as_secs())));
        }
        let recorded: Vec<(Instant, u64)> = app
            .take_ended_visits()
            .into_iter()
            .map(|e| (e.began, e.visit.seconds))
            .collect();
        prop_assert_eq!(recorded, expected);
    }
}
