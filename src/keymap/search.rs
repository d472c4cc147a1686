//! Keys in the search line. Every printable key is typed (see `action_for`), so only
//! keys that type nothing are bound here.

use crossterm::event::KeyCode::*;

use super::Mode::*;
use super::{Binding, Key};
use crate::action::Action;

pub const SEARCH: &[Binding] = &[
    Binding {
        mode: Search,
        keys: &[Key::plain(Up)],
        label: "↑",
        action: Action::Up,
        description: "Highlight the previous result",
        footer: None,
    },
    Binding {
        mode: Search,
        keys: &[Key::plain(Down)],
        label: "↓",
        action: Action::Down,
        description: "Highlight the next result",
        footer: Some(("↑↓", "choose")),
    },
    Binding {
        mode: Search,
        keys: &[Key::plain(Enter)],
        label: "Enter",
        action: Action::Select,
        description: "Go to the highlighted result",
        footer: Some(("Enter", "go")),
    },
    Binding {
        mode: Search,
        keys: &[Key::plain(Backspace)],
        label: "Backspace",
        action: Action::DeleteChar,
        description: "Delete the last character",
        footer: None,
    },
    Binding {
        mode: Search,
        keys: &[Key::plain(Tab)],
        label: "Tab",
        action: Action::OpenOnly,
        description: "Only what is open to your stage, or everything again",
        footer: Some(("Tab", "open to you")),
    },
    Binding {
        mode: Search,
        keys: &[Key::plain(Esc)],
        label: "Esc",
        action: Action::Close,
        description: "Leave search and go back to where you were",
        footer: Some(("Esc", "cancel")),
    },
    Binding {
        mode: Search,
        keys: &[Key::ctrl('c')],
        label: "Ctrl+C",
        action: Action::Quit,
        description: "Quit",
        footer: None,
    },
];
