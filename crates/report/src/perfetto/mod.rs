//! The run as a Chrome Trace Event file (`corelab run --perfetto FILE`),
//! which ui.perfetto.dev and chrome://tracing open: one JSON object with
//! `traceEvents` and `displayTimeUnit`.
//!
//! Tracks (each a Chrome "thread" inside a Chrome "process"):
//! * process "machine" (pid 1): one track per core ("core N") whose spans
//!   name the thread that ran there, and the counter "run queue" (threads
//!   ready, waiting for a core);
//! * one process per Python process, named "MainProcess (pid 4242)", with
//!   a "GIL" track whose spans name the holder, one track per thread whose
//!   spans say what it was doing (the summary's categories: "running",
//!   "waiting for the GIL", "blocked on a lock"...), and the counter "GIL
//!   waiters";
//! * flow arrows from the thread that released the GIL or a lock to the
//!   thread that took it next (`Event::Handover`).
//!
//! Spans are "X" (complete) events; times are simulated nanoseconds
//! written as microseconds (the format's unit) with three decimals, so
//! nothing is rounded. Track ids are assigned in a fixed order (cores,
//! then threads, then GIL tracks), and the output depends only on the
//! trace, so the same run gives the same bytes. `check` validates a file's
//! structure (used by the tests).

pub mod check;

use crate::json::{handed_name, state_name};
use corelab_machine::thread::Category;
use corelab_machine::trace::{Event, Handed, Trace};
use serde_json::{json, Value};

/// The Chrome pid of the machine's own process (Python pids start at 4242).
pub const MACHINE_PID: u64 = 1;

/// The trace as a Chrome Trace Event JSON value.
pub fn to_perfetto(trace: &Trace, gil: &str) -> Value {
    let ids = Ids::new(trace);
    let mut out = Out::default();
    metadata(trace, &ids, &mut out.events);
    let spans = walk(trace, &ids, &mut out);
    flows(trace, &ids, &spans, &mut out.events);
    json!({
        "traceEvents": out.events,
        "displayTimeUnit": "ns",
        "otherData": {
            "generator": "corelab",
            "cores": trace.cores,
            "gil": gil,
            "end_ns": trace.end,
        },
    })
}

/// The file's text: one line per event, so diffs and greps stay readable.
pub fn to_string(trace: &Trace, gil: &str) -> String {
    let v = to_perfetto(trace, gil);
    let mut s = String::from("{\"displayTimeUnit\":\"ns\",\"otherData\":");
    s.push_str(&v["otherData"].to_string());
    s.push_str(",\"traceEvents\":[\n");
    if let Some(events) = v["traceEvents"].as_array() {
        let lines: Vec<String> = events.iter().map(Value::to_string).collect();
        s.push_str(&lines.join(",\n"));
    }
    s.push_str("\n]}\n");
    s
}

/// Simulated ns as the format's microseconds.
fn us(ns: u64) -> f64 {
    ns as f64 / 1000.0
}

/// Chrome pids and tids of every track.
struct Ids {
    cores: usize,
    threads: usize,
    /// Chrome pid of each Python process (its simulated pid).
    pids: Vec<u64>,
    /// Process index of each thread.
    thread_procs: Vec<usize>,
}

impl Ids {
    fn new(trace: &Trace) -> Ids {
        let mut pids: Vec<u64> = trace.procs.iter().map(|p| p.0).collect();
        if pids.is_empty() {
            pids.push(4242);
        }
        let thread_procs = (0..trace.threads.len())
            .map(|t| {
                let p = trace.thread_procs.get(t).copied().unwrap_or(0);
                p.min(pids.len() - 1)
            })
            .collect();
        Ids {
            cores: trace.cores,
            threads: trace.threads.len(),
            pids,
            thread_procs,
        }
    }
    fn core(&self, core: usize) -> (u64, u64) {
        (MACHINE_PID, 1 + core as u64)
    }
    fn thread(&self, tid: usize) -> (u64, u64) {
        let p = self.thread_procs.get(tid).copied().unwrap_or(0);
        (self.pids[p], (1 + self.cores + tid) as u64)
    }
    fn gil(&self, proc: usize) -> (u64, u64) {
        let p = proc.min(self.pids.len() - 1);
        (self.pids[p], (1 + self.cores + self.threads + p) as u64)
    }
}

/// The "M" events naming and ordering every process and track.
fn metadata(trace: &Trace, ids: &Ids, out: &mut Vec<Value>) {
    let meta = |pid: u64, tid: u64, what: &str, args: Value| json!({"ph": "M", "pid": pid, "tid": tid, "ts": 0, "name": what, "args": args});
    out.push(meta(
        MACHINE_PID,
        0,
        "process_name",
        json!({"name": "machine"}),
    ));
    out.push(meta(
        MACHINE_PID,
        0,
        "process_sort_index",
        json!({"sort_index": 0}),
    ));
    for core in 0..trace.cores {
        let (pid, tid) = ids.core(core);
        out.push(meta(
            pid,
            tid,
            "thread_name",
            json!({"name": format!("core {core}")}),
        ));
        out.push(meta(
            pid,
            tid,
            "thread_sort_index",
            json!({"sort_index": core}),
        ));
    }
    for (p, &pid) in ids.pids.iter().enumerate() {
        let name = trace.procs.get(p).map_or("MainProcess", |x| x.1.as_str());
        let label = format!("{name} (pid {pid})");
        out.push(meta(pid, 0, "process_name", json!({"name": label})));
        out.push(meta(
            pid,
            0,
            "process_sort_index",
            json!({"sort_index": p + 1}),
        ));
        let (pid, tid) = ids.gil(p);
        out.push(meta(pid, tid, "thread_name", json!({"name": "GIL"})));
        out.push(meta(
            pid,
            tid,
            "thread_sort_index",
            json!({"sort_index": 0}),
        ));
    }
    for (t, name) in trace.threads.iter().enumerate() {
        let (pid, tid) = ids.thread(t);
        out.push(meta(pid, tid, "thread_name", json!({"name": name})));
        out.push(meta(
            pid,
            tid,
            "thread_sort_index",
            json!({"sort_index": t + 1}),
        ));
    }
}

/// A closed span of one track.
#[derive(Clone, Copy, Debug)]
struct Span {
    start: u64,
    end: u64,
}

/// Spans of the thread tracks, by thread, in time order (for flows).
type ThreadSpans = Vec<Vec<Span>>;

#[derive(Default)]
struct Out {
    events: Vec<Value>,
}

impl Out {
    /// An "X" event for [start, end) if it is not empty.
    fn span(
        &mut self,
        (pid, tid): (u64, u64),
        start: u64,
        end: u64,
        name: &str,
        cat: &str,
        args: Value,
    ) {
        if end > start {
            self.events.push(json!({
                "ph": "X", "pid": pid, "tid": tid, "ts": us(start), "dur": us(end - start),
                "name": name, "cat": cat, "args": args,
            }));
        }
    }
    fn counter(&mut self, pid: u64, t: u64, name: &str, n: usize) {
        self.events.push(json!({
            "ph": "C", "pid": pid, "ts": us(t), "name": name, "args": {"threads": n},
        }));
    }
}

/// What each track is doing since when, while walking the events.
struct Walk {
    /// Per thread: category, since, core it ran on.
    threads: Vec<(Category, u64, Option<usize>)>,
    /// Per thread: the core it currently occupies.
    on_core: Vec<Option<usize>>,
    cores: Vec<(Option<usize>, u64)>,
    gil: Vec<(Option<usize>, u64)>,
    /// Counter values last written: run queue, GIL waiters per process.
    ready: Option<usize>,
    waiters: Vec<Option<usize>>,
}

/// Turns the event stream into spans and counters; returns the thread
/// tracks' spans.
fn walk(trace: &Trace, ids: &Ids, out: &mut Out) -> ThreadSpans {
    let nprocs = ids.pids.len();
    let mut w = Walk {
        threads: vec![(Category::None, 0, None); ids.threads],
        on_core: vec![None; ids.threads],
        cores: vec![(None, 0); ids.cores],
        gil: vec![(None, 0); nprocs],
        ready: None,
        waiters: vec![None; nprocs],
    };
    let mut spans: ThreadSpans = vec![Vec::new(); ids.threads];
    let events = trace.sorted();
    let mut i = 0;
    while i < events.len() {
        let t = events[i].time();
        while i < events.len() && events[i].time() == t {
            apply(trace, ids, &mut w, &events[i], out, &mut spans);
            i += 1;
        }
        counters(ids, &mut w, t, out);
    }
    close_all(trace, ids, &mut w, out, &mut spans);
    spans
}

/// Applies one event: closes the span it ends, opens the next.
fn apply(
    trace: &Trace,
    ids: &Ids,
    w: &mut Walk,
    e: &Event,
    out: &mut Out,
    spans: &mut ThreadSpans,
) {
    match *e {
        Event::State { t, tid, cat } if tid < ids.threads => {
            close_thread(ids, w, tid, t, out, spans);
            let core = w.on_core[tid];
            w.threads[tid] = (cat, t, core);
        }
        Event::Core { t, core, tid } if core < ids.cores => {
            close_core(trace, ids, w, core, t, out);
            if let Some(old) = w.cores[core].0 {
                if w.on_core.get(old) == Some(&Some(core)) {
                    w.on_core[old] = None;
                }
            }
            // The thread's "running" state follows at the same time.
            if let Some(new) = tid.filter(|&n| n < ids.threads) {
                w.on_core[new] = Some(core);
            }
            w.cores[core] = (tid, t);
        }
        Event::Gil { t, proc, holder } if proc < w.gil.len() => {
            close_gil(trace, ids, w, proc, t, out);
            w.gil[proc] = (holder, t);
        }
        _ => {}
    }
}

fn close_thread(ids: &Ids, w: &Walk, tid: usize, t: u64, out: &mut Out, spans: &mut ThreadSpans) {
    let (cat, since, core) = w.threads[tid];
    if cat == Category::None || t <= since {
        return;
    }
    let mut args = json!({"state": state_name(cat)});
    if matches!(cat, Category::Running | Category::GilFree) {
        if let Some(c) = core {
            args["core"] = json!(c);
        }
    }
    out.span(ids.thread(tid), since, t, cat.name(), state_name(cat), args);
    if let Some(last) = out.events.last_mut() {
        // chrome://tracing colours by `cname`; Perfetto by name.
        last["cname"] = json!(colour(cat));
    }
    spans[tid].push(Span {
        start: since,
        end: t,
    });
}

/// chrome://tracing's reserved colour for a state (green running, red
/// waiting for the GIL...).
fn colour(cat: Category) -> &'static str {
    match cat {
        Category::Running => "thread_state_running",
        Category::GilFree => "olive",
        Category::Ready => "thread_state_runnable",
        Category::GilWait => "terrible",
        Category::Sleep => "thread_state_sleeping",
        Category::Lock => "thread_state_uninterruptible",
        Category::Join | Category::None => "grey",
    }
}

/// A thread's label on core and GIL tracks (with its pid when there are
/// several processes).
fn label(trace: &Trace, ids: &Ids, tid: usize) -> String {
    let name = trace.threads.get(tid).map_or("?", String::as_str);
    if ids.pids.len() > 1 {
        format!("{name} [{}]", ids.thread(tid).0)
    } else {
        name.to_string()
    }
}

fn close_core(trace: &Trace, ids: &Ids, w: &Walk, core: usize, t: u64, out: &mut Out) {
    if let (Some(tid), since) = w.cores[core] {
        let args = json!({"thread": label(trace, ids, tid), "pid": ids.thread(tid).0});
        out.span(
            ids.core(core),
            since,
            t,
            &label(trace, ids, tid),
            "core",
            args,
        );
    }
}

fn close_gil(trace: &Trace, ids: &Ids, w: &Walk, proc: usize, t: u64, out: &mut Out) {
    if let (Some(tid), since) = w.gil[proc] {
        let name = trace.threads.get(tid).map_or("?", String::as_str);
        let args = json!({"holder": name});
        out.span(ids.gil(proc), since, t, name, "gil", args);
    }
}

/// Writes the counters that changed at `t`.
fn counters(ids: &Ids, w: &mut Walk, t: u64, out: &mut Out) {
    let ready = w.threads.iter().filter(|s| s.0 == Category::Ready).count();
    if w.ready != Some(ready) {
        w.ready = Some(ready);
        out.counter(MACHINE_PID, t, "run queue", ready);
    }
    let mut waiting = vec![0usize; ids.pids.len()];
    for (tid, s) in w.threads.iter().enumerate() {
        if s.0 == Category::GilWait {
            waiting[ids.thread_procs[tid]] += 1;
        }
    }
    for (p, n) in waiting.into_iter().enumerate() {
        if w.waiters[p] != Some(n) {
            w.waiters[p] = Some(n);
            out.counter(ids.pids[p], t, "GIL waiters", n);
        }
    }
}

/// Closes every open span at the end of the run.
fn close_all(trace: &Trace, ids: &Ids, w: &mut Walk, out: &mut Out, spans: &mut ThreadSpans) {
    let end = trace.end;
    for tid in 0..ids.threads {
        close_thread(ids, w, tid, end, out, spans);
    }
    for core in 0..ids.cores {
        close_core(trace, ids, w, core, end, out);
    }
    for proc in 0..w.gil.len() {
        close_gil(trace, ids, w, proc, end, out);
    }
}

/// Flow arrows ("s" then "f", same id) for each hand-over whose two ends
/// fall in spans of the two threads. Each end is placed strictly inside
/// its span (1 ns from the edge) so that viewers bind it to that span.
fn flows(trace: &Trace, ids: &Ids, spans: &ThreadSpans, out: &mut Vec<Value>) {
    let mut id = 0u64;
    for e in trace.sorted() {
        let Event::Handover {
            t,
            released,
            from,
            to,
            what,
            ..
        } = e
        else {
            continue;
        };
        if from >= ids.threads || to >= ids.threads {
            continue;
        }
        let start = ending_at(&spans[from], released);
        let finish = starting_at(&spans[to], t);
        let (Some(s), Some(f)) = (start, finish) else {
            continue;
        };
        if f < s {
            continue;
        }
        id += 1;
        let name = match what {
            Handed::Gil => "GIL hand-over",
            Handed::Lock => "lock hand-over",
        };
        let (spid, stid) = ids.thread(from);
        let (fpid, ftid) = ids.thread(to);
        let cat = handed_name(what);
        out.push(json!({"ph": "s", "id": id, "pid": spid, "tid": stid, "ts": us(s), "name": name, "cat": cat}));
        out.push(json!({"ph": "f", "bp": "e", "id": id, "pid": fpid, "tid": ftid, "ts": us(f), "name": name, "cat": cat}));
    }
}

/// A time strictly inside the span of `track` that ends at or contains
/// `t` (start < t <= end), as near `t` as possible.
fn ending_at(track: &[Span], t: u64) -> Option<u64> {
    let i = track.partition_point(|s| s.end < t);
    let s = track.get(i).filter(|s| s.start < t)?;
    inside(*s, t)
}

/// A time strictly inside the span of `track` that starts at or contains
/// `t` (start <= t < end), as near `t` as possible.
fn starting_at(track: &[Span], t: u64) -> Option<u64> {
    let i = track.partition_point(|s| s.end <= t);
    let s = track.get(i).filter(|s| s.start <= t)?;
    inside(*s, t)
}

fn inside(s: Span, t: u64) -> Option<u64> {
    (s.end >= s.start + 2).then(|| t.clamp(s.start + 1, s.end - 1))
}

#[cfg(test)]
mod tests;
