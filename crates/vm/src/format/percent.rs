//! printf-style `%` formatting in two phases: [`PercentParser`] /
//! [`parse_percent`] split a format string into literals and conversion specs
//! (flags `-+ #0`, width, precision, `*`, `%(key)`), and
//! [`render_percent_spec`] renders one spec for one already-fetched argument.
//! The VM drives the argument loop (and raises the "not enough arguments" /
//! "not all arguments converted" errors from [`super::error`]).

use num_bigint::BigInt;
use num_traits::{FromPrimitive, Signed};

use super::error::{FmtResult, FormatError, FORMAT_REQUIRES_MAPPING, STAR_PRECISION_TOO_LARGE};
use super::float_fmt::{float_parts, FloatStyle};
use super::format_spec::{Align, FormatSpec, Sign};
use super::int_fmt::{int_to_char, int_to_f64, sign_text};
use super::pad::{layout_number, pad_parts, NumberParts};

/// One argument, already converted by the caller as the conversion needs:
/// `%s`/`%r`/`%a` take `Str` holding `str()`/`repr()`/`ascii()` of the object.
#[derive(Clone, Debug, PartialEq)]
pub enum PercentArg {
    /// An `int` (or `bool`).
    Int(BigInt),
    /// A `float`.
    Float(f64),
    /// A `str` (the object itself for `%c`/`%d`, or its converted text).
    Str(String),
    /// Any other object, by its type name (for the `TypeError` messages).
    Other(String),
}

/// The `-+ #0` flags.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// `-`: left-justify.
    pub left: bool,
    /// `+`: always a sign.
    pub plus: bool,
    /// ` `: a space before positive numbers.
    pub space: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// `0`: zero padding.
    pub zero: bool,
}

/// A width or precision: a number, or `*` (taken from the arguments).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PercentCount {
    /// Given in the format string (or resolved from a `*` argument).
    Fixed(usize),
    /// `*`: the next argument supplies it; resolve with
    /// [`PercentSpec::set_star_width`] / [`PercentSpec::set_star_precision`].
    Star,
}

/// One conversion specification.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PercentSpec {
    /// `%(key)s`: the mapping key.
    pub key: Option<String>,
    /// Flags.
    pub flags: PercentFlags,
    /// Minimum width.
    pub width: Option<PercentCount>,
    /// Precision.
    pub precision: Option<PercentCount>,
    /// The conversion character (validated only when rendering, as CPython
    /// fetches the argument first).
    pub conversion: char,
    /// Character index of the conversion character in the format string.
    pub index: usize,
}

/// A piece of a parsed `%` format string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PercentPiece {
    /// Literal text (with `%%` already turned into `%`).
    Literal(String),
    /// Only from [`PercentParser::keys_first`]: the `%(key)` of the next
    /// spec, yielded before the rest of that spec is parsed. CPython looks
    /// the key up at this point, so a `KeyError` comes before errors in the
    /// rest of the spec; the caller fetches the value here and uses it as
    /// the (single) argument from now on.
    Key(String),
    /// A conversion that consumes an argument.
    Spec(PercentSpec),
}

impl PercentSpec {
    /// Applies a `*` width argument: negative means left-justified.
    pub fn set_star_width(&mut self, value: i64) {
        if value < 0 {
            self.flags.left = true;
        }
        let width = usize::try_from(value.unsigned_abs()).unwrap_or(usize::MAX);
        self.width = Some(PercentCount::Fixed(width));
    }

    /// Applies a `*` precision argument (negative counts as 0); values beyond
    /// a C int are an `OverflowError`.
    pub fn set_star_precision(&mut self, value: i64) -> FmtResult<()> {
        if value > i64::from(i32::MAX) || value < i64::from(i32::MIN) {
            return Err(FormatError::overflow(STAR_PRECISION_TOO_LARGE));
        }
        let precision = usize::try_from(value.max(0)).unwrap_or(0);
        self.precision = Some(PercentCount::Fixed(precision));
        Ok(())
    }

    fn width_value(&self) -> usize {
        match self.width {
            Some(PercentCount::Fixed(w)) => w,
            _ => 0,
        }
    }

    fn precision_value(&self) -> Option<usize> {
        match self.precision {
            Some(PercentCount::Fixed(p)) => Some(p),
            _ => None,
        }
    }

    fn sign_option(&self) -> Option<Sign> {
        if self.flags.plus {
            Some(Sign::Plus)
        } else if self.flags.space {
            Some(Sign::Space)
        } else {
            None
        }
    }

    /// The equivalent padding-only format spec.
    fn layout_spec(&self, numeric: bool) -> FormatSpec {
        let zero = numeric && self.flags.zero && !self.flags.left;
        let align = match (self.flags.left, zero) {
            (true, _) => Align::Left,
            (false, true) => Align::AfterSign,
            (false, false) => Align::Right,
        };
        FormatSpec {
            fill: Some(if zero { '0' } else { ' ' }),
            align: Some(align),
            width: Some(self.width_value()),
            ..FormatSpec::default()
        }
    }
}

/// Lazily splits a `%` format string, yielding errors where CPython meets them.
pub struct PercentParser {
    chars: Vec<char>,
    pos: usize,
    failed: bool,
    /// `Some(is_mapping)` in [`PercentParser::keys_first`] mode.
    keys_first: Option<bool>,
    /// A key already yielded as [`PercentPiece::Key`] whose spec is unparsed.
    pending_key: Option<String>,
}

impl PercentParser {
    /// A parser over `fmt`.
    pub fn new(fmt: &str) -> Self {
        Self {
            chars: fmt.chars().collect(),
            pos: 0,
            failed: false,
            keys_first: None,
            pending_key: None,
        }
    }

    /// CPython's exact order for `%(key)`: a `%(` when the argument is not a
    /// mapping (`is_mapping` false) is the `TypeError`
    /// [`FORMAT_REQUIRES_MAPPING`] before the key is even parsed, and each
    /// key is yielded as [`PercentPiece::Key`] before the rest of its spec.
    pub fn keys_first(mut self, is_mapping: bool) -> Self {
        self.keys_first = Some(is_mapping);
        self
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn next_char(&mut self) -> FmtResult<char> {
        let c = self
            .peek()
            .ok_or_else(|| FormatError::value("incomplete format"))?;
        self.pos += 1;
        Ok(c)
    }

    fn literal(&mut self) -> String {
        let mut text = String::new();
        while let Some(c) = self.peek() {
            if c == '%' {
                if self.chars.get(self.pos + 1) != Some(&'%') {
                    break;
                }
                self.pos += 1;
            }
            text.push(c);
            self.pos += 1;
        }
        text
    }

    fn key(&mut self) -> FmtResult<Option<String>> {
        if self.peek() != Some('(') {
            return Ok(None);
        }
        self.pos += 1;
        let mut depth = 1;
        let mut key = String::new();
        loop {
            let c = self
                .peek()
                .ok_or_else(|| FormatError::value("incomplete format key"))?;
            self.pos += 1;
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ => {}
            }
            if depth == 0 {
                return Ok(Some(key));
            }
            key.push(c);
        }
    }

    fn flags(&mut self) -> PercentFlags {
        let mut flags = PercentFlags::default();
        while let Some(c) = self.peek() {
            match c {
                '-' => flags.left = true,
                '+' => flags.plus = true,
                ' ' => flags.space = true,
                '#' => flags.alternate = true,
                '0' => flags.zero = true,
                _ => break,
            }
            self.pos += 1;
        }
        flags
    }

    fn count(&mut self, too_big: &str) -> FmtResult<Option<PercentCount>> {
        if self.peek() == Some('*') {
            self.pos += 1;
            return Ok(Some(PercentCount::Star));
        }
        let mut value: Option<usize> = None;
        while let Some(d) = self.peek().and_then(|c| c.to_digit(10)) {
            let next = value
                .unwrap_or(0)
                .checked_mul(10)
                .and_then(|v| v.checked_add(d as usize))
                .filter(|v| *v <= isize::MAX as usize)
                .ok_or_else(|| FormatError::value(too_big))?;
            value = Some(next);
            self.pos += 1;
        }
        Ok(value.map(PercentCount::Fixed))
    }

    fn spec(&mut self) -> FmtResult<PercentPiece> {
        self.pos += 1; // the '%'
        if let (Some(is_mapping), Some('(')) = (self.keys_first, self.peek()) {
            if !is_mapping {
                return Err(FormatError::type_error(FORMAT_REQUIRES_MAPPING));
            }
            let key = self.key()?.unwrap_or_default();
            self.pending_key = Some(key.clone());
            return Ok(PercentPiece::Key(key));
        }
        let key = self.key()?;
        self.spec_rest(key).map(PercentPiece::Spec)
    }

    /// The flags, width, precision and conversion after the key.
    fn spec_rest(&mut self, key: Option<String>) -> FmtResult<PercentSpec> {
        let flags = self.flags();
        let width = self.count("width too big")?;
        let mut precision = None;
        if self.peek() == Some('.') {
            self.pos += 1;
            precision = Some(
                self.count("precision too big")?
                    .unwrap_or(PercentCount::Fixed(0)),
            );
        }
        if matches!(self.peek(), Some('h' | 'l' | 'L')) {
            self.pos += 1;
        }
        let index = self.pos;
        let conversion = self.next_char()?;
        Ok(PercentSpec {
            key,
            flags,
            width,
            precision,
            conversion,
            index,
        })
    }
}

impl Iterator for PercentParser {
    type Item = FmtResult<PercentPiece>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        let piece = if let Some(key) = self.pending_key.take() {
            self.spec_rest(Some(key)).map(PercentPiece::Spec)
        } else {
            if self.pos >= self.chars.len() {
                return None;
            }
            let text = self.literal();
            if !text.is_empty() {
                return Some(Ok(PercentPiece::Literal(text)));
            }
            self.spec()
        };
        self.failed = piece.is_err();
        Some(piece)
    }
}

/// Parses a whole `%` format string eagerly (the first error wins).
pub fn parse_percent(fmt: &str) -> FmtResult<Vec<PercentPiece>> {
    PercentParser::new(fmt).collect()
}

fn unsupported(spec: &PercentSpec) -> FormatError {
    let c = spec.conversion;
    // CPython shows the characters 31..=126 as themselves.
    let shown = if ('\u{1f}'..='~').contains(&c) {
        c
    } else {
        '?'
    };
    FormatError::value(format!(
        "unsupported format character '{shown}' (0x{:x}) at index {}",
        u32::from(c),
        spec.index
    ))
}

fn type_name(arg: &PercentArg) -> &str {
    match arg {
        PercentArg::Int(_) => "int",
        PercentArg::Float(_) => "float",
        PercentArg::Str(_) => "str",
        PercentArg::Other(name) => name,
    }
}

/// Renders one conversion for its argument (the conversion `%` itself, as
/// in `%5%`, is "unsupported", like CPython).
pub fn render_percent_spec(spec: &PercentSpec, arg: &PercentArg) -> FmtResult {
    match spec.conversion {
        's' | 'r' | 'a' => render_text(spec, arg),
        'c' => render_char(spec, arg),
        'd' | 'i' | 'u' => {
            let value = match arg {
                PercentArg::Int(v) => v.clone(),
                PercentArg::Float(f) => float_to_int(*f)?,
                other => {
                    return Err(FormatError::type_error(format!(
                        "%{} format: a real number is required, not {}",
                        spec.conversion,
                        type_name(other)
                    )))
                }
            };
            render_int(spec, &value)
        }
        'o' | 'x' | 'X' => match arg {
            PercentArg::Int(v) => render_int(spec, v),
            other => Err(FormatError::type_error(format!(
                "%{} format: an integer is required, not {}",
                spec.conversion,
                type_name(other)
            ))),
        },
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let value = match arg {
                PercentArg::Float(f) => *f,
                PercentArg::Int(v) => int_to_f64(v)?,
                other => {
                    return Err(FormatError::type_error(format!(
                        "must be real number, not {}",
                        type_name(other)
                    )))
                }
            };
            render_float(spec, value)
        }
        _ => Err(unsupported(spec)),
    }
}

/// `int(x)` for a float: truncation, with CPython's errors for inf and nan.
pub fn float_to_int(x: f64) -> FmtResult<BigInt> {
    if x.is_nan() {
        return Err(FormatError::value("cannot convert float NaN to integer"));
    }
    BigInt::from_f64(x.trunc())
        .ok_or_else(|| FormatError::overflow("cannot convert float infinity to integer"))
}

fn render_text(spec: &PercentSpec, arg: &PercentArg) -> FmtResult {
    let text = match arg {
        PercentArg::Str(s) => s.clone(),
        PercentArg::Int(v) => v.to_string(),
        PercentArg::Float(f) => super::float_repr::float_repr(*f),
        PercentArg::Other(name) => {
            return Err(FormatError::type_error(format!(
                "%{} needs a converted argument, not {name}",
                spec.conversion
            )))
        }
    };
    let text = match spec.precision_value() {
        Some(p) => text.chars().take(p).collect(),
        None => text,
    };
    pad_spec(spec, &text)
}

fn render_char(spec: &PercentSpec, arg: &PercentArg) -> FmtResult {
    let c = match arg {
        PercentArg::Int(v) => int_to_char(v)?,
        PercentArg::Str(s) if s.chars().count() == 1 => s.chars().next().unwrap_or(' '),
        _ => return Err(FormatError::type_error("%c requires int or char")),
    };
    pad_spec(spec, &c.to_string())
}

fn pad_spec(spec: &PercentSpec, text: &str) -> FmtResult {
    let align = if spec.flags.left {
        Align::Left
    } else {
        Align::Right
    };
    pad_parts("", text, spec.width_value(), align, ' ')
}

fn render_int(spec: &PercentSpec, value: &BigInt) -> FmtResult {
    let (radix, prefix) = match spec.conversion {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = value.magnitude().to_str_radix(radix);
    if spec.conversion == 'X' {
        digits.make_ascii_uppercase();
    }
    if let Some(p) = spec.precision_value() {
        if p >= (i32::MAX - 2) as usize {
            return Err(FormatError::overflow("precision too large"));
        }
        if p > digits.len() {
            digits = format!("{}{digits}", "0".repeat(p - digits.len()));
        }
    }
    let parts = NumberParts {
        sign: sign_text(value.is_negative(), spec.sign_option()),
        prefix: if spec.flags.alternate { prefix } else { "" },
        digits,
        rest: String::new(),
    };
    layout_number(&parts, &spec.layout_spec(true), None)
}

fn render_float(spec: &PercentSpec, value: f64) -> FmtResult {
    let precision = spec.precision_value().unwrap_or(6);
    if precision > i32::MAX as usize {
        return Err(FormatError::value("precision too big"));
    }
    let style = match spec.conversion {
        'e' | 'E' => FloatStyle::Exponent(precision),
        'f' | 'F' => FloatStyle::Fixed(precision),
        _ => FloatStyle::General(precision),
    };
    let upper = spec.conversion.is_ascii_uppercase();
    let mut parts = float_parts(value, style, spec.flags.alternate, upper)?;
    parts.sign = sign_text(parts.sign == "-", spec.sign_option());
    layout_number(&parts, &spec.layout_spec(true), None)
}
