//! Whole-frame snapshots of "where are you now?" and the compare view, at the sizes the
//! issue names: the picker, a chosen stage on the list and on the ladder, a rung's detail
//! open and closed to the stage, and three rungs compared.
//! Review changes with `cargo insta review` (or `INSTA_UPDATE=always cargo test` and `git diff`).

mod common;

use common::*;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use hi_tui::app::App;

const TAB: KeyCode = KeyCode::Tab;

fn back_tab() -> KeyEvent {
    KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT)
}

fn at(width: u16, height: u16, keys: &[KeyEvent]) -> App {
    let mut app = App::new(shipped(), width, height);
    press_all(&mut app, keys);
    app
}

macro_rules! snapshot_at_sizes {
    ($($name:ident: $keys:expr;)*) => {$(
        #[test]
        fn $name() {
            for (w, h) in [(120, 36), (80, 24), (60, 20)] {
                let app = at(w, h, &$keys);
                insta::assert_snapshot!(format!("{}_{w}x{h}", stringify!($name)), screen(&app));
            }
        }
    )*};
}

snapshot_at_sizes! {
    stage_picker: [ch('w'), ch('j'), ch('j')];
    stage_chosen_on_the_list: [ch('w'), ch('3')];
    stage_chosen_on_the_ladder: [ch('w'), ch('3'), ch('j'), ch('j'), key(TAB), key(TAB)];
    rung_open_to_the_stage: [ch('w'), ch('3'), ch('j'), ch('j'), key(TAB), key(TAB), back_tab()];
    rung_closed_to_the_stage: [ch('w'), ch('3'), ch('j'), ch('j'), key(TAB), key(TAB), ch('k'), back_tab()];
    quiz_asks_the_stage: [ch('f')];
    search_open_to_the_stage: [ch('w'), ch('3'), ch('/'), ch('s'), ch('q'), ch('l'), key(TAB)];
    compare_three_rungs: [
        ch('j'), ch('j'), key(TAB), key(TAB), ch('c'), ch('k'), ch('c'),
        back_tab(), back_tab(), ch('j'), ch('j'), ch('j'), ch('j'), ch('j'),
        key(TAB), key(TAB), ch('c'), ch('w'), ch('3'), ch('C'),
    ];
}
