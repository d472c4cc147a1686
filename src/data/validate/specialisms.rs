//! Rules for a specialism: its text and lists, what it refers to, and its career ladder,
//! whose rungs name pay bands and climb from entry level to most senior.

use foldhash::{HashMap, HashSet, HashSetExt};

use super::Checker;
use super::at::{At, earlier, shown};
use crate::data::forbidden::escape_forbidden;
use crate::data::model::{Rung, Specialism};

impl<'a> Checker<'a> {
    pub(super) fn specialism(
        &mut self,
        index: usize,
        s: &'a Specialism,
        seen: &mut HashMap<&'a str, usize>,
    ) {
        let list = At::root("specialisms");
        earlier(seen, &s.id);
        let at = list.named("id", &s.id, index);
        self.id(&at.field("id"), &s.id, seen, "specialism");
        self.text(&at.field("name"), &s.name);
        self.text(&at.field("summary"), &s.summary);
        self.text(&at.field("about"), &s.about);
        for (field, items) in [
            ("tasks", &s.tasks),
            ("skills", &s.skills),
            ("tools", &s.tools),
            ("workplaces", &s.workplaces),
            ("bodies", &s.bodies),
            ("choose_if", &s.choose_if),
        ] {
            self.list(&at.field(field), items);
        }
        let related_at = at.field("related");
        let mut listed = HashSet::new();
        for (i, related) in s.related.iter().enumerate() {
            let at = related_at.item(i);
            if related == &s.id {
                self.report(&at, "a specialism cannot be related to itself");
            } else if self.specialism_ref(&at, related) && !listed.insert(related.as_str()) {
                self.report(
                    &at,
                    format!("the specialism {} is listed twice", shown(related)),
                );
            }
        }
        self.route_refs(&at.field("routes"), &s.routes);
        self.link_ref(&at.field("link"), &s.link);
        self.citations(&at.field("sources"), &s.sources, "section");
        self.ladder(&at.field("ladder"), &s.ladder);
    }

    fn ladder(&mut self, ladder: &At, rungs: &'a [Rung]) {
        if rungs.is_empty() {
            self.report(ladder, "the ladder has no rungs; add at least one");
        }
        let mut titles = HashSet::new();
        let mut below: Option<(usize, &Rung)> = None;
        for (i, rung) in rungs.iter().enumerate() {
            let at = ladder.item(i);
            if !titles.insert(rung.title.as_str()) {
                self.report(
                    &at.field("title"),
                    format!(
                        "two rungs of this ladder are called {}; give each rung its own title",
                        shown(&rung.title)
                    ),
                );
            }
            let rank = self.rung(&at, rung);
            if let (Some(rank), Some((below_rank, below_rung))) = (rank, below)
                && rank < below_rank
            {
                self.report(
                    &at.field("bands"),
                    format!(
                        "band {} is lower than band {} of the rung before it ({}); a ladder goes from entry level (first) to most senior (last), so bands must not go down",
                        rung.band_label(),
                        below_rung.band_label(),
                        shown(&below_rung.title)
                    ),
                );
            }
            if let Some(rank) = rank {
                below = Some((rank, rung));
            }
        }
    }

    /// Checks one rung; returns the rank of its lowest band when every band resolves.
    fn rung(&mut self, at: &At, rung: &Rung) -> Option<usize> {
        self.text(&at.field("title"), &rung.title);
        self.text(&at.field("experience"), &rung.experience);
        self.text(&at.field("involves"), &rung.involves);
        self.text(&at.field("next_step"), &rung.next_step);
        self.source_ref(&at.field("source"), &rung.source);
        if let Some(link) = &rung.link {
            self.link_ref(&at.field("link"), link);
        }
        self.route_refs(&at.field("routes"), &rung.routes);
        self.stage_refs(&at.field("open_to"), &rung.open_to);
        let bands = at.field("bands");
        if rung.bands.is_empty() || rung.bands.len() > 2 {
            self.report(
                &bands,
                format!(
                    "has {} bands; give one band, or two for a range such as [\"8a\", \"8b\"]",
                    rung.bands.len()
                ),
            );
            return None;
        }
        let mut ranks = Vec::new();
        for (i, name) in rung.bands.iter().enumerate() {
            let band = bands.item(i);
            if !self.safe(&band, name) {
                continue;
            }
            match self.band_ranks.get(name.as_str()) {
                Some(&rank) => {
                    ranks.push(rank);
                    self.in_every_table(&band, name);
                }
                // An empty pay table is reported once, not again for every rung.
                None if self.band_ranks.is_empty() => {}
                None => {
                    let known: Vec<&str> = self.catalogue.pay_tables[0]
                        .bands
                        .iter()
                        .map(|b| b.name.as_str())
                        .collect();
                    self.report(
                        &band,
                        format!(
                            "band {} is not in the pay table (it has: {})",
                            shown(name),
                            escape_forbidden(&known.join(", "))
                        ),
                    );
                }
            }
        }
        if ranks.len() != rung.bands.len() {
            return None;
        }
        if let [low, high] = ranks[..] {
            if low > high {
                self.report(
                    &bands,
                    format!(
                        "the range {} runs downwards; put the lower band first",
                        rung.band_label()
                    ),
                );
            } else if low == high {
                self.report(
                    &bands,
                    format!(
                        "the range {} has the same band at both ends; give it once, as [{}]",
                        rung.band_label(),
                        shown(&rung.bands[0])
                    ),
                );
            }
        }
        ranks.first().copied()
    }

    /// A band a rung names must be in every nation's table, or the ladder would have no
    /// pay to show for that nation.
    fn in_every_table(&mut self, at: &At, name: &str) {
        for table in self.catalogue.pay_tables.iter().skip(1) {
            if !table.bands.iter().any(|b| b.name == name) {
                self.report(
                    at,
                    format!(
                        "band {} is not in the pay table for {}; every table needs every band a rung names",
                        shown(name),
                        shown(&table.nation)
                    ),
                );
            }
        }
    }
}
