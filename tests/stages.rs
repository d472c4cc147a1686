//! "Where are you now?": the stage picker, what each stage can apply for today in the
//! list, the ladder, the detail, search and the quiz; pins and the compare view; and
//! kiosk mode forgetting both. Driven through `update` (keys, clicks, ticks), and checked
//! against the data file read on its own, not through the functions under test.

mod common;

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use common::*;
use crossterm::event::KeyCode;
use hi_tui::action::Action;
use hi_tui::app::kiosk::ATTRACT_STEP;
use hi_tui::app::{App, Options, Overlay, Pane, ThemeName};
use hi_tui::layout::Rect;
use hi_tui::measure::{compare, ladder, list, stage};
use ratatui::style::Color;

/// The shipped data file, parsed as plain RON values: no hi-tui types involved.
fn file() -> ron::Value {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/health_informatics.ron"
    ))
    .expect("the data file");
    ron::from_str(&text).expect("the data file is RON")
}

fn field<'a>(value: &'a ron::Value, name: &str) -> Option<&'a ron::Value> {
    match value {
        ron::Value::Map(map) => map
            .iter()
            .find(|(k, _)| matches!(k, ron::Value::String(s) if s == name))
            .map(|(_, v)| v),
        _ => None,
    }
}

fn items(value: Option<&ron::Value>) -> Vec<&ron::Value> {
    match value {
        Some(ron::Value::Seq(items)) => items.iter().collect(),
        _ => Vec::new(),
    }
}

fn text(value: Option<&ron::Value>) -> String {
    match value {
        Some(ron::Value::String(s)) => s.clone(),
        other => panic!("not a string: {other:?}"),
    }
}

/// The stage ids, in the file's order.
fn stage_ids(file: &ron::Value) -> Vec<String> {
    items(field(file, "stages"))
        .into_iter()
        .map(|s| text(field(s, "id")))
        .collect()
}

/// For each specialism, for each rung (entry level first): its title and `open_to`.
fn ladders(file: &ron::Value) -> Vec<Vec<(String, Vec<String>)>> {
    items(field(file, "specialisms"))
        .into_iter()
        .map(|s| {
            items(field(s, "ladder"))
                .into_iter()
                .map(|rung| {
                    let open_to = items(field(rung, "open_to"))
                        .into_iter()
                        .map(|id| text(Some(id)))
                        .collect();
                    (text(field(rung, "title")), open_to)
                })
                .collect()
        })
        .collect()
}

/// The rungs the ladder pane marks as open, read from the lines it draws.
fn marked_open(app: &App) -> BTreeSet<usize> {
    let (blocks, _) = ladder::blocks(app.ladder_view(), Rect::new(0, 0, 60, 200));
    let top = blocks.len() - 1;
    blocks
        .iter()
        .enumerate()
        .filter(|(_, block)| block[0].iter().any(|(_, t)| t == ladder::OPEN))
        .map(|(i, _)| top - i)
        .collect()
}

fn choose_stage(app: &mut App, number: usize) {
    app.handle_key(&ch('w'));
    assert_eq!(app.overlay(), Some(Overlay::Stage));
    let digit = char::from_digit(u32::try_from(number).expect("small"), 10).expect("1-9");
    app.handle_key(&ch(digit));
    assert_eq!(app.overlay(), None, "choosing closes the picker");
}

#[test]
fn every_stage_marks_exactly_the_rungs_the_data_opens_to_it() {
    let file = file();
    let ids = stage_ids(&file);
    let ladders = ladders(&file);
    assert!(ids.len() >= 7, "at least the seven stages the issue names");
    for (i, id) in ids.iter().enumerate() {
        let mut app = App::new(shipped(), 120, 36);
        choose_stage(&mut app, i + 1);
        assert_eq!(app.stage_id(), Some(id.as_str()));
        for (s, ladder) in ladders.iter().enumerate() {
            assert_eq!(app.specialism_index(), s);
            let expected: BTreeSet<usize> = ladder
                .iter()
                .enumerate()
                .filter(|(_, (_, open_to))| open_to.contains(id))
                .map(|(r, _)| r)
                .collect();
            assert_eq!(marked_open(&app), expected, "stage {id}, specialism {s}");
            // The list's note names the first of them, or says experience comes first.
            let notes = list::items(app.catalogue(), s, Rect::new(0, 0, 200, 60), app.stage_id());
            let (open, note) = notes[s].note.clone().expect("a note under every name");
            match expected.first() {
                Some(&first) => {
                    assert!(open && note.contains(&ladder[first].0), "{note}");
                }
                None => assert!(!open && note.contains("experience first"), "{note}"),
            }
            app.handle_key(&ch('j'));
        }
    }
}

#[test]
fn a_graduate_in_any_subject_sees_a_first_open_rung_in_five_specialisms_at_once() {
    let mut app = App::new(shipped(), 100, 30);
    choose_stage(&mut app, 3);
    assert_eq!(
        app.stage().map(|s| s.label.as_str()),
        Some("Graduate in any subject")
    );
    let screen = screen(&app);
    assert!(
        screen.contains("You: Graduate in any subject"),
        "the header shows it"
    );
    let list = app.panes().expect("panes").specialisms;
    let notes: Vec<String> = screen
        .lines()
        .map(|line| {
            line.chars()
                .take(usize::from(list.right()))
                .collect::<String>()
        })
        .filter(|line| line.contains("  ✓ "))
        .collect();
    assert!(notes.len() >= 5, "{screen}");
    assert!(notes.iter().all(|n| n.contains("Band")), "{notes:?}");
}

/// Every screen a visitor might be on, at three sizes.
const PLACES: &[&[char]] = &[&[], &['j', 'j'], &['j', 'j', '\t', '\t', 'k'], &['\t']];

fn keys_of(chars: &[char]) -> Vec<crossterm::event::KeyEvent> {
    chars
        .iter()
        .map(|&c| match c {
            '\t' => key(KeyCode::Tab),
            c => ch(c),
        })
        .collect()
}

#[test]
fn choosing_no_stage_restores_the_plain_view_exactly() {
    for (w, h) in [(120, 36), (80, 24), (60, 20)] {
        for place in PLACES {
            let mut plain = App::new(shipped(), w, h);
            press_all(&mut plain, &keys_of(place));

            // By the picker's 0 key, after a search limited to what is open.
            let mut cleared = App::new(shipped(), w, h);
            choose_stage(&mut cleared, 3);
            press_all(
                &mut cleared,
                &[ch('/'), key(KeyCode::Tab), key(KeyCode::Esc)],
            );
            press_all(&mut cleared, &keys_of(place));
            press_all(&mut cleared, &[ch('w'), ch('0')]);
            assert_eq!(cleared.stage(), None);
            assert_eq!(screen(&cleared), screen(&plain), "{w}x{h} {place:?}");
            assert!(!cleared.search().open_only);

            // By moving to the "no stage" entry (the last) and pressing Enter.
            let mut by_enter = App::new(shipped(), w, h);
            choose_stage(&mut by_enter, 5);
            press_all(&mut by_enter, &keys_of(place));
            by_enter.handle_key(&ch('w'));
            by_enter.handle_key(&key(KeyCode::End));
            by_enter.handle_key(&key(KeyCode::Down));
            by_enter.handle_key(&key(KeyCode::Enter));
            assert_eq!(screen(&by_enter), screen(&plain), "{w}x{h} {place:?} Enter");
        }
    }
}

#[test]
fn a_rungs_detail_says_whether_it_is_open_and_the_way_in() {
    let mut app = App::new(shipped(), 120, 36);
    choose_stage(&mut app, 2); // School leaver or apprentice
    press_all(
        &mut app,
        &[ch('j'), ch('j'), key(KeyCode::Tab), key(KeyCode::Tab)],
    );
    assert_eq!(app.focus(), Pane::Ladder);
    app.handle_key(&ch('k'));
    assert_eq!(app.rung().title, "Trainee clinical coder");
    let open = screen(&app);
    assert!(open.contains("✓ Open to you now"), "{open}");
    assert!(
        open.contains("Way in: Clinical coder apprenticeship"),
        "{open}"
    );

    // A graduate cannot apply for it directly: the usual way in is the rung below.
    choose_stage(&mut app, 3);
    let closed = screen(&app);
    assert!(closed.contains("Not open to you directly yet"), "{closed}");
    assert!(
        closed.contains("The usual way in from your stage is"),
        "{closed}"
    );
    assert!(closed.contains("Health records assistant"), "{closed}");
}

#[test]
fn search_can_be_limited_to_what_is_open() {
    let mut app = App::new(shipped(), 120, 36);
    // Without a stage, Tab does nothing in search and is not offered.
    press_all(&mut app, &[ch('/'), ch('s'), ch('q'), ch('l')]);
    let all = app.search().hits.len();
    app.handle_key(&key(KeyCode::Tab));
    assert!(!app.search().open_only);
    assert!(!screen(&app).contains("Tab open to you"));
    app.handle_key(&key(KeyCode::Esc));

    assert_eq!(app.stage_index(), None);
    choose_stage(&mut app, 3);
    assert_eq!(app.stage_index(), Some(2), "the third stage in the list");
    press_all(&mut app, &[ch('/'), ch('s'), ch('q'), ch('l')]);
    assert!(
        screen(&app).contains("Tab open to you"),
        "offered in the border"
    );
    app.handle_key(&key(KeyCode::Tab));
    assert!(app.search().open_only);
    let hits = app.search().hits.clone();
    assert!(
        !hits.is_empty() && hits.len() < all,
        "{} of {all}",
        hits.len()
    );
    assert!(screen(&app).contains("open to Graduate in any subject"));
    // Each result previews in the panes: a rung open to the stage, or a specialism
    // with one.
    for i in 0..hits.len() {
        let stage = app.stage_id().expect("a stage").to_string();
        let specialism = app.specialism();
        let fine = if app.focus() == Pane::Ladder {
            app.rung().open_to.contains(&stage)
        } else {
            specialism.ladder.iter().any(|r| r.open_to.contains(&stage))
        };
        assert!(fine, "result {i}: {}", specialism.name);
        app.handle_key(&key(KeyCode::Down));
    }
    app.handle_key(&key(KeyCode::Tab));
    assert_eq!(app.search().hits.len(), all, "Tab again shows everything");

    // The choice is remembered the next time search opens, while a stage is chosen.
    app.handle_key(&key(KeyCode::Tab));
    app.handle_key(&key(KeyCode::Esc));
    app.handle_key(&ch('/'));
    assert!(
        app.search().open_only,
        "search reopens limited to what is open"
    );
    app.handle_key(&key(KeyCode::Esc));
    press_all(&mut app, &[ch('w'), ch('0')]);
    assert_eq!(app.stage(), None);
    app.handle_key(&ch('/'));
    assert!(
        !app.search().open_only,
        "with no stage there is nothing to limit to"
    );
}

#[test]
fn the_quiz_asks_the_stage_first_and_names_the_first_open_rung() {
    let mut app = App::new(shipped(), 120, 36);
    app.handle_key(&ch('f'));
    assert!(app.quiz().asking_stage);
    assert!(screen(&app).contains("where are you now?"));
    // Skipping leaves no stage and goes to the first question.
    app.handle_key(&ch('0'));
    assert!(!app.quiz().asking_stage);
    assert_eq!(app.stage(), None);
    let questions = app.catalogue().quiz.len();
    assert!(screen(&app).contains(&format!("question 1 of {questions}")));
    // Backspace from the first question asks again; 3 chooses a graduate.
    app.handle_key(&key(KeyCode::Backspace));
    assert!(app.quiz().asking_stage);
    app.handle_key(&ch('3'));
    assert_eq!(app.stage_id(), Some("graduate-any"));
    for _ in 0..questions {
        app.handle_key(&ch('1'));
    }
    let result = screen(&app);
    assert!(result.contains("Your best fits"), "{result}");
    assert!(result.contains("From where you are: Graduate in any subject"));
    assert!(
        result.contains("✓ Open to you now: Health records assistant, Band 2"),
        "{result}"
    );
    assert!(result.contains("– Experience first"), "{result}");

    // With a stage already chosen, the quiz does not ask it again.
    app.handle_key(&key(KeyCode::Esc));
    app.handle_key(&ch('f'));
    assert!(!app.quiz().asking_stage);
}

/// Pins the entry rung of specialism `s` (from wherever the app is).
fn pin_entry_rung(app: &mut App, s: usize) {
    app.update(Action::Close);
    while app.focus() != Pane::Specialisms {
        app.update(Action::NextPane);
    }
    app.update(Action::Top);
    for _ in 0..s {
        app.update(Action::Down);
    }
    app.update(Action::PaneRight);
    app.update(Action::PaneRight);
    app.update(Action::Bottom);
    app.handle_key(&ch('c'));
}

#[test]
fn up_to_three_rungs_are_pinned_and_compared_side_by_side() {
    let mut app = App::new(shipped(), 120, 36);
    assert!(
        !screen(&app).contains("C compare"),
        "nothing to compare yet"
    );
    app.handle_key(&ch('C'));
    assert_eq!(app.overlay(), None);
    assert!(screen(&app).contains("Nothing pinned yet"));

    for s in [2, 4, 10] {
        pin_entry_rung(&mut app, s);
    }
    assert_eq!(app.pins().len(), 3);
    // The fourth is refused with a message; pinning again unpins.
    pin_entry_rung(&mut app, 7);
    assert_eq!(app.pins().len(), 3);
    assert!(
        screen(&app).contains("3 rungs are pinned"),
        "{}",
        screen(&app)
    );
    pin_entry_rung(&mut app, 4);
    assert_eq!(app.pins().len(), 2);
    pin_entry_rung(&mut app, 4);
    assert_eq!(app.pins().len(), 3);
    app.handle_key(&ch('j'));
    assert!(
        screen(&app).contains("C compare"),
        "listed once something is pinned"
    );
    assert!(screen(&app).contains('◆'), "the ladder marks a pinned rung");

    app.handle_key(&ch('C'));
    assert_eq!(app.overlay(), Some(Overlay::Compare));
    let screen = screen(&app);
    let titles: Vec<String> = app
        .pins()
        .iter()
        .map(|p| {
            app.catalogue().specialisms[p.specialism].ladder[p.rung]
                .title
                .clone()
        })
        .collect();
    let row = screen
        .lines()
        .find(|line| line.contains(&titles[0]))
        .expect("the first title");
    for title in &titles {
        assert!(
            row.contains(title.as_str()),
            "{title} beside the others: {row}"
        );
    }
    for heading in [
        "Pay steps",
        "Experience",
        "Routes in",
        "What the job involves",
    ] {
        assert!(screen.contains(heading), "{heading}");
    }
    // Enter goes to the selected column's rung; Esc just closes.
    app.handle_key(&key(KeyCode::Right));
    app.handle_key(&key(KeyCode::Enter));
    assert_eq!(app.overlay(), None);
    assert_eq!(app.focus(), Pane::Ladder);
    assert_eq!(app.rung().title, titles[2]);
    app.handle_key(&ch('C'));
    app.handle_key(&key(KeyCode::Esc));
    assert_eq!(app.overlay(), None);
}

#[test]
fn a_narrow_compare_shows_one_column_at_a_time_and_scrolls() {
    let mut app = App::new(shipped(), 60, 20);
    for s in [2, 4, 10] {
        pin_entry_rung(&mut app, s);
    }
    app.handle_key(&ch('C'));
    let title = |app: &App, i: usize| {
        let p = app.pins()[i];
        app.catalogue().specialisms[p.specialism].ladder[p.rung]
            .title
            .clone()
    };
    // The compare view opens on the selected rung's column: the last pinned.
    assert!(screen(&app).contains("Compare · 3 of 3"));
    app.handle_key(&key(KeyCode::Left));
    app.handle_key(&key(KeyCode::Left));
    let first = screen(&app);
    assert!(first.contains("Compare · 1 of 3"), "{first}");
    assert!(first.contains(&title(&app, 0)) && !first.contains(&title(&app, 1)));
    app.handle_key(&key(KeyCode::Right));
    assert!(screen(&app).contains(&title(&app, 1)));
    // The body scrolls, never past its end.
    app.handle_key(&key(KeyCode::End));
    let end = app.compare_state().scroll;
    assert!(end > 0);
    app.handle_key(&key(KeyCode::PageDown));
    assert_eq!(app.compare_state().scroll, end);
    // 80x24 holds all three side by side.
    app.update(Action::Resize(80, 24));
    let wide = screen(&app);
    for i in 0..3 {
        assert!(wide.contains(&title(&app, i)[..12]), "{wide}");
    }
}

#[test]
fn a_click_chooses_a_stage_and_selects_a_compare_column() {
    let mut app = App::new(shipped(), 120, 36);
    app.handle_key(&ch('w'));
    // Where the picker draws "Registered clinician" (entry 4).
    let area = Rect::new(0, 0, 120, 36);
    let picker = stage::picker(
        app.catalogue(),
        0,
        None,
        stage::PICKER,
        stage::text_width(area),
    );
    let text = stage::text_area(stage::popup(area, picker.rows.len()));
    let (_, first, _) = picker.spans[4];
    app.handle_mouse(&click(text.x + 8, text.y + first));
    assert_eq!(app.overlay(), None);
    assert_eq!(app.stage_id(), Some("clinician"));
    assert_eq!(
        app.specialism_index(),
        0,
        "the click did not reach the list"
    );

    for s in [0, 1] {
        pin_entry_rung(&mut app, s);
    }
    app.handle_key(&ch('C'));
    assert_eq!(app.compare_state().column, 1);
    let sheet = compare::sheet(app.catalogue(), app.pins(), 1, app.stage_id(), area);
    let left = sheet.columns[0].rect;
    app.handle_mouse(&click(left.x + 3, left.y + 6));
    assert_eq!(app.compare_state().column, 0);
    assert_eq!(app.overlay(), Some(Overlay::Compare));
}

fn kiosk(t0: Instant) -> App {
    let options = Options {
        kiosk: true,
        idle: Duration::from_secs(90),
        welcome: true,
        ..Options::default()
    };
    App::with_options(shipped(), 120, 36, options, t0)
}

#[test]
fn after_the_kiosk_idle_reset_no_stage_or_pin_remains() {
    let t0 = Instant::now();
    let mut app = kiosk(t0);
    app.handle_key(&ch('x'));
    choose_stage(&mut app, 3);
    pin_entry_rung(&mut app, 2);
    pin_entry_rung(&mut app, 5);
    app.handle_key(&ch('C'));
    assert_eq!(app.pins().len(), 2);
    assert!(app.update(Action::Tick(t0 + Duration::from_secs(90))));
    assert!(app.attract_running());
    assert_eq!(app.stage(), None, "the stage is forgotten");
    assert!(app.pins().is_empty(), "the pins are forgotten");
    assert_eq!(app.overlay(), None);
    // The next visitor starts exactly as a fresh kiosk would.
    app.handle_key(&ch('x'));
    let mut fresh = kiosk(t0);
    fresh.handle_key(&ch('x'));
    assert_eq!(screen(&app), screen(&fresh));
}

#[test]
fn the_attract_loop_shows_a_stage_being_chosen_and_the_next_visitor_starts_clean() {
    let t0 = Instant::now();
    let mut app = kiosk(t0);
    let mut t = t0 + Duration::from_secs(90);
    app.update(Action::Tick(t));
    let mut picked = false;
    let mut chosen = None;
    for _ in 0..200 {
        t += ATTRACT_STEP;
        app.update(Action::Tick(t));
        picked |= app.overlay() == Some(Overlay::Stage);
        if app.overlay().is_none() && app.stage().is_some() {
            chosen = app.stage_id().map(str::to_string);
            assert!(screen(&app).contains("✓ "), "what the stage opens is shown");
            break;
        }
    }
    assert!(picked, "the picker was shown");
    assert!(chosen.is_some(), "a stage was chosen");
    app.handle_key(&ch('j'));
    assert!(!app.attract_running());
    assert_eq!(app.stage(), None, "the first key clears it");
}

#[test]
fn new_content_keeps_the_stage_and_pins_that_still_exist() {
    let mut app = App::new(shipped(), 120, 36);
    choose_stage(&mut app, 3);
    pin_entry_rung(&mut app, 2);
    pin_entry_rung(&mut app, 4);
    let mut changed = shipped();
    changed.specialisms.swap(2, 4);
    changed.specialisms[2].ladder[0].title = "Renamed".into();
    app.replace_catalogue(changed);
    assert_eq!(app.stage_id(), Some("graduate-any"));
    assert_eq!(app.pins().len(), 1, "the renamed rung's pin is gone");
    let pin = app.pins()[0];
    assert_eq!(
        app.catalogue().specialisms[pin.specialism].id,
        "health-records",
        "the other follows its specialism"
    );
    let mut gone = shipped();
    gone.stages.retain(|s| s.id != "graduate-any");
    for r in gone
        .specialisms
        .iter_mut()
        .flat_map(|s| s.ladder.iter_mut())
    {
        r.open_to.retain(|s| s != "graduate-any");
    }
    for r in &mut gone.routes {
        r.stages.retain(|s| s != "graduate-any");
    }
    app.replace_catalogue(gone);
    assert_eq!(
        app.stage(),
        None,
        "a stage no longer in the data is dropped"
    );
}

#[test]
fn open_rungs_are_marked_with_a_character_without_colour() {
    let options = Options {
        theme: ThemeName::NoColor,
        ..Options::default()
    };
    let mut app = App::with_options(shipped(), 100, 30, options, Instant::now());
    choose_stage(&mut app, 3);
    press_all(
        &mut app,
        &[ch('j'), ch('j'), key(KeyCode::Tab), key(KeyCode::Tab)],
    );
    let terminal = render(&app);
    let buffer = terminal.backend().buffer();
    let ladder = hi_tui::layout::inner(app.panes().expect("panes").ladder);
    let marks = (ladder.y..ladder.bottom())
        .flat_map(|y| (ladder.x..ladder.right()).map(move |x| (x, y)))
        .filter(|&(x, y)| buffer[(x, y)].symbol() == "✓")
        .count();
    assert_eq!(marks, 1, "the health records assistant rung");
    assert!(
        buffer
            .content()
            .iter()
            .all(|c| c.fg == Color::Reset && c.bg == Color::Reset)
    );
}

#[test]
fn exports_include_the_stages_and_who_each_rung_is_open_to() {
    let catalogue = shipped();
    let markdown = hi_tui::export::to_markdown(&catalogue);
    for stage in &catalogue.stages {
        assert!(markdown.contains(&stage.label), "{}", stage.label);
    }
    assert!(markdown.contains("Open now to"));
    let json: serde_json::Value =
        serde_json::from_str(&hi_tui::export::to_json(&catalogue)).expect("JSON");
    assert_eq!(
        json["stages"].as_array().map(Vec::len),
        Some(catalogue.stages.len())
    );
    let rung = &json["specialisms"][2]["ladder"][0];
    assert_eq!(
        rung["open_to"],
        serde_json::json!(catalogue.specialisms[2].ladder[0].open_to)
    );
}

/// Issue 21, family 7: with no stages in the data, nothing offers choosing one: not the
/// footer (in any mode reachable from browsing), not help, and `w` opens nothing.
#[test]
fn without_stages_nothing_offers_a_stage() {
    let mut catalogue = shipped();
    catalogue.stages.clear();
    for r in &mut catalogue.routes {
        r.stages.clear();
    }
    for s in &mut catalogue.specialisms {
        for rung in &mut s.ladder {
            rung.open_to.clear();
        }
    }
    for (w, h) in [(100, 30), (60, 20), (200, 40)] {
        for opening in ["", "w", "f", "?", "i", "s", "/"] {
            let mut app = App::new(catalogue.clone(), w, h);
            press_all(&mut app, &keys_of(&opening.chars().collect::<Vec<_>>()));
            let shown = screen(&app);
            let footer = shown.lines().last().unwrap_or_default();
            assert!(
                !footer.contains("w stage"),
                "{w}x{h} after {opening:?}: {footer}"
            );
            assert!(
                !footer.contains("1-9 choose"),
                "{w}x{h} after {opening:?}: {footer}"
            );
            if opening == "w" {
                assert_eq!(app.overlay(), None, "w opened something");
            }
            if opening == "?" {
                let mut help = String::new();
                for _ in 0..20 {
                    help.push_str(&screen(&app));
                    app.handle_key(&key(crossterm::event::KeyCode::PageDown));
                }
                assert!(!help.contains("Where are you now?"), "{help}");
                assert!(!help.contains("stage picker"), "{help}");
            }
        }
    }
    // With stages, the same footer offers it.
    let app = App::new(shipped(), 200, 40);
    let shown = screen(&app);
    let footer = shown.lines().last().unwrap_or_default();
    assert!(footer.contains("w stage"), "{footer}");
}
