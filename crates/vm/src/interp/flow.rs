//! Control transfer between frames: raising and unwinding exceptions,
//! returning, yielding, and delivering a finished callee's result (or
//! error) to whatever frame is below it. One iterative loop ([`settle`])
//! does all of it, so deep Python stacks never recurse in Rust.

use super::{call, finalize, native, top_frame, Flow, StepOutcome};
use crate::code::LoadedCode;
use crate::errors::{PyErr, PyResult};
use crate::objects::{GenState, Obj};
use crate::thread::SavedFrame;
use crate::thread::{Frame, Thread};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use corelab_compile::Instr;

/// What [`settle`] has to do next.
pub(crate) enum Event {
    /// An error raised by the instruction of the top Python frame (its ip
    /// points past it).
    Raise(PyErr),
    /// A callee finished (its frame is already popped): hand its result to
    /// the top frame; `ret_sp` is where that frame's stack is cut back to.
    Deliver(PyResult<Value>, u32),
}

/// Handles an error raised by the current instruction.
pub(crate) fn raise(vm: &mut Vm, th: &mut Thread, e: PyErr) -> Result<(), StepOutcome> {
    settle(vm, th, Event::Raise(e))
}

/// Runs events until the thread can continue executing its top frame.
pub(crate) fn settle(vm: &mut Vm, th: &mut Thread, mut ev: Event) -> Result<(), StepOutcome> {
    loop {
        ev = match ev {
            Event::Raise(e) => match raise_in_top(vm, th, e)? {
                Some(next) => next,
                None => return Ok(()),
            },
            Event::Deliver(r, ret_sp) => match deliver(vm, th, r, ret_sp)? {
                Some(next) => next,
                None => return Ok(()),
            },
        };
    }
}

fn raise_in_top(vm: &mut Vm, th: &mut Thread, e: PyErr) -> Result<Option<Event>, StepOutcome> {
    match e {
        PyErr::NeedCall(p) => {
            await_callback(th);
            Ok(call::start_call(vm, th, p.func, &p.args, &p.kw).map(immediate))
        }
        PyErr::NeedIter(it) => {
            await_callback(th);
            Ok(native::start_collect(vm, th, it).map(immediate))
        }
        PyErr::NeedSys(req) => {
            await_callback(th);
            Err(StepOutcome::Sys(*req))
        }
        PyErr::Fatal(f) => Err(StepOutcome::Fatal(*f)),
        PyErr::Exc(exc) => Ok(unwind_top(vm, th, exc)),
    }
}

fn immediate(r: PyResult<Value>) -> Event {
    Event::Deliver(r, u32::MAX)
}

/// The top frame's instruction will be re-run once a callback result
/// arrives in its memo.
fn await_callback(th: &mut Thread) {
    let f = top_frame!(th);
    f.ip -= 1;
    f.awaiting = true;
}

/// Looks for a handler in the top frame; if none, pops it and returns the
/// delivery of the error to the frame below.
fn unwind_top(vm: &mut Vm, th: &mut Thread, exc: ObjRef) -> Option<Event> {
    let reraise = std::mem::take(&mut vm.reraising);
    let f = top_frame!(th);
    let at = f.ip.saturating_sub(1);
    let code = f.code.clone();
    let (base, ret_sp, gen, closing) = (f.base, f.ret_sp, f.gen, f.closing);
    let (globals, ns) = (f.globals, f.ns);
    f.memo.clear();
    f.awaiting = false;
    if !reraise {
        record_raise(vm, th, exc, &code, at);
    }
    let nlocals = code.code.nlocals() as u32;
    if let Some(h) = code.code.handler_for(at) {
        let cut = (base + nlocals + h.depth) as usize;
        // Popped top first, as CPython's unwinding does.
        let found = finalize::watching(vm).then(|| {
            let cut = cut.min(th.stack.len());
            finalize::candidates(vm, th.stack[cut..].iter().rev().copied())
        });
        th.stack.truncate(cut);
        th.stack.push(Value::Obj(exc));
        top_frame!(th).ip = h.target;
        return found.and_then(|f| finalize::dropped_then(vm, th, f, &[], None, None));
    }
    th.frames.pop();
    th.depth -= 1;
    // The value stack goes now; the locals stay with the traceback (in
    // CPython it keeps the frame) until the exception goes.
    let (mut found, mut kept) = (Vec::new(), Vec::new());
    if finalize::watching(vm) {
        let locals_end = ((base + nlocals) as usize).min(th.stack.len());
        found = finalize::candidates(vm, th.stack[locals_end..].iter().rev().copied());
        th.stack.truncate(locals_end);
        kept = th.stack.split_off((base as usize).min(th.stack.len()));
    }
    th.stack.truncate(ret_sp as usize);
    let mut exc = exc;
    let mut result = Err(PyErr::Exc(exc));
    if let Some(g) = gen {
        finish_generator(vm, th, g);
        if closing && vm.exc_matches(Value::Obj(exc), vm.exc.generator_exit) {
            // close() swallows the GeneratorExit, and its traceback with it.
            for g in finalize::candidates(vm, std::mem::take(&mut kept)) {
                if !found.contains(&g) {
                    found.push(g);
                }
            }
            result = Ok(Value::None);
        } else if vm.exc_matches(Value::Obj(exc), vm.exc.stop_iteration) {
            exc = runtime_error_from_stop(vm, exc);
            result = Err(PyErr::Exc(exc));
        }
    }
    if !finalize::watching(vm) {
        return Some(Event::Deliver(result, ret_sp));
    }
    if !kept.is_empty() {
        if let Some(d) = vm.exc_data_mut(exc) {
            d.kept.append(&mut kept);
        }
    }
    let main_end = finalize::main_end(vm, th, globals, ns);
    let keep = [Value::Obj(exc)];
    finalize::dropped_then(vm, th, found, &keep, main_end, Some((result, ret_sp)))
}

/// Adds a traceback entry and sets `__context__` for a new exception.
fn record_raise(vm: &mut Vm, th: &Thread, exc: ObjRef, code: &std::rc::Rc<LoadedCode>, at: u32) {
    let handled = th.handled;
    if let Some(d) = vm.exc_data_mut(exc) {
        if d.traceback.is_empty() && matches!(d.context, Value::None) {
            if let Value::Obj(h) = handled {
                if h != exc {
                    d.context = handled;
                }
            }
        }
        d.traceback.push((code.clone(), at));
    }
}

fn runtime_error_from_stop(vm: &mut Vm, stop: ObjRef) -> ObjRef {
    let msg = vm.new_str("generator raised StopIteration");
    let e = vm.new_exception(vm.exc.runtime_error, vec![msg]);
    if let Some(d) = vm.exc_data_mut(e) {
        d.cause = Value::Obj(stop);
        d.context = Value::Obj(stop);
        d.suppress_context = true;
    }
    e
}

/// Hands a finished callee's result to the frame now on top.
fn deliver(
    vm: &mut Vm,
    th: &mut Thread,
    r: PyResult<Value>,
    ret_sp: u32,
) -> Result<Option<Event>, StepOutcome> {
    let frame = match th.frames.last_mut() {
        None => {
            return Err(match r {
                Ok(v) => {
                    th.result = Some(v);
                    StepOutcome::Finished
                }
                Err(PyErr::Exc(e)) => StepOutcome::Raised(e),
                Err(PyErr::Fatal(f)) => StepOutcome::Fatal(*f),
                Err(_) => StepOutcome::Fatal(crate::errors::Fatal::Internal(
                    "callback request escaped the thread".into(),
                )),
            })
        }
        Some(Frame::Native(_)) => return Ok(native::resume(vm, th, r)),
        Some(Frame::Py(f)) => f,
    };
    if ret_sp != u32::MAX {
        th.stack.truncate(ret_sp as usize);
    }
    if frame.awaiting {
        frame.awaiting = false;
        frame.memo.push(r);
        return Ok(None);
    }
    match r {
        Ok(v) => {
            th.stack.push(v);
            Ok(None)
        }
        Err(PyErr::Exc(e)) => Ok(iteration_end(vm, th, e).map(|e| Event::Raise(PyErr::Exc(e)))),
        Err(e) => Ok(Some(Event::Raise(e))),
    }
}

/// A StopIteration arriving at a frame paused at `ForIter` or `Send` ends
/// that loop instead of propagating. Returns the exception otherwise.
fn iteration_end(vm: &mut Vm, th: &mut Thread, e: ObjRef) -> Option<ObjRef> {
    if !vm.exc_matches(Value::Obj(e), vm.exc.stop_iteration) {
        return Some(e);
    }
    let f = top_frame!(th);
    let prev = f.code.code.instrs[f.ip as usize - 1];
    match prev {
        Instr::ForIter(t) => {
            th.stack.pop();
            top_frame!(th).ip = t;
            None
        }
        Instr::Send(t) => {
            let value = stop_iteration_value(vm, e);
            th.stack.pop();
            th.stack.push(value);
            top_frame!(th).ip = t;
            None
        }
        _ => Some(e),
    }
}

/// `StopIteration.value` (its first argument, or None).
pub(crate) fn stop_iteration_value(vm: &Vm, e: ObjRef) -> Value {
    vm.exc_data(e)
        .and_then(|d| d.args.first().copied())
        .unwrap_or(Value::None)
}

/// `ReturnValue`: pops the frame and delivers the value.
pub(crate) fn return_value(vm: &mut Vm, th: &mut Thread, v: Value) -> Result<(), StepOutcome> {
    let Some(Frame::Py(f)) = th.frames.pop() else {
        return Err(StepOutcome::Finished);
    };
    th.depth -= 1;
    let watched = finalize::watching(vm);
    let found = if watched {
        let sp = (f.ret_sp as usize).min(th.stack.len());
        finalize::candidates(vm, th.stack[sp..].iter().copied())
    } else {
        Vec::new()
    };
    th.stack.truncate(f.ret_sp as usize);
    let r = if let Some(g) = f.gen {
        finish_generator(vm, th, g);
        if f.closing {
            Ok(Value::None)
        } else {
            let args = if matches!(v, Value::None) {
                vec![]
            } else {
                vec![v]
            };
            Err(PyErr::Exc(vm.new_exception(vm.exc.stop_iteration, args)))
        }
    } else if !f.init_of.is_null() {
        if !matches!(v, Value::None) {
            let msg = format!("__init__() should return None, not '{}'", vm.type_name(v));
            Err(vm.type_error(msg))
        } else {
            Ok(f.init_of)
        }
    } else {
        Ok(v)
    };
    if watched {
        return settle_after(vm, th, found, v, r, &f);
    }
    settle(vm, th, Event::Deliver(r, f.ret_sp))
}

/// Delivers the result of frame `f`, which returned `returned`, after
/// closing the generators `found` among its locals and stack that those
/// were the last references to (only while some generator is armed).
#[cold]
#[inline(never)]
fn settle_after(
    vm: &mut Vm,
    th: &mut Thread,
    found: Vec<ObjRef>,
    returned: Value,
    r: PyResult<Value>,
    f: &crate::thread::PyFrame,
) -> Result<(), StepOutcome> {
    let main_end = finalize::main_end(vm, th, f.globals, f.ns);
    let then = Some((r, f.ret_sp));
    match finalize::dropped_then(vm, th, found, &[returned], main_end, then) {
        Some(ev) => settle(vm, th, ev),
        None => Ok(()),
    }
}

fn finish_generator(vm: &mut Vm, th: &mut Thread, g: ObjRef) {
    if let Obj::Generator(gen) = vm.heap.get_mut(g) {
        gen.state = GenState::Finished;
        gen.frame = None;
        gen.exc_state = Value::None;
        th.handled = std::mem::replace(&mut gen.caller_handled, Value::None);
    }
}

/// `YieldValue`: saves the generator frame and delivers the value.
pub(crate) fn yield_value(vm: &mut Vm, th: &mut Thread) -> PyResult<Flow> {
    let v = th.stack.pop().unwrap_or(Value::None);
    let Some(Frame::Py(mut f)) = th.frames.pop() else {
        return Err(PyErr::internal("yield outside a Python frame"));
    };
    th.depth -= 1;
    let Some(g) = f.gen else {
        return Err(PyErr::internal("yield in a frame that is not a generator"));
    };
    let values = th.stack.split_off(f.base as usize);
    let ret_sp = f.ret_sp;
    let closing = std::mem::take(&mut f.closing);
    let armed = !closing && f.code.code.handler_for(f.ip - 1).is_some();
    f.base = 0;
    f.ret_sp = 0;
    if let Obj::Generator(gen) = vm.heap.get_mut(g) {
        gen.state = GenState::Suspended;
        if armed {
            gen.armed = true;
            vm.armed_generators += 1;
        }
        gen.frame = Some(SavedFrame { frame: f, values });
        // Keep what the generator's own frame is handling; give the caller
        // back its own handled exception.
        let caller = std::mem::replace(&mut gen.caller_handled, Value::None);
        let own = match (th.handled, caller) {
            (Value::Obj(a), Value::Obj(b)) if a == b => Value::None,
            (h, _) => h,
        };
        gen.exc_state = own;
        th.handled = caller;
    }
    let r = if closing {
        Err(vm.err(vm.exc.runtime_error, "generator ignored GeneratorExit"))
    } else {
        Ok(v)
    };
    match settle(vm, th, Event::Deliver(r, ret_sp)) {
        Ok(()) => Ok(Flow::Switch),
        Err(out) => Err(outcome_to_err(out)),
    }
}

/// `Send(target)`: `[iter, v]` — resumes a sub-generator with v, or calls
/// `iter.send(v)` / `next(iter)`.
pub(crate) fn send(vm: &mut Vm, th: &mut Thread, _target: u32) -> PyResult<Flow> {
    let v = th.stack.pop().unwrap_or(Value::None);
    let it = *th.stack.last().unwrap_or(&Value::None);
    if let Value::Obj(g) = it {
        if matches!(vm.heap.get(g), Obj::Generator(_)) {
            let sp = th.stack.len() as u32;
            return match super::gen::resume_generator(vm, th, g, Some(v), None, sp)? {
                call::Started::Pushed => Ok(Flow::Switch),
                call::Started::Done(r) => {
                    // An exhausted sub-generator: `yield from` ends with None.
                    let value = match r {
                        Err(PyErr::Exc(e)) => stop_iteration_value(vm, e),
                        _ => Value::None,
                    };
                    th.stack.pop();
                    th.stack.push(value);
                    top_frame!(th).ip = _target;
                    Ok(Flow::Next)
                }
            };
        }
    }
    // A non-generator iterator: `next(it)` for None, else `it.send(v)`.
    th.stack.push(v);
    let r = if matches!(v, Value::None) {
        super::iter::next_value(vm, it)
    } else {
        let send = vm.intern("send");
        let m = super::attr::getattr(vm, it, send)?;
        vm.call(m, vec![v])
    };
    match r {
        Ok(y) => {
            th.stack.pop();
            th.stack.push(y);
            Ok(Flow::Next)
        }
        Err(PyErr::Exc(e)) if vm.exc_matches(Value::Obj(e), vm.exc.stop_iteration) => {
            let value = stop_iteration_value(vm, e);
            th.stack.truncate(th.stack.len() - 2);
            th.stack.push(value);
            top_frame!(th).ip = _target;
            Ok(Flow::Next)
        }
        Err(e) => Err(e),
    }
}

/// Converts a stop outcome met while settling inside an instruction back
/// into an error the step loop understands.
pub(crate) fn outcome_to_err(out: StepOutcome) -> PyErr {
    match out {
        StepOutcome::Fatal(f) => PyErr::Fatal(Box::new(f)),
        StepOutcome::Raised(e) => PyErr::Exc(e),
        other => PyErr::internal(format!("unexpected outcome while settling: {other:?}")),
    }
}

/// `RaiseVarargs(n)`.
pub(crate) fn raise_varargs(vm: &mut Vm, th: &mut Thread, n: u32) -> PyErr {
    match n {
        0 => match th.handled {
            Value::Obj(e) => {
                vm.reraising = true;
                PyErr::Exc(e)
            }
            _ => vm.err(vm.exc.runtime_error, "No active exception to reraise"),
        },
        _ => {
            // Operands stay on the stack until the exception objects exist
            // (making them may call Python code and re-run this instruction).
            let len = th.stack.len();
            let cause = if n == 2 {
                Some(th.stack[len - 1])
            } else {
                None
            };
            let v = th.stack[len - n as usize];
            let exc = match make_exception(vm, v) {
                Ok(e) => e,
                Err(e) => return e,
            };
            let cause = match cause {
                Some(Value::None) => Some(Value::None),
                Some(c) => match make_exception(vm, c) {
                    Ok(e) => Some(Value::Obj(e)),
                    Err(PyErr::Exc(e))
                        if vm.exc_matches(Value::Obj(e), vm.exc.type_error)
                            && !is_exception_like(vm, c) =>
                    {
                        return vm.type_error("exception causes must derive from BaseException")
                    }
                    Err(e) => return e,
                },
                None => None,
            };
            th.stack.truncate(len - n as usize);
            if let Some(c) = cause {
                if let Some(d) = vm.exc_data_mut(exc) {
                    d.cause = c;
                    d.suppress_context = true;
                }
            }
            PyErr::Exc(exc)
        }
    }
}

/// An exception instance from `raise X` where X is a class or an instance.
fn make_exception(vm: &mut Vm, v: Value) -> Result<ObjRef, PyErr> {
    if let Value::Obj(r) = v {
        if matches!(vm.heap.get(r), Obj::Type(_)) && vm.is_exception_type(r) {
            let r2 = vm.call(v, vec![])?;
            if let Value::Obj(e) = r2 {
                return Ok(e);
            }
        }
        if vm.exc_data(r).is_some() {
            return Ok(r);
        }
    }
    Err(vm.type_error("exceptions must derive from BaseException"))
}

/// Whether `v` is an exception class or instance (what `make_exception` accepts).
fn is_exception_like(vm: &Vm, v: Value) -> bool {
    match v {
        Value::Obj(r) => {
            (matches!(vm.heap.get(r), Obj::Type(_)) && vm.is_exception_type(r))
                || vm.exc_data(r).is_some()
        }
        _ => false,
    }
}

/// `Reraise`: re-raises without a new traceback entry.
pub(crate) fn reraise(vm: &mut Vm, exc: Value) -> PyErr {
    match exc {
        Value::Obj(e) => {
            vm.reraising = true;
            PyErr::Exc(e)
        }
        _ => PyErr::internal("reraise of a non-exception"),
    }
}

/// `except T:` matching; T may be a tuple of classes.
pub(crate) fn exc_match(vm: &mut Vm, exc: Value, ty: Value) -> PyResult<bool> {
    let classes: Vec<Value> = match vm.tuple_items(ty) {
        Some(items) => items.to_vec(),
        None => vec![ty],
    };
    for c in classes {
        match c {
            Value::Obj(t) if matches!(vm.heap.get(t), Obj::Type(_)) && vm.is_exception_type(t) => {
                if vm.exc_matches(exc, t) {
                    return Ok(true);
                }
            }
            _ => {
                return Err(vm.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ))
            }
        }
    }
    Ok(false)
}

pub(crate) fn name_error(vm: &mut Vm, name: ObjRef) -> PyErr {
    let n = vm.str_of(name).to_string();
    if let Some(e) = crate::modules::star_gap(vm, &n) {
        return e;
    }
    let e = vm.err(vm.exc.name_error, format!("name '{n}' is not defined"));
    vm.with_name(e, name, Value::Null)
}

pub(crate) fn unbound_local(vm: &mut Vm, code: &LoadedCode, slot: u32) -> PyErr {
    let n = vm.str_of(code.local_names[slot as usize]).to_string();
    vm.err(
        vm.exc.unbound_local_error,
        format!("cannot access local variable '{n}' where it is not associated with a value"),
    )
}

pub(crate) fn unbound_deref(vm: &mut Vm, code: &LoadedCode, slot: u32) -> PyErr {
    let n = vm.str_of(code.local_names[slot as usize]).to_string();
    if code.code.locals[slot as usize].1 == corelab_compile::LocalKind::Free {
        vm.err(
            vm.exc.name_error,
            format!("cannot access free variable '{n}' where it is not associated with a value in enclosing scope"),
        )
    } else {
        vm.err(
            vm.exc.unbound_local_error,
            format!("cannot access local variable '{n}' where it is not associated with a value"),
        )
    }
}

pub(crate) fn cell_get(vm: &Vm, cell: Value) -> Value {
    match cell {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Cell(v) => *v,
            _ => Value::Null,
        },
        _ => Value::Null,
    }
}

pub(crate) fn cell_set(vm: &mut Vm, cell: Value, v: Value) {
    if let Value::Obj(r) = cell {
        if let Obj::Cell(slot) = vm.heap.get_mut(r) {
            *slot = v;
        }
    }
}

/// `CopyFreeVars(n)`: the running function's closure cells into the last
/// n slots.
pub(crate) fn copy_free_vars(vm: &mut Vm, th: &mut Thread, n: u32) -> PyResult<()> {
    let f = top_frame!(th);
    let func = f.func;
    let base = f.base as usize;
    let first = f.code.code.first_free();
    let Some(Value::Obj(func)) = func else {
        return Err(PyErr::internal("free variables without a function"));
    };
    let Obj::Function(fun) = vm.heap.get(func) else {
        return Err(PyErr::internal("free variables without a function"));
    };
    for i in 0..n as usize {
        th.stack[base + first + i] = Value::Obj(fun.closure[i]);
    }
    Ok(())
}
