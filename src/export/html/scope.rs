//! What a document covers: every specialism, or (for a hand-out) one specialism with
//! just the routes, stages and sources it needs.

use std::collections::HashSet;

use crate::data::{Catalogue, Route, Source, Specialism, Stage};

pub struct Scope<'a> {
    pub specialisms: Vec<&'a Specialism>,
    pub stages: Vec<&'a Stage>,
    pub routes: Vec<&'a Route>,
    pub sources: Vec<&'a Source>,
    /// True for a one-specialism hand-out: links to other specialisms have nowhere to go.
    pub hand_out: bool,
}

/// `--only` named a specialism the data does not have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownSpecialism {
    pub id: String,
    pub valid: Vec<String>,
}

impl std::fmt::Display for UnknownSpecialism {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "no specialism has the id {:?}; the ids are: {}",
            self.id,
            self.valid.join(", ")
        )
    }
}

impl std::error::Error for UnknownSpecialism {}

impl<'a> Scope<'a> {
    pub fn everything(catalogue: &'a Catalogue) -> Scope<'a> {
        Scope {
            specialisms: catalogue.specialisms.iter().collect(),
            stages: catalogue.stages.iter().collect(),
            routes: catalogue.routes.iter().collect(),
            sources: catalogue.sources.iter().collect(),
            hand_out: false,
        }
    }

    /// The specialism with id `id`, the routes it and its rungs name, the stages those
    /// routes and rungs name, and every source the hand-out cites, in the data's order.
    pub fn only(catalogue: &'a Catalogue, id: &str) -> Result<Scope<'a>, UnknownSpecialism> {
        let specialism = catalogue
            .specialism_index(id)
            .map(|i| &catalogue.specialisms[i])
            .ok_or_else(|| UnknownSpecialism {
                id: id.to_owned(),
                valid: catalogue.specialisms.iter().map(|s| s.id.clone()).collect(),
            })?;
        let route_ids: HashSet<&str> = specialism
            .routes
            .iter()
            .chain(specialism.ladder.iter().flat_map(|r| &r.routes))
            .map(String::as_str)
            .collect();
        let routes: Vec<&Route> = catalogue
            .routes
            .iter()
            .filter(|r| route_ids.contains(r.id.as_str()))
            .collect();
        let stage_ids: HashSet<&str> = routes
            .iter()
            .flat_map(|r| &r.stages)
            .chain(specialism.ladder.iter().flat_map(|r| &r.open_to))
            .map(String::as_str)
            .collect();
        let mut cited: HashSet<&str> = HashSet::new();
        cited.insert(&specialism.link);
        cited.extend(specialism.sources.iter().map(String::as_str));
        for rung in &specialism.ladder {
            cited.insert(&rung.source);
            cited.extend(rung.link.as_deref());
        }
        cited.extend(routes.iter().map(|r| r.source.as_str()));
        cited.extend(
            catalogue
                .working
                .iter()
                .flat_map(|t| &t.sources)
                .map(String::as_str),
        );
        cited.insert(&catalogue.pay().source);
        cited.extend(catalogue.pay().steps_source.as_deref());
        Ok(Scope {
            specialisms: vec![specialism],
            stages: catalogue
                .stages
                .iter()
                .filter(|s| stage_ids.contains(s.id.as_str()))
                .collect(),
            routes,
            sources: catalogue
                .sources
                .iter()
                .filter(|s| cited.contains(s.id.as_str()))
                .collect(),
            hand_out: true,
        })
    }
}
