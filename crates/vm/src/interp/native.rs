//! Callbacks into Python from builtins: the replay mechanism.
//!
//! A builtin that needs a Python result (a key function, a `__repr__`, a
//! generator's next item) calls `Vm::call`. The first time, that returns
//! `PyErr::NeedCall`; the builtin gives up, the interpreter runs the call
//! as an ordinary frame (so it can be paused, switched away from, and its
//! own calls nest without Rust recursion), stores the result, and runs the
//! builtin again from the start — now `Vm::call` returns the stored result.
//! Builtins therefore must not change anything before their last callback.
//! For instructions the stored results live in the frame's `memo` and the
//! instruction is re-executed; for builtins called by other builtins a
//! `Replay` native frame holds them. Iterating a Python iterator is one
//! callback that collects every item (`Collect` frame), so it costs linear
//! time. See ARCHITECTURE.md "Callbacks into Python".

use super::{call, flow::Event};
use crate::builtins::{Args, NativeFn};
use crate::errors::{PyErr, PyResult};
use crate::objects::Obj;
use crate::thread::{Frame, NativeFrame, Thread};
use crate::value::Value;
use crate::vm::{ReplayCtx, Vm};

/// Runs a builtin on behalf of a non-instruction caller; if it needs a
/// callback, leaves a `Replay` frame and starts the callback.
pub(crate) fn run_replay(
    vm: &mut Vm,
    th: &mut Thread,
    func: NativeFn,
    args: Vec<Value>,
    kw: Vec<(crate::value::ObjRef, Value)>,
) -> call::Started {
    let frame = NativeFrame::Replay {
        func,
        args,
        kw,
        memo: Vec::new(),
    };
    match attempt(vm, th, frame) {
        Some(r) => call::Started::Done(r),
        None => call::Started::Pushed,
    }
}

/// Runs the builtin of a Replay frame with its memo. Returns its result,
/// or None when it pushed itself and started a callback.
fn attempt(vm: &mut Vm, th: &mut Thread, mut frame: NativeFrame) -> Option<PyResult<Value>> {
    loop {
        let NativeFrame::Replay {
            func,
            args,
            kw,
            memo,
        } = &mut frame
        else {
            return Some(Err(PyErr::internal("attempt on a non-replay frame")));
        };
        let saved = std::mem::replace(
            &mut vm.replay,
            ReplayCtx {
                memo: std::mem::take(memo),
                pos: 0,
                depth: 0,
            },
        );
        vm.work_items = 0;
        let r = func(vm, &Args::new(args, kw));
        if !matches!(&r, Err(e) if e.is_control()) {
            vm.charge_work();
        }
        *memo = std::mem::replace(&mut vm.replay, saved).memo;
        th.frames.push(Frame::Native(frame));
        let started = match r {
            Err(PyErr::NeedCall(p)) => call::start_call(vm, th, p.func, &p.args, &p.kw),
            Err(PyErr::NeedIter(it)) => start_collect(vm, th, it),
            Err(PyErr::NeedSys(req)) => {
                // Stay on the stack; `step` hands the request to the machine
                // and `deliver` brings the answer back into this frame.
                th.pending_sys = Some(*req);
                return None;
            }
            other => {
                th.frames.pop();
                return Some(other);
            }
        };
        // The callback finished at once: record it and run the builtin again.
        let res = started?;
        let Some(Frame::Native(f)) = th.frames.pop() else {
            unreachable!()
        };
        frame = f;
        if let NativeFrame::Replay { memo, .. } = &mut frame {
            memo.push(res);
        }
    }
}

/// Starts collecting all items of a Python-level iterator. Returns the
/// list at once if no Python code had to run.
pub(crate) fn start_collect(vm: &mut Vm, th: &mut Thread, it: Value) -> Option<PyResult<Value>> {
    let frame = NativeFrame::Collect {
        iter: it,
        items: Vec::new(),
    };
    advance_collect(vm, th, frame)
}

fn advance_collect(
    vm: &mut Vm,
    th: &mut Thread,
    mut frame: NativeFrame,
) -> Option<PyResult<Value>> {
    loop {
        let NativeFrame::Collect { iter, items } = &mut frame else {
            unreachable!()
        };
        let it = *iter;
        if let Value::Obj(r) = it {
            match super::iter::native_next(vm, r) {
                Some(Some(v)) => {
                    items.push(v);
                    continue;
                }
                Some(None) => return Some(Ok(vm.new_list(std::mem::take(items)))),
                None => {}
            }
        }
        // Ask for the next item through a Python call.
        let (func, args) = match next_call(vm, it) {
            Ok(fa) => fa,
            Err(e) => return Some(Err(e)),
        };
        let (f, res) = call_for(vm, th, frame, func, &args)?;
        frame = f;
        if let Some(done) = collect_step(vm, &mut frame, res) {
            return Some(done);
        }
    }
}

/// Starts `func(*args)` on behalf of native `frame`, pushed below it.
/// None when a Python frame now runs (its result comes back through
/// [`resume`]); else the frame, popped again, with the call's result.
fn call_for(
    vm: &mut Vm,
    th: &mut Thread,
    frame: NativeFrame,
    func: Value,
    args: &[Value],
) -> Option<(NativeFrame, PyResult<Value>)> {
    th.frames.push(Frame::Native(frame));
    let res = call::start_call(vm, th, func, args, &[])?;
    let Some(Frame::Native(f)) = th.frames.pop() else {
        unreachable!()
    };
    Some((f, res))
}

/// The call that produces the next item of `it`.
fn next_call(vm: &mut Vm, it: Value) -> PyResult<(Value, Vec<Value>)> {
    if let Value::Obj(r) = it {
        match vm.heap.get(r) {
            Obj::Generator(_) => {
                let f = vm.intrinsic(super::Intrinsic::GenNext);
                return Ok((f, vec![it]));
            }
            Obj::Iter(_) => {
                let f = vm.new_builtin("__next__", crate::builtins::lazy_next_builtin);
                return Ok((f, vec![it]));
            }
            _ => {}
        }
    }
    let t = vm.type_of(it);
    match vm.lookup_in_type_str(t, "__next__") {
        Some(f) => Ok((f, vec![it])),
        None => {
            let tn = vm.type_name(it);
            Err(vm.type_error(format!("'{tn}' object is not an iterator")))
        }
    }
}

/// Feeds one result into a Collect frame: None to continue, Some(result)
/// when finished.
fn collect_step(
    vm: &mut Vm,
    frame: &mut NativeFrame,
    r: PyResult<Value>,
) -> Option<PyResult<Value>> {
    let NativeFrame::Collect { items, .. } = frame else {
        unreachable!()
    };
    match r {
        Ok(v) => {
            items.push(v);
            None
        }
        Err(PyErr::Exc(e)) if vm.exc_matches(Value::Obj(e), vm.exc.stop_iteration) => {
            Some(Ok(vm.new_list(std::mem::take(items))))
        }
        Err(e) => Some(Err(e)),
    }
}

/// A callee finished and the top frame is native: feed it the result.
/// Returns the next event for `flow::settle`, or None to continue running.
pub(crate) fn resume(vm: &mut Vm, th: &mut Thread, r: PyResult<Value>) -> Option<Event> {
    let Some(Frame::Native(mut frame)) = th.frames.pop() else {
        unreachable!()
    };
    match frame {
        NativeFrame::GenClose { .. } => return super::gen::resume_close(vm, th, frame, r),
        NativeFrame::Finalize { .. } => return super::finalize::resume(vm, th, frame, r),
        _ => {}
    }
    if let NativeFrame::ClassHooks { ret_sp, .. } = &frame {
        let sp = *ret_sp;
        let res = match r {
            Err(e) => Some(Err(e)),
            Ok(_) => run_class_hooks(vm, th, frame),
        };
        return res.map(|res| Event::Deliver(res, sp));
    }
    let mut sp = th.stack.len() as u32;
    let result = match &mut frame {
        NativeFrame::Replay { memo, .. } => {
            memo.push(r);
            attempt(vm, th, frame)
        }
        NativeFrame::Collect { .. } => match collect_step(vm, &mut frame, r) {
            Some(done) => Some(done),
            None => advance_collect(vm, th, frame),
        },
        NativeFrame::AnyAll { .. } => Some(Err(PyErr::internal("any/all frame is unused"))),
        NativeFrame::ClassHooks { .. }
        | NativeFrame::GenClose { .. }
        | NativeFrame::Finalize { .. } => Some(Err(PyErr::internal("handled above"))),
        NativeFrame::BuildClass {
            name,
            bases,
            ns,
            ret_sp,
        } => Some(match r {
            Ok(_) => {
                sp = *ret_sp;
                let (name, bases, ns) = (*name, bases.clone(), *ns);
                match super::class_build::finish_class(vm, name, &bases, ns) {
                    Ok(cls) => {
                        let calls = class_hook_calls(vm, cls);
                        if calls.is_empty() {
                            Ok(cls)
                        } else {
                            let hooks = NativeFrame::ClassHooks {
                                cls,
                                calls,
                                ret_sp: sp,
                            };
                            return run_class_hooks(vm, th, hooks).map(|r| Event::Deliver(r, sp));
                        }
                    }
                    Err(e) => Err(e),
                }
            }
            Err(e) => {
                sp = *ret_sp;
                Err(e)
            }
        }),
    };
    result.map(|res| Event::Deliver(res, sp))
}

/// The hooks a new class runs, last first: `__set_name__(owner, name)` of
/// every attribute whose type defines it (in definition order), then the
/// nearest base's `__init_subclass__` (implicitly a class method), unless
/// that is `object`'s, which does nothing.
fn class_hook_calls(vm: &mut Vm, cls: Value) -> Vec<(Value, Vec<Value>)> {
    let Some(c) = cls.as_obj() else {
        return Vec::new();
    };
    let mut calls = Vec::new();
    let entries: Vec<(Value, Value)> = vm
        .type_obj(c)
        .dict
        .iter()
        .map(|e| (e.key, e.value))
        .collect();
    for (key, value) in entries {
        if !matches!(value, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Instance(_))) {
            continue;
        }
        let t = vm.type_of(value);
        if let Some(f) = vm.lookup_in_type_str(t, "__set_name__") {
            calls.push((f, vec![value, cls, key]));
        }
    }
    let name = vm.intern("__init_subclass__");
    let hash = vm.str_hash(name);
    let mro = vm.type_obj(c).mro.clone();
    for &b in mro.iter().skip(1) {
        let d = &vm.type_obj(b).dict;
        let Some(i) = d.find(hash, |k| vm.str_key_eq(k, name)) else {
            continue;
        };
        let hook = match d.value_at(i) {
            Value::Obj(f) => match vm.heap.get(f) {
                Obj::Function(_) => Some(Value::Obj(f)),
                Obj::ClassMethod(g) => Some(*g),
                _ => None,
            },
            _ => None,
        };
        if let Some(h) = hook {
            calls.push((h, vec![cls]));
        }
        break;
    }
    calls.reverse();
    calls
}

/// Runs the remaining hooks of a ClassHooks frame. Returns the class when
/// all are done (or the first error), None when a Python call was started.
fn run_class_hooks(
    vm: &mut Vm,
    th: &mut Thread,
    mut frame: NativeFrame,
) -> Option<PyResult<Value>> {
    loop {
        let NativeFrame::ClassHooks { cls, calls, .. } = &mut frame else {
            unreachable!()
        };
        let Some((func, args)) = calls.pop() else {
            return Some(Ok(*cls));
        };
        let (f, res) = call_for(vm, th, frame, func, &args)?;
        frame = f;
        if let Err(e) = res {
            return Some(Err(e));
        }
    }
}
