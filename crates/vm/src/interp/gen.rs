//! Generators in motion: resuming one (`next`, `send`), throwing into it
//! and closing it — forwarded to the iterator it delegates to with
//! `yield from`, as CPython's genobject.c does. (A generator suspended at a
//! `yield` inside a handler is *armed* — `flow::yield_value` counts it, and
//! resuming it here uncounts it — so that dropping its last reference can
//! close it: see `finalize`.)

use super::call::{call_value, check_depth, Started};
use super::flow::{stop_iteration_value, Event};
use super::top_frame;
use crate::errors::{PyErr, PyResult};
use crate::objects::{GenState, Obj};
use crate::thread::{Frame, NativeFrame, Thread};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use corelab_compile::Instr;

/// Resumes generator `g`: with `sent` as the value of its paused `yield`
/// (None for `next`), or by raising `throw` at that point.
pub(crate) fn resume_generator(
    vm: &mut Vm,
    th: &mut Thread,
    g: ObjRef,
    sent: Option<Value>,
    throw: Option<ObjRef>,
    ret_sp: u32,
) -> PyResult<Started> {
    let Obj::Generator(gen) = vm.heap.get_mut(g) else {
        unreachable!()
    };
    match gen.state {
        GenState::Running => return Err(vm.value_error("generator already executing")),
        GenState::Finished => {
            if let Some(e) = throw {
                return Err(PyErr::Exc(e));
            }
            let e = vm.new_exception(vm.exc.stop_iteration, vec![]);
            return Ok(Started::Done(Err(PyErr::Exc(e))));
        }
        GenState::Created => {
            if let Some(v) = sent {
                if !matches!(v, Value::None) {
                    return Err(
                        vm.type_error("can't send non-None value to a just-started generator")
                    );
                }
            }
        }
        GenState::Suspended => {}
    }
    let Obj::Generator(gen) = vm.heap.get_mut(g) else {
        unreachable!()
    };
    let was_created = gen.state == GenState::Created;
    let Some(saved) = gen.frame.take() else {
        return Err(PyErr::internal("suspended generator without a frame"));
    };
    let was_armed = std::mem::take(&mut gen.armed);
    gen.state = GenState::Running;
    // The generator's handled exception stacks on the caller's: while it
    // handles none of its own, the caller's shows through (sys.exc_info,
    // implicit __context__), as CPython's exc_info chain does.
    gen.caller_handled = th.handled;
    if !matches!(gen.exc_state, Value::None) {
        th.handled = gen.exc_state;
    }
    if was_armed {
        vm.armed_generators -= 1;
    }
    check_depth(vm, th)?;
    let base = th.stack.len() as u32;
    let mut frame = saved.frame;
    frame.base = base;
    frame.ret_sp = ret_sp;
    frame.gen = Some(g);
    th.stack.extend(saved.values);
    if !was_created {
        if let Some(v) = sent {
            th.stack.push(v);
        }
    }
    th.frames.push(Frame::Py(frame));
    th.depth += 1;
    if let Some(e) = throw {
        if !was_created {
            th.stack.push(Value::None);
        }
        return Err(PyErr::Exc(e));
    }
    Ok(Started::Pushed)
}

/// The iterator suspended generator `g` delegates to with `yield from`
/// (or `await`): the top of its saved stack while it is paused at the
/// `yield` of a delegation loop, whose next instruction is `Resume(2)` —
/// CPython's `_PyGen_yf`.
pub(crate) fn delegate(vm: &Vm, g: ObjRef) -> Option<Value> {
    let Obj::Generator(gen) = vm.heap.get(g) else {
        return None;
    };
    if gen.state != GenState::Suspended {
        return None;
    }
    let saved = gen.frame.as_ref()?;
    match saved.frame.code.code.instrs.get(saved.frame.ip as usize) {
        Some(Instr::Resume(k)) if *k >= 2 => saved.values.last().copied(),
        _ => None,
    }
}

fn is_generator(vm: &Vm, v: Value) -> Option<ObjRef> {
    match v {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Generator(_)) => Some(r),
        _ => None,
    }
}

/// The generator `g` delegates to, if it is a suspended generator.
fn suspended_delegate(vm: &Vm, g: ObjRef) -> Option<ObjRef> {
    let d = is_generator(vm, delegate(vm, g)?)?;
    matches!(vm.heap.get(d), Obj::Generator(x) if x.state == GenState::Suspended).then_some(d)
}

/// `g.throw(exc)`. A generator delegating with `yield from` passes it on:
/// GeneratorExit closes the delegate and is then raised in `g`; anything
/// else is thrown into the innermost generator of the delegation chain,
/// whose outcome the one around it receives as its `SEND` would.
/// Otherwise `exc` is raised at `g`'s paused `yield`. (Iterative: chains
/// of `yield from` may be as deep as the recursion limit allows.)
pub(crate) fn throw_generator(
    vm: &mut Vm,
    th: &mut Thread,
    g: ObjRef,
    exc: ObjRef,
    ret_sp: u32,
) -> PyResult<Started> {
    if delegate(vm, g).is_some() && vm.exc_matches(Value::Obj(exc), vm.exc.generator_exit) {
        return close_chain(vm, th, g, Value::Obj(exc), false, ret_sp);
    }
    let (mut cur, mut sp) = (g, ret_sp);
    let mut resumed = 0;
    while let Some(d) = suspended_delegate(vm, cur) {
        // Resume `cur` as if its `SEND` had just resumed `d`: back at the
        // `YIELD_VALUE` after `SEND`, a value `d` yields is yielded on and
        // a StopIteration ends the loop (`flow::iteration_end`).
        resume_generator(vm, th, cur, None, None, sp)?;
        top_frame!(th).ip -= 1;
        resumed += 1;
        sp = th.stack.len() as u32;
        cur = d;
    }
    let r = resume_generator(vm, th, cur, None, Some(exc), sp)?;
    if resumed == 0 {
        return Ok(r);
    }
    match r {
        Started::Pushed => {}
        Started::Done(Ok(v)) => th.stack.push(v),
        Started::Done(Err(PyErr::Exc(e)))
            if vm.exc_matches(Value::Obj(e), vm.exc.stop_iteration) =>
        {
            let value = stop_iteration_value(vm, e);
            let f = top_frame!(th);
            let Instr::Send(target) = f.code.code.instrs[f.ip as usize - 1] else {
                return Err(PyErr::internal("delegating generator not at SEND"));
            };
            f.ip = target;
            th.stack.pop();
            th.stack.push(value);
        }
        Started::Done(Err(e)) => return Err(e),
    }
    Ok(Started::Pushed)
}

/// `g.close()`: closes the iterator `g` delegates to, then raises
/// GeneratorExit at `g`'s paused `yield`; leaving `g`'s frame by that
/// GeneratorExit or by returning makes close() return None (`flow`).
pub(crate) fn close_generator(
    vm: &mut Vm,
    th: &mut Thread,
    g: ObjRef,
    ret_sp: u32,
) -> PyResult<Started> {
    let Obj::Generator(gen) = vm.heap.get_mut(g) else {
        unreachable!()
    };
    if gen.state != GenState::Suspended {
        if gen.state != GenState::Running {
            gen.state = GenState::Finished;
            gen.frame = None;
        }
        return Ok(Started::Done(Ok(Value::None)));
    }
    close_chain(vm, th, g, Value::Null, true, ret_sp)
}

/// Closes suspended generator `g` and the chain of iterators it delegates
/// to, innermost first: a `GenClose` native frame per delegating level
/// waits for the level inside; the innermost generator gets a
/// GeneratorExit (a non-generator delegate's `close` method is called).
/// Then each level gets the error its delegate's closing raised, else
/// `exc` for `g` (Null: a new GeneratorExit). Iterative, like
/// [`throw_generator`].
fn close_chain(
    vm: &mut Vm,
    th: &mut Thread,
    g: ObjRef,
    exc: Value,
    closing: bool,
    ret_sp: u32,
) -> PyResult<Started> {
    let depth = th.frames.len();
    let (mut cur, mut exc, mut closing, mut sp) = (g, exc, closing, ret_sp);
    let r = loop {
        let Some(d) = delegate(vm, cur) else {
            break throw_in(vm, th, cur, Ok(Value::None), exc, closing, sp);
        };
        th.frames.push(Frame::Native(NativeFrame::GenClose {
            gen: cur,
            exc,
            closing,
            ret_sp: sp,
        }));
        sp = th.stack.len() as u32;
        match is_generator(vm, d) {
            Some(dr) if delegate(vm, dr).is_some() => {
                (cur, exc, closing) = (dr, Value::Null, true);
            }
            Some(dr) => break close_generator(vm, th, dr, sp),
            None => {
                let t = vm.type_of(d);
                break match vm.lookup_in_type_str(t, "close") {
                    Some(close) => call_value(vm, th, close, &[d], &[], sp, false),
                    None => Ok(Started::Done(Ok(Value::None))),
                };
            }
        }
    };
    unwind_closes(vm, th, depth, r)
}

/// The innermost closing of a chain finished with `r`: while it finished
/// at once, the `GenClose` frames above `depth` get its outcome one by one.
fn unwind_closes(
    vm: &mut Vm,
    th: &mut Thread,
    depth: usize,
    mut r: PyResult<Started>,
) -> PyResult<Started> {
    loop {
        let waiting = th.frames.len() > depth
            && matches!(
                th.frames.last(),
                Some(Frame::Native(NativeFrame::GenClose { .. }))
            );
        let res = match r {
            Ok(Started::Pushed) => return Ok(Started::Pushed),
            // Raised inside a frame just pushed: unwinding it comes first.
            Err(e) if !waiting => return Err(e),
            Err(e) => Err(e),
            Ok(Started::Done(res)) if waiting => res,
            done => return done,
        };
        let Some(Frame::Native(NativeFrame::GenClose {
            gen,
            exc,
            closing,
            ret_sp,
        })) = th.frames.pop()
        else {
            unreachable!()
        };
        r = throw_in(vm, th, gen, res, exc, closing, ret_sp);
    }
}

/// A `GenClose` frame's delegate finished closing with `r`: raise in the
/// generator it waited for. Returns the next event for `flow::settle`.
pub(crate) fn resume_close(
    vm: &mut Vm,
    th: &mut Thread,
    frame: NativeFrame,
    r: PyResult<Value>,
) -> Option<Event> {
    let NativeFrame::GenClose {
        gen,
        exc,
        closing,
        ret_sp,
    } = frame
    else {
        return Some(Event::Raise(PyErr::internal("not a GenClose frame")));
    };
    let depth = th.frames.len();
    match throw_in(vm, th, gen, r, exc, closing, ret_sp) {
        Ok(Started::Pushed) => None,
        Ok(Started::Done(res)) => Some(Event::Deliver(res, ret_sp)),
        Err(e) if th.frames.len() > depth => Some(Event::Raise(e)),
        Err(e) => Some(Event::Deliver(Err(e), ret_sp)),
    }
}

/// Raises in `g`, after its delegate closed with `closed`: the error that
/// closing raised, else `exc` (Null: a new GeneratorExit). `closing`: the
/// frame belongs to close(), which turns its GeneratorExit or return into
/// None and a `yield` into RuntimeError (`flow`).
fn throw_in(
    vm: &mut Vm,
    th: &mut Thread,
    g: ObjRef,
    closed: PyResult<Value>,
    exc: Value,
    closing: bool,
    ret_sp: u32,
) -> PyResult<Started> {
    let exc = match (closed, exc) {
        (Err(PyErr::Exc(e)), _) => e,
        (Err(other), _) => return Err(other),
        (Ok(_), Value::Obj(e)) => e,
        (Ok(_), _) => vm.new_exception(vm.exc.generator_exit, vec![]),
    };
    let r = resume_generator(vm, th, g, None, Some(exc), ret_sp);
    if closing {
        if let Some(Frame::Py(f)) = th.frames.last_mut() {
            if f.gen == Some(g) {
                f.closing = true;
            }
        }
    }
    r
}
