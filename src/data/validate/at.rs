//! Where a value lives in the content: a readable path for messages, and the strings
//! (`locate`'s anchors) that find its line and column in the file.

use foldhash::HashMap;

use crate::data::forbidden::escape_forbidden;
use crate::data::spans::Seg;

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
    /// A list element by index.
    Index(usize),
    /// A map entry by key, the `earlier + 1`th with that key.
    Key(&'p str, usize),
    /// The list element at an index, named in messages by the value of its `field`.
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

    /// An element of a list, named by index.
    pub(super) fn item(&'p self, index: usize) -> At<'p> {
        self.child(Step::Index(index))
    }

    /// An entry of a map, named by its key; `earlier` counts earlier entries with the same
    /// key in the file, so a repeated key is located at its own place.
    pub(super) fn keyed(&'p self, key: &'p str, earlier: usize) -> At<'p> {
        self.child(Step::Key(key, earlier))
    }

    /// The element at `index` of a list, named in messages by the value of its `field`
    /// (an id or name). A problem with the element itself points at that field.
    pub(super) fn named(&'p self, field: &'p str, value: &'p str, index: usize) -> At<'p> {
        self.child(Step::Named(field, value, index))
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
                Step::Index(index) => path.push_str(&format!("[{index}]")),
                Step::Key(key, _) | Step::Named(_, key, _) => {
                    path.push_str(&format!("[{}]", shown(key)))
                }
            }
        }
        path
    }

    /// The steps to the value in the file, for `spans` to find its position.
    pub(super) fn segs(&self) -> Vec<Seg> {
        let steps = self.steps();
        let mut segs = Vec::with_capacity(steps.len() + 1);
        for (i, step) in steps.iter().enumerate() {
            match *step {
                Step::Root(field) | Step::Field(field) => segs.push(Seg::Field(field.into())),
                Step::Index(index) => segs.push(Seg::Index(index)),
                Step::Key(key, earlier) => segs.push(Seg::Key(key.into(), earlier)),
                Step::Named(field, _, index) => {
                    segs.push(Seg::Index(index));
                    // The element itself is pointed at by the field that names it.
                    if i + 1 == steps.len() {
                        segs.push(Seg::Field(field.into()));
                    }
                }
            }
        }
        segs
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
