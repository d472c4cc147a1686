//! How the app was started: kiosk mode, the idle timeout, the welcome screen and a theme.

use std::time::Duration;

use super::kiosk;

/// The themes a user can pick with `--theme`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ThemeName {
    /// The terminal's own palette and background (the default).
    #[default]
    Terminal,
    /// Light text on a dark background, whatever the terminal's colours.
    Dark,
    /// Dark text on a light background, whatever the terminal's colours.
    Light,
    /// Maximum contrast for projectors and bright rooms: white and yellow on black.
    HighContrast,
    /// No colour at all (what `NO_COLOR` selects).
    NoColor,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Careers-fair mode: quit keys do nothing, idle resets and starts the attract loop.
    pub kiosk: bool,
    /// Kiosk mode: how long without input before the reset.
    pub idle: Duration,
    /// Open on the welcome screen.
    pub welcome: bool,
    pub theme: ThemeName,
    /// Kiosk mode: keep an anonymous record of each visit (`--insights FILE`).
    pub insights: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            kiosk: false,
            idle: kiosk::DEFAULT_IDLE,
            welcome: false,
            theme: ThemeName::Terminal,
            insights: false,
        }
    }
}
