//! The search line: typing narrows the results, the highlighted result is shown in the
//! panes behind, Enter keeps it and Esc goes back to where the user was.

use std::sync::Arc;

use super::{App, Overlay, Pane};
use crate::action::Action;
use crate::search::{Hit, Index};

/// Texts a search matches per step: about 2 ms of work, so a keystroke on very large
/// content still answers at once with the best results so far, and the rest arrive in
/// further steps with input handled in between.
pub const SEARCH_SLICE: usize = 20_000;

/// The longest query, in characters. Longer says nothing more about what to find, and each
/// character costs a search: a paste of thousands would keep the app busy for seconds.
pub const MAX_QUERY: usize = 64;

/// Where the user was when search opened, to go back to on Esc.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Place {
    specialism: usize,
    rung: usize,
    focus: Pane,
    detail_rung: bool,
    detail_scroll: usize,
}

/// The search line: what was typed, what it found, and where the user was before.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SearchState {
    pub query: String,
    /// Shared, so comparing the view before and after a key (to see whether to redraw)
    /// neither copies nor walks the results when they did not change.
    pub hits: Arc<[Hit]>,
    pub cursor: usize,
    /// True while the search has texts left to match.
    pub searching: bool,
    /// Only results open to the chosen stage: a rung open to it, or anything about a
    /// specialism with a rung open to it.
    pub open_only: bool,
    saved: Option<Place>,
}

impl SearchState {
    /// The detail search goes back to on Esc, as ((specialism, rung shown), scroll).
    pub(super) fn saved_detail(&self) -> Option<((usize, Option<usize>), usize)> {
        self.saved.map(|p| {
            let rung = p.detail_rung.then_some(p.rung);
            ((p.specialism, rung), p.detail_scroll)
        })
    }

    pub(super) fn set_saved_detail_scroll(&mut self, scroll: usize) {
        if let Some(place) = self.saved.as_mut() {
            place.detail_scroll = scroll;
        }
    }
}

impl App {
    pub(super) fn open_search(&mut self) {
        if self.search_index.is_none() {
            self.search_index = Some(Box::new(Index::build(&self.catalogue)));
        }
        let v = &self.view;
        self.view.search = SearchState {
            saved: Some(Place {
                specialism: v.specialism,
                rung: v.rung,
                focus: v.focus,
                detail_rung: v.detail_rung,
                detail_scroll: v.detail_scroll,
            }),
            open_only: self.view.search.open_only && self.view.stage.is_some(),
            ..SearchState::default()
        };
        self.view.overlay = Some(Overlay::Search);
    }

    pub(super) fn search_action(&mut self, action: Action) {
        let search = &mut self.view.search;
        match action {
            Action::Type(c) if search.query.chars().count() < MAX_QUERY => {
                search.query.push(c);
                self.run_search();
            }
            Action::DeleteChar => {
                search.query.pop();
                self.run_search();
            }
            Action::OpenOnly if self.view.stage.is_some() => {
                search.open_only = !search.open_only;
                self.run_search();
            }
            Action::Up => {
                search.cursor = search.cursor.saturating_sub(1);
                self.preview_search_hit();
            }
            Action::Down => {
                search.cursor = (search.cursor + 1).min(search.hits.len().saturating_sub(1));
                self.preview_search_hit();
            }
            Action::Select if !search.hits.is_empty() => {
                search.saved = None;
                self.view.overlay = None;
            }
            Action::Close => {
                if let Some(place) = search.saved.take() {
                    self.view.specialism = place.specialism;
                    self.view.rung = place.rung;
                    self.view.focus = place.focus;
                    self.view.detail_rung = place.detail_rung;
                    self.view.detail_scroll = place.detail_scroll;
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
        self.preview_search_hit();
    }

    /// Matches one more slice of texts and shows the best results so far.
    pub(super) fn continue_search(&mut self) {
        let Some(index) = self.search_index.as_mut() else {
            return;
        };
        let done = index.step(SEARCH_SLICE);
        let mut hits = index.hits();
        let stage = self
            .view
            .stage
            .and_then(|i| self.catalogue.stages.get(i))
            .map(|s| s.id.as_str());
        if self.view.search.open_only
            && let Some(stage) = stage
        {
            let catalogue = &self.catalogue;
            hits.retain(|hit| {
                let entry = &index.entries[hit.entry];
                let Some(s) = catalogue.specialisms.get(entry.specialism) else {
                    return false;
                };
                match entry.rung {
                    Some(r) => s.ladder.get(r).is_some_and(|r| r.is_open_to(stage)),
                    None => catalogue.first_open_rung(s, stage).is_some(),
                }
            });
        }
        self.view.search.hits = hits.into();
        self.view.search.searching = !done;
        let last = self.view.search.hits.len().saturating_sub(1);
        self.view.search.cursor = self.view.search.cursor.min(last);
    }

    /// Shows the highlighted result in the panes behind the search box.
    pub(super) fn preview_search_hit(&mut self) {
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
}
