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

/// Which locks have stable identities: `threading` locks with a serial up
/// to `serial`, multiprocessing locks on channels numbered below `chans`
/// (those made before the first thread or process started).
#[derive(Clone, Copy, Debug)]
pub struct Stable {
    pub serial: u32,
    pub chans: usize,
}

impl Stable {
    /// Every lock (a replay follows one schedule: nothing to compare).
    pub const ALL: Stable = Stable {
        serial: u32::MAX,
        chans: usize::MAX,
    };
}

/// Keys of multiprocessing locks (channel numbers) among lock serials.
const CHAN_KEY: u32 = 1 << 31;

/// Locks each thread holds in the current schedule (by serial).
#[derive(Clone, Debug, Default)]
pub struct Held(Vec<Vec<(u32, String)>>);

/// Edges seen so far, by (from serial, to serial, thread).
pub type Edges = BTreeMap<(u32, u32, usize), Edge>;

/// Records the lock operations of a transition.
/// Locks without a stable identity are ignored (see above).
pub fn observe(held: &mut Held, edges: &mut Edges, ex: &Exec, tr: &Transition, stable: Stable) {
    if held.0.len() <= tr.tid {
        held.0.resize(tr.tid + 1, Vec::new());
    }
    for a in &tr.accesses {
        let Some(loc) = a.loc else { continue };
        // A multiprocessing Lock/RLock: a channel holding its token; a
        // take acquires it, a put releases it.
        if loc.space == crate::access::CHANNELS {
            let chan = loc.obj as usize;
            let lock = ex.ipc.channels.get(chan).is_some_and(|c| c.lock);
            if !lock || chan >= stable.chans {
                continue;
            }
            let op = match a.op {
                Op::Chan(crate::access::ChanOp::Take) => Op::Acquire,
                Op::Chan(crate::access::ChanOp::Put) => Op::Release,
                _ => continue,
            };
            let name = a
                .what
                .split(':')
                .next()
                .unwrap_or("")
                .trim_end_matches("()");
            let name = name
                .rsplit_once('.')
                .map_or(name, |(holder, _)| holder)
                .to_string();
            record(
                held,
                edges,
                ex,
                tr,
                (CHAN_KEY | chan as u32, name),
                op,
                a.line,
            );
            continue;
        }
        // `threading` locks are tracked in the main process only (a forked
        // child holds copies of its locks with the same serials).
        if loc.space != 0 || ex.threads[tr.tid].proc != 0 {
            continue;
        }
        let serial = match ex.vm().heap.get(ObjRef(loc.obj)) {
            Obj::Lock(l) if l.serial <= stable.serial => l.serial,
            _ => continue,
        };
        record(held, edges, ex, tr, (serial, a.what.clone()), a.op, a.line);
    }
}

/// One acquire or release of lock `key` (named `name`) by `tr`'s thread.
fn record(
    held: &mut Held,
    edges: &mut Edges,
    ex: &Exec,
    tr: &Transition,
    (serial, name): (u32, String),
    op: Op,
    line: u32,
) {
    let mine = &mut held.0[tr.tid];
    match op {
        Op::Acquire | Op::TryAcquire { got: true } => {
            if mine.iter().any(|(s, _)| *s == serial) {
                return; // re-entered RLock
            }
            if op == Op::Acquire {
                for (s, from) in mine.iter() {
                    edges.entry((*s, serial, tr.tid)).or_insert_with(|| Edge {
                        from: from.clone(),
                        to: name.clone(),
                        tid: tr.tid,
                        thread: ex.threads[tr.tid].name.clone(),
                        line,
                    });
                }
            }
            mine.push((serial, name));
        }
        Op::Release => {
            if let Some(i) = mine.iter().rposition(|(s, _)| *s == serial) {
                mine.remove(i);
            }
        }
        _ => {}
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
