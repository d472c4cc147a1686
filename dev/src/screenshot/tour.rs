//! The scripted tour behind the README's screenshots: which screens, at what size, after
//! which keys. Each shot drives a fresh [`App`] exactly as a user (or a test) would and
//! renders the real UI into a [`TestBackend`].

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use std::time::Instant;

use super::keys;
use super::svg::to_svg;
use hi_tui::action::Action;
use hi_tui::app::ThemeName;
use hi_tui::app::kiosk::ATTRACT_STEP;
use hi_tui::app::{App, Options};
use hi_tui::data::Catalogue;
use hi_tui::ui;

/// How the app is started before the keys are pressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Setup {
    /// Browsing, default theme.
    Browse,
    /// The welcome screen a user first sees.
    Welcome,
    /// Browsing in another theme.
    Theme(ThemeName),
    /// Kiosk mode left idle until the attract loop has taken this many steps.
    Attract(u32),
}

/// One screenshot: the file it is saved as in `screenshots/`, the terminal size, and the
/// keys pressed from a fresh start (see [`keys::parse`] for the notation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shot {
    pub file: &'static str,
    pub width: u16,
    pub height: u16,
    pub keys: &'static str,
    pub setup: Setup,
}

const fn shot(file: &'static str, (width, height): (u16, u16), keys: &'static str) -> Shot {
    Shot {
        file,
        width,
        height,
        keys,
        setup: Setup::Browse,
    }
}

const fn with(setup: Setup, shot: Shot) -> Shot {
    Shot { setup, ..shot }
}

/// A common laptop terminal, and the smallest size the app draws panes at.
const WIDE: (u16, u16) = (120, 36);
const COMPACT: (u16, u16) = (80, 24);
/// The smallest window the app draws in, with one pane at a time.
const SMALL: (u16, u16) = (60, 20);

/// Every screenshot. Add a screen with one line (and show it in the README's gallery).
#[rustfmt::skip]
pub const TOUR: &[Shot] = &[
    shot("start.svg",                WIDE,    ""),
    shot("specialism-ladder.svg",    WIDE,    "jjjj"),              // Information management
    shot("ladder-rung-selected.svg", WIDE,    "jjjj<Tab><Tab>k"),   // ladder focused, rung 2
    shot("help.svg",                 WIDE,    "?"),
    shot("compact-80x24.svg",        COMPACT, "jj<Tab><Tab>"),      // 80x24, a rung selected
    shot("nation-scotland.svg",      WIDE,    "jjn<Tab><Tab>kkkkk"), // Scotland's pay: two points in Band 8a
    with(Setup::Welcome, shot("welcome.svg", WIDE, "")),
    shot("search-sql.svg",           WIDE,    "/sql"),
    shot("quiz-result.svg",          WIDE,    "f31111111"),         // as a graduate in any subject
    shot("stage-picker.svg",         WIDE,    "wjj"),               // where are you now?
    shot("stage-chosen.svg",         WIDE,    "w3jj<Tab><Tab>k"),   // a graduate: what is open, and a rung not yet
    shot("compare.svg",              WIDE,    "jj<Tab><Tab>ckc<S-Tab><S-Tab>jjjjj<Tab><Tab>cw3C"),
    shot("working-in-the-nhs.svg",   WIDE,    "i"),
    shot("search-routes.svg",        WIDE,    "/ST0"),
    shot("qr-take-away.svg",         WIDE,    "jjjjs"),
    shot("shortlist.svg",            (120, 40), "jj<Tab><Tab>ckcs"), // two rungs pinned, then s
    with(Setup::Attract(5), shot("kiosk-attract.svg", WIDE, "")),
    with(Setup::Theme(ThemeName::Light), shot("theme-light.svg", WIDE, "jj")),
    with(Setup::Theme(ThemeName::HighContrast), shot("theme-high-contrast.svg", WIDE, "jj<Tab><Tab>")),
    shot("small-60x20.svg",          SMALL,   "jjj<Tab><Tab>"),
];

/// The app after the shot's keys, at the shot's size.
pub fn app_for(shot: &Shot, catalogue: Catalogue) -> Result<App, String> {
    // A fixed start time: the attract loop's timers are driven from it, never the clock.
    let start = Instant::now();
    let mut options = Options::default();
    match shot.setup {
        Setup::Browse => {}
        Setup::Welcome => options.welcome = true,
        Setup::Theme(theme) => options.theme = theme,
        Setup::Attract(_) => options.kiosk = true,
    }
    let mut app = App::with_options(catalogue, shot.width, shot.height, options, start);
    if let Setup::Attract(steps) = shot.setup {
        let mut now = start + options.idle;
        app.update(Action::Tick(now));
        for _ in 0..steps {
            now += ATTRACT_STEP;
            app.update(Action::Tick(now));
        }
    }
    for key in keys::parse(shot.keys).map_err(|e| format!("{}: {e}", shot.file))? {
        app.handle_key(&key);
    }
    Ok(app)
}

/// The shot rendered by the real UI code, as SVG.
pub fn render(shot: &Shot, catalogue: Catalogue) -> Result<String, String> {
    let app = app_for(shot, catalogue)?;
    let backend = TestBackend::new(shot.width, shot.height);
    let mut terminal = Terminal::new(backend).map_err(|e| format!("{}: {e}", shot.file))?;
    terminal
        .draw(|frame| ui::draw(&app, frame))
        .map_err(|e| format!("{}: {e}", shot.file))?;
    Ok(to_svg(terminal.backend().buffer()))
}
