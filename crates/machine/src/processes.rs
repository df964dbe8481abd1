//! Processes on the machine: starting them (fork copies the parent's heap
//! at that moment; spawn starts a fresh interpreter that runs the main
//! module as `__mp_main__`, then receives its target pickled), ending them
//! (exit codes, dropping their daemon threads, terminating daemonic
//! children when the main process exits), joining and killing them, and the
//! channels that carry pickled values between them.

use crate::gil::{self, Tid};
use crate::machine::{Machine, Timed};
use crate::process::Process;
use crate::thread::{SimThread, State, Todo, Wait};
use corelab_vm::pickle::{self, Pickled};
use corelab_vm::run::Exit;
use corelab_vm::{PyErr, PyResult, Thread, Value, Vm};
use std::collections::{BTreeMap, VecDeque};

/// A pipe or queue's storage: values in transit, and who waits for one.
#[derive(Default)]
pub struct Channel {
    pub items: VecDeque<Pickled>,
    pub waiters: Vec<Tid>,
}

/// What a spawned child still has to run after its main module.
pub struct SpawnTarget {
    pub pickled: Pickled,
}

impl Machine {
    /// The process with `pid`.
    pub(crate) fn proc_index(&self, pid: u64) -> Option<usize> {
        self.procs.iter().position(|p| p.pid == pid)
    }

    /// `Syscall::StartProcess` from `tid`.
    pub(crate) fn start_process(
        &mut self,
        tid: Tid,
        func: Value,
        args: Value,
        spawn: bool,
        name: String,
        daemon: bool,
    ) {
        let parent = self.threads[tid].proc;
        let pid = self.next_pid;
        self.next_pid += 1;
        let costs = self.procs[parent].vm.costs.clone();
        let (vm, main, target) = if spawn {
            // The target and its arguments travel pickled, as in CPython.
            let pair = {
                let vm = &mut self.procs[parent].vm;
                let t = vm.new_tuple(vec![func, args]);
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
            let Some(src) = self.program.clone() else {
                self.deliver(tid, Err(PyErr::internal("spawn without a program")));
                return;
            };
            match corelab_vm::run::prepare_as(
                &src.name,
                &src.text,
                src.argv.clone(),
                src.limits.clone(),
                costs.clone(),
                "__mp_main__",
            ) {
                Ok((mut vm, th)) => {
                    vm.profile.enabled = self.cfg.line_profile;
                    (vm, th, Some(SpawnTarget { pickled }))
                }
                Err(_) => {
                    let msg = "the program failed to compile in a spawned process";
                    self.deliver(tid, Err(PyErr::internal(msg)));
                    return;
                }
            }
        } else {
            let mut vm = self.procs[parent].vm.clone();
            vm.parked_threads.clear();
            vm.steps = 0;
            vm.profile = Default::default();
            vm.profile.enabled = self.cfg.line_profile;
            let _ = vm.take_output();
            let mut th = Thread::default();
            let pos = tuple_items(&vm, args);
            match corelab_vm::interp::call_from_host(&mut vm, &mut th, func, &pos) {
                None => (vm, th, None),
                Some(r) => {
                    // A builtin target ran at once.
                    let _ = r;
                    (vm, th, None)
                }
            }
        };
        let mut vm: Vm = vm;
        vm.pid = pid;
        vm.ppid = self.procs[parent].pid;
        vm.cpu_count = self.cfg.cores;
        let slot = vm.parked_threads.len();
        vm.parked_threads.push(main);
        let (parent_cost, child_delay) = if spawn {
            (costs.fork_parent_ns, costs.spawn_ns)
        } else {
            (costs.fork_parent_ns, costs.fork_child_ns)
        };
        self.threads[tid].clock += parent_cost;
        self.process_start_ns += parent_cost + child_delay;
        let start = self.threads[tid].clock + child_delay;
        let ident = if spawn {
            corelab_vm::vm::MAIN_THREAD_IDENT
        } else {
            self.threads[tid].ident
        };
        vm.thread_ident = ident;
        let new_tid = self.threads.len();
        let proc_index = self.procs.len();
        self.procs.push(Process {
            vm,
            gil: gil::new_gil(&self.cfg),
            pid,
            lock_waiters: BTreeMap::new(),
            cpu_ns: 0,
            main: new_tid,
            ppid: self.procs[parent].pid,
            name: name.clone(),
            daemon,
            exit_code: None,
            main_exit: None,
            joiners: Vec::new(),
            spawn_target: target,
            // Children leave through os._exit(): no exit hooks.
            exit_hooks_run: true,
            parent: Some(parent),
        });
        let mut t = SimThread::new(ident, format!("{name}/MainThread"), false, slot, start);
        t.proc = proc_index;
        t.state = State::Blocked(Wait::Sleep);
        t.category = crate::thread::Category::None;
        self.trace.threads.push(t.name.clone());
        self.trace.thread_procs.push(t.proc);
        self.trace.procs.push((pid, name));
        self.threads.push(t);
        self.schedule(start, Timed::Wake(new_tid));
        self.deliver(tid, Ok(Value::Int(pid as i64)));
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

    /// `Syscall::ChannelSend`: pickles in the sender, pays pickling and the
    /// pipe write, wakes a waiting receiver.
    pub(crate) fn channel_send(&mut self, tid: Tid, chan: u64, value: Value) {
        let Some(ch) = self.channels.get(chan as usize) else {
            self.deliver(tid, Err(PyErr::internal("send on an unknown channel")));
            return;
        };
        let _ = ch;
        let dumped = pickle::dump(self.vm_of(tid), value);
        let pickled = match dumped {
            Ok(p) => p,
            Err(e) => {
                let err = e.into_err(self.vm_of(tid));
                self.deliver(tid, Err(err));
                return;
            }
        };
        let costs = &self.vm_of(tid).costs;
        let (nodes, bytes) = (pickled.nodes() as u64, pickled.size() as u64);
        let ns = nodes * costs.pickle_node_ns
            + bytes * costs.pickle_kb_ns / 1024
            + costs.pipe_message_ns
            + bytes * costs.pipe_kb_ns / 1024;
        self.threads[tid].clock += ns;
        self.threads[tid].cpu_ns += ns;
        self.transfer_ns += ns;
        let at = self.threads[tid].clock;
        let ch = &mut self.channels[chan as usize];
        ch.items.push_back(pickled);
        if !ch.waiters.is_empty() {
            let i = self.rng.below(ch.waiters.len());
            let w = self.channels[chan as usize].waiters.remove(i);
            self.threads[w].token += 1;
            self.schedule(at + self.cfg.wake_latency_ns, Timed::Wake(w));
        }
        self.deliver(tid, Ok(Value::None));
    }

    /// `Syscall::ChannelRecv`, or a woken receiver retrying.
    pub(crate) fn channel_recv(&mut self, tid: Tid, chan: u64, deadline: Option<u64>, woken: bool) {
        let Some(ch) = self.channels.get_mut(chan as usize) else {
            self.deliver(tid, Err(PyErr::internal("receive on an unknown channel")));
            return;
        };
        if let Some(p) = ch.items.pop_front() {
            let vm = self.vm_of(tid);
            let r = pickle::load(vm, &p).map(|v| vm.new_tuple(vec![Value::Bool(true), v]));
            let ns = p.nodes() as u64 * vm.costs.pickle_node_ns
                + p.size() as u64 * vm.costs.pickle_kb_ns / 1024;
            self.threads[tid].clock += ns;
            self.threads[tid].cpu_ns += ns;
            self.transfer_ns += ns;
            if woken {
                self.threads[tid].answer = Some(r);
                self.threads[tid].todo = Todo::TakeGil;
                self.take_gil(tid);
            } else {
                self.deliver(tid, r);
            }
            return;
        }
        let now = self.threads[tid].clock;
        if deadline.is_some_and(|d| d <= now) {
            let vm = self.vm_of(tid);
            let r = Ok(vm.new_tuple(vec![Value::Bool(false), Value::None]));
            if woken {
                self.threads[tid].answer = Some(r);
                self.threads[tid].todo = Todo::TakeGil;
                self.take_gil(tid);
            } else {
                self.deliver(tid, r);
            }
            return;
        }
        if !woken {
            self.drop_gil(tid, false);
        }
        self.channels[chan as usize].waiters.push(tid);
        let t = &mut self.threads[tid];
        t.token += 1;
        t.todo = Todo::TryRecv { chan, deadline };
        let token = t.token;
        self.block(tid, Wait::Channel { chan, deadline });
        if let Some(at) = deadline {
            self.schedule(at, Timed::Timer { tid, token });
        }
    }

    /// A receiver's timeout: give up waiting on `chan`.
    pub(crate) fn channel_timeout(&mut self, tid: Tid, chan: u64, at: u64) {
        if let Some(ch) = self.channels.get_mut(chan as usize) {
            ch.waiters.retain(|&t| t != tid);
        }
        let vm = self.vm_of(tid);
        let r = Ok(vm.new_tuple(vec![Value::Bool(false), Value::None]));
        let t = &mut self.threads[tid];
        t.answer = Some(r);
        t.todo = Todo::TakeGil;
        self.make_ready(tid, at);
    }
}

impl Machine {
    /// `Syscall::SharedNew`: a shared-memory block (pickled scalars).
    pub(crate) fn shared_new(&mut self, tid: Tid, values: Value) {
        let items = {
            let vm = self.vm_of(tid);
            let list = match values {
                Value::Obj(r) => match vm.heap.get(r) {
                    corelab_vm::objects::Obj::List(l) => l.clone(),
                    _ => Vec::new(),
                },
                _ => Vec::new(),
            };
            list.into_iter()
                .map(|v| pickle::dump(vm, v))
                .collect::<Result<Vec<_>, _>>()
        };
        match items {
            Ok(items) => {
                self.shared.push(items);
                let id = self.shared.len() as i64 - 1;
                self.deliver(tid, Ok(Value::Int(id)));
            }
            Err(e) => {
                let err = e.into_err(self.vm_of(tid));
                self.deliver(tid, Err(err));
            }
        }
    }

    pub(crate) fn shared_get(&mut self, tid: Tid, id: u64, index: Option<u64>) {
        let Some(block) = self.shared.get(id as usize).cloned() else {
            self.deliver(tid, Err(PyErr::internal("unknown shared memory block")));
            return;
        };
        let vm = self.vm_of(tid);
        let r = match index {
            Some(i) => match block.get(i as usize) {
                Some(p) => pickle::load(vm, p),
                None => Err(vm.index_error("invalid index")),
            },
            None => block
                .iter()
                .map(|p| pickle::load(vm, p))
                .collect::<PyResult<Vec<_>>>()
                .map(|vs| vm.new_list(vs)),
        };
        self.deliver(tid, r);
    }

    pub(crate) fn shared_set(&mut self, tid: Tid, id: u64, index: u64, value: Value) {
        let dumped = pickle::dump(self.vm_of(tid), value);
        let r = match (dumped, self.shared.get_mut(id as usize)) {
            (Ok(p), Some(block)) if (index as usize) < block.len() => {
                block[index as usize] = p;
                Ok(Value::None)
            }
            (Ok(_), _) => Err(self.vm_of(tid).index_error("invalid index")),
            (Err(e), _) => Err(e.into_err(self.vm_of(tid))),
        };
        self.deliver(tid, r);
    }
}

fn tuple_items(vm: &Vm, v: Value) -> Vec<Value> {
    match v {
        Value::Obj(r) => match vm.heap.get(r) {
            corelab_vm::objects::Obj::Tuple(items) => items.clone(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}
