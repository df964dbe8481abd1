//! Systematic exploration of a program's schedules: stateless search with
//! source-DPOR and sleep sets — Abdulla, Aronis, Jonsson, Sagonas,
//! "Optimal Dynamic Partial Order Reduction", POPL 2014, Algorithm 1
//! ("source sets"). Each schedule is re-executed from a copy of the state
//! the search starts from (the copy-on-write heap makes copies cheap).
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
//! Lock operations are dependent when on the same lock; for *races*, a
//! blocking acquire races with the previous acquire of its lock (not with
//! the release that let it in, which cannot be reversed), a non-blocking
//! or timed acquire with any operation on it, and a release with a
//! previous non-blocking acquire (which failed because of it).
//!
//! A search starts from a *prefix* (see `search`): a fixed schedule whose
//! transitions are never reordered here; other prefixes cover the other
//! orders.

use crate::access::Op;
use crate::exec::{Exec, Model, Stop, Transition};
use crate::hb::Order;
use crate::lockorder::{Edges, Held};
use crate::problem::{self, Kind, Problem, Stats};
use crate::races::Detector;
use corelab_vm::{Thread, Vm};
use std::collections::BTreeSet;
use std::sync::atomic::{AtomicBool, Ordering};

#[derive(Clone, Debug)]
pub struct Options {
    pub model: Model,
    /// Stop after this many schedules (the verdict then says incomplete).
    pub max_schedules: u64,
    /// Transitions in one schedule before it is cut (livelock guard).
    /// Only transitions run while another thread is alive count (see
    /// `Run::depth`): a thread alone cannot wait for another.
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

/// The result of searching from one prefix.
#[derive(Clone, Debug, Default)]
pub struct Part {
    pub problems: Vec<Problem>,
    pub stats: Stats,
    pub complete: bool,
    pub edges: Edges,
}

#[derive(Clone, Debug)]
struct Node {
    runnable: Vec<usize>,
    backtrack: BTreeSet<usize>,
    done: Vec<(usize, Summary)>,
    /// Threads in the backtrack set passed over (blocked here, or over
    /// the preemption bound).
    skipped: BTreeSet<usize>,
    sleep: Vec<(usize, Summary)>,
    chosen: usize,
    summary: Summary,
    /// Preemptions before this node's transition, and the thread of the
    /// transition before it.
    pre_before: u32,
    prev: Option<usize>,
}

impl Node {
    fn preempts(&self, q: usize) -> bool {
        matches!(self.prev, Some(p) if p != q && self.runnable.contains(&p))
    }
}

/// A transition's operations, for sleep sets.
pub type Summary = Vec<(Option<crate::access::Loc>, Op)>;

pub fn summary(tr: &Transition) -> Summary {
    tr.accesses.iter().map(|a| (a.loc, a.op)).collect()
}

/// Can two transitions (of threads `p` and `q`) be swapped?
pub fn independent(p: usize, a: &Summary, q: usize, b: &Summary) -> bool {
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

/// One execution in progress: the process and what the analyses know.
#[derive(Clone)]
pub struct Run {
    pub ex: Exec,
    order: Order,
    races: Detector,
    held: Held,
    /// The thread of every transition so far.
    pub sched: Vec<usize>,
    pub preemptions: u32,
    /// Transitions run while another thread (of any process) was alive:
    /// what `--max-depth` bounds. A thread that runs alone — the whole of
    /// a single-threaded program, the main thread after it joined its
    /// workers — has exactly one schedule and nothing to wait for, so its
    /// transitions never cut a schedule (a loop that never ends there
    /// hits `--max-steps` instead).
    pub depth: usize,
}

impl Run {
    fn new(ex: Exec) -> Run {
        Run {
            ex,
            order: Order::default(),
            races: Detector::default(),
            held: Held::default(),
            sched: Vec::new(),
            preemptions: 0,
            depth: 0,
        }
    }

    /// Whether the schedule must be cut here (`max_depth` reached).
    pub fn too_deep(&self, max_depth: usize) -> bool {
        self.depth >= max_depth
    }

    /// Runs one transition of `tid` (runnable among `runnable`) and records
    /// it everywhere; returns it with its races.
    pub fn step(
        &mut self,
        tid: usize,
        runnable: &[usize],
        edges: &mut Edges,
        max_serial: crate::lockorder::Stable,
    ) -> Result<(Transition, Vec<(usize, usize)>), Stop> {
        let preempts = matches!(self.sched.last(), Some(&p) if p != tid && runnable.contains(&p));
        let alone = (0..self.ex.threads.len()).all(|t| t == tid || self.ex.is_done(t));
        let tr = self.ex.execute(tid)?;
        let races = self.order.push(tid, &summary(&tr));
        let sw: Vec<u64> = tr.accesses.iter().map(|a| a.switches).collect();
        self.races
            .push(tid, self.ex.threads[tid].proc, &tr.accesses, &sw);
        crate::lockorder::observe(&mut self.held, edges, &self.ex, &tr, max_serial);
        self.sched.push(tid);
        self.preemptions += preempts as u32;
        self.depth += !alone as usize;
        Ok((tr, races))
    }

    /// Problems visible at the end of an execution (`cut`: it did not end).
    pub fn problems(&mut self, cut: bool) -> Vec<Kind> {
        let mut out = Vec::new();
        for u in self.ex.uncaught.drain(..) {
            out.push(Kind::Uncaught {
                tid: u.tid,
                line: u.line,
                traceback: u.traceback,
                at_line: u.at_line,
            });
        }
        if !cut && !self.ex.live_non_daemon().is_empty() {
            out.push(Kind::Deadlock {
                waits: crate::deadlock::describe(&self.ex),
            });
        }
        for r in self.races.races.drain(..) {
            out.push(Kind::DataRace(r));
        }
        out
    }

    /// Records the problems of a finished execution into `into`.
    pub fn report(&mut self, cut: bool, into: &mut Vec<Problem>) {
        let threads: Vec<String> = self.ex.threads.iter().map(|t| t.name.clone()).collect();
        for kind in self.problems(cut) {
            problem::add(
                into,
                Problem {
                    kind,
                    schedule: self.sched.clone(),
                    preemptions: self.preemptions,
                    threads: threads.clone(),
                },
            );
        }
    }
}

/// Explores the schedules of a prepared program.
pub struct Explorer {
    /// The program after its single-threaded start: while the main thread
    /// is the only thread there is nothing to choose, so every schedule
    /// starts from this copy instead of re-running imports and set-up.
    pub start: Run,
    pub opts: Options,
    /// Locks created before the first thread started (see `lockorder`).
    pub max_serial: crate::lockorder::Stable,
}

impl Explorer {
    pub fn new(vm: Vm, main: Thread, opts: Options) -> Result<Explorer, Stop> {
        let mut run = Run::new(Exec::new(vm, main, opts.model));
        // The start ends before the transition that starts a second thread,
        // ends the main thread or raises: that one is left to the search.
        // A snapshot before every transition to step back from that one
        // made long single-threaded programs quadratic (each copy of `Run`
        // copies its whole history), so the transitions are counted on a
        // throwaway executor first and then run once more, for real.
        let n = single_threaded_start(run.ex.clone())?;
        let mut edges = Edges::new();
        for _ in 0..n {
            run.step(0, &[0], &mut edges, crate::lockorder::Stable::ALL)?;
        }
        let max_serial = crate::lockorder::Stable {
            serial: run.ex.vm().lock_serial,
            chans: run.ex.ipc.channels.len(),
        };
        Ok(Explorer {
            start: run,
            opts,
            max_serial,
        })
    }

    /// The state after `prefix` (a schedule from the start of the program
    /// that extends the single-threaded start).
    pub fn after(&self, prefix: &[usize]) -> Result<Run, Stop> {
        let mut run = self.start.clone();
        let mut edges = Edges::new();
        for &t in prefix.get(run.sched.len()..).unwrap_or(&[]) {
            let runnable = run.ex.runnable();
            if !runnable.contains(&t) {
                return Err(corelab_vm::Fatal::Internal(format!(
                    "prefix step {} wants thread {t}, which cannot run",
                    run.sched.len() + 1
                )));
            }
            run.step(t, &runnable, &mut edges, self.max_serial)?;
        }
        Ok(run)
    }

    /// Source-DPOR over every schedule extending `root`'s; threads in
    /// `sleep` (with their next transitions) are asleep at the root.
    pub fn explore_from(
        &self,
        root: &Run,
        root_sleep: &[(usize, Summary)],
        stop: &AtomicBool,
        mut progress: impl FnMut(&Stats),
    ) -> Result<Part, Stop> {
        let base = root.order.events_len();
        let mut stack: Vec<Node> = Vec::new();
        let mut part = Part {
            complete: true,
            ..Part::default()
        };
        part.stats.parts = 1;
        let mut branch = 0usize;
        loop {
            let mut run = root.clone();
            let mut i = 0usize;
            let mut blocked_by_sleep = false;
            let mut cut = false;
            loop {
                let runnable = run.ex.runnable();
                if runnable.is_empty() {
                    break;
                }
                if run.too_deep(self.opts.max_depth) {
                    cut = true;
                    break;
                }
                let tid = if i < stack.len() {
                    stack[i].chosen
                } else {
                    let sleep: Vec<(usize, Summary)> = match stack.last() {
                        None => root_sleep.to_vec(),
                        Some(parent) => parent
                            .sleep
                            .iter()
                            .chain(parent.done.iter())
                            .filter(|(q, s)| independent(parent.chosen, &parent.summary, *q, s))
                            .cloned()
                            .collect(),
                    };
                    let prev = run.sched.last().copied();
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
                        skipped: BTreeSet::new(),
                        sleep,
                        chosen: p,
                        summary: Vec::new(),
                        pre_before: run.preemptions,
                        prev,
                    });
                    p
                };
                let (tr, races) = run.step(tid, &runnable, &mut part.edges, self.max_serial)?;
                stack[i].summary = summary(&tr);
                if i >= branch {
                    reverse(&run.order, &races, base, &mut stack);
                }
                i += 1;
            }
            // Threads left waiting for a lock never ran their acquire, so it
            // raced with nothing; but it races with the holder's acquire:
            // had it come first, the holder would have waited instead (ABBA:
            // the schedule where the second thread runs entirely first).
            if !blocked_by_sleep && !cut {
                for (t, loc, op) in run.ex.blocked_ops() {
                    let mut order = run.order.clone();
                    let races = order.push(t, &[(Some(loc), op)]);
                    reverse(&order, &races, base, &mut stack);
                }
            }
            let st = &mut part.stats;
            st.schedules += 1;
            st.transitions += (run.sched.len() - self.start.sched.len()) as u64;
            st.instructions += run.ex.steps - self.start.ex.steps;
            st.max_threads = st.max_threads.max(run.ex.threads.len() as u64);
            st.max_depth = st.max_depth.max(run.sched.len() as u64);
            if cut {
                st.cut += 1;
                part.complete = false;
            }
            if !blocked_by_sleep {
                st.classes += 1;
                run.report(cut, &mut part.problems);
            }
            progress(&part.stats);
            if (self.opts.first && !part.problems.is_empty())
                || part.stats.schedules >= self.opts.max_schedules
                || stop.load(Ordering::Relaxed)
            {
                part.complete = false;
                break;
            }
            // Backtrack to the deepest node with work left.
            stack.truncate(i.min(stack.len()));
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
                            && !node.skipped.contains(t)
                    });
                    let Some(q) = cand else { break };
                    // A thread passed over here is not *done*: it ran no
                    // transition, so it must not fall asleep below (an
                    // empty summary would keep it asleep for good).
                    if !node.runnable.contains(&q) {
                        // Blocked here: try everything that can run.
                        let node = &mut stack[depth];
                        node.skipped.insert(q);
                        let r = node.runnable.clone();
                        node.backtrack.extend(r);
                        continue;
                    }
                    if let Some(k) = self.opts.preemptions {
                        let n = &stack[depth];
                        if n.pre_before + n.preempts(q) as u32 > k {
                            stack[depth].skipped.insert(q);
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
        Ok(part)
    }
}

/// How many transitions the main thread runs alone before one that starts
/// another thread, ends it or raises (or before it blocks); `ex` is used up.
fn single_threaded_start(mut ex: Exec) -> Result<usize, Stop> {
    let mut n = 0;
    while ex.threads.len() == 1 && ex.runnable() == [0] {
        let tr = ex.execute(0)?;
        if ex.threads.len() > 1 || tr.ended || !ex.uncaught.is_empty() {
            break;
        }
        n += 1;
    }
    Ok(n)
}

/// Source-DPOR's race reversal: for each race (e, j), unless an initial of
/// the reversed sequence is already in the backtrack set of the state
/// before e, adds one (j's thread when it is an initial).
fn reverse(order: &Order, races: &[(usize, usize)], base: usize, stack: &mut [Node]) {
    for &(e, j) in races {
        if e < base {
            continue; // in the prefix: other prefixes cover it
        }
        let init = order.initials(e, j);
        let Some(node) = stack.get_mut(e - base) else {
            continue;
        };
        if init.iter().any(|t| node.backtrack.contains(t)) {
            continue;
        }
        let t = order.thread_of(j);
        let add = if init.contains(&t) { t } else { init[0] };
        node.backtrack.insert(add);
    }
}

/// Replays `schedule` (then lets the previous, else the lowest runnable
/// thread go on) with values recorded. Each transition comes with whether
/// it preempted the previous thread.
#[allow(clippy::type_complexity)]
pub fn replay(
    vm: Vm,
    main: Thread,
    model: Model,
    schedule: &[usize],
    max_depth: usize,
) -> Result<(Exec, Vec<(Transition, bool)>, Vec<Kind>), Stop> {
    let mut ex = Exec::new(vm, main, model);
    ex.describe = true;
    let mut run = Run::new(ex);
    let mut edges = Edges::new();
    let mut trs = Vec::new();
    loop {
        let runnable = run.ex.runnable();
        if runnable.is_empty() || run.too_deep(max_depth) {
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
            None => match run.sched.last() {
                Some(&p) if runnable.contains(&p) => p,
                _ => runnable[0],
            },
        };
        let preempted = matches!(run.sched.last(), Some(&p) if p != tid && runnable.contains(&p));
        let (tr, _) = run.step(tid, &runnable, &mut edges, crate::lockorder::Stable::ALL)?;
        trs.push((tr, preempted));
    }
    let cut = !run.ex.runnable().is_empty();
    let kinds = run.problems(cut);
    Ok((run.ex, trs, kinds))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The start as the explorer used to find it: a copy of the whole run
    /// before every transition, stepped back to when the transition ends
    /// the single-threaded part.
    fn start_by_rollback(src: &str) -> Run {
        let (vm, main) = crate::prepare("t.py", src, Default::default()).expect("compiles");
        let mut run = Run::new(Exec::new(vm, main, Model::FreeThreaded));
        let mut edges = Edges::new();
        while run.ex.threads.len() == 1 && run.ex.runnable() == [0] {
            let before = run.clone();
            let stable = crate::lockorder::Stable::ALL;
            let (tr, _) = run.step(0, &[0], &mut edges, stable).expect("runs");
            if run.ex.threads.len() > 1 || tr.ended || !run.ex.uncaught.is_empty() {
                run = before;
                break;
            }
        }
        run
    }

    fn start(src: &str) -> Run {
        let (vm, main) = crate::prepare("t.py", src, Default::default()).expect("compiles");
        Explorer::new(vm, main, Options::default())
            .expect("runs")
            .start
    }

    #[test]
    fn start_ends_where_rolling_back_ended_it() {
        let programs = [
            "x = [i * i for i in range(50)]\nprint(sum(x))\n",
            "import threading\nn = 0\ndef f():\n    global n\n    n += 1\n\
             t = threading.Thread(target=f)\nt.start()\nt.join()\n",
            "d = {}\nfor i in range(20):\n    d[i] = i\nassert len(d) == 3\n",
            "",
        ];
        for src in programs {
            let (a, b) = (start(src), start_by_rollback(src));
            assert_eq!(a.sched, b.sched, "{src}");
            assert_eq!(a.ex.steps, b.ex.steps, "{src}");
            assert_eq!(a.ex.threads.len(), 1, "{src}");
            assert!(a.ex.uncaught.is_empty(), "{src}");
        }
    }
}

#[cfg(test)]
mod depth_tests {
    use super::*;

    fn explore(src: &str, max_depth: usize) -> Part {
        let (vm, main) = crate::prepare("t.py", src, Default::default()).expect("compiles");
        let opts = Options {
            max_depth,
            ..Options::default()
        };
        let ex = Explorer::new(vm, main, opts).expect("runs");
        let stop = AtomicBool::new(false);
        ex.explore_from(&ex.start, &[], &stop, |_| {})
            .expect("explores")
    }

    /// A thread that runs alone has one schedule: its transitions never
    /// count towards `--max-depth`, before threads start or after they end.
    #[test]
    fn threads_alone_are_not_cut() {
        let long = "d = {}\nfor i in range(100):\n    d[i] = i\n";
        let part = explore(long, 10);
        assert!(part.complete && part.stats.cut == 0);
        let after_join = "import threading\nn = 0\ndef f():\n    global n\n    n += 1\n\
             t = threading.Thread(target=f)\nt.start()\nt.join()\n\
             d = {}\nfor i in range(100):\n    d[i] = n\nassert len(d) == 3\n";
        let part = explore(after_join, 30);
        assert!(part.complete && part.stats.cut == 0);
        // The real outcome is still reported.
        assert!(part.problems.iter().any(
            |p| matches!(&p.kind, Kind::Uncaught { line, .. } if line.starts_with("AssertionError"))
        ));
    }

    /// A thread spinning on a flag nobody sets is still cut.
    #[test]
    fn spinning_with_another_thread_alive_is_cut() {
        let spin = "import threading\nflag = False\nlock = threading.Lock()\nlock.acquire()\n\
             def waiter():\n    with lock:\n        pass\n\
             t = threading.Thread(target=waiter)\nt.start()\n\
             while not flag:\n    pass\n";
        let part = explore(spin, 50);
        assert!(!part.complete && part.stats.cut > 0);
    }
}
