//! Everything that can happen to the app: keys, mouse events, resizes, timer ticks and
//! reloads all arrive as `Action`s, and only `App::update` changes state.

use std::time::Instant;

use crossterm::event::{KeyEvent, MouseEvent};

use crate::data::{Catalogue, LoadError};

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Move up in the focused pane (in the ladder: one rung more senior).
    Up,
    Down,
    /// Jump to the top of the focused pane.
    Top,
    Bottom,
    /// Scroll by a page (the detail pane, the help, the Working in the NHS page).
    PageUp,
    PageDown,
    /// Cycle focus forwards / backwards through the panes.
    NextPane,
    PrevPane,
    /// Move focus to the pane on the left / right (no wrap-around).
    PaneLeft,
    PaneRight,
    ToggleHelp,
    /// Open the QR-code take-away for the selected specialism or rung.
    Share,
    /// Open the "find your fit" quiz.
    Quiz,
    /// Open the search line.
    Search,
    /// Open (or close) the "Working in the NHS" page.
    Working,
    /// Open the "where are you now?" stage picker.
    Stage,
    /// Choose no stage: the picker's "no stage" entry, or skipping the quiz's stage question.
    ClearStage,
    /// Pin the selected rung to compare (or unpin it).
    Pin,
    /// Open the compare view of the pinned rungs.
    Compare,
    /// Show pay for the next nation's pay table (wrapping round to the first).
    Nation,
    /// In search: show only what is open to the chosen stage (or everything again).
    OpenOnly,
    /// A character typed into the search line.
    Type(char),
    /// Choose the highlighted item (an answer, or a quiz result to jump to).
    Select,
    /// Choose item N (0-based) directly, e.g. a quiz answer by its number.
    Pick(u8),
    /// Delete the last character typed into the search line.
    DeleteChar,
    /// Go back to the previous quiz question.
    PreviousQuestion,
    /// Close whatever overlay is open.
    Close,
    /// Suspend to the shell (Ctrl+Z); `fg` brings the app back.
    Suspend,
    Quit,
    /// The terminal is now this many columns and rows.
    Resize(u16, u16),
    /// Time has passed: timers (idle reset, attract loop) compare against this.
    Tick(Instant),
    /// The terminal side has suspended and resumed after a [`Action::Suspend`].
    Resumed,
    /// A key was pressed: the app maps it to one of the actions above through the
    /// keymap table, after the welcome screen and kiosk mode have had their say.
    Key(KeyEvent),
    /// The mouse was clicked, or its wheel turned.
    Mouse(MouseEvent),
    /// Stand insights: the app is closing, so the visit under way ends now.
    EndVisit,
    /// Stand insights: the first N ended visits were taken to be saved.
    VisitsTaken(usize),
    /// Stand insights: why visits could not be saved (a full disk), or `None` once they are.
    InsightsWarning(Option<String>),
    /// The watched data file was read again: new content, or why it could not be used.
    Reload(Box<Result<Catalogue, LoadError>>),
}
