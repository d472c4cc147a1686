//! Rules for the parts that describe how people get in and what working in the NHS is
//! like: stages, routes, references to them, and the "Working in the NHS" page.

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

use super::Checker;
use super::at::{At, earlier, shown};
use crate::data::model::RouteKind;

/// Apprenticeship levels run from 2 (intermediate) to 7 (master's level).
const LEVELS: std::ops::RangeInclusive<u8> = 2..=7;
/// A route's typical length: from a month to six years.
const MONTHS: std::ops::RangeInclusive<u16> = 1..=72;

impl Checker<'_> {
    pub(super) fn stages(&mut self) {
        let mut seen = HashMap::new();
        let list = At::root("stages");
        for (i, stage) in self.catalogue.stages.iter().enumerate() {
            earlier(&mut seen, &stage.id);
            let at = list.named("id", &stage.id, i);
            self.id(&at.field("id"), &stage.id, &seen, "stage");
            self.text(&at.field("label"), &stage.label);
            self.text(&at.field("about"), &stage.about);
        }
    }

    pub(super) fn routes(&mut self) {
        let mut seen = HashMap::new();
        let list = At::root("routes");
        for (i, route) in self.catalogue.routes.iter().enumerate() {
            earlier(&mut seen, &route.id);
            let at = list.named("id", &route.id, i);
            self.id(&at.field("id"), &route.id, &seen, "route");
            self.text(&at.field("name"), &route.name);
            self.text(&at.field("about"), &route.about);
            self.source_ref(&at.field("source"), &route.source);
            self.stage_refs(&at.field("stages"), &route.stages);
            // Moving across from a job or a clinical career is not a course: no level.
            let courseless = matches!(route.kind, RouteKind::Experience | RouteKind::Clinical);
            match route.level {
                None if route.kind == RouteKind::Apprenticeship => self.report(
                    &at.field("kind"),
                    "an apprenticeship needs its `level`, such as `level: Some(4)`",
                ),
                Some(_) if courseless => self.report(
                    &at.field("level"),
                    format!(
                        "a route of kind {:?} is not a course, so it has no level; remove `level`",
                        route.kind
                    ),
                ),
                Some(level) if !LEVELS.contains(&level) => self.report(
                    &at.field("level"),
                    format!("level {level} is not an apprenticeship level; use 2 to 7"),
                ),
                _ => {}
            }
            if route.code.is_some() && route.kind != RouteKind::Apprenticeship {
                self.report(
                    &at.field("code"),
                    format!(
                        "only an apprenticeship has a standard code (this route's kind is {:?}); remove `code`",
                        route.kind
                    ),
                );
            } else if let Some(code) = &route.code
                && self.safe(&at.field("code"), code)
                && !is_standard_code(code)
            {
                self.report(
                    &at.field("code"),
                    format!(
                        "the code {} is not a standard code; write it like \"ST0118\"",
                        shown(code)
                    ),
                );
            }
            if let Some(months) = route.months
                && !MONTHS.contains(&months)
            {
                self.report(
                    &at.field("months"),
                    format!(
                        "{months} months looks wrong for a route's length; give {} to {} months",
                        MONTHS.start(),
                        MONTHS.end()
                    ),
                );
            }
        }
    }

    pub(super) fn working(&mut self) {
        let list = At::root("working");
        for (i, topic) in self.catalogue.working.iter().enumerate() {
            let at = list.item(i);
            self.text(&at.field("heading"), &topic.heading);
            self.list(&at.field("points"), &topic.points);
            self.citations(&at.field("sources"), &topic.sources, "topic");
        }
    }

    /// A list of route ids: each names a route, once.
    pub(super) fn route_refs(&mut self, at: &At, ids: &[String]) {
        let fix = "add it to `routes` or fix the spelling";
        self.refs(at, ids, "route", |check, id| check.routes.contains(id), fix);
    }

    /// A list of stage ids: each names a stage, once.
    pub(super) fn stage_refs(&mut self, at: &At, ids: &[String]) {
        let fix = "add it to `stages` or fix the spelling";
        self.refs(at, ids, "stage", |check, id| check.stages.contains(id), fix);
    }

    /// A list of references to `what`s: each names one that exists, once.
    fn refs(
        &mut self,
        at: &At,
        ids: &[String],
        what: &str,
        exists: fn(&Self, &str) -> bool,
        fix: &str,
    ) {
        let mut listed = HashSet::new();
        for (i, id) in ids.iter().enumerate() {
            let item = at.item(i);
            if self.reference(&item, id, what, exists, fix) && !listed.insert(id.as_str()) {
                self.report(&item, format!("the {what} {} is listed twice", shown(id)));
            }
        }
    }
}

/// "ST0118" (a standard) or "FA0005" (a foundation apprenticeship).
fn is_standard_code(code: &str) -> bool {
    let bytes = code.as_bytes();
    bytes.len() == 6
        && (code.starts_with("ST") || code.starts_with("FA"))
        && bytes[2..].iter().all(u8::is_ascii_digit)
}

#[cfg(test)]
mod tests {
    use super::is_standard_code;

    #[test]
    fn standard_codes_are_two_letters_and_four_digits() {
        assert!(is_standard_code("ST0118"));
        assert!(is_standard_code("FA0005"));
        assert!(!is_standard_code("ST118"));
        assert!(!is_standard_code("st0118"));
        assert!(!is_standard_code("ST01189"));
        assert!(!is_standard_code("XX0118"));
        assert!(!is_standard_code("ST01a8"));
    }
}
