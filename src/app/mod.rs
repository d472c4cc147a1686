//! All of the app's state, changed only by `update`. No terminal, no drawing: tests
//! drive it with actions, key and mouse events, and time passed in as values.

pub mod kiosk;
mod mouse;
pub mod quiz;
mod reload;

use std::time::{Duration, Instant};

use crate::layout::Rect;
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, MouseEvent};

use crate::action::Action;
use crate::data::{Catalogue, Rung, Source, Specialism};
use crate::keymap::{self, Mode};
use crate::layout::{self, Panes};
use crate::measure;
use crate::search::{Hit, Index};

/// Texts a search matches per step: about 2 ms of work, so a keystroke on very large
/// content still answers at once with the best results so far, and the rest arrive in
/// further steps with input handled in between.
pub const SEARCH_SLICE: usize = 20_000;
use kiosk::{ATTRACT_STEP, Attract, ExitPhrase, Stop};
use quiz::QuizState;

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
}

/// The search line: what was typed, what it found, and where the user was before.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SearchState {
    pub query: String,
    pub hits: Vec<Hit>,
    pub cursor: usize,
    /// True while the search has texts left to match.
    pub searching: bool,
    /// (specialism, rung, focus, detail shows rung, detail scroll) to restore on Esc.
    saved: Option<(usize, usize, Pane, bool, usize)>,
}

/// The themes a user can pick with `--theme`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ThemeName {
    /// The terminal's own palette and background (the default).
    #[default]
    Terminal,
    /// Light text on a dark background, whatever the terminal's colours.
    Dark,
    /// Dark text on a light background, whatever the terminal's colours.
    Light,
    /// Maximum contrast for projectors and bright rooms: white and yellow on black.
    HighContrast,
    /// No colour at all (what `NO_COLOR` selects).
    NoColor,
}

/// How the app was started.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Careers-fair mode: quit keys do nothing, idle resets and starts the attract loop.
    pub kiosk: bool,
    /// Kiosk mode: how long without input before the reset.
    pub idle: Duration,
    /// Open on the welcome screen.
    pub welcome: bool,
    pub theme: ThemeName,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            kiosk: false,
            idle: kiosk::DEFAULT_IDLE,
            welcome: false,
            theme: ThemeName::Terminal,
        }
    }
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
    running: bool,
    suspend_requested: bool,
    size: (u16, u16),
}

#[derive(Debug, Clone)]
pub struct App {
    catalogue: Catalogue,
    options: Options,
    view: View,
    now: Instant,
    last_input: Instant,
    exit_phrase: ExitPhrase,
    /// Built the first time search opens, then reused.
    search_index: Option<Box<Index>>,
    /// A message replacing the key hints, e.g. why a reload failed.
    status: Option<String>,
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
            catalogue,
            options,
            view: View {
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
                running: true,
                suspend_requested: false,
                size: (width, height),
            },
            now,
            last_input: now,
            exit_phrase: ExitPhrase::default(),
            search_index: None,
            status: None,
        }
    }

    pub fn catalogue(&self) -> &Catalogue {
        &self.catalogue
    }

    pub fn options(&self) -> Options {
        self.options
    }

    pub fn specialism_index(&self) -> usize {
        self.view.specialism
    }

    pub fn specialism(&self) -> &Specialism {
        &self.catalogue.specialisms[self.view.specialism]
    }

    /// Index into the selected specialism's ladder; 0 is the entry rung.
    pub fn rung_index(&self) -> usize {
        self.view.rung
    }

    pub fn rung(&self) -> &Rung {
        &self.specialism().ladder[self.view.rung]
    }

    pub fn focus(&self) -> Pane {
        self.view.focus
    }

    pub fn detail_scroll(&self) -> usize {
        self.view.detail_scroll
    }

    pub fn overlay(&self) -> Option<Overlay> {
        self.view.overlay
    }

    pub fn help_scroll(&self) -> usize {
        self.view.help_scroll
    }

    /// How far the "Working in the NHS" page is scrolled, in lines.
    pub fn working_scroll(&self) -> usize {
        self.view.working_scroll
    }

    pub fn search(&self) -> &SearchState {
        &self.view.search
    }

    /// Where a search hit lives and its text, for display.
    pub fn search_hit_text(&self, hit: &Hit) -> (String, String) {
        match &self.search_index {
            Some(index) => (
                index.location(&self.catalogue, hit.entry),
                index.text(hit.entry),
            ),
            None => (String::new(), String::new()),
        }
    }

    pub fn quiz(&self) -> &QuizState {
        &self.view.quiz
    }

    pub fn showing_welcome(&self) -> bool {
        self.view.welcome
    }

    pub fn attract_running(&self) -> bool {
        self.view.attract.is_some()
    }

    pub fn is_running(&self) -> bool {
        self.view.running
    }

    pub fn size(&self) -> (u16, u16) {
        self.view.size
    }

    /// True once after Ctrl+Z: the terminal side should suspend the process.
    pub fn take_suspend_request(&mut self) -> bool {
        std::mem::take(&mut self.view.suspend_requested)
    }

    /// Whether the detail pane shows the selected rung rather than the specialism.
    pub fn detail_shows_rung(&self) -> bool {
        self.view.detail_rung
    }

    /// The link the share overlay shows: the rung's own link while the ladder has focus
    /// and the rung has one, else the specialism's.
    pub fn share_link(&self) -> Option<&Source> {
        let rung_link = self
            .detail_shows_rung()
            .then(|| self.rung().link.as_deref())
            .flatten();
        self.catalogue
            .source(rung_link.unwrap_or(&self.specialism().link))
    }

    pub fn mode(&self) -> Mode {
        match self.view.overlay {
            Some(Overlay::Help) => Mode::Help,
            Some(Overlay::Share) => Mode::Share,
            Some(Overlay::Quiz) => Mode::Quiz,
            Some(Overlay::Working) => Mode::Working,
            Some(Overlay::Search) => {
                let search = &self.view.search;
                let dead_end =
                    !search.query.trim().is_empty() && search.hits.is_empty() && !search.searching;
                if dead_end {
                    Mode::NoMatches
                } else {
                    Mode::Search
                }
            }
            None => Mode::Browse,
        }
    }

    /// When the app next needs waking without input: only kiosk mode has timers.
    pub fn next_deadline(&self) -> Option<Instant> {
        if self.view.search.searching {
            return Some(self.now);
        }
        if !self.options.kiosk {
            return None;
        }
        Some(match self.view.attract {
            Some(attract) => attract.next_at,
            None => self.last_input + self.options.idle,
        })
    }

    /// The rows the list panes would like: the longest of the list and every ladder.
    pub fn list_rows(&self) -> u16 {
        let longest_ladder = self.catalogue.specialisms.iter().map(|s| s.ladder.len());
        let rows = longest_ladder
            .chain([self.catalogue.specialisms.len()])
            .max();
        u16::try_from(rows.unwrap_or(0)).unwrap_or(u16::MAX)
    }

    pub fn panes(&self) -> Option<Panes> {
        let (w, h) = self.view.size;
        Panes::compute(Rect::new(0, 0, w, h), self.list_rows())
    }

    /// Applies a key press. Returns whether anything changed.
    pub fn handle_key(&mut self, key: &KeyEvent) -> bool {
        if key.kind != KeyEventKind::Press {
            return false;
        }
        let before = self.view.clone();
        if self.user_input() {
            return true;
        }
        if self.options.kiosk {
            let typed = match key.code {
                KeyCode::Char(c) => Some(c),
                _ => None,
            };
            if self.exit_phrase.feed(typed) {
                self.view.running = false;
                return true;
            }
        }
        if self.view.welcome {
            let action = keymap::action_for(Mode::Browse, key);
            self.view.welcome = false;
            if action == Some(Action::Quit) && !self.options.kiosk {
                self.view.running = false;
            }
            return true;
        }
        match keymap::action_for(self.mode(), key) {
            Some(action) if self.options.kiosk && keymap::leaves_app(action) => {}
            Some(action) => {
                self.update(action);
            }
            None => {}
        }
        self.view != before
    }

    /// Applies a mouse event: click to select or focus, wheel to scroll.
    pub fn handle_mouse(&mut self, event: &MouseEvent) -> bool {
        let before = self.view.clone();
        if self.user_input() {
            return true;
        }
        if self.view.welcome {
            if mouse::is_click(event) {
                self.view.welcome = false;
            }
        } else {
            mouse::apply(self, event);
        }
        self.keep_scrolls_in_range();
        self.view != before
    }

    /// Notes that a person is here. Returns true when that ended the attract loop, in
    /// which case the input itself is not acted on.
    fn user_input(&mut self) -> bool {
        self.last_input = self.now;
        if self.view.attract.take().is_some() {
            self.reset();
            return true;
        }
        false
    }

    /// Applies one action. Returns whether the screen needs redrawing.
    pub fn update(&mut self, action: Action) -> bool {
        let before = self.view.clone();
        match (self.view.overlay, action) {
            (_, Action::Tick(now)) => self.tick(now),
            (_, Action::Resize(w, h)) => {
                self.view.size = (w, h);
                self.scroll_detail(0);
                self.scroll_working(0);
            }
            (_, Action::Quit) => self.view.running = false,
            (_, Action::Suspend) => self.view.suspend_requested = true,
            (Some(Overlay::Quiz), action) => self.quiz_action(action),
            (Some(Overlay::Search), action) => self.search_action(action),
            (Some(Overlay::Help), Action::Up) => self.scroll_help(-1),
            (Some(Overlay::Help), Action::Down) => self.scroll_help(1),
            (Some(Overlay::Help), Action::PageUp) => self.scroll_help(-self.help_page()),
            (Some(Overlay::Help), Action::PageDown) => self.scroll_help(self.help_page()),
            (Some(Overlay::Help), Action::Top) => self.scroll_help(isize::MIN),
            (Some(Overlay::Help), Action::Bottom) => self.scroll_help(isize::MAX),
            (Some(Overlay::Working), Action::Up) => self.scroll_working(-1),
            (Some(Overlay::Working), Action::Down) => self.scroll_working(1),
            (Some(Overlay::Working), Action::PageUp) => self.scroll_working(-self.working_page()),
            (Some(Overlay::Working), Action::PageDown) => self.scroll_working(self.working_page()),
            (Some(Overlay::Working), Action::Top) => self.scroll_working(isize::MIN),
            (Some(Overlay::Working), Action::Bottom) => self.scroll_working(isize::MAX),
            (Some(Overlay::Working), Action::Working) => self.view.overlay = None,
            (_, Action::Close) => self.view.overlay = None,
            (_, Action::ToggleHelp) => self.toggle(Overlay::Help),
            (_, Action::Share) => self.toggle(Overlay::Share),
            (_, Action::Working) => {
                self.view.working_scroll = 0;
                self.view.overlay = Some(Overlay::Working);
            }
            (_, Action::Search) => self.open_search(),
            (_, Action::Quiz) => {
                self.view.quiz = QuizState::default();
                self.view.overlay = Some(Overlay::Quiz);
            }
            (Some(_), _) => {}
            (None, action) => self.browse_action(action),
        }
        self.keep_scrolls_in_range();
        self.view != before
    }

    /// (lines of help, lines visible at once) at the current size.
    fn help_extent(&self) -> (usize, usize) {
        let (w, h) = self.view.size;
        measure::help::extent(self.options.kiosk, w, h)
    }

    /// The ladder as `measure::ladder` lays it out for the current selection.
    pub fn ladder_view(&self) -> measure::ladder::View<'_> {
        measure::ladder::View {
            catalogue: &self.catalogue,
            specialism: self.specialism(),
            selected: self.view.rung,
            focused: self.view.focus == Pane::Ladder,
        }
    }

    fn help_page(&self) -> isize {
        let (_, visible) = self.help_extent();
        isize::try_from(visible.saturating_sub(1).max(1)).unwrap_or(1)
    }

    /// Every scroll within what is on screen now. Saved scrolls (restored when search
    /// closes) and sizes change independently, so this runs after every action rather
    /// than where each one happens to change.
    fn keep_scrolls_in_range(&mut self) {
        self.scroll_detail(0);
        if self.view.help_scroll > 0 {
            self.scroll_help(0);
        }
        if self.view.working_scroll > 0 {
            self.scroll_working(0);
        }
    }

    fn scroll_help(&mut self, by: isize) {
        let (lines, visible) = self.help_extent();
        let max = lines.saturating_sub(visible);
        self.view.help_scroll = offset(self.view.help_scroll, by, max);
    }

    fn scroll_working(&mut self, by: isize) {
        let (w, h) = self.view.size;
        let (lines, visible) = measure::working::extent(&self.catalogue, w, h);
        let max = lines.saturating_sub(visible);
        self.view.working_scroll = offset(self.view.working_scroll, by, max);
    }

    fn working_page(&self) -> isize {
        let (w, h) = self.view.size;
        let (_, visible) = measure::working::extent(&self.catalogue, w, h);
        isize::try_from(visible.saturating_sub(1).max(1)).unwrap_or(1)
    }

    fn toggle(&mut self, overlay: Overlay) {
        self.view.help_scroll = 0;
        self.view.overlay = if self.view.overlay == Some(overlay) {
            None
        } else {
            Some(overlay)
        };
    }

    fn browse_action(&mut self, action: Action) {
        match action {
            Action::Up => self.step(-1),
            Action::Down => self.step(1),
            Action::Top => self.step(isize::MIN),
            Action::Bottom => self.step(isize::MAX),
            Action::PageUp => self.scroll_detail(-self.detail_page()),
            Action::PageDown => self.scroll_detail(self.detail_page()),
            Action::NextPane => self.cycle_focus(1),
            Action::PrevPane => self.cycle_focus(Pane::ALL.len() - 1),
            Action::PaneLeft => self.move_focus(-1),
            Action::PaneRight => self.move_focus(1),
            _ => {}
        }
    }

    fn quiz_action(&mut self, action: Action) {
        let choices = self.view.quiz.choices(&self.catalogue);
        let quiz = &mut self.view.quiz;
        match action {
            Action::Up => quiz.cursor = quiz.cursor.saturating_sub(1),
            Action::Down => quiz.cursor = (quiz.cursor + 1).min(choices.saturating_sub(1)),
            Action::Pick(n) if usize::from(n) < choices => {
                quiz.cursor = usize::from(n);
                self.quiz_choose();
            }
            Action::Select => self.quiz_choose(),
            Action::PreviousQuestion => {
                if let Some(previous) = quiz.answers.pop() {
                    quiz.cursor = previous;
                }
            }
            Action::Close | Action::Quiz => self.view.overlay = None,
            _ => {}
        }
    }

    fn open_search(&mut self) {
        if self.search_index.is_none() {
            self.search_index = Some(Box::new(Index::build(&self.catalogue)));
        }
        let v = &self.view;
        self.view.search = SearchState {
            saved: Some((
                v.specialism,
                v.rung,
                v.focus,
                v.detail_rung,
                v.detail_scroll,
            )),
            ..SearchState::default()
        };
        self.view.overlay = Some(Overlay::Search);
    }

    fn search_action(&mut self, action: Action) {
        match action {
            Action::Type(c) => {
                self.view.search.query.push(c);
                self.run_search();
                self.preview_search_hit();
            }
            Action::DeleteChar => {
                self.view.search.query.pop();
                self.run_search();
                self.preview_search_hit();
            }
            Action::Up => {
                self.view.search.cursor = self.view.search.cursor.saturating_sub(1);
                self.preview_search_hit();
            }
            Action::Down => {
                let last = self.view.search.hits.len().saturating_sub(1);
                self.view.search.cursor = (self.view.search.cursor + 1).min(last);
                self.preview_search_hit();
            }
            Action::Select if !self.view.search.hits.is_empty() => {
                self.view.search.saved = None;
                self.view.overlay = None;
            }
            Action::Close => {
                if let Some((specialism, rung, focus, detail_rung, scroll)) =
                    self.view.search.saved.take()
                {
                    self.view.specialism = specialism;
                    self.view.rung = rung;
                    self.view.focus = focus;
                    self.view.detail_rung = detail_rung;
                    self.view.detail_scroll = scroll;
                }
                self.view.overlay = None;
            }
            _ => {}
        }
    }

    fn run_search(&mut self) {
        if let Some(index) = self.search_index.as_mut() {
            index.start(&self.view.search.query);
        }
        self.view.search.cursor = 0;
        self.continue_search();
    }

    /// Matches one more slice of texts and shows the best results so far.
    fn continue_search(&mut self) {
        let Some(index) = self.search_index.as_mut() else {
            return;
        };
        let done = index.step(SEARCH_SLICE);
        self.view.search.hits = index.hits();
        self.view.search.searching = !done;
        let last = self.view.search.hits.len().saturating_sub(1);
        self.view.search.cursor = self.view.search.cursor.min(last);
    }

    /// Shows the highlighted result in the panes behind the search box.
    fn preview_search_hit(&mut self) {
        let Some(hit) = self.view.search.hits.get(self.view.search.cursor) else {
            return;
        };
        let Some(entry) = self.search_index.as_ref().map(|i| &i.entries[hit.entry]) else {
            return;
        };
        let (specialism, rung) = (entry.specialism, entry.rung);
        self.select_specialism(specialism);
        match rung {
            Some(rung) => {
                self.set_focus(Pane::Ladder);
                self.select_rung(rung);
            }
            None => self.set_focus(Pane::Specialisms),
        }
    }

    /// Answers the current question with the highlighted answer, or on the result
    /// screen, jumps to the highlighted specialism.
    fn quiz_choose(&mut self) {
        let quiz = &mut self.view.quiz;
        if quiz.question(&self.catalogue).is_some() {
            quiz.answers.push(quiz.cursor);
            quiz.cursor = 0;
            return;
        }
        let ranked = quiz::rank(&self.catalogue, &quiz.answers);
        if let Some(choice) = ranked.get(quiz.cursor) {
            self.view.overlay = None;
            self.select_specialism(choice.specialism);
            self.set_focus(Pane::Specialisms);
        }
    }

    fn tick(&mut self, now: Instant) {
        self.now = now;
        if self.view.search.searching {
            self.continue_search();
            if self.view.search.cursor == 0 {
                self.preview_search_hit();
            }
        }
        if !self.options.kiosk {
            return;
        }
        match self.view.attract {
            None if now >= self.last_input + self.options.idle => {
                self.reset();
                self.view.attract = Some(Attract {
                    step: 0,
                    next_at: now + ATTRACT_STEP,
                });
                self.show_stop(Stop::Welcome);
            }
            Some(attract) if now >= attract.next_at => {
                let step = attract.step + 1;
                self.view.attract = Some(Attract {
                    step,
                    next_at: now + ATTRACT_STEP,
                });
                self.show_stop(kiosk::stop(&self.catalogue, step));
            }
            _ => {}
        }
    }

    /// Back to a fresh start: overlays closed, quiz cleared, first specialism selected.
    fn reset(&mut self) {
        self.view.overlay = None;
        self.view.quiz = QuizState::default();
        self.view.search = SearchState::default();
        self.view.welcome = false;
        self.view.help_scroll = 0;
        self.view.working_scroll = 0;
        self.select_specialism(0);
        self.set_focus(Pane::Specialisms);
        self.view.detail_scroll = 0;
    }

    fn show_stop(&mut self, stop: Stop) {
        self.view.welcome = stop == Stop::Welcome;
        match stop {
            Stop::Welcome => {
                self.select_specialism(0);
                self.set_focus(Pane::Specialisms);
            }
            Stop::Specialism(i) => {
                self.select_specialism(i);
                self.set_focus(Pane::Specialisms);
            }
            Stop::Rung(i, rung) => {
                self.select_specialism(i);
                self.set_focus(Pane::Ladder);
                self.view.rung = rung.min(self.specialism().ladder.len() - 1);
            }
        }
    }

    fn select_specialism(&mut self, index: usize) {
        let index = index.min(self.catalogue.specialisms.len() - 1);
        if index != self.view.specialism {
            self.view.specialism = index;
            self.view.rung = 0;
            self.view.detail_scroll = 0;
        }
    }

    fn select_rung(&mut self, index: usize) {
        let index = index.min(self.specialism().ladder.len() - 1);
        if index != self.view.rung {
            self.view.rung = index;
            self.view.detail_scroll = 0;
        }
    }

    /// Moves within the focused pane by `delta` screen rows (negative is up); the extremes
    /// jump to the top or bottom.
    fn step(&mut self, delta: isize) {
        match self.view.focus {
            Pane::Specialisms => {
                let last = self.catalogue.specialisms.len() - 1;
                self.select_specialism(offset(self.view.specialism, delta, last));
            }
            // The ladder is drawn with the entry rung at the bottom, so moving up the
            // screen means a higher rung index.
            Pane::Ladder => {
                let last = self.specialism().ladder.len() - 1;
                self.select_rung(offset(self.view.rung, delta.saturating_neg(), last));
            }
            Pane::Detail => self.scroll_detail(delta),
        }
    }

    fn set_focus(&mut self, pane: Pane) {
        self.view.focus = pane;
        let detail_rung = match pane {
            Pane::Ladder => true,
            Pane::Specialisms => false,
            Pane::Detail => self.view.detail_rung,
        };
        if detail_rung != self.view.detail_rung {
            self.view.detail_rung = detail_rung;
            self.view.detail_scroll = 0;
        }
    }

    fn cycle_focus(&mut self, by: usize) {
        let next = (self.view.focus.index() + by) % Pane::ALL.len();
        self.set_focus(Pane::ALL[next]);
    }

    fn move_focus(&mut self, delta: isize) {
        let next = offset(self.view.focus.index(), delta, Pane::ALL.len() - 1);
        self.set_focus(Pane::ALL[next]);
    }

    /// The detail pane's text area, if the panes are on screen.
    fn detail_area(&self) -> Option<Rect> {
        self.panes().map(|p| layout::detail_text(p.detail))
    }

    fn detail_page(&self) -> isize {
        let rows = self.detail_area().map_or(1, |a| a.height);
        isize::from(rows.saturating_sub(1).max(1) as i16)
    }

    /// Scrolls the detail text, never past its last line.
    fn scroll_detail(&mut self, by: isize) {
        let Some(area) = self.detail_area() else {
            return;
        };
        let rung = self.view.detail_rung.then_some(self.view.rung);
        let lines =
            measure::detail::rows(&self.catalogue, self.view.specialism, rung, area.width).len();
        let max = lines.saturating_sub(usize::from(area.height));
        self.view.detail_scroll = offset(self.view.detail_scroll, by, max);
    }
}

/// `current + delta`, kept within `0..=last`.
fn offset(current: usize, delta: isize, last: usize) -> usize {
    current.saturating_add_signed(delta).min(last)
}
