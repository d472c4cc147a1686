//! The help and Working in the NHS pages: every scrolling key moves the page the way it
//! says, never past either end.

mod common;

use common::*;
use crossterm::event::KeyCode;
use hi_tui::action::Action;
use hi_tui::app::{App, Overlay};

/// Opens a page at 80x24 (where both are longer than the window) and returns the app,
/// and a function reading the page's scroll.
fn open(page: char) -> (App, fn(&App) -> usize) {
    let mut app = App::new(shipped(), 80, 24);
    app.handle_key(&ch(page));
    match page {
        '?' => {
            assert_eq!(app.overlay(), Some(Overlay::Help));
            (app, App::help_scroll)
        }
        _ => {
            assert_eq!(app.overlay(), Some(Overlay::Working));
            (app, App::working_scroll)
        }
    }
}

#[test]
fn line_keys_move_one_line_each_way_and_stop_at_the_top() {
    for page in ['?', 'i'] {
        let (mut app, scroll) = open(page);
        app.handle_key(&key(KeyCode::Up));
        assert_eq!(scroll(&app), 0, "{page}: up at the top stays at the top");
        app.handle_key(&key(KeyCode::Down));
        app.handle_key(&ch('j'));
        assert_eq!(scroll(&app), 2, "{page}: down moves one line at a time");
        app.handle_key(&ch('k'));
        assert_eq!(scroll(&app), 1, "{page}: up moves back one line");
        assert_eq!(
            app.specialism_index(),
            0,
            "{page}: the list underneath stays put"
        );
    }
}

#[test]
fn page_keys_move_a_window_less_one_line_each_way() {
    for page in ['?', 'i'] {
        let (mut app, scroll) = open(page);
        app.handle_key(&key(KeyCode::PageDown));
        let one_page = scroll(&app);
        assert!(
            one_page > 5,
            "{page}: a page at 80x24 is many lines, got {one_page}"
        );
        app.handle_key(&key(KeyCode::PageDown));
        assert_eq!(scroll(&app), 2 * one_page, "{page}: and another");
        app.handle_key(&key(KeyCode::PageUp));
        assert_eq!(scroll(&app), one_page, "{page}: page up goes back a page");
        app.handle_key(&key(KeyCode::PageUp));
        app.handle_key(&key(KeyCode::PageUp));
        assert_eq!(scroll(&app), 0, "{page}: and stops at the top");
    }
}

#[test]
fn end_and_home_jump_to_the_last_screen_and_back() {
    for page in ['?', 'i'] {
        let (mut app, scroll) = open(page);
        app.handle_key(&key(KeyCode::End));
        let last = scroll(&app);
        assert!(last > 0, "{page}: End moves");
        app.handle_key(&ch('j'));
        app.handle_key(&key(KeyCode::PageDown));
        assert_eq!(scroll(&app), last, "{page}: nothing scrolls past the end");
        app.handle_key(&ch('k'));
        assert_eq!(scroll(&app), last - 1);
        app.handle_key(&key(KeyCode::Home));
        assert_eq!(scroll(&app), 0, "{page}: Home goes back to the top");
    }
}

#[test]
fn the_working_page_also_takes_space_g_and_capital_g() {
    let (mut app, scroll) = open('i');
    app.handle_key(&key(KeyCode::PageDown));
    let one_page = scroll(&app);
    app.handle_key(&ch(' '));
    assert_eq!(scroll(&app), 2 * one_page, "space is page down");
    app.handle_key(&key(KeyCode::End));
    let last = scroll(&app);
    app.handle_key(&ch('g'));
    assert_eq!(scroll(&app), 0, "g is Home");
    app.handle_key(&ch('G'));
    assert_eq!(scroll(&app), last, "G is End");
}

#[test]
fn the_key_that_opened_a_page_closes_it() {
    for page in ['?', 'i'] {
        let (mut app, _) = open(page);
        app.handle_key(&ch('j'));
        app.handle_key(&ch(page));
        assert_eq!(app.overlay(), None, "{page} again closes the page");
        app.handle_key(&ch(page));
        let (_, scroll) = open(page);
        assert_eq!(scroll(&app), 0, "{page} opens at the top again");
    }
}

/// Scrolls to the end at 80x24, makes the window taller, and checks the scroll moved back
/// to the new end (where End would put it), not left past it.
fn stays_at_the_end_after_growing(mut app: App, scroll: fn(&App) -> usize, what: &str) {
    app.handle_key(&key(KeyCode::End));
    let at_80x24 = scroll(&app);
    assert!(at_80x24 > 0, "{what}: scrolls at 80x24");
    app.update(Action::Resize(100, 40));
    let after = scroll(&app);
    app.handle_key(&key(KeyCode::End));
    assert_eq!(
        after,
        scroll(&app),
        "{what}: the scroll is past the end after growing"
    );
    assert!(
        after < at_80x24,
        "{what}: a taller window has less to scroll"
    );
}

#[test]
fn growing_the_window_brings_every_scrolled_page_back_to_its_end() {
    for page in ['?', 'i'] {
        let (app, scroll) = open(page);
        stays_at_the_end_after_growing(app, scroll, &format!("page {page}"));
    }
    let mut app = App::new(shipped(), 80, 24);
    for k in ['c', 'j', 'c', 'j', 'c', 'C'] {
        app.handle_key(&ch(k));
    }
    assert_eq!(app.overlay(), Some(Overlay::Compare));
    stays_at_the_end_after_growing(app, |app| app.compare_state().scroll, "compare");
}

/// Issue 21, family 7: a file with no Working in the NHS topics still shows the pay year
/// and the pay note on that page.
#[test]
fn without_topics_the_working_page_keeps_the_pay_note() {
    let mut catalogue = small();
    catalogue.working.clear();
    catalogue.pay.note = Some("An award of 3.6% is agreed but not yet in the table.".into());
    let mut app = App::new(catalogue, 100, 30);
    app.handle_key(&ch('i'));
    assert_eq!(app.overlay(), Some(Overlay::Working));
    let shown = screen(&app);
    assert!(shown.contains("An award of 3.6% is agreed"), "{shown}");
    assert!(
        shown.contains("Pay figures in hi-tui are Agenda for Change"),
        "{shown}"
    );
}
