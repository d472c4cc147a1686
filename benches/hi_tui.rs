//! Speed of the things a user waits for: loading content, drawing a frame, one step of
//! navigation, one keystroke of search. Run with `cargo bench`; figures go in BENCHMARKS.md.

use std::hint::black_box;
use std::time::Instant;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use hi_tui::action::Action;
use hi_tui::app::App;
use hi_tui::data::{self, Catalogue};
use hi_tui_dev::generate;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const RUNGS: usize = 8;

fn shipped() -> Catalogue {
    data::embedded().expect("shipped data is valid")
}

/// The largest catalogue a user can load: generated, just under the 4 MiB file cap.
fn largest() -> (Catalogue, String) {
    generate::largest_loadable(&shipped(), RUNGS)
}

fn key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

fn terminal(app: &App) -> Terminal<TestBackend> {
    let (w, h) = app.size();
    Terminal::new(TestBackend::new(w, h)).expect("test backend")
}

fn draw(terminal: &mut Terminal<TestBackend>, app: &App) {
    terminal
        .draw(|frame| hi_tui::ui::draw(app, frame))
        .expect("draw");
}

fn load(c: &mut Criterion) {
    let (big, big_text) = largest();
    println!(
        "largest loadable: {} specialisms x {RUNGS} rungs, {} bytes of RON",
        big.specialisms.len(),
        big_text.len()
    );
    let mut group = c.benchmark_group("load+validate");
    group.sample_size(20);
    // What start-up does: decode the compact form build.rs made from the RON file. No
    // parsing and no validation (the test suite checks the same content obeys every rule).
    group.bench_function("built-in: decode only (no parse, no validate)", |b| {
        b.iter(|| data::embedded_trusted().expect("valid"))
    });
    // What `--data` does with a file the size of the shipped one, once it is read.
    group.bench_function("shipped RON text: parse + validate", |b| {
        b.iter(|| data::load_str(black_box(data::EMBEDDED_RON), "shipped").expect("valid"))
    });
    // The text is already in memory: this is parse + validate, what `--data` adds to
    // reading the file. Freeing the result is left out of the timing (a user never waits
    // for it: the app keeps its content until it exits) and measured on its own below.
    group.bench_function("largest loadable", |b| {
        b.iter_with_large_drop(|| {
            data::load_str(black_box(&big_text), "big").expect("generated data is valid")
        })
    });
    group.bench_function("largest loadable: freeing it (not part of loading)", |b| {
        b.iter_batched(
            || data::load_str(&big_text, "big").expect("generated data is valid"),
            drop,
            BatchSize::LargeInput,
        )
    });
    group.finish();
}

fn render(c: &mut Criterion) {
    let mut group = c.benchmark_group("render frame");
    for (w, h) in [(120, 36), (250, 70)] {
        let app = App::new(shipped(), w, h);
        let mut terminal = terminal(&app);
        group.bench_function(format!("{w}x{h}"), |b| b.iter(|| draw(&mut terminal, &app)));
    }
    group.finish();
}

/// Keys that sweep the focused pane from one end to the other and back: `len - 1` steps
/// down then `len - 1` steps up, so every step moves the selection (and scrolls a long
/// list), never toggling between two neighbours.
fn sweep(len: usize, down: char, up: char) -> Vec<KeyEvent> {
    let steps = len.saturating_sub(1).max(1);
    std::iter::repeat_n(key(down), steps)
        .chain(std::iter::repeat_n(key(up), steps))
        .collect()
}

fn navigate(c: &mut Criterion) {
    let mut group = c.benchmark_group("navigation step (update+render)");
    for (name, catalogue) in [("shipped", shipped()), ("largest loadable", largest().0)] {
        // Down the whole specialism list and back up.
        let mut app = App::new(catalogue, 120, 36);
        let mut terminal = terminal(&app);
        let keys = sweep(app.catalogue().specialisms.len(), 'j', 'k');
        let mut next = keys.iter().cycle();
        group.bench_function(format!("{name}: specialism list, end to end"), |b| {
            b.iter(|| {
                let key = next.next().expect("cycles");
                assert!(app.handle_key(key), "every step moves the selection");
                draw(&mut terminal, &app);
            })
        });
        // Up the longest ladder to the most senior rung and back down.
        let longest = (0..app.catalogue().specialisms.len())
            .max_by_key(|&i| app.catalogue().specialisms[i].ladder.len())
            .expect("a specialism");
        app.handle_key(&KeyEvent::new(KeyCode::Home, KeyModifiers::NONE));
        for _ in 0..longest {
            app.handle_key(&key('j'));
        }
        app.handle_key(&key('l'));
        app.handle_key(&key('l'));
        let keys = sweep(app.specialism().ladder.len(), 'k', 'j');
        let mut next = keys.iter().cycle();
        group.bench_function(format!("{name}: career ladder, foot to top"), |b| {
            b.iter(|| {
                let key = next.next().expect("cycles");
                assert!(app.handle_key(key), "every step moves the selection");
                draw(&mut terminal, &app);
            })
        });
    }
    group.finish();
}

fn search(c: &mut Criterion) {
    let mut group = c.benchmark_group("search keystroke (update+render), largest loadable");
    let mut app = App::new(largest().0, 120, 36);
    app.handle_key(&key('/'));
    let mut terminal = terminal(&app);
    // The first keystroke searches every name, title, tool and skill. The third brings in
    // the rungs' sentences, so it searches everything again. Later ones narrow the
    // previous key's matches.
    for (name, typed, next) in [
        ("first key 's'", "", 's'),
        (
            "third key 'l' of sql (sentences join: a fresh search)",
            "sq",
            'l',
        ),
        (
            "fourth key 'a' of data (narrows the matches of dat)",
            "dat",
            'a',
        ),
    ] {
        // The earlier keystrokes finish searching first, as they do while a person types,
        // so the timed key narrows their results instead of starting from scratch.
        let mut prepared = app.clone();
        for c in typed.chars() {
            prepared.handle_key(&key(c));
            while prepared.search().searching {
                prepared.update(Action::Tick(Instant::now()));
            }
        }
        group.bench_function(name, |b| {
            b.iter_batched(
                || prepared.clone(),
                |mut app| {
                    app.handle_key(&key(next));
                    draw(&mut terminal, &app);
                    app
                },
                BatchSize::LargeInput,
            )
        });
    }
    // For the record: the whole search, every slice, until the results are final.
    group.bench_function("first key 's' until complete", |b| {
        b.iter_batched(
            || app.clone(),
            |mut app| {
                app.handle_key(&key('s'));
                while app.search().searching {
                    app.update(Action::Tick(Instant::now()));
                }
                draw(&mut terminal, &app);
                app
            },
            BatchSize::LargeInput,
        )
    });
    group.finish();
}

/// The end-to-end test's key mash (tests/e2e.rs): 10,000 keys a visitor might hit at a
/// careers fair, applied to the app at 100x30 and then drawn once, as the event loop does
/// with a backlog it takes in one slice.
fn key_mash(c: &mut Criterion) {
    let mut group = c.benchmark_group("key mash");
    group.sample_size(20);
    let keys = hi_tui_dev::mash::events(10_000);
    let start = App::new(shipped(), 100, 30);
    let mut terminal = terminal(&start);
    group.bench_function("10,000 keys applied, then one frame (100x30)", |b| {
        b.iter_batched(
            || start.clone(),
            |mut app| {
                for key in &keys {
                    app.handle_key(key);
                }
                assert!(app.is_running(), "the mash never quits");
                draw(&mut terminal, &app);
                app
            },
            BatchSize::LargeInput,
        )
    });
    group.finish();
}

/// One key and its frame at the largest size measured side by side with `less`: Down in
/// the specialism list and back, each drawn.
fn one_key_large(c: &mut Criterion) {
    let mut group = c.benchmark_group("one key at 250x70 (update+render)");
    let mut app = App::new(shipped(), 250, 70);
    app.handle_key(&key('x'));
    let mut terminal = terminal(&app);
    draw(&mut terminal, &app);
    let keys = sweep(app.catalogue().specialisms.len(), 'j', 'k');
    let mut next = keys.iter().cycle();
    group.bench_function("specialism list step", |b| {
        b.iter(|| {
            let key = next.next().expect("cycles");
            assert!(app.handle_key(key), "every step moves the selection");
            draw(&mut terminal, &app);
        })
    });
    group.finish();
}

criterion_group!(
    benches,
    load,
    render,
    navigate,
    search,
    key_mash,
    one_key_large
);
criterion_main!(benches);
