//! Whole-frame snapshots of the shipped content at the sizes people use.
//! Review changes with `cargo insta review` (or `INSTA_UPDATE=always cargo test` and `git diff`).

mod common;

use common::*;
use crossterm::event::KeyCode;
use hi_tui::app::App;
use ratatui::style::Modifier;

fn at(width: u16, height: u16, keys: &[crossterm::event::KeyEvent]) -> App {
    let mut app = App::new(shipped(), width, height);
    press_all(&mut app, keys);
    app
}

macro_rules! snapshot_at_sizes {
    ($($name:ident: $keys:expr;)*) => {$(
        #[test]
        fn $name() {
            for (w, h) in [(200, 60), (120, 36), (80, 24), (60, 20)] {
                let app = at(w, h, &$keys);
                insta::assert_snapshot!(format!("{}_{w}x{h}", stringify!($name)), screen(&app));
            }
        }
    )*};
}

snapshot_at_sizes! {
    start: [];
    after_moving_down_twice: [ch('j'), ch('j')];
    ladder_focused_one_rung_up: [ch('j'), ch('j'), ch('j'), ch('j'), key(KeyCode::Tab), key(KeyCode::Tab), ch('k')];
    detail_scrolled_a_page: [key(KeyCode::PageDown)];
    help_open: [ch('?')];
    search_for_sql: [ch('/'), ch('s'), ch('q'), ch('l')];
    quiz_first_question: [ch('f'), ch('0')];
    share_qr_code: [ch('s')];
    working_in_the_nhs: [ch('i')];
    working_in_the_nhs_scrolled: [ch('i'), key(KeyCode::PageDown)];
    rung_with_routes_and_pay_steps: [ch('j'), ch('j'), key(KeyCode::Tab), key(KeyCode::Tab), ch('k')];
    search_for_a_standard_code: [ch('/'), ch('S'), ch('T'), ch('0')];
}

#[test]
fn too_small() {
    let app = at(40, 12, &[]);
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn welcome_screen() {
    for (w, h) in [(120, 36), (80, 24), (60, 20)] {
        let options = hi_tui::app::Options {
            welcome: true,
            ..hi_tui::app::Options::default()
        };
        let app = App::with_options(shipped(), w, h, options, std::time::Instant::now());
        insta::assert_snapshot!(format!("welcome_{w}x{h}"), screen(&app));
    }
}

#[test]
fn the_selection_is_visible_without_colour() {
    // Selection must not depend on colour alone: the focused item is reversed and bold.
    let app = at(120, 36, &[ch('j')]);
    let terminal = render(&app);
    let buffer = terminal.backend().buffer();
    let row = (0..buffer.area.height)
        .find(|&y| {
            (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
                .contains("▶ Education and training")
        })
        .expect("selected item drawn with a marker");
    let name_cell = &buffer[(4, row)];
    assert!(
        name_cell
            .modifier
            .contains(Modifier::REVERSED | Modifier::BOLD),
        "{name_cell:?}"
    );
}
