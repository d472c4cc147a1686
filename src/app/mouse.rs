//! Mouse: a click focuses the pane under it and selects the item under it; the wheel
//! moves through the pane under the pointer. Hit-testing uses the same row layout the
//! drawing code uses, so a click lands on what is drawn there.

use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};

use super::{App, Pane};
use crate::layout::{self, Arrangement};
use crate::ui;

/// Lines the detail text moves per wheel notch.
const WHEEL_LINES: isize = 3;

pub fn is_click(event: &MouseEvent) -> bool {
    matches!(event.kind, MouseEventKind::Down(MouseButton::Left))
}

pub fn apply(app: &mut App, event: &MouseEvent) {
    if app.view.overlay == Some(super::Overlay::Working) {
        match event.kind {
            MouseEventKind::ScrollUp => app.scroll_working(-WHEEL_LINES),
            MouseEventKind::ScrollDown => app.scroll_working(WHEEL_LINES),
            _ => {}
        }
        return;
    }
    if app.view.overlay.is_some() {
        return;
    }
    let Some(panes) = app.panes() else {
        return;
    };
    let at = Position::new(event.column, event.row);
    if panes.arrangement == Arrangement::Tabs {
        if is_click(event)
            && let Some(i) = ui::tabs::segments(panes.tabs)
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
            if let Some(i) = hit(&ui::list::item_rows(app, inner), row) {
                app.select_specialism(i);
            }
        }
        Pane::Ladder => {
            if let Some(i) = hit(&ui::ladder::rung_rows(app, inner), row) {
                app.select_rung(i);
            }
        }
        Pane::Detail => {}
    }
}

/// The item drawn at `row`, from (item, first row, rows) spans.
fn hit(spans: &[(usize, u16, u16)], row: u16) -> Option<usize> {
    spans
        .iter()
        .find(|(_, first, rows)| (*first..first + rows).contains(&row))
        .map(|(item, _, _)| *item)
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
