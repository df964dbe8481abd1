//! Field layout shared by all formatters: thousands grouping (including
//! CPython's grouped zero padding), alignment and fill.

use super::error::{FmtResult, FormatError};
use super::format_spec::{Align, FormatSpec};

/// A number split into the pieces that padding and grouping care about.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NumberParts {
    /// `-`, `+`, ` ` or empty.
    pub sign: &'static str,
    /// `0x`-style prefix or empty.
    pub prefix: &'static str,
    /// The integer digits that grouping applies to (or `inf`/`nan`).
    pub digits: String,
    /// Everything after the integer digits: fraction, exponent, `%`.
    pub rest: String,
}

/// An empty string with room for `extra` more bytes, or `MemoryError`.
pub fn reserve(extra: usize) -> FmtResult<String> {
    let mut s = String::new();
    s.try_reserve(extra).map_err(|_| FormatError::memory())?;
    Ok(s)
}

/// `count` copies of `fill`, failing with `MemoryError` instead of aborting.
pub fn repeat_fill(fill: char, count: usize) -> FmtResult<String> {
    let bytes = count
        .checked_mul(fill.len_utf8())
        .ok_or_else(FormatError::memory)?;
    let mut s = reserve(bytes)?;
    s.extend(std::iter::repeat_n(fill, count));
    Ok(s)
}

/// Inserts `sep` every `group` digits from the right; while the result is
/// shorter than `min_width`, pads with `0` digits (never starting with `sep`).
pub fn group_digits(digits: &str, group: usize, sep: char, min_width: usize) -> FmtResult<String> {
    let group = group.max(1);
    let src: Vec<char> = digits.chars().rev().collect();
    let mut rev: Vec<char> = Vec::new();
    rev.try_reserve(min_width.max(src.len() * 2))
        .map_err(|_| FormatError::memory())?;
    let mut i = 0;
    while i < src.len() || rev.len() < min_width {
        if i > 0 && i % group == 0 {
            rev.push(sep);
        }
        rev.push(src.get(i).copied().unwrap_or('0'));
        i += 1;
    }
    Ok(rev.into_iter().rev().collect())
}

/// Pads `head` + `body` to `width` characters with `fill` per `align`; for
/// [`Align::AfterSign`] the padding goes between `head` (sign and prefix)
/// and `body`.
pub fn pad_parts(
    head: &str,
    body: &str,
    width: usize,
    align: Align,
    fill: char,
) -> FmtResult<String> {
    let len = head.chars().count() + body.chars().count();
    let missing = width.saturating_sub(len);
    let (left, right) = match align {
        Align::Left => (0, missing),
        Align::Right | Align::AfterSign => (missing, 0),
        Align::Center => (missing / 2, missing - missing / 2),
    };
    let left_fill = repeat_fill(fill, left)?;
    let right_fill = repeat_fill(fill, right)?;
    let mut out = reserve(head.len() + body.len() + left_fill.len() + right_fill.len())?;
    if align == Align::AfterSign {
        out.push_str(head);
        out.push_str(&left_fill);
    } else {
        out.push_str(&left_fill);
        out.push_str(head);
    }
    out.push_str(body);
    out.push_str(&right_fill);
    Ok(out)
}

/// Lays out a number: groups its digits per `grouping` (`(group size,
/// separator)`), then pads to the spec's width with numeric defaults.
pub fn layout_number(
    parts: &NumberParts,
    spec: &FormatSpec,
    grouping: Option<(usize, char)>,
) -> FmtResult<String> {
    let fill = spec.fill_char();
    let align = spec.numeric_align();
    let width = spec.width.unwrap_or(0);
    let head = format!("{}{}", parts.sign, parts.prefix);
    let digits = match grouping {
        Some((size, sep)) => {
            let min = if fill == '0' && align == Align::AfterSign {
                width.saturating_sub(head.len() + parts.rest.chars().count())
            } else {
                0
            };
            group_digits(&parts.digits, size, sep, min)?
        }
        None => parts.digits.clone(),
    };
    let body = format!("{digits}{}", parts.rest);
    pad_parts(&head, &body, width, align, fill)
}
