//! Remembering a measurement until what it depends on changes. Wrapping a page or solving
//! a layout costs far more than a key press should, and most keys leave the size, the
//! content and the selection as they were: with a memo, a page is measured once per
//! width and content, not once per key. The memo sits behind `&self` (a `Cell`), so the
//! app's queries and the drawing code that call them share one measurement.

use std::cell::Cell;

/// The last result computed, with the inputs (`key`) it was computed from.
#[derive(Debug, Clone, Default)]
pub struct Memo<K: Copy, V: Copy>(Cell<Option<(K, V)>>);

impl<K: Copy + PartialEq, V: Copy> Memo<K, V> {
    /// The remembered value if it was computed from `key`, else `compute()`, remembered.
    pub fn get(&self, key: K, compute: impl FnOnce() -> V) -> V {
        if let Some((known, value)) = self.0.get()
            && known == key
        {
            return value;
        }
        let value = compute();
        self.0.set(Some((key, value)));
        value
    }

    /// Forgets the remembered value: what it was computed from changed in a way its key
    /// does not show (new content).
    pub fn clear(&self) {
        self.0.set(None);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn computes_once_per_key_and_again_when_the_key_changes() {
        let memo = Memo::default();
        let calls = Cell::new(0);
        let square = |n: u32| {
            calls.set(calls.get() + 1);
            n * n
        };
        assert_eq!(memo.get(3, || square(3)), 9);
        assert_eq!(memo.get(3, || square(3)), 9);
        assert_eq!(calls.get(), 1, "the same key is remembered");
        assert_eq!(memo.get(4, || square(4)), 16);
        assert_eq!(calls.get(), 2, "a new key is computed");
        assert_eq!(memo.get(3, || square(3)), 9);
        assert_eq!(calls.get(), 3, "only the last key is remembered");
    }

    #[test]
    fn clearing_forgets() {
        let memo = Memo::default();
        assert_eq!(memo.get((), || 1), 1);
        assert_eq!(memo.get((), || 2), 1);
        memo.clear();
        assert_eq!(memo.get((), || 2), 2);
    }
}
