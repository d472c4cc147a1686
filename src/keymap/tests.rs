use super::*;
use Mode::*;
use crossterm::event::KeyCode::*;

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
        Some(Action::Pin)
    );
    assert_eq!(
        action_for(Browse, &press(Char('C'), KeyModifiers::SHIFT)),
        Some(Action::Compare),
        "C is not c"
    );
    let mut release = press(Char('q'), KeyModifiers::NONE);
    release.kind = KeyEventKind::Release;
    assert_eq!(action_for(Browse, &release), None);
}

#[test]
fn ctrl_c_quits_even_when_shift_makes_it_a_capital() {
    // Some terminals send Ctrl+Shift+C as Ctrl with an upper-case C.
    let ctrl_shift = KeyModifiers::CONTROL | KeyModifiers::SHIFT;
    assert_eq!(
        action_for(Browse, &press(Char('C'), ctrl_shift)),
        Some(Action::Quit),
        "Ctrl+Shift+C must quit like Ctrl+C"
    );
    // Without Ctrl the case matters: G is Bottom, g is Top.
    assert_eq!(
        action_for(Browse, &press(Char('g'), KeyModifiers::NONE)),
        Some(Action::Top)
    );
    assert_eq!(
        action_for(Browse, &press(Char('G'), KeyModifiers::SHIFT)),
        Some(Action::Bottom)
    );
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
fn search_types_altgr_characters_but_not_ctrl_or_alt_ones() {
    let altgr = KeyModifiers::CONTROL | KeyModifiers::ALT;
    assert_eq!(
        action_for(Search, &press(Char('@'), altgr)),
        Some(Action::Type('@'))
    );
    assert_eq!(
        action_for(Search, &press(Char('€'), altgr | KeyModifiers::SHIFT)),
        Some(Action::Type('€'))
    );
    assert_eq!(
        action_for(Search, &press(Char('q'), KeyModifiers::ALT)),
        None
    );
    assert_eq!(
        action_for(Search, &press(Char('c'), KeyModifiers::CONTROL)),
        Some(Action::Quit)
    );
}

#[test]
fn no_key_is_bound_twice_in_one_mode() {
    let bindings: Vec<&Binding> = all().collect();
    for (i, a) in bindings.iter().enumerate() {
        for b in &bindings[i + 1..] {
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

#[test]
fn the_stage_picker_takes_digits_and_zero_clears() {
    let none = KeyModifiers::NONE;
    assert_eq!(
        action_for(Browse, &press(Char('w'), none)),
        Some(Action::Stage)
    );
    assert_eq!(
        action_for(Stage, &press(Char('3'), none)),
        Some(Action::Pick(2))
    );
    assert_eq!(
        action_for(Stage, &press(Char('0'), none)),
        Some(Action::ClearStage)
    );
    assert_eq!(
        action_for(Search, &press(Tab, none)),
        Some(Action::OpenOnly)
    );
    assert_eq!(
        action_for(Compare, &press(Right, none)),
        Some(Action::PaneRight)
    );
    assert_eq!(
        hint(Search, &[Action::Select, Action::OpenOnly, Action::Close]),
        "Enter go · Tab open to you · Esc cancel"
    );
}
