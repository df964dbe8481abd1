//! Processes under the checker: starting them (fork copies the parent's
//! heap at that moment; spawn and forkserver start a fresh interpreter
//! that runs the main module as `__mp_main__`, then unpickle their
//! target), ending them, and what their parents ask about them (join,
//! exit code, terminate/kill).
//!
//! Model. Each process has its own heap, so the checker's locations carry
//! the process (`Loc::space`): the same object number in two processes is
//! two locations, as after a real fork. Processes share nothing else than
//! what `ipc` models, so only those operations order them against each
//! other. A child process ends when its main thread and its non-daemon
//! threads have finished (CPython's `Process._bootstrap` runs
//! `threading._shutdown()` before `os._exit`); its daemon threads die with
//! it. When the main process's threads are done, its daemonic children are
//! terminated (multiprocessing's exit handler) and the others run on (the
//! handler joins them). Under `--model gil` the processes still run in
//! parallel: each has its own GIL, and every operation on a shared object
//! is a scheduling point.

use crate::access::{self, ChanOp, Key, Loc, Op};
use crate::exec::{CThread, Exec, Next, Stop, Transition};
use corelab_vm::objects::Obj;
use corelab_vm::pickle::{self, Pickled};
use corelab_vm::{interp, PyErr, PyResult, StartMethod, Thread, Value, Vm};
use std::collections::BTreeSet;

/// A process of the checked program.
#[derive(Clone)]
pub struct CProc {
    pub vm: Vm,
    pub pid: u64,
    /// `Process-1`; the main process is `MainProcess`.
    pub name: String,
    /// The process that started it (index).
    pub parent: Option<usize>,
    pub daemon: bool,
    /// Its main thread (tid).
    pub main: usize,
    /// Set once it has ended.
    pub exit_code: Option<i32>,
    /// The exit code its main thread asked for (`sys.exit(n)` in a
    /// spawned child's main module).
    pub main_exit: Option<i32>,
    /// A spawned child's target, still to be run after its main module.
    pub target: Option<Pickled>,
    /// Pipe handles it holds open.
    pub handles: BTreeSet<u64>,
    /// threading's exit hooks have run (or are not run: children leave
    /// through `os._exit()`, as in the machine).
    pub exit_hooks_run: bool,
}

impl CProc {
    pub fn main(vm: Vm) -> CProc {
        CProc {
            pid: vm.pid,
            vm,
            name: "MainProcess".into(),
            parent: None,
            daemon: false,
            main: 0,
            exit_code: None,
            main_exit: None,
            target: None,
            handles: BTreeSet::new(),
            exit_hooks_run: false,
        }
    }
}

pub(crate) fn tuple_items(vm: &Vm, v: Value) -> Vec<Value> {
    match v {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Tuple(items) => items.clone(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// The location of process `p`'s state as its parent sees it.
pub(crate) fn proc_loc(p: usize) -> Loc {
    Loc {
        space: access::PROCESSES,
        obj: p as u32,
        key: Key::Whole,
    }
}

fn alive_loc(p: usize) -> Loc {
    Loc {
        space: access::ALIVE,
        obj: p as u32,
        key: Key::Whole,
    }
}

/// What `StartProcess` asks for.
pub(crate) type Start = corelab_vm::ProcessStart;

impl Exec {
    /// The process with `pid`.
    pub(crate) fn proc_index(&self, pid: u64) -> Option<usize> {
        self.procs.iter().position(|p| p.pid == pid)
    }

    /// `Syscall::StartProcess` from `tid`: the new process's pid.
    pub(crate) fn start_process(
        &mut self,
        tid: usize,
        start: Start,
        tr: &mut Transition,
    ) -> Result<PyResult<Value>, Stop> {
        if self.procs.len() >= 16 {
            return Ok(Err(PyErr::limit(
                "corelab check: more than 16 processes in one schedule".to_string(),
            )));
        }
        let parent = self.threads[tid].proc;
        let (vm, main, target, handles, ident) = if start.method == StartMethod::Fork {
            let mut vm = self.procs[parent].vm.clone();
            vm.parked_threads.clear();
            let _ = vm.take_output();
            let mut th = Thread::default();
            let pos = tuple_items(&vm, start.args);
            vm.thread_ident = self.threads[tid].ident;
            // A builtin target runs at once (its result is not used).
            let _ = interp::call_from_host(&mut vm, &mut th, start.func, &pos);
            let handles = self.procs[parent].handles.clone();
            (vm, th, None, handles, self.threads[tid].ident)
        } else {
            // spawn, and forkserver (whose children in CPython 3.11 also
            // run the main module first): the target travels pickled.
            let pair = {
                let vm = &mut self.procs[parent].vm;
                let t = vm.new_tuple(vec![start.func, start.args]);
                pickle::dump(vm, t)
            };
            let pickled = match pair {
                Ok(p) => p,
                Err(e) => return Ok(Err(e.into_err(&mut self.procs[parent].vm))),
            };
            let (vm, th) = match self.fresh_interpreter() {
                Ok(x) => x,
                Err(e) => return Ok(Err(e)),
            };
            let held = &self.procs[parent].handles;
            let handles = start
                .handles
                .iter()
                .filter(|h| held.contains(h))
                .copied()
                .collect();
            (
                vm,
                th,
                Some(pickled),
                handles,
                corelab_vm::vm::MAIN_THREAD_IDENT,
            )
        };
        let pid = self.next_pid;
        self.next_pid += 1;
        let mut vm = vm;
        vm.pid = pid;
        vm.ppid = self.procs[parent].pid;
        vm.thread_ident = ident;
        vm.parked_threads.push(main);
        let slot = vm.parked_threads.len() - 1;
        let p = self.procs.len();
        let new_tid = self.threads.len();
        self.procs.push(CProc {
            vm,
            pid,
            name: start.name.clone(),
            parent: Some(parent),
            daemon: start.daemon,
            main: new_tid,
            exit_code: None,
            main_exit: None,
            target,
            handles,
            exit_hooks_run: true,
        });
        self.add_thread(CThread {
            name: start.name.clone(),
            ident,
            daemon: false,
            proc: p,
            slot,
            next: Next::Run,
            parent: Some(tid),
        });
        let a = self.sync_access(tid, None, Op::Spawn(new_tid), start.name);
        tr.accesses.push(a);
        Ok(Ok(Value::Int(pid as i64)))
    }

    /// A copy of a fresh interpreter about to run the main module as
    /// `__mp_main__` (compiled once per check).
    fn fresh_interpreter(&mut self) -> PyResult<(Vm, Thread)> {
        if self.spawn_template.is_none() {
            let vm = self.vm();
            let prepared = corelab_vm::run::prepare_as(
                &vm.main_source.name,
                &vm.main_source.text,
                vm.argv.clone(),
                vm.limits.clone(),
                vm.costs.clone(),
                "__mp_main__",
            );
            let Ok((mut vm, th)) = prepared else {
                return Err(PyErr::internal(
                    "the program failed to compile in a spawned process",
                ));
            };
            vm.check_mode = true;
            vm.deadline_ps = u64::MAX;
            self.spawn_template = Some(std::rc::Rc::new((vm, th)));
        }
        let t = self
            .spawn_template
            .as_ref()
            .map(|t| (t.0.clone(), t.1.clone()));
        t.ok_or_else(|| PyErr::internal("no spawn template"))
    }

    /// A spawned child finished running its main module: unpickle its
    /// target and start it on the same thread. Returns whether the thread
    /// runs on.
    pub(crate) fn run_spawn_target(&mut self, tid: usize) -> Result<bool, Stop> {
        let p = self.threads[tid].proc;
        if self.procs[p].main != tid || self.procs[p].main_exit.is_some() {
            return Ok(false);
        }
        let Some(target) = self.procs[p].target.take() else {
            return Ok(false);
        };
        let vm = &mut self.procs[p].vm;
        let (func, args) = match pickle::load(vm, &target) {
            Ok(v) => {
                let items = tuple_items(vm, v);
                (items.first().copied(), items.get(1).copied())
            }
            Err(PyErr::Fatal(f)) => return Err(*f),
            Err(_) => {
                self.procs[p].main_exit = Some(1);
                return Ok(false);
            }
        };
        let (Some(func), Some(args)) = (func, args) else {
            return Ok(false);
        };
        let pos = tuple_items(&self.procs[p].vm, args);
        let first = self.with_thread(tid, |ex, th| {
            th.result = None;
            interp::call_from_host(ex.vm_mut(tid), th, func, &pos)
        });
        match first {
            None => Ok(true),
            Some(Ok(v)) => {
                let slot = self.threads[tid].slot;
                self.procs[p].vm.parked_threads[slot].result = Some(v);
                Ok(false)
            }
            Some(Err(PyErr::Fatal(f))) => Err(*f),
            Some(Err(_)) => {
                self.procs[p].main_exit = Some(1);
                Ok(false)
            }
        }
    }

    /// The main process's main thread has finished (or raised): runs
    /// `threading._run_atexit()` on it once, if hooks are registered —
    /// `concurrent.futures` shuts its pools down there, waking idle
    /// workers, as CPython's `threading._shutdown()` does before the
    /// interpreter waits for non-daemon threads (and as the machine
    /// does). Returns whether the thread runs on.
    pub(crate) fn run_exit_hooks(&mut self, tid: usize) -> Result<bool, Stop> {
        let p = self.threads[tid].proc;
        if self.procs[p].main != tid || self.procs[p].exit_hooks_run {
            return Ok(false);
        }
        self.procs[p].exit_hooks_run = true;
        let vm = &self.procs[p].vm;
        let pending = match pickle::lookup_global(vm, "threading", "_atexit_hooks") {
            Some(Value::Obj(r)) => matches!(vm.heap.get(r), Obj::List(l) if !l.is_empty()),
            _ => false,
        };
        let Some(func) = pickle::lookup_global(vm, "threading", "_run_atexit") else {
            return Ok(false);
        };
        if !pending {
            return Ok(false);
        }
        let first = self.with_thread(tid, |ex, th| {
            th.result = None;
            interp::call_from_host(ex.vm_mut(tid), th, func, &[])
        });
        match first {
            None => Ok(true),
            Some(Err(PyErr::Fatal(f))) => Err(*f),
            Some(_) => Ok(false),
        }
    }

    /// After each transition: collect output; end the thread's process
    /// if it has nothing left to run; when the main process is done,
    /// terminate its daemonic children.
    pub(crate) fn after_transition(&mut self, tid: usize, tr: &mut Transition) -> Result<(), Stop> {
        let p = self.threads[tid].proc;
        let out = self.procs[p].vm.take_output();
        self.output.extend(out);
        if !tr.ended || self.procs.len() == 1 {
            return Ok(());
        }
        if p != 0 && self.procs[p].exit_code.is_none() && self.process_done(p) {
            let main = self.procs[p].main;
            let slot = self.threads[main].slot;
            let returned = match self.procs[p].vm.parked_threads[slot].result {
                Some(Value::Int(c)) => Some(c as i32),
                _ => None,
            };
            let code = self.procs[p].main_exit.or(returned).unwrap_or(0);
            self.end_process(tid, p, code, tr);
        }
        if self.process_done(0) {
            let daemons: Vec<usize> = (1..self.procs.len())
                .filter(|&c| {
                    self.procs[c].parent == Some(0)
                        && self.procs[c].daemon
                        && self.procs[c].exit_code.is_none()
                })
                .collect();
            for c in daemons {
                self.end_process(tid, c, -15, tr);
            }
        }
        Ok(())
    }

    /// Process `p`'s main thread and non-daemon threads have finished.
    fn process_done(&self, p: usize) -> bool {
        let main = self.procs[p].main;
        self.is_done(main)
            && self
                .threads
                .iter()
                .enumerate()
                .all(|(t, th)| th.proc != p || th.daemon || self.is_done(t))
    }

    /// Ends process `p` with exit `code` in a transition of `tid`: its
    /// threads stop, its pipe ends close, whoever waits for it may go on.
    pub(crate) fn end_process(&mut self, tid: usize, p: usize, code: i32, tr: &mut Transition) {
        if self.procs[p].exit_code.is_some() {
            return;
        }
        self.procs[p].exit_code = Some(code);
        let name = self.procs[p].name.clone();
        let what = if self.threads[tid].proc == p {
            format!("its process exits with code {code}")
        } else {
            format!("{name} ends with code {code}")
        };
        let mut a = self.sync_access(tid, Some(proc_loc(p)), Op::Chan(ChanOp::Put), what);
        a.library = false;
        tr.accesses.push(a);
        let mut a = self.sync_access(tid, Some(alive_loc(p)), Op::Write, String::new());
        a.library = true;
        tr.accesses.push(a);
        for t in 0..self.threads.len() {
            if self.threads[t].proc == p && !self.is_done(t) {
                self.threads[t].next = Next::Done;
            }
        }
        let held: Vec<u64> = self.procs[p].handles.iter().copied().collect();
        self.close_handles(tid, p, &held, tr);
    }

    /// A parent's look at process `p` (join, `is_alive()`, `exitcode`): a
    /// step the user sees, though it happens inside `multiprocessing`.
    fn look_at(&self, tid: usize, p: usize, what: String) -> crate::access::Access {
        let mut a = self.sync_access(tid, Some(proc_loc(p)), Op::Chan(ChanOp::Look), what);
        a.library = false;
        a
    }

    /// `Syscall::JoinProcess` (enabled: the process has ended, or the wait
    /// times out).
    pub(crate) fn join_process(
        &mut self,
        tid: usize,
        pid: u64,
        tr: &mut Transition,
    ) -> PyResult<Value> {
        let Some(p) = self.proc_index(pid) else {
            return Ok(Value::Bool(true));
        };
        let ended = self.procs[p].exit_code.is_some();
        let name = self.procs[p].name.clone();
        let what = if ended {
            format!("joins {name} (it has exited)")
        } else {
            format!("gives up joining {name} (timeout)")
        };
        tr.accesses.push(self.look_at(tid, p, what));
        if ended {
            // Everything its threads did happens before the join.
            for j in 0..self.threads.len() {
                if self.threads[j].proc == p {
                    let mut a =
                        self.sync_access(tid, None, Op::Join { tid: j, done: true }, name.clone());
                    a.library = true;
                    tr.accesses.push(a);
                }
            }
        }
        Ok(Value::Bool(ended))
    }

    /// `Syscall::ProcessStatus`: the exit code, or None while it runs.
    pub(crate) fn process_status(
        &mut self,
        tid: usize,
        pid: u64,
        tr: &mut Transition,
    ) -> PyResult<Value> {
        let Some(p) = self.proc_index(pid) else {
            return Ok(Value::None);
        };
        let code = self.procs[p].exit_code;
        let name = &self.procs[p].name;
        let what = match code {
            Some(c) => format!("sees that {name} has exited (code {c})"),
            None => format!("sees that {name} is running"),
        };
        tr.accesses.push(self.look_at(tid, p, what));
        Ok(code.map_or(Value::None, |c| Value::Int(c as i64)))
    }

    /// `Syscall::KillProcess`: SIGTERM/SIGKILL end a process at once.
    pub(crate) fn kill_process(
        &mut self,
        tid: usize,
        pid: u64,
        signal: i32,
        tr: &mut Transition,
    ) -> PyResult<Value> {
        if let Some(p) = self.proc_index(pid) {
            if self.procs[p].exit_code.is_none() {
                self.end_process(tid, p, -signal, tr);
            }
        }
        Ok(Value::None)
    }
}

/// The pid of a `JoinProcess` request's process, and whether it has ended.
pub(crate) fn join_wait(ex: &Exec, pid: u64) -> bool {
    ex.proc_index(pid)
        .is_none_or(|p| ex.procs[p].exit_code.is_some())
}
