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
//! Why a state machine: a comparison may call a Python `__lt__`, and a
//! builtin that calls back re-runs from its start once the call is done
//! (ARCHITECTURE.md, "Callbacks into Python"). A sort re-run from scratch
//! would replay every comparison made so far: quadratic in the number of
//! comparisons (10,000 objects took minutes). So the sort's whole state —
//! the permutation being sorted, the merge buffer, the pending runs and
//! the registers of the step it is in — lives in a heap object
//! ([`SortMachine`], `Obj::Sort`) made once per sort; [`SortMachine::next`]
//! takes the answer to the comparison it asked for and runs until it needs
//! the next one. A re-run finds the machine where it stopped and costs
//! O(1). The machine only mutates after an answer arrives, which is the
//! replay rule.
//!
//! The machine sorts indices into its keys (the items, or their key
//! function's results); the caller applies the permutation to the items.

use crate::errors::{PyErr, PyResult};
use crate::interp::ops;
use crate::objects::Obj;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use corelab_compile::CmpOp;

/// Galloping starts after this many wins in a row (CPython's MIN_GALLOP).
const MIN_GALLOP: usize = 7;

#[derive(Clone, Copy, Debug)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

/// Where the machine is. States that ask a comparison handle its answer
/// when they are resumed with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pc {
    MainTop,
    CountRunFirst,
    CountRunLoop,
    RunFound,
    BinNext,
    BinSearch,
    NewRun,
    NewRunMerge,
    PushRun,
    ForceCollapse,
    GallopStart,
    GallopSearch,
    GallopBinary,
    GallopDone,
    LoLinear,
    LoGallopTop,
    HiLinear,
    HiGallopTop,
    Done,
}

/// Where a gallop returns to (its call sites in listobject.c).
#[derive(Clone, Copy, Debug)]
enum Ret {
    MergeAtA,
    MergeAtB,
    LoA,
    LoB,
    HiA,
    HiB,
}

/// Which array a gallop searches.
#[derive(Clone, Copy, Debug)]
enum Arr {
    Perm,
    Tmp,
}

/// How a merge ends (the labels of merge_lo/merge_hi).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum End {
    Succeed,
    CopyRest,
}

#[derive(Clone, Copy, Debug)]
struct Gallop {
    /// gallop_left (else gallop_right).
    left: bool,
    key: usize,
    arr: Arr,
    base: usize,
    n: usize,
    hint: usize,
    lastofs: usize,
    ofs: usize,
    maxofs: usize,
    /// Searching towards higher indices.
    up: bool,
    l: usize,
    hi: usize,
    ret: Ret,
}

/// The registers of merge_at / merge_lo / merge_hi (one merge at a time).
#[derive(Clone, Copy, Debug, Default)]
struct Merge {
    pa: usize,
    na: usize,
    pb: usize,
    nb: usize,
    dest: isize,
    ia: isize,
    ib: isize,
    acount: usize,
    bcount: usize,
    min_gallop: usize,
    /// Some(true): in merge_lo; Some(false): in merge_hi.
    lo: Option<bool>,
    /// The merge was asked for by found_new_run (else by force_collapse).
    for_new_run: bool,
}

/// A sort in progress (see the module doc). Lives in `Obj::Sort`.
#[derive(Clone, Debug)]
pub struct SortMachine {
    pub items: Vec<Value>,
    pub keys: Vec<Value>,
    reverse: bool,
    perm: Vec<usize>,
    tmp: Vec<usize>,
    pending: Vec<Run>,
    min_gallop: usize,
    minrun: usize,
    n: usize,
    lo: usize,
    remaining: usize,
    run_len: usize,
    descending: bool,
    bin_hi: usize,
    bin_i: usize,
    bin_l: usize,
    bin_r: usize,
    power: u32,
    m: Merge,
    g: Gallop,
    pc: Pc,
    /// The comparison asked for: `keys[x] < keys[y]`.
    want: Option<(usize, usize)>,
}

impl Gallop {
    /// The comparison with array item `at`: gallop_left asks `at < key`,
    /// gallop_right `key < at`.
    fn compare_with(&self, at: usize) -> (usize, usize) {
        if self.left {
            (at, self.key)
        } else {
            (self.key, at)
        }
    }
}

impl SortMachine {
    /// A sort of `items` by `keys` (as long as `items`). CPython sorts a
    /// reversed list and reverses the result for `reverse=True`, which
    /// keeps equal items in order and decides which comparisons are made.
    pub fn new(items: Vec<Value>, keys: Vec<Value>, reverse: bool) -> SortMachine {
        let n = items.len();
        let mut perm: Vec<usize> = (0..n).collect();
        if reverse {
            perm.reverse();
        }
        let mut m = SortMachine {
            items,
            keys,
            reverse,
            perm,
            tmp: Vec::new(),
            pending: Vec::new(),
            min_gallop: MIN_GALLOP,
            minrun: min_run(n),
            n,
            lo: 0,
            remaining: n,
            run_len: 0,
            descending: false,
            bin_hi: 0,
            bin_i: 0,
            bin_l: 0,
            bin_r: 0,
            power: 0,
            m: Merge::default(),
            g: Gallop {
                left: false,
                key: 0,
                arr: Arr::Perm,
                base: 0,
                n: 0,
                hint: 0,
                lastofs: 0,
                ofs: 0,
                maxofs: 0,
                up: false,
                l: 0,
                hi: 0,
                ret: Ret::MergeAtA,
            },
            pc: if n < 2 { Pc::Done } else { Pc::MainTop },
            want: None,
        };
        m.want = m.next(None);
        m
    }

    /// The items in the order the sort has them now (sorted once done; a
    /// permutation CPython's list would hold after a failed comparison).
    pub fn result(&self) -> Vec<Value> {
        let mut order: Vec<Value> = self.perm.iter().map(|&i| self.items[i]).collect();
        if self.reverse {
            order.reverse();
        }
        order
    }

    /// A comparison raised: leave the items where CPython's merge leaves
    /// them (its `Fail` label copies the merge buffer back).
    pub fn fail(&mut self) {
        match self.m.lo {
            Some(true) => self.finish_lo(End::Succeed),
            Some(false) => self.finish_hi(End::Succeed),
            None => {}
        }
        self.pc = Pc::Done;
        self.want = None;
    }

    fn at(&self, arr: Arr, i: usize) -> usize {
        match arr {
            Arr::Perm => self.perm[i],
            Arr::Tmp => self.tmp[i],
        }
    }

    /// Runs until the next comparison is needed (returned) or the sort is
    /// done (None). `answer` is the result of the last one asked for.
    fn next(&mut self, mut answer: Option<bool>) -> Option<(usize, usize)> {
        loop {
            match self.pc {
                Pc::Done => return None,
                Pc::MainTop => {
                    if self.remaining == 0 {
                        self.pc = Pc::ForceCollapse;
                    } else if self.remaining == 1 {
                        self.run_len = 1;
                        self.descending = false;
                        self.pc = Pc::RunFound;
                    } else {
                        self.pc = Pc::CountRunFirst;
                        return Some((self.perm[self.lo + 1], self.perm[self.lo]));
                    }
                }
                Pc::CountRunFirst => {
                    self.descending = answer.take().unwrap_or(false);
                    self.run_len = 2;
                    self.pc = Pc::CountRunLoop;
                }
                Pc::CountRunLoop => {
                    // A descending run goes on while items are strictly
                    // smaller, an ascending one while they are not smaller.
                    if let Some(a) = answer.take() {
                        if a != self.descending {
                            self.pc = Pc::RunFound;
                            continue;
                        }
                        self.run_len += 1;
                    }
                    let i = self.lo + self.run_len;
                    if i >= self.lo + self.remaining {
                        self.pc = Pc::RunFound;
                        continue;
                    }
                    return Some((self.perm[i], self.perm[i - 1]));
                }
                Pc::RunFound => {
                    if self.descending {
                        self.perm[self.lo..self.lo + self.run_len].reverse();
                        self.descending = false;
                    }
                    if self.run_len < self.minrun {
                        let force = self.remaining.min(self.minrun);
                        self.bin_i = self.lo + self.run_len;
                        self.bin_hi = self.lo + force;
                        self.run_len = force;
                        self.pc = Pc::BinNext;
                    } else {
                        self.pc = Pc::NewRun;
                    }
                }
                Pc::BinNext => {
                    if self.bin_i >= self.bin_hi {
                        self.pc = Pc::NewRun;
                    } else {
                        self.bin_l = self.lo;
                        self.bin_r = self.bin_i;
                        self.pc = Pc::BinSearch;
                    }
                }
                Pc::BinSearch => {
                    // Binary insertion of the pivot perm[bin_i]: it stays
                    // in place until its slot is found.
                    if let Some(a) = answer.take() {
                        let m = self.bin_l + ((self.bin_r - self.bin_l) >> 1);
                        if a {
                            self.bin_r = m;
                        } else {
                            self.bin_l = m + 1;
                        }
                    }
                    if self.bin_l < self.bin_r {
                        let m = self.bin_l + ((self.bin_r - self.bin_l) >> 1);
                        return Some((self.perm[self.bin_i], self.perm[m]));
                    }
                    let (l, i) = (self.bin_l, self.bin_i);
                    let pivot = self.perm[i];
                    self.perm.copy_within(l..i, l + 1);
                    self.perm[l] = pivot;
                    self.bin_i += 1;
                    self.pc = Pc::BinNext;
                }
                Pc::NewRun => match self.pending.last() {
                    Some(top) => {
                        self.power = power_of(top.base, top.len, self.run_len, self.n);
                        self.pc = Pc::NewRunMerge;
                    }
                    None => self.pc = Pc::PushRun,
                },
                Pc::NewRunMerge => {
                    let k = self.pending.len();
                    if k > 1 && self.pending[k - 2].power > self.power {
                        self.start_merge_at(k - 2, true);
                    } else {
                        self.pending[k - 1].power = self.power;
                        self.pc = Pc::PushRun;
                    }
                }
                Pc::PushRun => {
                    self.pending.push(Run {
                        base: self.lo,
                        len: self.run_len,
                        power: 0,
                    });
                    self.lo += self.run_len;
                    self.remaining -= self.run_len;
                    self.pc = Pc::MainTop;
                }
                Pc::ForceCollapse => {
                    if self.pending.len() > 1 {
                        let mut k = self.pending.len() - 2;
                        if k > 0 && self.pending[k - 1].len < self.pending[k + 1].len {
                            k -= 1;
                        }
                        self.start_merge_at(k, false);
                    } else {
                        self.pc = Pc::Done;
                    }
                }
                Pc::GallopStart => {
                    let g = self.g;
                    let Some(a) = answer.take() else {
                        let at = self.at(g.arr, g.base + g.hint);
                        return Some(g.compare_with(at));
                    };
                    // gallop_left: a[hint] < key sends it right; gallop_right:
                    // key < a[hint] sends it left.
                    let up = if g.left { a } else { !a };
                    self.g.up = up;
                    self.g.maxofs = if up { g.n - g.hint } else { g.hint + 1 };
                    self.pc = Pc::GallopSearch;
                }
                Pc::GallopSearch => {
                    let g = self.g;
                    let mut stop = false;
                    if let Some(a) = answer.take() {
                        if (g.left == g.up) == a {
                            self.g.lastofs = g.ofs;
                            self.g.ofs = (g.ofs << 1) + 1;
                        } else {
                            stop = true;
                        }
                    }
                    let g = self.g;
                    if !stop && g.ofs < g.maxofs {
                        let idx = if g.up { g.hint + g.ofs } else { g.hint - g.ofs };
                        let at = self.at(g.arr, g.base + idx);
                        return Some(g.compare_with(at));
                    }
                    let ofs = g.ofs.min(g.maxofs);
                    let (lo, hi) = if g.up {
                        (g.hint as isize + g.lastofs as isize, g.hint + ofs)
                    } else {
                        (g.hint as isize - ofs as isize, g.hint - g.lastofs)
                    };
                    self.g.l = (lo + 1) as usize;
                    self.g.hi = hi;
                    self.pc = Pc::GallopBinary;
                }
                Pc::GallopBinary => {
                    let g = self.g;
                    if let Some(a) = answer.take() {
                        let m = g.l + ((g.hi - g.l) >> 1);
                        if a == g.left {
                            self.g.l = m + 1;
                        } else {
                            self.g.hi = m;
                        }
                    }
                    let g = self.g;
                    if g.l < g.hi {
                        let m = g.l + ((g.hi - g.l) >> 1);
                        let at = self.at(g.arr, g.base + m);
                        return Some(g.compare_with(at));
                    }
                    self.pc = Pc::GallopDone;
                }
                Pc::GallopDone => self.gallop_done(self.g.hi),
                Pc::LoLinear => {
                    if let Some(a) = answer.take() {
                        let m = &mut self.m;
                        let (d, ia, ib) = (m.dest as usize, m.ia as usize, m.ib as usize);
                        if a {
                            self.perm[d] = self.perm[ib];
                            m.dest += 1;
                            m.ib += 1;
                            m.bcount += 1;
                            m.acount = 0;
                            m.nb -= 1;
                            if m.nb == 0 {
                                self.finish_lo(End::Succeed);
                                continue;
                            }
                            if m.bcount >= m.min_gallop {
                                m.min_gallop += 1;
                                self.pc = Pc::LoGallopTop;
                                continue;
                            }
                        } else {
                            self.perm[d] = self.tmp[ia];
                            m.dest += 1;
                            m.ia += 1;
                            m.acount += 1;
                            m.bcount = 0;
                            m.na -= 1;
                            if m.na == 1 {
                                self.finish_lo(End::CopyRest);
                                continue;
                            }
                            if m.acount >= m.min_gallop {
                                m.min_gallop += 1;
                                self.pc = Pc::LoGallopTop;
                                continue;
                            }
                        }
                    }
                    let (ia, ib) = (self.m.ia as usize, self.m.ib as usize);
                    return Some((self.perm[ib], self.tmp[ia]));
                }
                Pc::LoGallopTop => {
                    self.m.min_gallop -= usize::from(self.m.min_gallop > 1);
                    self.min_gallop = self.m.min_gallop;
                    let key = self.perm[self.m.ib as usize];
                    self.start_gallop(
                        false,
                        key,
                        Arr::Tmp,
                        self.m.ia as usize,
                        self.m.na,
                        0,
                        Ret::LoA,
                    );
                }
                Pc::HiLinear => {
                    if let Some(a) = answer.take() {
                        let m = &mut self.m;
                        let (d, ia, ib) = (m.dest as usize, m.ia as usize, m.ib as usize);
                        if a {
                            self.perm[d] = self.perm[ia];
                            m.dest -= 1;
                            m.ia -= 1;
                            m.acount += 1;
                            m.bcount = 0;
                            m.na -= 1;
                            if m.na == 0 {
                                self.finish_hi(End::Succeed);
                                continue;
                            }
                            if m.acount >= m.min_gallop {
                                m.min_gallop += 1;
                                self.pc = Pc::HiGallopTop;
                                continue;
                            }
                        } else {
                            self.perm[d] = self.tmp[ib];
                            m.dest -= 1;
                            m.ib -= 1;
                            m.bcount += 1;
                            m.acount = 0;
                            m.nb -= 1;
                            if m.nb == 1 {
                                self.finish_hi(End::CopyRest);
                                continue;
                            }
                            if m.bcount >= m.min_gallop {
                                m.min_gallop += 1;
                                self.pc = Pc::HiGallopTop;
                                continue;
                            }
                        }
                    }
                    let (ia, ib) = (self.m.ia as usize, self.m.ib as usize);
                    return Some((self.tmp[ib], self.perm[ia]));
                }
                Pc::HiGallopTop => {
                    self.m.min_gallop -= usize::from(self.m.min_gallop > 1);
                    self.min_gallop = self.m.min_gallop;
                    let key = self.tmp[self.m.ib as usize];
                    let (pa, na) = (self.m.pa, self.m.na);
                    self.start_gallop(false, key, Arr::Perm, pa, na, na - 1, Ret::HiA);
                }
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn start_gallop(
        &mut self,
        left: bool,
        key: usize,
        arr: Arr,
        base: usize,
        n: usize,
        hint: usize,
        ret: Ret,
    ) {
        self.g = Gallop {
            left,
            key,
            arr,
            base,
            n,
            hint,
            lastofs: 0,
            ofs: 1,
            maxofs: 0,
            up: false,
            l: 0,
            hi: 0,
            ret,
        };
        self.pc = Pc::GallopStart;
    }

    /// merge_at(i): merges pending runs i and i + 1.
    fn start_merge_at(&mut self, i: usize, for_new_run: bool) {
        let (a, b) = (self.pending[i], self.pending[i + 1]);
        self.pending[i].len = a.len + b.len;
        self.pending.remove(i + 1);
        self.m = Merge {
            pa: a.base,
            na: a.len,
            pb: b.base,
            nb: b.len,
            for_new_run,
            ..Merge::default()
        };
        // Items of a before b's first item are in place already.
        let key = self.perm[b.base];
        self.start_gallop(false, key, Arr::Perm, a.base, a.len, 0, Ret::MergeAtA);
    }

    fn end_merge(&mut self) {
        self.m.lo = None;
        self.pc = if self.m.for_new_run {
            Pc::NewRunMerge
        } else {
            Pc::ForceCollapse
        };
    }

    /// A gallop found `k`: continue at its call site.
    fn gallop_done(&mut self, k: usize) {
        match self.g.ret {
            Ret::MergeAtA => {
                self.m.pa += k;
                self.m.na -= k;
                if self.m.na == 0 {
                    return self.end_merge();
                }
                // Items of b after a's last item are in place already.
                let key = self.perm[self.m.pa + self.m.na - 1];
                let (pb, nb) = (self.m.pb, self.m.nb);
                self.start_gallop(true, key, Arr::Perm, pb, nb, nb - 1, Ret::MergeAtB);
            }
            Ret::MergeAtB => {
                self.m.nb = k;
                if k == 0 {
                    self.end_merge()
                } else if self.m.na <= k {
                    self.start_merge_lo()
                } else {
                    self.start_merge_hi()
                }
            }
            Ret::LoA => {
                let m = self.m;
                self.m.acount = k;
                let (mut d, mut ia) = (m.dest as usize, m.ia as usize);
                if k > 0 {
                    self.perm[d..d + k].copy_from_slice(&self.tmp[ia..ia + k]);
                    d += k;
                    ia += k;
                    self.m.na -= k;
                    self.m.dest = d as isize;
                    self.m.ia = ia as isize;
                    if self.m.na == 1 {
                        return self.finish_lo(End::CopyRest);
                    }
                    // Impossible with a consistent `<`, but possible.
                    if self.m.na == 0 {
                        return self.finish_lo(End::Succeed);
                    }
                }
                let ib = m.ib as usize;
                self.perm[d] = self.perm[ib];
                self.m.dest += 1;
                self.m.ib += 1;
                self.m.nb -= 1;
                if self.m.nb == 0 {
                    return self.finish_lo(End::Succeed);
                }
                let key = self.tmp[ia];
                let (ib, nb) = (self.m.ib as usize, self.m.nb);
                self.start_gallop(true, key, Arr::Perm, ib, nb, 0, Ret::LoB);
            }
            Ret::LoB => {
                self.m.bcount = k;
                let (mut d, mut ib) = (self.m.dest as usize, self.m.ib as usize);
                if k > 0 {
                    self.perm.copy_within(ib..ib + k, d);
                    d += k;
                    ib += k;
                    self.m.nb -= k;
                    self.m.dest = d as isize;
                    self.m.ib = ib as isize;
                    if self.m.nb == 0 {
                        return self.finish_lo(End::Succeed);
                    }
                }
                let ia = self.m.ia as usize;
                self.perm[d] = self.tmp[ia];
                self.m.dest += 1;
                self.m.ia += 1;
                self.m.na -= 1;
                if self.m.na == 1 {
                    return self.finish_lo(End::CopyRest);
                }
                self.after_gallop_round(Pc::LoGallopTop, Pc::LoLinear);
            }
            Ret::HiA => {
                let k = self.m.na - k;
                self.m.acount = k;
                if k > 0 {
                    self.m.dest -= k as isize;
                    self.m.ia -= k as isize;
                    let from = (self.m.ia + 1) as usize;
                    self.perm
                        .copy_within(from..from + k, (self.m.dest + 1) as usize);
                    self.m.na -= k;
                    if self.m.na == 0 {
                        return self.finish_hi(End::Succeed);
                    }
                }
                self.perm[self.m.dest as usize] = self.tmp[self.m.ib as usize];
                self.m.dest -= 1;
                self.m.ib -= 1;
                self.m.nb -= 1;
                if self.m.nb == 1 {
                    return self.finish_hi(End::CopyRest);
                }
                let key = self.perm[self.m.ia as usize];
                let nb = self.m.nb;
                self.start_gallop(true, key, Arr::Tmp, 0, nb, nb - 1, Ret::HiB);
            }
            Ret::HiB => {
                let k = self.m.nb - k;
                self.m.bcount = k;
                if k > 0 {
                    self.m.dest -= k as isize;
                    self.m.ib -= k as isize;
                    let (to, from) = ((self.m.dest + 1) as usize, (self.m.ib + 1) as usize);
                    self.perm[to..to + k].copy_from_slice(&self.tmp[from..from + k]);
                    self.m.nb -= k;
                    if self.m.nb == 1 {
                        return self.finish_hi(End::CopyRest);
                    }
                    // Impossible with a consistent `<`, but possible.
                    if self.m.nb == 0 {
                        return self.finish_hi(End::Succeed);
                    }
                }
                self.perm[self.m.dest as usize] = self.perm[self.m.ia as usize];
                self.m.dest -= 1;
                self.m.ia -= 1;
                self.m.na -= 1;
                if self.m.na == 0 {
                    return self.finish_hi(End::Succeed);
                }
                self.after_gallop_round(Pc::HiGallopTop, Pc::HiLinear);
            }
        }
    }

    /// The end of one round of galloping: go on while either run still
    /// wins by MIN_GALLOP, else back to one-at-a-time with a higher
    /// threshold.
    fn after_gallop_round(&mut self, gallop: Pc, linear: Pc) {
        if self.m.acount >= MIN_GALLOP || self.m.bcount >= MIN_GALLOP {
            self.pc = gallop;
        } else {
            self.m.min_gallop += 1;
            self.min_gallop = self.m.min_gallop;
            self.m.acount = 0;
            self.m.bcount = 0;
            self.pc = linear;
        }
    }

    /// merge_lo: merges from the left with a copy of the first run.
    fn start_merge_lo(&mut self) {
        let Merge { pa, na, pb, .. } = self.m;
        self.tmp.clear();
        self.tmp.extend_from_slice(&self.perm[pa..pa + na]);
        self.m.lo = Some(true);
        self.perm[pa] = self.perm[pb];
        self.m.dest = pa as isize + 1;
        self.m.ia = 0;
        self.m.ib = pb as isize + 1;
        self.m.nb -= 1;
        if self.m.nb == 0 {
            self.finish_lo(End::Succeed)
        } else if na == 1 {
            self.finish_lo(End::CopyRest)
        } else {
            self.m.min_gallop = self.min_gallop;
            self.m.acount = 0;
            self.m.bcount = 0;
            self.pc = Pc::LoLinear;
        }
    }

    /// merge_lo's exits: `Succeed` (and `Fail`) copy what is left of the
    /// buffer into place; `CopyRest` (CopyB) moves the rest of the second
    /// run down and puts the buffer's last item after it.
    fn finish_lo(&mut self, end: End) {
        let (d, ia, ib) = (self.m.dest as usize, self.m.ia as usize, self.m.ib as usize);
        let (na, nb) = (self.m.na, self.m.nb);
        if end == End::CopyRest {
            self.perm.copy_within(ib..ib + nb, d);
            self.perm[d + nb] = self.tmp[ia];
        } else if na > 0 {
            self.perm[d..d + na].copy_from_slice(&self.tmp[ia..ia + na]);
        }
        self.end_merge();
    }

    /// merge_hi: merges from the right with a copy of the second run.
    fn start_merge_hi(&mut self) {
        let Merge { pa, na, pb, nb, .. } = self.m;
        self.tmp.clear();
        self.tmp.extend_from_slice(&self.perm[pb..pb + nb]);
        self.m.lo = Some(false);
        self.perm[pb + nb - 1] = self.perm[pa + na - 1];
        self.m.dest = (pb + nb) as isize - 2;
        self.m.ia = (pa + na) as isize - 2;
        self.m.ib = nb as isize - 1;
        self.m.na -= 1;
        if self.m.na == 0 {
            self.finish_hi(End::Succeed)
        } else if nb == 1 {
            self.finish_hi(End::CopyRest)
        } else {
            self.m.min_gallop = self.min_gallop;
            self.m.acount = 0;
            self.m.bcount = 0;
            self.pc = Pc::HiLinear;
        }
    }

    /// merge_hi's exits: `Succeed` (and `Fail`) copy what is left of the
    /// buffer into place; `CopyRest` (CopyA) moves the rest of the first
    /// run up and puts the buffer's first item before it.
    fn finish_hi(&mut self, end: End) {
        let (d, ia, ib) = (self.m.dest, self.m.ia, self.m.ib);
        let (na, nb) = (self.m.na as isize, self.m.nb);
        if end == End::CopyRest {
            let (to, from) = ((d + 1 - na) as usize, (ia + 1 - na) as usize);
            self.perm.copy_within(from..from + na as usize, to);
            self.perm[(d - na) as usize] = self.tmp[ib as usize];
        } else if nb > 0 {
            let to = (d - (nb as isize - 1)) as usize;
            self.perm[to..to + nb].copy_from_slice(&self.tmp[..nb]);
        }
        self.end_merge();
    }
}

/// Runs the sort in `Obj::Sort` object `r` to its end. Each comparison
/// that finishes is fed to the machine and its callbacks dropped from the
/// replay memo, so a re-run after a callback resumes at the comparison
/// that asked for it. A raising comparison leaves the machine's order as
/// CPython's list would be left.
pub fn run(vm: &mut Vm, r: ObjRef) -> PyResult<()> {
    let base = vm.replay.pos;
    loop {
        let Obj::Sort(m) = vm.heap.get(r) else {
            return Err(PyErr::internal("a sort without its machine"));
        };
        let Some((x, y)) = m.want else {
            return Ok(());
        };
        let (a, b) = (m.keys[x], m.keys[y]);
        let answer = match ops::fast_compare(a, b, CmpOp::Lt) {
            Some(v) => Ok(v),
            None => ops::compare(vm, a, b, CmpOp::Lt).and_then(|v| ops::truthy(vm, v)),
        };
        match answer {
            Ok(answer) => {
                vm.replay.memo.truncate(base);
                vm.replay.pos = base;
                if let Obj::Sort(m) = vm.heap.get_mut(r) {
                    m.want = m.next(Some(answer));
                }
            }
            Err(e @ PyErr::Exc(_)) => {
                if let Obj::Sort(m) = vm.heap.get_mut(r) {
                    m.fail();
                }
                return Err(e);
            }
            Err(e) => return Err(e),
        }
    }
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

    /// Sorts ints with the machine alone (answers computed here).
    fn machine_sort(xs: &[i64]) -> (Vec<i64>, usize) {
        let vals: Vec<Value> = xs.iter().map(|&x| Value::Int(x)).collect();
        let mut m = SortMachine::new(vals.clone(), vals, false);
        let mut compares = 0;
        while let Some((x, y)) = m.want {
            compares += 1;
            m.want = m.next(Some(xs[x] < xs[y]));
        }
        let out = m
            .result()
            .into_iter()
            .map(|v| match v {
                Value::Int(i) => i,
                _ => unreachable!(),
            })
            .collect();
        (out, compares)
    }

    #[test]
    fn sorts_and_is_stable_over_many_shapes() {
        let mut seed = 12345u64;
        let mut rnd = |m: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % m) as i64
        };
        for n in [0usize, 1, 2, 3, 7, 31, 64, 65, 100, 257, 1000, 3000] {
            for shape in 0..4 {
                let xs: Vec<i64> = (0..n as i64)
                    .map(|i| match shape {
                        0 => rnd(n as u64 / 3 + 1),
                        1 => i,
                        2 => n as i64 - i,
                        _ => (i % 50) * if i > n as i64 / 2 { -1 } else { 1 },
                    })
                    .collect();
                let (got, _) = machine_sort(&xs);
                let mut want = xs.clone();
                want.sort();
                assert_eq!(got, want, "n={n} shape={shape}");
            }
        }
    }

    #[test]
    fn a_sorted_list_takes_n_minus_one_comparisons() {
        let xs: Vec<i64> = (0..1000).collect();
        assert_eq!(machine_sort(&xs).1, 999);
    }
}
