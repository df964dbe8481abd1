//! How corelab behaves toward the reader of its output.

use std::io::Read;
use std::process::{Command, Stdio};

/// `corelab demo | true`: the reader goes away before corelab has written
/// everything. corelab must end quietly, as Unix tools do (status 141, a
/// SIGPIPE death's), not panic with a backtrace.
#[test]
fn a_reader_that_goes_away_ends_corelab_quietly() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_corelab"))
        .arg("demo")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("corelab starts");
    drop(child.stdout.take());
    let mut err = String::new();
    if let Some(mut e) = child.stderr.take() {
        e.read_to_string(&mut err).expect("stderr reads");
    }
    let status = child.wait().expect("corelab ends");
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(status.code(), Some(141), "{err}");
}
