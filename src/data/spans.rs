//! The shape of a RON file with where each value starts, so a problem found on the parsed
//! data (which has no positions) can point at its own token: the field, the list item, the
//! map key, or one character inside a string, however that character is written.
//!
//! Only run on text that RON has already parsed, so it reads leniently: whatever it does
//! not expect, it skips.

use super::{literal, locate};

/// A value and the byte offset it starts at.
#[derive(Debug)]
pub struct Node {
    pub start: usize,
    /// Just after the value.
    pub end: usize,
    pub kind: Kind,
}

#[derive(Debug)]
pub enum Kind {
    /// `Name(field: value, …)` or `(field: value, …)`.
    Struct(Vec<Field>),
    /// `Name(value, …)`, such as `Some(4)`, or a tuple.
    Tuple(Vec<Node>),
    List(Vec<Node>),
    Map(Vec<(Node, Node)>),
    /// A string literal, quotes (and `r#`) included, ending at this byte offset.
    Str(usize),
    /// A number, a word such as `true` or `None`, or anything else.
    Other,
}

#[derive(Debug)]
pub struct Field {
    pub name: String,
    /// Where the field's name starts.
    pub start: usize,
    pub value: Node,
}

/// One step of a path from the top of the file to a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seg {
    Field(String),
    Index(usize),
    /// A map entry by key; `nth` counts earlier entries with the same key.
    Key(String, usize),
}

/// The shape of `text`, or `None` when it holds no value.
pub fn parse(text: &str) -> Option<Node> {
    let mut reader = Reader { text, at: 0 };
    reader.skip_attributes();
    reader.value(0)
}

impl Node {
    /// Where `path` leads: the field name for a field, the value for an item or a map key,
    /// and the deepest step that exists when the rest does not (an optional field left
    /// out). `None` only when the first step is missing.
    pub fn locate(&self, text: &str, path: &[Seg]) -> Option<usize> {
        let mut node = self;
        let mut found = None;
        for seg in path {
            let Some((start, next)) = node.step(text, seg) else {
                break;
            };
            found = Some(start);
            node = next;
        }
        found
    }

    /// The string a path leads to, when every step exists: for a map entry, its key (the
    /// values of the only map, a quiz answer's weights, are numbers).
    pub fn get(&self, text: &str, path: &[Seg]) -> Option<&Node> {
        let (last, before) = path.split_last()?;
        let node = before
            .iter()
            .try_fold(self, |node, seg| node.step(text, seg).map(|(_, next)| next))?;
        match (&node.unwrapped().kind, last) {
            (Kind::Map(entries), Seg::Key(key, nth)) => entries
                .iter()
                .map(|(k, _)| k)
                .filter(|k| k.string_is(text, key))
                .nth(*nth),
            _ => node.step(text, last).map(|(_, next)| next),
        }
    }

    /// Whether the value is a string.
    pub fn is_str(&self) -> bool {
        matches!(self.kind, Kind::Str(_))
    }

    /// Where the `index`th character of this string is written: the character itself, or
    /// the `\` of its escape. `None` when this is not a string or is shorter.
    pub fn char_at(&self, text: &str, index: usize) -> Option<usize> {
        let Kind::Str(end) = self.kind else {
            return None;
        };
        let source = text.get(self.start..end)?;
        literal::chars(source)
            .get(index)
            .map(|&(at, _)| self.start + at)
    }

    /// One step down: the position to report and the node reached.
    fn step(&self, text: &str, seg: &Seg) -> Option<(usize, &Node)> {
        let node = self.unwrapped();
        match (&node.kind, seg) {
            (Kind::Struct(fields), Seg::Field(name)) => fields
                .iter()
                .find(|f| &f.name == name)
                .map(|f| (f.start, f.value.unwrapped())),
            (Kind::List(items), Seg::Index(i)) => items.get(*i).map(|n| (n.start, n.unwrapped())),
            (Kind::Map(entries), Seg::Key(key, nth)) => entries
                .iter()
                .filter(|(k, _)| k.string_is(text, key))
                .nth(*nth)
                .map(|(k, v)| (k.start, v.unwrapped())),
            _ => None,
        }
    }

    /// The innermost value holding `offset` (its end included) that `wanted` accepts.
    pub fn innermost(&self, offset: usize, wanted: &dyn Fn(&Node) -> bool) -> Option<&Node> {
        if !(self.start..=self.end).contains(&offset) {
            return None;
        }
        let inner = match &self.kind {
            Kind::Struct(fields) => fields
                .iter()
                .find_map(|f| f.value.innermost(offset, wanted)),
            Kind::Tuple(items) | Kind::List(items) => {
                items.iter().find_map(|n| n.innermost(offset, wanted))
            }
            Kind::Map(entries) => entries.iter().find_map(|(k, v)| {
                k.innermost(offset, wanted)
                    .or_else(|| v.innermost(offset, wanted))
            }),
            Kind::Str(_) | Kind::Other => None,
        };
        inner.or_else(|| wanted(self).then_some(self))
    }

    /// The start of the first key of a map that repeats an earlier one.
    pub fn repeated_key(&self, text: &str) -> Option<usize> {
        let Kind::Map(entries) = &self.kind else {
            return None;
        };
        let keys: Vec<Vec<char>> = entries
            .iter()
            .map(|(k, _)| k.chars(text).unwrap_or_default())
            .collect();
        (1..keys.len())
            .find(|&i| keys[..i].contains(&keys[i]))
            .map(|i| entries[i].0.start)
    }

    /// The characters of a string literal.
    fn chars(&self, text: &str) -> Option<Vec<char>> {
        let Kind::Str(end) = self.kind else {
            return None;
        };
        let source = text.get(self.start..end)?;
        Some(literal::chars(source).into_iter().map(|(_, c)| c).collect())
    }

    /// `Some(x)` stands for `x`.
    fn unwrapped(&self) -> &Node {
        match &self.kind {
            Kind::Tuple(items) if items.len() == 1 => items[0].unwrapped(),
            _ => self,
        }
    }

    /// Whether this is a string literal that reads as `value`.
    fn string_is(&self, text: &str, value: &str) -> bool {
        self.chars(text)
            .is_some_and(|chars| chars.into_iter().eq(value.chars()))
    }
}

struct Reader<'t> {
    text: &'t str,
    at: usize,
}

/// Deeper than the loader's recursion limit: a file that parsed never gets here.
const MAX_DEPTH: usize = 128;

impl Reader<'_> {
    fn rest(&self) -> &str {
        &self.text[self.at..]
    }

    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    /// Skips whitespace and comments (`//` to the end of the line, nested `/* */`).
    fn skip_blank(&mut self) {
        loop {
            let rest = self.rest();
            let trimmed = rest.trim_start();
            let skip = rest.len() - trimmed.len();
            let more = if trimmed.starts_with("//") {
                trimmed.find('\n').unwrap_or(trimmed.len())
            } else if trimmed.starts_with("/*") {
                block_comment_len(trimmed)
            } else {
                self.at += skip;
                return;
            };
            self.at += skip + more;
        }
    }

    /// `#![enable(…)]` lines before the value.
    fn skip_attributes(&mut self) {
        self.skip_blank();
        while self.rest().starts_with("#") {
            self.at += self.rest().find(']').map_or(self.rest().len(), |i| i + 1);
            self.skip_blank();
        }
    }

    fn value(&mut self, depth: usize) -> Option<Node> {
        self.skip_blank();
        let start = self.at;
        let c = self.peek()?;
        let kind = if depth > MAX_DEPTH {
            self.at = self.text.len();
            Kind::Other
        } else if c == '"' || self.raw_string_start().is_some() {
            self.string();
            Kind::Str(self.at)
        } else if c == '[' {
            self.at += 1;
            Kind::List(self.items(']', depth))
        } else if c == '{' {
            self.at += 1;
            Kind::Map(self.entries(depth))
        } else if c == '(' {
            self.at += 1;
            self.parenthesised(depth)
        } else {
            self.word();
            self.skip_blank();
            if self.peek() == Some('(') {
                self.at += 1;
                self.parenthesised(depth)
            } else {
                Kind::Other
            }
        };
        Some(Node {
            start,
            end: self.at,
            kind,
        })
    }

    /// What follows a `(`: fields when it starts with `name:`, else values.
    fn parenthesised(&mut self, depth: usize) -> Kind {
        self.skip_blank();
        let save = self.at;
        // A colon after the first word; nothing else in RON puts one there.
        self.word();
        self.skip_blank();
        let named = self.rest().starts_with(':');
        self.at = save;
        if !named {
            return Kind::Tuple(self.items(')', depth));
        }
        let mut fields = Vec::new();
        loop {
            self.skip_blank();
            match self.peek() {
                None => break,
                Some(')') => {
                    self.at += 1;
                    break;
                }
                _ => {}
            }
            let start = self.at;
            // Not a field's name (a comma between fields): step over it.
            if self.word() == 0 {
                self.at += self.peek().map_or(0, char::len_utf8);
                continue;
            }
            let name = self.text[start..self.at].to_string();
            self.skip_blank();
            if self.rest().starts_with(':') {
                self.at += 1;
            }
            if let Some(value) = self.value(depth + 1) {
                fields.push(Field { name, start, value });
            }
        }
        Kind::Struct(fields)
    }

    /// Comma-separated values up to `close`.
    fn items(&mut self, close: char, depth: usize) -> Vec<Node> {
        let mut items = Vec::new();
        loop {
            self.skip_blank();
            match self.peek() {
                None => break,
                Some(c) if c == close => {
                    self.at += 1;
                    break;
                }
                Some(',') => self.at += 1,
                Some(_) => {
                    let before = self.at;
                    match self.value(depth + 1) {
                        Some(node) => items.push(node),
                        None => break,
                    }
                    if self.at == before {
                        self.at += self.peek().map_or(1, char::len_utf8);
                    }
                }
            }
        }
        items
    }

    /// `key: value` pairs up to `}`.
    fn entries(&mut self, depth: usize) -> Vec<(Node, Node)> {
        let mut entries = Vec::new();
        loop {
            self.skip_blank();
            match self.peek() {
                None => break,
                Some('}') => {
                    self.at += 1;
                    break;
                }
                Some(',') => self.at += 1,
                Some(_) => {
                    let before = self.at;
                    let Some(key) = self.value(depth + 1) else {
                        break;
                    };
                    self.skip_blank();
                    if self.rest().starts_with(':') {
                        self.at += 1;
                    }
                    match self.value(depth + 1) {
                        Some(value) => entries.push((key, value)),
                        None => break,
                    }
                    if self.at == before {
                        self.at += self.peek().map_or(1, char::len_utf8);
                    }
                }
            }
        }
        entries
    }

    /// Letters, digits, `_`, `.`, `+`, `-` (identifiers and numbers); returns the length.
    fn word(&mut self) -> usize {
        let len = self
            .rest()
            .find(|c: char| !(c.is_alphanumeric() || "_.+-".contains(c)))
            .unwrap_or(self.rest().len());
        self.at += len;
        len
    }

    /// The number of `#` of a raw string starting here (`r"`, `r#"`…).
    fn raw_string_start(&self) -> Option<usize> {
        let after_r = self.rest().strip_prefix('r')?;
        let hashes = after_r.len() - after_r.trim_start_matches('#').len();
        after_r[hashes..].starts_with('"').then_some(hashes)
    }

    /// Moves past a string literal.
    fn string(&mut self) {
        if let Some(hashes) = self.raw_string_start() {
            self.at += 2 + hashes;
            let close = format!("\"{}", "#".repeat(hashes));
            self.at += self
                .rest()
                .find(&close)
                .map_or(self.rest().len(), |i| i + close.len());
            return;
        }
        self.at += 1;
        let mut chars = self.rest().char_indices();
        while let Some((i, c)) = chars.next() {
            match c {
                '\\' => {
                    chars.next();
                }
                '"' => {
                    self.at += i + 1;
                    return;
                }
                _ => {}
            }
        }
        self.at = self.text.len();
    }
}

/// Length of the block comment `text` starts with (RON's nest), or all of it if unclosed.
fn block_comment_len(text: &str) -> usize {
    locate::block_comment_len(text).unwrap_or(text.len())
}

#[cfg(test)]
mod tests {
    use super::{Seg, parse};

    fn field(name: &str) -> Seg {
        Seg::Field(name.into())
    }

    /// The text at the position a path leads to.
    fn at<'t>(text: &'t str, path: &[Seg]) -> &'t str {
        let shape = parse(text).expect("a value");
        &text[shape.locate(text, path).expect("found")..]
    }

    #[test]
    fn fields_items_and_keys_are_found_by_their_own_position() {
        let text = r##"#![enable(implicit_some)]
            Top(
                // title: "not this", ( [ {
                /* nested /* "x" */ ( */ list: [ "a", r#"b"#, Item(title: "c"), ],
                opt: Some("d"), map: {"k": 1, "k": 2, "j": 3}, n: -4,
            )"##;
        assert!(at(text, &[field("list")]).starts_with("list:"));
        assert!(at(text, &[field("list"), Seg::Index(1)]).starts_with("r#\"b\"#"));
        assert!(
            at(text, &[field("list"), Seg::Index(2), field("title")]).starts_with("title: \"c\"")
        );
        assert!(at(text, &[field("opt")]).starts_with("opt:"));
        assert!(at(text, &[field("map"), Seg::Key("k".into(), 1)]).starts_with("\"k\": 2"));
        assert!(at(text, &[field("map"), Seg::Key("j".into(), 0)]).starts_with("\"j\": 3"));
        // A step that is not there: the deepest one that is.
        assert!(at(text, &[field("list"), Seg::Index(7)]).starts_with("list:"));
        assert!(at(text, &[field("map"), Seg::Key("k".into(), 2)]).starts_with("map:"));
        let shape = parse(text).expect("a value");
        assert_eq!(shape.locate(text, &[field("nope")]), None);
    }

    /// Quotes, brackets and field names inside strings are text: what follows a string
    /// is found where it is, whatever the string holds or however it is written.
    #[test]
    fn what_follows_a_string_is_found_past_its_closing_quote() {
        for value in [
            r#""a \"b: [\" c""#,
            r#""\\""#,
            r#""é \u{200b} \\\" x""#,
            r###"r#"a "b: (" c"#"###,
            r###"r##"a "# b"##"###,
            r#"r"plain""#,
            // The closing quote and hashes, right after the opening ones.
            r###"r#"#, b: [9], c: 9"#"###,
        ] {
            let text = format!("(first: {value}, b: [1], c: 2)");
            assert!(
                at(&text, &[field("b")]).starts_with("b: [1]"),
                "after {value}"
            );
            assert!(
                at(&text, &[field("c")]).starts_with("c: 2"),
                "after {value}"
            );
        }
    }

    #[test]
    fn only_a_one_value_wrapper_stands_for_its_value() {
        let text = r#"(a: Some("x"), b: ("x", "y"), c: ())"#;
        let shape = parse(text).expect("a value");
        let is_string = |name: &str| {
            let node = shape.get(text, &[field(name)]).expect("the field");
            node.char_at(text, 0).is_some()
        };
        assert!(is_string("a"), "Some(\"x\") reads as \"x\"");
        assert!(!is_string("b"), "a pair is not its first value");
        assert!(!is_string("c"));
    }

    #[test]
    fn a_value_in_parentheses_is_found_at_the_value() {
        let text = "(a: Some(4), b: (1, \"x\"))";
        let shape = parse(text).expect("a value");
        let a = shape.get(text, &[field("a")]).expect("a");
        assert_eq!(&text[a.start..], "4), b: (1, \"x\"))");
        let b = shape.get(text, &[field("b")]).expect("b");
        assert!(
            matches!(&b.kind, super::Kind::Tuple(items) if items.len() == 2),
            "{b:?}"
        );
    }

    #[test]
    fn text_cut_short_is_read_to_its_end() {
        // Never after a successful parse, but the reader must still stop.
        for text in [
            "(a: 1",
            "(a: 1,",
            "[1, 2",
            "{\"k\": 1",
            "(a: (b: \"x",
            "(a: 1 /* x",
        ] {
            let shape = parse(text).expect("a value");
            assert_eq!(
                shape
                    .locate(text, &[field("a")])
                    .map(|at| &text[at..at + 1]),
                text.starts_with("(a").then_some("a"),
                "{text}"
            );
        }
    }

    #[test]
    fn nesting_is_read_to_a_depth_past_any_file_that_parses() {
        let nestings: [(&str, &str, Seg); 3] = [
            ("[", "]", Seg::Index(0)),
            ("(a: ", ")", field("a")),
            ("{\"k\": ", "}", Seg::Key("k".into(), 0)),
        ];
        for (open, close, step) in nestings {
            let text = format!("{}1{}", open.repeat(131), close.repeat(131));
            let shape = parse(&text).expect("a value");
            let deep = |n| vec![step.clone(); n];
            let at_limit = shape.get(&text, &deep(128)).expect("depth 128");
            assert!(
                !matches!(at_limit.kind, super::Kind::Other),
                "{open}: {at_limit:?}"
            );
            // Past it, nothing is read as structure (a map's key is cut off with it).
            let past = shape.get(&text, &deep(129));
            assert!(
                past.is_none_or(|past| matches!(past.kind, super::Kind::Other)),
                "{open}: {past:?}"
            );
        }
    }

    #[test]
    fn a_stray_bracket_is_stepped_over_and_a_raw_string_read_whole() {
        for text in [
            "(a: [)], b: 1)",
            "(a: {)}, b: 1)",
            "(a: [1 ) 2], b: 1)",
            "(a: r##\"x\"#)\"##, b: 1)",
        ] {
            let shape = parse(text).expect("a value");
            let b = shape.locate(text, &[field("b")]);
            assert_eq!(b.map(|at| &text[at..]), Some("b: 1)"), "{text}");
        }
    }

    #[test]
    fn a_character_is_found_in_a_string_or_a_key_however_it_is_written() {
        let text = r#"(a: ["x\ty"], b: Some("p\u{200b}q"), m: {"k\x07": 1})"#;
        let shape = parse(text).expect("a value");
        let char_at = |path: &[Seg], i| {
            let node = shape.get(text, path).expect("the string");
            &text[node.char_at(text, i).expect("the character")..]
        };
        assert!(char_at(&[field("a"), Seg::Index(0)], 1).starts_with("\\ty"));
        assert!(char_at(&[field("a"), Seg::Index(0)], 2).starts_with("y\""));
        assert!(char_at(&[field("b")], 1).starts_with("\\u{200b}q"));
        assert!(char_at(&[field("m"), Seg::Key("k\u{7}".into(), 0)], 1).starts_with("\\x07"));
        let list = shape.get(text, &[field("a")]).expect("the list");
        assert_eq!(list.char_at(text, 0), None, "not a string");
        let string = shape.get(text, &[field("a"), Seg::Index(0)]).expect("x");
        assert_eq!(string.char_at(text, 3), None, "past the end");
    }
}
