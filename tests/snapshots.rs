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
    // The detail pane focused first: in the one-pane layout (60x20) it is not on screen
    // until then, and PgDn scrolls what is shown.
    detail_scrolled_a_page: [key(KeyCode::Tab), key(KeyCode::PageDown)];
    help_open: [ch('?')];
    search_for_sql: [ch('/'), ch('s'), ch('q'), ch('l')];
    quiz_first_question: [ch('f'), ch('0')];
    share_qr_code: [ch('s')];
    working_in_the_nhs: [ch('i')];
    working_in_the_nhs_scrolled: [ch('i'), key(KeyCode::PageDown)];
    rung_with_routes_and_pay_steps: [ch('j'), ch('j'), key(KeyCode::Tab), key(KeyCode::Tab), ch('k')];
    search_for_a_standard_code: [ch('/'), ch('S'), ch('T'), ch('0')];
    // Scotland's table: a rung in Band 8a has two pay points, five years apart.
    scotland_rung_in_band_8a: [ch('j'), ch('j'), ch('n'), key(KeyCode::Tab), key(KeyCode::Tab), ch('k'), ch('k'), ch('k'), ch('k'), ch('k')];
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

/// What the `detail_scrolled_a_page` snapshots must show, said in words so a regenerated
/// snapshot cannot quietly lose it: at every size, the detail pane is on screen and has
/// scrolled, so the text it opened with has moved up out of sight.
#[test]
fn detail_scrolled_a_page_is_scrolled_at_every_size() {
    for (w, h) in [(200, 60), (120, 36), (80, 24), (60, 20)] {
        let before = at(w, h, &[key(KeyCode::Tab)]);
        let after = at(w, h, &[key(KeyCode::Tab), key(KeyCode::PageDown)]);
        assert_eq!(before.detail_scroll(), 0, "{w}x{h}: not scrolled at first");
        assert!(
            after.detail_scroll() > 0,
            "{w}x{h}: PgDn with the detail pane focused did not scroll it"
        );
        let (before, after) = (screen(&before), screen(&after));
        let first = hi_tui::data::embedded().expect("shipped").specialisms[0]
            .summary
            .split_whitespace()
            .take(4)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            before.contains(&first),
            "{w}x{h}: the detail pane opens with {first:?}:\n{before}"
        );
        assert!(
            !after.contains(&first),
            "{w}x{h}: after a page down the detail pane still shows its opening {first:?}:\n{after}"
        );
    }
}
