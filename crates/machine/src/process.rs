//! A simulated process: its own heap and interpreter (a `Vm`), its own
//! interpreter lock, its threads' wait queues on its locks, a pid and its
//! CPU time. The machine's cores are shared by the threads of all
//! processes. (Issue 3 runs one process; fork and spawn add more.)

use crate::gil::{Gil, Tid};
use corelab_vm::Vm;
use std::collections::BTreeMap;

pub struct Process {
    pub vm: Vm,
    pub gil: Box<dyn Gil>,
    pub pid: u64,
    /// Threads parked on each lock object of this process (ordered by
    /// object id: deterministic).
    pub lock_waiters: BTreeMap<u32, Vec<Tid>>,
    /// CPU time of all its threads (for `time.process_time`).
    pub cpu_ns: u64,
    /// Its main thread.
    pub main: Tid,
}
