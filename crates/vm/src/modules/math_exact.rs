//! The floating-point algorithms behind `math` (modules/math.rs), on plain
//! `f64`s and bit-for-bit as CPython 3.11 computes them: the exact sum of
//! `fsum`, the correctly rounded norm of `hypot`/`dist`, `pow` and
//! `remainder` with their special cases, `ldexp`, `frexp` of floats and big
//! ints, `nextafter`, and the inverse hyperbolic functions.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// A math error: CPython's "math domain error" (ValueError), "math range
/// error" (OverflowError), or another message of either class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum MathError {
    Domain,
    Range,
    Value(&'static str),
    Overflow(&'static str),
}

/// Exactly rounded sum of `items` (Shewchuk's algorithm, as CPython's
/// `fsum`, including infinities, NaNs and intermediate overflow).
pub(super) fn fsum(items: impl IntoIterator<Item = f64>) -> Result<f64, MathError> {
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    for mut x in items {
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(MathError::Overflow("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(MathError::Value("-inf + inf in fsum"));
        }
        return Ok(special_sum);
    }
    let mut hi = 0.0;
    if let Some(mut n) = partials.len().checked_sub(1) {
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            n -= 1;
            let x = hi;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    Ok(hi)
}

/// `math.pow`: C's `pow` with CPython's own answers for infinities and
/// NaNs; a NaN or `0 ** negative` result is a domain error, an infinite
/// one from finite operands a range error.
pub(super) fn pow(x: f64, y: f64) -> Result<f64, MathError> {
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0) == (x.abs() > 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        return Ok(r);
    }
    let r = x.powf(y);
    if r.is_nan() {
        return Err(MathError::Domain);
    }
    if r.is_infinite() {
        return Err(if x == 0.0 {
            MathError::Domain
        } else {
            MathError::Range
        });
    }
    Ok(r)
}

/// IEEE 754 remainder (`x - n*y`, n the integer nearest `x/y`, ties to
/// even), computed exactly from `fmod` as CPython does.
pub(super) fn remainder(x: f64, y: f64) -> Result<f64, MathError> {
    if x.is_nan() {
        return Ok(x);
    }
    if y.is_nan() {
        return Ok(y);
    }
    if x.is_infinite() || y == 0.0 {
        return Err(MathError::Domain);
    }
    if y.is_infinite() {
        return Ok(x);
    }
    let (absx, absy) = (x.abs(), y.abs());
    let m = absx % absy;
    let c = absy - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        m - 2.0 * ((0.5 * (absx - m)) % absy)
    };
    Ok(1.0f64.copysign(x) * r)
}

/// `x * 2**e`, correctly rounded (one rounding even into the subnormal
/// range); an infinite result from finite `x` is a range error.
pub(super) fn ldexp(x: f64, e: i64) -> Result<f64, MathError> {
    if x == 0.0 || !x.is_finite() {
        return Ok(x);
    }
    let mut n = e.clamp(-2200, 2200) as i32;
    let mut y = x;
    if n > 1023 {
        y *= ldexp1(1023);
        n -= 1023;
        if n > 1023 {
            y *= ldexp1(1023);
            n = (n - 1023).min(1023);
        }
    } else if n < -1022 {
        // Scale by 2**-969 first: the value stays normal, so the final
        // product is the only rounding.
        let down = ldexp1(-1022) * ldexp1(53);
        y *= down;
        n += 1022 - 53;
        if n < -1022 {
            y *= down;
            n = (n + 1022 - 53).max(-1022);
        }
    }
    let r = y * ldexp1(n);
    if r.is_infinite() {
        return Err(MathError::Range);
    }
    Ok(r)
}

/// A positive big int as `(m, e)` with `n ~= m * 2**e`, `0.5 <= m < 1`,
/// `m` rounded to nearest (ties to even) on 53 bits.
pub(super) fn big_frexp(n: &BigInt) -> (f64, i64) {
    let bits = n.bits();
    let mut e = bits as i64;
    let top = if bits > 64 {
        let shift = bits - 64;
        let t = (n >> shift).to_u64().unwrap_or(u64::MAX);
        let sticky = n.trailing_zeros().is_some_and(|z| z < shift);
        t | u64::from(sticky)
    } else {
        n.to_u64().unwrap_or(0) << (64 - bits)
    };
    let mut m = top as f64 / 18446744073709551616.0;
    if m >= 1.0 {
        m /= 2.0;
        e += 1;
    }
    (m, e)
}

/// The Euclidean norm of `vec` (absolute values, `max` the largest), as
/// CPython 3.11's `vector_norm`: scaled so no step over/underflows, squares
/// summed with their rounding errors kept, then one correction step of the
/// square root, which makes the result correctly rounded in practice.
pub(super) fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let max_e = frexp_exp(max);
    if max_e < -1023 {
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = ldexp1(-max_e);
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &x in vec.iter() {
        let x = x * scale;
        let (hi, lo) = exact_mul(x, x);
        let (s_hi, s_lo) = fast_two_sum(csum, hi);
        csum = s_hi;
        frac1 += lo;
        frac2 += s_lo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (hi, lo) = exact_mul(-h, h);
    let (s_hi, s_lo) = fast_two_sum(csum, hi);
    csum = s_hi;
    frac1 += lo;
    frac2 += s_lo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

/// `a * b` as an unevaluated sum `hi + lo`, exactly.
fn exact_mul(a: f64, b: f64) -> (f64, f64) {
    let z = a * b;
    (z, a.mul_add(b, -z))
}

/// `a + b` as `hi + lo`, exactly, for `|a| >= |b|`.
fn fast_two_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    (x, (a - x) + b)
}

/// The exponent `e` of C's `frexp(x)` for finite nonzero `x`.
pub(super) fn frexp_exp(x: f64) -> i32 {
    let bits = x.abs().to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    if biased == 0 {
        // Subnormal: normalise through the leading mantissa bit.
        let mant = bits & ((1u64 << 52) - 1);
        let lz = mant.leading_zeros() as i32 - 12;
        return -1022 - lz;
    }
    biased - 1022
}

/// `2.0 ** e` for `-1074 <= e <= 1023` (subnormal below -1022).
pub(super) fn ldexp1(e: i32) -> f64 {
    if e < -1022 {
        return f64::from_bits(1u64 << (e + 1074).max(0));
    }
    f64::from_bits(((e + 1023) as u64) << 52)
}

/// The inverse hyperbolic functions as the C library CPython calls
/// computes them (the classic fdlibm formulas over `log`/`log1p`, which
/// Rust takes from the same C library); Rust's own formulas differ in the
/// last bit for some inputs and overflow for huge ones.
pub(super) mod inverse_hyperbolic {
    const LN2: f64 = std::f64::consts::LN_2;
    const TWO_POW_28: f64 = 268_435_456.0;

    pub fn asinh(x: f64) -> f64 {
        if !x.is_finite() {
            return x;
        }
        let ax = x.abs();
        if ax < 1.0 / TWO_POW_28 {
            return x;
        }
        let w = if ax > TWO_POW_28 {
            ax.ln() + LN2
        } else if ax > 2.0 {
            (2.0 * ax + 1.0 / ((x * x + 1.0).sqrt() + ax)).ln()
        } else {
            let t = x * x;
            (ax + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
        };
        w.copysign(x)
    }

    /// For `x >= 1` (the caller checks the domain).
    pub fn acosh(x: f64) -> f64 {
        if x >= TWO_POW_28 {
            if !x.is_finite() {
                return x + x;
            }
            return x.ln() + LN2;
        }
        if x == 1.0 {
            return 0.0;
        }
        if x > 2.0 {
            let t = x * x;
            (2.0 * x - 1.0 / (x + (t - 1.0).sqrt())).ln()
        } else {
            let t = x - 1.0;
            (t + (2.0 * t + t * t).sqrt()).ln_1p()
        }
    }

    /// For `|x| < 1` (the caller checks the domain).
    pub fn atanh(x: f64) -> f64 {
        let xa = x.abs();
        let t = if xa < 0.5 {
            if xa < 1.0 / TWO_POW_28 {
                return x;
            }
            let t = xa + xa;
            0.5 * (t + t * xa / (1.0 - xa)).ln_1p()
        } else {
            0.5 * ((xa + xa) / (1.0 - xa)).ln_1p()
        };
        t.copysign(x)
    }
}

/// The next float after `x` towards `y` (C's `nextafter`).
pub(super) fn next_toward(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let away = (y > x) == (x > 0.0);
    f64::from_bits(if away { bits + 1 } else { bits - 1 })
}
