//! What processes share, under the checker: channels (the storage of
//! multiprocessing queues, pipes and semaphores: pickled values in
//! transit, semaphore tokens), pipe handles (which process holds which end
//! open, so that a reader sees EOF once every writer has closed) and
//! shared-memory blocks (`multiprocessing.Value/Array`).
//!
//! Each operation on a channel is one visible operation (`Op::Chan`,
//! ordered against every other on the same channel, and synchronising).
//! A receive on an empty channel is not enabled — the thread waits — until
//! an item arrives or the last writer leaves; with a timeout it may also
//! time out when nothing else can run (the same rule as locks, see
//! `exec`). Shared memory reads and writes are plain memory accesses on
//! their own locations, so an unguarded `v.value += 1` in two processes
//! is a data race. Creating a channel, pipe or block touches nothing
//! another thread can see yet and is answered on the spot.
//!
//! The machine's `channels` module implements the same objects against
//! simulated time; this one needs no clock, no waiter lists and no costs.

use crate::access::{self, ChanOp, Key, Loc, Op};
use crate::exec::{Exec, Stop, Transition};
use corelab_vm::objects::Obj;
use corelab_vm::pickle::{self, Pickled};
use corelab_vm::thread::Frame;
use corelab_vm::{PyErr, PyResult, Syscall, Value, Vm};
use std::collections::VecDeque;

#[derive(Clone, Debug, Default)]
pub struct Channel {
    pub items: VecDeque<Pickled>,
    /// Free semaphore tokens (each reads as None after `items`).
    pub tokens: u64,
    /// One direction of a pipe: readers see EOF when no writer is left.
    pub piped: bool,
    /// Holds semaphore tokens (a multiprocessing lock or semaphore).
    pub semaphore: bool,
    /// The token of a multiprocessing `Lock` (or an `RLock`'s): tracked
    /// for lock-order inversions (`lockorder`).
    pub lock: bool,
}

impl Channel {
    fn len(&self) -> u64 {
        self.items.len() as u64 + self.tokens
    }
}

/// One end of a pipe (see `PipeHandle`).
pub type Handle = corelab_vm::PipeHandle;

#[derive(Clone, Debug, Default)]
pub struct Ipc {
    pub channels: Vec<Channel>,
    pub handles: Vec<Handle>,
    pub shared: Vec<Vec<Pickled>>,
}

fn chan_loc(chan: u64) -> Loc {
    Loc {
        space: access::CHANNELS,
        obj: chan as u32,
        key: Key::Whole,
    }
}

/// The name of a global of the main module of `vm` whose value (or an
/// item of whose list or tuple value) satisfies `is`: `q`, `forks[2]`.
pub fn global_holding(vm: &Vm, is: impl Fn(Value) -> bool) -> Option<String> {
    let main = vm
        .modules
        .iter()
        .find(|(n, _)| &**n == "__main__" || &**n == "__mp_main__")
        .map(|(_, m)| *m)?;
    let Obj::Module(m) = vm.heap.get(main) else {
        return None;
    };
    let Obj::Dict(d) = vm.heap.get(m.dict) else {
        return None;
    };
    for e in d.map.iter() {
        let Some(name) = vm.as_str(e.key) else {
            continue;
        };
        if is(e.value) {
            return Some(name.to_string());
        }
        if let Value::Obj(r) = e.value {
            if let Obj::List(items) | Obj::Tuple(items) = vm.heap.get(r) {
                if let Some(i) = items.iter().position(|v| is(*v)) {
                    return Some(format!("{name}[{i}]"));
                }
            }
        }
    }
    None
}

impl Exec {
    /// The channel a blocking IPC request waits on, and whether it can go
    /// on now; None for requests that never wait.
    pub(crate) fn ipc_wait(&self, tid: usize, req: &Syscall) -> Option<(bool, Option<u64>)> {
        match req {
            Syscall::ChannelRecv { chan, timeout_ns } => {
                let ready = self
                    .ipc
                    .channels
                    .get(*chan as usize)
                    .is_none_or(|c| c.len() > 0);
                Some((ready, *timeout_ns))
            }
            Syscall::PipeRecv {
                handle, timeout_ns, ..
            } => {
                let ready = match self.held(tid, *handle).and_then(|h| h.recv) {
                    Some(chan) => {
                        self.ipc.channels[chan as usize].len() > 0
                            || !self.has_end(chan, |h| h.send)
                    }
                    None => true, // answered with an error
                };
                Some((ready, *timeout_ns))
            }
            Syscall::JoinProcess { pid, timeout_ns } => {
                Some((crate::procs::join_wait(self, *pid), *timeout_ns))
            }
            _ => None,
        }
    }

    /// The shared location a waiting request would operate on.
    pub(crate) fn ipc_loc(&self, tid: usize, req: &Syscall) -> Option<Loc> {
        match req {
            Syscall::ChannelRecv { chan, .. } => Some(chan_loc(*chan)),
            Syscall::PipeRecv { handle, .. } => {
                self.held(tid, *handle).and_then(|h| h.recv).map(chan_loc)
            }
            _ => None,
        }
    }

    /// Requests answered without a scheduling point: creating objects.
    pub(crate) fn ipc_local(&mut self, tid: usize, req: &Syscall) -> Option<PyResult<Value>> {
        match req {
            Syscall::ChannelNew => {
                let lock = self.making_lock(tid);
                let chan = self.channel_new(false);
                self.ipc.channels[chan as usize].lock = lock;
                Some(Ok(Value::Int(chan as i64)))
            }
            Syscall::PipeNew { duplex } => {
                let a = self.channel_new(true);
                let b = duplex.then(|| self.channel_new(true));
                let (h1, h2) = Handle::pair(a, b);
                let p = self.threads[tid].proc;
                let mut ids = Vec::new();
                for h in [h1, h2] {
                    self.ipc.handles.push(h);
                    let id = self.ipc.handles.len() as u64 - 1;
                    self.procs[p].handles.insert(id);
                    ids.push(Value::Int(id as i64));
                }
                Some(Ok(self.vm_mut(tid).new_tuple(ids)))
            }
            Syscall::SharedNew { values } => {
                let items = pickle::dump_block(self.vm_of(tid), *values);
                Some(match items {
                    Ok(items) => {
                        self.ipc.shared.push(items);
                        Ok(Value::Int(self.ipc.shared.len() as i64 - 1))
                    }
                    Err(e) => Err(e.into_err(self.vm_mut(tid))),
                })
            }
            _ => None,
        }
    }

    /// Whether thread `tid` is inside `multiprocessing`'s `Lock()` or
    /// `RLock()` constructor.
    fn making_lock(&self, tid: usize) -> bool {
        self.py_thread(tid).frames.iter().any(|fr| {
            matches!(fr, Frame::Py(f)
                if f.code.code.source.name.contains("synchronize")
                    && matches!(&*f.code.code.qualname, "Lock.__init__" | "RLock.__init__"))
        })
    }

    fn channel_new(&mut self, piped: bool) -> u64 {
        self.ipc.channels.push(Channel {
            piped,
            ..Channel::default()
        });
        self.ipc.channels.len() as u64 - 1
    }

    /// Handle `h` if `tid`'s process holds it open.
    fn held(&self, tid: usize, h: u64) -> Option<Handle> {
        let p = self.threads[tid].proc;
        self.procs[p]
            .handles
            .contains(&h)
            .then(|| self.ipc.handles.get(h as usize).copied())
            .flatten()
    }

    /// Whether a live process holds a handle whose `end` is `chan`.
    fn has_end(&self, chan: u64, end: impl Fn(&Handle) -> Option<u64>) -> bool {
        self.procs.iter().any(|p| {
            p.exit_code.is_none()
                && p.handles
                    .iter()
                    .any(|&h| end(&self.ipc.handles[h as usize]) == Some(chan))
        })
    }

    /// What the user called that led here: the outermost library
    /// method under the program's own frame, and the global of the main
    /// module that holds its `self` (`q`, `locks[1]`), if any.
    pub(crate) fn caller(&self, tid: usize) -> Option<(Option<String>, String)> {
        let vm = self.vm_of(tid);
        let th = self.py_thread(tid);
        let mut outer = None;
        for fr in th.frames.iter().rev() {
            if let Frame::Py(f) = fr {
                if access::is_user_frame(vm, f) {
                    break;
                }
                outer = Some(f);
            }
        }
        let f = outer?;
        let qual = f.code.code.qualname.to_string();
        let me = th.stack.get(f.base as usize).copied();
        let same = |v: Value| matches!((v, me), (Value::Obj(a), Some(Value::Obj(b))) if a == b);
        let holder = global_holding(vm, same).or_else(|| user_local_holding(vm, th, same));
        Some((holder, qual))
    }

    /// The user called a queue's method (whose semaphore counts free
    /// places, not a lock's tokens).
    fn in_queue_call(&self, tid: usize) -> bool {
        self.caller(tid)
            .is_some_and(|(_, qual)| qual.contains("Queue."))
    }

    /// `q.put()`, else `Queue.put()`, else `kind`.
    fn call_name(&self, tid: usize, kind: &str) -> String {
        match self.caller(tid) {
            Some((Some(holder), qual)) => {
                format!("{holder}.{}()", qual.rsplit('.').next().unwrap_or(&qual))
            }
            Some((None, qual)) => format!("{qual}()"),
            None => kind.to_string(),
        }
    }

    /// An operation on `chan` as the user sees it: shown in
    /// counterexamples even though it happens inside corelab's library
    /// (`q.put(): sends 3`), because it is what orders the processes.
    fn chan_access(
        &self,
        tid: usize,
        chan: u64,
        op: ChanOp,
        what: String,
    ) -> crate::access::Access {
        let mut a = self.sync_access(tid, Some(chan_loc(chan)), Op::Chan(op), what);
        a.library = false;
        a
    }

    /// Performs an IPC request the thread rests on; returns its answer.
    pub(crate) fn perform_ipc(
        &mut self,
        tid: usize,
        req: Syscall,
        tr: &mut Transition,
    ) -> Result<PyResult<Value>, Stop> {
        Ok(match req {
            Syscall::StartProcess(start) => return self.start_process(tid, start, tr),
            Syscall::JoinProcess { pid, .. } => self.join_process(tid, pid, tr),
            Syscall::ProcessStatus { pid } => self.process_status(tid, pid, tr),
            Syscall::KillProcess { pid, signal } => self.kill_process(tid, pid, signal, tr),
            Syscall::ChannelSend { chan, value } => self.send(tid, chan, value, tr),
            Syscall::ChannelRecv { chan, .. } => self.recv(tid, chan, false, tr),
            Syscall::ChannelLen { chan } => {
                let ch = self.ipc.channels.get(chan as usize);
                let n = ch.map_or(0, Channel::len);
                let said = match (ch.is_some_and(|c| c.semaphore), self.in_queue_call(tid)) {
                    (true, true) => {
                        format!("counts {n} free place{}", if n == 1 { "" } else { "s" })
                    }
                    (true, false) => format!("reads the count ({n})"),
                    _ => format!("sees {n} waiting"),
                };
                let what = format!("{}: {said}", self.call_name(tid, "qsize"));
                tr.accesses
                    .push(self.chan_access(tid, chan, ChanOp::Look, what));
                Ok(Value::Int(n as i64))
            }
            Syscall::ChannelFill { chan, n } => {
                if let Some(c) = self.ipc.channels.get_mut(chan as usize) {
                    c.tokens += n;
                    c.semaphore = true;
                }
                let said = if self.in_queue_call(tid) {
                    "frees a place"
                } else {
                    "releases (gives back a token)"
                };
                let what = format!("{}: {said}", self.call_name(tid, "release"));
                tr.accesses
                    .push(self.chan_access(tid, chan, ChanOp::Put, what));
                Ok(Value::None)
            }
            Syscall::PipeSend { handle, value } => match self.held(tid, handle) {
                None => Err(not_held()),
                Some(Handle { send: None, .. }) => {
                    Err(PyErr::internal("send on a read-only pipe end"))
                }
                Some(Handle {
                    send: Some(chan), ..
                }) => {
                    if !self.has_end(chan, |h| h.recv) {
                        let what = format!("{}: the pipe is broken", self.call_name(tid, "send"));
                        tr.accesses
                            .push(self.chan_access(tid, chan, ChanOp::Look, what));
                        Ok(Value::Bool(false))
                    } else {
                        self.send(tid, chan, value, tr)
                    }
                }
            },
            Syscall::PipeRecv { handle, peek, .. } => match self.held(tid, handle) {
                None => Err(not_held()),
                Some(Handle { recv: None, .. }) => {
                    Err(PyErr::internal("receive on a write-only pipe end"))
                }
                Some(Handle {
                    recv: Some(chan), ..
                }) => self.recv(tid, chan, peek, tr),
            },
            Syscall::PipeClose { handle } => {
                let p = self.threads[tid].proc;
                self.close_handles(tid, p, &[handle], tr);
                Ok(Value::None)
            }
            Syscall::SharedGet { id, index } => self.shared_get(tid, id, index, tr),
            Syscall::SharedSet { id, index, value } => self.shared_set(tid, id, index, value, tr),
            other => {
                return Err(corelab_vm::Fatal::Unsupported(format!(
                    "corelab check does not support {} yet",
                    other.describe()
                )))
            }
        })
    }

    fn send(
        &mut self,
        tid: usize,
        chan: u64,
        value: Value,
        tr: &mut Transition,
    ) -> PyResult<Value> {
        let Some(n) = self.ipc.channels.get(chan as usize).map(Channel::len) else {
            return Err(PyErr::internal("send on an unknown channel"));
        };
        let pickled = match pickle::dump(self.vm_of(tid), value) {
            Ok(p) => p,
            Err(e) => return Err(e.into_err(self.vm_mut(tid))),
        };
        let what = format!(
            "{}: sends {} ({} waiting)",
            self.call_name(tid, "send"),
            crate::render::brief(self.vm_of(tid), value),
            n + 1
        );
        tr.accesses
            .push(self.chan_access(tid, chan, ChanOp::Put, what));
        self.ipc.channels[chan as usize].items.push_back(pickled);
        Ok(Value::Bool(true))
    }

    /// A receive (or a poll) that can go on: an item, EOF, or a timeout.
    fn recv(&mut self, tid: usize, chan: u64, peek: bool, tr: &mut Transition) -> PyResult<Value> {
        let Some(ch) = self.ipc.channels.get_mut(chan as usize) else {
            return Err(PyErr::internal("receive on an unknown channel"));
        };
        let piped = ch.piped;
        let (status, value, said) = if ch.len() > 0 && peek {
            (
                Value::Bool(true),
                Value::None,
                "finds something to read".to_string(),
            )
        } else if ch.len() > 0 {
            let p = match ch.items.pop_front() {
                Some(p) => p,
                None => {
                    ch.tokens -= 1;
                    Pickled::None
                }
            };
            let v = pickle::load(self.vm_mut(tid), &p)?;
            let said = if matches!(p, Pickled::None) && self.in_queue_call(tid) {
                "takes a free place".to_string()
            } else if matches!(p, Pickled::None) {
                "acquires (takes a token)".to_string()
            } else {
                format!("receives {}", crate::render::brief(self.vm_of(tid), v))
            };
            (Value::Bool(true), v, said)
        } else if piped && !self.has_end(chan, |h| h.send) {
            (
                Value::Bool(peek),
                Value::None,
                "finds every write end closed (EOF)".to_string(),
            )
        } else {
            (
                Value::Bool(false),
                Value::None,
                "gives up waiting (timeout)".to_string(),
            )
        };
        let status = if said.contains("EOF") && !peek {
            Value::None
        } else {
            status
        };
        let what = format!("{}: {said}", self.call_name(tid, "receive"));
        // A receive that timed out took nothing: a look (it still races
        // with puts — had one come first, it would have taken it).
        let op = if peek || said.contains("timeout") {
            ChanOp::Look
        } else {
            ChanOp::Take
        };
        tr.accesses.push(self.chan_access(tid, chan, op, what));
        Ok(self.vm_mut(tid).new_tuple(vec![status, value]))
    }

    /// Process `p` closes handles `hs` in a transition of `tid`: readers
    /// may now see EOF, writers a broken pipe.
    pub(crate) fn close_handles(&mut self, tid: usize, p: usize, hs: &[u64], tr: &mut Transition) {
        for &h in hs {
            if !self.procs[p].handles.remove(&h) {
                continue;
            }
            let Some(handle) = self.ipc.handles.get(h as usize).copied() else {
                continue;
            };
            for chan in [handle.send, handle.recv].into_iter().flatten() {
                let name = self.procs[p].name.clone();
                let mut a =
                    self.chan_access(tid, chan, ChanOp::Put, format!("{name} closes a pipe end"));
                a.library = true;
                tr.accesses.push(a);
            }
        }
    }

    /// Shared memory is the program's own state when it is a
    /// `multiprocessing.Value/Array` (races on it are the user's);
    /// inside corelab's process-shared RLock or a manager it is library
    /// bookkeeping.
    fn shared_access(
        &self,
        tid: usize,
        id: u64,
        index: Option<u64>,
        op: Op,
    ) -> crate::access::Access {
        let th = self.py_thread(tid);
        let own = th.frames.iter().rev().find_map(|fr| match fr {
            Frame::Py(f) => Some(f.code.code.source.name.contains("sharedctypes")),
            _ => None,
        });
        // `v.value` for a Value, `arr[3]` for an Array item.
        let what = match self.caller(tid) {
            Some((holder, qual)) => {
                let name = holder
                    .unwrap_or_else(|| qual.rsplit('.').nth(1).unwrap_or("shared").to_string());
                let method = qual.rsplit('.').next().unwrap_or_default();
                match (method, index) {
                    ("value", _) => format!("{name}.value"),
                    (_, Some(i)) => format!("{name}[{i}]"),
                    (_, None) => name,
                }
            }
            None => "shared memory".into(),
        };
        let loc = Loc {
            space: access::SHARED,
            obj: id as u32,
            key: index.map_or(Key::Whole, Key::Item),
        };
        let mut a = self.sync_access(tid, Some(loc), op, what);
        a.library = own != Some(true);
        a.atomic = false;
        a.show_value = true;
        a
    }

    fn shared_get(
        &mut self,
        tid: usize,
        id: u64,
        index: Option<u64>,
        tr: &mut Transition,
    ) -> PyResult<Value> {
        let Some(block) = self.ipc.shared.get(id as usize).cloned() else {
            return Err(PyErr::internal("unknown shared memory block"));
        };
        let mut a = self.shared_access(tid, id, index, Op::Read);
        let r = pickle::load_block(self.vm_mut(tid), &block, index);
        if let Ok(v) = &r {
            a.value = Some(*v);
        }
        tr.accesses.push(a);
        r
    }

    fn shared_set(
        &mut self,
        tid: usize,
        id: u64,
        index: u64,
        value: Value,
        tr: &mut Transition,
    ) -> PyResult<Value> {
        let mut a = self.shared_access(tid, id, Some(index), Op::Write);
        a.value = Some(value);
        let dumped = pickle::dump(self.vm_of(tid), value);
        let r = match (dumped, self.ipc.shared.get_mut(id as usize)) {
            (Ok(p), Some(block)) if (index as usize) < block.len() => {
                block[index as usize] = p;
                Ok(Value::None)
            }
            (Ok(_), _) => Err(self.vm_mut(tid).index_error("invalid index")),
            (Err(e), _) => Err(e.into_err(self.vm_mut(tid))),
        };
        tr.accesses.push(a);
        r
    }
}

/// The name of a local variable of the innermost frame of the program's
/// own code whose value satisfies `is` (`v` in `def work(v): ...`).
fn user_local_holding(
    vm: &Vm,
    th: &corelab_vm::Thread,
    is: impl Fn(Value) -> bool,
) -> Option<String> {
    let f = th.frames.iter().rev().find_map(|fr| match fr {
        Frame::Py(f) if access::is_user_frame(vm, f) => Some(f),
        _ => None,
    })?;
    let names = &f.code.code.locals;
    names.iter().enumerate().find_map(|(i, (n, _))| {
        let v = th.stack.get(f.base as usize + i).copied()?;
        is(v).then(|| n.to_string())
    })
}

fn not_held() -> PyErr {
    PyErr::unsupported(
        "using a multiprocessing Connection received through a queue, pipe or manager \
         is not supported by corelab yet (pass it to the Process instead)",
    )
}
