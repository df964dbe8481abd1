//! End-to-end tests of `corelab run --report FILE.html` with the real
//! binary: the page is written, reproducible byte for byte, and an
//! unwritable path is a clear error. The browser checks of the page are in
//! browser.rs.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn demo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/browser/report_demo.py")
}

fn run_report(report: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_corelab"))
        .args(["run", "-q", "--cores", "2", "--report"])
        .arg(report)
        .arg(demo())
        .output()
        .expect("corelab runs")
}

#[test]
fn the_report_is_written_and_reproducible() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let (a, b) = (dir.join("report-a.html"), dir.join("report-b.html"));
    for path in [&a, &b] {
        let out = run_report(path);
        assert_eq!(out.status.code(), Some(0), "{out:?}");
    }
    let page = std::fs::read_to_string(&a).expect("report written");
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("id=\"corelab-data\""));
    // The program's "</script><!--" is escaped in the source view and in
    // the data block: only the page's own two scripts close.
    assert_eq!(page.matches("</script>").count(), 2);
    assert!(page.contains("&lt;/script&gt;&lt;!--"));
    let same = std::fs::read(&b).expect("report written");
    assert!(page.as_bytes() == same, "two runs gave different reports");
}

#[test]
fn an_unwritable_report_path_is_a_clear_error() {
    let out = run_report(Path::new("/nonexistent-dir/report.html"));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("can't write the report /nonexistent-dir/report.html"),
        "{err}"
    );
}
