//! Helpers shared by builtins: sorting with Python comparisons, calling a
//! function on every item, integer arguments, rounding, identities, and
//! the special attributes of builtin objects (`__name__`, `args`, ...).

use crate::errors::{PyErr, PyResult};
use crate::interp::ops;
use crate::objects::{IterObj, Obj};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

/// `[func(x) for x in items]` from a builtin. One callback request for all
/// items (the interpreter's `Collect` frame runs `map(func, items)`), so the
/// builtin re-runs once, not once per item (ARCHITECTURE.md, "Callbacks
/// into Python"): `sorted(xs, key=f)` stays linear in its key calls.
pub fn call_each(vm: &mut Vm, func: Value, items: &[Value]) -> PyResult<Vec<Value>> {
    if vm.replay.pos < vm.replay.memo.len() {
        // A replay: the collected results are next in the memo.
        return vm.collect_python_iter(Value::Null);
    }
    let list = vm.new_list(items.to_vec());
    let it = crate::interp::iter::get_iter(vm, list)?;
    let map = IterObj::Map {
        func,
        its: vec![it],
    };
    let map = vm.heap.alloc(Obj::Iter(Box::new(map)));
    vm.collect_python_iter(Value::Obj(map))
}

/// The items `get` gives, got once: a builtin that re-runs after a
/// callback (which may have changed the container they come from) sees
/// the same items as its first run, as CPython's builtins work on the
/// items they took (`sorted` copies its input into a new list first).
pub fn stable_items(
    vm: &mut Vm,
    get: impl FnOnce(&mut Vm) -> PyResult<Vec<Value>>,
) -> PyResult<Vec<Value>> {
    let r = stable_list(vm, get)?;
    Ok(match vm.heap.get(r) {
        Obj::List(items) => items.clone(),
        _ => Vec::new(),
    })
}

/// [`stable_items`] as a new list object only the builtin holds, for
/// loops that read it by index (`loop_seq`): a re-run copies nothing.
pub fn stable_list(
    vm: &mut Vm,
    get: impl FnOnce(&mut Vm) -> PyResult<Vec<Value>>,
) -> PyResult<ObjRef> {
    let list = vm.memo_derived(|vm| {
        let items = get(vm)?;
        Ok(vm.new_list(items))
    })?;
    match list {
        Value::Obj(r) => Ok(r),
        _ => Err(PyErr::internal("a stable list that is not one")),
    }
}

/// Item `i` of list or tuple `r` (None past its end).
pub fn seq_item(vm: &Vm, r: ObjRef, i: usize) -> Option<Value> {
    match vm.heap.get(r) {
        Obj::List(v) | Obj::Tuple(v) => v.get(i).copied(),
        _ => None,
    }
}

/// `sorted()`: the items `get_items` gives, sorted by `key` (None: the
/// items themselves).
pub fn sort_values(
    vm: &mut Vm,
    get_items: impl FnOnce(&mut Vm) -> PyResult<Vec<Value>>,
    key: Value,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    sort_in_place(vm, get_items, key, reverse).map_err(|(e, _)| e)
}

/// `list.sort()`: as [`sort_values`], but when a comparison raises, the
/// error comes with the order the items were in at that moment (CPython's
/// list keeps it); `None` when the key function raised (the list keeps
/// its order) or the error is a callback request of the replay mechanism.
///
/// The items, their keys and the sort's state are made once (recorded
/// with `Vm::memo_derived`): a re-run after a callback neither copies the
/// items again nor repeats comparisons (`timsort`).
pub fn sort_in_place(
    vm: &mut Vm,
    get_items: impl FnOnce(&mut Vm) -> PyResult<Vec<Value>>,
    key: Value,
    reverse: bool,
) -> Result<Vec<Value>, (PyErr, Option<Vec<Value>>)> {
    let made = vm
        .memo_derived(|vm| {
            let items = stable_items(vm, get_items)?;
            let keys = if matches!(key, Value::None) {
                items.clone()
            } else {
                call_each(vm, key, &items)?
            };
            if let Some(native) = native_keys(vm, &keys) {
                // A consistent total order without Python code: every
                // stable sort gives timsort's result, and no comparison is
                // observable. Reversing around the sort keeps equal items
                // in order, as CPython's reverse=True does.
                let mut perm: Vec<usize> = (0..items.len()).collect();
                if reverse {
                    perm.reverse();
                }
                perm.sort_by(|&a, &b| {
                    native[a]
                        .partial_cmp(&native[b])
                        .unwrap_or(std::cmp::Ordering::Equal)
                });
                if reverse {
                    perm.reverse();
                }
                let sorted = perm.into_iter().map(|i| items[i]).collect();
                return Ok(vm.new_list(sorted));
            }
            let machine = super::timsort::SortMachine::new(items, keys, reverse);
            Ok(Value::Obj(vm.heap.alloc(Obj::Sort(Box::new(machine)))))
        })
        .map_err(|e| (e, None))?;
    let Value::Obj(r) = made else {
        return Err((PyErr::internal("a sort that made no list"), None));
    };
    if let Obj::List(sorted) = vm.heap.get(r) {
        return Ok(sorted.clone());
    }
    let outcome = super::timsort::run(vm, r);
    let order = |vm: &Vm| match vm.heap.get(r) {
        Obj::Sort(m) => m.result(),
        _ => Vec::new(),
    };
    match outcome {
        Ok(()) => Ok(order(vm)),
        Err(e @ PyErr::Exc(_)) => Err((e, Some(order(vm)))),
        Err(e) => Err((e, None)),
    }
}

#[derive(PartialEq, PartialOrd)]
enum NativeKey {
    Num(f64),
    Str(String),
}

fn native_keys(vm: &Vm, keys: &[Value]) -> Option<Vec<NativeKey>> {
    let all_num = keys.iter().all(|k| match k {
        Value::Int(i) => i.unsigned_abs() < (1 << 53),
        Value::Float(f) => !f.is_nan(),
        Value::Bool(_) => true,
        _ => false,
    });
    if all_num {
        return Some(
            keys.iter()
                .map(|k| NativeKey::Num(ops::to_f64(vm, *k).unwrap_or(0.0)))
                .collect(),
        );
    }
    let strs: Option<Vec<NativeKey>> = keys
        .iter()
        .map(|k| vm.as_str(*k).map(|s| NativeKey::Str(s.to_string())))
        .collect();
    strs
}

/// An int argument (ints and bools).
pub fn int_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(b as i64),
        // An int subclass instance is an int.
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Instance(_)) && vm.int_base(v).is_some() => {
            let b = vm.int_base(v).unwrap_or(v);
            int_arg(vm, b)
        }
        _ => match ops::to_bigint(vm, v) {
            Some(_) => Err(vm.overflow_error("Python int too large to convert to C long")),
            None => {
                let tn = vm.type_name(v);
                Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
            }
        },
    }
}

/// `id(v)`: stable for the object's lifetime.
pub fn identity(vm: &Vm, v: Value) -> i64 {
    let _ = vm;
    match v {
        Value::Obj(r) => 0x7f00_0000_0000 + r.0 as i64 * 16,
        Value::Int(i) => 0x1000_0000_0000 + (i.wrapping_mul(32)),
        Value::Float(f) => 0x2000_0000_0000 + (f.to_bits() as i64 & 0xffff_ffff) * 16,
        Value::Bool(b) => 0x3000_0000_0000 + b as i64 * 16,
        Value::None | Value::Null => 0x3000_0000_1000,
    }
}

/// Modular inverse for `pow(b, -e, m)`.
pub fn mod_inverse(b: &BigInt, m: &BigInt) -> Option<BigInt> {
    let (mut old_r, mut r) = (b.clone() % m, m.clone());
    let (mut old_s, mut s) = (BigInt::from(1), BigInt::zero());
    while !r.is_zero() {
        let q = &old_r / &r;
        let nr = &old_r - &q * &r;
        old_r = std::mem::replace(&mut r, nr);
        let ns = &old_s - &q * &s;
        old_s = std::mem::replace(&mut s, ns);
    }
    if old_r.abs() != BigInt::from(1) {
        return None;
    }
    let inv = if old_r.is_negative() { -old_s } else { old_s };
    Some(((inv % m) + m) % m)
}

/// `round(x, ndigits)`.
pub fn round_value(vm: &mut Vm, x: Value, nd: Value) -> PyResult<Value> {
    match x {
        Value::Float(f) => {
            if matches!(nd, Value::None) {
                if !f.is_finite() {
                    return Err(if f.is_nan() {
                        vm.value_error("cannot convert float NaN to integer")
                    } else {
                        vm.overflow_error("cannot convert float infinity to integer")
                    });
                }
                let r = round_half_even(f);
                return Ok(match num_traits::FromPrimitive::from_f64(r) {
                    Some(b) => ops::from_bigint(vm, b),
                    None => Value::Int(r as i64),
                });
            }
            let n = int_arg(vm, nd)?;
            Ok(Value::Float(round_float_digits(f, n)))
        }
        _ if ops::to_bigint(vm, x).is_some() => {
            let v = if let Value::Bool(b) = x {
                Value::Int(b as i64)
            } else {
                x
            };
            if matches!(nd, Value::None) {
                return Ok(v);
            }
            let n = int_arg(vm, nd)?;
            if n >= 0 {
                return Ok(v);
            }
            let b = ops::to_bigint(vm, v).unwrap_or_default();
            // 10 ** (bits / 3 + 2) exceeds 100 * |b|: any larger power rounds to 0 too.
            let cap = b.bits() as i64 / 3 + 2;
            let p = num_traits::pow(BigInt::from(10), (-n).min(cap) as usize);
            let q = num_integer::Integer::div_floor(&b, &p);
            let rem = &b - &q * &p;
            let twice = &rem * 2;
            let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) {
                q + 1
            } else {
                q
            };
            Ok(ops::from_bigint(vm, q * p))
        }
        _ => {
            let t = vm.type_of(x);
            if let Some(f) = vm.lookup_in_type_str(t, "__round__") {
                let mut args = vec![x];
                if !matches!(nd, Value::None) {
                    args.push(nd);
                }
                return vm.call(f, args);
            }
            let tn = vm.type_name(x);
            Err(vm.type_error(format!("type {tn} doesn't define __round__ method")))
        }
    }
}

fn round_half_even(f: f64) -> f64 {
    let r = f.round();
    if (f - f.trunc()).abs() == 0.5 {
        2.0 * (f / 2.0).round()
    } else {
        r
    }
}

/// Rounds to `n` decimal digits exactly as CPython (via the correctly
/// rounded decimal string of the value).
fn round_float_digits(f: f64, n: i64) -> f64 {
    if !f.is_finite() || n > 300 {
        return f;
    }
    if n < -308 {
        return 0.0f64.copysign(f);
    }
    if n >= 0 {
        // Format with n digits (Rust rounds the exact binary value half-even
        // on ties of the exact decimal expansion, as CPython's dtoa does).
        let s = format!("{:.*}", n as usize, f);
        s.parse().unwrap_or(f)
    } else {
        let p = 10f64.powi((-n) as i32);
        let y = f / p;
        let r = round_half_even(y);
        let z = r * p;
        if z.is_finite() {
            z
        } else {
            f
        }
    }
}

/// Lengths of dict views and other sized builtin records.
pub fn view_len(vm: &Vm, r: ObjRef) -> Option<usize> {
    match vm.heap.get(r) {
        Obj::Record(rec) if rec.kind.starts_with("dict_") => {
            let Value::Obj(d) = rec.fields[0] else {
                return None;
            };
            match vm.heap.get(d) {
                Obj::Dict(d) => Some(d.map.len()),
                _ => None,
            }
        }
        _ => None,
    }
}

/// A function's `__annotations__` dict, built on first request from the
/// `(name, value, ...)` tuple `MakeFunction` stored, and kept.
fn function_annotations(vm: &mut Vm, r: ObjRef) -> PyResult<Value> {
    let Obj::Function(f) = vm.heap.get(r) else {
        return Ok(Value::None);
    };
    let pending = f.annotations;
    if let Value::Obj(a) = pending {
        if !matches!(vm.heap.get(a), Obj::Tuple(_)) {
            return Ok(pending);
        }
    } else if !pending.is_null() {
        return Ok(pending);
    }
    let items = match pending.as_obj().map(|a| vm.heap.get(a)) {
        Some(Obj::Tuple(items)) => items.clone(),
        _ => Vec::new(),
    };
    let d = vm.new_dict();
    for pair in items.chunks(2) {
        if let [k, v] = pair {
            super::dict_set(vm, d, *k, *v)?;
        }
    }
    if let Obj::Function(f) = vm.heap.get_mut(r) {
        f.annotations = Value::Obj(d);
    }
    Ok(Value::Obj(d))
}

/// The special attributes of builtin objects, or None.
pub fn special_attr(vm: &mut Vm, obj: Value, name: ObjRef) -> PyResult<Option<Value>> {
    let n = vm.str_of(name).to_string();
    let n = n.as_str();
    if n == "__class__" {
        return Ok(Some(Value::Obj(vm.type_of(obj))));
    }
    let Value::Obj(r) = obj else {
        return Ok(match (obj, n) {
            (Value::Int(i), "real" | "numerator") => Some(Value::Int(i)),
            (Value::Int(_), "imag") => Some(Value::Int(0)),
            (Value::Int(_), "denominator") => Some(Value::Int(1)),
            (Value::Float(f), "real") => Some(Value::Float(f)),
            (Value::Float(_), "imag") => Some(Value::Float(0.0)),
            _ => None,
        });
    };
    // `real`, `imag`, ... of an int or float subclass instance: its value's.
    if matches!(n, "real" | "imag" | "numerator" | "denominator") {
        let b = vm.scalar_base(obj);
        if !b.is(obj) && vm.as_str(b).is_none() {
            return special_attr(vm, b, name);
        }
    }
    let v = match (vm.heap.get(r), n) {
        (Obj::Type(t), "__name__") => {
            let s = t.name.to_string();
            vm.new_str(s)
        }
        (Obj::Type(t), "__qualname__") => {
            let s = t.qualname.to_string();
            vm.new_str(s)
        }
        (Obj::Type(t), "__module__") => {
            let s = t.module.to_string();
            vm.new_str(s)
        }
        (Obj::Type(t), "__mro__") => {
            let m: Vec<Value> = t.mro.iter().map(|&c| Value::Obj(c)).collect();
            vm.new_tuple(m)
        }
        (Obj::Type(t), "__bases__") => {
            let b: Vec<Value> = t.bases.iter().map(|&c| Value::Obj(c)).collect();
            vm.new_tuple(b)
        }
        (Obj::Type(t), "__base__") => t.bases.first().map_or(Value::None, |&b| Value::Obj(b)),
        (Obj::Type(t), "__dict__") => {
            let pairs: Vec<(Value, Value)> = t.dict.iter().map(|e| (e.key, e.value)).collect();
            let d = vm.new_dict();
            for (k, v) in pairs {
                super::dict_set(vm, d, k, v)?;
            }
            Value::Obj(d)
        }
        (Obj::Type(_), "__doc__") => Value::None,
        (Obj::Function(f), "__name__") => f.name,
        (Obj::Function(f), "__qualname__") => f.qualname,
        (Obj::Function(f), "__module__") => f.module,
        (Obj::Function(f), "__doc__") => f.doc,
        (Obj::Function(f), "__closure__") => {
            let cells: Vec<Value> = f.closure.iter().map(|&c| Value::Obj(c)).collect();
            if cells.is_empty() {
                Value::None
            } else {
                vm.new_tuple(cells)
            }
        }
        (Obj::Function(f), "__kwdefaults__") => {
            let kd = f.kwdefaults.clone();
            if kd.is_empty() {
                Value::None
            } else {
                let d = vm.new_dict();
                for (k, v) in kd {
                    let key = vm.new_str(&*k);
                    super::dict_set(vm, d, key, v)?;
                }
                Value::Obj(d)
            }
        }
        (Obj::Function(_), "__annotations__") => function_annotations(vm, r)?,
        // A stand-in for CPython's method-wrapper: calling it calls the
        // function itself.
        (Obj::Function(_), "__call__") => obj,
        (Obj::Instance(i), "__dict__") if vm.type_obj(i.class).slots.is_some() => {
            return Ok(None);
        }
        (Obj::Function(_) | Obj::Instance(_), "__dict__") => {
            match crate::interp::attr::dict_object(vm, r) {
                Some(d) => Value::Obj(d),
                None => return Ok(None),
            }
        }
        (Obj::Property(g, _, _, doc), "__doc__") => {
            let (g, doc) = (*g, *doc);
            if !doc.is_null() {
                doc
            } else if matches!(g, Value::Obj(f) if matches!(vm.heap.get(f), Obj::Function(_))) {
                return special_attr(vm, g, name);
            } else {
                Value::None
            }
        }
        (Obj::Function(f), "__defaults__") => {
            let d = f.defaults.clone();
            if d.is_empty() {
                Value::None
            } else {
                vm.new_tuple(d)
            }
        }
        (Obj::Builtin(b), "__name__" | "__qualname__") => {
            let s = b.name;
            vm.new_str(s)
        }
        (Obj::Builtin(b), "__self__") if !b.this.is_null() => b.this,
        (Obj::BoundMethod(this, _), "__self__") => *this,
        (Obj::BoundMethod(_, f), "__func__") => *f,
        (Obj::BoundMethod(_, f), "__name__" | "__qualname__" | "__doc__") => {
            // The function's attribute as Python reads it (an assigned
            // `f.__qualname__` included).
            let f = *f;
            return crate::interp::attr::getattr(vm, f, name).map(Some);
        }
        (Obj::Generator(g), "__name__") => g.name,
        (Obj::Generator(g), "__qualname__") => g.qualname,
        (Obj::Module(m), "__name__") => {
            let s = m.name.to_string();
            vm.new_str(s)
        }
        (Obj::Instance(i), _) if i.exc.is_some() => {
            let d = i.exc.as_ref().unwrap();
            match n {
                "args" => {
                    let a = d.args.clone();
                    vm.new_tuple(a)
                }
                "__cause__" => d.cause,
                "__context__" => d.context,
                "__suppress_context__" => Value::Bool(d.suppress_context),
                "__traceback__" => return Ok(Some(crate::exceptions::traceback_object(vm, r))),
                "name"
                    if vm.exc_matches(obj, vm.exc.name_error)
                        || vm.exc_matches(obj, vm.exc.attribute_error)
                        || vm.exc_matches(obj, vm.exc.import_error) =>
                {
                    if d.name.is_null() {
                        Value::None
                    } else {
                        d.name
                    }
                }
                // ImportError.path lives in the `obj` slot.
                "obj" if vm.exc_matches(obj, vm.exc.attribute_error) => {
                    if d.obj.is_null() {
                        Value::None
                    } else {
                        d.obj
                    }
                }
                "path" if vm.exc_matches(obj, vm.exc.import_error) => {
                    if d.obj.is_null() {
                        Value::None
                    } else {
                        d.obj
                    }
                }
                // ImportError.msg: the message when given alone.
                "msg" if vm.exc_matches(obj, vm.exc.import_error) => match d.args.as_slice() {
                    [m] => *m,
                    _ => Value::None,
                },
                "value" if vm.exc_matches(obj, vm.exc.stop_iteration) => {
                    d.args.first().copied().unwrap_or(Value::None)
                }
                // OSError(errno, strerror): both None otherwise.
                "errno" | "strerror" if vm.exc_matches(obj, vm.exc.os_error) => {
                    match (d.args.len(), n) {
                        (2, "errno") => d.args[0],
                        (2, _) => d.args[1],
                        _ => Value::None,
                    }
                }
                "code" if vm.exc_matches(obj, vm.exc.system_exit) => match d.args.len() {
                    0 => Value::None,
                    1 => d.args[0],
                    _ => {
                        let a = d.args.clone();
                        vm.new_tuple(a)
                    }
                },
                _ => return Ok(None),
            }
        }
        (Obj::Record(rec), _) if rec.kind == "traceback" => match n {
            "tb_next" => rec.fields[0],
            "tb_lineno" => Value::Int(rec.nums[0]),
            "tb_lasti" => Value::Int(rec.nums[1]),
            _ => return Ok(None),
        },
        (Obj::Slice(a, b, c), _) => match n {
            "start" => *a,
            "stop" => *b,
            "step" => *c,
            _ => return Ok(None),
        },
        (Obj::Range(_), _) => {
            let Value::Obj(r) = obj else {
                return Ok(None);
            };
            return Ok(super::range_ops::range_attr(vm, r, n));
        }
        (Obj::Complex(re, im), _) => match n {
            "real" => Value::Float(*re),
            "imag" => Value::Float(*im),
            _ => return Ok(None),
        },
        (Obj::BigInt(_), "real" | "numerator") => obj,
        (Obj::BigInt(_), "imag") => Value::Int(0),
        (Obj::BigInt(_), "denominator") => Value::Int(1),
        (Obj::Property(g, _, _, _), "fget") => *g,
        (Obj::Property(_, s, _, _), "fset") => *s,
        (Obj::StaticMethod(f) | Obj::ClassMethod(f), "__func__" | "__wrapped__") => *f,
        // Since 3.10 both copy the wrapped function's metadata.
        (
            Obj::StaticMethod(f) | Obj::ClassMethod(f),
            "__name__" | "__qualname__" | "__doc__" | "__module__",
        ) => {
            let f = *f;
            return crate::interp::attr::getattr(vm, f, name).map(Some);
        }
        (Obj::Deque(d), "maxlen") => d.maxlen.map_or(Value::None, |m| Value::Int(m as i64)),
        (Obj::Dict(d), "default_factory") if d.class.is_some() => d.default_factory,
        _ => return Ok(None),
    };
    Ok(Some(v))
}

/// `complex` repr like CPython.
pub fn complex_repr(re: f64, im: f64) -> String {
    let fmt = |x: f64| {
        let s = crate::format::float_repr(x);
        s.strip_suffix(".0").map(String::from).unwrap_or(s)
    };
    if re == 0.0 && re.is_sign_positive() {
        format!("{}j", fmt(im))
    } else {
        let sign = if im < 0.0 || (im == 0.0 && im.is_sign_negative()) {
            "-"
        } else {
            "+"
        };
        format!("({}{}{}j)", fmt(re), sign, fmt(im.abs()))
    }
}

/// Checks an index-like value fits in i64.
pub fn to_i64(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match ops::to_bigint(vm, v) {
        Some(b) => b
            .to_i64()
            .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t")),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
    }
}
