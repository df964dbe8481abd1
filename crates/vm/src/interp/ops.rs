//! Operators: arithmetic, comparisons, truth, identity, membership,
//! equality and hashing — native fast paths for builtin values and the
//! dunder protocol (`__add__`/`__radd__`, `__eq__`, `__lt__`, `__bool__`,
//! `__len__`, `__contains__`, `__hash__`) for instances.

use crate::errors::{PyErr, PyResult};
use crate::hashing;
use crate::objects::Obj;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use corelab_compile::{BinOp, CmpOp, Instr};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

/// Int/float arithmetic without allocation, or None.
#[inline(always)]
pub(crate) fn fast_binary(a: Value, b: Value, op: u32) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => match BinOp::from_u32(op).base() {
            BinOp::Add => x.checked_add(y).map(Value::Int),
            BinOp::Subtract => x.checked_sub(y).map(Value::Int),
            BinOp::Multiply => x.checked_mul(y).map(Value::Int),
            BinOp::FloorDivide if y != 0 => x
                .checked_div_euclid(y)
                .map(|_| Value::Int(Integer::div_floor(&x, &y))),
            BinOp::Remainder if y != 0 => Some(Value::Int(x.mod_floor(&y))),
            BinOp::TrueDivide if y != 0 => Some(Value::Float(int_true_div(x, y))),
            BinOp::And => Some(Value::Int(x & y)),
            BinOp::Or => Some(Value::Int(x | y)),
            BinOp::Xor => Some(Value::Int(x ^ y)),
            BinOp::Rshift if y >= 0 => Some(Value::Int(if y > 63 {
                if x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> y
            })),
            BinOp::Lshift if (0..63).contains(&y) => {
                let r = x << y;
                (r >> y == x).then_some(Value::Int(r))
            }
            _ => None,
        },
        (Value::Float(x), Value::Float(y)) => float_op(x, y, op),
        (Value::Float(x), Value::Int(y)) => float_op(x, y as f64, op),
        (Value::Int(x), Value::Float(y)) => float_op(x as f64, y, op),
        _ => None,
    }
}

fn int_true_div(x: i64, y: i64) -> f64 {
    if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
        x as f64 / y as f64
    } else {
        big_true_div(&BigInt::from(x), &BigInt::from(y)).unwrap_or(f64::NAN)
    }
}

#[inline(always)]
fn float_op(x: f64, y: f64, op: u32) -> Option<Value> {
    let r = match BinOp::from_u32(op).base() {
        BinOp::Add => x + y,
        BinOp::Subtract => x - y,
        BinOp::Multiply => x * y,
        BinOp::TrueDivide if y != 0.0 => x / y,
        BinOp::FloorDivide if y != 0.0 => float_floordiv(x, y),
        BinOp::Remainder if y != 0.0 => float_mod(x, y),
        BinOp::Power if x > 0.0 && y.is_finite() => {
            let r = x.powf(y);
            if !r.is_finite() {
                return None;
            }
            r
        }
        _ => return None,
    };
    // A NaN result takes the slow path, which gives it its own identity.
    (!r.is_nan()).then_some(Value::Float(r))
}

pub(crate) fn float_mod(x: f64, y: f64) -> f64 {
    let m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m + y
        } else {
            m
        }
    } else {
        0.0f64.copysign(y)
    }
}

pub(crate) fn float_floordiv(x: f64, y: f64) -> f64 {
    let m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 && ((y < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let fl = div.floor();
        if div - fl > 0.5 {
            fl + 1.0
        } else {
            fl
        }
    } else {
        0.0f64.copysign(x / y)
    }
}

/// Exact int/int true division rounded like CPython (round half to even
/// on the exact quotient; an infinite result is the caller's OverflowError).
pub(crate) fn big_true_div(a: &BigInt, b: &BigInt) -> Option<f64> {
    if b.is_zero() {
        return None;
    }
    if let (Some(x), Some(y)) = (a.to_f64(), b.to_f64()) {
        if x.abs() < 9.0e15 && y.abs() < 9.0e15 {
            return Some(x / y);
        }
    }
    let negative = a.is_negative() != b.is_negative();
    let (n, d) = (a.magnitude(), b.magnitude());
    if n.is_zero() {
        return Some(if negative { -0.0 } else { 0.0 });
    }
    // q = floor(n * 2^k / d) has 55 or 56 bits; one more bit below it
    // records whether anything was left over, so that converting the u64
    // to f64 (round half to even) rounds the exact quotient.
    let k = 55 - (n.bits() as i64 - d.bits() as i64);
    let (num, den) = if k >= 0 {
        (n << k as usize, d.clone())
    } else {
        (n.clone(), d << (-k) as usize)
    };
    let (q, r) = num.div_rem(&den);
    let q = q.to_u64()? << 1 | u64::from(!r.is_zero());
    let f = scale_by_power_of_two(q as f64, -(k + 1));
    Some(if negative { -f } else { f })
}

/// `x * 2**e` without overflowing the intermediate power of two.
fn scale_by_power_of_two(mut x: f64, mut e: i64) -> f64 {
    while e > 1000 && x.is_finite() {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 && x != 0.0 {
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(e as i32)
}

/// The int value of an int or bool as a BigInt.
pub(crate) fn to_bigint(vm: &Vm, v: Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(i)),
        Value::Bool(b) => Some(BigInt::from(b as i64)),
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::BigInt(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// `operator.index(v)`: an int as is, else the result of the type's
/// `__index__` (which must be an int); None if the type has none.
pub(crate) fn index_bigint(vm: &mut Vm, v: Value) -> PyResult<Option<BigInt>> {
    if let Some(b) = to_bigint(vm, v) {
        return Ok(Some(b));
    }
    let t = vm.type_of(v);
    let Some(f) = vm.lookup_in_type_str(t, "__index__") else {
        return Ok(None);
    };
    let r = vm.call(f, vec![v])?;
    match to_bigint(vm, r) {
        Some(b) => Ok(Some(b)),
        None => {
            let rn = vm.type_name(r);
            Err(vm.type_error(format!("__index__ returned non-int (type {rn})")))
        }
    }
}

/// A BigInt result as a Value (small ints inline).
pub(crate) fn from_bigint(vm: &mut Vm, b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::Obj(vm.heap.alloc(Obj::BigInt(b))),
    }
}

/// The float value of an int/float/bool, or None.
pub(crate) fn to_f64(vm: &Vm, v: Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(f),
        Value::Int(i) => Some(i as f64),
        Value::Bool(b) => Some(b as i64 as f64),
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::BigInt(b) => b.to_f64(),
            _ => None,
        },
        _ => None,
    }
}

fn is_intlike(vm: &Vm, v: Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_))
        || matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::BigInt(_)))
}

const DUNDERS: [(&str, &str); 13] = [
    ("__add__", "__radd__"),
    ("__and__", "__rand__"),
    ("__floordiv__", "__rfloordiv__"),
    ("__lshift__", "__rlshift__"),
    ("__matmul__", "__rmatmul__"),
    ("__mul__", "__rmul__"),
    ("__mod__", "__rmod__"),
    ("__or__", "__ror__"),
    ("__pow__", "__rpow__"),
    ("__rshift__", "__rrshift__"),
    ("__sub__", "__rsub__"),
    ("__truediv__", "__rtruediv__"),
    ("__xor__", "__rxor__"),
];
const IDUNDERS: [&str; 13] = [
    "__iadd__",
    "__iand__",
    "__ifloordiv__",
    "__ilshift__",
    "__imatmul__",
    "__imul__",
    "__imod__",
    "__ior__",
    "__ipow__",
    "__irshift__",
    "__isub__",
    "__itruediv__",
    "__ixor__",
];

/// `a op b` for any values.
pub(crate) fn binary(vm: &mut Vm, a: Value, b: Value, op: u32) -> PyResult<Value> {
    let bop = BinOp::from_u32(op);
    if let Some(v) = fast_binary(a, b, op) {
        return Ok(v);
    }
    if let Some(r) = builtin_binary(vm, a, b, bop)? {
        return Ok(r);
    }
    vm.memo_derived(|vm| user_binary(vm, a, b, bop))
}

/// `a op b` by the operands' dunder methods (`Vm::memo_derived` keeps
/// re-runs of the builtin or instruction that asked cheap).
fn user_binary(vm: &mut Vm, a: Value, b: Value, bop: BinOp) -> PyResult<Value> {
    let base = bop.base();
    let (ta, tb) = (vm.type_of(a), vm.type_of(b));
    if bop.is_inplace() {
        if let Some(f) = vm.lookup_in_type_str(ta, IDUNDERS[base as usize]) {
            let r = vm.call(f, vec![a, b])?;
            if !r.is(vm.not_implemented) {
                return Ok(r);
            }
        }
    }
    let (fwd, rev) = DUNDERS[base as usize];
    let fa = vm.lookup_in_type_str(ta, fwd);
    let fb = if ta != tb {
        vm.lookup_in_type_str(tb, rev)
    } else {
        None
    };
    // A subclass's reflected method goes first.
    if let Some(f) = fb {
        if vm.is_subtype(tb, ta) && ta != tb {
            let r = vm.call(f, vec![b, a])?;
            if !r.is(vm.not_implemented) {
                return Ok(r);
            }
        }
    }
    if let Some(f) = fa {
        let r = vm.call(f, vec![a, b])?;
        if !r.is(vm.not_implemented) {
            return Ok(r);
        }
    }
    if let Some(f) = fb {
        let r = vm.call(f, vec![b, a])?;
        if !r.is(vm.not_implemented) {
            return Ok(r);
        }
    }
    let (na, nb) = (vm.type_name(a), vm.type_name(b));
    let sym = bop.symbol();
    // CPython's fallback to the sequence slots (concatenation, repetition)
    // of a sequence or of an instance of a sequence's subclass.
    let (sa, sb) = (seq_type_name(vm, a), seq_type_name(vm, b));
    if let (BinOp::Add, Some(s @ ("bytes" | "bytearray"))) = (base, sa) {
        return Err(vm.type_error(format!("can't concat {nb} to {s}")));
    }
    if let (BinOp::Add, Some(s), false) = (base, sa, bop.is_inplace()) {
        return Err(vm.type_error(format!("can only concatenate {s} (not \"{nb}\") to {s}")));
    }
    if base == BinOp::Multiply && (sa.is_some() || sb.is_some()) {
        let other = if sa.is_some() { &nb } else { &na };
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{other}'"
        )));
    }
    if base == BinOp::Power {
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{na}' and '{nb}'"
        )));
    }
    Err(vm.type_error(format!(
        "unsupported operand type(s) for {sym}: '{na}' and '{nb}'"
    )))
}

/// The name of the builtin sequence type `v` is or extends, if any.
fn seq_type_name(vm: &Vm, v: Value) -> Option<&'static str> {
    let Value::Obj(r) = vm.builtin_base(v) else {
        return None;
    };
    Some(match vm.heap.get(r) {
        Obj::Str(_) => "str",
        Obj::List(_) => "list",
        Obj::Tuple(_) => "tuple",
        Obj::Bytes(_) => "bytes",
        Obj::ByteArray(_) => "bytearray",
        _ => return None,
    })
}

/// Operators on builtin types beyond the fast path; None if the operands
/// are not builtin values this operator handles.
fn builtin_binary(vm: &mut Vm, a: Value, b: Value, bop: BinOp) -> PyResult<Option<Value>> {
    let base = bop.base();
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        match base {
            BinOp::And => return Ok(Some(Value::Bool(x & y))),
            BinOp::Or => return Ok(Some(Value::Bool(x | y))),
            BinOp::Xor => return Ok(Some(Value::Bool(x ^ y))),
            _ => {}
        }
    }
    if is_intlike(vm, a) && is_intlike(vm, b) {
        return int_binary(vm, a, b, base).map(Some);
    }
    let numeric = |v: Value| matches!(v, Value::Float(_)) || is_intlike(vm, v);
    if numeric(a) && numeric(b) {
        return float_binary(vm, a, b, base).map(Some);
    }
    crate::builtins::sequence_binary(vm, a, b, bop)
}

fn int_binary(vm: &mut Vm, a: Value, b: Value, op: BinOp) -> PyResult<Value> {
    let (x, y) = (
        to_bigint(vm, a).unwrap_or_default(),
        to_bigint(vm, b).unwrap_or_default(),
    );
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Subtract => x - y,
        BinOp::Multiply => x * y,
        BinOp::FloorDivide => {
            if y.is_zero() {
                return Err(vm.zero_division("integer division or modulo by zero"));
            }
            x.div_floor(&y)
        }
        BinOp::Remainder => {
            if y.is_zero() {
                return Err(vm.zero_division("integer modulo by zero"));
            }
            x.mod_floor(&y)
        }
        BinOp::TrueDivide => {
            return match big_true_div(&x, &y) {
                Some(f) if f.is_finite() => Ok(Value::Float(f)),
                Some(_) => Err(vm.overflow_error("integer division result too large for a float")),
                None => Err(vm.zero_division("division by zero")),
            }
        }
        BinOp::Power => return int_pow(vm, x, y),
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        BinOp::Lshift | BinOp::Rshift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            let s = y.to_usize().unwrap_or(usize::MAX);
            if op == BinOp::Lshift {
                if s > 1 << 24 && !x.is_zero() {
                    return Err(vm.overflow_error("too many digits in integer"));
                }
                x << s
            } else if s > 1 << 32 {
                if x.is_negative() {
                    BigInt::from(-1)
                } else {
                    BigInt::zero()
                }
            } else {
                x >> s
            }
        }
        BinOp::MatrixMultiply => {
            return Err(vm.type_error("unsupported operand type(s) for @: 'int' and 'int'"))
        }
        _ => unreachable!(),
    };
    Ok(from_bigint(vm, r))
}

fn int_pow(vm: &mut Vm, x: BigInt, y: BigInt) -> PyResult<Value> {
    if y.is_negative() {
        let (fx, fy) = (
            x.to_f64().unwrap_or(f64::INFINITY),
            y.to_f64().unwrap_or(f64::NEG_INFINITY),
        );
        if fx == 0.0 {
            return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
        }
        return Ok(Value::Float(fx.powf(fy)));
    }
    let e = y.to_u32().ok_or(()).or_else(|_| {
        if x.magnitude() <= &num_bigint::BigUint::from(1u32) {
            Ok(if y.is_even() { 2 } else { 1 })
        } else {
            Err(())
        }
    });
    let Ok(e) = e else {
        return Err(PyErr::limit("integer power result is too large"));
    };
    if x.bits() * e as u64 > 64_000_000 {
        return Err(PyErr::limit("integer power result is too large"));
    }
    Ok(from_bigint(vm, num_traits::pow(x, e as usize)))
}

fn float_binary(vm: &mut Vm, a: Value, b: Value, op: BinOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (to_f64(vm, a), to_f64(vm, b)) else {
        return Err(vm.overflow_error("int too large to convert to float"));
    };
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Subtract => x - y,
        BinOp::Multiply => x * y,
        BinOp::TrueDivide => {
            if y == 0.0 {
                return Err(vm.zero_division(if is_intlike(vm, b) && is_intlike(vm, a) {
                    "division by zero"
                } else {
                    "float division by zero"
                }));
            }
            x / y
        }
        BinOp::FloorDivide => {
            if y == 0.0 {
                return Err(vm.zero_division("float floor division by zero"));
            }
            float_floordiv(x, y)
        }
        BinOp::Remainder => {
            if y == 0.0 {
                return Err(vm.zero_division("float modulo"));
            }
            float_mod(x, y)
        }
        BinOp::Power => return float_pow(vm, x, y),
        _ => {
            let (na, nb) = (vm.type_name(a), vm.type_name(b));
            return Err(vm.type_error(format!(
                "unsupported operand type(s) for {}: '{na}' and '{nb}'",
                op.symbol()
            )));
        }
    };
    Ok(vm.float(r))
}

pub(crate) fn float_pow(vm: &mut Vm, x: f64, y: f64) -> PyResult<Value> {
    if x == 0.0 && y < 0.0 {
        return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return Err(PyErr::unsupported(
            "complex results of ** are not supported by corelab yet",
        ));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(vm.overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(vm.float(r))
}

/// Comparison of ints and floats without allocation.
#[inline(always)]
pub(crate) fn fast_compare(a: Value, b: Value, op: CmpOp) -> Option<bool> {
    let ord = match (a, b) {
        (Value::Int(x), Value::Int(y)) => x.cmp(&y),
        (Value::Float(x), Value::Float(y)) => return Some(cmp_f64(x, y, op)),
        (Value::Int(x), Value::Float(y)) if x.unsigned_abs() < (1 << 53) => {
            return Some(cmp_f64(x as f64, y, op))
        }
        (Value::Float(x), Value::Int(y)) if y.unsigned_abs() < (1 << 53) => {
            return Some(cmp_f64(x, y as f64, op))
        }
        _ => return None,
    };
    Some(ord_matches(ord, op))
}

fn cmp_f64(x: f64, y: f64, op: CmpOp) -> bool {
    match op {
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Eq => x == y,
        CmpOp::Ne => x != y,
        CmpOp::Gt => x > y,
        CmpOp::Ge => x >= y,
    }
}

pub(crate) fn ord_matches(ord: std::cmp::Ordering, op: CmpOp) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CmpOp::Lt => ord == Less,
        CmpOp::Le => ord != Greater,
        CmpOp::Eq => ord == Equal,
        CmpOp::Ne => ord != Equal,
        CmpOp::Gt => ord == Greater,
        CmpOp::Ge => ord != Less,
    }
}

const CMP_DUNDERS: [&str; 6] = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];

/// `a op b` for any values; the result may be any object (rich comparison).
pub(crate) fn compare(vm: &mut Vm, a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
    if let Some(r) = fast_compare(a, b, op) {
        return Ok(Value::Bool(r));
    }
    if let Some(r) = builtin_compare(vm, a, b, op)? {
        return Ok(Value::Bool(r));
    }
    vm.memo_derived(|vm| user_compare(vm, a, b, op))
}

/// A rich comparison by the operands' dunder methods (see `user_binary`).
fn user_compare(vm: &mut Vm, a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
    let (ta, tb) = (vm.type_of(a), vm.type_of(b));
    let fwd = user_dunder(vm, ta, CMP_DUNDERS[op as usize]);
    let rev = user_dunder(vm, tb, CMP_DUNDERS[op.swapped() as usize]);
    if let Some(f) = rev {
        if ta != tb && vm.is_subtype(tb, ta) {
            let r = vm.call(f, vec![b, a])?;
            if !r.is(vm.not_implemented) {
                return Ok(r);
            }
        }
    }
    if let Some(f) = fwd {
        let r = vm.call(f, vec![a, b])?;
        if !r.is(vm.not_implemented) {
            return Ok(r);
        }
    }
    if let Some(f) = rev {
        let r = vm.call(f, vec![b, a])?;
        if !r.is(vm.not_implemented) {
            return Ok(r);
        }
    }
    match op {
        CmpOp::Eq => Ok(Value::Bool(a.is(b))),
        CmpOp::Ne => {
            // Default __ne__ inverts __eq__.
            if let Some(f) = user_dunder(vm, ta, "__eq__") {
                let r = vm.call(f, vec![a, b])?;
                if !r.is(vm.not_implemented) {
                    return Ok(Value::Bool(!truthy(vm, r)?));
                }
            }
            Ok(Value::Bool(!a.is(b)))
        }
        _ => {
            let (na, nb) = (vm.type_name(a), vm.type_name(b));
            Err(vm.type_error(format!(
                "'{}' not supported between instances of '{na}' and '{nb}'",
                op.symbol()
            )))
        }
    }
}

/// A comparison dunder defined by a Python class (not builtin `object`).
fn user_dunder(vm: &mut Vm, t: ObjRef, name: &str) -> Option<Value> {
    if vm.type_obj(t).builtin {
        return None;
    }
    let f = vm.lookup_in_type_str(t, name)?;
    match f {
        // object's default comparisons are handled natively below.
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Function(_) | Obj::BoundMethod(..)) => {
            Some(f)
        }
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Builtin(b) if b.owner != Some(vm.types.object)) => {
            Some(f)
        }
        _ => None,
    }
}

/// Comparisons between builtin values; None when not applicable.
fn builtin_compare(vm: &mut Vm, a: Value, b: Value, op: CmpOp) -> PyResult<Option<bool>> {
    use std::cmp::Ordering;
    if is_intlike(vm, a) && is_intlike(vm, b) {
        let (x, y) = (
            to_bigint(vm, a).unwrap_or_default(),
            to_bigint(vm, b).unwrap_or_default(),
        );
        return Ok(Some(ord_matches(x.cmp(&y), op)));
    }
    let num = |v: Value| matches!(v, Value::Float(_)) || is_intlike(vm, v);
    if num(a) && num(b) {
        return Ok(Some(match (a, b) {
            (Value::Float(x), Value::Float(y)) => cmp_f64(x, y, op),
            (Value::Float(x), _) => match int_float_order(&to_bigint(vm, b).unwrap_or_default(), x)
            {
                Some(o) => ord_matches(o.reverse(), op),
                None => op == CmpOp::Ne,
            },
            (_, Value::Float(y)) => match int_float_order(&to_bigint(vm, a).unwrap_or_default(), y)
            {
                Some(o) => ord_matches(o, op),
                None => op == CmpOp::Ne,
            },
            _ => false,
        }));
    }
    let (Value::Obj(ra), Value::Obj(rb)) = (a, b) else {
        return Ok(match op {
            CmpOp::Eq if same_kind_simple(a, b) => Some(a.is(b)),
            CmpOp::Ne if same_kind_simple(a, b) => Some(!a.is(b)),
            _ => None,
        });
    };
    if let Some(r) = crate::builtins::view_compare(vm, a, b, op)? {
        return Ok(Some(r));
    }
    let ord: Option<Ordering> = match (vm.heap.get(ra), vm.heap.get(rb)) {
        (Obj::Str(x), Obj::Str(y)) => Some(x.as_str().cmp(y.as_str())),
        (Obj::Bytes(x) | Obj::ByteArray(x), Obj::Bytes(y) | Obj::ByteArray(y)) => Some(x.cmp(y)),
        (Obj::List(_), Obj::List(_)) | (Obj::Tuple(_), Obj::Tuple(_)) => {
            return seq_compare(vm, ra, rb, op).map(Some)
        }
        (Obj::Dict(_), Obj::Dict(_))
        | (Obj::Set(_) | Obj::FrozenSet(_), Obj::Set(_) | Obj::FrozenSet(_))
        | (Obj::Range(_), Obj::Range(_))
        | (Obj::Slice(..), Obj::Slice(..))
        | (Obj::Deque(_), Obj::Deque(_)) => {
            return crate::builtins::container_compare(vm, a, b, op)
        }
        _ => None,
    };
    Ok(ord.map(|o| ord_matches(o, op)))
}

/// Exact ordering of an int against a float (None if the float is NaN).
fn int_float_order(i: &BigInt, f: f64) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fl = f.floor();
    let fi: BigInt = num_traits::FromPrimitive::from_f64(fl)?;
    Some(match i.cmp(&fi) {
        Ordering::Equal if f > fl => Ordering::Less,
        o => o,
    })
}

/// Both values are inline (None, bools, ints, floats): no object on
/// either side could define a reflected comparison.
fn same_kind_simple(a: Value, b: Value) -> bool {
    !matches!(a, Value::Obj(_)) && !matches!(b, Value::Obj(_))
}

/// Lexicographic comparison of two lists or two tuples.
fn seq_compare(vm: &mut Vm, ra: ObjRef, rb: ObjRef, op: CmpOp) -> PyResult<bool> {
    let items = |vm: &Vm, r: ObjRef| match vm.heap.get(r) {
        Obj::List(v) | Obj::Tuple(v) => v.clone(),
        _ => Vec::new(),
    };
    let (xs, ys) = (items(vm, ra), items(vm, rb));
    for (x, y) in xs.iter().zip(&ys) {
        // Like CPython, identical items are equal (a NaN held in a variable
        // is the same object in both sequences).
        if !x.is(*y) && !eq(vm, *x, *y)? {
            return match op {
                CmpOp::Eq => Ok(false),
                CmpOp::Ne => Ok(true),
                _ => {
                    let r = compare(vm, *x, *y, op)?;
                    truthy(vm, r)
                }
            };
        }
    }
    Ok(ord_matches(xs.len().cmp(&ys.len()), op))
}

/// `a == b` as a bool.
pub fn eq(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if a.is(b) && !matches!(a, Value::Float(f) if f.is_nan()) {
        return Ok(true);
    }
    if let Some(r) = fast_compare(a, b, CmpOp::Eq) {
        return Ok(r);
    }
    if let (Value::Obj(x), Value::Obj(y)) = (a, b) {
        if let (Obj::Str(s), Obj::Str(t)) = (vm.heap.get(x), vm.heap.get(y)) {
            return Ok(s.as_str() == t.as_str());
        }
    }
    let r = compare(vm, a, b, CmpOp::Eq)?;
    truthy(vm, r)
}

/// `bool(v)`.
pub fn truthy(vm: &mut Vm, v: Value) -> PyResult<bool> {
    Ok(match v {
        Value::Null | Value::None => false,
        Value::Bool(b) => b,
        Value::Int(i) => i != 0,
        Value::Float(f) => f != 0.0,
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Str(s) => s.char_len() > 0,
            Obj::BigInt(b) => !b.is_zero(),
            Obj::List(v) | Obj::Tuple(v) => !v.is_empty(),
            Obj::Dict(d) if d.class.is_none() || vm.type_obj(d.class.unwrap()).builtin => {
                !d.map.is_empty()
            }
            Obj::Set(s) | Obj::FrozenSet(s) => !s.map.is_empty(),
            Obj::Bytes(b) | Obj::ByteArray(b) => !b.is_empty(),
            Obj::Range(r) => !r.is_empty(),
            Obj::Deque(d) => !d.items.is_empty(),
            Obj::Complex(re, im) => *re != 0.0 || *im != 0.0,
            Obj::Instance(_) | Obj::Dict(_) => return instance_truth(vm, v),
            _ => true,
        },
    })
}

fn instance_truth(vm: &mut Vm, v: Value) -> PyResult<bool> {
    let r = vm.memo_derived(|vm| instance_truth_of(vm, v).map(Value::Bool))?;
    Ok(matches!(r, Value::Bool(true)))
}

fn instance_truth_of(vm: &mut Vm, v: Value) -> PyResult<bool> {
    let t = vm.type_of(v);
    if let Some(f) = vm.lookup_in_type_str(t, "__bool__") {
        let r = vm.call(f, vec![v])?;
        return match r {
            Value::Bool(b) => Ok(b),
            _ => {
                let tn = vm.type_name(r);
                Err(vm.type_error(format!("__bool__ should return bool, returned {tn}")))
            }
        };
    }
    if let Some(f) = vm.lookup_in_type_str(t, "__len__") {
        let r = vm.call(f, vec![v])?;
        return match r {
            Value::Int(i) if i >= 0 => Ok(i != 0),
            Value::Bool(b) => Ok(b),
            Value::Int(_) => Err(vm.value_error("__len__() should return >= 0")),
            _ => {
                let tn = vm.type_name(r);
                Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
            }
        };
    }
    if let Value::Obj(r) = v {
        if let Obj::Dict(d) = vm.heap.get(r) {
            return Ok(!d.map.is_empty());
        }
    }
    Ok(true)
}

/// Unary operators.
pub(crate) fn unary(vm: &mut Vm, v: Value, instr: Instr) -> PyResult<Value> {
    match (instr, v) {
        (Instr::UnaryNot, _) => return Ok(Value::Bool(!truthy(vm, v)?)),
        (Instr::UnaryNegative, Value::Int(i)) => {
            if let Some(n) = i.checked_neg() {
                return Ok(Value::Int(n));
            }
        }
        (Instr::UnaryNegative, Value::Float(f)) => return Ok(vm.float(-f)),
        (Instr::UnaryNegative, Value::Bool(b)) => return Ok(Value::Int(-(b as i64))),
        (Instr::UnaryPositive, Value::Int(_) | Value::Float(_)) => return Ok(v),
        (Instr::UnaryPositive, Value::Bool(b)) => return Ok(Value::Int(b as i64)),
        (Instr::UnaryInvert, Value::Int(i)) => return Ok(Value::Int(!i)),
        (Instr::UnaryInvert, Value::Bool(b)) => return Ok(Value::Int(!(b as i64))),
        _ => {}
    }
    if let Some(b) = to_bigint(vm, v) {
        let r = match instr {
            Instr::UnaryNegative => -b,
            Instr::UnaryPositive => b,
            _ => !b,
        };
        return Ok(from_bigint(vm, r));
    }
    let (name, sym) = match instr {
        Instr::UnaryNegative => ("__neg__", "-"),
        Instr::UnaryPositive => ("__pos__", "+"),
        _ => ("__invert__", "~"),
    };
    let t = vm.type_of(v);
    if let Some(f) = vm.lookup_in_type_str(t, name) {
        return vm.call(f, vec![v]);
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("bad operand type for unary {sym}: '{tn}'")))
}

/// `a is b`.
pub(crate) fn is(_vm: &Vm, a: Value, b: Value) -> bool {
    a.is(b)
}

/// `item in container`.
pub fn contains(vm: &mut Vm, container: Value, item: Value) -> PyResult<bool> {
    if let Some(r) = crate::builtins::builtin_contains(vm, container, item)? {
        return Ok(r);
    }
    let t = vm.type_of(container);
    if let Some(f) = vm.lookup_in_type_str(t, "__contains__") {
        let r = vm.call(f, vec![container, item])?;
        return truthy(vm, r);
    }
    // Fall back to iteration.
    let it = super::iter::get_iter(vm, container).map_err(|e| {
        if let PyErr::Exc(_) = e {
            let tn = vm.type_name(container);
            vm.type_error(format!("argument of type '{tn}' is not iterable"))
        } else {
            e
        }
    })?;
    let items = super::iter::collect(vm, it)?;
    for x in items {
        if eq(vm, x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `hash(v)`.
pub fn hash(vm: &mut Vm, v: Value) -> PyResult<i64> {
    Ok(match v {
        Value::None | Value::Null => hashing::hash_pointer(0x5f_5f_4e_6f_6e_65),
        Value::Bool(b) => b as i64,
        Value::Int(i) => hashing::hash_int(i),
        Value::Float(f) => match hashing::hash_float(f) {
            Some(h) => h,
            None => hashing::hash_pointer(f.to_bits()),
        },
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Str(s) => s.hash(),
            Obj::BigInt(b) => hashing::hash_bigint(b),
            Obj::Bytes(b) => hashing::hash_bytes(b),
            Obj::Range(rg) => {
                let rg = rg.clone();
                crate::builtins::range_hash(vm, &rg)?
            }
            Obj::Tuple(items) => {
                let items = items.clone();
                let mut hs = Vec::with_capacity(items.len());
                for x in items {
                    hs.push(hash(vm, x)?);
                }
                hashing::hash_tuple(&hs)
            }
            Obj::FrozenSet(s) => {
                let hs: Vec<i64> = s.map.entries().map(|e| e.hash).collect();
                hashing::hash_frozenset(&hs)
            }
            Obj::List(_) | Obj::Set(_) | Obj::ByteArray(_) => return Err(unhashable(vm, v)),
            Obj::Dict(d) if d.class.is_none() => return Err(unhashable(vm, v)),
            Obj::Instance(_) | Obj::Dict(_) | Obj::Record(_) => return instance_hash(vm, v, r),
            _ => hashing::hash_pointer(r.0 as u64),
        },
    })
}

fn instance_hash(vm: &mut Vm, v: Value, r: ObjRef) -> PyResult<i64> {
    match vm.memo_derived(|vm| instance_hash_of(vm, v, r).map(Value::Int))? {
        Value::Int(h) => Ok(h),
        _ => Err(PyErr::internal("a recorded hash that is not an int")),
    }
}

fn instance_hash_of(vm: &mut Vm, v: Value, r: ObjRef) -> PyResult<i64> {
    let t = vm.type_of(v);
    match vm.lookup_in_type_str(t, "__hash__") {
        Some(Value::None) => Err(unhashable(vm, v)),
        Some(f @ Value::Obj(fr))
            if matches!(vm.heap.get(fr), Obj::Function(_))
                || matches!(vm.heap.get(fr), Obj::Builtin(b) if b.owner.is_some_and(|o| o != vm.types.object)) =>
        {
            let h = vm.call(f, vec![v])?;
            match h {
                // CPython keeps any hash that fits in Py_hash_t as is.
                Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                Value::Bool(b) => Ok(b as i64),
                _ => match to_bigint(vm, h) {
                    Some(b) => Ok(hashing::hash_bigint(&b)),
                    None => Err(vm.type_error("__hash__ method should return an integer")),
                },
            }
        }
        _ => Ok(hashing::hash_pointer(r.0 as u64)),
    }
}

fn unhashable(vm: &mut Vm, v: Value) -> PyErr {
    let tn = vm.type_name(v);
    vm.type_error(format!("unhashable type: '{tn}'"))
}
