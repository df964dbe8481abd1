//! `_thread`: the native layer under `threading` — locks, reentrant locks,
//! starting and joining threads, thread identity.
//!
//! As in CPython, only the lock is native; `threading` (Condition, Event,
//! Semaphore, Barrier, Thread) and `queue` are Python code on top of it
//! (`py/threading.py`, `py/queue.py`), so they run the same kind of
//! bytecode, with the same switch points, as CPython's.
//!
//! Acquiring first tries without waiting, under the GIL, as CPython's
//! `acquire_timed` does; only a lock found taken turns into a
//! `Syscall::LockAcquire`, where the machine releases the GIL and parks the
//! thread. The machine owns the wait queues: it counts a lock's waiters in
//! [`LockObj::waiters`] so that `release` knows whether to wake one.
//!
//! corelab additions (used by `threading`, not part of CPython's `_thread`):
//! `_start_thread(func, name, daemon)`, `_join(ident, timeout)` and
//! `_print_exception(exc, thread_name)`.

use super::{add_fn, set_attr, Obj};
use crate::builtins::Args;
use crate::errors::PyResult;
use crate::interp::ops;
use crate::objects::{Layout, LockObj};
use crate::syscall::{SyncOp, Syscall};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// `_thread.TIMEOUT_MAX` on 64-bit Linux.
const TIMEOUT_MAX: f64 = 9_223_372_036.0;

pub(crate) fn install(vm: &mut Vm, m: ObjRef) {
    let (lock, rlock) = lock_types(vm);
    set_attr(vm, m, "LockType", Value::Obj(lock));
    set_attr(vm, m, "RLock", Value::Obj(rlock));
    add_fn(vm, m, "allocate_lock", allocate_lock);
    add_fn(vm, m, "get_ident", get_ident);
    add_fn(vm, m, "get_native_id", get_native_id);
    add_fn(vm, m, "start_new_thread", start_new_thread);
    add_fn(vm, m, "_start_thread", start_thread);
    add_fn(vm, m, "_join", join);
    add_fn(vm, m, "_print_exception", print_exception);
    set_attr(vm, m, "TIMEOUT_MAX", Value::Float(TIMEOUT_MAX));
    // corelab addition: `threading` skips its start-up handshake under
    // `corelab check` (see `Thread.start`).
    set_attr(vm, m, "_checking", Value::Bool(vm.check_mode));
    set_attr(vm, m, "error", Value::Obj(vm.exc.runtime_error));
}

/// The `_thread.lock` and `_thread.RLock` types, created once per process.
fn lock_types(vm: &mut Vm) -> (ObjRef, ObjRef) {
    if let Some(t) = vm.lock_types {
        return t;
    }
    let object = vm.types.object;
    let lock = vm.new_type_raw("lock", &[object], Layout::Builtin);
    vm.type_obj_mut(lock).module = "_thread".into();
    vm.add_methods(
        lock,
        &[
            ("acquire", acquire),
            ("acquire_lock", acquire),
            ("__enter__", acquire),
            ("release", release),
            ("release_lock", release),
            ("__exit__", release_exit),
            ("locked", locked),
            ("locked_lock", locked),
            ("__repr__", lock_repr),
        ],
    );
    let rlock = vm.new_type_raw("RLock", &[object], Layout::Builtin);
    vm.type_obj_mut(rlock).module = "_thread".into();
    vm.add_methods(
        rlock,
        &[
            ("__new__", rlock_new),
            ("acquire", acquire),
            ("__enter__", acquire),
            ("release", release),
            ("__exit__", release_exit),
            ("_is_owned", is_owned),
            ("_release_save", release_save),
            ("_acquire_restore", acquire_restore),
            ("__repr__", lock_repr),
        ],
    );
    vm.lock_types = Some((lock, rlock));
    (lock, rlock)
}

fn new_lock(vm: &mut Vm, reentrant: bool) -> Value {
    let (lock, rlock) = lock_types(vm);
    vm.lock_serial += 1;
    let obj = LockObj {
        cls: if reentrant { rlock } else { lock },
        locked: false,
        owner: 0,
        count: 0,
        reentrant,
        waiters: 0,
        serial: vm.lock_serial,
    };
    Value::Obj(vm.heap.alloc(Obj::Lock(Box::new(obj))))
}

fn allocate_lock(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "allocate_lock", 0, 0)?;
    Ok(new_lock(vm, false))
}

fn rlock_new(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(new_lock(vm, true))
}

/// The lock object behind argument 0.
fn lock_ref(vm: &mut Vm, a: &Args) -> PyResult<ObjRef> {
    if let Value::Obj(r) = a.get(0) {
        if let Obj::Lock(_) = vm.heap.get(r) {
            return Ok(r);
        }
    }
    let tn = vm.type_name(a.get(0));
    Err(vm.type_error(format!(
        "descriptor 'acquire' for '_thread.lock' objects doesn't apply to a '{tn}' object"
    )))
}

fn lock_mut(vm: &mut Vm, r: ObjRef) -> &mut LockObj {
    match vm.heap.get_mut(r) {
        Obj::Lock(l) => l,
        _ => unreachable!("checked by lock_ref"),
    }
}

/// Parses `acquire(blocking=True, timeout=-1)` as CPython does; returns
/// (blocking, timeout in ns or None for "forever").
fn acquire_args(vm: &mut Vm, a: &Args) -> PyResult<(bool, Option<u64>)> {
    a.check_kw(vm, "acquire", &["blocking", "timeout"])?;
    if a.len() > 3 {
        return Err(vm.type_error(format!(
            "acquire() takes at most 2 arguments ({} given)",
            a.len() - 1
        )));
    }
    let blocking = match a.arg(vm, 1, "blocking") {
        Some(v) => ops::truthy(vm, v)?,
        None => true,
    };
    let timeout = match a.arg(vm, 2, "timeout") {
        Some(v) => match ops::to_f64(vm, v) {
            Some(t) => t,
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!(
                    "'{tn}' object cannot be interpreted as an integer or float"
                )));
            }
        },
        None => -1.0,
    };
    if !blocking && timeout != -1.0 {
        return Err(vm.value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.value_error("timeout value must be positive"));
    }
    if timeout > TIMEOUT_MAX {
        return Err(vm.err(
            vm.exc.overflow_error,
            "timestamp out of range for platform time_t",
        ));
    }
    if !blocking {
        return Ok((false, Some(0)));
    }
    if timeout == -1.0 {
        return Ok((true, None));
    }
    Ok((true, Some((timeout * 1e9).round() as u64)))
}

/// `lock.acquire(blocking=True, timeout=-1)` (also `RLock`, `__enter__`).
fn acquire(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = lock_ref(vm, a)?;
    let (blocking, timeout) = acquire_args(vm, a)?;
    announce(
        vm,
        r,
        SyncOp::Acquire {
            blocking,
            timeout_ns: if blocking { timeout } else { Some(0) },
        },
    )?;
    let me = vm.thread_ident;
    // The first, non-blocking try runs once; a replay after the machine's
    // answer gets its recorded result.
    let got = vm.memo_step(|vm| Ok(Value::Bool(try_acquire(lock_mut(vm, r), me))))?;
    if matches!(got, Value::Bool(true)) {
        return Ok(got);
    }
    if !blocking || timeout == Some(0) {
        return Ok(Value::Bool(false));
    }
    vm.syscall(Syscall::LockAcquire {
        lock: r,
        timeout_ns: timeout,
    })
}

/// Under `corelab check`, stops the thread before a lock operation so the
/// checker can schedule it (`Syscall::Sync`); a no-op otherwise.
fn announce(vm: &mut Vm, lock: ObjRef, op: SyncOp) -> PyResult<()> {
    if vm.check_mode {
        vm.syscall(Syscall::Sync { lock, op })?;
    }
    Ok(())
}

/// Takes `l` for thread `me` if it can without waiting.
pub fn try_acquire(l: &mut LockObj, me: u64) -> bool {
    if !l.locked {
        l.locked = true;
        l.owner = me;
        l.count = 1;
        true
    } else if l.reentrant && l.owner == me {
        l.count += 1;
        true
    } else {
        false
    }
}

/// `lock.release()`; wakes a waiter through the machine if there is one.
fn release(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = lock_ref(vm, a)?;
    announce(vm, r, SyncOp::Release)?;
    let me = vm.thread_ident;
    let wake = vm.memo_step(|vm| {
        let l = lock_mut(vm, r);
        if !l.locked {
            let msg = if l.reentrant {
                "cannot release un-acquired lock"
            } else {
                "release unlocked lock"
            };
            return Err(vm.err(vm.exc.runtime_error, msg));
        }
        if l.reentrant {
            if l.owner != me {
                return Err(vm.err(vm.exc.runtime_error, "cannot release un-acquired lock"));
            }
            l.count -= 1;
            if l.count > 0 {
                return Ok(Value::Bool(false));
            }
        }
        l.locked = false;
        l.owner = 0;
        l.count = 0;
        Ok(Value::Bool(l.waiters > 0))
    })?;
    if matches!(wake, Value::Bool(true)) {
        vm.syscall(Syscall::LockRelease { lock: r })?;
    }
    Ok(Value::None)
}

fn release_exit(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    release(vm, &Args::new(&a.pos[..1.min(a.pos.len())], &[]))
}

fn locked(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = lock_ref(vm, a)?;
    Ok(Value::Bool(lock_mut(vm, r).locked))
}

fn is_owned(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = lock_ref(vm, a)?;
    let me = vm.thread_ident;
    let l = lock_mut(vm, r);
    Ok(Value::Bool(l.locked && l.owner == me))
}

/// `RLock._release_save()`: releases completely; returns (count, owner).
fn release_save(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = lock_ref(vm, a)?;
    announce(vm, r, SyncOp::Release)?;
    let saved = vm.memo_step(|vm| {
        let l = lock_mut(vm, r);
        if !l.locked {
            return Err(vm.err(vm.exc.runtime_error, "cannot release un-acquired lock"));
        }
        let (count, owner, wake) = (l.count, l.owner, l.waiters > 0);
        l.locked = false;
        l.owner = 0;
        l.count = 0;
        let t = vm.new_tuple(vec![
            Value::Int(count as i64),
            Value::Int(owner as i64),
            Value::Bool(wake),
        ]);
        Ok(t)
    })?;
    let items = crate::builtins::sequence_items(vm, saved).unwrap_or_default();
    if matches!(items.get(2), Some(Value::Bool(true))) {
        vm.syscall(Syscall::LockRelease { lock: r })?;
    }
    Ok(vm.new_tuple(items[..2].to_vec()))
}

/// `RLock._acquire_restore((count, owner))`: acquires (waiting if needed)
/// and restores the recursion count.
fn acquire_restore(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = lock_ref(vm, a)?;
    let state = crate::builtins::sequence_items(vm, a.get(1)).unwrap_or_default();
    let count = match state.first() {
        Some(Value::Int(c)) => *c as u32,
        _ => 1,
    };
    announce(
        vm,
        r,
        SyncOp::Acquire {
            blocking: true,
            timeout_ns: None,
        },
    )?;
    let me = vm.thread_ident;
    let got = vm.memo_step(|vm| Ok(Value::Bool(try_acquire(lock_mut(vm, r), me))))?;
    if !matches!(got, Value::Bool(true)) {
        vm.syscall(Syscall::LockAcquire {
            lock: r,
            timeout_ns: None,
        })?;
    }
    let l = lock_mut(vm, r);
    l.count = count.max(1);
    l.owner = me;
    Ok(Value::None)
}

fn lock_repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = lock_ref(vm, a)?;
    let l = lock_mut(vm, r);
    let state = if l.locked { "locked" } else { "unlocked" };
    let addr = 0x7f00_0000_0000u64 + r.0 as u64 * 16;
    let s = if l.reentrant {
        let (owner, count) = (l.owner, l.count);
        format!("<{state} _thread.RLock object owner={owner} count={count} at 0x{addr:012x}>")
    } else {
        format!("<{state} _thread.lock object at 0x{addr:012x}>")
    };
    Ok(vm.new_str(s))
}

fn get_ident(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "get_ident", 0, 0)?;
    Ok(Value::Int(vm.thread_ident as i64))
}

/// Native ids look like Linux thread ids: the process's pid plus the
/// thread's number.
fn get_native_id(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "get_native_id", 0, 0)?;
    let n = vm.thread_ident - crate::vm::MAIN_THREAD_IDENT;
    Ok(Value::Int((vm.pid + n) as i64))
}

/// `_thread.start_new_thread(function, args, kwargs={})`.
fn start_new_thread(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "start_new_thread", 2, 3)?;
    let (func, args) = (a.get(0), a.get(1));
    let is_tuple = matches!(args, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Tuple(_)));
    if !is_tuple {
        return Err(vm.type_error("2nd arg must be a tuple"));
    }
    let kwargs = if a.len() > 2 { a.get(2) } else { Value::None };
    vm.syscall(Syscall::StartThread {
        func,
        args,
        kwargs,
        name: String::new(),
        daemon: true,
    })
}

/// `_thread._start_thread(func, name, daemon)`: starts `func()`.
fn start_thread(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "_start_thread", 3, 3)?;
    let name = vm.as_str(a.get(1)).unwrap_or("Thread").to_string();
    let daemon = ops::truthy(vm, a.get(2))?;
    let args = vm.empty_tuple;
    vm.syscall(Syscall::StartThread {
        func: a.get(0),
        args,
        kwargs: Value::None,
        name,
        daemon,
    })
}

/// `_thread._join(ident, timeout)`: True once the thread has finished.
fn join(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "_join", 2, 2)?;
    let Value::Int(ident) = a.get(0) else {
        return Err(vm.type_error("_join() needs a thread ident"));
    };
    let timeout_ns = match a.get(1) {
        Value::None => None,
        v => {
            let t = ops::to_f64(vm, v).unwrap_or(0.0).max(0.0);
            Some((t * 1e9).round() as u64)
        }
    };
    vm.syscall(Syscall::Join {
        ident: ident as u64,
        timeout_ns,
    })
}

/// `_thread._print_exception(exc, name)`: what `threading.excepthook`
/// prints for an exception that ended a thread.
fn print_exception(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "_print_exception", 2, 2)?;
    let Value::Obj(e) = a.get(0) else {
        return Ok(Value::None);
    };
    let name = vm.as_str(a.get(1)).unwrap_or("?").to_string();
    let text = crate::run::traceback(vm, e, 0);
    vm.write(
        crate::vm::Stream::Stderr,
        &format!("Exception in thread {name}:\n{text}"),
    )?;
    Ok(Value::None)
}
