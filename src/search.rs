//! Fuzzy search over everything a visitor might type: specialism names, rung titles,
//! skills, tools, professional bodies and routes in. Pure: no terminal, no app state.
//!
//! Typing must stay instant on very large content, so the index keeps each entry's text
//! ready for the matcher plus a bitmask of the letters and digits it contains: an entry
//! missing any of the query's letters is skipped without running the matcher. When the
//! query grows by typing, only the previous query's matches are searched again.

use std::collections::HashMap;

use nucleo_matcher::chars::{normalize, to_lower_case};
use nucleo_matcher::pattern::{AtomKind, CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32String};

use crate::data::Catalogue;

/// Results kept for display; a search box never needs more.
pub const MAX_HITS: usize = 100;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Specialism,
    Rung,
    Skill,
    Tool,
    Body,
    /// A route in, with its level, code and length.
    Route,
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
            Field::Route => "Way in",
            Field::RungDetail => "",
        }
    }
}

/// One place a text appears: a specialism, or one of its rungs.
#[derive(Debug, Clone)]
pub struct Entry {
    pub specialism: usize,
    pub rung: Option<usize>,
    pub field: Field,
    /// Index into the distinct texts.
    text: u32,
}

/// A distinct (field, text) pair: "BCS" as a professional body is scored once however
/// many specialisms name it.
#[derive(Debug, Clone)]
struct Text {
    haystack: Utf32String,
    field: Field,
    /// Indices into [`Index::entries`], in content order.
    entries: Vec<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Index into [`Index::entries`].
    pub entry: usize,
    pub score: u32,
    /// Character positions of the matched characters in the entry's text.
    pub indices: Vec<u32>,
}

/// Queries shorter than this don't search rung sentences: a letter or two is found in
/// nearly every sentence, which helps nobody.
const MIN_SENTENCE_QUERY: usize = 3;

#[derive(Debug, Clone)]
pub struct Index {
    pub entries: Vec<Entry>,
    texts: Vec<Text>,
    /// Each text's letter mask, kept apart from the texts so the prefilter reads one
    /// small dense array rather than every text.
    masks: Vec<u64>,
    matcher: Matcher,
    /// The last finished query and every text it matched, for narrowing as the user types.
    last: Option<(String, Vec<u32>)>,
    scan: Option<Scan>,
}

impl Index {
    pub fn build(catalogue: &Catalogue) -> Index {
        let route_labels: HashMap<&str, String> = catalogue
            .routes
            .iter()
            .map(|r| (r.id.as_str(), r.code_first_label()))
            .collect();
        let mut b = Builder::default();
        for (i, s) in catalogue.specialisms.iter().enumerate() {
            b.push(i, None, Field::Specialism, &s.name);
            for (r, rung) in s.ladder.iter().enumerate() {
                b.push(i, Some(r), Field::Rung, &rung.title);
            }
            for (r, rung) in s.ladder.iter().enumerate() {
                for text in [&rung.experience, &rung.involves, &rung.next_step] {
                    b.push(i, Some(r), Field::RungDetail, text);
                }
            }
            for (field, items) in [
                (Field::Tool, &s.tools),
                (Field::Skill, &s.skills),
                (Field::Body, &s.bodies),
            ] {
                for item in items {
                    b.push(i, None, field, item);
                }
            }
            for label in s
                .routes
                .iter()
                .filter_map(|id| route_labels.get(id.as_str()))
            {
                b.push(i, None, Field::Route, label);
            }
            for (r, rung) in s.ladder.iter().enumerate() {
                for label in rung
                    .routes
                    .iter()
                    .filter_map(|id| route_labels.get(id.as_str()))
                {
                    b.push(i, Some(r), Field::Route, label);
                }
            }
        }
        Index {
            entries: b.entries,
            texts: b.texts,
            masks: b.masks,
            matcher: Matcher::new(Config::DEFAULT),
            last: None,
            scan: None,
        }
    }

    /// The entry's own text.
    pub fn text(&self, entry: usize) -> String {
        self.texts[self.entries[entry].text as usize]
            .haystack
            .to_string()
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
            (Field::Route, Some(r)) => format!(
                "{} › {} · {}: ",
                specialism.name,
                specialism.ladder[r].title,
                e.field.label()
            ),
            (field, _) => format!("{} › {}: ", specialism.name, field.label()),
        }
    }

    /// The best matches for `query`, best first (ties in content order), at most
    /// [`MAX_HITS`]. An empty query matches nothing.
    pub fn search(&mut self, query: &str) -> Vec<Hit> {
        self.start(query);
        self.step(usize::MAX);
        self.hits()
    }

    /// Begins searching for `query`; [`Index::step`] does the work.
    pub fn start(&mut self, query: &str) {
        let query = query.trim();
        if query.is_empty() {
            self.scan = None;
            self.last = None;
            return;
        }
        let sentences = query.chars().count() >= MIN_SENTENCE_QUERY;
        // Typing more narrows the last finished search's matches, unless this keystroke
        // is the one that brings sentences into play.
        let candidates = match self.last.take() {
            Some((previous, matched))
                if query.starts_with(previous.as_str())
                    && (previous.chars().count() >= MIN_SENTENCE_QUERY || !sentences) =>
            {
                Some(matched)
            }
            _ => None,
        };
        let pattern = |kind| Pattern::new(query, CaseMatching::Smart, Normalization::Smart, kind);
        self.scan = Some(Scan {
            query: query.to_string(),
            fuzzy: pattern(AtomKind::Fuzzy),
            substring: pattern(AtomKind::Substring),
            sentences,
            needed: mask(query),
            candidates,
            next: 0,
            scored: Vec::new(),
        });
    }

    /// Matches up to `budget` more texts. Returns true once the search is complete.
    pub fn step(&mut self, budget: usize) -> bool {
        let Some(scan) = self.scan.as_mut() else {
            return true;
        };
        let total = scan.candidates.as_ref().map_or(self.texts.len(), Vec::len);
        let end = scan.next.saturating_add(budget).min(total);
        for position in scan.next..end {
            let id = match &scan.candidates {
                Some(ids) => ids[position],
                None => u32::try_from(position).unwrap_or(u32::MAX),
            };
            if self.masks[id as usize] & scan.needed != scan.needed {
                continue;
            }
            let text = &self.texts[id as usize];
            let (pattern, rank) = match text.field {
                // A mention in a sentence ranks below a name, title, skill or tool.
                Field::RungDetail if scan.sentences => (&scan.substring, 2),
                Field::RungDetail => continue,
                _ => (&scan.fuzzy, 1),
            };
            if let Some(score) = pattern.score(text.haystack.slice(..), &mut self.matcher) {
                scan.scored.push((score / rank, id));
            }
        }
        scan.next = end;
        let done = end == total;
        if done {
            let matched = scan.scored.iter().map(|&(_, id)| id).collect();
            self.last = Some((scan.query.clone(), matched));
        }
        done
    }

    /// Whether the current search has matched every text.
    pub fn is_done(&self) -> bool {
        self.scan.as_ref().is_none_or(|scan| {
            scan.next == scan.candidates.as_ref().map_or(self.texts.len(), Vec::len)
        })
    }

    /// The best matches found so far, best first (ties in content order).
    pub fn hits(&mut self) -> Vec<Hit> {
        let Some(scan) = self.scan.as_ref() else {
            return Vec::new();
        };
        let texts = &self.texts;
        let first_entry = |id: u32| texts[id as usize].entries[0];
        let by_rank = |a: &(u32, u32), b: &(u32, u32)| {
            b.0.cmp(&a.0).then(first_entry(a.1).cmp(&first_entry(b.1)))
        };
        let mut best = scan.scored.clone();
        if best.len() > MAX_HITS {
            best.select_nth_unstable_by(MAX_HITS - 1, by_rank);
            best.truncate(MAX_HITS);
        }
        best.sort_unstable_by(by_rank);

        let mut hits = Vec::new();
        for (score, id) in best {
            let text = &texts[id as usize];
            let pattern = match text.field {
                Field::RungDetail => &scan.substring,
                _ => &scan.fuzzy,
            };
            let mut indices = Vec::new();
            pattern.indices(text.haystack.slice(..), &mut self.matcher, &mut indices);
            indices.sort_unstable();
            indices.dedup();
            for &entry in &text.entries {
                if hits.len() == MAX_HITS {
                    return hits;
                }
                hits.push(Hit {
                    entry: entry as usize,
                    score,
                    indices: indices.clone(),
                });
            }
        }
        hits
    }
}

/// A search in progress: how far through the texts it has got and what it has found.
#[derive(Debug, Clone)]
struct Scan {
    query: String,
    fuzzy: Pattern,
    substring: Pattern,
    sentences: bool,
    needed: u64,
    /// The texts to try (the last search's matches), or `None` for every text.
    candidates: Option<Vec<u32>>,
    next: usize,
    scored: Vec<(u32, u32)>,
}

/// Collects entries, giving each distinct (field, text) one [`Text`].
#[derive(Default)]
struct Builder<'a> {
    entries: Vec<Entry>,
    texts: Vec<Text>,
    masks: Vec<u64>,
    ids: HashMap<(Field, &'a str), u32>,
}

impl<'a> Builder<'a> {
    fn push(&mut self, specialism: usize, rung: Option<usize>, field: Field, text: &'a str) {
        let next = u32::try_from(self.texts.len()).unwrap_or(u32::MAX);
        let (texts, masks) = (&mut self.texts, &mut self.masks);
        let id = *self.ids.entry((field, text)).or_insert_with(|| {
            texts.push(Text {
                haystack: Utf32String::from(text),
                field,
                entries: Vec::new(),
            });
            masks.push(mask(text));
            next
        });
        let entry = u32::try_from(self.entries.len()).unwrap_or(u32::MAX);
        self.texts[id as usize].entries.push(entry);
        self.entries.push(Entry {
            specialism,
            rung,
            field,
            text: id,
        });
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
        assert!(
            index
                .search("sq")
                .iter()
                .all(|h| index.entries[h.entry].field != Field::RungDetail),
            "two letters don't search sentences"
        );
    }

    #[test]
    fn a_text_shared_by_many_specialisms_lists_each_place() {
        let catalogue = crate::data::embedded().expect("shipped data");
        let mut index = Index::build(&catalogue);
        let bcs: Vec<usize> = index
            .search("BCS")
            .iter()
            .filter(|h| index.text(h.entry) == "BCS")
            .map(|h| index.entries[h.entry].specialism)
            .collect();
        let expected: Vec<usize> = catalogue
            .specialisms
            .iter()
            .enumerate()
            .filter(|(_, s)| s.bodies.iter().any(|b| b == "BCS"))
            .map(|(i, _)| i)
            .collect();
        assert_eq!(bcs, expected);
        // Narrowing as you type gives the same result as searching afresh.
        let mut fresh = Index::build(&catalogue);
        index.search("a");
        index.search("an");
        assert_eq!(index.search("ana"), fresh.search("ana"));
    }

    #[test]
    fn a_search_done_in_slices_finds_what_one_pass_finds() {
        let catalogue = crate::data::embedded().expect("shipped data");
        let mut sliced = Index::build(&catalogue);
        let mut whole = Index::build(&catalogue);
        for query in ["a", "an", "ana", "analyst", "x"] {
            sliced.start(query);
            let mut steps = 0;
            while !sliced.step(7) {
                steps += 1;
                assert!(!sliced.is_done());
            }
            assert!(sliced.is_done());
            assert!(
                steps > 0 || query == "analyst",
                "{query}: the search took several slices"
            );
            assert_eq!(sliced.hits(), whole.search(query), "{query}");
        }
    }

    #[test]
    fn masks_fold_case_and_accents() {
        assert_eq!(mask("A"), mask("a"));
        assert_eq!(mask("é"), mask("e"));
        assert_eq!(mask("b2") & mask("a"), 0);
    }
}
