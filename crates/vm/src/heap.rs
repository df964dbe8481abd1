//! One process's heap: objects addressed by [`ObjRef`], a free list, and a
//! mark-and-sweep collector whose roots the VM supplies.
//!
//! Objects live in chunks of [`CHUNK`] slots shared by reference count, so
//! cloning the heap (`fork()`) copies only the chunk pointers; a chunk is
//! copied the first time either side writes to it (copy-on-write, like the
//! kernel's pages). Reads never copy. The free list is a separate stack of
//! slot numbers, so collecting garbage writes only the slots it frees.

use crate::objects::Obj;
use crate::value::{ObjRef, Value};
use std::rc::Rc;

/// Slots per chunk (a power of two). Small, because every first write to
/// a shared chunk copies all its objects: the checker starts each schedule
/// from a copy of the heap (docs/PERFORMANCE.md, 2026-12-06: 128 instead
/// of 1,024 took 22 % off its CPU time on the dining philosophers, `run`
/// unchanged).
pub const CHUNK: usize = 128;
const CHUNK_BITS: u32 = CHUNK.trailing_zeros();

#[derive(Clone, Debug)]
pub struct Heap {
    chunks: Vec<Rc<[Obj]>>,
    /// Slots in use or free (the next new slot's number).
    len: usize,
    /// Free slot numbers; the lowest is on top so it is reused first.
    free: Vec<u32>,
    live: usize,
    allocated_since_gc: usize,
    /// Tag of the current state of all type objects (`crate::version`),
    /// for the inline caches keyed by class: replaced whenever a type is
    /// allocated or handed out mutably, and by every collection (which
    /// may free a class whose slot a new class then reuses).
    type_epoch: u64,
    /// How many NaNs this process has made (`fresh_nan`).
    nans: u64,
    /// Per chunk, the write epoch of its last write (see `referrer_since`).
    stamps: Vec<u64>,
    /// The current write epoch, advanced by `new_epoch`.
    epoch: u64,
}

impl Default for Heap {
    fn default() -> Self {
        Heap {
            chunks: Vec::new(),
            len: 0,
            free: Vec::new(),
            live: 0,
            allocated_since_gc: 0,
            type_epoch: crate::version::fresh(),
            nans: 0,
            stamps: Vec::new(),
            epoch: 1,
        }
    }
}

impl Heap {
    pub fn new() -> Self {
        Heap::default()
    }

    /// The tag of the current state of all type objects (see the field).
    #[inline(always)]
    pub fn type_epoch(&self) -> u64 {
        self.type_epoch
    }

    /// A NaN no other float of this process has: floats are inline values
    /// (`Value::Float`), so a float's identity is its bits, and CPython's
    /// NaNs are each their own object (`float('nan') in [float('nan')]` is
    /// False; `x in [x]` is True). Giving each new NaN its own payload
    /// bits makes `is`, `in`, `==` on containers and dict lookups, which
    /// try identity first, see what CPython sees. Payloads never reach
    /// output (`repr` prints `nan`). A forked child continues its parent's
    /// count, which is harmless: identity never crosses processes.
    pub fn fresh_nan(&mut self, negative: bool) -> f64 {
        self.nans = (self.nans + 1) & ((1 << 51) - 1);
        let quiet = 0x7ff8_0000_0000_0000u64;
        let sign = if negative { 1u64 << 63 } else { 0 };
        f64::from_bits(sign | quiet | self.nans)
    }

    #[inline]
    pub fn alloc(&mut self, obj: Obj) -> ObjRef {
        self.live += 1;
        // Big containers count for more, so that garbage made of a few huge
        // lists (CPython frees them at once by reference counting) is
        // collected before it eats memory: one unit per 16 items.
        self.allocated_since_gc += 1 + match &obj {
            Obj::List(v) | Obj::Tuple(v) => v.len() / 16,
            Obj::Bytes(b) | Obj::ByteArray(b) => b.len() / 256,
            _ => 0,
        };
        if matches!(obj, Obj::Type(_)) {
            self.type_epoch = crate::version::fresh();
        }
        if let Some(idx) = self.free.pop() {
            *self.slot_mut(idx as usize) = obj;
            return ObjRef(idx);
        }
        let idx = self.len;
        if idx.is_multiple_of(CHUNK) {
            // Straight into the shared allocation (no Vec copied over).
            let chunk: Rc<[Obj]> = (0..CHUNK).map(|_| Obj::Free(u32::MAX)).collect();
            self.chunks.push(chunk);
            self.stamps.push(self.epoch);
        }
        *self.slot_mut(idx) = obj;
        self.len += 1;
        ObjRef(idx as u32)
    }

    #[inline(always)]
    fn slot_mut(&mut self, i: usize) -> &mut Obj {
        self.stamps[i >> CHUNK_BITS] = self.epoch;
        Self::chunk_slot_mut(&mut self.chunks, i)
    }

    /// Slot `i`, its chunk made unshared first (borrows only the chunks).
    #[inline(always)]
    fn chunk_slot_mut(chunks: &mut [Rc<[Obj]>], i: usize) -> &mut Obj {
        let chunk = &mut chunks[i >> CHUNK_BITS];
        if Rc::get_mut(chunk).is_none() {
            // Shared with a forked copy: copy this chunk first.
            *chunk = chunk.iter().cloned().collect();
        }
        match Rc::get_mut(chunk) {
            Some(c) => &mut c[i & (CHUNK - 1)],
            None => unreachable!("a fresh chunk is unique"),
        }
    }

    #[inline(always)]
    pub fn get(&self, r: ObjRef) -> &Obj {
        let i = r.index();
        &self.chunks[i >> CHUNK_BITS][i & (CHUNK - 1)]
    }

    #[inline(always)]
    pub fn get_mut(&mut self, r: ObjRef) -> &mut Obj {
        self.stamps[r.index() >> CHUNK_BITS] = self.epoch;
        let slot = Self::chunk_slot_mut(&mut self.chunks, r.index());
        if matches!(slot, Obj::Type(_)) {
            // The caller may change a class (its dict, bases, flags).
            self.type_epoch = crate::version::fresh();
        }
        slot
    }

    /// Starts a new write epoch and returns it: every object written from
    /// now on is in a chunk stamped with it or a later one.
    pub fn new_epoch(&mut self) -> u64 {
        self.epoch += 1;
        self.epoch
    }

    /// Whether an object other than `target` refers to it among those
    /// written since epoch `since`. An object can only refer to `target`
    /// if it was written after `target` was made, so when `target` was
    /// made in epoch `since` this finds every referrer, looking only at
    /// the chunks written since (cheap when `target` is young).
    pub fn referrer_since(&self, target: ObjRef, since: u64) -> bool {
        for (c, chunk) in self.chunks.iter().enumerate() {
            if self.stamps[c] < since {
                continue;
            }
            let start = c * CHUNK;
            let n = self.len.saturating_sub(start).min(CHUNK);
            for (k, obj) in chunk[..n].iter().enumerate() {
                if start + k == target.index() {
                    continue;
                }
                let mut found = false;
                obj.trace(&mut |v| found |= matches!(v, Value::Obj(r) if r == target));
                if found {
                    return true;
                }
            }
        }
        false
    }

    /// Every live object with its reference, in slot order.
    pub fn iter(&self) -> impl Iterator<Item = (ObjRef, &Obj)> {
        self.chunks
            .iter()
            .flat_map(|c| c.iter())
            .take(self.len)
            .enumerate()
            .filter(|(_, o)| !matches!(o, Obj::Free(_)))
            .map(|(i, o)| (ObjRef(i as u32), o))
    }

    /// Number of live objects.
    pub fn live(&self) -> usize {
        self.live
    }

    pub fn allocated_since_gc(&self) -> usize {
        self.allocated_since_gc
    }

    /// Chunks shared with another heap (a forked copy) right now.
    pub fn shared_chunks(&self) -> usize {
        self.chunks
            .iter()
            .filter(|c| Rc::strong_count(c) > 1)
            .count()
    }

    /// Marks everything reachable from `roots` and frees the rest.
    /// `permanent` objects (below that index) are always kept.
    pub fn collect(&mut self, roots: &[Value], permanent: usize) -> usize {
        let marks = self.mark(roots, permanent);
        self.sweep(&marks)
    }

    /// Which objects are reachable from `roots` and the `permanent` ones
    /// (indexed by slot).
    pub fn mark(&self, roots: &[Value], permanent: usize) -> Vec<bool> {
        let mut marks = vec![false; self.len];
        let mut stack: Vec<ObjRef> = roots.iter().filter_map(|v| v.as_obj()).collect();
        for i in 0..permanent.min(self.len) {
            stack.push(ObjRef(i as u32));
        }
        while let Some(r) = stack.pop() {
            let m = &mut marks[r.index()];
            if *m {
                continue;
            }
            *m = true;
            self.get(r).trace(&mut |v| {
                if let Value::Obj(c) = v {
                    if !marks[c.index()] {
                        stack.push(c);
                    }
                }
            });
        }
        marks
    }

    fn sweep(&mut self, marks: &[bool]) -> usize {
        self.type_epoch = crate::version::fresh();
        let mut freed = 0;
        let mut free = Vec::new();
        // Highest first, so that the lowest free slot ends on top of the
        // stack and is reused first (deterministic, keeps the heap compact).
        for i in (0..self.len).rev() {
            if marks[i] {
                continue;
            }
            if !matches!(self.get(ObjRef(i as u32)), Obj::Free(_)) {
                freed += 1;
                *self.slot_mut(i) = Obj::Free(u32::MAX);
            }
            free.push(i as u32);
        }
        self.free = free;
        self.live -= freed;
        self.allocated_since_gc = 0;
        freed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clone_shares_chunks_until_written() {
        let mut a = Heap::new();
        let n = 3 * CHUNK as i64 - 50;
        let refs: Vec<ObjRef> = (0..n).map(|i| a.alloc(Obj::Cell(Value::Int(i)))).collect();
        let mut b = a.clone();
        assert_eq!(b.shared_chunks(), 3);
        *b.get_mut(refs[0]) = Obj::Cell(Value::Int(-1));
        assert_eq!(b.shared_chunks(), 2, "only the written chunk was copied");
        assert!(matches!(a.get(refs[0]), Obj::Cell(Value::Int(0))));
        assert!(matches!(b.get(refs[0]), Obj::Cell(Value::Int(-1))));
        let last = refs[refs.len() - 1];
        assert!(matches!(b.get(last), Obj::Cell(Value::Int(v)) if *v == n - 1));
    }

    #[test]
    fn freed_slots_are_reused_lowest_first() {
        let mut h = Heap::new();
        let keep = h.alloc(Obj::Cell(Value::Int(1)));
        for i in 0..10 {
            h.alloc(Obj::Cell(Value::Int(i)));
        }
        let freed = h.collect(&[Value::Obj(keep)], 0);
        assert_eq!(freed, 10);
        assert_eq!(h.alloc(Obj::Cell(Value::None)), ObjRef(1));
        assert_eq!(h.alloc(Obj::Cell(Value::None)), ObjRef(2));
        assert_eq!(h.live(), 3);
    }
}
