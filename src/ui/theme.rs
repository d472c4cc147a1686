//! Colours and text styles. The default theme uses only the terminal's own named colours
//! and default background, so it reads on dark and light terminals alike.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
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
}

impl Theme {
    pub const fn terminal() -> Theme {
        let bold = Modifier::BOLD;
        Theme {
            text: Style::new(),
            muted: Style::new().fg(Color::DarkGray),
            heading: Style::new().fg(Color::Cyan).add_modifier(bold),
            title: Style::new().add_modifier(bold),
            accent: Style::new().fg(Color::Cyan),
            pay: Style::new().fg(Color::Green),
            border: Style::new().fg(Color::DarkGray),
            border_focused: Style::new().fg(Color::Cyan).add_modifier(bold),
            selected: Style::new().add_modifier(Modifier::REVERSED.union(bold)),
            selected_unfocused: Style::new().add_modifier(bold.union(Modifier::UNDERLINED)),
            key: Style::new().fg(Color::Cyan).add_modifier(bold),
            brand: Style::new().add_modifier(Modifier::REVERSED.union(bold)),
            warning: Style::new().fg(Color::Yellow).add_modifier(bold),
        }
    }
}

impl Default for Theme {
    fn default() -> Self {
        Theme::terminal()
    }
}
