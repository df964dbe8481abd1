//! `corelab check`: runs a threaded program under every schedule that can
//! make a difference and reports what can go wrong — uncaught exceptions
//! (failing assertions among them), deadlocks, data races — each with a
//! schedule that shows it, or proves for this input that none exists.
//!
//! Pipeline: `exec` runs the program's threads a transition at a time
//! (`access` says what each is about to touch; `procs` and `ipc` add
//! processes and what they share); `explore` chooses the
//! schedules (source-DPOR with sleep sets) using `hb`'s dependency order;
//! `search` splits the search into parts run in parallel or on several
//! machines and combines them; `sample` runs random and PCT schedules;
//! `races` finds unsynchronised conflicting accesses; `deadlock` describes
//! stuck threads; `lockorder` finds lock-order inversions; `render` prints verdicts and counterexamples; `schedule`
//! turns schedules into replayable tokens.

pub mod access;
pub mod deadlock;
pub mod exec;
pub mod explore;
pub mod hb;
pub mod ipc;
pub mod lockorder;
pub mod problem;
pub mod procs;
pub mod races;
pub mod render;
pub mod sample;
pub mod schedule;
pub mod search;

pub use exec::Model;
pub use explore::Options;
pub use problem::{Kind, Outcome, Problem, Stats, Strategy};

use corelab_vm::run::Early;
use corelab_vm::{Limits, Thread, Vm};

/// Compiles a program and creates its process, ready to check.
pub fn prepare(name: &str, text: &str, limits: Limits) -> Result<(Vm, Thread), Early> {
    corelab_vm::run::prepare(
        name,
        text,
        vec![name.to_string()],
        limits,
        corelab_vm::cost::CostTable::default(),
    )
}
