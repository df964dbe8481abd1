//! The checker's executor: the program's threads — in one process or
//! several — run one *transition* at a time, in the order the explorer
//! chooses, with no clock and no cores. (Processes and what they share
//! are in `procs` and `ipc`.)
//!
//! A thread always rests just before its next visible operation (see
//! `access`): a peeked memory access, or a syscall announcing a lock
//! operation, a thread start or join, or a sleep. Executing a transition
//! performs that operation and then runs the thread's local work up to its
//! next visible operation (model `free-threaded`: any instruction boundary
//! may be a preemption), or up to its next CPython 3.10+ switch point or
//! blocking call (model `gil`), collecting the accesses it made on the way.
//!
//! Blocking is decided before a transition runs: a thread waiting for a
//! held lock or an unfinished thread is simply not enabled, so no
//! transition ever blocks half-way. Timeouts: a thread in a timed wait is
//! enabled only when no other thread is (then it times out) — a timeout is
//! a possible outcome exactly when nothing else can make progress.

use crate::access::{self, Access, ChanOp, Key, Loc, Op};
use corelab_vm::objects::Obj;
use corelab_vm::{
    interp, Fatal, ObjRef, PyErr, PyResult, StepOutcome, StopMode, SyncOp, Syscall, Thread, Value,
    Vm,
};

/// Where a thread may be preempted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Model {
    /// After any instruction: free-threaded CPython, CPython <= 3.9.
    FreeThreaded,
    /// Only at CPython 3.10+ switch points and blocking calls.
    Gil,
}

impl Model {
    pub fn name(self) -> &'static str {
        match self {
            Model::FreeThreaded => "free-threaded",
            Model::Gil => "gil",
        }
    }
}

/// What a thread does when it is next scheduled.
#[derive(Clone, Debug)]
pub enum Next {
    /// Run local work (a new thread; a thread stopped at a switch point).
    Run,
    /// Perform a peeked access, then run on.
    Access(Vec<Access>),
    /// Answer a syscall, then run on.
    Sys(Syscall),
    Done,
}

/// Whether a thread can be scheduled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Enabled {
    Yes,
    No,
    /// Only when no other thread is enabled: its timed wait expires.
    OnTimeout,
}

#[derive(Clone, Debug)]
pub struct CThread {
    pub name: String,
    pub ident: u64,
    pub daemon: bool,
    /// Its process (index into `Exec::procs`).
    pub proc: usize,
    /// Index of its Python state in its process's `vm.parked_threads`.
    pub slot: usize,
    pub next: Next,
    /// The thread that started it and the event index of the start.
    pub parent: Option<usize>,
}

/// A problem the executor saw while running (deadlocks and races are
/// found by the explorer).
#[derive(Clone, Debug)]
pub struct Uncaught {
    pub tid: usize,
    /// `AssertionError: balance went negative`
    pub line: String,
    /// The whole traceback as CPython prints it.
    pub traceback: String,
    /// Line of the user frame where it was raised (0: unknown).
    pub at_line: u32,
}

/// One transition as executed: its thread and visible operations.
#[derive(Clone, Debug)]
pub struct Transition {
    pub tid: usize,
    pub accesses: Vec<Access>,
    /// The thread finished in this transition.
    pub ended: bool,
}

#[derive(Clone)]
pub struct Exec {
    /// The processes; 0 is the program's main process.
    pub procs: Vec<CProc>,
    pub threads: Vec<CThread>,
    /// Queues, pipes, semaphores and shared memory between processes.
    pub ipc: crate::ipc::Ipc,
    pub model: Model,
    pub uncaught: Vec<Uncaught>,
    /// Exit status of the main thread (1 after an uncaught exception).
    pub exit_code: i32,
    /// Bytecode instructions run.
    pub steps: u64,
    /// Fill in read values (for counterexamples).
    pub describe: bool,
    /// Per thread: CPython 3.11 switch points passed so far.
    pub switches: Vec<u64>,
    pub(crate) next_ident: u64,
    pub(crate) next_pid: u64,
    /// What every process printed, in the order it was printed.
    pub output: Vec<(corelab_vm::Stream, String)>,
    /// A fresh interpreter about to run the main module as
    /// `__mp_main__` (what spawn starts), made once and copied.
    pub(crate) spawn_template: Option<std::rc::Rc<(Vm, Thread)>>,
}

pub use crate::procs::CProc;

/// A stop that ends the whole check (unsupported feature, limit).
pub type Stop = Fatal;

impl Exec {
    /// An executor for a prepared process whose main thread is `main`.
    pub fn new(mut vm: Vm, main: Thread, model: Model) -> Exec {
        vm.check_mode = true;
        vm.deadline_ps = u64::MAX;
        vm.parked_threads.push(main);
        let main = CThread {
            name: "MainThread".into(),
            ident: corelab_vm::vm::MAIN_THREAD_IDENT,
            daemon: false,
            proc: 0,
            slot: vm.parked_threads.len() - 1,
            next: Next::Run,
            parent: None,
        };
        let pid = vm.pid;
        Exec {
            procs: vec![CProc::main(vm)],
            ipc: Default::default(),
            next_pid: pid + 1,
            output: Vec::new(),
            spawn_template: None,
            threads: vec![main],
            model,
            uncaught: Vec::new(),
            exit_code: 0,
            steps: 0,
            describe: false,
            switches: vec![0],
            next_ident: corelab_vm::vm::MAIN_THREAD_IDENT + 1,
        }
    }

    /// The main process's interpreter.
    pub fn vm(&self) -> &Vm {
        &self.procs[0].vm
    }

    /// The interpreter thread `tid` runs in.
    pub fn vm_of(&self, tid: usize) -> &Vm {
        &self.procs[self.threads[tid].proc].vm
    }

    pub(crate) fn vm_mut(&mut self, tid: usize) -> &mut Vm {
        let p = self.threads[tid].proc;
        &mut self.procs[p].vm
    }

    /// Thread `tid`'s Python state.
    pub fn py_thread(&self, tid: usize) -> &Thread {
        &self.vm_of(tid).parked_threads[self.threads[tid].slot]
    }

    fn lock_free_for(&self, tid: usize, lock: ObjRef) -> bool {
        let ident = self.threads[tid].ident;
        match self.vm_of(tid).heap.get(lock) {
            Obj::Lock(l) => !l.locked || (l.reentrant && l.owner == ident),
            _ => true,
        }
    }

    /// The thread `ident` of process `proc`.
    pub(crate) fn tid_of_ident(&self, proc: usize, ident: u64) -> Option<usize> {
        self.threads
            .iter()
            .position(|t| t.proc == proc && t.ident == ident)
    }

    pub fn is_done(&self, tid: usize) -> bool {
        matches!(self.threads[tid].next, Next::Done)
    }

    /// Whether thread `tid` can run now.
    pub fn enabled(&self, tid: usize) -> Enabled {
        self.wait_state(tid).0
    }

    /// `enabled`, with how long the thread's wait (a timed wait, a sleep)
    /// lasts when it runs out: what its process's clock advances by then.
    fn wait_state(&self, tid: usize) -> (Enabled, Option<u64>) {
        let t = &self.threads[tid];
        let wait = |ready: bool, timeout_ns: Option<u64>| {
            if ready || timeout_ns == Some(0) {
                (Enabled::Yes, None)
            } else if timeout_ns.is_some() {
                (Enabled::OnTimeout, timeout_ns)
            } else {
                (Enabled::No, None)
            }
        };
        match &t.next {
            Next::Done => (Enabled::No, None),
            Next::Sys(Syscall::Sleep { ns }) => (Enabled::Yes, Some(*ns)),
            Next::Run | Next::Access(_) => (Enabled::Yes, None),
            Next::Sys(Syscall::Sync {
                lock,
                op:
                    SyncOp::Acquire {
                        blocking,
                        timeout_ns,
                    },
            }) => wait(self.lock_free_for(tid, *lock) || !blocking, *timeout_ns),
            Next::Sys(Syscall::Join { ident, timeout_ns }) => {
                let done = self
                    .tid_of_ident(t.proc, *ident)
                    .is_none_or(|j| self.is_done(j));
                wait(done, *timeout_ns)
            }
            Next::Sys(req) => match self.ipc_wait(tid, req) {
                Some((ready, timeout_ns)) => wait(ready, timeout_ns),
                None => (Enabled::Yes, None),
            },
        }
    }

    /// The threads that may run next, in tid order: those enabled, or if
    /// there are none, those whose timed wait can expire.
    pub fn runnable(&self) -> Vec<usize> {
        let all: Vec<(usize, Enabled)> = (0..self.threads.len())
            .map(|t| (t, self.enabled(t)))
            .collect();
        let yes: Vec<usize> = all
            .iter()
            .filter(|(_, e)| *e == Enabled::Yes)
            .map(|(t, _)| *t)
            .collect();
        if !yes.is_empty() {
            return yes;
        }
        all.iter()
            .filter(|(_, e)| *e == Enabled::OnTimeout)
            .map(|(t, _)| *t)
            .collect()
    }

    /// Threads that wait for something another thread has (a held lock,
    /// an item of an empty queue or pipe) with the operation they wait to
    /// do: had they come first, they would have taken it.
    pub fn blocked_ops(&self) -> Vec<(usize, Loc, Op)> {
        (0..self.threads.len())
            .filter(|&t| self.enabled(t) != Enabled::Yes)
            .filter_map(|t| match &self.threads[t].next {
                Next::Sys(Syscall::Sync {
                    lock,
                    op: SyncOp::Acquire { .. },
                }) => Some((t, self.lock_loc(t, *lock), Op::Acquire)),
                Next::Sys(req) => self.ipc_loc(t, req).map(|l| (t, l, Op::Chan(ChanOp::Take))),
                _ => None,
            })
            .collect()
    }

    /// A lock of thread `tid`'s process as a location.
    pub(crate) fn lock_loc(&self, tid: usize, lock: ObjRef) -> Loc {
        Loc {
            space: self.threads[tid].proc as u32,
            obj: lock.0,
            key: Key::Lock,
        }
    }

    /// Non-daemon threads still alive (the program has not ended).
    pub fn live_non_daemon(&self) -> Vec<usize> {
        (0..self.threads.len())
            .filter(|&t| {
                !self.is_done(t)
                    && (!self.threads[t].daemon || self.procs[self.threads[t].proc].main == t)
                    && !self.procs[self.threads[t].proc].daemon
            })
            .collect()
    }

    /// Runs `f` with thread `tid`'s Python state taken out of its heap's
    /// parked list (the collector still sees it through `f`'s argument).
    pub(crate) fn with_thread<R>(
        &mut self,
        tid: usize,
        f: impl FnOnce(&mut Exec, &mut Thread) -> R,
    ) -> R {
        let slot = self.threads[tid].slot;
        let ident = self.threads[tid].ident;
        let vm = self.vm_mut(tid);
        let mut th = std::mem::take(&mut vm.parked_threads[slot]);
        vm.thread_ident = ident;
        let r = f(self, &mut th);
        self.vm_mut(tid).parked_threads[slot] = th;
        r
    }

    /// Executes one transition of `tid` (which must be runnable).
    pub fn execute(&mut self, tid: usize) -> Result<Transition, Stop> {
        // A sleep, or a timed wait that expires, lets its time pass on its
        // process's clock (`time.monotonic()` deadlines are reached).
        if let (_, Some(ns)) = self.wait_state(tid) {
            let vm = self.vm_mut(tid);
            vm.clock_ps = vm.clock_ps.saturating_add(ns.saturating_mul(1000));
        }
        let mut tr = Transition {
            tid,
            accesses: Vec::new(),
            ended: false,
        };
        let p = self.threads[tid].proc;
        if p != 0 {
            // Every step of a child process is undone by killing it first.
            let mut a = self.sync_access(tid, None, Op::Read, String::new());
            a.loc = Some(Loc {
                space: access::ALIVE,
                obj: p as u32,
                key: Key::Whole,
            });
            a.library = true;
            tr.accesses.push(a);
        }
        let next = std::mem::replace(&mut self.threads[tid].next, Next::Run);
        let go_on = match next {
            Next::Run => true,
            Next::Done => return Err(Fatal::Internal("scheduled a finished thread".into())),
            Next::Access(accs) => {
                let start = tr.accesses.len();
                tr.accesses.extend(self.marked(tid, accs));
                let r = self.step_one(tid, &mut tr)?;
                self.fill_reads(tid, &mut tr, start);
                r
            }
            Next::Sys(req) => self.perform(tid, req, &mut tr)?,
        };
        if go_on {
            self.advance(tid, &mut tr)?;
        }
        self.after_transition(tid, &mut tr)?;
        Ok(tr)
    }

    /// After a read instruction ran: the value it pushed.
    fn fill_reads(&mut self, tid: usize, tr: &mut Transition, start: usize) {
        if !self.describe {
            return;
        }
        let top = self.py_thread(tid).stack.last().copied();
        for a in &mut tr.accesses[start..] {
            if a.op == Op::Read && a.show_value && a.value.is_none() {
                a.value = top;
            }
        }
    }

    /// Steps one instruction of `tid`; handles what comes out. Returns
    /// whether the thread can go on with local work.
    pub(crate) fn step_one(&mut self, tid: usize, tr: &mut Transition) -> Result<bool, Stop> {
        let out = self.with_thread(tid, |ex, th| {
            let vm = ex.vm_mut(tid);
            let before = vm.steps;
            let out = interp::step(vm, th, 1, StopMode::Anywhere);
            let ran = vm.steps - before;
            ex.steps += ran;
            out
        });
        self.outcome(tid, out, tr)
    }

    pub(crate) fn outcome(
        &mut self,
        tid: usize,
        out: StepOutcome,
        tr: &mut Transition,
    ) -> Result<bool, Stop> {
        let max = self.vm().limits.max_steps;
        if self.steps > max {
            return Err(Fatal::Limit(format!(
                "instruction limit reached: one schedule ran more than {max} instructions (raise it with --max-steps)"
            )));
        }
        match out {
            StepOutcome::Budget => {
                if self.vm_of(tid).at_switch_point {
                    self.switches[tid] += 1;
                    if self.model == Model::Gil {
                        return Ok(false);
                    }
                }
                Ok(true)
            }
            StepOutcome::Finished => self.finished(tid, tr),
            StepOutcome::Raised(e) => {
                self.raised(tid, e);
                if self.run_exit_hooks(tid)? {
                    return Ok(true);
                }
                self.finish(tid, tr);
                Ok(false)
            }
            StepOutcome::Fatal(f) => Err(corelab_vm::run::locate(self.py_thread(tid), f)),
            StepOutcome::Sys(req) => {
                if matches!(req, Syscall::GilFree { .. }) {
                    self.deliver(tid, Ok(Value::None))?;
                    return Ok(true);
                }
                // Creating a queue, pipe or shared block touches nothing
                // another thread can see yet: answered on the spot.
                if let Some(answer) = self.ipc_local(tid, &req) {
                    self.deliver(tid, answer)?;
                    return Ok(true);
                }
                // Under the GIL model a lock taken without waiting, a thread
                // start and a finished join do not end the transition.
                if self.model == Model::Gil && self.inline_ok(tid, &req) {
                    return self.perform(tid, req, tr);
                }
                self.threads[tid].next = Next::Sys(req);
                Ok(false)
            }
        }
    }

    fn inline_ok(&self, tid: usize, req: &Syscall) -> bool {
        match req {
            Syscall::Sync {
                lock,
                op: SyncOp::Acquire { .. },
            } => self.lock_free_for(tid, *lock),
            Syscall::Sync { .. } | Syscall::StartThread { .. } => true,
            Syscall::Join { ident, .. } => self
                .tid_of_ident(self.threads[tid].proc, *ident)
                .is_none_or(|j| self.is_done(j)),
            _ => false,
        }
    }

    /// Thread `tid`'s frames have all returned.
    fn finished(&mut self, tid: usize, tr: &mut Transition) -> Result<bool, Stop> {
        // A spawned child ran its main module: now its target.
        if self.run_spawn_target(tid)? || self.run_exit_hooks(tid)? {
            return Ok(true);
        }
        self.finish(tid, tr);
        Ok(false)
    }

    pub(crate) fn finish(&mut self, tid: usize, tr: &mut Transition) {
        self.threads[tid].next = Next::Done;
        tr.ended = true;
    }

    /// An exception escaped a thread's outermost frame (the main thread:
    /// threads started by `threading` catch theirs and print them).
    fn raised(&mut self, tid: usize, e: ObjRef) {
        let at_line = access::user_line(self.vm_of(tid), self.py_thread(tid));
        let vm = self.vm_mut(tid);
        let line = corelab_vm::run::exception_line(vm, e);
        let exit = corelab_vm::run::uncaught(vm, e);
        if let corelab_vm::Exit::Code(c) = exit {
            if tid == 0 {
                self.exit_code = c;
            }
            let p = self.threads[tid].proc;
            if p != 0 && self.procs[p].main == tid {
                self.procs[p].main_exit = Some(c);
            }
            if c == 0 {
                return; // sys.exit(0)
            }
        }
        let traceback = corelab_vm::run::traceback(self.vm_mut(tid), e, 0);
        self.uncaught.push(Uncaught {
            tid,
            line,
            traceback,
            at_line,
        });
    }

    pub(crate) fn deliver(&mut self, tid: usize, r: PyResult<Value>) -> Result<(), Stop> {
        let res = self.with_thread(tid, |ex, th| interp::deliver(ex.vm_mut(tid), th, r));
        match res {
            Ok(()) => Ok(()),
            Err(StepOutcome::Fatal(f)) => Err(f),
            Err(_) => Err(Fatal::Internal(
                "a syscall answer could not be delivered".into(),
            )),
        }
    }

    /// A lock as the user knows it: the global of the main module that
    /// holds it (`lock a`), else its creation number (`lock #3`).
    pub fn lock_name(&self, proc: usize, lock: ObjRef) -> String {
        let vm = &self.procs[proc].vm;
        let Obj::Lock(l) = vm.heap.get(lock) else {
            return "lock".into();
        };
        let kind = if l.reentrant { "RLock" } else { "lock" };
        let found = crate::ipc::global_holding(vm, |v| matches!(v, Value::Obj(r) if r == lock));
        match found {
            Some(name) => format!("{kind} {name}"),
            None => format!("{kind} #{}", l.serial),
        }
    }

    pub(crate) fn sync_access(&self, tid: usize, loc: Option<Loc>, op: Op, what: String) -> Access {
        let vm = self.vm_of(tid);
        let th = self.py_thread(tid);
        let library = !matches!(th.frames.last(), Some(corelab_vm::thread::Frame::Py(f)) if access::is_user_frame(vm, f));
        Access {
            loc,
            op,
            line: access::user_line(vm, th),
            library,
            value: None,
            switches: self.switches[tid],
            atomic: true,
            show_value: false,
            what,
        }
    }

    /// Stamps peeked accesses with the thread's process and switch point
    /// count.
    fn marked(&self, tid: usize, mut accs: Vec<Access>) -> Vec<Access> {
        let space = self.threads[tid].proc as u32;
        for a in &mut accs {
            a.switches = self.switches[tid];
            if let Some(l) = &mut a.loc {
                l.space = space;
            }
        }
        accs
    }

    /// Performs a syscall the thread rests on; returns whether it can go
    /// on with local work.
    fn perform(&mut self, tid: usize, req: Syscall, tr: &mut Transition) -> Result<bool, Stop> {
        match req {
            Syscall::Sync { lock, op } => {
                let loc = Some(self.lock_loc(tid, lock));
                let what = self.lock_name(self.threads[tid].proc, lock);
                let free = self.lock_free_for(tid, lock);
                let aop = match op {
                    SyncOp::Release => Op::Release,
                    SyncOp::Acquire {
                        blocking: true,
                        timeout_ns: None,
                    } => Op::Acquire,
                    SyncOp::Acquire { .. } => Op::TryAcquire { got: free },
                };
                let a = self.sync_access(tid, loc, aop, what);
                tr.accesses.push(a);
                self.deliver(tid, Ok(Value::None))?;
                // The builtin runs again: takes or releases the lock, or
                // (a timed acquire that is timing out) asks to wait.
                let out = self.with_thread(tid, |ex, th| {
                    interp::step(ex.vm_mut(tid), th, 1, StopMode::Anywhere)
                });
                if let StepOutcome::Sys(Syscall::LockAcquire { .. }) = out {
                    self.deliver(tid, Ok(Value::Bool(false)))?;
                    return self.step_one(tid, tr);
                }
                self.outcome(tid, out, tr)
            }
            Syscall::Sleep { .. } => {
                let a = self.sync_access(tid, None, Op::Sleep, "sleep".into());
                tr.accesses.push(a);
                // A sleep releases the GIL.
                self.switches[tid] += 1;
                self.deliver(tid, Ok(Value::None))?;
                self.step_one(tid, tr)
            }
            Syscall::StartThread {
                func,
                args,
                kwargs,
                name,
                daemon,
            } => {
                let new = self.start_thread(tid, func, args, kwargs, name, daemon);
                match new {
                    Ok(new) => {
                        let ident = self.threads[new].ident;
                        let a = self.sync_access(
                            tid,
                            None,
                            Op::Spawn(new),
                            self.threads[new].name.clone(),
                        );
                        tr.accesses.push(a);
                        self.deliver(tid, Ok(Value::Int(ident as i64)))?;
                    }
                    Err(e) => self.deliver(tid, Err(e))?,
                }
                self.step_one(tid, tr)
            }
            Syscall::Join { ident, .. } => {
                let target = self.tid_of_ident(self.threads[tid].proc, ident);
                let done = target.is_none_or(|j| self.is_done(j));
                if let Some(j) = target {
                    let a = self.sync_access(
                        tid,
                        None,
                        Op::Join { tid: j, done },
                        self.threads[j].name.clone(),
                    );
                    tr.accesses.push(a);
                }
                self.deliver(tid, Ok(Value::Bool(done)))?;
                self.step_one(tid, tr)
            }
            Syscall::GilFree { .. } => {
                self.deliver(tid, Ok(Value::None))?;
                self.step_one(tid, tr)
            }
            other => {
                let answer = self.perform_ipc(tid, other, tr)?;
                if self.is_done(tid) {
                    return Ok(false); // it killed its own process
                }
                self.deliver(tid, answer)?;
                self.step_one(tid, tr)
            }
        }
    }

    fn start_thread(
        &mut self,
        parent: usize,
        func: Value,
        args: Value,
        kwargs: Value,
        name: String,
        daemon: bool,
    ) -> PyResult<usize> {
        if self.threads.len() >= 64 {
            return Err(PyErr::limit(
                "corelab check: more than 64 threads in one schedule".to_string(),
            ));
        }
        if !matches!(kwargs, Value::None) {
            return Err(PyErr::unsupported(
                "_thread.start_new_thread with keyword arguments is not supported by corelab yet"
                    .to_string(),
            ));
        }
        let pos = crate::procs::tuple_items(self.vm_of(parent), args);
        let ident = self.next_ident;
        self.next_ident += 1;
        let p = self.threads[parent].proc;
        let mut name = if name.is_empty() {
            format!("Thread-{}", self.threads.len())
        } else {
            name
        };
        if p != 0 {
            name = format!("{}/{name}", self.procs[p].name);
        }
        let mut th = Thread::default();
        let vm = &mut self.procs[p].vm;
        let saved = vm.thread_ident;
        vm.thread_ident = ident;
        let first = interp::call_from_host(vm, &mut th, func, &pos);
        vm.thread_ident = saved;
        vm.parked_threads.push(th);
        let slot = vm.parked_threads.len() - 1;
        Ok(self.add_thread(CThread {
            name,
            ident,
            daemon,
            proc: p,
            slot,
            next: if first.is_some() {
                Next::Done
            } else {
                Next::Run
            },
            parent: Some(parent),
        }))
    }

    /// Registers a new thread; returns its tid.
    pub(crate) fn add_thread(&mut self, t: CThread) -> usize {
        self.switches.push(0);
        self.threads.push(t);
        self.threads.len() - 1
    }

    /// Runs `tid`'s local work up to its next visible operation (or, under
    /// the GIL model, its next switch point), adding the accesses made on
    /// the way (GIL model) to `tr`.
    fn advance(&mut self, tid: usize, tr: &mut Transition) -> Result<(), Stop> {
        loop {
            if !matches!(self.threads[tid].next, Next::Run) {
                return Ok(());
            }
            let (vm, th) = (self.vm_of(tid), self.py_thread(tid));
            if let Some(args) = access::calls_builtin(vm, th, "_print_exception") {
                self.thread_exception(tid, &args);
            } else if let Some(args) = access::calls_builtin(vm, th, "print_exception") {
                self.thread_exception(tid, &args);
            }
            let accs = access::peek(self.vm_of(tid), self.py_thread(tid));
            let go_on = if accs.is_empty() {
                self.step_one(tid, tr)?
            } else if self.model == Model::FreeThreaded {
                self.threads[tid].next = Next::Access(self.marked(tid, accs));
                return Ok(());
            } else {
                let start = tr.accesses.len();
                tr.accesses.extend(self.marked(tid, accs));
                let r = self.step_one(tid, tr)?;
                self.fill_reads(tid, tr, start);
                r
            };
            if !go_on {
                return Ok(());
            }
        }
    }

    /// `threading`'s excepthook (or a child process's bootstrap) is about
    /// to print an exception that ended thread `tid`.
    fn thread_exception(&mut self, tid: usize, args: &[Value]) {
        let Some(Value::Obj(e)) = args.first().copied() else {
            return;
        };
        let vm = self.vm_of(tid);
        if vm.exc_matches(Value::Obj(e), vm.exc.system_exit) {
            return;
        }
        let at_line = vm
            .exc_data(e)
            .and_then(|d| {
                d.traceback
                    .iter()
                    .rev()
                    .find(|(c, _)| c.code.source.name == vm.main_source.name)
                    .map(|(c, ip)| c.code.line_of(*ip))
            })
            .unwrap_or(0);
        let vm = self.vm_mut(tid);
        let line = corelab_vm::run::exception_line(vm, e);
        let traceback = corelab_vm::run::traceback(vm, e, 0);
        self.uncaught.push(Uncaught {
            tid,
            line,
            traceback,
            at_line,
        });
    }

    /// What every process printed so far, in order.
    pub fn take_output(&mut self) -> Vec<(corelab_vm::Stream, String)> {
        let mut out = std::mem::take(&mut self.output);
        for p in &mut self.procs {
            out.extend(p.vm.take_output());
        }
        out
    }
}
