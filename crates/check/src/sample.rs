//! Randomised search for programs too big to explore exhaustively.
//!
//! `random`: every choice uniform among the runnable threads. `pct`:
//! probabilistic concurrency testing — Burckhardt, Kothari, Musuvathi,
//! Nagarakatte, "A Randomized Scheduler with Probabilistic Guarantees of
//! Finding Bugs", ASPLOS 2010. Each thread gets a random priority when it
//! appears (all above `d`); `d - 1` change points are drawn among the
//! first `k` steps; the highest-priority runnable thread always runs, and
//! at the i-th change point the thread about to run drops to priority i.
//! A bug of depth `d` (one that needs `d` ordering constraints) is found
//! by one run with probability at least 1 / (n · k^(d-1)) for n threads and
//! k steps, so N runs miss it with probability at most
//! (1 - 1/(n·k^(d-1)))^N — the bound the verdict states.
//!
//! Runs are seeded from `--seed` and the run number: the same seed gives
//! the same runs on any machine.

use crate::exec::Stop;
use crate::explore::Explorer;
use crate::lockorder::Edges;
use crate::problem::{Outcome, Stats, Strategy};
use corelab_base::rng::Rng;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};

/// Runs the sampled schedules.
pub fn sample(
    ex: &Explorer,
    strategy: Strategy,
    stop: &AtomicBool,
    progress: &(dyn Fn(&Stats) + Sync),
) -> Result<Outcome, Stop> {
    let (runs, seed, depth) = match strategy {
        Strategy::Random { runs, seed } => (runs, seed, 0),
        Strategy::Pct { runs, seed, depth } => (runs, seed, depth.max(1)),
        Strategy::Exhaustive => (0, 0, 0),
    };
    let mut problems = Vec::new();
    let mut stats = Stats {
        parts: 1,
        ..Stats::default()
    };
    let mut edges = Edges::new();
    // Steps per run, for the change points: the longest run so far (first
    // run: the default schedule's length).
    let mut k = {
        let mut run = ex.start.clone();
        let mut e = Edges::new();
        while let Some(&t) = run.ex.runnable().first() {
            if run.too_deep(ex.opts.max_depth) {
                break;
            }
            let r = run.ex.runnable();
            let t = if r.contains(&run.sched.last().copied().unwrap_or(t)) {
                run.sched.last().copied().unwrap_or(t)
            } else {
                t
            };
            run.step(t, &r, &mut e, ex.max_serial)?;
        }
        (run.sched.len() - ex.start.sched.len()).max(1)
    };
    let mut interrupted = false;
    for r in 0..runs {
        if stop.load(Ordering::Relaxed) {
            interrupted = true;
            break;
        }
        let mut rng = Rng::new(seed.wrapping_mul(0x2545_F491_4F6C_DD1D).wrapping_add(r));
        let mut run = ex.start.clone();
        let mut prio: BTreeMap<usize, u64> = BTreeMap::new();
        let changes: Vec<usize> = (1..depth).map(|_| 1 + rng.below(k)).collect();
        let mut cut = false;
        loop {
            let runnable = run.ex.runnable();
            if runnable.is_empty() {
                break;
            }
            if run.too_deep(ex.opts.max_depth) {
                cut = true;
                break;
            }
            let tid = if depth == 0 {
                runnable[rng.below(runnable.len())]
            } else {
                for &t in &runnable {
                    prio.entry(t)
                        .or_insert_with(|| depth as u64 + 1 + rng.next_u64() % 1_000_000_000);
                }
                let best = |prio: &BTreeMap<usize, u64>| {
                    *runnable
                        .iter()
                        .max_by_key(|t| (prio.get(t).copied().unwrap_or(0), std::cmp::Reverse(**t)))
                        .unwrap_or(&runnable[0])
                };
                let step = run.sched.len() - ex.start.sched.len() + 1;
                if let Some(i) = changes.iter().position(|&c| c == step) {
                    let t = best(&prio);
                    prio.insert(t, i as u64 + 1);
                }
                best(&prio)
            };
            run.step(tid, &runnable, &mut edges, ex.max_serial)?;
        }
        stats.schedules += 1;
        stats.classes += 1;
        stats.transitions += (run.sched.len() - ex.start.sched.len()) as u64;
        stats.instructions += run.ex.steps - ex.start.ex.steps;
        stats.max_threads = stats.max_threads.max(run.ex.threads.len() as u64);
        stats.max_depth = stats
            .max_depth
            .max((run.sched.len() - ex.start.sched.len()) as u64);
        stats.cut += cut as u64;
        k = k.max(run.sched.len() - ex.start.sched.len());
        run.report(cut, &mut problems);
        progress(&stats);
        if ex.opts.first && !problems.is_empty() {
            break;
        }
    }
    let part = crate::explore::Part {
        problems,
        stats,
        complete: false,
        edges,
    };
    Ok(crate::search::combine(
        vec![part],
        false,
        interrupted,
        strategy,
    ))
}

/// The chance that `runs` PCT runs of depth `d` all miss a bug of depth
/// `d`, for `n` threads and `k` steps.
pub fn pct_miss_bound(runs: u64, d: u32, n: u64, k: u64) -> f64 {
    let p = 1.0 / (n.max(1) as f64 * (k.max(1) as f64).powi(d.max(1) as i32 - 1));
    (1.0 - p).powf(runs as f64)
}
