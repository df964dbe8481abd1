//! The machine-readable trace (`--trace-json FILE`): a JSON object with the
//! run's shape and its event stream in time order.
//!
//! ```text
//! { "format": "corelab-trace", "version": 1, "cores": 2, "gil": "modern",
//!   "end_ns": 1234,
//!   "processes": [{"process": 0, "pid": 4242, "name": "MainProcess"}, ...],
//!   "threads": [{"tid": 0, "name": "MainThread", "process": 0}, ...],
//!   "events": [{"t": 0, "kind": "state", "tid": 0, "state": "running"},
//!              {"t": 0, "kind": "core", "core": 0, "tid": 0},
//!              {"t": 0, "kind": "gil", "process": 0, "holder": 0}, ...] }
//! ```
//! A `handover` event (`"what": "gil"` or `"lock"`, `"from"`, `"to"`,
//! `"released"`: when `from` let go) says that thread `to` took what
//! thread `from` had released.
//! `state` is one of the summary's categories (`running`, `no_gil`,
//! `core_wait`, `gil_wait`, `sleep`, `lock`, `join`, `none`); a `core` or
//! `gil` event with `null` means idle / free.

use corelab_machine::thread::Category;
use corelab_machine::trace::{Event, Handed, Trace};
use serde_json::{json, Value};

/// The JSON name of a category.
pub fn state_name(c: Category) -> &'static str {
    match c {
        Category::Running => "running",
        Category::GilFree => "no_gil",
        Category::Ready => "core_wait",
        Category::GilWait => "gil_wait",
        Category::Sleep => "sleep",
        Category::Lock => "lock",
        Category::Join => "join",
        Category::None => "none",
    }
}

/// The JSON name of what a hand-over passed on.
pub fn handed_name(h: Handed) -> &'static str {
    match h {
        Handed::Gil => "gil",
        Handed::Lock => "lock",
    }
}

/// The trace as a JSON value.
pub fn to_json(trace: &Trace, gil: &str) -> Value {
    let threads: Vec<Value> = trace
        .threads
        .iter()
        .enumerate()
        .map(|(tid, name)| {
            let process = trace.thread_procs.get(tid).copied().unwrap_or(0);
            json!({"tid": tid, "name": name, "process": process})
        })
        .collect();
    let processes: Vec<Value> = trace
        .procs
        .iter()
        .enumerate()
        .map(|(i, (pid, name))| json!({"process": i, "pid": pid, "name": name}))
        .collect();
    let events: Vec<Value> = trace
        .sorted()
        .iter()
        .map(|e| match e {
            Event::State { t, tid, cat } => {
                json!({"t": t, "kind": "state", "tid": tid, "state": state_name(*cat)})
            }
            Event::Core { t, core, tid } => {
                json!({"t": t, "kind": "core", "core": core, "tid": tid})
            }
            Event::Gil { t, proc, holder } => {
                json!({"t": t, "kind": "gil", "process": proc, "holder": holder})
            }
            Event::Handover {
                t,
                released,
                proc,
                from,
                to,
                what,
            } => json!({
                "t": t, "kind": "handover", "what": handed_name(*what), "process": proc,
                "from": from, "to": to, "released": released,
            }),
        })
        .collect();
    json!({
        "format": "corelab-trace",
        "version": 1,
        "cores": trace.cores,
        "gil": gil,
        "end_ns": trace.end,
        "processes": processes,
        "threads": threads,
        "events": events,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_come_out_in_time_order_with_their_fields() {
        let trace = Trace {
            events: vec![
                Event::State {
                    t: 5,
                    tid: 0,
                    cat: Category::Sleep,
                },
                Event::Core {
                    t: 0,
                    core: 0,
                    tid: Some(0),
                },
            ],
            threads: vec!["MainThread".into()],
            thread_procs: vec![0],
            procs: vec![(4242, "MainProcess".into())],
            cores: 1,
            end: 10,
            ..Default::default()
        };
        let v = to_json(&trace, "modern");
        assert_eq!(v["events"][0]["kind"], "core");
        assert_eq!(v["events"][1]["state"], "sleep");
        assert_eq!(v["threads"][0]["name"], "MainThread");
        assert_eq!(v["end_ns"], 10);
    }
}
