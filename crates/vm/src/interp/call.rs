//! Calling: the `Call` and `CallFunctionEx` instructions, dispatch on the
//! callable (`call_value`), pushing Python frames, running builtins,
//! creating generators, `MakeFunction` and the `with` calls. Argument
//! binding is in `bind`, calling a class in `instantiate`, and the
//! intrinsics the interpreter performs itself in `intrinsics`.

use super::{bind, finalize, instantiate, intrinsics, native, top_frame, Flow};
use crate::builtins::Args;
use crate::errors::{PyErr, PyResult};
use crate::objects::{Function, GenState, Generator, Obj};
use crate::thread::SavedFrame;
use crate::thread::{Frame, PyFrame, Thread};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use std::rc::Rc;

/// Starts running `main` (a module code object) as the thread's first frame.
pub fn start_main(
    vm: &mut Vm,
    th: &mut Thread,
    code: Rc<crate::code::LoadedCode>,
    globals: ObjRef,
) {
    let base = th.stack.len() as u32;
    th.stack
        .extend(std::iter::repeat_n(Value::Null, code.code.nlocals()));
    th.frames
        .push(Frame::Py(new_frame(code, base, base, globals, None)));
    if let Some(Frame::Py(p)) = th.frames.last_mut() {
        p.ns = Some(globals);
    }
    th.depth += 1;
    let _ = vm;
}

pub(super) fn new_frame(
    code: Rc<crate::code::LoadedCode>,
    base: u32,
    ret_sp: u32,
    globals: ObjRef,
    func: Option<Value>,
) -> PyFrame {
    PyFrame {
        code,
        ip: 0,
        base,
        ret_sp,
        globals,
        func,
        ns: None,
        locals: None,
        gen: None,
        kwnames: 0,
        init_of: Value::Null,
        memo: Vec::new(),
        awaiting: false,
        closing: false,
    }
}

/// Result of starting a call.
pub(crate) enum Started {
    /// A frame was pushed; its result is delivered when it finishes.
    Pushed,
    /// The call finished at once.
    Done(PyResult<Value>),
}

/// `Call(argc)`. Returns `Flow::Next` when a builtin finished (a switch
/// point), `Flow::Switch` when a frame was pushed.
pub(crate) fn call_instr(vm: &mut Vm, th: &mut Thread, argc: u32) -> PyResult<Flow> {
    let r = call_instr_inner(vm, th, argc);
    if let Err(e) = &r {
        if !e.is_control() {
            // The call failed for good: its keyword names are spent.
            top_frame_kw_clear(th, 1);
        }
    }
    r
}

fn call_instr_inner(vm: &mut Vm, th: &mut Thread, argc: u32) -> PyResult<Flow> {
    let f = top_frame!(th);
    let kwc = f.kwnames;
    let kwnames: Vec<ObjRef> = if kwc > 0 {
        tuple_strs(vm, f.code.consts[kwc as usize - 1])
    } else {
        Vec::new()
    };
    let len = th.stack.len();
    let n = argc as usize;
    let (a, b) = (th.stack[len - n - 2], th.stack[len - n - 1]);
    let (mut callable, mut first) = if a.is_null() {
        (b, len - n)
    } else {
        (a, len - n - 1)
    };
    let ret_sp = (len - n - 2) as u32;
    // Unwrap bound methods in place (no allocation).
    if let Value::Obj(r) = callable {
        if let Obj::BoundMethod(this, func) = vm.heap.get(r) {
            let (this, func) = (*this, *func);
            if a.is_null() {
                th.stack[len - n - 2] = func;
                th.stack[len - n - 1] = this;
                callable = func;
                first = len - n - 1;
            }
        }
    }
    if kwnames.is_empty() {
        if let Some(flow) = try_fast_python_call(vm, th, callable, first, ret_sp)? {
            return Ok(flow);
        }
    }
    if kwnames.is_empty() {
        if let Value::Obj(r) = callable {
            if let Obj::Builtin(b) = vm.heap.get(r) {
                if b.this.is_null() && b.intrinsic.is_none() {
                    // Plain builtin: arguments straight from the stack.
                    let func = b.func;
                    let v = func(vm, &Args::new(&th.stack[first..], &[]))?;
                    return finish_builtin_call(vm, th, ret_sp, v);
                }
            }
        }
    }
    let npos = len - first - kwnames.len();
    let args: Vec<Value> = th.stack[first..first + npos].to_vec();
    let kw: Vec<(ObjRef, Value)> = kwnames
        .iter()
        .zip(&th.stack[first + npos..])
        .map(|(&k, &v)| (k, v))
        .collect();
    let r = call_value(vm, th, callable, &args, &kw, ret_sp, true)?;
    match r {
        Started::Pushed => {
            top_frame_kw_clear(th, 2);
            Ok(Flow::Switch)
        }
        Started::Done(r) => {
            top_frame_kw_clear(th, 1);
            let v = r?;
            finish_builtin_call(vm, th, ret_sp, v)
        }
    }
}

/// Replaces a finished builtin call's callable and arguments with its
/// result `v`; the arguments lose a reference there (a drop point, see
/// `finalize`).
#[inline]
fn finish_builtin_call(vm: &mut Vm, th: &mut Thread, ret_sp: u32, v: Value) -> PyResult<Flow> {
    if finalize::watching(vm) {
        return finish_watched(vm, th, ret_sp, v);
    }
    th.stack.truncate(ret_sp as usize);
    th.stack.push(v);
    Ok(Flow::Next)
}

#[cold]
#[inline(never)]
fn finish_watched(vm: &mut Vm, th: &mut Thread, ret_sp: u32, v: Value) -> PyResult<Flow> {
    let found = finalize::candidates(vm, th.stack[ret_sp as usize..].iter().copied());
    th.stack.truncate(ret_sp as usize);
    th.stack.push(v);
    finalize::dropped_found(vm, th, found)
}

/// `Call(argc)` of a simple Python function or bound method without
/// keywords: the common case, handled before the general path.
#[inline]
pub(crate) fn try_fast_call(vm: &mut Vm, th: &mut Thread, argc: u32) -> PyResult<Option<Flow>> {
    if top_frame!(th).kwnames != 0 {
        return Ok(None);
    }
    let len = th.stack.len();
    let n = argc as usize;
    let (a, b) = (th.stack[len - n - 2], th.stack[len - n - 1]);
    let (callable, first) = if a.is_null() {
        (b, len - n)
    } else {
        (a, len - n - 1)
    };
    try_fast_python_call(vm, th, callable, first, (len - n - 2) as u32)
}

/// Clears the pending KwNames of exactly the frame `depth` from the top
/// (1 = top: the call finished at once; 2 = the caller of a frame that the
/// call just pushed).
fn top_frame_kw_clear(th: &mut Thread, depth: usize) {
    let n = th.frames.len();
    if let Some(Frame::Py(f)) = n.checked_sub(depth).and_then(|i| th.frames.get_mut(i)) {
        f.kwnames = 0;
    }
}

fn tuple_strs(vm: &Vm, t: Value) -> Vec<ObjRef> {
    match t {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Tuple(items) => items.iter().filter_map(|v| v.as_obj()).collect(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// Positional-only call of a simple Python function: arguments already
/// sit where the callee's locals go.
fn try_fast_python_call(
    vm: &mut Vm,
    th: &mut Thread,
    callable: Value,
    first: usize,
    ret_sp: u32,
) -> PyResult<Option<Flow>> {
    let Value::Obj(r) = callable else {
        return Ok(None);
    };
    let Obj::Function(func) = vm.heap.get(r) else {
        return Ok(None);
    };
    let code = &func.code.code;
    let npos = th.stack.len() - first;
    if code.varargs
        || code.varkeywords
        || code.kwonlyargcount > 0
        || code.generator
        || npos != code.argcount as usize
    {
        return Ok(None);
    }
    let (lc, globals) = (func.code.clone(), func.globals);
    check_depth(vm, th)?;
    let nlocals = lc.code.nlocals();
    th.stack
        .extend(std::iter::repeat_n(Value::Null, nlocals - npos));
    th.frames.push(Frame::Py(new_frame(
        lc,
        first as u32,
        ret_sp,
        globals,
        Some(callable),
    )));
    th.depth += 1;
    Ok(Some(Flow::Switch))
}

pub(super) fn check_depth(vm: &mut Vm, th: &Thread) -> PyResult<()> {
    if th.depth >= vm.recursion_limit {
        return Err(vm.err(vm.exc.recursion_error, "maximum recursion depth exceeded"));
    }
    Ok(())
}

/// Starts a call on behalf of a callback request or a native frame: the
/// result goes to the top frame's memo or to the native frame.
pub(crate) fn start_call(
    vm: &mut Vm,
    th: &mut Thread,
    callable: Value,
    args: &[Value],
    kw: &[(ObjRef, Value)],
) -> Option<PyResult<Value>> {
    let sp = th.stack.len() as u32;
    match call_value(vm, th, callable, args, kw, sp, false) {
        Ok(Started::Pushed) => None,
        Ok(Started::Done(r)) => Some(r),
        Err(e) => Some(Err(e)),
    }
}

/// Calls any callable. `from_instr`: called by a `Call` instruction (the
/// callee's arguments are on the stack above `ret_sp`).
pub(crate) fn call_value(
    vm: &mut Vm,
    th: &mut Thread,
    callable: Value,
    args: &[Value],
    kw: &[(ObjRef, Value)],
    ret_sp: u32,
    from_instr: bool,
) -> PyResult<Started> {
    let Value::Obj(r) = callable else {
        return Err(not_callable(vm, callable));
    };
    match vm.heap.get(r) {
        Obj::Function(_) => call_function(vm, th, r, args, kw, ret_sp),
        Obj::Builtin(b) => {
            let (func, this, intrinsic) = (b.func, b.this, b.intrinsic);
            if let Some(i) = intrinsic {
                let mut all = Vec::with_capacity(args.len() + 1);
                if !this.is_null() {
                    all.push(this);
                }
                all.extend_from_slice(args);
                return intrinsics::call_intrinsic(vm, th, i, &all, kw, ret_sp);
            }
            if this.is_null() {
                run_builtin(vm, th, func, args, kw, from_instr)
            } else {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(this);
                all.extend_from_slice(args);
                run_builtin(vm, th, func, &all, kw, from_instr)
            }
        }
        Obj::BoundMethod(this, func) => {
            let (this, func) = (*this, *func);
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(this);
            all.extend_from_slice(args);
            call_value(vm, th, func, &all, kw, ret_sp, from_instr)
        }
        Obj::Type(_) => instantiate::instantiate(vm, th, r, args, kw, ret_sp, from_instr),
        // Static methods are callable since 3.10.
        Obj::StaticMethod(f) => {
            let f = *f;
            call_value(vm, th, f, args, kw, ret_sp, from_instr)
        }
        _ => {
            let t = vm.type_of(callable);
            match vm.lookup_in_type_str(t, "__call__") {
                Some(f) => {
                    let mut all = vec![callable];
                    all.extend_from_slice(args);
                    call_value(vm, th, f, &all, kw, ret_sp, from_instr)
                }
                None => Err(not_callable(vm, callable)),
            }
        }
    }
}

/// Runs a builtin. Called from an instruction it uses the frame's replay
/// memo (the instruction is re-run after a callback); otherwise a callback
/// request makes a `Replay` native frame.
fn run_builtin(
    vm: &mut Vm,
    th: &mut Thread,
    func: crate::builtins::NativeFn,
    args: &[Value],
    kw: &[(ObjRef, Value)],
    from_instr: bool,
) -> PyResult<Started> {
    if from_instr {
        return Ok(Started::Done(Ok(func(vm, &Args::new(args, kw))?)));
    }
    Ok(native::run_replay(vm, th, func, args.to_vec(), kw.to_vec()))
}

fn not_callable(vm: &mut Vm, v: Value) -> PyErr {
    let t = vm.type_name(v);
    vm.type_error(format!("'{t}' object is not callable"))
}

/// Calls a Python function with general argument binding.
pub(super) fn call_function(
    vm: &mut Vm,
    th: &mut Thread,
    fref: ObjRef,
    args: &[Value],
    kw: &[(ObjRef, Value)],
    ret_sp: u32,
) -> PyResult<Started> {
    let locals = bind::bind_args(vm, fref, args, kw)?;
    let Obj::Function(func) = vm.heap.get(fref) else {
        unreachable!()
    };
    let (lc, globals) = (func.code.clone(), func.globals);
    if lc.code.generator {
        let frame = new_frame(lc.clone(), 0, 0, globals, Some(Value::Obj(fref)));
        let gen = Generator {
            state: GenState::Created,
            frame: Some(SavedFrame {
                frame,
                values: locals,
            }),
            name: lc.name,
            qualname: lc.qualname,
            exc_state: Value::None,
            caller_handled: Value::None,
            armed: false,
            born: vm.heap.new_epoch(),
        };
        let g = vm.heap.alloc(Obj::Generator(Box::new(gen)));
        return Ok(Started::Done(Ok(Value::Obj(g))));
    }
    check_depth(vm, th)?;
    th.stack.truncate(ret_sp as usize);
    let base = th.stack.len() as u32;
    th.stack.extend(locals);
    th.frames.push(Frame::Py(new_frame(
        lc,
        base,
        ret_sp,
        globals,
        Some(Value::Obj(fref)),
    )));
    th.depth += 1;
    Ok(Started::Pushed)
}

/// `CallFunctionEx(flags)`: `[NULL, callable, args_tuple, kwargs?]`.
pub(crate) fn call_function_ex(vm: &mut Vm, th: &mut Thread, flags: u32) -> PyResult<Flow> {
    let len = th.stack.len();
    let has_kw = flags & 1 != 0;
    let nargs_at = if has_kw { len - 2 } else { len - 1 };
    let callable_at = nargs_at - 1;
    let callable = th.stack[callable_at];
    let args_v = th.stack[nargs_at];
    let args = match super::iter::to_vec(vm, args_v) {
        Ok(a) => a,
        Err(PyErr::Exc(e))
            if vm.exc_matches(Value::Obj(e), vm.exc.type_error)
                && !has_iter_protocol(vm, args_v) =>
        {
            let (fs, tn) = (function_str(vm, callable), vm.type_name(args_v));
            return Err(vm.type_error(format!(
                "{fs} argument after * must be an iterable, not {tn}"
            )));
        }
        Err(e) => return Err(e),
    };
    let mut kw = Vec::new();
    if has_kw {
        let d = th.stack[len - 1];
        let dict = match d {
            Value::Obj(dr) => match vm.heap.get(dr) {
                Obj::Dict(dict) => Some(dict),
                _ => None,
            },
            _ => None,
        };
        let Some(dict) = dict else {
            return Err(not_a_mapping(vm, callable, d));
        };
        let pairs: Vec<(Value, Value)> = dict.map.iter().map(|e| (e.key, e.value)).collect();
        for (k, v) in pairs {
            match k {
                // A str subclass key names the keyword by its plain str.
                Value::Obj(_) if vm.as_str(k).is_some() => match vm.scalar_base(k) {
                    Value::Obj(kr) => kw.push((kr, v)),
                    _ => unreachable!("a str's base is a str object"),
                },
                _ => return Err(vm.type_error("keywords must be strings")),
            }
        }
    }
    let ret_sp = (callable_at - 1) as u32;
    match call_value(vm, th, callable, &args, &kw, ret_sp, true)? {
        Started::Pushed => Ok(Flow::Switch),
        Started::Done(r) => {
            let v = r?;
            th.stack.truncate(ret_sp as usize);
            th.stack.push(v);
            Ok(Flow::Next)
        }
    }
}

/// CPython's `_PyObject_FunctionStr`: how call errors name the callee
/// (`__main__.f()`, `print()`, `K.m()` for methods of builtins' module).
pub(crate) fn function_str(vm: &mut Vm, callable: Value) -> String {
    let callable = match callable {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::BoundMethod(_, f) => *f,
            _ => callable,
        },
        v => v,
    };
    let (qualname, module) = match callable {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Function(f) => (vm.as_str(f.qualname).map(str::to_string), f.module),
            Obj::Builtin(b) => (Some(b.name.to_string()), Value::None),
            Obj::Type(t) => (Some(t.name.to_string()), Value::None),
            _ => (None, Value::None),
        },
        _ => (None, Value::None),
    };
    let Some(q) = qualname else {
        return format!("{} object", vm.type_name(callable));
    };
    match vm.as_str(module) {
        Some(m) if m != "builtins" => format!("{m}.{q}()"),
        _ => format!("{q}()"),
    }
}

/// The error for `f(**x)` when `x` is not a mapping.
pub(crate) fn not_a_mapping(vm: &mut Vm, callable: Value, v: Value) -> PyErr {
    let (fs, tn) = (function_str(vm, callable), vm.type_name(v));
    vm.type_error(format!(
        "{fs} argument after ** must be a mapping, not {tn}"
    ))
}

/// Whether `v`'s type has `__iter__` or `__getitem__` (CPython's test before
/// rewording a failed `*args` unpacking).
fn has_iter_protocol(vm: &mut Vm, v: Value) -> bool {
    let t = vm.type_of(v);
    vm.lookup_in_type_str(t, "__iter__").is_some()
        || vm.lookup_in_type_str(t, "__getitem__").is_some()
}

/// `MakeFunction(flags)`.
pub(crate) fn make_function(vm: &mut Vm, th: &mut Thread, flags: u32) -> PyResult<()> {
    let code_v = th.stack.pop().unwrap_or(Value::None);
    let closure = if flags & 0x08 != 0 {
        th.stack.pop()
    } else {
        None
    };
    let annotations = if flags & 0x04 != 0 {
        th.stack.pop().unwrap_or(Value::Null)
    } else {
        Value::Null
    };
    let kwdefaults = if flags & 0x02 != 0 {
        th.stack.pop()
    } else {
        None
    };
    let defaults = if flags & 0x01 != 0 {
        th.stack.pop()
    } else {
        None
    };
    let Some(Obj::Code(lc)) = code_v.as_obj().map(|r| vm.heap.get(r)) else {
        return Err(PyErr::internal("MakeFunction without a code object"));
    };
    let lc = lc.clone();
    let globals = top_frame!(th).globals;
    let module_name = vm.intern("__name__");
    let module = vm.dict_get_str(globals, module_name).unwrap_or(Value::None);
    let tuple_items = |vm: &Vm, v: Option<Value>| -> Vec<Value> {
        match v.and_then(|v| v.as_obj()).map(|r| vm.heap.get(r)) {
            Some(Obj::Tuple(items)) => items.clone(),
            _ => Vec::new(),
        }
    };
    let defaults = tuple_items(vm, defaults);
    let closure = tuple_items(vm, closure)
        .into_iter()
        .filter_map(|v| v.as_obj())
        .collect();
    let kwdefaults = match kwdefaults.and_then(|v| v.as_obj()).map(|r| vm.heap.get(r)) {
        Some(Obj::Dict(d)) => d
            .map
            .iter()
            .map(|e| (Rc::<str>::from(vm.as_str(e.key).unwrap_or("")), e.value))
            .collect(),
        _ => Vec::new(),
    };
    // The compiler puts a function's docstring (or None) in consts[0].
    let doc = match lc.consts.first() {
        Some(&d)
            if lc.code.kind == corelab_compile::CodeKind::Function && vm.as_str(d).is_some() =>
        {
            d
        }
        _ => Value::None,
    };
    let f = Function {
        name: lc.name,
        qualname: lc.qualname,
        code: lc,
        globals,
        defaults,
        kwdefaults,
        closure,
        attrs: Default::default(),
        annotations,
        c_stand_in: false,
        module,
        doc,
    };
    th.stack
        .push(Value::Obj(vm.heap.alloc(Obj::Function(Box::new(f)))));
    Ok(())
}

/// `BeforeWith`: `[mgr] -> [mgr.__exit__, mgr.__enter__()]`.
pub(crate) fn before_with(vm: &mut Vm, th: &mut Thread) -> PyResult<Flow> {
    let mgr = *th.stack.last().unwrap_or(&Value::None);
    let (enter_n, exit_n) = vm.with_names;
    let t = vm.type_of(mgr);
    if vm.lookup_in_type(t, enter_n).is_none() || vm.lookup_in_type(t, exit_n).is_none() {
        let tn = vm.type_name(mgr);
        return Err(vm.type_error(format!(
            "'{tn}' object does not support the context manager protocol"
        )));
    }
    let exit = super::attr::getattr(vm, mgr, exit_n)?;
    let enter = super::attr::getattr(vm, mgr, enter_n)?;
    let len = th.stack.len();
    th.stack[len - 1] = exit;
    let sp = th.stack.len() as u32;
    let started = match call_value(vm, th, enter, &[], &[], sp, true) {
        Ok(s) => s,
        Err(e) => {
            // A builtin `__enter__` that waits (a contended lock) or needs a
            // Python callback re-runs this instruction: leave the manager
            // where the re-run looks for it.
            th.stack[len - 1] = mgr;
            return Err(e);
        }
    };
    match started {
        Started::Pushed => Ok(Flow::Switch),
        Started::Done(r) => {
            th.stack.push(r?);
            Ok(Flow::Next)
        }
    }
}

/// `WithExceptStart`: `[exit, prev, exc] -> [.., exit(type, exc, tb)]`.
pub(crate) fn with_except_start(vm: &mut Vm, th: &mut Thread) -> PyResult<Flow> {
    let len = th.stack.len();
    let exc = th.stack[len - 1];
    let exit = th.stack[len - 3];
    let t = Value::Obj(vm.type_of(exc));
    let tb = match exc {
        Value::Obj(e) => crate::exceptions::traceback_object(vm, e),
        _ => Value::None,
    };
    let sp = len as u32;
    match call_value(vm, th, exit, &[t, exc, tb], &[], sp, true)? {
        Started::Pushed => Ok(Flow::Switch),
        Started::Done(r) => {
            th.stack.push(r?);
            Ok(Flow::Next)
        }
    }
}
