//! Search, themes and layouts: browsing for every user and terminal.

mod common;

use common::*;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use hi_tui::app::ThemeName;
use hi_tui::app::{App, Options, Overlay, Pane};
use hi_tui::cli::Cli;
use hi_tui::layout::Arrangement;
use ratatui::style::{Color, Modifier};

fn type_str(app: &mut App, text: &str) {
    for c in text.chars() {
        app.handle_key(&ch(c));
    }
}

#[test]
fn slash_sql_lists_matching_rungs_and_enter_lands_on_one() {
    let mut app = App::new(shipped(), 120, 36);
    app.handle_key(&ch('/'));
    assert_eq!(app.overlay(), Some(Overlay::Search));
    type_str(&mut app, "sql");
    let hits = app.search().hits.clone();
    assert!(!hits.is_empty());
    let locations: Vec<String> = hits
        .iter()
        .map(|h| {
            let (location, text) = app.search_hit_text(h);
            format!("{location}{text}")
        })
        .collect();
    assert!(
        locations
            .iter()
            .any(|l| l.contains("Information management › Tool: SQL")),
        "{locations:#?}"
    );
    let rung_hit = locations
        .iter()
        .position(|l| l.starts_with("Information management › Information technician"))
        .expect("a rung that mentions SQL is listed");
    for _ in 0..rung_hit {
        app.handle_key(&key(KeyCode::Down));
    }
    app.handle_key(&key(KeyCode::Enter));
    assert_eq!(app.overlay(), None);
    assert_eq!(app.specialism().id, "information-management");
    assert_eq!(app.focus(), Pane::Ladder);
    assert_eq!(app.rung().title, "Information technician");
}

#[test]
fn search_finds_by_fuzzy_name_and_shows_the_match() {
    let mut app = App::new(shipped(), 120, 36);
    app.handle_key(&ch('/'));
    type_str(&mut app, "clncl cdr");
    let first = app.search().hits.first().expect("a hit").clone();
    let (location, text) = app.search_hit_text(&first);
    assert!(text.to_lowercase().contains("coder"), "{location}{text}");
    // Matched characters are highlighted (underlined) on screen.
    let terminal = render(&app);
    let buffer = terminal.backend().buffer();
    let underlined = buffer
        .content()
        .iter()
        .filter(|c| c.modifier.contains(Modifier::UNDERLINED))
        .count();
    assert!(underlined >= 8, "{underlined} highlighted cells");
}

#[test]
fn esc_leaves_search_and_restores_the_selection() {
    let mut app = App::new(shipped(), 120, 36);
    app.handle_key(&ch('j'));
    app.handle_key(&ch('/'));
    type_str(&mut app, "librarian");
    assert_eq!(
        app.specialism().id,
        "libraries-knowledge",
        "the panes preview the hit"
    );
    app.handle_key(&key(KeyCode::Esc));
    assert_eq!(app.overlay(), None);
    assert_eq!(app.specialism().id, "education-training");
    assert_eq!(app.focus(), Pane::Specialisms);
}

#[test]
fn typing_q_in_search_types_it_and_backspace_deletes() {
    let mut app = App::new(shipped(), 120, 36);
    app.handle_key(&ch('/'));
    type_str(&mut app, "sq");
    assert!(app.is_running());
    assert_eq!(app.search().query, "sq");
    app.handle_key(&key(KeyCode::Backspace));
    assert_eq!(app.search().query, "s");
    app.handle_key(&key(KeyCode::Backspace));
    app.handle_key(&key(KeyCode::Backspace));
    assert!(app.search().hits.is_empty());
}

/// The keys of the issue: at 100x30 past the welcome screen, choose a stage, open search,
/// limit it to what is open to the stage, then type. Nothing matches "s" at school, and
/// that used to turn letters back into browsing keys: `q` quit, losing stage and pins.
#[test]
fn typing_into_a_search_with_no_matches_never_runs_a_command() {
    let options = Options {
        welcome: true,
        ..Options::default()
    };
    let mut app = App::with_options(shipped(), 100, 30, options, std::time::Instant::now());
    for k in ['x', 'w', '1', '/'] {
        app.handle_key(&ch(k));
    }
    let stage = app.stage_id().map(str::to_owned);
    assert!(stage.is_some(), "1 chose a stage");
    app.handle_key(&key(KeyCode::Tab));
    assert!(app.search().open_only);
    type_str(&mut app, "sq");
    assert!(
        app.is_running(),
        "q typed into the search line quit the app"
    );
    assert_eq!(app.search().query, "sq");
    assert_eq!(app.overlay(), Some(Overlay::Search));
    assert_eq!(app.stage_id().map(str::to_owned), stage);

    // The filter is remembered: the next search starts filtered, and still types.
    app.handle_key(&key(KeyCode::Esc));
    app.handle_key(&ch('/'));
    type_str(&mut app, "eq");
    assert!(app.is_running(), "/ e q quit the app");
    assert_eq!(app.search().query, "eq");
}

/// Every printable key, in every state of the search line (empty, matching, matching
/// nothing, limited to a stage with nothing open), with or without Shift, is typed.
#[test]
fn every_printable_key_is_text_in_every_state_of_the_search_line() {
    let printable: Vec<char> = (' '..='~').chain("éßü€£中한ё".chars()).collect();
    // (keys before typing, what the query is then)
    let states: [(&[KeyEvent], &str); 4] = [
        (&[ch('/')], ""),
        (&[ch('/'), ch('s'), ch('q'), ch('l')], "sql"),
        (&[ch('/'), ch('z'), ch('z'), ch('z'), ch('z')], "zzzz"),
        (
            &[ch('w'), ch('1'), ch('/'), key(KeyCode::Tab), ch('s')],
            "s",
        ),
    ];
    let mut app = App::new(shipped(), 100, 30);
    app.handle_key(&ch('c'));
    for (before, query) in states {
        for &c in &printable {
            for modifiers in [KeyModifiers::NONE, KeyModifiers::SHIFT] {
                let mut app = app.clone();
                press_all(&mut app, before);
                assert_eq!(app.search().query, query, "{before:?}");
                let pins = app.pins().to_vec();
                let stage = app.stage_id().map(str::to_owned);
                app.handle_key(&KeyEvent::new(KeyCode::Char(c), modifiers));
                let what = format!("{c:?} ({modifiers:?}) after {query:?}");
                assert!(app.is_running(), "{what} quit");
                assert_eq!(app.overlay(), Some(Overlay::Search), "{what}");
                assert_eq!(app.search().query, format!("{query}{c}"), "{what}");
                assert_eq!(app.pins(), &pins[..], "{what}");
                assert_eq!(app.stage_id().map(str::to_owned), stage, "{what}");
            }
        }
    }
}

/// The search box's border and the footer offer `Enter go` and `↑↓ choose` only when
/// those keys would do something: a result to go to, more than one to choose between.
#[test]
fn search_offers_enter_and_choosing_only_when_they_do_something() {
    // "tableau" has exactly one result: Enter goes, but there is nothing to choose.
    for query in ["", "sql", "zzzz", "clinical safety officer", "tableau"] {
        let mut app = App::new(shipped(), 100, 30);
        app.handle_key(&ch('/'));
        type_str(&mut app, query);
        let hits = app.search().hits.len();
        assert!(
            query != "tableau" || hits == 1,
            "{hits} results for tableau"
        );
        let shown = screen(&app);
        let mut moved = app.clone();
        moved.handle_key(&key(KeyCode::Down));
        let chooses = moved.search().cursor != app.search().cursor;
        let mut entered = app.clone();
        entered.handle_key(&key(KeyCode::Enter));
        let goes = entered.overlay().is_none();
        assert_eq!(goes, hits > 0, "{query:?}");
        assert_eq!(
            shown.matches("Enter go").count(),
            if goes { 2 } else { 0 },
            "{query:?} ({hits} hits): border and footer offer Enter go iff it goes\n{shown}"
        );
        assert_eq!(
            shown.contains("↑↓ choose"),
            chooses,
            "{query:?} ({hits} hits)\n{shown}"
        );
    }
}

#[test]
fn no_match_says_so() {
    let mut app = App::new(shipped(), 120, 36);
    app.handle_key(&ch('j'));
    app.handle_key(&ch('/'));
    type_str(&mut app, "zzzz");
    assert!(app.search().hits.is_empty());
    assert!(screen(&app).contains("No matches"));
    app.handle_key(&key(KeyCode::Enter));
    assert!(app.is_running());
    assert_eq!(
        app.overlay(),
        Some(Overlay::Search),
        "Enter with no hit stays put"
    );
    app.handle_key(&key(KeyCode::Esc));
    assert_eq!(
        app.specialism_index(),
        1,
        "and Esc still goes back to where it was"
    );
}

#[test]
fn enter_before_typing_anything_keeps_search_open() {
    let mut app = App::new(shipped(), 120, 36);
    app.handle_key(&ch('j'));
    app.handle_key(&ch('/'));
    assert!(app.search().hits.is_empty());
    app.handle_key(&key(KeyCode::Enter));
    assert_eq!(
        app.overlay(),
        Some(Overlay::Search),
        "there is nothing to go to"
    );
    app.handle_key(&key(KeyCode::Esc));
    assert_eq!(
        app.specialism_index(),
        1,
        "Esc still goes back to where it was"
    );
}

#[test]
fn up_and_down_move_through_the_results_and_preview_each() {
    let mut app = App::new(shipped(), 120, 36);
    app.handle_key(&ch('/'));
    type_str(&mut app, "data");
    assert!(app.search().hits.len() >= 3);
    // What the preview shows: the specialism, and the rung when the hit is a rung.
    let place = |app: &App| {
        let rung = (app.focus() == Pane::Ladder).then(|| app.rung_index());
        (app.specialism_index(), rung, app.focus())
    };
    app.handle_key(&key(KeyCode::Down));
    let second = place(&app);
    app.handle_key(&key(KeyCode::Down));
    assert_eq!(app.search().cursor, 2);
    app.handle_key(&key(KeyCode::Up));
    assert_eq!(app.search().cursor, 1, "up goes back one result");
    assert_eq!(place(&app), second, "and previews it again");
    app.handle_key(&key(KeyCode::Up));
    app.handle_key(&key(KeyCode::Up));
    assert_eq!(app.search().cursor, 0, "and stops at the first");
}

fn themed(theme: ThemeName, keys: &[char]) -> App {
    let options = Options {
        theme,
        ..Options::default()
    };
    let mut app = App::with_options(shipped(), 120, 36, options, std::time::Instant::now());
    for &k in keys {
        app.handle_key(&ch(k));
    }
    app
}

#[test]
fn no_color_uses_no_colour_anywhere_yet_the_selection_shows() {
    for keys in [&['j'][..], &['s'][..], &['f'][..], &['/', 's'][..]] {
        let app = themed(ThemeName::NoColor, keys);
        let terminal = render(&app);
        let buffer = terminal.backend().buffer();
        for cell in buffer.content() {
            assert_eq!(cell.fg, Color::Reset, "{keys:?}: {cell:?}");
            assert_eq!(cell.bg, Color::Reset, "{keys:?}: {cell:?}");
        }
        let reversed = buffer
            .content()
            .iter()
            .filter(|c| c.modifier.contains(Modifier::REVERSED))
            .count();
        assert!(
            reversed > 0,
            "{keys:?}: the selection is drawn in reverse video"
        );
    }
}

#[test]
fn dark_light_and_high_contrast_paint_their_own_background() {
    let mut backgrounds = Vec::new();
    for theme in [ThemeName::Dark, ThemeName::Light, ThemeName::HighContrast] {
        let app = themed(theme, &[]);
        let terminal = render(&app);
        let buffer = terminal.backend().buffer();
        let bg = buffer[(60, 20)].bg;
        assert_ne!(bg, Color::Reset, "{theme:?}");
        backgrounds.push(bg);
    }
    backgrounds.dedup();
    assert_eq!(backgrounds.len(), 3, "each theme has its own background");
    let terminal = render(&themed(ThemeName::Terminal, &[]));
    assert_eq!(
        terminal.backend().buffer()[(60, 20)].bg,
        Color::Reset,
        "the default keeps the terminal's background"
    );
}

#[test]
fn no_color_env_selects_no_colour_unless_a_theme_is_given() {
    use clap::Parser;
    let cli = Cli::parse_from(["hi-tui"]);
    assert_eq!(cli.theme(None), ThemeName::Terminal);
    assert_eq!(cli.theme(Some("1".as_ref())), ThemeName::NoColor);
    assert_eq!(
        cli.theme(Some("".as_ref())),
        ThemeName::Terminal,
        "empty means unset"
    );
    let cli = Cli::parse_from(["hi-tui", "--theme", "high-contrast"]);
    assert_eq!(cli.theme(Some("1".as_ref())), ThemeName::HighContrast);
}

#[test]
fn every_pane_is_reachable_in_the_small_window_layout() {
    let mut app = App::new(shipped(), 60, 20);
    assert_eq!(app.panes().map(|p| p.arrangement), Some(Arrangement::Tabs));
    for (pane, title) in [
        (Pane::Specialisms, "Specialisms"),
        (Pane::Detail, "What the work is"),
        (Pane::Ladder, "Career ladder"),
    ] {
        assert_eq!(app.focus(), pane);
        assert!(screen(&app).contains(title), "{pane:?}");
        app.handle_key(&key(KeyCode::Tab));
    }
    // In the tabbed layout the detail tab keeps showing the rung chosen on the ladder.
    let mut app = App::new(shipped(), 60, 20);
    app.handle_key(&ch('l'));
    app.handle_key(&ch('l'));
    app.handle_key(&ch('k'));
    let rung = app.rung().title.clone();
    app.handle_key(&ch('h'));
    assert_eq!(app.focus(), Pane::Detail);
    assert!(screen(&app).contains(&rung));
    assert!(screen(&app).contains("Rung 2 of"));
}

#[test]
fn wide_windows_give_the_panes_more_room() {
    let wide = App::new(shipped(), 200, 60).panes().expect("fits");
    let normal = App::new(shipped(), 120, 36).panes().expect("fits");
    assert!(wide.specialisms.width > normal.specialisms.width);
    assert!(wide.ladder.width > normal.ladder.width);
    assert!(wide.detail.width > normal.detail.width);
    // At 200 columns nothing in the list or the ladder titles needs cutting short.
    let screen = screen(&App::new(shipped(), 200, 60));
    assert!(screen.contains("Health records and patient administration"));
    assert!(screen.contains("Chief clinical information officer (CCIO) or Chief"));
}

#[test]
fn search_on_huge_content_answers_each_key_at_once_and_finishes_on_ticks() {
    use hi_tui::action::Action;
    use hi_tui::search::Index;
    use hi_tui_dev::generate;
    let big = generate::catalogue(&shipped(), 3_000, 8);
    let start = std::time::Instant::now();
    let mut app = App::with_options(big.clone(), 120, 36, Options::default(), start);
    assert_eq!(app.next_deadline(), None, "no timers while browsing");
    app.handle_key(&ch('/'));
    app.handle_key(&ch('s'));
    assert!(
        app.search().searching,
        "a keystroke does one slice, not the whole search"
    );
    assert!(
        !app.search().hits.is_empty(),
        "but shows what it has found so far"
    );
    assert_eq!(
        app.next_deadline(),
        Some(start),
        "and asks to be woken at once"
    );
    let mut ticks = 0;
    while app.search().searching {
        app.update(Action::Tick(start));
        ticks += 1;
    }
    assert!(ticks >= 1);
    assert_eq!(app.next_deadline(), None, "asleep again once done");
    let mut index = Index::build(&big);
    assert_eq!(
        app.search().hits,
        index.search("s"),
        "same result as one full pass"
    );
}

#[test]
fn a_search_finished_on_ticks_previews_its_best_hit() {
    use hi_tui::action::Action;
    use hi_tui_dev::generate;
    let mut big = generate::catalogue(&shipped(), 3_000, 8);
    let last = big.specialisms.len() - 1;
    big.specialisms[last].name = "Zebra crossing informatics".into();
    let start = std::time::Instant::now();
    let mut app = App::with_options(big, 120, 36, Options::default(), start);
    app.handle_key(&ch('/'));
    type_str(&mut app, "zebra");
    assert!(
        app.search().searching,
        "the first slice does not reach the end"
    );
    while app.search().searching {
        app.update(Action::Tick(start));
    }
    assert_eq!(app.search().cursor, 0);
    assert_eq!(
        app.specialism_index(),
        last,
        "the match found on a later tick is shown in the panes"
    );
}

#[test]
fn the_welcome_screen_keeps_help_and_quit_whole_in_a_narrow_window() {
    for (w, h) in [(40, 12), (60, 20), (80, 24), (120, 36)] {
        let options = hi_tui::app::Options {
            welcome: true,
            ..hi_tui::app::Options::default()
        };
        let app = App::with_options(shipped(), w, h, options, std::time::Instant::now());
        let screen = screen(&app);
        let hints = screen
            .lines()
            .find(|l| l.contains("? help"))
            .unwrap_or_else(|| panic!("{w}x{h}: no key hints on the welcome screen:\n{screen}"));
        assert!(
            hints.trim_end().ends_with("q quit"),
            "{w}x{h}: the hints are cut short: {hints:?}"
        );
    }
}

/// Outside search, offering Enter and the arrows does not depend on search results:
/// browsing offers ↑↓, and the stage picker, the quiz and compare offer Enter, even after
/// a search that found nothing.
#[test]
fn outside_search_the_arrows_and_enter_are_offered_as_before() {
    let mut app = App::new(shipped(), 100, 30);
    app.handle_key(&ch('/'));
    type_str(&mut app, "zzzz");
    app.handle_key(&key(KeyCode::Esc));
    assert!(app.search().hits.is_empty());
    assert!(app.offers(&hi_tui::action::Action::Down));
    assert!(screen(&app).contains("↑↓ move"), "{}", screen(&app));
    for (keys, hint) in [
        (&['w'][..], "Enter choose"),
        (&['f'][..], "Enter"),
        (&['c', 'C'][..], "Enter go"),
    ] {
        let mut app = app.clone();
        for &k in keys {
            app.handle_key(&ch(k));
        }
        assert!(app.offers(&hi_tui::action::Action::Select), "{keys:?}");
        let shown = screen(&app);
        assert!(shown.contains(hint), "{keys:?}: no {hint:?}\n{shown}");
    }
}
