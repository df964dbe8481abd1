//! Number and string formatting (interim minimal version; the full
//! CPython-compatible implementation replaces this file).

use num_bigint::BigInt;
use num_traits::Signed;

/// `repr(float)`.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let e = format!("{f:e}");
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if !(-4..16).contains(&exp) {
        return format!("{mant}e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs());
    }
    let s = format!("{f}");
    if s.contains('.') {
        s
    } else {
        format!("{s}.0")
    }
}

/// `bin`/`oct`/`hex` text of an int.
pub fn int_to_str_radix(v: &BigInt, radix: u32, prefix: bool) -> String {
    let digits = v.abs().to_str_radix(radix);
    let p = match (prefix, radix) {
        (true, 2) => "0b",
        (true, 8) => "0o",
        (true, 16) => "0x",
        _ => "",
    };
    format!("{}{p}{digits}", if v.is_negative() { "-" } else { "" })
}

pub mod spec;
