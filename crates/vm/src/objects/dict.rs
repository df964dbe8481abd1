//! `Dict`: Python's insertion-ordered hash map. Keys are compared by the
//! caller (equality may need the heap or even a Python `__eq__`), so the
//! table only stores indices into the ordered entry vector and every lookup
//! takes the candidates' equality decision from outside.
//!
//! The entry vector grows and is compacted when CPython's would be
//! (`usable` mirrors 3.11's `dk_usable`: a keys table of size 2^k holds
//! 2^k*2/3 entries; an insert into a full one rebuilds it at the next power
//! of two >= 3*len, dropping deleted entries; deleting never compacts), so
//! that an iterator's position means what it means in CPython and
//! "dictionary keys changed during iteration" is raised in the same cases.

use crate::value::Value;
use hashbrown::HashTable;

#[derive(Clone, Debug)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

/// Cloning keeps the keys version: the copy has the same key layout.
#[derive(Clone, Debug)]
pub struct Dict {
    table: HashTable<u32>,
    entries: Vec<Option<Entry>>,
    len: usize,
    /// Inserts left before CPython's table would be resized (`dk_usable`);
    /// 0 for a new dict, as CPython's shared empty keys.
    usable: usize,
    /// Tag of the current key layout (`crate::version`): replaced whenever
    /// a key is added or removed (or entries move in a resize), kept when
    /// only values change. An inline cache that saw `name` at entry `i` (or
    /// saw it absent) under this tag can trust that while the tag is
    /// unchanged.
    keys_version: u64,
}

impl Default for Dict {
    fn default() -> Self {
        Dict {
            table: HashTable::new(),
            entries: Vec::new(),
            len: 0,
            usable: 0,
            keys_version: crate::version::fresh(),
        }
    }
}

/// The smallest CPython keys table (`PyDict_MINSIZE`).
const MIN_SIZE: usize = 8;

/// How many entries a keys table of `size` slots holds (`USABLE_FRACTION`).
fn usable_fraction(size: usize) -> usize {
    (size << 1) / 3
}

impl Dict {
    pub fn new() -> Self {
        Dict::default()
    }

    /// The tag of the current key layout (see the field).
    #[inline]
    pub fn keys_version(&self) -> u64 {
        self.keys_version
    }

    /// The value at entry `index` if that entry's key is the object `key`
    /// itself (an inline cache's hint, checked: any layout is safe).
    #[inline]
    pub fn value_if_key_at(&self, index: u32, key: crate::value::ObjRef) -> Option<Value> {
        match self.entries.get(index as usize) {
            Some(Some(e)) if matches!(e.key, Value::Obj(k) if k == key) => Some(e.value),
            _ => None,
        }
    }

    /// Sets the value at entry `index` if that entry's key is the object
    /// `key` itself; false otherwise.
    #[inline]
    pub fn set_if_key_at(&mut self, index: u32, key: crate::value::ObjRef, value: Value) -> bool {
        match self.entries.get_mut(index as usize) {
            Some(Some(e)) if matches!(e.key, Value::Obj(k) if k == key) => {
                e.value = value;
                true
            }
            _ => false,
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Entry indices whose hash equals `hash` (the caller decides equality).
    pub fn candidates(&self, hash: i64) -> impl Iterator<Item = usize> + '_ {
        self.table
            .iter_hash(hash as u64)
            .map(|&i| i as usize)
            .filter(move |&i| self.entries[i].as_ref().is_some_and(|e| e.hash == hash))
    }

    /// Finds the entry index whose key satisfies `eq`.
    pub fn find(&self, hash: i64, mut eq: impl FnMut(Value) -> bool) -> Option<usize> {
        self.candidates(hash)
            .find(|&i| eq(self.entries[i].as_ref().map_or(Value::Null, |e| e.key)))
    }

    pub fn entry(&self, index: usize) -> Option<&Entry> {
        self.entries.get(index).and_then(|e| e.as_ref())
    }

    pub fn value_at(&self, index: usize) -> Value {
        self.entries[index]
            .as_ref()
            .map_or(Value::Null, |e| e.value)
    }

    pub fn set_value_at(&mut self, index: usize, value: Value) {
        if let Some(e) = self.entries[index].as_mut() {
            e.value = value;
        }
    }

    /// The entry index the next `insert_new` will use (after the resize
    /// it may do first, which drops deleted entries).
    pub fn next_index(&self) -> usize {
        if self.usable == 0 {
            self.len
        } else {
            self.entries.len()
        }
    }

    /// Appends a key known to be absent (at entry `next_index()`).
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        self.keys_version = crate::version::fresh();
        if self.usable == 0 {
            self.resize();
        }
        self.usable -= 1;
        self.push_entry(hash, key, value);
    }

    fn push_entry(&mut self, hash: i64, key: Value, value: Value) {
        let idx = self.entries.len() as u32;
        self.entries.push(Some(Entry { hash, key, value }));
        let entries = &self.entries;
        self.table.insert_unique(hash as u64, idx, |&i| {
            entries[i as usize].as_ref().map_or(0, |e| e.hash as u64)
        });
        self.len += 1;
    }

    /// Removes the entry at `index`, returning it.
    pub fn remove_at(&mut self, index: usize) -> Option<Entry> {
        let entry = self.entries.get_mut(index)?.take()?;
        self.keys_version = crate::version::fresh();
        if let Ok(slot) = self
            .table
            .find_entry(entry.hash as u64, |&i| i as usize == index)
        {
            slot.remove();
        }
        self.len -= 1;
        Some(entry)
    }

    /// Removes the last live entry (`dict.popitem()`): like CPython, the
    /// entry slots after it become free again (`dk_nentries` shrinks) but
    /// `usable` does not grow back.
    pub fn pop_last(&mut self) -> Option<Entry> {
        let index = self.last_live()?;
        let entry = self.remove_at(index);
        self.entries.truncate(index);
        entry
    }

    /// CPython's insertion resize: a table of the next power of two >=
    /// 3*len (at least [`MIN_SIZE`]) holding the live entries in order.
    fn resize(&mut self) {
        let size = (self.len * 3).max(MIN_SIZE).next_power_of_two();
        let live: Vec<Entry> = self.entries.drain(..).flatten().collect();
        self.table.clear();
        self.len = 0;
        for e in live {
            self.push_entry(e.hash, e.key, e.value);
        }
        self.usable = usable_fraction(size) - self.len;
    }

    pub fn clear(&mut self) {
        self.keys_version = crate::version::fresh();
        self.table.clear();
        self.entries.clear();
        self.len = 0;
        self.usable = 0;
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> + '_ {
        self.entries.iter().flatten()
    }

    /// The live entry at position `pos` counting tombstones (for iterators
    /// that must survive mutation checks): returns the next live index >= pos.
    pub fn next_live(&self, pos: usize) -> Option<(usize, &Entry)> {
        self.entries[pos.min(self.entries.len())..]
            .iter()
            .enumerate()
            .find_map(|(off, e)| e.as_ref().map(|e| (pos + off, e)))
    }

    /// Index of the last live entry.
    pub fn last_live(&self) -> Option<usize> {
        self.entries.iter().rposition(|e| e.is_some())
    }

    pub fn keys(&self) -> impl Iterator<Item = Value> + '_ {
        self.iter().map(|e| e.key)
    }

    pub fn values(&self) -> impl Iterator<Item = Value> + '_ {
        self.iter().map(|e| e.value)
    }

    /// Visits every key and value (for the garbage collector).
    pub fn trace(&self, f: &mut impl FnMut(Value)) {
        for e in self.iter() {
            f(e.key);
            f(e.value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_insertion_order_and_removes() {
        let mut d = Dict::new();
        for i in 0..40 {
            d.insert_new(i % 7, Value::Int(i), Value::Int(i * 10));
        }
        let idx = d.find(3, |k| k.is(Value::Int(10))).unwrap();
        assert!(d.value_at(idx).is(Value::Int(100)));
        for i in 0..30 {
            let idx = d.find(i % 7, |k| k.is(Value::Int(i))).unwrap();
            d.remove_at(idx);
        }
        let keys: Vec<i64> = d
            .keys()
            .map(|k| if let Value::Int(i) = k { i } else { -1 })
            .collect();
        assert_eq!(keys, (30..40).collect::<Vec<_>>());
        assert!(d.find(3, |k| k.is(Value::Int(31))).is_some());
    }
}
