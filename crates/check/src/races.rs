//! Data races a user must fix: two accesses to the same location from
//! different threads, at least one a write, not ordered by
//! synchronisation (lock release → later acquire, thread start, join).
//! Memory accesses themselves order nothing here, unlike the explorer's
//! dependency order (`hb`).
//!
//! Each race also says where it can corrupt data. Free-threaded CPython
//! and CPython <= 3.9 can switch threads after any instruction; CPython
//! 3.10+ with the GIL only at its switch points, so a read-modify-write
//! (`counter += 1`) loses updates there only if a switch point falls
//! between the read and the write. The executor counts switch points per
//! thread; a write remembers whether its thread read the location since
//! its own last write, and whether a switch point came in between.

use crate::access::{Access, Loc, Op};
use crate::hb::Clock;
use std::collections::BTreeMap;

/// One side of a race.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Site {
    pub tid: usize,
    /// Its process (index): races between processes (on shared memory)
    /// corrupt data under every runtime, GIL or not.
    pub proc: usize,
    pub line: u32,
    pub write: bool,
    /// For a write: it completes a read-modify-write of its thread; with
    /// `Some(true)` a switch point lies between the read and the write.
    pub rmw: Option<(u32, bool)>,
}

#[derive(Clone, Debug)]
pub struct Race {
    pub what: String,
    pub first: Site,
    pub second: Site,
}

impl Race {
    /// The lines involved, for de-duplication.
    pub fn key(&self) -> String {
        let (a, b) = (
            self.first.line.min(self.second.line),
            self.first.line.max(self.second.line),
        );
        format!("race:{}:{a}:{b}", self.what)
    }

    /// Where the race can corrupt data, one line per runtime.
    pub fn runtimes(&self) -> Vec<String> {
        let rmws: Vec<&Site> = [&self.first, &self.second]
            .into_iter()
            .filter(|s| s.rmw.is_some())
            .collect();
        if self.first.proc != self.second.proc && !rmws.is_empty() {
            return vec![
                "every runtime: the two processes run in parallel, each with its own interpreter \
                 and GIL — updates can be lost (guard the shared value with its lock: \
                 `with v.get_lock():`)"
                    .into(),
            ];
        }
        if rmws.is_empty() {
            return vec![
                "every runtime: the read may see the value from before or after the write; \
                 which one depends on the scheduler"
                    .into(),
            ];
        }
        let mut out = vec![
            "free-threaded CPython (3.13t+): yes — updates can be lost".to_string(),
            "CPython <= 3.9 (switches after any instruction): yes — updates can be lost"
                .to_string(),
        ];
        let exposed = rmws.iter().find(|s| matches!(s.rmw, Some((_, true))));
        out.push(match exposed {
            Some(s) => format!(
                "CPython 3.10+ with the GIL: yes — a switch point lies between the read (line {}) and the write (line {})",
                s.rmw.map_or(0, |r| r.0),
                s.line
            ),
            None => "CPython 3.10+ with the GIL: no update is lost today (no switch point lies between the read \
                     and the write), but nothing guarantees it: a call or a loop in between changes that"
                .into(),
        });
        out
    }
}

#[derive(Clone, Debug)]
struct Rec {
    tid: usize,
    proc: usize,
    local: u32,
    line: u32,
    write: bool,
    rmw: Option<(u32, bool)>,
}

/// Synchronisation order and the races it leaves.
#[derive(Clone, Debug, Default)]
pub struct Detector {
    threads: Vec<Clock>,
    locks: BTreeMap<(u32, u32), Clock>,
    /// Per location, the latest read and write of each thread.
    accesses: BTreeMap<Loc, Vec<Rec>>,
    /// Per thread and location: the line and switch count of its last
    /// read since its last write.
    last_read: BTreeMap<(usize, Loc), (u32, u64)>,
    pub races: Vec<Race>,
    seen: std::collections::BTreeSet<String>,
}

impl Detector {
    fn clock(&mut self, t: usize) -> &mut Clock {
        if self.threads.len() <= t {
            self.threads.resize(t + 1, Clock::default());
        }
        &mut self.threads[t]
    }

    /// Records a transition of `tid`; `switches[i]` is the thread's switch
    /// point count at access `i`.
    pub fn push(&mut self, tid: usize, proc: usize, accesses: &[Access], switches: &[u64]) {
        let local = self.clock(tid).get(tid) + 1;
        self.clock(tid).set(tid, local);
        for (i, a) in accesses.iter().enumerate() {
            let sw = switches.get(i).copied().unwrap_or(0);
            match (a.loc, a.op) {
                (Some(l), Op::Acquire | Op::TryAcquire { got: true }) => {
                    if let Some(c) = self.locks.get(&(l.space, l.obj)).cloned() {
                        self.clock(tid).join(&c);
                    }
                }
                (Some(l), Op::Chan(_)) => {
                    if let Some(c) = self.locks.get(&(l.space, l.obj)).cloned() {
                        self.clock(tid).join(&c);
                    }
                    let c = self.clock(tid).clone();
                    self.locks.insert((l.space, l.obj), c);
                }
                (Some(l), Op::Release) => {
                    let c = self.clock(tid).clone();
                    self.locks.insert((l.space, l.obj), c);
                }
                (None, Op::Spawn(child)) => {
                    let c = self.clock(tid).clone();
                    let cc = self.clock(child);
                    cc.join(&c);
                }
                (
                    None,
                    Op::Join {
                        tid: child,
                        done: true,
                    },
                ) => {
                    let c = self.clock(child).clone();
                    self.clock(tid).join(&c);
                }
                (Some(l), Op::Read | Op::Write) if !a.library && !a.atomic => {
                    self.access((tid, proc), local, l, a, sw)
                }
                _ => {}
            }
        }
    }

    fn access(&mut self, (tid, proc): (usize, usize), local: u32, l: Loc, a: &Access, sw: u64) {
        let write = a.op == Op::Write;
        let rmw = if write {
            self.last_read
                .remove(&(tid, l))
                .map(|(line, s)| (line, sw > s))
        } else {
            self.last_read.insert((tid, l), (a.line, sw));
            None
        };
        let now = self.clock(tid).clone();
        let site = Site {
            tid,
            proc,
            line: a.line,
            write,
            rmw,
        };
        let mut found = Vec::new();
        for (loc, recs) in self.accesses.range(
            Loc {
                space: l.space,
                obj: l.obj,
                key: crate::access::Key::Name(0),
            }..,
        ) {
            if (loc.space, loc.obj) != (l.space, l.obj) {
                break;
            }
            if !loc.overlaps(l) {
                continue;
            }
            for r in recs {
                if r.tid == tid || !(r.write || write) || now.get(r.tid) >= r.local {
                    continue;
                }
                found.push(Race {
                    what: a.what.clone(),
                    first: Site {
                        tid: r.tid,
                        proc: r.proc,
                        line: r.line,
                        write: r.write,
                        rmw: r.rmw,
                    },
                    second: site.clone(),
                });
            }
        }
        for race in found {
            if self.seen.insert(race.key()) {
                self.races.push(race);
            }
        }
        let recs = self.accesses.entry(l).or_default();
        recs.retain(|r| !(r.tid == tid && r.write == write));
        recs.push(Rec {
            tid,
            proc,
            local,
            line: a.line,
            write,
            rmw,
        });
    }
}
