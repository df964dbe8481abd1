//! The `range` type's behaviour that needs the VM: construction, indexing
//! and slicing, membership, `index`/`count`, attributes, repr and hash.
//! The arithmetic lives with the value in `objects::range`; big indices and
//! bounds work throughout, as CPython's do.

use super::Args;
use crate::errors::PyResult;
use crate::hashing;
use crate::interp::ops;
use crate::objects::{Obj, PyRange};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

/// `range(stop)`, `range(start, stop[, step])`.
pub fn range_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "range", 1, 3)?;
    let mut small = [0i64; 3];
    let mut all_small = true;
    // An int subclass instance bounds a range by its value.
    let mapped: Vec<Value>;
    let pos: &[Value] = if a.pos.iter().any(|&v| vm.int_base(v).is_some()) {
        mapped = a.pos.iter().map(|&v| vm.int_base(v).unwrap_or(v)).collect();
        &mapped
    } else {
        a.pos
    };
    for (k, &v) in pos.iter().enumerate() {
        match v {
            Value::Int(i) => small[k] = i,
            Value::Bool(b) => small[k] = b as i64,
            _ if ops::to_bigint(vm, v).is_some() => all_small = false,
            _ => {
                let tn = vm.type_name(v);
                return Err(
                    vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
                );
            }
        }
    }
    let n = a.len();
    if all_small {
        let (start, stop, step) = match n {
            1 => (0, small[0], 1),
            2 => (small[0], small[1], 1),
            _ => (small[0], small[1], small[2]),
        };
        if step == 0 {
            return Err(vm.value_error("range() arg 3 must not be zero"));
        }
        if let Some(r) = PyRange::from_i64(start, stop, step) {
            return Ok(Value::Obj(vm.heap.alloc(Obj::Range(r))));
        }
    }
    let big: Vec<BigInt> = pos.iter().filter_map(|&v| ops::to_bigint(vm, v)).collect();
    let (start, stop, step) = match n {
        1 => (BigInt::zero(), big[0].clone(), BigInt::from(1)),
        2 => (big[0].clone(), big[1].clone(), BigInt::from(1)),
        _ => (big[0].clone(), big[1].clone(), big[2].clone()),
    };
    if step.is_zero() {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    let r = PyRange::new(start, stop, step);
    Ok(Value::Obj(vm.heap.alloc(Obj::Range(r))))
}

/// The range value of `r` (the caller checked it is one).
fn range_value(vm: &Vm, r: ObjRef) -> PyRange {
    match vm.heap.get(r) {
        Obj::Range(rg) => rg.clone(),
        _ => unreachable!("not a range"),
    }
}

/// `len(r)`: CPython's OverflowError when the length exceeds `sys.maxsize`.
pub fn range_len(vm: &mut Vm, rg: &PyRange) -> PyResult<usize> {
    match rg.len_i64() {
        Some(n) => Ok(n as usize),
        None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// `r[k]` for an index or (with `slice`) a slice object `k`.
pub fn range_getitem(vm: &mut Vm, r: ObjRef, k: Value, slice: bool) -> PyResult<Value> {
    if let (Obj::Range(PyRange::Small(rg)), Value::Int(i)) = (vm.heap.get(r), k) {
        let (rg, n) = (*rg, rg.len());
        let j = if i < 0 { i.wrapping_add(n) } else { i };
        if (0..n).contains(&j) {
            return Ok(Value::Int(rg.get(j)));
        }
        return Err(vm.index_error("range object index out of range"));
    }
    let rg = range_value(vm, r);
    let len = rg.len();
    if slice {
        let Value::Obj(s) = k else {
            unreachable!("slice flag without a slice")
        };
        let (start, stop, step) = slice_indices_big(vm, s, &len)?;
        let nr = rg.slice(&start, &stop, &step);
        return Ok(Value::Obj(vm.heap.alloc(Obj::Range(nr))));
    }
    let Some(i) = ops::to_bigint(vm, vm.int_base(k).unwrap_or(k)) else {
        let tn = vm.type_name(k);
        return Err(vm.type_error(format!(
            "range indices must be integers or slices, not {tn}"
        )));
    };
    let j = if i.is_negative() { i + &len } else { i };
    if j.is_negative() || j >= len {
        return Err(vm.index_error("range object index out of range"));
    }
    let v = rg.item(&j);
    Ok(ops::from_bigint(vm, v))
}

/// CPython's `_PySlice_GetLongIndices`: a slice's start, stop and step
/// resolved against a length of any size.
pub fn slice_indices_big(
    vm: &mut Vm,
    s: ObjRef,
    len: &BigInt,
) -> PyResult<(BigInt, BigInt, BigInt)> {
    let Obj::Slice(a, b, c) = vm.heap.get(s) else {
        unreachable!("not a slice")
    };
    let (a, b, c) = (*a, *b, *c);
    let get = |vm: &mut Vm, v: Value| -> PyResult<Option<BigInt>> {
        match v {
            Value::None => Ok(None),
            _ => match ops::to_bigint(vm, v) {
                Some(b) => Ok(Some(b)),
                None => Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            },
        }
    };
    let step = get(vm, c)?.unwrap_or_else(|| BigInt::from(1));
    if step.is_zero() {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step.is_negative() {
        (BigInt::from(-1), len - 1u8)
    } else {
        (BigInt::zero(), len.clone())
    };
    let clamp = |x: Option<BigInt>, default: &BigInt| -> BigInt {
        match x {
            None => default.clone(),
            Some(mut x) => {
                if x.is_negative() {
                    x += len;
                }
                x.clamp(lower.clone(), upper.clone())
            }
        }
    };
    let (start_default, stop_default) = if step.is_negative() {
        (&upper, &lower)
    } else {
        (&lower, &upper)
    };
    let start = clamp(get(vm, a)?, start_default);
    let stop = clamp(get(vm, b)?, stop_default);
    Ok((start, stop, step))
}

/// The position of `item` in the range: arithmetic for ints and bools,
/// otherwise (floats, objects with `__eq__`) by comparing with each
/// element in turn, as CPython does.
pub fn range_find(vm: &mut Vm, rg: &PyRange, item: Value) -> PyResult<Option<BigInt>> {
    if let (PyRange::Small(r), Value::Int(i)) = (rg, item) {
        let in_bounds = if r.step > 0 {
            i >= r.start && i < r.stop
        } else {
            i <= r.start && i > r.stop
        };
        let off = i as i128 - r.start as i128;
        let hit = in_bounds && off % r.step as i128 == 0;
        return Ok(hit.then(|| BigInt::from(off / r.step as i128)));
    }
    if let Some(x) = exact_int(vm, item) {
        return Ok(rg.find_int(&x));
    }
    let len = rg.len();
    let mut i = BigInt::zero();
    while i < len {
        let v = rg.item(&i);
        let v = ops::from_bigint(vm, v);
        if ops::eq(vm, v, item)? {
            return Ok(Some(i));
        }
        i += 1u8;
    }
    Ok(None)
}

/// The value of an int or bool (not of an int subclass instance).
fn exact_int(vm: &Vm, v: Value) -> Option<BigInt> {
    match v {
        Value::Int(_) | Value::Bool(_) => ops::to_bigint(vm, v),
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::BigInt(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

fn this_range(vm: &mut Vm, a: &Args, name: &str) -> PyResult<PyRange> {
    match a.get(0) {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Range(_)) => Ok(range_value(vm, r)),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'range' object"))),
    }
}

/// `range.index(x)`.
pub fn range_index(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "index", 2, 2)?;
    let rg = this_range(vm, a, "index")?;
    let x = a.get(1);
    match range_find(vm, &rg, x)? {
        Some(i) => Ok(ops::from_bigint(vm, i)),
        None if exact_int(vm, x).is_some() => {
            let s = super::repr(vm, x)?;
            Err(vm.value_error(format!("{s} is not in range")))
        }
        None => Err(vm.value_error("sequence.index(x): x not in sequence")),
    }
}

/// `range.count(x)`.
pub fn range_count(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "count", 2, 2)?;
    let rg = this_range(vm, a, "count")?;
    let x = a.get(1);
    if exact_int(vm, x).is_some() {
        let hit = range_find(vm, &rg, x)?.is_some();
        return Ok(Value::Int(hit as i64));
    }
    let len = rg.len();
    let (mut i, mut n) = (BigInt::zero(), 0i64);
    while i < len {
        let v = rg.item(&i);
        let v = ops::from_bigint(vm, v);
        if ops::eq(vm, v, x)? {
            n += 1;
        }
        i += 1u8;
    }
    Ok(Value::Int(n))
}

/// `range.__reduce__()`: `(range, (start, stop, step))`.
pub fn range_reduce(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "__reduce__", 1, 1)?;
    let rg = this_range(vm, a, "__reduce__")?;
    let bounds = [rg.start(), rg.stop(), rg.step()].map(|b| ops::from_bigint(vm, b));
    let args = vm.new_tuple(bounds.to_vec());
    let cls = Value::Obj(vm.types.range);
    Ok(vm.new_tuple(vec![cls, args]))
}

/// `repr(r)`.
pub fn range_repr(rg: &PyRange) -> String {
    match rg {
        PyRange::Small(r) if r.step == 1 => format!("range({}, {})", r.start, r.stop),
        PyRange::Small(r) => format!("range({}, {}, {})", r.start, r.stop, r.step),
        PyRange::Big(b) if b.step == BigInt::from(1) => format!("range({}, {})", b.start, b.stop),
        PyRange::Big(b) => format!("range({}, {}, {})", b.start, b.stop, b.step),
    }
}

/// `r.start`, `r.stop`, `r.step` (None for other names).
pub fn range_attr(vm: &mut Vm, r: ObjRef, name: &str) -> Option<Value> {
    let rg = range_value(vm, r);
    let v = match name {
        "start" => rg.start(),
        "stop" => rg.stop(),
        "step" => rg.step(),
        _ => return None,
    };
    Some(ops::from_bigint(vm, v))
}

/// `hash(r)`: CPython hashes the tuple (len, start, step), with None for
/// the step of a one-element range and for start and step of an empty one,
/// so that equal ranges hash alike.
pub fn range_hash(vm: &mut Vm, rg: &PyRange) -> PyResult<i64> {
    let hash_of = |b: &BigInt| match b.to_i64() {
        Some(i) => hashing::hash_int(i),
        None => hashing::hash_bigint(b),
    };
    let none = ops::hash(vm, Value::None)?;
    let len = rg.len();
    let h_len = hash_of(&len);
    let items = if len.is_zero() {
        [h_len, none, none]
    } else if len == BigInt::from(1) {
        [h_len, hash_of(&rg.start()), none]
    } else {
        [h_len, hash_of(&rg.start()), hash_of(&rg.step())]
    };
    Ok(hashing::hash_tuple(&items))
}
