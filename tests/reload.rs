//! Swapping content in a running app (`--watch`): the user's place is kept, and a failed
//! reload keeps the last good content and says why in the footer.

mod common;

use common::*;
use hi_tui::action::Action;
use hi_tui::app::{App, Overlay, Pane};
use hi_tui::data::{self, Catalogue, Rung};

/// The app on beta's "Beta lead" rung, with the ladder focused.
fn on_beta_lead() -> App {
    let mut app = App::new(small(), 120, 36);
    app.update(Action::Down);
    app.update(Action::PaneRight);
    app.update(Action::PaneRight);
    app.update(Action::Up);
    assert_eq!(
        (app.specialism().id.as_str(), app.rung().title.as_str()),
        ("beta", "Beta lead")
    );
    assert_eq!(app.focus(), Pane::Ladder);
    app
}

fn rung(title: &str, band: &str) -> Rung {
    let mut rung = small().specialisms[1].ladder[0].clone();
    rung.title = title.into();
    rung.bands = vec![band.into()];
    rung
}

fn broken_load() -> Result<Catalogue, data::LoadError> {
    let text = SMALL.replacen("bands: [\"5\"]", "bands: [\"10\"]", 1);
    data::load_str(&text, "careers.ron")
}

#[test]
fn the_specialism_is_found_by_id_when_the_list_is_reordered() {
    let mut app = on_beta_lead();
    let mut content = small();
    content.specialisms.reverse();
    assert!(app.replace_catalogue(content));
    assert_eq!(app.specialism_index(), 0);
    assert_eq!(app.specialism().id, "beta");
    assert_eq!(app.rung().title, "Beta lead");
    assert_eq!(app.focus(), Pane::Ladder);
}

#[test]
fn the_rung_is_found_by_title_when_rungs_are_added_below_it() {
    let mut app = on_beta_lead();
    let mut content = small();
    content.specialisms[1]
        .ladder
        .insert(1, rung("Beta officer", "5"));
    assert!(app.replace_catalogue(content));
    assert_eq!(app.rung_index(), 2);
    assert_eq!(app.rung().title, "Beta lead");
}

#[test]
fn a_removed_specialism_clamps_to_the_nearest_one() {
    let mut app = on_beta_lead();
    let mut content = small();
    content.specialisms.truncate(1);
    assert!(app.replace_catalogue(content));
    assert_eq!(app.specialism_index(), 0);
    assert_eq!(app.specialism().id, "alpha");
    // "Beta lead" is not on alpha's ladder: the rung index is kept, within the ladder.
    assert_eq!(app.rung_index(), 1);
}

#[test]
fn a_renamed_rung_clamps_to_the_ladder() {
    let mut app = on_beta_lead();
    let mut content = small();
    content.specialisms[1].ladder = vec![rung("Beta starter", "3")];
    assert!(app.replace_catalogue(content));
    assert_eq!(app.specialism().id, "beta");
    assert_eq!(app.rung_index(), 0);
    assert_eq!(app.rung().title, "Beta starter");
}

#[test]
fn identical_content_changes_nothing_so_nothing_is_redrawn() {
    let mut app = on_beta_lead();
    assert!(!app.replace_catalogue(small()));
    assert!(!app.apply_reload(Ok(small())));
    // The same calls do report a real change, so the two above were not just saying no.
    let mut changed = small();
    changed.specialisms[1].ladder[1].involves = "Leading the beta team.".into();
    assert!(
        app.apply_reload(Ok(changed)),
        "a changed file after identical ones redraws"
    );
}

#[test]
fn changed_text_is_shown_in_place() {
    let mut app = on_beta_lead();
    let mut content = small();
    content.specialisms[1].ladder[1].involves = "Leading the beta team.".into();
    assert!(app.replace_catalogue(content));
    assert_eq!(app.rung_index(), 1);
    assert!(screen(&app).contains("Leading the beta team."));
}

#[test]
fn the_detail_scroll_stays_within_shorter_text() {
    let mut content = small();
    content.specialisms[0].about = "A long paragraph. ".repeat(200);
    let mut app = App::new(content, 80, 24);
    app.update(Action::NextPane);
    app.update(Action::Bottom);
    let scrolled = app.detail_scroll();
    assert!(scrolled > 0);
    assert!(app.replace_catalogue(small()));
    assert!(app.detail_scroll() < scrolled);
    // Scrolled to the end of the short text, nothing past it.
    assert!(!app.update(Action::Down));
}

#[test]
fn the_detail_keeps_its_scroll_only_while_it_shows_the_same_rung() {
    let mut long = small();
    long.specialisms[0].about = "A long paragraph. ".repeat(200);
    let mut app = App::new(long.clone(), 80, 24);
    app.update(Action::NextPane);
    for _ in 0..3 {
        app.update(Action::Down);
    }
    assert_eq!(app.detail_scroll(), 3);

    let mut elsewhere = long.clone();
    elsewhere.specialisms[1].name = "Beta, renamed".into();
    assert!(app.replace_catalogue(elsewhere.clone()));
    assert_eq!(
        app.detail_scroll(),
        3,
        "a change elsewhere keeps the reader's place"
    );

    let mut renamed_rung = elsewhere;
    renamed_rung.specialisms[0].ladder[0].title = "Alpha trainee".into();
    assert!(app.replace_catalogue(renamed_rung));
    assert_eq!(app.specialism().id, "alpha");
    assert_eq!(
        app.detail_scroll(),
        0,
        "the selected rung is another one now: its detail starts at the top"
    );
}

#[test]
fn a_broken_save_keeps_the_content_and_shows_why() {
    let mut app = on_beta_lead();
    let before = app.catalogue().clone();
    assert!(app.apply_reload(broken_load()));
    assert_eq!(app.catalogue(), &before);
    assert_eq!(app.rung().title, "Beta lead");
    let status = app.status().expect("a status message");
    assert!(
        status.starts_with("careers.ron:37:54: band \"10\" is not in the pay table"),
        "{status}"
    );
    assert!(
        status.ends_with("— showing the last good version"),
        "{status}"
    );
    assert!(
        !status.contains("more"),
        "there is only one problem: {status}"
    );
    // The same failure again changes nothing on screen.
    assert!(!app.apply_reload(broken_load()));
}

#[test]
fn a_broken_save_with_several_problems_says_how_to_see_them_all() {
    let mut app = on_beta_lead();
    let text = SMALL
        .replacen("bands: [\"5\"]", "bands: [\"10\"]", 1)
        .replacen("tools: [\"SQL\"]", "tools: []", 1);
    app.apply_reload(data::load_str(&text, "careers.ron"));
    let status = app.status().expect("a status message");
    assert!(
        status.contains("(and 1 more: run `hi-tui check careers.ron`)"),
        "{status}"
    );
}

#[test]
fn fixing_the_file_clears_the_status_and_shows_the_new_content() {
    let mut app = on_beta_lead();
    app.apply_reload(broken_load());
    let mut fixed = small();
    fixed.title = "Fixed careers".into();
    assert!(app.apply_reload(Ok(fixed)));
    assert_eq!(app.status(), None);
    assert_eq!(app.catalogue().title, "Fixed careers");
}

#[test]
fn the_status_replaces_the_key_hints_in_the_footer() {
    let mut app = on_beta_lead();
    let footer = |app: &App| screen(app).lines().last().unwrap_or_default().to_string();
    assert!(footer(&app).contains("help"), "{}", footer(&app));
    app.apply_reload(broken_load());
    let with_status = footer(&app);
    assert!(
        with_status.starts_with(" ⚠ careers.ron:37:54: band \"10\""),
        "{with_status}"
    );
    assert!(!with_status.contains("help"), "{with_status}");
    app.apply_reload(Ok(small()));
    assert!(footer(&app).contains("help"));
}

#[test]
fn a_status_from_a_hostile_file_carries_no_control_characters() {
    let mut app = on_beta_lead();
    // In RON source a backslash is written twice; the loaded title holds ESC ] 8 ... ESC \.
    let text = SMALL.replacen(
        "Test careers",
        "Test \u{1b}]8;;https://x\u{1b}\\\\careers",
        1,
    );
    app.apply_reload(data::load_str(&text, "evil\u{7}.ron"));
    let status = app.status().expect("a status message");
    assert!(!status.contains(data::is_forbidden_char), "{status:?}");
    assert!(
        // At the ESC itself, not the start of the field.
        status.starts_with("evil\\u{7}.ron:3:18: `title` contains ESC"),
        "{status}"
    );
}

#[test]
fn a_reload_reports_whether_the_status_changed() {
    let mut app = App::new(small(), 120, 36);
    assert!(app.apply_reload(broken_load()), "a new status line");
    assert!(!app.apply_reload(broken_load()), "the same status line");
    assert!(app.status().is_some());
    assert!(app.apply_reload(Ok(small())), "the status line goes");
    assert_eq!(app.status(), None);
    assert!(!app.apply_reload(Ok(small())), "nothing changes");
}

#[test]
fn new_content_closes_the_compare_view_only_when_no_pin_survives() {
    let mut app = App::new(small(), 120, 36);
    app.handle_key(&ch('?'));
    let mut changed = small();
    changed.title = "Another title".into();
    assert!(app.replace_catalogue(changed.clone()));
    assert_eq!(
        app.overlay(),
        Some(Overlay::Help),
        "help stays open over new content"
    );
    app.handle_key(&key(crossterm::event::KeyCode::Esc));

    app.handle_key(&ch('c'));
    app.handle_key(&ch('C'));
    assert_eq!(app.overlay(), Some(Overlay::Compare));
    let mut renamed = changed.clone();
    renamed.specialisms[0].name = "Alpha, renamed".into();
    assert!(app.replace_catalogue(renamed));
    assert_eq!(app.pins().len(), 1, "the pinned rung is still there");
    assert_eq!(app.overlay(), Some(Overlay::Compare));
    let mut gone = changed;
    gone.specialisms[0].ladder[0].title = "Alpha trainee".into();
    assert!(app.replace_catalogue(gone));
    assert!(app.pins().is_empty());
    assert_eq!(app.overlay(), None, "nothing left to compare");
}
