//! `format(float, spec)`: the `e E f F g G n %` presentation types and the
//! default (none) type, plus the float-to-text core shared with `%`-formatting.

use super::error::{FmtResult, FormatError};
use super::float_repr::{exponent_suffix, fixed_digits, float_repr, repr_body, Digits};
use super::format_spec::{unknown_code, FormatSpec};
use super::int_fmt::sign_text;
use super::pad::{layout_number, NumberParts};

/// How a finite float is laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatStyle {
    /// `repr()`: shortest digits, exponent when `exp < -4 or exp >= 16`.
    Repr,
    /// The none type with a precision: like `g`, but exponent form from
    /// `exp >= precision - 1` and always a digit after the point.
    ReprPrecision(usize),
    /// `f`: this many digits after the point.
    Fixed(usize),
    /// `e`: this many digits after the point of the mantissa.
    Exponent(usize),
    /// `g`: this many significant digits (0 means 1).
    General(usize),
}

/// Largest precision CPython's float formatting accepts.
const MAX_PRECISION: usize = i32::MAX as usize;

/// `format(x, spec)` for a `float`.
pub fn format_float(x: f64, spec: &str) -> FmtResult {
    format_float_as(x, spec, "float")
}

/// `format(x, spec)` for a float whose type is called `type_name` in error
/// messages. An empty spec gives `repr(x)`.
pub fn format_float_as(x: f64, spec: &str, type_name: &str) -> FmtResult {
    if spec.is_empty() {
        return Ok(float_repr(x));
    }
    let parsed = FormatSpec::parse(spec, type_name, None)?;
    format_float_spec(x, &parsed, type_name)
}

/// Formats a float with an already parsed spec.
pub fn format_float_spec(x: f64, spec: &FormatSpec, type_name: &str) -> FmtResult {
    let ty = spec.ty;
    let style = match (ty, spec.precision) {
        (None, None) => FloatStyle::Repr,
        (None, Some(p)) => FloatStyle::ReprPrecision(p),
        (Some('e' | 'E'), p) => FloatStyle::Exponent(p.unwrap_or(6)),
        (Some('f' | 'F' | '%'), p) => FloatStyle::Fixed(p.unwrap_or(6)),
        (Some('g' | 'G' | 'n'), p) => FloatStyle::General(p.unwrap_or(6)),
        (Some(other), _) => return Err(unknown_code(other, type_name)),
    };
    if spec.precision.is_some_and(|p| p > MAX_PRECISION) {
        return Err(FormatError::value("precision too big"));
    }
    let upper = matches!(ty, Some('E' | 'F' | 'G'));
    let percent = ty == Some('%');
    let value = if percent { x * 100.0 } else { x };
    let mut parts = float_parts(value, style, spec.alternate, upper)?;
    if percent {
        parts.rest.push('%');
    }
    if spec.no_neg_zero && is_zero_text(&parts) {
        parts.sign = "";
    }
    parts.sign = sign_text(parts.sign == "-", spec.sign);
    let grouping = if value.is_finite() {
        spec.grouping.map(|g| (3, g.separator()))
    } else {
        None
    };
    layout_number(&parts, spec, grouping)
}

/// True when the rendered mantissa has only zero digits (`-0.00`, `-0e+00`).
fn is_zero_text(parts: &NumberParts) -> bool {
    let mantissa = parts.rest.split(['e', 'E']).next().unwrap_or("");
    parts
        .digits
        .chars()
        .chain(mantissa.chars())
        .all(|c| !c.is_ascii_digit() || c == '0')
        && parts.digits.chars().all(|c| c.is_ascii_digit())
}

/// Renders `x` in `style`: sign `-` (or empty; NaN is never negative), the
/// integer digits (or `inf`/`nan`) and the rest. `upper` upper-cases letters.
pub fn float_parts(
    x: f64,
    style: FloatStyle,
    alternate: bool,
    upper: bool,
) -> FmtResult<NumberParts> {
    let precision = match style {
        FloatStyle::Repr => 0,
        FloatStyle::ReprPrecision(p)
        | FloatStyle::Fixed(p)
        | FloatStyle::Exponent(p)
        | FloatStyle::General(p) => p,
    };
    if precision > MAX_PRECISION {
        return Err(FormatError::value("precision too big"));
    }
    let sign = if x.is_sign_negative() && !x.is_nan() {
        "-"
    } else {
        ""
    };
    let mut text = if x.is_nan() {
        "nan".to_string()
    } else if x.is_infinite() {
        "inf".to_string()
    } else {
        finite_body(x.abs(), style, alternate)
    };
    if upper {
        text.make_ascii_uppercase();
    }
    let split = if x.is_finite() {
        text.find(|c: char| !c.is_ascii_digit())
            .unwrap_or(text.len())
    } else {
        text.len()
    };
    let rest = text.split_off(split);
    Ok(NumberParts {
        sign,
        prefix: "",
        digits: text,
        rest,
    })
}

/// The unsigned text of a finite, non-negative float.
fn finite_body(x: f64, style: FloatStyle, alternate: bool) -> String {
    match style {
        FloatStyle::Repr => repr_body(x, alternate),
        FloatStyle::Fixed(p) => fixed(x, p, alternate),
        FloatStyle::Exponent(p) => {
            let d = Digits::significant(x, p.saturating_add(1));
            scientific(&d, alternate)
        }
        FloatStyle::General(p) => general(x, p.max(1), alternate, false),
        FloatStyle::ReprPrecision(p) => general(x, p.max(1), alternate, true),
    }
}

fn fixed(x: f64, precision: usize, alternate: bool) -> String {
    let mut s = fixed_digits(x, precision);
    if precision == 0 && alternate {
        s.push('.');
    }
    s
}

/// Mantissa and exponent from significant digits: `1.25e+03`.
fn scientific(d: &Digits, alternate: bool) -> String {
    let (first, frac) = d.scientific();
    let point = if frac.is_empty() && !alternate {
        ""
    } else {
        "."
    };
    format!("{first}{point}{frac}{}", exponent_suffix(d.exp, false))
}

/// `g` (and the none type with a precision when `repr_like`).
fn general(x: f64, precision: usize, alternate: bool, repr_like: bool) -> String {
    let mut d = Digits::significant(x, precision);
    let limit = if repr_like {
        precision as i64 - 1
    } else {
        precision as i64
    };
    if !alternate {
        d.trim_trailing_zeros();
    }
    if d.exp < -4 || d.exp >= limit {
        return scientific(&d, alternate);
    }
    let min_frac = if alternate {
        usize::try_from(precision as i64 - 1 - d.exp).unwrap_or(0)
    } else {
        0
    };
    let (int_part, mut frac) = d.positional(min_frac);
    if frac.is_empty() && repr_like {
        frac.push('0');
    }
    if frac.is_empty() && !alternate {
        int_part
    } else {
        format!("{int_part}.{frac}")
    }
}
