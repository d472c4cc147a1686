//! Where each pane goes for a given terminal size. Pure geometry, shared by drawing
//! (to place panes) and by the app (to know how much detail text fits on a page).

use ratatui::layout::{Constraint, Layout, Rect};

/// The smallest terminal hi-tui draws its panes in.
pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;
/// From this width the three panes stand side by side.
pub const WIDE_FROM: u16 = 110;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrangement {
    /// Specialisms | detail | ladder, side by side.
    Columns,
    /// Specialisms and ladder on top, detail below at full width.
    Rows,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Panes {
    pub arrangement: Arrangement,
    pub header: Rect,
    pub specialisms: Rect,
    pub detail: Rect,
    pub ladder: Rect,
    pub footer: Rect,
}

impl Panes {
    /// The panes for `area`, or `None` when the terminal is too small to draw them.
    /// `list_rows` is the most rows the list panes would like (the longest of the
    /// specialism list and any ladder), used to size the top row when stacking.
    pub fn compute(area: Rect, list_rows: u16) -> Option<Panes> {
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            return None;
        }
        let [header, body, footer] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(1),
        ])
        .areas(area);
        if area.width >= WIDE_FROM {
            let list = (area.width / 4).clamp(28, 36);
            let ladder = (area.width * 3 / 8).clamp(40, 56);
            let [specialisms, detail, ladder] = Layout::horizontal([
                Constraint::Length(list),
                Constraint::Fill(1),
                Constraint::Length(ladder),
            ])
            .areas(body);
            Some(Panes {
                arrangement: Arrangement::Columns,
                header,
                specialisms,
                detail,
                ladder,
                footer,
            })
        } else {
            let top = (list_rows + 2).clamp(5, body.height / 2);
            // Wide enough for the longest specialism names once there is room.
            let list = area.width.saturating_sub(64).clamp(34, 46);
            let [top, detail] =
                Layout::vertical([Constraint::Length(top), Constraint::Fill(1)]).areas(body);
            let [specialisms, ladder] =
                Layout::horizontal([Constraint::Length(list), Constraint::Fill(1)]).areas(top);
            Some(Panes {
                arrangement: Arrangement::Rows,
                header,
                specialisms,
                detail,
                ladder,
                footer,
            })
        }
    }
}

/// The area inside a pane's border.
pub fn inner(rect: Rect) -> Rect {
    Rect {
        x: rect.x.saturating_add(1),
        y: rect.y.saturating_add(1),
        width: rect.width.saturating_sub(2),
        height: rect.height.saturating_sub(2),
    }
}

/// The detail pane's text area: inside the border, with a column of padding each side.
pub fn detail_text(rect: Rect) -> Rect {
    let inner = inner(rect);
    Rect {
        x: inner.x.saturating_add(1),
        width: inner.width.saturating_sub(2),
        ..inner
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn too_small_below_the_minimum() {
        assert!(Panes::compute(Rect::new(0, 0, 79, 24), 9).is_none());
        assert!(Panes::compute(Rect::new(0, 0, 80, 23), 9).is_none());
        assert!(Panes::compute(Rect::new(0, 0, 0, 0), 9).is_none());
    }

    #[test]
    fn panes_tile_the_body_without_overlap() {
        for (w, h) in [(80, 24), (100, 30), (120, 36), (250, 70)] {
            let area = Rect::new(0, 0, w, h);
            let p = Panes::compute(area, 9).expect("big enough");
            let panes = [p.specialisms, p.detail, p.ladder];
            let covered: u32 = panes.iter().map(|r| r.area()).sum();
            assert_eq!(covered, u32::from(w) * u32::from(h - 2), "{w}x{h}");
            for (i, a) in panes.iter().enumerate() {
                assert!(area.contains(a.as_position()) && a.width > 0 && a.height > 0);
                for b in &panes[i + 1..] {
                    assert!(!a.intersects(*b), "{w}x{h}: {a:?} overlaps {b:?}");
                }
            }
        }
    }
}
