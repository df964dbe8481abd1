//! Methods of `dict` (and its views) and of `set`/`frozenset`.

use super::Args;
use crate::errors::PyResult;
use crate::interp::{iter, ops};
use crate::objects::{Obj, Record};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use corelab_compile::{BinOp, CmpOp};

pub(crate) fn install(vm: &mut Vm) {
    let d = vm.types.dict;
    vm.add_methods(
        d,
        &[
            ("get", get),
            ("setdefault", setdefault),
            ("pop", pop),
            ("popitem", popitem),
            ("update", update),
            ("keys", keys),
            ("values", values),
            ("items", items),
            ("copy", copy),
            ("clear", clear),
            ("__getitem__", getitem),
            ("__setitem__", setitem),
            ("__delitem__", delitem),
            ("__contains__", contains),
            ("__len__", len),
            ("__init__", init),
        ],
    );
    let fk = vm.new_builtin("fromkeys", fromkeys);
    let cm = Value::Obj(vm.heap.alloc(Obj::ClassMethod(fk)));
    vm.type_set_attr(d, "fromkeys", cm);
    let (s, fs) = (vm.types.set, vm.types.frozenset);
    let common: &[(&'static str, super::NativeFn)] = &[
        ("union", union),
        ("intersection", intersection),
        ("difference", difference),
        ("symmetric_difference", symmetric_difference),
        ("issubset", issubset),
        ("issuperset", issuperset),
        ("isdisjoint", isdisjoint),
        ("copy", set_copy),
    ];
    vm.add_methods(s, common);
    vm.add_methods(fs, common);
    let (dk, di) = (vm.types.dict_keys, vm.types.dict_items);
    vm.add_methods(dk, &[("isdisjoint", view_isdisjoint)]);
    vm.add_methods(di, &[("isdisjoint", view_isdisjoint)]);
    vm.add_methods(
        s,
        &[
            ("add", add),
            ("remove", remove),
            ("discard", discard),
            ("pop", set_pop),
            ("clear", set_clear),
            ("update", set_update),
            ("intersection_update", intersection_update),
            ("difference_update", difference_update),
            ("symmetric_difference_update", symmetric_difference_update),
        ],
    );
}

fn dict_ref(vm: &mut Vm, a: &Args) -> PyResult<ObjRef> {
    match a.get(0) {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Dict(_)) => Ok(r),
        v => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor requires a 'dict' object but received a '{tn}'"
            )))
        }
    }
}

fn get(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "get", 2, 3)?;
    let d = dict_ref(vm, a)?;
    Ok(super::dict_get(vm, d, a.get(1))?.unwrap_or(if a.len() > 2 {
        a.get(2)
    } else {
        Value::None
    }))
}

fn setdefault(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "setdefault", 2, 3)?;
    let d = dict_ref(vm, a)?;
    if let Some(v) = super::dict_get(vm, d, a.get(1))? {
        return Ok(v);
    }
    let v = if a.len() > 2 { a.get(2) } else { Value::None };
    super::dict_set(vm, d, a.get(1), v)?;
    Ok(v)
}

fn pop(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "pop", 2, 3)?;
    let d = dict_ref(vm, a)?;
    match super::dict_remove(vm, d, a.get(1))? {
        Some(v) => Ok(v),
        None if a.len() > 2 => Ok(a.get(2)),
        None => Err(vm.key_error(a.get(1))),
    }
}

fn popitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = dict_ref(vm, a)?;
    let e = match vm.heap.get_mut(d) {
        Obj::Dict(x) => x.map.pop_last(),
        _ => None,
    };
    let Some(e) = e else {
        return Err(vm.key_error_msg("popitem(): dictionary is empty"));
    };
    Ok(vm.new_tuple(vec![e.key, e.value]))
}

fn update(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check_pos(vm, "update", 1, 2)?;
    let d = dict_ref(vm, a)?;
    super::dict_fill(vm, d, a.get(1), a.kw)?;
    Ok(Value::None)
}

fn init(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    update(vm, a)
}

fn view(vm: &mut Vm, a: &Args, kind: &'static str) -> PyResult<Value> {
    let d = dict_ref(vm, a)?;
    let class = match kind {
        "dict_keys" => vm.types.dict_keys,
        "dict_values" => vm.types.dict_values,
        _ => vm.types.dict_items,
    };
    let rec = Record {
        kind,
        class,
        fields: vec![Value::Obj(d)],
        nums: Vec::new(),
    };
    Ok(Value::Obj(vm.heap.alloc(Obj::Record(Box::new(rec)))))
}

fn keys(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    view(vm, a, "dict_keys")
}

fn values(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    view(vm, a, "dict_values")
}

fn items(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    view(vm, a, "dict_items")
}

fn copy(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = dict_ref(vm, a)?;
    let Obj::Dict(x) = vm.heap.get(d) else {
        unreachable!()
    };
    let mut nd = x.clone();
    if nd.class.is_some_and(|c| !vm.type_obj(c).builtin) {
        nd.class = None;
        nd.attrs = None;
    }
    Ok(Value::Obj(vm.heap.alloc(Obj::Dict(nd))))
}

fn clear(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = dict_ref(vm, a)?;
    if let Obj::Dict(x) = vm.heap.get_mut(d) {
        x.map.clear();
    }
    Ok(Value::None)
}

fn getitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = dict_ref(vm, a)?;
    match super::dict_get(vm, d, a.get(1))? {
        Some(v) => Ok(v),
        None => Err(vm.key_error(a.get(1))),
    }
}

fn setitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = dict_ref(vm, a)?;
    super::dict_set(vm, d, a.get(1), a.get(2))?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = dict_ref(vm, a)?;
    match super::dict_remove(vm, d, a.get(1))? {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(a.get(1))),
    }
}

fn contains(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = dict_ref(vm, a)?;
    Ok(Value::Bool(super::dict_get(vm, d, a.get(1))?.is_some()))
}

fn len(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = dict_ref(vm, a)?;
    let Obj::Dict(x) = vm.heap.get(d) else {
        unreachable!()
    };
    Ok(Value::Int(x.map.len() as i64))
}

fn fromkeys(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let keys = iter::to_vec(vm, a.get(1))?;
    let v = if a.len() > 2 { a.get(2) } else { Value::None };
    if !super::any_may_call_back(vm, &keys) {
        let d = vm.new_dict();
        for k in keys {
            super::dict_set(vm, d, k, v)?;
        }
        return Ok(Value::Obj(d));
    }
    // Made once, filled one recorded insertion at a time (see
    // `any_may_call_back`).
    let d = vm.memo_step(|vm| Ok(Value::Obj(vm.new_dict())))?;
    let Value::Obj(d) = d else {
        return Err(crate::errors::PyErr::internal(
            "fromkeys: a recorded dict that is not one",
        ));
    };
    vm.memo_loop(keys.len(), Value::Obj(d), |vm, i, dv| {
        super::dict_set(vm, d, keys[i], v)?;
        Ok(std::ops::ControlFlow::Continue(dv))
    })
}

// ---- sets -----------------------------------------------------------------

fn set_items(vm: &Vm, v: Value) -> Option<Vec<Value>> {
    match v {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Set(s) | Obj::FrozenSet(s) => Some(s.map.key_values().collect()),
            _ => None,
        },
        _ => None,
    }
}

fn is_frozen(vm: &Vm, v: Value) -> bool {
    matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::FrozenSet(_)))
}

fn make_set(vm: &mut Vm, frozen: bool, items: Vec<Value>) -> PyResult<Value> {
    super::new_set_of(vm, frozen, &items)
}

fn others(vm: &mut Vm, a: &Args) -> PyResult<Vec<Vec<Value>>> {
    let mut out = Vec::new();
    for &o in &a.pos[1..] {
        out.push(match set_items(vm, o) {
            Some(x) => x,
            None => iter::to_vec(vm, o)?,
        });
    }
    Ok(out)
}

fn contains_in(vm: &mut Vm, items: &[Value], x: Value) -> PyResult<bool> {
    for &y in items {
        if ops::eq(vm, y, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `a op b` for two sets.
pub fn set_operator(vm: &mut Vm, a: Value, b: Value, op: BinOp) -> PyResult<Value> {
    let (xa, xb) = (
        set_items(vm, a).unwrap_or_default(),
        set_items(vm, b).unwrap_or_default(),
    );
    let frozen = is_frozen(vm, a);
    let result = combine(vm, op.base(), xa, xb, b)?;
    if op.is_inplace() && !frozen {
        if let Value::Obj(r) = a {
            if let Obj::Set(s) = vm.heap.get_mut(r) {
                s.map.clear();
            }
            for x in result {
                super::set_add(vm, a, x)?;
            }
            return Ok(a);
        }
    }
    make_set(vm, frozen, result)
}

fn combine(
    vm: &mut Vm,
    op: BinOp,
    xa: Vec<Value>,
    xb: Vec<Value>,
    b: Value,
) -> PyResult<Vec<Value>> {
    let mut out = Vec::new();
    match op {
        BinOp::Or => {
            out = xa;
            for x in xb {
                if !contains_in(vm, &out, x)? {
                    out.push(x);
                }
            }
        }
        BinOp::And => {
            for x in xa {
                if super::builtin_contains(vm, b, x)?.unwrap_or(false) {
                    out.push(x);
                }
            }
        }
        BinOp::Subtract => {
            for x in xa {
                if !super::builtin_contains(vm, b, x)?.unwrap_or(false) {
                    out.push(x);
                }
            }
        }
        _ => {
            for &x in &xa {
                if !contains_in(vm, &xb, x)? {
                    out.push(x);
                }
            }
            for &x in &xb {
                if !contains_in(vm, &xa, x)? {
                    out.push(x);
                }
            }
        }
    }
    Ok(out)
}

fn multi(vm: &mut Vm, a: &Args, op: BinOp) -> PyResult<Value> {
    let frozen = is_frozen(vm, a.get(0));
    let mut acc = set_items(vm, a.get(0)).unwrap_or_default();
    for other in others(vm, a)? {
        let b = make_set(vm, true, other.clone())?;
        acc = combine(vm, op, acc, other, b)?;
    }
    make_set(vm, frozen, acc)
}

fn union(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    multi(vm, a, BinOp::Or)
}

fn intersection(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    multi(vm, a, BinOp::And)
}

fn difference(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    multi(vm, a, BinOp::Subtract)
}

fn symmetric_difference(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    multi(vm, a, BinOp::Xor)
}

fn relation(vm: &mut Vm, a: &Args, op: CmpOp) -> PyResult<Value> {
    let other = others(vm, a)?.pop().unwrap_or_default();
    let b = make_set(vm, true, other)?;
    let r = ops::compare(vm, a.get(0), b, op)?;
    Ok(Value::Bool(ops::truthy(vm, r)?))
}

fn issubset(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    relation(vm, a, CmpOp::Le)
}

fn issuperset(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    relation(vm, a, CmpOp::Ge)
}

fn isdisjoint(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let xa = set_items(vm, a.get(0)).unwrap_or_default();
    let other = others(vm, a)?.pop().unwrap_or_default();
    for x in xa {
        if contains_in(vm, &other, x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `view.isdisjoint(iterable)` for `dict_keys`/`dict_items`.
fn view_isdisjoint(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "isdisjoint", 2, 2)?;
    let items = iter::to_vec(vm, a.get(0))?;
    let this = make_set(vm, true, items)?;
    let pos = [this, a.get(1)];
    isdisjoint(vm, &Args::new(&pos, &[]))
}

fn set_copy(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let frozen = is_frozen(vm, a.get(0));
    if let Some(s) = super::set_copy_of(vm, frozen, a.get(0)) {
        return Ok(s);
    }
    let items = set_items(vm, a.get(0)).unwrap_or_default();
    make_set(vm, frozen, items)
}

fn add(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "set.add", 2, 2)?;
    super::set_add(vm, a.get(0), a.get(1))?;
    Ok(Value::None)
}

fn remove_from(vm: &mut Vm, s: Value, x: Value) -> PyResult<bool> {
    let Value::Obj(r) = s else { return Ok(false) };
    let h = ops::hash(vm, x)?;
    let cands: Vec<(usize, Value)> = match vm.heap.get(r) {
        Obj::Set(st) => st.map.candidates_with_keys(h),
        _ => Vec::new(),
    };
    for (i, k) in cands {
        if k.is(x) || ops::eq(vm, k, x)? {
            if let Obj::Set(st) = vm.heap.get_mut(r) {
                st.map.remove_slot(i);
            }
            return Ok(true);
        }
    }
    Ok(false)
}

fn remove(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "set.remove", 2, 2)?;
    if !remove_from(vm, a.get(0), a.get(1))? {
        return Err(vm.key_error(a.get(1)));
    }
    Ok(Value::None)
}

fn discard(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "set.discard", 2, 2)?;
    remove_from(vm, a.get(0), a.get(1))?;
    Ok(Value::None)
}

fn set_pop(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Value::Obj(r) = a.get(0) else {
        return Ok(Value::None);
    };
    let popped = match vm.heap.get_mut(r) {
        Obj::Set(s) => s.map.pop().map(|e| e.key),
        _ => None,
    };
    match popped {
        Some(k) => Ok(k),
        None => Err(vm.key_error_msg("pop from an empty set")),
    }
}

fn set_clear(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if let Value::Obj(r) = a.get(0) {
        if let Obj::Set(s) = vm.heap.get_mut(r) {
            s.map.clear();
        }
    }
    Ok(Value::None)
}

fn set_update(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    // Sets merge as CPython's `set_merge` does (their layout matters for
    // iteration order); other iterables add their items one by one. (A
    // merge is repeatable, so a later argument's callback may re-run it.)
    for &o in &a.pos[1..] {
        if super::set_merge(vm, a.get(0), o)? {
            continue;
        }
        let items = match set_items(vm, o) {
            Some(x) => x,
            None => iter::to_vec(vm, o)?,
        };
        for x in items {
            super::set_add(vm, a.get(0), x)?;
        }
    }
    Ok(Value::None)
}

fn replace_contents(vm: &mut Vm, s: Value, items: Vec<Value>) -> PyResult<Value> {
    if let Value::Obj(r) = s {
        if let Obj::Set(st) = vm.heap.get_mut(r) {
            st.map.clear();
        }
    }
    for x in items {
        super::set_add(vm, s, x)?;
    }
    Ok(Value::None)
}

fn in_place(vm: &mut Vm, a: &Args, op: BinOp) -> PyResult<Value> {
    let r = multi(vm, a, op)?;
    let items = set_items(vm, r).unwrap_or_default();
    replace_contents(vm, a.get(0), items)
}

fn intersection_update(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    in_place(vm, a, BinOp::And)
}

fn difference_update(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    in_place(vm, a, BinOp::Subtract)
}

fn symmetric_difference_update(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    in_place(vm, a, BinOp::Xor)
}
