//! The rules a data file must satisfy beyond parsing. A pure function from parsed data
//! to a list of problems, shared by start-up, `hi-tui check`, `--data` and `--watch`.

// foldhash: much quicker than the standard hasher on short ids, and still seeded at
// random, so a file cannot be crafted to make lookups collide.
use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

mod routes;

use super::model::{Catalogue, Rung, Specialism};
use super::plain::{describe, escape_forbidden, is_forbidden_char};
use super::pounds;
use super::unstable::{Unstable, first_unstable, is_invisible};

/// Quiz answers weigh a specialism from 1 (a little) to this (strongly).
pub const MAX_WEIGHT: u8 = 3;

/// One broken rule, with a readable path to the value and, once located, its position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where in the content, e.g. `specialisms["it"].ladder[3].bands`. Empty for parse errors.
    pub path: String,
    /// What is wrong, in plain words.
    pub message: String,
    /// Strings expected in order in the source text, used to find a line and column.
    pub anchors: Vec<String>,
    /// 1-based line and column, when known.
    pub position: Option<(usize, usize)>,
}

impl Problem {
    /// `file:line:column: message (at path)`, or `file: path: message` without a position.
    pub fn render(&self, file: &str) -> String {
        match (self.position, self.path.is_empty()) {
            (Some((line, col)), true) => format!("{file}:{line}:{col}: {}", self.message),
            (Some((line, col)), false) => {
                format!("{file}:{line}:{col}: {} (at {})", self.message, self.path)
            }
            (None, true) => format!("{file}: {}", self.message),
            (None, false) => format!("{file}: {}: {}", self.path, self.message),
        }
    }
}

/// Every problem in the content, in file order. Empty means the content is valid.
pub fn validate(catalogue: &Catalogue) -> Vec<Problem> {
    let mut check = Checker::new(catalogue);
    check.top_level();
    check.sources();
    check.pay();
    check.stages();
    check.routes();
    check.working();
    let mut seen = HashMap::new();
    for specialism in &catalogue.specialisms {
        check.specialism(specialism, &mut seen);
    }
    check.quiz();
    check.problems
}

/// Walks the content, collecting problems. Lookups go through indexes built once, so a
/// huge file is checked in linear time.
struct Checker<'a> {
    catalogue: &'a Catalogue,
    sources: HashSet<&'a str>,
    /// Band name to rank (its index in the pay table); the first wins for duplicates.
    band_ranks: HashMap<&'a str, usize>,
    specialisms: HashSet<&'a str>,
    routes: HashSet<&'a str>,
    stages: HashSet<&'a str>,
    problems: Vec<Problem>,
}

/// Where a value lives, as a chain of steps from the top of the file. Nothing is
/// formatted until a problem is reported, so checking valid content allocates nothing
/// per field.
#[derive(Clone, Copy)]
struct At<'p> {
    parent: Option<&'p At<'p>>,
    step: Step<'p>,
}

#[derive(Clone, Copy)]
enum Step<'p> {
    /// A top-level field.
    Root(&'p str),
    /// A field of the parent.
    Field(&'p str),
    /// A list element by index, with a value (found quoted in the file) that starts it.
    Index(usize, Option<&'p str>),
    /// A map entry by key.
    Key(&'p str),
    /// A list element named by the value of its `field`, the `earlier + 1`th such.
    Named(&'p str, &'p str, usize),
}

impl<'p> At<'p> {
    fn root(field: &'p str) -> Self {
        At {
            parent: None,
            step: Step::Root(field),
        }
    }

    fn child(&'p self, step: Step<'p>) -> At<'p> {
        At {
            parent: Some(self),
            step,
        }
    }

    /// A child reached by a field name.
    fn field(&'p self, field: &'p str) -> At<'p> {
        self.child(Step::Field(field))
    }

    /// An element of a list, named by index; `anchor` is a value that starts it in the file.
    fn item(&'p self, index: usize, anchor: Option<&'p str>) -> At<'p> {
        self.child(Step::Index(index, anchor))
    }

    /// An entry of a map, named by its key.
    fn keyed(&'p self, key: &'p str) -> At<'p> {
        self.child(Step::Key(key))
    }

    /// An element of a list, named by the value of its `field` (an id or name), found in
    /// the file as `field: "value"`. `earlier` counts earlier elements with the same value,
    /// so a duplicate is located at its own place rather than at the first.
    fn named(&'p self, field: &'p str, value: &'p str, earlier: usize) -> At<'p> {
        self.child(Step::Named(field, value, earlier))
    }

    /// The steps from the top down.
    fn steps(&self) -> Vec<Step<'p>> {
        let mut steps = vec![self.step];
        let mut at = self.parent;
        while let Some(parent) = at {
            steps.push(parent.step);
            at = parent.parent;
        }
        steps.reverse();
        steps
    }

    /// The readable path, e.g. `specialisms["it"].ladder[3].bands`.
    fn path(&self) -> String {
        let mut path = String::new();
        for step in self.steps() {
            match step {
                Step::Root(field) => path.push_str(field),
                Step::Field(field) => {
                    path.push('.');
                    path.push_str(field);
                }
                Step::Index(index, _) => path.push_str(&format!("[{index}]")),
                Step::Key(key) | Step::Named(_, key, _) => {
                    path.push_str(&format!("[{}]", shown(key)))
                }
            }
        }
        path
    }

    /// Strings expected in order in the file, to find the value's line and column.
    fn anchors(&self) -> Vec<String> {
        let mut anchors = Vec::new();
        for step in self.steps() {
            match step {
                Step::Root(field) | Step::Field(field) => anchors.push(format!("{field}:")),
                Step::Index(_, anchor) => anchors.extend(anchor.map(quoted)),
                Step::Key(key) => anchors.push(quoted(key)),
                Step::Named(field, value, earlier) => anchors.extend(std::iter::repeat_n(
                    format!("{field}: {}", quoted(value)),
                    earlier + 1,
                )),
            }
        }
        anchors
    }

    /// The last step of the path, to name the value in a message: `summary`, `tasks[2]`.
    fn name(&self) -> String {
        let path = self.path();
        path.rsplit('.').next().unwrap_or(&path).to_string()
    }
}

/// Counts `value` as seen and returns how many times it was seen before.
fn earlier<'a>(seen: &mut HashMap<&'a str, usize>, value: &'a str) -> usize {
    let count = seen.entry(value).or_insert(0);
    *count += 1;
    *count - 1
}

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

/// The first character of `value` that could drive the terminal, if any.
fn first_forbidden(value: &str) -> Option<char> {
    if plain_ascii(value) {
        return None;
    }
    value.chars().find(|&c| is_forbidden_char(c))
}

/// Whether `value` shows nothing at all (only whitespace and invisible characters).
fn blank(value: &str) -> bool {
    if plain_ascii(value) {
        return value.trim().is_empty();
    }
    value.chars().all(is_invisible)
}

/// A value as it should appear in a message: quoted, with control characters escaped.
fn shown(s: &str) -> String {
    format!("\"{}\"", escape_forbidden(s))
}

/// A value as it appears in the source file, to search for.
fn quoted(s: &str) -> String {
    format!("\"{s}\"")
}

impl<'a> Checker<'a> {
    fn new(catalogue: &'a Catalogue) -> Self {
        let mut band_ranks = HashMap::new();
        for (rank, band) in catalogue.pay.bands.iter().enumerate() {
            band_ranks.entry(band.name.as_str()).or_insert(rank);
        }
        Checker {
            catalogue,
            sources: catalogue.sources.iter().map(|s| s.id.as_str()).collect(),
            band_ranks,
            specialisms: catalogue
                .specialisms
                .iter()
                .map(|s| s.id.as_str())
                .collect(),
            routes: catalogue.routes.iter().map(|r| r.id.as_str()).collect(),
            stages: catalogue.stages.iter().map(|s| s.id.as_str()).collect(),
            problems: Vec::new(),
        }
    }

    fn report(&mut self, at: &At, message: impl Into<String>) {
        self.problems.push(Problem {
            path: at.path(),
            message: message.into(),
            anchors: at.anchors(),
            position: None,
        });
    }

    /// Required text: not blank, and nothing that could drive the terminal.
    fn text(&mut self, at: &At, value: &str) {
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
    fn safe(&mut self, at: &At, value: &str) -> bool {
        match first_forbidden(value) {
            Some(c) => {
                let effect = if c > '\u{9f}' {
                    "which can make text read differently from what it says"
                } else {
                    "which can send commands to the terminal"
                };
                let mut anchors = at.anchors();
                anchors.push(c.to_string());
                self.problems.push(Problem {
                    path: at.path(),
                    message: format!(
                        "`{}` contains {}, {effect}; remove it",
                        at.name(),
                        describe(c)
                    ),
                    anchors,
                    position: None,
                });
                false
            }
            None => self.measurable(at, value),
        }
    }

    /// Text must have one width that hi-tui and every terminal agree on (see `unstable`).
    /// The problem points at the character itself where it is written as it is.
    fn measurable(&mut self, at: &At, value: &str) -> bool {
        if plain_ascii(value) {
            return true;
        }
        let Some(unstable @ Unstable { c, .. }) = first_unstable(value) else {
            return true;
        };
        let mut anchors = at.anchors();
        anchors.push(c.to_string());
        self.problems.push(Problem {
            path: at.path(),
            message: format!("`{}` contains {}", at.name(), unstable.describe()),
            anchors,
            position: None,
        });
        false
    }

    fn list(&mut self, at: &At, items: &[String]) {
        if items.is_empty() {
            self.report(
                at,
                format!("`{}` is an empty list; add at least one entry", at.name()),
            );
        }
        for (i, item) in items.iter().enumerate() {
            self.text(&at.item(i, None), item);
        }
    }

    /// An id: safe, in the id alphabet, and not used by an earlier item (`seen` counts
    /// the ids so far; see [`earlier`]).
    fn id(&mut self, at: &At, id: &str, seen: &HashMap<&str, usize>, what: &str) {
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

    /// A reference to a source by id: must be safe text and name a source that exists.
    fn source_ref(&mut self, at: &At, id: &str) {
        if self.safe(at, id) && !self.sources.contains(id) {
            self.report(
                at,
                format!(
                    "there is no source with the id {}; add it to `sources` or fix the spelling",
                    shown(id)
                ),
            );
        }
    }

    /// A reference to a specialism by id, as in `related` or a quiz answer's weights.
    fn specialism_ref(&mut self, at: &At, id: &str) {
        if self.safe(at, id) && !self.specialisms.contains(id) {
            self.report(
                at,
                format!(
                    "there is no specialism with the id {}; check the spelling against the specialisms' ids",
                    shown(id)
                ),
            );
        }
    }

    fn top_level(&mut self) {
        self.text(&At::root("title"), &self.catalogue.title);
        self.text(&At::root("intro"), &self.catalogue.intro);
        if self.catalogue.specialisms.is_empty() {
            self.report(
                &At::root("specialisms"),
                "there are no specialisms; add at least one",
            );
        }
    }

    fn sources(&mut self) {
        let mut seen = HashMap::new();
        let list = At::root("sources");
        for source in &self.catalogue.sources {
            let at = list.named("id", &source.id, earlier(&mut seen, &source.id));
            self.id(&at.field("id"), &source.id, &seen, "source");
            self.text(&at.field("title"), &source.title);
            self.url(&at.field("url"), &source.url);
            if !(1948..=2100).contains(&source.year) {
                self.report(
                    &at.field("year"),
                    format!(
                        "the year {} looks wrong; give the year the facts refer to, such as 2025",
                        source.year
                    ),
                );
            }
        }
    }

    fn url(&mut self, at: &At, url: &str) {
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

    fn pay(&mut self) {
        let pay = &self.catalogue.pay;
        let at = At::root("pay");
        self.text(&at.field("year"), &pay.year);
        self.text(&at.field("region"), &pay.region);
        self.source_ref(&at.field("source"), &pay.source);
        if let Some(note) = &pay.note {
            self.text(&at.field("note"), note);
        }
        if let Some(source) = &pay.steps_source {
            self.source_ref(&at.field("steps_source"), source);
        }
        let bands = at.field("bands");
        if pay.bands.is_empty() {
            self.report(&bands, "the pay table has no bands; add at least one");
        }
        let mut seen = HashMap::new();
        let mut previous: Option<&str> = None;
        let mut previous_min = 0;
        for band in &pay.bands {
            let at = bands.named("name", &band.name, earlier(&mut seen, &band.name));
            self.text(&at.field("name"), &band.name);
            if seen.get(band.name.as_str()).is_some_and(|&n| n > 1) {
                self.report(
                    &at,
                    format!(
                        "band {} is in the pay table twice; each band is listed once",
                        shown(&band.name)
                    ),
                );
            }
            if band.min > band.max {
                self.report(
                    &at.field("min"),
                    format!(
                        "the minimum pay ({}) is more than the maximum ({})",
                        pounds(band.min),
                        pounds(band.max)
                    ),
                );
            }
            self.steps(&at, band);
            if let Some(previous) = previous
                && band.min < previous_min
            {
                self.report(
                    &at.field("min"),
                    format!(
                        "band {} starts lower than band {} before it; list bands from lowest to highest pay",
                        shown(&band.name),
                        shown(previous)
                    ),
                );
            }
            previous = Some(&band.name);
            previous_min = band.min;
        }
    }

    fn specialism(&mut self, s: &'a Specialism, seen: &mut HashMap<&'a str, usize>) {
        let list = At::root("specialisms");
        let at = list.named("id", &s.id, earlier(seen, &s.id));
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
        for (i, related) in s.related.iter().enumerate() {
            let at = related_at.item(i, Some(related));
            if related == &s.id {
                self.report(&at, "a specialism cannot be related to itself");
            } else {
                self.specialism_ref(&at, related);
            }
        }
        self.route_refs(&at.field("routes"), &s.routes);
        self.source_ref(&at.field("link"), &s.link);
        let sources = at.field("sources");
        if s.sources.is_empty() {
            self.report(&sources, "cite at least one source for this section");
        }
        for (i, id) in s.sources.iter().enumerate() {
            self.source_ref(&sources.item(i, Some(id)), id);
        }
        self.ladder(&at.field("ladder"), &s.ladder);
    }

    fn ladder(&mut self, ladder: &At, rungs: &'a [Rung]) {
        if rungs.is_empty() {
            self.report(ladder, "the ladder has no rungs; add at least one");
        }
        let mut titles = HashSet::new();
        let mut below: Option<(usize, &Rung)> = None;
        for (i, rung) in rungs.iter().enumerate() {
            let at = ladder.item(i, Some(&rung.title));
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
            self.source_ref(&at.field("link"), link);
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
        for name in &rung.bands {
            if !self.safe(&bands, name) {
                continue;
            }
            match self.band_ranks.get(name.as_str()) {
                Some(&rank) => ranks.push(rank),
                // An empty pay table is reported once, not again for every rung.
                None if self.band_ranks.is_empty() => {}
                None => {
                    let known: Vec<&str> = self
                        .catalogue
                        .pay
                        .bands
                        .iter()
                        .map(|b| b.name.as_str())
                        .collect();
                    self.report(
                        &bands,
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

    fn quiz(&mut self) {
        let quiz = At::root("quiz");
        for (qi, question) in self.catalogue.quiz.iter().enumerate() {
            let at = quiz.item(qi, Some(&question.text));
            self.text(&at.field("text"), &question.text);
            if question.answers.len() < 2 {
                self.report(
                    &at.field("answers"),
                    "a question needs at least two answers",
                );
            }
            let answers = at.field("answers");
            for (ai, answer) in question.answers.iter().enumerate() {
                let at = answers.item(ai, Some(&answer.text));
                self.text(&at.field("text"), &answer.text);
                if answer.weights.is_empty() {
                    self.report(
                        &at.field("weights"),
                        "an answer must give points to at least one specialism",
                    );
                }
                let weights = at.field("weights");
                for (id, &weight) in &answer.weights {
                    let at = weights.keyed(id);
                    self.specialism_ref(&at, id);
                    if !(1..=MAX_WEIGHT).contains(&weight) {
                        self.report(
                            &at,
                            format!(
                                "gives {weight} points; an answer gives a specialism from 1 to {MAX_WEIGHT} points"
                            ),
                        );
                    }
                }
            }
        }
    }
}
