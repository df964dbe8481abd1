//! `format(int, spec)`: the `b c d o x X n` presentation types (float types
//! are delegated to the float formatter after conversion), plus the
//! `bin`/`oct`/`hex` helper and exact int-to-float conversion.

use num_bigint::{BigInt, Sign as BigSign};
use num_traits::{Signed, ToPrimitive};

use super::error::{FmtResult, FormatError, CHAR_NOT_IN_RANGE, INT_TOO_LARGE_FOR_FLOAT};
use super::float_fmt::format_float_spec;
use super::format_spec::{unknown_code, FormatSpec, Grouping, Sign};
use super::pad::{layout_number, NumberParts};

/// `bin`/`oct`/`hex` text (`radix` 2, 8 or 16; anything else is treated as
/// 10): `hex(-255)` is `-0xff`; without `with_prefix` just the signed digits.
pub fn int_to_str_radix(value: &BigInt, radix: u32, with_prefix: bool) -> String {
    let radix = if matches!(radix, 2 | 8 | 16) {
        radix
    } else {
        10
    };
    let prefix = match (with_prefix, radix) {
        (true, 2) => "0b",
        (true, 8) => "0o",
        (true, 16) => "0x",
        _ => "",
    };
    let sign = if value.is_negative() { "-" } else { "" };
    format!("{sign}{prefix}{}", value.magnitude().to_str_radix(radix))
}

/// Python's `float(int)`: correctly rounded, `OverflowError` when too large.
pub fn int_to_f64(value: &BigInt) -> FmtResult<f64> {
    match value.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(FormatError::overflow(INT_TOO_LARGE_FOR_FLOAT)),
    }
}

/// `format(value, spec)` for an `int`.
pub fn format_int(value: &BigInt, spec: &str) -> FmtResult {
    format_int_as(value, spec, "int")
}

/// `format(value, spec)` for an int whose type is called `type_name` in
/// error messages (e.g. `bool`). An empty spec gives `str(int)`.
pub fn format_int_as(value: &BigInt, spec: &str, type_name: &str) -> FmtResult {
    if spec.is_empty() {
        return Ok(value.to_string());
    }
    let parsed = FormatSpec::parse(spec, type_name, Some('d'))?;
    format_int_spec(value, &parsed, type_name)
}

/// Formats an int with an already parsed spec.
pub fn format_int_spec(value: &BigInt, spec: &FormatSpec, type_name: &str) -> FmtResult {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            format_float_spec(int_to_f64(value)?, spec, type_name)
        }
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_integer(value, spec, ty),
        other => Err(unknown_code(other, type_name)),
    }
}

fn check_integer_spec(spec: &FormatSpec, ty: char) -> FmtResult<()> {
    if spec.precision.is_some() {
        return Err(FormatError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_zero {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(FormatError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(FormatError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
    }
    Ok(())
}

/// The character for `%c` / `format(i, 'c')`.
pub fn int_to_char(value: &BigInt) -> FmtResult<char> {
    value
        .to_u32()
        .filter(|c| *c < 0x11_0000)
        .ok_or_else(|| FormatError::overflow(CHAR_NOT_IN_RANGE))?;
    // Lone surrogates cannot live in a Rust string (corelab's `chr` rejects
    // them too), so they get the same error.
    value
        .to_u32()
        .and_then(char::from_u32)
        .ok_or_else(|| FormatError::overflow(CHAR_NOT_IN_RANGE))
}

/// The sign text for a number given the spec's sign option.
pub fn sign_text(negative: bool, sign: Option<Sign>) -> &'static str {
    match (negative, sign) {
        (true, _) => "-",
        (false, Some(Sign::Plus)) => "+",
        (false, Some(Sign::Space)) => " ",
        _ => "",
    }
}

fn format_integer(value: &BigInt, spec: &FormatSpec, ty: char) -> FmtResult {
    check_integer_spec(spec, ty)?;
    if ty == 'c' {
        if value.to_i64().is_none() {
            return Err(FormatError::overflow(
                "Python int too large to convert to C long",
            ));
        }
        let parts = NumberParts {
            digits: int_to_char(value)?.to_string(),
            ..NumberParts::default()
        };
        return layout_number(&parts, spec, None);
    }
    let radix = match ty {
        'b' => 2,
        'o' => 8,
        'x' | 'X' => 16,
        _ => 10,
    };
    let mut digits = value.magnitude().to_str_radix(radix);
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let prefix = match (spec.alternate, ty) {
        (true, 'b') => "0b",
        (true, 'o') => "0o",
        (true, 'x') => "0x",
        (true, 'X') => "0X",
        _ => "",
    };
    let parts = NumberParts {
        sign: sign_text(value.sign() == BigSign::Minus, spec.sign),
        prefix,
        digits,
        rest: String::new(),
    };
    let group_size = if radix == 10 { 3 } else { 4 };
    let grouping = spec.grouping.map(|g| match g {
        Grouping::Comma => (group_size, ','),
        Grouping::Underscore => (group_size, '_'),
    });
    layout_number(&parts, spec, grouping)
}
