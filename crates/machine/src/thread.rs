//! A simulated OS thread: which Python thread it runs, its state, its own
//! clock, and where its time went.

use crate::gil::Tid;
use corelab_vm::{ObjRef, PyResult, Value};

/// Why a thread is blocked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Wait {
    /// Waiting to take the GIL.
    Gil,
    /// Dropped the GIL on request; waiting until another thread takes it.
    Handover,
    /// `lock.acquire()` on a taken lock.
    Lock { lock: ObjRef, deadline: Option<u64> },
    /// `time.sleep`.
    Sleep,
    /// `Thread.join()`.
    Join { target: Tid },
    /// The main thread finished and waits for non-daemon threads.
    Shutdown,
    /// Joining a process.
    JoinProcess { pid: u64 },
    /// Starting a process with the forkserver method: waiting for the
    /// server to be ready.
    ForkServer,
    /// Reading from a pipe or multiprocessing queue.
    Channel { chan: u64, deadline: Option<u64> },
}

/// An OS thread's scheduling state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum State {
    /// Runnable, waiting for a core.
    Ready,
    /// On a core.
    Running,
    Blocked(Wait),
    Done,
}

/// What a thread does the next time it is on a core.
#[derive(Clone, Debug)]
pub enum Todo {
    /// Execute bytecode (it holds the GIL, or there is none).
    Python,
    /// Ask for the GIL, then hand `answer` (if any) to the thread.
    TakeGil,
    /// Try to take a lock it was woken for.
    TryLock { lock: ObjRef, deadline: Option<u64> },
    /// Busy in C code without the GIL until the given time.
    GilFree { until: u64 },
    /// Take a value from a channel it was woken for.
    /// (`peek`: only wait until something can be read, as `poll()` does.)
    TryRecv {
        chan: u64,
        deadline: Option<u64>,
        peek: bool,
    },
}

/// Where a thread's time went, in ns (the summary's columns).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Times {
    /// Executing bytecode on a core.
    pub running: u64,
    /// On a core in C code without the GIL (hashing, compression).
    pub gil_free: u64,
    /// Runnable but no core free.
    pub ready: u64,
    /// Waiting to take the GIL (including forced hand-overs).
    pub gil_wait: u64,
    /// Sleeping or blocked on I/O.
    pub sleep: u64,
    /// Blocked on a lock (also conditions, events, queues: they wait on locks).
    pub lock: u64,
    /// Joining a thread, or waiting for threads at shutdown.
    pub join: u64,
}

impl Times {
    pub fn add(&mut self, cat: Category, ns: u64) {
        match cat {
            Category::Running => self.running += ns,
            Category::GilFree => self.gil_free += ns,
            Category::Ready => self.ready += ns,
            Category::GilWait => self.gil_wait += ns,
            Category::Sleep => self.sleep += ns,
            Category::Lock => self.lock += ns,
            Category::Join => self.join += ns,
            Category::None => {}
        }
    }
}

/// What a thread is doing, as the timeline and the summary show it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Category {
    Running,
    GilFree,
    Ready,
    GilWait,
    Sleep,
    Lock,
    Join,
    /// Not started or finished.
    None,
}

impl Category {
    pub fn name(self) -> &'static str {
        match self {
            Category::Running => "running",
            Category::GilFree => "running without the GIL",
            Category::Ready => "waiting for a core",
            Category::GilWait => "waiting for the GIL",
            Category::Sleep => "sleeping / I/O",
            Category::Lock => "blocked on a lock",
            Category::Join => "joining",
            Category::None => "not alive",
        }
    }
}

/// One simulated thread.
pub struct SimThread {
    /// Index of its process in the machine.
    pub proc: usize,
    pub ident: u64,
    pub name: String,
    pub daemon: bool,
    /// Index of its Python state in the process's `parked_threads`.
    pub slot: usize,
    pub state: State,
    pub todo: Todo,
    /// The answer to its pending request, delivered once it has the GIL.
    pub answer: Option<PyResult<Value>>,
    /// Simulated time up to which this thread has been run (ns), and the
    /// picoseconds beyond it its instructions have used.
    pub clock: u64,
    pub frac_ps: u64,
    pub core: Option<usize>,
    /// When its current time slice on the core ends.
    pub slice_end: u64,
    /// Invalidates timers of finished waits.
    pub token: u64,
    /// Instructions since the last legacy-GIL check.
    pub ticks: u64,
    /// CPU time (for `time.thread_time`).
    pub cpu_ns: u64,
    pub times: Times,
    pub category: Category,
    pub since: u64,
    /// The program line it was at when its current category began.
    pub line: u32,
    pub started_at: u64,
    pub ended_at: Option<u64>,
    /// Threads blocked joining this one.
    pub joiners: Vec<Tid>,
}

impl SimThread {
    pub fn new(ident: u64, name: String, daemon: bool, slot: usize, now: u64) -> SimThread {
        SimThread {
            proc: 0,
            ident,
            name,
            daemon,
            slot,
            state: State::Ready,
            todo: Todo::TakeGil,
            answer: None,
            clock: now,
            frac_ps: 0,
            core: None,
            slice_end: 0,
            token: 0,
            ticks: 0,
            cpu_ns: 0,
            times: Times::default(),
            category: Category::Ready,
            since: now,
            line: 0,
            started_at: now,
            ended_at: None,
            joiners: Vec::new(),
        }
    }

    /// The summary/timeline category of its current state.
    pub fn category_of(&self) -> Category {
        match &self.state {
            State::Ready => Category::Ready,
            State::Running => match self.todo {
                Todo::GilFree { .. } => Category::GilFree,
                _ => Category::Running,
            },
            State::Blocked(w) => match w {
                Wait::Gil | Wait::Handover => Category::GilWait,
                Wait::Lock { .. } => Category::Lock,
                Wait::Sleep | Wait::Channel { .. } | Wait::ForkServer => Category::Sleep,
                Wait::Join { .. } | Wait::Shutdown | Wait::JoinProcess { .. } => Category::Join,
            },
            State::Done => Category::None,
        }
    }
}
