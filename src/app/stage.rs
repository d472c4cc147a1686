//! "Where are you now?": the stage picker and the chosen stage, which the list, the
//! ladder, the detail, search and the quiz all read. The picker lists the data's stages
//! and, last, a "no stage" entry that clears the choice.

use super::{App, Overlay};
use crate::action::Action;
use crate::data::Stage;
use crate::layout::{Position, Rect};
use crate::measure::{self, stage};

impl App {
    /// The chosen stage, if any.
    pub fn stage(&self) -> Option<&Stage> {
        self.view.stage.and_then(|i| self.catalogue.stages.get(i))
    }

    /// The chosen stage's index among the data's stages.
    pub fn stage_index(&self) -> Option<usize> {
        self.view.stage
    }

    /// The chosen stage's id, as the data refers to it.
    pub fn stage_id(&self) -> Option<&str> {
        self.stage().map(|s| s.id.as_str())
    }

    /// The highlighted entry in the picker: a stage's index, or the number of stages for
    /// the "no stage" entry.
    pub fn stage_cursor(&self) -> usize {
        self.view.stage_cursor
    }

    pub(super) fn open_stage(&mut self) {
        // With no stages in the data there is nothing to choose from.
        if self.catalogue.stages.is_empty() {
            return;
        }
        self.view.stage_cursor = self.view.stage.unwrap_or(0);
        self.view.overlay = Some(Overlay::Stage);
    }

    pub(super) fn stage_action(&mut self, action: Action) {
        let entries = self.catalogue.stages.len() + 1;
        let cursor = &mut self.view.stage_cursor;
        match action {
            Action::Up => *cursor = cursor.saturating_sub(1),
            Action::Down => *cursor = (*cursor + 1).min(entries - 1),
            Action::Top => *cursor = 0,
            Action::Bottom => *cursor = entries - 1,
            Action::Pick(n) if usize::from(n) < self.catalogue.stages.len() => {
                self.choose_stage(Some(usize::from(n)));
            }
            Action::ClearStage => self.choose_stage(None),
            Action::Select => self.choose_entry(self.view.stage_cursor),
            Action::Close => self.view.overlay = None,
            _ => {}
        }
    }

    /// Chooses picker entry `entry` (the one after the last stage is "no stage").
    pub(super) fn choose_entry(&mut self, entry: usize) {
        let stage = (entry < self.catalogue.stages.len()).then_some(entry);
        self.choose_stage(stage);
    }

    /// Sets the stage (or clears it) and closes the picker. With no stage, search shows
    /// everything again, so the screen is exactly as if none had been chosen.
    pub(super) fn choose_stage(&mut self, stage: Option<usize>) {
        self.view.stage = stage;
        self.view.overlay = None;
        if stage.is_none() {
            self.view.search.open_only = false;
        }
    }

    /// A click in the picker chooses the entry under it, laid out as it is drawn.
    pub(super) fn stage_click(&mut self, at: Position) {
        let (w, h) = self.view.size;
        let area = Rect::new(0, 0, w, h);
        let cursor = self.view.stage_cursor;
        let picker = stage::picker(
            &self.catalogue,
            cursor,
            self.view.stage,
            stage::PICKER,
            stage::text_width(area),
        );
        let text = stage::text_area(stage::popup(area, picker.rows.len()));
        if !text.contains(at) {
            return;
        }
        let scroll = picker.scroll(cursor, usize::from(text.height));
        let row = usize::from(at.y - text.y) + scroll;
        if let Some(entry) = measure::hit(&picker.spans, u16::try_from(row).unwrap_or(u16::MAX)) {
            self.choose_entry(entry);
        }
    }

    /// Keeps the chosen stage across new content: the same stage by id, or none.
    pub(super) fn keep_stage(&mut self, old_id: Option<String>) {
        self.view.stage = old_id.and_then(|id| self.catalogue.stage_index(&id));
        let last = self.catalogue.stages.len();
        self.view.stage_cursor = self.view.stage_cursor.min(last);
        if self.view.stage.is_none() {
            self.view.search.open_only = false;
        }
    }
}
