//! The help and Working in the NHS pages: every scrolling key moves the page the way it
//! says, never past either end.

mod common;

use common::*;
use crossterm::event::{KeyCode, KeyEvent};
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
    catalogue.pay_tables[0].note =
        Some("An award of 3.6% is agreed but not yet in the table.".into());
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

// ---------------------------------------------------------------------------------------
// Resizing keeps the reader's place

use hi_tui::layout::{self, Rect};
use hi_tui::measure::{self, Row, Tone};

/// A scrollable page as the test reads it: its rows at the app's current size, the rows
/// visible at once, and how far it is scrolled.
#[derive(Clone, Copy, Debug)]
enum Scrolled {
    Detail,
    Help,
    Working,
    Compare,
}

impl Scrolled {
    fn state(self, app: &App) -> (Vec<Row>, usize, usize, usize) {
        let (rows, visible, scroll, lines) = self.measure(app);
        (rows, visible, scroll, lines.saturating_sub(visible))
    }

    fn measure(self, app: &App) -> (Vec<Row>, usize, usize, usize) {
        let (w, h) = app.size();
        let area = Rect::new(0, 0, w, h);
        match self {
            Scrolled::Detail => {
                let panes = app.panes().expect("big enough");
                let text = layout::detail_text(panes.detail);
                let rows = measure::detail::rows_for(
                    app.catalogue(),
                    app.specialism_index(),
                    app.detail_shows_rung().then(|| app.rung_index()),
                    app.stage_id(),
                    text.width,
                );
                let lines = rows.len();
                (rows, usize::from(text.height), app.detail_scroll(), lines)
            }
            Scrolled::Help => {
                let stages = !app.catalogue().stages.is_empty();
                let (_, visible) = measure::help::extent(false, stages, w, h);
                let rows = measure::help::rows(false, stages);
                let lines = rows.len();
                (rows, visible, app.help_scroll(), lines)
            }
            Scrolled::Working => {
                let text = measure::working::text_area(measure::working::popup(area));
                let rows = measure::working::rows(app.catalogue(), text.width);
                let lines = rows.len();
                (rows, usize::from(text.height), app.working_scroll(), lines)
            }
            Scrolled::Compare => {
                let state = app.compare_state();
                let sheet = measure::compare::sheet(
                    app.catalogue(),
                    app.pins(),
                    state.column,
                    app.stage_id(),
                    area,
                );
                let selected = sheet
                    .columns
                    .iter()
                    .find(|c| c.pin == state.column)
                    .expect("the selected column is on screen");
                (
                    selected.body.clone(),
                    sheet.visible(),
                    state.scroll,
                    sheet.lines(),
                )
            }
        }
    }
}

fn row_text(row: &Row) -> String {
    row.iter().map(|(_, t)| t.as_str()).collect()
}

/// Splits rows into the paragraphs they were wrapped from, without asking the app: a
/// paragraph ends at a blank row, where the tone changes (but a rung's pay stacked under
/// its band continues it), and where a bullet starts.
/// Returns each row's paragraph and whether the row is that paragraph's first.
fn paragraphs(rows: &[Row]) -> Vec<(usize, bool)> {
    let tone = |row: &Row| row.last().map(|(tone, _)| *tone);
    let mut out: Vec<(usize, bool)> = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let text = row_text(row);
        let starts = i == 0
            || text.trim().is_empty()
            || row_text(&rows[i - 1]).trim().is_empty()
            || text.starts_with("• ")
            || tone(row) != tone(&rows[i - 1])
                // A rung's band and pay, stacked where one line is too narrow for both.
                && !(tone(row) == Some(Tone::Pay) && tone(&rows[i - 1]) == Some(Tone::Accent))
            || (row_text(&rows[i - 1]).starts_with("• ") || rows[i - 1].len() > 1)
                && !text.starts_with("  ");
        let paragraph = match out.last() {
            Some(&(p, _)) if !starts => p,
            Some(&(p, _)) => p + 1,
            None => 0,
        };
        out.push((paragraph, starts));
    }
    out
}

/// The text of paragraph `p`, with the spaces wrapping added or took away removed.
fn paragraph_text(rows: &[Row], paragraphs: &[(usize, bool)], p: usize) -> String {
    rows.iter()
        .zip(paragraphs)
        .filter(|(_, (q, _))| *q == p)
        .flat_map(|(row, _)| row_text(row).chars().collect::<Vec<_>>())
        .filter(|c| !c.is_whitespace() && *c != '•')
        .collect()
}

/// From each scroll position of `page` in `app` (opened at size `from`), resizing to `to`
/// keeps the paragraph that was at the top at the top, and a paragraph that started at
/// the top still starts there; a page read to its end stays at its end.
fn resizing_keeps_the_place(mut app: App, page: Scrolled, to: (u16, u16), what: &str) {
    let (_, _, _, max) = page.state(&app);
    if max == 0 {
        // All of it on screen: it still starts at the top, however long it gets.
        let mut resized = app.clone();
        resized.update(Action::Resize(to.0, to.1));
        assert_eq!(page.state(&resized).2, 0, "{what}: a page that fits moved");
        return;
    }
    for s in 0..=max {
        let (rows, _, scroll, _) = page.state(&app);
        assert_eq!(scroll, s, "{what}");
        let mut resized = app.clone();
        resized.update(Action::Resize(to.0, to.1));
        app.handle_key(&key(KeyCode::Down));
        let (new_rows, new_visible, new_scroll, new_max) = page.state(&resized);
        let case = format!(
            "{what}: scrolled to line {s} of {} (top: {:?}), resized to {to:?}: line {new_scroll} of {} (top: {:?})",
            rows.len(),
            rows.get(s).map(row_text),
            new_rows.len(),
            new_rows.get(new_scroll).map(row_text)
        );
        if s == max {
            assert_eq!(new_scroll, new_max, "{case}: left the end");
            continue;
        }
        // A compare column shorter than the longest has nothing at the top to keep.
        if s >= rows.len() {
            continue;
        }
        let before = paragraphs(&rows);
        let (p, first) = before[s];
        let text = paragraph_text(&rows, &before, p);
        let after = paragraphs(&new_rows);
        if new_scroll < new_max {
            let (q, new_first) = after[new_scroll];
            assert_eq!(paragraph_text(&new_rows, &after, q), text, "{case}");
            if first {
                assert!(
                    new_first,
                    "{case}: the paragraph no longer starts at the top"
                );
            }
        } else {
            // Held at the new end: the paragraph that was at the top is on screen.
            let shown = (new_scroll..(new_scroll + new_visible).min(new_rows.len()))
                .any(|r| paragraph_text(&new_rows, &after, after[r].0) == text);
            assert!(shown, "{case}: the paragraph is off screen");
        }
    }
}

const RESIZES: [((u16, u16), (u16, u16)); 5] = [
    ((100, 30), (60, 20)),
    ((60, 20), (100, 30)),
    ((120, 36), (80, 24)),
    ((80, 24), (200, 50)),
    ((200, 50), (61, 21)),
];

/// The issue: at 100x30 with a topic of the Working page at the top, a resize to 60x20
/// landed on another topic ("On-call") because the scroll kept its line number.
#[test]
fn a_topic_at_the_top_of_the_working_page_stays_there_after_a_resize() {
    let catalogue = shipped();
    let mut app = App::new(catalogue.clone(), 100, 30);
    app.handle_key(&ch('i'));
    let mut checked = 0;
    for topic in &catalogue.working {
        let (rows, visible, _, _) = Scrolled::Working.state(&app);
        let Some(at) = rows.iter().position(|r| row_text(r) == topic.heading) else {
            panic!("no heading {:?}", topic.heading);
        };
        if at + visible > rows.len() {
            break;
        }
        while app.working_scroll() < at {
            app.handle_key(&key(KeyCode::Down));
        }
        let mut small = app.clone();
        small.update(Action::Resize(60, 20));
        let (rows, _, scroll, _) = Scrolled::Working.state(&small);
        assert_eq!(
            row_text(&rows[scroll]),
            topic.heading,
            "at 60x20 the page shows another topic at the top"
        );
        checked += 1;
    }
    assert!(checked > 3, "only {checked} topics checked");
}

#[test]
fn every_scrolled_page_keeps_its_place_when_the_window_is_resized() {
    let open = |size: (u16, u16), keys: &[KeyEvent]| {
        let mut app = App::new(shipped(), size.0, size.1);
        press_all(&mut app, keys);
        app
    };
    let tab = key(KeyCode::Tab);
    for (from, to) in RESIZES {
        let cases: [(&str, Scrolled, Vec<KeyEvent>); 5] = [
            ("the specialism's detail", Scrolled::Detail, vec![tab]),
            // The ladder's top rung, then the detail pane still showing it.
            (
                "a rung's detail",
                Scrolled::Detail,
                vec![tab, tab, key(KeyCode::Home), key(KeyCode::BackTab)],
            ),
            ("help", Scrolled::Help, vec![ch('?')]),
            ("the Working page", Scrolled::Working, vec![ch('i')]),
            (
                "compare",
                Scrolled::Compare,
                vec![ch('c'), ch('j'), ch('c'), ch('j'), ch('c'), ch('C')],
            ),
        ];
        for (what, page, keys) in cases {
            let app = open(from, &keys);
            let what = format!("{what} at {from:?}");
            resizing_keeps_the_place(app, page, to, &what);
        }
    }
}

#[test]
fn the_paragraphs_the_test_finds_are_the_texts_wrapped() {
    // The test's own reading of paragraphs, checked on the Working page: each topic's
    // heading and each of its points is one paragraph at any width.
    let catalogue = shipped();
    for width in [40, 56, 92] {
        let rows = measure::working::rows(&catalogue, width);
        let found = paragraphs(&rows);
        let texts: Vec<String> = (0..=found.last().map_or(0, |p| p.0))
            .map(|p| paragraph_text(&rows, &found, p))
            .collect();
        let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        for topic in &catalogue.working {
            assert!(
                texts.contains(&squeeze(&topic.heading)),
                "{}",
                topic.heading
            );
            for point in &topic.points {
                assert!(texts.contains(&squeeze(point)), "{width}: {point}");
            }
        }
    }
}

/// The detail search goes back to on Esc keeps its place too, when the window is resized
/// while searching.
#[test]
fn the_place_search_goes_back_to_is_kept_across_a_resize() {
    for (from, to) in RESIZES {
        let mut app = App::new(shipped(), from.0, from.1);
        app.handle_key(&key(KeyCode::Tab));
        let (rows, _, _, max) = Scrolled::Detail.state(&app);
        let found = paragraphs(&rows);
        // A paragraph starting part of the way down.
        let Some(start) = (max / 2..=max).find(|&r| found[r].1 && !row_text(&rows[r]).is_empty())
        else {
            panic!("{from:?}: no paragraph starts in the second half of the scroll");
        };
        while app.detail_scroll() < start {
            app.handle_key(&key(KeyCode::Down));
        }
        let top = row_text(&rows[start]);
        let mut straight = app.clone();
        straight.update(Action::Resize(to.0, to.1));
        app.handle_key(&ch('/'));
        app.handle_key(&ch('s'));
        app.update(Action::Resize(to.0, to.1));
        app.handle_key(&key(KeyCode::Esc));
        assert_eq!(app.focus(), straight.focus());
        assert_eq!(
            app.detail_scroll(),
            straight.detail_scroll(),
            "{from:?} to {to:?}: back from search at another place than a resize without it ({top:?})"
        );
        let (rows, _, scroll, _) = Scrolled::Detail.state(&app);
        assert!(
            paragraphs(&rows)[scroll].1,
            "{from:?} to {to:?}: {top:?} no longer starts the page: {:?}",
            row_text(&rows[scroll])
        );
    }
}
