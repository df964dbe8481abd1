//! Lock-order inversions: one thread takes lock A and then B while holding
//! A, another takes B and then A. Each is a potential deadlock even in a
//! search (or a run) where the unlucky timing never happened. Edges "held
//! A, acquired B" are collected over every explored schedule; a cycle
//! whose edges come from different threads is reported, marked *reached*
//! when the search also found the deadlock itself.
//!
//! Locks are identified by creation number (`LockObj::serial`), which is
//! stable across schedules only for locks created before the first thread
//! starts; only those are considered. Locks made later — among them the
//! private lock `Condition.wait` makes for every wait, which its waiter
//! keeps — would otherwise get different numbers in different schedules
//! and make up cycles. Names are the globals that hold them where there
//! is one.

use crate::access::Op;
use crate::exec::{Exec, Transition};
use corelab_vm::objects::Obj;
use corelab_vm::ObjRef;
use std::collections::BTreeMap;

/// "Holding `from`, thread `tid` acquired `to` at `line`."
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edge {
    pub from: String,
    pub to: String,
    pub tid: usize,
    pub thread: String,
    pub line: u32,
}

/// Locks each thread holds in the current schedule (by serial).
#[derive(Clone, Debug, Default)]
pub struct Held(Vec<Vec<(u32, String)>>);

/// Edges seen so far, by (from serial, to serial, thread).
pub type Edges = BTreeMap<(u32, u32, usize), Edge>;

/// Records the lock operations of a transition.
/// Locks with a serial above `max_serial` are ignored (see above).
pub fn observe(held: &mut Held, edges: &mut Edges, ex: &Exec, tr: &Transition, max_serial: u32) {
    if held.0.len() <= tr.tid {
        held.0.resize(tr.tid + 1, Vec::new());
    }
    for a in &tr.accesses {
        // Lock order is tracked in the main process only (a forked child
        // holds copies of its locks with the same serials).
        let Some(loc) = a
            .loc
            .filter(|l| l.space == 0 && ex.threads[tr.tid].proc == 0)
        else {
            continue;
        };
        let serial = match ex.vm().heap.get(ObjRef(loc.obj)) {
            Obj::Lock(l) if l.serial <= max_serial => l.serial,
            _ => continue,
        };
        let mine = &mut held.0[tr.tid];
        match a.op {
            Op::Acquire | Op::TryAcquire { got: true } => {
                if mine.iter().any(|(s, _)| *s == serial) {
                    continue; // re-entered RLock
                }
                if a.op == Op::Acquire {
                    for (s, name) in mine.iter() {
                        edges.entry((*s, serial, tr.tid)).or_insert_with(|| Edge {
                            from: name.clone(),
                            to: a.what.clone(),
                            tid: tr.tid,
                            thread: ex.threads[tr.tid].name.clone(),
                            line: a.line,
                        });
                    }
                }
                mine.push((serial, a.what.clone()));
            }
            Op::Release => {
                if let Some(i) = mine.iter().rposition(|(s, _)| *s == serial) {
                    mine.remove(i);
                }
            }
            _ => {}
        }
    }
}

/// Cycles of edges from pairwise different threads, each once (it starts
/// at its smallest lock), at most 8 locks long.
pub fn cycles(edges: &Edges) -> Vec<Vec<Edge>> {
    let mut out = Vec::new();
    let keys: Vec<(u32, u32, usize)> = edges.keys().copied().collect();
    fn walk(
        keys: &[(u32, u32, usize)],
        edges: &Edges,
        start: u32,
        path: &mut Vec<(u32, u32, usize)>,
        out: &mut Vec<Vec<Edge>>,
    ) {
        if path.len() > 8 {
            return;
        }
        let at = path.last().map_or(start, |e| e.1);
        for &k in keys {
            if k.0 != at || k.1 < start || path.iter().any(|p| p.2 == k.2) {
                continue;
            }
            if k.1 == start {
                let mut cyc: Vec<Edge> = path.iter().map(|p| edges[p].clone()).collect();
                cyc.push(edges[&k].clone());
                out.push(cyc);
                continue;
            }
            if path.iter().any(|p| p.0 == k.1) {
                continue;
            }
            path.push(k);
            walk(keys, edges, start, path, out);
            path.pop();
        }
    }
    let mut starts: Vec<u32> = keys.iter().map(|k| k.0).collect();
    starts.dedup();
    for s in starts {
        walk(&keys, edges, s, &mut Vec::new(), &mut out);
    }
    // One report per set of locks.
    let mut seen = std::collections::BTreeSet::new();
    out.retain(|c| {
        let mut locks: Vec<String> = c.iter().map(|e| e.from.clone()).collect();
        locks.sort();
        seen.insert(locks)
    });
    out
}
