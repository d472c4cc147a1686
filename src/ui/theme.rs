//! Colours and text styles. The default theme uses only the terminal's own named colours
//! and default background, so it reads on dark and light terminals alike. `NoColor`
//! (for `NO_COLOR`) uses no colour at all: selection and focus show through bold,
//! reverse video and markers.

use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};

pub use crate::app::ThemeName;
use crate::measure::{Row, Tone};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// Painted under everything: the background and default text colour.
    pub base: Style,
    pub text: Style,
    pub muted: Style,
    pub heading: Style,
    pub title: Style,
    pub accent: Style,
    pub pay: Style,
    pub border: Style,
    pub border_focused: Style,
    /// The selected item in the focused pane.
    pub selected: Style,
    /// The selected item in a pane without focus.
    pub selected_unfocused: Style,
    pub key: Style,
    pub brand: Style,
    pub warning: Style,
    /// Whether colours may be used at all (QR codes fall back to glyphs without them).
    pub colour: bool,
}

const BOLD: Modifier = Modifier::BOLD;
const REVERSED_BOLD: Modifier = Modifier::REVERSED.union(Modifier::BOLD);
const BOLD_UNDERLINED: Modifier = Modifier::BOLD.union(Modifier::UNDERLINED);

impl Theme {
    pub const fn named(name: ThemeName) -> Theme {
        match name {
            ThemeName::Terminal => Theme::terminal(),
            ThemeName::Dark => Theme::rgb(
                Color::Rgb(22, 25, 32),
                Color::Rgb(222, 226, 232),
                Color::Rgb(128, 136, 150),
                Color::Rgb(102, 204, 230),
                Color::Rgb(134, 214, 120),
                Color::Rgb(240, 200, 90),
            ),
            ThemeName::Light => Theme::rgb(
                Color::Rgb(250, 250, 247),
                Color::Rgb(28, 30, 36),
                Color::Rgb(105, 110, 120),
                Color::Rgb(0, 94, 184),
                Color::Rgb(0, 120, 60),
                Color::Rgb(170, 70, 0),
            ),
            ThemeName::HighContrast => Theme::high_contrast(),
            ThemeName::NoColor => Theme::no_color(),
        }
    }

    pub const fn terminal() -> Theme {
        Theme {
            base: Style::new(),
            text: Style::new(),
            muted: Style::new().fg(Color::DarkGray),
            heading: Style::new().fg(Color::Cyan).add_modifier(BOLD),
            title: Style::new().add_modifier(BOLD),
            accent: Style::new().fg(Color::Cyan),
            pay: Style::new().fg(Color::Green),
            border: Style::new().fg(Color::DarkGray),
            border_focused: Style::new().fg(Color::Cyan).add_modifier(BOLD),
            selected: Style::new().add_modifier(REVERSED_BOLD),
            selected_unfocused: Style::new().add_modifier(BOLD_UNDERLINED),
            key: Style::new().fg(Color::Cyan).add_modifier(BOLD),
            brand: Style::new().add_modifier(REVERSED_BOLD),
            warning: Style::new().fg(Color::Yellow).add_modifier(BOLD),
            colour: true,
        }
    }

    /// A theme with its own background, for terminals whose palette doesn't suit.
    const fn rgb(
        bg: Color,
        fg: Color,
        muted: Color,
        accent: Color,
        pay: Color,
        warn: Color,
    ) -> Theme {
        Theme {
            base: Style::new().fg(fg).bg(bg),
            text: Style::new().fg(fg),
            muted: Style::new().fg(muted),
            heading: Style::new().fg(accent).add_modifier(BOLD),
            title: Style::new().fg(fg).add_modifier(BOLD),
            accent: Style::new().fg(accent),
            pay: Style::new().fg(pay),
            border: Style::new().fg(muted),
            border_focused: Style::new().fg(accent).add_modifier(BOLD),
            selected: Style::new().fg(bg).bg(accent).add_modifier(BOLD),
            selected_unfocused: Style::new().fg(fg).add_modifier(BOLD_UNDERLINED),
            key: Style::new().fg(accent).add_modifier(BOLD),
            brand: Style::new().fg(bg).bg(accent).add_modifier(BOLD),
            warning: Style::new().fg(warn).add_modifier(BOLD),
            colour: true,
        }
    }

    const fn high_contrast() -> Theme {
        let (bg, fg, hi) = (Color::Black, Color::White, Color::Yellow);
        Theme {
            base: Style::new().fg(fg).bg(bg),
            text: Style::new().fg(fg),
            muted: Style::new().fg(fg),
            heading: Style::new().fg(hi).add_modifier(BOLD_UNDERLINED),
            title: Style::new().fg(fg).add_modifier(BOLD),
            accent: Style::new().fg(hi).add_modifier(BOLD),
            pay: Style::new().fg(fg).add_modifier(BOLD),
            border: Style::new().fg(fg),
            border_focused: Style::new().fg(hi).add_modifier(BOLD),
            selected: Style::new().fg(bg).bg(hi).add_modifier(BOLD),
            selected_unfocused: Style::new().fg(hi).add_modifier(BOLD_UNDERLINED),
            key: Style::new().fg(hi).add_modifier(BOLD),
            brand: Style::new().fg(bg).bg(hi).add_modifier(BOLD),
            warning: Style::new().fg(bg).bg(hi).add_modifier(BOLD),
            colour: true,
        }
    }

    const fn no_color() -> Theme {
        Theme {
            base: Style::new(),
            text: Style::new(),
            muted: Style::new().add_modifier(Modifier::DIM),
            heading: Style::new().add_modifier(BOLD_UNDERLINED),
            title: Style::new().add_modifier(BOLD),
            accent: Style::new(),
            pay: Style::new(),
            border: Style::new(),
            border_focused: Style::new().add_modifier(BOLD),
            selected: Style::new().add_modifier(REVERSED_BOLD),
            selected_unfocused: Style::new().add_modifier(BOLD_UNDERLINED),
            key: Style::new().add_modifier(BOLD),
            brand: Style::new().add_modifier(REVERSED_BOLD),
            warning: Style::new().add_modifier(REVERSED_BOLD),
            colour: false,
        }
    }
}

impl Theme {
    /// The style for text of a given tone.
    pub const fn tone(&self, tone: Tone) -> Style {
        match tone {
            Tone::Text => self.text,
            Tone::Muted => self.muted,
            Tone::Heading => self.heading,
            Tone::Title => self.title,
            Tone::Accent => self.accent,
            Tone::Pay => self.pay,
            Tone::Key => self.key,
            Tone::Selected => self.selected,
            Tone::SelectedUnfocused => self.selected_unfocused,
        }
    }

    /// One measured row as a styled line.
    pub fn line(&self, row: Row) -> Line<'static> {
        Line::from(
            row.into_iter()
                .map(|(tone, text)| Span::styled(text, self.tone(tone)))
                .collect::<Vec<_>>(),
        )
    }

    /// Measured rows as styled lines.
    pub fn lines(&self, rows: Vec<Row>) -> Vec<Line<'static>> {
        rows.into_iter().map(|row| self.line(row)).collect()
    }
}

impl Default for Theme {
    fn default() -> Self {
        Theme::terminal()
    }
}
