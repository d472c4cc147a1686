//! What the screen and the terminal side read from the app. Nothing here changes state.

use std::time::Instant;

use super::{App, Lifecycle, Overlay, Pane, SearchState};
use crate::action::Action;
use crate::app::Options;
use crate::app::quiz::QuizState;
use crate::data::{Catalogue, Rung, Source, Specialism};
use crate::keymap::Mode;
use crate::layout::{Panes, Rect};
use crate::measure;
use crate::search::Hit;

impl App {
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
        self.lifecycle != Lifecycle::Quit
    }

    /// Whether Ctrl+Z asked to suspend to the shell and that has not happened yet.
    pub fn suspend_requested(&self) -> bool {
        self.lifecycle == Lifecycle::SuspendRequested
    }

    pub fn size(&self) -> (u16, u16) {
        self.view.size
    }

    /// The message shown in place of the key hints, if any.
    pub fn status(&self) -> Option<&str> {
        self.status.as_deref().or(self.insights_warning.as_deref())
    }

    /// A one-off message about the last key (e.g. a rung pinned), shown in place of the
    /// key hints until the next key or click.
    pub fn notice(&self) -> Option<&str> {
        self.view.notice.as_deref()
    }

    /// Whether a key's action would do anything now, so the footer offers it: comparing
    /// needs a pinned rung, limiting search to what is open needs a stage, choosing a stage
    /// needs stages in the data, and in search going needs a result and choosing needs two.
    pub fn offers(&self, action: &Action) -> bool {
        let searching = self.view.overlay == Some(Overlay::Search);
        match action {
            Action::Stage => !self.catalogue.stages.is_empty(),
            Action::Select if searching => !self.view.search.hits.is_empty(),
            Action::Up | Action::Down if searching => self.view.search.hits.len() > 1,
            Action::Compare => !self.view.pins.is_empty(),
            Action::PaneLeft | Action::PaneRight if self.view.overlay == Some(Overlay::Compare) => {
                self.view.pins.len() > 1
            }
            Action::NextPane if self.view.overlay == Some(Overlay::Share) => {
                !self.view.pins.is_empty()
            }
            Action::PaneLeft | Action::PaneRight if self.view.overlay == Some(Overlay::Share) => {
                self.sharing_shortlist() && self.shortlist_codes() > 1
            }
            Action::OpenOnly => self.view.stage.is_some(),
            Action::Nation => self.catalogue.pay_tables.len() > 1,
            _ => true,
        }
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
            Some(Overlay::Stage) => Mode::Stage,
            Some(Overlay::Compare) => Mode::Compare,
            Some(Overlay::Search) => Mode::Search,
            None => Mode::Browse,
        }
    }

    /// When the app next needs waking without input: a search still running, or kiosk
    /// mode's timers.
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

    /// The rows the list panes would like: the longest of the list (two rows a name once
    /// a stage is chosen, for the first rung open to it) and every ladder.
    pub fn list_rows(&self) -> u16 {
        let longest_ladder = self.catalogue.specialisms.iter().map(|s| s.ladder.len());
        let per_name = if self.view.stage.is_some() { 2 } else { 1 };
        let rows = longest_ladder
            .chain([self.catalogue.specialisms.len() * per_name])
            .max();
        u16::try_from(rows.unwrap_or(0)).unwrap_or(u16::MAX)
    }

    pub fn panes(&self) -> Option<Panes> {
        let (w, h) = self.view.size;
        self.panes_in(Rect::new(0, 0, w, h))
    }

    /// The panes in `area`. With a stage chosen the list has two rows a name, and gets up
    /// to two thirds of the height when stacked above the detail.
    pub fn panes_in(&self, area: Rect) -> Option<Panes> {
        let share = if self.view.stage.is_some() {
            (2, 3)
        } else {
            (1, 2)
        };
        self.geometry.panes.get((area, share), || {
            Panes::with_list_share(area, self.list_rows(), share)
        })
    }

    /// The ladder as `measure::ladder` lays it out for the current selection.
    pub fn ladder_view(&self) -> measure::ladder::View<'_> {
        measure::ladder::View {
            catalogue: &self.catalogue,
            specialism: self.specialism(),
            index: self.view.specialism,
            selected: self.view.rung,
            focused: self.view.focus == Pane::Ladder,
            stage: self.stage_id(),
            pins: &self.view.pins,
        }
    }
}
