//! CPython 3.11's list sort (timsort with the powersort merge policy),
//! step for step: the same runs, binary insertion, galloping and merge
//! order, so the same `<` comparisons in the same order.
//!
//! Why not any stable sort: the result of a sort is only determined by the
//! keys when `<` is a consistent total order. With NaNs, sets (a partial
//! order), or a `__lt__` that prints, counts or raises, what CPython prints
//! depends on exactly which comparisons its algorithm makes, and on where
//! the items are when a comparison raises (`list.sort` leaves them there).
//! The algorithm follows Objects/listobject.c and Objects/listsort.txt of
//! CPython 3.11 (3.13 changed run detection; this is the 3.11 one).
//!
//! The sort permutes indices into `keys` (the items, or their key-function
//! results, computed beforehand as CPython does); the caller applies the
//! permutation to the items. Comparisons may call back into Python, so the
//! whole sort re-runs under the replay mechanism (ARCHITECTURE.md); it
//! mutates only its own arrays, which is what the replay rule asks.

use crate::errors::{PyErr, PyResult};
use crate::interp::ops;
use crate::value::Value;
use crate::vm::Vm;
use corelab_compile::CmpOp;

/// Galloping starts after this many wins in a row (CPython's MIN_GALLOP).
const MIN_GALLOP: usize = 7;

#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

struct Sorter<'a> {
    vm: &'a mut Vm,
    keys: &'a [Value],
    min_gallop: usize,
    pending: Vec<Run>,
    n: usize,
}

/// Sorts `perm` (indices into `keys`) by `keys[i] < keys[j]`, stably. On an
/// error (a comparison raised), `perm` is left holding the permutation
/// CPython's list would hold at that moment.
pub fn sort(vm: &mut Vm, keys: &[Value], perm: &mut [usize]) -> Result<(), PyErr> {
    let n = perm.len();
    if n < 2 {
        return Ok(());
    }
    let mut s = Sorter {
        vm,
        keys,
        min_gallop: MIN_GALLOP,
        pending: Vec::new(),
        n,
    };
    let minrun = min_run(n);
    let (mut lo, mut remaining) = (0, n);
    while remaining > 0 {
        let (mut len, descending) = s.count_run(perm, lo, lo + remaining)?;
        if descending {
            perm[lo..lo + len].reverse();
        }
        if len < minrun {
            let force = remaining.min(minrun);
            s.binary_sort(perm, lo, lo + force, lo + len)?;
            len = force;
        }
        s.found_new_run(perm, len)?;
        s.pending.push(Run {
            base: lo,
            len,
            power: 0,
        });
        lo += len;
        remaining -= len;
    }
    s.force_collapse(perm)
}

/// The minimum run length: n itself below 64, else a number in 32..=64
/// such that n / minrun is, or is just below, a power of 2.
fn min_run(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// The depth of the boundary between two adjacent runs in the conceptual
/// binary merge tree over the whole list (powersort's "power").
fn power_of(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    let mut power = 0;
    loop {
        power += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            return power;
        }
        a <<= 1;
        b <<= 1;
    }
}

impl Sorter<'_> {
    /// `keys[x] < keys[y]` with Python's `<` and truth test.
    fn lt(&mut self, x: usize, y: usize) -> PyResult<bool> {
        let (a, b) = (self.keys[x], self.keys[y]);
        if let Some(r) = ops::fast_compare(a, b, CmpOp::Lt) {
            return Ok(r);
        }
        let r = self.vm.memo_derived(|vm| {
            let r = ops::compare(vm, a, b, CmpOp::Lt)?;
            Ok(Value::Bool(ops::truthy(vm, r)?))
        })?;
        Ok(matches!(r, Value::Bool(true)))
    }

    /// The length of the run starting at `lo`, and whether it is strictly
    /// descending (then the caller reverses it; strictness keeps stability).
    fn count_run(&mut self, p: &[usize], lo: usize, hi: usize) -> PyResult<(usize, bool)> {
        if lo + 1 == hi {
            return Ok((1, false));
        }
        let mut n = 2;
        if self.lt(p[lo + 1], p[lo])? {
            for i in lo + 2..hi {
                if !self.lt(p[i], p[i - 1])? {
                    break;
                }
                n += 1;
            }
            Ok((n, true))
        } else {
            for i in lo + 2..hi {
                if self.lt(p[i], p[i - 1])? {
                    break;
                }
                n += 1;
            }
            Ok((n, false))
        }
    }

    /// Binary insertion sort of `p[lo..hi]`, whose prefix `p[lo..start]`
    /// is already sorted.
    fn binary_sort(&mut self, p: &mut [usize], lo: usize, hi: usize, start: usize) -> PyResult<()> {
        let start = if start == lo { start + 1 } else { start };
        for i in start..hi {
            let pivot = p[i];
            let (mut l, mut r) = (lo, i);
            while l < r {
                let m = l + ((r - l) >> 1);
                if self.lt(pivot, p[m])? {
                    r = m;
                } else {
                    l = m + 1;
                }
            }
            p.copy_within(l..i, l + 1);
            p[l] = pivot;
        }
        Ok(())
    }

    /// Where `key` goes in the sorted `a`, to the left of equal items:
    /// `a[k-1] < key <= a[k]`. The search starts at `hint` and gallops.
    fn gallop_left(&mut self, key: usize, a: &[usize], hint: usize) -> PyResult<usize> {
        let n = a.len();
        let (mut lastofs, mut ofs) = (0usize, 1usize);
        let (lo, mut hi);
        if self.lt(a[hint], key)? {
            // Gallop right until a[hint + lastofs] < key <= a[hint + ofs].
            let maxofs = n - hint;
            while ofs < maxofs {
                if self.lt(a[hint + ofs], key)? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            ofs = ofs.min(maxofs);
            lo = hint as isize + lastofs as isize;
            hi = hint + ofs;
        } else {
            // Gallop left until a[hint - ofs] < key <= a[hint - lastofs].
            let maxofs = hint + 1;
            while ofs < maxofs {
                if self.lt(a[hint - ofs], key)? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(maxofs);
            lo = hint as isize - ofs as isize;
            hi = hint - lastofs;
        }
        // Binary search with a[lo] < key <= a[hi] (lo may be -1).
        let mut l = (lo + 1) as usize;
        while l < hi {
            let m = l + ((hi - l) >> 1);
            if self.lt(a[m], key)? {
                l = m + 1;
            } else {
                hi = m;
            }
        }
        Ok(hi)
    }

    /// Where `key` goes in the sorted `a`, to the right of equal items:
    /// `a[k-1] <= key < a[k]`.
    fn gallop_right(&mut self, key: usize, a: &[usize], hint: usize) -> PyResult<usize> {
        let n = a.len();
        let (mut lastofs, mut ofs) = (0usize, 1usize);
        let (lo, mut hi);
        if self.lt(key, a[hint])? {
            // Gallop left until a[hint - ofs] <= key < a[hint - lastofs].
            let maxofs = hint + 1;
            while ofs < maxofs {
                if self.lt(key, a[hint - ofs])? {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                } else {
                    break;
                }
            }
            ofs = ofs.min(maxofs);
            lo = hint as isize - ofs as isize;
            hi = hint - lastofs;
        } else {
            // Gallop right until a[hint + lastofs] <= key < a[hint + ofs].
            let maxofs = n - hint;
            while ofs < maxofs {
                if self.lt(key, a[hint + ofs])? {
                    break;
                }
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(maxofs);
            lo = hint as isize + lastofs as isize;
            hi = hint + ofs;
        }
        let mut l = (lo + 1) as usize;
        while l < hi {
            let m = l + ((hi - l) >> 1);
            if self.lt(key, a[m])? {
                hi = m;
            } else {
                l = m + 1;
            }
        }
        Ok(hi)
    }

    /// A run of length `n2` follows the topmost pending run: merge the
    /// pending runs whose boundary lies deeper in the merge tree.
    fn found_new_run(&mut self, p: &mut [usize], n2: usize) -> PyResult<()> {
        let Some(top) = self.pending.last().copied() else {
            return Ok(());
        };
        let power = power_of(top.base, top.len, n2, self.n);
        while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
            self.merge_at(p, self.pending.len() - 2)?;
        }
        self.pending.last_mut().expect("a pending run").power = power;
        Ok(())
    }

    /// Merges every pending run, at the end.
    fn force_collapse(&mut self, p: &mut [usize]) -> PyResult<()> {
        while self.pending.len() > 1 {
            let mut k = self.pending.len() - 2;
            if k > 0 && self.pending[k - 1].len < self.pending[k + 1].len {
                k -= 1;
            }
            self.merge_at(p, k)?;
        }
        Ok(())
    }

    /// Merges pending runs `i` and `i + 1`.
    fn merge_at(&mut self, p: &mut [usize], i: usize) -> PyResult<()> {
        let (a, b) = (self.pending[i], self.pending[i + 1]);
        self.pending[i].len = a.len + b.len;
        self.pending.remove(i + 1);
        // Items of a before b's first item are in place already.
        let k = self.gallop_right(p[b.base], &p[a.base..a.base + a.len], 0)?;
        let (pa, na) = (a.base + k, a.len - k);
        if na == 0 {
            return Ok(());
        }
        // Items of b after a's last item are in place already.
        let nb = self.gallop_left(p[pa + na - 1], &p[b.base..b.base + b.len], b.len - 1)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(p, pa, na, b.base, nb)
        } else {
            self.merge_hi(p, pa, na, b.base, nb)
        }
    }

    /// Merges `p[pa..pa+na]` and the run after it, `p[pb..pb+nb]`, from
    /// the left, with a copy of the (shorter) first run.
    fn merge_lo(
        &mut self,
        p: &mut [usize],
        pa: usize,
        mut na: usize,
        pb: usize,
        mut nb: usize,
    ) -> PyResult<()> {
        let tmp = p[pa..pa + na].to_vec();
        let (mut dest, mut ia, mut ib) = (pa, 0usize, pb);
        p[dest] = p[ib];
        dest += 1;
        ib += 1;
        nb -= 1;
        let outcome: PyResult<bool> = 'merge: {
            if nb == 0 {
                break 'merge Ok(false);
            }
            if na == 1 {
                break 'merge Ok(true);
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0usize, 0usize);
                loop {
                    match self.lt(p[ib], tmp[ia]) {
                        Err(e) => break 'merge Err(e),
                        Ok(true) => {
                            p[dest] = p[ib];
                            dest += 1;
                            ib += 1;
                            bcount += 1;
                            acount = 0;
                            nb -= 1;
                            if nb == 0 {
                                break 'merge Ok(false);
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            p[dest] = tmp[ia];
                            dest += 1;
                            ia += 1;
                            acount += 1;
                            bcount = 0;
                            na -= 1;
                            if na == 1 {
                                break 'merge Ok(true);
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= usize::from(min_gallop > 1);
                    self.min_gallop = min_gallop;
                    let k = match self.gallop_right(p[ib], &tmp[ia..ia + na], 0) {
                        Ok(k) => k,
                        Err(e) => break 'merge Err(e),
                    };
                    acount = k;
                    if k > 0 {
                        p[dest..dest + k].copy_from_slice(&tmp[ia..ia + k]);
                        dest += k;
                        ia += k;
                        na -= k;
                        if na == 1 {
                            break 'merge Ok(true);
                        }
                        // Impossible with a consistent `<`, but possible.
                        if na == 0 {
                            break 'merge Ok(false);
                        }
                    }
                    p[dest] = p[ib];
                    dest += 1;
                    ib += 1;
                    nb -= 1;
                    if nb == 0 {
                        break 'merge Ok(false);
                    }
                    let k = match self.gallop_left(tmp[ia], &p[ib..ib + nb], 0) {
                        Ok(k) => k,
                        Err(e) => break 'merge Err(e),
                    };
                    bcount = k;
                    if k > 0 {
                        p.copy_within(ib..ib + k, dest);
                        dest += k;
                        ib += k;
                        nb -= k;
                        if nb == 0 {
                            break 'merge Ok(false);
                        }
                    }
                    p[dest] = tmp[ia];
                    dest += 1;
                    ia += 1;
                    na -= 1;
                    if na == 1 {
                        break 'merge Ok(true);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match outcome {
            // The last item of the first run goes after all of the second.
            Ok(true) => {
                p.copy_within(ib..ib + nb, dest);
                p[dest + nb] = tmp[ia];
                Ok(())
            }
            done => {
                p[dest..dest + na].copy_from_slice(&tmp[ia..ia + na]);
                done.map(|_| ())
            }
        }
    }

    /// Merges `p[pa..pa+na]` and `p[pb..pb+nb]` from the right, with a
    /// copy of the (shorter) second run.
    fn merge_hi(
        &mut self,
        p: &mut [usize],
        pa: usize,
        mut na: usize,
        pb: usize,
        mut nb: usize,
    ) -> PyResult<()> {
        let tmp = p[pb..pb + nb].to_vec();
        // Positions of the last unfilled slot, the last item of the first
        // run and the last item of the copy; the first two can reach -1.
        let mut dest = (pb + nb - 1) as isize;
        let mut ia = (pa + na - 1) as isize;
        let mut ib = nb as isize - 1;
        let at = |i: isize| i as usize;
        p[at(dest)] = p[at(ia)];
        dest -= 1;
        ia -= 1;
        na -= 1;
        let outcome: PyResult<bool> = 'merge: {
            if na == 0 {
                break 'merge Ok(false);
            }
            if nb == 1 {
                break 'merge Ok(true);
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0usize, 0usize);
                loop {
                    match self.lt(tmp[at(ib)], p[at(ia)]) {
                        Err(e) => break 'merge Err(e),
                        Ok(true) => {
                            p[at(dest)] = p[at(ia)];
                            dest -= 1;
                            ia -= 1;
                            acount += 1;
                            bcount = 0;
                            na -= 1;
                            if na == 0 {
                                break 'merge Ok(false);
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            p[at(dest)] = tmp[at(ib)];
                            dest -= 1;
                            ib -= 1;
                            bcount += 1;
                            acount = 0;
                            nb -= 1;
                            if nb == 1 {
                                break 'merge Ok(true);
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= usize::from(min_gallop > 1);
                    self.min_gallop = min_gallop;
                    let k = match self.gallop_right(tmp[at(ib)], &p[pa..pa + na], na - 1) {
                        Ok(k) => na - k,
                        Err(e) => break 'merge Err(e),
                    };
                    acount = k;
                    if k > 0 {
                        dest -= k as isize;
                        ia -= k as isize;
                        p.copy_within(at(ia + 1)..at(ia + 1) + k, at(dest + 1));
                        na -= k;
                        if na == 0 {
                            break 'merge Ok(false);
                        }
                    }
                    p[at(dest)] = tmp[at(ib)];
                    dest -= 1;
                    ib -= 1;
                    nb -= 1;
                    if nb == 1 {
                        break 'merge Ok(true);
                    }
                    let k = match self.gallop_left(p[at(ia)], &tmp[..nb], nb - 1) {
                        Ok(k) => nb - k,
                        Err(e) => break 'merge Err(e),
                    };
                    bcount = k;
                    if k > 0 {
                        dest -= k as isize;
                        ib -= k as isize;
                        let from = at(ib + 1);
                        p[at(dest + 1)..at(dest + 1) + k].copy_from_slice(&tmp[from..from + k]);
                        nb -= k;
                        if nb == 1 {
                            break 'merge Ok(true);
                        }
                        // Impossible with a consistent `<`, but possible.
                        if nb == 0 {
                            break 'merge Ok(false);
                        }
                    }
                    p[at(dest)] = p[at(ia)];
                    dest -= 1;
                    ia -= 1;
                    na -= 1;
                    if na == 0 {
                        break 'merge Ok(false);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match outcome {
            // The first item of the copy goes before all of the first run.
            Ok(true) => {
                let to = at(dest + 1 - na as isize);
                let from = at(ia + 1 - na as isize);
                p.copy_within(from..from + na, to);
                p[at(dest - na as isize)] = tmp[at(ib)];
                Ok(())
            }
            done => {
                if nb > 0 {
                    let to = at(dest - (nb as isize - 1));
                    p[to..to + nb].copy_from_slice(&tmp[..nb]);
                }
                done.map(|_| ())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn min_run_is_cpythons() {
        assert_eq!(min_run(63), 63);
        assert_eq!(min_run(64), 32);
        assert_eq!(min_run(65), 33);
        assert_eq!(min_run(1000), 63);
        assert_eq!(min_run(2048), 32);
    }

    #[test]
    fn power_of_adjacent_runs() {
        // Two halves of a list meet at the root of the merge tree.
        assert_eq!(power_of(0, 50, 50, 100), 1);
        assert_eq!(power_of(0, 25, 25, 100), 2);
    }
}
