//! The scripted tour behind the README's screenshots: which screens, at what size, after
//! which keys. Each shot drives a fresh [`App`] exactly as a user (or a test) would and
//! renders the real UI into a [`TestBackend`].

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::keys;
use super::svg::to_svg;
use crate::app::App;
use crate::data::Catalogue;
use crate::ui;

/// One screenshot: the file it is saved as in `screenshots/`, the terminal size, and the
/// keys pressed from a fresh start (see [`keys::parse`] for the notation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shot {
    pub file: &'static str,
    pub width: u16,
    pub height: u16,
    pub keys: &'static str,
}

const fn shot(file: &'static str, (width, height): (u16, u16), keys: &'static str) -> Shot {
    Shot {
        file,
        width,
        height,
        keys,
    }
}

/// A common laptop terminal, and the smallest size the app draws panes at.
const WIDE: (u16, u16) = (120, 36);
const COMPACT: (u16, u16) = (80, 24);

/// Every screenshot. Add a screen with one line (and show it in the README's gallery).
#[rustfmt::skip]
pub const TOUR: &[Shot] = &[
    shot("start.svg",                WIDE,    ""),
    shot("specialism-ladder.svg",    WIDE,    "jjjj"),              // Information management
    shot("ladder-rung-selected.svg", WIDE,    "jjjj<Tab><Tab>k"),   // ladder focused, rung 2
    shot("help.svg",                 WIDE,    "?"),
    shot("compact-80x24.svg",        COMPACT, "jj<Tab><Tab>"),      // 80x24, a rung selected
];

/// The app after the shot's keys, at the shot's size.
pub fn app_for(shot: &Shot, catalogue: Catalogue) -> Result<App, String> {
    let mut app = App::new(catalogue, shot.width, shot.height);
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
