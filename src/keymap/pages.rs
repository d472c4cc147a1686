//! Keys in the overlays: the quiz, the QR take-away, the Working in the NHS page and
//! the help.

use crossterm::event::KeyCode::*;

use super::Mode::*;
use super::{Binding, Key};
use crate::action::Action;

/// Digit `n` (1 to 9) picks choice `n - 1` in the quiz. One binding per digit, so every
/// key maps straight to its own action; help and the footer show the first only.
const fn pick(n: u8) -> Binding {
    const DIGIT_KEYS: [Key; 9] = [
        Key::char('1'),
        Key::char('2'),
        Key::char('3'),
        Key::char('4'),
        Key::char('5'),
        Key::char('6'),
        Key::char('7'),
        Key::char('8'),
        Key::char('9'),
    ];
    let index = (n - 1) as usize;
    Binding {
        mode: Quiz,
        keys: std::slice::from_ref(&DIGIT_KEYS[index]),
        label: "1-9",
        action: Action::Pick(n - 1),
        description: "Choose an answer by its number",
        footer: if n == 1 {
            Some(("1-9", "answer"))
        } else {
            None
        },
    }
}

pub const PAGES: &[Binding] = &[
    Binding {
        mode: Quiz,
        keys: &[Key::plain(Up), Key::char('k')],
        label: "↑ k",
        action: Action::Up,
        description: "Highlight the previous answer",
        footer: None,
    },
    Binding {
        mode: Quiz,
        keys: &[Key::plain(Down), Key::char('j')],
        label: "↓ j",
        action: Action::Down,
        description: "Highlight the next answer",
        footer: Some(("↑↓", "move")),
    },
    pick(1),
    pick(2),
    pick(3),
    pick(4),
    pick(5),
    pick(6),
    pick(7),
    pick(8),
    pick(9),
    Binding {
        mode: Quiz,
        keys: &[Key::plain(Enter)],
        label: "Enter",
        action: Action::Select,
        description: "Choose the answer; on the result, go to that specialism",
        footer: Some(("Enter", "choose")),
    },
    Binding {
        mode: Quiz,
        keys: &[Key::plain(Backspace)],
        label: "Backspace",
        action: Action::PreviousQuestion,
        description: "Back to the previous question",
        footer: Some(("Bksp", "back")),
    },
    Binding {
        mode: Quiz,
        keys: &[Key::plain(Esc), Key::char('f')],
        label: "Esc f",
        action: Action::Close,
        description: "Close the quiz",
        footer: Some(("Esc", "close")),
    },
    Binding {
        mode: Quiz,
        keys: &[Key::char('q'), Key::ctrl('c')],
        label: "q Ctrl+C",
        action: Action::Quit,
        description: "Quit",
        footer: Some(("q", "quit")),
    },
    Binding {
        mode: Share,
        keys: &[Key::plain(Esc), Key::char('s')],
        label: "Esc s",
        action: Action::Close,
        description: "Close the QR code",
        footer: Some(("Esc", "close")),
    },
    Binding {
        mode: Share,
        keys: &[Key::char('q'), Key::ctrl('c')],
        label: "q Ctrl+C",
        action: Action::Quit,
        description: "Quit",
        footer: Some(("q", "quit")),
    },
    Binding {
        mode: Working,
        keys: &[Key::plain(Up), Key::char('k')],
        label: "↑ k",
        action: Action::Up,
        description: "Scroll up a line",
        footer: None,
    },
    Binding {
        mode: Working,
        keys: &[Key::plain(Down), Key::char('j')],
        label: "↓ j",
        action: Action::Down,
        description: "Scroll down a line",
        footer: Some(("↑↓", "scroll")),
    },
    Binding {
        mode: Working,
        keys: &[Key::plain(PageUp)],
        label: "PgUp",
        action: Action::PageUp,
        description: "Scroll up a page",
        footer: None,
    },
    Binding {
        mode: Working,
        keys: &[Key::plain(PageDown), Key::char(' ')],
        label: "PgDn Space",
        action: Action::PageDown,
        description: "Scroll down a page",
        footer: Some(("PgUp/Dn", "page")),
    },
    Binding {
        mode: Working,
        keys: &[Key::plain(Home), Key::char('g')],
        label: "Home g",
        action: Action::Top,
        description: "Jump to the top of the page",
        footer: None,
    },
    Binding {
        mode: Working,
        keys: &[Key::plain(End), Key::char('G')],
        label: "End G",
        action: Action::Bottom,
        description: "Jump to the end of the page",
        footer: None,
    },
    Binding {
        mode: Working,
        keys: &[Key::plain(Esc), Key::char('i')],
        label: "Esc i",
        action: Action::Close,
        description: "Close the page",
        footer: Some(("Esc", "close")),
    },
    Binding {
        mode: Working,
        keys: &[Key::char('q'), Key::ctrl('c')],
        label: "q Ctrl+C",
        action: Action::Quit,
        description: "Quit",
        footer: Some(("q", "quit")),
    },
    Binding {
        mode: Help,
        keys: &[Key::plain(Up), Key::char('k')],
        label: "↑ k",
        action: Action::Up,
        description: "Scroll this help up a line",
        footer: None,
    },
    Binding {
        mode: Help,
        keys: &[Key::plain(Down), Key::char('j')],
        label: "↓ j",
        action: Action::Down,
        description: "Scroll this help down a line",
        footer: Some(("↑↓", "scroll")),
    },
    Binding {
        mode: Help,
        keys: &[Key::plain(PageUp)],
        label: "PgUp",
        action: Action::PageUp,
        description: "Scroll this help up a page",
        footer: None,
    },
    Binding {
        mode: Help,
        keys: &[Key::plain(PageDown)],
        label: "PgDn",
        action: Action::PageDown,
        description: "Scroll this help down a page",
        footer: None,
    },
    Binding {
        mode: Help,
        keys: &[Key::plain(Home)],
        label: "Home",
        action: Action::Top,
        description: "Jump to the top of this help",
        footer: None,
    },
    Binding {
        mode: Help,
        keys: &[Key::plain(End)],
        label: "End",
        action: Action::Bottom,
        description: "Jump to the end of this help",
        footer: None,
    },
    Binding {
        mode: Help,
        keys: &[Key::plain(Esc), Key::char('?')],
        label: "Esc ?",
        action: Action::Close,
        description: "Close the help",
        footer: Some(("Esc", "close")),
    },
    Binding {
        mode: Help,
        keys: &[Key::char('q'), Key::ctrl('c')],
        label: "q Ctrl+C",
        action: Action::Quit,
        description: "Quit",
        footer: Some(("q", "quit")),
    },
];
