//! Methods of `list` and `tuple`.

use super::Args;
use crate::errors::PyResult;
use crate::interp::ops;
use crate::objects::Obj;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

pub(crate) fn install(vm: &mut Vm) {
    let (l, t) = (vm.types.list, vm.types.tuple);
    vm.add_methods(
        l,
        &[
            ("append", append),
            ("extend", extend),
            ("insert", insert),
            ("pop", pop),
            ("remove", remove),
            ("index", index),
            ("count", count),
            ("sort", sort),
            ("reverse", reverse),
            ("clear", clear),
            ("copy", copy),
        ],
    );
    vm.add_methods(t, &[("index", index), ("count", count)]);
    let r = vm.types.range;
    vm.add_methods(r, &[("index", range_index), ("count", range_count)]);
}

fn range_of(vm: &mut Vm, a: &Args, name: &str) -> PyResult<crate::objects::RangeObj> {
    match a.get(0) {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Range(rg) => Ok(*rg),
            _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'range' object"))),
        },
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'range' object"))),
    }
}

/// `range.index(x)`.
fn range_index(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "index", 2, 2)?;
    let rg = range_of(vm, a, "index")?;
    let x = a.get(1);
    match super::containers::range_find(vm, rg, x)? {
        Some(i) => Ok(Value::Int(i)),
        None if matches!(x, Value::Int(_) | Value::Bool(_)) => {
            let s = super::repr(vm, x)?;
            Err(vm.value_error(format!("{s} is not in range")))
        }
        None => Err(vm.value_error("sequence.index(x): x not in sequence")),
    }
}

/// `range.count(x)`.
fn range_count(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "count", 2, 2)?;
    let rg = range_of(vm, a, "count")?;
    let x = a.get(1);
    if matches!(x, Value::Int(_) | Value::Bool(_)) {
        let hit = super::containers::range_find(vm, rg, x)?.is_some();
        return Ok(Value::Int(hit as i64));
    }
    let mut n = 0;
    for i in 0..rg.len() {
        if ops::eq(vm, Value::Int(rg.get(i)), x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn this(vm: &mut Vm, a: &Args, name: &str) -> PyResult<ObjRef> {
    // A tuple subclass instance's methods work on its plain tuple.
    match vm.builtin_base(a.get(0)) {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::List(_) | Obj::Tuple(_)) => Ok(r),
        v => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor '{name}' requires a 'list' object but received a '{tn}'"
            )))
        }
    }
}

fn items(vm: &Vm, r: ObjRef) -> Vec<Value> {
    match vm.heap.get(r) {
        Obj::List(v) | Obj::Tuple(v) => v.clone(),
        _ => Vec::new(),
    }
}

fn with_list<T>(vm: &mut Vm, r: ObjRef, f: impl FnOnce(&mut Vec<Value>) -> T) -> Option<T> {
    match vm.heap.get_mut(r) {
        Obj::List(v) => Some(f(v)),
        _ => None,
    }
}

fn append(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "list.append", 2, 2)?;
    let r = this(vm, a, "append")?;
    let x = a.get(1);
    with_list(vm, r, |v| v.push(x));
    Ok(Value::None)
}

fn extend(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "list.extend", 2, 2)?;
    let r = this(vm, a, "extend")?;
    let new = crate::interp::iter::to_vec(vm, a.get(1))?;
    with_list(vm, r, |v| v.extend(new));
    Ok(Value::None)
}

fn insert(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "insert", 3, 3)?;
    let r = this(vm, a, "insert")?;
    let i = super::int_arg(vm, a.get(1))?;
    let x = a.get(2);
    with_list(vm, r, |v| {
        let n = v.len() as i64;
        let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
        v.insert(j as usize, x)
    });
    Ok(Value::None)
}

fn pop(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "pop", 1, 2)?;
    let r = this(vm, a, "pop")?;
    let len = items(vm, r).len();
    if len == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let i = if a.len() > 1 {
        super::int_arg(vm, a.get(1))?
    } else {
        -1
    };
    match super::norm_index(i, len) {
        Some(j) => Ok(with_list(vm, r, |v| v.remove(j)).unwrap_or(Value::None)),
        None => Err(vm.index_error("pop index out of range")),
    }
}

fn position(vm: &mut Vm, r: ObjRef, x: Value) -> PyResult<Option<usize>> {
    for (i, y) in items(vm, r).into_iter().enumerate() {
        if y.is(x) || ops::eq(vm, y, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn remove(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "list.remove", 2, 2)?;
    let r = this(vm, a, "remove")?;
    match position(vm, r, a.get(1))? {
        Some(i) => {
            with_list(vm, r, |v| v.remove(i));
            Ok(Value::None)
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn index(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "index", 2, 4)?;
    let r = this(vm, a, "index")?;
    let all = items(vm, r);
    let n = all.len() as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let start = if a.len() > 2 {
        norm(super::int_arg(vm, a.get(2))?)
    } else {
        0
    };
    let stop = if a.len() > 3 {
        norm(super::int_arg(vm, a.get(3))?)
    } else {
        n as usize
    };
    for (i, &y) in all.iter().enumerate().take(stop).skip(start) {
        if y.is(a.get(1)) || ops::eq(vm, y, a.get(1))? {
            return Ok(Value::Int(i as i64));
        }
    }
    let is_tuple = matches!(vm.heap.get(r), Obj::Tuple(_));
    if is_tuple {
        Err(vm.value_error("tuple.index(x): x not in tuple"))
    } else {
        let s = super::repr(vm, a.get(1))?;
        Err(vm.value_error(format!("{s} is not in list")))
    }
}

fn count(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "count", 2, 2)?;
    let r = this(vm, a, "count")?;
    let mut n = 0;
    for y in items(vm, r) {
        if y.is(a.get(1)) || ops::eq(vm, y, a.get(1))? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn sort(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if a.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    a.check_kw(vm, "sort", &["key", "reverse"])?;
    let r = this(vm, a, "sort")?;
    let key = a.kwarg(vm, "key").unwrap_or(Value::None);
    let reverse = match a.kwarg(vm, "reverse") {
        Some(v) => ops::truthy(vm, v)?,
        None => false,
    };
    let sorted = super::sort_values(vm, items(vm, r), key, reverse)?;
    with_list(vm, r, |v| *v = sorted);
    Ok(Value::None)
}

fn reverse(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = this(vm, a, "reverse")?;
    with_list(vm, r, |v| v.reverse());
    Ok(Value::None)
}

fn clear(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = this(vm, a, "clear")?;
    with_list(vm, r, |v| v.clear());
    Ok(Value::None)
}

fn copy(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = this(vm, a, "copy")?;
    let v = items(vm, r);
    Ok(vm.new_list(v))
}
