//! Requests from Python code to the machine: everything a thread cannot do
//! on its own inside one process's interpreter — sleeping, waiting for a
//! lock another thread holds, starting or joining a thread, working
//! without the GIL.
//!
//! A builtin calls [`Vm::syscall`]. The first time, that returns
//! `PyErr::NeedSys`; the interpreter stops the thread (`step` returns
//! `StepOutcome::Sys`) with the instruction rewound, exactly like a
//! callback into Python (`interp::native`). The machine decides what
//! happens in simulated time and hands the answer back with
//! `interp::deliver`; the builtin is then run again and `Vm::syscall`
//! returns the answer. So a builtin must not change anything before its
//! syscall, and the machine owns all waiting.

use crate::errors::{PyErr, PyResult};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// What a thread asks of the machine.
#[derive(Clone, Debug)]
pub enum Syscall {
    /// `time.sleep(ns)`: release the GIL, wait, take it back. Answer: None.
    Sleep { ns: u64 },
    /// Wait for a lock that was found taken (the non-blocking first try is
    /// done by the builtin under the GIL, as CPython does). `timeout_ns`
    /// None waits forever. Answer: True when acquired, False on timeout.
    LockAcquire {
        lock: ObjRef,
        timeout_ns: Option<u64>,
    },
    /// A lock with waiters was released: wake one. Answer: None.
    LockRelease { lock: ObjRef },
    /// Start a thread running `func(*args, **kwargs)`. Answer: its ident.
    StartThread {
        func: Value,
        args: Value,
        kwargs: Value,
        name: String,
        daemon: bool,
    },
    /// Wait until thread `ident` has finished. Answer: True when it has,
    /// False on timeout.
    Join { ident: u64, timeout_ns: Option<u64> },
    /// Work done by C code with the GIL released (big hashes, zlib):
    /// `ns` of CPU time during which other threads may run. Answer: None.
    GilFree { ns: u64, what: &'static str },
    /// Start a process whose main thread calls `func(*args)` and exits with
    /// its return value (`fork`: a copy of this process; `spawn`: a fresh
    /// interpreter that first runs the main module as `__mp_main__`, then
    /// receives `func` and `args` pickled; `forkserver`: a copy of the fork
    /// server, then receives them pickled). Answer: the child's pid.
    StartProcess(ProcessStart),
    /// Wait until process `pid` has ended. Answer: True, or False on timeout.
    JoinProcess { pid: u64, timeout_ns: Option<u64> },
    /// A process's exit code, or None while it runs. Answer at once.
    ProcessStatus { pid: u64 },
    /// Stop process `pid` (SIGTERM/SIGKILL): exit code -15 / -9.
    KillProcess { pid: u64, signal: i32 },
    /// A new machine-wide channel (pipe/queue storage). Answer: its id.
    ChannelNew,
    /// Pickle `value` into channel `chan`. Answer: True.
    ChannelSend { chan: u64, value: Value },
    /// Take the next value from channel `chan`, waiting up to `timeout_ns`
    /// (None: forever; Some(0): poll). Answer: (True, value) or (False, None).
    ChannelRecv { chan: u64, timeout_ns: Option<u64> },
    /// Items waiting in channel `chan`. Answer at once.
    ChannelLen { chan: u64 },
    /// Adds `n` semaphore tokens (each reads as None) to `chan`. Answer: None.
    ChannelFill { chan: u64, n: u64 },
    /// A new pipe: two handles held open by this process (duplex: each
    /// end reads what the other writes; else the first reads, the second
    /// writes). Answer: `(h1, h2)`.
    PipeNew { duplex: bool },
    /// Send `value` through pipe handle `handle`. Answer: True, or False
    /// when no process holds the read end open (a broken pipe).
    PipeSend { handle: u64, value: Value },
    /// Receive through `handle`, waiting up to `timeout_ns`; with `peek`
    /// only wait until something can be read (`poll`). Answer: (True,
    /// value), (False, None) on timeout, (None, None) at end of file
    /// (every write end closed).
    PipeRecv {
        handle: u64,
        timeout_ns: Option<u64>,
        peek: bool,
    },
    /// This process closes its copy of `handle`. Answer: None.
    PipeClose { handle: u64 },
    /// Shared memory (`multiprocessing.Value/Array`): a new block holding
    /// the items of `values` (a list). Answer: its id.
    SharedNew { values: Value },
    /// Item `index` of shared block `id`, or all of them (a list) when
    /// `index` is None. Answer at once.
    SharedGet { id: u64, index: Option<u64> },
    /// Sets item `index` of shared block `id`. Answer: None.
    SharedSet { id: u64, index: u64, value: Value },
    /// Only under `corelab check` (`Vm::check_mode`): the thread is about
    /// to operate on `lock`, before anything has changed. The checker makes
    /// it a scheduling point and answers None; the machine never sees it.
    Sync { lock: ObjRef, op: SyncOp },
}

/// What [`Syscall::StartProcess`] asks for (the machine and the checker
/// both start processes from it).
#[derive(Clone, Debug)]
pub struct ProcessStart {
    pub func: Value,
    pub args: Value,
    pub method: StartMethod,
    pub name: String,
    pub daemon: bool,
    /// Pipe handles the child receives (spawn, forkserver: those in its
    /// pickled target; fork inherits every handle of the parent).
    pub handles: Vec<u64>,
}

/// One end of a pipe as a process holds it (a file descriptor): the
/// channel it reads and the channel it writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PipeHandle {
    pub recv: Option<u64>,
    pub send: Option<u64>,
}

impl PipeHandle {
    /// The two ends [`Syscall::PipeNew`] makes over channel `a` (and, for
    /// a duplex pipe, `b`): duplex ends each read what the other writes;
    /// otherwise the first reads and the second writes.
    pub fn pair(a: u64, b: Option<u64>) -> (PipeHandle, PipeHandle) {
        match b {
            Some(b) => (
                PipeHandle {
                    recv: Some(a),
                    send: Some(b),
                },
                PipeHandle {
                    recv: Some(b),
                    send: Some(a),
                },
            ),
            None => (
                PipeHandle {
                    recv: Some(a),
                    send: None,
                },
                PipeHandle {
                    recv: None,
                    send: Some(a),
                },
            ),
        }
    }
}

/// The lock operation a [`Syscall::Sync`] announces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyncOp {
    /// `acquire(blocking, timeout)`; `timeout_ns` None waits forever.
    Acquire {
        blocking: bool,
        timeout_ns: Option<u64>,
    },
    Release,
}

/// How a process is started (`multiprocessing` start methods).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StartMethod {
    /// A copy of the parent process.
    Fork,
    /// A fresh interpreter that runs the main module as `__mp_main__`.
    Spawn,
    /// A copy of the fork server: a process started once (like spawn)
    /// that ran the main module as `__mp_main__` and nothing since.
    ForkServer,
}

impl Syscall {
    /// Heap values the request holds (GC roots while it is pending).
    pub fn trace(&self, f: &mut impl FnMut(Value)) {
        match self {
            Syscall::LockAcquire { lock, .. }
            | Syscall::LockRelease { lock }
            | Syscall::Sync { lock, .. } => f(Value::Obj(*lock)),
            Syscall::StartThread {
                func, args, kwargs, ..
            } => {
                f(*func);
                f(*args);
                f(*kwargs);
            }
            Syscall::StartProcess(start) => {
                f(start.func);
                f(start.args);
            }
            Syscall::ChannelSend { value, .. }
            | Syscall::PipeSend { value, .. }
            | Syscall::SharedNew { values: value }
            | Syscall::SharedSet { value, .. } => f(*value),
            Syscall::Sleep { .. }
            | Syscall::Join { .. }
            | Syscall::GilFree { .. }
            | Syscall::JoinProcess { .. }
            | Syscall::ProcessStatus { .. }
            | Syscall::KillProcess { .. }
            | Syscall::ChannelNew
            | Syscall::ChannelRecv { .. }
            | Syscall::ChannelLen { .. }
            | Syscall::ChannelFill { .. }
            | Syscall::PipeNew { .. }
            | Syscall::PipeRecv { .. }
            | Syscall::PipeClose { .. }
            | Syscall::SharedGet { .. } => {}
        }
    }

    /// A short description for traces and deadlock reports.
    pub fn describe(&self) -> String {
        match self {
            Syscall::Sleep { ns } => format!("sleep({})", fmt_secs(*ns)),
            Syscall::LockAcquire { .. } => "lock.acquire()".into(),
            Syscall::LockRelease { .. } => "lock.release()".into(),
            Syscall::Sync { op, .. } => match op {
                SyncOp::Acquire { .. } => "lock.acquire()".into(),
                SyncOp::Release => "lock.release()".into(),
            },
            Syscall::StartThread { name, .. } => format!("start {name}"),
            Syscall::Join { .. } => "join()".into(),
            Syscall::GilFree { what, .. } => (*what).into(),
            Syscall::StartProcess(start) => format!("start process {}", start.name),
            Syscall::JoinProcess { .. } => "process join()".into(),
            Syscall::ProcessStatus { .. } => "process status".into(),
            Syscall::KillProcess { .. } => "process kill".into(),
            Syscall::ChannelNew => "a new pipe".into(),
            Syscall::ChannelSend { .. } => "pipe send".into(),
            Syscall::ChannelRecv { .. } => "pipe receive".into(),
            Syscall::ChannelLen { .. } => "pipe size".into(),
            Syscall::ChannelFill { .. } => "semaphore release".into(),
            Syscall::PipeNew { .. } => "a new pipe".into(),
            Syscall::PipeSend { .. } => "pipe send".into(),
            Syscall::PipeRecv { peek: true, .. } => "pipe poll".into(),
            Syscall::PipeRecv { .. } => "pipe receive".into(),
            Syscall::PipeClose { .. } => "pipe close".into(),
            Syscall::SharedNew { .. } | Syscall::SharedGet { .. } | Syscall::SharedSet { .. } => {
                "shared memory".into()
            }
        }
    }
}

fn fmt_secs(ns: u64) -> String {
    let s = ns as f64 / 1e9;
    format!("{s}")
}

impl Vm {
    /// Asks the machine for `call`; see the module documentation. Returns
    /// the machine's answer when the builtin is re-run.
    pub fn syscall(&mut self, call: Syscall) -> PyResult<Value> {
        let ctx = &mut self.replay;
        if ctx.pos < ctx.memo.len() {
            let r = ctx.memo[ctx.pos].clone();
            ctx.pos += 1;
            return r;
        }
        Err(PyErr::NeedSys(Box::new(call)))
    }
}
