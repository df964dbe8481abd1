//! What a check finds and how results of separate searches (parallel
//! parts, shards on other machines) combine.

use crate::races::Race;

/// What a schedule can go wrong with.
#[derive(Clone, Debug)]
pub enum Kind {
    /// An exception escaped a thread (AssertionError among them).
    Uncaught {
        tid: usize,
        line: String,
        traceback: String,
        at_line: u32,
    },
    /// Every live thread is blocked.
    Deadlock {
        waits: Vec<(usize, String)>,
    },
    DataRace(Race),
    /// Locks taken in opposite orders by different threads.
    LockOrder {
        cycle: Vec<crate::lockorder::Edge>,
        /// The search found the deadlock itself.
        reached: bool,
    },
}

#[derive(Clone, Debug)]
pub struct Problem {
    pub kind: Kind,
    /// The schedule that shows it: the thread of each transition (empty
    /// for lock-order inversions, which need no particular schedule).
    pub schedule: Vec<usize>,
    pub preemptions: u32,
    /// Thread names in that schedule.
    pub threads: Vec<String>,
}

impl Problem {
    /// Problems with equal keys are the same bug.
    pub fn key(&self) -> String {
        match &self.kind {
            // One report per exception type and place, whatever the message
            // (`counter = 2` and `counter = 3` are the same bug).
            Kind::Uncaught { line, at_line, .. } => {
                let ty = line.split(':').next().unwrap_or(line);
                format!("uncaught:{at_line}:{ty}")
            }
            Kind::Deadlock { waits } => {
                let w: Vec<String> = waits.iter().map(|(_, s)| s.clone()).collect();
                format!("deadlock:{}", w.join("|"))
            }
            Kind::DataRace(r) => r.key(),
            Kind::LockOrder { cycle, .. } => {
                let l: Vec<String> = cycle.iter().map(|e| e.from.clone()).collect();
                format!("lockorder:{}", l.join("|"))
            }
        }
    }
}

/// Adds `p` unless the same bug is known with no more preemptions (ties:
/// the shorter schedule, then the earlier one found).
pub fn add(problems: &mut Vec<Problem>, p: Problem) {
    let key = p.key();
    match problems.iter_mut().find(|q| q.key() == key) {
        Some(q) => {
            if (p.preemptions, p.schedule.len()) < (q.preemptions, q.schedule.len()) {
                *q = p;
            }
        }
        None => problems.push(p),
    }
}

#[derive(Clone, Debug, Default)]
pub struct Stats {
    /// Schedules run to their end (or cut).
    pub schedules: u64,
    /// Of those, the ones not pruned by sleep sets part-way: distinct
    /// equivalence classes (Mazurkiewicz traces) within one part.
    pub classes: u64,
    /// Schedules cut at the depth limit.
    pub cut: u64,
    pub transitions: u64,
    pub instructions: u64,
    /// Parts the search was split into (schedule prefixes; see `search`).
    pub parts: u64,
    /// Most threads and most transitions seen in one schedule.
    pub max_threads: u64,
    pub max_depth: u64,
}

impl Stats {
    pub fn add(&mut self, o: &Stats) {
        self.schedules += o.schedules;
        self.classes += o.classes;
        self.cut += o.cut;
        self.transitions += o.transitions;
        self.instructions += o.instructions;
        self.parts += o.parts;
        self.max_threads = self.max_threads.max(o.max_threads);
        self.max_depth = self.max_depth.max(o.max_depth);
    }
}

/// How the schedules were chosen.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Strategy {
    /// Every equivalence class (DPOR).
    Exhaustive,
    /// Uniformly random choices, `runs` times.
    Random { runs: u64, seed: u64 },
    /// Probabilistic concurrency testing with bug depth `depth`.
    Pct { runs: u64, seed: u64, depth: u32 },
}

#[derive(Clone, Debug)]
pub struct Outcome {
    pub problems: Vec<Problem>,
    pub stats: Stats,
    /// The whole search space was covered (no limit hit, not sampled).
    pub complete: bool,
    /// Stopped by the user (Ctrl-C).
    pub interrupted: bool,
    pub strategy: Strategy,
    /// Lock-order edges seen (kept so that shards can be merged).
    pub edges: crate::lockorder::Edges,
}
