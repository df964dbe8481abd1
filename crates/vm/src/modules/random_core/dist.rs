//! The real-valued distributions of `random.Random`, drawing from the
//! generator exactly as CPython 3.11's `Lib/random.py` does, so equal seeds
//! give equal floats.

use std::f64::consts::{E, PI};

use super::fmath::{acos, cos, div, exp, log, pow, rem, sin, sqrt};
use super::{Mt19937, RandomError, RandomResult};

const TWO_PI: f64 = 2.0 * PI;

/// `4 * exp(-0.5) / sqrt(2.0)`, the Kinderman-Monahan constant.
fn nv_magic() -> f64 {
    4.0 * (-0.5f64).exp() / 2.0f64.sqrt()
}

/// `uniform(a, b)`: `a + (b - a) * random()`.
pub fn uniform(gen: &mut Mt19937, a: f64, b: f64) -> f64 {
    a + (b - a) * gen.random()
}

/// `triangular(low, high, mode)`; `mode` `None` means the midpoint.
pub fn triangular(gen: &mut Mt19937, low: f64, high: f64, mode: Option<f64>) -> RandomResult<f64> {
    let mut u = gen.random();
    let mut c = match mode {
        None => 0.5,
        Some(_) if high - low == 0.0 => return Ok(low),
        Some(m) => (m - low) / (high - low),
    };
    let (mut low, mut high) = (low, high);
    if u > c {
        u = 1.0 - u;
        c = 1.0 - c;
        std::mem::swap(&mut low, &mut high);
    }
    Ok(low + (high - low) * sqrt(u * c)?)
}

/// `normalvariate(mu, sigma)` by Kinderman and Monahan's ratio method.
pub fn normalvariate(gen: &mut Mt19937, mu: f64, sigma: f64) -> RandomResult<f64> {
    let magic = nv_magic();
    loop {
        let u1 = gen.random();
        let u2 = 1.0 - gen.random();
        let z = magic * (u1 - 0.5) / u2;
        if z * z / 4.0 <= -log(u2)? {
            return Ok(mu + z * sigma);
        }
    }
}

/// `gauss(mu, sigma)`: Box-Muller, caching the second deviate in the
/// generator for the next call.
pub fn gauss(gen: &mut Mt19937, mu: f64, sigma: f64) -> RandomResult<f64> {
    let z = match gen.gauss_next.take() {
        Some(z) => z,
        None => {
            let x2pi = gen.random() * TWO_PI;
            let g2rad = sqrt(-2.0 * log(1.0 - gen.random())?)?;
            gen.gauss_next = Some(sin(x2pi)? * g2rad);
            cos(x2pi)? * g2rad
        }
    };
    Ok(mu + z * sigma)
}

/// `lognormvariate(mu, sigma)`: `exp(normalvariate(mu, sigma))`.
pub fn lognormvariate(gen: &mut Mt19937, mu: f64, sigma: f64) -> RandomResult<f64> {
    exp(normalvariate(gen, mu, sigma)?)
}

/// `expovariate(lambd)`.
pub fn expovariate(gen: &mut Mt19937, lambd: f64) -> RandomResult<f64> {
    div(-log(1.0 - gen.random())?, lambd)
}

/// `vonmisesvariate(mu, kappa)`: an angle in [0, 2*pi).
pub fn vonmisesvariate(gen: &mut Mt19937, mu: f64, kappa: f64) -> RandomResult<f64> {
    if kappa <= 1e-6 {
        return Ok(TWO_PI * gen.random());
    }
    let s = 0.5 / kappa;
    let r = s + sqrt(1.0 + s * s)?;
    let z = loop {
        let z = cos(PI * gen.random())?;
        let d = z / (r + z);
        let u2 = gen.random();
        if u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d)? {
            break z;
        }
    };
    let q = 1.0 / r;
    let f = (q + z) / (1.0 + q * z);
    let theta = if gen.random() > 0.5 {
        mu + acos(f)?
    } else {
        mu - acos(f)?
    };
    Ok(rem(theta, TWO_PI))
}

/// `gammavariate(alpha, beta)` (shape, scale).
pub fn gammavariate(gen: &mut Mt19937, alpha: f64, beta: f64) -> RandomResult<f64> {
    if alpha <= 0.0 || beta <= 0.0 {
        return Err(RandomError::value(
            "gammavariate: alpha and beta must be > 0.0",
        ));
    }
    if alpha > 1.0 {
        Ok(gamma_cheng(gen, alpha)? * beta)
    } else if alpha == 1.0 {
        Ok(-log(1.0 - gen.random())? * beta)
    } else {
        Ok(gamma_small(gen, alpha)? * beta)
    }
}

/// Cheng's rejection algorithm for `alpha > 1` (unit scale).
fn gamma_cheng(gen: &mut Mt19937, alpha: f64) -> RandomResult<f64> {
    let log4 = 4.0f64.ln();
    let sg_magic = 1.0 + 4.5f64.ln();
    let ainv = sqrt(2.0 * alpha - 1.0)?;
    let bbb = alpha - log4;
    let ccc = alpha + ainv;
    loop {
        let u1 = gen.random();
        if !(1e-7 < u1 && u1 < 0.9999999) {
            continue;
        }
        let u2 = 1.0 - gen.random();
        let v = log(u1 / (1.0 - u1))? / ainv;
        let x = alpha * exp(v)?;
        let z = u1 * u1 * u2;
        let r = bbb + ccc * v - x;
        if r + sg_magic - 4.5 * z >= 0.0 || r >= log(z)? {
            return Ok(x);
        }
    }
}

/// The ALGORITHM GS of Statistical Computing for `0 < alpha < 1` (unit
/// scale).
fn gamma_small(gen: &mut Mt19937, alpha: f64) -> RandomResult<f64> {
    loop {
        let u = gen.random();
        let b = (E + alpha) / E;
        let p = b * u;
        let x = if p <= 1.0 {
            pow(p, 1.0 / alpha)?
        } else {
            -log((b - p) / alpha)?
        };
        let u1 = gen.random();
        let accept = if p > 1.0 {
            u1 <= pow(x, alpha - 1.0)?
        } else {
            u1 <= exp(-x)?
        };
        if accept {
            return Ok(x);
        }
    }
}

/// `betavariate(alpha, beta)`: from two gamma deviates.
pub fn betavariate(gen: &mut Mt19937, alpha: f64, beta: f64) -> RandomResult<f64> {
    let y = gammavariate(gen, alpha, 1.0)?;
    if y == 0.0 {
        return Ok(0.0);
    }
    Ok(y / (y + gammavariate(gen, beta, 1.0)?))
}

/// `paretovariate(alpha)`.
pub fn paretovariate(gen: &mut Mt19937, alpha: f64) -> RandomResult<f64> {
    let u = 1.0 - gen.random();
    pow(u, div(-1.0, alpha)?)
}

/// `weibullvariate(alpha, beta)` (scale, shape).
pub fn weibullvariate(gen: &mut Mt19937, alpha: f64, beta: f64) -> RandomResult<f64> {
    let u = 1.0 - gen.random();
    Ok(alpha * pow(-log(u)?, div(1.0, beta)?)?)
}
