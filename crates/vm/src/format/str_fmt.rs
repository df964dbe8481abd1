//! `format(str, spec)`: precision truncation, alignment and fill for strings,
//! with CPython's rejections of numeric-only options.

use super::error::{FmtResult, FormatError};
use super::format_spec::{unknown_code, Align, FormatSpec, Sign};
use super::pad::pad_parts;

/// `format(value, spec)` for a `str`.
pub fn format_str(value: &str, spec: &str) -> FmtResult {
    format_str_as(value, spec, "str")
}

/// `format(value, spec)` for a str whose type is called `type_name` in error
/// messages.
pub fn format_str_as(value: &str, spec: &str, type_name: &str) -> FmtResult {
    if spec.is_empty() {
        return Ok(value.to_string());
    }
    let parsed = FormatSpec::parse(spec, type_name, Some('s'))?;
    format_str_spec(value, &parsed, type_name)
}

fn check_str_spec(spec: &FormatSpec) -> FmtResult<()> {
    let message = match spec.sign {
        Some(Sign::Space) => Some("Space not allowed in string format specifier"),
        Some(_) => Some("Sign not allowed in string format specifier"),
        None if spec.no_neg_zero => {
            Some("Negative zero coercion (z) not allowed in string format specifier")
        }
        None if spec.alternate => Some("Alternate form (#) not allowed in string format specifier"),
        None if spec.align == Some(Align::AfterSign) => {
            Some("'=' alignment not allowed in string format specifier")
        }
        None => None,
    };
    match message {
        Some(m) => Err(FormatError::value(m)),
        None => Ok(()),
    }
}

/// Formats a string with an already parsed spec.
pub fn format_str_spec(value: &str, spec: &FormatSpec, type_name: &str) -> FmtResult {
    if let Some(other) = spec.ty.filter(|t| *t != 's') {
        return Err(unknown_code(other, type_name));
    }
    check_str_spec(spec)?;
    let text = match spec.precision {
        Some(p) => match value.char_indices().nth(p) {
            Some((end, _)) => &value[..end],
            None => value,
        },
        None => value,
    };
    pad_text(text, spec.width.unwrap_or(0), spec.align, spec.fill_char())
}

/// Pads `text` to `width` characters (default left alignment).
pub fn pad_text(text: &str, width: usize, align: Option<Align>, fill: char) -> FmtResult {
    pad_parts("", text, width, align.unwrap_or(Align::Left), fill)
}
