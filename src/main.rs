//! `hi-tui`: parse arguments, load content, then run the full-screen app.

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;
use crossterm::event::Event as TermEvent;

use hi_tui::app::App;
use hi_tui::cli::{Cli, Command};
use hi_tui::data::{self, Catalogue};
use hi_tui::events::{Event, Events};
use hi_tui::terminal::Guard;
use hi_tui::ui;
use hi_tui::{completions, export, output};

/// Exit status for bad input: a bad data file, bad arguments, or no terminal.
const USAGE: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(Command::Completions { shell }) = cli.command {
        return print(&completions::script(shell));
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
    if let Some(Command::Export { format }) = cli.command {
        return print(export::render(&catalogue, format).as_bytes());
    }
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        eprintln!(
            "hi-tui: not a terminal; to read the careers as text, run: hi-tui export --format markdown"
        );
        return ExitCode::from(USAGE);
    }
    match run(catalogue) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("hi-tui: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Prints a command's output; exit status 1 if stdout cannot be written.
fn print(bytes: &[u8]) -> ExitCode {
    match output::print(bytes) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("hi-tui: cannot write the output: {e}");
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
fn run(catalogue: Catalogue) -> std::io::Result<ExitCode> {
    let events = Events::start()?;
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
