//! Calling a class: builtin types run their `__new__`; user classes run a
//! user `__new__` through `type.__call__`, or allocate an instance of
//! their layout and run `__init__` (in a frame that returns the instance).

use super::call::{call_function, call_value, Started};
use super::top_frame;
use crate::errors::PyResult;
use crate::objects::{DictObj, ExcData, Instance, Layout, Obj};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// Calls a class: builtin types run their constructor; user classes
/// allocate an instance and run `__init__` in a frame that returns it.
pub(super) fn instantiate(
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
