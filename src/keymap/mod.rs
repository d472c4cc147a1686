//! The one table of key bindings. Key handling, the footer hints and the help overlay
//! are all read from here, so they cannot drift apart.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::action::Action;
use crate::platform;

/// A key with its modifiers. Shift is ignored when matching, because terminals disagree
/// on whether `G` or `?` arrive with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
}

impl Key {
    const fn plain(code: KeyCode) -> Self {
        Key {
            code,
            modifiers: KeyModifiers::NONE,
        }
    }

    const fn char(c: char) -> Self {
        Key::plain(KeyCode::Char(c))
    }

    const fn ctrl(c: char) -> Self {
        Key {
            code: KeyCode::Char(c),
            modifiers: KeyModifiers::CONTROL,
        }
    }

    fn matches(&self, event: &KeyEvent) -> bool {
        let relevant = KeyModifiers::CONTROL | KeyModifiers::ALT;
        let code_matches = match (self.code, event.code) {
            // Some terminals send Ctrl+C as upper-case C when Shift is held too.
            (KeyCode::Char(a), KeyCode::Char(b))
                if self.modifiers.contains(KeyModifiers::CONTROL) =>
            {
                a.eq_ignore_ascii_case(&b)
            }
            (a, b) => a == b,
        };
        code_matches && (event.modifiers & relevant) == (self.modifiers & relevant)
    }
}

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Browsing the three panes.
    Browse,
    /// The help overlay is open.
    Help,
    /// The QR-code take-away is open.
    Share,
    /// The "find your fit" quiz is open.
    Quiz,
    /// The search line is open; every printable key is typed into it, whatever it
    /// matches.
    Search,
    /// The "Working in the NHS" page is open.
    Working,
    /// The "where are you now?" stage picker is open.
    Stage,
    /// The compare view of pinned rungs is open.
    Compare,
}

impl Mode {
    /// Modes in the order the help overlay lists them, with their headings.
    pub const SECTIONS: [(Mode, &'static str); 8] = [
        (Mode::Browse, "Browsing"),
        (Mode::Stage, "Where are you now? (the stage picker)"),
        (Mode::Compare, "Comparing pinned rungs"),
        (Mode::Working, "On the Working in the NHS page"),
        (Mode::Search, "In search (type to search)"),
        (Mode::Quiz, "In the quiz"),
        (Mode::Share, "In the QR take-away"),
        (Mode::Help, "In this help"),
    ];
}

#[derive(Debug, Clone)]
pub struct Binding {
    pub mode: Mode,
    pub keys: &'static [Key],
    /// How the keys are written in the help overlay, e.g. "↑ k".
    pub label: &'static str,
    pub action: Action,
    pub description: &'static str,
    /// Compact keys and a word for the footer; `None` keeps the binding out of it.
    pub footer: Option<(&'static str, &'static str)>,
}

mod browse;
mod choices;
mod pages;
mod search;
#[cfg(test)]
mod tests;

/// The whole table, mode by mode.
const TABLES: [&[Binding]; 4] = [
    browse::BROWSE,
    choices::CHOICES,
    search::SEARCH,
    pages::PAGES,
];

/// Digit `n` (1 to 9) picks choice `n - 1` in `mode`. One binding per digit, so every key
/// maps straight to its own action; help and the footer show the first only.
/// `what` is the description for help and the word for the footer.
const fn pick(mode: Mode, n: u8, (description, word): (&'static str, &'static str)) -> Binding {
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
        mode,
        keys: std::slice::from_ref(&DIGIT_KEYS[index]),
        label: "1-9",
        action: Action::Pick(n - 1),
        description,
        footer: if n == 1 { Some(("1-9", word)) } else { None },
    }
}

/// Every binding, in table order; suspending only where the system can (see
/// [`platform::CAN_SUSPEND`]), so help never offers a key that does nothing.
pub fn all() -> impl Iterator<Item = &'static Binding> {
    TABLES
        .into_iter()
        .flatten()
        .filter(|b| platform::CAN_SUSPEND || b.action != Action::Suspend)
}

/// The footer's hints for a mode, as (keys, word), in table order. Kiosk mode leaves out
/// the keys it ignores.
pub fn hints(mode: Mode, kiosk: bool) -> Vec<(&'static str, &'static str)> {
    bindings(mode, kiosk).filter_map(|b| b.footer).collect()
}

/// The bindings in force in a mode.
pub fn bindings(mode: Mode, kiosk: bool) -> impl Iterator<Item = &'static Binding> {
    all().filter(move |b| b.mode == mode && !(kiosk && leaves_app(&b.action)))
}

/// The action bound to a key event in a mode. Only presses act: terminals that report
/// releases and repeats (Windows, kitty protocol) would otherwise act twice. In search,
/// every printable key is typed: a character with neither Ctrl nor Alt, or with both
/// (AltGr, as Windows reports it, e.g. `@` on a German keyboard).
pub fn action_for(mode: Mode, event: &KeyEvent) -> Option<Action> {
    if event.kind != KeyEventKind::Press {
        return None;
    }
    let ctrl_alt = KeyModifiers::CONTROL | KeyModifiers::ALT;
    let held = event.modifiers & ctrl_alt;
    if mode == Mode::Search
        && let KeyCode::Char(c) = event.code
        && (held.is_empty() || held == ctrl_alt)
    {
        return Some(Action::Type(c));
    }
    all()
        .filter(|b| b.mode == mode)
        .find(|b| b.keys.iter().any(|k| k.matches(event)))
        .map(|b| b.action.clone())
}

/// The bindings in force in a mode, one per line of help: bindings that share a
/// description (the quiz's digits) are listed once.
pub fn listed(mode: Mode, kiosk: bool) -> impl Iterator<Item = &'static Binding> {
    let mut previous: Option<&'static str> = None;
    bindings(mode, kiosk).filter(move |b| {
        let repeat = previous == Some(b.description);
        previous = Some(b.description);
        !repeat
    })
}

/// How the keys for `action` are written in help (e.g. "Enter", "Backspace"), or "" when
/// nothing in `mode` is bound to it.
pub fn keys_for(mode: Mode, action: Action) -> &'static str {
    all()
        .find(|b| b.mode == mode && b.action == action)
        .map_or("", |b| b.label)
}

/// Short key hints for a popup's border, from the footer column of the table:
/// e.g. "Enter go · Esc cancel" for search. Actions with no footer entry are skipped.
pub fn hint(mode: Mode, actions: &[Action]) -> String {
    actions
        .iter()
        .filter_map(|action| {
            all()
                .filter(|b| b.mode == mode && &b.action == action)
                .find_map(|b| b.footer)
        })
        .map(|(keys, word)| format!("{keys} {word}"))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// Whether a binding's action ends the program; kiosk mode ignores these.
pub fn leaves_app(action: &Action) -> bool {
    matches!(action, Action::Quit | Action::Suspend)
}
