//! Methods of `int` and `float`, `type.mro()` and `slice.indices()`.

use super::Args;
use crate::errors::PyResult;
use crate::interp::ops;
use crate::objects::Obj;
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::Signed;

pub(crate) fn install(vm: &mut Vm) {
    let (i, f, t, s) = (vm.types.int, vm.types.float, vm.types.type_, vm.types.slice);
    vm.add_methods(
        i,
        &[
            ("bit_length", bit_length),
            ("bit_count", bit_count),
            ("conjugate", int_self),
            ("__index__", int_self),
            ("__int__", int_self),
        ],
    );
    vm.add_methods(
        f,
        &[
            ("is_integer", is_integer),
            ("as_integer_ratio", as_integer_ratio),
            ("conjugate", float_self),
        ],
    );
    vm.add_method(t, "mro", mro);
    vm.add_method(t, "__subclasses__", subclasses);
    vm.add_method(s, "indices", indices);
}

fn big(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    match ops::to_bigint(vm, v) {
        Some(b) => Ok(b),
        None => Err(vm.type_error("descriptor requires an 'int' object")),
    }
}

fn bit_length(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = big(vm, a.get(0))?;
    Ok(Value::Int(b.abs().bits() as i64))
}

fn bit_count(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = big(vm, a.get(0))?;
    let n: u64 = b
        .abs()
        .to_u64_digits()
        .1
        .iter()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(Value::Int(n as i64))
}

fn int_self(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = big(vm, a.get(0))?;
    Ok(ops::from_bigint(vm, b))
}

fn float_of(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(f),
        _ => Err(vm.type_error("descriptor requires a 'float' object")),
    }
}

fn is_integer(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let f = float_of(vm, a.get(0))?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_self(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::Float(float_of(vm, a.get(0))?))
}

fn as_integer_ratio(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let f = float_of(vm, a.get(0))?;
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    // f = mantissa * 2**exp exactly.
    let bits = f.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    };
    if m == 0 {
        return Ok(vm.new_tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    while m % 2 == 0 && e < 0 {
        m /= 2;
        e += 1;
    }
    let mut num = BigInt::from(m);
    let mut den = BigInt::from(1);
    if e > 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    if f < 0.0 {
        num = -num;
    }
    let (n, d) = (ops::from_bigint(vm, num), ops::from_bigint(vm, den));
    Ok(vm.new_tuple(vec![n, d]))
}

fn mro(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Value::Obj(t) = a.get(0) else {
        return Err(vm.type_error("mro() needs a type"));
    };
    if !matches!(vm.heap.get(t), Obj::Type(_)) {
        return Err(vm.type_error("descriptor 'mro' requires a 'type' object"));
    }
    let m: Vec<Value> = vm.type_obj(t).mro.iter().map(|&c| Value::Obj(c)).collect();
    Ok(vm.new_list(m))
}

/// `type.__subclasses__()`: the classes that name this one as a direct
/// base, found by scanning the heap (slot order follows creation order
/// unless a collected slot was reused; classes are rarely collected).
fn subclasses(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Value::Obj(t) = a.get(0) else {
        return Err(vm.type_error("descriptor '__subclasses__' requires a 'type' object"));
    };
    if !matches!(vm.heap.get(t), Obj::Type(_)) {
        return Err(vm.type_error("descriptor '__subclasses__' requires a 'type' object"));
    }
    let subs: Vec<Value> = vm
        .heap
        .iter()
        .filter(|(_, o)| matches!(o, Obj::Type(c) if c.bases.contains(&t)))
        .map(|(r, _)| Value::Obj(r))
        .collect();
    Ok(vm.new_list(subs))
}

fn indices(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Value::Obj(s) = a.get(0) else {
        return Err(vm.type_error("indices() needs a slice"));
    };
    let n = super::int_arg(vm, a.get(1))?;
    if n < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start, stop, step, _) = super::slice_indices(vm, s, n as usize)?;
    Ok(vm.new_tuple(vec![Value::Int(start), Value::Int(stop), Value::Int(step)]))
}
