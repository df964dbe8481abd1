//! Native behaviour of builtin containers used by the interpreter: dict
//! and set keyed access (hashing through `ops::hash`, equality through
//! `ops::eq`), subscripts and slices, membership, sequence operators.

use crate::errors::{PyErr, PyResult};
use crate::interp::ops;
use crate::objects::{Dict, IterObj, Obj};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use corelab_compile::{BinOp, CmpOp};
use std::ops::ControlFlow;

/// Hash-matching `(position, key)` candidates of a dict, or of a set (slot
/// indices), in lookup order: a snapshot, so equality may run Python code.
fn candidates(vm: &Vm, d: ObjRef, hash: i64) -> Option<Vec<(usize, Value)>> {
    match vm.heap.get(d) {
        Obj::Dict(x) => Some(
            x.map
                .candidates(hash)
                .map(|i| (i, x.map.entry(i).map_or(Value::Null, |e| e.key)))
                .collect(),
        ),
        Obj::Set(s) | Obj::FrozenSet(s) => Some(s.map.candidates_with_keys(hash)),
        _ => None,
    }
}

/// Position of `key` in dict or set `d` (hash already computed).
fn find(vm: &mut Vm, d: ObjRef, hash: i64, key: Value) -> PyResult<Option<usize>> {
    let Some(cands) = candidates(vm, d, hash) else {
        return Ok(None);
    };
    for (i, k) in cands {
        if k.is(key) || ops::eq(vm, k, key)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn dict_map(vm: &Vm, d: ObjRef) -> Option<&Dict> {
    match vm.heap.get(d) {
        Obj::Dict(x) => Some(&x.map),
        _ => None,
    }
}

fn dict_map_mut(vm: &mut Vm, d: ObjRef) -> Option<&mut Dict> {
    match vm.heap.get_mut(d) {
        Obj::Dict(x) => Some(&mut x.map),
        _ => None,
    }
}

/// `d[k]` lookup without defaults: Some(value) or None.
pub fn dict_get(vm: &mut Vm, d: ObjRef, k: Value) -> PyResult<Option<Value>> {
    let h = ops::hash(vm, k)?;
    let i = find(vm, d, h, k)?;
    Ok(i.map(|i| dict_map(vm, d).map_or(Value::Null, |m| m.value_at(i))))
}

/// `d[k] = v`.
pub fn dict_set(vm: &mut Vm, d: ObjRef, k: Value, v: Value) -> PyResult<()> {
    let h = ops::hash(vm, k)?;
    let i = find(vm, d, h, k)?;
    if let Some(m) = dict_map_mut(vm, d) {
        match i {
            Some(i) => m.set_value_at(i, v),
            None => m.insert_new(h, k, v),
        }
    }
    Ok(())
}

/// Removes `k`; returns its value or None.
pub fn dict_remove(vm: &mut Vm, d: ObjRef, k: Value) -> PyResult<Option<Value>> {
    let h = ops::hash(vm, k)?;
    let i = find(vm, d, h, k)?;
    Ok(match i {
        Some(i) => dict_map_mut(vm, d)
            .and_then(|m| m.remove_at(i))
            .map(|e| e.value),
        None => None,
    })
}

/// Adds `x` to set `s`.
pub fn set_add(vm: &mut Vm, s: Value, x: Value) -> PyResult<()> {
    let Value::Obj(r) = s else {
        return Err(PyErr::internal("set_add on a non-set"));
    };
    let h = ops::hash(vm, x)?;
    if find(vm, r, h, x)?.is_none() {
        if let Obj::Set(s) | Obj::FrozenSet(s) = vm.heap.get_mut(r) {
            s.map.insert_new(h, x);
        }
    }
    Ok(())
}

/// `set(s)` / `frozenset(s)` / `s.copy()` for a set or frozenset `s`: a
/// new one with CPython's `set_merge` layout (`SetTable::copy`); None when
/// `s` is not a set.
pub fn set_copy_of(vm: &mut Vm, frozen: bool, s: Value) -> Option<Value> {
    let Value::Obj(r) = s else { return None };
    let map = match vm.heap.get(r) {
        Obj::Set(x) | Obj::FrozenSet(x) => x.map.copy(),
        _ => return None,
    };
    let obj = crate::objects::SetObj { map };
    Some(Value::Obj(vm.heap.alloc(if frozen {
        Obj::FrozenSet(obj)
    } else {
        Obj::Set(obj)
    })))
}

/// `SET_UPDATE` (and `s.update(t)`) of set `target` from a set or
/// frozenset `src`, as CPython's `set_merge`: one presizing resize, then
/// an empty target takes the source's layout, a non-empty one gets the
/// source's keys in slot order. Returns false when `src` is no set (the
/// caller adds its items one by one).
pub fn set_merge(vm: &mut Vm, target: Value, src: Value) -> PyResult<bool> {
    let (Value::Obj(t), Value::Obj(s)) = (target, src) else {
        return Ok(false);
    };
    if t == s {
        return Ok(matches!(vm.heap.get(s), Obj::Set(_) | Obj::FrozenSet(_)));
    }
    let other = match vm.heap.get(s) {
        Obj::Set(x) | Obj::FrozenSet(x) => x.map.clone(),
        _ => return Ok(false),
    };
    let keys: Vec<Value> = match vm.heap.get_mut(t) {
        Obj::Set(x) if x.map.fill() == 0 => {
            // The source's keys are pairwise distinct: nothing to compare.
            x.map.merge(&other, |_, _| false);
            return Ok(true);
        }
        Obj::Set(x) => {
            x.map.presize(other.len());
            other.keys().copied().collect()
        }
        _ => return Ok(false),
    };
    for k in keys {
        set_add(vm, target, k)?;
    }
    Ok(true)
}

/// A new set (or frozenset) holding `items`, added in order.
pub fn new_set_of(vm: &mut Vm, frozen: bool, items: &[Value]) -> PyResult<Value> {
    let make = |vm: &mut Vm| {
        let empty = crate::objects::SetObj::default();
        Value::Obj(vm.heap.alloc(if frozen {
            Obj::FrozenSet(empty)
        } else {
            Obj::Set(empty)
        }))
    };
    if !any_may_call_back(vm, items) {
        let s = make(vm);
        for &x in items {
            set_add(vm, s, x)?;
        }
        return Ok(s);
    }
    let s = vm.memo_step(|vm| Ok(make(vm)))?;
    vm.memo_loop(items.len(), s, |vm, i, s| {
        set_add(vm, s, items[i])?;
        Ok(ControlFlow::Continue(s))
    })
}

/// `for x in items { state = step(vm, x, state) }` for a builtin's loop
/// whose steps may call back into Python when an item or one of `also`
/// (the other operand) is an object with dunders: then through
/// `Vm::memo_loop`, so re-runs resume where they stopped; otherwise a plain
/// loop (no memo records on the common path). `Break(v)` ends the loop.
pub fn loop_items(
    vm: &mut Vm,
    items: &[Value],
    also: &[Value],
    init: Value,
    mut step: impl FnMut(&mut Vm, usize, Value, Value) -> PyResult<ControlFlow<Value, Value>>,
) -> PyResult<Value> {
    if any_may_call_back(vm, items) || any_may_call_back(vm, also) {
        return vm.memo_loop(items.len(), init, |vm, i, st| step(vm, i, items[i], st));
    }
    let mut state = init;
    for (i, &x) in items.iter().enumerate() {
        match step(vm, i, x, state)? {
            ControlFlow::Continue(v) => state = v,
            ControlFlow::Break(v) => return Ok(v),
        }
    }
    Ok(state)
}

/// `loop_items` over a list or tuple read live, item `i` at step `i`, as
/// CPython's `in`, `count` and `index` read `ob_item[i]` while the
/// sequence may change under them (a Python `__eq__` can append or pop).
/// A re-run after a callback copies nothing. `start..stop` bounds the
/// steps (`stop` is re-checked against the current length).
pub fn loop_seq(
    vm: &mut Vm,
    seq: ObjRef,
    range: (usize, usize),
    also: Value,
    init: Value,
    mut step: impl FnMut(&mut Vm, usize, Value, Value) -> PyResult<ControlFlow<Value, Value>>,
) -> PyResult<Value> {
    let item = |vm: &Vm, i: usize| match vm.heap.get(seq) {
        Obj::List(v) | Obj::Tuple(v) => v.get(i).copied(),
        _ => None,
    };
    let (start, stop) = range;
    let first_obj = (start..stop)
        .map_while(|i| item(vm, i))
        .find(|v| any_may_call_back(vm, std::slice::from_ref(v)))
        .is_some();
    if !first_obj && !any_may_call_back(vm, &[also]) {
        // No Python code can run: a plain loop over the items as they are.
        let items: Vec<Value> = (start..stop).map_while(|i| item(vm, i)).collect();
        let mut state = init;
        for (k, x) in items.into_iter().enumerate() {
            match step(vm, start + k, x, state)? {
                ControlFlow::Continue(v) => state = v,
                ControlFlow::Break(v) => return Ok(v),
            }
        }
        return Ok(state);
    }
    vm.memo_loop(stop.saturating_sub(start), init, |vm, k, st| {
        match item(vm, start + k) {
            Some(x) => step(vm, start + k, x, st),
            // The sequence got shorter: the loop ends here.
            None => Ok(ControlFlow::Break(st)),
        }
    })
}

/// `set(items)` / `frozenset(items)` for the items of list `items` (only
/// the builtin holds it): read by index, so a re-run after a `__hash__` or
/// `__eq__` callback copies nothing.
pub fn new_set_from_list(vm: &mut Vm, frozen: bool, items: ObjRef) -> PyResult<Value> {
    let slow = match vm.heap.get(items) {
        Obj::List(v) => any_may_call_back(vm, v),
        _ => false,
    };
    if !slow {
        let all = match vm.heap.get(items) {
            Obj::List(v) => v.clone(),
            _ => Vec::new(),
        };
        return new_set_of(vm, frozen, &all);
    }
    let s = vm.memo_step(|vm| {
        let empty = crate::objects::SetObj::default();
        Ok(Value::Obj(vm.heap.alloc(if frozen {
            Obj::FrozenSet(empty)
        } else {
            Obj::Set(empty)
        })))
    })?;
    loop_seq(vm, items, (0, usize::MAX), Value::None, s, |vm, _, x, s| {
        set_add(vm, s, x)?;
        Ok(ControlFlow::Continue(s))
    })
}

/// Whether hashing or comparing one of `items` may call Python code (a
/// `__hash__` or `__eq__`). Builtins that fill a new container from such
/// items make the container once (`Vm::memo_step`) and fill it in a
/// `Vm::memo_loop` (each insertion mutates after its last callback): a
/// re-run after a callback resumes at the item that called back instead
/// of inserting the items before it again (ARCHITECTURE.md, "Callbacks
/// into Python").
pub fn any_may_call_back(vm: &Vm, items: &[Value]) -> bool {
    items.iter().any(|&v| match v {
        Value::Obj(r) => !matches!(
            vm.heap.get(r),
            Obj::Str(_) | Obj::BigInt(_) | Obj::Bytes(_) | Obj::Function(_) | Obj::Type(_)
        ),
        _ => false,
    })
}

/// `(key, value)` pairs of a mapping (dict or object with keys()).
pub fn mapping_items(vm: &mut Vm, v: Value) -> PyResult<Vec<(Value, Value)>> {
    if let Value::Obj(r) = v {
        if let Obj::Dict(d) = vm.heap.get(r) {
            return Ok(d.map.iter().map(|e| (e.key, e.value)).collect());
        }
    }
    let t = vm.type_of(v);
    let Some(keys) = vm.lookup_in_type_str(t, "keys") else {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!("'{tn}' object is not a mapping")));
    };
    let ks = vm.call(keys, vec![v])?;
    let ks = crate::interp::iter::to_vec(vm, ks)?;
    let mut out = Vec::new();
    for k in ks {
        let val = crate::interp::build::getitem(vm, v, k)?;
        out.push((k, val));
    }
    Ok(out)
}

/// Normalises a possibly negative index into `0..len`.
pub fn norm_index(i: i64, len: usize) -> Option<usize> {
    let n = len as i64;
    let j = if i < 0 { i + n } else { i };
    (0..n).contains(&j).then_some(j as usize)
}

/// An index value as i64 (ints, bools, `__index__`).
pub fn index_of(vm: &mut Vm, v: Value, what: &str) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(b as i64),
        _ => {
            if let Some(b) = ops::to_bigint(vm, v) {
                let _ = b;
                return Err(vm.index_error("cannot fit 'int' into an index-sized integer"));
            }
            let t = vm.type_of(v);
            if let Some(f) = vm.lookup_in_type_str(t, "__index__") {
                let r = vm.call(f, vec![v])?;
                return match r {
                    Value::Int(_) | Value::Bool(_) => index_of(vm, r, what),
                    _ if ops::to_bigint(vm, r).is_some() => index_of(vm, r, what),
                    _ => {
                        let rn = vm.type_name(r);
                        Err(vm.type_error(format!("__index__ returned non-int (type {rn})")))
                    }
                };
            }
            let tn = vm.type_name(v);
            // CPython words the str case differently (and quotes the type).
            Err(vm.type_error(if what == "string" {
                format!("string indices must be integers, not '{tn}'")
            } else {
                format!("{what} indices must be integers or slices, not {tn}")
            }))
        }
    }
}

/// Resolves a slice against a length: (start, stop, step, count).
pub fn slice_indices(vm: &mut Vm, s: ObjRef, len: usize) -> PyResult<(i64, i64, i64, usize)> {
    let Obj::Slice(a, b, c) = vm.heap.get(s) else {
        unreachable!()
    };
    let (a, b, c) = (*a, *b, *c);
    let get = |vm: &mut Vm, v: Value| -> PyResult<Option<i64>> {
        match v {
            Value::None => Ok(None),
            Value::Int(i) => Ok(Some(i)),
            Value::Bool(b) => Ok(Some(b as i64)),
            _ => match ops::to_bigint(vm, v) {
                Some(b) => Ok(Some(if b.sign() == num_bigint::Sign::Minus {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                })),
                None => {
                    let t = vm.type_of(v);
                    match vm.lookup_in_type_str(t, "__index__") {
                        Some(f) => {
                            let r = vm.call(f, vec![v])?;
                            index_of(vm, r, "slice").map(Some)
                        }
                        None => Err(vm.type_error(
                            "slice indices must be integers or None or have an __index__ method",
                        )),
                    }
                }
            },
        }
    };
    let step = get(vm, c)?.unwrap_or(1);
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let n = len as i64;
    let clamp = |x: Option<i64>, default: i64| -> i64 {
        match x {
            None => default,
            Some(x) => {
                let x = if x < 0 { x + n } else { x };
                if step > 0 {
                    x.clamp(0, n)
                } else {
                    x.clamp(-1, n - 1)
                }
            }
        }
    };
    let (start, stop) = if step > 0 {
        (clamp(get(vm, a)?, 0), clamp(get(vm, b)?, n))
    } else {
        (clamp(get(vm, a)?, n - 1), clamp(get(vm, b)?, -1))
    };
    let count = if step > 0 {
        if stop > start {
            ((stop - start - 1) / step + 1) as usize
        } else {
            0
        }
    } else if start > stop {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    };
    Ok((start, stop, step, count))
}

fn slice_pick<T: Clone>(items: &[T], start: i64, step: i64, count: usize) -> Vec<T> {
    (0..count)
        .map(|i| items[(start + i as i64 * step) as usize].clone())
        .collect()
}

/// Subscripts of builtin containers; None if `c` is not one.
pub fn builtin_getitem(vm: &mut Vm, c: Value, k: Value) -> PyResult<Option<Value>> {
    let Value::Obj(r) = c else { return Ok(None) };
    let slice = matches!(k, Value::Obj(kr) if matches!(vm.heap.get(kr), Obj::Slice(..)));
    match vm.heap.get(r) {
        Obj::List(items) | Obj::Tuple(items) => {
            let is_list = matches!(vm.heap.get(r), Obj::List(_));
            let len = items.len();
            if slice {
                let (start, _, step, count) = slice_indices(vm, k.as_obj().unwrap(), len)?;
                let (Obj::List(items) | Obj::Tuple(items)) = vm.heap.get(r) else {
                    unreachable!()
                };
                let picked = slice_pick(items, start, step, count);
                return Ok(Some(if is_list {
                    vm.new_list(picked)
                } else {
                    vm.new_tuple(picked)
                }));
            }
            let what = if is_list { "list" } else { "tuple" };
            let i = index_of(vm, k, what)?;
            let (Obj::List(items) | Obj::Tuple(items)) = vm.heap.get(r) else {
                unreachable!()
            };
            match norm_index(i, items.len()) {
                Some(j) => Ok(Some(items[j])),
                None => Err(vm.index_error(format!("{what} index out of range"))),
            }
        }
        Obj::Str(s) => {
            let chars: Vec<char> = s.as_str().chars().collect();
            if slice {
                let (start, _, step, count) = slice_indices(vm, k.as_obj().unwrap(), chars.len())?;
                let picked: String = slice_pick(&chars, start, step, count).into_iter().collect();
                return Ok(Some(vm.new_str(picked)));
            }
            let i = index_of(vm, k, "string")?;
            match norm_index(i, chars.len()) {
                Some(j) => Ok(Some(vm.new_str(chars[j].to_string()))),
                None => Err(vm.index_error("string index out of range")),
            }
        }
        Obj::Bytes(b) | Obj::ByteArray(b) => {
            let b = b.clone();
            let is_ba = matches!(vm.heap.get(r), Obj::ByteArray(_));
            if slice {
                let (start, _, step, count) = slice_indices(vm, k.as_obj().unwrap(), b.len())?;
                let picked = slice_pick(&b, start, step, count);
                let o = if is_ba {
                    Obj::ByteArray(picked)
                } else {
                    Obj::Bytes(picked)
                };
                return Ok(Some(Value::Obj(vm.heap.alloc(o))));
            }
            let i = index_of(vm, k, "byte")?;
            match norm_index(i, b.len()) {
                Some(j) => Ok(Some(Value::Int(b[j] as i64))),
                None => Err(vm.index_error("index out of range")),
            }
        }
        Obj::Range(_) => super::range_ops::range_getitem(vm, r, k, slice).map(Some),
        Obj::Dict(d) if native_dict_op(vm, d.class, "__getitem__") => {
            let class = d.class;
            match dict_get(vm, r, k)? {
                Some(v) => Ok(Some(v)),
                None => {
                    if let Some(cls) = class {
                        let Obj::Dict(d) = vm.heap.get(r) else {
                            unreachable!()
                        };
                        let factory = d.default_factory;
                        if !factory.is_null() && !matches!(factory, Value::None) {
                            let v = vm.call(factory, vec![])?;
                            dict_set(vm, r, k, v)?;
                            return Ok(Some(v));
                        }
                        if let Some(f) = vm.lookup_in_type_str(cls, "__missing__") {
                            return vm.call(f, vec![c, k]).map(Some);
                        }
                    }
                    Err(vm.key_error(k))
                }
            }
        }
        Obj::Deque(_) => {
            let i = index_of(vm, k, "deque")?;
            let Obj::Deque(d2) = vm.heap.get(r) else {
                unreachable!()
            };
            match norm_index(i, d2.items.len()) {
                Some(j) => Ok(Some(d2.items[j])),
                None => Err(vm.index_error("deque index out of range")),
            }
        }
        _ => Ok(None),
    }
}

/// Item assignment on builtin containers; false if not one.
pub fn builtin_setitem(vm: &mut Vm, c: Value, k: Value, v: Value) -> PyResult<bool> {
    let Value::Obj(r) = c else { return Ok(false) };
    match vm.heap.get(r) {
        Obj::List(items) => {
            let len = items.len();
            if let Value::Obj(kr) = k {
                if matches!(vm.heap.get(kr), Obj::Slice(..)) {
                    let (start, stop, step, count) = slice_indices(vm, kr, len)?;
                    let new = crate::interp::iter::to_vec(vm, v)?;
                    let Obj::List(items) = vm.heap.get_mut(r) else {
                        unreachable!()
                    };
                    if step == 1 {
                        let stop = stop.max(start);
                        items.splice(start as usize..stop as usize, new);
                    } else {
                        if new.len() != count {
                            let n = new.len();
                            return Err(vm.value_error(format!("attempt to assign sequence of size {n} to extended slice of size {count}")));
                        }
                        for (i, x) in new.into_iter().enumerate() {
                            items[(start + i as i64 * step) as usize] = x;
                        }
                    }
                    return Ok(true);
                }
            }
            let i = index_of(vm, k, "list")?;
            match norm_index(i, len) {
                Some(j) => {
                    if let Obj::List(items) = vm.heap.get_mut(r) {
                        items[j] = v;
                    }
                    Ok(true)
                }
                None => Err(vm.index_error("list assignment index out of range")),
            }
        }
        Obj::Dict(d) if native_dict_setitem(vm, d.class) => {
            dict_set(vm, r, k, v)?;
            Ok(true)
        }
        Obj::ByteArray(b) => {
            let len = b.len();
            if let Value::Obj(kr) = k {
                if matches!(vm.heap.get(kr), Obj::Slice(..)) {
                    super::bytes_methods::bytearray_setslice(vm, r, kr, v)?;
                    return Ok(true);
                }
            }
            let i = index_of(vm, k, "bytearray")?;
            let x = super::bytes_methods::byte_value(vm, v)?;
            match norm_index(i, len) {
                Some(j) => {
                    if let Obj::ByteArray(b) = vm.heap.get_mut(r) {
                        b[j] = x as u8;
                    }
                    Ok(true)
                }
                None => Err(vm.index_error("bytearray index out of range")),
            }
        }
        Obj::Deque(d) => {
            let len = d.items.len();
            let i = index_of(vm, k, "deque")?;
            match norm_index(i, len) {
                Some(j) => {
                    if let Obj::Deque(d) = vm.heap.get_mut(r) {
                        d.items[j] = v;
                    }
                    Ok(true)
                }
                None => Err(vm.index_error("deque index out of range")),
            }
        }
        _ => Ok(false),
    }
}

/// Whether item assignment on a dict (subclass) instance is the builtin one.
fn native_dict_setitem(vm: &Vm, class: Option<ObjRef>) -> bool {
    native_dict_op(vm, class, "__setitem__")
}

/// Whether a dict of class `class` uses dict's own `name` (no Python class
/// in its MRO overrides it), so the VM's fast dict path applies.
pub(crate) fn native_dict_op(vm: &Vm, class: Option<ObjRef>, name: &str) -> bool {
    let Some(c) = class else { return true };
    if vm.type_obj(c).builtin {
        return true;
    }
    let hash = crate::hashing::hash_str(name);
    !vm.type_obj(c).mro.iter().any(|&t| {
        !vm.type_obj(t).builtin
            && vm
                .type_obj(t)
                .dict
                .iter()
                .any(|e| e.hash == hash && vm.as_str(e.key) == Some(name))
    })
}

/// Whether `v` is a dict whose class overrides `name` in Python.
fn dict_overrides(vm: &Vm, v: Value, name: &str) -> bool {
    match v {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Dict(d) => !native_dict_op(vm, d.class, name),
            _ => false,
        },
        _ => false,
    }
}

/// Item deletion on builtin containers; false if not one.
pub fn builtin_delitem(vm: &mut Vm, c: Value, k: Value) -> PyResult<bool> {
    let Value::Obj(r) = c else { return Ok(false) };
    match vm.heap.get(r) {
        Obj::List(items) => {
            let len = items.len();
            if let Value::Obj(kr) = k {
                if matches!(vm.heap.get(kr), Obj::Slice(..)) {
                    let (start, _, step, count) = slice_indices(vm, kr, len)?;
                    let mut idx: Vec<usize> = (0..count)
                        .map(|i| (start + i as i64 * step) as usize)
                        .collect();
                    idx.sort_unstable();
                    if let Obj::List(items) = vm.heap.get_mut(r) {
                        for i in idx.into_iter().rev() {
                            items.remove(i);
                        }
                    }
                    return Ok(true);
                }
            }
            let i = index_of(vm, k, "list")?;
            match norm_index(i, len) {
                Some(j) => {
                    if let Obj::List(items) = vm.heap.get_mut(r) {
                        items.remove(j);
                    }
                    Ok(true)
                }
                None => Err(vm.index_error("list assignment index out of range")),
            }
        }
        Obj::Dict(d) if native_dict_op(vm, d.class, "__delitem__") => {
            match dict_remove(vm, r, k)? {
                Some(_) => Ok(true),
                None => Err(vm.key_error(k)),
            }
        }
        Obj::ByteArray(_) => super::bytes_methods::bytearray_delitem(vm, r, k),
        Obj::Deque(d) => {
            let len = d.items.len();
            let i = index_of(vm, k, "deque")?;
            match norm_index(i, len) {
                Some(j) => {
                    if let Obj::Deque(d) = vm.heap.get_mut(r) {
                        d.items.remove(j);
                    }
                    Ok(true)
                }
                None => Err(vm.index_error("deque index out of range")),
            }
        }
        _ => Ok(false),
    }
}

/// `deque + deque`, `deque * n` and their in-place forms (`+=` takes any
/// iterable); a bounded deque keeps its last `maxlen` items.
fn deque_binary(vm: &mut Vm, a: Value, ra: ObjRef, b: Value, op: BinOp) -> PyResult<Option<Value>> {
    let Obj::Deque(d) = vm.heap.get(ra) else {
        return Ok(None);
    };
    let (mut items, maxlen) = (d.items.clone(), d.maxlen);
    if op.base() == BinOp::Add {
        let other = match b {
            Value::Obj(rb) => match vm.heap.get(rb) {
                Obj::Deque(y) => Some(y.items.iter().copied().collect::<Vec<_>>()),
                _ => None,
            },
            _ => None,
        };
        let other = match other {
            Some(o) => o,
            None if op.is_inplace() => crate::interp::iter::to_vec(vm, b)?,
            None => {
                let nb = vm.type_name(b);
                return Err(vm.type_error(format!(
                    "can only concatenate deque (not \"{nb}\") to deque"
                )));
            }
        };
        items.extend(other);
    } else {
        let n = match b {
            Value::Int(n) => n,
            Value::Bool(t) => t as i64,
            _ => return Ok(None),
        };
        let n = n.max(0) as usize;
        if items.len().saturating_mul(n) > 100_000_000 {
            return Err(PyErr::limit("sequence repetition result is too large"));
        }
        let once: Vec<Value> = items.iter().copied().collect();
        items.clear();
        for _ in 0..n {
            items.extend(once.iter().copied());
        }
    }
    if let Some(m) = maxlen {
        while items.len() > m {
            items.pop_front();
        }
    }
    if op.is_inplace() {
        if let Obj::Deque(d) = vm.heap.get_mut(ra) {
            d.items = items;
        }
        return Ok(Some(a));
    }
    let new = crate::objects::DequeObj { items, maxlen };
    Ok(Some(Value::Obj(vm.heap.alloc(Obj::Deque(Box::new(new))))))
}

/// `item in container` for builtin containers; None if not one.
pub fn builtin_contains(vm: &mut Vm, c: Value, item: Value) -> PyResult<Option<bool>> {
    let Value::Obj(r) = c else { return Ok(None) };
    match vm.heap.get(r) {
        Obj::List(_) | Obj::Tuple(_) => {
            let range = (0, usize::MAX);
            let found = loop_seq(vm, r, range, item, Value::Bool(false), |vm, _, x, st| {
                Ok(if x.is(item) || ops::eq(vm, x, item)? {
                    ControlFlow::Break(Value::Bool(true))
                } else {
                    ControlFlow::Continue(st)
                })
            })?;
            Ok(Some(matches!(found, Value::Bool(true))))
        }
        Obj::Str(s) => match vm.as_str(item) {
            Some(sub) => Ok(Some(s.as_str().contains(sub))),
            None => {
                let tn = vm.type_name(item);
                Err(vm.type_error(format!(
                    "'in <string>' requires string as left operand, not {tn}"
                )))
            }
        },
        Obj::Dict(d) if !native_dict_op(vm, d.class, "__contains__") => Ok(None),
        Obj::Dict(_) | Obj::Set(_) | Obj::FrozenSet(_) => {
            let h = ops::hash(vm, item)?;
            Ok(Some(find(vm, r, h, item)?.is_some()))
        }
        Obj::Range(rg) => {
            let rg = rg.clone();
            Ok(Some(super::range_ops::range_find(vm, &rg, item)?.is_some()))
        }
        Obj::Bytes(b) | Obj::ByteArray(b) => {
            let b = b.clone();
            super::bytes_methods::contains(vm, &b, item).map(Some)
        }
        Obj::Deque(d) => {
            let items: Vec<Value> = d.items.iter().copied().collect();
            let found = loop_items(vm, &items, &[item], Value::Bool(false), |vm, _, x, st| {
                Ok(if ops::eq(vm, x, item)? {
                    ControlFlow::Break(Value::Bool(true))
                } else {
                    ControlFlow::Continue(st)
                })
            })?;
            Ok(Some(matches!(found, Value::Bool(true))))
        }
        Obj::Record(rec) if rec.kind == "dict_keys" => {
            let Value::Obj(d) = rec.fields[0] else {
                return Ok(None);
            };
            Ok(Some(dict_get(vm, d, item)?.is_some()))
        }
        Obj::Record(rec) if rec.kind.starts_with("dict_") => {
            let items = crate::interp::iter::to_vec(vm, c)?;
            for x in items {
                if ops::eq(vm, x, item)? {
                    return Ok(Some(true));
                }
            }
            Ok(Some(false))
        }
        _ => Ok(None),
    }
}

/// Items of a builtin sequence-like object.
pub fn sequence_items(vm: &Vm, v: Value) -> Option<Vec<Value>> {
    let Value::Obj(r) = v else { return None };
    match vm.heap.get(r) {
        Obj::List(x) | Obj::Tuple(x) => Some(x.clone()),
        Obj::Bytes(b) | Obj::ByteArray(b) => {
            Some(b.iter().map(|&x| Value::Int(x as i64)).collect())
        }
        Obj::Deque(d) => Some(d.items.iter().copied().collect()),
        _ => None,
    }
}

/// `+`, `*`, `%` and set operators on builtin sequences and sets.
pub fn sequence_binary(vm: &mut Vm, a: Value, b: Value, op: BinOp) -> PyResult<Option<Value>> {
    let base = op.base();
    if let Some(r) = view_set_op(vm, a, b, op)? {
        return Ok(Some(r));
    }
    // `d |= iterable_of_pairs` updates in place like `d.update(...)`.
    if base == BinOp::Or && op.is_inplace() {
        if let Value::Obj(ra) = a {
            let b_is_dict = matches!(b, Value::Obj(rb) if matches!(vm.heap.get(rb), Obj::Dict(_)));
            if matches!(vm.heap.get(ra), Obj::Dict(_)) && !b_is_dict {
                super::dict_fill(vm, ra, b, &[])?;
                return Ok(Some(a));
            }
        }
    }
    let (Value::Obj(ra), _) = (a, b) else {
        if let (Value::Int(n), Value::Obj(_)) = (a, b) {
            if base == BinOp::Multiply {
                return sequence_binary(vm, b, Value::Int(n), op);
            }
        }
        return Ok(None);
    };
    match (vm.heap.get(ra), b) {
        (Obj::Str(x), Value::Obj(rb)) if base == BinOp::Add => {
            if let Obj::Str(y) = vm.heap.get(rb) {
                let s = format!("{}{}", x.as_str(), y.as_str());
                return Ok(Some(vm.new_str(s)));
            }
            Ok(None)
        }
        (Obj::Str(_), _) if base == BinOp::Remainder => {
            crate::builtins::percent_format(vm, a, b).map(Some)
        }
        (Obj::Bytes(_) | Obj::ByteArray(_), _) if base == BinOp::Remainder => Err(
            PyErr::unsupported("%-formatting of bytes is not supported by corelab yet"),
        ),
        (Obj::Str(x), Value::Int(_) | Value::Bool(_)) if base == BinOp::Multiply => {
            let n = match b {
                Value::Int(n) => n,
                Value::Bool(t) => t as i64,
                _ => 0,
            };
            let s = x.as_str().repeat(n.max(0) as usize);
            Ok(Some(vm.new_str(s)))
        }
        (Obj::List(x), Value::Obj(rb)) if base == BinOp::Add => {
            if let Obj::List(y) = vm.heap.get(rb) {
                if op.is_inplace() {
                    let y = y.clone();
                    if let Obj::List(x) = vm.heap.get_mut(ra) {
                        x.extend(y);
                    }
                    return Ok(Some(a));
                }
                let mut v = x.clone();
                v.extend_from_slice(y);
                return Ok(Some(vm.new_list(v)));
            }
            if op.is_inplace() {
                let items = crate::interp::iter::to_vec(vm, b)?;
                if let Obj::List(x) = vm.heap.get_mut(ra) {
                    x.extend(items);
                }
                return Ok(Some(a));
            }
            // A list subclass instance concatenates as its list; another
            // object may still take `+` by its `__radd__`.
            let bb = vm.builtin_base(b);
            if !bb.is(b) && matches!(bb, Value::Obj(r) if matches!(vm.heap.get(r), Obj::List(_))) {
                return sequence_binary(vm, a, bb, op);
            }
            if vm.lookup_in_type_str(vm.type_of(b), "__radd__").is_some() {
                return Ok(None);
            }
            let nb = vm.type_name(b);
            Err(vm.type_error(format!("can only concatenate list (not \"{nb}\") to list")))
        }
        (Obj::Tuple(x), Value::Obj(rb)) if base == BinOp::Add => {
            if let Obj::Tuple(y) = vm.heap.get(rb) {
                let mut v = x.clone();
                v.extend_from_slice(y);
                return Ok(Some(vm.new_tuple(v)));
            }
            Ok(None)
        }
        (Obj::List(x) | Obj::Tuple(x), Value::Int(n)) if base == BinOp::Multiply => {
            let is_list = matches!(vm.heap.get(ra), Obj::List(_));
            let n = n.max(0) as usize;
            if x.len().saturating_mul(n) > 100_000_000 {
                return Err(PyErr::limit("sequence repetition result is too large"));
            }
            let mut v = Vec::with_capacity(x.len() * n);
            for _ in 0..n {
                v.extend_from_slice(x);
            }
            if is_list && op.is_inplace() {
                if let Obj::List(x) = vm.heap.get_mut(ra) {
                    *x = v;
                }
                return Ok(Some(a));
            }
            Ok(Some(if is_list {
                vm.new_list(v)
            } else {
                vm.new_tuple(v)
            }))
        }
        (Obj::Deque(_), _) if matches!(base, BinOp::Add | BinOp::Multiply) => {
            deque_binary(vm, a, ra, b, op)
        }
        (Obj::Bytes(_) | Obj::ByteArray(_), _) if matches!(base, BinOp::Add | BinOp::Multiply) => {
            super::bytes_methods::binary(vm, ra, b, base == BinOp::Add, op.is_inplace())
        }
        // Only |, &, - and ^ (and their in-place forms) combine sets.
        (Obj::Set(_) | Obj::FrozenSet(_), Value::Obj(rb))
            if matches!(base, BinOp::Or | BinOp::And | BinOp::Subtract | BinOp::Xor)
                && matches!(vm.heap.get(rb), Obj::Set(_) | Obj::FrozenSet(_)) =>
        {
            crate::builtins::set_operator(vm, a, b, op).map(Some)
        }
        (Obj::Dict(_), Value::Obj(rb))
            if base == BinOp::Or
                && matches!(vm.heap.get(rb), Obj::Dict(_))
                && !dict_overrides(vm, a, "__or__")
                && !dict_overrides(vm, a, "__ior__")
                && !dict_overrides(vm, b, "__ror__") =>
        {
            let pairs_a = mapping_items(vm, a)?;
            let pairs_b = mapping_items(vm, b)?;
            let target = if op.is_inplace() { ra } else { vm.new_dict() };
            if !op.is_inplace() {
                for (k, v) in pairs_a {
                    dict_set(vm, target, k, v)?;
                }
            }
            for (k, v) in pairs_b {
                dict_set(vm, target, k, v)?;
            }
            Ok(Some(Value::Obj(target)))
        }
        _ => Ok(None),
    }
}

/// Comparisons of dicts, sets, ranges, deques.
pub fn container_compare(vm: &mut Vm, a: Value, b: Value, op: CmpOp) -> PyResult<Option<bool>> {
    let (Value::Obj(ra), Value::Obj(rb)) = (a, b) else {
        return Ok(None);
    };
    match (vm.heap.get(ra), vm.heap.get(rb)) {
        (Obj::Dict(_), Obj::Dict(_)) => {
            if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
                return Ok(None);
            }
            if ["__eq__", "__ne__"]
                .iter()
                .any(|n| dict_overrides(vm, a, n) || dict_overrides(vm, b, n))
            {
                // A Python-level comparison of a dict subclass runs instead.
                return Ok(None);
            }
            let (Obj::Dict(x), Obj::Dict(y)) = (vm.heap.get(ra), vm.heap.get(rb)) else {
                unreachable!()
            };
            if x.map.len() != y.map.len() {
                return Ok(Some(op == CmpOp::Ne));
            }
            let pairs: Vec<(Value, Value)> = x.map.iter().map(|e| (e.key, e.value)).collect();
            for (k, v) in pairs {
                match dict_get(vm, rb, k)? {
                    Some(w) if ops::eq(vm, v, w)? => {}
                    _ => return Ok(Some(op == CmpOp::Ne)),
                }
            }
            Ok(Some(op == CmpOp::Eq))
        }
        (Obj::Set(x) | Obj::FrozenSet(x), Obj::Set(y) | Obj::FrozenSet(y)) => {
            let (xa, ya): (Vec<Value>, Vec<Value>) =
                (x.map.key_values().collect(), y.map.key_values().collect());
            let (nx, ny) = (xa.len(), ya.len());
            let mut a_in_b = true;
            for k in &xa {
                if !builtin_contains(vm, b, *k)?.unwrap_or(false) {
                    a_in_b = false;
                    break;
                }
            }
            let b_in_a = if nx >= ny {
                let mut all = true;
                for k in &ya {
                    if !builtin_contains(vm, a, *k)?.unwrap_or(false) {
                        all = false;
                        break;
                    }
                }
                all
            } else {
                false
            };
            Ok(Some(match op {
                CmpOp::Eq => a_in_b && nx == ny,
                CmpOp::Ne => !(a_in_b && nx == ny),
                CmpOp::Le => a_in_b,
                CmpOp::Lt => a_in_b && nx < ny,
                CmpOp::Ge => b_in_a,
                CmpOp::Gt => b_in_a && nx > ny,
            }))
        }
        (Obj::Slice(x0, x1, x2), Obj::Slice(y0, y1, y2)) => {
            // Slices compare as the tuples (start, stop, step).
            let (xs, ys) = (vec![*x0, *x1, *x2], vec![*y0, *y1, *y2]);
            let (tx, ty) = (vm.new_tuple(xs), vm.new_tuple(ys));
            let r = ops::compare(vm, tx, ty, op)?;
            Ok(Some(ops::truthy(vm, r)?))
        }
        (Obj::Range(x), Obj::Range(y)) => {
            let same = x.same_elements(y);
            Ok(match op {
                CmpOp::Eq => Some(same),
                CmpOp::Ne => Some(!same),
                _ => None,
            })
        }
        (Obj::Deque(x), Obj::Deque(y)) => {
            let (xs, ys): (Vec<Value>, Vec<Value>) = (
                x.items.iter().copied().collect(),
                y.items.iter().copied().collect(),
            );
            let l1 = vm.new_list(xs);
            let l2 = vm.new_list(ys);
            let r = ops::compare(vm, l1, l2, op)?;
            Ok(Some(ops::truthy(vm, r)?))
        }
        _ => Ok(None),
    }
}

/// `next()` of the lazy builtin iterators (enumerate, zip, map, filter,
/// callable_iterator).
pub fn lazy_next(vm: &mut Vm, r: ObjRef) -> PyResult<Value> {
    let Obj::Iter(state) = vm.heap.get(r) else {
        return Err(PyErr::internal("lazy_next on a non-iterator"));
    };
    let state = (**state).clone();
    let stop = |vm: &mut Vm| PyErr::Exc(vm.new_exception(vm.exc.stop_iteration, vec![]));
    match state {
        IterObj::Enumerate { it, count } => {
            let v = crate::interp::iter::next_value(vm, it)?;
            let next = ops::binary(vm, count, Value::Int(1), BinOp::Add as u32)?;
            if let Obj::Iter(s) = vm.heap.get_mut(r) {
                **s = IterObj::Enumerate { it, count: next };
            }
            Ok(vm.new_tuple(vec![count, v]))
        }
        IterObj::Zip { its, strict } => {
            if its.is_empty() {
                return Err(stop(vm));
            }
            let mut out = Vec::with_capacity(its.len());
            for (i, &it) in its.iter().enumerate() {
                match crate::interp::iter::next_value(vm, it) {
                    Ok(v) => out.push(v),
                    Err(PyErr::Exc(e)) if vm.exc_matches(Value::Obj(e), vm.exc.stop_iteration) => {
                        if strict && i > 0 {
                            return Err(vm.value_error(format!(
                                "zip() argument {} is shorter than argument 1",
                                i + 1
                            )));
                        }
                        return Err(PyErr::Exc(e));
                    }
                    Err(e) => return Err(e),
                }
            }
            Ok(vm.new_tuple(out))
        }
        IterObj::Map { func, its } => {
            let mut args = Vec::with_capacity(its.len());
            for &it in &its {
                args.push(crate::interp::iter::next_value(vm, it)?);
            }
            vm.call(func, args)
        }
        IterObj::Filter { func, it, keep } => loop {
            let v = crate::interp::iter::next_value(vm, it)?;
            let t = if matches!(func, Value::None) {
                v
            } else {
                vm.call(func, vec![v])?
            };
            if ops::truthy(vm, t)? == keep {
                return Ok(v);
            }
        },
        IterObj::GetItem { obj, index } => {
            let t = vm.type_of(obj);
            let Some(gi) = vm.lookup_in_type_str(t, "__getitem__") else {
                return Err(stop(vm));
            };
            match vm.call(gi, vec![obj, Value::Int(index)]) {
                Ok(v) => {
                    if let Obj::Iter(s) = vm.heap.get_mut(r) {
                        **s = IterObj::GetItem {
                            obj,
                            index: index + 1,
                        };
                    }
                    Ok(v)
                }
                Err(PyErr::Exc(e))
                    if vm.exc_matches(Value::Obj(e), vm.exc.index_error)
                        || vm.exc_matches(Value::Obj(e), vm.exc.stop_iteration) =>
                {
                    if let Obj::Iter(s) = vm.heap.get_mut(r) {
                        **s = IterObj::Exhausted;
                    }
                    Err(stop(vm))
                }
                Err(e) => Err(e),
            }
        }
        IterObj::Callable { func, sentinel } => {
            let v = vm.call(func, vec![])?;
            if ops::eq(vm, v, sentinel)? {
                if let Obj::Iter(s) = vm.heap.get_mut(r) {
                    **s = IterObj::Exhausted;
                }
                return Err(stop(vm));
            }
            Ok(v)
        }
        _ => match crate::interp::iter::native_next(vm, r) {
            Some(Some(v)) => Ok(v),
            Some(None) => Err(stop(vm)),
            None => Err(crate::interp::iter::changed_during_iteration(vm, r)),
        },
    }
}

/// `it.__next__()` for lazy iterators, as a builtin.
pub fn lazy_next_builtin(vm: &mut Vm, args: &crate::builtins::Args) -> PyResult<Value> {
    match args.get(0) {
        Value::Obj(r) => lazy_next(vm, r),
        _ => Err(vm.type_error("__next__ needs an iterator")),
    }
}

/// Whether `v` is a set-like dict view (`dict_keys` or `dict_items`).
fn is_set_view(vm: &Vm, v: Value) -> bool {
    matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Record(rec) if rec.kind == "dict_keys" || rec.kind == "dict_items"))
}

/// Comparisons between a set-like dict view and a set or view: as sets.
pub fn view_compare(vm: &mut Vm, a: Value, b: Value, op: CmpOp) -> PyResult<Option<bool>> {
    let setlike = |vm: &Vm, v: Value| {
        is_set_view(vm, v)
            || matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Set(_) | Obj::FrozenSet(_)))
    };
    if !(is_set_view(vm, a) || is_set_view(vm, b)) || !setlike(vm, a) || !setlike(vm, b) {
        return Ok(None);
    }
    let items_a = crate::interp::iter::to_vec(vm, a)?;
    let sa = new_set_of(vm, true, &items_a)?;
    let items_b = crate::interp::iter::to_vec(vm, b)?;
    let sb = new_set_of(vm, true, &items_b)?;
    container_compare(vm, sa, sb, op)
}

/// Set operators on dict key/item views (`d.keys() & other`): both sides
/// become sets first.
fn view_set_op(vm: &mut Vm, a: Value, b: Value, op: BinOp) -> PyResult<Option<Value>> {
    let base = op.base();
    if !matches!(base, BinOp::And | BinOp::Or | BinOp::Subtract | BinOp::Xor) {
        return Ok(None);
    }
    let is_view = |vm: &Vm, v: Value| matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Record(rec) if rec.kind == "dict_keys" || rec.kind == "dict_items"));
    let is_setlike = |vm: &Vm, v: Value| {
        is_view(vm, v)
            || matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Set(_) | Obj::FrozenSet(_)))
    };
    if !(is_view(vm, a) || is_view(vm, b)) || !is_setlike(vm, a) || !is_setlike(vm, b) {
        return Ok(None);
    }
    let items_a = crate::interp::iter::to_vec(vm, a)?;
    let sa = crate::interp::build::new_set(vm, &items_a)?;
    let items_b = crate::interp::iter::to_vec(vm, b)?;
    let sb = crate::interp::build::new_set(vm, &items_b)?;
    super::set_operator(vm, sa, sb, base).map(Some)
}
