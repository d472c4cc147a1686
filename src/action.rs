//! Everything that can happen to the app. Keys, resizes and (later) timers become
//! `Action`s; only `App::update` changes state.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Move up in the focused pane (in the ladder: one rung more senior).
    Up,
    Down,
    /// Jump to the top of the focused pane.
    Top,
    Bottom,
    /// Scroll the detail pane by a page.
    PageUp,
    PageDown,
    /// Cycle focus forwards / backwards through the panes.
    NextPane,
    PrevPane,
    /// Move focus to the pane on the left / right (no wrap-around).
    PaneLeft,
    PaneRight,
    ToggleHelp,
    /// Close whatever overlay is open.
    Close,
    Quit,
    /// The terminal is now this many columns and rows.
    Resize(u16, u16),
}
