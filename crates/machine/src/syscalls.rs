//! Answers to what Python code asks of the machine (`corelab_vm::Syscall`):
//! sleeping, waiting for locks, starting and joining threads, working
//! without the GIL. Each handler runs at the requesting thread's clock,
//! while that thread holds the GIL.

use crate::gil::Tid;
use crate::machine::{Machine, Timed};
use crate::thread::{SimThread, State, Todo, Wait};
use corelab_vm::objects::Obj;
use corelab_vm::{ObjRef, PyErr, Syscall, Thread, Value};

impl Machine {
    pub(crate) fn syscall(&mut self, tid: Tid, req: Syscall) {
        match req {
            Syscall::Sleep { ns } => {
                // The GIL is released for the whole sleep, even sleep(0);
                // the kernel's timer slack makes every sleep a little late.
                self.drop_gil(tid, false);
                let t = &mut self.threads[tid];
                t.token += 1;
                let (token, at) = (t.token, t.clock + ns + self.cfg.timer_slack_ns);
                t.todo = Todo::TakeGil;
                self.block(tid, Wait::Sleep);
                self.schedule(at, Timed::Timer { tid, token });
            }
            Syscall::GilFree { ns, .. } => {
                self.drop_gil(tid, false);
                let t = &mut self.threads[tid];
                t.token += 1;
                let (token, until) = (t.token, t.clock + ns);
                t.todo = Todo::GilFree { until };
                t.answer = Some(Ok(Value::None));
                let at = t.clock;
                self.set_state(tid, State::Running, at);
                self.schedule(until, Timed::Timer { tid, token });
            }
            Syscall::LockAcquire { lock, timeout_ns } => {
                self.drop_gil(tid, false);
                let deadline = timeout_ns.map(|ns| self.threads[tid].clock + ns);
                self.park_on_lock(tid, lock, deadline);
            }
            Syscall::LockRelease { lock } => {
                self.wake_lock_waiter(tid, lock);
                self.deliver(tid, Ok(Value::None));
            }
            Syscall::StartThread {
                func,
                args,
                kwargs,
                name,
                daemon,
            } => self.start_thread(tid, func, args, kwargs, name, daemon),
            Syscall::StartProcess(start) => self.start_process(tid, start),
            Syscall::JoinProcess { pid, timeout_ns } => self.join_process(tid, pid, timeout_ns),
            Syscall::ProcessStatus { pid } => {
                let code = self
                    .proc_index(pid)
                    .and_then(|p| self.procs[p].exit_code)
                    .map_or(Value::None, |c| Value::Int(c as i64));
                self.deliver(tid, Ok(code));
            }
            Syscall::KillProcess { pid, signal } => self.kill_process(tid, pid, signal),
            Syscall::ChannelNew => {
                let id = self.channel_new(false);
                self.deliver(tid, Ok(Value::Int(id as i64)));
            }
            Syscall::ChannelSend { chan, value } => self.channel_send(tid, chan, value),
            Syscall::ChannelRecv { chan, timeout_ns } => {
                let deadline = timeout_ns.map(|ns| self.threads[tid].clock + ns);
                self.channel_recv(tid, chan, deadline, false, false)
            }
            Syscall::ChannelLen { chan } => {
                let n = self.channel_len(chan);
                self.deliver(tid, Ok(Value::Int(n as i64)));
            }
            Syscall::ChannelFill { chan, n } => self.channel_fill(tid, chan, n),
            Syscall::PipeNew { duplex } => self.pipe_new(tid, duplex),
            Syscall::PipeSend { handle, value } => self.pipe_send(tid, handle, value),
            Syscall::PipeRecv {
                handle,
                timeout_ns,
                peek,
            } => self.pipe_recv(tid, handle, timeout_ns, peek),
            Syscall::PipeClose { handle } => self.pipe_close(tid, handle),
            Syscall::SharedNew { values } => self.shared_new(tid, values),
            Syscall::SharedGet { id, index } => self.shared_get(tid, id, index),
            Syscall::SharedSet { id, index, value } => self.shared_set(tid, id, index, value),
            // Only the checker asks for these (`Vm::check_mode`).
            Syscall::Sync { .. } => self.deliver(tid, Ok(Value::None)),
            Syscall::Join { ident, timeout_ns } => {
                let Some(target) = self.threads.iter().position(|t| t.ident == ident) else {
                    self.deliver(tid, Ok(Value::Bool(true)));
                    return;
                };
                let ended = self.threads[target].state == State::Done;
                if self.park_joiner(tid, ended, timeout_ns, Wait::Join { target }) {
                    self.threads[target].joiners.push(tid);
                }
            }
        }
    }

    /// A join (of a thread or a process): answers at once when the target
    /// has `ended` or the timeout is zero; otherwise releases the GIL and
    /// parks `tid` in `wait` (with its timeout) and returns true, and the
    /// caller records `tid` as a joiner of the target.
    pub(crate) fn park_joiner(
        &mut self,
        tid: Tid,
        ended: bool,
        timeout_ns: Option<u64>,
        wait: Wait,
    ) -> bool {
        if ended || timeout_ns == Some(0) {
            self.deliver(tid, Ok(Value::Bool(ended)));
            return false;
        }
        self.drop_gil(tid, false);
        let t = &mut self.threads[tid];
        t.token += 1;
        t.todo = Todo::TakeGil;
        let (token, clock) = (t.token, t.clock);
        self.block(tid, wait);
        if let Some(ns) = timeout_ns {
            self.schedule(clock + ns, Timed::Timer { tid, token });
        }
        true
    }

    fn start_thread(
        &mut self,
        tid: Tid,
        func: Value,
        args: Value,
        kwargs: Value,
        name: String,
        daemon: bool,
    ) {
        let alive = self
            .threads
            .iter()
            .filter(|t| t.state != State::Done)
            .count();
        if alive >= self.cfg.max_threads {
            let msg = format!(
                "thread limit reached: more than {} threads alive at once (raise it with --max-threads)",
                self.cfg.max_threads
            );
            self.deliver(tid, Err(PyErr::limit(msg)));
            return;
        }
        if !matches!(kwargs, Value::None) {
            let msg = "_thread.start_new_thread with keyword arguments";
            self.deliver(
                tid,
                Err(PyErr::unsupported(format!(
                    "{msg} is not supported by corelab yet"
                ))),
            );
            return;
        }
        let pos = match args {
            Value::Obj(r) => match self.vm_of(tid).heap.get(r) {
                Obj::Tuple(items) => items.clone(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        let ident = self.new_ident();
        let name = if name.is_empty() {
            format!("Thread-{}", self.threads.len())
        } else {
            name
        };
        self.threads[tid].clock += self.cfg.thread_start_ns;
        let start = self.threads[tid].clock;
        let mut th = Thread::default();
        let proc = self.threads[tid].proc;
        let vm = self.vm_of(tid);
        let saved_ident = vm.thread_ident;
        vm.thread_ident = ident;
        let first = corelab_vm::interp::call_from_host(vm, &mut th, func, &pos);
        vm.thread_ident = saved_ident;
        let slot = vm.parked_threads.len();
        vm.parked_threads.push(th);
        let mut t = SimThread::new(ident, name, daemon, slot, start);
        t.proc = proc;
        if let Some(r) = first {
            // A builtin target finished at once.
            t.state = State::Done;
            t.ended_at = Some(start);
            if let Err(PyErr::Fatal(f)) = r {
                self.exit = Some(corelab_vm::run::Exit::Fatal(*f));
            }
            self.trace.threads.push(t.name.clone());
            self.trace.thread_procs.push(t.proc);
            self.threads.push(t);
        } else {
            // The new thread appears after the OS has created it.
            t.state = State::Blocked(Wait::Sleep);
            t.category = crate::thread::Category::None;
            let new = self.threads.len();
            self.trace.threads.push(t.name.clone());
            self.trace.thread_procs.push(t.proc);
            self.threads.push(t);
            let at = start + self.cfg.wake_latency_ns;
            self.schedule(at, Timed::Wake(new));
        }
        self.deliver(tid, Ok(Value::Int(ident as i64)));
    }

    /// Parks `tid` on `lock` (it has released the GIL).
    pub(crate) fn park_on_lock(&mut self, tid: Tid, lock: ObjRef, deadline: Option<u64>) {
        self.proc_of(tid)
            .lock_waiters
            .entry(lock.0)
            .or_default()
            .push(tid);
        if let Obj::Lock(l) = self.vm_of(tid).heap.get_mut(lock) {
            l.waiters += 1;
        }
        let t = &mut self.threads[tid];
        t.token += 1;
        t.todo = Todo::TryLock { lock, deadline };
        let token = t.token;
        self.block(tid, Wait::Lock { lock, deadline });
        if let Some(at) = deadline {
            self.schedule(at, Timed::Timer { tid, token });
        }
    }

    /// Removes `tid` from `lock`'s waiters.
    pub(crate) fn unpark_lock_waiter(&mut self, lock: ObjRef, tid: Tid) {
        let p = self.proc_of(tid);
        if let Some(ws) = p.lock_waiters.get_mut(&lock.0) {
            if let Some(i) = ws.iter().position(|&t| t == tid) {
                ws.remove(i);
                if let Obj::Lock(l) = p.vm.heap.get_mut(lock) {
                    l.waiters = l.waiters.saturating_sub(1);
                }
            }
        }
    }

    /// A release by `by` wakes one waiter of `lock` (chosen by the seeded
    /// RNG: the OS decides in reality). It retries when it runs, so another
    /// thread may take the lock first.
    fn wake_lock_waiter(&mut self, by: Tid, lock: ObjRef) {
        let p = self.threads[by].proc;
        let Some(ws) = self.procs[p].lock_waiters.get(&lock.0) else {
            return;
        };
        if ws.is_empty() {
            return;
        }
        let w = ws[self.rng.below(ws.len())];
        self.unpark_lock_waiter(lock, w);
        let released = self.threads[by].clock;
        self.lock_wakes.insert(w, (by, released));
        let at = released + self.cfg.wake_latency_ns;
        // Its wait is over: a pending timeout must not fire.
        self.threads[w].token += 1;
        self.schedule(at, Timed::Wake(w));
    }

    /// A woken lock waiter on a core: take the lock (no GIL needed), then
    /// the GIL; or park again if someone else took it first.
    pub(crate) fn try_lock_woken(&mut self, tid: Tid, lock: ObjRef, deadline: Option<u64>) {
        let ident = self.threads[tid].ident;
        let got = match self.vm_of(tid).heap.get_mut(lock) {
            Obj::Lock(l) => corelab_vm::modules::try_acquire(l, ident),
            _ => true,
        };
        let woken_by = self.lock_wakes.remove(&tid);
        if got {
            if let Some((from, released)) = woken_by {
                let proc = self.threads[tid].proc;
                let t = self.threads[tid].clock;
                self.trace.events.push(crate::trace::Event::Handover {
                    t,
                    released,
                    proc,
                    from,
                    to: tid,
                    what: crate::trace::Handed::Lock,
                });
            }
            let t = &mut self.threads[tid];
            t.answer = Some(Ok(Value::Bool(true)));
            t.todo = Todo::TakeGil;
            self.take_gil(tid);
        } else {
            self.park_on_lock(tid, lock, deadline);
        }
    }
}
