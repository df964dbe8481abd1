//! `corelab check prog.py`: explores the program's thread interleavings
//! and reports data races, deadlocks and uncaught exceptions (failing
//! assertions) with replayable counterexamples — or says the search was
//! complete and found nothing. Exit status: 0 nothing found, 1 a problem
//! found, 2 usage error or unsupported program, 4 a limit was hit.

use super::exit;
use clap::{Args, ValueEnum};
use corelab_check::{explore, render, schedule, Model};
use corelab_vm::{Fatal, Limits, Stream};
use std::io::Write;
use std::path::PathBuf;

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ModelArg {
    /// A thread may be preempted after any instruction (free-threaded
    /// CPython, CPython <= 3.9).
    FreeThreaded,
    /// Only at CPython 3.10+ switch points and blocking calls.
    Gil,
}

impl ModelArg {
    pub fn model(self) -> Model {
        match self {
            ModelArg::FreeThreaded => Model::FreeThreaded,
            ModelArg::Gil => Model::Gil,
        }
    }
}

#[derive(Args)]
pub struct CheckArgs {
    /// The Python program.
    pub program: PathBuf,
    /// Where threads may be preempted.
    #[arg(long, value_enum, default_value = "free-threaded")]
    pub model: ModelArg,
    /// Explore only schedules with at most K preemptions.
    #[arg(long, value_name = "K")]
    pub preemptions: Option<u32>,
    /// Stop after this many schedules (the verdict then says incomplete).
    #[arg(long, default_value_t = 100_000)]
    pub max_schedules: u64,
    /// Cut a schedule after this many transitions (a thread spinning on a
    /// flag never ends otherwise).
    #[arg(long, default_value_t = 20_000)]
    pub max_depth: usize,
    /// Stop one schedule after this many bytecode instructions.
    #[arg(long, default_value_t = 10_000_000)]
    pub max_steps: u64,
    /// Stop at the first problem found.
    #[arg(long)]
    pub first: bool,
}

/// Prints a fatal stop and returns its exit status.
pub fn fatal(f: Fatal) -> u8 {
    match f {
        Fatal::Unsupported(msg) => {
            eprintln!("corelab: unsupported: {msg}");
            exit::UNSUPPORTED
        }
        Fatal::Limit(msg) => {
            eprintln!("corelab: limit: {msg}");
            exit::LIMIT
        }
        Fatal::Internal(msg) => {
            eprintln!("corelab: internal error (a bug in corelab): {msg}");
            exit::INTERNAL
        }
    }
}

/// Loads and compiles; on failure prints what CPython would and returns
/// the exit status.
pub fn prepare(
    path: &std::path::Path,
    limits: Limits,
) -> Result<(String, String, corelab_vm::Vm, corelab_vm::Thread), u8> {
    let (name, text) = super::load(path).map_err(|msg| {
        eprintln!("{msg}");
        exit::UNSUPPORTED
    })?;
    match corelab_check::prepare(&name, &text, limits) {
        Ok((vm, th)) => Ok((name, text, vm, th)),
        Err((out, status)) => {
            for (s, chunk) in out {
                match s {
                    Stream::Stdout => print!("{chunk}"),
                    Stream::Stderr => eprint!("{chunk}"),
                }
            }
            Err(match status {
                corelab_vm::Exit::Code(_) => exit::UNSUPPORTED,
                corelab_vm::Exit::Fatal(f) => fatal(f),
            })
        }
    }
}

pub fn run(a: CheckArgs) -> u8 {
    let limits = Limits {
        max_steps: a.max_steps,
        ..Limits::default()
    };
    let (name, _text, vm, main) = match prepare(&a.program, limits) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let model = a.model.model();
    let opts = explore::Options {
        model,
        max_schedules: a.max_schedules,
        max_depth: a.max_depth,
        preemptions: a.preemptions,
        first: a.first,
    };
    let source = vm.main_source.clone();
    let outcome = match explore::Explorer::new(vm.clone(), main.clone(), opts)
        .and_then(|e| e.explore(|_| {}))
    {
        Ok(o) => o,
        Err(f) => return fatal(f),
    };
    let mut out = std::io::stdout().lock();
    let _ = write!(out, "{}", render::verdict(&outcome, model, a.preemptions));
    let short = super::short_name(&a.program);
    for p in &outcome.problems {
        let _ = write!(out, "\n{}", render::explain(p, &short));
        if p.schedule.is_empty() {
            continue;
        }
        let token = schedule::encode(model, &p.schedule);
        match explore::replay(vm.clone(), main.clone(), model, &p.schedule, a.max_depth) {
            Ok((ex, trs, _)) => {
                let _ = writeln!(
                    out,
                    "  counterexample ({} preemption{}):",
                    p.preemptions,
                    if p.preemptions == 1 { "" } else { "s" }
                );
                let _ = write!(out, "{}", render::steps(&ex, &trs, &source, &short));
            }
            Err(f) => {
                let _ = writeln!(out, "  (the counterexample could not be replayed: {f:?})");
            }
        }
        let _ = writeln!(
            out,
            "  replay: corelab replay {} --schedule {token}",
            a.program.display()
        );
    }
    let _ = name;
    if outcome.problems.is_empty() {
        0
    } else {
        1
    }
}
