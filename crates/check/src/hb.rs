//! Happens-before bookkeeping for one execution: vector clocks of every
//! transition under the *dependency* order the explorer reasons with
//! (source-DPOR's →E), the races that order contains, and the
//! *synchronisation* order (locks, start, join) that decides which
//! conflicting accesses are data races a user must fix.

use crate::access::{ChanOp, Key, Loc, Op};
use std::collections::BTreeMap;

/// A vector clock: per thread, how many of its transitions are before.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Clock(pub Vec<u32>);

impl Clock {
    pub fn get(&self, t: usize) -> u32 {
        self.0.get(t).copied().unwrap_or(0)
    }
    pub fn set(&mut self, t: usize, v: u32) {
        if self.0.len() <= t {
            self.0.resize(t + 1, 0);
        }
        self.0[t] = v;
    }
    pub fn join(&mut self, o: &Clock) {
        if self.0.len() < o.0.len() {
            self.0.resize(o.0.len(), 0);
        }
        for (a, b) in self.0.iter_mut().zip(&o.0) {
            *a = (*a).max(*b);
        }
    }
}

/// One executed transition, as the explorer keeps it.
#[derive(Clone, Debug)]
pub struct Ev {
    pub tid: usize,
    /// 1-based index among its thread's transitions.
    pub local: u32,
    pub clock: Clock,
}

impl Ev {
    /// Does this event happen before (or equal) a point with clock `c`?
    pub fn before(&self, c: &Clock) -> bool {
        c.get(self.tid) >= self.local
    }
}

#[derive(Clone, Debug, Default)]
struct Hist {
    last_write: Option<usize>,
    reads: Vec<usize>,
}

#[derive(Clone, Debug, Default)]
struct LockHist {
    last_any: Option<usize>,
    last_acq: Option<usize>,
    last_try: Option<usize>,
    /// Channels: the last put and the last look (takes are `last_acq`).
    last_put: Option<usize>,
    last_look: Option<usize>,
}

/// Dependency order of one execution.
#[derive(Clone, Debug, Default)]
pub struct Order {
    pub events: Vec<Ev>,
    /// Last event of each thread.
    last: Vec<Option<usize>>,
    /// Clock a new thread starts from (its spawn event's).
    start: Vec<Option<Clock>>,
    mem: BTreeMap<(u32, u32), BTreeMap<Key, Hist>>,
    locks: BTreeMap<(u32, u32), LockHist>,
}

impl Order {
    pub fn events_len(&self) -> usize {
        self.events.len()
    }

    pub fn thread_of(&self, e: usize) -> usize {
        self.events[e].tid
    }

    fn last_of(&self, t: usize) -> Option<usize> {
        self.last.get(t).copied().flatten()
    }

    /// Adds transition `(tid, ops)`; returns the races it completes: pairs
    /// (earlier event, this event) of different threads that are dependent
    /// and not ordered through other events.
    pub fn push(&mut self, tid: usize, ops: &[(Option<Loc>, Op)]) -> Vec<(usize, usize)> {
        let j = self.events.len();
        let prev = self.last_of(tid);
        let mut base = match prev {
            Some(p) => self.events[p].clock.clone(),
            None => self.start.get(tid).cloned().flatten().unwrap_or_default(),
        };
        let local = prev.map_or(1, |p| self.events[p].local + 1);
        // Candidates for races, and predecessors for the clock.
        let mut cands: Vec<usize> = Vec::new();
        let mut preds: Vec<usize> = Vec::new();
        // Channel candidates are not hidden by each other: a process's
        // take and its later look (a semaphore release checks the count
        // first) must both race with another process's take.
        let mut loose: Vec<usize> = Vec::new();
        for &(loc, op) in ops {
            match (loc, op) {
                (Some(l), Op::Read | Op::Write) => {
                    let write = op == Op::Write;
                    let keys = self.mem.entry((l.space, l.obj)).or_default();
                    for (k, h) in keys.iter() {
                        let overlap = *k == l.key || *k == Key::Whole || l.key == Key::Whole;
                        if !overlap {
                            continue;
                        }
                        if let Some(w) = h.last_write {
                            cands.push(w);
                        }
                        if write {
                            cands.extend(h.reads.iter().copied());
                        }
                    }
                    preds.extend(cands.iter().copied());
                }
                (Some(l), _) => {
                    let h = self.locks.entry((l.space, l.obj)).or_default();
                    if let Some(a) = h.last_any {
                        preds.push(a);
                    }
                    let c = match op {
                        Op::Acquire => h.last_acq,
                        Op::TryAcquire { .. } => h.last_any,
                        Op::Chan(k) => {
                            let (a, b) = match k {
                                ChanOp::Take => (h.last_acq, h.last_look),
                                ChanOp::Put => (h.last_put, h.last_look),
                                ChanOp::Look => (h.last_acq, h.last_put),
                            };
                            loose.extend(a);
                            loose.extend(b);
                            None
                        }
                        Op::Release => h.last_try,
                        _ => None,
                    };
                    cands.extend(c);
                }
                (None, Op::Join { tid: c, .. }) => {
                    if let Some(e) = self.last_of(c) {
                        preds.push(e);
                    }
                }
                _ => {}
            }
        }
        cands.retain(|&c| self.events[c].tid != tid);
        cands.sort_unstable();
        cands.dedup();
        // Races: scan candidates latest first; one ordered after another
        // hides it.
        let mut races = Vec::new();
        let mut seen = base.clone();
        for &c in cands.iter().rev() {
            if self.events[c].before(&seen) {
                continue;
            }
            races.push((c, j));
            seen.join(&self.events[c].clock);
        }
        loose.retain(|&c| self.events[c].tid != tid);
        loose.sort_unstable();
        loose.dedup();
        for &c in loose.iter().rev() {
            if !self.events[c].before(&base) && !races.contains(&(c, j)) {
                races.push((c, j));
            }
        }
        for &p in &preds {
            base.join(&self.events[p].clock);
        }
        base.set(tid, local);
        self.events.push(Ev {
            tid,
            local,
            clock: base.clone(),
        });
        if self.last.len() <= tid {
            self.last.resize(tid + 1, None);
        }
        self.last[tid] = Some(j);
        // Update histories.
        for &(loc, op) in ops {
            match (loc, op) {
                (Some(l), Op::Read) => self
                    .mem
                    .entry((l.space, l.obj))
                    .or_default()
                    .entry(l.key)
                    .or_default()
                    .reads
                    .push(j),
                (Some(l), Op::Write) => {
                    let keys = self.mem.entry((l.space, l.obj)).or_default();
                    if l.key == Key::Whole {
                        keys.clear();
                    }
                    let h = keys.entry(l.key).or_default();
                    h.last_write = Some(j);
                    h.reads.clear();
                }
                (Some(l), _) => {
                    let h = self.locks.entry((l.space, l.obj)).or_default();
                    h.last_any = Some(j);
                    match op {
                        Op::Acquire | Op::TryAcquire { got: true } | Op::Chan(ChanOp::Take) => {
                            h.last_acq = Some(j)
                        }
                        Op::Chan(ChanOp::Put) => h.last_put = Some(j),
                        Op::Chan(ChanOp::Look) => h.last_look = Some(j),
                        _ => {}
                    }
                    if let Op::TryAcquire { got } = op {
                        h.last_try = Some(j);
                        if got {
                            h.last_acq = Some(j);
                        }
                    }
                }
                (None, Op::Spawn(c)) => {
                    if self.start.len() <= c {
                        self.start.resize(c + 1, None);
                    }
                    self.start[c] = Some(base.clone());
                }
                _ => {}
            }
        }
        races
    }

    /// Threads that can start `v` (events after `i` not ordered after it,
    /// then `j`): those whose first event in `v` has no predecessor in `v`.
    pub fn initials(&self, i: usize, j: usize) -> Vec<usize> {
        let ei = &self.events[i];
        let mut v: Vec<usize> = ((i + 1)..j)
            .filter(|&k| !ei.before(&self.events[k].clock))
            .collect();
        v.push(j);
        let mut first: BTreeMap<usize, u32> = BTreeMap::new();
        let mut out = Vec::new();
        for &k in &v {
            let e = &self.events[k];
            if first.contains_key(&e.tid) {
                continue;
            }
            let preceded = first.iter().any(|(&t, &l)| e.clock.get(t) >= l);
            if !preceded {
                out.push(e.tid);
            }
            first.insert(e.tid, e.local);
        }
        out
    }
}
