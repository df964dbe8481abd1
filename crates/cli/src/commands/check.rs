//! `corelab check prog.py`: explores the program's thread interleavings
//! and reports data races, deadlocks, lock-order inversions and uncaught
//! exceptions (failing assertions) with replayable counterexamples — or
//! says the search was complete and found nothing. Exit status: 0 nothing
//! found, 1 a problem found, 2 usage error or unsupported program, 4 a
//! limit was hit.
//!
//! `--shard K/N --json FILE` runs one of N disjoint parts and saves its
//! results; `corelab check --merge FILE...` combines them.

use super::exit;
use clap::{Args, ValueEnum};
use corelab_check::search::Plan;
use corelab_check::{explore, render, schedule, Model, Outcome, Problem, Strategy};
use corelab_report::check_html::{CheckReport, ProblemView, StepView};
use corelab_vm::{Fatal, Limits, Stream};
use serde_json::{json, Value};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

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

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum StrategyArg {
    /// Every equivalence class of schedules (DPOR): a clean result proves
    /// the absence of problems for this input.
    Exhaustive,
    /// --runs uniformly random schedules.
    Random,
    /// --runs PCT schedules (probabilistic guarantee for bugs of --depth).
    Pct,
}

#[derive(Args)]
pub struct CheckArgs {
    /// The Python program (not needed with --merge).
    #[arg(required_unless_present = "merge")]
    pub program: Option<PathBuf>,
    /// Where threads may be preempted.
    #[arg(long, value_enum, default_value = "free-threaded")]
    pub model: ModelArg,
    /// How schedules are chosen.
    #[arg(long, value_enum, default_value = "exhaustive")]
    pub strategy: StrategyArg,
    /// Schedules to run with --strategy random or pct.
    #[arg(long, default_value_t = 1000)]
    pub runs: u64,
    /// Seed of the random and PCT strategies.
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// Bug depth PCT aims at (ordering constraints a bug needs).
    #[arg(long, default_value_t = 3)]
    pub depth: u32,
    /// Explore only schedules with at most K preemptions.
    #[arg(long, value_name = "K")]
    pub preemptions: Option<u32>,
    /// Stop after this many schedules (the verdict then says incomplete).
    #[arg(long, default_value_t = 1_000_000)]
    pub max_schedules: u64,
    /// Cut a schedule after this many transitions run while another thread
    /// is alive (a thread spinning on a flag never ends otherwise); a
    /// thread running alone is never cut (docs/CHECK.md).
    #[arg(long, default_value_t = 20_000)]
    pub max_depth: usize,
    /// Stop one schedule after this many bytecode instructions.
    #[arg(long, default_value_t = 10_000_000)]
    pub max_steps: u64,
    /// Stop at the first problem found.
    #[arg(long)]
    pub first: bool,
    /// Threads of this machine to use (default: all cores).
    #[arg(long)]
    pub jobs: Option<usize>,
    /// Run only part K of N (1-based), e.g. one task of a Slurm job array.
    #[arg(long, value_name = "K/N", value_parser = parse_shard)]
    pub shard: Option<(usize, usize)>,
    /// Branching points fixed per part (default: chosen from the shards).
    #[arg(long)]
    pub split: Option<usize>,
    /// Also write the results as JSON to FILE (for --merge).
    #[arg(long, value_name = "FILE")]
    pub json: Option<PathBuf>,
    /// Write an HTML page with the verdict and each counterexample as a
    /// timeline beside the source.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// Combine the JSON results of shards instead of checking.
    #[arg(long, num_args = 1.., value_name = "FILE", conflicts_with = "program")]
    pub merge: Vec<PathBuf>,
}

fn parse_shard(s: &str) -> Result<(usize, usize), String> {
    let bad = || format!("bad shard {s:?}: expected K/N with 1 <= K <= N, e.g. 3/8");
    let (k, n) = s.split_once('/').ok_or_else(bad)?;
    let (k, n): (usize, usize) = (
        k.trim().parse().map_err(|_| bad())?,
        n.trim().parse().map_err(|_| bad())?,
    );
    if k == 0 || n == 0 || k > n || n > 100_000 {
        return Err(bad());
    }
    Ok((k, n))
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
    path: &Path,
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

/// Set by Ctrl-C: the search stops and reports what it has.
static STOP: AtomicBool = AtomicBool::new(false);

/// A spinner with running counts on a terminal; nothing when piped.
fn progress_bar() -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let pb = indicatif::ProgressBar::new_spinner();
    pb.set_style(
        indicatif::ProgressStyle::with_template("{spinner} {elapsed} {msg}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
    );
    pb.enable_steady_tick(std::time::Duration::from_millis(120));
    pb
}

/// A problem's explanation, counterexample and replay command, as text
/// and as data for the HTML report.
fn problem_text(
    p: &Problem,
    program: &Path,
    vm: &corelab_vm::Vm,
    main: &corelab_vm::Thread,
    model: Model,
    max_depth: usize,
) -> (String, ProblemView) {
    let short = super::short_name(program);
    let explained = render::explain(p, &short);
    let (title, details) = explained.split_once('\n').unwrap_or((&explained, ""));
    let mut view = ProblemView {
        title: title.to_string(),
        details: details.trim_end().to_string(),
        threads: p.threads.clone(),
        steps: Vec::new(),
        replay: None,
    };
    let mut out = explained.clone();
    if p.schedule.is_empty() {
        return (out, view);
    }
    let source = vm.main_source.clone();
    match explore::replay(vm.clone(), main.clone(), model, &p.schedule, max_depth) {
        Ok((ex, trs, _)) => {
            out.push_str(&format!(
                "  counterexample ({} preemption{}):\n",
                p.preemptions,
                if p.preemptions == 1 { "" } else { "s" }
            ));
            out.push_str(&render::steps(&ex, &trs, &source, &short));
            view.threads = ex.threads.iter().map(|t| t.name.clone()).collect();
            view.steps = render::step_lines(&ex, &trs)
                .into_iter()
                .map(|l| StepView {
                    tid: l.tid,
                    line: l.line,
                    text: l.text,
                    preempt: l.preempt,
                })
                .collect();
        }
        Err(f) => out.push_str(&format!(
            "  (the counterexample could not be replayed: {f:?})\n"
        )),
    }
    let cmd = format!(
        "corelab replay {} --schedule {}",
        program.display(),
        schedule::encode(model, &p.schedule)
    );
    out.push_str(&format!("  replay: {cmd}\n"));
    view.replay = Some(cmd);
    (out, view)
}

pub fn run(a: CheckArgs) -> u8 {
    if !a.merge.is_empty() {
        return merge(&a.merge);
    }
    let Some(program) = a.program.clone() else {
        eprintln!("corelab: check needs a program (or --merge FILE...)");
        return exit::UNSUPPORTED;
    };
    let limits = Limits {
        max_steps: a.max_steps,
        ..Limits::default()
    };
    let (name, text, vm, main) = match prepare(&program, limits.clone()) {
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
    let strategy = match a.strategy {
        StrategyArg::Exhaustive => Strategy::Exhaustive,
        StrategyArg::Random => Strategy::Random {
            runs: a.runs,
            seed: a.seed,
        },
        StrategyArg::Pct => Strategy::Pct {
            runs: a.runs,
            seed: a.seed,
            depth: a.depth,
        },
    };
    let jobs = a
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1);
    let plan = Plan {
        split: a.split,
        shard: a.shard,
        jobs,
        strategy,
    };
    let _ = ctrlc::set_handler(|| STOP.store(true, Ordering::Relaxed));
    let pb = progress_bar();
    let tick = |s: &corelab_check::Stats| {
        pb.set_message(format!(
            "{} schedules, {} transitions",
            s.schedules, s.transitions
        ));
    };
    let outcome = corelab_check::search::check(&name, &text, limits, opts, &plan, &STOP, &tick);
    pb.finish_and_clear();
    let outcome = match outcome {
        Ok(o) => o,
        Err(f) => return fatal(f),
    };
    let mut out = std::io::stdout().lock();
    let _ = write!(out, "{}", render::verdict(&outcome, model, a.preemptions));
    let mut texts = Vec::new();
    let mut views = Vec::new();
    for p in &outcome.problems {
        let (t, v) = problem_text(p, &program, &vm, &main, model, a.max_depth);
        let _ = write!(out, "\n{t}");
        texts.push(t);
        views.push(v);
    }
    if let Some(path) = &a.report {
        let s = &outcome.stats;
        let page = corelab_report::check_html::render(&CheckReport {
            program: super::short_name(&program),
            source: text.clone(),
            verdict: render::verdict(&outcome, model, a.preemptions),
            stats: vec![
                ("schedules explored".into(), s.schedules.to_string()),
                ("equivalence classes".into(), s.classes.to_string()),
                ("transitions".into(), s.transitions.to_string()),
                ("instructions".into(), s.instructions.to_string()),
                ("parts".into(), s.parts.to_string()),
                ("schedules cut at the depth limit".into(), s.cut.to_string()),
                (
                    "most threads in a schedule".into(),
                    s.max_threads.to_string(),
                ),
            ],
            problems: views,
        });
        if let Err(e) = std::fs::write(path, page) {
            eprintln!("corelab: can't write the report {}: {e}", path.display());
            return exit::UNSUPPORTED;
        }
    }
    if let Some(path) = &a.json {
        let v = to_json(&outcome, &texts, &program, model, &a);
        let text = serde_json::to_string_pretty(&v).unwrap_or_default();
        if let Err(e) = std::fs::write(path, text + "\n") {
            eprintln!("corelab: can't write {}: {e}", path.display());
            return exit::UNSUPPORTED;
        }
    }
    if outcome.problems.is_empty() {
        0
    } else {
        1
    }
}

fn stats_json(s: &corelab_check::Stats) -> Value {
    json!({
        "schedules": s.schedules, "classes": s.classes, "cut": s.cut,
        "transitions": s.transitions, "instructions": s.instructions, "parts": s.parts,
        "max_threads": s.max_threads, "max_depth": s.max_depth,
    })
}

/// One shard's results, for `--merge`.
fn to_json(o: &Outcome, texts: &[String], program: &Path, model: Model, a: &CheckArgs) -> Value {
    let problems: Vec<Value> = o
        .problems
        .iter()
        .zip(texts)
        .map(|(p, t)| json!({"key": p.key(), "preemptions": p.preemptions, "length": p.schedule.len(), "text": t}))
        .collect();
    json!({
        "format": "corelab-check", "version": 1,
        "program": program.display().to_string(),
        "model": model.name(),
        "preemptions": a.preemptions,
        "strategy": format!("{:?}", o.strategy),
        "shard": a.shard.map(|(k, n)| json!([k, n])),
        "split": a.split,
        "complete": o.complete, "interrupted": o.interrupted,
        "stats": stats_json(&o.stats),
        "problems": problems,
        "lock_edges": o.edges.iter().map(|((from, to, tid), e)| json!({
            "from": from, "to": to, "tid": tid,
            "from_name": e.from, "to_name": e.to, "thread": e.thread, "line": e.line,
        })).collect::<Vec<_>>(),
    })
}

/// `corelab check --merge a.json b.json ...`.
fn merge(files: &[PathBuf]) -> u8 {
    let mut docs = Vec::new();
    for f in files {
        let v: Value = match std::fs::read_to_string(f)
            .map_err(|e| e.to_string())
            .and_then(|t| serde_json::from_str(&t).map_err(|e| e.to_string()))
        {
            Ok(v) => v,
            Err(e) => {
                eprintln!("corelab: can't read {}: {e}", f.display());
                return exit::UNSUPPORTED;
            }
        };
        if v["format"] != "corelab-check" {
            eprintln!(
                "corelab: {} is not a corelab check result (--json)",
                f.display()
            );
            return exit::UNSUPPORTED;
        }
        docs.push(v);
    }
    let first = &docs[0];
    for (f, d) in files.iter().zip(&docs) {
        for key in ["program", "model", "preemptions", "strategy", "split"] {
            if d[key] != first[key] {
                eprintln!(
                    "corelab: {} was made with a different {key} ({} vs {}): results of one check only can be merged",
                    f.display(),
                    d[key],
                    first[key]
                );
                return exit::UNSUPPORTED;
            }
        }
    }
    // Which shards are there?
    let n = first["shard"][1].as_u64().unwrap_or(1);
    let mut have = std::collections::BTreeSet::new();
    for (f, d) in files.iter().zip(&docs) {
        let k = d["shard"][0].as_u64().unwrap_or(1);
        if d["shard"][1].as_u64().unwrap_or(1) != n || !have.insert(k) {
            eprintln!(
                "corelab: {} repeats shard {k} or has a different shard count",
                f.display()
            );
            return exit::UNSUPPORTED;
        }
    }
    let missing: Vec<u64> = (1..=n).filter(|k| !have.contains(k)).collect();
    let mut stats = corelab_check::Stats::default();
    let mut best: Vec<(String, (u64, u64), String)> = Vec::new();
    let mut complete = missing.is_empty();
    let mut interrupted = false;
    let mut edges = corelab_check::lockorder::Edges::new();
    for d in &docs {
        let s = &d["stats"];
        let g = |k: &str| s[k].as_u64().unwrap_or(0);
        stats.add(&corelab_check::Stats {
            schedules: g("schedules"),
            classes: g("classes"),
            cut: g("cut"),
            transitions: g("transitions"),
            instructions: g("instructions"),
            parts: g("parts"),
            max_threads: g("max_threads"),
            max_depth: g("max_depth"),
        });
        complete &= d["complete"].as_bool().unwrap_or(false);
        interrupted |= d["interrupted"].as_bool().unwrap_or(false);
        for e in d["lock_edges"].as_array().into_iter().flatten() {
            let g = |k: &str| e[k].as_u64().unwrap_or(0);
            let s = |k: &str| e[k].as_str().unwrap_or("").to_string();
            edges
                .entry((g("from") as u32, g("to") as u32, g("tid") as usize))
                .or_insert(corelab_check::lockorder::Edge {
                    from: s("from_name"),
                    to: s("to_name"),
                    tid: g("tid") as usize,
                    thread: s("thread"),
                    line: g("line") as u32,
                });
        }
        for p in d["problems"].as_array().into_iter().flatten() {
            let key = p["key"].as_str().unwrap_or("").to_string();
            if key.starts_with("lockorder:") {
                continue; // recomputed over all shards' edges below
            }
            let rank = (
                p["preemptions"].as_u64().unwrap_or(0),
                p["length"].as_u64().unwrap_or(0),
            );
            let text = p["text"].as_str().unwrap_or("").to_string();
            match best.iter_mut().find(|b| b.0 == key) {
                Some(b) if rank < b.1 => *b = (key, rank, text),
                Some(_) => {}
                None => best.push((key, rank, text)),
            }
        }
    }
    let deadlocks: Vec<String> = best
        .iter()
        .filter(|b| b.0.starts_with("deadlock:"))
        .map(|b| b.0.clone())
        .collect();
    let program = PathBuf::from(first["program"].as_str().unwrap_or("program.py"));
    for p in corelab_check::search::inversions(&edges, &deadlocks) {
        best.push((
            p.key(),
            (0, 0),
            render::explain(&p, &super::short_name(&program)),
        ));
    }
    let model = if first["model"] == "gil" {
        Model::Gil
    } else {
        Model::FreeThreaded
    };
    let strategy = if first["strategy"] == "Exhaustive" {
        Strategy::Exhaustive
    } else {
        Strategy::Random { runs: 0, seed: 0 }
    };
    let bound = first["preemptions"].as_u64().map(|k| k as u32);
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "merged {} of {n} shards", have.len());
    if !missing.is_empty() {
        let m: Vec<String> = missing.iter().map(|k| k.to_string()).collect();
        let _ = writeln!(
            out,
            "missing shards: {} — the verdict covers only the shards given",
            m.join(", ")
        );
    }
    let _ = write!(
        out,
        "{}",
        render::verdict_of(
            &stats,
            strategy,
            complete,
            interrupted,
            best.len(),
            model,
            bound
        )
    );
    for (_, _, text) in &best {
        let _ = write!(out, "\n{text}");
    }
    if best.is_empty() {
        0
    } else {
        1
    }
}
