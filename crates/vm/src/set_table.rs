//! An open-addressing hash table that reproduces the observable layout, and
//! so the iteration order, of CPython 3.11's `set`/`frozenset`.
//!
//! The table stores `(hash, key)` entries; hashing and equality belong to the
//! caller, who passes equality as a closure (so it may consult a heap or run
//! Python code). Closures that return `Result` let an `__eq__` that raises
//! abort the operation, as in CPython. Equality closures are always called as
//! `eq(stored, probe)` and only for entries whose hash equals the probe's.
//!
//! # Layout rules (all checked against `PYTHONHASHSEED=0 python3` 3.11.7)
//!
//! * A new table has [`MIN_SIZE`] (8) slots; a slot is empty, *dummy* (a
//!   removed entry) or active. `fill` counts active + dummy slots, `used`
//!   active ones.
//! * Probing for hash `h` in a table with `mask = slots - 1` starts at
//!   `i = h & mask` and visits the run `i, i+1, ..., i+LINEAR_PROBES` when
//!   `i + LINEAR_PROBES <= mask` (just `i` otherwise); then
//!   `perturb >>= PERTURB_SHIFT; i = (i * 5 + 1 + perturb) & mask` with
//!   `perturb` starting as `h` read as unsigned, and the next run follows.
//! * Lookup stops at the first empty slot. Insertion of a missing key puts it
//!   in the **last** dummy slot passed before that empty slot (3.11 keeps
//!   overwriting its "free slot"), else in the empty slot. Only filling an
//!   empty slot can trigger a resize: when `fill * 5 >= mask * 3`, to
//!   `used > 50000 ? used * 2 : used * 4`.
//! * A resize to `minused` picks the smallest power of two `> minused`
//!   (at least 8) and re-inserts the active entries in old slot order, each
//!   into the first empty slot of its probe sequence; dummies vanish.
//! * Removal leaves a dummy and never shrinks the table.
//! * `pop()` scans from a *finger* (starting at 0, kept across `clear()`,
//!   resizes and `&=`; only reduced `& mask`) for the next active slot,
//!   wrapping around, removes it and sets the finger just past it.
//! * `clear()` returns to 8 empty slots.
//! * Iteration is in slot order.
//!
//! # How CPython builds sets (which helper reproduces which operation)
//!
//! * `set()`, `{x for ...}`, `{a, b, c}` with non-constant items,
//!   `set(list_or_generator)`, `s.update(non_set_iterable)`,
//!   `set(d.keys())`: insert items one by one in iteration order
//!   ([`SetTable::insert`]/[`SetTable::extend`]).
//! * A display of three or more constants, `{1, 2, 3}` (after constant
//!   folding, so `-1` and `2**40` count), compiles in 3.11 to `BUILD_SET 0;
//!   LOAD_CONST frozenset(...); SET_UPDATE`, i.e. a [`SetTable::copy`] of
//!   the frozenset constant. The compiler builds that constant by inserting
//!   the items in source order and then, when de-duplicating constants,
//!   rebuilds it once from its own iteration order ([`SetTable::rebuilt`]):
//!   `{5, 3, 100, 1, 17, 33, 2**40, -1, -2}` is
//!   `from_items(items).rebuilt().copy()` and lists `..., 17, -1, -2`
//!   where `{x for x in items}` lists `..., 17, -2, -1`. Two more CPython
//!   quirks: an identifier-like str item that was already interned elsewhere
//!   triggers a second rebuild (code-object string interning), and equal
//!   frozenset constants in one compilation unit share the first one's
//!   layout (`{64, 0, 32}` then `{0, 32, 64}` both list `64, 0, 32`).
//! * `set(s)`, `frozenset(s)`, `s.copy()`, `s.update(t)`, `s |= t` with `s`,
//!   `t` sets: [`SetTable::copy`] / [`SetTable::merge`] (CPython's
//!   `set_merge`): first, if `(fill + other.used) * 5 >= mask * 3`, resize
//!   to `(used + other.used) * 2`; then, if the target is still empty and has
//!   the same size as a dummy-free source, the slots are copied verbatim
//!   (same layout); if only empty, the source entries are re-inserted in
//!   source slot order; otherwise they are inserted normally. So `set(s)`
//!   keeps `s`'s layout only when the table sizes come out equal.
//! * `set(d)`, `s.update(d)` for an exact `dict`: [`SetTable::merge_presized`]
//!   (resize once to `(used + len(d)) * 2` if `(fill + len(d)) * 5 >=
//!   mask * 3`, then insert in dict order with the stored hashes).
//! * `a | b`, `a.union(b)`: [`union`] = `copy(a)` then merge `b` (skipped when
//!   `b` is `a`). `a.union(iterable)`: `copy(a)` then insert each item.
//! * `a & b`: [`intersection`]: iterate the smaller set (`b` on ties) in slot
//!   order and insert, into a fresh set, each item (the iterated set's key
//!   object) found in the other; `a & a` is `copy(a)`. `a.intersection(it)`
//!   for a non-set: [`intersection_iter`] (iterate `it`, keep its items found
//!   in `a`). `a &= b`: the intersection replaces `a`'s table
//!   ([`SetTable::replace_contents`]; the pop finger stays), so `a &= a`
//!   replaces it by `copy(a)`.
//! * `a - b`: [`difference`]: if `len(a) >> 2 > len(b)`, `copy(a)` then
//!   [`SetTable::difference_update`]; else a fresh set of `a`'s entries (slot
//!   order) missing from `b`. For a dict `b` the same choice applies with
//!   `len(b)` (use [`SetTable::filtered`] or copy + discard); for any other
//!   iterable it is always copy + discard ([`difference_iter`]).
//! * `a -= b`, `a.difference_update(it)`: discard each item, then, if more
//!   than a quarter of the slots are dummies (`fill - used > mask / 4`),
//!   resize to `used > 50000 ? used * 2 : used * 4`
//!   ([`SetTable::difference_update`], [`SetTable::difference_update_iter`]).
//!   `a -= a` clears `a`.
//! * `a ^ b`: [`symmetric_difference`] = `copy(b)`, then for each item of
//!   `a` in slot order: discard it if present, else insert it.
//!   `a ^= b`: the same loop on `a` itself with `b`'s items
//!   ([`SetTable::symmetric_difference_update`]); a non-set iterable is first
//!   turned into a set by insertion; `a ^= a` clears `a`.
//!
//! CPython restarts a probe if `__eq__` mutated the set; here the table is
//! borrowed during a probe, so a caller whose `__eq__` can reach the set must
//! work on a snapshot.

use std::convert::Infallible;

/// Slots in a new (or cleared) table.
pub const MIN_SIZE: usize = 8;
/// Extra neighbouring slots examined after the first slot of each run.
pub const LINEAR_PROBES: usize = 9;
/// Right shift applied to `perturb` between runs.
pub const PERTURB_SHIFT: u32 = 5;

/// One active entry: the key and its hash.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry<K> {
    pub hash: i64,
    pub key: K,
}

/// The state of one slot.
#[derive(Clone, Debug, PartialEq)]
enum Slot<K> {
    Empty,
    Dummy,
    Active(Entry<K>),
}

/// Outcome of probing for a key.
enum Probed {
    /// The key is at this slot.
    Found(usize),
    /// The key is absent; it would be stored at `dummy` if any, else `empty`.
    Vacant { empty: usize, dummy: Option<usize> },
}

/// The sequence of slot indices visited for a hash.
struct ProbeSeq {
    mask: usize,
    start: usize,
    offset: usize,
    run: usize,
    perturb: u64,
}

/// Number of slots in a linear run starting at `start`.
fn run_len(start: usize, mask: usize) -> usize {
    if start + LINEAR_PROBES <= mask {
        LINEAR_PROBES + 1
    } else {
        1
    }
}

impl ProbeSeq {
    fn new(hash: i64, mask: usize) -> Self {
        let start = hash as u64 as usize & mask;
        ProbeSeq {
            mask,
            start,
            offset: 0,
            run: run_len(start, mask),
            perturb: hash as u64,
        }
    }

    /// The next slot index (the sequence is endless and covers every slot).
    fn next_slot(&mut self) -> usize {
        if self.offset == self.run {
            self.perturb >>= PERTURB_SHIFT;
            let next = self
                .start
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(self.perturb as usize);
            self.start = next & self.mask;
            self.run = run_len(self.start, self.mask);
            self.offset = 0;
        }
        let slot = self.start + self.offset;
        self.offset += 1;
        slot
    }
}

/// Unwraps a result whose error type is uninhabited.
fn infallible<T>(r: Result<T, Infallible>) -> T {
    match r {
        Ok(v) => v,
        Err(never) => match never {},
    }
}

/// The table size CPython picks for at least `minused` entries.
fn table_size_for(minused: usize) -> usize {
    let mut size = MIN_SIZE;
    while size <= minused {
        size <<= 1;
    }
    size
}

/// A CPython-3.11-compatible set table of keys `K`.
#[derive(Clone, Debug)]
pub struct SetTable<K> {
    slots: Vec<Slot<K>>,
    fill: usize,
    used: usize,
    finger: usize,
}

impl<K> Default for SetTable<K> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K> SetTable<K> {
    /// An empty table of [`MIN_SIZE`] slots.
    pub fn new() -> Self {
        SetTable {
            slots: Self::empty_slots(MIN_SIZE),
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    fn empty_slots(n: usize) -> Vec<Slot<K>> {
        (0..n).map(|_| Slot::Empty).collect()
    }

    /// Number of keys.
    pub fn len(&self) -> usize {
        self.used
    }

    /// Whether there are no keys.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Number of slots (a power of two, at least 8).
    pub fn capacity(&self) -> usize {
        self.slots.len()
    }

    /// Active plus dummy slots.
    pub fn fill(&self) -> usize {
        self.fill
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Entries in slot (= CPython iteration) order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry<K>> + '_ {
        self.slots.iter().filter_map(|s| match s {
            Slot::Active(e) => Some(e),
            _ => None,
        })
    }

    /// Keys in iteration order.
    pub fn keys(&self) -> impl Iterator<Item = &K> + '_ {
        self.iter().map(|e| &e.key)
    }

    /// The entry at slot `index`, if active (for CPython-style position
    /// iteration that tolerates concurrent size checks).
    pub fn entry_at(&self, index: usize) -> Option<&Entry<K>> {
        match self.slots.get(index) {
            Some(Slot::Active(e)) => Some(e),
            _ => None,
        }
    }

    /// Finds the slot of a key, or where it would go.
    fn probe<E>(&self, hash: i64, mut eq: impl FnMut(&K) -> Result<bool, E>) -> Result<Probed, E> {
        let mut seq = ProbeSeq::new(hash, self.mask());
        let mut dummy = None;
        loop {
            let i = seq.next_slot();
            match &self.slots[i] {
                Slot::Empty => return Ok(Probed::Vacant { empty: i, dummy }),
                Slot::Dummy => dummy = Some(i),
                Slot::Active(e) => {
                    if e.hash == hash && eq(&e.key)? {
                        return Ok(Probed::Found(i));
                    }
                }
            }
        }
    }

    /// Slots holding an entry with this hash, in probe order up to the first
    /// empty slot: the candidates a caller must test for equality itself
    /// (when equality may have to run Python code between steps).
    pub fn candidate_slots(&self, hash: i64) -> Vec<usize> {
        let mut seq = ProbeSeq::new(hash, self.mask());
        let mut out = Vec::new();
        // The table always keeps an empty slot, and the sequence reaches it.
        loop {
            let i = seq.next_slot();
            match &self.slots[i] {
                Slot::Empty => break,
                Slot::Dummy => {}
                Slot::Active(e) => {
                    if e.hash == hash {
                        out.push(i);
                    }
                }
            }
        }
        out
    }

    /// Removes the entry at slot `index` (found by [`SetTable::candidate_slots`]),
    /// leaving a dummy.
    pub fn remove_slot(&mut self, index: usize) -> Option<Entry<K>> {
        if index < self.slots.len() {
            self.take_slot(index)
        } else {
            None
        }
    }

    /// The first active slot at or after `pos`, with its entry.
    pub fn next_active(&self, pos: usize) -> Option<(usize, &Entry<K>)> {
        (pos..self.slots.len()).find_map(|i| self.entry_at(i).map(|e| (i, e)))
    }

    /// Looks a key up; `eq(stored)` tells whether a stored key (with the
    /// same hash) equals the probe.
    pub fn try_get<E>(
        &self,
        hash: i64,
        eq: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<Option<&K>, E> {
        Ok(match self.probe(hash, eq)? {
            Probed::Found(i) => self.entry_at(i).map(|e| &e.key),
            Probed::Vacant { .. } => None,
        })
    }

    /// Infallible [`SetTable::try_get`].
    pub fn get(&self, hash: i64, mut eq: impl FnMut(&K) -> bool) -> Option<&K> {
        infallible(self.try_get(hash, |k| Ok(eq(k))))
    }

    /// Whether a key is present (see [`SetTable::try_get`]).
    pub fn try_contains<E>(
        &self,
        hash: i64,
        eq: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        Ok(self.try_get(hash, eq)?.is_some())
    }

    /// Infallible [`SetTable::try_contains`].
    pub fn contains(&self, hash: i64, eq: impl FnMut(&K) -> bool) -> bool {
        self.get(hash, eq).is_some()
    }

    /// Adds `key` unless an equal key is present (which is kept); returns
    /// whether it was added. `eq(stored, &key)` compares keys.
    pub fn try_insert<E>(
        &mut self,
        hash: i64,
        key: K,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        match self.probe(hash, |stored| eq(stored, &key))? {
            Probed::Found(_) => Ok(false),
            Probed::Vacant {
                dummy: Some(slot), ..
            } => {
                self.slots[slot] = Slot::Active(Entry { hash, key });
                self.used += 1;
                Ok(true)
            }
            Probed::Vacant { empty, dummy: None } => {
                self.slots[empty] = Slot::Active(Entry { hash, key });
                self.used += 1;
                self.fill += 1;
                self.grow_if_full();
                Ok(true)
            }
        }
    }

    /// Infallible [`SetTable::try_insert`].
    pub fn insert(&mut self, hash: i64, key: K, mut eq: impl FnMut(&K, &K) -> bool) -> bool {
        infallible(self.try_insert(hash, key, |a, b| Ok(eq(a, b))))
    }

    /// Inserts every `(hash, key)` in order (`set(iterable)`, `s.update(it)`).
    pub fn try_extend<E>(
        &mut self,
        items: impl IntoIterator<Item = (i64, K)>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        for (hash, key) in items {
            self.try_insert(hash, key, &mut eq)?;
        }
        Ok(())
    }

    /// Infallible [`SetTable::try_extend`].
    pub fn extend(
        &mut self,
        items: impl IntoIterator<Item = (i64, K)>,
        mut eq: impl FnMut(&K, &K) -> bool,
    ) {
        infallible(self.try_extend(items, |a, b| Ok(eq(a, b))))
    }

    /// CPython's growth rule after filling an empty slot.
    fn grow_if_full(&mut self) {
        if self.fill * 5 >= self.mask() * 3 {
            self.resize(self.growth_target());
        }
    }

    /// The `minused` CPython passes when growing or compacting.
    fn growth_target(&self) -> usize {
        if self.used > 50000 {
            self.used * 2
        } else {
            self.used * 4
        }
    }

    /// Rebuilds the table with room for `minused` keys, dropping dummies.
    fn resize(&mut self, minused: usize) {
        let old = std::mem::replace(&mut self.slots, Self::empty_slots(table_size_for(minused)));
        self.fill = self.used;
        for slot in old {
            if let Slot::Active(e) = slot {
                self.insert_clean(e);
            }
        }
    }

    /// Stores an entry known to be absent into the first empty slot of its
    /// probe sequence (counters are the caller's business).
    fn insert_clean(&mut self, entry: Entry<K>) {
        let mut seq = ProbeSeq::new(entry.hash, self.mask());
        loop {
            let i = seq.next_slot();
            if let Slot::Empty = self.slots[i] {
                self.slots[i] = Slot::Active(entry);
                return;
            }
        }
    }

    /// Removes and returns the key equal to the probe (`eq(stored)`),
    /// leaving a dummy slot.
    pub fn try_remove<E>(
        &mut self,
        hash: i64,
        eq: impl FnMut(&K) -> Result<bool, E>,
    ) -> Result<Option<K>, E> {
        match self.probe(hash, eq)? {
            Probed::Found(i) => Ok(self.take_slot(i).map(|e| e.key)),
            Probed::Vacant { .. } => Ok(None),
        }
    }

    /// Infallible [`SetTable::try_remove`] (`discard`/`remove`).
    pub fn remove(&mut self, hash: i64, mut eq: impl FnMut(&K) -> bool) -> Option<K> {
        infallible(self.try_remove(hash, |k| Ok(eq(k))))
    }

    /// Turns an active slot into a dummy and returns its entry.
    fn take_slot(&mut self, i: usize) -> Option<Entry<K>> {
        match std::mem::replace(&mut self.slots[i], Slot::Dummy) {
            Slot::Active(e) => {
                self.used -= 1;
                Some(e)
            }
            other => {
                self.slots[i] = other;
                None
            }
        }
    }

    /// `set.pop()`: removes the first active entry at or after the finger.
    pub fn pop(&mut self) -> Option<Entry<K>> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !matches!(self.slots[i], Slot::Active(_)) {
            i = (i + 1) & mask;
        }
        self.finger = i + 1;
        self.take_slot(i)
    }

    /// `set.clear()`: back to 8 empty slots (the pop finger is kept).
    pub fn clear(&mut self) {
        self.slots = Self::empty_slots(MIN_SIZE);
        self.fill = 0;
        self.used = 0;
    }

    /// Replaces the contents (not the pop finger) by `other`'s, as CPython's
    /// body swap in `a &= b` does.
    pub fn replace_contents(&mut self, other: SetTable<K>) {
        self.slots = other.slots;
        self.fill = other.fill;
        self.used = other.used;
    }

    /// Removes each item in turn, then drops the dummies if more than a
    /// quarter of the slots are dummies (`s.difference_update(iterable)`).
    pub fn try_difference_update_iter<E>(
        &mut self,
        items: impl IntoIterator<Item = (i64, K)>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        for (hash, key) in items {
            self.try_remove(hash, |stored| eq(stored, &key))?;
        }
        self.compact_if_sparse();
        Ok(())
    }

    /// Infallible [`SetTable::try_difference_update_iter`].
    pub fn difference_update_iter(
        &mut self,
        items: impl IntoIterator<Item = (i64, K)>,
        mut eq: impl FnMut(&K, &K) -> bool,
    ) {
        infallible(self.try_difference_update_iter(items, |a, b| Ok(eq(a, b))))
    }

    /// CPython's clean-up at the end of a difference update.
    fn compact_if_sparse(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(self.growth_target());
        }
    }
}

impl<K: Clone> SetTable<K> {
    /// `set(s)` / `s.copy()`: an empty table merged with `self`.
    pub fn copy(&self) -> Self {
        let mut out = SetTable::new();
        if self.used > 0 {
            out.presize(self.used);
            out.merge_into_empty(self);
        }
        out
    }

    /// `frozenset(list(self))`: a fresh table of the entries inserted in
    /// iteration order (what the compiler does to a constant display's
    /// frozenset; see the module docs).
    pub fn rebuilt(&self) -> Self {
        self.filtered(|_| true)
    }

    /// A fresh table of the entries (in slot order) for which `keep` holds
    /// (`a - b` when `b` is a set or dict not much smaller than `a`).
    pub fn try_filtered<E>(
        &self,
        mut keep: impl FnMut(&Entry<K>) -> Result<bool, E>,
    ) -> Result<Self, E> {
        let mut out = SetTable::new();
        for e in self.iter() {
            if keep(e)? {
                // Keys of one set are pairwise distinct: nothing to compare.
                out.insert(e.hash, e.key.clone(), |_, _| false);
            }
        }
        Ok(out)
    }

    /// `s.update(t)` / `s |= t` for a set `t` (CPython's `set_merge`).
    /// `s |= s` leaves `s` unchanged: callers skip the call for that case.
    pub fn try_merge<E>(
        &mut self,
        other: &SetTable<K>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        if other.used == 0 {
            return Ok(());
        }
        self.presize(other.used);
        if self.fill == 0 {
            self.merge_into_empty(other);
            return Ok(());
        }
        for e in other.iter() {
            self.try_insert(e.hash, e.key.clone(), &mut eq)?;
        }
        Ok(())
    }

    /// Infallible [`SetTable::try_merge`].
    pub fn merge(&mut self, other: &SetTable<K>, mut eq: impl FnMut(&K, &K) -> bool) {
        infallible(self.try_merge(other, |a, b| Ok(eq(a, b))))
    }

    /// The one big resize done before bulk updates of `incoming` keys.
    pub fn presize(&mut self, incoming: usize) {
        if (self.fill + incoming) * 5 >= self.mask() * 3 {
            self.resize((self.used + incoming) * 2);
        }
    }

    /// Fills a table with no active or dummy slots from a non-empty `other`
    /// (after the presizing step).
    fn merge_into_empty(&mut self, other: &SetTable<K>) {
        if self.capacity() == other.capacity() && other.fill == other.used {
            self.slots.clone_from(&other.slots);
        } else {
            for e in other.iter() {
                self.insert_clean(e.clone());
            }
        }
        self.fill = other.used;
        self.used = other.used;
    }

    /// `set(d)` / `s.update(d)` for an exact dict: one resize for `len`
    /// incoming keys, then insertion in the given (dict) order.
    pub fn try_merge_presized<E>(
        &mut self,
        len: usize,
        items: impl IntoIterator<Item = (i64, K)>,
        eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        self.presize(len);
        self.try_extend(items, eq)
    }

    /// Infallible [`SetTable::try_merge_presized`].
    pub fn merge_presized(
        &mut self,
        len: usize,
        items: impl IntoIterator<Item = (i64, K)>,
        mut eq: impl FnMut(&K, &K) -> bool,
    ) {
        infallible(self.try_merge_presized(len, items, |a, b| Ok(eq(a, b))))
    }

    /// `s -= t` / `s.difference_update(t)` for a set `t` (not `s` itself:
    /// that clears `s`).
    pub fn try_difference_update<E>(
        &mut self,
        other: &SetTable<K>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        if (other.len() >> 3) > self.len() {
            let common = try_intersection(self, other, &mut eq)?;
            return self.try_difference_update_iter(entry_pairs(&common), eq);
        }
        self.try_difference_update_iter(entry_pairs(other), eq)
    }

    /// Infallible [`SetTable::try_difference_update`].
    pub fn difference_update(&mut self, other: &SetTable<K>, mut eq: impl FnMut(&K, &K) -> bool) {
        infallible(self.try_difference_update(other, |a, b| Ok(eq(a, b))))
    }

    /// `s ^= t` for a set `t` (not `s` itself: that clears `s`): for each of
    /// `t`'s entries, discard it from `s` if present, else insert it.
    pub fn try_symmetric_difference_update<E>(
        &mut self,
        other: &SetTable<K>,
        mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        for e in other.iter() {
            let removed = self.try_remove(e.hash, |stored| eq(stored, &e.key))?;
            if removed.is_none() {
                self.try_insert(e.hash, e.key.clone(), &mut eq)?;
            }
        }
        Ok(())
    }
}

impl<K: Clone> SetTable<K> {
    /// Infallible [`SetTable::try_symmetric_difference_update`].
    pub fn symmetric_difference_update(
        &mut self,
        other: &SetTable<K>,
        mut eq: impl FnMut(&K, &K) -> bool,
    ) {
        infallible(self.try_symmetric_difference_update(other, |a, b| Ok(eq(a, b))))
    }

    /// Infallible [`SetTable::try_filtered`].
    pub fn filtered(&self, mut keep: impl FnMut(&Entry<K>) -> bool) -> Self {
        infallible(self.try_filtered(|e| Ok(keep(e))))
    }
}

/// `(hash, key)` pairs of a table's entries, cloned, in slot order.
fn entry_pairs<K: Clone>(t: &SetTable<K>) -> impl Iterator<Item = (i64, K)> + '_ {
    t.iter().map(|e| (e.hash, e.key.clone()))
}

/// `a | b`: `copy(a)` merged with `b`.
pub fn try_union<K: Clone, E>(
    a: &SetTable<K>,
    b: &SetTable<K>,
    eq: impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<SetTable<K>, E> {
    let mut out = a.copy();
    if !std::ptr::eq(a, b) {
        out.try_merge(b, eq)?;
    }
    Ok(out)
}

/// `a & b`: the smaller set's keys (`b`'s on ties), in its slot order, that
/// the other set contains, inserted into a fresh table; `a & a` is a copy.
pub fn try_intersection<K: Clone, E>(
    a: &SetTable<K>,
    b: &SetTable<K>,
    mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<SetTable<K>, E> {
    if std::ptr::eq(a, b) {
        return Ok(a.copy());
    }
    let (big, small) = if b.len() > a.len() { (b, a) } else { (a, b) };
    let mut out = SetTable::new();
    for e in small.iter() {
        if big.try_contains(e.hash, |stored| eq(stored, &e.key))? {
            out.try_insert(e.hash, e.key.clone(), &mut eq)?;
        }
    }
    Ok(out)
}

/// `a.intersection(iterable)` for a non-set iterable: its items found in
/// `a`, in iteration order, inserted into a fresh table.
pub fn try_intersection_iter<K, E>(
    a: &SetTable<K>,
    items: impl IntoIterator<Item = (i64, K)>,
    mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<SetTable<K>, E> {
    let mut out = SetTable::new();
    for (hash, key) in items {
        if a.try_contains(hash, |stored| eq(stored, &key))? {
            out.try_insert(hash, key, &mut eq)?;
        }
    }
    Ok(out)
}

/// `a - b` for sets: copy-and-discard when `len(a) >> 2 > len(b)`, else a
/// fresh table of `a`'s entries missing from `b`.
pub fn try_difference<K: Clone, E>(
    a: &SetTable<K>,
    b: &SetTable<K>,
    mut eq: impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<SetTable<K>, E> {
    if (a.len() >> 2) > b.len() {
        let mut out = a.copy();
        out.try_difference_update(b, eq)?;
        return Ok(out);
    }
    a.try_filtered(|e| Ok(!b.try_contains(e.hash, |stored| eq(stored, &e.key))?))
}

/// `a.difference(iterable)` for an iterable that is neither set nor dict:
/// `copy(a)`, then discard each item, then drop dummies if over a quarter.
pub fn try_difference_iter<K: Clone, E>(
    a: &SetTable<K>,
    items: impl IntoIterator<Item = (i64, K)>,
    eq: impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<SetTable<K>, E> {
    let mut out = a.copy();
    out.try_difference_update_iter(items, eq)?;
    Ok(out)
}

/// `a ^ b`: `copy(b)`, then discard-or-insert each of `a`'s entries.
pub fn try_symmetric_difference<K: Clone, E>(
    a: &SetTable<K>,
    b: &SetTable<K>,
    eq: impl FnMut(&K, &K) -> Result<bool, E>,
) -> Result<SetTable<K>, E> {
    let mut out = b.copy();
    out.try_symmetric_difference_update(a, eq)?;
    Ok(out)
}

/// Infallible [`try_union`].
pub fn union<K: Clone>(
    a: &SetTable<K>,
    b: &SetTable<K>,
    mut eq: impl FnMut(&K, &K) -> bool,
) -> SetTable<K> {
    infallible(try_union(a, b, |x, y| Ok(eq(x, y))))
}

/// Infallible [`try_intersection`].
pub fn intersection<K: Clone>(
    a: &SetTable<K>,
    b: &SetTable<K>,
    mut eq: impl FnMut(&K, &K) -> bool,
) -> SetTable<K> {
    infallible(try_intersection(a, b, |x, y| Ok(eq(x, y))))
}

/// Infallible [`try_difference`].
pub fn difference<K: Clone>(
    a: &SetTable<K>,
    b: &SetTable<K>,
    mut eq: impl FnMut(&K, &K) -> bool,
) -> SetTable<K> {
    infallible(try_difference(a, b, |x, y| Ok(eq(x, y))))
}

/// Infallible [`try_symmetric_difference`].
pub fn symmetric_difference<K: Clone>(
    a: &SetTable<K>,
    b: &SetTable<K>,
    mut eq: impl FnMut(&K, &K) -> bool,
) -> SetTable<K> {
    infallible(try_symmetric_difference(a, b, |x, y| Ok(eq(x, y))))
}

/// Infallible [`try_intersection_iter`].
pub fn intersection_iter<K>(
    a: &SetTable<K>,
    items: impl IntoIterator<Item = (i64, K)>,
    mut eq: impl FnMut(&K, &K) -> bool,
) -> SetTable<K> {
    infallible(try_intersection_iter(a, items, |x, y| Ok(eq(x, y))))
}

/// Infallible [`try_difference_iter`].
pub fn difference_iter<K: Clone>(
    a: &SetTable<K>,
    items: impl IntoIterator<Item = (i64, K)>,
    mut eq: impl FnMut(&K, &K) -> bool,
) -> SetTable<K> {
    infallible(try_difference_iter(a, items, |x, y| Ok(eq(x, y))))
}

#[cfg(test)]
mod tests {
    //! Scenarios and expected orders were recorded from
    //! `PYTHONHASHSEED=0 python3` (3.11.7).
    use super::*;
    use crate::hashing::{hash_float, hash_int, hash_str};

    /// A test key: Python int, str or float (ints and floats compare
    /// numerically, as in Python).
    #[derive(Clone, Copy, Debug)]
    enum Key {
        I(i64),
        S(&'static str),
        F(f64),
    }
    use Key::{F, I, S};

    impl PartialEq for Key {
        fn eq(&self, other: &Key) -> bool {
            match (*self, *other) {
                (S(a), S(b)) => a == b,
                (I(a), I(b)) => a == b,
                (F(a), F(b)) => a == b,
                (I(a), F(b)) | (F(b), I(a)) => a as f64 == b && b as i64 == a,
                _ => false,
            }
        }
    }

    /// Same as `==` but also tells `1` from `1.0` (which object is kept).
    fn same_object(a: &Key, b: &Key) -> bool {
        matches!((a, b), (I(_), I(_)) | (S(_), S(_)) | (F(_), F(_))) && a == b
    }

    fn hash(k: &Key) -> i64 {
        match *k {
            I(i) => hash_int(i),
            S(s) => hash_str(s),
            F(f) => hash_float(f).expect("no NaN in tests"),
        }
    }

    fn eq(a: &Key, b: &Key) -> bool {
        a == b
    }

    type Table = SetTable<Key>;

    fn from_keys(keys: &[Key]) -> Table {
        let mut t = Table::new();
        t.extend(keys.iter().map(|k| (hash(k), *k)), eq);
        t
    }

    fn pairs(keys: &[Key]) -> impl Iterator<Item = (i64, Key)> + '_ {
        keys.iter().map(|k| (hash(k), *k))
    }

    #[derive(Clone, Copy, Debug)]
    enum B {
        Or,
        And,
        Sub,
        Xor,
    }

    /// One step of a recorded scenario over registers 0..4.
    #[derive(Debug)]
    enum Op {
        FromList(usize, &'static [Key]),
        FromDict(usize, &'static [Key]),
        Literal(usize, &'static [Key]),
        Add(usize, Key),
        Discard(usize, Key),
        Pop(usize, Key),
        Clear(usize),
        Copy(usize, usize),
        Bin(usize, usize, usize, B),
        InPlace(usize, usize, B),
        UpdateList(usize, &'static [Key]),
        DiffUpdateList(usize, &'static [Key]),
        InterList(usize, usize, &'static [Key]),
        DiffList(usize, usize, &'static [Key]),
        XorList(usize, &'static [Key]),
        Check(usize, &'static [Key]),
    }
    use Op::*;

    fn binary(a: &Table, b: &Table, op: B) -> Table {
        match op {
            B::Or => union(a, b, eq),
            B::And => intersection(a, b, eq),
            B::Sub => difference(a, b, eq),
            B::Xor => symmetric_difference(a, b, eq),
        }
    }

    fn in_place(regs: &mut [Table], r: usize, a: usize, op: B) {
        if r == a {
            match op {
                B::Or => {}
                B::And => {
                    let copy = regs[r].copy();
                    regs[r].replace_contents(copy);
                }
                B::Sub | B::Xor => regs[r].clear(),
            }
            return;
        }
        let other = regs[a].clone();
        let t = &mut regs[r];
        match op {
            B::Or => t.merge(&other, eq),
            B::And => t.replace_contents(intersection(t, &other, eq)),
            B::Sub => t.difference_update(&other, eq),
            B::Xor => t.symmetric_difference_update(&other, eq),
        }
    }

    fn apply(regs: &mut [Table], op: &Op) {
        match *op {
            FromList(r, ks) => regs[r] = from_keys(ks),
            FromDict(r, ks) => {
                let mut distinct: Vec<Key> = Vec::new();
                for k in ks {
                    if !distinct.contains(k) {
                        distinct.push(*k);
                    }
                }
                let mut t = Table::new();
                t.merge_presized(distinct.len(), pairs(&distinct), eq);
                regs[r] = t;
            }
            Literal(r, ks) => regs[r] = from_keys(ks).rebuilt().copy(),
            Add(r, k) => {
                regs[r].insert(hash(&k), k, eq);
            }
            Discard(r, k) => {
                regs[r].remove(hash(&k), |s| *s == k);
            }
            Pop(r, want) => {
                let got = regs[r].pop().expect("non-empty");
                assert!(same_object(&got.key, &want), "pop: {got:?} != {want:?}");
            }
            Clear(r) => regs[r].clear(),
            Copy(r, a) => regs[r] = regs[a].copy(),
            Bin(r, a, b, op) => regs[r] = binary(&regs[a], &regs[b], op),
            InPlace(r, a, op) => in_place(regs, r, a, op),
            UpdateList(r, ks) => regs[r].extend(pairs(ks), eq),
            DiffUpdateList(r, ks) => regs[r].difference_update_iter(pairs(ks), eq),
            InterList(r, a, ks) => regs[r] = intersection_iter(&regs[a], pairs(ks), eq),
            DiffList(r, a, ks) => regs[r] = difference_iter(&regs[a], pairs(ks), eq),
            XorList(r, ks) => {
                let other = from_keys(ks);
                regs[r].symmetric_difference_update(&other, eq);
            }
            Check(r, want) => check_order(&regs[r], want),
        }
    }

    fn check_order(t: &Table, want: &[Key]) {
        let got: Vec<Key> = t.keys().copied().collect();
        let same = got.len() == want.len() && got.iter().zip(want).all(|(a, b)| same_object(a, b));
        assert!(same, "order differs:\n got {got:?}\nwant {want:?}");
        assert_eq!(t.len(), want.len());
    }

    #[test]
    fn recorded_scenarios_match_cpython() {
        for (n, scenario) in cpython::SCENARIOS.iter().enumerate() {
            let mut regs: Vec<Table> = (0..4).map(|_| Table::new()).collect();
            for (step, op) in scenario.iter().enumerate() {
                let result =
                    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| apply(&mut regs, op)));
                if result.is_err() {
                    panic!("scenario {n}, step {step}: {op:?}");
                }
            }
        }
    }

    fn ints(t: &Table) -> Vec<i64> {
        t.keys()
            .map(|k| match *k {
                I(i) => i,
                _ => panic!("not an int: {k:?}"),
            })
            .collect()
    }

    fn int_keys(xs: &[i64]) -> Vec<Key> {
        xs.iter().map(|&i| I(i)).collect()
    }

    #[test]
    fn range_and_small_sets() {
        let t = from_keys(&int_keys(&(0..20).collect::<Vec<_>>()));
        assert_eq!(ints(&t), (0..20).collect::<Vec<_>>());
        assert_eq!(t.capacity(), 128);
        // {x, y, z} with variables inserts in source order.
        assert_eq!(ints(&from_keys(&int_keys(&[0, 32, 64]))), [0, 32, 64]);
        assert_eq!(ints(&from_keys(&int_keys(&[64, 32, 0]))), [64, 0, 32]);
    }

    #[test]
    fn constant_display_is_a_copied_frozenset() {
        let items = int_keys(&[5, 3, 100, 1, 17, 33, 1 << 40, -1, -2]);
        // {v for v in items}
        let comprehension = from_keys(&items);
        assert_eq!(
            ints(&comprehension),
            [1 << 40, 1, 33, 3, 100, 5, 17, -2, -1]
        );
        // {5, 3, 100, 1, 17, 33, 2**40, -1, -2}: the compiler's frozenset
        // constant is rebuilt once from its own iteration order.
        assert_eq!(ints(&comprehension.copy()), ints(&comprehension));
        let literal = comprehension.rebuilt().copy();
        assert_eq!(ints(&literal), [1 << 40, 1, 33, 3, 100, 5, 17, -1, -2]);
    }

    #[test]
    fn copy_keeps_layout_only_for_equal_sizes() {
        let s = from_keys(&int_keys(&[5, 3, 100, 1, 17]));
        assert_eq!(s.capacity(), 32);
        assert_eq!(ints(&s), [1, 3, 100, 5, 17]);
        let c = s.copy();
        assert_eq!(c.capacity(), 16);
        assert_eq!(ints(&c), [1, 17, 3, 100, 5]);
    }

    #[test]
    fn insertion_reuses_the_last_dummy_passed() {
        let mut s = from_keys(&int_keys(&(0..10).collect::<Vec<_>>()));
        for i in 0..10 {
            s.remove(hash_int(i), |k| *k == I(i));
        }
        s.extend(pairs(&int_keys(&[0, 32, 64])), eq);
        assert_eq!(ints(&s), [64, 32, 0]);
        s.remove(hash_int(0), |k| *k == I(0));
        s.remove(hash_int(32), |k| *k == I(32));
        s.insert(hash_int(96), I(96), eq);
        assert_eq!(ints(&s), [64, 96]);
    }

    #[test]
    fn pop_finger_survives_clear_and_in_place_and() {
        let mut s = from_keys(&int_keys(&[0, 1, 2, 3, 4]));
        assert_eq!(s.pop().map(|e| e.key), Some(I(0)));
        s.clear();
        s.extend(pairs(&int_keys(&[0, 1, 2, 3, 4])), eq);
        assert_eq!(s.pop().map(|e| e.key), Some(I(1)));

        let mut s = from_keys(&int_keys(&(0..10).collect::<Vec<_>>()));
        for want in 0..3 {
            assert_eq!(s.pop().map(|e| e.key), Some(I(want)));
        }
        let other = from_keys(&int_keys(&[5, 6, 7, 1]));
        s.replace_contents(intersection(&s, &other, eq));
        assert_eq!(s.pop().map(|e| e.key), Some(I(5)));
        assert!(Table::new().pop().is_none());
    }

    #[test]
    fn binary_ops_keep_the_right_key_objects() {
        let s = |ks: &[Key]| from_keys(ks);
        let show = |t: &Table| format!("{:?}", t.keys().collect::<Vec<_>>());
        // {1, 2} & {1.0, 2.0} == {1.0, 2.0}: ties iterate the right operand.
        assert_eq!(
            show(&intersection(&s(&[I(1), I(2)]), &s(&[F(1.0), F(2.0)]), eq)),
            "[F(1.0), F(2.0)]"
        );
        assert_eq!(
            show(&intersection(&s(&[F(1.0), F(2.0)]), &s(&[I(1), I(2)]), eq)),
            "[I(1), I(2)]"
        );
        assert_eq!(
            show(&intersection(&s(&[I(1), I(2), I(3)]), &s(&[F(1.0)]), eq)),
            "[F(1.0)]"
        );
        assert_eq!(
            show(&intersection(&s(&[F(1.0)]), &s(&[I(1), I(2), I(3)]), eq)),
            "[F(1.0)]"
        );
        assert_eq!(
            show(&union(&s(&[I(1), I(2)]), &s(&[F(1.0), F(3.0)]), eq)),
            "[I(1), I(2), F(3.0)]"
        );
        assert_eq!(
            show(&difference(&s(&[I(1), I(2)]), &s(&[F(1.0)]), eq)),
            "[I(2)]"
        );
        assert_eq!(
            show(&symmetric_difference(
                &s(&[I(1), I(2)]),
                &s(&[F(1.0), F(3.0)]),
                eq
            )),
            "[I(2), F(3.0)]"
        );
        let a = s(&[I(1), I(2)]);
        assert_eq!(show(&intersection(&a, &a, eq)), "[I(1), I(2)]");
    }

    #[test]
    fn fallible_equality_aborts() {
        let mut t: SetTable<i64> = SetTable::new();
        t.insert(7, 1, |a, b| a == b);
        let r: Result<bool, &str> = t.try_insert(7, 2, |_, _| Err("boom"));
        assert_eq!(r, Err("boom"));
        assert_eq!(t.len(), 1);
        // Different hashes never reach the closure.
        assert_eq!(t.try_insert(8, 2, |_, _| Err("boom")), Ok(true));
    }

    struct Lcg(u64);

    impl Lcg {
        fn next_value(&mut self) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            self.0 >> 16
        }
    }

    fn checksum(values: impl Iterator<Item = i64>) -> u64 {
        values.fold(0u64, |acc, v| {
            acc.wrapping_mul(1000003).wrapping_add(v as u64)
        })
    }

    fn int_key(t: &SetTable<i64>, i: i64) -> bool {
        t.contains(hash_int(i), |s| *s == i)
    }

    #[test]
    fn large_lcg_sets_match_cpython() {
        for &(seed, n, modulus, want_sum, want_head) in cpython::LCG_CASES {
            let mut g = Lcg(seed);
            let vals: Vec<i64> = (0..n)
                .map(|_| (g.next_value() % modulus.unsigned_abs()) as i64 * modulus.signum())
                .collect();
            let mut t = SetTable::new();
            t.extend(vals.iter().map(|&v| (hash_int(v), v)), |a, b| a == b);
            for &v in vals.iter().step_by(3) {
                t.remove(hash_int(v), |s| *s == v);
            }
            for &v in vals.iter().step_by(7) {
                t.insert(hash_int(v + 1), v + 1, |a, b| a == b);
            }
            let head: Vec<i64> = t.keys().take(12).copied().collect();
            assert_eq!(head, want_head, "seed {seed}");
            assert_eq!(checksum(t.keys().copied()), want_sum, "seed {seed}");
            assert!(vals.iter().step_by(7).all(|&v| int_key(&t, v + 1)));
        }
    }

    #[rustfmt::skip]
    mod cpython {
        use super::B;
        use super::Key::{F, I, S};
        use super::Op::{self, *};

        pub(super) const SCENARIOS: &[&[Op]] = &[
            &[
                FromList(0, &[I(8), I(192), S("yb"), F(10000000000.0), I(1099511629216), I(1099511628640), I(8192), I(-2), F(2.5), F(10000000000.0), I(1099511628352), I(2305843009213693952), S("a\u{e9}c"), F(-1.0), I(1099511628256)]),
                Check(0, &[F(10000000000.0), I(1099511629216), I(192), I(1099511628640), S("yb"), I(8192), F(2.5), I(1099511628352), I(8), I(2305843009213693952), S("a\u{e9}c"), I(1099511628256), F(-1.0), I(-2)]),
                FromList(1, &[S("xc"), I(128), I(1099511629472), I(192)]),
                Check(1, &[I(128), S("xc"), I(1099511629472), I(192)]),
                FromList(2, &[I(-9), F(2.5), S(""), S("\u{e9}y"), I(1024), I(21), S("b")]),
                Check(2, &[S(""), I(1024), F(2.5), S("b"), I(21), I(-9), S("\u{e9}y")]),
                FromList(3, &[I(32), I(4096), S("c"), I(1099511629152), I(1024), F(10000000000.0), S("c"), I(8), F(1.0), I(11), I(9), I(1099511628736), I(0), I(-1)]),
                Check(3, &[I(32), I(4096), I(1099511629152), I(1024), F(10000000000.0), F(1.0), I(1099511628736), I(0), I(8), I(9), I(11), S("c"), I(-1)]),
                Discard(3, I(9223372036854775807)),
                Discard(3, I(4096)),
                Discard(3, F(10000000000.0)),
                Discard(3, F(10000000000.0)),
                Check(3, &[I(32), I(1099511629152), I(1024), F(1.0), I(1099511628736), I(0), I(8), I(9), I(11), S("c"), I(-1)]),
                Discard(2, I(-9)),
                Discard(2, I(-9)),
                Discard(2, S("")),
                Discard(2, S("by\u{e9}")),
                Check(2, &[I(1024), F(2.5), S("b"), I(21), S("\u{e9}y")]),
                FromList(0, &[I(2305843009213693951)]),
                Check(0, &[I(2305843009213693951)]),
                InterList(1, 0, &[I(5), I(9), I(-8), I(-2), I(2305843009213693951), I(-1), I(2305843009213693951), I(38), I(2305843009213693951)]),
                Check(1, &[I(2305843009213693951)]),
                Add(1, I(5)),
                Add(1, I(288)),
                Add(1, F(-1.0)),
                Add(1, S("x")),
                Add(1, I(-9223372036854775808)),
                Add(1, S("y\u{4e2d}b")),
                Add(1, I(-5)),
                Add(1, I(256)),
                Check(1, &[I(2305843009213693951), I(288), I(256), S("x"), I(5), S("y\u{4e2d}b"), I(-5), I(-9223372036854775808), F(-1.0)]),
                InPlace(2, 3, B::And),
                Check(2, &[I(1024)]),
                Add(0, I(13)),
                Add(0, I(-9223372036854775808)),
                Add(0, I(-9223372036854775808)),
                Add(0, I(-1)),
                Add(0, I(1099511629120)),
                Add(0, I(32)),
                Add(0, I(8192)),
                Add(0, F(10000000000.0)),
                Add(0, I(-3)),
                Add(0, I(-2)),
                Add(0, S("abb")),
                Check(0, &[I(2305843009213693951), I(1099511629120), I(32), I(8192), F(10000000000.0), I(13), S("abb"), I(-2), I(-9223372036854775808), I(-3), I(-1)]),
                Add(2, I(1)),
                Add(2, S("xxy")),
                Add(2, I(0)),
                Add(2, S("")),
                Add(2, I(23)),
                Add(2, I(1099511628512)),
                Add(2, I(-2)),
                Add(2, I(27)),
                Check(2, &[I(1024), I(1), S(""), I(0), I(1099511628512), I(23), I(27), I(-2), S("xxy")]),
                DiffUpdateList(2, &[I(1), I(-2), I(2305843009213693951), I(0), S(""), I(1099511628512), I(1024), I(8)]),
                Check(2, &[I(23), I(27), S("xxy")]),
                InPlace(0, 0, B::And),
                Check(0, &[I(2305843009213693951), I(1099511629120), I(32), I(8192), F(10000000000.0), I(13), S("abb"), I(-2), I(-9223372036854775808), I(-3), I(-1)]),
                FromList(3, &[F(2.5), I(-2305843009213693952), S("yc"), I(1099511628224), I(1099511629376), S("cy"), I(2305843009213693952), I(1), I(3), S("ycc"), F(10000000000.0), I(4), F(3.0), I(16), I(1099511628608), I(1024), I(0), I(4096), S(""), I(2305843009213693952), I(1099511628896), I(256), I(1099511628928), I(5), S("ay"), F(-1.0)]),
                Check(3, &[F(10000000000.0), I(2305843009213693952), F(2.5), I(1), I(3), I(4), I(1024), S("ycc"), I(0), I(4096), S(""), I(256), I(5), I(16), S("cy"), S("yc"), I(1099511628928), I(1099511629376), I(1099511628224), I(1099511628608), S("ay"), I(1099511628896), F(-1.0), I(-2305843009213693952)]),
                Bin(1, 0, 3, B::Xor),
                Check(1, &[I(2305843009213693952), F(2.5), I(1), I(3), I(4), I(1024), S("ycc"), I(0), I(4096), S(""), I(256), I(5), I(2305843009213693951), I(8192), I(1099511628224), I(16), I(13), S("cy"), S("ay"), S("yc"), I(1099511628608), I(1099511628896), I(32), I(1099511628928), I(1099511629120), S("abb"), I(1099511629376), I(-2305843009213693952), I(-2), I(-9223372036854775808), I(-3)]),
                Bin(1, 0, 2, B::And),
                Check(1, &[]),
                Add(2, I(5)),
                Add(2, S("ax")),
                Add(2, I(6)),
                Check(2, &[I(5), I(6), S("ax"), I(23), I(27), S("xxy")]),
                Bin(1, 3, 0, B::And),
                Check(1, &[F(10000000000.0), I(-1)]),
                Discard(1, S("\u{4e2d}ab")),
                Discard(1, F(2.5)),
                Discard(1, F(2.5)),
                Discard(1, I(-1)),
                Discard(1, F(10000000000.0)),
                Discard(1, F(2.5)),
                Check(1, &[]),
                FromList(2, &[I(2305843009213693951), F(-1.0), F(3.0), I(-6), S("\u{4e2d}"), F(2.5)]),
                Check(2, &[I(2305843009213693951), F(2.5), F(3.0), S("\u{4e2d}"), I(-6), F(-1.0)]),
                Discard(0, I(-2)),
                Discard(0, I(13)),
                Discard(0, F(10000000000.0)),
                Discard(0, I(-2)),
                Discard(0, I(-1)),
                Discard(0, I(-3)),
                Check(0, &[I(2305843009213693951), I(1099511629120), I(32), I(8192), S("abb"), I(-9223372036854775808)]),
                Literal(0, &[F(-1.0), F(0.5), I(-9223372036854775808), I(0), I(-2305843009213693952), I(-5), I(1099511629664), I(8), F(1.0), I(1099511627968), I(0), F(-1.0), I(1099511628608), I(2305843009213693952), F(10000000000.0), F(0.5), F(3.0), F(0.5), I(1099511628960), I(-1), F(2.5), F(10000000000.0), I(-9223372036854775808), F(2.5), I(256), I(8), I(-2305843009213693952)]),
                Check(0, &[F(0.5), I(0), F(1.0), I(1099511627968), I(1099511628608), I(2305843009213693952), F(10000000000.0), F(3.0), I(8), F(2.5), I(256), I(1099511629664), I(1099511628960), I(-2305843009213693952), I(-5), I(-9223372036854775808), F(-1.0)]),
                Clear(1),
                Check(1, &[]),
                Add(2, I(4096)),
                Add(2, I(10)),
                Add(2, I(30)),
                Check(2, &[I(2305843009213693951), I(4096), F(2.5), F(3.0), I(10), S("\u{4e2d}"), I(30), I(-6), F(-1.0)]),
                Bin(3, 0, 3, B::Sub),
                Check(3, &[F(0.5), I(1099511629664), I(1099511628960), I(1099511627968), I(8), I(-5), I(-9223372036854775808)]),
            ],
            &[
                FromList(0, &[F(2.5), I(1), I(28), I(256), I(21), S("ca\u{4e2d}")]),
                Check(0, &[I(256), I(1), F(2.5), S("ca\u{4e2d}"), I(21), I(28)]),
                FromList(1, &[F(10000000000.0), S("bb\u{e9}"), I(32), F(-1.0), I(1099511629376), I(1099511629600), F(2.5), I(28), S(""), I(32), F(3.0), S("ac"), S("yyx")]),
                Check(1, &[F(10000000000.0), I(32), I(1099511629376), I(1099511629600), F(2.5), S(""), F(3.0), S("yyx"), S("ac"), S("bb\u{e9}"), I(28), F(-1.0)]),
                FromList(2, &[F(-1.0), F(-1.0), I(-2305843009213693952), I(1), I(6), F(10000000000.0), I(1099511628416), S("b")]),
                Check(2, &[F(10000000000.0), I(1), I(1099511628416), I(6), S("b"), I(-2305843009213693952), F(-1.0)]),
                FromList(3, &[]),
                Check(3, &[]),
                InPlace(2, 0, B::Sub),
                Check(2, &[F(10000000000.0), I(1099511628416), I(6), S("b"), I(-2305843009213693952), F(-1.0)]),
                Clear(1),
                Check(1, &[]),
                InPlace(1, 0, B::Sub),
                Check(1, &[]),
                DiffUpdateList(2, &[S("b"), I(0), I(-7), I(6), S("xy\u{e9}"), F(10000000000.0), I(1099511628416)]),
                Check(2, &[I(-2305843009213693952), F(-1.0)]),
                Literal(1, &[I(-4), I(64), I(1099511628096), I(-10)]),
                Check(1, &[I(64), I(1099511628096), I(-4), I(-10)]),
                InPlace(1, 3, B::And),
                Check(1, &[]),
                DiffUpdateList(1, &[S("\u{e9}y\u{e9}"), I(-2), I(1099511628864)]),
                Check(1, &[]),
                Discard(1, I(256)),
                Discard(1, I(8)),
                Discard(1, I(256)),
                Discard(1, I(256)),
                Discard(1, I(256)),
                Discard(1, I(8)),
                Discard(1, I(256)),
                Check(1, &[]),
                Bin(1, 2, 0, B::Or),
                Check(1, &[I(256), I(1), F(2.5), S("ca\u{4e2d}"), I(21), F(-1.0), I(28), I(-2305843009213693952)]),
                Bin(2, 0, 2, B::Sub),
                Check(2, &[I(256), I(1), F(2.5), S("ca\u{4e2d}"), I(21), I(28)]),
                Copy(1, 1),
                Check(1, &[I(256), I(1), F(2.5), S("ca\u{4e2d}"), I(21), F(-1.0), I(28), I(-2305843009213693952)]),
                InPlace(0, 3, B::Sub),
                Check(0, &[I(256), I(1), F(2.5), S("ca\u{4e2d}"), I(21), I(28)]),
                InPlace(3, 3, B::Or),
                Check(3, &[]),
                Pop(2, I(256)),
                Pop(2, I(1)),
                Check(2, &[F(2.5), S("ca\u{4e2d}"), I(21), I(28)]),
                Bin(3, 0, 3, B::And),
                Check(3, &[]),
                InPlace(2, 0, B::Or),
                Check(2, &[I(256), F(2.5), I(1), S("ca\u{4e2d}"), I(21), I(28)]),
                InPlace(1, 2, B::Or),
                Check(1, &[I(256), I(1), F(2.5), S("ca\u{4e2d}"), I(21), F(-1.0), I(28), I(-2305843009213693952)]),
                Discard(3, I(-2)),
                Discard(3, I(-2)),
                Discard(3, I(1099511628992)),
                Discard(3, I(-2)),
                Discard(3, I(1099511628992)),
                Discard(3, I(1099511628992)),
                Check(3, &[]),
                FromDict(0, &[I(9223372036854775807), I(384), F(0.5), S(""), I(-4), I(34), F(3.0), I(37), F(-1.0), F(2.5), S("b"), I(16), I(1099511628384), S("c\u{e9}"), S("\u{4e2d}\u{4e2d}"), I(1024), I(1099511628736), S("xay"), F(1.0), I(26)]),
                Check(0, &[I(384), F(0.5), S(""), I(9223372036854775807), F(3.0), F(2.5), I(1024), I(1099511628736), F(1.0), S("b"), I(16), I(26), I(1099511628384), I(34), I(37), S("c\u{e9}"), S("\u{4e2d}\u{4e2d}"), S("xay"), I(-4), F(-1.0)]),
                Pop(1, I(256)),
                Pop(1, I(1)),
                Check(1, &[F(2.5), S("ca\u{4e2d}"), I(21), F(-1.0), I(28), I(-2305843009213693952)]),
                Bin(0, 1, 0, B::Sub),
                Check(0, &[I(28), S("ca\u{4e2d}"), I(21), I(-2305843009213693952)]),
                Add(0, I(-9223372036854775808)),
                Add(0, I(5)),
                Add(0, I(-10)),
                Add(0, I(384)),
                Add(0, S("aa")),
                Add(0, S("ccx")),
                Add(0, I(2305843009213693952)),
                Add(0, I(1099511628384)),
                Add(0, I(18)),
                Add(0, F(10000000000.0)),
                Check(0, &[I(384), I(2305843009213693952), I(1099511628384), F(10000000000.0), I(5), S("aa"), I(-9223372036854775808), S("ccx"), I(18), S("ca\u{4e2d}"), I(21), I(-10), I(28), I(-2305843009213693952)]),
            ],
            &[
                FromList(0, &[S("\u{4e2d}"), F(2.5), I(4611686018427387904)]),
                Check(0, &[F(2.5), I(4611686018427387904), S("\u{4e2d}")]),
                FromList(1, &[I(1099511628448), S("\u{e9}b"), I(2), F(10000000000.0), I(11), I(-10), I(64)]),
                Check(1, &[I(1099511628448), F(10000000000.0), I(2), I(64), S("\u{e9}b"), I(11), I(-10)]),
                FromList(2, &[I(1099511629152), F(10000000000.0), I(1099511628640), I(3), I(128), I(1099511628640), F(1.0)]),
                Check(2, &[I(1099511629152), F(10000000000.0), I(1099511628640), I(3), I(128), F(1.0)]),
                FromList(3, &[I(34), I(5), I(4096), S("\u{4e2d}"), I(4611686018427387904), I(35), S("")]),
                Check(3, &[I(4096), S(""), I(34), I(4611686018427387904), I(35), I(5), S("\u{4e2d}")]),
                Literal(3, &[I(5), I(0), I(4611686018427387904), I(1099511628704), I(24), F(2.5), F(-1.0), I(0), I(1099511628512), I(14), I(-2), I(-1), F(1.0), I(1099511629280), I(1099511629472), I(0), I(24), I(9), I(6), I(1099511628512), I(-1), F(1.0), I(1)]),
                Check(3, &[I(0), I(1099511628512), I(4611686018427387904), F(2.5), I(1099511628704), I(5), F(1.0), I(1099511629280), I(1099511629472), I(9), I(6), I(14), F(-1.0), I(24), I(-2)]),
                Add(0, I(-1)),
                Add(0, S("")),
                Add(0, I(-2)),
                Add(0, I(8)),
                Add(0, F(-1.0)),
                Add(0, I(3)),
                Add(0, I(21)),
                Check(0, &[S(""), F(2.5), I(4611686018427387904), I(3), I(8), S("\u{4e2d}"), I(21), I(-2), I(-1)]),
                XorList(0, &[S(""), F(1.0), S("y\u{e9}\u{e9}"), S(""), I(1099511629696), I(1099511628224), I(1099511629344), I(2305843009213693951), S(""), I(4611686018427387904), I(8), I(21), I(-1)]),
                Check(0, &[I(1099511628224), F(1.0), F(2.5), I(3), I(1099511629696), I(1099511629344), I(2305843009213693951), S("y\u{e9}\u{e9}"), S("\u{4e2d}"), I(-2)]),
                Discard(3, I(1099511628512)),
                Discard(3, I(9)),
                Discard(3, I(-4)),
                Discard(3, I(9)),
                Check(3, &[I(0), I(4611686018427387904), F(2.5), I(1099511628704), I(5), F(1.0), I(1099511629280), I(1099511629472), I(6), I(14), F(-1.0), I(24), I(-2)]),
                FromList(0, &[I(36), I(-9223372036854775808), S(""), S(""), I(128), I(192), I(8), I(4096), I(9223372036854775807), I(192), I(-3), I(1099511627904), S(""), I(25), I(-1), F(1.0), S("bbc"), I(1099511629760), S("ca\u{e9}"), F(-1.0), I(10), I(-9223372036854775808), S("ya")]),
                Check(0, &[S(""), I(128), I(192), I(4096), I(36), I(9223372036854775807), I(1099511627904), F(1.0), I(8), I(1099511629760), I(10), S("ca\u{e9}"), S("ya"), S("bbc"), I(25), I(-9223372036854775808), I(-3), I(-1)]),
                Copy(3, 1),
                Check(3, &[I(1099511628448), F(10000000000.0), I(2), I(64), I(-10), S("\u{e9}b"), I(11)]),
                DiffList(3, 2, &[I(1099511628192), I(3), I(1099511629152), I(1099511628960), I(8192)]),
                Check(3, &[F(10000000000.0), I(1099511628640), I(128), F(1.0)]),
                InPlace(3, 0, B::Or),
                Check(3, &[F(10000000000.0), I(128), F(1.0), S(""), I(192), I(4096), I(9223372036854775807), I(1099511627904), I(8), I(1099511629760), I(10), I(25), I(1099511628640), I(36), S("ca\u{e9}"), S("ya"), S("bbc"), I(-9223372036854775808), I(-3), I(-1)]),
                InPlace(3, 2, B::And),
                Check(3, &[F(10000000000.0), F(1.0), I(1099511628640), I(128)]),
                Add(0, S("a")),
                Add(0, I(5)),
                Add(0, I(2)),
                Add(0, I(512)),
                Add(0, S("a")),
                Add(0, I(0)),
                Add(0, I(4)),
                Add(0, I(23)),
                Check(0, &[S(""), I(128), I(4096), I(9223372036854775807), I(1099511627904), F(1.0), I(5), I(2), I(8), I(512), I(10), I(0), I(4), S("a"), I(23), I(25), I(36), S("ca\u{e9}"), I(192), I(1099511629760), S("ya"), S("bbc"), I(-9223372036854775808), I(-3), I(-1)]),
                Add(0, I(27)),
                Add(0, I(1099511628160)),
                Add(0, F(3.0)),
                Add(0, I(1099511629696)),
                Add(0, I(128)),
                Check(0, &[S(""), I(128), I(4096), I(9223372036854775807), I(1099511627904), F(1.0), I(5), I(2), I(8), I(512), I(10), I(0), I(4), I(1099511628160), F(3.0), S("a"), I(23), I(25), I(27), I(36), S("ca\u{e9}"), I(1099511629696), I(192), I(1099511629760), S("ya"), S("bbc"), I(-9223372036854775808), I(-3), I(-1)]),
                Literal(3, &[I(1099511628224), I(1099511627840), I(-5), F(10000000000.0), I(-5), I(-8), I(8)]),
                Check(3, &[I(1099511628224), F(10000000000.0), I(1099511627840), I(8), I(-8), I(-5)]),
                DiffUpdateList(3, &[I(1099511628224), I(1099511628000), S(""), F(10000000000.0), I(384), I(1099511627840)]),
                Check(3, &[I(8), I(-8), I(-5)]),
                Bin(1, 0, 1, B::Sub),
                Check(1, &[S(""), I(4096), I(1099511627904), I(9223372036854775807), I(128), F(1.0), I(5), I(512), I(8), I(0), I(10), I(4), F(3.0), I(1099511628160), S("a"), I(23), I(25), I(27), I(36), S("ca\u{e9}"), I(1099511629696), I(192), I(1099511629760), S("ya"), S("bbc"), I(-9223372036854775808), I(-3), I(-1)]),
                Bin(2, 2, 2, B::And),
                Check(2, &[I(1099511629152), F(10000000000.0), I(1099511628640), I(3), I(128), F(1.0)]),
                Copy(3, 2),
                Check(3, &[I(1099511629152), F(10000000000.0), I(1099511628640), I(3), I(128), F(1.0)]),
                Bin(0, 3, 0, B::Sub),
                Check(0, &[I(1099511629152), F(10000000000.0), I(1099511628640)]),
                InterList(3, 0, &[I(1099511629152), F(3.0), I(16384), I(9223372036854775807), F(-1.0), I(0), I(1099511628640), I(16), I(1099511627936), I(0)]),
                Check(3, &[I(1099511629152), I(1099511628640)]),
                InPlace(2, 0, B::Sub),
                Check(2, &[I(3), I(128), F(1.0)]),
                Discard(2, S("c\u{e9}")),
                Discard(2, I(128)),
                Discard(2, F(1.0)),
                Check(2, &[I(3)]),
                UpdateList(1, &[I(22), I(-3), I(1099511629056), I(24), I(1099511629632), I(1099511627840)]),
                Check(1, &[S(""), I(4096), I(1099511627904), I(9223372036854775807), I(128), F(1.0), I(5), I(512), I(8), I(0), I(10), I(4), F(3.0), I(1099511628160), S("a"), I(22), I(23), I(24), I(25), I(27), I(36), I(1099511629056), S("ca\u{e9}"), I(1099511629696), I(192), I(1099511629760), I(1099511629632), I(1099511627840), S("ya"), S("bbc"), I(-9223372036854775808), I(-3), I(-1)]),
                Add(1, I(2305843009213693951)),
                Add(1, I(32)),
                Add(1, I(192)),
                Add(1, I(-5)),
                Add(1, I(128)),
                Add(1, F(2.5)),
                Check(1, &[S(""), I(4096), I(1099511627904), I(9223372036854775807), I(128), F(1.0), I(5), I(512), I(8), I(0), I(10), I(4), F(3.0), I(1099511628160), I(2305843009213693951), F(2.5), S("a"), I(22), I(23), I(24), I(25), I(27), I(32), I(36), I(1099511629056), S("ca\u{e9}"), I(1099511629696), I(192), I(1099511629760), I(1099511629632), I(1099511627840), S("ya"), S("bbc"), I(-5), I(-9223372036854775808), I(-3), I(-1)]),
            ],
            &[
                FromList(0, &[F(3.0), I(5), I(-2), I(6), I(384), S("acc"), I(3), I(1099511627936), I(6), I(-2), I(4611686018427387904), F(3.0), I(8), I(-7), I(11)]),
                Check(0, &[I(384), I(1099511627936), I(4611686018427387904), F(3.0), I(5), I(6), I(8), I(11), S("acc"), I(-7), I(-2)]),
                FromList(1, &[I(33), I(1099511629024), F(1.0), I(18), I(15), F(10000000000.0), I(0), F(1.0), I(37), I(2), I(16), I(32), I(1099511629728)]),
                Check(1, &[I(1099511629024), I(33), F(1.0), F(10000000000.0), I(0), I(37), I(2), I(32), I(1099511629728), I(15), I(16), I(18)]),
                FromList(2, &[I(-2), S("\u{e9}a"), I(-6), I(0), I(288), I(-2305843009213693952)]),
                Check(2, &[I(0), I(288), S("\u{e9}a"), I(-2305843009213693952), I(-6), I(-2)]),
                FromList(3, &[I(-1), I(0)]),
                Check(3, &[I(0), I(-1)]),
                Bin(0, 3, 0, B::Sub),
                Check(0, &[I(0), I(-1)]),
                Copy(2, 1),
                Check(2, &[I(1099511629024), I(33), F(1.0), F(10000000000.0), I(0), I(37), I(2), I(32), I(1099511629728), I(15), I(16), I(18)]),
                DiffList(0, 3, &[I(9223372036854775807), I(1024), I(8), I(0)]),
                Check(0, &[I(-1)]),
                Pop(0, I(-1)),
                Check(0, &[]),
                Bin(3, 3, 1, B::Sub),
                Check(3, &[I(-1)]),
                Copy(2, 2),
                Check(2, &[I(1099511629024), I(33), F(1.0), F(10000000000.0), I(0), I(37), I(2), I(32), I(1099511629728), I(15), I(16), I(18)]),
                Discard(0, F(0.5)),
                Check(0, &[]),
                Bin(3, 2, 2, B::Xor),
                Check(3, &[]),
                InterList(1, 1, &[I(2305843009213693951), I(2), F(2.5), I(-2), S("y"), I(1099511629024), I(2), I(16), S("\u{4e2d}ax"), F(1.0), I(1099511629728), F(2.5), S(""), I(0)]),
                Check(1, &[I(1099511629024), F(1.0), I(2), I(1099511629728), I(0), I(16)]),
                DiffList(1, 1, &[S("\u{4e2d}y"), I(1099511629728), I(1099511629024), S(""), I(5)]),
                Check(1, &[F(1.0), I(2), I(0), I(16)]),
                InPlace(2, 1, B::Xor),
                Check(2, &[I(1099511629024), I(33), F(10000000000.0), I(37), I(32), I(1099511629728), I(15), I(18)]),
                InterList(3, 0, &[I(128), S("bc"), F(1.0), I(32), I(2305843009213693952), I(2), I(3), I(1024)]),
                Check(3, &[]),
                Add(3, I(-5)),
                Add(3, I(0)),
                Check(3, &[I(0), I(-5)]),
                Bin(1, 3, 0, B::Xor),
                Check(1, &[I(0), I(-5)]),
                Bin(2, 0, 2, B::And),
                Check(2, &[]),
                UpdateList(2, &[F(1.0), I(1099511629792), I(26), I(4611686018427387904), I(29), I(7), I(-9223372036854775808), F(-1.0)]),
                Check(2, &[I(1099511629792), F(1.0), I(4611686018427387904), I(7), I(26), I(-9223372036854775808), I(29), F(-1.0)]),
                Literal(0, &[I(7), I(3), I(1099511628224), I(2), I(10), I(0), I(7), I(13), I(-9), F(10000000000.0), I(30)]),
                Check(0, &[I(1099511628224), I(0), I(2), I(3), F(10000000000.0), I(7), I(10), I(13), I(-9), I(30)]),
                Literal(3, &[I(-9223372036854775808), I(14), I(4611686018427387904), F(2.5), I(1099511628160), I(-2305843009213693952), I(-1), F(10000000000.0), I(7), I(28), I(6), I(2305843009213693952), I(2305843009213693952), I(-2), I(256), I(128), F(1.0), F(-1.0), I(8), I(-1), F(-1.0), I(27)]),
                Check(3, &[I(1099511628160), F(10000000000.0), I(4611686018427387904), F(2.5), I(2305843009213693952), I(256), I(6), I(7), I(128), F(1.0), I(8), I(14), I(27), I(28), I(-2305843009213693952), I(-1), I(-9223372036854775808), I(-2)]),
                DiffUpdateList(0, &[I(3), I(0), I(2), I(1099511628224), S("\u{e9}"), I(33), F(0.5)]),
                Check(0, &[F(10000000000.0), I(7), I(10), I(13), I(-9), I(30)]),
                Add(3, S("")),
                Add(3, I(1099511628928)),
                Add(3, I(38)),
                Add(3, I(6)),
                Add(3, I(1099511629664)),
                Check(3, &[I(1099511628160), F(10000000000.0), I(4611686018427387904), F(2.5), I(2305843009213693952), I(256), I(6), I(7), I(128), F(1.0), I(8), S(""), I(14), I(27), I(28), I(1099511629664), I(1099511628928), I(38), I(-2305843009213693952), I(-1), I(-9223372036854775808), I(-2)]),
                Bin(2, 2, 0, B::Xor),
                Check(2, &[F(10000000000.0), F(1.0), I(4611686018427387904), I(10), I(13), I(26), I(29), I(30), I(1099511629792), I(-9), I(-9223372036854775808), F(-1.0)]),
                Bin(3, 3, 0, B::Xor),
                Check(3, &[I(1099511628160), I(2305843009213693952), I(4611686018427387904), F(2.5), I(256), I(128), I(6), F(1.0), I(8), S(""), I(10), I(13), I(14), I(27), I(28), I(30), I(1099511629664), I(1099511628928), I(38), I(-1), I(-9), I(-2), I(-9223372036854775808), I(-2305843009213693952)]),
            ],
            &[
                FromList(0, &[I(2305843009213693952), I(1099511629472), I(-2), I(-9), I(1)]),
                Check(0, &[I(1099511629472), I(2305843009213693952), I(1), I(-9), I(-2)]),
                FromList(1, &[I(96), I(30), I(37), I(0), I(4), I(35), I(1099511629440), S(""), I(0), F(0.5), S("b"), I(2305843009213693951)]),
                Check(1, &[I(96), I(0), I(1099511629440), I(35), I(4), I(37), S(""), F(0.5), I(2305843009213693951), S("b"), I(30)]),
                FromList(2, &[I(39), I(-9223372036854775808)]),
                Check(2, &[I(-9223372036854775808), I(39)]),
                FromList(3, &[F(0.5)]),
                Check(3, &[F(0.5)]),
                Discard(2, I(1099511628128)),
                Discard(2, F(0.5)),
                Check(2, &[I(-9223372036854775808), I(39)]),
                InPlace(1, 2, B::Xor),
                Check(1, &[I(96), I(0), I(1099511629440), I(35), I(4), I(37), S(""), F(0.5), I(2305843009213693951), I(39), S("b"), I(-9223372036854775808), I(30)]),
                Bin(0, 3, 1, B::Or),
                Check(0, &[F(0.5), I(96), I(0), I(1099511629440), I(35), I(4), I(37), S(""), I(2305843009213693951), I(39), S("b"), I(-9223372036854775808), I(30)]),
                InterList(0, 1, &[F(10000000000.0), S("\u{4e2d}"), S(""), I(2305843009213693951), I(4096), S("b"), I(16), I(1099511629440), I(96), S("\u{4e2d}"), I(4), I(30), I(-9223372036854775808), I(34), I(2305843009213693951)]),
                Check(0, &[S(""), I(2305843009213693951), I(96), I(1099511629440), I(4), S("b"), I(-9223372036854775808), I(30)]),
                InPlace(2, 1, B::Sub),
                Check(2, &[]),
                Discard(0, I(4)),
                Discard(0, I(8)),
                Discard(0, I(-9223372036854775808)),
                Discard(0, S("b")),
                Check(0, &[S(""), I(2305843009213693951), I(96), I(1099511629440), I(30)]),
                Add(3, S("")),
                Add(3, F(-1.0)),
                Add(3, I(11)),
                Add(3, I(2305843009213693951)),
                Add(3, I(2305843009213693951)),
                Add(3, I(9223372036854775807)),
                Add(3, I(24)),
                Add(3, I(1099511629728)),
                Check(3, &[F(0.5), S(""), I(2305843009213693951), I(9223372036854775807), I(1099511629728), I(11), I(24), F(-1.0)]),
                Bin(3, 0, 0, B::Sub),
                Check(3, &[]),
                Add(2, I(1099511627968)),
                Add(2, I(32)),
                Add(2, S("xy\u{4e2d}")),
                Add(2, I(1099511629632)),
                Add(2, I(-9)),
                Add(2, I(2305843009213693951)),
                Check(2, &[I(1099511627968), I(32), I(1099511629632), I(2305843009213693951), S("xy\u{4e2d}"), I(-9)]),
                Bin(2, 2, 3, B::Or),
                Check(2, &[I(1099511627968), I(32), I(1099511629632), I(2305843009213693951), I(-9), S("xy\u{4e2d}")]),
                Discard(0, I(30)),
                Discard(0, I(2305843009213693951)),
                Discard(0, S("a\u{4e2d}")),
                Discard(0, S("a\u{4e2d}")),
                Discard(0, S("a\u{4e2d}")),
                Discard(0, I(1099511629440)),
                Discard(0, I(-2305843009213693952)),
                Check(0, &[S(""), I(96)]),
                FromDict(2, &[I(-2), I(36), I(19), I(4611686018427387904), I(-8), I(-2), I(36), I(1099511629376), I(29), I(32), I(30), I(4611686018427387904), S("x\u{4e2d}x"), S(""), I(16), I(29)]),
                Check(2, &[I(1099511629376), I(32), I(4611686018427387904), S(""), I(36), I(16), I(19), I(30), I(-8), S("x\u{4e2d}x"), I(29), I(-2)]),
                DiffUpdateList(3, &[I(1024), I(37), F(3.0)]),
                Check(3, &[]),
                Bin(1, 3, 1, B::Sub),
                Check(1, &[]),
                Add(3, F(0.5)),
                Add(3, F(10000000000.0)),
                Add(3, I(16)),
                Add(3, I(29)),
                Add(3, I(34)),
                Add(3, S("ac\u{e9}")),
                Check(3, &[F(0.5), F(10000000000.0), I(34), S("ac\u{e9}"), I(16), I(29)]),
                Literal(2, &[I(0), I(2305843009213693951), I(2), I(2305843009213693952), I(33), I(30), F(1.0), I(1099511629536), I(1099511628672), I(96), I(-2305843009213693952), I(25), I(30), I(4), F(0.5), I(25), I(1099511629312), I(5), I(35), I(0), I(1099511628320), I(1099511628480), I(9223372036854775807), I(4611686018427387904), I(1099511628224), I(32)]),
                Check(2, &[I(0), I(2305843009213693951), I(2), I(2305843009213693952), F(1.0), I(1099511628672), I(4), F(0.5), I(5), I(1099511629312), I(9223372036854775807), I(4611686018427387904), I(1099511628224), I(1099511628480), I(25), I(30), I(32), I(33), I(1099511628320), I(35), I(1099511629536), I(96), I(-2305843009213693952)]),
                Discard(1, I(4611686018427387904)),
                Check(1, &[]),
                Add(2, I(-9223372036854775808)),
                Add(2, I(1099511629312)),
                Add(2, I(2305843009213693952)),
                Add(2, I(128)),
                Add(2, I(6)),
                Add(2, I(1099511628416)),
                Add(2, I(1099511628032)),
                Add(2, I(-2)),
                Check(2, &[I(0), I(2305843009213693951), I(2), I(2305843009213693952), F(1.0), I(1099511628672), I(4), F(0.5), I(5), I(1099511629312), I(9223372036854775807), I(4611686018427387904), I(128), I(6), I(1099511628032), I(1099511628224), I(1099511628416), I(1099511628480), I(25), I(30), I(32), I(33), I(1099511628320), I(35), I(1099511629536), I(96), I(-2), I(-9223372036854775808), I(-2305843009213693952)]),
                XorList(3, &[I(1), I(-7), I(192), I(1099511628000), F(0.5), S("ab\u{4e2d}"), I(-2), I(-2305843009213693952), I(-6), F(-1.0), S("yac"), I(-2), I(-3), I(-1), I(8192), I(1099511628448), I(1099511629664), F(0.5), I(34), I(16)]),
                Check(3, &[I(8192), F(10000000000.0), S("ac\u{e9}"), I(1), I(29), S("ab\u{4e2d}"), I(1099511628448), S("yac"), I(192), I(1099511628000), I(1099511629664), I(-2), I(-2305843009213693952), I(-7), I(-6), I(-3), F(-1.0)]),
                Bin(3, 2, 0, B::Sub),
                Check(3, &[I(0), I(2305843009213693951), I(2), I(2305843009213693952), F(1.0), I(1099511628672), I(4), F(0.5), I(5), I(1099511629312), I(9223372036854775807), I(4611686018427387904), I(128), I(6), I(1099511628032), I(1099511628224), I(1099511628416), I(1099511628480), I(25), I(30), I(32), I(33), I(1099511628320), I(35), I(1099511629536), I(-2), I(-9223372036854775808), I(-2305843009213693952)]),
                Add(1, I(384)),
                Add(1, S("y\u{e9}b")),
                Add(1, I(384)),
                Add(1, I(1099511628512)),
                Add(1, I(38)),
                Add(1, I(1099511628416)),
                Add(1, F(3.0)),
                Check(1, &[I(384), I(1099511628512), S("y\u{e9}b"), I(1099511628416), F(3.0), I(38)]),
                InPlace(3, 0, B::Sub),
                Check(3, &[I(0), I(2305843009213693951), I(2), I(2305843009213693952), F(1.0), I(1099511628672), I(4), F(0.5), I(5), I(1099511629312), I(9223372036854775807), I(4611686018427387904), I(128), I(6), I(1099511628032), I(1099511628224), I(1099511628416), I(1099511628480), I(25), I(30), I(32), I(33), I(1099511628320), I(35), I(1099511629536), I(-2), I(-9223372036854775808), I(-2305843009213693952)]),
            ],
            &[
                FromList(0, &[]),
                Check(0, &[]),
                FromList(1, &[I(2), I(7)]),
                Check(1, &[I(2), I(7)]),
                FromList(2, &[F(0.5), I(17), I(16), I(39), I(0), I(-6), I(2048), I(-3), I(1099511629472), I(8), I(8), I(3072)]),
                Check(2, &[F(0.5), I(0), I(2048), I(1099511629472), I(3072), I(39), I(8), I(16), I(17), I(-6), I(-3)]),
                FromList(3, &[S("bx"), I(-2), S("b"), I(1099511629760), I(1), F(2.5), I(-4), I(1099511628608), S("ba"), S("x\u{4e2d}b"), I(28), I(1099511628384)]),
                Check(3, &[I(1099511629760), I(1), F(2.5), I(1099511628608), S("bx"), I(1099511628384), S("x\u{4e2d}b"), I(28), S("b"), S("ba"), I(-4), I(-2)]),
                Bin(2, 0, 3, B::Sub),
                Check(2, &[]),
                DiffUpdateList(3, &[I(1099511629760), I(1), I(1099511629088), I(256), F(0.5)]),
                Check(3, &[F(2.5), I(1099511628608), S("bx"), I(1099511628384), S("x\u{4e2d}b"), I(28), S("b"), S("ba"), I(-4), I(-2)]),
                Bin(3, 1, 1, B::Or),
                Check(3, &[I(2), I(7)]),
                Add(1, I(23)),
                Add(1, I(-2305843009213693952)),
                Add(1, S("\u{4e2d}")),
                Add(1, S("")),
                Add(1, I(2305843009213693952)),
                Add(1, F(0.5)),
                Check(1, &[S(""), I(2305843009213693952), I(2), F(0.5), I(7), S("\u{4e2d}"), I(23), I(-2305843009213693952)]),
                InPlace(1, 3, B::And),
                Check(1, &[I(2), I(7)]),
                InPlace(3, 0, B::Sub),
                Check(3, &[I(2), I(7)]),
                Add(3, I(-6)),
                Add(3, S("x")),
                Add(3, I(9)),
                Add(3, F(10000000000.0)),
                Add(3, I(32)),
                Check(3, &[F(10000000000.0), I(32), I(2), S("x"), I(7), I(9), I(-6)]),
                Add(3, S("")),
                Check(3, &[F(10000000000.0), I(32), I(2), S("x"), S(""), I(7), I(9), I(-6)]),
                Bin(1, 0, 0, B::Xor),
                Check(1, &[]),
                Discard(1, I(-1)),
                Discard(1, F(2.5)),
                Discard(1, I(-1)),
                Discard(1, I(-1)),
                Discard(1, I(-1)),
                Discard(1, F(2.5)),
                Check(1, &[]),
                Bin(3, 2, 3, B::Xor),
                Check(3, &[F(10000000000.0), I(32), I(2), S("x"), S(""), I(7), I(9), I(-6)]),
                Bin(3, 3, 3, B::Or),
                Check(3, &[F(10000000000.0), I(32), I(2), S("x"), S(""), I(7), I(9), I(-6)]),
                DiffList(3, 0, &[I(-9223372036854775808), F(3.0), I(-2)]),
                Check(3, &[]),
                XorList(1, &[I(1)]),
                Check(1, &[I(1)]),
                Bin(2, 2, 0, B::And),
                Check(2, &[]),
                Copy(2, 1),
                Check(2, &[I(1)]),
                Clear(0),
                Check(0, &[]),
                XorList(2, &[S(""), I(4611686018427387904), I(1099511629504), I(1)]),
                Check(2, &[S(""), I(4611686018427387904), I(1099511629504)]),
                Add(2, S("\u{4e2d}")),
                Add(2, I(0)),
                Check(2, &[S(""), I(1099511629504), I(4611686018427387904), I(0), S("\u{4e2d}")]),
                InPlace(3, 1, B::Xor),
                Check(3, &[I(1)]),
                Copy(2, 0),
                Check(2, &[]),
                Discard(1, F(-1.0)),
                Check(1, &[I(1)]),
            ],
            &[
                FromList(0, &[S(""), I(2), I(-1), I(3072), S("\u{4e2d}"), I(128), I(9), I(-3), I(4), F(0.5), I(9223372036854775807), F(2.5), S("\u{e9}y")]),
                Check(0, &[S(""), I(3072), I(2), I(128), I(4), F(0.5), I(9223372036854775807), F(2.5), I(9), S("\u{4e2d}"), S("\u{e9}y"), I(-3), I(-1)]),
                FromList(1, &[]),
                Check(1, &[]),
                FromList(2, &[S("a"), I(35), I(2048), S("y"), I(2), I(1099511628320), I(-8)]),
                Check(2, &[I(2048), S("y"), I(2), I(35), I(1099511628320), S("a"), I(-8)]),
                FromList(3, &[S("\u{4e2d}\u{e9}"), S("bx\u{e9}"), I(-2)]),
                Check(3, &[S("bx\u{e9}"), S("\u{4e2d}\u{e9}"), I(-2)]),
                FromList(0, &[I(-2), F(1.0), I(128), I(1099511628896), I(512), I(17), I(7), F(10000000000.0), I(1099511629088), I(64), I(6), I(-2305843009213693952), S("y"), I(-1), I(1024), I(-4), I(14), I(-9), F(2.5), I(-7), I(-6), I(128), S(""), F(3.0), I(1099511629440), I(1099511629760)]),
                Check(0, &[I(128), F(1.0), I(512), F(10000000000.0), I(1024), F(2.5), I(6), I(7), S(""), F(3.0), I(14), I(17), I(1099511629088), I(1099511629440), I(64), S("y"), I(1099511629760), I(1099511628896), I(-1), I(-9), I(-2), I(-7), I(-6), I(-4), I(-2305843009213693952)]),
                Check(1, &[]),
                Add(2, I(5)),
                Add(2, F(3.0)),
                Add(2, I(4611686018427387904)),
                Add(2, I(-9)),
                Add(2, I(-2305843009213693952)),
                Add(2, F(0.5)),
                Add(2, I(35)),
                Check(2, &[I(2048), S("y"), I(2), I(35), I(1099511628320), I(5), F(3.0), I(4611686018427387904), F(0.5), S("a"), I(-9), I(-8), I(-2305843009213693952)]),
                Check(1, &[]),
                XorList(0, &[I(192), S(""), S(""), I(4096), I(1099511629664), I(1), F(2.5), I(256), I(128), I(512), I(1024), I(6), S(""), I(14), I(1099511629088), I(64), I(1099511629760), I(-1), I(-2), I(-6), I(-2305843009213693952)]),
                Check(0, &[F(10000000000.0), I(256), I(7), I(4096), F(3.0), I(17), I(1099511629440), S("y"), I(192), I(1099511628896), I(1099511629664), I(-9), I(-7), I(-4)]),
                InterList(1, 1, &[I(-8), I(4), S("xx\u{e9}"), F(2.5), I(-3), F(-1.0), I(-2305843009213693952), F(-1.0)]),
                Check(1, &[]),
                Add(2, I(30)),
                Add(2, I(512)),
                Add(2, F(3.0)),
                Add(2, F(1.0)),
                Check(2, &[I(2048), S("y"), I(2), I(35), I(1099511628320), I(5), F(3.0), I(4611686018427387904), F(0.5), I(512), F(1.0), S("a"), I(30), I(-9), I(-8), I(-2305843009213693952)]),
                DiffUpdateList(0, &[I(256), I(4096), I(7), F(10000000000.0), I(37), I(-2), F(3.0), I(8192)]),
                Check(0, &[I(17), I(1099511629440), S("y"), I(192), I(1099511628896), I(1099511629664), I(-9), I(-7), I(-4)]),
                Bin(0, 3, 3, B::Or),
                Check(0, &[S("bx\u{e9}"), S("\u{4e2d}\u{e9}"), I(-2)]),
                DiffUpdateList(0, &[F(-1.0), I(-9223372036854775808), I(-2), S("bx\u{e9}"), S("\u{4e2d}\u{e9}")]),
                Check(0, &[]),
                Add(0, I(4)),
                Add(0, I(-7)),
                Add(0, S("")),
                Add(0, I(5)),
                Add(0, I(7)),
                Add(0, I(1099511628320)),
                Add(0, I(256)),
                Check(0, &[S(""), I(1099511628320), I(256), I(4), I(5), I(7), I(-7)]),
                Add(0, I(1)),
                Add(0, S("bc")),
                Add(0, I(64)),
                Add(0, S("b")),
                Check(0, &[S(""), I(1099511628320), I(256), I(1), I(4), I(5), I(64), I(7), S("b"), I(-7), S("bc")]),
                Bin(0, 0, 2, B::Sub),
                Check(0, &[S(""), I(256), I(64), I(4), I(7), S("b"), I(-7), S("bc")]),
                Copy(1, 1),
                Check(1, &[]),
                Check(1, &[]),
                Add(2, F(1.0)),
                Add(2, I(-9223372036854775808)),
                Add(2, F(1.0)),
                Add(2, S("y")),
                Add(2, I(1099511628384)),
                Add(2, S("\u{4e2d}\u{4e2d}a")),
                Add(2, I(31)),
                Add(2, S("")),
                Add(2, F(0.5)),
                Check(2, &[I(2048), F(0.5), I(2), F(3.0), I(4611686018427387904), I(5), I(512), F(1.0), S(""), S("a"), I(30), I(31), I(1099511628320), I(35), S("y"), I(1099511628384), I(-2305843009213693952), I(-9), I(-8), I(-9223372036854775808), S("\u{4e2d}\u{4e2d}a")]),
                Add(3, I(0)),
                Add(3, F(3.0)),
                Add(3, I(1099511627776)),
                Check(3, &[S("bx\u{e9}"), I(0), I(1099511627776), F(3.0), S("\u{4e2d}\u{e9}"), I(-2)]),
                DiffList(2, 2, &[I(-3), I(1099511628384), I(-8), I(-8), I(512), F(3.0), I(2048), S("a"), I(1099511628320), I(-1)]),
                Check(2, &[F(0.5), I(2), I(4611686018427387904), I(5), F(1.0), S(""), S("y"), S("\u{4e2d}\u{4e2d}a"), I(30), I(31), I(35), I(-9), I(-9223372036854775808), I(-2305843009213693952)]),
                DiffUpdateList(1, &[I(8), I(4096), I(1099511629408)]),
                Check(1, &[]),
                Discard(1, I(-2305843009213693952)),
                Discard(1, I(11)),
                Discard(1, I(-2305843009213693952)),
                Check(1, &[]),
                Add(0, F(0.5)),
                Add(0, I(4096)),
                Add(0, I(4)),
                Add(0, I(1099511628800)),
                Add(0, F(1.0)),
                Add(0, F(10000000000.0)),
                Check(0, &[S(""), I(256), I(64), F(0.5), I(4), I(4096), I(1099511628800), I(7), F(1.0), F(10000000000.0), S("b"), I(-7), S("bc")]),
                Bin(1, 0, 3, B::Xor),
                Check(1, &[S("bx\u{e9}"), I(0), I(1099511627776), F(3.0), S(""), I(256), I(64), F(0.5), I(4), I(4096), I(7), F(1.0), S("b"), I(1099511628800), F(10000000000.0), S("\u{4e2d}\u{e9}"), I(-7), S("bc"), I(-2)]),
            ],
            &[
                FromList(0, &[I(4611686018427387904), I(1099511629696), S("b\u{4e2d}"), I(8), F(10000000000.0)]),
                Check(0, &[I(1099511629696), F(10000000000.0), I(4611686018427387904), I(8), S("b\u{4e2d}")]),
                FromList(1, &[S("\u{e9}"), F(-1.0), I(1099511628672), S("a\u{4e2d}"), F(1.0), F(1.0)]),
                Check(1, &[I(1099511628672), F(1.0), S("\u{e9}"), S("a\u{4e2d}"), F(-1.0)]),
                FromList(2, &[]),
                Check(2, &[]),
                FromList(3, &[I(0), S("acx"), I(1), I(9223372036854775807), I(1099511629632), I(2305843009213693951), F(10000000000.0), S(""), S("x"), F(2.5), I(64), I(512)]),
                Check(3, &[I(0), I(1), I(1099511629632), I(9223372036854775807), I(2305843009213693951), F(10000000000.0), S(""), S("x"), F(2.5), I(64), I(512), S("acx")]),
                Check(2, &[]),
                InterList(2, 3, &[I(1099511629632), I(0), F(2.5), I(2305843009213693951), I(512), I(2305843009213693951), S(""), I(0), I(0), I(7), S("c\u{4e2d}"), I(0), I(2305843009213693952), I(8)]),
                Check(2, &[I(1099511629632), I(0), F(2.5), I(2305843009213693951), I(512), S("")]),
                Copy(1, 3),
                Check(1, &[I(0), I(1), I(1099511629632), I(9223372036854775807), I(2305843009213693951), F(10000000000.0), S(""), S("x"), F(2.5), I(64), I(512), S("acx")]),
                Bin(0, 0, 1, B::Xor),
                Check(0, &[I(0), I(1), I(1099511629632), I(9223372036854775807), I(2305843009213693951), I(4611686018427387904), S(""), S("x"), F(2.5), I(64), I(8), S("b\u{4e2d}"), I(512), S("acx"), I(1099511629696)]),
                Copy(3, 1),
                Check(3, &[I(0), I(1), I(1099511629632), I(9223372036854775807), I(2305843009213693951), F(10000000000.0), S(""), S("x"), F(2.5), I(64), I(512), S("acx")]),
                DiffList(3, 2, &[I(1099511629632), S("\u{e9}a"), I(2305843009213693951), F(2.5), I(-6)]),
                Check(3, &[I(0), I(512), S("")]),
                Add(3, I(-9223372036854775808)),
                Add(3, I(12)),
                Add(3, I(48)),
                Check(3, &[I(0), I(48), I(512), S(""), I(-9223372036854775808), I(12)]),
                InPlace(3, 0, B::Sub),
                Check(3, &[I(48), I(-9223372036854775808), I(12)]),
                Pop(1, I(0)),
                Pop(1, I(1)),
                Pop(1, I(1099511629632)),
                Pop(1, I(9223372036854775807)),
                Check(1, &[I(2305843009213693951), F(10000000000.0), S(""), S("x"), F(2.5), I(64), I(512), S("acx")]),
                Add(1, I(-1)),
                Add(1, I(2305843009213693951)),
                Add(1, S("\u{e9}")),
                Add(1, F(1.0)),
                Add(1, I(2305843009213693952)),
                Add(1, I(19)),
                Add(1, F(-1.0)),
                Add(1, S("")),
                Add(1, I(1099511628480)),
                Add(1, I(30)),
                Add(1, S("ba")),
                Check(1, &[I(1099511628480), I(2305843009213693952), F(1.0), S("\u{e9}"), I(2305843009213693951), F(10000000000.0), S(""), S("x"), F(2.5), I(64), I(512), I(19), I(30), S("acx"), S("ba"), I(-1)]),
                Bin(3, 1, 2, B::Or),
                Check(3, &[I(1099511628480), I(2305843009213693952), F(1.0), I(2305843009213693951), F(10000000000.0), S(""), F(2.5), I(64), I(512), I(1099511629632), I(0), I(19), S("ba"), I(30), S("\u{e9}"), S("x"), S("acx"), I(-1)]),
                Discard(0, I(2305843009213693951)),
                Discard(0, I(512)),
                Discard(0, F(10000000000.0)),
                Discard(0, I(1099511629632)),
                Check(0, &[I(0), I(1), I(9223372036854775807), I(4611686018427387904), S(""), S("x"), F(2.5), I(64), I(8), S("b\u{4e2d}"), S("acx"), I(1099511629696)]),
                Add(0, I(-2305843009213693952)),
                Add(0, I(5)),
                Add(0, I(-7)),
                Add(0, S("aax")),
                Add(0, I(1099511629472)),
                Add(0, I(4)),
                Check(0, &[I(0), I(1), I(4611686018427387904), I(9223372036854775807), S(""), F(2.5), I(5), I(4), I(8), I(1099511629696), I(1099511629472), S("x"), S("aax"), S("acx"), I(64), S("b\u{4e2d}"), I(-7), I(-2305843009213693952)]),
                Add(2, I(-2305843009213693952)),
                Add(2, I(-1)),
                Check(2, &[I(1099511629632), I(0), F(2.5), I(2305843009213693951), I(512), S(""), I(-1), I(-2305843009213693952)]),
                Clear(2),
                Check(2, &[]),
                Copy(1, 0),
                Check(1, &[I(0), I(1), I(4611686018427387904), I(9223372036854775807), S(""), F(2.5), I(5), I(4), I(8), I(1099511629696), I(64), I(-7), I(1099511629472), S("x"), S("b\u{4e2d}"), S("aax"), S("acx"), I(-2305843009213693952)]),
                Bin(3, 2, 0, B::Xor),
                Check(3, &[I(0), I(1), I(4611686018427387904), I(9223372036854775807), S(""), F(2.5), I(5), I(4), I(8), I(1099511629696), I(64), I(-7), I(1099511629472), S("x"), S("b\u{4e2d}"), S("aax"), S("acx"), I(-2305843009213693952)]),
                DiffList(2, 2, &[I(1), I(9), I(2305843009213693951)]),
                Check(2, &[]),
                Add(1, F(-1.0)),
                Add(1, I(1099511628768)),
                Add(1, S("\u{e9}")),
                Check(1, &[I(0), I(1), I(4611686018427387904), I(9223372036854775807), S(""), F(2.5), I(5), I(4), I(8), I(1099511629696), I(64), I(-7), I(1099511629472), I(1099511628768), S("x"), S("\u{e9}"), S("b\u{4e2d}"), F(-1.0), S("aax"), S("acx"), I(-2305843009213693952)]),
                Literal(2, &[I(1099511628000), F(0.5), I(96), I(1099511628544), F(0.5), I(5), I(1), F(2.5), I(-9223372036854775808), F(-1.0), F(0.5), I(4611686018427387904), I(-2), I(64)]),
                Check(2, &[I(1099511628000), F(0.5), I(96), I(1099511628544), I(1), I(5), F(2.5), I(4611686018427387904), I(64), F(-1.0), I(-9223372036854775808), I(-2)]),
                Discard(3, I(4)),
                Check(3, &[I(0), I(1), I(4611686018427387904), I(9223372036854775807), S(""), F(2.5), I(5), I(8), I(1099511629696), I(64), I(-7), I(1099511629472), S("x"), S("b\u{4e2d}"), S("aax"), S("acx"), I(-2305843009213693952)]),
                Bin(0, 3, 3, B::Or),
                Check(0, &[I(0), I(1), I(4611686018427387904), I(9223372036854775807), S(""), F(2.5), I(5), I(1099511629696), I(8), I(64), I(1099511629472), S("x"), S("b\u{4e2d}"), S("acx"), S("aax"), I(-7), I(-2305843009213693952)]),
            ],
            &[
                FromList(0, &[S(""), F(0.5), I(64), I(23), I(17), I(1099511629280), I(11), I(18)]),
                Check(0, &[S(""), F(0.5), I(64), I(1099511629280), I(11), I(17), I(18), I(23)]),
                FromList(1, &[]),
                Check(1, &[]),
                FromList(2, &[S(""), I(2305843009213693952), F(10000000000.0), I(1099511628544), S("x"), I(12), I(4611686018427387904), S("cba"), I(1099511627936), I(64), S("x\u{e9}a"), I(6), F(-1.0), I(26), I(1099511628896)]),
                Check(2, &[S(""), I(2305843009213693952), I(1099511628544), S("x"), F(10000000000.0), I(4611686018427387904), I(1099511627936), I(64), S("x\u{e9}a"), I(6), I(1099511628896), I(12), S("cba"), I(26), F(-1.0)]),
                FromList(3, &[I(2)]),
                Check(3, &[I(2)]),
                Bin(1, 3, 3, B::Or),
                Check(1, &[I(2)]),
                Discard(0, I(23)),
                Discard(0, I(0)),
                Check(0, &[S(""), F(0.5), I(64), I(1099511629280), I(11), I(17), I(18)]),
                Bin(2, 1, 3, B::Xor),
                Check(2, &[]),
                InPlace(1, 1, B::Or),
                Check(1, &[I(2)]),
                Copy(3, 1),
                Check(3, &[I(2)]),
                Discard(2, F(3.0)),
                Discard(2, F(2.5)),
                Discard(2, F(2.5)),
                Discard(2, F(3.0)),
                Discard(2, F(2.5)),
                Check(2, &[]),
                Bin(3, 0, 2, B::Xor),
                Check(3, &[S(""), F(0.5), I(1099511629280), I(64), I(11), I(17), I(18)]),
                Bin(0, 2, 3, B::Sub),
                Check(0, &[]),
                Add(1, F(3.0)),
                Add(1, I(96)),
                Add(1, I(-1)),
                Add(1, I(3)),
                Add(1, I(-2)),
                Add(1, I(1099511628000)),
                Add(1, F(2.5)),
                Check(1, &[I(96), I(1099511628000), I(2), F(3.0), F(2.5), I(-2), I(-1)]),
                Copy(2, 1),
                Check(2, &[I(96), I(1099511628000), I(2), F(3.0), F(2.5), I(-1), I(-2)]),
                Bin(3, 3, 3, B::Or),
                Check(3, &[S(""), F(0.5), I(1099511629280), I(64), I(17), I(18), I(11)]),
                DiffUpdateList(3, &[I(1099511629280), I(-2305843009213693952), I(20), S("\u{e9}c"), S(""), F(0.5)]),
                Check(3, &[I(64), I(17), I(18), I(11)]),
                DiffUpdateList(1, &[I(1099511628000), I(-1), I(96), F(3.0), I(1099511629728), I(1099511628224), I(-2), F(-1.0), I(2), F(2.5)]),
                Check(1, &[]),
                Discard(0, I(-2305843009213693952)),
                Discard(0, I(-2305843009213693952)),
                Discard(0, I(8)),
                Discard(0, I(-2305843009213693952)),
                Discard(0, I(-2305843009213693952)),
                Discard(0, I(8)),
                Discard(0, I(8)),
                Discard(0, I(8)),
                Discard(0, I(8)),
                Check(0, &[]),
                DiffUpdateList(1, &[I(9223372036854775807), I(5), S("ba\u{4e2d}")]),
                Check(1, &[]),
                Bin(0, 3, 3, B::Xor),
                Check(0, &[]),
                InPlace(1, 0, B::Sub),
                Check(1, &[]),
                InPlace(3, 0, B::And),
                Check(3, &[]),
                Copy(3, 3),
                Check(3, &[]),
                Add(3, I(-2)),
                Add(3, F(-1.0)),
                Add(3, I(256)),
                Add(3, I(1024)),
                Add(3, I(22)),
                Add(3, I(4)),
                Add(3, I(-9)),
                Add(3, I(8)),
                Check(3, &[I(256), I(1024), I(4), I(8), I(-9), I(22), F(-1.0), I(-2)]),
                Check(0, &[]),
                FromList(0, &[I(0), F(10000000000.0), I(-9223372036854775808), S(""), F(3.0), I(4611686018427387904), I(16), F(2.5), I(1), I(0), I(1099511628640), F(2.5), I(1099511627808), I(-2305843009213693952), S("cc"), I(-1), I(-9223372036854775808), I(-10), I(1099511628064), I(3), S("yc"), I(2305843009213693952), F(1.0), I(48)]),
                Check(0, &[I(0), F(10000000000.0), S(""), F(3.0), I(4611686018427387904), F(2.5), I(1), I(2305843009213693952), S("cc"), I(16), S("yc"), I(1099511627808), I(1099511628064), I(48), I(1099511628640), I(-10), I(-2305843009213693952), I(-9223372036854775808), I(-1)]),
            ],
            &[
                FromList(0, &[S("y"), I(-2), I(1099511629792), F(1.0), I(1)]),
                Check(0, &[I(1099511629792), S("y"), I(-2), F(1.0)]),
                FromList(1, &[I(9223372036854775807), I(0), I(1099511627840), F(0.5), I(1), I(2305843009213693952), I(1099511629344), I(2305843009213693952), I(8), I(4), I(7), I(-2305843009213693952), I(4096)]),
                Check(1, &[I(0), I(1099511627840), F(0.5), I(9223372036854775807), I(1), I(2305843009213693952), I(1099511629344), I(4), I(8), I(7), I(4096), I(-2305843009213693952)]),
                FromList(2, &[I(1099511628000), F(10000000000.0), I(8), I(-1), I(-9223372036854775808), I(1099511628160), I(2305843009213693952), I(1099511628448), I(1099511628832), I(2305843009213693951), I(1099511628384), S("ax"), I(5), F(-1.0)]),
                Check(2, &[I(1099511628000), F(10000000000.0), I(1099511628160), I(2305843009213693952), I(1099511628448), I(1099511628832), I(2305843009213693951), I(1099511628384), I(8), I(5), S("ax"), I(-9223372036854775808), I(-1)]),
                FromList(3, &[I(2305843009213693952), I(12), S(""), S("abc"), I(-1), I(0), I(1099511628288), I(1099511628736)]),
                Check(3, &[S(""), I(2305843009213693952), I(0), I(1099511628288), I(1099511628736), I(12), S("abc"), I(-1)]),
                DiffList(2, 0, &[I(1099511629792), F(1.0), I(128), I(1099511628064), I(1099511629632)]),
                Check(2, &[S("y"), I(-2)]),
                Add(3, S("\u{4e2d}")),
                Add(3, I(24)),
                Add(3, I(7)),
                Add(3, I(37)),
                Add(3, I(1)),
                Add(3, S("a\u{e9}\u{4e2d}")),
                Add(3, I(-9223372036854775808)),
                Check(3, &[S(""), I(2305843009213693952), I(0), I(1099511628288), I(1099511628736), I(37), I(1), I(7), S("a\u{e9}\u{4e2d}"), I(12), S("abc"), S("\u{4e2d}"), I(24), I(-9223372036854775808), I(-1)]),
                Bin(3, 3, 2, B::Xor),
                Check(3, &[S(""), S("y"), I(0), I(2305843009213693952), I(1099511628288), I(1099511628736), I(37), I(1), I(7), S("a\u{e9}\u{4e2d}"), I(12), S("abc"), S("\u{4e2d}"), I(-1), I(24), I(-9223372036854775808), I(-2)]),
                Bin(3, 1, 3, B::Or),
                Check(3, &[I(0), I(1099511627840), F(0.5), I(9223372036854775807), I(1), I(2305843009213693952), I(4), I(7), I(8), I(4096), S(""), S("a\u{e9}\u{4e2d}"), I(12), I(1099511628288), I(24), I(1099511628736), I(1099511629344), I(37), I(-9223372036854775808), S("abc"), S("\u{4e2d}"), I(-1), I(-2), S("y"), I(-2305843009213693952)]),
                Discard(3, I(7)),
                Discard(3, I(2305843009213693952)),
                Discard(3, S("abc")),
                Discard(3, S("y")),
                Discard(3, I(12)),
                Discard(3, I(2305843009213693952)),
                Discard(3, I(1099511629344)),
                Discard(3, S("abc")),
                Discard(3, I(1099511628736)),
                Check(3, &[I(0), I(1099511627840), F(0.5), I(9223372036854775807), I(1), I(4), I(8), I(4096), S(""), S("a\u{e9}\u{4e2d}"), I(1099511628288), I(24), I(37), I(-9223372036854775808), S("\u{4e2d}"), I(-1), I(-2), I(-2305843009213693952)]),
                Pop(2, S("y")),
                Check(2, &[I(-2)]),
                Add(2, I(5)),
                Add(2, S("")),
                Add(2, I(-2)),
                Add(2, I(-8)),
                Check(2, &[S(""), I(5), I(-8), I(-2)]),
                Add(1, S("ac")),
                Add(1, I(128)),
                Add(1, I(-7)),
                Add(1, S("b")),
                Check(1, &[I(0), I(1099511627840), F(0.5), I(9223372036854775807), I(1), I(2305843009213693952), I(1099511629344), I(4), I(8), I(7), I(4096), I(128), S("b"), S("ac"), I(-7), I(-2305843009213693952)]),
                Pop(0, I(1099511629792)),
                Pop(0, S("y")),
                Pop(0, I(-2)),
                Pop(0, F(1.0)),
                Check(0, &[]),
                InPlace(3, 3, B::Sub),
                Check(3, &[]),
                Bin(3, 0, 1, B::Sub),
                Check(3, &[]),
                Bin(0, 3, 2, B::And),
                Check(0, &[]),
                InPlace(2, 0, B::Sub),
                Check(2, &[S(""), I(5), I(-8), I(-2)]),
                XorList(2, &[I(1099511628224), I(1099511628704), I(1099511629024), I(1099511628672), S("ba"), S(""), I(-8)]),
                Check(2, &[I(1099511628224), I(1099511629024), I(1099511628672), I(1099511628704), I(5), S("ba"), I(-2)]),
                XorList(1, &[F(10000000000.0), F(1.0), F(2.5), I(26), I(1099511628160), I(3), I(6), I(2305843009213693951), I(31), I(4), F(1.0), S("\u{e9}x"), F(3.0), F(0.5), I(288), I(0), F(0.5), I(1), I(1099511629344), I(8), I(4096), S("b"), I(-7)]),
                Check(1, &[F(2.5), I(9223372036854775807), I(2305843009213693952), I(7), I(128), I(3), I(2305843009213693951), I(6), I(1099511628160), I(26), I(31), F(10000000000.0), I(288), S("ac"), I(1099511627840), S("\u{e9}x"), I(-2305843009213693952)]),
                Bin(0, 2, 1, B::Or),
                Check(0, &[I(1099511628224), I(1099511628672), F(2.5), I(9223372036854775807), I(2305843009213693952), I(5), I(128), I(7), I(3), I(2305843009213693951), I(6), I(1099511627840), S("\u{e9}x"), I(1099511628160), I(26), I(31), I(1099511629024), I(1099511628704), F(10000000000.0), I(288), S("ac"), I(-2305843009213693952), S("ba"), I(-2)]),
                DiffUpdateList(1, &[F(10000000000.0), I(7), I(0), F(2.5), I(2305843009213693952), I(128), I(12), I(9223372036854775807)]),
                Check(1, &[I(3), I(2305843009213693951), I(6), I(1099511628160), I(26), I(31), I(288), S("ac"), I(1099511627840), S("\u{e9}x"), I(-2305843009213693952)]),
                XorList(3, &[I(2305843009213693951), I(1099511629120), F(0.5)]),
                Check(3, &[I(2305843009213693951), F(0.5), I(1099511629120)]),
                Add(2, I(1099511629024)),
                Add(2, F(10000000000.0)),
                Add(2, I(-10)),
                Add(2, I(1099511628256)),
                Add(2, F(2.5)),
                Add(2, I(32)),
                Add(2, I(2305843009213693952)),
                Add(2, I(-2)),
                Add(2, I(1099511627968)),
                Add(2, I(2)),
                Check(2, &[I(1099511628224), I(1099511629024), I(1099511628672), I(1099511628704), F(10000000000.0), I(5), I(1099511628256), F(2.5), I(32), I(2305843009213693952), I(1099511627968), I(2), I(-10), S("ba"), I(-2)]),
                Pop(2, I(1099511628672)),
                Pop(2, I(1099511628704)),
                Pop(2, F(10000000000.0)),
                Pop(2, I(5)),
                Check(2, &[I(1099511628224), I(1099511629024), I(1099511628256), F(2.5), I(32), I(2305843009213693952), I(1099511627968), I(2), I(-10), S("ba"), I(-2)]),
                Bin(1, 1, 2, B::Xor),
                Check(1, &[I(2305843009213693951), I(2305843009213693952), F(2.5), I(2), I(3), I(1099511628160), I(6), I(26), I(31), I(32), I(288), S("ac"), S("ba"), I(1099511628224), I(1099511627968), I(1099511627840), S("\u{e9}x"), I(1099511629024), I(1099511628256), I(-10), I(-2305843009213693952), I(-2)]),
                InPlace(1, 2, B::Or),
                Check(1, &[I(2305843009213693951), I(2305843009213693952), F(2.5), I(2), I(3), I(1099511628160), I(6), I(26), I(31), I(32), I(288), S("ac"), S("ba"), I(1099511628224), I(1099511627968), I(1099511627840), S("\u{e9}x"), I(1099511629024), I(1099511628256), I(-10), I(-2305843009213693952), I(-2)]),
            ],
            &[
                FromList(0, &[I(8), I(2305843009213693951), I(4), I(1099511628800), I(0), S("\u{e9}"), I(9223372036854775807), F(10000000000.0), S("yyc"), S("bx\u{4e2d}"), I(29), S("")]),
                Check(0, &[I(2305843009213693951), I(0), I(1099511628800), S("\u{e9}"), I(4), I(9223372036854775807), F(10000000000.0), S("bx\u{4e2d}"), I(8), S(""), S("yyc"), I(29)]),
                FromList(1, &[F(1.0), I(64), I(-9223372036854775808), I(8192)]),
                Check(1, &[I(64), F(1.0), I(-9223372036854775808), I(8192)]),
                FromList(2, &[S("c"), I(1099511629024), F(1.0), I(4611686018427387904), I(0), I(9), I(1)]),
                Check(2, &[I(1099511629024), F(1.0), I(4611686018427387904), I(0), I(9), S("c")]),
                FromList(3, &[I(4), S("a\u{4e2d}a"), I(8), F(2.5), F(0.5), I(12), I(1099511629504), F(1.0), I(1099511629088), I(1099511627936), F(1.0)]),
                Check(3, &[F(0.5), I(1099511629504), F(2.5), F(1.0), I(4), I(1099511629088), I(1099511627936), I(8), I(12), S("a\u{4e2d}a")]),
                Literal(3, &[I(128), F(0.5), I(-7), F(1.0), I(-2), I(0), I(8), I(1099511628672), I(128), I(1099511628416), I(-9223372036854775808), I(64), F(2.5), I(5), F(3.0), I(-2), I(2305843009213693951), I(0), I(-2), I(36), I(2), I(9223372036854775807), I(23), I(1099511628192), I(-9), I(4611686018427387904), I(9223372036854775807), F(-1.0), I(1099511629536), I(37)]),
                Check(3, &[I(128), F(0.5), I(1099511628672), F(1.0), I(0), I(1099511628416), F(2.5), I(5), I(8), F(3.0), I(2305843009213693951), I(2), I(9223372036854775807), I(4611686018427387904), I(64), I(23), I(1099511628192), I(1099511629536), I(36), I(37), F(-1.0), I(-9), I(-7), I(-9223372036854775808), I(-2)]),
                InPlace(1, 3, B::Sub),
                Check(1, &[I(8192)]),
                Add(3, I(8)),
                Add(3, I(512)),
                Add(3, I(4)),
                Check(3, &[I(128), F(0.5), I(1099511628672), F(1.0), I(0), I(1099511628416), F(2.5), I(5), I(8), F(3.0), I(2305843009213693951), I(2), I(9223372036854775807), I(4611686018427387904), I(64), I(512), I(4), I(23), I(1099511628192), I(1099511629536), I(36), I(37), F(-1.0), I(-9), I(-7), I(-9223372036854775808), I(-2)]),
                Literal(1, &[I(16), I(4096), I(16384), I(16), F(3.0), I(2305843009213693951), I(1099511629344), I(1099511627776), F(-1.0), I(4), I(-9223372036854775808), I(16), I(-2), I(-9223372036854775808), F(10000000000.0), F(-1.0), I(0), I(14), F(10000000000.0), I(32), I(24), I(1), F(10000000000.0), I(1099511629152), F(2.5), F(0.5)]),
                Check(1, &[I(4096), I(16384), I(2305843009213693951), F(3.0), I(1099511627776), I(4), F(10000000000.0), I(0), I(1), F(2.5), F(0.5), I(14), I(16), I(24), I(32), I(1099511629344), I(1099511629152), F(-1.0), I(-9223372036854775808), I(-2)]),
                Add(0, F(1.0)),
                Add(0, F(-1.0)),
                Add(0, S("\u{4e2d}xa")),
                Add(0, I(-2)),
                Add(0, I(2305843009213693951)),
                Add(0, S("")),
                Check(0, &[I(2305843009213693951), I(0), I(1099511628800), S("\u{e9}"), I(4), I(9223372036854775807), F(10000000000.0), S("bx\u{4e2d}"), I(8), S(""), F(1.0), S("yyc"), I(-2), S("\u{4e2d}xa"), I(29), F(-1.0)]),
                Bin(2, 3, 3, B::Sub),
                Check(2, &[]),
                InPlace(1, 2, B::Or),
                Check(1, &[I(4096), I(16384), I(2305843009213693951), F(3.0), I(1099511627776), I(4), F(10000000000.0), I(0), I(1), F(2.5), F(0.5), I(14), I(16), I(24), I(32), I(1099511629344), I(1099511629152), F(-1.0), I(-9223372036854775808), I(-2)]),
                InPlace(0, 2, B::Sub),
                Check(0, &[I(2305843009213693951), I(0), I(1099511628800), S("\u{e9}"), I(4), I(9223372036854775807), F(10000000000.0), S("bx\u{4e2d}"), I(8), S(""), F(1.0), S("yyc"), I(-2), S("\u{4e2d}xa"), I(29), F(-1.0)]),
                Add(0, S("\u{4e2d}ax")),
                Check(0, &[I(2305843009213693951), I(0), I(1099511628800), S("\u{e9}"), I(4), I(9223372036854775807), F(10000000000.0), S("bx\u{4e2d}"), I(8), S(""), F(1.0), S("\u{4e2d}ax"), S("yyc"), I(-2), S("\u{4e2d}xa"), I(29), F(-1.0)]),
                Add(0, I(-1)),
                Add(0, F(3.0)),
                Add(0, S("bc\u{e9}")),
                Add(0, I(-1)),
                Add(0, I(21)),
                Check(0, &[I(2305843009213693951), I(0), I(1099511628800), I(9223372036854775807), I(4), F(10000000000.0), S("bx\u{4e2d}"), S(""), I(8), F(1.0), F(3.0), S("bc\u{e9}"), I(21), I(29), S("\u{4e2d}ax"), S("\u{4e2d}xa"), S("yyc"), S("\u{e9}"), F(-1.0), I(-2)]),
                Check(2, &[]),
                FromDict(1, &[I(1099511629344), I(1099511629760), I(-9223372036854775808), I(8), I(-2305843009213693952), F(10000000000.0), I(6), I(-1), I(9), I(-9223372036854775808), S("cy\u{4e2d}"), S("\u{e9}y"), F(-1.0), S("a"), I(4), S("a\u{4e2d}b"), I(2305843009213693952), I(35), I(32), S(""), I(1099511629152)]),
                Check(1, &[I(1099511629760), F(10000000000.0), I(2305843009213693952), S(""), I(4), I(6), I(8), I(9), S("a\u{4e2d}b"), S("a"), S("\u{e9}y"), I(1099511629344), S("cy\u{4e2d}"), I(32), I(35), I(1099511629152), I(-1), I(-9223372036854775808), I(-2305843009213693952)]),
                Discard(0, F(10000000000.0)),
                Check(0, &[I(2305843009213693951), I(0), I(1099511628800), I(9223372036854775807), I(4), S("bx\u{4e2d}"), S(""), I(8), F(1.0), F(3.0), S("bc\u{e9}"), I(21), I(29), S("\u{4e2d}ax"), S("\u{4e2d}xa"), S("yyc"), S("\u{e9}"), F(-1.0), I(-2)]),
                Check(2, &[]),
                Add(2, I(1099511627936)),
                Add(2, F(10000000000.0)),
                Add(2, S("")),
                Add(2, I(1099511628256)),
                Add(2, F(2.5)),
                Add(2, I(16)),
                Add(2, I(-10)),
                Add(2, I(-9223372036854775808)),
                Add(2, I(2)),
                Add(2, I(-8)),
                Add(2, I(3)),
                Check(2, &[I(1099511627936), F(10000000000.0), F(2.5), S(""), I(1099511628256), I(2), I(3), I(16), I(-10), I(-8), I(-9223372036854775808)]),
                Pop(0, I(2305843009213693951)),
                Pop(0, I(0)),
                Pop(0, I(1099511628800)),
                Pop(0, I(9223372036854775807)),
                Check(0, &[I(4), S("bx\u{4e2d}"), S(""), I(8), F(1.0), F(3.0), S("bc\u{e9}"), I(21), I(29), S("\u{4e2d}ax"), S("\u{4e2d}xa"), S("yyc"), S("\u{e9}"), F(-1.0), I(-2)]),
                InPlace(0, 0, B::Xor),
                Check(0, &[]),
                Add(1, S("b\u{4e2d}")),
                Add(1, S("")),
                Add(1, I(2305843009213693952)),
                Add(1, I(64)),
                Add(1, I(36)),
                Check(1, &[I(1099511629760), F(10000000000.0), I(2305843009213693952), S(""), I(4), I(64), I(6), I(8), I(9), S("a\u{4e2d}b"), S("a"), S("\u{e9}y"), I(1099511629344), S("cy\u{4e2d}"), I(32), I(35), I(1099511629152), I(36), S("b\u{4e2d}"), I(-1), I(-9223372036854775808), I(-2305843009213693952)]),
                Discard(2, I(-8)),
                Discard(2, S("")),
                Discard(2, S("")),
                Discard(2, S("")),
                Discard(2, I(1099511628256)),
                Check(2, &[I(1099511627936), F(10000000000.0), F(2.5), I(2), I(3), I(16), I(-10), I(-9223372036854775808)]),
                Add(2, F(2.5)),
                Add(2, I(4)),
                Add(2, I(0)),
                Add(2, I(-2305843009213693952)),
                Add(2, I(-2)),
                Add(2, I(1099511628064)),
                Add(2, I(31)),
                Add(2, S("yc")),
                Check(2, &[I(1099511627936), F(10000000000.0), F(2.5), I(0), I(4), I(2), I(3), I(1099511628064), I(16), I(-10), I(-2), S("yc"), I(-9223372036854775808), I(-2305843009213693952), I(31)]),
                UpdateList(1, &[S("x"), I(1099511629120), I(64), I(3), I(9223372036854775807), I(17), I(288), I(25), I(288), S("ca"), I(9223372036854775807), F(3.0), I(0), F(3.0), I(9223372036854775807), F(10000000000.0), I(0), I(1099511628128), S("\u{4e2d}"), I(1099511628640), I(2048), I(4611686018427387904), I(0)]),
                Check(1, &[I(1099511629760), F(10000000000.0), I(2305843009213693952), S(""), I(4), I(64), I(6), I(1099511629120), I(8), I(9), S("a\u{4e2d}b"), I(3), I(9223372036854775807), I(0), I(2048), I(4611686018427387904), I(17), S("a"), I(25), S("\u{e9}y"), I(1099511629344), S("cy\u{4e2d}"), I(32), I(35), I(1099511629152), I(36), S("x"), I(288), I(1099511628128), I(1099511628640), S("b\u{4e2d}"), S("\u{4e2d}"), I(-1), S("ca"), I(-9223372036854775808), I(-2305843009213693952)]),
                DiffUpdateList(2, &[I(16), I(24), F(10000000000.0), I(1), I(1099511627936)]),
                Check(2, &[F(2.5), I(0), I(4), I(2), I(3), I(1099511628064), I(-10), I(-2), S("yc"), I(-9223372036854775808), I(-2305843009213693952), I(31)]),
            ],
            &[
                FromList(0, &[I(16)]),
                Check(0, &[I(16)]),
                FromList(1, &[I(13), F(2.5)]),
                Check(1, &[F(2.5), I(13)]),
                FromList(2, &[I(-9223372036854775808), I(1099511629056), I(4611686018427387904), F(-1.0), I(-1), F(-1.0), I(2305843009213693951), I(1099511628640), I(2305843009213693951), I(9223372036854775807)]),
                Check(2, &[I(1099511629056), I(2305843009213693951), I(4611686018427387904), I(1099511628640), I(9223372036854775807), I(-9223372036854775808), F(-1.0)]),
                FromList(3, &[]),
                Check(3, &[]),
                Pop(1, F(2.5)),
                Pop(1, I(13)),
                Check(1, &[]),
                Bin(2, 0, 3, B::Or),
                Check(2, &[I(16)]),
                InPlace(0, 0, B::Sub),
                Check(0, &[]),
                Discard(0, I(0)),
                Check(0, &[]),
                Bin(2, 0, 1, B::And),
                Check(2, &[]),
                Clear(3),
                Check(3, &[]),
                UpdateList(3, &[I(2048), S("xc"), S(""), S("byb"), I(1099511629504), I(1), I(16384), I(12), I(1099511629472), I(5), I(1), I(4611686018427387904), S("a\u{4e2d}")]),
                Check(3, &[I(2048), S(""), I(1099511629504), I(1), I(16384), I(1099511629472), I(5), I(4611686018427387904), I(12), S("a\u{4e2d}"), S("xc"), S("byb")]),
                InPlace(0, 2, B::Xor),
                Check(0, &[]),
                Discard(0, F(-1.0)),
                Discard(0, I(-1)),
                Discard(0, F(-1.0)),
                Discard(0, F(-1.0)),
                Check(0, &[]),
                Add(2, F(10000000000.0)),
                Add(2, I(1099511629376)),
                Add(2, I(16)),
                Add(2, I(-5)),
                Add(2, I(30)),
                Add(2, F(3.0)),
                Add(2, F(1.0)),
                Add(2, I(8192)),
                Check(2, &[F(10000000000.0), I(1099511629376), F(1.0), F(3.0), I(8192), I(16), I(-5), I(30)]),
                Add(0, F(1.0)),
                Add(0, F(2.5)),
                Add(0, I(9223372036854775807)),
                Add(0, S("by")),
                Add(0, I(4611686018427387904)),
                Add(0, I(4096)),
                Check(0, &[I(4096), F(1.0), I(4611686018427387904), F(2.5), I(9223372036854775807), S("by")]),
                Discard(3, S("")),
                Discard(3, S("byb")),
                Discard(3, I(1099511629504)),
                Check(3, &[I(2048), I(1), I(16384), I(1099511629472), I(5), I(4611686018427387904), I(12), S("a\u{4e2d}"), S("xc")]),
                Clear(0),
                Check(0, &[]),
                InPlace(3, 3, B::Sub),
                Check(3, &[]),
                UpdateList(0, &[S("yb"), I(1099511629696), S("\u{e9}"), I(-2305843009213693952), I(13), F(2.5), I(-2), I(1099511628384), I(4611686018427387904), F(0.5), I(48), I(26), I(48), I(17), I(-2), F(0.5), S(""), I(-2305843009213693952), I(9223372036854775807), S("ya"), I(1024), I(-2)]),
                Check(0, &[I(1099511629696), I(1099511628384), F(2.5), S("\u{e9}"), S("yb"), I(4611686018427387904), F(0.5), S(""), I(9223372036854775807), I(1024), S("ya"), I(13), I(48), I(17), I(-2), I(26), I(-2305843009213693952)]),
                Bin(1, 0, 3, B::Xor),
                Check(1, &[I(1099511629696), I(1099511628384), F(2.5), S("\u{e9}"), S("yb"), I(4611686018427387904), F(0.5), S(""), I(9223372036854775807), I(1024), S("ya"), I(13), I(48), I(17), I(-2305843009213693952), I(26), I(-2)]),
                FromList(0, &[I(96), I(2), I(2305843009213693952)]),
                Check(0, &[I(96), I(2305843009213693952), I(2)]),
                Add(1, I(2305843009213693951)),
                Add(1, S("ac")),
                Add(1, I(6)),
                Add(1, S("y")),
                Add(1, F(2.5)),
                Add(1, I(-9)),
                Add(1, I(-3)),
                Add(1, I(512)),
                Add(1, S("\u{4e2d}\u{4e2d}")),
                Add(1, S("b")),
                Check(1, &[I(1099511629696), F(0.5), F(2.5), I(4611686018427387904), S(""), I(9223372036854775807), I(1024), I(2305843009213693951), I(6), I(512), I(13), I(17), I(26), S("yb"), I(48), S("ac"), S("y"), S("b"), I(1099511628384), S("\u{e9}"), S("ya"), S("\u{4e2d}\u{4e2d}"), I(-2), I(-9), I(-3), I(-2305843009213693952)]),
                Pop(0, I(96)),
                Check(0, &[I(2305843009213693952), I(2)]),
                Discard(3, F(1.0)),
                Discard(3, F(1.0)),
                Discard(3, S("")),
                Discard(3, S("")),
                Discard(3, S("")),
                Check(3, &[]),
                Bin(0, 3, 2, B::Sub),
                Check(0, &[]),
                Pop(1, I(1099511629696)),
                Pop(1, F(0.5)),
                Check(1, &[F(2.5), I(4611686018427387904), S(""), I(9223372036854775807), I(1024), I(2305843009213693951), I(6), I(512), I(13), I(17), I(26), S("yb"), I(48), S("ac"), S("y"), S("b"), I(1099511628384), S("\u{e9}"), S("ya"), S("\u{4e2d}\u{4e2d}"), I(-2), I(-9), I(-3), I(-2305843009213693952)]),
            ],
        ];
        pub(super) const LCG_CASES: &[(u64, usize, i64, u64, &[i64])] = &[
            (1, 100, 1000, 14067718591622870602, &[513, 519, 524, 525, 543, 33, 48, 60, 577, 73, 80, 85]),
            (2, 1000, 1000000, 12280615813554411124, &[493568, 466946, 57347, 438279, 57355, 538655, 538656, 223266, 573477, 722982, 880680, 481321]),
            (3, 5000, 1099511627776, 1530615935287918697, &[570408960000, 371607207941, 371607207942, 956706029589, 627049562153, 488876310573, 16875257909, 123272888384, 587451596884, 587451596885, 64931102811, 497001463905]),
            (4, 20000, 50000, 1165979206581144445, &[2, 3, 4, 32773, 32774, 32772, 32777, 10, 32781, 14, 13, 16]),
            (5, 70000, 4611686018427387904, 14600106865671934566, &[189270614605824, 240433875779584, 250263567204357, 73495072342032, 188956386263065, 72576704053276, 130507257937956, 32013637386277, 114080777764904, 30565655511081, 261190149079082, 30565655511082]),
            (6, 300, 64, 16834582951426853607, &[3, 5, 11, 14, 6, 7, 51, 23, 15, 26, 21, 29]),
            (7, 3000, -1000, 16677259203489692785, &[-916, -753, -292, -999, -994, -997, -990, -989, -988, -197, -980, -979]),
        ];
    }
}
