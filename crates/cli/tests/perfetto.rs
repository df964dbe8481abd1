//! End-to-end tests of `corelab run --perfetto FILE`: the real binary runs
//! every program in tests/machine/ and the file it writes must pass the
//! structural check (`corelab_report::perfetto::check`), be byte-identical
//! across runs, and show the hand-overs the run summary counts.

use corelab_report::perfetto::check::{check, Counts};
use std::path::{Path, PathBuf};
use std::process::Command;

fn machine_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/machine")
}

/// A scratch directory of this test binary.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("corelab-perfetto-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

/// Runs `corelab run --perfetto OUT <args> PROGRAM`; returns the file's
/// text and the run's stderr.
fn perfetto(program: &Path, args: &[&str], out: &Path) -> (String, String) {
    let run = Command::new(env!("CARGO_BIN_EXE_corelab"))
        .arg("run")
        .arg("--perfetto")
        .arg(out)
        .args(args)
        .arg(program)
        .output()
        .expect("corelab runs");
    let text = std::fs::read_to_string(out).unwrap_or_else(|e| {
        panic!(
            "{}: no trace file ({e}); stderr: {}",
            program.display(),
            String::from_utf8_lossy(&run.stderr)
        )
    });
    (text, String::from_utf8_lossy(&run.stderr).into_owned())
}

fn valid(text: &str, what: &str) -> Counts {
    let v: serde_json::Value =
        serde_json::from_str(text).unwrap_or_else(|e| panic!("{what}: not JSON: {e}"));
    check(&v).unwrap_or_else(|e| panic!("{what}: {e}"))
}

/// The GIL hand-overs of the run summary.
fn handovers(stderr: &str) -> usize {
    let at = stderr.find("GIL hand-overs ").expect("summary");
    stderr[at + 15..]
        .split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .expect("a count")
}

#[test]
fn every_machine_program_gives_a_valid_reproducible_trace() {
    let dir = scratch("all");
    let mut programs: Vec<PathBuf> = std::fs::read_dir(machine_dir())
        .expect("tests/machine")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    programs.sort();
    assert!(programs.len() >= 10);
    for p in &programs {
        let what = p.display().to_string();
        let (a, _) = perfetto(p, &["--cores", "2"], &dir.join("a.json"));
        let (b, _) = perfetto(p, &["--cores", "2"], &dir.join("b.json"));
        assert!(a == b, "{what}: two runs gave different files");
        let counts = valid(&a, &what);
        assert!(counts.process_names.contains("machine"), "{what}");
        assert!(counts.thread_names.contains("core 1"), "{what}");
        assert!(counts.thread_names.contains("MainThread"), "{what}");
        assert!(counts.phases.get("C").copied().unwrap_or(0) > 0, "{what}");
    }
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn gil_and_lock_hand_overs_become_flow_arrows() {
    let dir = scratch("flows");
    let out = dir.join("t.json");
    let (text, stderr) = perfetto(&machine_dir().join("convoy.py"), &["--cores", "2"], &out);
    let counts = valid(&text, "convoy");
    let n = handovers(&stderr);
    assert!(n > 50, "{stderr}");
    // Every hand-over is an arrow (lock hand-overs come on top).
    assert!(counts.flows >= n, "{} flows, {n} hand-overs", counts.flows);
    assert!(text.contains("\"GIL hand-over\""));
    let (text, _) = perfetto(
        &machine_dir().join("sync_primitives.py"),
        &["--cores", "2"],
        &out,
    );
    valid(&text, "sync_primitives");
    assert!(text.contains("\"lock hand-over\""));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn processes_and_free_threading_have_their_own_tracks() {
    let dir = scratch("procs");
    let out = dir.join("t.json");
    let (text, _) = perfetto(
        &machine_dir().join("cpu_processes.py"),
        &["--cores", "2"],
        &out,
    );
    let counts = valid(&text, "cpu_processes");
    assert!(
        counts.process_names.contains("MainProcess (pid 4242)"),
        "{counts:?}"
    );
    assert!(
        counts
            .process_names
            .iter()
            .any(|n| n.ends_with("(pid 4243)")),
        "{counts:?}"
    );
    let (text, _) = perfetto(
        &machine_dir().join("cpu_bound.py"),
        &["--gil", "none"],
        &out,
    );
    let counts = valid(&text, "cpu_bound --gil none");
    assert!(
        !text.contains("\"GIL hand-over\""),
        "no GIL, no GIL hand-overs"
    );
    assert!(counts.flows > 0, "lock hand-overs (joins) remain");
    assert!(!text.contains("\"cat\":\"gil\""));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn an_unwritable_file_is_reported() {
    let run = Command::new(env!("CARGO_BIN_EXE_corelab"))
        .args(["run", "-q", "--perfetto", "/nonexistent-dir/t.json"])
        .arg(machine_dir().join("cpu_bound.py"))
        .output()
        .expect("corelab runs");
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("can't write /nonexistent-dir/t.json"));
}
