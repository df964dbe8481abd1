//! Subclasses of `tuple`: `tuple.__new__` for a subclass, the dunder
//! methods of `tuple` (what CPython's tuple slots are; subclass instances
//! reach them through the type, as any instance's dunders), and
//! `Vm::tuple_items`, the `PyTuple_Check` view of a value.
//!
//! A tuple subclass instance is an `Obj::Instance` whose `base` is the plain
//! `Obj::Tuple` of its items (see `objects::Instance` for why). Plain tuples
//! never come here on the interpreter's fast paths; the dunders below also
//! accept them (`tuple.__getitem__((1, 2), 0)`).

use super::Args;
use crate::errors::PyResult;
use crate::interp::{build, iter, ops};
use crate::objects::{Instance, Obj};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use corelab_compile::{BinOp, CmpOp};

pub(crate) fn install(vm: &mut Vm) {
    let t = vm.types.tuple;
    vm.add_methods(
        t,
        &[
            ("__getitem__", getitem),
            ("__iter__", iter_),
            ("__contains__", contains),
            ("__hash__", hash),
            ("__repr__", repr),
            ("__add__", add),
            ("__mul__", mul),
            ("__rmul__", mul),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__lt__", lt),
            ("__le__", le),
            ("__gt__", gt),
            ("__ge__", ge),
            ("__getnewargs__", getnewargs),
        ],
    );
}

impl Vm {
    /// The items of a tuple or of an instance of a tuple subclass (CPython's
    /// `PyTuple_Check`); None for anything else.
    pub fn tuple_items(&self, v: Value) -> Option<&[Value]> {
        let Value::Obj(r) = v else { return None };
        match self.heap.get(r) {
            Obj::Tuple(items) => Some(items),
            Obj::Instance(i) => match i.base {
                Value::Obj(b) => match self.heap.get(b) {
                    Obj::Tuple(items) => Some(items),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }

    /// The builtin value a subclass instance extends, or `v` itself.
    pub fn builtin_base(&self, v: Value) -> Value {
        if let Value::Obj(r) = v {
            if let Obj::Instance(i) = self.heap.get(r) {
                if !i.base.is_null() {
                    return i.base;
                }
            }
        }
        v
    }
}

/// The plain tuple of a tuple or tuple subclass instance.
fn plain(vm: &Vm, v: Value) -> Option<Value> {
    let b = vm.builtin_base(v);
    match b {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Tuple(_)) => Some(b),
        _ => None,
    }
}

/// `self` of a tuple method, as its plain tuple.
fn this(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Value> {
    match plain(vm, a.get(0)) {
        Some(t) => Ok(t),
        None => {
            let tn = vm.type_name(a.get(0));
            Err(vm.type_error(format!(
                "descriptor '{name}' requires a 'tuple' object but received a '{tn}'"
            )))
        }
    }
}

/// `tuple.__new__(cls, iterable=())` when `cls` is a subclass of tuple:
/// a new instance of `cls` over the items.
pub(crate) fn new_subclass_instance(vm: &mut Vm, cls: ObjRef, a: &Args) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return Err(vm.type_error("tuple() takes no keyword arguments"));
    }
    if a.len() > 1 {
        let n = a.len();
        return Err(vm.type_error(format!("tuple expected at most 1 argument, got {n}")));
    }
    let items = if a.is_empty() {
        Vec::new()
    } else {
        iter::to_vec(vm, a.get(0))?
    };
    let base = vm.new_tuple(items);
    Ok(Value::Obj(
        vm.heap
            .alloc(Obj::Instance(Box::new(Instance::new(cls, base)))),
    ))
}

fn getitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "__getitem__", 2, 2)?;
    let t = this(vm, a, "__getitem__")?;
    build::getitem(vm, t, a.get(1))
}

fn iter_(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "__iter__", 1, 1)?;
    let t = this(vm, a, "__iter__")?;
    iter::get_iter(vm, t)
}

fn contains(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "__contains__", 2, 2)?;
    let t = this(vm, a, "__contains__")?;
    ops::contains(vm, t, a.get(1)).map(Value::Bool)
}

fn hash(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "__hash__", 1, 1)?;
    let t = this(vm, a, "__hash__")?;
    ops::hash(vm, t).map(Value::Int)
}

fn repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "__repr__", 1, 1)?;
    let t = this(vm, a, "__repr__")?;
    let s = super::repr(vm, t)?;
    Ok(vm.new_str(s))
}

/// Whether `v`'s type defines `name` (a reflected operator that may still
/// take the operation).
pub(super) fn has_dunder(vm: &mut Vm, v: Value, name: &str) -> bool {
    let t = vm.type_of(v);
    vm.lookup_in_type_str(t, name).is_some()
}

fn add(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "__add__", 2, 2)?;
    let t = this(vm, a, "__add__")?;
    let other = a.get(1);
    match plain(vm, other) {
        Some(o) => ops::binary(vm, t, o, BinOp::Add as u32),
        None if has_dunder(vm, other, "__radd__") => Ok(vm.not_implemented),
        None => {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!(
                "can only concatenate tuple (not \"{tn}\") to tuple"
            )))
        }
    }
}

fn mul(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "__mul__", 2, 2)?;
    let t = this(vm, a, "__mul__")?;
    let n = a.get(1);
    let is_index = matches!(n, Value::Int(_) | Value::Bool(_))
        || matches!(n, Value::Obj(r) if matches!(vm.heap.get(r), Obj::BigInt(_)))
        || has_dunder(vm, n, "__index__");
    if !is_index {
        if has_dunder(vm, n, "__rmul__") && plain(vm, n).is_none() {
            return Ok(vm.not_implemented);
        }
        let tn = vm.type_name(n);
        return Err(vm.type_error(format!("can't multiply sequence by non-int of type '{tn}'")));
    }
    let n = Value::Int(super::int_arg(vm, n)?);
    ops::binary(vm, t, n, BinOp::Multiply as u32)
}

fn cmp(vm: &mut Vm, a: &Args, name: &str, op: CmpOp) -> PyResult<Value> {
    a.check(vm, name, 2, 2)?;
    let t = this(vm, a, name)?;
    match plain(vm, a.get(1)) {
        Some(o) => ops::compare(vm, t, o, op),
        None => Ok(vm.not_implemented),
    }
}

super::rich_comparisons!(cmp);

/// `(tuple(self),)`: what copying and pickling pass to `__new__` again.
fn getnewargs(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "__getnewargs__", 1, 1)?;
    let items = this(vm, a, "__getnewargs__")?;
    let items = vm.tuple_items(items).unwrap_or(&[]).to_vec();
    let copy = vm.new_tuple(items);
    Ok(vm.new_tuple(vec![copy]))
}
