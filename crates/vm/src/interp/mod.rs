//! The steppable interpreter. [`step`] runs one thread for at most a budget
//! of instructions and returns why it stopped; it never blocks, sleeps,
//! reads a clock or chooses a thread — the caller (the machine) decides.
//!
//! Python calls never recurse in Rust: a call pushes a frame onto the
//! thread's frame stack and the loop continues with it. Instructions and
//! builtins that need Python code (a `__add__`, a `__repr__`, a key
//! function) use the replay mechanism described in [`native`].

pub mod attr;
mod bind;
pub mod build;
pub mod cache;
mod call;
mod class_build;
mod finalize;
mod flow;
mod gen;
mod instantiate;
mod intrinsics;
pub mod iter;
pub mod native;
pub mod ops;

pub use call::start_main;
pub use class_build::finish_class;
pub use intrinsics::Intrinsic;

use crate::errors::{Fatal, PyErr, PyResult};
use crate::objects::Obj;
use crate::thread::{Frame, PyFrame, Thread};
use crate::value::Value;
use crate::vm::{ReplayCtx, Vm};
use corelab_compile::{CmpOp, Instr};

/// Where a step may stop when its budget runs out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StopMode {
    /// At the next eval-breaker check (CPython 3.10+ switch points).
    SwitchPoint,
    /// After any instruction (CPython <= 3.9, free-threading, OS preemption).
    Anywhere,
}

/// Why [`step`] returned.
#[derive(Clone, Debug)]
pub enum StepOutcome {
    /// The budget is used up; the thread can be stepped again.
    Budget,
    /// The thread's outermost frame returned.
    Finished,
    /// An exception escaped the outermost frame (a heap exception object).
    Raised(crate::value::ObjRef),
    /// The run must stop (limit, unsupported feature, internal error).
    Fatal(Fatal),
    /// The thread needs the machine (a sleep, a lock wait, a new thread).
    /// Answer with [`deliver`] before stepping the thread again.
    Sys(crate::syscall::Syscall),
}

/// What an instruction did to the frame stack.
pub(crate) enum Flow {
    /// Continue with the next instruction of the same frame.
    Next,
    /// The frame stack changed: reload the top frame.
    Switch,
}

/// Runs `th` for up to `budget` instructions, or until the simulated clock
/// (`vm.clock_ps`, advanced by each instruction's cost) reaches
/// `vm.deadline_ps`, whichever comes first; `mode` says where it may stop.
pub fn step(vm: &mut Vm, th: &mut Thread, budget: u64, mode: StopMode) -> StepOutcome {
    let mut remaining = budget;
    let profile = vm.profile.enabled;
    if profile {
        vm.profile.start(vm.clock_ps);
    }
    let outcome = loop {
        if let Some(req) = th.pending_sys.take() {
            break StepOutcome::Sys(req);
        }
        match th.frames.last() {
            None => break StepOutcome::Finished,
            Some(Frame::Native(_)) => {
                break StepOutcome::Fatal(Fatal::Internal(
                    "native frame on top of the stack".into(),
                ))
            }
            Some(Frame::Py(_)) => {}
        }
        let r = match (profile, mode) {
            (false, StopMode::SwitchPoint) => run_frame::<false, false>(vm, th, &mut remaining),
            (false, StopMode::Anywhere) => run_frame::<false, true>(vm, th, &mut remaining),
            (true, StopMode::SwitchPoint) => run_frame::<true, false>(vm, th, &mut remaining),
            (true, StopMode::Anywhere) => run_frame::<true, true>(vm, th, &mut remaining),
        };
        match r {
            Ok(None) => {}
            Ok(Some(out)) => break out,
            Err(e) => {
                if let Err(out) = flow::raise(vm, th, e) {
                    break out;
                }
            }
        }
        if vm.heap.allocated_since_gc() > vm.next_gc {
            crate::gc::collect(vm, th);
        }
    };
    vm.steps += budget - remaining;
    if profile {
        let line = crate::profile::user_line(th, &vm.main_source, None);
        vm.profile.charge(line, vm.clock_ps);
    }
    outcome
}

macro_rules! top_frame {
    ($th:expr) => {
        match $th.frames.last_mut() {
            Some($crate::thread::Frame::Py(f)) => f,
            _ => unreachable!("top frame is not a Python frame"),
        }
    };
}
pub(crate) use top_frame;

/// Charges the time since the last profile sample to the program line
/// `th` is at (its top frame is about to execute instruction `ip` of
/// `code`).
#[cold]
fn sample(vm: &mut Vm, th: &Thread, code: &corelab_compile::CodeObject, ip: usize) {
    let line = if crate::profile::is_main_file(code, &vm.main_source) {
        code.line_of(ip as u32)
    } else {
        crate::profile::user_line(th, &vm.main_source, Some(ip as u32))
    };
    vm.profile.sample(line, vm.clock_ps);
}

/// Executes instructions of the top Python frame. `Ok(None)`: the frame
/// stack changed; `Ok(Some(outcome))`: stop stepping; `Err`: an error
/// raised by the instruction before the saved `ip`. `ANYWHERE`: the mode is
/// [`StopMode::Anywhere`] (else `SwitchPoint`).
fn run_frame<const PROFILE: bool, const ANYWHERE: bool>(
    vm: &mut Vm,
    th: &mut Thread,
    remaining: &mut u64,
) -> Result<Option<StepOutcome>, PyErr> {
    // The simulated clock lives in a register while instructions run (not a
    // load and store of `vm.clock_ps` per instruction); `run_loop` writes it
    // back before every call that may read or advance it and reads it again
    // afterwards, and it is written back here on every way out.
    let mut clock = vm.clock_ps;
    let r = run_loop::<PROFILE, ANYWHERE>(vm, th, remaining, &mut clock);
    vm.clock_ps = clock;
    r
}

/// The body of [`run_frame`]; `clock` stands for `vm.clock_ps`.
#[inline(always)]
fn run_loop<const PROFILE: bool, const ANYWHERE: bool>(
    vm: &mut Vm,
    th: &mut Thread,
    remaining: &mut u64,
    clock: &mut u64,
) -> Result<Option<StepOutcome>, PyErr> {
    let frame = top_frame!(th);
    let code = frame.code.clone();
    let base = frame.base as usize;
    let mut ip = frame.ip as usize;
    let ops = &code.ops[..];
    // A local copy: one compare with a register per instruction.
    let mut sample_at = vm.profile.next_ps;

    macro_rules! save_ip {
        () => {
            top_frame!(th).ip = ip as u32
        };
    }
    macro_rules! switch_point {
        () => {
            if *remaining == 0 || *clock >= vm.deadline_ps {
                save_ip!();
                vm.at_switch_point = true;
                return Ok(Some(budget_outcome(vm)));
            }
        };
    }
    // A call that may read or advance the clock.
    macro_rules! out {
        ($e:expr) => {{
            vm.clock_ps = *clock;
            let r = $e;
            *clock = vm.clock_ps;
            r
        }};
    }
    macro_rules! slow {
        ($e:expr) => {{
            save_ip!();
            match out!($e) {
                Ok(Flow::Next) => ip = top_frame!(th).ip as usize,
                Ok(Flow::Switch) => return Ok(None),
                Err(e) => return Err(e),
            }
        }};
    }

    loop {
        if ANYWHERE && (*remaining == 0 || *clock >= vm.deadline_ps) {
            save_ip!();
            vm.at_switch_point = false;
            return Ok(Some(budget_outcome(vm)));
        }
        if PROFILE && *clock >= sample_at {
            out!(sample(vm, th, &code.code, ip));
            sample_at = vm.profile.next_ps;
        }
        *remaining = remaining.saturating_sub(1);
        let (instr, cost) = ops[ip];
        *clock += cost as u64;
        ip += 1;
        match instr {
            Instr::Nop => {}
            Instr::Resume(k) => {
                if k < 2 {
                    switch_point!();
                }
            }
            Instr::LoadConst(i) => th.stack.push(code.consts[i as usize]),
            Instr::LoadFast(i) => {
                let v = th.stack[base + i as usize];
                if v.is_null() {
                    save_ip!();
                    return Err(out!(flow::unbound_local(vm, &code, i)));
                }
                th.stack.push(v);
            }
            // While a generator is armed, what an instruction drops is
            // looked at (see `finalize`).
            Instr::StoreFast(i) => {
                let v = th.stack.pop().unwrap_or(Value::Null);
                let old = std::mem::replace(&mut th.stack[base + i as usize], v);
                if finalize::watching(vm) && old.as_obj().is_some() {
                    slow!(finalize::dropped(vm, th, &[old]));
                }
            }
            Instr::PopTop => {
                let v = th.stack.pop().unwrap_or(Value::Null);
                if finalize::watching(vm) && v.as_obj().is_some() {
                    slow!(finalize::dropped(vm, th, &[v]));
                }
            }
            Instr::PushNull => th.stack.push(Value::Null),
            Instr::Copy(n) => {
                let v = th.stack[th.stack.len() - n as usize];
                th.stack.push(v);
            }
            Instr::Swap(n) => {
                let len = th.stack.len();
                th.stack.swap(len - 1, len - n as usize);
            }
            Instr::BinaryOp(op) => {
                if !fold_top2(&mut th.stack, |a, b| ops::fast_binary(a, b, op)) {
                    slow!(exec_slow(vm, th, instr));
                }
            }
            Instr::CompareOp(op) => {
                let cmp = CmpOp::from_u32(op);
                if !fold_top2(&mut th.stack, |a, b| {
                    ops::fast_compare(a, b, cmp).map(Value::Bool)
                }) {
                    slow!(exec_slow(vm, th, instr));
                }
            }
            Instr::JumpBackward(t) => {
                ip = t as usize;
                switch_point!();
            }
            Instr::Jump(t) | Instr::JumpBackwardNoInterrupt(t) => ip = t as usize,
            Instr::PopJumpIfFalse(t) | Instr::PopJumpIfTrue(t) => {
                let truth = match th.stack.last() {
                    Some(Value::Bool(b)) => *b,
                    Some(Value::Int(i)) => *i != 0,
                    Some(Value::None) => false,
                    _ => {
                        slow!(exec_slow(vm, th, instr));
                        continue;
                    }
                };
                th.stack.pop();
                if truth == matches!(instr, Instr::PopJumpIfTrue(_)) {
                    let backward = (t as usize) < ip;
                    ip = t as usize;
                    if backward {
                        switch_point!();
                    }
                }
            }
            Instr::PopJumpIfNone(t) | Instr::PopJumpIfNotNone(t) => {
                let is_none = matches!(th.stack.pop(), Some(Value::None));
                if is_none == matches!(instr, Instr::PopJumpIfNone(_)) {
                    let backward = (t as usize) < ip;
                    ip = t as usize;
                    if backward {
                        switch_point!();
                    }
                }
            }
            Instr::LoadGlobal(n) => {
                let name = code.names[n as usize];
                let globals = top_frame!(th).globals;
                if let Some(v) = cache::load_global(vm, &code.cache[ip - 1], globals, name) {
                    th.stack.push(v);
                    continue;
                }
                match vm.dict_get_str(globals, name) {
                    Some(v) => th.stack.push(v),
                    None => match vm.dict_get_str(vm.builtins, name) {
                        Some(v) => th.stack.push(v),
                        None => {
                            save_ip!();
                            return Err(out!(flow::name_error(vm, name)));
                        }
                    },
                }
            }
            // These take the slow path, which looks at what they drop.
            Instr::StoreGlobal(_)
            | Instr::StoreName(_)
            | Instr::StoreAttr(_)
            | Instr::StoreSubscr
                if finalize::watching(vm) =>
            {
                slow!(exec_slow(vm, th, instr))
            }
            Instr::StoreGlobal(n) => {
                let v = th.stack.pop().unwrap_or(Value::Null);
                let globals = top_frame!(th).globals;
                cache::store_global(vm, &code.cache[ip - 1], globals, code.names[n as usize], v);
            }
            Instr::ForIter(t) => {
                if let Some(next) = iter::fast_next(vm, th) {
                    match next {
                        Some(v) => th.stack.push(v),
                        None => {
                            th.stack.pop();
                            ip = t as usize;
                        }
                    }
                } else {
                    slow!(exec_slow(vm, th, instr));
                }
            }
            Instr::Call(argc) => {
                save_ip!();
                match out!(call::try_fast_call(vm, th, argc)) {
                    Ok(Some(_)) => return Ok(None),
                    Ok(None) => {}
                    Err(e) => return Err(e),
                }
                let native = match out!(exec_slow(vm, th, instr)) {
                    Ok(Flow::Next) => true,
                    Ok(Flow::Switch) => return Ok(None),
                    Err(e) => return Err(e),
                };
                ip = top_frame!(th).ip as usize;
                if native {
                    *clock += vm.costs.builtin_call as u64;
                    switch_point!();
                }
            }
            Instr::LoadName(n) => {
                let name = code.names[n as usize];
                let f = top_frame!(th);
                let (ns, globals) = (f.ns.unwrap_or(f.globals), f.globals);
                if ns == globals {
                    if let Some(v) = cache::load_global(vm, &code.cache[ip - 1], globals, name) {
                        th.stack.push(v);
                        continue;
                    }
                }
                let v = vm
                    .dict_get_str(ns, name)
                    .or_else(|| {
                        if ns != globals {
                            vm.dict_get_str(globals, name)
                        } else {
                            None
                        }
                    })
                    .or_else(|| vm.dict_get_str(vm.builtins, name));
                match v {
                    Some(v) => th.stack.push(v),
                    None => {
                        save_ip!();
                        return Err(out!(flow::name_error(vm, name)));
                    }
                }
            }
            Instr::StoreName(n) => {
                let v = th.stack.pop().unwrap_or(Value::Null);
                let f = top_frame!(th);
                let ns = f.ns.unwrap_or(f.globals);
                cache::store_global(vm, &code.cache[ip - 1], ns, code.names[n as usize], v);
            }
            Instr::LoadAttr(n) => {
                let obj = *th.stack.last().unwrap_or(&Value::None);
                match cache::load_attr(vm, &code.cache[ip - 1], obj, code.names[n as usize]) {
                    Some(v) => *th.stack.last_mut().unwrap_or(&mut Value::Null) = v,
                    None => slow!(exec_slow(vm, th, instr)),
                }
            }
            Instr::LoadMethod(n) => {
                let obj = *th.stack.last().unwrap_or(&Value::None);
                match cache::load_method(vm, &code.cache[ip - 1], obj, code.names[n as usize]) {
                    Some(m) => {
                        *th.stack.last_mut().unwrap_or(&mut Value::Null) = m;
                        th.stack.push(obj);
                    }
                    None => slow!(exec_slow(vm, th, instr)),
                }
            }
            Instr::StoreAttr(n) => {
                let len = th.stack.len();
                let (value, obj) = (th.stack[len - 2], th.stack[len - 1]);
                if cache::store_attr(vm, &code.cache[ip - 1], obj, code.names[n as usize], value) {
                    th.stack.truncate(len - 2);
                } else {
                    slow!(exec_slow(vm, th, instr));
                }
            }
            Instr::BinarySubscr => {
                if !fold_top2(&mut th.stack, |c, k| build::fast_getitem(vm, c, k)) {
                    slow!(exec_slow(vm, th, instr));
                }
            }
            Instr::StoreSubscr => {
                let done = match th.stack.as_slice() {
                    [.., v, c, k] => build::fast_setitem(vm, *c, *k, *v),
                    _ => false,
                };
                if done {
                    let len = th.stack.len();
                    th.stack.truncate(len - 3);
                } else {
                    slow!(exec_slow(vm, th, instr));
                }
            }
            Instr::ReturnValue => {
                let v = th.stack.pop().unwrap_or(Value::Null);
                save_ip!();
                return match out!(flow::return_value(vm, th, v)) {
                    Ok(()) => Ok(None),
                    Err(out) => Ok(Some(out)),
                };
            }
            other => slow!(exec_slow(vm, th, other)),
        }
    }
}

/// Replaces the two topmost values (second, top) with `f(second, top)` if
/// that gives a value; false (stack unchanged) otherwise.
#[inline(always)]
fn fold_top2(stack: &mut Vec<Value>, f: impl FnOnce(Value, Value) -> Option<Value>) -> bool {
    let [.., a, b] = stack.as_mut_slice() else {
        return false;
    };
    match f(*a, *b) {
        Some(r) => {
            *a = r;
            stack.pop();
            true
        }
        None => false,
    }
}

fn budget_outcome(vm: &Vm) -> StepOutcome {
    if vm.steps > vm.limits.max_steps {
        return StepOutcome::Fatal(Fatal::Limit(format!(
            "step limit reached: the program ran more than {} instructions (raise it with --max-steps)",
            vm.limits.max_steps
        )));
    }
    StepOutcome::Budget
}

/// A drop point off the fast path: `old` lost a reference (see
/// [`finalize`]).
fn drop_value(vm: &mut Vm, th: &mut Thread, old: Value) -> PyResult<Flow> {
    if finalize::watching(vm) && old.as_obj().is_some() {
        return finalize::dropped(vm, th, &[old]);
    }
    Ok(Flow::Next)
}

/// Runs an instruction off the fast path with the frame's replay memo
/// installed. The frame's `ip` already points past `instr`.
fn exec_slow(vm: &mut Vm, th: &mut Thread, instr: Instr) -> PyResult<Flow> {
    let frame = top_frame!(th);
    vm.replay = ReplayCtx {
        memo: std::mem::take(&mut frame.memo),
        pos: 0,
        depth: 0,
    };
    vm.work_items = 0;
    let r = exec_other(vm, th, instr);
    if matches!(&r, Err(e) if e.is_control()) {
        // Keep the results so far; the instruction is re-run (flow::raise
        // rewinds ip) once the callback has delivered its result.
        if let Some(Frame::Py(f)) = th.frames.last_mut() {
            f.memo = std::mem::take(&mut vm.replay.memo);
        }
    } else {
        vm.replay.memo.clear();
        vm.charge_work();
    }
    r
}

/// The less frequent instructions. Instructions that may call back into
/// Python read their operands without popping them and only change the
/// stack once they have succeeded, so they can be re-run.
fn exec_other(vm: &mut Vm, th: &mut Thread, instr: Instr) -> PyResult<Flow> {
    let frame = top_frame!(th);
    let code = frame.code.clone();
    let base = frame.base as usize;
    match instr {
        Instr::BinaryOp(op) => {
            let (a, b) = peek2(th);
            let r = ops::binary(vm, a, b, op)?;
            replace_top(th, 2, r);
        }
        Instr::CompareOp(op) => {
            let (a, b) = peek2(th);
            let r = ops::compare(vm, a, b, CmpOp::from_u32(op))?;
            replace_top(th, 2, r);
        }
        Instr::PopJumpIfFalse(t) | Instr::PopJumpIfTrue(t) => {
            let v = *th.stack.last().unwrap_or(&Value::None);
            let truth = ops::truthy(vm, v)?;
            th.stack.pop();
            if truth == matches!(instr, Instr::PopJumpIfTrue(_)) {
                top_frame!(th).ip = t;
            }
        }
        Instr::JumpIfFalseOrPop(t) | Instr::JumpIfTrueOrPop(t) => {
            let v = *th.stack.last().unwrap_or(&Value::None);
            if ops::truthy(vm, v)? == matches!(instr, Instr::JumpIfTrueOrPop(_)) {
                top_frame!(th).ip = t;
            } else {
                th.stack.pop();
            }
        }
        Instr::ForIter(t) => return iter::for_iter(vm, th, t),
        Instr::Call(argc) => return call::call_instr(vm, th, argc),
        Instr::DeleteFast(i) => {
            if th.stack[base + i as usize].is_null() {
                return Err(flow::unbound_local(vm, &code, i));
            }
            let old = std::mem::replace(&mut th.stack[base + i as usize], Value::Null);
            return drop_value(vm, th, old);
        }
        Instr::MakeCell(i) => {
            let slot = base + i as usize;
            let v = th.stack[slot];
            th.stack[slot] = Value::Obj(vm.heap.alloc(Obj::Cell(v)));
        }
        Instr::CopyFreeVars(n) => flow::copy_free_vars(vm, th, n)?,
        Instr::LoadClosure(i) => th.stack.push(th.stack[base + i as usize]),
        Instr::LoadDeref(i) => {
            let v = flow::cell_get(vm, th.stack[base + i as usize]);
            if v.is_null() {
                return Err(flow::unbound_deref(vm, &code, i));
            }
            th.stack.push(v);
        }
        Instr::LoadClassDeref(i) => {
            let name = code.local_names[i as usize];
            let ns = top_frame!(th).ns;
            let v = match ns.and_then(|ns| vm.dict_get_str(ns, name)) {
                Some(v) => v,
                None => flow::cell_get(vm, th.stack[base + i as usize]),
            };
            if v.is_null() {
                return Err(flow::unbound_deref(vm, &code, i));
            }
            th.stack.push(v);
        }
        Instr::StoreDeref(i) => {
            let v = th.stack.pop().unwrap_or(Value::Null);
            let cell = th.stack[base + i as usize];
            let old = flow::cell_get(vm, cell);
            flow::cell_set(vm, cell, v);
            return drop_value(vm, th, old);
        }
        Instr::DeleteDeref(i) => {
            let cell = th.stack[base + i as usize];
            let old = flow::cell_get(vm, cell);
            if old.is_null() {
                return Err(flow::unbound_deref(vm, &code, i));
            }
            flow::cell_set(vm, cell, Value::Null);
            return drop_value(vm, th, old);
        }
        Instr::DeleteGlobal(n) => {
            let name = code.names[n as usize];
            let globals = top_frame!(th).globals;
            let old = vm.dict_get_str(globals, name);
            if !vm.dict_del_str(globals, name) {
                return Err(flow::name_error(vm, name));
            }
            return drop_value(vm, th, old.unwrap_or(Value::Null));
        }
        Instr::LoadName(n) => {
            let name = code.names[n as usize];
            let f = top_frame!(th);
            let (ns, globals) = (f.ns, f.globals);
            let v = ns
                .and_then(|ns| vm.dict_get_str(ns, name))
                .or_else(|| vm.dict_get_str(globals, name))
                .or_else(|| vm.dict_get_str(vm.builtins, name));
            match v {
                Some(v) => th.stack.push(v),
                None => return Err(flow::name_error(vm, name)),
            }
        }
        Instr::StoreFast(i) => {
            let v = th.stack.pop().unwrap_or(Value::Null);
            let old = std::mem::replace(&mut th.stack[base + i as usize], v);
            return drop_value(vm, th, old);
        }
        Instr::PopTop => {
            let v = th.stack.pop().unwrap_or(Value::Null);
            return drop_value(vm, th, v);
        }
        Instr::StoreGlobal(n) => {
            let v = th.stack.pop().unwrap_or(Value::Null);
            let globals = top_frame!(th).globals;
            let old = vm.dict_get_str(globals, code.names[n as usize]);
            vm.dict_set_str(globals, code.names[n as usize], v);
            return drop_value(vm, th, old.unwrap_or(Value::Null));
        }
        Instr::StoreName(n) => {
            let v = th.stack.pop().unwrap_or(Value::Null);
            let f = top_frame!(th);
            let ns = f.ns.unwrap_or(f.globals);
            let old = vm.dict_get_str(ns, code.names[n as usize]);
            vm.dict_set_str(ns, code.names[n as usize], v);
            return drop_value(vm, th, old.unwrap_or(Value::Null));
        }
        Instr::DeleteName(n) => {
            let name = code.names[n as usize];
            let f = top_frame!(th);
            let ns = f.ns.unwrap_or(f.globals);
            let old = vm.dict_get_str(ns, name);
            if !vm.dict_del_str(ns, name) {
                return Err(flow::name_error(vm, name));
            }
            return drop_value(vm, th, old.unwrap_or(Value::Null));
        }
        Instr::LoadAttr(n) => return attr::load_attr(vm, th, code.names[n as usize]),
        Instr::LoadMethod(n) => return attr::load_method(vm, th, code.names[n as usize]),
        Instr::StoreAttr(n) => return attr::store_attr(vm, th, code.names[n as usize]),
        Instr::DeleteAttr(n) => return attr::delete_attr(vm, th, code.names[n as usize]),
        Instr::UnaryNegative | Instr::UnaryPositive | Instr::UnaryInvert | Instr::UnaryNot => {
            let v = *th.stack.last().unwrap_or(&Value::None);
            let r = ops::unary(vm, v, instr)?;
            replace_top(th, 1, r);
        }
        Instr::IsOp(inv) => {
            let (a, b) = peek2(th);
            let r = Value::Bool(ops::is(vm, a, b) != (inv == 1));
            replace_top(th, 2, r);
        }
        Instr::ContainsOp(inv) => {
            let (a, b) = peek2(th);
            let r = ops::contains(vm, b, a)? != (inv == 1);
            replace_top(th, 2, Value::Bool(r));
        }
        Instr::BinarySubscr => {
            let (a, b) = peek2(th);
            let r = build::getitem(vm, a, b)?;
            replace_top(th, 2, r);
        }
        Instr::StoreSubscr => {
            let len = th.stack.len();
            let (v, c, k) = (th.stack[len - 3], th.stack[len - 2], th.stack[len - 1]);
            let old = finalize::watching(vm).then(|| finalize::old_item(vm, c, k));
            build::setitem(vm, c, k, v)?;
            th.stack.truncate(len - 3);
            return drop_value(vm, th, old.flatten().unwrap_or(Value::Null));
        }
        Instr::DeleteSubscr => {
            let (c, k) = peek2(th);
            let old = finalize::watching(vm).then(|| finalize::old_item(vm, c, k));
            build::delitem(vm, c, k)?;
            th.stack.truncate(th.stack.len() - 2);
            return drop_value(vm, th, old.flatten().unwrap_or(Value::Null));
        }
        Instr::BuildTuple(_)
        | Instr::BuildList(_)
        | Instr::BuildSet(_)
        | Instr::BuildMap(_)
        | Instr::BuildConstKeyMap(_)
        | Instr::BuildSlice(_)
        | Instr::BuildString(_)
        | Instr::ListAppend(_)
        | Instr::SetAdd(_)
        | Instr::MapAdd(_)
        | Instr::ListExtend(_)
        | Instr::SetUpdate(_)
        | Instr::DictUpdate(_)
        | Instr::DictMerge(_)
        | Instr::ListToTuple
        | Instr::UnpackSequence(_)
        | Instr::UnpackEx(_)
        | Instr::FormatValue(_) => build::build(vm, th, instr)?,
        Instr::GetIter => {
            let v = *th.stack.last().unwrap_or(&Value::None);
            let it = iter::get_iter(vm, v)?;
            replace_top(th, 1, it);
        }
        Instr::GetYieldFromIter => {
            let v = *th.stack.last().unwrap_or(&Value::None);
            if !matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Generator(_))) {
                let it = iter::get_iter(vm, v)?;
                replace_top(th, 1, it);
            }
        }
        Instr::KwNames(c) => top_frame!(th).kwnames = c + 1,
        Instr::CallFunctionEx(flags) => return call::call_function_ex(vm, th, flags),
        Instr::MakeFunction(flags) => call::make_function(vm, th, flags)?,
        Instr::YieldValue => return flow::yield_value(vm, th),
        Instr::Send(t) => return flow::send(vm, th, t),
        Instr::LoadBuildClass => th.stack.push(vm.intrinsic(Intrinsic::BuildClass)),
        Instr::LoadAssertionError => th.stack.push(Value::Obj(vm.exc.assertion_error)),
        Instr::RaiseVarargs(n) => return Err(flow::raise_varargs(vm, th, n)),
        Instr::Reraise(_) => {
            let exc = th.stack.pop().unwrap_or(Value::None);
            return Err(flow::reraise(vm, exc));
        }
        Instr::PushExcInfo => {
            let exc = th.stack.pop().unwrap_or(Value::None);
            th.stack.push(th.handled);
            th.stack.push(exc);
            th.handled = exc;
        }
        Instr::PopExcept => {
            let prev = th.stack.pop().unwrap_or(Value::None);
            let old = std::mem::replace(&mut th.handled, prev);
            return drop_value(vm, th, old);
        }
        Instr::CheckExcMatch => {
            let (exc, ty) = peek2(th);
            let r = flow::exc_match(vm, exc, ty)?;
            replace_top(th, 1, Value::Bool(r));
        }
        Instr::BeforeWith => return call::before_with(vm, th),
        Instr::WithExceptStart => return call::with_except_start(vm, th),
        Instr::ImportName(n) => {
            let fromlist = *th.stack.last().unwrap_or(&Value::None);
            let m = crate::modules::import_name(vm, code.names[n as usize], fromlist)?;
            replace_top(th, 2, m);
        }
        Instr::ImportFrom(n) => {
            let m = *th.stack.last().unwrap_or(&Value::None);
            let v = crate::modules::import_from(vm, m, code.names[n as usize])?;
            th.stack.push(v);
        }
        Instr::ImportStar => {
            let m = th.stack.pop().unwrap_or(Value::None);
            let f = top_frame!(th);
            let ns = f.ns.unwrap_or(f.globals);
            crate::modules::import_star(vm, m, ns)?;
        }
        _ => {
            return Err(PyErr::internal(format!(
                "instruction {instr:?} reached the slow path"
            )))
        }
    }
    Ok(Flow::Next)
}

/// The two topmost stack values (second, top).
pub(crate) fn peek2(th: &Thread) -> (Value, Value) {
    let len = th.stack.len();
    (th.stack[len - 2], th.stack[len - 1])
}

/// Pops `n` values and pushes `v`.
pub(crate) fn replace_top(th: &mut Thread, n: usize, v: Value) {
    let len = th.stack.len();
    th.stack.truncate(len - n);
    th.stack.push(v);
}

/// Hands the machine's answer to a [`StepOutcome::Sys`] request back to
/// the thread that made it. `Err` carries an outcome the answer caused at
/// once (for example an exception that finished the thread); handle it like
/// a `step` outcome.
pub fn deliver(vm: &mut Vm, th: &mut Thread, r: PyResult<Value>) -> Result<(), StepOutcome> {
    flow::settle(vm, th, flow::Event::Deliver(r, u32::MAX))
}

/// The innermost Python frame.
pub fn current_frame(th: &Thread) -> Option<&PyFrame> {
    th.frames.iter().rev().find_map(|f| match f {
        Frame::Py(p) => Some(p),
        _ => None,
    })
}

/// Starts `func(*args)` on `th` for the host. Returns the result if it
/// finished at once; otherwise step the thread until it finishes.
pub fn call_from_host(
    vm: &mut Vm,
    th: &mut Thread,
    func: Value,
    args: &[Value],
) -> Option<PyResult<Value>> {
    call::start_call(vm, th, func, args, &[])
}
