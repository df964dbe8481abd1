//! The conformance corpus: every `tests/corpus/*.py` runs under the real
//! `corelab` binary and must match the stdout, last non-empty stderr line
//! and exit code recorded from CPython 3.11 (`scripts/record-corpus`, which
//! writes `NAME.expected` next to `NAME.py`).
//!
//! `tests/corpus/XFAIL` lists cases known to fail today, one name per line
//! (`#` starts a comment). It is strict: a listed case that fails counts as
//! passed (it is shown as `[xfail]`), a listed case that passes fails with
//! "remove NAME from tests/corpus/XFAIL", and a listed name without a `.py`
//! file fails. So the list only shrinks.
//!
//! `tests/corpus/unsupported/*.py` are programs corelab must reject; their
//! first lines say `# expect-exit: N` and `# expect-stderr-contains: TEXT`.
//!
//! Every run is killed after [`TIMEOUT`].

use libtest_mimic::{Arguments, Failed, Trial};
use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// How long one program may run before it is killed and the case fails.
const TIMEOUT: Duration = Duration::from_secs(20);

/// `tests/corpus`, found from this crate's manifest (crates/cli/../../).
fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("..")
        .join("tests")
        .join("corpus")
}

fn main() {
    let args = Arguments::from_args();
    let dir = corpus_dir();
    let xfail = match read_xfail(&dir) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(101);
        }
    };
    let mut trials = Vec::new();
    let mut known = BTreeSet::new();
    for path in list(&dir, "py") {
        let name = stem(&path);
        known.insert(name.clone());
        let expected_fail = xfail.contains(&name);
        let n = name.clone();
        let trial = Trial::test(name, move || match (check_case(&path), expected_fail) {
            (Ok(()), false) => Ok(()),
            (Err(e), false) => Err(e),
            // A known failure: counts as passed, shown as [xfail].
            (Err(_), true) => Ok(()),
            (Ok(()), true) => {
                Err(format!("{n} passes now: remove {n} from tests/corpus/XFAIL").into())
            }
        });
        trials.push(if expected_fail {
            trial.with_kind("xfail")
        } else {
            trial
        });
    }
    for name in xfail.iter().filter(|n| !known.contains(*n)) {
        let n = name.clone();
        trials.push(Trial::test(format!("xfail-entry/{n}"), move || {
            Err(
                format!("tests/corpus/XFAIL lists {n}, but tests/corpus/{n}.py does not exist")
                    .into(),
            )
        }));
    }
    for exp in list(&dir, "expected") {
        let name = stem(&exp);
        if !known.contains(&name) {
            trials.push(Trial::test(format!("orphan/{name}"), move || {
                Err(format!("tests/corpus/{name}.expected has no {name}.py: delete it").into())
            }));
        }
    }
    for path in list(&dir.join("unsupported"), "py") {
        let name = format!("unsupported/{}", stem(&path));
        trials.push(Trial::test(name, move || check_unsupported(&path)));
    }
    libtest_mimic::run(&args, trials).exit();
}

/// The files in `dir` with extension `ext`, sorted by name.
fn list(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == ext))
            .collect(),
        Err(_) => Vec::new(),
    };
    paths.sort();
    paths
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned()
}

/// The case names in `XFAIL`: one per line, `#` comments, blank lines ignored.
fn read_xfail(dir: &Path) -> Result<BTreeSet<String>, String> {
    let text = match std::fs::read_to_string(dir.join("XFAIL")) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(BTreeSet::new()),
        Err(e) => return Err(format!("cannot read tests/corpus/XFAIL: {e}")),
    };
    let mut names = BTreeSet::new();
    for (i, line) in text.lines().enumerate() {
        let entry = line.split('#').next().unwrap_or("").trim();
        if entry.is_empty() {
            continue;
        }
        let entry = entry.strip_suffix(".py").unwrap_or(entry);
        if entry.contains(char::is_whitespace) {
            return Err(format!(
                "tests/corpus/XFAIL line {}: one case name per line, got {entry:?}",
                i + 1
            ));
        }
        names.insert(entry.to_string());
    }
    Ok(names)
}

struct Outcome {
    stdout: String,
    stderr: String,
    code: Option<i32>,
}

impl Outcome {
    fn code_text(&self) -> String {
        match self.code {
            Some(c) => c.to_string(),
            None => "none (killed by a signal)".to_string(),
        }
    }
}

/// Runs `corelab run NAME.py` in the program's directory, killing it after
/// [`TIMEOUT`].
fn run(path: &Path) -> Result<Outcome, Failed> {
    let dir = path.parent().expect("corpus programs live in a directory");
    let mut child = Command::new(env!("CARGO_BIN_EXE_corelab"))
        .arg("run")
        .arg("--quiet")
        .arg(path.file_name().expect("a file name"))
        .arg("--max-steps")
        .arg("500000000")
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start corelab: {e}"))?;
    let out = drain(child.stdout.take());
    let err = drain(child.stderr.take());
    let deadline = Instant::now() + TIMEOUT;
    let mut pause = Duration::from_millis(1);
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if Instant::now() >= deadline => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => {
                thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(25));
            }
            Err(e) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("waiting for corelab failed: {e}").into());
            }
        }
    };
    let stdout = String::from_utf8_lossy(&out.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&err.join().unwrap_or_default()).into_owned();
    match status {
        Some(status) => Ok(Outcome {
            stdout,
            stderr,
            code: status.code(),
        }),
        None => Err(format!(
            "timed out: killed after {} s\n{}{}",
            TIMEOUT.as_secs(),
            excerpt("stdout so far", &stdout),
            excerpt("stderr so far", &stderr),
        )
        .into()),
    }
}

/// Reads a child's pipe to the end on its own thread, so that a full pipe
/// never blocks the child while we wait for it.
fn drain<R: Read + Send + 'static>(pipe: Option<R>) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut p) = pipe {
            let _ = p.read_to_end(&mut buf);
        }
        buf
    })
}

/// The last line of `s` that is not blank, as `scripts/record-corpus` takes it.
fn last_line(s: &str) -> &str {
    s.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("")
}

fn check_case(path: &Path) -> Result<(), Failed> {
    let exp_path = path.with_extension("expected");
    let text = std::fs::read_to_string(&exp_path).map_err(|_| {
        format!(
            "missing {}: run scripts/record-corpus {}",
            exp_path.display(),
            path.file_name().unwrap_or_default().to_string_lossy()
        )
    })?;
    let exp: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("bad {}: {e}", exp_path.display()))?;
    let field = |k: &str| {
        exp.get(k)
            .ok_or_else(|| format!("{}: no {k:?}", exp_path.display()))
    };
    let want_out = field("stdout")?.as_str().ok_or("stdout is not a string")?;
    let want_err = field("stderr_last_line")?
        .as_str()
        .ok_or("stderr_last_line is not a string")?;
    let want_code = field("exit_code")?
        .as_i64()
        .ok_or("exit_code is not an integer")?;

    let got = run(path)?;
    let code_ok = got.code.map(i64::from) == Some(want_code);
    let got_err = last_line(&got.stderr);
    let mut problems = Vec::new();
    if !code_ok {
        problems.push(format!(
            "exit code differs:\n    expected: {want_code}\n    actual:   {}",
            got.code_text()
        ));
    }
    if got.stdout != want_out {
        problems.push(format!("stdout differs:\n{}", diff(want_out, &got.stdout)));
    }
    if got_err != want_err {
        problems.push(format!(
            "last stderr line differs:\n    expected: {want_err:?}\n    actual:   {got_err:?}"
        ));
    }
    if problems.is_empty() {
        return Ok(());
    }
    if !got.stderr.is_empty() && (got_err != want_err || !code_ok) {
        problems.push(excerpt("actual stderr", &got.stderr));
    }
    Err(problems.join("\n").into())
}

/// A line diff around the first difference: a few lines of context, the
/// differing lines marked `!`, and the line counts. Lines are shown with
/// Rust's `{:?}` so trailing spaces and control characters are visible.
fn diff(want: &str, got: &str) -> String {
    let w: Vec<&str> = want.split_inclusive('\n').collect();
    let g: Vec<&str> = got.split_inclusive('\n').collect();
    let first = w
        .iter()
        .zip(&g)
        .position(|(a, b)| a != b)
        .unwrap_or(w.len().min(g.len()));
    let from = first.saturating_sub(3);
    let to = (first + 6).min(w.len().max(g.len()));
    let mut out = format!(
        "  (expected {} lines, got {}; first difference at line {})\n",
        w.len(),
        g.len(),
        first + 1
    );
    let show = |x: Option<&&str>| x.map_or("<no line>".to_string(), |s| format!("{s:?}"));
    for i in from..to {
        match (w.get(i), g.get(i)) {
            (Some(a), Some(b)) if a == b => out.push_str(&format!("    {:>4}   {a:?}\n", i + 1)),
            (a, b) => {
                out.push_str(&format!("  ! {:>4} - expected: {}\n", i + 1, show(a)));
                out.push_str(&format!("  ! {:>4} + actual:   {}\n", i + 1, show(b)));
            }
        }
    }
    if to < w.len().max(g.len()) {
        out.push_str("    ...\n");
    }
    out
}

/// At most the last 40 lines of a stream, labelled.
fn excerpt(label: &str, text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let skip = lines.len().saturating_sub(40);
    let mut out = format!(
        "  {label}{}:\n",
        if skip > 0 { " (last 40 lines)" } else { "" }
    );
    for l in &lines[skip..] {
        out.push_str("    | ");
        out.push_str(l);
        out.push('\n');
    }
    out
}

fn check_unsupported(path: &Path) -> Result<(), Failed> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let directive = |key: &str| {
        text.lines()
            .take_while(|l| l.starts_with('#'))
            .find_map(|l| l.strip_prefix(key).map(|v| v.trim().to_string()))
    };
    let code: i32 = match directive("# expect-exit:") {
        Some(c) => c
            .parse()
            .map_err(|_| format!("bad '# expect-exit:' value {c:?}"))?,
        None => return Err("missing '# expect-exit: N' header line".into()),
    };
    let contains = directive("# expect-stderr-contains:")
        .ok_or("missing '# expect-stderr-contains: TEXT' header line")?;
    let got = run(path)?;
    // The program's own path, which corelab prints in its messages, must not
    // satisfy the check: `match_stmt.py` would always "contain" "match".
    let mut stderr = got.stderr.clone();
    if let Ok(abs) = std::fs::canonicalize(path) {
        stderr = stderr.replace(&*abs.to_string_lossy(), "<program>");
    }
    stderr = stderr.replace(
        &*path.file_name().unwrap_or_default().to_string_lossy(),
        "<program>",
    );
    let mut problems = Vec::new();
    if got.code != Some(code) {
        problems.push(format!(
            "exit code differs:\n    expected: {code}\n    actual:   {}",
            got.code_text()
        ));
    }
    if !stderr.contains(&contains) {
        problems.push(format!(
            "stderr (the program's path replaced by <program>) should contain {contains:?}"
        ));
    }
    if problems.is_empty() {
        return Ok(());
    }
    problems.push(excerpt("actual stderr", &got.stderr));
    if !got.stdout.is_empty() {
        problems.push(excerpt("actual stdout", &got.stdout));
    }
    Err(problems.join("\n").into())
}
