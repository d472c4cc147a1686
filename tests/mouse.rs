//! The mouse, overlay by overlay and in the narrow (tabbed) layout: what a click or a
//! wheel notch does is said in words here, not left to the snapshots.

mod common;

use common::*;
use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use hi_tui::app::{App, Options, Overlay, Pane};
use hi_tui::layout;
use std::time::Instant;

fn wheel_down() -> MouseEvent {
    mouse(MouseEventKind::ScrollDown, 10, 10)
}

fn wheel_up() -> MouseEvent {
    mouse(MouseEventKind::ScrollUp, 10, 10)
}

fn browsing(width: u16, height: u16) -> App {
    App::new(shipped(), width, height)
}

#[test]
fn only_a_click_leaves_the_welcome_screen() {
    let options = Options {
        welcome: true,
        ..Options::default()
    };
    let mut app = App::with_options(shipped(), 100, 30, options, Instant::now());
    assert!(app.showing_welcome());
    for kind in [
        MouseEventKind::ScrollDown,
        MouseEventKind::Moved,
        MouseEventKind::Down(MouseButton::Right),
        MouseEventKind::Up(MouseButton::Left),
    ] {
        app.handle_mouse(&mouse(kind, 5, 5));
        assert!(app.showing_welcome(), "{kind:?} left the welcome screen");
    }
    app.handle_mouse(&click(5, 5));
    assert!(!app.showing_welcome(), "a left click did not leave it");
}

#[test]
fn only_a_left_click_selects_in_the_list() {
    let mut app = browsing(120, 36);
    let list = layout::inner(app.panes().expect("panes").specialisms);
    let second_row = list.y + 1;
    for kind in [
        MouseEventKind::Down(MouseButton::Right),
        MouseEventKind::Up(MouseButton::Left),
        MouseEventKind::Moved,
    ] {
        app.handle_mouse(&mouse(kind, list.x + 2, second_row));
        assert_eq!(app.specialism_index(), 0, "{kind:?} selected a row");
    }
    app.handle_mouse(&click(list.x + 2, second_row));
    assert_eq!(
        app.specialism_index(),
        1,
        "a left click selects the row under it"
    );
}

#[test]
fn the_wheel_scrolls_the_working_in_the_nhs_page_both_ways() {
    let mut app = browsing(80, 24);
    app.handle_key(&ch('i'));
    assert_eq!(app.overlay(), Some(Overlay::Working));
    app.handle_mouse(&wheel_down());
    assert_eq!(app.working_scroll(), 3, "one notch is three lines");
    app.handle_mouse(&wheel_down());
    assert_eq!(app.working_scroll(), 6);
    app.handle_mouse(&wheel_up());
    assert_eq!(app.working_scroll(), 3, "up goes back up");
    assert_eq!(app.specialism_index(), 0, "the list underneath stays put");
}

#[test]
fn the_wheel_moves_the_stage_pickers_highlight() {
    let mut app = browsing(100, 30);
    app.handle_key(&ch('w'));
    assert_eq!(app.overlay(), Some(Overlay::Stage));
    let start = app.stage_cursor();
    app.handle_mouse(&wheel_down());
    assert_eq!(
        app.stage_cursor(),
        start + 1,
        "down moves the highlight down"
    );
    app.handle_mouse(&wheel_down());
    app.handle_mouse(&wheel_up());
    assert_eq!(app.stage_cursor(), start + 1, "up moves it back");
    assert_eq!(
        app.stage(),
        None,
        "the wheel only moves, it does not choose"
    );
}

#[test]
fn the_wheel_scrolls_the_compare_view_both_ways() {
    let mut app = browsing(80, 24);
    for k in ['c', 'j', 'c', 'j', 'c'] {
        app.handle_key(&ch(k));
    }
    assert_eq!(app.pins().len(), 3);
    app.handle_key(&ch('C'));
    assert_eq!(app.overlay(), Some(Overlay::Compare));
    app.handle_mouse(&wheel_down());
    assert_eq!(app.compare_state().scroll, 3, "one notch is three lines");
    app.handle_mouse(&wheel_down());
    app.handle_mouse(&wheel_up());
    assert_eq!(app.compare_state().scroll, 3, "up goes back up");
}

#[test]
fn in_the_tabbed_layout_clicks_and_the_wheel_act_on_the_pane_shown() {
    let mut app = browsing(60, 20);
    let panes = app.panes().expect("tabbed layout");
    assert_eq!(app.focus(), Pane::Specialisms);
    let list = layout::inner(panes.detail);

    app.handle_mouse(&mouse(MouseEventKind::ScrollDown, list.x + 2, list.y));
    assert_eq!(app.specialism_index(), 1, "wheel down moves down the list");
    app.handle_mouse(&mouse(MouseEventKind::ScrollUp, list.x + 2, list.y));
    assert_eq!(app.specialism_index(), 0, "wheel up moves back up");

    app.handle_mouse(&click(list.x + 2, list.y + 2));
    assert_eq!(
        app.specialism_index(),
        2,
        "a click selects the row under it"
    );

    // A wheel notch outside the pane (on the tab bar) does nothing.
    let tab = layout::tab_segments(panes.tabs)[0];
    app.handle_mouse(&mouse(MouseEventKind::ScrollDown, tab.x, tab.y));
    assert_eq!(app.specialism_index(), 2);

    let ladder_tab = layout::tab_segments(panes.tabs)[2];
    app.handle_mouse(&click(ladder_tab.x + 1, ladder_tab.y));
    assert_eq!(
        app.focus(),
        Pane::Ladder,
        "a click on a tab shows that pane"
    );
}

#[test]
fn a_click_in_a_scrolled_stage_picker_chooses_the_stage_drawn_there() {
    // Twelve more stages than the shipped seven: taller than a 60x20 window.
    let mut catalogue = shipped();
    for n in 1..=12 {
        let mut extra = catalogue.stages[0].clone();
        extra.id = format!("extra-{n}");
        extra.label = format!("Extra stage {n}");
        catalogue.stages.push(extra);
    }
    let mut app = App::new(catalogue, 60, 20);
    app.handle_key(&ch('w'));
    app.handle_key(&ch('G'));
    app.handle_key(&ch('k'));
    let drawn = screen(&app);
    assert!(
        !drawn.contains("At school or college"),
        "the picker is scrolled, so its first stage is out of view:\n{drawn}"
    );
    let label = "Extra stage 11";
    let (row, line) = drawn
        .lines()
        .enumerate()
        .find(|(_, line)| line.contains(label))
        .expect("the stage above the last is in view");
    let column = line[..line.find(label).expect("found")].chars().count() + 2;
    app.handle_mouse(&click(
        u16::try_from(column).expect("fits"),
        u16::try_from(row).expect("fits"),
    ));
    assert_eq!(app.overlay(), None, "a click on a stage chooses it");
    assert_eq!(app.stage_id(), Some("extra-11"));
}
