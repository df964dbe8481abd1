//! The machine's main loop: a discrete-event simulation of cores running
//! threads of one process under its GIL.
//!
//! Every thread has its own clock. The loop repeatedly takes whichever
//! comes first: the next timed event (a sleep ending, a woken thread
//! arriving on a core, a GIL wait timing out) or the running thread with
//! the earliest clock, which it steps until the next event (for the GIL
//! holder: until its next switch point after that). With `--gil none`
//! several threads execute at once; they are interleaved in slices of
//! `parallel_quantum_ns`, earliest clock first, stopping after any
//! instruction. Requests from Python (`Syscall`) are answered in
//! `syscalls.rs`.

use crate::config::{Config, GilKind, SwitchPoints};
use crate::gil::{self, Check, Cx, Effect, Gil, Tid};
use crate::process::Process;
use crate::rng::Rng;
use crate::thread::{Category, SimThread, State, Todo, Wait};
use crate::trace::{Event, Handed, Trace};
use corelab_vm::run::Exit;
use corelab_vm::{Fatal, PyErr, StepOutcome, StopMode, Stream, Thread, Value, Vm};
use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap, VecDeque};

/// A timed event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Timed {
    /// A woken thread becomes runnable.
    Wake(Tid),
    /// A thread's wait (sleep, lock or join timeout, GIL-free work) ends,
    /// if `token` still matches.
    Timer { tid: Tid, token: u64 },
    /// A GIL model's timer.
    GilTimer { tid: Tid, token: u64 },
}

/// How a run ended.
pub struct Outcome {
    pub exit: Exit,
    /// Set when the user stopped the run (`Watch::stop`): the output,
    /// trace and summary cover the run up to `trace.end`.
    pub interrupted: bool,
    /// Set when the run stopped because every thread was blocked.
    pub deadlock: Option<String>,
    pub trace: Trace,
    pub stats: crate::stats::Summary,
}

/// What the host can see and do while a run goes on: a stop flag (Ctrl-C)
/// and a progress callback (simulated ns, instructions), polled every few
/// thousand machine steps. Neither changes what the run computes.
#[derive(Default)]
pub struct Watch {
    pub stop: Option<std::sync::Arc<std::sync::atomic::AtomicBool>>,
    pub progress: Option<Box<dyn FnMut(u64, u64)>>,
}

pub struct Machine {
    pub(crate) cfg: Config,
    pub watch: Watch,
    pub(crate) procs: Vec<Process>,
    pub(crate) threads: Vec<SimThread>,
    pub(crate) cores: Vec<Option<Tid>>,
    pub(crate) ready: VecDeque<Tid>,
    events: BinaryHeap<Reverse<(u64, u64, Timed)>>,
    seq: u64,
    pub(crate) now: u64,
    pub(crate) rng: Rng,
    pub(crate) trace: Trace,
    pub(crate) exit: Option<Exit>,
    pub(crate) context_switches: u64,
    next_ident: u64,
    pub(crate) next_pid: u64,
    /// Pipes and multiprocessing queues (machine-wide: any process may use
    /// any channel whose id it holds).
    pub(crate) channels: Vec<crate::channels::Channel>,
    /// Pipe ends (each process holds a set of them open).
    pub(crate) handles: Vec<crate::channels::Handle>,
    /// Shared memory blocks (`multiprocessing.Value/Array`).
    pub(crate) shared: Vec<Vec<corelab_vm::pickle::Pickled>>,
    /// The forkserver start method's server process, once started.
    pub(crate) forkserver: Option<crate::forkserver::ForkServer>,
    /// The program, for spawned processes to run again.
    pub(crate) program: Option<Program>,
    /// Everything every process wrote, in simulated order.
    pub(crate) output: Vec<(Stream, String)>,
    /// Simulated time spent starting processes, and moving values between
    /// them (for the summary).
    pub(crate) process_start_ns: u64,
    pub(crate) transfer_ns: u64,
    /// For `Event::Handover`: who last released each process's GIL and
    /// when, and who woke each lock waiter (by waiter) and when.
    gil_released: BTreeMap<usize, (Tid, u64)>,
    pub(crate) lock_wakes: BTreeMap<Tid, (Tid, u64)>,
}

/// The program a run started from (spawned children re-run it).
#[derive(Clone, Debug)]
pub struct Program {
    pub name: String,
    pub text: String,
    pub argv: Vec<String>,
    pub limits: corelab_vm::Limits,
}

impl Machine {
    /// A machine whose main thread is ready to run `main` in `vm`.
    pub fn new(cfg: Config, mut vm: Vm, main: Thread) -> Machine {
        vm.cpu_count = cfg.cores;
        let slot = vm.parked_threads.len();
        vm.parked_threads.push(main);
        let main_thread = SimThread::new(
            corelab_vm::vm::MAIN_THREAD_IDENT,
            "MainThread".into(),
            false,
            slot,
            0,
        );
        let process = Process {
            pid: vm.pid,
            ppid: vm.ppid,
            vm,
            gil: gil::new_gil(&cfg),
            lock_waiters: BTreeMap::new(),
            cpu_ns: 0,
            main: 0,
            parent: None,
            name: "MainProcess".into(),
            daemon: false,
            exit_code: None,
            main_exit: None,
            joiners: Vec::new(),
            spawn_target: None,
            exit_hooks_run: false,
            handles: Default::default(),
        };
        let rng = Rng::new(cfg.seed);
        let cores = vec![None; cfg.cores.max(1)];
        let trace = Trace {
            cores: cores.len(),
            ..Trace::default()
        };
        let first_proc = (process.pid, process.name.clone());
        let mut m = Machine {
            watch: Watch::default(),
            cfg,
            procs: vec![process],
            threads: Vec::new(),
            cores,
            ready: VecDeque::new(),
            events: BinaryHeap::new(),
            seq: 0,
            now: 0,
            rng,
            trace,
            exit: None,
            context_switches: 0,
            next_ident: corelab_vm::vm::MAIN_THREAD_IDENT + 1,
            next_pid: corelab_vm::vm::MAIN_PID + 1,
            channels: Vec::new(),
            handles: Vec::new(),
            shared: Vec::new(),
            forkserver: None,
            program: None,
            output: Vec::new(),
            process_start_ns: 0,
            transfer_ns: 0,
            gil_released: BTreeMap::new(),
            lock_wakes: BTreeMap::new(),
        };
        m.trace.procs.push(first_proc);
        m.add_thread(main_thread);
        m
    }

    /// Registers a thread (Ready) and puts it on a core if one is free.
    pub(crate) fn add_thread(&mut self, t: SimThread) -> Tid {
        let tid = self.threads.len();
        self.trace.threads.push(t.name.clone());
        self.trace.thread_procs.push(t.proc);
        let at = t.clock;
        self.threads.push(t);
        self.trace.events.push(Event::State {
            t: at,
            tid,
            cat: Category::Ready,
        });
        self.make_ready(tid, at);
        tid
    }

    /// The process `tid` belongs to.
    pub(crate) fn proc_of(&mut self, tid: Tid) -> &mut Process {
        let p = self.threads[tid].proc;
        &mut self.procs[p]
    }

    /// The interpreter of `tid`'s process.
    pub(crate) fn vm_of(&mut self, tid: Tid) -> &mut Vm {
        &mut self.proc_of(tid).vm
    }

    pub(crate) fn new_ident(&mut self) -> u64 {
        let i = self.next_ident;
        self.next_ident += 1;
        i
    }

    pub(crate) fn schedule(&mut self, at: u64, ev: Timed) {
        self.seq += 1;
        self.events.push(Reverse((at, self.seq, ev)));
    }

    /// Lets spawned processes re-run `program`.
    pub fn with_program(mut self, program: Program) -> Machine {
        self.program = Some(program);
        self
    }

    /// Moves what `tid`'s process wrote into the run's output.
    fn drain_output(&mut self, tid: Tid) {
        let out = self.vm_of(tid).take_output();
        self.output.extend(out);
    }

    /// Runs the program to its end. Returns its output, exit and trace.
    pub fn run(mut self) -> (Vec<(Stream, String)>, Outcome) {
        let mut polls: u32 = 0;
        let mut interrupted = false;
        let deadlock = loop {
            if self.exit.is_some() {
                break None;
            }
            polls = polls.wrapping_add(1);
            if polls.is_multiple_of(4096) && self.poll_watch() {
                interrupted = true;
                break None;
            }
            let next_event = self.events.peek().map(|Reverse((t, _, _))| *t);
            match (self.next_runner(), next_event) {
                (Some((clock, tid)), ev) if ev.is_none_or(|e| clock < e) => {
                    self.run_thread(tid, ev)
                }
                (_, Some(_)) | (Some(_), None) => self.handle_event(),
                (None, None) => break Some(crate::deadlock::report(&self)),
            }
        };
        let exit = match (&deadlock, self.exit.take()) {
            _ if interrupted => Exit::Code(130),
            (_, Some(e)) => e,
            (Some(_), None) => Exit::Code(crate::DEADLOCK_EXIT),
            (None, None) => Exit::Code(0),
        };
        let end = self
            .threads
            .iter()
            .map(|t| t.ended_at.unwrap_or(t.clock).max(t.clock))
            .max()
            .unwrap_or(0)
            .max(self.now);
        self.finish_accounting(end);
        self.trace.end = end;
        let stats = crate::stats::summarize(&self, end);
        let outcome = Outcome {
            exit,
            interrupted,
            deadlock,
            trace: std::mem::take(&mut self.trace),
            stats,
        };
        for p in 0..self.procs.len() {
            let out = self.procs[p].vm.take_output();
            self.output.extend(out);
        }
        (self.output, outcome)
    }

    /// Reports progress; true when the host asks the run to stop.
    fn poll_watch(&mut self) -> bool {
        let now = self.now;
        if let Some(f) = self.watch.progress.as_mut() {
            let steps: u64 = self.procs.iter().map(|p| p.vm.steps).sum();
            f(now, steps);
        }
        self.watch
            .stop
            .as_ref()
            .is_some_and(|s| s.load(std::sync::atomic::Ordering::Relaxed))
    }

    /// The running Python thread with the earliest clock.
    fn next_runner(&self) -> Option<(u64, Tid)> {
        self.cores
            .iter()
            .flatten()
            .filter(|&&t| matches!(self.threads[t].todo, Todo::Python))
            .map(|&t| (self.threads[t].clock, t))
            .min()
    }

    fn handle_event(&mut self) {
        let Some(Reverse((at, _, ev))) = self.events.pop() else {
            return;
        };
        self.now = self.now.max(at);
        match ev {
            Timed::Wake(tid) => {
                if matches!(self.threads[tid].state, State::Blocked(_)) {
                    self.make_ready(tid, at);
                }
            }
            Timed::Timer { tid, token } => {
                if self.threads[tid].token == token {
                    self.timer_fired(tid, at);
                }
            }
            Timed::GilTimer { tid, token } => {
                self.with_gil(tid, at, |g, cx| g.on_timer(cx, tid, token));
            }
        }
    }

    /// A thread's own timer: its sleep, GIL-free work or wait timeout ended.
    fn timer_fired(&mut self, tid: Tid, at: u64) {
        let t = &mut self.threads[tid];
        t.token += 1;
        match (t.state.clone(), t.todo.clone()) {
            (State::Running, Todo::GilFree { .. }) => {
                t.clock = t.clock.max(at);
                t.todo = Todo::TakeGil;
                self.on_core(tid);
            }
            (State::Blocked(Wait::Sleep), _) => {
                t.answer = Some(Ok(Value::None));
                t.todo = Todo::TakeGil;
                self.make_ready(tid, at);
            }
            (State::Blocked(Wait::Lock { lock, .. }), _) => {
                self.unpark_lock_waiter(lock, tid);
                let t = &mut self.threads[tid];
                t.answer = Some(Ok(Value::Bool(false)));
                t.todo = Todo::TakeGil;
                self.make_ready(tid, at);
            }
            (State::Blocked(Wait::Join { target }), _) => {
                self.threads[target].joiners.retain(|&j| j != tid);
                let t = &mut self.threads[tid];
                t.answer = Some(Ok(Value::Bool(false)));
                t.todo = Todo::TakeGil;
                self.make_ready(tid, at);
            }
            (State::Blocked(Wait::JoinProcess { pid }), _) => {
                if let Some(p) = self.proc_index(pid) {
                    self.procs[p].joiners.retain(|&j| j != tid);
                }
                let t = &mut self.threads[tid];
                t.answer = Some(Ok(Value::Bool(false)));
                t.todo = Todo::TakeGil;
                self.make_ready(tid, at);
            }
            (State::Blocked(Wait::Channel { chan, .. }), _) => self.channel_timeout(tid, chan, at),
            _ => {}
        }
    }

    /// `tid` can run from `at`: onto an idle core, else into the queue.
    pub(crate) fn make_ready(&mut self, tid: Tid, at: u64) {
        self.set_state(tid, State::Ready, at);
        if let Some(core) = self.cores.iter().position(|c| c.is_none()) {
            self.assign(tid, core, at);
        } else if !self.ready.contains(&tid) {
            self.ready.push_back(tid);
        }
    }

    /// Puts `tid` on `core` at `at` and lets it do its next step.
    fn assign(&mut self, tid: Tid, core: usize, at: u64) {
        self.cores[core] = Some(tid);
        self.context_switches += 1;
        let start = at + self.cfg.context_switch_ns;
        let t = &mut self.threads[tid];
        t.core = Some(core);
        t.clock = t.clock.max(start);
        t.slice_end = t.clock + self.cfg.timeslice_ns;
        self.trace.events.push(Event::Core {
            t: at,
            core,
            tid: Some(tid),
        });
        self.set_state(tid, State::Running, at);
        self.on_core(tid);
    }

    /// Frees `tid`'s core and gives it to the next ready thread.
    pub(crate) fn leave_core(&mut self, tid: Tid) {
        let Some(core) = self.threads[tid].core.take() else {
            return;
        };
        let at = self.threads[tid].clock;
        self.cores[core] = None;
        self.trace.events.push(Event::Core {
            t: at,
            core,
            tid: None,
        });
        if let Some(next) = self.ready.pop_front() {
            let at = at.max(self.threads[next].since);
            self.assign(next, core, at);
        }
    }

    /// Records a state change (and its time) of `tid`.
    pub(crate) fn set_state(&mut self, tid: Tid, state: State, at: u64) {
        let t = &mut self.threads[tid];
        let at = at.max(t.since);
        let old = t.category;
        let spent = at - t.since;
        t.times.add(old, spent);
        if old == Category::GilWait {
            let (p, line) = (t.proc, t.line);
            self.add_gil_wait(p, line, spent);
        }
        let t = &mut self.threads[tid];
        t.state = state;
        t.since = at;
        let cat = t.category_of();
        t.category = cat;
        if cat != old {
            let line = self.program_line(tid);
            self.threads[tid].line = line;
            let index = self.trace.events.len();
            self.trace.state_lines.push((index, line));
            self.trace.events.push(Event::State { t: at, tid, cat });
        }
    }

    /// Blocks `tid` (on a core, at its clock) for `why`.
    pub(crate) fn block(&mut self, tid: Tid, why: Wait) {
        let at = self.threads[tid].clock;
        self.set_state(tid, State::Blocked(why), at);
        self.leave_core(tid);
    }

    /// A thread just got a core (or its GIL-free work ended): do its step.
    pub(crate) fn on_core(&mut self, tid: Tid) {
        match self.threads[tid].todo.clone() {
            Todo::Python | Todo::GilFree { .. } => {}
            Todo::TakeGil => self.take_gil(tid),
            Todo::TryLock { lock, deadline } => self.try_lock_woken(tid, lock, deadline),
            Todo::TryRecv {
                chan,
                deadline,
                peek,
            } => self.channel_recv(tid, chan, deadline, true, peek),
        }
    }

    /// `tid` asks for the GIL; on success it gets its pending answer.
    pub(crate) fn take_gil(&mut self, tid: Tid) {
        let at = self.threads[tid].clock;
        let got = self.with_gil(tid, at, |g, cx| g.request(cx, tid));
        if got {
            if self.proc_of(tid).gil.enabled() {
                let proc = self.threads[tid].proc;
                self.trace.events.push(Event::Gil {
                    t: at,
                    proc,
                    holder: Some(tid),
                });
                self.record_gil_handover(proc, tid, at);
            }
            self.threads[tid].todo = Todo::Python;
            self.set_state(tid, State::Running, at);
            if let Some(answer) = self.threads[tid].answer.take() {
                self.deliver(tid, answer);
            }
        } else {
            self.threads[tid].todo = Todo::TakeGil;
            self.block(tid, Wait::Gil);
        }
    }

    /// `tid` gives up the GIL (`forced`: on request). Returns true when it
    /// must wait for the hand-over.
    pub(crate) fn drop_gil(&mut self, tid: Tid, forced: bool) -> bool {
        let at = self.threads[tid].clock;
        let had = self.proc_of(tid).gil.holder() == Some(tid);
        let wait = self.with_gil(tid, at, |g, cx| g.release(cx, tid, forced));
        if had && self.proc_of(tid).gil.enabled() {
            let holder = self.proc_of(tid).gil.holder();
            let proc = self.threads[tid].proc;
            self.trace.events.push(Event::Gil {
                t: at,
                proc,
                holder,
            });
            if holder.is_none() {
                self.gil_released.insert(proc, (tid, at));
            }
        }
        wait
    }

    /// `to` took the GIL of `proc` at `at`: a hand-over when another
    /// thread released it last.
    fn record_gil_handover(&mut self, proc: usize, to: Tid, at: u64) {
        if let Some((from, released)) = self.gil_released.remove(&proc) {
            if from != to {
                self.trace.events.push(Event::Handover {
                    t: at,
                    released,
                    proc,
                    from,
                    to,
                    what: Handed::Gil,
                });
            }
        }
    }

    /// Calls the GIL model of `tid`'s process with a context, then carries
    /// out its effects.
    pub(crate) fn with_gil<R>(
        &mut self,
        tid: Tid,
        now: u64,
        f: impl FnOnce(&mut dyn Gil, &mut Cx) -> R,
    ) -> R {
        let idle_core = self.cores.iter().any(|c| c.is_none());
        let p = &mut self.procs[self.threads[tid].proc];
        let mut cx = Cx {
            now,
            interval_ns: p.vm.switch_interval_ns.max(1_000),
            rng: &mut self.rng,
            idle_core,
            effects: Vec::new(),
        };
        let r = f(p.gil.as_mut(), &mut cx);
        let effects = std::mem::take(&mut cx.effects);
        for e in effects {
            match e {
                Effect::Wake(t) => {
                    let at = now + self.cfg.wake_latency_ns;
                    self.schedule(at, Timed::Wake(t));
                }
                Effect::WakeNow(t) => self.schedule(now, Timed::Wake(t)),
                Effect::Timer { tid, at, token } => {
                    self.schedule(at, Timed::GilTimer { tid, token })
                }
            }
        }
        r
    }

    /// Hands an answer to the Python thread of `tid` (which holds the GIL).
    pub(crate) fn deliver(&mut self, tid: Tid, answer: corelab_vm::PyResult<Value>) {
        let slot = self.threads[tid].slot;
        let vm = self.vm_of(tid);
        let mut th = std::mem::take(&mut vm.parked_threads[slot]);
        let r = corelab_vm::deliver(vm, &mut th, answer);
        vm.parked_threads[slot] = th;
        self.drain_output(tid);
        if let Err(out) = r {
            self.outcome(tid, out);
        }
    }

    /// Steps the running thread `tid` until `next_event` (or its limits).
    fn run_thread(&mut self, tid: Tid, next_event: Option<u64>) {
        let cfg_gil = self.cfg.gil;
        let mut deadline = next_event.unwrap_or(u64::MAX);
        let parallel = self
            .cores
            .iter()
            .flatten()
            .filter(|&&t| t != tid && matches!(self.threads[t].todo, Todo::Python))
            .map(|&t| self.threads[t].clock)
            .min();
        if let Some(other) = parallel {
            deadline = deadline.min(other + self.cfg.parallel_quantum_ns);
            // Real cores drift against each other (caches, interrupts):
            // a little seeded noise keeps parallel threads from running in
            // lock-step forever.
            let noise = self.rng.below(self.cfg.parallel_jitter_ns as usize + 1) as u64;
            self.threads[tid].clock += noise;
        }
        if !self.ready.is_empty() {
            deadline = deadline.min(self.threads[tid].slice_end);
        }
        deadline = deadline.min(self.cfg.max_sim_ns);
        if self.proc_of(tid).gil.wants_check(tid) {
            deadline = 0;
        }
        // CPython <= 3.9 (and the legacy GIL's tick counter, and free
        // threading) can switch after any instruction. Threads running at
        // the same time on other cores (other processes, or no GIL)
        // interleave at any instruction too; the GIL is then only checked
        // where the step stopped at an eval-breaker check.
        let mode = if self.anywhere_checks() || parallel.is_some() {
            StopMode::Anywhere
        } else {
            StopMode::SwitchPoint
        };
        let budget = if cfg_gil == GilKind::Legacy {
            self.cfg
                .legacy_check_interval
                .saturating_sub(self.threads[tid].ticks)
                .max(1)
        } else {
            u64::MAX / 4
        };
        let t = &self.threads[tid];
        let (slot, start, ident, cpu) = (t.slot, t.clock, t.ident, t.cpu_ns);
        let start_ps = start * 1000 + t.frac_ps;
        let p = &mut self.procs[t.proc];
        let vm = &mut p.vm;
        let mut th = std::mem::take(&mut vm.parked_threads[slot]);
        vm.clock_ps = start_ps;
        vm.deadline_ps = deadline.saturating_mul(1000);
        vm.thread_ident = ident;
        vm.thread_cpu_ns = cpu;
        vm.process_cpu_ns = p.cpu_ns;
        vm.cpu_mark_ps = start_ps;
        let steps_before = vm.steps;
        let out = corelab_vm::step(vm, &mut th, budget, mode);
        vm.parked_threads[slot] = th;
        let end_ps = vm.clock_ps.max(start_ps);
        let steps = vm.steps - steps_before;
        p.cpu_ns += end_ps / 1000 - start;
        let end = end_ps / 1000;
        let t = &mut self.threads[tid];
        t.clock = end;
        t.frac_ps = end_ps % 1000;
        t.cpu_ns += end - start;
        t.ticks += steps;
        self.now = self.now.max(start);
        self.drain_output(tid);
        if end >= self.cfg.max_sim_ns {
            self.exit = Some(Exit::Fatal(Fatal::Limit(format!(
                "simulated-time limit reached: the program ran for more than {} s of simulated time (raise it with --max-sim-seconds)",
                self.cfg.max_sim_ns / 1_000_000_000
            ))));
            return;
        }
        self.outcome(tid, out);
    }

    /// Acts on why a thread stopped.
    pub(crate) fn outcome(&mut self, tid: Tid, out: StepOutcome) {
        match out {
            StepOutcome::Budget => self.at_check(tid),
            StepOutcome::Finished => self.thread_ended(tid, None),
            StepOutcome::Raised(e) => self.thread_ended(tid, Some(e)),
            StepOutcome::Fatal(f) => {
                let slot = self.threads[tid].slot;
                let f = corelab_vm::run::locate(&self.vm_of(tid).parked_threads[slot], f);
                self.exit = Some(Exit::Fatal(f));
            }
            StepOutcome::Sys(req) => self.syscall(tid, req),
        }
    }

    /// Whether every instruction boundary is a GIL check (CPython <= 3.9,
    /// the legacy GIL, free threading).
    fn anywhere_checks(&self) -> bool {
        self.cfg.switch_points == SwitchPoints::Any || self.cfg.gil != GilKind::Modern
    }

    /// The thread stopped at a check: GIL requests, legacy churn, slices.
    fn at_check(&mut self, tid: Tid) {
        let legacy = self.cfg.gil == GilKind::Legacy;
        let at_check = self.anywhere_checks() || self.vm_of(tid).at_switch_point;
        let due =
            at_check && (!legacy || self.threads[tid].ticks >= self.cfg.legacy_check_interval);
        if due {
            if legacy {
                self.threads[tid].ticks = 0;
            }
            let at = self.threads[tid].clock;
            let check = self.with_gil(tid, at, |g, cx| g.check(cx, tid));
            match check {
                Check::Continue => {}
                Check::Churn(ns) => {
                    self.threads[tid].clock += ns;
                    self.threads[tid].cpu_ns += ns;
                }
                Check::Drop => {
                    let wait = self.drop_gil(tid, true);
                    self.threads[tid].todo = Todo::TakeGil;
                    if wait {
                        self.block(tid, Wait::Handover);
                    } else {
                        self.take_gil(tid);
                    }
                    return;
                }
            }
        }
        let t = &self.threads[tid];
        if !self.ready.is_empty() && t.clock >= t.slice_end && t.core.is_some() {
            self.preempt(tid);
        }
    }

    /// The OS takes `tid`'s core for the next ready thread (it keeps the GIL
    /// if it holds it).
    fn preempt(&mut self, tid: Tid) {
        let at = self.threads[tid].clock;
        self.set_state(tid, State::Ready, at);
        self.ready.push_back(tid);
        self.leave_core(tid);
    }

    /// A thread's Python code finished (`exc`: with an uncaught exception).
    fn thread_ended(&mut self, tid: Tid, exc: Option<corelab_vm::ObjRef>) {
        let p = self.threads[tid].proc;
        let is_main = self.procs[p].main == tid;
        if is_main && exc.is_none() && self.run_spawn_target(tid) {
            // A spawned child ran its main module; now its target runs.
            return;
        }
        if is_main && self.is_forkserver(p) {
            // The fork server imported the main module: it waits for starts.
            self.forkserver_ready(tid, exc.is_some());
            return;
        }
        if let Some(e) = exc {
            if is_main {
                let exit = corelab_vm::run::uncaught(self.vm_of(tid), e);
                self.drain_output(tid);
                if let Exit::Fatal(_) = exit {
                    self.exit = Some(exit);
                    return;
                }
                self.procs[p].main_exit = Some(exit);
            } else {
                // A thread started with _thread.start_new_thread whose
                // function raised (threading.Thread catches its own).
                let text = corelab_vm::run::traceback(self.vm_of(tid), e, 0);
                let msg = format!(
                    "Unhandled exception in thread started by {}:\n{text}",
                    self.threads[tid].name
                );
                if let Err(PyErr::Fatal(f)) =
                    self.vm_of(tid).write(corelab_vm::Stream::Stderr, &msg)
                {
                    self.exit = Some(Exit::Fatal(*f));
                    return;
                }
                self.drain_output(tid);
            }
        } else if is_main && self.procs[p].main_exit.is_none() {
            // A child process's main function returns its exit code.
            let slot = self.threads[tid].slot;
            let code = match self.procs[p].vm.parked_threads[slot].result {
                Some(Value::Int(c)) if p != 0 => c as i32,
                _ => 0,
            };
            self.procs[p].main_exit = Some(Exit::Code(code));
        }
        if is_main && self.run_exit_hooks(tid) {
            // threading's exit hooks run on the main thread first.
            return;
        }
        self.drop_gil(tid, false);
        let at = self.threads[tid].clock;
        if is_main {
            // Like Py_FinalizeEx: wait for the non-daemon threads.
            self.set_state(tid, State::Blocked(Wait::Shutdown), at);
            self.leave_core(tid);
        } else {
            self.procs[p].gil.forget(tid);
            self.set_state(tid, State::Done, at);
            self.threads[tid].ended_at = Some(at);
            let slot = self.threads[tid].slot;
            self.vm_of(tid).parked_threads[slot] = Thread::default();
            self.leave_core(tid);
            for j in std::mem::take(&mut self.threads[tid].joiners) {
                self.wake_with(j, Ok(Value::Bool(true)), at);
            }
        }
        self.check_shutdown(p, at);
        // A parent waiting for its children at exit may be done now.
        if let Some(parent) = self.procs[p].parent {
            self.check_shutdown(parent, at);
        }
    }

    /// Ends process `p` once its main thread has finished and no
    /// non-daemon thread (and, for the main process, no non-daemon child
    /// process) is left.
    fn check_shutdown(&mut self, p: usize, at: u64) {
        let main = self.procs[p].main;
        if !matches!(self.threads[main].state, State::Blocked(Wait::Shutdown)) {
            return;
        }
        let threads_left = self
            .threads
            .iter()
            .enumerate()
            .any(|(t, th)| t != main && th.proc == p && !th.daemon && th.state != State::Done);
        let children_left = p == 0
            && self
                .procs
                .iter()
                .any(|c| c.parent == Some(0) && !c.daemon && c.exit_code.is_none());
        if threads_left || children_left {
            return;
        }
        let code = match self.procs[p].main_exit {
            Some(Exit::Code(c)) => c,
            _ => 0,
        };
        self.end_process(p, code, at);
    }

    /// Closes every thread's time accounting at `end`.
    fn finish_accounting(&mut self, end: u64) {
        for tid in 0..self.threads.len() {
            let t = &mut self.threads[tid];
            let at = end.max(t.since);
            let cat = t.category;
            let spent = at - t.since;
            t.times.add(cat, spent);
            t.since = at;
            if cat == Category::GilWait {
                let (p, line) = (t.proc, t.line);
                self.add_gil_wait(p, line, spent);
            }
        }
        self.collect_line_times();
    }
}
