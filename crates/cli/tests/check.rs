//! The `corelab check` corpus: every tests/check/*.py names its expected
//! verdict in a header comment, and the real binary must reach it.
//!
//! ```text
//! # expect: race, uncaught AssertionError     (or: clean, deadlock, ...)
//! # model: gil                                 (optional; default free-threaded)
//! ```
//! `clean` means the search completes and finds nothing (exit 0). Otherwise
//! exactly the listed kinds are found (exit 1) — `race`, `deadlock`,
//! `uncaught TYPE` — and every counterexample's `replay:` command, run,
//! shows the same problem again (the schedule round trip). Each case is
//! checked with 1 and with 3 worker threads and must print the same report
//! (determinism). Two more tests: shards add up to the whole search and
//! merge to its verdict; bad input gets clear errors.

use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    let args = Arguments::from_args();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/check");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/check exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    cases.sort();
    let mut trials: Vec<Trial> = cases
        .into_iter()
        .map(|p| {
            let name = p
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .to_string();
            Trial::test(name, move || check_case(&p))
        })
        .collect();
    trials.push(Trial::test("shards_add_up", shards_add_up));
    trials.push(Trial::test("bad_input", bad_input));
    trials.push(Trial::test("html_report", html_report));
    trials.push(Trial::test("readme_replay", readme_replay));
    libtest_mimic::run(&args, trials).exit();
}

fn header(text: &str, key: &str) -> Option<String> {
    text.lines()
        .take_while(|l| l.starts_with('#'))
        .find_map(|l| {
            l.strip_prefix(&format!("# {key}:"))
                .map(|v| v.trim().to_string())
        })
}

fn corelab(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_corelab"))
        .args(args)
        .output()
        .expect("corelab runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The kinds of problem titles in a report: "race", "deadlock",
/// "uncaught TYPE".
fn kinds(report: &str) -> Vec<String> {
    let mut out: Vec<String> = report
        .lines()
        .filter_map(|l| l.strip_prefix("✗ "))
        .map(|t| {
            if t.starts_with("data race") {
                "race".to_string()
            } else if t.starts_with("lock-order inversion") {
                "lock-order".to_string()
            } else if t.starts_with("deadlock") {
                "deadlock".to_string()
            } else if t.starts_with("uncaught exception") {
                let msg = t.split_once(": ").map_or("", |(_, m)| m);
                let ty = msg.split(':').next().unwrap_or(msg).trim();
                format!("uncaught {ty}")
            } else {
                format!("unknown: {t}")
            }
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

fn check_case(path: &Path) -> Result<(), Failed> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let expect = header(&text, "expect").ok_or("no `# expect:` header")?;
    let model = header(&text, "model").unwrap_or_else(|| "free-threaded".into());
    let p = path.to_string_lossy().to_string();
    let (code, out, err) = corelab(&["check", "--model", &model, "--jobs", "1", &p]);
    let (_, again, _) = corelab(&["check", "--model", &model, "--jobs", "3", &p]);
    if again != out {
        return Err(format!("1 and 3 worker threads differ:\n{out}\n---\n{again}").into());
    }
    if expect == "clean" {
        if code != 0 || !out.contains("complete — no deadlock") {
            return Err(
                format!("expected a complete clean verdict, got exit {code}:\n{out}{err}").into(),
            );
        }
        return Ok(());
    }
    let mut want: Vec<String> = expect.split(',').map(|s| s.trim().to_string()).collect();
    want.sort();
    let got = kinds(&out);
    if code != 1 || got != want {
        return Err(
            format!("expected {want:?} (exit 1), got {got:?} (exit {code}):\n{out}{err}").into(),
        );
    }
    if !out.contains("(search complete)") {
        return Err(format!("the search did not complete:\n{out}").into());
    }
    // Every counterexample replays to the same problem.
    // (Lock-order inversions have no schedule of their own.)
    let mut titles = out
        .lines()
        .filter(|l| l.starts_with("✗ ") && !l.starts_with("✗ lock-order"));
    for line in out
        .lines()
        .filter_map(|l| l.trim().strip_prefix("replay: corelab replay "))
    {
        let title = titles.next().ok_or("more replays than problems")?;
        let token = line
            .rsplit_once("--schedule ")
            .map(|(_, t)| t.trim())
            .ok_or("no token")?;
        let (_, _, rerr) = corelab(&["replay", &p, "--schedule", token]);
        let want_kind = kinds(title);
        let again = kinds(&rerr);
        if !want_kind.iter().all(|k| again.contains(k)) {
            return Err(format!("replay of {token} did not show {want_kind:?}:\n{rerr}").into());
        }
    }
    Ok(())
}

fn schedules_of(report: &str) -> Result<u64, Failed> {
    let first = report.lines().next().unwrap_or("");
    let n = first
        .split_whitespace()
        .nth(1)
        .and_then(|w| w.parse().ok())
        .ok_or_else(|| format!("no schedule count in {first:?}"))?;
    Ok(n)
}

/// `--shard K/N` for K = 1..N covers the unsharded search exactly, and
/// `--merge` of their JSON gives its verdict.
fn shards_add_up() -> Result<(), Failed> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/check");
    let tmp = std::env::temp_dir().join(format!("corelab-shards-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).map_err(|e| e.to_string())?;
    for (case, clean) in [("philosophers_ordered.py", true), ("abba.py", false)] {
        let p = dir.join(case).to_string_lossy().to_string();
        let (_, whole, _) = corelab(&["check", "--split", "4", &p]);
        let total = schedules_of(&whole)?;
        let mut sum = 0;
        let mut files = Vec::new();
        for k in 1..=3 {
            let f = tmp
                .join(format!("{case}.{k}.json"))
                .to_string_lossy()
                .to_string();
            let (_, out, err) = corelab(&[
                "check",
                "--split",
                "4",
                "--shard",
                &format!("{k}/3"),
                "--json",
                &f,
                &p,
            ]);
            sum += schedules_of(&out).map_err(|e| format!("{e:?}: {err}"))?;
            files.push(f);
        }
        if sum != total {
            return Err(format!(
                "{case}: shards explored {sum} schedules, the whole search {total}"
            )
            .into());
        }
        let mut args = vec!["check", "--merge"];
        args.extend(files.iter().map(|s| s.as_str()));
        let (code, merged, err) = corelab(&args);
        let want = if clean { 0 } else { 1 };
        if code != want
            || !merged.contains(&format!("explored {total} schedules"))
            || kinds(&merged) != kinds(&whole)
        {
            return Err(
                format!("{case}: merge gave exit {code}:\n{merged}{err}\nwhole:\n{whole}").into(),
            );
        }
        // A missing shard makes the verdict incomplete.
        let (_, partial, _) = corelab(&["check", "--merge", &files[0], &files[1]]);
        if !partial.contains("missing shards: 3") {
            return Err(format!("{case}: a missing shard was not reported:\n{partial}").into());
        }
    }
    let _ = std::fs::remove_dir_all(&tmp);
    Ok(())
}

/// Usage errors: exit 2 with a message saying what is wrong.
fn bad_input() -> Result<(), Failed> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/check");
    let p = dir.join("abba.py").to_string_lossy().to_string();
    for (args, says) in [
        (vec!["check", "--shard", "4/3", p.as_str()], "bad shard"),
        (vec!["check", "--shard", "x", p.as_str()], "bad shard"),
        (vec!["replay", p.as_str(), "--schedule", "ft:0.q"], "part 2"),
        (
            vec!["replay", p.as_str(), "--schedule", "ft:5"],
            "cannot run there",
        ),
        (vec!["check", "no-such-file.py"], "can't open file"),
    ] {
        let (code, _, err) = corelab(&args);
        if code != 2 || !err.contains(says) {
            return Err(
                format!("{args:?}: exit {code}, stderr {err:?} (wanted 2 and {says:?})").into(),
            );
        }
    }
    Ok(())
}

/// `--report FILE`: a page with each problem's steps and the source; the
/// same check gives the same bytes; an unwritable path is exit 2.
fn html_report() -> Result<(), Failed> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/check");
    let p = dir
        .join("bank_check_then_act.py")
        .to_string_lossy()
        .to_string();
    let tmp = std::env::temp_dir().join(format!("corelab-check-html-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).map_err(|e| e.to_string())?;
    let (a, b) = (tmp.join("a.html"), tmp.join("b.html"));
    for f in [&a, &b] {
        let (code, _, err) = corelab(&["check", "--report", &f.to_string_lossy(), &p]);
        if code != 1 {
            return Err(format!("exit {code}: {err}").into());
        }
    }
    let page = std::fs::read_to_string(&a).map_err(|e| e.to_string())?;
    let again = std::fs::read_to_string(&b).map_err(|e| e.to_string())?;
    if page != again {
        return Err("two reports of the same check differ".into());
    }
    for want in [
        "data race on balance",
        "uncaught exception",
        "if balance &gt;= amount",
        "corelab replay",
        "class=\"pre\"",
    ] {
        if !page.contains(want) {
            return Err(format!("the report lacks {want:?}").into());
        }
    }
    let (code, _, err) = corelab(&["check", "--report", "/no/such/dir/r.html", &p]);
    if code != 2 || !err.contains("can't write the report") {
        return Err(format!("unwritable report: exit {code}, {err:?}").into());
    }
    let _ = std::fs::remove_dir_all(&tmp);
    Ok(())
}

/// The replay command README.md shows still reproduces its deadlock (a
/// schedule token names transitions, so it changes when what counts as a
/// visible operation changes).
fn readme_replay() -> Result<(), Failed> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let readme = std::fs::read_to_string(root.join("README.md")).map_err(|e| e.to_string())?;
    let line = readme
        .lines()
        .find(|l| l.contains("-- replay tests/check/abba.py --schedule"))
        .ok_or("README.md shows no replay of tests/check/abba.py")?;
    let token = line
        .split_whitespace()
        .skip_while(|w| *w != "--schedule")
        .nth(1)
        .ok_or("no token after --schedule")?;
    let program = root.join("tests/check/abba.py");
    let program = program.to_string_lossy();
    let (code, out, err) = corelab(&["replay", &program, "--schedule", token, "-q"]);
    if code != 3 {
        return Err(format!(
            "README's `replay --schedule {token}` exits {code}, not 3 (deadlock); `corelab check tests/check/abba.py` prints the current token:\n{out}{err}"
        )
        .into());
    }
    Ok(())
}
