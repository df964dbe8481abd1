//! The HTML report in a real browser: builds reports with the real
//! `corelab` binary (tests/browser/report_demo.py, and a generated program
//! of about 10^6 trace events) and runs tests/browser/report.test.js, which
//! drives the system's headless Chromium through playwright-core. Without
//! node, /usr/bin/chromium or tests/browser/node_modules (`npm ci` there)
//! it prints SKIP and passes; .ci/run installs all three.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Why the browser test cannot run here, if it cannot.
fn missing() -> Option<String> {
    let node = Command::new("node").arg("--version").output();
    if !node.is_ok_and(|o| o.status.success()) {
        return Some("node is not installed".into());
    }
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    if !Path::new(&chromium).exists() {
        return Some(format!("{chromium} is missing (apt-get install chromium)"));
    }
    let pw = root().join("tests/browser/node_modules/playwright-core");
    if !pw.exists() {
        return Some(
            "tests/browser/node_modules is missing (run `npm ci` in tests/browser)".into(),
        );
    }
    None
}

/// A program whose run records about a million trace events (shared with
/// scripts/bench-report, which times opening its report).
const BIG: &str = include_str!("../../../tests/browser/big_run.py");

fn report(program: &Path, out: &Path) {
    let run = Command::new(env!("CARGO_BIN_EXE_corelab"))
        .args(["run", "-q", "--cores", "2", "--report"])
        .arg(out)
        .arg(program)
        .output()
        .expect("corelab runs");
    assert!(
        run.status.success(),
        "corelab run {}: {run:?}",
        program.display()
    );
}

#[test]
fn the_report_draws_in_chromium() {
    if let Some(why) = missing() {
        println!("SKIP browser test of the HTML report: {why}");
        return;
    }
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("browser");
    std::fs::create_dir_all(&dir).expect("tmp dir");
    let small = dir.join("demo.html");
    report(&root().join("tests/browser/report_demo.py"), &small);
    let big_py = dir.join("big.py");
    std::fs::write(&big_py, BIG).expect("write big.py");
    let big = dir.join("big.html");
    report(&big_py, &big);
    let out = Command::new("node")
        .current_dir(root().join("tests/browser"))
        .arg("report.test.js")
        .arg("--report")
        .arg(&small)
        .arg("--big")
        .arg(&big)
        .arg("--out")
        .arg(&dir)
        .output()
        .expect("node runs");
    let text = String::from_utf8_lossy(&out.stdout);
    println!("{text}{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "the browser test failed:\n{text}");
}
