//! The take-away shortlist: with rungs pinned, Share offers a QR code of them that a phone
//! reads as plain text. Every code is read back off the screen with a QR decoder, around
//! a dark terminal, at the smallest window it must scan in (100x30) and above.

mod common;

use common::*;
use crossterm::event::KeyCode;
use hi_tui::action::Action;
use hi_tui::app::{App, Overlay, Pane};
use hi_tui::data::{Catalogue, pounds};
use hi_tui::measure::compare::Pin;
use hi_tui::shortlist;

/// Selects rung `rung` of specialism `specialism` and pins it.
fn pin(app: &mut App, specialism: usize, rung: usize) {
    app.update(Action::Close);
    while app.focus() != Pane::Specialisms {
        app.update(Action::PaneLeft);
    }
    app.update(Action::Top);
    while app.specialism_index() < specialism {
        app.update(Action::Down);
    }
    while app.focus() != Pane::Ladder {
        app.update(Action::PaneRight);
    }
    for _ in 0..20 {
        if app.rung_index() == rung {
            break;
        }
        // Up is one rung more senior: a higher index.
        app.update(if app.rung_index() < rung {
            Action::Up
        } else {
            Action::Down
        });
    }
    assert_eq!(
        (app.specialism_index(), app.rung_index()),
        (specialism, rung)
    );
    app.update(Action::Pin);
}

/// Every rung, longest shortlist entry first.
fn longest_rungs(catalogue: &Catalogue) -> Vec<Pin> {
    let mut all: Vec<Pin> = catalogue
        .specialisms
        .iter()
        .enumerate()
        .flat_map(|(s, sp)| {
            (0..sp.ladder.len()).map(move |rung| Pin {
                specialism: s,
                rung,
            })
        })
        .collect();
    all.sort_by_key(|&p| std::cmp::Reverse(shortlist::text(catalogue, &[p]).len()));
    all
}

/// Reads every code of the shortlist off the screen, stepping through them with →.
fn scan_all(app: &mut App) -> Vec<String> {
    let mut texts = Vec::new();
    loop {
        let text = qr::decode(render(app).backend().buffer(), 0)
            .unwrap_or_else(|| panic!("no code scans at {:?}:\n{}", app.size(), screen(app)));
        if texts.last() == Some(&text) {
            return texts;
        }
        texts.push(text);
        app.handle_key(&key(KeyCode::Right));
    }
}

/// What a scanned shortlist must say of a pinned rung: its band and pay range, the start
/// of its title and specialism, and the pay year and nation.
fn assert_mentions(texts: &[String], catalogue: &Catalogue, pin: Pin) {
    let specialism = &catalogue.specialisms[pin.specialism];
    let rung = &specialism.ladder[pin.rung];
    let (low, high) = catalogue.pay_range(rung).expect("pay");
    let pay = match low == high {
        true => pounds(low),
        false => format!("{}-{}", pounds(low), pounds(high)),
    };
    let title: String = rung.title.chars().take(12).collect();
    let text = texts
        .iter()
        .find(|t| t.contains(&pay) && t.contains(title.trim_end()))
        .unwrap_or_else(|| panic!("{} ({pay}) in none of {texts:#?}", rung.title));
    let name: String = specialism.name.chars().take(6).collect();
    assert!(text.contains(&name), "{text}");
    let table = catalogue.pay();
    assert!(
        text.contains(&format!("{} pay, {}", table.year, table.region)),
        "{text}"
    );
    assert!(text.contains("More: https://"), "{text}");
    assert!(text.contains("; in: "), "the first route in: {text}");
}

#[test]
fn the_longest_shortlists_scan_at_100x30_and_say_every_rung() {
    let catalogue = shipped();
    let longest = longest_rungs(&catalogue);
    for count in 1..=3 {
        let pins = &longest[..count];
        let mut app = App::new(catalogue.clone(), 100, 30);
        for p in pins {
            pin(&mut app, p.specialism, p.rung);
        }
        app.handle_key(&ch('s'));
        assert!(
            app.sharing_shortlist(),
            "s opens the shortlist when rungs are pinned"
        );
        let texts = scan_all(&mut app);
        assert!(
            texts.len() <= count,
            "{} codes for {count} rungs",
            texts.len()
        );
        for &p in pins {
            assert_mentions(&texts, &catalogue, p);
        }
    }
}

#[test]
fn a_large_window_holds_the_whole_list_uncut_in_one_code() {
    let catalogue = shipped();
    let longest = longest_rungs(&catalogue);
    let mut app = App::new(catalogue.clone(), 220, 70);
    for p in &longest[..3] {
        pin(&mut app, p.specialism, p.rung);
    }
    app.handle_key(&ch('s'));
    let texts = scan_all(&mut app);
    assert_eq!(texts, vec![shortlist::text(&catalogue, &longest[..3])]);
    for p in &longest[..3] {
        let title = &catalogue.specialisms[p.specialism].ladder[p.rung].title;
        assert!(texts[0].contains(title.as_str()), "{title} uncut");
    }
}

#[test]
fn the_text_beside_the_code_is_what_the_code_holds() {
    let catalogue = shipped();
    let mut app = App::new(catalogue.clone(), 120, 40);
    pin(&mut app, 0, 0);
    app.handle_key(&ch('s'));
    let texts = scan_all(&mut app);
    let shown = screen(&app);
    for line in texts[0].lines().filter(|l| l.len() < 30) {
        assert!(shown.contains(line), "{line} beside the code:\n{shown}");
    }
}

#[test]
fn a_small_window_says_to_enlarge_and_still_shows_the_list() {
    let mut app = App::new(shipped(), 80, 24);
    pin(&mut app, 0, 0);
    app.handle_key(&ch('s'));
    let shown = screen(&app);
    assert!(shown.contains("too small for a QR code"), "{shown}");
    assert!(shown.contains("100x30"), "{shown}");
    let title = &app.catalogue().specialisms[0].ladder[0].title;
    assert!(shown.contains(title.as_str()), "{shown}");
    assert_eq!(qr::decode(render(&app).backend().buffer(), 0), None);
}

#[test]
fn tab_switches_between_the_shortlist_and_the_link_and_compare_offers_it_too() {
    let mut app = App::new(shipped(), 120, 40);
    app.handle_key(&ch('s'));
    assert!(!app.sharing_shortlist(), "nothing pinned: the link");
    assert!(!app.offers(&Action::NextPane));
    app.handle_key(&key(KeyCode::Esc));
    pin(&mut app, 1, 0);
    app.handle_key(&ch('s'));
    assert!(app.sharing_shortlist());
    app.handle_key(&key(KeyCode::Tab));
    assert!(!app.sharing_shortlist());
    let link = app.share_link().expect("a link").url.clone();
    assert_eq!(qr::decode(render(&app).backend().buffer(), 255), Some(link));
    app.handle_key(&key(KeyCode::Tab));
    assert!(app.sharing_shortlist());
    app.handle_key(&key(KeyCode::Esc));
    assert_eq!(app.overlay(), None);

    app.handle_key(&ch('C'));
    assert_eq!(app.overlay(), Some(Overlay::Compare));
    app.handle_key(&ch('s'));
    assert!(app.sharing_shortlist(), "s in the compare view");
    app.handle_key(&key(KeyCode::Esc));
    assert_eq!(
        app.overlay(),
        Some(Overlay::Compare),
        "back to the compare view"
    );
}

#[test]
fn the_shortlist_follows_the_nation() {
    let mut app = App::new(shipped(), 220, 70);
    pin(&mut app, 0, 0);
    app.update(Action::Nation);
    app.handle_key(&ch('s'));
    let text = qr::decode(render(&app).backend().buffer(), 0).expect("scans");
    let table = app.catalogue().pay();
    assert_ne!(table.nation, "england");
    assert!(
        text.contains(&format!("{} pay, {}", table.year, table.region)),
        "{text}"
    );
}

#[test]
fn arrows_step_through_the_codes_and_tab_does_nothing_without_pins() {
    let mut app = App::new(shipped(), 120, 40);
    app.handle_key(&ch('s'));
    assert!(!app.handle_key(&key(KeyCode::Tab)), "nothing to switch to");
    app.handle_key(&key(KeyCode::Esc));
    for (s, r) in [(0, 0), (1, 0), (2, 0)] {
        pin(&mut app, s, r);
    }
    app.update(Action::Resize(100, 30));
    app.handle_key(&ch('s'));
    assert_eq!(app.shortlist_codes(), 3);
    let pages = |app: &mut App, k: KeyCode| {
        app.handle_key(&key(k));
        app.sharing().page
    };
    assert_eq!(pages(&mut app, KeyCode::Right), 1);
    assert_eq!(pages(&mut app, KeyCode::Right), 2);
    assert_eq!(
        pages(&mut app, KeyCode::Right),
        2,
        "no further than the last"
    );
    assert_eq!(pages(&mut app, KeyCode::Left), 1);
    assert_eq!(pages(&mut app, KeyCode::Left), 0);
    assert_eq!(pages(&mut app, KeyCode::Left), 0);
}
