//! The root types: `object`'s and `type`'s constructors, `type.__call__`
//! for classes with a Python `__new__`, and `object`'s default methods
//! (`__repr__`, `__eq__`, `__hash__`, `__setattr__`, `__format__`, ...).

use super::constructors::rest;
use super::Args;
use crate::errors::{PyErr, PyResult};
use crate::interp::ops;
use crate::objects::Obj;
use crate::value::Value;
use crate::vm::Vm;

pub(super) fn install(vm: &mut Vm) {
    let obj = vm.types.object;
    vm.add_methods(
        obj,
        &[
            ("__init__", object_init),
            ("__init_subclass__", object_init_subclass),
            ("__repr__", object_repr),
            ("__str__", object_str),
            ("__eq__", object_eq),
            ("__ne__", object_ne),
            ("__hash__", object_hash),
            ("__setattr__", object_setattr),
            ("__getattribute__", crate::interp::attr::object_getattribute),
            ("__delattr__", object_delattr),
            ("__format__", object_format),
        ],
    );
}

/// `type.__call__(cls, *args, **kw)`: what calling a class does when the
/// class has a `__new__` written in Python — `__new__(cls, ...)`, then, on
/// an instance of `cls`, `__init__(inst, ...)` (two callbacks through the
/// replay mechanism, so it works from an instruction and from inside a
/// builtin such as `map`). Other classes take the interpreter's direct
/// path (`interp::instantiate::instantiate`), which runs `__init__` as a frame.
pub(super) fn type_call(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Value::Obj(cls) = a.get(0) else {
        return Err(vm.type_error("descriptor '__call__' requires a 'type' object"));
    };
    if !matches!(vm.heap.get(cls), Obj::Type(_)) {
        return Err(vm.type_error("descriptor '__call__' requires a 'type' object"));
    }
    let rest = &a.pos[1..];
    let new = vm
        .lookup_in_type_str(cls, "__new__")
        .ok_or_else(|| PyErr::internal("a class without __new__"))?;
    let new = match new {
        Value::Obj(n) => match vm.heap.get(n) {
            Obj::StaticMethod(f) => *f,
            _ => new,
        },
        _ => new,
    };
    let mut all = vec![Value::Obj(cls)];
    all.extend_from_slice(rest);
    let made = vm.call_kw(new, all, a.kw.to_vec())?;
    let ty = vm.type_of(made);
    if !vm.is_subtype(ty, cls) {
        return Ok(made);
    }
    let Some(init) = vm.lookup_in_type_str(ty, "__init__") else {
        return Ok(made);
    };
    let object_init = matches!(init, Value::Obj(i)
        if matches!(vm.heap.get(i), Obj::Builtin(b) if b.owner == Some(vm.types.object)));
    if object_init {
        return Ok(made);
    }
    let mut all = vec![made];
    all.extend_from_slice(rest);
    let r = vm.call_kw(init, all, a.kw.to_vec())?;
    if !matches!(r, Value::None) {
        let tn = vm.type_name(r);
        return Err(vm.type_error(format!("__init__() should return None, not '{tn}'")));
    }
    Ok(made)
}

pub(super) fn object_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Value::Obj(cls) = a.get(0) else {
        return Err(PyErr::internal("object.__new__ without class"));
    };
    let layout = vm.type_obj(cls).layout;
    if layout.has_builtin_new() || layout == crate::objects::Layout::List {
        let n = vm.type_obj(cls).name.to_string();
        return Err(vm.type_error(format!(
            "object.__new__({n}) is not safe, use {n}.__new__()"
        )));
    }
    let inst = crate::objects::Instance::new(cls, Value::Null);
    Ok(Value::Obj(vm.heap.alloc(Obj::Instance(Box::new(inst)))))
}

/// `object.__init_subclass__()`: the default hook does nothing.
fn object_init_subclass(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if !a.kw.is_empty() {
        let n = match a.pos.first() {
            Some(&Value::Obj(c)) if matches!(vm.heap.get(c), Obj::Type(_)) => {
                vm.type_obj(c).name.to_string()
            }
            _ => "object".to_string(),
        };
        return Err(vm.type_error(format!(
            "{n}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::None)
}

fn object_init(_vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = a.get(0);
    let t = vm.type_of(v);
    let (m, q) = {
        let t = vm.type_obj(t);
        (t.module.to_string(), t.qualname.to_string())
    };
    let id = super::identity(vm, v);
    if m == "builtins" {
        return Ok(vm.new_str(format!("<{q} object at 0x{id:012x}>")));
    }
    Ok(vm.new_str(format!("<{m}.{q} object at 0x{id:012x}>")))
}

fn object_str(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = super::repr(vm, a.get(0))?;
    Ok(vm.new_str(s))
}

fn object_eq(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(if a.get(0).is(a.get(1)) {
        Value::Bool(true)
    } else {
        vm.not_implemented
    })
}

fn object_ne(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(if a.get(0).is(a.get(1)) {
        Value::Bool(false)
    } else {
        vm.not_implemented
    })
}

fn object_hash(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    match a.get(0) {
        Value::Obj(r) => Ok(Value::Int(crate::hashing::hash_pointer(r.0 as u64))),
        v => Ok(Value::Int(ops::hash(vm, v)?)),
    }
}

/// Stores into the instance dict, bypassing any user `__setattr__`.
fn object_setattr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "__setattr__", 3, 3)?;
    let Some(name) = vm.as_str(a.get(1)).map(String::from) else {
        return Err(vm.type_error("attribute name must be string"));
    };
    let key = vm.intern(&name);
    crate::interp::attr::generic_setattr(vm, a.get(0), key, a.get(2))?;
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Some(name) = vm.as_str(a.get(1)).map(String::from) else {
        return Err(vm.type_error("attribute name must be string"));
    };
    let key = vm.intern(&name);
    crate::interp::attr::generic_delattr(vm, a.get(0), key)?;
    Ok(Value::None)
}

fn object_format(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let spec = vm.as_str(a.get(1)).unwrap_or("").to_string();
    if !spec.is_empty() {
        let tn = vm.type_name(a.get(0));
        return Err(vm.type_error(format!(
            "unsupported format string passed to {tn}.__format__"
        )));
    }
    let s = super::str_of_value(vm, a.get(0))?;
    Ok(vm.new_str(s))
}

pub(super) fn type_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = rest(a);
    if a.len() == 1 {
        return Ok(Value::Obj(vm.type_of(a.get(0))));
    }
    if a.len() != 3 {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    let (name, bases, ns) = (a.get(0), a.get(1), a.get(2));
    if vm.as_str(name).is_none() {
        let tn = vm.type_name(name);
        return Err(vm.type_error(format!("type.__new__() argument 1 must be str, not {tn}")));
    }
    let bases = match bases {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Tuple(items) => items.clone(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    if !matches!(a.get(1), Value::Obj(r) if matches!(vm.heap.get(r), Obj::Tuple(_))) {
        let tn = vm.type_name(a.get(1));
        return Err(vm.type_error(format!("type.__new__() argument 2 must be tuple, not {tn}")));
    }
    let ns = match ns {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Dict(d) if d.class.is_none()) => r,
        _ => {
            let tn = vm.type_name(ns);
            return Err(vm.type_error(format!("type.__new__() argument 3 must be dict, not {tn}")));
        }
    };
    crate::interp::finish_class(vm, name, &bases, ns)
}
