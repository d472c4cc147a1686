//! Mouse: a click focuses the pane under it and selects the item under it; the wheel
//! moves through the pane under the pointer. Hit-testing uses the same row layout the
//! drawing code uses, so a click lands on what is drawn there.

use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};

use super::{App, Overlay, Pane};
use crate::action::Action;
use crate::layout::{self, Arrangement, Position, Rect};
use crate::measure;

/// Lines the detail text moves per wheel notch.
const WHEEL_LINES: isize = 3;

fn is_click(event: &MouseEvent) -> bool {
    matches!(event.kind, MouseEventKind::Down(MouseButton::Left))
}

impl App {
    /// Handles a mouse event: any click leaves the welcome screen; otherwise see
    /// [`apply`]. Returns true when it counted although the view may not show it.
    pub(super) fn mouse(&mut self, event: &MouseEvent) -> bool {
        if self.user_input() {
            return true;
        }
        if self.view.welcome {
            if is_click(event) {
                self.view.welcome = false;
            }
        } else {
            apply(self, event);
        }
        false
    }
}

fn apply(app: &mut App, event: &MouseEvent) {
    let at = Position::new(event.column, event.row);
    if let Some(overlay) = app.view.overlay {
        match (overlay, event.kind) {
            (Overlay::Working, MouseEventKind::ScrollUp) => app.scroll_working(-WHEEL_LINES),
            (Overlay::Working, MouseEventKind::ScrollDown) => app.scroll_working(WHEEL_LINES),
            (Overlay::Stage, MouseEventKind::Down(MouseButton::Left)) => app.stage_click(at),
            (Overlay::Stage, MouseEventKind::ScrollUp) => app.stage_action(Action::Up),
            (Overlay::Stage, MouseEventKind::ScrollDown) => app.stage_action(Action::Down),
            (Overlay::Compare, MouseEventKind::Down(MouseButton::Left)) => app.compare_click(at),
            (Overlay::Compare, MouseEventKind::ScrollUp) => app.scroll_compare(-WHEEL_LINES),
            (Overlay::Compare, MouseEventKind::ScrollDown) => app.scroll_compare(WHEEL_LINES),
            _ => {}
        }
        return;
    }
    let Some(panes) = app.panes() else {
        return;
    };
    if panes.arrangement == Arrangement::Tabs {
        if is_click(event)
            && let Some(i) = layout::tab_segments(panes.tabs)
                .iter()
                .position(|r| r.contains(at))
        {
            app.set_focus(Pane::ALL[i]);
            return;
        }
        // Only the focused pane is on screen.
        let pane = app.view.focus;
        if panes.detail.contains(at) {
            match event.kind {
                MouseEventKind::Down(MouseButton::Left) => click(app, pane, panes.detail, at),
                MouseEventKind::ScrollUp => wheel(app, pane, -1),
                MouseEventKind::ScrollDown => wheel(app, pane, 1),
                _ => {}
            }
        }
        return;
    }
    let Some((pane, rect)) = [
        (Pane::Specialisms, panes.specialisms),
        (Pane::Detail, panes.detail),
        (Pane::Ladder, panes.ladder),
    ]
    .into_iter()
    .find(|(_, rect)| rect.contains(at)) else {
        return;
    };
    match event.kind {
        MouseEventKind::Down(MouseButton::Left) => {
            app.set_focus(pane);
            click(app, pane, rect, at);
        }
        MouseEventKind::ScrollUp => wheel(app, pane, -1),
        MouseEventKind::ScrollDown => wheel(app, pane, 1),
        _ => {}
    }
}

fn click(app: &mut App, pane: Pane, rect: Rect, at: Position) {
    let inner = layout::inner(rect);
    if !inner.contains(at) {
        return;
    }
    let row = at.y - inner.y;
    match pane {
        Pane::Specialisms => {
            let stage = app.stage_id();
            let items = measure::list::items(&app.catalogue, app.view.specialism, inner, stage);
            if let Some(i) = measure::hit(&measure::list::spans(&items), row) {
                app.select_specialism(i);
            }
        }
        Pane::Ladder => {
            if let Some(i) = measure::hit(&measure::ladder::spans(app.ladder_view(), inner), row) {
                app.select_rung(i);
            }
        }
        Pane::Detail => {}
    }
}

fn wheel(app: &mut App, pane: Pane, direction: isize) {
    match pane {
        Pane::Detail => app.scroll_detail(direction * WHEEL_LINES),
        Pane::Specialisms | Pane::Ladder => {
            app.set_focus(pane);
            app.step(direction);
        }
    }
}
