//! Runs a sweep's programs in parallel on the host's cores: a fixed pool
//! of worker threads takes runs from a shared counter and sends results
//! back by index, so the results come out in grid order whatever the
//! number of workers. A progress bar with ETA is drawn on stderr when it
//! is a terminal. Ctrl-C stops launching runs and waits for those under
//! way; a second Ctrl-C abandons them. Either way the caller gets what
//! finished.

use corelab_machine::{run_program, Config};
use corelab_vm::{Exit, Fatal, Limits, Stream};
use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Once};
use std::time::Duration;

/// One run of the grid: the program's text (with its `--set`s applied)
/// and the machine.
pub struct Job {
    pub text: String,
    pub cfg: Config,
}

/// What every run shares.
#[derive(Clone)]
pub struct Common {
    /// The program's name (its absolute path, as tracebacks show it).
    pub name: String,
    pub argv: Vec<String>,
    pub limits: Limits,
}

/// The result of one run.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunResult {
    /// Exit status as `corelab run` would return it.
    pub exit: i32,
    /// Simulated wall and CPU time, GIL hand-overs (none if the program
    /// did not compile).
    pub wall_ns: Option<u64>,
    pub cpu_ns: Option<u64>,
    pub gil_switches: Option<u64>,
    /// For a run that failed: the line that says why.
    pub error: String,
}

/// Ctrl-C presses since the handler was installed.
static INTERRUPTS: AtomicUsize = AtomicUsize::new(0);

fn install_ctrlc() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // Without a handler (one is already set) Ctrl-C keeps its default.
        let _ = ctrlc::set_handler(|| {
            INTERRUPTS.fetch_add(1, Ordering::SeqCst);
        });
    });
}

/// Runs every job on `workers` threads. Returns each job's result (None
/// for runs not done) and whether the sweep was interrupted.
pub fn run_all(jobs: Vec<Job>, common: Common, workers: usize) -> (Vec<Option<RunResult>>, bool) {
    install_ctrlc();
    let n = jobs.len();
    let jobs = Arc::new(jobs);
    let next = Arc::new(AtomicUsize::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let (tx, rx) = mpsc::channel::<(usize, RunResult)>();
    for _ in 0..workers.clamp(1, n.max(1)) {
        let (jobs, next, stop, tx, common) = (
            jobs.clone(),
            next.clone(),
            stop.clone(),
            tx.clone(),
            common.clone(),
        );
        // The VM is stackless, but the main thread's 8 MiB are what `corelab
        // run` gets, so workers get the same.
        let spawned = std::thread::Builder::new()
            .name("sweep".into())
            .stack_size(8 << 20)
            .spawn(move || worker(&jobs, &common, &next, &stop, &tx));
        if let Err(e) = spawned {
            eprintln!("corelab: can't start a worker thread: {e}");
        }
    }
    drop(tx);
    let bar = progress(n);
    let mut results = vec![None; n];
    let before = INTERRUPTS.load(Ordering::SeqCst);
    let mut interrupted = false;
    loop {
        match rx.recv_timeout(Duration::from_millis(100)) {
            Ok((i, r)) => {
                results[i] = Some(r);
                bar.inc(1);
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        }
        let presses = INTERRUPTS.load(Ordering::SeqCst) - before;
        if presses >= 1 && !interrupted {
            interrupted = true;
            stop.store(true, Ordering::SeqCst);
            bar.suspend(|| {
                eprintln!("corelab: interrupted: finishing the runs under way (Ctrl-C again to abandon them)")
            });
        }
        if presses >= 2 {
            break;
        }
    }
    bar.finish_and_clear();
    (results, interrupted)
}

/// A progress bar on a terminal stderr, else nothing.
fn progress(n: usize) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let style =
        ProgressStyle::with_template("{elapsed_precise} [{wide_bar}] {pos}/{len} runs, ETA {eta}")
            .unwrap_or_else(|_| ProgressStyle::default_bar());
    let bar = ProgressBar::new(n as u64).with_style(style);
    bar.enable_steady_tick(Duration::from_millis(250));
    bar
}

fn worker(
    jobs: &[Job],
    common: &Common,
    next: &AtomicUsize,
    stop: &AtomicBool,
    tx: &mpsc::Sender<(usize, RunResult)>,
) {
    while !stop.load(Ordering::SeqCst) {
        let i = next.fetch_add(1, Ordering::SeqCst);
        let Some(job) = jobs.get(i) else { break };
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run_one(job, common)))
            .unwrap_or_else(|_| RunResult {
                exit: 70,
                error: "internal error (a bug in corelab): the run panicked".into(),
                ..RunResult::default()
            });
        if tx.send((i, r)).is_err() {
            break;
        }
    }
}

/// How much of a run's stderr is kept to explain a failure.
const STDERR_TAIL: usize = 4096;

/// Runs one job; its output is dropped except the end of stderr.
pub fn run_one(job: &Job, common: &Common) -> RunResult {
    let (output, result) = run_program(
        &common.name,
        &job.text,
        common.argv.clone(),
        common.limits.clone(),
        job.cfg.clone(),
    );
    let mut tail = String::new();
    for (stream, chunk) in output {
        if stream == Stream::Stderr {
            tail.push_str(&chunk);
            if tail.len() > 2 * STDERR_TAIL {
                let mut cut = tail.len() - STDERR_TAIL;
                while !tail.is_char_boundary(cut) {
                    cut += 1;
                }
                tail.drain(..cut);
            }
        }
    }
    match result {
        Err(exit) => RunResult {
            exit: status(&exit),
            error: error_line(&exit, None, &tail),
            ..RunResult::default()
        },
        Ok(o) => {
            let exit = status(&o.exit);
            RunResult {
                exit,
                wall_ns: Some(o.stats.wall_ns),
                cpu_ns: Some(o.stats.busy_ns),
                gil_switches: Some(o.stats.gil_switches),
                error: if exit == 0 {
                    String::new()
                } else {
                    error_line(&o.exit, o.deadlock.as_deref(), &tail)
                },
            }
        }
    }
}

/// The exit status `corelab run` gives.
fn status(exit: &Exit) -> i32 {
    match exit {
        Exit::Code(c) => *c,
        Exit::Fatal(Fatal::Unsupported(_)) => 2,
        Exit::Fatal(Fatal::Limit(_)) => 4,
        Exit::Fatal(Fatal::Internal(_)) => 70,
    }
}

/// The line that says why a run failed: corelab's own stop, the
/// deadlock report's first line, else the last line the program wrote on
/// stderr (a traceback's exception).
fn error_line(exit: &Exit, deadlock: Option<&str>, stderr: &str) -> String {
    let first = |s: &str| s.lines().find(|l| !l.trim().is_empty()).map(str::to_string);
    let line = match exit {
        Exit::Fatal(Fatal::Unsupported(m)) => Some(format!("unsupported: {m}")),
        Exit::Fatal(Fatal::Limit(m)) => Some(format!("limit: {m}")),
        Exit::Fatal(Fatal::Internal(m)) => Some(format!("internal error: {m}")),
        Exit::Code(_) => deadlock.and_then(first).or_else(|| {
            stderr
                .lines()
                .rev()
                .find(|l| !l.trim().is_empty())
                .map(|l| l.trim().to_string())
        }),
    };
    let line = line.unwrap_or_default();
    match line.char_indices().nth(200) {
        Some((cut, _)) => format!("{}...", &line[..cut]),
        None => line,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failures_say_why_in_one_line() {
        let tb = "Traceback (most recent call last):\n  File \"x.py\", line 1\nZeroDivisionError: division by zero\n\n";
        assert_eq!(
            error_line(&Exit::Code(1), None, tb),
            "ZeroDivisionError: division by zero"
        );
        let fatal = Exit::Fatal(Fatal::Limit("too many steps".into()));
        assert_eq!(error_line(&fatal, None, ""), "limit: too many steps");
        assert_eq!(
            error_line(&Exit::Code(3), Some("\ndeadlock: all stuck\nmore"), ""),
            "deadlock: all stuck"
        );
        assert_eq!(
            error_line(&Exit::Code(1), None, &"é".repeat(300))
                .chars()
                .count(),
            203
        );
    }
}
