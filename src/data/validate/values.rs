//! Rules for single values, wherever they sit: text, lists of text, ids, web addresses
//! and references to other items by id.

use foldhash::HashMap;

use super::Checker;
use super::at::{At, shown};
use crate::data::forbidden::{describe, is_forbidden_char};
use crate::data::model::SourceKind;
use crate::data::unstable::{Unstable, first_unstable, is_invisible};
use crate::data::validate::Problem;

/// Whether `value` is only printable ASCII and newlines, which need no further checks.
/// Nearly all text is; a byte scan clears it quickly, and only other text is decoded and
/// checked character by character.
fn plain_ascii(value: &str) -> bool {
    // Counting instead of stopping at the first odd byte lets the compiler check many
    // bytes at once.
    let odd = value
        .bytes()
        .filter(|&b| b != b'\n' && !(b' '..b'\x7f').contains(&b))
        .count();
    odd == 0
}

/// The first character of `value` that could drive the terminal, if any, with its index
/// among the characters.
fn first_forbidden(value: &str) -> Option<(usize, char)> {
    if plain_ascii(value) {
        return None;
    }
    value
        .chars()
        .enumerate()
        .find(|&(_, c)| is_forbidden_char(c))
}

/// Whether `value` shows nothing at all (only whitespace and invisible characters).
fn blank(value: &str) -> bool {
    if plain_ascii(value) {
        return value.trim().is_empty();
    }
    value.chars().all(is_invisible)
}

impl Checker<'_> {
    /// Required text: not blank, and nothing that could drive the terminal.
    pub(super) fn text(&mut self, at: &At, value: &str) {
        if blank(value) {
            let only = match value.trim().is_empty() {
                true => "",
                false => " (it has only invisible characters)",
            };
            self.report(
                at,
                format!("`{}` is empty{only}; it needs some text", at.name()),
            );
        }
        self.safe(at, value);
    }

    /// Any text: must not contain terminal control characters. Returns whether it is safe.
    pub(super) fn safe(&mut self, at: &At, value: &str) -> bool {
        match first_forbidden(value) {
            Some((index, c)) => {
                let effect = if c > '\u{9f}' {
                    "which can make text read differently from what it says"
                } else {
                    "which can send commands to the terminal"
                };
                let message = format!(
                    "`{}` contains {}, {effect}; remove it",
                    at.name(),
                    describe(c)
                );
                self.report_char(at, index, message);
                false
            }
            None => self.measurable(at, value),
        }
    }

    /// Text must have one width that hi-tui and every terminal agree on (see `unstable`).
    fn measurable(&mut self, at: &At, value: &str) -> bool {
        if plain_ascii(value) {
            return true;
        }
        let Some(unstable @ Unstable { at: byte, .. }) = first_unstable(value) else {
            return true;
        };
        let message = format!("`{}` contains {}", at.name(), unstable.describe());
        let index = value.get(..byte).map_or(0, |before| before.chars().count());
        self.report_char(at, index, message);
        false
    }

    /// A problem with the `index`th character of a value, pointing at that character in
    /// the file (or at the `\\` of its escape).
    pub(super) fn report_char(&mut self, at: &At, index: usize, message: String) {
        self.problems.push(Problem {
            path: at.path(),
            message,
            segs: at.segs(),
            char_index: Some(index),
            position: None,
        });
    }

    pub(super) fn list(&mut self, at: &At, items: &[String]) {
        if items.is_empty() {
            self.report(
                at,
                format!("`{}` is an empty list; add at least one entry", at.name()),
            );
        }
        for (i, item) in items.iter().enumerate() {
            self.text(&at.item(i), item);
        }
    }

    /// An id: safe, in the id alphabet, and not used by an earlier item (`seen` counts
    /// the ids so far; see [`super::at::earlier`]).
    pub(super) fn id(&mut self, at: &At, id: &str, seen: &HashMap<&str, usize>, what: &str) {
        if !self.safe(at, id) {
            return;
        }
        if id.is_empty()
            || !id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            self.report(
                at,
                format!(
                    "the id {} must use only lowercase letters, digits and hyphens, like \"health-records\"",
                    shown(id)
                ),
            );
        }
        if seen.get(id).is_some_and(|&n| n > 1) {
            self.report(
                at,
                format!(
                    "the id {} is already used by another {what}; each {what} needs its own id",
                    shown(id)
                ),
            );
        }
    }

    pub(super) fn url(&mut self, at: &At, url: &str) {
        if !self.safe(at, url) {
            return;
        }
        match url.strip_prefix("https://") {
            None => self.report(
                at,
                format!(
                    "web addresses must start with https:// (this one is {})",
                    shown(url)
                ),
            ),
            Some("") => self.report(at, "\"https://\" alone is not a complete web address"),
            Some(rest) if rest.contains(char::is_whitespace) => self.report(
                at,
                format!(
                    "web addresses cannot contain spaces (this one is {})",
                    shown(url)
                ),
            ),
            Some(_) => {}
        }
    }

    /// A reference by id to a `what` (source, specialism, route or stage): safe text that
    /// names one that exists (`exists` looks it up); `fix` says how to mend it when not.
    /// Returns whether it does name one.
    pub(super) fn reference(
        &mut self,
        at: &At,
        id: &str,
        what: &str,
        exists: fn(&Self, &str) -> bool,
        fix: &str,
    ) -> bool {
        if !self.safe(at, id) {
            return false;
        }
        if exists(self, id) {
            return true;
        }
        self.report(
            at,
            format!("there is no {what} with the id {}; {fix}", shown(id)),
        );
        false
    }

    /// A reference to a source by id.
    pub(super) fn source_ref(&mut self, at: &At, id: &str) {
        self.reference(
            at,
            id,
            "source",
            |check, id| check.sources.contains(id),
            "add it to `sources` or fix the spelling",
        );
    }

    /// A "find out more" link (the QR code, "read more"): a source that exists and is not
    /// a job advert, which will have closed by the time a visitor opens it.
    pub(super) fn link_ref(&mut self, at: &At, id: &str) {
        self.source_ref(at, id);
        if let Some(source) = self.catalogue.source(id)
            && source.kind == SourceKind::Advert
        {
            self.report(
                at,
                format!(
                    "links to the job advert {}; an advert is evidence of a band at its date, not a page to send visitors to: link an official page or profile",
                    shown(id)
                ),
            );
        }
    }

    /// A reference to a specialism by id, as in `related` or a quiz answer's weights.
    /// Returns whether it names one.
    pub(super) fn specialism_ref(&mut self, at: &At, id: &str) -> bool {
        self.reference(
            at,
            id,
            "specialism",
            |check, id| check.specialisms.contains(id),
            "check the spelling against the specialisms' ids",
        )
    }

    /// The sources cited by a `what` (a section, a topic): at least one, each one that exists.
    pub(super) fn citations(&mut self, at: &At, ids: &[String], what: &str) {
        if ids.is_empty() {
            self.report(at, format!("cite at least one source for this {what}"));
        }
        for (i, id) in ids.iter().enumerate() {
            self.source_ref(&at.item(i), id);
        }
    }
}
