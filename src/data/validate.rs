//! The rules a data file must satisfy beyond parsing. A pure function from parsed data
//! to a list of problems, shared by start-up, `hi-tui check`, `--data` and `--watch`.

use std::collections::HashSet;

use super::model::{Catalogue, Rung, Specialism};

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
    let mut check = Checker {
        catalogue,
        problems: Vec::new(),
    };
    check.top_level();
    check.sources();
    check.pay();
    for (i, specialism) in catalogue.specialisms.iter().enumerate() {
        check.specialism(i, specialism);
    }
    check.quiz();
    check.problems
}

struct Checker<'a> {
    catalogue: &'a Catalogue,
    problems: Vec<Problem>,
}

/// Where a value lives: its readable path plus the anchors that locate it in the file.
#[derive(Clone)]
struct At {
    path: String,
    anchors: Vec<String>,
}

impl At {
    fn root(field: &str) -> Self {
        At {
            path: field.to_string(),
            anchors: vec![format!("{field}:")],
        }
    }

    /// A child reached by a field name.
    fn field(&self, field: &str) -> Self {
        let mut anchors = self.anchors.clone();
        anchors.push(format!("{field}:"));
        At {
            path: format!("{}.{field}", self.path),
            anchors,
        }
    }

    /// An element of a list, named by index; `anchor` is a string that starts it in the file.
    fn item(&self, index: usize, anchor: Option<String>) -> Self {
        let mut anchors = self.anchors.clone();
        anchors.extend(anchor);
        At {
            path: format!("{}[{index}]", self.path),
            anchors,
        }
    }

    /// An element of a list, named by its id.
    fn keyed(&self, id: &str) -> Self {
        let mut anchors = self.anchors.clone();
        anchors.push(quoted(id));
        At {
            path: format!("{}[{}]", self.path, quoted(id)),
            anchors,
        }
    }
}

/// A value as it should appear in a message: quoted, with control characters escaped.
fn shown(s: &str) -> String {
    format!("{s:?}")
}

fn quoted(s: &str) -> String {
    format!("\"{s}\"")
}

impl Checker<'_> {
    fn report(&mut self, at: &At, message: impl Into<String>) {
        self.problems.push(Problem {
            path: at.path.clone(),
            message: message.into(),
            anchors: at.anchors.clone(),
            position: None,
        });
    }

    /// Required text: not blank, and nothing that could drive the terminal.
    fn text(&mut self, at: &At, value: &str) {
        if value.trim().is_empty() {
            self.report(at, "must not be empty");
        }
        self.safe(at, value);
    }

    /// Any text: must not contain terminal control characters.
    fn safe(&mut self, at: &At, value: &str) {
        if let Some(c) = value.chars().find(|&c| is_forbidden_char(c)) {
            self.report(
                at,
                format!(
                    "contains the control character {} ({}); data text must be plain, so remove it",
                    char_name(c),
                    code_point(c)
                ),
            );
        }
    }

    fn list(&mut self, at: &At, items: &[String]) {
        if items.is_empty() {
            self.report(at, "needs at least one entry");
        }
        for (i, item) in items.iter().enumerate() {
            self.text(&at.item(i, None), item);
        }
    }

    fn id(&mut self, at: &At, id: &str, seen: &mut HashSet<String>) {
        if id.is_empty()
            || !id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            self.report(
                at,
                format!(
                    "id {} must use only lowercase letters, digits and hyphens",
                    shown(id)
                ),
            );
        }
        if !seen.insert(id.to_string()) {
            self.report(at, format!("id {} is used more than once", quoted(id)));
        }
    }

    fn source_ref(&mut self, at: &At, id: &str) {
        if self.catalogue.source(id).is_none() {
            self.report(
                at,
                format!("refers to source {} but no source has that id", shown(id)),
            );
        }
    }

    fn top_level(&mut self) {
        self.text(&At::root("title"), &self.catalogue.title);
        self.text(&At::root("intro"), &self.catalogue.intro);
        if self.catalogue.specialisms.is_empty() {
            self.report(&At::root("specialisms"), "needs at least one specialism");
        }
    }

    fn sources(&mut self) {
        let mut seen = HashSet::new();
        let list = At::root("sources");
        for source in &self.catalogue.sources {
            let at = list.keyed(&source.id);
            self.id(&at.field("id"), &source.id, &mut seen);
            self.text(&at.field("title"), &source.title);
            self.url(&at.field("url"), &source.url);
            if !(1948..=2100).contains(&source.year) {
                self.report(
                    &at.field("year"),
                    format!("year {} is not a plausible year", source.year),
                );
            }
        }
    }

    fn url(&mut self, at: &At, url: &str) {
        self.safe(at, url);
        let rest = url.strip_prefix("https://");
        match rest {
            None => self.report(at, "links must start with https://"),
            Some(rest) if rest.is_empty() || rest.contains(char::is_whitespace) => {
                self.report(at, "is not a complete web address")
            }
            Some(_) => {}
        }
    }

    fn pay(&mut self) {
        let pay = &self.catalogue.pay;
        let at = At::root("pay");
        self.text(&at.field("year"), &pay.year);
        self.text(&at.field("region"), &pay.region);
        self.source_ref(&at.field("source"), &pay.source);
        let bands = at.field("bands");
        if pay.bands.is_empty() {
            self.report(&bands, "needs at least one band");
        }
        let mut seen = HashSet::new();
        let mut previous_min = 0;
        for band in &pay.bands {
            let at = bands.keyed(&band.name);
            self.text(&at.field("name"), &band.name);
            if !seen.insert(band.name.as_str()) {
                self.report(&at, format!("band {} is listed twice", quoted(&band.name)));
            }
            if band.min > band.max {
                self.report(
                    &at.field("min"),
                    format!("minimum pay {} is above the maximum {}", band.min, band.max),
                );
            }
            if band.min < previous_min {
                self.report(
                    &at.field("min"),
                    "bands must be listed from lowest to highest pay",
                );
            }
            previous_min = band.min;
        }
    }

    fn specialism(&mut self, index: usize, s: &Specialism) {
        let at = At::root("specialisms").keyed(&s.id);
        let mut seen: HashSet<String> = self.catalogue.specialisms[..index]
            .iter()
            .map(|other| other.id.clone())
            .collect();
        self.id(&at.field("id"), &s.id, &mut seen);
        self.text(&at.field("name"), &s.name);
        self.text(&at.field("summary"), &s.summary);
        self.text(&at.field("about"), &s.about);
        for (field, items) in [
            ("tasks", &s.tasks),
            ("skills", &s.skills),
            ("tools", &s.tools),
            ("workplaces", &s.workplaces),
            ("entry_routes", &s.entry_routes),
            ("bodies", &s.bodies),
            ("choose_if", &s.choose_if),
        ] {
            self.list(&at.field(field), items);
        }
        for (i, related) in s.related.iter().enumerate() {
            let at = at.field("related").item(i, Some(quoted(related)));
            if related == &s.id {
                self.report(&at, "a specialism cannot be related to itself");
            } else if self.catalogue.specialism_index(related).is_none() {
                self.report(
                    &at,
                    format!(
                        "refers to specialism {} but none has that id",
                        shown(related)
                    ),
                );
            }
        }
        self.source_ref(&at.field("link"), &s.link);
        let sources = at.field("sources");
        if s.sources.is_empty() {
            self.report(&sources, "cite at least one source for this section");
        }
        for (i, id) in s.sources.iter().enumerate() {
            self.source_ref(&sources.item(i, Some(quoted(id))), id);
        }
        let ladder = at.field("ladder");
        if s.ladder.is_empty() {
            self.report(&ladder, "needs at least one rung");
        }
        let mut below: Option<(usize, &Rung)> = None;
        for (i, rung) in s.ladder.iter().enumerate() {
            let at = ladder.item(i, Some(quoted(&rung.title)));
            let rank = self.rung(&at, rung);
            if let (Some(rank), Some((below_rank, below_rung))) = (rank, below)
                && rank < below_rank
            {
                self.report(
                    &at.field("bands"),
                    format!(
                        "band {} is below band {} of the rung before it ({}); a ladder must climb",
                        rung.band_label(),
                        below_rung.band_label(),
                        below_rung.title
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
        let bands = at.field("bands");
        if rung.bands.is_empty() || rung.bands.len() > 2 {
            self.report(
                &bands,
                "give one band, or two for a range such as [\"8a\", \"8b\"]",
            );
            return None;
        }
        let mut ranks = Vec::new();
        for name in &rung.bands {
            match self.catalogue.band_rank(name) {
                Some(rank) => ranks.push(rank),
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
                            known.join(", ")
                        ),
                    );
                }
            }
        }
        if ranks.len() != rung.bands.len() {
            return None;
        }
        if let [low, high] = ranks[..]
            && low > high
        {
            self.report(
                &bands,
                format!(
                    "range {} runs downwards; put the lower band first",
                    rung.band_label()
                ),
            );
        }
        ranks.first().copied()
    }

    fn quiz(&mut self) {
        let quiz = At::root("quiz");
        for (qi, question) in self.catalogue.quiz.iter().enumerate() {
            let at = quiz.item(qi, Some(quoted(&question.text)));
            self.text(&at.field("text"), &question.text);
            if question.answers.len() < 2 {
                self.report(
                    &at.field("answers"),
                    "a question needs at least two answers",
                );
            }
            for (ai, answer) in question.answers.iter().enumerate() {
                let at = at.field("answers").item(ai, Some(quoted(&answer.text)));
                self.text(&at.field("text"), &answer.text);
                if answer.weights.is_empty() {
                    self.report(
                        &at.field("weights"),
                        "an answer must weigh at least one specialism",
                    );
                }
                for (id, &weight) in &answer.weights {
                    let at = at.field("weights").keyed(id);
                    if self.catalogue.specialism_index(id).is_none() {
                        self.report(
                            &at,
                            format!("refers to specialism {} but none has that id", shown(id)),
                        );
                    }
                    if !(1..=MAX_WEIGHT).contains(&weight) {
                        self.report(
                            &at,
                            format!("weight {weight} must be between 1 and {MAX_WEIGHT}"),
                        );
                    }
                }
            }
        }
    }
}

/// Characters that would let a data file send commands to the user's terminal, or reorder
/// what is shown: C0 controls except newline, DEL, C1 controls, and bidi overrides/isolates.
pub fn is_forbidden_char(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{9}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn code_point(c: char) -> String {
    format!("U+{:04X}", c as u32)
}

fn char_name(c: char) -> &'static str {
    match c {
        '\u{1b}' => "ESC (escape)",
        '\u{7}' => "BEL (bell)",
        '\u{8}' => "BS (backspace)",
        '\u{9}' => "TAB",
        '\u{d}' => "CR (carriage return)",
        '\u{0}' => "NUL",
        '\u{7f}' => "DEL",
        '\u{9b}' => "CSI",
        '\u{9d}' => "OSC",
        '\u{80}'..='\u{9f}' => "C1 control",
        '\u{202a}'..='\u{202e}' => "bidirectional override",
        '\u{2066}'..='\u{2069}' => "bidirectional isolate",
        _ => "control",
    }
}
