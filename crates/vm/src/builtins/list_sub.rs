//! Subclasses of `list`: `list.__new__` / `list.__init__` for a subclass and
//! the dunder methods of `list`, which subclass instances reach through
//! their type (CPython's inherited slots).
//!
//! A list subclass instance is an `Obj::Instance` whose `base` is a plain
//! `Obj::List` that belongs to it alone (see `objects::Instance`): the
//! list methods (`append`, `sort`, ...) and these dunders work on that
//! list, so mutations through any of them are mutations of the instance.
//! Plain lists never come here on the interpreter's fast paths; the
//! dunders also accept them (`list.__getitem__([1, 2], 0)`).

use super::Args;
use crate::errors::{PyErr, PyResult};
use crate::interp::{build, iter, ops};
use crate::objects::{Instance, Layout, Obj};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use corelab_compile::{BinOp, CmpOp};

pub(crate) fn install(vm: &mut Vm) {
    let t = vm.types.list;
    vm.add_methods(
        t,
        &[
            ("__init__", init),
            ("__getitem__", getitem),
            ("__setitem__", setitem),
            ("__delitem__", delitem),
            ("__iter__", iter_),
            ("__reversed__", reversed),
            ("__contains__", contains),
            ("__repr__", repr),
            ("__add__", add),
            ("__iadd__", iadd),
            ("__mul__", mul),
            ("__rmul__", mul),
            ("__imul__", imul),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__lt__", lt),
            ("__le__", le),
            ("__gt__", gt),
            ("__ge__", ge),
        ],
    );
}

/// The plain list of a list or list subclass instance.
fn plain(vm: &Vm, v: Value) -> Option<Value> {
    let b = vm.builtin_base(v);
    match b {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::List(_)) => Some(b),
        _ => None,
    }
}

/// `self` of a list method, as its plain list.
fn this(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Value> {
    match plain(vm, a.get(0)) {
        Some(l) => Ok(l),
        None => {
            let tn = vm.type_name(a.get(0));
            Err(vm.type_error(format!(
                "descriptor '{name}' requires a 'list' object but received a '{tn}'"
            )))
        }
    }
}

/// A new, empty instance of list subclass `cls` (`list.__new__(cls)`;
/// `list.__init__` fills it).
pub(crate) fn new_instance(vm: &mut Vm, cls: ObjRef) -> ObjRef {
    let base = vm.new_list(Vec::new());
    vm.heap
        .alloc(Obj::Instance(Box::new(Instance::new(cls, base))))
}

/// Checks the class `list.__new__` or `tuple.__new__` (`base`, whose
/// instances have `layout`) was given: None for `base` itself, the class
/// for a subclass, TypeError otherwise.
pub(crate) fn subclass_arg(
    vm: &mut Vm,
    cls: Value,
    base: ObjRef,
    layout: Layout,
) -> PyResult<Option<ObjRef>> {
    // (The common case, `base` itself, allocates nothing: `int(x)`.)
    let bn = |vm: &Vm| vm.type_obj(base).name.to_string();
    match cls {
        Value::Obj(c) if c == base => Ok(None),
        Value::Obj(c) if matches!(vm.heap.get(c), Obj::Type(_)) => {
            if vm.is_subtype(c, base) && vm.type_obj(c).layout == layout {
                Ok(Some(c))
            } else {
                let (n, bn) = (vm.type_obj(c).name.to_string(), bn(vm));
                Err(vm.type_error(format!("{bn}.__new__({n}): {n} is not a subtype of {bn}")))
            }
        }
        Value::Null => Ok(None),
        v => {
            let (tn, bn) = (vm.type_name(v), bn(vm));
            Err(vm.type_error(format!("{bn}.__new__(X): X is not a type object ({tn})")))
        }
    }
}

fn set_items(vm: &mut Vm, l: Value, items: Vec<Value>) {
    if let Value::Obj(r) = l {
        if let Obj::List(v) = vm.heap.get_mut(r) {
            *v = items;
        }
    }
}

/// `list.__init__(self, iterable=())`: the list becomes the items.
fn init(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let l = this(vm, a, "__init__")?;
    if !a.kw.is_empty() {
        return Err(vm.type_error("list() takes no keyword arguments"));
    }
    if a.len() > 2 {
        let n = a.len() - 1;
        return Err(vm.type_error(format!("list expected at most 1 argument, got {n}")));
    }
    let items = if a.len() == 2 {
        iter::to_vec(vm, a.get(1))?
    } else {
        Vec::new()
    };
    set_items(vm, l, items);
    Ok(Value::None)
}

fn getitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "__getitem__", 2, 2)?;
    let l = this(vm, a, "__getitem__")?;
    build::getitem(vm, l, a.get(1))
}

fn setitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "__setitem__", 3, 3)?;
    let l = this(vm, a, "__setitem__")?;
    build::setitem(vm, l, a.get(1), a.get(2))?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "__delitem__", 2, 2)?;
    let l = this(vm, a, "__delitem__")?;
    build::delitem(vm, l, a.get(1))?;
    Ok(Value::None)
}

fn iter_(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "__iter__", 1, 1)?;
    let l = this(vm, a, "__iter__")?;
    iter::get_iter(vm, l)
}

fn reversed(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "__reversed__", 1, 1)?;
    let l = this(vm, a, "__reversed__")?;
    let rev = vm.types.reversed;
    let f = vm
        .lookup_in_type_str(rev, "__new__")
        .ok_or_else(|| PyErr::internal("reversed without __new__"))?;
    vm.call(f, vec![Value::Obj(rev), l])
}

fn contains(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "__contains__", 2, 2)?;
    let l = this(vm, a, "__contains__")?;
    ops::contains(vm, l, a.get(1)).map(Value::Bool)
}

fn repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "__repr__", 1, 1)?;
    let l = this(vm, a, "__repr__")?;
    let s = super::repr(vm, l)?;
    Ok(vm.new_str(s))
}

fn add(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "__add__", 2, 2)?;
    let l = this(vm, a, "__add__")?;
    let other = a.get(1);
    match plain(vm, other) {
        Some(o) => ops::binary(vm, l, o, BinOp::Add as u32),
        None if super::tuple_sub::has_dunder(vm, other, "__radd__") => Ok(vm.not_implemented),
        None => {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!("can only concatenate list (not \"{tn}\") to list")))
        }
    }
}

/// `self += iterable`: extends the list in place; the result is `self`.
fn iadd(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "__iadd__", 2, 2)?;
    let l = this(vm, a, "__iadd__")?;
    let new = iter::to_vec(vm, a.get(1))?;
    if let Value::Obj(r) = l {
        if let Obj::List(v) = vm.heap.get_mut(r) {
            v.extend(new);
        }
    }
    Ok(a.get(0))
}

/// The repeat count of `list * n`, or the error CPython raises.
fn repeat_count(vm: &mut Vm, n: Value) -> PyResult<Option<i64>> {
    let is_index = matches!(n, Value::Int(_) | Value::Bool(_))
        || matches!(n, Value::Obj(r) if matches!(vm.heap.get(r), Obj::BigInt(_)))
        || super::tuple_sub::has_dunder(vm, n, "__index__");
    if !is_index {
        if super::tuple_sub::has_dunder(vm, n, "__rmul__") && plain(vm, n).is_none() {
            return Ok(None);
        }
        let tn = vm.type_name(n);
        return Err(vm.type_error(format!("can't multiply sequence by non-int of type '{tn}'")));
    }
    super::int_arg(vm, n).map(Some)
}

fn mul(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "__mul__", 2, 2)?;
    let l = this(vm, a, "__mul__")?;
    match repeat_count(vm, a.get(1))? {
        Some(n) => ops::binary(vm, l, Value::Int(n), BinOp::Multiply as u32),
        None => Ok(vm.not_implemented),
    }
}

/// `self *= n`: repeats the list in place; the result is `self`.
fn imul(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "__imul__", 2, 2)?;
    let l = this(vm, a, "__imul__")?;
    let Some(n) = repeat_count(vm, a.get(1))? else {
        return Ok(vm.not_implemented);
    };
    let r = ops::binary(vm, l, Value::Int(n), BinOp::Multiply as u32)?;
    let items = vm.tuple_or_list_items(r);
    set_items(vm, l, items);
    Ok(a.get(0))
}

fn cmp(vm: &mut Vm, a: &Args, name: &str, op: CmpOp) -> PyResult<Value> {
    a.check(vm, name, 2, 2)?;
    let l = this(vm, a, name)?;
    match plain(vm, a.get(1)) {
        Some(o) => ops::compare(vm, l, o, op),
        None => Ok(vm.not_implemented),
    }
}

super::rich_comparisons!(cmp);

impl Vm {
    /// The items of a plain list or tuple value (empty for anything else).
    fn tuple_or_list_items(&self, v: Value) -> Vec<Value> {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::List(x) | Obj::Tuple(x) => x.clone(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        }
    }
}
