//! `corelab replay prog.py --schedule TOKEN`: runs the program along a
//! schedule printed by `corelab check`, with the program's normal output,
//! then (on stderr) the interleaving, what went wrong, and with
//! `--timeline` a picture of which thread ran at each step.

use super::check::{fatal, prepare};
use super::exit;
use clap::Args;
use corelab_check::{explore, render, schedule};
use corelab_vm::{Limits, Stream};
use std::io::Write;
use std::path::PathBuf;

#[derive(Args)]
pub struct ReplayArgs {
    /// The Python program.
    pub program: PathBuf,
    /// The schedule token `corelab check` printed (e.g. ft:0*3.1*2.0).
    #[arg(long)]
    pub schedule: String,
    /// Don't print the interleaving and the problems found.
    #[arg(long, short)]
    pub quiet: bool,
    /// Draw which thread ran at each step.
    #[arg(long)]
    pub timeline: bool,
    /// Width of the timeline in columns.
    #[arg(long, default_value_t = 80)]
    pub width: usize,
    /// Stop after this many bytecode instructions.
    #[arg(long, default_value_t = 10_000_000)]
    pub max_steps: u64,
}

pub fn run(a: ReplayArgs) -> u8 {
    let (model, sched) = match schedule::decode(&a.schedule) {
        Ok(x) => x,
        Err(msg) => {
            eprintln!("corelab: {msg}");
            return exit::UNSUPPORTED;
        }
    };
    let limits = Limits {
        max_steps: a.max_steps,
        ..Limits::default()
    };
    let (_name, _text, vm, main) = match prepare(&a.program, limits) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let source = vm.main_source.clone();
    let (mut ex, trs, kinds) = match explore::replay(vm, main, model, &sched, 1_000_000) {
        Ok(x) => x,
        Err(f) => return fatal(f),
    };
    let (mut out, mut err) = (std::io::stdout().lock(), std::io::stderr().lock());
    for (stream, chunk) in ex.take_output() {
        let _ = match stream {
            Stream::Stdout => out.write_all(chunk.as_bytes()).and_then(|_| out.flush()),
            Stream::Stderr => err.write_all(chunk.as_bytes()),
        };
    }
    let short = super::short_name(&a.program);
    if !a.quiet {
        let _ = writeln!(
            err,
            "── corelab replay: {} transitions, {} threads, {} model ──",
            trs.len(),
            ex.threads.len(),
            model.name()
        );
        let _ = write!(err, "{}", render::steps(&ex, &trs, &source, &short));
        let names: Vec<String> = ex.threads.iter().map(|t| t.name.clone()).collect();
        for k in &kinds {
            let p = corelab_check::Problem {
                kind: k.clone(),
                schedule: sched.clone(),
                preemptions: 0,
                threads: names.clone(),
            };
            let _ = write!(err, "{}", render::explain(&p, &short));
        }
        if kinds.is_empty() {
            let _ = writeln!(err, "no problem in this schedule");
        }
    }
    if a.timeline {
        let _ = write!(err, "{}", render::timeline(&ex, &trs, a.width));
    }
    // As `corelab run`: a deadlock exits 3, else the program's status.
    if kinds
        .iter()
        .any(|k| matches!(k, corelab_check::Kind::Deadlock { .. }))
    {
        return 3;
    }
    ex.exit_code.clamp(0, 255) as u8
}
