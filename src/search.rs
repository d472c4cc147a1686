//! Fuzzy search over everything a visitor might type: specialism names, rung titles,
//! skills, tools, professional bodies and entry routes. Pure: no terminal, no app state.
//!
//! Typing must stay instant on very large content, so the index keeps each entry's text
//! ready for the matcher plus a bitmask of the letters and digits it contains: an entry
//! missing any of the query's letters is skipped without running the matcher. When the
//! query grows by typing, only the previous query's matches are searched again.

use nucleo_matcher::chars::{normalize, to_lower_case};
use nucleo_matcher::pattern::{AtomKind, CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32String};

use crate::data::Catalogue;

/// Results kept for display; a search box never needs more.
pub const MAX_HITS: usize = 100;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Specialism,
    Rung,
    Skill,
    Tool,
    Body,
    EntryRoute,
    /// A rung's experience, duties or next step: matched as a substring, not fuzzily,
    /// because fuzzy matching over whole sentences finds letters everywhere.
    RungDetail,
}

impl Field {
    fn label(self) -> &'static str {
        match self {
            Field::Specialism | Field::Rung => "",
            Field::Skill => "Skill",
            Field::Tool => "Tool",
            Field::Body => "Professional body",
            Field::EntryRoute => "Way in",
            Field::RungDetail => "",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Entry {
    pub specialism: usize,
    pub rung: Option<usize>,
    pub field: Field,
    haystack: Utf32String,
    mask: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Index into [`Index::entries`].
    pub entry: usize,
    pub score: u32,
    /// Character positions of the matched characters in the entry's text.
    pub indices: Vec<u32>,
}

#[derive(Debug, Clone)]
pub struct Index {
    pub entries: Vec<Entry>,
    matcher: Matcher,
    /// The last query and every entry it matched, for narrowing as the user types.
    last: Option<(String, Vec<u32>)>,
}

impl Index {
    pub fn build(catalogue: &Catalogue) -> Index {
        let mut entries = Vec::new();
        let mut push = |specialism, rung, field, text: &str| {
            entries.push(Entry {
                specialism,
                rung,
                field,
                haystack: Utf32String::from(text),
                mask: mask(text),
            });
        };
        for (i, s) in catalogue.specialisms.iter().enumerate() {
            push(i, None, Field::Specialism, &s.name);
            for (r, rung) in s.ladder.iter().enumerate() {
                push(i, Some(r), Field::Rung, &rung.title);
            }
            for (r, rung) in s.ladder.iter().enumerate() {
                for text in [&rung.experience, &rung.involves, &rung.next_step] {
                    push(i, Some(r), Field::RungDetail, text);
                }
            }
            for (field, items) in [
                (Field::Tool, &s.tools),
                (Field::Skill, &s.skills),
                (Field::Body, &s.bodies),
                (Field::EntryRoute, &s.entry_routes),
            ] {
                for item in items {
                    push(i, None, field, item);
                }
            }
        }
        Index {
            entries,
            matcher: Matcher::new(Config::DEFAULT),
            last: None,
        }
    }

    /// The entry's own text.
    pub fn text(&self, entry: usize) -> String {
        self.entries[entry].haystack.to_string()
    }

    /// Where an entry lives, as the text before the entry's own text: e.g.
    /// "Information management › " for a rung title, or
    /// "Information management › Tool: " for a tool.
    pub fn location(&self, catalogue: &Catalogue, entry: usize) -> String {
        let e = &self.entries[entry];
        let specialism = &catalogue.specialisms[e.specialism];
        match (e.field, e.rung) {
            (Field::Specialism, _) => String::new(),
            (Field::Rung, _) => format!("{} › ", specialism.name),
            (Field::RungDetail, Some(r)) => {
                format!("{} › {} · ", specialism.name, specialism.ladder[r].title)
            }
            (field, _) => format!("{} › {}: ", specialism.name, field.label()),
        }
    }

    /// The best matches for `query`, best first (ties in content order), at most
    /// [`MAX_HITS`]. An empty query matches nothing.
    pub fn search(&mut self, query: &str) -> Vec<Hit> {
        let query = query.trim();
        if query.is_empty() {
            self.last = None;
            return Vec::new();
        }
        let fuzzy = Pattern::new(
            query,
            CaseMatching::Smart,
            Normalization::Smart,
            AtomKind::Fuzzy,
        );
        let substring = Pattern::new(
            query,
            CaseMatching::Smart,
            Normalization::Smart,
            AtomKind::Substring,
        );
        let pattern_for = |field| match field {
            Field::RungDetail => &substring,
            _ => &fuzzy,
        };
        let needed = mask(query);
        let candidates: Box<dyn Iterator<Item = u32>> = match self.last.take() {
            Some((previous, matched)) if query.starts_with(previous.as_str()) => {
                Box::new(matched.into_iter())
            }
            _ => Box::new(0..u32::try_from(self.entries.len()).unwrap_or(u32::MAX)),
        };
        let mut scored: Vec<(u32, u32)> = Vec::new();
        for i in candidates {
            let entry = &self.entries[i as usize];
            if entry.mask & needed != needed {
                continue;
            }
            let pattern = pattern_for(entry.field);
            if let Some(score) = pattern.score(entry.haystack.slice(..), &mut self.matcher) {
                // A mention in a sentence ranks below a name, title, skill or tool.
                let score = match entry.field {
                    Field::RungDetail => score / 2,
                    _ => score,
                };
                scored.push((score, i));
            }
        }
        self.last = Some((query.to_string(), scored.iter().map(|&(_, i)| i).collect()));
        let by_rank = |a: &(u32, u32), b: &(u32, u32)| b.0.cmp(&a.0).then(a.1.cmp(&b.1));
        if scored.len() > MAX_HITS {
            scored.select_nth_unstable_by(MAX_HITS - 1, by_rank);
            scored.truncate(MAX_HITS);
        }
        scored.sort_unstable_by(by_rank);
        scored
            .into_iter()
            .map(|(score, i)| {
                let mut indices = Vec::new();
                let entry = &self.entries[i as usize];
                pattern_for(entry.field).indices(
                    entry.haystack.slice(..),
                    &mut self.matcher,
                    &mut indices,
                );
                indices.sort_unstable();
                indices.dedup();
                Hit {
                    entry: i as usize,
                    score,
                    indices,
                }
            })
            .collect()
    }
}

/// Which of a–z and 0–9 a text contains, after the matcher's own case folding and
/// normalisation (so "é" counts as "e").
fn mask(text: &str) -> u64 {
    text.chars().fold(0, |mask, c| {
        let c = to_lower_case(normalize(c));
        match c {
            'a'..='z' => mask | 1 << (c as u32 - 'a' as u32),
            '0'..='9' => mask | 1 << (26 + c as u32 - '0' as u32),
            _ => mask,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_match_whole_substrings_only() {
        let catalogue = crate::data::embedded().expect("shipped data");
        let mut index = Index::build(&catalogue);
        let hits = index.search("sql");
        assert!(!hits.is_empty());
        for hit in &hits {
            let text = index.text(hit.entry).to_lowercase();
            if index.entries[hit.entry].field == Field::RungDetail {
                assert!(text.contains("sql"), "{text}");
            }
        }
    }

    #[test]
    fn masks_fold_case_and_accents() {
        assert_eq!(mask("A"), mask("a"));
        assert_eq!(mask("é"), mask("e"));
        assert_eq!(mask("b2") & mask("a"), 0);
    }
}
