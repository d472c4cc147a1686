//! The keys of the two choosers, the quiz and the stage picker, said in words: the
//! cursor moves within its choices, a number beyond them does nothing, and Esc closes.

mod common;

use common::*;
use crossterm::event::KeyCode;
use hi_tui::app::{App, Overlay};

fn press(app: &mut App, keys: &str) {
    for c in keys.chars() {
        app.handle_key(&ch(c));
    }
}

fn stages() -> usize {
    shipped().stages.len()
}

/// The quiz on its first screen, which asks the stage (no stage is chosen yet).
fn quiz_asking_stage() -> App {
    let mut app = App::new(shipped(), 100, 30);
    app.handle_key(&ch('f'));
    assert_eq!(app.overlay(), Some(Overlay::Quiz));
    assert!(app.quiz().asking_stage);
    app
}

#[test]
fn the_quizs_stage_question_starts_on_skip_and_moves_within_its_entries() {
    let mut app = quiz_asking_stage();
    let last = stages();
    assert_eq!(
        app.quiz().cursor,
        last,
        "starts on 'skip', after the stages"
    );
    app.handle_key(&key(KeyCode::Down));
    assert_eq!(app.quiz().cursor, last, "nothing below skip");
    app.handle_key(&key(KeyCode::Up));
    assert_eq!(app.quiz().cursor, last - 1, "up moves up one");
    press(&mut app, &"k".repeat(last + 3));
    assert_eq!(app.quiz().cursor, 0, "and stops at the first stage");
    press(&mut app, "jj");
    assert_eq!(app.quiz().cursor, 2, "down moves down one at a time");
    assert!(app.quiz().asking_stage, "moving chooses nothing");
}

#[test]
fn a_number_past_the_stages_is_ignored_in_the_quiz() {
    let mut app = quiz_asking_stage();
    let past = char::from_digit(u32::try_from(stages() + 1).expect("small"), 10).expect("digit");
    app.handle_key(&ch(past));
    assert!(app.quiz().asking_stage, "{past} is not a stage");
    assert_eq!(app.stage(), None);
    press(&mut app, &stages().to_string());
    assert!(
        !app.quiz().asking_stage,
        "the last stage's number chooses it"
    );
    assert_eq!(app.stage_index(), Some(stages() - 1));
}

#[test]
fn esc_and_f_close_the_quiz_from_any_screen() {
    for closer in [key(KeyCode::Esc), ch('f')] {
        let mut app = quiz_asking_stage();
        app.handle_key(&closer);
        assert_eq!(app.overlay(), None, "{closer:?} on the stage question");

        let mut app = quiz_asking_stage();
        app.handle_key(&ch('0'));
        assert!(!app.quiz().asking_stage);
        app.handle_key(&closer);
        assert_eq!(app.overlay(), None, "{closer:?} on a question");
    }
}

#[test]
fn a_questions_cursor_moves_both_ways_and_numbers_past_its_answers_do_nothing() {
    let mut app = quiz_asking_stage();
    app.handle_key(&ch('0'));
    let answers = app.catalogue().quiz[0].answers.len();
    press(&mut app, "jj");
    assert_eq!(app.quiz().cursor, 2);
    app.handle_key(&key(KeyCode::Up));
    assert_eq!(app.quiz().cursor, 1, "up moves back one");

    let past = char::from_digit(u32::try_from(answers + 1).expect("small"), 10).expect("digit");
    app.handle_key(&ch(past));
    assert!(app.quiz().answers.is_empty(), "{past} is not an answer");
    press(&mut app, &answers.to_string());
    assert_eq!(
        app.quiz().answers,
        [answers - 1],
        "the last answer's number picks it"
    );
}

/// The stage picker, opened with `w` and no stage chosen.
fn picker() -> App {
    let mut app = App::new(shipped(), 100, 30);
    app.handle_key(&ch('w'));
    assert_eq!(app.overlay(), Some(Overlay::Stage));
    app
}

#[test]
fn the_pickers_cursor_moves_over_the_stages_and_no_stage() {
    let mut app = picker();
    let last = stages();
    assert_eq!(app.stage_cursor(), 0);
    app.handle_key(&key(KeyCode::Up));
    assert_eq!(app.stage_cursor(), 0, "nothing above the first");
    press(&mut app, "jjj");
    assert_eq!(app.stage_cursor(), 3);
    app.handle_key(&ch('k'));
    assert_eq!(app.stage_cursor(), 2, "up moves back one");
    press(&mut app, &"j".repeat(last + 3));
    assert_eq!(app.stage_cursor(), last, "down stops on 'no stage'");
    app.handle_key(&key(KeyCode::Home));
    assert_eq!(app.stage_cursor(), 0, "Home goes to the first");
    app.handle_key(&key(KeyCode::End));
    assert_eq!(app.stage_cursor(), last, "End goes to 'no stage'");
    app.handle_key(&ch('g'));
    assert_eq!(app.stage_cursor(), 0);
    app.handle_key(&ch('G'));
    assert_eq!(app.stage_cursor(), last);
    app.handle_key(&key(KeyCode::Enter));
    assert_eq!(app.overlay(), None);
    assert_eq!(app.stage(), None, "'no stage' chooses none");
}

#[test]
fn a_number_past_the_stages_is_ignored_in_the_picker() {
    let mut app = picker();
    let past = char::from_digit(u32::try_from(stages() + 1).expect("small"), 10).expect("digit");
    app.handle_key(&ch(past));
    assert_eq!(app.overlay(), Some(Overlay::Stage), "{past} is not a stage");
    assert_eq!(app.stage(), None);
    press(&mut app, &stages().to_string());
    assert_eq!(app.stage_index(), Some(stages() - 1));
}

#[test]
fn esc_and_w_close_the_picker_without_choosing() {
    for closer in [key(KeyCode::Esc), ch('w')] {
        let mut app = picker();
        app.handle_key(&ch('j'));
        app.handle_key(&closer);
        assert_eq!(app.overlay(), None, "{closer:?}");
        assert_eq!(app.stage(), None);
    }
}

#[test]
fn enter_in_the_quizs_stage_question_chooses_the_highlighted_entry() {
    let mut app = quiz_asking_stage();
    app.handle_key(&key(KeyCode::Enter));
    assert!(
        !app.quiz().asking_stage,
        "Enter on skip goes to the questions"
    );
    assert_eq!(app.stage_index(), None, "with no stage");

    let mut app = quiz_asking_stage();
    press(&mut app, &"k".repeat(stages()));
    press(&mut app, "jj");
    app.handle_key(&key(KeyCode::Enter));
    assert!(!app.quiz().asking_stage);
    assert_eq!(
        app.stage_index(),
        Some(2),
        "the third stage was highlighted"
    );
}
