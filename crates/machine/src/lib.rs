//! The simulated computer that runs Python threads: N cores, an OS
//! scheduler, one interpreter lock per process (CPython 3.11's, the
//! legacy one, or none), simulated time from a cost table, locks, sleeps
//! and GIL-free work — and the trace and statistics of every run.
//!
//! Layout: `config` (what machine), `machine` (the event loop), `syscalls`
//! (answers to Python's requests), `gil/` (one model per file behind the
//! `Gil` trait), `thread` (a simulated thread and its time accounting),
//! `processes` (starting and ending processes), `forkserver`,
//! `channels` (queues, pipes and shared memory between processes),
//! `trace`, `line_times` (program lines of threads), `stats` (the
//! summary), `deadlock` (the report), `rng`.

mod channels;
pub mod config;
mod deadlock;
mod forkserver;
pub mod gil;
mod line_times;
mod machine;
pub mod process;
mod processes;
pub use corelab_base::rng;
pub mod stats;
mod syscalls;
pub mod thread;
pub mod trace;

pub use config::{Config, GilKind, SwitchPoints};
pub use machine::{Machine, Outcome, Program, Watch};

use corelab_vm::run::{prepare, Exit};
use corelab_vm::{Limits, Stream};

/// Exit status of a run stopped by a deadlock.
pub const DEADLOCK_EXIT: i32 = 3;

/// Runs a whole program on the machine: parse, compile, run every thread.
/// Returns the program's output and how the run ended (a program that
/// does not even compile has no trace).
pub fn run_program(
    name: &str,
    text: &str,
    argv: Vec<String>,
    limits: Limits,
    cfg: Config,
) -> (Vec<(Stream, String)>, Result<Outcome, Exit>) {
    run_program_watched(name, text, argv, limits, cfg, Watch::default())
}

/// [`run_program`] with a stop flag and a progress callback.
pub fn run_program_watched(
    name: &str,
    text: &str,
    argv: Vec<String>,
    limits: Limits,
    cfg: Config,
    watch: Watch,
) -> (Vec<(Stream, String)>, Result<Outcome, Exit>) {
    let costs = if cfg.gil == GilKind::None {
        cfg.costs.with_overhead_pct(cfg.free_threading_overhead_pct)
    } else {
        cfg.costs.clone()
    };
    let program = Program {
        name: name.to_string(),
        text: text.to_string(),
        argv: argv.clone(),
        limits: limits.clone(),
    };
    match prepare(name, text, argv, limits, costs) {
        Err((out, exit)) => (out, Err(exit)),
        Ok((mut vm, main)) => {
            vm.profile.enabled = cfg.line_profile;
            let mut machine = Machine::new(cfg, vm, main).with_program(program);
            machine.watch = watch;
            let (output, outcome) = machine.run();
            (output, Ok(outcome))
        }
    }
}
