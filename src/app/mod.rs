//! All of the app's state, changed only by `update`. No terminal, no drawing: tests
//! drive it with actions (keys, mouse events and reloads are actions too), and time
//! passed in as values. Each mode keeps its state and its logic in its own file:
//! browsing, search, the quiz, the pages (help, Working in the NHS), the stage picker
//! ("where are you now?"), pins and the compare view, kiosk mode, the mouse and
//! reloading; `update` dispatches to them.

mod browse;
mod compare;
mod geometry;
mod input;
pub mod kiosk;
mod mouse;
mod nation;
mod options;
mod pages;
mod queries;
pub mod quiz;
mod reload;
mod resize;
mod search;
mod share;
mod stage;
mod visits;

use std::time::Instant;

use crossterm::event::{KeyEvent, MouseEvent};

use crate::action::Action;
use crate::data::{Catalogue, LoadError};
use crate::measure::compare::Pin;
use crate::search::Index;
pub use compare::CompareState;
use geometry::Geometry;
use kiosk::{Attract, ExitPhrase};
pub use options::{Options, ThemeName};
use quiz::QuizState;
pub use search::{MAX_QUERY, SEARCH_SLICE, SearchState};
pub use share::Sharing;
pub use visits::MAX_WAITING;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Specialisms,
    Detail,
    Ladder,
}

impl Pane {
    pub const ALL: [Pane; 3] = [Pane::Specialisms, Pane::Detail, Pane::Ladder];

    pub fn title(self) -> &'static str {
        match self {
            Pane::Specialisms => "Specialisms",
            Pane::Detail => "Detail",
            Pane::Ladder => "Career ladder",
        }
    }

    fn index(self) -> usize {
        Pane::ALL.iter().position(|&p| p == self).unwrap_or(0)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Help,
    Share,
    Quiz,
    Search,
    /// The "Working in the NHS" page.
    Working,
    /// The "where are you now?" stage picker.
    Stage,
    /// The pinned rungs side by side.
    Compare,
}

/// Everything the screen depends on, bar the content itself: comparing it before and
/// after an action tells whether a redraw is needed.
#[derive(Debug, Clone, PartialEq, Eq)]
struct View {
    welcome: bool,
    specialism: usize,
    rung: usize,
    focus: Pane,
    /// Whether the detail pane shows the rung (set by visiting the ladder, cleared by
    /// visiting the list), so it keeps showing the rung when focus moves on to it.
    detail_rung: bool,
    detail_scroll: usize,
    overlay: Option<Overlay>,
    search: SearchState,
    help_scroll: usize,
    working_scroll: usize,
    quiz: QuizState,
    attract: Option<Attract>,
    size: (u16, u16),
    /// The chosen stage (index into the catalogue's stages).
    stage: Option<usize>,
    /// The highlighted entry in the stage picker.
    stage_cursor: usize,
    /// Rungs pinned to compare, in the order they were pinned.
    pins: Vec<Pin>,
    compare: CompareState,
    /// What the take-away shows: a link, or the shortlist (and which of its codes).
    sharing: Sharing,
    /// A one-off message in place of the key hints (e.g. that three rungs are pinned),
    /// gone at the next key or click.
    notice: Option<String>,
}

impl View {
    /// The view of an app just started with `options` in a `size` terminal. A kiosk reset
    /// starts again from here, so nothing a visitor changed can be left out of it.
    fn new(options: &Options, size: (u16, u16)) -> View {
        View {
            welcome: options.welcome,
            specialism: 0,
            rung: 0,
            focus: Pane::Specialisms,
            detail_rung: false,
            detail_scroll: 0,
            overlay: None,
            search: SearchState::default(),
            help_scroll: 0,
            working_scroll: 0,
            quiz: QuizState::default(),
            attract: None,
            size,
            stage: None,
            stage_cursor: 0,
            pins: Vec::new(),
            compare: CompareState::default(),
            sharing: Sharing::default(),
            notice: None,
        }
    }
}

/// Whether the program should go on, stop for the shell, or end: the terminal side acts
/// on it, nothing on screen shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lifecycle {
    Running,
    /// Ctrl+Z: suspend to the shell, then carry on.
    SuspendRequested,
    Quit,
}

#[derive(Debug, Clone)]
pub struct App {
    catalogue: Catalogue,
    options: Options,
    view: View,
    lifecycle: Lifecycle,
    now: Instant,
    last_input: Instant,
    exit_phrase: ExitPhrase,
    /// Built the first time search opens, then reused.
    search_index: Option<Box<Index>>,
    /// A message replacing the key hints, e.g. why a reload failed.
    status: Option<String>,
    /// Measurements of the screen, remembered until what they depend on changes.
    geometry: Geometry,
    /// The nation whose pay the app started with (`--nation`, or the first table), by id:
    /// a kiosk reset returns to it.
    home_nation: String,
    /// Stand insights: the visit under way, and visits ended but not yet saved.
    visit: Option<visits::Tracking>,
    ended: Vec<crate::insights::Ended>,
    /// Why visits could not be saved (a full disk), shown in the status line.
    insights_warning: Option<String>,
}

impl App {
    /// A browsing app with default options, as most tests want it.
    pub fn new(catalogue: Catalogue, width: u16, height: u16) -> Self {
        App::with_options(catalogue, width, height, Options::default(), Instant::now())
    }

    /// `now` is the start time; later time arrives through [`Action::Tick`].
    pub fn with_options(
        catalogue: Catalogue,
        width: u16,
        height: u16,
        options: Options,
        now: Instant,
    ) -> Self {
        App {
            home_nation: catalogue.pay().nation.clone(),
            catalogue,
            options,
            view: View::new(&options, (width, height)),
            lifecycle: Lifecycle::Running,
            now,
            last_input: now,
            exit_phrase: ExitPhrase::default(),
            search_index: None,
            status: None,
            geometry: Geometry::default(),
            visit: None,
            ended: Vec::new(),
            insights_warning: None,
        }
    }

    /// Applies one action: the only way the app's state changes. Returns whether the
    /// screen (or what the terminal side must do) changed.
    pub fn update(&mut self, action: Action) -> bool {
        let before = self.view.clone();
        let lifecycle = self.lifecycle;
        // Changes the view comparison cannot see: new content, a new status line, or an
        // input that counted although it left the view as it was.
        let input = matches!(action, Action::Key(_) | Action::Mouse(_));
        if input {
            self.view.notice = None;
        }
        let more = match (self.view.overlay, action) {
            (_, Action::Key(key)) => self.key(&key),
            (_, Action::Mouse(event)) => self.mouse(&event),
            (_, Action::Reload(result)) => self.reload(*result),
            (_, Action::Tick(now)) => {
                self.tick(now);
                false
            }
            (_, Action::Resize(w, h)) => {
                self.resize((w, h));
                false
            }
            (_, Action::Quit) => {
                self.lifecycle = Lifecycle::Quit;
                false
            }
            (_, Action::Nation) => self.next_nation(),
            (_, Action::EndVisit) => {
                self.end_visit(self.now);
                false
            }
            (_, Action::VisitsTaken(n)) => {
                self.ended.drain(..n.min(self.ended.len()));
                false
            }
            (_, Action::InsightsWarning(warning)) => {
                let changed = self.insights_warning != warning;
                self.insights_warning = warning;
                changed
            }
            (_, Action::Suspend) => {
                self.lifecycle = Lifecycle::SuspendRequested;
                false
            }
            (_, Action::Resumed) => {
                if self.lifecycle == Lifecycle::SuspendRequested {
                    self.lifecycle = Lifecycle::Running;
                }
                false
            }
            (Some(Overlay::Quiz), action) => {
                self.quiz_action(action);
                false
            }
            (Some(Overlay::Search), action) => {
                self.search_action(action);
                false
            }
            (Some(Overlay::Stage), action) => {
                self.stage_action(action);
                false
            }
            (Some(Overlay::Compare), action) => {
                self.compare_action(action);
                false
            }
            (Some(Overlay::Share), action) => {
                self.share_action(action);
                false
            }
            (Some(overlay @ (Overlay::Help | Overlay::Working)), action)
                if self.page_action(overlay, &action) =>
            {
                false
            }
            (_, action) => {
                self.common_action(action);
                false
            }
        };
        self.keep_scrolls_in_range();
        if input {
            self.note_visit();
        }
        more || self.view != before || self.lifecycle != lifecycle
    }

    /// Keys that mean the same in browsing and in the pages: opening and closing
    /// overlays; in browsing, moving about.
    fn common_action(&mut self, action: Action) {
        match action {
            Action::Close => self.view.overlay = None,
            Action::ToggleHelp => self.toggle(Overlay::Help),
            Action::Share => self.toggle_share(),
            Action::Working => self.open_working(),
            Action::Search => self.open_search(),
            Action::Quiz => self.open_quiz(),
            Action::Stage => self.open_stage(),
            action if self.view.overlay.is_none() => self.browse_action(action),
            _ => {}
        }
    }

    /// Applies a key press: a thin way into [`App::update`].
    pub fn handle_key(&mut self, key: &KeyEvent) -> bool {
        self.update(Action::Key(*key))
    }

    /// Applies a mouse event: a thin way into [`App::update`].
    pub fn handle_mouse(&mut self, event: &MouseEvent) -> bool {
        self.update(Action::Mouse(*event))
    }

    /// Applies the result of reloading the data file: a thin way into [`App::update`].
    pub fn apply_reload(&mut self, result: Result<Catalogue, LoadError>) -> bool {
        self.update(Action::Reload(Box::new(result)))
    }

    /// Shows new content, keeping the user's place: a thin way into [`App::update`].
    pub fn replace_catalogue(&mut self, catalogue: Catalogue) -> bool {
        self.update(Action::Reload(Box::new(Ok(catalogue))))
    }

    /// True once after Ctrl+Z: the terminal side should suspend the process.
    pub fn take_suspend_request(&mut self) -> bool {
        let requested = self.suspend_requested();
        if requested {
            self.update(Action::Resumed);
        }
        requested
    }
}

/// `current + delta`, kept within `0..=last`.
fn offset(current: usize, delta: isize, last: usize) -> usize {
    current.saturating_add_signed(delta).min(last)
}
