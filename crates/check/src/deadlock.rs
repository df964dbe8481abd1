//! What each thread of a stuck schedule waits for, in words: the lock and
//! who holds it, the thread it joins, and the line it waits at — inside a
//! library wait (`Condition.wait`, `Event.wait`, `Queue.get`, ...), the
//! library function is named too, so a missed notification reads as one.

use crate::exec::{Exec, Next};
use corelab_vm::objects::Obj;
use corelab_vm::thread::Frame;
use corelab_vm::{SyncOp, Syscall};

/// The innermost library function a thread is in, as `Condition.wait`.
fn library_wait(ex: &Exec, tid: usize) -> Option<String> {
    let th = ex.py_thread(tid);
    let mut inner = None;
    for fr in th.frames.iter().rev() {
        if let Frame::Py(f) = fr {
            if crate::access::is_user_frame(ex.vm_of(tid), f) {
                break;
            }
            inner = Some(f.code.code.qualname.to_string());
        }
    }
    inner.filter(|q| !q.starts_with('<') && !q.contains("acquire") && !q.contains("__enter__"))
}

/// One line per blocked live thread: (tid, description).
pub fn describe(ex: &Exec) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (tid, t) in ex.threads.iter().enumerate() {
        let line = crate::access::user_line(ex.vm_of(tid), ex.py_thread(tid));
        let text = match &t.next {
            Next::Sys(Syscall::Sync {
                lock,
                op: SyncOp::Acquire { .. },
            }) => {
                let what = ex.lock_name(t.proc, *lock);
                let holder = match ex.vm_of(tid).heap.get(*lock) {
                    Obj::Lock(l) if l.locked => ex
                        .threads
                        .iter()
                        .find(|h| h.proc == t.proc && h.ident == l.owner)
                        .map(|h| h.name.clone()),
                    _ => None,
                };
                let held = holder.map_or(String::new(), |h| format!(", held by {h}"));
                match library_wait(ex, tid) {
                    Some(f) => format!("waits in {f}() (on {what}{held})"),
                    None => format!("waits for {what}{held}"),
                }
            }
            Next::Sys(Syscall::Join { ident, .. }) => {
                let name = ex
                    .threads
                    .iter()
                    .find(|h| h.proc == t.proc && h.ident == *ident)
                    .map_or("a thread".to_string(), |h| h.name.clone());
                format!("waits to join {name}")
            }
            Next::Sys(Syscall::JoinProcess { pid, .. }) => {
                let name = ex
                    .procs
                    .iter()
                    .find(|p| p.pid == *pid)
                    .map_or("a process".to_string(), |p| p.name.clone());
                format!("waits to join process {name}")
            }
            Next::Sys(Syscall::ChannelRecv { chan, .. }) => {
                let semaphore = ex
                    .ipc
                    .channels
                    .get(*chan as usize)
                    .is_some_and(|c| c.semaphore);
                let holder = ex.caller(tid).and_then(|(h, _)| h);
                match (semaphore, library_wait(ex, tid), holder) {
                    (true, Some(f), _) if !f.starts_with("Lock") && !f.contains("Semaphore") => {
                        format!(
                            "waits in {f}() for a free place or token no process will give back"
                        )
                    }
                    (true, _, Some(h)) => {
                        format!("waits for {h} (a multiprocessing lock or semaphore) that no process will release")
                    }
                    (true, _, None) => {
                        "waits for a multiprocessing lock or semaphore that no process will release"
                            .into()
                    }
                    (false, Some(f), _) => {
                        format!("waits in {f}() for an item no process will send")
                    }
                    (false, None, _) => "waits for an item no process will send".into(),
                }
            }
            Next::Sys(Syscall::PipeRecv { .. }) => match library_wait(ex, tid) {
                Some(f) => {
                    format!("waits in {f}() (for data nobody will send, while a write end is open)")
                }
                None => "waits on a pipe nobody will write to".into(),
            },
            Next::Done => {
                if tid == 0 && !ex.live_non_daemon().iter().all(|&x| x == 0) {
                    "has finished and waits for the other threads (interpreter shutdown)".into()
                } else {
                    continue;
                }
            }
            _ => continue,
        };
        let at = if line > 0 {
            format!(" (line {line})")
        } else {
            String::new()
        };
        out.push((tid, format!("{}{at} {text}", t.name)));
    }
    out
}
