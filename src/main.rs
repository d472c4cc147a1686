//! `hi-tui`: parse arguments, load content, then run the full-screen app.

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;
use std::sync::mpsc::RecvTimeoutError;
use std::time::{Duration, Instant};

use crossterm::event::Event as TermEvent;

use hi_tui::action::Action;
use hi_tui::app::{App, Options};
use hi_tui::cli::{Cli, Command};
use hi_tui::data::{self, Catalogue};
use hi_tui::events::{Event, Events};
use hi_tui::terminal::Guard;
use hi_tui::ui;
use hi_tui::{completions, export, output};

/// Exit status for bad input: a bad data file, bad arguments, or no terminal.
const USAGE: u8 = 2;

fn main() -> ExitCode {
    // Parsing and checking the built-in content is most of start-up's work, so it runs
    // on a second core while the arguments are read and the terminal is set up.
    let embedded = std::thread::spawn(data::embedded);
    let cli = Cli::from_env();
    match &cli.command {
        Some(Command::Completions { shell }) => return print(&completions::script(*shell)),
        Some(Command::Check { files }) => return hi_tui::check::run(files),
        Some(Command::Export { .. }) | None => {}
    }
    // A data file is loaded before the terminal is touched, so a bad one leaves it as it was.
    let content = match &cli.data {
        Some(path) => match data::load_file(path) {
            Ok(catalogue) => Content::Ready(catalogue),
            Err(e) => return bad_data(&e),
        },
        None => Content::Embedded(embedded),
    };
    if let Some(Command::Export { format }) = cli.command {
        return match content.get() {
            Ok(catalogue) => print(export::render(&catalogue, format).as_bytes()),
            Err(e) => bad_data(&e),
        };
    }
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        eprintln!(
            "hi-tui: not a terminal; to read the careers as text, run: hi-tui export --format markdown"
        );
        return ExitCode::from(USAGE);
    }
    let options = Options {
        kiosk: cli.kiosk,
        idle: Duration::from_secs(cli.idle_secs),
        welcome: true,
        theme: cli.theme(std::env::var_os("NO_COLOR").as_deref()),
    };
    match run(content, options, cli.data.as_deref().filter(|_| cli.watch)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("hi-tui: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The content to show: a data file already loaded, or the built-in content still being
/// parsed on its own thread.
enum Content {
    Ready(Catalogue),
    Embedded(std::thread::JoinHandle<Result<Catalogue, data::LoadError>>),
}

impl Content {
    fn get(self) -> Result<Catalogue, data::LoadError> {
        match self {
            Content::Ready(catalogue) => Ok(catalogue),
            Content::Embedded(handle) => handle.join().unwrap_or_else(|_| {
                Err(data::LoadError::Unreadable {
                    file: data::EMBEDDED_NAME.to_string(),
                    reason: "the built-in content could not be read".to_string(),
                })
            }),
        }
    }
}

/// Writes a command's output to stdout; a reader that stops early is not an error.
fn print(bytes: &[u8]) -> ExitCode {
    match output::print(bytes) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("hi-tui: cannot write the output: {e}");
            ExitCode::FAILURE
        }
    }
}

fn bad_data(e: &data::LoadError) -> ExitCode {
    for line in e.lines() {
        eprintln!("{line}");
    }
    ExitCode::from(USAGE)
}

/// The event loop: block until the next event or timer, apply it, redraw only if
/// something changed. Outside kiosk mode there are no timers, so idle means asleep.
/// With `watch`, that file is reloaded whenever it is saved.
fn run(content: Content, options: Options, watch: Option<&Path>) -> std::io::Result<ExitCode> {
    let events = Events::start()?;
    let _watch = watch
        .map(|path| hi_tui::watch::start(path, events.sender()))
        .transpose()
        .map_err(std::io::Error::other)?;
    let mut guard = Guard::enter()?;
    // The built-in content is checked by the test suite, so this cannot fail in a
    // released build; if it ever did, the terminal is restored before saying why.
    let catalogue = match content.get() {
        Ok(catalogue) => catalogue,
        Err(e) => {
            drop(guard);
            return Ok(bad_data(&e));
        }
    };
    let (width, height) = guard.size();
    let mut app = App::with_options(catalogue, width, height, options, Instant::now());
    guard.terminal.draw(|frame| ui::draw(&app, frame))?;
    events.start_input()?;
    loop {
        let next = match app.next_deadline() {
            None => events.rx.recv().map(Some).map_err(std::io::Error::other)?,
            Some(deadline) => {
                let wait = deadline.saturating_duration_since(Instant::now());
                match events.rx.recv_timeout(wait) {
                    Ok(event) => Some(event),
                    Err(RecvTimeoutError::Timeout) => None,
                    Err(e) => return Err(std::io::Error::other(e)),
                }
            }
        };
        let mut changed = app.update(Action::Tick(Instant::now()));
        let Some(mut event) = next else {
            if changed {
                guard.terminal.draw(|frame| ui::draw(&app, frame))?;
            }
            continue;
        };
        // Apply everything already waiting (a paste, a key flood) before drawing once.
        loop {
            match event {
                Event::Terminal(TermEvent::Key(key)) => changed |= app.handle_key(&key),
                Event::Terminal(TermEvent::Mouse(mouse)) => changed |= app.handle_mouse(&mouse),
                Event::Terminal(TermEvent::Resize(w, h)) => {
                    guard.resize(w, h)?;
                    app.update(Action::Resize(w, h));
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
        if app.take_suspend_request() {
            guard.pause();
            let _ = signal_hook::low_level::raise(signal_hook::consts::SIGTSTP);
            guard.resume()?;
            let (width, height) = guard.size();
            app.update(Action::Resize(width, height));
            changed = true;
        }
        if changed {
            guard.terminal.draw(|frame| ui::draw(&app, frame))?;
        }
    }
}
