//! The deadlock report: when every live thread is blocked and no timer is
//! pending, CPython would hang forever; corelab stops and says who waits
//! for what, where, and the wait-for cycle if there is one.

use crate::gil::Tid;
use crate::machine::Machine;
use crate::thread::{State, Wait};
use corelab_vm::objects::Obj;
use corelab_vm::thread::Frame;

/// Where a blocked thread is: the innermost frame of the program's own
/// code (file:line), and the library call it is blocked in, if any
/// (e.g. `queue.Queue.get`).
fn location(m: &Machine, tid: Tid) -> (String, Option<String>) {
    let slot = m.threads[tid].slot;
    let th = &m.procs[m.threads[tid].proc].vm.parked_threads[slot];
    let mut api = None;
    let mut place = if m.threads[tid].state == State::Blocked(Wait::Shutdown) {
        String::from("the end of the program")
    } else {
        String::from("?")
    };
    let mut api_done = false;
    let frames: Vec<_> = th
        .frames
        .iter()
        .filter_map(|f| match f {
            Frame::Py(p) => Some(p),
            Frame::Native(_) => None,
        })
        .collect();
    let n = frames.len();
    for (i, f) in frames.iter().enumerate().rev() {
        let code = &f.code.code;
        let name = &code.source.name;
        if let Some(module) = name
            .strip_prefix("<corelab:")
            .and_then(|s| s.strip_suffix('>'))
        {
            // Keep the outermost library frame below the user's code, but
            // not threading's own frames that run a thread's target.
            let q = &code.qualname;
            if module == "threading" && (q.ends_with("._bootstrap") || q.ends_with(".run")) {
                api_done = true;
            }
            if !api_done {
                api = Some(format!("{module}.{q}"));
            }
            continue;
        }
        let at = if i + 1 == n {
            f.ip
        } else {
            f.ip.saturating_sub(1)
        };
        place = format!("{}:{}", name, code.line_of(at));
        break;
    }
    (place, api)
}

/// The thread `tid` waits for, if that is one thread (a lock's holder or
/// a joined thread). Locks inside library calls (a condition's waiter lock,
/// held by the waiting thread itself) are not edges.
fn waits_for(m: &Machine, tid: Tid) -> Option<Tid> {
    if let State::Blocked(Wait::Lock { .. }) = m.threads[tid].state {
        if location(m, tid)
            .1
            .as_deref()
            .and_then(awaited_by_api)
            .is_some()
        {
            return None;
        }
    }
    match &m.threads[tid].state {
        State::Blocked(Wait::Lock { lock, .. }) => {
            match m.procs[m.threads[tid].proc].vm.heap.get(*lock) {
                Obj::Lock(l) if l.locked && l.owner != 0 => {
                    m.threads.iter().position(|t| t.ident == l.owner)
                }
                _ => None,
            }
        }
        State::Blocked(Wait::Join { target }) => Some(*target),
        _ => None,
    }
}

/// What a thread blocked in library call `api` waits for, in the terms of
/// that call (a queue item, an event...), when the lock underneath is an
/// implementation detail.
fn awaited_by_api(api: &str) -> Option<&'static str> {
    let (module, call) = api.split_once('.')?;
    let method = call.rsplit('.').next().unwrap_or(call);
    Some(match (module, method) {
        ("queue", "get") => "an item to be put in the queue",
        ("queue", "put") => "free space in the queue",
        ("queue", "join") => "every queued task to be marked done",
        ("threading", "join") => return None,
        ("threading", _) if call.starts_with("Event.") => "the event to be set",
        ("threading", _) if call.starts_with("Barrier.") => "the other parties of the barrier",
        ("threading", _) if call.contains("Semaphore.") => "the semaphore to be released",
        ("threading", "wait" | "wait_for") => "a notify on the condition",
        _ => return None,
    })
}

fn what(m: &Machine, tid: Tid, api: Option<&str>) -> String {
    if let (State::Blocked(Wait::Lock { .. }), Some(text)) =
        (&m.threads[tid].state, api.and_then(awaited_by_api))
    {
        return text.to_string();
    }
    match &m.threads[tid].state {
        State::Blocked(Wait::Lock { lock, .. }) => {
            let (serial, holder) = match m.procs[m.threads[tid].proc].vm.heap.get(*lock) {
                Obj::Lock(l) => (l.serial, waits_for(m, tid)),
                _ => (0, None),
            };
            match holder {
                Some(h) if h == tid => format!("lock #{serial}, which it holds itself"),
                Some(h) => format!("lock #{serial}, held by {}", m.threads[h].name),
                None => format!("lock #{serial}"),
            }
        }
        State::Blocked(Wait::Join { target }) => {
            format!("{} to finish", m.threads[*target].name)
        }
        State::Blocked(Wait::Shutdown) => {
            "the non-daemon threads to finish (interpreter shutdown)".into()
        }
        State::Blocked(Wait::Sleep) => "a sleep".into(),
        State::Blocked(Wait::ForkServer) => "the forkserver process to start".into(),
        State::Blocked(Wait::JoinProcess { pid }) => match m.proc_index(*pid) {
            Some(p) => format!("process {} (pid {pid}) to exit", m.procs[p].name),
            None => format!("process {pid} to exit"),
        },
        State::Blocked(Wait::Channel { .. }) => match api {
            Some(a) if a.starts_with("multiprocessing.") => {
                "a value from another process (nothing will send one)".into()
            }
            _ => "a value on a pipe".into(),
        },
        State::Blocked(Wait::Gil | Wait::Handover) => "the GIL".into(),
        State::Ready | State::Running => "nothing (runnable)".into(),
        State::Done => "nothing (finished)".into(),
    }
}

/// The report printed on stderr (exit code 3).
pub fn report(m: &Machine) -> String {
    let mut out = String::from(
        "corelab: deadlock: every thread is blocked and nothing can wake them (CPython would hang here forever)\n",
    );
    for (tid, t) in m.threads.iter().enumerate() {
        if t.state == State::Done {
            continue;
        }
        let (place, api) = location(m, tid);
        let via = api
            .as_ref()
            .map(|a| format!(" in {a}()"))
            .unwrap_or_default();
        let at = if place == "?" {
            String::new()
        } else {
            format!(" at {place}")
        };
        out.push_str(&format!(
            "  {} waits for {}{via}{at}\n",
            t.name,
            what(m, tid, api.as_deref())
        ));
    }
    if let Some(cycle) = find_cycle(m) {
        let names: Vec<&str> = cycle.iter().map(|&t| m.threads[t].name.as_str()).collect();
        out.push_str(&format!("  wait-for cycle: {}\n", names.join(" -> ")));
    }
    out
}

/// A cycle in the wait-for graph (each thread waits for at most one).
fn find_cycle(m: &Machine) -> Option<Vec<Tid>> {
    for start in 0..m.threads.len() {
        let mut path = vec![start];
        let mut cur = start;
        while let Some(next) = waits_for(m, cur) {
            if let Some(i) = path.iter().position(|&t| t == next) {
                let mut cycle = path[i..].to_vec();
                cycle.push(next);
                return Some(cycle);
            }
            path.push(next);
            cur = next;
            if path.len() > m.threads.len() {
                break;
            }
        }
    }
    None
}
