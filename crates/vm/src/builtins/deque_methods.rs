//! Methods of `collections.deque` (provided natively by `_collections`).

use super::Args;
use crate::errors::PyResult;
use crate::interp::{iter, ops};
use crate::objects::{DequeObj, Obj};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

pub(crate) fn install(vm: &mut Vm) {
    let d = vm.types.deque;
    vm.add_methods(
        d,
        &[
            ("append", append),
            ("appendleft", appendleft),
            ("pop", pop),
            ("popleft", popleft),
            ("extend", extend),
            ("extendleft", extendleft),
            ("rotate", rotate),
            ("clear", clear),
            ("count", count),
            ("index", index),
            ("remove", remove),
            ("insert", insert),
            ("reverse", reverse),
            ("copy", copy),
            ("__len__", len),
        ],
    );
}

fn this(vm: &mut Vm, a: &Args) -> PyResult<ObjRef> {
    match a.get(0) {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Deque(_)) => Ok(r),
        _ => Err(vm.type_error("descriptor requires a 'collections.deque' object")),
    }
}

fn with<T>(vm: &mut Vm, r: ObjRef, f: impl FnOnce(&mut DequeObj) -> T) -> T {
    match vm.heap.get_mut(r) {
        Obj::Deque(d) => f(d),
        _ => unreachable!("checked by this()"),
    }
}

fn push(d: &mut DequeObj, x: Value, left: bool) {
    if d.maxlen == Some(0) {
        return;
    }
    if Some(d.items.len()) == d.maxlen {
        if left {
            d.items.pop_back();
        } else {
            d.items.pop_front();
        }
    }
    if left {
        d.items.push_front(x)
    } else {
        d.items.push_back(x)
    }
}

fn append(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = this(vm, a)?;
    let x = a.get(1);
    with(vm, r, |d| push(d, x, false));
    Ok(Value::None)
}

fn appendleft(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = this(vm, a)?;
    let x = a.get(1);
    with(vm, r, |d| push(d, x, true));
    Ok(Value::None)
}

fn pop(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = this(vm, a)?;
    match with(vm, r, |d| d.items.pop_back()) {
        Some(v) => Ok(v),
        None => Err(vm.index_error("pop from an empty deque")),
    }
}

fn popleft(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = this(vm, a)?;
    match with(vm, r, |d| d.items.pop_front()) {
        Some(v) => Ok(v),
        None => Err(vm.index_error("pop from an empty deque")),
    }
}

fn extend(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = this(vm, a)?;
    let items = iter::to_vec(vm, a.get(1))?;
    with(vm, r, |d| items.into_iter().for_each(|x| push(d, x, false)));
    Ok(Value::None)
}

fn extendleft(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = this(vm, a)?;
    let items = iter::to_vec(vm, a.get(1))?;
    with(vm, r, |d| items.into_iter().for_each(|x| push(d, x, true)));
    Ok(Value::None)
}

fn rotate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = this(vm, a)?;
    let n = if a.len() > 1 {
        super::int_arg(vm, a.get(1))?
    } else {
        1
    };
    with(vm, r, |d| {
        let len = d.items.len() as i64;
        if len > 0 {
            let k = n.rem_euclid(len) as usize;
            d.items.rotate_right(k);
        }
    });
    Ok(Value::None)
}

fn clear(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = this(vm, a)?;
    with(vm, r, |d| d.items.clear());
    Ok(Value::None)
}

fn items(vm: &Vm, r: ObjRef) -> Vec<Value> {
    match vm.heap.get(r) {
        Obj::Deque(d) => d.items.iter().copied().collect(),
        _ => Vec::new(),
    }
}

fn count(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = this(vm, a)?;
    let mut n = 0;
    for x in items(vm, r) {
        if ops::eq(vm, x, a.get(1))? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn index(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = this(vm, a)?;
    for (i, x) in items(vm, r).into_iter().enumerate() {
        if ops::eq(vm, x, a.get(1))? {
            return Ok(Value::Int(i as i64));
        }
    }
    let s = super::repr(vm, a.get(1))?;
    Err(vm.value_error(format!("{s} is not in deque")))
}

fn remove(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = this(vm, a)?;
    for (i, x) in items(vm, r).into_iter().enumerate() {
        if ops::eq(vm, x, a.get(1))? {
            with(vm, r, |d| d.items.remove(i));
            return Ok(Value::None);
        }
    }
    Err(vm.value_error("deque.remove(x): x not in deque"))
}

/// `d.insert(i, x)`: like `list.insert` (the index is clamped), refused
/// when a bounded deque is full.
fn insert(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "insert", 3, 3)?;
    let r = this(vm, a)?;
    let i = super::int_arg(vm, a.get(1))?;
    let x = a.get(2);
    let (len, maxlen) = match vm.heap.get(r) {
        Obj::Deque(d) => (d.items.len(), d.maxlen),
        _ => (0, None),
    };
    if Some(len) == maxlen {
        return Err(vm.index_error("deque already at its maximum size"));
    }
    let n = len as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    with(vm, r, |d| d.items.insert(at, x));
    Ok(Value::None)
}

fn reverse(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = this(vm, a)?;
    with(vm, r, |d| d.items.make_contiguous().reverse());
    Ok(Value::None)
}

fn copy(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = this(vm, a)?;
    let Obj::Deque(d) = vm.heap.get(r) else {
        unreachable!()
    };
    let d = (**d).clone();
    Ok(Value::Obj(vm.heap.alloc(Obj::Deque(Box::new(d)))))
}

fn len(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = this(vm, a)?;
    Ok(Value::Int(items(vm, r).len() as i64))
}
