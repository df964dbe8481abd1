//! The conformance corpus: every `tests/corpus/*.py` runs under the real
//! `corelab` binary and must match the stdout, last stderr line and exit
//! code recorded from CPython 3.11 (`scripts/record-corpus`).
//!
//! `tests/corpus/XFAIL` lists cases known to fail today (strictly: a listed
//! case that passes fails the run, so the list only shrinks).
//! `tests/corpus/unsupported/*.py` are programs corelab must reject with
//! exit code 2; their first lines say `# expect-exit: 2` and
//! `# expect-stderr-contains: TEXT`.

use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus")
}

fn main() {
    let args = Arguments::from_args();
    let dir = root();
    let xfail = read_xfail(&dir);
    let mut trials = Vec::new();
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/corpus exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    names.sort();
    for path in names {
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        let expected_fail = xfail.contains(&name);
        trials.push(Trial::test(name.clone(), move || {
            let r = check_case(&path);
            match (r, expected_fail) {
                (Ok(()), false) => Ok(()),
                (Err(e), false) => Err(e),
                (Err(_), true) => Ok(()),
                (Ok(()), true) => {
                    Err(format!("{name} passes now: remove it from tests/corpus/XFAIL").into())
                }
            }
        }));
    }
    for name in &xfail {
        if !dir.join(format!("{name}.py")).exists() {
            let n = name.clone();
            trials.push(Trial::test(format!("xfail-entry-{n}"), move || {
                Err(format!("tests/corpus/XFAIL lists {n}, which has no .py file").into())
            }));
        }
    }
    let unsupported = dir.join("unsupported");
    if let Ok(rd) = std::fs::read_dir(&unsupported) {
        let mut paths: Vec<PathBuf> = rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "py"))
            .collect();
        paths.sort();
        for p in paths {
            let name = format!("unsupported/{}", p.file_stem().unwrap().to_string_lossy());
            trials.push(Trial::test(name, move || check_unsupported(&p)));
        }
    }
    libtest_mimic::run(&args, trials).exit();
}

fn read_xfail(dir: &Path) -> Vec<String> {
    std::fs::read_to_string(dir.join("XFAIL"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

struct Outcome {
    stdout: String,
    stderr: String,
    code: i32,
}

fn run(path: &Path) -> Result<Outcome, Failed> {
    let out = Command::new(env!("CARGO_BIN_EXE_corelab"))
        .arg("run")
        .arg(path.file_name().unwrap())
        .arg("--max-steps")
        .arg("500000000")
        .current_dir(path.parent().unwrap())
        .env("PYTHONHASHSEED", "0")
        .output()
        .map_err(|e| format!("cannot run corelab: {e}"))?;
    Ok(Outcome {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
    })
}

fn last_line(s: &str) -> String {
    s.lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .to_string()
}

fn check_case(path: &Path) -> Result<(), Failed> {
    let exp_path = path.with_extension("expected");
    let text = std::fs::read_to_string(&exp_path)
        .map_err(|_| format!("missing {}: run scripts/record-corpus", exp_path.display()))?;
    let exp: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("bad {}: {e}", exp_path.display()))?;
    let got = run(path)?;
    let mut problems = Vec::new();
    let want_out = exp["stdout"].as_str().unwrap_or("");
    if got.stdout != want_out {
        problems.push(format!("stdout differs:\n{}", diff(want_out, &got.stdout)));
    }
    let want_err = exp["stderr_last_line"].as_str().unwrap_or("");
    if last_line(&got.stderr) != want_err {
        problems.push(format!(
            "last stderr line:\n  expected: {want_err}\n  actual:   {}\n  (full stderr:\n{})",
            last_line(&got.stderr),
            got.stderr
        ));
    }
    let want_code = exp["exit_code"].as_i64().unwrap_or(0) as i32;
    if got.code != want_code {
        problems.push(format!("exit code: expected {want_code}, got {}", got.code));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n").into())
    }
}

/// A compact line diff: the first differing line with context.
fn diff(want: &str, got: &str) -> String {
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    let first = w
        .iter()
        .zip(&g)
        .position(|(a, b)| a != b)
        .unwrap_or(w.len().min(g.len()));
    let mut out = String::new();
    for i in first.saturating_sub(2)..(first + 3).min(w.len().max(g.len())) {
        let (a, b) = (
            w.get(i).copied().unwrap_or("<none>"),
            g.get(i).copied().unwrap_or("<none>"),
        );
        let mark = if a == b { " " } else { "!" };
        out.push_str(&format!(
            "{mark} line {}:\n    expected: {a}\n    actual:   {b}\n",
            i + 1
        ));
    }
    out
}

fn check_unsupported(path: &Path) -> Result<(), Failed> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let directive = |key: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(key).map(|v| v.trim().to_string()))
    };
    let code: i32 = directive("# expect-exit:")
        .and_then(|c| c.parse().ok())
        .unwrap_or(2);
    let contains = directive("# expect-stderr-contains:").unwrap_or_default();
    let got = run(path)?;
    if got.code != code {
        return Err(format!(
            "exit code: expected {code}, got {} (stderr: {})",
            got.code, got.stderr
        )
        .into());
    }
    if !got.stderr.contains(&contains) {
        return Err(format!("stderr should contain {contains:?}, got: {}", got.stderr).into());
    }
    Ok(())
}
