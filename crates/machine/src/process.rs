//! A simulated process: its own heap and interpreter (a `Vm`), its own
//! interpreter lock, its threads' wait queues on its locks, a pid and its
//! CPU time. The machine's cores are shared by the threads of all
//! processes. (Issue 3 runs one process; fork and spawn add more.)

use crate::gil::{Gil, Tid};
use crate::processes::SpawnTarget;
use corelab_vm::run::Exit;
use corelab_vm::Vm;
use std::collections::{BTreeMap, BTreeSet};

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
    pub ppid: u64,
    /// Index of the parent process (None for the main process).
    pub parent: Option<usize>,
    pub name: String,
    pub daemon: bool,
    /// Set when the process has ended.
    pub exit_code: Option<i32>,
    /// How the main thread ended, while other threads finish.
    pub main_exit: Option<Exit>,
    /// Threads blocked in a join of this process.
    pub joiners: Vec<Tid>,
    /// A spawned child's target, run once its main module has run.
    pub spawn_target: Option<SpawnTarget>,
    /// threading's exit hooks have run (or were not needed).
    pub exit_hooks_run: bool,
    /// Pipe handles it holds open (`Machine::handles` indices).
    pub handles: BTreeSet<u64>,
}
