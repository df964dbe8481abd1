//! Words for what the checker found: the verdict, each problem with its
//! explanation, and its counterexample as an interleaving a person can
//! follow — one line per visible step with thread, file:line, the source
//! text and what happened, preemptions marked, long runs of one thread
//! folded.

use crate::access::{Access, Op};
use crate::exec::{Exec, Model, Transition};
use crate::problem::{Kind, Outcome, Problem, Strategy};
use corelab_base::SourceFile;
use corelab_vm::objects::Obj;
use corelab_vm::{Value, Vm};

/// The verdict line(s).
pub fn verdict(o: &Outcome, model: Model, bound: Option<u32>) -> String {
    let n = o.problems.len();
    verdict_of(
        &o.stats,
        o.strategy,
        o.complete,
        o.interrupted,
        n,
        model,
        bound,
    )
}

/// The verdict from counts alone (also for merged shard results).
pub fn verdict_of(
    s: &crate::problem::Stats,
    strategy: Strategy,
    complete: bool,
    interrupted: bool,
    problems: usize,
    model: Model,
    bound: Option<u32>,
) -> String {
    let o = VerdictIn {
        strategy,
        complete,
        interrupted,
        problems,
    };
    let plural = |n: u64, one: &str, many: &str| {
        if n == 1 {
            one.to_string()
        } else {
            many.to_string()
        }
    };
    let mut out = match o.strategy {
        Strategy::Exhaustive => format!(
            "explored {} {} ({} equivalence {}, {} transitions, {} instructions; {} {}) under the {} model",
            s.schedules,
            plural(s.schedules, "schedule", "schedules"),
            s.classes,
            plural(s.classes, "class", "classes"),
            s.transitions,
            s.instructions,
            s.parts,
            plural(s.parts, "part", "parts"),
            model.name()
        ),
        Strategy::Random { seed, .. } | Strategy::Pct { seed, .. } => format!(
            "ran {} {} {} (seed {seed}; {} transitions, {} instructions) under the {} model",
            s.schedules,
            if matches!(o.strategy, Strategy::Pct { .. }) { "PCT" } else { "random" },
            plural(s.schedules, "schedule", "schedules"),
            s.transitions,
            s.instructions,
            model.name()
        ),
    };
    if let Some(k) = bound {
        out.push_str(&format!(
            ", at most {k} {}",
            plural(k as u64, "preemption", "preemptions")
        ));
    }
    out.push_str(":\n");
    if o.interrupted {
        out.push_str("interrupted — the results below cover only the schedules run so far\n");
    }
    if let Strategy::Pct { depth, .. } = o.strategy {
        let miss = crate::sample::pct_miss_bound(s.schedules, depth, s.max_threads, s.max_depth);
        out.push_str(&format!(
            "PCT bound: with {} threads and up to {} steps, a bug of depth {depth} is missed by all {} runs with probability at most {:.3}\n",
            s.max_threads, s.max_depth, s.schedules, miss
        ));
    }
    if o.problems == 0 {
        if o.complete {
            let scope = match bound {
                Some(k) => format!(" with at most {k} preemptions"),
                None => String::new(),
            };
            out.push_str(&format!(
                "complete — no deadlock, no failing assertion or uncaught exception, no data race is reachable{scope} for this input under this model\n"
            ));
        } else {
            out.push_str("incomplete — nothing found in the schedules explored");
            if s.cut > 0 {
                out.push_str(&format!(
                    " ({} schedules were cut at the depth limit: a loop that waits for another thread?)",
                    s.cut
                ));
            }
            match o.strategy {
                Strategy::Exhaustive => {
                    out.push_str("; raise --max-schedules or bound with --preemptions\n")
                }
                _ => out.push_str(
                    "; sampling never proves absence: use the exhaustive strategy where it fits\n",
                ),
            }
        }
    } else {
        let n = o.problems as u64;
        out.push_str(&format!(
            "found {n} {}{}\n",
            plural(n, "problem", "problems"),
            if o.complete {
                " (search complete)"
            } else {
                " (search stopped early)"
            }
        ));
    }
    out
}

struct VerdictIn {
    strategy: Strategy,
    complete: bool,
    interrupted: bool,
    problems: usize,
}

pub(crate) fn brief(vm: &Vm, v: Value) -> String {
    match v {
        Value::Int(i) => i.to_string(),
        Value::Bool(b) => if b { "True" } else { "False" }.into(),
        Value::None => "None".into(),
        Value::Float(f) => {
            if f.fract() == 0.0 && f.abs() < 1e16 {
                format!("{f:.1}")
            } else {
                format!("{f}")
            }
        }
        Value::Null => "<unbound>".into(),
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Str(_) => {
                let s = vm.str_of(r);
                let s: String = s.chars().take(30).collect();
                format!("{s:?}").replacen('"', "'", 2)
            }
            Obj::BigInt(b) => b.to_string(),
            _ => format!("<{} object>", vm.type_name(v)),
        },
    }
}

fn describe(vm: &Vm, a: &Access, names: &[String]) -> String {
    let val = |v: Option<Value>| v.map_or(String::new(), |v| format!(" = {}", brief(vm, v)));
    match a.op {
        Op::Read => format!("reads {}{}", a.what, val(a.value)),
        Op::Write => {
            if a.what.ends_with(')') {
                format!("calls {}", a.what)
            } else {
                format!("writes {}{}", a.what, val(a.value))
            }
        }
        Op::Acquire => format!("acquires {}", a.what),
        Op::TryAcquire { got: true } => format!("acquires {} (without waiting)", a.what),
        Op::TryAcquire { got: false } => {
            format!("fails to acquire {} (timeout or non-blocking)", a.what)
        }
        Op::Release => format!("releases {}", a.what),
        Op::Spawn(t) => format!("starts {}", names.get(t).cloned().unwrap_or_default()),
        Op::Join { tid, done: true } => format!(
            "joins {} (it has finished)",
            names.get(tid).cloned().unwrap_or_default()
        ),
        Op::Join { tid, done: false } => format!(
            "gives up joining {} (timeout)",
            names.get(tid).cloned().unwrap_or_default()
        ),
        Op::Sleep => "sleeps (lets others run)".into(),
        Op::Chan(_) => a.what.clone(),
    }
}

/// One visible step of a counterexample.
#[derive(Clone, Debug)]
pub struct StepLine {
    pub tid: usize,
    /// Line of the program (0: none, e.g. a thread's end).
    pub line: u32,
    /// What happened: "reads balance = 100".
    pub text: String,
    /// This thread preempted another that could have gone on.
    pub preempt: bool,
}

/// The visible steps of a replayed schedule, in order.
pub fn step_lines(ex: &Exec, trs: &[(Transition, bool)]) -> Vec<StepLine> {
    let names: Vec<String> = ex.threads.iter().map(|t| t.name.clone()).collect();
    let mut lines: Vec<StepLine> = Vec::new();
    // A preemption shows on the next printed step of the thread that
    // preempted (its first transition may have no visible step).
    let mut pending = vec![false; names.len()];
    for (tr, preempted) in trs {
        if *preempted {
            pending[tr.tid] = true;
        }
        // corelab's own library code (inside `threading`, `queue`) is not
        // shown step by step: the user's lines say where it was called.
        for a in tr.accesses.iter().filter(|a| !a.library) {
            lines.push(StepLine {
                tid: tr.tid,
                line: a.line,
                text: describe(ex.vm_of(tr.tid), a, &names),
                preempt: std::mem::take(&mut pending[tr.tid]),
            });
        }
        if tr.ended {
            lines.push(StepLine {
                tid: tr.tid,
                line: 0,
                text: "ends".into(),
                preempt: std::mem::take(&mut pending[tr.tid]),
            });
        }
    }
    lines
}

/// The counterexample of a replayed schedule, as text.
pub fn steps(ex: &Exec, trs: &[(Transition, bool)], source: &SourceFile, file: &str) -> String {
    let names: Vec<String> = ex.threads.iter().map(|t| t.name.clone()).collect();
    let lines = step_lines(ex, trs);
    // Fold long stretches far from any preemption.
    let keep: Vec<bool> = (0..lines.len())
        .map(|i| {
            let lo = i.saturating_sub(4);
            let hi = (i + 4).min(lines.len() - 1);
            i < 4
                || i + 4 >= lines.len()
                || (lo..=hi).any(|k| lines[k].preempt || lines[k].tid != lines[i].tid)
        })
        .collect();
    let wname = names.iter().map(|n| n.chars().count()).max().unwrap_or(4);
    let wloc = file.chars().count() + 5;
    let mut out = String::new();
    let mut folded = 0;
    for (i, l) in lines.iter().enumerate() {
        if !keep[i] {
            folded += 1;
            continue;
        }
        if folded > 0 {
            out.push_str(&format!(
                "      … {folded} more step{} of {}\n",
                if folded == 1 { "" } else { "s" },
                names[l.tid]
            ));
            folded = 0;
        }
        let loc = if l.line > 0 {
            format!("{file}:{}", l.line)
        } else {
            String::new()
        };
        let src = if l.line > 0 {
            source.line_text(l.line).trim().to_string()
        } else {
            String::new()
        };
        let src: String = if src.chars().count() > 36 {
            src.chars().take(35).collect::<String>() + "…"
        } else {
            src
        };
        out.push_str(&format!(
            "  {} {:<wname$}  {:<wloc$}  {:<36}  {}\n",
            if l.preempt { "↯" } else { " " },
            names[l.tid],
            loc,
            src,
            l.text
        ));
    }
    if folded > 0 {
        out.push_str(&format!("      … {folded} more steps\n"));
    }
    out
}

/// A problem's title and explanation (without its steps).
pub fn explain(p: &Problem, file: &str) -> String {
    let name = |t: usize| {
        p.threads
            .get(t)
            .cloned()
            .unwrap_or_else(|| format!("thread {t}"))
    };
    match &p.kind {
        Kind::Uncaught {
            tid,
            line,
            traceback,
            at_line,
        } => {
            let at = if *at_line > 0 {
                format!(" at {file}:{at_line}")
            } else {
                String::new()
            };
            let mut s = format!("✗ uncaught exception in {}{at}: {line}\n", name(*tid));
            for l in traceback.lines() {
                s.push_str(&format!("    {l}\n"));
            }
            s
        }
        Kind::Deadlock { waits } => {
            let mut s = String::from("✗ deadlock: every live thread is blocked\n");
            for (_, w) in waits {
                s.push_str(&format!("    {w}\n"));
            }
            if waits.iter().any(|(_, w)| w.contains("wait(")) {
                s.push_str("    a thread waits for a notification that no running thread will send (missed or absent notify/set)\n");
            }
            s
        }
        Kind::LockOrder { cycle, reached } => {
            let chain: Vec<String> = cycle
                .iter()
                .map(|e| e.from.clone())
                .chain(cycle.first().map(|e| e.from.clone()))
                .collect();
            let mut s = format!(
                "✗ lock-order inversion: {} — a potential deadlock{}\n",
                chain.join(" → "),
                if *reached {
                    ", reached in this search (see the deadlock)"
                } else {
                    ", not reached in this search"
                }
            );
            for e in cycle {
                s.push_str(&format!(
                    "    {} takes {} while holding {} ({file}:{})\n",
                    e.thread, e.to, e.from, e.line
                ));
            }
            s.push_str("    fix: take the locks in one global order everywhere\n");
            s
        }
        Kind::DataRace(r) => {
            let verb = |w: bool| if w { "writes" } else { "reads" };
            let mut s = format!(
                "✗ data race on {}: {} {} it at {file}:{} and {} {} it at {file}:{}, with no lock, start or join ordering them\n",
                r.what,
                name(r.first.tid),
                verb(r.first.write),
                r.first.line,
                name(r.second.tid),
                verb(r.second.write),
                r.second.line
            );
            s.push_str("    where it can corrupt data:\n");
            for l in r.runtimes() {
                s.push_str(&format!("      - {l}\n"));
            }
            s
        }
    }
}

/// Which thread ran at each transition: one row per thread, time left to
/// right (several transitions per column when there are many).
pub fn timeline(ex: &Exec, trs: &[(Transition, bool)], width: usize) -> String {
    let names: Vec<String> = ex.threads.iter().map(|t| t.name.clone()).collect();
    let wname = names.iter().map(|n| n.chars().count()).max().unwrap_or(4);
    let cols = width.saturating_sub(wname + 4).max(10);
    let n = trs.len().max(1);
    let per = n.div_ceil(cols);
    let ncols = n.div_ceil(per);
    let mut out = format!(
        "── steps (each column: {per} transition{}) ──\n",
        if per == 1 { "" } else { "s" }
    );
    for (tid, name) in names.iter().enumerate() {
        let mut row = String::new();
        for c in 0..ncols {
            let chunk = &trs[(c * per).min(trs.len())..((c + 1) * per).min(trs.len())];
            let ran = chunk.iter().any(|(t, _)| t.tid == tid);
            let pre = chunk.iter().any(|(t, p)| t.tid == tid && *p);
            row.push(if pre {
                '↯'
            } else if ran {
                '█'
            } else {
                '·'
            });
        }
        out.push_str(&format!("  {name:<wname$}  {row}\n"));
    }
    out.push_str("  █ ran  ↯ ran after preempting another thread  · did not run\n");
    out
}
