//! Where a value lives in the content: a readable path for messages, and the strings
//! (`locate`'s anchors) that find its line and column in the file.

use foldhash::HashMap;

use crate::data::forbidden::escape_forbidden;

/// Where a value lives, as a chain of steps from the top of the file. Nothing is
/// formatted until a problem is reported, so checking valid content allocates nothing
/// per field.
#[derive(Clone, Copy)]
pub(super) struct At<'p> {
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
    pub(super) fn root(field: &'p str) -> Self {
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
    pub(super) fn field(&'p self, field: &'p str) -> At<'p> {
        self.child(Step::Field(field))
    }

    /// An element of a list, named by index; `anchor` is a value that starts it in the file.
    pub(super) fn item(&'p self, index: usize, anchor: Option<&'p str>) -> At<'p> {
        self.child(Step::Index(index, anchor))
    }

    /// An entry of a map, named by its key.
    pub(super) fn keyed(&'p self, key: &'p str) -> At<'p> {
        self.child(Step::Key(key))
    }

    /// An element of a list, named by the value of its `field` (an id or name), found in
    /// the file as `field: "value"`. `earlier` counts earlier elements with the same value,
    /// so a duplicate is located at its own place rather than at the first.
    pub(super) fn named(&'p self, field: &'p str, value: &'p str, earlier: usize) -> At<'p> {
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
    pub(super) fn path(&self) -> String {
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
    pub(super) fn anchors(&self) -> Vec<String> {
        let mut anchors = Vec::new();
        let mut previous = None;
        for step in self.steps() {
            match step {
                // `id` of the item found by `id: "x"` is that same text: searching on
                // for another `id:` would land on the next item.
                Step::Field(field) if matches!(previous, Some(Step::Named(named, ..)) if named == field) =>
                    {}
                Step::Root(field) | Step::Field(field) => anchors.push(format!("{field}:")),
                Step::Index(_, anchor) => anchors.extend(anchor.map(quoted)),
                Step::Key(key) => anchors.push(quoted(key)),
                Step::Named(field, value, earlier) => anchors.extend(std::iter::repeat_n(
                    format!("{field}: {}", quoted(value)),
                    earlier + 1,
                )),
            }
            previous = Some(step);
        }
        anchors
    }

    /// The last step of the path, to name the value in a message: `summary`, `tasks[2]`.
    pub(super) fn name(&self) -> String {
        let path = self.path();
        path.rsplit('.').next().unwrap_or(&path).to_string()
    }
}

/// Counts `value` as seen and returns how many times it was seen before.
pub(super) fn earlier<'a>(seen: &mut HashMap<&'a str, usize>, value: &'a str) -> usize {
    let count = seen.entry(value).or_insert(0);
    *count += 1;
    *count - 1
}

/// A value as it should appear in a message: quoted, with control characters escaped.
pub(super) fn shown(s: &str) -> String {
    format!("\"{}\"", escape_forbidden(s))
}

/// A value as it appears in the source file, to search for.
fn quoted(s: &str) -> String {
    format!("\"{s}\"")
}
