//! Processes on the machine: starting them (fork copies the parent's heap
//! at that moment; spawn starts a fresh interpreter that runs the main
//! module as `__mp_main__`, then receives its target pickled), ending them
//! (exit codes, dropping their daemon threads, terminating daemonic
//! children when the main process exits), joining and killing them.
//! (The fork server is in `forkserver.rs`, channels in `channels.rs`.)

use crate::gil::{self, Tid};
use crate::machine::{Machine, Timed};
use crate::process::Process;
use crate::thread::{SimThread, State, Todo, Wait};
use corelab_vm::pickle::{self, Pickled};
use corelab_vm::run::Exit;
use corelab_vm::{PyErr, PyResult, StartMethod, Thread, Value, Vm};
use std::collections::{BTreeMap, BTreeSet};

/// What a spawned child still has to run after its main module.
pub struct SpawnTarget {
    pub pickled: Pickled,
}

/// A `Syscall::StartProcess` request.
pub type Start = corelab_vm::ProcessStart;

/// A process about to be added to the machine.
pub struct NewChild {
    pub vm: Vm,
    pub main: Thread,
    pub target: Option<SpawnTarget>,
    /// Its main thread's ident (a forked child keeps the forking thread's).
    pub ident: u64,
    /// What `os.getppid()` says in it.
    pub ppid: u64,
    pub handles: BTreeSet<u64>,
    pub name: String,
    pub daemon: bool,
}

impl Machine {
    /// The process with `pid`.
    pub(crate) fn proc_index(&self, pid: u64) -> Option<usize> {
        self.procs.iter().position(|p| p.pid == pid)
    }

    /// `Syscall::StartProcess` from `tid`.
    pub(crate) fn start_process(&mut self, tid: Tid, start: Start) {
        let parent = self.threads[tid].proc;
        if start.method == StartMethod::Fork {
            let mut vm = self.procs[parent].vm.clone();
            vm.parked_threads.clear();
            vm.steps = 0;
            vm.profile = Default::default();
            vm.profile.enabled = self.cfg.line_profile;
            let _ = vm.take_output();
            let mut th = Thread::default();
            let pos = tuple_items(&vm, start.args);
            // A builtin target runs at once (its result is not used).
            let _ = corelab_vm::interp::call_from_host(&mut vm, &mut th, start.func, &pos);
            let handles = self.procs[parent].handles.clone();
            let ident = self.threads[tid].ident;
            let costs = self.procs[parent].vm.costs.clone();
            let child = NewChild {
                vm,
                main: th,
                target: None,
                ident,
                ppid: self.procs[parent].pid,
                handles,
                name: start.name,
                daemon: start.daemon,
            };
            let pid = self.add_child(tid, child, costs.fork_child_ns);
            self.deliver(tid, Ok(Value::Int(pid as i64)));
            return;
        }
        // The target and its arguments travel pickled, as in CPython.
        let pair = {
            let vm = &mut self.procs[parent].vm;
            let t = vm.new_tuple(vec![start.func, start.args]);
            pickle::dump(vm, t)
        };
        let pickled = match pair {
            Ok(p) => p,
            Err(e) => {
                let err = e.into_err(&mut self.procs[parent].vm);
                self.deliver(tid, Err(err));
                return;
            }
        };
        if start.method == StartMethod::ForkServer {
            self.forkserver_start(tid, start, pickled);
            return;
        }
        let ppid = self.procs[parent].pid;
        let Some(child) = self.unpickling_child(tid, start, pickled, ppid) else {
            return;
        };
        let delay = self.procs[parent].vm.costs.spawn_ns;
        let pid = self.add_child(tid, child, delay);
        self.deliver(tid, Ok(Value::Int(pid as i64)));
    }

    /// A child that starts as a fresh interpreter and then unpickles its
    /// target (spawn, and forkserver's children); it inherits the pipe ends
    /// `start` passes that `tid`'s process holds. None after answering
    /// `tid` with an error.
    pub(crate) fn unpickling_child(
        &mut self,
        tid: Tid,
        start: Start,
        pickled: Pickled,
        ppid: u64,
    ) -> Option<NewChild> {
        let parent = self.threads[tid].proc;
        let (vm, main) = self.fresh_interpreter(tid)?;
        let held = &self.procs[parent].handles;
        let handles = start.handles.iter().filter(|h| held.contains(h)).copied();
        Some(NewChild {
            vm,
            main,
            target: Some(SpawnTarget { pickled }),
            ident: corelab_vm::vm::MAIN_THREAD_IDENT,
            ppid,
            handles: handles.collect(),
            name: start.name,
            daemon: start.daemon,
        })
    }

    /// A fresh interpreter about to run the program as `__mp_main__` (what
    /// spawn starts), or None after answering `tid` with the error.
    pub(crate) fn fresh_interpreter(&mut self, tid: Tid) -> Option<(Vm, Thread)> {
        let costs = self.vm_of(tid).costs.clone();
        let Some(src) = self.program.clone() else {
            self.deliver(tid, Err(PyErr::internal("spawn without a program")));
            return None;
        };
        match corelab_vm::run::prepare_as(
            &src.name,
            &src.text,
            src.argv.clone(),
            src.limits.clone(),
            costs,
            "__mp_main__",
        ) {
            Ok((mut vm, th)) => {
                vm.profile.enabled = self.cfg.line_profile;
                Some((vm, th))
            }
            Err(_) => {
                let msg = "the program failed to compile in a spawned process";
                self.deliver(tid, Err(PyErr::internal(msg)));
                None
            }
        }
    }

    /// Adds the process `child`, started by `tid` (which pays the fork);
    /// it begins `delay` ns later. Returns its pid.
    pub(crate) fn add_child(&mut self, tid: Tid, child: NewChild, delay: u64) -> u64 {
        let parent = self.threads[tid].proc;
        let parent_cost = self.procs[parent].vm.costs.fork_parent_ns;
        self.threads[tid].clock += parent_cost;
        self.process_start_ns += parent_cost + delay;
        let start = self.threads[tid].clock + delay;
        self.add_process(parent, child, start)
    }

    /// Registers process `child` of process `parent`, its main thread
    /// starting at `start`. Returns its pid.
    pub(crate) fn add_process(&mut self, parent: usize, child: NewChild, start: u64) -> u64 {
        let pid = self.next_pid;
        self.next_pid += 1;
        let mut vm = child.vm;
        vm.pid = pid;
        vm.ppid = child.ppid;
        vm.cpu_count = self.cfg.cores;
        vm.thread_ident = child.ident;
        let slot = vm.parked_threads.len();
        vm.parked_threads.push(child.main);
        let new_tid = self.threads.len();
        let proc_index = self.procs.len();
        let name = child.name;
        self.procs.push(Process {
            vm,
            gil: gil::new_gil(&self.cfg),
            pid,
            lock_waiters: BTreeMap::new(),
            cpu_ns: 0,
            main: new_tid,
            ppid: child.ppid,
            name: name.clone(),
            daemon: child.daemon,
            exit_code: None,
            main_exit: None,
            joiners: Vec::new(),
            spawn_target: child.target,
            // Children leave through os._exit(): no exit hooks.
            exit_hooks_run: true,
            parent: Some(parent),
            handles: child.handles,
        });
        let mut t = SimThread::new(
            child.ident,
            format!("{name}/MainThread"),
            false,
            slot,
            start,
        );
        t.proc = proc_index;
        t.state = State::Blocked(Wait::Sleep);
        t.category = crate::thread::Category::None;
        self.trace.threads.push(t.name.clone());
        self.trace.thread_procs.push(t.proc);
        self.trace.procs.push((pid, name));
        self.threads.push(t);
        self.schedule(start, Timed::Wake(new_tid));
        pid
    }

    /// A spawned child finished running its main module: receive the
    /// target and start it on the same thread. Returns false when there was
    /// no pending target.
    pub(crate) fn run_spawn_target(&mut self, tid: Tid) -> bool {
        let p = self.threads[tid].proc;
        let Some(target) = self.procs[p].spawn_target.take() else {
            return false;
        };
        let slot = self.threads[tid].slot;
        let vm = &mut self.procs[p].vm;
        let loaded = pickle::load(vm, &target.pickled);
        let (func, args) = match loaded {
            Ok(v) => {
                let items = tuple_items(vm, v);
                (items.first().copied(), items.get(1).copied())
            }
            Err(e) => {
                let exit = match e {
                    PyErr::Exc(e) => corelab_vm::run::uncaught(vm, e),
                    PyErr::Fatal(f) => Exit::Fatal(*f),
                    _ => Exit::Code(1),
                };
                if let Exit::Fatal(_) = exit {
                    self.exit = Some(exit);
                } else {
                    self.procs[p].main_exit = Some(exit);
                }
                return false;
            }
        };
        let (Some(func), Some(args)) = (func, args) else {
            return false;
        };
        let pos = tuple_items(vm, args);
        let _ = slot;
        self.call_on_thread(tid, func, pos)
    }

    /// Runs `threading._run_atexit()` on the finished main thread `tid`
    /// once, if the program registered hooks (concurrent.futures does).
    /// Returns true when the thread runs again.
    pub(crate) fn run_exit_hooks(&mut self, tid: Tid) -> bool {
        let p = self.threads[tid].proc;
        if self.procs[p].exit_hooks_run {
            return false;
        }
        self.procs[p].exit_hooks_run = true;
        let vm = &self.procs[p].vm;
        let pending = match pickle::lookup_global(vm, "threading", "_atexit_hooks") {
            Some(Value::Obj(r)) => {
                matches!(vm.heap.get(r), corelab_vm::objects::Obj::List(l) if !l.is_empty())
            }
            _ => false,
        };
        let Some(func) = pickle::lookup_global(vm, "threading", "_run_atexit") else {
            return false;
        };
        if !pending {
            return false;
        }
        self.call_on_thread(tid, func, Vec::new())
    }

    /// Starts `func(*args)` on thread `tid`, whose frames have all returned.
    fn call_on_thread(&mut self, tid: Tid, func: Value, args: Vec<Value>) -> bool {
        let p = self.threads[tid].proc;
        let slot = self.threads[tid].slot;
        let vm = &mut self.procs[p].vm;
        let mut th = std::mem::take(&mut vm.parked_threads[slot]);
        th.result = None;
        let first = corelab_vm::interp::call_from_host(vm, &mut th, func, &args);
        vm.parked_threads[slot] = th;
        if let Some(r) = first {
            let out = match r {
                Ok(v) => {
                    self.vm_of(tid).parked_threads[slot].result = Some(v);
                    corelab_vm::StepOutcome::Finished
                }
                Err(PyErr::Exc(e)) => corelab_vm::StepOutcome::Raised(e),
                Err(PyErr::Fatal(f)) => corelab_vm::StepOutcome::Fatal(*f),
                Err(_) => return false,
            };
            self.outcome(tid, out);
        }
        true
    }

    /// Ends process `p` with `code` at `at`: its remaining threads are
    /// dropped, joiners woken; when the main process ends, so does the run.
    pub(crate) fn end_process(&mut self, p: usize, code: i32, at: u64) {
        if self.procs[p].exit_code.is_some() {
            return;
        }
        self.procs[p].exit_code = Some(code);
        for tid in 0..self.threads.len() {
            if self.threads[tid].proc != p || self.threads[tid].state == State::Done {
                continue;
            }
            self.procs[p].gil.forget(tid);
            self.set_state(tid, State::Done, at);
            self.threads[tid].ended_at = Some(at);
            self.ready.retain(|&t| t != tid);
            let slot = self.threads[tid].slot;
            self.procs[p].vm.parked_threads[slot] = Thread::default();
            self.leave_core(tid);
        }
        for j in std::mem::take(&mut self.procs[p].joiners) {
            self.wake_with(j, Ok(Value::Bool(true)), at);
        }
        // Its waits end, and its pipe ends close (readers may see EOF).
        let threads = &self.threads;
        for ch in &mut self.channels {
            ch.waiters.retain(|w| threads[w.0].proc != p);
        }
        let held: Vec<u64> = self.procs[p].handles.iter().copied().collect();
        self.close_handles(p, &held, at);
        // Its memory is gone with it (keep what it wrote and its counters).
        if p != 0 {
            let out = self.procs[p].vm.take_output();
            self.output.extend(out);
            let vm = &mut self.procs[p].vm;
            vm.heap = corelab_vm::heap::Heap::default();
            vm.parked_threads.clear();
            vm.modules.clear();
        }
        if p == 0 {
            // multiprocessing's exit handler terminates daemonic children.
            for c in 1..self.procs.len() {
                if self.procs[c].parent == Some(0) && self.procs[c].daemon {
                    self.end_process(c, -15, at);
                }
            }
            let exit = self.procs[0].main_exit.take().unwrap_or(Exit::Code(code));
            self.exit = Some(exit);
        }
    }

    /// Makes blocked thread `j` runnable with `answer` for its request.
    pub(crate) fn wake_with(&mut self, j: Tid, answer: PyResult<Value>, at: u64) {
        let jt = &mut self.threads[j];
        if jt.state == State::Done {
            return;
        }
        jt.token += 1;
        jt.answer = Some(answer);
        jt.todo = Todo::TakeGil;
        let wake = at + self.cfg.wake_latency_ns;
        self.schedule(wake, Timed::Wake(j));
    }

    /// `Syscall::JoinProcess`.
    pub(crate) fn join_process(&mut self, tid: Tid, pid: u64, timeout_ns: Option<u64>) {
        let Some(p) = self.proc_index(pid) else {
            self.deliver(tid, Ok(Value::Bool(true)));
            return;
        };
        let ended = self.procs[p].exit_code.is_some();
        if self.park_joiner(tid, ended, timeout_ns, Wait::JoinProcess { pid }) {
            self.procs[p].joiners.push(tid);
        }
    }

    /// `Syscall::KillProcess`: SIGTERM/SIGKILL end a process at once.
    pub(crate) fn kill_process(&mut self, tid: Tid, pid: u64, signal: i32) {
        if let Some(p) = self.proc_index(pid) {
            let at = self.threads[tid].clock;
            self.end_process(p, -signal, at);
        }
        if self.threads[tid].state != State::Done {
            self.deliver(tid, Ok(Value::None));
        }
    }
}

pub(crate) fn tuple_items(vm: &Vm, v: Value) -> Vec<Value> {
    match v {
        Value::Obj(r) => match vm.heap.get(r) {
            corelab_vm::objects::Obj::Tuple(items) => items.clone(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}
