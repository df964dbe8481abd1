//! The event stream of a run: every change of a thread's state, of a
//! core's occupant and of the GIL's holder, in simulated time. The summary,
//! the terminal timeline and the JSON trace are all computed from it.

use crate::thread::Category;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    /// Thread `tid` is now doing `cat`.
    State { t: u64, tid: usize, cat: Category },
    /// Core `core` now runs `tid` (None: idle).
    Core {
        t: u64,
        core: usize,
        tid: Option<usize>,
    },
    /// The GIL of process `proc` is now held by `tid` (None: free).
    Gil {
        t: u64,
        proc: usize,
        holder: Option<usize>,
    },
    /// Thread `to` of process `proc` took `what` at `t` that thread `from`
    /// had released at `released` (a GIL hand-over between different
    /// threads, or a lock release that woke `to`, which then got the lock).
    Handover {
        t: u64,
        released: u64,
        proc: usize,
        from: usize,
        to: usize,
        what: Handed,
    },
}

/// What a [`Event::Handover`] passed on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Handed {
    Gil,
    Lock,
}

impl Event {
    pub fn time(&self) -> u64 {
        match self {
            Event::State { t, .. }
            | Event::Core { t, .. }
            | Event::Gil { t, .. }
            | Event::Handover { t, .. } => *t,
        }
    }
}

/// A run's trace: events in the order they happened (times never decrease
/// per thread; across threads they are nearly ordered and sorted stably by
/// time before rendering).
#[derive(Clone, Debug, Default)]
pub struct Trace {
    pub events: Vec<Event>,
    /// Thread names by tid.
    pub threads: Vec<String>,
    /// The process (index into `procs`) of each thread, by tid.
    pub thread_procs: Vec<usize>,
    /// (pid, name) of each process, in start order.
    pub procs: Vec<(u64, String)>,
    pub cores: usize,
    /// Simulated time at the end of the run.
    pub end: u64,
    /// (index in `events` of a `State` event, the line of the program's
    /// file its thread was at then: its innermost frame in that file; 0
    /// when it had none, e.g. not started yet). A side table so that the
    /// `Event` variants keep their shape.
    pub state_lines: Vec<(usize, u32)>,
    /// Per process (same order as `procs`): where its time went by line of
    /// the program's file.
    pub line_times: Vec<LineTimes>,
}

/// Time by line of the program's file, for one process: vectors indexed
/// by line number (index 0: outside the program's file).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LineTimes {
    /// Simulated CPU time (ns) of its threads at each line (sampled every
    /// few µs of simulated time: `corelab_vm::profile`).
    pub cpu_ns: Vec<u64>,
    /// Time (ns) its threads waited for the GIL, by the line they were at
    /// when they started waiting.
    pub gil_wait_ns: Vec<u64>,
}

impl LineTimes {
    /// Adds `ns` to `v[line]`, growing `v` as needed.
    pub fn add(v: &mut Vec<u64>, line: u32, ns: u64) {
        let i = line as usize;
        if v.len() <= i {
            v.resize(i + 1, 0);
        }
        v[i] += ns;
    }
}

impl Trace {
    /// The line recorded for each event (0 for all but `State` events),
    /// parallel to `events`.
    pub fn event_lines(&self) -> Vec<u32> {
        let mut v = vec![0; self.events.len()];
        for &(i, line) in &self.state_lines {
            if let Some(x) = v.get_mut(i) {
                *x = line;
            }
        }
        v
    }

    /// The events sorted by time (stable: same-time events keep their order).
    pub fn sorted(&self) -> Vec<Event> {
        let mut v = self.events.clone();
        v.sort_by_key(|e| e.time());
        v
    }
}
