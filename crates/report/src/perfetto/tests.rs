//! Tests of the Perfetto renderer on hand-made traces.

use super::*;
use corelab_machine::trace::Handed;

/// Two threads of one process on one core: 0 runs, hands the GIL to 1 at
/// 500 ns, then 1 releases a lock that wakes 0 (which gets it at 900 ns).
fn two_threads() -> Trace {
    let st = |t, tid, cat| Event::State { t, tid, cat };
    let events = vec![
        Event::Core {
            t: 0,
            core: 0,
            tid: Some(0),
        },
        st(0, 0, Category::Running),
        Event::Gil {
            t: 0,
            proc: 0,
            holder: Some(0),
        },
        st(0, 1, Category::Ready),
        Event::Gil {
            t: 500,
            proc: 0,
            holder: None,
        },
        st(500, 0, Category::GilWait),
        Event::Core {
            t: 500,
            core: 0,
            tid: Some(1),
        },
        st(500, 1, Category::Running),
        Event::Gil {
            t: 600,
            proc: 0,
            holder: Some(1),
        },
        Event::Handover {
            t: 600,
            released: 500,
            proc: 0,
            from: 0,
            to: 1,
            what: Handed::Gil,
        },
        st(700, 0, Category::Lock),
        Event::Handover {
            t: 900,
            released: 800,
            proc: 0,
            from: 1,
            to: 0,
            what: Handed::Lock,
        },
        st(850, 0, Category::Ready),
        st(900, 0, Category::GilWait),
    ];
    Trace {
        events,
        threads: vec!["MainThread".into(), "Thread-1".into()],
        thread_procs: vec![0, 0],
        procs: vec![(4242, "MainProcess".into())],
        cores: 1,
        end: 1000,
        ..Default::default()
    }
}

fn events(v: &Value) -> &Vec<Value> {
    v["traceEvents"].as_array().expect("traceEvents")
}

#[test]
fn the_file_is_valid_and_names_every_track() {
    let v = to_perfetto(&two_threads(), "modern");
    let counts = check::check(&v).expect("valid");
    assert!(counts.process_names.contains("machine"));
    assert!(counts.process_names.contains("MainProcess (pid 4242)"));
    for n in ["core 0", "GIL", "MainThread", "Thread-1"] {
        assert!(counts.thread_names.contains(n), "{n}: {counts:?}");
    }
    assert_eq!(counts.flows, 2);
    assert_eq!(v["displayTimeUnit"], "ns");
}

#[test]
fn thread_spans_are_named_by_state_in_microseconds() {
    let v = to_perfetto(&two_threads(), "modern");
    let main = Ids::new(&two_threads()).thread(0).1;
    let spans: Vec<(String, f64, f64)> = events(&v)
        .iter()
        .filter(|e| e["ph"] == "X" && e["tid"] == main)
        .map(|e| {
            let n = e["name"].as_str().unwrap_or("").to_string();
            (
                n,
                e["ts"].as_f64().unwrap_or(-1.0),
                e["dur"].as_f64().unwrap_or(-1.0),
            )
        })
        .collect();
    assert_eq!(spans[0], ("running".into(), 0.0, 0.5));
    assert_eq!(spans[1], ("waiting for the GIL".into(), 0.5, 0.2));
    assert_eq!(spans[2], ("blocked on a lock".into(), 0.7, 0.15));
    assert_eq!(
        spans.last().map(|s| s.0.as_str()),
        Some("waiting for the GIL")
    );
}

#[test]
fn gil_and_core_tracks_name_the_thread() {
    let v = to_perfetto(&two_threads(), "modern");
    let names = |cat: &str| -> Vec<String> {
        events(&v)
            .iter()
            .filter(|e| e["ph"] == "X" && e["cat"] == cat)
            .map(|e| e["name"].as_str().unwrap_or("").to_string())
            .collect()
    };
    assert_eq!(names("gil"), ["MainThread", "Thread-1"]);
    assert_eq!(names("core"), ["MainThread", "Thread-1"]);
}

#[test]
fn counters_follow_the_run_queue_and_gil_waiters() {
    let v = to_perfetto(&two_threads(), "modern");
    let series = |name: &str| -> Vec<(f64, u64)> {
        events(&v)
            .iter()
            .filter(|e| e["ph"] == "C" && e["name"] == name)
            .map(|e| {
                (
                    e["ts"].as_f64().unwrap_or(-1.0),
                    e["args"]["threads"].as_u64().unwrap_or(99),
                )
            })
            .collect()
    };
    assert_eq!(
        series("run queue"),
        [(0.0, 1), (0.5, 0), (0.85, 1), (0.9, 0)]
    );
    assert_eq!(
        series("GIL waiters"),
        [(0.0, 0), (0.5, 1), (0.7, 0), (0.9, 1)]
    );
}

#[test]
fn flows_go_from_releaser_to_taker_inside_their_spans() {
    let v = to_perfetto(&two_threads(), "modern");
    let flow: Vec<&Value> = events(&v)
        .iter()
        .filter(|e| e["ph"] == "s" || e["ph"] == "f")
        .collect();
    assert_eq!(flow.len(), 4);
    assert_eq!(flow[0]["name"], "GIL hand-over");
    assert_eq!(flow[0]["ts"].as_f64(), Some(0.499));
    assert_eq!(flow[1]["ts"].as_f64(), Some(0.6));
    assert_eq!(flow[1]["bp"], "e");
    assert_eq!(flow[2]["name"], "lock hand-over");
    assert_eq!(flow[0]["id"], flow[1]["id"]);
}

#[test]
fn the_same_trace_gives_the_same_bytes() {
    let a = to_string(&two_threads(), "modern");
    assert_eq!(a, to_string(&two_threads(), "modern"));
    let v: Value = serde_json::from_str(&a).expect("parses");
    assert_eq!(v, to_perfetto(&two_threads(), "modern"));
}

#[test]
fn processes_get_their_own_tracks_and_pids() {
    let mut tr = two_threads();
    tr.procs.push((4243, "Process-1".into()));
    tr.thread_procs = vec![0, 1];
    let v = to_perfetto(&tr, "modern");
    let counts = check::check(&v).expect("valid");
    assert!(counts.process_names.contains("Process-1 (pid 4243)"));
    let core_names: Vec<&str> = events(&v)
        .iter()
        .filter(|e| e["cat"] == "core")
        .filter_map(|e| e["name"].as_str())
        .collect();
    assert_eq!(core_names, ["MainThread [4242]", "Thread-1 [4243]"]);
}

#[test]
fn an_empty_trace_is_still_a_valid_file() {
    let v = to_perfetto(&Trace::default(), "none");
    check::check(&v).expect("valid");
}

/// A real run: threads contending for the GIL and for a lock.
fn real_run(gil: corelab_machine::GilKind) -> Trace {
    let src = "\
import threading
lock = threading.Lock()
total = 0
def work():
    global total
    for i in range(3000):
        with lock:
            total += 1
ts = [threading.Thread(target=work) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(total)
";
    let cfg = corelab_machine::Config {
        cores: 2,
        gil,
        ..Default::default()
    };
    let limits = corelab_vm::Limits::default();
    let (_, outcome) = corelab_machine::run_program("t.py", src, vec!["t.py".into()], limits, cfg);
    outcome.expect("runs").trace
}

#[test]
fn real_runs_give_valid_files_with_both_kinds_of_arrow() {
    for gil in [
        corelab_machine::GilKind::Modern,
        corelab_machine::GilKind::None,
    ] {
        let trace = real_run(gil);
        let text = to_string(&trace, "x");
        assert_eq!(
            text,
            to_string(&real_run(gil), "x"),
            "{gil:?}: not reproducible"
        );
        let v: Value = serde_json::from_str(&text).expect("parses");
        let counts = check::check(&v).unwrap_or_else(|e| panic!("{gil:?}: {e}"));
        assert!(text.contains("\"lock hand-over\""), "{gil:?}");
        let gil_flows = text.contains("\"GIL hand-over\"");
        assert_eq!(gil_flows, gil == corelab_machine::GilKind::Modern);
        assert!(counts.flows > 0 && counts.phases["X"] > 10, "{counts:?}");
    }
}
