//! Navigation and focus, driven through key events and actions, no terminal needed.

mod common;

use common::*;
use crossterm::event::{KeyCode, KeyEventKind};
use hi_tui::action::Action;
use hi_tui::app::{App, Overlay, Pane};
use hi_tui::layout::{Arrangement, Rect};

fn app() -> App {
    App::new(small(), 120, 36)
}

#[test]
fn starts_on_the_first_specialism_with_the_list_focused() {
    let app = app();
    assert_eq!(app.specialism_index(), 0);
    assert_eq!(app.rung_index(), 0);
    assert_eq!(app.focus(), Pane::Specialisms);
    assert_eq!(app.overlay(), None);
    assert!(app.is_running());
}

#[test]
fn j_and_down_move_through_the_list_and_stop_at_the_end() {
    let mut app = app();
    assert!(app.handle_key(&ch('j')));
    assert_eq!(app.specialism().id, "beta");
    assert!(
        !app.handle_key(&key(KeyCode::Down)),
        "no change past the end"
    );
    assert_eq!(app.specialism_index(), 1);
    assert!(app.handle_key(&ch('k')));
    assert!(!app.handle_key(&key(KeyCode::Up)));
    assert_eq!(app.specialism_index(), 0);
}

#[test]
fn home_and_end_jump() {
    let mut app = app();
    app.handle_key(&ch('G'));
    assert_eq!(app.specialism_index(), 1);
    app.handle_key(&key(KeyCode::Home));
    assert_eq!(app.specialism_index(), 0);
    app.handle_key(&key(KeyCode::End));
    assert_eq!(app.specialism_index(), 1);
    app.handle_key(&ch('g'));
    assert_eq!(app.specialism_index(), 0);
}

#[test]
fn changing_specialism_resets_the_rung() {
    let mut app = app();
    app.update(Action::NextPane);
    app.update(Action::NextPane);
    app.update(Action::Up);
    assert_eq!(app.rung_index(), 1);
    app.update(Action::PrevPane);
    app.update(Action::PrevPane);
    app.update(Action::Down);
    assert_eq!(app.specialism().id, "beta");
    assert_eq!(app.rung_index(), 0);
}

#[test]
fn tab_cycles_focus_and_wraps_shift_tab_goes_back() {
    let mut app = app();
    let mut seen = vec![app.focus()];
    for _ in 0..3 {
        app.handle_key(&key(KeyCode::Tab));
        seen.push(app.focus());
    }
    assert_eq!(
        seen,
        [
            Pane::Specialisms,
            Pane::Detail,
            Pane::Ladder,
            Pane::Specialisms
        ]
    );
    app.handle_key(&key(KeyCode::BackTab));
    assert_eq!(app.focus(), Pane::Ladder);
}

#[test]
fn arrows_and_hl_move_focus_without_wrapping() {
    let mut app = app();
    assert!(!app.handle_key(&key(KeyCode::Left)), "already leftmost");
    app.handle_key(&ch('l'));
    assert_eq!(app.focus(), Pane::Detail);
    app.handle_key(&key(KeyCode::Right));
    assert_eq!(app.focus(), Pane::Ladder);
    assert!(!app.handle_key(&ch('l')), "already rightmost");
    app.handle_key(&ch('h'));
    assert_eq!(app.focus(), Pane::Detail);
}

/// At 100x30 the list and the ladder stand side by side on top, the detail below: `→`
/// from the list goes to the ladder drawn to its right, not to the detail underneath.
#[test]
fn right_from_the_list_goes_to_the_ladder_beside_it_when_the_detail_is_below() {
    let mut app = App::new(shipped(), 100, 30);
    assert_eq!(app.panes().map(|p| p.arrangement), Some(Arrangement::Rows));
    app.handle_key(&key(KeyCode::Right));
    assert_eq!(app.focus(), Pane::Ladder);
    app.handle_key(&ch('h'));
    assert_eq!(app.focus(), Pane::Specialisms);
}

/// Every layout × every pane × every left/right key: where focus goes.
#[test]
fn left_and_right_go_to_the_pane_drawn_on_that_side_in_every_layout() {
    use Pane::{Detail as D, Ladder as L, Specialisms as S};
    // (size, arrangement, [(from, after left, after right)])
    let table = [
        // Specialisms | detail | ladder.
        (
            (120, 36),
            Arrangement::Columns,
            [(S, S, D), (D, S, L), (L, D, L)],
        ),
        // Specialisms and ladder on top, the detail across the bottom: from the detail,
        // left is the list above its left part and right the ladder above its right.
        (
            (100, 30),
            Arrangement::Rows,
            [(S, S, L), (D, S, L), (L, S, L)],
        ),
        // One pane at a time, tabs in the order specialisms, detail, ladder.
        (
            (60, 20),
            Arrangement::Tabs,
            [(S, S, D), (D, S, L), (L, D, L)],
        ),
    ];
    let lefts = [key(KeyCode::Left), ch('h')];
    let rights = [key(KeyCode::Right), ch('l')];
    for ((w, h), arrangement, rows) in table {
        for (from, left, right) in rows {
            for (keys, expected) in [(&lefts, left), (&rights, right)] {
                for k in keys {
                    let mut app = App::new(shipped(), w, h);
                    assert_eq!(app.panes().map(|p| p.arrangement), Some(arrangement));
                    while app.focus() != from {
                        app.handle_key(&key(KeyCode::Tab));
                    }
                    let moved = app.handle_key(k);
                    assert_eq!(
                        app.focus(),
                        expected,
                        "{w}x{h} {arrangement:?}: {:?} from {from:?}",
                        k.code
                    );
                    assert_eq!(moved, expected != from, "redraw only when focus moved");
                }
            }
        }
    }
}

/// At any size that draws the panes, a left or right key moves focus only to a pane
/// (or, in the tabbed layout, a tab) whose middle is on that side of the focused one's,
/// and to the nearest one sharing its rows when there is one.
#[test]
fn at_every_size_left_and_right_follow_the_drawing() {
    for w in (60..=200).step_by(7) {
        for h in (20..=50).step_by(5) {
            for from in Pane::ALL {
                for (action, sign) in [(Action::PaneLeft, -1i32), (Action::PaneRight, 1)] {
                    let mut app = App::new(small(), w, h);
                    while app.focus() != from {
                        app.update(Action::NextPane);
                    }
                    app.update(action.clone());
                    let to = app.focus();
                    let panes = app.panes().expect("big enough");
                    let rect = |pane: Pane| match panes.arrangement {
                        Arrangement::Tabs => {
                            hi_tui::layout::tab_segments(panes.tabs)[pane_index(pane)]
                        }
                        _ => match pane {
                            Pane::Specialisms => panes.specialisms,
                            Pane::Detail => panes.detail,
                            Pane::Ladder => panes.ladder,
                        },
                    };
                    let middle = |pane: Pane| {
                        let r = rect(pane);
                        i32::from(r.x) * 2 + i32::from(r.width)
                    };
                    let shares_rows = |a: Rect, b: Rect| a.y < b.bottom() && b.y < a.bottom();
                    let on_side = |pane: Pane| (middle(pane) - middle(from)) * sign > 0;
                    let case = format!("{w}x{h}: {action:?} from {from:?} went to {to:?}");
                    if to != from {
                        assert!(on_side(to), "{case}: not on that side");
                    }
                    let beside: Vec<Pane> = Pane::ALL
                        .into_iter()
                        .filter(|&p| on_side(p) && shares_rows(rect(p), rect(from)))
                        .collect();
                    let nearest = beside
                        .iter()
                        .min_by_key(|&&p| (middle(p) - middle(from)).abs())
                        .copied();
                    match nearest {
                        Some(nearest) => assert_eq!(to, nearest, "{case}"),
                        None => assert!(to == from || !shares_rows(rect(to), rect(from)), "{case}"),
                    }
                    if Pane::ALL.iter().all(|&p| !on_side(p)) {
                        assert_eq!(to, from, "{case}: nothing on that side");
                    } else {
                        assert_ne!(to, from, "{case}: a pane on that side was not reached");
                    }
                }
            }
        }
    }
}

fn pane_index(pane: Pane) -> usize {
    Pane::ALL.iter().position(|&p| p == pane).unwrap_or(0)
}

#[test]
fn up_in_the_ladder_climbs_towards_the_senior_rung() {
    let mut app = app();
    app.update(Action::PaneRight);
    app.update(Action::PaneRight);
    assert_eq!(app.rung().title, "Alpha assistant");
    app.handle_key(&ch('k'));
    assert_eq!(app.rung().title, "Alpha officer");
    app.handle_key(&ch('g'));
    assert_eq!(
        app.rung().title,
        "Head of alpha",
        "top of the ladder is the top of the screen"
    );
    app.handle_key(&ch('j'));
    assert_eq!(app.rung_index(), 1);
    app.handle_key(&key(KeyCode::End));
    assert_eq!(app.rung_index(), 0);
}

#[test]
fn detail_shows_the_rung_only_while_the_ladder_has_focus() {
    let mut app = app();
    assert!(!app.detail_shows_rung());
    app.update(Action::PaneRight);
    assert!(!app.detail_shows_rung());
    app.update(Action::PaneRight);
    assert!(app.detail_shows_rung());
    let screen = screen(&app);
    assert!(screen.contains("Reaching the next rung"), "{screen}");
}

#[test]
fn page_down_scrolls_the_detail_but_never_past_its_end() {
    // The shipped content is long enough to scroll at 80x24.
    let mut app = App::new(shipped(), 80, 24);
    assert!(app.update(Action::PageDown));
    let first_page = app.detail_scroll();
    assert!(first_page > 0);
    for _ in 0..100 {
        app.update(Action::PageDown);
    }
    let bottom = app.detail_scroll();
    assert!(!app.update(Action::PageDown), "no change once at the end");
    let screen = screen(&app);
    let specialism = app.specialism();
    let last_source = specialism
        .sources
        .last()
        .and_then(|id| app.catalogue().source(id))
        .expect("a source");
    let start: String = last_source.title.chars().take(30).collect();
    assert!(
        screen.contains(&start),
        "the end of the text (the last source) is visible:\n{screen}"
    );
    app.update(Action::PageUp);
    assert!(app.detail_scroll() < bottom);
    for _ in 0..100 {
        app.update(Action::PageUp);
    }
    assert_eq!(app.detail_scroll(), 0);
}

#[test]
fn arrows_scroll_the_detail_when_it_has_focus() {
    let mut app = App::new(shipped(), 80, 24);
    app.update(Action::NextPane);
    assert_eq!(app.focus(), Pane::Detail);
    app.handle_key(&ch('j'));
    app.handle_key(&ch('j'));
    assert_eq!(app.detail_scroll(), 2);
    app.handle_key(&ch('k'));
    assert_eq!(app.detail_scroll(), 1);
    assert_eq!(app.specialism_index(), 0, "the list selection did not move");
}

#[test]
fn scrolling_resets_when_the_detail_changes() {
    let mut app = App::new(shipped(), 80, 24);
    app.update(Action::PageDown);
    app.update(Action::Down);
    assert_eq!(app.detail_scroll(), 0);
    app.update(Action::PageDown);
    app.update(Action::NextPane);
    app.update(Action::NextPane);
    assert_eq!(app.detail_scroll(), 0, "rung detail starts at its top");
}

#[test]
fn help_opens_with_question_mark_and_closes_with_esc() {
    let mut app = app();
    app.handle_key(&ch('?'));
    assert_eq!(app.overlay(), Some(Overlay::Help));
    app.handle_key(&ch('j'));
    assert_eq!(
        app.specialism_index(),
        0,
        "keys under the overlay do nothing"
    );
    app.handle_key(&key(KeyCode::Esc));
    assert_eq!(app.overlay(), None);
    app.handle_key(&ch('?'));
    app.handle_key(&ch('?'));
    assert_eq!(app.overlay(), None, "? toggles");
}

#[test]
fn q_and_ctrl_c_quit_from_anywhere() {
    let mut app = app();
    app.handle_key(&ch('q'));
    assert!(!app.is_running());
    let mut app = self::app();
    app.handle_key(&ch('?'));
    app.handle_key(&ctrl('c'));
    assert!(!app.is_running());
}

#[test]
fn a_suspend_request_is_taken_once_and_resuming_never_undoes_a_quit() {
    let mut app = app();
    assert!(!app.take_suspend_request(), "nothing asked to suspend yet");
    app.update(Action::Suspend);
    assert!(app.suspend_requested());
    assert!(app.take_suspend_request(), "the request is handed over");
    assert!(!app.suspend_requested(), "and cleared once resumed");
    assert!(!app.take_suspend_request(), "so it is not taken twice");
    assert!(app.is_running());

    app.update(Action::Quit);
    app.update(Action::Resumed);
    assert!(!app.is_running(), "a stray resume brought a quit app back");
}

#[test]
fn browsing_keys_do_nothing_underneath_an_open_overlay() {
    for opener in ['s', '?', 'i'] {
        let mut app = app();
        app.handle_key(&ch(opener));
        let overlay = app.overlay();
        assert!(overlay.is_some(), "{opener} opened nothing");
        for k in ['j', 'l', 'c'] {
            app.handle_key(&ch(k));
        }
        app.handle_key(&key(KeyCode::Tab));
        app.handle_key(&key(KeyCode::End));
        // Browsing actions sent straight to update do nothing underneath either.
        for action in [
            Action::Down,
            Action::Bottom,
            Action::NextPane,
            Action::PaneRight,
            Action::Pin,
            Action::PageDown,
        ] {
            app.update(action);
        }
        assert_eq!(app.overlay(), overlay, "{opener}: the overlay closed");
        assert_eq!(
            app.specialism_index(),
            0,
            "{opener}: the list moved underneath"
        );
        assert_eq!(
            app.focus(),
            Pane::Specialisms,
            "{opener}: focus moved underneath"
        );
        app.handle_key(&key(KeyCode::Esc));
        assert_eq!(app.overlay(), None);
        app.handle_key(&ch('j'));
        assert_eq!(
            app.specialism_index(),
            1,
            "{opener}: browsing is back after Esc"
        );
    }
}

#[test]
fn only_key_presses_act() {
    let mut app = app();
    let mut release = ch('j');
    release.kind = KeyEventKind::Release;
    assert!(!app.handle_key(&release));
    let mut repeat = ch('q');
    repeat.kind = KeyEventKind::Repeat;
    app.handle_key(&repeat);
    assert_eq!(app.specialism_index(), 0);
    assert!(app.is_running());
}

#[test]
fn resizing_below_the_minimum_shows_the_enlarge_screen_and_back() {
    let mut app = app();
    assert!(app.update(Action::Resize(40, 10)));
    assert!(app.panes().is_none());
    assert!(screen(&app).contains("Please enlarge the window"));
    app.update(Action::PageDown);
    app.update(Action::Resize(120, 36));
    assert!(screen(&app).contains("Specialisms"));
}

#[test]
fn the_selected_rung_is_drawn_as_focused_only_while_the_ladder_has_focus() {
    use hi_tui::measure::{Tone, ladder};
    let tones = |app: &App| -> Vec<Tone> {
        let inner = hi_tui::layout::inner(app.panes().expect("panes").ladder);
        let (blocks, _) = ladder::blocks(app.ladder_view(), inner);
        blocks
            .iter()
            .flatten()
            .flatten()
            .map(|(tone, _)| *tone)
            .filter(|t| matches!(t, Tone::Selected | Tone::SelectedUnfocused))
            .collect()
    };
    let mut app = app();
    assert!(
        tones(&app).iter().all(|t| *t == Tone::SelectedUnfocused),
        "list focused: the rung is marked as selected but not focused"
    );
    assert!(!tones(&app).is_empty());
    app.update(Action::PaneRight);
    app.update(Action::PaneRight);
    assert_eq!(app.focus(), Pane::Ladder);
    assert!(
        !tones(&app).is_empty() && tones(&app).iter().all(|t| *t == Tone::Selected),
        "ladder focused: the rung is drawn as the focus"
    );
}
