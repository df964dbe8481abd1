//! `math`: CPython's math functions over ints and floats, with its error
//! messages ("math domain error", ...).

use super::{add_fn, set_attr};
use crate::builtins::Args;
use crate::errors::{PyErr, PyResult};
use crate::interp::{iter, ops};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::math_exact::{
    self as exact, big_frexp, frexp_exp, inverse_hyperbolic, ldexp1, next_toward, vector_norm,
    MathError,
};

pub(crate) fn install(vm: &mut Vm, m: ObjRef) {
    for (name, v) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        set_attr(vm, m, name, Value::Float(v));
    }
    let fns: &[(&'static str, crate::builtins::NativeFn)] = &[
        ("sqrt", sqrt),
        ("exp", exp),
        ("log", log),
        ("log2", log2),
        ("log10", log10),
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("asin", asin),
        ("acos", acos),
        ("atan", atan),
        ("atan2", atan2),
        ("sinh", sinh),
        ("cosh", cosh),
        ("tanh", tanh),
        ("hypot", hypot),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("fabs", fabs),
        ("copysign", copysign),
        ("isclose", isclose),
        ("isfinite", isfinite),
        ("isinf", isinf),
        ("isnan", isnan),
        ("gcd", gcd),
        ("lcm", lcm),
        ("factorial", factorial),
        ("isqrt", isqrt),
        ("comb", comb),
        ("perm", perm),
        ("fsum", fsum),
        ("prod", prod),
        ("pow", pow),
        ("degrees", degrees),
        ("radians", radians),
        ("fmod", fmod),
        ("modf", modf),
        ("dist", dist),
        ("log1p", log1p),
        ("expm1", expm1),
        ("asinh", asinh),
        ("acosh", acosh),
        ("atanh", atanh),
        ("frexp", frexp),
        ("ldexp", ldexp),
        ("remainder", remainder),
        ("ulp", ulp),
        ("nextafter", nextafter),
        ("cbrt", cbrt),
        ("exp2", exp2),
        // Not reproduced bit for bit yet: they stop with corelab's
        // unsupported error rather than give results that might differ.
        ("gamma", gamma),
        ("lgamma", lgamma),
        ("erf", erf),
        ("erfc", erfc),
    ];
    for &(name, f) in fns {
        add_fn(vm, m, name, f);
    }
}

fn num(vm: &mut Vm, v: Value) -> PyResult<f64> {
    // An int or float subclass instance is its value.
    let v = vm.scalar_base(v);
    match ops::to_f64(vm, v) {
        Some(f) if f.is_infinite() && !matches!(v, Value::Float(_)) => {
            Err(vm.overflow_error("int too large to convert to float"))
        }
        Some(f) => Ok(f),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("must be real number, not {tn}")))
        }
    }
}

fn domain(vm: &mut Vm) -> PyErr {
    vm.value_error("math domain error")
}

/// A result of `math_exact`, its error raised as CPython does.
fn math_result(vm: &mut Vm, r: Result<f64, MathError>) -> PyResult<f64> {
    r.map_err(|e| match e {
        MathError::Domain => domain(vm),
        MathError::Range => vm.overflow_error("math range error"),
        MathError::Value(m) => vm.value_error(m),
        MathError::Overflow(m) => vm.overflow_error(m),
    })
}

fn unary(
    vm: &mut Vm,
    a: &Args,
    name: &str,
    f: fn(f64) -> f64,
    ok: fn(f64) -> bool,
) -> PyResult<Value> {
    a.check(vm, name, 1, 1)?;
    let x = num(vm, a.get(0))?;
    if !ok(x) {
        return Err(domain(vm));
    }
    let r = f(x);
    if r.is_infinite() && x.is_finite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(vm.float(r))
}

fn sqrt(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unary(vm, a, "sqrt", f64::sqrt, |x| x >= 0.0 || x.is_nan())
}
fn cbrt(_vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    // The C library's cbrt is not correctly rounded (cbrt(27) gives
    // 3.0000000000000004) and Rust's differs from it.
    not_reproduced("cbrt")
}
fn exp2(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unary(vm, a, "exp2", f64::exp2, |_| true)
}
fn not_reproduced(name: &str) -> PyResult<Value> {
    Err(PyErr::unsupported(format!(
        "math.{name}() is not supported by corelab yet"
    )))
}
fn gamma(_vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    not_reproduced("gamma")
}
fn lgamma(_vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    not_reproduced("lgamma")
}
fn erf(_vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    not_reproduced("erf")
}
fn erfc(_vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    not_reproduced("erfc")
}
fn exp(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unary(vm, a, "exp", f64::exp, |_| true)
}
fn sin(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unary(vm, a, "sin", f64::sin, |x| !x.is_infinite())
}
fn cos(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unary(vm, a, "cos", f64::cos, |x| !x.is_infinite())
}
fn tan(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unary(vm, a, "tan", f64::tan, |x| !x.is_infinite())
}
fn asin(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unary(vm, a, "asin", f64::asin, |x| {
        (-1.0..=1.0).contains(&x) || x.is_nan()
    })
}
fn acos(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unary(vm, a, "acos", f64::acos, |x| {
        (-1.0..=1.0).contains(&x) || x.is_nan()
    })
}
fn atan(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unary(vm, a, "atan", f64::atan, |_| true)
}
fn sinh(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unary(vm, a, "sinh", f64::sinh, |_| true)
}
fn cosh(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unary(vm, a, "cosh", f64::cosh, |_| true)
}
fn tanh(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unary(vm, a, "tanh", f64::tanh, |_| true)
}
fn fabs(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unary(vm, a, "fabs", f64::abs, |_| true)
}
/// `degrees`/`radians`: a plain product, which may overflow to inf.
fn degrees(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "degrees", 1, 1)?;
    let x = num(vm, a.get(0))?;
    Ok(vm.float(x * (180.0 / std::f64::consts::PI)))
}
fn radians(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "radians", 1, 1)?;
    let x = num(vm, a.get(0))?;
    Ok(vm.float(x * (std::f64::consts::PI / 180.0)))
}

/// Applies a logarithm `f` to an int or float the way CPython's
/// `loghelper` does: ints that fit a float are converted; larger ones are
/// split as `m * 2**e` (0.5 <= m < 1) and give `f(m) + f(2) * e`.
fn log_with(vm: &mut Vm, v: Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if !matches!(v, Value::Float(_)) {
        if let Some(b) = ops::to_bigint(vm, v) {
            if !b.is_positive() {
                return Err(domain(vm));
            }
            if let Some(x) = b.to_f64().filter(|x| x.is_finite()) {
                return Ok(f(x));
            }
            let (m, e) = big_frexp(&b);
            return Ok(f(m) + f(2.0) * e as f64);
        }
    }
    let x = num(vm, v)?;
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(f(x))
}

fn log(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "log", 1, 2)?;
    let n = log_with(vm, a.get(0), f64::ln)?;
    if a.len() == 2 {
        let d = log_with(vm, a.get(1), f64::ln)?;
        if d == 0.0 {
            return Err(vm.zero_division("float division by zero"));
        }
        return Ok(vm.float(n / d));
    }
    Ok(vm.float(n))
}

fn log2(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "log2", 1, 1)?;
    let f = log_with(vm, a.get(0), f64::log2)?;
    Ok(vm.float(f))
}

fn log10(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "log10", 1, 1)?;
    let f = log_with(vm, a.get(0), f64::log10)?;
    Ok(vm.float(f))
}

fn atan2(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "atan2", 2, 2)?;
    let (y, x) = (num(vm, a.get(0))?, num(vm, a.get(1))?);
    Ok(vm.float(y.atan2(x)))
}

fn hypot(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return Err(vm.type_error("hypot() takes no keyword arguments"));
    }
    let mut vec = Vec::with_capacity(a.pos.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for &v in a.pos {
        let x = num(vm, v)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        vec.push(x);
    }
    Ok(vm.float(vector_norm(&mut vec, max, found_nan)))
}

fn dist(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "dist", 2, 2)?;
    let (p, q) = (iter::to_vec(vm, a.get(0))?, iter::to_vec(vm, a.get(1))?);
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut vec = Vec::with_capacity(p.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for (x, y) in p.into_iter().zip(q) {
        let d = (num(vm, x)? - num(vm, y)?).abs();
        found_nan |= d.is_nan();
        if d > max {
            max = d;
        }
        vec.push(d);
    }
    Ok(vm.float(vector_norm(&mut vec, max, found_nan)))
}

fn to_int_result(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    Ok(match num_traits::FromPrimitive::from_f64(f) {
        Some(b) => ops::from_bigint(vm, b),
        None => Value::Int(f as i64),
    })
}

fn rounding(vm: &mut Vm, a: &Args, name: &str, f: fn(f64) -> f64, dunder: &str) -> PyResult<Value> {
    a.check(vm, name, 1, 1)?;
    let v = a.get(0);
    if ops::to_bigint(vm, v).is_some() {
        return Ok(match v {
            Value::Bool(b) => Value::Int(b as i64),
            _ => v,
        });
    }
    if let Value::Float(x) = v {
        return to_int_result(vm, f(x));
    }
    let t = vm.type_of(v);
    if let Some(m) = vm.lookup_in_type_str(t, dunder) {
        return vm.call(m, vec![v]);
    }
    let x = num(vm, v)?;
    to_int_result(vm, f(x))
}

fn floor(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    rounding(vm, a, "floor", f64::floor, "__floor__")
}
fn ceil(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    rounding(vm, a, "ceil", f64::ceil, "__ceil__")
}
fn trunc(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    rounding(vm, a, "trunc", f64::trunc, "__trunc__")
}

fn copysign(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "copysign", 2, 2)?;
    let (x, y) = (num(vm, a.get(0))?, num(vm, a.get(1))?);
    Ok(vm.float(x.copysign(y)))
}

fn fmod(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "fmod", 2, 2)?;
    let (x, y) = (num(vm, a.get(0))?, num(vm, a.get(1))?);
    if y == 0.0 && !x.is_nan() {
        return Err(domain(vm));
    }
    Ok(vm.float(x % y))
}

fn modf(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "modf", 1, 1)?;
    let x = num(vm, a.get(0))?;
    let i = x.trunc();
    let f = if x.is_infinite() {
        0.0f64.copysign(x)
    } else {
        (x - i).copysign(x)
    };
    Ok(vm.new_tuple(vec![Value::Float(f), Value::Float(i)]))
}

fn isclose(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check_kw(vm, "isclose", &["rel_tol", "abs_tol"])?;
    a.check_pos(vm, "isclose", 2, 2)?;
    let (x, y) = (num(vm, a.get(0))?, num(vm, a.get(1))?);
    let rel = match a.kwarg(vm, "rel_tol") {
        Some(v) => num(vm, v)?,
        None => 1e-9,
    };
    let abs = match a.kwarg(vm, "abs_tol") {
        Some(v) => num(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (x - y).abs();
    Ok(Value::Bool(
        diff <= (rel * y).abs() || diff <= (rel * x).abs() || diff <= abs,
    ))
}

fn isfinite(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = num(vm, a.get(0))?;
    Ok(Value::Bool(x.is_finite()))
}
fn isinf(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = num(vm, a.get(0))?;
    Ok(Value::Bool(x.is_infinite()))
}
fn isnan(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = num(vm, a.get(0))?;
    Ok(Value::Bool(x.is_nan()))
}

fn int_of(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    match ops::to_bigint(vm, v) {
        Some(b) => Ok(b),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
    }
}

fn gcd(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let mut acc = BigInt::zero();
    for &v in a.pos {
        let x = int_of(vm, v)?;
        acc = acc.gcd(&x);
    }
    Ok(ops::from_bigint(vm, acc))
}

fn lcm(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let mut acc = BigInt::one();
    for &v in a.pos {
        let x = int_of(vm, v)?;
        acc = if x.is_zero() || acc.is_zero() {
            BigInt::zero()
        } else {
            acc.lcm(&x)
        };
    }
    Ok(ops::from_bigint(vm, acc.abs()))
}

fn factorial(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "factorial", 1, 1)?;
    if let Value::Float(_) = a.get(0) {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = int_of(vm, a.get(0))?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_i64().map(|n| n as u64) else {
        return Err(vm.overflow_error(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        )));
    };
    if n > 100_000 {
        return Err(PyErr::limit(
            "factorial() argument too large for corelab's limits",
        ));
    }
    let mut acc = BigInt::one();
    for i in 2..=n {
        acc *= i;
    }
    Ok(ops::from_bigint(vm, acc))
}

fn isqrt(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "isqrt", 1, 1)?;
    let n = int_of(vm, a.get(0))?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(ops::from_bigint(vm, n.sqrt()))
}

fn comb_perm(vm: &mut Vm, a: &Args, name: &str, comb: bool) -> PyResult<Value> {
    a.check(vm, name, 1, 2)?;
    let n = int_of(vm, a.get(0))?;
    let k = if a.len() > 1 && !matches!(a.get(1), Value::None) {
        int_of(vm, a.get(1))?
    } else {
        n.clone()
    };
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.to_u64().unwrap_or(0);
    let k = if comb {
        k.min((&n - k).to_u64().unwrap_or(k))
    } else {
        k
    };
    let mut acc = BigInt::one();
    for i in 0..k {
        acc *= &n - i;
        if comb {
            acc /= i + 1;
        }
    }
    Ok(ops::from_bigint(vm, acc))
}

fn comb(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    comb_perm(vm, a, "comb", true)
}
fn perm(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    comb_perm(vm, a, "perm", false)
}

fn fsum(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "fsum", 1, 1)?;
    let items = iter::to_vec(vm, a.get(0))?;
    let mut xs = Vec::with_capacity(items.len());
    for v in items {
        xs.push(num(vm, v)?);
    }
    let r = exact::fsum(xs);
    let f = math_result(vm, r)?;
    Ok(vm.float(f))
}

fn prod(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check_kw(vm, "prod", &["start"])?;
    let items = iter::to_vec(vm, a.get(0))?;
    let mut acc = a.kwarg(vm, "start").unwrap_or(Value::Int(1));
    for x in items {
        acc = ops::binary(vm, acc, x, corelab_compile::BinOp::Multiply as u32)?;
    }
    Ok(acc)
}

fn pow(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "pow", 2, 2)?;
    let (x, y) = (num(vm, a.get(0))?, num(vm, a.get(1))?);
    let r = exact::pow(x, y);
    let f = math_result(vm, r)?;
    Ok(vm.float(f))
}

fn log1p(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unary(vm, a, "log1p", f64::ln_1p, |x| x > -1.0 || x.is_nan())
}
fn expm1(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unary(vm, a, "expm1", f64::exp_m1, |_| true)
}
fn asinh(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unary(vm, a, "asinh", inverse_hyperbolic::asinh, |_| true)
}
fn acosh(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unary(vm, a, "acosh", inverse_hyperbolic::acosh, |x| {
        x >= 1.0 || x.is_nan()
    })
}
fn atanh(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unary(vm, a, "atanh", inverse_hyperbolic::atanh, |x| {
        (x > -1.0 && x < 1.0) || x.is_nan()
    })
}

fn frexp(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "frexp", 1, 1)?;
    let x = num(vm, a.get(0))?;
    if x == 0.0 || !x.is_finite() {
        return Ok(vm.new_tuple(vec![Value::Float(x), Value::Int(0)]));
    }
    // Exact: scaling by powers of two, in two halves so neither overflows.
    let e = frexp_exp(x);
    let half = -e / 2;
    let m = x * ldexp1(half) * ldexp1(-e - half);
    Ok(vm.new_tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn ldexp(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "ldexp", 2, 2)?;
    let x = num(vm, a.get(0))?;
    if matches!(a.get(1), Value::Float(_)) {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    }
    let e = int_of(vm, a.get(1))?;
    let e = e
        .to_i64()
        .unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX });
    let r = exact::ldexp(x, e);
    let f = math_result(vm, r)?;
    Ok(vm.float(f))
}

fn remainder(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "remainder", 2, 2)?;
    let (x, y) = (num(vm, a.get(0))?, num(vm, a.get(1))?);
    let r = exact::remainder(x, y);
    let f = math_result(vm, r)?;
    Ok(vm.float(f))
}

fn ulp(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "ulp", 1, 1)?;
    let x = num(vm, a.get(0))?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(vm.float(x));
    }
    if x == f64::MAX {
        return Ok(vm.float(x - f64::from_bits(x.to_bits() - 1)));
    }
    Ok(vm.float(f64::from_bits(x.to_bits() + 1) - x))
}

fn nextafter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "nextafter", 2, 2)?;
    let (x, y) = (num(vm, a.get(0))?, num(vm, a.get(1))?);
    Ok(vm.float(next_toward(x, y)))
}
