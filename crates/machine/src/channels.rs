//! What processes share on the machine: channels (the storage of
//! multiprocessing queues and pipes: pickled values in transit and the
//! threads waiting for one), pipe handles (which process holds which end
//! open, so that a reader sees EOF once every process has closed the write
//! end, as with a real file descriptor), semaphore tokens, and
//! shared-memory blocks (`Value`/`Array`).

use crate::gil::Tid;
use crate::machine::{Machine, Timed};
use crate::thread::{Todo, Wait};
use corelab_vm::pickle::{self, Pickled};
use corelab_vm::{PyErr, PyResult, Value};
use std::collections::VecDeque;

/// A pipe or queue's storage: values in transit, and who waits for one.
#[derive(Default)]
pub struct Channel {
    pub items: VecDeque<Pickled>,
    /// Free tokens of a semaphore built on this channel: each counts as
    /// one `None` item after `items` (so a big semaphore costs nothing).
    pub tokens: u64,
    /// Waiting threads; `true` for a `poll()`, which does not take the item.
    pub waiters: Vec<(Tid, bool)>,
    /// One direction of a `Pipe`: readers see EOF when no writer is left.
    pub piped: bool,
}

impl Channel {
    fn len(&self) -> u64 {
        self.items.len() as u64 + self.tokens
    }

    fn pop(&mut self) -> Option<Pickled> {
        if let Some(p) = self.items.pop_front() {
            return Some(p);
        }
        if self.tokens > 0 {
            self.tokens -= 1;
            return Some(Pickled::None);
        }
        None
    }
}

/// One end of a pipe as a process holds it (see `PipeHandle`).
pub type Handle = corelab_vm::PipeHandle;

/// What a pipe read gives back to Python: `(True, value)`, `(False, None)`
/// after a timeout, `(None, None)` at end of file.
enum Got {
    Item(Pickled),
    /// A poll found something to read (an item, or EOF).
    Readable,
    Timeout,
    Eof,
}

impl Machine {
    /// `Syscall::ChannelNew`.
    pub(crate) fn channel_new(&mut self, piped: bool) -> u64 {
        self.channels.push(Channel {
            piped,
            ..Channel::default()
        });
        self.channels.len() as u64 - 1
    }

    /// `Syscall::ChannelLen`: items waiting (semaphore tokens included).
    pub(crate) fn channel_len(&self, chan: u64) -> u64 {
        self.channels.get(chan as usize).map_or(0, Channel::len)
    }

    /// `Syscall::ChannelFill`: `n` semaphore tokens at once.
    pub(crate) fn channel_fill(&mut self, tid: Tid, chan: u64, n: u64) {
        let Some(ch) = self.channels.get_mut(chan as usize) else {
            self.deliver(tid, Err(PyErr::internal("fill of an unknown channel")));
            return;
        };
        ch.tokens += n;
        let at = self.threads[tid].clock;
        self.wake_channel(chan, at, n as usize);
        self.deliver(tid, Ok(Value::None));
    }

    /// `Syscall::PipeNew`: two handles held by the caller's process
    /// (duplex: each reads what the other writes; otherwise the first
    /// reads, the second writes). Answer: `(h1, h2)`.
    pub(crate) fn pipe_new(&mut self, tid: Tid, duplex: bool) {
        let a = self.channel_new(true);
        let b = duplex.then(|| self.channel_new(true));
        let (h1, h2) = Handle::pair(a, b);
        let mut ids = Vec::new();
        for h in [h1, h2] {
            self.handles.push(h);
            let id = self.handles.len() as u64 - 1;
            self.proc_of(tid).handles.insert(id);
            ids.push(Value::Int(id as i64));
        }
        let t = self.vm_of(tid).new_tuple(ids);
        self.deliver(tid, Ok(t));
    }

    /// The handle `h` if `tid`'s process holds it open; otherwise the run
    /// stops as unsupported (a Connection that travelled through a queue or
    /// pipe: CPython duplicates the descriptor, corelab does not model it).
    fn held(&mut self, tid: Tid, h: u64) -> Option<Handle> {
        let handle = self.handles.get(h as usize).copied();
        if handle.is_some() && self.proc_of(tid).handles.contains(&h) {
            return handle;
        }
        let msg = "using a multiprocessing Connection received through a queue, pipe or manager \
                   is not supported by corelab yet (pass it to the Process instead)";
        self.deliver(tid, Err(PyErr::unsupported(msg)));
        None
    }

    /// `Syscall::PipeClose`: this process closes its copy of handle `h`.
    pub(crate) fn pipe_close(&mut self, tid: Tid, h: u64) {
        let p = self.threads[tid].proc;
        let at = self.threads[tid].clock;
        self.close_handles(p, &[h], at);
        self.deliver(tid, Ok(Value::None));
    }

    /// Process `p` closes handles `hs` (explicitly, or all of them when it
    /// ends): readers of a channel whose last writer is gone wake to EOF.
    pub(crate) fn close_handles(&mut self, p: usize, hs: &[u64], at: u64) {
        for &h in hs {
            if !self.procs[p].handles.remove(&h) {
                continue;
            }
            let Some(chan) = self.handles.get(h as usize).and_then(|h| h.send) else {
                continue;
            };
            if !self.has_end(chan, |h| h.send) {
                let n = self.channels[chan as usize].waiters.len();
                self.wake_channel(chan, at, n);
            }
        }
    }

    /// Whether a live process holds a handle whose `end` is `chan`.
    fn has_end(&self, chan: u64, end: impl Fn(&Handle) -> Option<u64>) -> bool {
        self.procs.iter().any(|p| {
            p.exit_code.is_none()
                && p.handles
                    .iter()
                    .any(|&h| end(&self.handles[h as usize]) == Some(chan))
        })
    }

    /// `Syscall::PipeSend`: like a channel send; a pipe whose read end
    /// every process has closed answers False (BrokenPipeError in Python).
    pub(crate) fn pipe_send(&mut self, tid: Tid, h: u64, value: Value) {
        let Some(handle) = self.held(tid, h) else {
            return;
        };
        let Some(chan) = handle.send else {
            self.deliver(tid, Err(PyErr::internal("send on a read-only pipe end")));
            return;
        };
        if !self.has_end(chan, |h| h.recv) {
            self.deliver(tid, Ok(Value::Bool(false)));
            return;
        }
        self.channel_send(tid, chan, value);
    }

    /// `Syscall::PipeRecv`: a channel receive (or poll) through handle `h`.
    pub(crate) fn pipe_recv(&mut self, tid: Tid, h: u64, timeout_ns: Option<u64>, peek: bool) {
        let Some(handle) = self.held(tid, h) else {
            return;
        };
        let Some(chan) = handle.recv else {
            self.deliver(
                tid,
                Err(PyErr::internal("receive on a write-only pipe end")),
            );
            return;
        };
        let deadline = timeout_ns.map(|ns| self.threads[tid].clock + ns);
        self.channel_recv(tid, chan, deadline, false, peek);
    }

    /// `Syscall::ChannelSend`: pickles in the sender, pays pickling and the
    /// pipe write, wakes a waiting receiver (and every poller). Answer: True.
    pub(crate) fn channel_send(&mut self, tid: Tid, chan: u64, value: Value) {
        if self.channels.get(chan as usize).is_none() {
            self.deliver(tid, Err(PyErr::internal("send on an unknown channel")));
            return;
        }
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
        self.channels[chan as usize].items.push_back(pickled);
        self.wake_channel(chan, at, 1);
        self.deliver(tid, Ok(Value::Bool(true)));
    }

    /// Something arrived on `chan` (or its last writer left): wakes every
    /// poller and up to `n` receivers (chosen by the seeded RNG). Woken
    /// threads retry, so another may take the item first.
    fn wake_channel(&mut self, chan: u64, at: u64, n: usize) {
        let ch = &mut self.channels[chan as usize];
        let mut woken: Vec<Tid> = ch.waiters.iter().filter(|w| w.1).map(|w| w.0).collect();
        ch.waiters.retain(|w| !w.1);
        for _ in 0..n {
            let ch = &mut self.channels[chan as usize];
            if ch.waiters.is_empty() {
                break;
            }
            let i = self.rng.below(ch.waiters.len());
            woken.push(self.channels[chan as usize].waiters.remove(i).0);
        }
        for w in woken {
            self.threads[w].token += 1;
            self.schedule(at + self.cfg.wake_latency_ns, Timed::Wake(w));
        }
    }

    /// `Syscall::ChannelRecv` (or a pipe read or poll), or a woken
    /// receiver retrying.
    pub(crate) fn channel_recv(
        &mut self,
        tid: Tid,
        chan: u64,
        deadline: Option<u64>,
        woken: bool,
        peek: bool,
    ) {
        let Some(ch) = self.channels.get_mut(chan as usize) else {
            self.deliver(tid, Err(PyErr::internal("receive on an unknown channel")));
            return;
        };
        let now = self.threads[tid].clock;
        let got = if ch.len() > 0 && peek {
            Some(Got::Readable)
        } else if let Some(p) = (!peek).then(|| ch.pop()).flatten() {
            Some(Got::Item(p))
        } else if ch.piped && !self.has_end(chan, |h| h.send) {
            Some(if peek { Got::Readable } else { Got::Eof })
        } else if deadline.is_some_and(|d| d <= now) {
            Some(Got::Timeout)
        } else {
            None
        };
        if let Some(got) = got {
            let r = self.received(tid, got);
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
        self.channels[chan as usize].waiters.push((tid, peek));
        let t = &mut self.threads[tid];
        t.token += 1;
        t.todo = Todo::TryRecv {
            chan,
            deadline,
            peek,
        };
        let token = t.token;
        self.block(tid, Wait::Channel { chan, deadline });
        if let Some(at) = deadline {
            self.schedule(at, Timed::Timer { tid, token });
        }
    }

    /// The Python answer for what a receive got (unpickling costs the
    /// receiver).
    fn received(&mut self, tid: Tid, got: Got) -> PyResult<Value> {
        let vm = self.vm_of(tid);
        let (status, value) = match got {
            Got::Item(p) => {
                let v = pickle::load(vm, &p)?;
                let ns = p.nodes() as u64 * vm.costs.pickle_node_ns
                    + p.size() as u64 * vm.costs.pickle_kb_ns / 1024;
                self.threads[tid].clock += ns;
                self.threads[tid].cpu_ns += ns;
                self.transfer_ns += ns;
                (Value::Bool(true), v)
            }
            Got::Readable => (Value::Bool(true), Value::None),
            Got::Timeout => (Value::Bool(false), Value::None),
            Got::Eof => (Value::None, Value::None),
        };
        Ok(self.vm_of(tid).new_tuple(vec![status, value]))
    }

    /// A receiver's timeout: give up waiting on `chan`.
    pub(crate) fn channel_timeout(&mut self, tid: Tid, chan: u64, at: u64) {
        if let Some(ch) = self.channels.get_mut(chan as usize) {
            ch.waiters.retain(|w| w.0 != tid);
        }
        let r = self.received(tid, Got::Timeout);
        let t = &mut self.threads[tid];
        t.answer = Some(r);
        t.todo = Todo::TakeGil;
        self.make_ready(tid, at);
    }
}
impl Machine {
    /// `Syscall::SharedNew`: a shared-memory block (pickled scalars).
    pub(crate) fn shared_new(&mut self, tid: Tid, values: Value) {
        let items = pickle::dump_block(self.vm_of(tid), values);
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
        let r = pickle::load_block(self.vm_of(tid), &block, index);
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
