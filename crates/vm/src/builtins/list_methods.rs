//! Methods of `list` and `tuple`.

use super::Args;
use crate::errors::PyResult;
use crate::interp::ops;
use crate::objects::Obj;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use std::ops::ControlFlow;

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
    vm.add_methods(
        r,
        &[
            ("index", super::range_ops::range_index),
            ("count", super::range_ops::range_count),
            ("__reduce__", super::range_ops::range_reduce),
        ],
    );
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
    let x = a.get(1);
    let range = (start.min(stop), stop);
    let found = super::loop_seq(vm, r, range, x, Value::None, |vm, i, y, st| {
        Ok(if y.is(x) || ops::eq(vm, y, x)? {
            ControlFlow::Break(Value::Int(i as i64))
        } else {
            ControlFlow::Continue(st)
        })
    })?;
    if let Value::Int(i) = found {
        return Ok(Value::Int(i));
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
    let x = a.get(1);
    super::loop_seq(vm, r, (0, usize::MAX), x, Value::Int(0), |vm, _, y, n| {
        let Value::Int(n) = n else {
            unreachable!("count's state is an int")
        };
        let hit = y.is(x) || ops::eq(vm, y, x)?;
        Ok(ControlFlow::Continue(Value::Int(n + i64::from(hit))))
    })
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
    // CPython sorts the items it took out of the list: during the sort the
    // list is empty (a key function or __lt__ sees it so), and one that
    // got items meanwhile makes the sort raise "list modified during sort"
    // (the sorted items replace them).
    let saved = vm.memo_step(|vm| {
        let taken = with_list(vm, r, std::mem::take).unwrap_or_default();
        Ok(vm.new_list(taken))
    })?;
    let Value::Obj(saved) = saved else {
        return Err(crate::errors::PyErr::internal("list.sort kept no items"));
    };
    match super::sort_in_place(vm, |vm| Ok(items(vm, saved)), key, reverse) {
        Ok(sorted) => {
            let modified = !items(vm, r).is_empty();
            with_list(vm, r, |v| *v = sorted);
            if modified {
                return Err(vm.value_error("list modified during sort"));
            }
            Ok(Value::None)
        }
        Err((e, partial)) => {
            match partial {
                Some(order) => {
                    with_list(vm, r, |v| *v = order);
                }
                // The key function raised: the list keeps its order.
                None if matches!(e, crate::errors::PyErr::Exc(_)) => {
                    let original = items(vm, saved);
                    with_list(vm, r, |v| *v = original);
                }
                None => {}
            }
            Err(e)
        }
    }
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
