//! The compare view's keys, said in words: scrolling every way, never past either end,
//! unpinning a column, and which keys the footer offers.

mod common;

use common::*;
use crossterm::event::KeyCode;
use hi_tui::action::Action;
use hi_tui::app::{App, Overlay};

/// The compare view at 80x24 with three rungs pinned, where the columns are taller than
/// the window.
fn comparing_three() -> App {
    let mut app = App::new(shipped(), 80, 24);
    for k in ['c', 'j', 'c', 'j', 'c', 'C'] {
        app.handle_key(&ch(k));
    }
    assert_eq!(app.overlay(), Some(Overlay::Compare));
    assert_eq!(app.pins().len(), 3);
    app
}

fn scroll(app: &App) -> usize {
    app.compare_state().scroll
}

#[test]
fn line_keys_scroll_one_line_each_way_and_stop_at_the_top() {
    let mut app = comparing_three();
    app.handle_key(&ch('k'));
    assert_eq!(scroll(&app), 0, "up at the top stays at the top");
    app.handle_key(&ch('j'));
    app.handle_key(&key(KeyCode::Down));
    assert_eq!(scroll(&app), 2, "down moves one line at a time");
    app.handle_key(&key(KeyCode::Up));
    assert_eq!(scroll(&app), 1, "up moves back one line");
}

#[test]
fn page_keys_home_and_end_move_by_a_window_and_to_either_end() {
    let mut app = comparing_three();
    app.handle_key(&key(KeyCode::End));
    let last = scroll(&app);
    app.handle_key(&ch('j'));
    assert_eq!(scroll(&app), last, "nothing scrolls past the end");
    app.handle_key(&key(KeyCode::Home));
    assert_eq!(scroll(&app), 0, "Home goes back to the top");
    app.handle_key(&ch('G'));
    assert_eq!(scroll(&app), last, "G is End");
    app.handle_key(&ch('g'));
    assert_eq!(scroll(&app), 0, "g is Home");

    app.handle_key(&key(KeyCode::PageDown));
    let one_page = scroll(&app);
    assert!(
        one_page > 5 && one_page < last,
        "a page at 80x24 is many lines but not all {last}: {one_page}"
    );
    app.handle_key(&ch(' '));
    let two_pages = (2 * one_page).min(last);
    assert_eq!(scroll(&app), two_pages, "space is another page");
    app.handle_key(&key(KeyCode::PageUp));
    assert_eq!(
        scroll(&app),
        two_pages - one_page,
        "page up goes back a page"
    );
}

#[test]
fn c_unpins_the_selected_column_and_the_last_unpin_closes_the_view() {
    let mut app = comparing_three();
    let pins = app.pins().to_vec();
    app.handle_key(&key(KeyCode::Left));
    app.handle_key(&key(KeyCode::Left));
    app.handle_key(&key(KeyCode::Left));
    assert_eq!(
        app.compare_state().column,
        0,
        "left stops at the first column"
    );
    app.handle_key(&key(KeyCode::Right));
    assert_eq!(app.compare_state().column, 1);
    app.handle_key(&ch('c'));
    assert_eq!(app.pins(), [pins[0], pins[2]], "the middle pin is gone");
    assert_eq!(app.overlay(), Some(Overlay::Compare));
    app.handle_key(&ch('c'));
    app.handle_key(&ch('c'));
    assert!(app.pins().is_empty());
    assert_eq!(app.overlay(), None, "nothing left to compare");
}

#[test]
fn moving_between_columns_is_offered_only_with_two_to_move_between() {
    let mut app = App::new(shipped(), 100, 30);
    assert!(
        app.offers(&Action::PaneRight),
        "browsing moves between panes"
    );
    assert!(!app.offers(&Action::Compare), "nothing pinned to compare");
    app.handle_key(&ch('c'));
    assert!(app.offers(&Action::Compare));
    app.handle_key(&ch('C'));
    assert_eq!(app.overlay(), Some(Overlay::Compare));
    assert!(
        !app.offers(&Action::PaneRight),
        "one column: nowhere to move"
    );
    assert!(!app.offers(&Action::PaneLeft));
    app.handle_key(&key(KeyCode::Esc));
    app.handle_key(&ch('j'));
    app.handle_key(&ch('c'));
    app.handle_key(&ch('C'));
    assert!(app.offers(&Action::PaneRight), "two columns");
    assert!(app.offers(&Action::PaneLeft));
}
