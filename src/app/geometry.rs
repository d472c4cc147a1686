//! The app's measurements of the screen, remembered until what they depend on changes
//! (see [`Memo`]): keys that scroll a page or page through the detail ask for the same
//! extents again and again, and wrapping a page or solving a layout for each would make
//! a key cost as much as a frame. Each memo's key holds everything its measurement reads
//! bar the content, and new content forgets them all.

use crate::layout::{Panes, Rect};
use crate::measure::compare::{MAX_PINS, Pin};
use crate::measure::memo::Memo;

/// The pins as a measurement's key: a fixed-size copy of at most [`MAX_PINS`].
pub(super) type PinsKey = [Option<Pin>; MAX_PINS];

pub(super) fn pins_key(pins: &[Pin]) -> PinsKey {
    let mut key = [None; MAX_PINS];
    for (slot, pin) in key.iter_mut().zip(pins) {
        *slot = Some(*pin);
    }
    key
}

/// What the compare view's extent depends on: (pins, selected column, stage, size).
type CompareKey = (PinsKey, usize, Option<usize>, (u16, u16));

#[derive(Debug, Clone, Default)]
pub(super) struct Geometry {
    /// By (area, the list's share of the height).
    pub panes: Memo<(Rect, (u16, u16)), Option<Panes>>,
    /// (lines, lines visible) by (kiosk, terminal size).
    pub help: Memo<(bool, (u16, u16)), (usize, usize)>,
    /// (lines, lines visible) by terminal size.
    pub working: Memo<(u16, u16), (usize, usize)>,
    /// Lines of detail text by (specialism, rung shown, stage, text width).
    pub detail_lines: Memo<(usize, Option<usize>, Option<usize>, u16), usize>,
    /// (lines, lines visible) of the compare view.
    pub compare: Memo<CompareKey, (usize, usize)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pins_fill_the_key_in_order_and_the_rest_is_empty() {
        let a = Pin {
            specialism: 1,
            rung: 2,
        };
        let b = Pin {
            specialism: 0,
            rung: 5,
        };
        assert_eq!(pins_key(&[]), [None; MAX_PINS]);
        assert_eq!(pins_key(&[a, b]), [Some(a), Some(b), None]);
        assert_ne!(pins_key(&[a, b]), pins_key(&[b, a]));
    }
}
