//! The checker's executor: one process's threads run one *transition* at
//! a time, in the order the explorer chooses, with no clock and no cores.
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

use crate::access::{self, Access, Key, Loc, Op};
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
    /// Index of its Python state in `vm.parked_threads`.
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
    pub vm: Vm,
    pub threads: Vec<CThread>,
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
    next_ident: u64,
}

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
            slot: vm.parked_threads.len() - 1,
            next: Next::Run,
            parent: None,
        };
        Exec {
            vm,
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

    fn lock_free_for(&self, lock: ObjRef, ident: u64) -> bool {
        match self.vm.heap.get(lock) {
            Obj::Lock(l) => !l.locked || (l.reentrant && l.owner == ident),
            _ => true,
        }
    }

    fn tid_of_ident(&self, ident: u64) -> Option<usize> {
        self.threads.iter().position(|t| t.ident == ident)
    }

    pub fn is_done(&self, tid: usize) -> bool {
        matches!(self.threads[tid].next, Next::Done)
    }

    /// Whether thread `tid` can run now.
    pub fn enabled(&self, tid: usize) -> Enabled {
        let t = &self.threads[tid];
        match &t.next {
            Next::Done => Enabled::No,
            Next::Run | Next::Access(_) => Enabled::Yes,
            Next::Sys(Syscall::Sync {
                lock,
                op:
                    SyncOp::Acquire {
                        blocking,
                        timeout_ns,
                    },
            }) => {
                if self.lock_free_for(*lock, t.ident) || !blocking || *timeout_ns == Some(0) {
                    Enabled::Yes
                } else if timeout_ns.is_some() {
                    Enabled::OnTimeout
                } else {
                    Enabled::No
                }
            }
            Next::Sys(Syscall::Join { ident, timeout_ns }) => {
                let done = self.tid_of_ident(*ident).is_none_or(|j| self.is_done(j));
                if done || *timeout_ns == Some(0) {
                    Enabled::Yes
                } else if timeout_ns.is_some() {
                    Enabled::OnTimeout
                } else {
                    Enabled::No
                }
            }
            Next::Sys(_) => Enabled::Yes,
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

    /// Threads that wait for a lock another thread holds: (tid, lock).
    pub fn blocked_on_locks(&self) -> Vec<(usize, ObjRef)> {
        (0..self.threads.len())
            .filter(|&t| self.enabled(t) != Enabled::Yes)
            .filter_map(|t| match &self.threads[t].next {
                Next::Sys(Syscall::Sync {
                    lock,
                    op: SyncOp::Acquire { .. },
                }) => Some((t, *lock)),
                _ => None,
            })
            .collect()
    }

    /// Non-daemon threads still alive (the program has not ended).
    pub fn live_non_daemon(&self) -> Vec<usize> {
        (0..self.threads.len())
            .filter(|&t| !self.is_done(t) && (!self.threads[t].daemon || t == 0))
            .collect()
    }

    /// Runs `f` with thread `tid`'s Python state taken out of the heap's
    /// parked list (the collector still sees it through `f`'s argument).
    fn with_thread<R>(&mut self, tid: usize, f: impl FnOnce(&mut Exec, &mut Thread) -> R) -> R {
        let slot = self.threads[tid].slot;
        let mut th = std::mem::take(&mut self.vm.parked_threads[slot]);
        self.vm.thread_ident = self.threads[tid].ident;
        let r = f(self, &mut th);
        self.vm.parked_threads[slot] = th;
        r
    }

    /// Executes one transition of `tid` (which must be runnable).
    pub fn execute(&mut self, tid: usize) -> Result<Transition, Stop> {
        let mut tr = Transition {
            tid,
            accesses: Vec::new(),
            ended: false,
        };
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
        Ok(tr)
    }

    /// After a read instruction ran: the value it pushed.
    fn fill_reads(&mut self, tid: usize, tr: &mut Transition, start: usize) {
        if !self.describe {
            return;
        }
        let slot = self.threads[tid].slot;
        let top = self.vm.parked_threads[slot].stack.last().copied();
        for a in &mut tr.accesses[start..] {
            if a.op == Op::Read && a.show_value && a.value.is_none() {
                a.value = top;
            }
        }
    }

    /// Steps one instruction of `tid`; handles what comes out. Returns
    /// whether the thread can go on with local work.
    fn step_one(&mut self, tid: usize, tr: &mut Transition) -> Result<bool, Stop> {
        let out = self.with_thread(tid, |ex, th| {
            let before = ex.vm.steps;
            let out = interp::step(&mut ex.vm, th, 1, StopMode::Anywhere);
            ex.steps += ex.vm.steps - before;
            out
        });
        self.outcome(tid, out, tr)
    }

    fn outcome(&mut self, tid: usize, out: StepOutcome, tr: &mut Transition) -> Result<bool, Stop> {
        if self.vm.steps > self.vm.limits.max_steps {
            return Err(Fatal::Limit(format!(
                "instruction limit reached: one schedule ran more than {} instructions (raise it with --max-steps)",
                self.vm.limits.max_steps
            )));
        }
        match out {
            StepOutcome::Budget => {
                if self.vm.at_switch_point {
                    self.switches[tid] += 1;
                    if self.model == Model::Gil {
                        return Ok(false);
                    }
                }
                Ok(true)
            }
            StepOutcome::Finished => {
                self.finish(tid, tr);
                Ok(false)
            }
            StepOutcome::Raised(e) => {
                self.raised(tid, e);
                self.finish(tid, tr);
                Ok(false)
            }
            StepOutcome::Fatal(f) => {
                let slot = self.threads[tid].slot;
                Err(corelab_vm::run::locate(&self.vm.parked_threads[slot], f))
            }
            StepOutcome::Sys(req) => {
                if matches!(req, Syscall::GilFree { .. }) {
                    self.deliver(tid, Ok(Value::None))?;
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
            } => self.lock_free_for(*lock, self.threads[tid].ident),
            Syscall::Sync { .. } | Syscall::StartThread { .. } => true,
            Syscall::Join { ident, .. } => {
                self.tid_of_ident(*ident).is_none_or(|j| self.is_done(j))
            }
            _ => false,
        }
    }

    fn finish(&mut self, tid: usize, tr: &mut Transition) {
        self.threads[tid].next = Next::Done;
        tr.ended = true;
    }

    /// An exception escaped a thread's outermost frame (the main thread:
    /// threads started by `threading` catch theirs and print them).
    fn raised(&mut self, tid: usize, e: ObjRef) {
        let slot = self.threads[tid].slot;
        let at_line = access::user_line(&self.vm, &self.vm.parked_threads[slot]);
        let line = corelab_vm::run::exception_line(&mut self.vm, e);
        let exit = corelab_vm::run::uncaught(&mut self.vm, e);
        if let corelab_vm::Exit::Code(c) = exit {
            if tid == 0 {
                self.exit_code = c;
            }
            if c == 0 {
                return; // sys.exit(0)
            }
        }
        let traceback = corelab_vm::run::traceback(&mut self.vm, e, 0);
        self.uncaught.push(Uncaught {
            tid,
            line,
            traceback,
            at_line,
        });
    }

    fn deliver(&mut self, tid: usize, r: PyResult<Value>) -> Result<(), Stop> {
        let res = self.with_thread(tid, |ex, th| interp::deliver(&mut ex.vm, th, r));
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
    pub fn lock_name(&self, lock: ObjRef) -> String {
        let Obj::Lock(l) = self.vm.heap.get(lock) else {
            return "lock".into();
        };
        let kind = if l.reentrant { "RLock" } else { "lock" };
        let main = self
            .vm
            .modules
            .iter()
            .find(|(n, _)| &**n == "__main__")
            .map(|(_, m)| *m);
        if let Some(Obj::Module(m)) = main.map(|m| self.vm.heap.get(m)) {
            if let Obj::Dict(d) = self.vm.heap.get(m.dict) {
                for e in d.map.iter() {
                    let Some(name) = self.vm.as_str(e.key) else {
                        continue;
                    };
                    let Value::Obj(r) = e.value else { continue };
                    if r == lock {
                        return format!("{kind} {name}");
                    }
                    // An item of a global list or tuple: `forks[2]`.
                    if let Obj::List(items) | Obj::Tuple(items) = self.vm.heap.get(r) {
                        if let Some(i) = items
                            .iter()
                            .position(|v| matches!(v, Value::Obj(x) if *x == lock))
                        {
                            return format!("{kind} {name}[{i}]");
                        }
                    }
                }
            }
        }
        format!("{kind} #{}", l.serial)
    }

    fn sync_access(&self, tid: usize, loc: Option<Loc>, op: Op, what: String) -> Access {
        let slot = self.threads[tid].slot;
        let th = &self.vm.parked_threads[slot];
        let library = !matches!(th.frames.last(), Some(corelab_vm::thread::Frame::Py(f)) if access::is_user_frame(&self.vm, f));
        Access {
            loc,
            op,
            line: access::user_line(&self.vm, th),
            library,
            value: None,
            switches: self.switches[tid],
            atomic: true,
            show_value: false,
            what,
        }
    }

    /// Stamps peeked accesses with the thread's switch point count.
    fn marked(&self, tid: usize, mut accs: Vec<Access>) -> Vec<Access> {
        for a in &mut accs {
            a.switches = self.switches[tid];
        }
        accs
    }

    /// Performs a syscall the thread rests on; returns whether it can go
    /// on with local work.
    fn perform(&mut self, tid: usize, req: Syscall, tr: &mut Transition) -> Result<bool, Stop> {
        match req {
            Syscall::Sync { lock, op } => {
                let loc = Some(Loc {
                    obj: lock.0,
                    key: Key::Lock,
                });
                let what = self.lock_name(lock);
                let free = self.lock_free_for(lock, self.threads[tid].ident);
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
                let out = self.with_thread(tid, |ex, th| interp::step(&mut ex.vm, th, 1, StopMode::Anywhere));
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
                        let a = self.sync_access(tid, None, Op::Spawn(new), self.threads[new].name.clone());
                        tr.accesses.push(a);
                        self.deliver(tid, Ok(Value::Int(ident as i64)))?;
                    }
                    Err(e) => self.deliver(tid, Err(e))?,
                }
                self.step_one(tid, tr)
            }
            Syscall::Join { ident, .. } => {
                let target = self.tid_of_ident(ident);
                let done = target.is_none_or(|j| self.is_done(j));
                if let Some(j) = target {
                    let a = self.sync_access(tid, None, Op::Join { tid: j, done }, self.threads[j].name.clone());
                    tr.accesses.push(a);
                }
                self.deliver(tid, Ok(Value::Bool(done)))?;
                self.step_one(tid, tr)
            }
            Syscall::GilFree { .. } => {
                self.deliver(tid, Ok(Value::None))?;
                self.step_one(tid, tr)
            }
            other => Err(Fatal::Unsupported(format!(
                "corelab check does not support {} yet (threads only: processes, pipes and shared memory cannot be checked)",
                other.describe()
            ))),
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
        let pos = match args {
            Value::Obj(r) => match self.vm.heap.get(r) {
                Obj::Tuple(items) => items.clone(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        let ident = self.next_ident;
        self.next_ident += 1;
        let name = if name.is_empty() {
            format!("Thread-{}", self.threads.len())
        } else {
            name
        };
        let mut th = Thread::default();
        let saved = self.vm.thread_ident;
        self.vm.thread_ident = ident;
        let first = interp::call_from_host(&mut self.vm, &mut th, func, &pos);
        self.vm.thread_ident = saved;
        self.vm.parked_threads.push(th);
        let slot = self.vm.parked_threads.len() - 1;
        self.switches.push(0);
        self.threads.push(CThread {
            name,
            ident,
            daemon,
            slot,
            next: if first.is_some() {
                Next::Done
            } else {
                Next::Run
            },
            parent: Some(parent),
        });
        Ok(self.threads.len() - 1)
    }

    /// Runs `tid`'s local work up to its next visible operation (or, under
    /// the GIL model, its next switch point), adding the accesses made on
    /// the way (GIL model) to `tr`.
    fn advance(&mut self, tid: usize, tr: &mut Transition) -> Result<(), Stop> {
        loop {
            if !matches!(self.threads[tid].next, Next::Run) {
                return Ok(());
            }
            let slot = self.threads[tid].slot;
            let th = &self.vm.parked_threads[slot];
            if let Some(args) = access::calls_builtin(&self.vm, th, "_print_exception") {
                self.thread_exception(tid, &args);
            }
            let accs = access::peek(&self.vm, &self.vm.parked_threads[slot]);
            let go_on = if accs.is_empty() {
                self.step_one(tid, tr)?
            } else if self.model == Model::FreeThreaded {
                self.threads[tid].next = Next::Access(accs);
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

    /// `threading`'s excepthook is about to print an exception that ended
    /// thread `tid`.
    fn thread_exception(&mut self, tid: usize, args: &[Value]) {
        let Some(Value::Obj(e)) = args.first().copied() else {
            return;
        };
        if self.vm.exc_matches(Value::Obj(e), self.vm.exc.system_exit) {
            return;
        }
        let at_line = self
            .vm
            .exc_data(e)
            .and_then(|d| {
                d.traceback
                    .iter()
                    .rev()
                    .find(|(c, _)| c.code.source.name == self.vm.main_source.name)
                    .map(|(c, ip)| c.code.line_of(*ip))
            })
            .unwrap_or(0);
        let line = corelab_vm::run::exception_line(&mut self.vm, e);
        let traceback = corelab_vm::run::traceback(&mut self.vm, e, 0);
        self.uncaught.push(Uncaught {
            tid,
            line,
            traceback,
            at_line,
        });
    }
}
