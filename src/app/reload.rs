//! Swapping in freshly loaded content while the app runs (`--watch`), and the status line
//! that reports a reload that failed.

use super::quiz::QuizState;
use super::{App, Geometry, Overlay, SearchState};
use crate::data::{Catalogue, LoadError, escape_forbidden};

impl App {
    /// Applies the result of reloading the data file: good content replaces what is shown
    /// and clears the status; a failure keeps the last good content and says what is wrong.
    /// Returns whether the content or the status changed (the view is compared apart).
    pub(super) fn reload(&mut self, result: Result<Catalogue, LoadError>) -> bool {
        let status = match &result {
            Ok(_) => None,
            Err(e) => Some(reload_failed(e)),
        };
        let status_changed = self.status != status;
        self.status = status;
        let content_changed = match result {
            Ok(catalogue) => self.swap_catalogue(catalogue),
            Err(_) => false,
        };
        status_changed || content_changed
    }

    /// Shows new content, keeping the user's place: the same specialism (by id) and rung
    /// (by title) where they still exist, else the same position, clamped to the new
    /// lists. `catalogue` must be valid, as the loader guarantees. Returns whether the
    /// content differs.
    fn swap_catalogue(&mut self, catalogue: Catalogue) -> bool {
        let before = (self.view.specialism, self.view.rung);
        let old_id = self.specialism().id.clone();
        let old_title = self.rung().title.clone();
        let last = catalogue.specialisms.len().saturating_sub(1);
        let specialism = catalogue
            .specialism_index(&old_id)
            .unwrap_or(before.0.min(last));
        let ladder = catalogue
            .specialisms
            .get(specialism)
            .map_or(&[][..], |s| &s.ladder[..]);
        let rung = ladder
            .iter()
            .position(|r| r.title == old_title)
            .unwrap_or(before.1.min(ladder.len().saturating_sub(1)));
        let same_item = catalogue
            .specialisms
            .get(specialism)
            .is_some_and(|s| s.id == old_id)
            && ladder.get(rung).is_some_and(|r| r.title == old_title);
        let shown_nation = self.catalogue.pay().nation.clone();
        let mut catalogue = catalogue;
        catalogue.nation = self.catalogue.nation;
        let content_changed = self.catalogue != catalogue;
        let old_stage = self.stage_id().map(str::to_owned);
        let old_pins = self.pin_keys();
        if content_changed {
            // Search results and quiz answers point into the old content: start them afresh.
            self.search_index = None;
            self.view.search = SearchState::default();
            self.view.quiz = QuizState::default();
            if matches!(self.view.overlay, Some(Overlay::Search | Overlay::Quiz)) {
                self.view.overlay = None;
            }
        }
        self.catalogue = catalogue;
        self.keep_nation(&shown_nation);
        self.geometry = Geometry::default();
        self.view.specialism = specialism;
        self.view.rung = rung;
        self.keep_stage(old_stage);
        self.keep_pins(old_pins);
        if !same_item {
            self.view.detail_scroll = 0;
        }
        // The text may have got shorter: `update` keeps the scroll within it.
        content_changed
    }
}

/// `file:12:5: what is wrong — showing the last good version`, naming the first problem
/// only (by position alone where known: the footer is one line).
fn reload_failed(e: &LoadError) -> String {
    let first = match e {
        LoadError::Invalid { file, problems } => problems.first().map(|p| match p.position {
            Some((line, col)) => format!("{file}:{line}:{col}: {}", p.message),
            None => p.render(file),
        }),
        LoadError::Unreadable { .. } => e.lines().into_iter().next(),
    };
    let first = first.unwrap_or_else(|| format!("{}: could not be loaded", e.file()));
    let more = match e {
        LoadError::Invalid { problems, .. } if problems.len() > 1 => format!(
            " (and {} more: run `hi-tui check {}`)",
            problems.len() - 1,
            e.file()
        ),
        _ => String::new(),
    };
    let message = format!("{first}{more} — showing the last good version");
    escape_forbidden(&message).into_owned()
}
