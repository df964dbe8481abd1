//! Python's float arithmetic and `math` functions, errors included, for the
//! distributions: `/`, `%`, `**`, `math.log`, `math.exp`, ...

use super::{RandomError, RandomResult};

/// `a / b` on floats.
pub fn div(a: f64, b: f64) -> RandomResult<f64> {
    if b == 0.0 {
        return Err(RandomError::zero_division("float division by zero"));
    }
    Ok(a / b)
}

/// `a % b` on floats, with a non-zero `b`: the result takes `b`'s sign.
pub fn rem(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m == 0.0 {
        0.0f64.copysign(b)
    } else if (b < 0.0) != (m < 0.0) {
        m + b
    } else {
        m
    }
}

/// A one-argument `math` function: a NaN out of a non-NaN is a domain
/// error; an infinity out of a finite value is a range error when the
/// function can overflow, else a domain error.
fn math1(x: f64, f: fn(f64) -> f64, can_overflow: bool) -> RandomResult<f64> {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(RandomError::value("math domain error"));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            RandomError::overflow("math range error")
        } else {
            RandomError::value("math domain error")
        });
    }
    Ok(r)
}

/// `math.log(x)`.
pub fn log(x: f64) -> RandomResult<f64> {
    if x <= 0.0 {
        return Err(RandomError::value("math domain error"));
    }
    math1(x, f64::ln, false)
}

/// `math.exp(x)`.
pub fn exp(x: f64) -> RandomResult<f64> {
    math1(x, f64::exp, true)
}

/// `math.sqrt(x)`.
pub fn sqrt(x: f64) -> RandomResult<f64> {
    math1(x, f64::sqrt, false)
}

/// `math.cos(x)`.
pub fn cos(x: f64) -> RandomResult<f64> {
    math1(x, f64::cos, false)
}

/// `math.sin(x)`.
pub fn sin(x: f64) -> RandomResult<f64> {
    math1(x, f64::sin, false)
}

/// `math.acos(x)`.
pub fn acos(x: f64) -> RandomResult<f64> {
    math1(x, f64::acos, false)
}

/// Whether `x` is an odd integer.
fn is_odd_integer(x: f64) -> bool {
    x.is_finite() && x.fract() == 0.0 && (x / 2.0).fract() != 0.0
}

/// `a ** b` on floats. A negative base with a fractional exponent gives a
/// complex number in Python; here it is a `ValueError` (no distribution
/// reaches it).
pub fn pow(a: f64, b: f64) -> RandomResult<f64> {
    if b == 0.0 {
        return Ok(1.0);
    }
    if a.is_nan() {
        return Ok(a);
    }
    if b.is_nan() {
        return Ok(if a == 1.0 { 1.0 } else { b });
    }
    if b.is_infinite() {
        return Ok(pow_infinite_exponent(a.abs(), b));
    }
    if a.is_infinite() {
        return Ok(pow_infinite_base(a, b));
    }
    if a == 0.0 {
        return pow_zero_base(a, b);
    }
    pow_finite(a, b)
}

/// `a ** ±inf` for `a >= 0`.
fn pow_infinite_exponent(a: f64, b: f64) -> f64 {
    if a == 1.0 {
        1.0
    } else if (b > 0.0) == (a > 1.0) {
        f64::INFINITY
    } else {
        0.0
    }
}

/// `±inf ** b` for a finite non-zero `b`.
fn pow_infinite_base(a: f64, b: f64) -> f64 {
    let odd = is_odd_integer(b);
    if b > 0.0 {
        if odd {
            a
        } else {
            a.abs()
        }
    } else if odd {
        0.0f64.copysign(a)
    } else {
        0.0
    }
}

/// `±0.0 ** b` for a finite non-zero `b`.
fn pow_zero_base(a: f64, b: f64) -> RandomResult<f64> {
    if b < 0.0 {
        return Err(RandomError::zero_division(
            "0.0 cannot be raised to a negative power",
        ));
    }
    Ok(if is_odd_integer(b) { a } else { 0.0 })
}

/// `a ** b` with both finite and non-zero.
fn pow_finite(a: f64, b: f64) -> RandomResult<f64> {
    let mut base = a;
    let mut negate = false;
    if a < 0.0 {
        if b.fract() != 0.0 {
            return Err(RandomError::value(
                "negative number cannot be raised to a fractional power",
            ));
        }
        base = -a;
        negate = is_odd_integer(b);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = base.powf(b);
    if r.is_infinite() {
        return Err(RandomError::overflow(
            "(34, 'Numerical result out of range')",
        ));
    }
    Ok(if negate { -r } else { r })
}
