//! End-to-end tests of `corelab sweep`: the real binary sweeps small
//! programs written into a scratch directory and its table, CSV and chart
//! are checked, including that the same sweep gives the same files
//! whatever the number of host threads, and that bad arguments stop it
//! with a clear message.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A scratch directory holding `prog.py` with `source`.
fn scratch(name: &str, source: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("corelab-sweep-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    std::fs::write(dir.join("prog.py"), source).expect("program written");
    dir
}

fn sweep(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_corelab"))
        .arg("sweep")
        .arg(dir.join("prog.py"))
        .args(args)
        .output()
        .expect("corelab runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// N threads each sleep 10 ms and count; a module-level constant to set.
const SLEEPERS: &str = "\
import threading, time
N = 1
MODE = 'sleep'
def work():
    if MODE == 'sleep':
        time.sleep(0.01)
    else:
        x = 0
        for i in range(20000):
            x += i
if N == 3:
    raise ValueError('three is too many')
threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads[:N]:
    t.start()
for t in threads[:N]:
    t.join()
for t in threads[N:]:
    t.start()
    t.join()
print('done', N, MODE)
";

#[test]
fn a_sweep_writes_one_row_per_run_in_grid_order() {
    let dir = scratch("rows", SLEEPERS);
    let out = dir.join("out");
    let run = sweep(
        &dir,
        &[
            "--cores",
            "1,2",
            "--set",
            "N=1,2,4",
            "--out",
            out.to_str().unwrap_or("."),
        ],
    );
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    let csv = std::fs::read_to_string(out.join("sweep.csv")).expect("sweep.csv");
    let rows: Vec<Vec<&str>> = csv.lines().map(|l| l.split(',').collect()).collect();
    assert_eq!(
        rows[0],
        [
            "cores",
            "gil",
            "N",
            "wall_s",
            "speedup",
            "exit",
            "cpu_s",
            "gil_switches",
            "error"
        ]
    );
    assert_eq!(rows.len(), 7, "{csv}");
    let axes: Vec<(&str, &str)> = rows[1..].iter().map(|r| (r[0], r[2])).collect();
    assert_eq!(
        axes,
        [
            ("1", "1"),
            ("1", "2"),
            ("1", "4"),
            ("2", "1"),
            ("2", "2"),
            ("2", "4")
        ]
    );
    for r in &rows[1..] {
        assert_eq!(r[1], "modern");
        assert_eq!(r[5], "0", "{csv}");
    }
    // Sleeping threads overlap: 4 sleeps at once take about a quarter of
    // 4 sleeps in a row; the baseline is N=1 on each number of cores.
    let speedup = |i: usize| -> f64 { rows[i][4].parse().expect("a speed-up") };
    assert_eq!(speedup(1), 1.0);
    assert!(speedup(3) > 3.0, "{csv}");
    assert!(speedup(6) > 3.0, "{csv}");
    let stdout = text(&run.stdout);
    assert!(stdout.starts_with("cores  gil"), "{stdout}");
    assert_eq!(stdout.lines().count(), 7);
    let svg = std::fs::read_to_string(out.join("sweep.svg")).expect("sweep.svg");
    assert!(svg.starts_with("<svg"));
    for label in ["speed-up", "simulated wall time", "cores=2", "N"] {
        assert!(svg.contains(label), "no {label:?} in the chart");
    }
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn the_same_sweep_gives_the_same_files_whatever_the_thread_count() {
    let dir = scratch("same", SLEEPERS);
    let mut files = Vec::new();
    for (i, jobs) in ["1", "3", "3"].iter().enumerate() {
        let out = dir.join(format!("out{i}"));
        let run = sweep(
            &dir,
            &[
                "--cores",
                "1,2",
                "--gil",
                "modern,none",
                "--set",
                "N=1,2",
                "--set",
                "MODE=sleep,spin",
                "--jobs",
                jobs,
                "--out",
                out.to_str().unwrap_or("."),
            ],
        );
        assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
        let csv = std::fs::read_to_string(out.join("sweep.csv")).expect("csv");
        let svg = std::fs::read_to_string(out.join("sweep.svg")).expect("svg");
        assert_eq!(csv.lines().count(), 17);
        files.push((csv, svg, text(&run.stdout)));
    }
    assert!(
        files[0] == files[1] && files[1] == files[2],
        "sweeps differ"
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_failing_run_is_a_row_with_its_status_and_error() {
    let dir = scratch("fail", SLEEPERS);
    let out = dir.join("out");
    let run = sweep(
        &dir,
        &["--set", "N=2,3", "--out", out.to_str().unwrap_or(".")],
    );
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    assert!(
        text(&run.stderr).contains("1 of 2 runs failed"),
        "{}",
        text(&run.stderr)
    );
    let csv = std::fs::read_to_string(out.join("sweep.csv")).expect("csv");
    let last = csv.lines().nth(2).expect("two rows");
    assert!(last.starts_with("4,modern,3,"), "{csv}");
    assert!(
        last.contains(",1,") && last.ends_with("ValueError: three is too many"),
        "{csv}"
    );
    assert!(text(&run.stdout).contains("ValueError: three is too many"));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn setting_a_name_the_program_never_assigns_is_refused() {
    let dir = scratch("missing", SLEEPERS);
    let run = sweep(&dir, &["--set", "WORKERS=1,2"]);
    assert_eq!(run.status.code(), Some(2));
    let err = text(&run.stderr);
    assert!(err.contains("WORKERS") && err.contains("prog.py"), "{err}");
    assert!(run.stdout.is_empty());
    // Assigned only inside a function: not a module-level constant.
    let dir = scratch("nested", "def f():\n    WORKERS = 1\n");
    let run = sweep(&dir, &["--set", "WORKERS=2"]);
    assert_eq!(run.status.code(), Some(2), "{}", text(&run.stderr));
}

#[test]
fn bad_axes_get_a_clear_error() {
    let dir = scratch("bad", SLEEPERS);
    for (args, needle) in [
        (&["--cores", "0,x"][..], "--cores"),
        (&["--cores", "2,x"][..], "--cores"),
        (&["--gil", "modern,fast"][..], "--gil"),
        (&["--set", "N"][..], "NAME=VALUE"),
        (&["--set", "N=1,,2"][..], "empty value"),
        (&["--set", "N=1", "--x", "M"][..], "--x M"),
    ] {
        let run = sweep(&dir, args);
        assert_eq!(run.status.code(), Some(2), "{args:?}");
        let err = text(&run.stderr);
        assert!(err.contains(needle), "{args:?}: {err}");
    }
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn ctrl_c_stops_the_sweep_and_keeps_what_finished() {
    // Each run spins for a while on the host; one at a time.
    let dir = scratch(
        "ctrlc",
        "N = 1\nx = 0\nfor i in range(3_000_000 * N):\n    x += i\n",
    );
    let out = dir.join("out");
    // 60 runs of ~0.2 s: far more than fit in the 1.5 s before Ctrl-C.
    let set = format!("N={}", vec!["1"; 60].join(","));
    let child = Command::new(env!("CARGO_BIN_EXE_corelab"))
        .arg("sweep")
        .arg(dir.join("prog.py"))
        .args(["--set", &set, "--jobs", "1", "--out"])
        .arg(&out)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("corelab starts");
    std::thread::sleep(std::time::Duration::from_millis(1500));
    let killed = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status();
    let run = child.wait_with_output().expect("corelab ends");
    if !killed.is_ok_and(|s| s.success()) {
        return; // no kill(1) here: nothing to test
    }
    assert_eq!(run.status.code(), Some(130), "{}", text(&run.stderr));
    assert!(
        text(&run.stderr).contains("interrupted after"),
        "{}",
        text(&run.stderr)
    );
    let csv = std::fs::read_to_string(out.join("sweep.csv")).expect("csv written");
    let rows = csv.lines().count() - 1;
    assert!(rows < 60, "{rows} rows: the sweep was not stopped");
    assert_eq!(text(&run.stdout).lines().count(), rows + 1);
    let _ = std::fs::remove_dir_all(dir);
}
