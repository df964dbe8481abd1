//! The numeric constructors — `int(x, base)`, `bool(x)`, `float(x)`,
//! `complex(re, im)` — and the parsing of int and float literals from
//! strings that `int()` and `float()` share.

use super::constructors::rest;
use super::Args;
use crate::errors::{PyErr, PyResult};
use crate::interp::ops;
use crate::objects::{Layout, Obj};
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::Num;

/// Parses an int literal like `int(s, base)`.
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    let s = ascii_digits(s);
    let t = s.trim();
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = t.to_ascii_lowercase();
    let (base, digits) = match base {
        0 => {
            if let Some(r) = lower.strip_prefix("0x") {
                (16, r.to_string())
            } else if let Some(r) = lower.strip_prefix("0o") {
                (8, r.to_string())
            } else if let Some(r) = lower.strip_prefix("0b") {
                (2, r.to_string())
            } else {
                if lower.len() > 1
                    && lower.starts_with('0')
                    && lower.chars().any(|c| c != '0' && c != '_')
                {
                    return None;
                }
                (10, lower.clone())
            }
        }
        16 => (16, lower.strip_prefix("0x").unwrap_or(&lower).to_string()),
        8 => (8, lower.strip_prefix("0o").unwrap_or(&lower).to_string()),
        2 => (2, lower.strip_prefix("0b").unwrap_or(&lower).to_string()),
        b => (b, lower.clone()),
    };
    let digits = digits.strip_prefix('_').map_or(digits.clone(), |d| {
        if base != 10 {
            d.to_string()
        } else {
            digits.clone()
        }
    });
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    if !clean.chars().all(|c| c.is_digit(base)) {
        return None;
    }
    let v = BigInt::from_str_radix(&clean, base).ok()?;
    Some(if neg { -v } else { v })
}

/// `s` with every Unicode decimal digit replaced by its ASCII digit, as
/// CPython does before parsing int() and float() arguments. Decimal digits
/// come in contiguous runs of ten (0 to 9), so a digit's value is its
/// distance from the start of its run, modulo 10.
fn ascii_digits(s: &str) -> std::borrow::Cow<'_, str> {
    use corelab_base::pystr::is_decimal;
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    let value = |c: char| {
        let mut n = 0u32;
        let mut code = c as u32;
        while let Some(prev) = code.checked_sub(1).and_then(char::from_u32) {
            if !is_decimal(prev) {
                break;
            }
            n += 1;
            code -= 1;
        }
        char::from_digit(n % 10, 10).unwrap_or(c)
    };
    let out: String = s
        .chars()
        .map(|c| {
            if !c.is_ascii() && is_decimal(c) {
                value(c)
            } else {
                c
            }
        })
        .collect();
    std::borrow::Cow::Owned(out)
}

pub(super) fn int_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if let Some(v) = super::scalar_sub::new_for_subclass(vm, a, Layout::Int, int_new)? {
        return Ok(v);
    }
    let a = rest(a);
    a.check_kw(vm, "int", &["base"])?;
    let given = a.len() + a.kw.len();
    if given > 2 {
        return Err(vm.type_error(format!("int() takes at most 2 arguments ({given} given)")));
    }
    let x = a.get(0);
    let base = a.arg(vm, 1, "base");
    if x.is_null() {
        return Ok(Value::Int(0));
    }
    if let Some(b) = base {
        let b = super::int_arg(vm, b)?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let Some(s) = vm.as_str(x).map(String::from) else {
            return Err(vm.type_error("int() can't convert non-string with explicit base"));
        };
        return match parse_int(&s, b as u32) {
            Some(v) => Ok(ops::from_bigint(vm, v)),
            None => {
                let r = super::repr_str(&s);
                Err(vm.value_error(format!("invalid literal for int() with base {b}: {r}")))
            }
        };
    }
    match x {
        Value::Int(_) => Ok(x),
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        Value::Float(f) => {
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.overflow_error("cannot convert float infinity to integer"));
            }
            let t = f.trunc();
            Ok(match num_traits::FromPrimitive::from_f64(t) {
                Some(b) => ops::from_bigint(vm, b),
                None => Value::Int(t as i64),
            })
        }
        _ => {
            if let Some(s) = vm.as_str(x).map(String::from) {
                return match parse_int(&s, 10) {
                    Some(v) => Ok(ops::from_bigint(vm, v)),
                    None => {
                        let r = super::repr_str(&s);
                        Err(vm.value_error(format!("invalid literal for int() with base 10: {r}")))
                    }
                };
            }
            if ops::to_bigint(vm, x).is_some() {
                return Ok(x);
            }
            let t = vm.type_of(x);
            for name in ["__int__", "__index__", "__trunc__"] {
                if let Some(f) = vm.lookup_in_type_str(t, name) {
                    return vm.call(f, vec![x]);
                }
            }
            let tn = vm.type_name(x);
            Err(vm.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{tn}'"
            )))
        }
    }
}

pub(super) fn bool_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = rest(a);
    a.check(vm, "bool", 0, 1)?;
    if a.is_empty() {
        return Ok(Value::Bool(false));
    }
    Ok(Value::Bool(ops::truthy(vm, a.get(0))?))
}

/// Parses a float literal like `float(s)`.
pub fn parse_float(s: &str) -> Option<f64> {
    let s = ascii_digits(s);
    let t = s.trim();
    let lower = t.to_ascii_lowercase();
    let body = lower.strip_prefix(['+', '-']).unwrap_or(&lower);
    let neg = lower.starts_with('-');
    let v = match body {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            // An underscore must sit between two digits.
            let bytes = body.as_bytes();
            let misplaced_underscore = bytes.iter().enumerate().any(|(i, &c)| {
                c == b'_'
                    && !(i > 0
                        && bytes[i - 1].is_ascii_digit()
                        && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
            });
            let misplaced_sign = bytes
                .iter()
                .enumerate()
                .any(|(i, &c)| matches!(c, b'+' | b'-') && (i == 0 || bytes[i - 1] != b'e'));
            if body.is_empty() || misplaced_underscore || misplaced_sign {
                return None;
            }
            if !body
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-' | '_'))
            {
                return None;
            }
            let clean: String = body.chars().filter(|&c| c != '_').collect();
            clean.parse::<f64>().ok()?
        }
    };
    Some(if neg { -v } else { v })
}

pub(super) fn float_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if let Some(v) = super::scalar_sub::new_for_subclass(vm, a, Layout::Float, float_new)? {
        return Ok(v);
    }
    let a = rest(a);
    a.check(vm, "float", 0, 1)?;
    let x = a.get(0);
    if x.is_null() {
        return Ok(Value::Float(0.0));
    }
    if let Some(f) = ops::to_f64(vm, x) {
        if let Value::Obj(_) = x {
            if f.is_infinite() {
                return Err(vm.overflow_error("int too large to convert to float"));
            }
        }
        return Ok(Value::Float(f));
    }
    if let Some(s) = vm.as_str(x).map(String::from) {
        return match parse_float(&s) {
            Some(f) => Ok(vm.float(f)),
            None => {
                let r = super::repr_str(&s);
                Err(vm.value_error(format!("could not convert string to float: {r}")))
            }
        };
    }
    let t = vm.type_of(x);
    if let Some(f) = vm.lookup_in_type_str(t, "__float__") {
        return vm.call(f, vec![x]);
    }
    let tn = vm.type_name(x);
    Err(vm.type_error(format!(
        "float() argument must be a string or a real number, not '{tn}'"
    )))
}

pub(super) fn complex_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = rest(a);
    let mut parts = [0.0; 2];
    for (k, part) in parts.iter_mut().enumerate() {
        let v = a.get(k);
        if v.is_null() {
            continue;
        }
        // Int and float subclass instances are their values.
        let v = vm.scalar_base(v);
        match ops::to_f64(vm, v) {
            Some(f) => *part = f,
            None => {
                return Err(PyErr::unsupported(
                    "complex() of anything but ints and floats is not supported by corelab yet",
                ))
            }
        }
    }
    Ok(Value::Obj(vm.heap.alloc(Obj::Complex(parts[0], parts[1]))))
}
