//! Whose pay is shown: one of the content's pay tables, one per UK nation. Everything that
//! shows pay (header, ladder, detail, compare, the Working page) reads the chosen table.

use super::{App, Geometry};

impl App {
    /// Shows the next nation's pay, wrapping round to the first. Returns whether anything
    /// changed (not with a single table).
    pub(super) fn next_nation(&mut self) -> bool {
        let tables = self.catalogue.pay_tables.len();
        if tables < 2 {
            return false;
        }
        self.show_nation((self.catalogue.nation() + 1) % tables);
        true
    }

    /// Shows the pay table at `index`. Pages are measured afresh, as a nation's note and
    /// step points take their own lines.
    fn show_nation(&mut self, index: usize) {
        self.catalogue.set_nation(index);
        self.geometry = Geometry::default();
    }

    /// Back to the nation the app started with (a kiosk reset).
    pub(super) fn go_home_nation(&mut self) {
        let home = self.catalogue.nation_index(&self.home_nation).unwrap_or(0);
        if home != self.catalogue.nation() {
            self.show_nation(home);
        }
    }

    /// New content keeps the nation shown, by id; failing that the home nation, or the
    /// first table.
    pub(super) fn keep_nation(&mut self, shown: &str) {
        let index = self
            .catalogue
            .nation_index(shown)
            .or_else(|| self.catalogue.nation_index(&self.home_nation))
            .unwrap_or(0);
        self.catalogue.set_nation(index);
    }
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    use super::super::Options;
    use super::*;
    use crate::action::Action;
    use crate::data::Catalogue;

    fn shipped_in(nation: &str) -> Catalogue {
        let mut catalogue = crate::data::embedded().expect("shipped data");
        let index = catalogue.nation_index(nation).expect("a shipped nation");
        catalogue.set_nation(index);
        catalogue
    }

    fn key(c: char) -> Action {
        Action::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
    }

    fn shown(app: &App) -> &str {
        &app.catalogue().pay().nation
    }

    #[test]
    fn n_goes_through_every_nation_in_the_files_order_and_round() {
        let mut app = App::new(crate::data::embedded().expect("shipped"), 100, 30);
        let mut seen = vec![shown(&app).to_string()];
        for _ in 0..4 {
            assert!(app.update(key('n')), "a nation change redraws");
            seen.push(shown(&app).to_string());
        }
        assert_eq!(
            seen,
            [
                "england",
                "scotland",
                "wales",
                "northern-ireland",
                "england"
            ]
        );
    }

    /// Pages are measured afresh: Northern Ireland's pay note adds lines to the Working
    /// in the NHS page, so its end is further down than it was in England.
    #[test]
    fn a_new_nation_is_measured_afresh() {
        let to_the_end = |app: &mut App| {
            app.update(Action::Bottom);
            app.working_scroll()
        };
        let mut app = App::new(shipped_in("england"), 100, 30);
        app.update(Action::Working);
        let england = to_the_end(&mut app);
        for _ in 0..3 {
            app.update(key('n'));
        }
        assert_eq!(shown(&app), "northern-ireland");
        let mut fresh = App::new(shipped_in("northern-ireland"), 100, 30);
        fresh.update(Action::Working);
        let fresh = to_the_end(&mut fresh);
        assert!(fresh > england, "the note takes lines of its own");
        assert_eq!(to_the_end(&mut app), fresh);
    }

    /// Issue 20: a kiosk started with `--nation scotland` goes back to Scotland when it
    /// resets, whatever the last visitor chose.
    #[test]
    fn a_kiosk_reset_returns_to_the_nation_it_started_with() {
        let options = Options {
            kiosk: true,
            idle: Duration::from_secs(5),
            ..Default::default()
        };
        let t0 = Instant::now();
        let mut app = App::with_options(shipped_in("scotland"), 100, 30, options, t0);
        app.update(key('n'));
        assert_eq!(shown(&app), "wales");
        app.update(Action::Tick(t0 + Duration::from_secs(5)));
        assert_eq!(shown(&app), "scotland");
    }

    /// New content keeps the nation shown, found by id even where the tables moved; a
    /// nation that is gone gives way to the one the app started with.
    #[test]
    fn new_content_keeps_the_nation_by_id() {
        let mut app = App::new(shipped_in("england"), 100, 30);
        app.update(Action::Nation);
        assert_eq!(shown(&app), "scotland");
        let mut reordered = crate::data::embedded().expect("shipped");
        reordered.pay_tables.reverse();
        app.replace_catalogue(reordered.clone());
        assert_eq!(shown(&app), "scotland");
        reordered.pay_tables.retain(|t| t.nation != "scotland");
        app.replace_catalogue(reordered);
        assert_eq!(shown(&app), "england");
    }
}
