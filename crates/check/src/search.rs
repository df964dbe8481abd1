//! Running a whole check: splitting the search into parts, running the
//! parts on all local cores, keeping only one shard's parts when several
//! machines share the work, and combining the parts' results.
//!
//! The split. A *prefix* fixes the choices at the first few branching
//! points (states where more than one thread can run) and every choice in
//! between. Every schedule of the program extends exactly one prefix, and
//! DPOR from the state after a prefix covers every schedule that extends
//! it (`explore`), so the parts together cover the program: parts are
//! disjoint sets of schedules. What the split costs: an equivalence class
//! whose schedules extend several prefixes is explored once per prefix
//! (DPOR would have explored it once); `docs/CHECK.md` has measurements.
//!
//! Determinism. The split depends on the program and the shard count only
//! — never on how many threads run the parts — each part is searched by
//! deterministic code, each part has its own schedule budget, and parts
//! are combined in prefix order; so the verdict, the counterexamples and
//! the counts are the same on any machine with any number of cores.

use crate::exec::Stop;
use crate::explore::{independent, summary, Explorer, Options, Part, Run, Summary};
use crate::lockorder::Edges;
use crate::problem::{self, Kind, Outcome, Problem, Stats, Strategy};
use corelab_vm::Limits;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Mutex;

/// How to divide the work.
#[derive(Clone, Debug)]
pub struct Plan {
    /// Branching points fixed per prefix (None: chosen from the shard count).
    pub split: Option<usize>,
    /// Keep only shard `k` (1-based) of `n`.
    pub shard: Option<(usize, usize)>,
    /// Threads of this machine to use.
    pub jobs: usize,
    pub strategy: Strategy,
}

/// A prefix: its schedule and the threads asleep after it (with their
/// next transitions), so that parts do not repeat each other's work.
pub type Prefix = (Vec<usize>, Vec<(usize, Summary)>);

/// Enumerates the prefixes with `branches` branching points (fewer where a
/// schedule ends first), in depth-first, thread-number order. At a
/// branching point every runnable thread is tried, with sleep sets: the
/// k-th sibling starts with the earlier siblings asleep where their
/// transitions are independent of its own, and a prefix whose next thread
/// is asleep is dropped (another part covers it).
pub fn prefixes(ex: &Explorer, branches: usize, limit: usize) -> Result<Vec<Prefix>, Stop> {
    let mut out = Vec::new();
    let mut edges = Edges::new();
    type Todo = (Run, usize, Vec<(usize, Summary)>);
    let mut todo: Vec<Todo> = vec![(ex.start.clone(), branches, Vec::new())];
    while let Some((mut run, left, mut sleep)) = todo.pop() {
        loop {
            let runnable = run.ex.runnable();
            if runnable.is_empty() || left == 0 || run.too_deep(ex.opts.max_depth) {
                out.push((run.sched.clone(), sleep));
                break;
            }
            if runnable.len() == 1 {
                let t = runnable[0];
                if sleep.iter().any(|(q, _)| *q == t) {
                    break; // asleep: covered by another part
                }
                let (tr, _) = run.step(t, &runnable, &mut edges, ex.max_serial)?;
                let s = summary(&tr);
                sleep.retain(|(q, qs)| independent(t, &s, *q, qs));
                continue;
            }
            let mut kids = Vec::new();
            let mut earlier: Vec<(usize, Summary)> = Vec::new();
            for &t in &runnable {
                let mut r = run.clone();
                let (tr, _) = r.step(t, &runnable, &mut edges, ex.max_serial)?;
                let s = summary(&tr);
                if !sleep.iter().any(|(q, _)| *q == t) {
                    let kid_sleep: Vec<(usize, Summary)> = sleep
                        .iter()
                        .chain(earlier.iter())
                        .filter(|(q, qs)| independent(t, &s, *q, qs))
                        .cloned()
                        .collect();
                    kids.push((r, left - 1, kid_sleep));
                }
                earlier.push((t, s));
            }
            // Depth-first in thread order: push in reverse.
            todo.extend(kids.into_iter().rev());
            break;
        }
        if out.len() + todo.len() > limit {
            break;
        }
    }
    Ok(out)
}

/// The default split: 2 branching points, deeper while there are fewer
/// than 4 prefixes per shard (at most 12 points, 4096 prefixes).
pub fn auto_split(ex: &Explorer, shards: usize) -> Result<usize, Stop> {
    let mut split = 2;
    let mut last = prefixes(ex, split, 4096)?.len();
    while last < 4 * shards && split < 12 {
        let n = prefixes(ex, split + 1, 4096)?.len();
        if n == last {
            break; // no more branching
        }
        split += 1;
        last = n;
    }
    Ok(split)
}

/// Checks a program: the whole search, split and run in parallel.
pub fn check(
    name: &str,
    text: &str,
    limits: Limits,
    opts: Options,
    plan: &Plan,
    stop: &AtomicBool,
    progress: &(dyn Fn(&Stats) + Sync),
) -> Result<Outcome, Stop> {
    let explorer = match crate::prepare(name, text, limits.clone()) {
        Ok((vm, th)) => Explorer::new(vm, th, opts.clone())?,
        Err((_, exit)) => {
            return Err(match exit {
                corelab_vm::Exit::Fatal(f) => f,
                corelab_vm::Exit::Code(_) => {
                    Stop::Unsupported("the program does not compile".into())
                }
            })
        }
    };
    if plan.strategy != Strategy::Exhaustive {
        return crate::sample::sample(&explorer, plan.strategy, stop, progress);
    }
    let shards = plan.shard.map_or(1, |s| s.1);
    let split = match plan.split {
        Some(s) => s,
        None => auto_split(&explorer, shards)?,
    };
    let all = prefixes(&explorer, split, usize::MAX)?;
    let mine: Vec<Prefix> = all
        .iter()
        .enumerate()
        .filter(|(i, _)| plan.shard.is_none_or(|(k, n)| i % n == k - 1))
        .map(|(_, p)| p.clone())
        .collect();
    let budget = Options {
        max_schedules: (opts.max_schedules / all.len().max(1) as u64).max(1),
        ..opts.clone()
    };
    let jobs = plan.jobs.clamp(1, mine.len().max(1));
    let results: Vec<Mutex<Option<Result<Part, Stop>>>> =
        mine.iter().map(|_| Mutex::new(None)).collect();
    let next = AtomicUsize::new(0);
    let failed: Mutex<Option<Stop>> = Mutex::new(None);
    let totals = Mutex::new((Stats::default(), vec![Stats::default(); jobs]));
    let report = |w: usize, s: Option<&Stats>, done: Option<&Stats>| {
        let Ok(mut t) = totals.lock() else { return };
        match (s, done) {
            (Some(s), _) => t.1[w] = s.clone(),
            (None, Some(d)) => {
                t.0.add(d);
                t.1[w] = Stats::default();
            }
            _ => {}
        }
        let mut sum = t.0.clone();
        for s in &t.1 {
            sum.add(s);
        }
        progress(&sum);
    };
    let work = |w: usize, ex: &Explorer| loop {
        let i = next.fetch_add(1, Ordering::Relaxed);
        if i >= mine.len() {
            break;
        }
        let (sched, sleep) = &mine[i];
        let r = ex
            .after(sched)
            .and_then(|root| ex.explore_from(&root, sleep, stop, |s| report(w, Some(s), None)));
        if let Ok(p) = &r {
            report(w, None, Some(&p.stats));
        }
        if let Ok(mut slot) = results[i].lock() {
            *slot = Some(r);
        }
    };
    if jobs == 1 {
        let ex = Explorer {
            start: explorer.start.clone(),
            opts: budget.clone(),
            max_serial: explorer.max_serial,
        };
        work(0, &ex);
    } else {
        std::thread::scope(|scope| {
            for w in 0..jobs {
                let (work, budget, limits, failed) =
                    (&work, budget.clone(), limits.clone(), &failed);
                scope.spawn(move || {
                    // A VM is not Send: every worker compiles its own copy.
                    let ex = crate::prepare(name, text, limits)
                        .map_err(|_| Stop::Internal("the program stopped compiling".into()))
                        .and_then(|(vm, th)| Explorer::new(vm, th, budget));
                    match ex {
                        Ok(ex) => work(w, &ex),
                        Err(e) => {
                            if let Ok(mut f) = failed.lock() {
                                f.get_or_insert(e);
                            }
                        }
                    }
                });
            }
        });
    }
    if let Some(e) = failed.into_inner().ok().flatten() {
        return Err(e);
    }
    let mut parts = Vec::new();
    for r in results {
        match r.into_inner().ok().flatten() {
            Some(Ok(p)) => parts.push(p),
            Some(Err(e)) => return Err(e),
            None => {
                if !stop.load(Ordering::Relaxed) {
                    return Err(Stop::Internal("a part of the search was lost".into()));
                }
            }
        }
    }
    let interrupted = stop.load(Ordering::Relaxed);
    let complete = !interrupted && parts.len() == mine.len() && parts.iter().all(|p| p.complete);
    Ok(combine(parts, complete, interrupted, Strategy::Exhaustive))
}

/// Combines parts (in prefix order) into one outcome, adding lock-order
/// inversions found over all of them.
pub fn combine(parts: Vec<Part>, complete: bool, interrupted: bool, strategy: Strategy) -> Outcome {
    let mut problems: Vec<Problem> = Vec::new();
    let mut stats = Stats::default();
    let mut edges = Edges::new();
    for p in parts {
        stats.add(&p.stats);
        for q in p.problems {
            problem::add(&mut problems, q);
        }
        for (k, e) in p.edges {
            edges.entry(k).or_insert(e);
        }
    }
    let deadlocks: Vec<String> = problems
        .iter()
        .filter_map(|p| match &p.kind {
            Kind::Deadlock { .. } => Some(p.key()),
            _ => None,
        })
        .collect();
    problems.extend(inversions(&edges, &deadlocks));
    Outcome {
        problems,
        stats,
        complete,
        interrupted,
        strategy,
        edges,
    }
}

/// Lock-order inversion problems over `edges`; `deadlocks` are the keys of
/// the deadlocks found (to mark inversions reached).
pub fn inversions(edges: &Edges, deadlocks: &[String]) -> Vec<Problem> {
    crate::lockorder::cycles(edges)
        .into_iter()
        .map(|cycle| {
            let reached = deadlocks
                .iter()
                .any(|d| cycle.iter().all(|e| d.contains(&format!("for {}", e.to))));
            Problem {
                kind: Kind::LockOrder { cycle, reached },
                schedule: Vec::new(),
                preemptions: 0,
                threads: Vec::new(),
            }
        })
        .collect()
}
