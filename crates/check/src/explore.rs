//! Systematic exploration of a program's schedules: stateless search with
//! source-DPOR and sleep sets — Abdulla, Aronis, Jonsson, Sagonas,
//! "Optimal Dynamic Partial Order Reduction", POPL 2014, Algorithm 1
//! ("source sets"). Each schedule is re-executed from a copy of the
//! program's initial state (the copy-on-write heap makes that cheap).
//!
//! After a transition runs, its races with earlier transitions (`hb`) are
//! reversed: for a race e ⋖ e', the sequence v of transitions after e that
//! do not depend on it, followed by e', must be explorable from the state
//! before e, so one of v's *initials* is added to that state's backtrack
//! set unless one is there already. Sleep sets prune schedules equivalent
//! to ones explored. A thread added to a backtrack set where it is blocked
//! is replaced by every runnable thread there (Flanagan & Godefroid, POPL
//! 2005), which keeps the search complete around locks and joins.
//!
//! Lock operations are dependent when on the same lock; for *races*,
//! a blocking acquire races with the previous acquire of its lock (not
//! with the release that let it in, which cannot be reversed), a
//! non-blocking or timed acquire with any operation on it, and a release
//! with a previous non-blocking acquire (which failed because of it).

use crate::access::Op;
use crate::exec::{Exec, Model, Stop, Transition};
use crate::hb::Order;
use crate::races::{Detector, Race};
use corelab_vm::{Thread, Vm};
use std::collections::BTreeSet;

#[derive(Clone, Debug)]
pub struct Options {
    pub model: Model,
    /// Stop after this many schedules (the verdict then says incomplete).
    pub max_schedules: u64,
    /// Transitions in one schedule before it is cut (livelock guard).
    pub max_depth: usize,
    /// Explore only schedules with at most this many preemptions.
    pub preemptions: Option<u32>,
    /// Stop at the first problem.
    pub first: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            model: Model::FreeThreaded,
            max_schedules: 100_000,
            max_depth: 20_000,
            preemptions: None,
            first: false,
        }
    }
}

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
    /// The schedule that shows it: the thread of each transition.
    pub schedule: Vec<usize>,
    pub preemptions: u32,
    /// Thread names in that schedule.
    pub threads: Vec<String>,
}

impl Problem {
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

#[derive(Clone, Debug, Default)]
pub struct Stats {
    /// Schedules run to their end (or cut).
    pub schedules: u64,
    /// Of those, the ones that were not pruned by sleep sets part-way:
    /// distinct equivalence classes (Mazurkiewicz traces).
    pub classes: u64,
    /// Schedules cut at `max_depth`.
    pub cut: u64,
    pub transitions: u64,
    pub instructions: u64,
}

#[derive(Clone, Debug)]
pub struct Outcome {
    pub problems: Vec<Problem>,
    pub stats: Stats,
    /// The whole search space was covered (no limit hit).
    pub complete: bool,
}

#[derive(Clone, Debug)]
struct Node {
    runnable: Vec<usize>,
    backtrack: BTreeSet<usize>,
    done: Vec<(usize, Summary)>,
    sleep: Vec<(usize, Summary)>,
    chosen: usize,
    summary: Summary,
}

/// A transition's operations, for sleep sets.
type Summary = Vec<(Option<crate::access::Loc>, Op)>;

fn summary(tr: &Transition) -> Summary {
    tr.accesses.iter().map(|a| (a.loc, a.op)).collect()
}

/// Can two transitions (of threads `p` and `q`) be swapped?
fn independent(p: usize, a: &Summary, q: usize, b: &Summary) -> bool {
    for &(la, oa) in a {
        match oa {
            Op::Join { tid, .. } if tid == q => return false,
            Op::Spawn(c) if c == q => return false,
            _ => {}
        }
        for &(lb, ob) in b {
            match ob {
                Op::Join { tid, .. } if tid == p => return false,
                Op::Spawn(c) if c == p => return false,
                _ => {}
            }
            if let (Some(x), Some(y)) = (la, lb) {
                if x.overlaps(y) {
                    let mem =
                        matches!(oa, Op::Read | Op::Write) && matches!(ob, Op::Read | Op::Write);
                    if !mem || oa == Op::Write || ob == Op::Write {
                        return false;
                    }
                }
            }
        }
    }
    true
}

/// One execution in progress.
struct Run {
    ex: Exec,
    order: Order,
    races: Detector,
    held: crate::lockorder::Held,
}

/// Explores the schedules of a prepared program.
pub struct Explorer {
    /// The program after its single-threaded start: while the main thread
    /// is the only thread there is nothing to choose, so every schedule
    /// starts from this copy instead of re-running imports and set-up.
    start: Exec,
    /// Transitions the main thread ran to get there.
    prefix: usize,
    pub opts: Options,
}

impl Explorer {
    pub fn new(vm: Vm, main: Thread, opts: Options) -> Result<Explorer, Stop> {
        let mut ex = Exec::new(vm, main, opts.model);
        let mut prefix = 0;
        loop {
            if ex.threads.len() > 1 || ex.runnable() != [0] {
                break;
            }
            let before = ex.clone();
            let tr = ex.execute(0)?;
            if ex.threads.len() > 1 || tr.ended || !ex.uncaught.is_empty() {
                ex = before;
                break;
            }
            prefix += 1;
        }
        Ok(Explorer {
            start: ex,
            prefix,
            opts,
        })
    }

    fn fresh(&self) -> Run {
        Run {
            ex: self.start.clone(),
            order: Order::default(),
            races: Detector::default(),
            held: Default::default(),
        }
    }

    /// Runs one transition and records it; returns its races.
    fn step(run: &mut Run, tid: usize) -> Result<(Transition, Vec<(usize, usize)>), Stop> {
        let tr = run.ex.execute(tid)?;
        let s = summary(&tr);
        let races = run.order.push(tid, &s);
        let sw: Vec<u64> = tr.accesses.iter().map(|a| a.switches).collect();
        run.races.push(tid, &tr.accesses, &sw);
        Ok((tr, races))
    }

    pub fn explore(&self, mut progress: impl FnMut(&Stats)) -> Result<Outcome, Stop> {
        let mut stack: Vec<Node> = Vec::new();
        let mut stats = Stats::default();
        let mut problems: Vec<Problem> = Vec::new();
        let mut branch = 0usize;
        let mut complete = true;
        let mut edges = crate::lockorder::Edges::new();
        loop {
            let mut run = self.fresh();
            let mut i = 0usize;
            let mut blocked_by_sleep = false;
            let mut cut = false;
            loop {
                let runnable = run.ex.runnable();
                if runnable.is_empty() {
                    break;
                }
                if i >= self.opts.max_depth {
                    cut = true;
                    break;
                }
                let tid = if i < stack.len() {
                    stack[i].chosen
                } else {
                    let sleep: Vec<(usize, Summary)> = match stack.last() {
                        None => Vec::new(),
                        Some(parent) => parent
                            .sleep
                            .iter()
                            .chain(parent.done.iter())
                            .filter(|(q, s)| independent(parent.chosen, &parent.summary, *q, s))
                            .cloned()
                            .collect(),
                    };
                    let prev = stack.last().map(|n| n.chosen);
                    let awake = |t: &usize| !sleep.iter().any(|(q, _)| q == t);
                    let pick = match prev {
                        Some(p) if runnable.contains(&p) && awake(&p) => Some(p),
                        _ => runnable.iter().copied().find(|t| awake(t)),
                    };
                    let Some(p) = pick else {
                        blocked_by_sleep = true;
                        break;
                    };
                    stack.push(Node {
                        runnable: runnable.clone(),
                        backtrack: BTreeSet::from([p]),
                        done: Vec::new(),
                        sleep,
                        chosen: p,
                        summary: Vec::new(),
                    });
                    p
                };
                let (tr, races) = Self::step(&mut run, tid)?;
                crate::lockorder::observe(
                    &mut run.held,
                    &mut edges,
                    &run.ex,
                    &tr,
                    self.start.vm.lock_serial,
                );
                stack[i].summary = summary(&tr);
                if i >= branch {
                    for (e, j) in races {
                        let init = run.order.initials(e, j);
                        let node = &mut stack[e];
                        if init.iter().any(|t| node.backtrack.contains(t)) {
                            continue;
                        }
                        let t = run.order.events[j].tid;
                        let add = if init.contains(&t) { t } else { init[0] };
                        node.backtrack.insert(add);
                    }
                }
                i += 1;
            }
            stats.schedules += 1;
            stats.transitions += (self.prefix + i) as u64;
            stats.instructions += run.ex.steps - self.start.steps;
            if cut {
                stats.cut += 1;
                complete = false;
            }
            if !blocked_by_sleep {
                stats.classes += 1;
                let mut sched = vec![0; self.prefix];
                sched.extend(stack[..i].iter().map(|n| n.chosen));
                let pre = preemptions(&stack[..i]);
                let found = self.problems_of(&mut run, cut);
                for kind in found {
                    let p = Problem {
                        kind,
                        schedule: sched.clone(),
                        preemptions: pre,
                        threads: run.ex.threads.iter().map(|t| t.name.clone()).collect(),
                    };
                    let key = p.key();
                    match problems.iter_mut().find(|q| q.key() == key) {
                        Some(q) if q.preemptions > pre => *q = p,
                        Some(_) => {}
                        None => problems.push(p),
                    }
                }
            }
            progress(&stats);
            if self.opts.first && !problems.is_empty() {
                complete = false;
                break;
            }
            if stats.schedules >= self.opts.max_schedules {
                complete = false;
                break;
            }
            // Backtrack to the deepest node with work left.
            stack.truncate(i.max(1).min(stack.len()));
            let mut next = None;
            while let Some(depth) = stack.len().checked_sub(1) {
                let node = &mut stack[depth];
                let s = std::mem::take(&mut node.summary);
                node.done.push((node.chosen, s));
                loop {
                    let node = &stack[depth];
                    let cand = node.backtrack.iter().copied().find(|t| {
                        !node.done.iter().any(|(d, _)| d == t)
                            && !node.sleep.iter().any(|(s, _)| s == t)
                    });
                    let Some(q) = cand else { break };
                    if !node.runnable.contains(&q) {
                        // Blocked here: try everything that can run.
                        let node = &mut stack[depth];
                        node.done.push((q, Vec::new()));
                        let r = node.runnable.clone();
                        node.backtrack.extend(r);
                        continue;
                    }
                    if let Some(k) = self.opts.preemptions {
                        if preemptions_with(&stack, depth, q) > k {
                            stack[depth].done.push((q, Vec::new()));
                            continue;
                        }
                    }
                    next = Some(q);
                    break;
                }
                if next.is_some() {
                    break;
                }
                stack.pop();
            }
            match next {
                None => break,
                Some(q) => {
                    let node = stack.last_mut().expect("a node to branch from");
                    node.chosen = q;
                    branch = stack.len() - 1;
                }
            }
        }
        let deadlocks: Vec<String> = problems
            .iter()
            .filter_map(|p| match &p.kind {
                Kind::Deadlock { waits } => Some(
                    waits
                        .iter()
                        .map(|w| w.1.clone())
                        .collect::<Vec<_>>()
                        .join("\n"),
                ),
                _ => None,
            })
            .collect();
        for cycle in crate::lockorder::cycles(&edges) {
            let reached = deadlocks
                .iter()
                .any(|d| cycle.iter().all(|e| d.contains(&format!("for {}", e.to))));
            problems.push(Problem {
                kind: Kind::LockOrder { cycle, reached },
                schedule: Vec::new(),
                preemptions: 0,
                threads: Vec::new(),
            });
        }
        Ok(Outcome {
            problems,
            stats,
            complete,
        })
    }

    /// Problems visible at the end of an execution.
    fn problems_of(&self, run: &mut Run, cut: bool) -> Vec<Kind> {
        let mut out = Vec::new();
        for u in run.ex.uncaught.drain(..) {
            out.push(Kind::Uncaught {
                tid: u.tid,
                line: u.line,
                traceback: u.traceback,
                at_line: u.at_line,
            });
        }
        if !cut && !run.ex.live_non_daemon().is_empty() {
            out.push(Kind::Deadlock {
                waits: crate::deadlock::describe(&run.ex),
            });
        }
        for r in run.races.races.drain(..) {
            out.push(Kind::DataRace(r));
        }
        out
    }
}

/// Preemptions in a schedule: switches away from a thread that could have
/// gone on.
fn preemptions(nodes: &[Node]) -> u32 {
    let mut n = 0;
    for w in 1..nodes.len() {
        let (a, b) = (nodes[w - 1].chosen, nodes[w].chosen);
        if a != b && nodes[w].runnable.contains(&a) {
            n += 1;
        }
    }
    n
}

/// Preemptions of the schedule `stack[..=depth]` with `q` chosen at `depth`.
fn preemptions_with(stack: &[Node], depth: usize, q: usize) -> u32 {
    let mut n = preemptions(&stack[..depth]);
    if depth > 0 {
        let a = stack[depth - 1].chosen;
        if a != q && stack[depth].runnable.contains(&a) {
            n += 1;
        }
    }
    n
}

/// Replays `schedule` (then lets the lowest runnable thread go on) with
/// values recorded; returns the executor and its transitions.
/// Each transition comes with whether it preempted the previous thread.
#[allow(clippy::type_complexity)]
pub fn replay(
    vm: Vm,
    main: Thread,
    model: Model,
    schedule: &[usize],
    max_depth: usize,
) -> Result<(Exec, Vec<(Transition, bool)>, Vec<Kind>), Stop> {
    let mut run = Run {
        ex: Exec::new(vm, main, model),
        order: Order::default(),
        races: Detector::default(),
        held: Default::default(),
    };
    run.ex.describe = true;
    let mut trs = Vec::new();
    let mut last = None;
    loop {
        let runnable = run.ex.runnable();
        if runnable.is_empty() || trs.len() >= max_depth {
            break;
        }
        let tid = match schedule.get(trs.len()) {
            Some(&t) if runnable.contains(&t) => t,
            Some(&t) => {
                return Err(corelab_vm::Fatal::Unsupported(format!(
                    "the schedule does not fit this program: step {} wants thread {t}, which cannot run there",
                    trs.len() + 1
                )))
            }
            None => match last {
                Some(p) if runnable.contains(&p) => p,
                _ => runnable[0],
            },
        };
        let preempted = matches!(last, Some(p) if p != tid && runnable.contains(&p));
        let (tr, _) = Explorer::step(&mut run, tid)?;
        trs.push((tr, preempted));
        last = Some(tid);
    }
    let cut = !run.ex.runnable().is_empty();
    let mut kinds = Vec::new();
    for u in run.ex.uncaught.drain(..) {
        kinds.push(Kind::Uncaught {
            tid: u.tid,
            line: u.line,
            traceback: u.traceback,
            at_line: u.at_line,
        });
    }
    if !cut && !run.ex.live_non_daemon().is_empty() {
        kinds.push(Kind::Deadlock {
            waits: crate::deadlock::describe(&run.ex),
        });
    }
    for r in run.races.races.drain(..) {
        kinds.push(Kind::DataRace(r));
    }
    Ok((run.ex, trs, kinds))
}
