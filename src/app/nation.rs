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
