//! Building and taking apart containers: `Build*`, the comprehension
//! appends, unpacking, subscripts and f-string formatting.

use super::iter;
use crate::errors::{PyErr, PyResult};
use crate::objects::Obj;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use corelab_compile::Instr;

/// The `Build*`/append/unpack/format instructions.
pub(crate) fn build(vm: &mut Vm, th: &mut Thread, instr: Instr) -> PyResult<()> {
    let len = th.stack.len();
    match instr {
        Instr::BuildTuple(n) => {
            let items = th.stack.split_off(len - n as usize);
            let t = vm.new_tuple(items);
            th.stack.push(t);
        }
        Instr::BuildList(n) => {
            let items = th.stack.split_off(len - n as usize);
            let l = vm.new_list(items);
            th.stack.push(l);
        }
        Instr::BuildSet(n) => {
            let items = th.stack[len - n as usize..].to_vec();
            let s = new_set(vm, &items)?;
            th.stack.truncate(len - n as usize);
            th.stack.push(s);
        }
        Instr::BuildMap(n) => {
            let items = th.stack[len - 2 * n as usize..].to_vec();
            let d = vm.new_dict();
            for kv in items.chunks(2) {
                crate::builtins::dict_set(vm, d, kv[0], kv[1])?;
            }
            th.stack.truncate(len - 2 * n as usize);
            th.stack.push(Value::Obj(d));
        }
        Instr::BuildConstKeyMap(n) => {
            let keys = iter::to_vec(vm, th.stack[len - 1])?;
            let vals = th.stack[len - 1 - n as usize..len - 1].to_vec();
            let d = vm.new_dict();
            for (k, v) in keys.into_iter().zip(vals) {
                crate::builtins::dict_set(vm, d, k, v)?;
            }
            th.stack.truncate(len - 1 - n as usize);
            th.stack.push(Value::Obj(d));
        }
        Instr::BuildSlice(n) => {
            let items = th.stack.split_off(len - n as usize);
            let step = items.get(2).copied().unwrap_or(Value::None);
            let s = vm.heap.alloc(Obj::Slice(items[0], items[1], step));
            th.stack.push(Value::Obj(s));
        }
        Instr::BuildString(n) => {
            let mut s = String::new();
            for v in &th.stack[len - n as usize..] {
                s.push_str(vm.as_str(*v).unwrap_or(""));
            }
            th.stack.truncate(len - n as usize);
            let v = vm.new_str(s);
            th.stack.push(v);
        }
        Instr::ListAppend(n) | Instr::SetAdd(n) | Instr::ListExtend(n) | Instr::SetUpdate(n) => {
            let v = th.stack[len - 1];
            let target = th.stack[len - 1 - n as usize];
            match instr {
                Instr::ListAppend(_) => {
                    if let Value::Obj(r) = target {
                        if let Obj::List(l) = vm.heap.get_mut(r) {
                            l.push(v);
                        }
                    }
                }
                Instr::SetAdd(_) => crate::builtins::set_add(vm, target, v)?,
                Instr::ListExtend(_) => {
                    let items = iter::to_vec(vm, v).map_err(|e| match e {
                        PyErr::Exc(_) if !is_iterable(vm, v) => {
                            let tn = vm.type_name(v);
                            vm.type_error(format!("Value after * must be an iterable, not {tn}"))
                        }
                        e => e,
                    })?;
                    if let Value::Obj(r) = target {
                        if let Obj::List(l) = vm.heap.get_mut(r) {
                            l.extend(items);
                        }
                    }
                }
                _ => {
                    if !crate::builtins::set_merge(vm, target, v)? {
                        for x in iter::to_vec(vm, v)? {
                            crate::builtins::set_add(vm, target, x)?;
                        }
                    }
                }
            }
            th.stack.pop();
        }
        Instr::MapAdd(n) => {
            let (k, v) = (th.stack[len - 2], th.stack[len - 1]);
            let Value::Obj(d) = th.stack[len - 2 - n as usize] else {
                return Err(PyErr::internal("MapAdd target is not a dict"));
            };
            crate::builtins::dict_set(vm, d, k, v)?;
            th.stack.truncate(len - 2);
        }
        Instr::DictUpdate(n) | Instr::DictMerge(n) => {
            let src = th.stack[len - 1];
            let Value::Obj(d) = th.stack[len - 1 - n as usize] else {
                return Err(PyErr::internal("DictUpdate target is not a dict"));
            };
            // For `DictMerge` (a call's `**` arguments) the callee sits
            // below the positional-arguments tuple.
            let callee = th.stack[len.saturating_sub(3 + n as usize)];
            let merge = matches!(instr, Instr::DictMerge(_));
            if merge && vm.lookup_in_type_str(vm.type_of(src), "keys").is_none() {
                return Err(super::call::not_a_mapping(vm, callee, src));
            }
            let pairs = crate::builtins::mapping_items(vm, src)?;
            for (k, v) in pairs {
                if merge && crate::builtins::dict_get(vm, d, k)?.is_some() {
                    let (fs, ks) = (
                        super::call::function_str(vm, callee),
                        crate::builtins::repr(vm, k)?,
                    );
                    return Err(vm.type_error(format!(
                        "{fs} got multiple values for keyword argument {ks}"
                    )));
                }
                crate::builtins::dict_set(vm, d, k, v)?;
            }
            th.stack.pop();
        }
        Instr::ListToTuple => {
            let v = th.stack[len - 1];
            let items = iter::to_vec(vm, v)?;
            let t = vm.new_tuple(items);
            th.stack[len - 1] = t;
        }
        Instr::UnpackSequence(n) => {
            let v = th.stack[len - 1];
            if let Value::Obj(r) = v {
                // A range too long for the targets fails without listing it.
                if matches!(vm.heap.get(r), Obj::Range(rg) if rg.len_i64().is_none_or(|l| l > n as i64))
                {
                    return Err(vm.value_error(format!("too many values to unpack (expected {n})")));
                }
            }
            let items = iter::to_vec(vm, v).map_err(|e| not_iterable(vm, e, v))?;
            if items.len() != n as usize {
                return Err(if items.len() > n as usize {
                    vm.value_error(format!("too many values to unpack (expected {n})"))
                } else {
                    vm.value_error(format!(
                        "not enough values to unpack (expected {n}, got {})",
                        items.len()
                    ))
                });
            }
            th.stack.pop();
            th.stack.extend(items.into_iter().rev());
        }
        Instr::UnpackEx(arg) => {
            let (before, after) = ((arg & 0xff) as usize, (arg >> 8) as usize);
            let v = th.stack[len - 1];
            let items = iter::to_vec(vm, v).map_err(|e| not_iterable(vm, e, v))?;
            if items.len() < before + after {
                return Err(vm.value_error(format!(
                    "not enough values to unpack (expected at least {}, got {})",
                    before + after,
                    items.len()
                )));
            }
            th.stack.pop();
            let mid = vm.new_list(items[before..items.len() - after].to_vec());
            th.stack.extend(items[items.len() - after..].iter().rev());
            th.stack.push(mid);
            th.stack.extend(items[..before].iter().rev());
        }
        Instr::FormatValue(flags) => {
            let has_spec = flags & 4 != 0;
            let (v, spec) = if has_spec {
                (th.stack[len - 2], th.stack[len - 1])
            } else {
                (th.stack[len - 1], Value::Null)
            };
            let v = match flags & 3 {
                1 => {
                    let s = crate::builtins::str_of_value(vm, v)?;
                    vm.new_str(s)
                }
                2 => {
                    let s = crate::builtins::repr(vm, v)?;
                    vm.new_str(s)
                }
                3 => {
                    let s = crate::builtins::ascii(vm, v)?;
                    vm.new_str(s)
                }
                _ => v,
            };
            let spec_s = if has_spec {
                vm.as_str(spec).unwrap_or("").to_string()
            } else {
                String::new()
            };
            let s = crate::builtins::format_value(vm, v, &spec_s)?;
            let r = vm.new_str(s);
            th.stack.truncate(len - 1 - has_spec as usize);
            th.stack.push(r);
        }
        _ => return Err(PyErr::internal(format!("build got {instr:?}"))),
    }
    Ok(())
}

fn not_iterable(vm: &mut Vm, e: PyErr, v: Value) -> PyErr {
    match e {
        PyErr::Exc(_) if vm.type_of(v) != vm.types.str && !is_iterable(vm, v) => {
            let tn = vm.type_name(v);
            vm.type_error(format!("cannot unpack non-iterable {tn} object"))
        }
        e => e,
    }
}

fn is_iterable(vm: &mut Vm, v: Value) -> bool {
    match v {
        Value::Obj(r) => {
            !matches!(vm.heap.get(r), Obj::Instance(_))
                || vm.lookup_in_type_str(vm.type_of(v), "__iter__").is_some()
        }
        _ => false,
    }
}

/// A new set of `items`.
pub(crate) fn new_set(vm: &mut Vm, items: &[Value]) -> PyResult<Value> {
    crate::builtins::new_set_of(vm, false, items)
}

/// `list[int]`/`tuple[int]` without going through the slow path.
#[inline(always)]
pub(crate) fn fast_getitem(vm: &Vm, c: Value, k: Value) -> Option<Value> {
    let (Value::Obj(r), Value::Int(i)) = (c, k) else {
        return None;
    };
    let (Obj::List(v) | Obj::Tuple(v)) = vm.heap.get(r) else {
        return None;
    };
    let n = v.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if (0..n).contains(&j) {
        Some(v[j as usize])
    } else {
        None
    }
}

/// `list[int] = v` in range; false otherwise.
#[inline(always)]
pub(crate) fn fast_setitem(vm: &mut Vm, c: Value, k: Value, val: Value) -> bool {
    let (Value::Obj(r), Value::Int(i)) = (c, k) else {
        return false;
    };
    let Obj::List(v) = vm.heap.get_mut(r) else {
        return false;
    };
    let n = v.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if (0..n).contains(&j) {
        v[j as usize] = val;
        true
    } else {
        false
    }
}

/// `container[key]`.
pub(crate) fn getitem(vm: &mut Vm, c: Value, k: Value) -> PyResult<Value> {
    if let (Value::Obj(r), Value::Int(i)) = (c, k) {
        if let Obj::List(v) | Obj::Tuple(v) = vm.heap.get(r) {
            let n = v.len() as i64;
            let j = if i < 0 { i + n } else { i };
            if (0..n).contains(&j) {
                return Ok(v[j as usize]);
            }
        }
    }
    if let Some(v) = crate::builtins::builtin_getitem(vm, c, k)? {
        return Ok(v);
    }
    let t = vm.type_of(c);
    if let Some(f) = vm.lookup_in_type_str(t, "__getitem__") {
        return vm.call(f, vec![c, k]);
    }
    if let Value::Obj(r) = c {
        if matches!(vm.heap.get(r), Obj::Type(_)) {
            if let Some(v) = class_getitem(vm, r, k)? {
                return Ok(v);
            }
        }
    }
    let tn = vm.type_name(c);
    Err(vm.type_error(format!("'{tn}' object is not subscriptable")))
}

/// Builtin classes whose subscript is a `types.GenericAlias` (`list[int]`).
const GENERIC_BUILTINS: &[&str] = &[
    "list",
    "dict",
    "tuple",
    "set",
    "frozenset",
    "type",
    "deque",
    "enumerate",
];

/// `cls[k]` for a class: its `__class_getitem__` (implicitly a class
/// method, as in CPython), or a `types.GenericAlias` for the generic
/// builtin classes; None if the class is not subscriptable.
fn class_getitem(vm: &mut Vm, cls: ObjRef, k: Value) -> PyResult<Option<Value>> {
    if let Some(f) = vm.lookup_in_type_str(cls, "__class_getitem__") {
        let call = match f {
            Value::Obj(fr) => match vm.heap.get(fr) {
                Obj::ClassMethod(inner) => (*inner, vec![Value::Obj(cls), k]),
                Obj::StaticMethod(inner) => (*inner, vec![k]),
                _ => (f, vec![Value::Obj(cls), k]),
            },
            _ => (f, vec![Value::Obj(cls), k]),
        };
        return vm.call(call.0, call.1).map(Some);
    }
    let Obj::Type(t) = vm.heap.get(cls) else {
        return Ok(None);
    };
    if !(t.builtin && GENERIC_BUILTINS.contains(&&*t.name)) {
        return Ok(None);
    }
    let types = crate::modules::get_module(vm, "types")?;
    let Obj::Module(m) = vm.heap.get(types) else {
        return Err(PyErr::internal("types is not a module"));
    };
    let d = m.dict;
    let name = vm.intern("GenericAlias");
    let Some(ga) = vm.dict_get_str(d, name) else {
        return Err(PyErr::internal("types.GenericAlias is missing"));
    };
    vm.call(ga, vec![Value::Obj(cls), k]).map(Some)
}

/// `container[key] = value`.
pub(crate) fn setitem(vm: &mut Vm, c: Value, k: Value, v: Value) -> PyResult<()> {
    if crate::builtins::builtin_setitem(vm, c, k, v)? {
        return Ok(());
    }
    let t = vm.type_of(c);
    if let Some(f) = vm.lookup_in_type_str(t, "__setitem__") {
        vm.call(f, vec![c, k, v])?;
        return Ok(());
    }
    let tn = vm.type_name(c);
    Err(vm.type_error(format!("'{tn}' object does not support item assignment")))
}

/// `del container[key]`.
pub(crate) fn delitem(vm: &mut Vm, c: Value, k: Value) -> PyResult<()> {
    if crate::builtins::builtin_delitem(vm, c, k)? {
        return Ok(());
    }
    let t = vm.type_of(c);
    if let Some(f) = vm.lookup_in_type_str(t, "__delitem__") {
        vm.call(f, vec![c, k])?;
        return Ok(());
    }
    let tn = vm.type_name(c);
    Err(vm.type_error(format!("'{tn}' object doesn't support item deletion")))
}
