//! `SetObj`: the storage of `set` and `frozenset` objects, a CPython-exact
//! [`SetTable`] of values (so iteration order, repr and `pop()` match
//! CPython 3.11). Equality is decided by the caller: lookups hand out the
//! hash-matching candidate slots and the caller compares keys (possibly
//! through a Python `__eq__`), then acts on the slot it found.

use crate::set_table::{Entry, SetTable};
use crate::value::Value;

#[derive(Clone, Debug, Default)]
pub struct SetObj {
    pub map: SetTable<Value>,
}

impl SetTable<Value> {
    /// Slots whose key has this hash, with the keys, in probe order.
    pub fn candidates_with_keys(&self, hash: i64) -> Vec<(usize, Value)> {
        self.candidate_slots(hash)
            .into_iter()
            .filter_map(|i| self.entry_at(i).map(|e| (i, e.key)))
            .collect()
    }

    /// Adds a key the caller has checked is absent.
    pub fn insert_new(&mut self, hash: i64, key: Value) {
        self.insert(hash, key, |_, _| false);
    }

    /// Keys in iteration order.
    pub fn key_values(&self) -> impl Iterator<Item = Value> + '_ {
        self.keys().copied()
    }

    /// Entries in iteration order (hash and key).
    pub fn entries(&self) -> impl Iterator<Item = &Entry<Value>> + '_ {
        self.iter()
    }

    /// Visits every key (for the garbage collector).
    pub fn trace(&self, f: &mut impl FnMut(Value)) {
        for k in self.keys() {
            f(*k);
        }
    }
}
