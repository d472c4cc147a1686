//! The one table of key bindings. Key handling, the footer hints and the help overlay
//! are all read from here, so they cannot drift apart.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::action::Action;

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
    /// The search line is open; printable keys are typed into it.
    Search,
    /// The search matches nothing. Typing more could only match nothing, so letters are
    /// no longer added and `q` quits again.
    NoMatches,
    /// The "Working in the NHS" page is open.
    Working,
}

impl Mode {
    /// Modes in the order the help overlay lists them, with their headings.
    pub const SECTIONS: [(Mode, &'static str); 7] = [
        (Mode::Browse, "Browsing"),
        (Mode::Working, "On the Working in the NHS page"),
        (Mode::Search, "In search (type to search)"),
        (Mode::NoMatches, "In search, once nothing matches"),
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

use KeyCode::*;
use Mode::*;

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

pub const BINDINGS: &[Binding] = &[
    Binding {
        mode: Browse,
        keys: &[Key::plain(Up), Key::char('k')],
        label: "↑ k",
        action: Action::Up,
        description: "Move up (in the ladder: a more senior rung)",
        footer: Some(("↑↓", "move")),
    },
    Binding {
        mode: Browse,
        keys: &[Key::plain(Down), Key::char('j')],
        label: "↓ j",
        action: Action::Down,
        description: "Move down (in the ladder: towards the entry rung)",
        footer: None,
    },
    Binding {
        mode: Browse,
        keys: &[Key::plain(Tab)],
        label: "Tab",
        action: Action::NextPane,
        description: "Focus the next pane (wraps around)",
        footer: Some(("Tab", "pane")),
    },
    Binding {
        mode: Browse,
        keys: &[Key::plain(BackTab)],
        label: "Shift+Tab",
        action: Action::PrevPane,
        description: "Focus the previous pane (wraps around)",
        footer: None,
    },
    Binding {
        mode: Browse,
        keys: &[Key::plain(Left), Key::char('h')],
        label: "← h",
        action: Action::PaneLeft,
        description: "Focus the pane to the left",
        footer: None,
    },
    Binding {
        mode: Browse,
        keys: &[Key::plain(Right), Key::char('l')],
        label: "→ l",
        action: Action::PaneRight,
        description: "Focus the pane to the right",
        footer: None,
    },
    Binding {
        mode: Browse,
        keys: &[Key::plain(Home), Key::char('g')],
        label: "Home g",
        action: Action::Top,
        description: "Jump to the top",
        footer: None,
    },
    Binding {
        mode: Browse,
        keys: &[Key::plain(End), Key::char('G')],
        label: "End G",
        action: Action::Bottom,
        description: "Jump to the bottom",
        footer: None,
    },
    Binding {
        mode: Browse,
        keys: &[Key::plain(PageUp)],
        label: "PgUp",
        action: Action::PageUp,
        description: "Scroll the detail text up a page",
        footer: None,
    },
    Binding {
        mode: Browse,
        keys: &[Key::plain(PageDown)],
        label: "PgDn",
        action: Action::PageDown,
        description: "Scroll the detail text down a page",
        footer: Some(("PgDn", "scroll")),
    },
    Binding {
        mode: Browse,
        keys: &[Key::char('/')],
        label: "/",
        action: Action::Search,
        description: "Search roles, skills, tools, bodies and ways in",
        footer: Some(("/", "search")),
    },
    Binding {
        mode: Browse,
        keys: &[Key::char('f')],
        label: "f",
        action: Action::Quiz,
        description: "Find your fit: a short quiz",
        footer: Some(("f", "quiz")),
    },
    Binding {
        mode: Browse,
        keys: &[Key::char('i')],
        label: "i",
        action: Action::Working,
        description: "Working in the NHS: jobs, hours, leave, pension, pay steps",
        footer: Some(("i", "NHS info")),
    },
    Binding {
        mode: Browse,
        keys: &[Key::char('s')],
        label: "s",
        action: Action::Share,
        description: "Share: a QR code of the selected item's link",
        footer: Some(("s", "share")),
    },
    Binding {
        mode: Browse,
        keys: &[Key::char('?')],
        label: "?",
        action: Action::ToggleHelp,
        description: "Show or hide this help",
        footer: Some(("?", "help")),
    },
    Binding {
        mode: Browse,
        keys: &[Key::char('q'), Key::ctrl('c')],
        label: "q Ctrl+C",
        action: Action::Quit,
        description: "Quit",
        footer: Some(("q", "quit")),
    },
    Binding {
        mode: Browse,
        keys: &[Key::ctrl('z')],
        label: "Ctrl+Z",
        action: Action::Suspend,
        description: "Suspend to the shell (fg returns)",
        footer: None,
    },
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
    Binding {
        mode: NoMatches,
        keys: &[Key::plain(Backspace)],
        label: "Backspace",
        action: Action::DeleteChar,
        description: "Delete the last character",
        footer: Some(("Bksp", "edit")),
    },
    Binding {
        mode: NoMatches,
        keys: &[Key::plain(Esc)],
        label: "Esc",
        action: Action::Close,
        description: "Leave search and go back to where you were",
        footer: Some(("Esc", "back")),
    },
    Binding {
        mode: NoMatches,
        keys: &[Key::char('q'), Key::ctrl('c')],
        label: "q Ctrl+C",
        action: Action::Quit,
        description: "Quit",
        footer: Some(("q", "quit")),
    },
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

/// The footer's hints for a mode, as (keys, word), in table order. Kiosk mode leaves out
/// the keys it ignores.
pub fn hints(mode: Mode, kiosk: bool) -> Vec<(&'static str, &'static str)> {
    bindings(mode, kiosk).filter_map(|b| b.footer).collect()
}

/// The bindings in force in a mode.
pub fn bindings(mode: Mode, kiosk: bool) -> impl Iterator<Item = &'static Binding> {
    BINDINGS
        .iter()
        .filter(move |b| b.mode == mode && !(kiosk && leaves_app(&b.action)))
}

/// The action bound to a key event in a mode. Only presses act: terminals that report
/// releases and repeats (Windows, kitty protocol) would otherwise act twice. In search,
/// any printable key without Ctrl or Alt is typed.
pub fn action_for(mode: Mode, event: &KeyEvent) -> Option<Action> {
    if event.kind != KeyEventKind::Press {
        return None;
    }
    if mode == Search
        && let Char(c) = event.code
        && !event
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
    {
        return Some(Action::Type(c));
    }
    BINDINGS
        .iter()
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
    BINDINGS
        .iter()
        .find(|b| b.mode == mode && b.action == action)
        .map_or("", |b| b.label)
}

/// Short key hints for a popup's border, from the footer column of the table:
/// e.g. "Enter go · Esc cancel" for search. Actions with no footer entry are skipped.
pub fn hint(mode: Mode, actions: &[Action]) -> String {
    actions
        .iter()
        .filter_map(|action| {
            BINDINGS
                .iter()
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

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    #[test]
    fn vim_keys_and_arrows_share_actions() {
        let none = KeyModifiers::NONE;
        assert_eq!(
            action_for(Browse, &press(Char('j'), none)),
            Some(Action::Down)
        );
        assert_eq!(action_for(Browse, &press(Down, none)), Some(Action::Down));
        assert_eq!(
            action_for(Browse, &press(Char('k'), none)),
            Some(Action::Up)
        );
        assert_eq!(
            action_for(Browse, &press(Char('G'), KeyModifiers::SHIFT)),
            Some(Action::Bottom)
        );
        assert_eq!(
            action_for(Browse, &press(BackTab, KeyModifiers::SHIFT)),
            Some(Action::PrevPane)
        );
        assert_eq!(
            action_for(Browse, &press(Char('c'), KeyModifiers::CONTROL)),
            Some(Action::Quit)
        );
        assert_eq!(
            action_for(Browse, &press(Char('?'), KeyModifiers::SHIFT)),
            Some(Action::ToggleHelp)
        );
    }

    #[test]
    fn plain_c_is_not_ctrl_c_and_releases_are_ignored() {
        assert_eq!(
            action_for(Browse, &press(Char('c'), KeyModifiers::NONE)),
            None
        );
        let mut release = press(Char('q'), KeyModifiers::NONE);
        release.kind = KeyEventKind::Release;
        assert_eq!(action_for(Browse, &release), None);
    }

    #[test]
    fn help_mode_has_its_own_bindings() {
        assert_eq!(
            action_for(Help, &press(Esc, KeyModifiers::NONE)),
            Some(Action::Close)
        );
        // j scrolls the help rather than moving the list underneath.
        assert_eq!(
            action_for(Help, &press(Char('j'), KeyModifiers::NONE)),
            Some(Action::Down)
        );
        assert_eq!(
            action_for(Help, &press(Char('f'), KeyModifiers::NONE)),
            None
        );
    }

    #[test]
    fn digits_pick_answers_by_number() {
        let none = KeyModifiers::NONE;
        assert_eq!(
            action_for(Quiz, &press(Char('1'), none)),
            Some(Action::Pick(0))
        );
        assert_eq!(
            action_for(Quiz, &press(Char('4'), none)),
            Some(Action::Pick(3))
        );
        assert_eq!(action_for(Browse, &press(Char('1'), none)), None);
    }

    #[test]
    fn search_types_letters_including_q() {
        let none = KeyModifiers::NONE;
        assert_eq!(
            action_for(Search, &press(Char('q'), none)),
            Some(Action::Type('q'))
        );
        assert_eq!(
            action_for(Search, &press(Char('S'), KeyModifiers::SHIFT)),
            Some(Action::Type('S'))
        );
        assert_eq!(
            action_for(Search, &press(Char('c'), KeyModifiers::CONTROL)),
            Some(Action::Quit)
        );
        assert_eq!(
            action_for(Browse, &press(Char('/'), none)),
            Some(Action::Search)
        );
    }

    #[test]
    fn a_search_that_matches_nothing_stops_typing_and_q_quits() {
        let none = KeyModifiers::NONE;
        assert_eq!(
            action_for(NoMatches, &press(Char('q'), none)),
            Some(Action::Quit)
        );
        assert_eq!(action_for(NoMatches, &press(Char('x'), none)), None);
        assert_eq!(
            action_for(NoMatches, &press(Backspace, none)),
            Some(Action::DeleteChar)
        );
    }

    #[test]
    fn no_key_is_bound_twice_in_one_mode() {
        for (i, a) in BINDINGS.iter().enumerate() {
            for b in &BINDINGS[i + 1..] {
                if a.mode == b.mode {
                    for key in a.keys {
                        assert!(!b.keys.contains(key), "{key:?} bound twice in {:?}", a.mode);
                    }
                }
            }
        }
    }

    #[test]
    fn help_pages_and_jumps_rather_than_stepping_a_line() {
        let none = KeyModifiers::NONE;
        assert_eq!(
            action_for(Help, &press(PageDown, none)),
            Some(Action::PageDown)
        );
        assert_eq!(action_for(Help, &press(PageUp, none)), Some(Action::PageUp));
        assert_eq!(action_for(Help, &press(Home, none)), Some(Action::Top));
        assert_eq!(action_for(Help, &press(End, none)), Some(Action::Bottom));
    }

    #[test]
    fn backspace_deletes_in_search_and_goes_back_in_the_quiz() {
        let none = KeyModifiers::NONE;
        assert_eq!(
            action_for(Search, &press(Backspace, none)),
            Some(Action::DeleteChar)
        );
        assert_eq!(
            action_for(Quiz, &press(Backspace, none)),
            Some(Action::PreviousQuestion)
        );
    }

    #[test]
    fn digits_are_listed_once_in_help() {
        let quiz: Vec<&str> = listed(Quiz, false).map(|b| b.label).collect();
        assert_eq!(quiz.iter().filter(|l| **l == "1-9").count(), 1, "{quiz:?}");
        assert_eq!(
            action_for(Quiz, &press(Char('9'), KeyModifiers::NONE)),
            Some(Action::Pick(8))
        );
    }

    #[test]
    fn popup_hints_come_from_the_table() {
        assert_eq!(
            hint(Search, &[Action::Select, Action::Close]),
            "Enter go · Esc cancel"
        );
        assert_eq!(hint(Share, &[Action::Close]), "Esc close");
        assert_eq!(hint(Browse, &[Action::Share]), "s share");
        assert_eq!(
            hint(Browse, &[Action::Pick(0)]),
            "",
            "unbound actions give no hint"
        );
        assert_eq!(keys_for(Quiz, Action::PreviousQuestion), "Backspace");
        assert_eq!(keys_for(Browse, Action::PreviousQuestion), "");
    }

    #[test]
    fn footer_hints_come_from_the_table() {
        let browse = hints(Browse, false);
        assert_eq!(browse.first(), Some(&("↑↓", "move")));
        assert!(browse.contains(&("?", "help")));
        assert_eq!(
            hints(Help, false),
            vec![("↑↓", "scroll"), ("Esc", "close"), ("q", "quit")]
        );
        assert_eq!(
            hints(Help, true),
            vec![("↑↓", "scroll"), ("Esc", "close")],
            "kiosk hides quit"
        );
    }
}
