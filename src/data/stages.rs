//! Where a visitor is starting from: which rungs a stage can apply for now, by which
//! route, and the usual way into a ladder from there. Pure functions of the catalogue.

use super::{Catalogue, Route, RouteKind, Rung, Specialism};

/// The usual way into a ladder from a stage: the rung to aim for (when one is reached
/// from the stage) and the route that starts from the stage (when one does).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WayIn<'a> {
    /// Index of the rung in the ladder.
    pub rung: Option<usize>,
    pub route: Option<&'a Route>,
}

impl Rung {
    /// Whether someone at `stage` (an id) can apply for this rung directly.
    pub fn is_open_to(&self, stage: &str) -> bool {
        self.open_to.iter().any(|id| id == stage)
    }
}

impl Catalogue {
    /// Index of the stage with id `id`.
    pub fn stage_index(&self, id: &str) -> Option<usize> {
        self.stages.iter().position(|s| s.id == id)
    }

    /// The lowest rung of `specialism`'s ladder that someone at `stage` can apply for.
    pub fn first_open_rung(&self, specialism: &Specialism, stage: &str) -> Option<usize> {
        specialism.ladder.iter().position(|r| r.is_open_to(stage))
    }

    /// `None` when `rung` is not open to `stage`; otherwise the route, among the rung's
    /// own routes, that someone at `stage` can start (`Some(None)`: apply directly).
    pub fn rung_open_to<'a>(&'a self, rung: &Rung, stage: &str) -> Option<Option<&'a Route>> {
        rung.is_open_to(stage)
            .then(|| self.route_from(&rung.routes, stage))
    }

    /// The usual way into `specialism` from `stage`: its first rung open to the stage
    /// (with the route that starts there, if any); else the lowest rung one of whose
    /// routes starts from the stage; else a route of the specialism that does. A
    /// leadership programme is a way up, not in, so it is not offered as a way in. `None`
    /// when nothing in the data leads in from the stage.
    pub fn usual_way_in<'a>(&'a self, specialism: &Specialism, stage: &str) -> Option<WayIn<'a>> {
        if let Some(rung) = self.first_open_rung(specialism, stage) {
            let route = self.route_from(&specialism.ladder[rung].routes, stage);
            return Some(WayIn {
                rung: Some(rung),
                route,
            });
        }
        let by_rung = specialism.ladder.iter().enumerate().find_map(|(i, r)| {
            self.route_in(&r.routes, stage).map(|route| WayIn {
                rung: Some(i),
                route: Some(route),
            })
        });
        by_rung.or_else(|| {
            self.route_in(&specialism.routes, stage).map(|route| WayIn {
                rung: None,
                route: Some(route),
            })
        })
    }

    /// As [`Catalogue::route_from`], leaving out leadership programmes.
    fn route_in<'a>(&'a self, ids: &[String], stage: &str) -> Option<&'a Route> {
        ids.iter()
            .filter_map(|id| self.route(id))
            .filter(|route| route.kind != RouteKind::Leadership)
            .find(|route| route.stages.iter().any(|s| s == stage))
    }

    /// The first of the routes named by `ids` that someone at `stage` can start.
    fn route_from<'a>(&'a self, ids: &[String], stage: &str) -> Option<&'a Route> {
        ids.iter()
            .filter_map(|id| self.route(id))
            .find(|route| route.stages.iter().any(|s| s == stage))
    }
}

#[cfg(test)]
mod tests {
    use crate::data;

    #[test]
    fn the_shipped_ladders_answer_for_a_graduate() {
        let catalogue = data::embedded().expect("shipped data");
        let records = &catalogue.specialisms[catalogue
            .specialism_index("health-records")
            .expect("health records")];
        assert_eq!(catalogue.first_open_rung(records, "graduate-any"), Some(0));
        assert_eq!(catalogue.first_open_rung(records, "clinician"), None);
        // The trainee coder post is open to school leavers, by the coding apprenticeship.
        let trainee = &records.ladder[1];
        let route = catalogue.rung_open_to(trainee, "school-leaver");
        assert_eq!(
            route.flatten().map(|r| r.id.as_str()),
            Some("st0535-clinical-coder")
        );
        assert_eq!(catalogue.rung_open_to(trainee, "graduate-any"), None);

        // Open to clinicians, whom the coding apprenticeship does not start from: they
        // apply directly, and no route is named.
        let mut for_clinicians = trainee.clone();
        for_clinicians.open_to = vec!["clinician".into()];
        assert_eq!(
            catalogue.rung_open_to(&for_clinicians, "clinician"),
            Some(None)
        );
    }

    #[test]
    fn the_usual_way_in_falls_back_to_a_route_then_to_nothing() {
        let catalogue = data::embedded().expect("shipped data");
        let libraries = &catalogue.specialisms[catalogue
            .specialism_index("libraries-knowledge")
            .expect("libraries")];
        // Nothing is open at school, but a degree then a master's leads to the librarian rung.
        let way = catalogue
            .usual_way_in(libraries, "school")
            .expect("a way in");
        assert_eq!(way.rung, Some(2));
        assert_eq!(
            way.route.map(|r| r.id.as_str()),
            Some("degree-then-library-masters")
        );
        assert_eq!(catalogue.usual_way_in(libraries, "no-such-stage"), None);
    }
}
