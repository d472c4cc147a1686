//! `hi-tui`: parse arguments, load content, then run the full-screen app.

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

use clap::Parser;
use crossterm::event::Event as TermEvent;

use hi_tui::app::App;
use hi_tui::cli::{Cli, Command};
use hi_tui::data::{self, Catalogue};
use hi_tui::events::{Event, Events};
use hi_tui::terminal::Guard;
use hi_tui::ui;

/// Exit status for bad input: a bad data file, bad arguments, or no terminal.
const USAGE: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(command) = cli.command {
        return match command {
            Command::Check { files } => hi_tui::check::run(&files),
        };
    }
    let catalogue = match load(&cli) {
        Ok(catalogue) => catalogue,
        Err(e) => {
            for line in e.lines() {
                eprintln!("{line}");
            }
            return ExitCode::from(USAGE);
        }
    };
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        eprintln!("hi-tui: not a terminal; run it in a terminal window to browse the careers");
        return ExitCode::from(USAGE);
    }
    match run(catalogue, cli.data.as_deref().filter(|_| cli.watch)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("hi-tui: {e}");
            ExitCode::FAILURE
        }
    }
}

fn load(cli: &Cli) -> Result<Catalogue, data::LoadError> {
    match &cli.data {
        Some(path) => data::load_file(path),
        None => data::embedded(),
    }
}

/// The event loop: block for the next event, apply it, redraw only if something changed.
/// With `watch`, that file is reloaded whenever it is saved.
fn run(catalogue: Catalogue, watch: Option<&Path>) -> std::io::Result<ExitCode> {
    let events = Events::start()?;
    let _watch = watch
        .map(|path| hi_tui::watch::start(path, events.sender()))
        .transpose()
        .map_err(std::io::Error::other)?;
    let mut guard = Guard::enter()?;
    let size = guard.terminal.size()?;
    let mut app = App::new(catalogue, size.width, size.height);
    guard.terminal.draw(|frame| ui::draw(&app, frame))?;
    loop {
        let mut event = events.rx.recv().map_err(std::io::Error::other)?;
        let mut changed = false;
        // Apply everything already waiting (a paste, a key flood) before drawing once.
        loop {
            match event {
                Event::Terminal(TermEvent::Key(key)) => changed |= app.handle_key(&key),
                Event::Terminal(TermEvent::Resize(w, h)) => {
                    app.update(hi_tui::action::Action::Resize(w, h));
                    changed = true;
                }
                Event::Terminal(_) => {}
                Event::DataChanged => {
                    changed |= watch.is_some_and(|path| app.apply_reload(data::load_file(path)));
                }
                Event::Signal(signal) => {
                    drop(guard);
                    return Ok(ExitCode::from(128 + u8::try_from(signal).unwrap_or(0)));
                }
                Event::InputFailed(reason) => {
                    drop(guard);
                    eprintln!("hi-tui: lost the terminal: {reason}");
                    return Ok(ExitCode::FAILURE);
                }
            }
            if !app.is_running() {
                return Ok(ExitCode::SUCCESS);
            }
            match events.rx.try_recv() {
                Ok(next) => event = next,
                Err(_) => break,
            }
        }
        if changed {
            guard.terminal.draw(|frame| ui::draw(&app, frame))?;
        }
    }
}
