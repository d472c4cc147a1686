//! `hi-tui`: parse arguments, load content, then run the full-screen app.

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant, SystemTime};

use crossterm::event::Event as TermEvent;

use hi_tui::action::Action;
use hi_tui::app::{App, Options};
use hi_tui::cli::{Cli, Command};
use hi_tui::data::{self, Catalogue};
use hi_tui::events::{Event, Events};
use hi_tui::insights::{Recorder, Store};
use hi_tui::pacer::Pacer;
use hi_tui::terminal::{self, Guard};
use hi_tui::ui;
use hi_tui::ui::welcome::Welcome;
use hi_tui::{completions, export, platform, stdout};

/// Exit status for bad input: a bad data file, bad arguments, or no terminal.
const USAGE: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::from_env();
    match &cli.command {
        Some(Command::Completions { shell }) => return print(&completions::script(*shell)),
        Some(Command::Check { files }) => return hi_tui::check::run(files),
        Some(Command::Insights { file, format }) => {
            return hi_tui::insights::report::run(file, *format, cli.data.as_deref());
        }
        Some(Command::Export { .. }) | None => {}
    }
    // A data file is loaded before the terminal is touched, so a bad file leaves it as it
    // was. The built-in content was checked by the test suite and encoded by build.rs, so
    // it is decoded without checking again, and for the full-screen app only after the
    // welcome screen is up: that keeps start-up as quick as `less`.
    let content = match &cli.data {
        Some(path) => match data::load_file(path) {
            Ok(catalogue) => Content::Loaded(Box::new(catalogue)),
            Err(e) => return bad_data(&e),
        },
        None => Content::BuiltIn,
    };
    // A nation is checked against the content's pay tables before anything is drawn.
    let content = match &cli.nation {
        Some(nation) => match content.into_catalogue() {
            Ok(mut catalogue) => match catalogue.nation_index(nation) {
                Some(index) => {
                    catalogue.set_nation(index);
                    Content::Loaded(Box::new(catalogue))
                }
                None => {
                    eprintln!(
                        "hi-tui: no pay table for the nation '{}'; choose one of: {}",
                        data::escape_forbidden(nation),
                        catalogue.nation_ids()
                    );
                    return ExitCode::from(USAGE);
                }
            },
            Err(e) => return bad_data(&e),
        },
        None => content,
    };
    if let Some(Command::Export { format, only }) = &cli.command {
        let catalogue = match content.into_catalogue() {
            Ok(catalogue) => catalogue,
            Err(e) => return bad_data(&e),
        };
        return match export::render_only(&catalogue, *format, only.as_deref()) {
            Ok(text) => print(text.as_bytes()),
            Err(e) => {
                eprintln!("hi-tui: {e}");
                ExitCode::from(USAGE)
            }
        };
    }
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        eprintln!(
            "hi-tui: not a terminal; to read the careers as text, run: hi-tui export --format markdown"
        );
        return ExitCode::from(USAGE);
    }
    if let Some(term) = terminal::unusable_term(std::env::var_os("TERM").as_deref()) {
        eprintln!(
            "hi-tui: {term} cannot show the full-screen app; to read the careers as text, run: hi-tui export --format markdown"
        );
        return ExitCode::from(USAGE);
    }
    // The insights file is opened (and a new one given its header) before the terminal is
    // touched, so one that cannot be written is a line here, not a surprise at the stand.
    let recorder = match &cli.insights {
        Some(path) => match Store::open(path) {
            Ok((store, _)) => Some(Recorder::new(store, Instant::now(), SystemTime::now())),
            Err(e) => {
                eprintln!(
                    "hi-tui: insights file {}: {e}",
                    data::escape_forbidden(&path.display().to_string())
                );
                return ExitCode::from(USAGE);
            }
        },
        None => None,
    };
    let options = Options {
        kiosk: cli.kiosk,
        idle: Duration::from_secs(cli.idle_secs),
        welcome: true,
        theme: cli.theme(std::env::var_os("NO_COLOR").as_deref()),
        insights: recorder.is_some(),
    };
    let watch = cli.data.as_deref().filter(|_| cli.watch);
    match run(content, options, watch, recorder) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("hi-tui: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Writes a command's output to stdout; a reader that stops early is not an error.
fn print(bytes: &[u8]) -> ExitCode {
    match stdout::write(bytes) {
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
/// The content to show: a data file already loaded, or the built-in content, decoded when
/// it is needed.
enum Content {
    Loaded(Box<Catalogue>),
    BuiltIn,
}

impl Content {
    fn into_catalogue(self) -> Result<Catalogue, data::LoadError> {
        match self {
            Content::Loaded(catalogue) => Ok(*catalogue),
            Content::BuiltIn => data::embedded_trusted(),
        }
    }
}

fn run(
    content: Content,
    options: Options,
    watch: Option<&Path>,
    mut recorder: Option<Recorder>,
) -> std::io::Result<ExitCode> {
    let mut events = Events::start()?;
    let _watch = watch
        .map(|path| hi_tui::watch::start(path, events.sender()))
        .transpose()
        .map_err(std::io::Error::other)?;
    let mut guard = Guard::enter()?;
    let (width, height) = guard.size();
    // The built-in content's welcome screen needs only its title and introduction.
    let mut drawn = false;
    if let (Content::BuiltIn, Some((title, intro))) = (&content, data::embedded_title_and_intro()) {
        let welcome = Welcome {
            title,
            intro,
            kiosk: options.kiosk,
            insights: options.insights,
        };
        guard
            .terminal
            .draw(|frame| drawn = ui::draw_first_welcome(welcome, &options, frame))?;
    }
    let catalogue = content.into_catalogue().map_err(std::io::Error::other)?;
    let mut app = App::with_options(catalogue, width, height, options, Instant::now());
    if !drawn {
        guard.terminal.draw(|frame| ui::draw(&app, frame))?;
    }
    events.listen()?;
    let mut pacer = Pacer::new(Instant::now());
    loop {
        let next = events.next(app.next_deadline())?;
        if app.update(Action::Tick(Instant::now())) | save_visits(&mut app, recorder.as_mut()) {
            pacer.changed();
        }
        // Apply what is already waiting (a paste, a key flood), drawing at least every
        // `DRAW_EVERY` meanwhile so the screen keeps up; a signal is taken before any key.
        let mut event = next;
        while let Some(current) = event {
            match apply(current, &mut app, &mut guard, watch)? {
                Flow::Go { changed } => {
                    if changed {
                        pacer.changed();
                    }
                }
                Flow::Exit(code, message) => {
                    app.close_visit();
                    save_visits(&mut app, recorder.as_mut());
                    drop(guard);
                    if let Some(message) = message {
                        eprintln!("hi-tui: {message}");
                    }
                    return Ok(code);
                }
            }
            if pacer.draw_due(Instant::now()) {
                guard.terminal.draw(|frame| ui::draw(&app, frame))?;
                pacer.drawn(Instant::now());
            }
            event = events.try_next();
        }
        if pacer.is_changed() {
            guard.terminal.draw(|frame| ui::draw(&app, frame))?;
            pacer.drawn(Instant::now());
        }
    }
}

/// Saves the visits that have ended (stand insights). Returns whether the status line
/// changed: a warning while they cannot be saved, gone once they are.
fn save_visits(app: &mut App, recorder: Option<&mut Recorder>) -> bool {
    let Some(recorder) = recorder else {
        return false;
    };
    let ended = app.take_ended_visits();
    if ended.is_empty() && recorder.waiting() == 0 {
        return false;
    }
    let warning = recorder.save(ended);
    app.set_insights_warning(warning)
}

/// What the loop does after an event.
enum Flow {
    Go {
        changed: bool,
    },
    /// Restore the terminal, then exit with this status, saying why if there is a reason.
    Exit(ExitCode, Option<String>),
}

/// Applies one event to the app (and to the terminal, for resizes and job control).
fn apply(
    event: Event,
    app: &mut App,
    guard: &mut Guard,
    watch: Option<&Path>,
) -> std::io::Result<Flow> {
    let mut changed = match event {
        Event::Terminal(TermEvent::Key(key)) => app.handle_key(&key),
        Event::Terminal(TermEvent::Mouse(mouse)) => app.handle_mouse(&mouse),
        Event::Terminal(TermEvent::Resize(w, h)) => {
            guard.resize(w, h)?;
            app.update(Action::Resize(w, h));
            true
        }
        Event::Terminal(_) | Event::Wake => false,
        Event::DataChanged => watch.is_some_and(|path| app.apply_reload(data::load_file(path))),
        // From outside, even in kiosk mode: whoever sent it can also end the app.
        Event::Suspend => app.update(Action::Suspend),
        Event::Continued => {
            guard.resume()?;
            let (width, height) = guard.size();
            app.update(Action::Resize(width, height));
            true
        }
        Event::Signal(signal) => {
            let code = ExitCode::from(128 + u8::try_from(signal).unwrap_or(0));
            return Ok(Flow::Exit(code, None));
        }
        Event::InputFailed(reason) => {
            let message = format!("lost the terminal: {reason}");
            return Ok(Flow::Exit(ExitCode::FAILURE, Some(message)));
        }
    };
    if !app.is_running() {
        return Ok(Flow::Exit(ExitCode::SUCCESS, None));
    }
    if app.take_suspend_request() {
        guard.pause();
        platform::stop();
        guard.resume()?;
        let (width, height) = guard.size();
        app.update(Action::Resize(width, height));
        changed = true;
    }
    Ok(Flow::Go { changed })
}
