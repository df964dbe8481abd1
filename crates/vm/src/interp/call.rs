//! Calling: the `Call` instructions, binding arguments to parameters,
//! pushing Python frames, running builtins, instantiating classes,
//! generators, and the intrinsics the interpreter performs itself
//! (generator methods, `__build_class__` — see `class_build` — and
//! zero-argument `super`).

use super::{finalize, flow, gen, native, top_frame, Flow};
use crate::builtins::Args;
use crate::errors::{PyErr, PyResult};
use crate::objects::{
    Builtin, DictObj, ExcData, Function, GenState, Generator, Instance, Layout, Obj,
};
use crate::thread::SavedFrame;
use crate::thread::{Frame, PyFrame, Thread};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use corelab_compile::LocalKind;
use std::rc::Rc;

/// Builtins that the interpreter performs itself because they push frames.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Intrinsic {
    GenNext,
    GenSend,
    GenThrow,
    GenClose,
    BuildClass,
    Super,
    /// `sys.exc_info()`: reads the thread's handled exception.
    ExcInfo,
    /// `dir()`: without an argument it lists the calling frame's names.
    Dir,
    /// `locals()`: the calling frame's namespace.
    Locals,
    /// `globals()`: the calling frame's module dict.
    Globals,
    /// `vars()`: without an argument `locals()`, else `obj.__dict__`.
    Vars,
}

impl Vm {
    /// A builtin object for an intrinsic.
    pub fn intrinsic(&mut self, which: Intrinsic) -> Value {
        let name = match which {
            Intrinsic::GenNext => "__next__",
            Intrinsic::GenSend => "send",
            Intrinsic::GenThrow => "throw",
            Intrinsic::GenClose => "close",
            Intrinsic::BuildClass => "__build_class__",
            Intrinsic::Super => "super",
            Intrinsic::ExcInfo => "exc_info",
            Intrinsic::Dir => "dir",
            Intrinsic::Locals => "locals",
            Intrinsic::Globals => "globals",
            Intrinsic::Vars => "vars",
        };
        Value::Obj(self.heap.alloc(Obj::Builtin(Box::new(Builtin {
            name,
            func: intrinsic_placeholder,
            this: Value::Null,
            owner: None,
            intrinsic: Some(which),
        }))))
    }
}

fn intrinsic_placeholder(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Err(PyErr::internal(format!(
        "intrinsic called as a plain builtin (steps {})",
        vm.steps
    )))
}

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
                return call_intrinsic(vm, th, i, &all, kw, ret_sp);
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
        Obj::Type(_) => instantiate(vm, th, r, args, kw, ret_sp, from_instr),
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
fn call_function(
    vm: &mut Vm,
    th: &mut Thread,
    fref: ObjRef,
    args: &[Value],
    kw: &[(ObjRef, Value)],
    ret_sp: u32,
) -> PyResult<Started> {
    let locals = bind_args(vm, fref, args, kw)?;
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

/// Binds positional and keyword arguments to a function's localsplus.
fn bind_args(
    vm: &mut Vm,
    fref: ObjRef,
    args: &[Value],
    kw: &[(ObjRef, Value)],
) -> PyResult<Vec<Value>> {
    let Obj::Function(func) = vm.heap.get(fref) else {
        unreachable!()
    };
    let func: Function = (**func).clone();
    let code = &func.code.code;
    let names = &func.code.local_names;
    let argc = code.argcount as usize;
    let kwonly = code.kwonlyargcount as usize;
    let mut locals = vec![Value::Null; code.nlocals()];
    let fname = func.code.code.qualname.to_string();
    let npos = args.len().min(argc);
    locals[..npos].copy_from_slice(&args[..npos]);
    let mut slot = argc + kwonly;
    if code.varargs {
        let extra = if args.len() > argc {
            args[argc..].to_vec()
        } else {
            Vec::new()
        };
        locals[slot] = vm.new_tuple(extra);
        slot += 1;
    } else if args.len() > argc {
        return Err(too_many_positional(
            vm,
            &fname,
            argc,
            code.argcount as usize - func.defaults.len(),
            args.len(),
            kw.len(),
        ));
    }
    let varkw = if code.varkeywords {
        let d = vm.new_dict();
        locals[slot] = Value::Obj(d);
        Some(d)
    } else {
        None
    };
    for &(k, v) in kw {
        let pos = (code.posonlyargcount as usize..argc + kwonly)
            .find(|&i| vm.str_key_eq(Value::Obj(names[i]), k));
        match pos {
            Some(i) => {
                if !locals[i].is_null() {
                    let n = vm.str_of(k).to_string();
                    return Err(
                        vm.type_error(format!("{fname}() got multiple values for argument '{n}'"))
                    );
                }
                locals[i] = v;
            }
            None => match varkw {
                Some(d) => vm.dict_set_str(d, k, v),
                None => {
                    // CPython first reports positional-only parameters
                    // passed by keyword, all of them, in keyword order.
                    let posonly: Vec<String> = kw
                        .iter()
                        .filter(|&&(k2, _)| {
                            (0..code.posonlyargcount as usize)
                                .any(|i| vm.str_key_eq(Value::Obj(names[i]), k2))
                        })
                        .map(|&(k2, _)| vm.str_of(k2).to_string())
                        .collect();
                    if !posonly.is_empty() {
                        return Err(vm.type_error(format!(
                            "{fname}() got some positional-only arguments passed as keyword arguments: '{}'",
                            posonly.join(", ")
                        )));
                    }
                    let n = vm.str_of(k).to_string();
                    return Err(vm.type_error(format!(
                        "{fname}() got an unexpected keyword argument '{n}'"
                    )));
                }
            },
        }
    }
    // Defaults for missing positionals.
    let ndef = func.defaults.len();
    let mut missing = Vec::new();
    for i in 0..argc {
        if locals[i].is_null() {
            if i + ndef >= argc {
                locals[i] = func.defaults[i + ndef - argc];
            } else {
                missing.push(vm.str_of(names[i]).to_string());
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_args(vm, &fname, "positional", &missing));
    }
    for i in argc..argc + kwonly {
        if locals[i].is_null() {
            let name = vm.str_of(names[i]).to_string();
            match func.kwdefaults.iter().find(|(n, _)| **n == *name) {
                Some((_, d)) => locals[i] = *d,
                None => missing.push(name),
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_args(vm, &fname, "keyword-only", &missing));
    }
    // Parameters that are cells become cells in MakeCell; others stay.
    let _ = LocalKind::Cell;
    Ok(locals)
}

fn too_many_positional(
    vm: &mut Vm,
    fname: &str,
    argc: usize,
    required: usize,
    given: usize,
    _nkw: usize,
) -> PyErr {
    let takes = if required == argc {
        format!(
            "{argc} positional argument{}",
            if argc == 1 { "" } else { "s" }
        )
    } else {
        format!("from {required} to {argc} positional arguments")
    };
    let was = if given == 1 { "was" } else { "were" };
    vm.type_error(format!("{fname}() takes {takes} but {given} {was} given"))
}

fn missing_args(vm: &mut Vm, fname: &str, kind: &str, missing: &[String]) -> PyErr {
    let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        _ => format!(
            "{}, and {}",
            quoted[..quoted.len() - 1].join(", "),
            quoted[quoted.len() - 1]
        ),
    };
    let n = missing.len();
    vm.type_error(format!(
        "{fname}() missing {n} required {kind} argument{}: {list}",
        if n == 1 { "" } else { "s" }
    ))
}

/// Calls a class: builtin types run their constructor; user classes
/// allocate an instance and run `__init__` in a frame that returns it.
fn instantiate(
    vm: &mut Vm,
    th: &mut Thread,
    cls: ObjRef,
    args: &[Value],
    kw: &[(ObjRef, Value)],
    ret_sp: u32,
    from_instr: bool,
) -> PyResult<Started> {
    let t = vm.type_obj(cls);
    if t.builtin {
        let Some(ctor) = vm.lookup_in_type_str(cls, "__new__") else {
            let n = vm.type_obj(cls).name.to_string();
            return Err(vm.type_error(format!("cannot create '{n}' instances")));
        };
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(Value::Obj(cls));
        all.extend_from_slice(args);
        return call_value(vm, th, ctor, &all, kw, ret_sp, from_instr);
    }
    // A user `__new__` (implicitly a staticmethod) makes the instance:
    // `type.__call__` runs it, then `__init__`, as callbacks.
    if user_new(vm, cls).is_some() {
        if let Some(call) = vm.lookup_in_type_str(vm.types.type_, "__call__") {
            let mut all = vec![Value::Obj(cls)];
            all.extend_from_slice(args);
            return call_value(vm, th, call, &all, kw, ret_sp, from_instr);
        }
    }
    let layout = vm.type_obj(cls).layout;
    let inst = match layout {
        Layout::List => crate::builtins::new_list_subclass_instance(vm, cls),
        Layout::Int | Layout::Float | Layout::Str => {
            match crate::builtins::new_scalar_subclass_instance(vm, cls, layout, args, kw)? {
                Value::Obj(r) => r,
                _ => unreachable!(),
            }
        }
        Layout::Tuple => {
            let a = crate::builtins::Args::new(args, kw);
            match crate::builtins::new_tuple_subclass_instance(vm, cls, &a)? {
                Value::Obj(r) => r,
                _ => unreachable!(),
            }
        }
        Layout::Dict => vm.heap.alloc(Obj::Dict(Box::new(DictObj {
            class: Some(cls),
            attrs: Some(Default::default()),
            ..Default::default()
        }))),
        Layout::Exception => vm.heap.alloc(Obj::Instance(Box::new(Instance {
            class: cls,
            attrs: Default::default(),
            exc: Some(Box::new(ExcData {
                args: args.to_vec(),
                cause: Value::None,
                context: Value::None,
                ..Default::default()
            })),
            base: Value::Null,
        }))),
        _ => vm
            .heap
            .alloc(Obj::Instance(Box::new(Instance::new(cls, Value::Null)))),
    };
    run_init(vm, th, cls, inst, args, kw, ret_sp, from_instr)
}

/// The `__new__` of user class `cls` when Python code defines one.
fn user_new(vm: &mut Vm, cls: ObjRef) -> Option<Value> {
    let Some(Value::Obj(n)) = vm.lookup_in_type_str(cls, "__new__") else {
        return None;
    };
    match vm.heap.get(n) {
        Obj::Function(_) => Some(Value::Obj(n)),
        Obj::StaticMethod(f) => Some(*f),
        _ => None,
    }
}

/// Runs `cls.__init__(inst, *args, **kw)`; the call's result is `inst`.
#[allow(clippy::too_many_arguments)]
fn run_init(
    vm: &mut Vm,
    th: &mut Thread,
    cls: ObjRef,
    inst: ObjRef,
    args: &[Value],
    kw: &[(ObjRef, Value)],
    ret_sp: u32,
    from_instr: bool,
) -> PyResult<Started> {
    let init = vm.lookup_in_type_str(cls, "__init__");
    match init {
        Some(Value::Obj(i)) if matches!(vm.heap.get(i), Obj::Function(_)) => {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(Value::Obj(inst));
            all.extend_from_slice(args);
            match call_function(vm, th, i, &all, kw, ret_sp)? {
                Started::Pushed => {
                    top_frame!(th).init_of = Value::Obj(inst);
                    Ok(Started::Pushed)
                }
                Started::Done(r) => Ok(Started::Done(r)),
            }
        }
        Some(init @ Value::Obj(ir)) => {
            let is_object_init =
                matches!(vm.heap.get(ir), Obj::Builtin(b) if b.owner == Some(vm.types.object));
            if is_object_init {
                // object.__init__ takes the arguments of a builtin `__new__`.
                let builtin_new = vm.type_obj(cls).layout.has_builtin_new();
                if (!args.is_empty() || !kw.is_empty()) && !builtin_new {
                    let n = vm.type_obj(cls).name.to_string();
                    return Err(vm.type_error(format!("{n}() takes no arguments")));
                }
                return Ok(Started::Done(Ok(Value::Obj(inst))));
            }
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(Value::Obj(inst));
            all.extend_from_slice(args);
            let r = call_value(vm, th, init, &all, kw, ret_sp, from_instr)?;
            match r {
                Started::Done(Ok(_)) => Ok(Started::Done(Ok(Value::Obj(inst)))),
                other => Ok(other),
            }
        }
        _ => Ok(Started::Done(Ok(Value::Obj(inst)))),
    }
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

/// Runs an intrinsic.
fn call_intrinsic(
    vm: &mut Vm,
    th: &mut Thread,
    which: Intrinsic,
    args: &[Value],
    kw: &[(ObjRef, Value)],
    ret_sp: u32,
) -> PyResult<Started> {
    match which {
        Intrinsic::BuildClass => super::class_build::build_class(vm, th, args, kw, ret_sp),
        Intrinsic::Super => Ok(Started::Done(zero_arg_super(vm, th, args))),
        Intrinsic::ExcInfo => {
            if !args.is_empty() || !kw.is_empty() {
                let n = args.len() + kw.len();
                return Err(vm.type_error(format!("sys.exc_info() takes no arguments ({n} given)")));
            }
            Ok(Started::Done(Ok(crate::modules::exc_info(vm, th.handled))))
        }
        Intrinsic::Dir if args.is_empty() && kw.is_empty() => Ok(Started::Done(scope_dir(vm, th))),
        Intrinsic::Dir => Ok(Started::Done(crate::builtins::dir_of(
            vm,
            &Args::new(args, kw),
        ))),
        Intrinsic::Vars if args.is_empty() && kw.is_empty() => {
            Ok(Started::Done(scope_locals(vm, th)))
        }
        Intrinsic::Vars => Ok(Started::Done(crate::builtins::vars_of(
            vm,
            &Args::new(args, kw),
        ))),
        Intrinsic::Locals | Intrinsic::Globals => {
            let name = if which == Intrinsic::Locals {
                "locals"
            } else {
                "globals"
            };
            if !kw.is_empty() {
                return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
            }
            if !args.is_empty() {
                let n = args.len();
                return Err(vm.type_error(format!("{name}() takes no arguments ({n} given)")));
            }
            if which == Intrinsic::Locals {
                return Ok(Started::Done(scope_locals(vm, th)));
            }
            Ok(Started::Done(Ok(
                super::current_frame(th).map_or(Value::None, |f| Value::Obj(f.globals))
            )))
        }
        Intrinsic::GenNext | Intrinsic::GenSend | Intrinsic::GenThrow | Intrinsic::GenClose => {
            let Some(Value::Obj(g)) = args.first().copied() else {
                return Err(vm.type_error("generator method needs a generator"));
            };
            if !matches!(vm.heap.get(g), Obj::Generator(_)) {
                return Err(vm.type_error("descriptor requires a 'generator' object"));
            }
            match which {
                Intrinsic::GenNext => {
                    gen::resume_generator(vm, th, g, Some(Value::None), None, ret_sp)
                }
                Intrinsic::GenSend => {
                    let v = args.get(1).copied().unwrap_or(Value::None);
                    gen::resume_generator(vm, th, g, Some(v), None, ret_sp)
                }
                Intrinsic::GenThrow => {
                    let e = args.get(1).copied().unwrap_or(Value::None);
                    let exc = match e {
                        Value::Obj(t) if matches!(vm.heap.get(t), Obj::Type(_)) => {
                            let a: Vec<Value> = args.get(2).copied().into_iter().collect();
                            vm.new_exception(t, a)
                        }
                        Value::Obj(x) if vm.exc_data(x).is_some() => x,
                        _ => return Err(vm.type_error("exceptions must be classes or instances deriving from BaseException, not NoneType")),
                    };
                    gen::throw_generator(vm, th, g, exc, ret_sp)
                }
                _ => gen::close_generator(vm, th, g, ret_sp),
            }
        }
    }
}

/// `super()` without arguments: the enclosing function's `__class__` cell
/// and first argument.
fn zero_arg_super(vm: &mut Vm, th: &Thread, args: &[Value]) -> PyResult<Value> {
    if args.len() == 2 {
        let Value::Obj(c) = args[0] else {
            return Err(vm.type_error("super() argument 1 must be a type"));
        };
        return Ok(Value::Obj(vm.heap.alloc(Obj::Super(c, args[1]))));
    }
    let Some(f) = super::current_frame(th) else {
        return Err(vm.err(vm.exc.runtime_error, "super(): no arguments"));
    };
    let code = &f.code.code;
    let slot = code.locals.iter().position(|(n, _)| &**n == "__class__");
    let (Some(slot), true) = (slot, code.argcount > 0) else {
        return Err(vm.err(vm.exc.runtime_error, "super(): no arguments"));
    };
    let cls = flow::cell_get(vm, th.stack[f.base as usize + slot]);
    let mut first = th.stack[f.base as usize];
    if code.locals[0].1 == LocalKind::Cell {
        first = flow::cell_get(vm, first);
    }
    let Value::Obj(c) = cls else {
        return Err(vm.err(vm.exc.runtime_error, "super(): __class__ cell not found"));
    };
    Ok(Value::Obj(vm.heap.alloc(Obj::Super(c, first))))
}

/// `dir()` without an argument: the sorted names bound in the calling
/// frame's scope (its namespace dict, or its bound fast locals and cells).
fn scope_dir(vm: &mut Vm, th: &Thread) -> PyResult<Value> {
    let Some(f) = super::current_frame(th) else {
        return Ok(vm.new_list(Vec::new()));
    };
    let mut names: Vec<String> = Vec::new();
    if f.ns.is_some() || f.func.is_none() {
        if let Obj::Dict(d) = vm.heap.get(f.ns.unwrap_or(f.globals)) {
            names.extend(d.map.keys().filter_map(|k| vm.as_str(k).map(String::from)));
        }
    } else {
        for (i, (name, kind)) in f.code.code.locals.iter().enumerate() {
            let mut v = th.stack[f.base as usize + i];
            if *kind != LocalKind::Local {
                v = flow::cell_get(vm, v);
            }
            if !v.is_null() {
                names.push(name.to_string());
            }
        }
    }
    names.sort();
    let vals = names.into_iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(vals))
}

/// `locals()` (and `vars()` without an argument) in the calling frame: at
/// module level and in a class body its namespace dict itself; in a
/// function the frame's locals dict, as CPython 3.11's
/// `PyFrame_FastToLocals` keeps it: one dict per frame, returned by every
/// call after each localsplus name (locals, cells, free variables, in that
/// order) is set to its value or removed if unbound.
fn scope_locals(vm: &mut Vm, th: &mut Thread) -> PyResult<Value> {
    let Some(f) = th.frames.iter().rev().find_map(|f| match f {
        Frame::Py(p) => Some(p),
        _ => None,
    }) else {
        return Ok(Value::Obj(vm.new_dict()));
    };
    if f.ns.is_some() || f.func.is_none() {
        return Ok(Value::Obj(f.ns.unwrap_or(f.globals)));
    }
    let mut names = Vec::new();
    for (i, (name, kind)) in f.code.code.locals.iter().enumerate() {
        let slot = th.stack[f.base as usize + i];
        let v = match (kind, slot) {
            (LocalKind::Local, v) => v,
            (_, Value::Obj(r)) if matches!(vm.heap.get(r), Obj::Cell(_)) => {
                flow::cell_get(vm, slot)
            }
            // A captured parameter before `MakeCell` ran holds its value.
            (LocalKind::Cell, v) => v,
            _ => Value::Null,
        };
        names.push((name.clone(), v));
    }
    let existing = f.locals;
    let d = match existing {
        Some(d) => d,
        None => {
            let d = vm.new_dict();
            if let Some(Frame::Py(p)) = th
                .frames
                .iter_mut()
                .rev()
                .find(|f| matches!(f, Frame::Py(_)))
            {
                p.locals = Some(d);
            }
            d
        }
    };
    for (name, v) in names {
        let k = vm.intern(&name);
        if v.is_null() {
            vm.dict_del_str(d, k);
        } else {
            vm.dict_set_str(d, k, v);
        }
    }
    Ok(Value::Obj(d))
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
