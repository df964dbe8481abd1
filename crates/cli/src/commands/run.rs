//! `corelab run prog.py`: runs a program on the simulated machine, prints
//! its output and exit status as CPython 3.11 would, then (on stderr,
//! unless `--quiet`) a summary of where every thread's time went.

use super::exit;
use clap::{Args, ValueEnum};
use corelab_machine::{Config, GilKind, SwitchPoints};
use corelab_vm::{Exit, Fatal, Limits, Stream};
use std::io::Write;
use std::path::PathBuf;

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum GilArg {
    /// CPython 3.2+ (as in 3.11): timed waits and forced switching.
    Modern,
    /// CPython <= 3.1: release and re-acquire every 100 ticks.
    Legacy,
    /// Free-threaded CPython: no GIL.
    None,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum SwitchArg {
    /// CPython 3.10+: only at eval-breaker checks.
    #[value(name = "3.11")]
    Py311,
    /// CPython <= 3.9: after any instruction.
    Any,
}

#[derive(Args)]
pub struct RunArgs {
    /// The Python program.
    pub program: PathBuf,
    /// Arguments passed to the program (sys.argv[1:]).
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    pub args: Vec<String>,
    /// Number of simulated cores.
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=1024))]
    pub cores: u16,
    /// The interpreter lock to simulate.
    #[arg(long, value_enum, default_value = "modern")]
    pub gil: GilArg,
    /// Where a thread may lose the GIL.
    #[arg(long, value_enum, default_value = "3.11")]
    pub switch_points: SwitchArg,
    /// Seed for the machine's arbitrary choices (which waiter wakes first).
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// Don't print the run summary on stderr.
    #[arg(long, short)]
    pub quiet: bool,
    /// Draw a timeline of cores, the GIL and threads on stderr.
    #[arg(long)]
    pub timeline: bool,
    /// Width of the timeline in columns (default: $COLUMNS, else 80).
    #[arg(long)]
    pub width: Option<usize>,
    /// Write the run's event trace as JSON to FILE.
    #[arg(long, value_name = "FILE")]
    pub trace_json: Option<PathBuf>,
    /// Write the run as a Chrome trace to FILE (open it in ui.perfetto.dev).
    #[arg(long, value_name = "FILE")]
    pub perfetto: Option<PathBuf>,
    /// Write an HTML report (timeline, summary, per-line times) to FILE.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// Stop after this many bytecode instructions.
    #[arg(long, default_value_t = Limits::default().max_steps)]
    pub max_steps: u64,
    /// Stop when the program holds more than this many heap objects.
    #[arg(long, default_value_t = Limits::default().max_objects)]
    pub max_objects: usize,
    /// Stop when the program has written more than this many bytes.
    #[arg(long, default_value_t = Limits::default().max_output)]
    pub max_output: usize,
    /// Stop after this much simulated time, in seconds.
    #[arg(long, default_value_t = 3600)]
    pub max_sim_seconds: u64,
    /// Stop when more than this many threads are alive at once.
    #[arg(long, default_value_t = 10_000)]
    pub max_threads: usize,
}

/// The terminal timeline, coloured when stderr is a terminal and NO_COLOR
/// is unset.
fn timeline(outcome: &corelab_machine::Outcome, width: Option<usize>) -> String {
    use std::io::IsTerminal;
    let width = width
        .or_else(|| std::env::var("COLUMNS").ok()?.parse().ok())
        .unwrap_or(80);
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let opts = corelab_report::timeline::Options {
        width,
        color,
        ..Default::default()
    };
    corelab_report::timeline::render(&outcome.trace, &opts)
}

pub fn run(a: RunArgs) -> u8 {
    let (name, text) = match super::load(&a.program) {
        Ok(x) => x,
        Err(msg) => {
            eprintln!("{msg}");
            return exit::UNSUPPORTED;
        }
    };
    let limits = Limits {
        max_steps: a.max_steps,
        max_objects: a.max_objects,
        max_output: a.max_output,
    };
    let cfg = Config {
        cores: a.cores as usize,
        gil: match a.gil {
            GilArg::Modern => GilKind::Modern,
            GilArg::Legacy => GilKind::Legacy,
            GilArg::None => GilKind::None,
        },
        switch_points: match a.switch_points {
            SwitchArg::Py311 => SwitchPoints::Py311,
            SwitchArg::Any => SwitchPoints::Any,
        },
        seed: a.seed,
        line_profile: a.report.is_some(),
        max_sim_ns: a.max_sim_seconds.saturating_mul(1_000_000_000),
        max_threads: a.max_threads,
        ..Config::default()
    };
    let mut argv = vec![a.program.display().to_string()];
    argv.extend(a.args);
    // Ctrl-C stops the simulation; what ran so far is still printed. A
    // run that takes more than half a second shows a spinner on a
    // terminal (host time decides only whether to draw, never the run).
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let flag = stop.clone();
    let _ = ctrlc::set_handler(move || flag.store(true, std::sync::atomic::Ordering::Relaxed));
    let pb = {
        use std::io::IsTerminal;
        if std::io::stderr().is_terminal() && !a.quiet {
            indicatif::ProgressBar::new_spinner()
        } else {
            indicatif::ProgressBar::hidden()
        }
    };
    let started = std::time::Instant::now();
    let bar = pb.clone();
    let watch = corelab_machine::Watch {
        stop: Some(stop),
        progress: Some(Box::new(move |now_ns, steps| {
            if started.elapsed().as_millis() >= 500 {
                bar.set_message(format!(
                    "simulated {:.3} s, {:.1} M instructions (Ctrl-C stops)",
                    now_ns as f64 / 1e9,
                    steps as f64 / 1e6
                ));
                bar.tick();
            }
        })),
    };
    let (output, result) =
        corelab_machine::run_program_watched(&name, &text, argv, limits, cfg, watch);
    pb.finish_and_clear();
    let source = corelab_report::html::Source {
        name: &name,
        text: &text,
    };
    let (mut out, mut err) = (std::io::stdout().lock(), std::io::stderr().lock());
    for (stream, chunk) in output {
        let _ = match stream {
            Stream::Stdout => out.write_all(chunk.as_bytes()).and_then(|_| out.flush()),
            Stream::Stderr => err.write_all(chunk.as_bytes()),
        };
    }
    let status = match result {
        Err(exit) => {
            if let Some(path) = &a.report {
                let _ = writeln!(
                    err,
                    "corelab: no report written to {}: the program did not run",
                    path.display()
                );
            }
            exit
        }
        Ok(outcome) => {
            if let Some(report) = &outcome.deadlock {
                let _ = err.write_all(report.as_bytes());
            }
            if outcome.interrupted {
                let _ = writeln!(
                    err,
                    "corelab: interrupted (Ctrl-C) at simulated time {:.6} s; the output and summary cover the run so far",
                    outcome.trace.end as f64 / 1e9
                );
            }
            if !a.quiet {
                let _ = err.write_all(outcome.stats.render().as_bytes());
            }
            if a.timeline {
                let _ = err.write_all(timeline(&outcome, a.width).as_bytes());
            }
            if let Some(path) = &a.trace_json {
                let v = corelab_report::json::to_json(&outcome.trace, outcome.stats.gil);
                let text = serde_json::to_string(&v).unwrap_or_default();
                if let Err(e) = std::fs::write(path, text + "\n") {
                    let _ = writeln!(err, "corelab: can't write {}: {e}", path.display());
                    return exit::UNSUPPORTED;
                }
            }
            if let Some(path) = &a.perfetto {
                let text = corelab_report::perfetto::to_string(&outcome.trace, outcome.stats.gil);
                if let Err(e) = std::fs::write(path, text) {
                    let _ = writeln!(err, "corelab: can't write {}: {e}", path.display());
                    return exit::UNSUPPORTED;
                }
            }
            if let Some(path) = &a.report {
                let page = corelab_report::html::render(&outcome.trace, &outcome.stats, source);
                if let Err(e) = std::fs::write(path, page) {
                    let _ = writeln!(
                        err,
                        "corelab: can't write the report {}: {e}",
                        path.display()
                    );
                    return exit::UNSUPPORTED;
                }
            }
            outcome.exit
        }
    };
    match status {
        Exit::Code(c) => c.clamp(0, 255) as u8,
        Exit::Fatal(Fatal::Unsupported(msg)) => {
            let _ = writeln!(err, "corelab: unsupported: {msg}");
            exit::UNSUPPORTED
        }
        Exit::Fatal(Fatal::Limit(msg)) => {
            let _ = writeln!(err, "corelab: limit: {msg}");
            exit::LIMIT
        }
        Exit::Fatal(Fatal::Internal(msg)) => {
            let _ = writeln!(err, "corelab: internal error (a bug in corelab): {msg}");
            exit::INTERNAL
        }
    }
}
