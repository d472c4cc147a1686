//! Speed of the things a user waits for: loading content, drawing a frame, one step of
//! navigation, one keystroke of search. Run with `cargo bench`; figures go in BENCHMARKS.md.

use std::hint::black_box;
use std::time::Instant;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use hi_tui::action::Action;
use hi_tui::app::App;
use hi_tui::data::{self, Catalogue, generate};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const SPECIALISMS: usize = 10_000;
const RUNGS: usize = 8;

fn shipped() -> Catalogue {
    data::embedded().expect("shipped data is valid")
}

fn big() -> Catalogue {
    generate::catalogue(&shipped(), SPECIALISMS, RUNGS)
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
    let big_text = ron::to_string(&big()).expect("serialises");
    println!("10000x8 catalogue: {} bytes of RON", big_text.len());
    let mut group = c.benchmark_group("load+validate");
    group.sample_size(20);
    group.bench_function("built-in, decoded as at start-up", |b| {
        b.iter(|| data::embedded_trusted().expect("valid"))
    });
    group.bench_function("shipped", |b| {
        b.iter(|| data::load_str(black_box(data::EMBEDDED_RON), "shipped").expect("valid"))
    });
    // About 28 MB of RON: over the 4 MiB cap on data files, so this measures the loading
    // work (parse + validate) on text already in memory. Freeing the result is left out
    // of the timing (a user never waits for it: the app keeps its content until it exits)
    // and measured on its own below.
    group.bench_function("10000x8 generated", |b| {
        b.iter_with_large_drop(|| {
            data::parse_and_validate(black_box(&big_text), "big").expect("generated data is valid")
        })
    });
    group.bench_function("10000x8 generated: freeing it (not part of loading)", |b| {
        b.iter_batched(
            || data::parse_and_validate(&big_text, "big").expect("generated data is valid"),
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

fn navigate(c: &mut Criterion) {
    let mut group = c.benchmark_group("navigation step (update+render)");
    for (name, catalogue) in [("shipped", shipped()), ("10000x8", big())] {
        let mut app = App::new(catalogue, 120, 36);
        let mut terminal = terminal(&app);
        // Alternate down and up so the selection keeps changing.
        let mut down = true;
        group.bench_function(name, |b| {
            b.iter(|| {
                app.handle_key(&key(if down { 'j' } else { 'k' }));
                down = !down;
                draw(&mut terminal, &app);
            })
        });
    }
    group.finish();
}

fn search(c: &mut Criterion) {
    let mut group = c.benchmark_group("search keystroke (update+render), 10000x8");
    let mut app = App::new(big(), 120, 36);
    app.handle_key(&key('/'));
    let mut terminal = terminal(&app);
    // The first keystroke searches everything; later ones narrow the previous matches.
    for (name, typed, next) in [
        ("first key 's'", "", 's'),
        ("third key 'l' of sql", "sq", 'l'),
    ] {
        let mut prepared = app.clone();
        for c in typed.chars() {
            prepared.handle_key(&key(c));
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

criterion_group!(benches, load, render, navigate, search);
criterion_main!(benches);
