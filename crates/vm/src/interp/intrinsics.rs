//! The intrinsics: builtins the interpreter performs itself because they
//! push frames or read the calling frame — generator methods,
//! `__build_class__` (see `class_build`), zero-argument `super`,
//! `sys.exc_info()`, and `dir()`/`locals()`/`globals()`/`vars()` without
//! an argument.

use super::call::Started;
use super::{flow, gen};
use crate::builtins::Args;
use crate::errors::{PyErr, PyResult};
use crate::objects::{Builtin, Obj};
use crate::thread::{Frame, Thread};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use corelab_compile::LocalKind;

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

/// Runs an intrinsic.
pub(super) fn call_intrinsic(
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
