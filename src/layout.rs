//! Where each pane goes for a given terminal size. Pure geometry, shared by drawing
//! (to place panes) and by the app (to know how much detail text fits on a page).

use ratatui::layout::{Constraint, Flex, Layout};
/// Screen geometry as the app and the drawing code share it.
pub use ratatui::layout::{Position, Rect};

/// The smallest terminal hi-tui draws its panes in.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 20;
/// From this size all three panes are on screen at once.
pub const PANES_WIDTH: u16 = 80;
pub const PANES_HEIGHT: u16 = 24;
/// From this width the three panes stand side by side.
pub const WIDE_FROM: u16 = 110;
/// From this width the side-by-side panes get extra room.
pub const VERY_WIDE_FROM: u16 = 160;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrangement {
    /// Specialisms | detail | ladder, side by side.
    Columns,
    /// Specialisms and ladder on top, detail below at full width.
    Rows,
    /// One pane at a time with a tab bar, for small windows: all three pane rects are
    /// the same area and only the focused pane is drawn.
    Tabs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Panes {
    pub arrangement: Arrangement,
    pub header: Rect,
    /// The tab bar (zero-sized unless the arrangement is `Tabs`).
    pub tabs: Rect,
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
        Panes::with_list_share(area, list_rows, (1, 2))
    }

    /// As [`Panes::compute`], with the top row (list and ladder, when stacked) allowed up
    /// to `share` (numerator, denominator) of the body rather than half: a list with a
    /// second row per name (what is open to the chosen stage) gets more room.
    pub fn with_list_share(area: Rect, list_rows: u16, share: (u16, u16)) -> Option<Panes> {
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            return None;
        }
        let [header, body, footer] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(1),
        ])
        .areas(area);
        let no_tabs = Rect::new(header.x, header.y, 0, 0);
        // All three panes on screen at once, with no tab bar.
        let side_by_side = |arrangement, [specialisms, detail, ladder]: [Rect; 3]| Panes {
            arrangement,
            header,
            tabs: no_tabs,
            specialisms,
            detail,
            ladder,
            footer,
        };
        if area.width < PANES_WIDTH || area.height < PANES_HEIGHT {
            let [tabs, pane] =
                Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(body);
            return Some(Panes {
                arrangement: Arrangement::Tabs,
                header,
                tabs,
                specialisms: pane,
                detail: pane,
                ladder: pane,
                footer,
            });
        }
        if area.width >= WIDE_FROM {
            let (list, ladder) = if area.width >= VERY_WIDE_FROM {
                (46, (area.width * 3 / 10).clamp(56, 64))
            } else {
                (
                    (area.width / 4).clamp(28, 36),
                    (area.width * 3 / 8).clamp(40, 56),
                )
            };
            let [specialisms, detail, ladder] = Layout::horizontal([
                Constraint::Length(list),
                Constraint::Fill(1),
                Constraint::Length(ladder),
            ])
            .areas(body);
            Some(side_by_side(
                Arrangement::Columns,
                [specialisms, detail, ladder],
            ))
        } else {
            let most = u16::try_from(
                u32::from(body.height) * u32::from(share.0) / u32::from(share.1.max(1)),
            )
            .unwrap_or(body.height);
            let top = (list_rows.saturating_add(2)).clamp(5, most.max(5));
            // Wide enough for the longest specialism names once there is room.
            let list = area.width.saturating_sub(64).clamp(34, 46);
            let [top, detail] =
                Layout::vertical([Constraint::Length(top), Constraint::Fill(1)]).areas(body);
            let [specialisms, ladder] =
                Layout::horizontal([Constraint::Length(list), Constraint::Fill(1)]).areas(top);
            Some(side_by_side(
                Arrangement::Rows,
                [specialisms, detail, ladder],
            ))
        }
    }
}

impl Panes {
    /// Where each pane is drawn, in the app's pane order (list, detail, ladder), as far
    /// as moving left and right goes: in the tabbed layout, its tab.
    pub fn places(&self) -> [Rect; 3] {
        match self.arrangement {
            Arrangement::Tabs => tab_segments(self.tabs),
            _ => [self.specialisms, self.detail, self.ladder],
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Left,
    Right,
}

/// Which of `places` is drawn on `side` of `places[from]`: the nearest one beside it
/// (sharing some of its rows), else the nearest whose middle is on that side (from a
/// pane across the whole width, the pane above or below on that side); `None` when
/// nothing is on that side.
pub fn beside(places: &[Rect], from: usize, side: Side) -> Option<usize> {
    let here = places.get(from)?;
    // Twice the middle column, to stay in whole numbers.
    let middle = |r: &Rect| 2 * i32::from(r.x) + i32::from(r.width);
    let on_side = |r: &Rect| match side {
        Side::Left => middle(r) < middle(here),
        Side::Right => middle(r) > middle(here),
    };
    let shares_rows = |r: &Rect| r.y < here.bottom() && here.y < r.bottom();
    let nearest = |same_rows: bool| {
        places
            .iter()
            .enumerate()
            .filter(|&(_, r)| on_side(r) && (!same_rows || shares_rows(r)))
            .min_by_key(|&(_, r)| (middle(r) - middle(here)).abs())
            .map(|(i, _)| i)
    };
    nearest(true).or_else(|| nearest(false))
}

/// A `width`×`height` rectangle in the middle of `area`, shrunk to fit.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let [row] = Layout::vertical([Constraint::Length(height.min(area.height))])
        .flex(Flex::Center)
        .areas(area);
    let [rect] = Layout::horizontal([Constraint::Length(width.min(area.width))])
        .flex(Flex::Center)
        .areas(row);
    rect
}

/// Where each pane's tab is drawn in the tab bar, in `Pane` order (list, detail, ladder).
pub fn tab_segments(area: Rect) -> [Rect; 3] {
    Layout::horizontal([Constraint::Ratio(1, 3); 3]).areas(area)
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
        assert!(Panes::compute(Rect::new(0, 0, 59, 24), 9).is_none());
        assert!(Panes::compute(Rect::new(0, 0, 80, 19), 9).is_none());
        assert!(Panes::compute(Rect::new(0, 0, 0, 0), 9).is_none());
    }

    #[test]
    fn arrangement_follows_the_window_size() {
        let arrangement = |w, h| Panes::compute(Rect::new(0, 0, w, h), 9).map(|p| p.arrangement);
        assert_eq!(arrangement(60, 20), Some(Arrangement::Tabs));
        assert_eq!(arrangement(79, 30), Some(Arrangement::Tabs));
        assert_eq!(arrangement(120, 23), Some(Arrangement::Tabs));
        assert_eq!(arrangement(80, 24), Some(Arrangement::Rows));
        assert_eq!(arrangement(109, 40), Some(Arrangement::Rows));
        assert_eq!(arrangement(110, 24), Some(Arrangement::Columns));
        assert_eq!(arrangement(250, 70), Some(Arrangement::Columns));
    }

    #[test]
    fn a_longer_list_may_take_two_thirds_when_stacked() {
        let area = Rect::new(0, 0, 100, 30);
        let half = Panes::compute(area, 22).expect("big enough");
        let more = Panes::with_list_share(area, 22, (2, 3)).expect("big enough");
        assert_eq!(half.specialisms.height, 14);
        assert_eq!(more.specialisms.height, 18);
        assert_eq!(
            Panes::with_list_share(area, 9, (2, 3)),
            Panes::compute(area, 9)
        );
    }

    #[test]
    fn beside_prefers_the_pane_in_the_same_rows() {
        // A list and a ladder side by side on top, the detail across the bottom.
        let list = Rect::new(0, 0, 36, 10);
        let detail = Rect::new(0, 10, 100, 18);
        let ladder = Rect::new(36, 0, 64, 10);
        let places = [list, detail, ladder];
        assert_eq!(beside(&places, 0, Side::Right), Some(2));
        assert_eq!(beside(&places, 0, Side::Left), None);
        assert_eq!(beside(&places, 2, Side::Left), Some(0));
        assert_eq!(beside(&places, 2, Side::Right), None);
        assert_eq!(beside(&places, 1, Side::Left), Some(0));
        assert_eq!(beside(&places, 1, Side::Right), Some(2));
        assert_eq!(beside(&places, 3, Side::Right), None);
        // In a row of three, the nearest on each side.
        let row = [0, 30, 60].map(|x| Rect::new(x, 0, 30, 10));
        assert_eq!(beside(&row, 0, Side::Right), Some(1));
        assert_eq!(beside(&row, 2, Side::Left), Some(1));
        // A pane lower down but nearer is passed over for one in the same rows.
        let staggered = [
            Rect::new(0, 0, 20, 10),
            Rect::new(22, 10, 20, 10),
            Rect::new(60, 0, 20, 10),
        ];
        assert_eq!(beside(&staggered, 0, Side::Right), Some(2));
        assert_eq!(beside(&staggered, 2, Side::Left), Some(0));
        // A pane whose bottom edge touches this one's top shares no rows with it.
        let touching = [
            Rect::new(0, 10, 20, 10),
            Rect::new(22, 0, 20, 10),
            Rect::new(60, 10, 20, 10),
        ];
        assert_eq!(beside(&touching, 0, Side::Right), Some(2));
        assert_eq!(beside(&touching, 2, Side::Left), Some(0));
        // With nothing in its rows, the nearest middle on that side.
        let below = [
            Rect::new(0, 0, 20, 5),
            Rect::new(0, 5, 20, 5),
            Rect::new(30, 10, 20, 5),
            Rect::new(70, 12, 20, 5),
        ];
        assert_eq!(beside(&below, 0, Side::Right), Some(2));
    }

    #[test]
    fn in_the_tabbed_layout_the_places_are_the_tabs() {
        let tabbed = Panes::compute(Rect::new(0, 0, 60, 20), 9).expect("fits");
        assert_eq!(tabbed.places(), tab_segments(tabbed.tabs));
        let rows = Panes::compute(Rect::new(0, 0, 100, 30), 9).expect("fits");
        assert_eq!(rows.places(), [rows.specialisms, rows.detail, rows.ladder]);
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
