//! When the event loop draws while a backlog of input is still being applied: often
//! enough that the screen keeps up with a paste or a visitor mashing keys, rarely enough
//! that drawing does not become most of the work. Time comes in as values, so the rule
//! is tested without a clock.

use std::time::{Duration, Instant};

/// The longest the screen goes without showing changes while input is being applied.
pub const DRAW_EVERY: Duration = Duration::from_millis(50);

#[derive(Debug, Clone, Copy)]
pub struct Pacer {
    last_draw: Instant,
    changed: bool,
}

impl Pacer {
    /// A pacer whose last frame was drawn at `now`.
    pub fn new(now: Instant) -> Pacer {
        Pacer {
            last_draw: now,
            changed: false,
        }
    }

    /// Something on screen changed since the last frame.
    pub fn changed(&mut self) {
        self.changed = true;
    }

    /// Whether anything changed since the last frame.
    pub fn is_changed(&self) -> bool {
        self.changed
    }

    /// In the middle of a backlog: whether to draw now rather than after the next event.
    pub fn draw_due(&self, now: Instant) -> bool {
        self.changed && now.saturating_duration_since(self.last_draw) >= DRAW_EVERY
    }

    /// A frame was drawn at `now`.
    pub fn drawn(&mut self, now: Instant) {
        self.changed = false;
        self.last_draw = now;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_changed_means_no_frame_however_long_it_has_been() {
        let start = Instant::now();
        let pacer = Pacer::new(start);
        assert!(!pacer.is_changed());
        assert!(!pacer.draw_due(start + DRAW_EVERY * 10));
    }

    #[test]
    fn a_change_is_drawn_mid_backlog_once_the_last_frame_is_old_enough() {
        let start = Instant::now();
        let mut pacer = Pacer::new(start);
        pacer.changed();
        assert!(pacer.is_changed());
        assert!(!pacer.draw_due(start), "just drawn");
        assert!(!pacer.draw_due(start + DRAW_EVERY - Duration::from_millis(1)));
        assert!(pacer.draw_due(start + DRAW_EVERY));
        assert!(pacer.draw_due(start + DRAW_EVERY * 3));
    }

    #[test]
    fn drawing_clears_the_change_and_restarts_the_interval() {
        let start = Instant::now();
        let mut pacer = Pacer::new(start);
        pacer.changed();
        let drawn_at = start + DRAW_EVERY * 2;
        pacer.drawn(drawn_at);
        assert!(!pacer.is_changed());
        pacer.changed();
        assert!(!pacer.draw_due(drawn_at + DRAW_EVERY / 2));
        assert!(pacer.draw_due(drawn_at + DRAW_EVERY));
    }

    /// A clock that seems to go backwards (an earlier `now`) never panics or draws.
    #[test]
    fn an_earlier_now_is_not_due() {
        let start = Instant::now() + DRAW_EVERY;
        let mut pacer = Pacer::new(start);
        pacer.changed();
        assert!(!pacer.draw_due(start - DRAW_EVERY));
    }
}
