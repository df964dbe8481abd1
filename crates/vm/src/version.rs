//! Version tags for the interpreter's inline caches (`interp::cache`).
//!
//! A tag names one state of something a cache depends on: the key layout
//! of a dict, or the set of all type objects of a heap. Whoever changes
//! that state takes a fresh tag, so a cache entry recorded under a tag is
//! valid exactly while the tag is unchanged. Tags come from one counter per
//! OS thread; a `Vm` holds `Rc`s and never leaves its thread, so the tags
//! of every heap on a thread (forked copies, checker snapshots) are unique
//! among themselves: two heaps that show the same tag are copies of one
//! state. Tags are never visible to Python code and never reach output.

use std::cell::Cell;

thread_local! {
    static NEXT: Cell<u64> = const { Cell::new(1) };
}

/// A tag never handed out before on this thread (never 0: an empty cache
/// slot holds 0 and so matches nothing).
#[inline]
pub fn fresh() -> u64 {
    NEXT.with(|n| {
        let v = n.get();
        n.set(v + 1);
        v
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn tags_are_fresh_and_never_zero() {
        let a = super::fresh();
        let b = super::fresh();
        assert!(a != 0 && b > a);
    }
}
