//! `repr(float)` (shortest round-trip digits in Python's layout) and the
//! decimal-digit helpers that every float formatter builds on. Digits come
//! from Rust's float formatting, which is exact: `{:e}` yields the shortest
//! round-tripping digits and `{:.N e}` rounds the exact binary value
//! half-to-even, exactly like CPython's `repr` and `%.Ne`.

/// The most digits the helpers here produce (CPython's precision limit + 1).
pub const MAX_DIGITS: usize = 1 << 31;

/// More significant digits than any double's exact decimal expansion has.
pub const MAX_EXACT_DIGITS: usize = 800;

/// More fraction digits than any double's exact decimal expansion has.
pub const MAX_EXACT_FRACTION: usize = 1100;

/// `x` (finite) in positional notation with exactly `precision` fraction
/// digits, correctly rounded (half-even on the exact binary value).
pub fn fixed_digits(x: f64, precision: usize) -> String {
    let precision = precision.min(MAX_DIGITS);
    let computed = precision.min(MAX_EXACT_FRACTION);
    let mut s = format!("{x:.computed$}");
    s.push_str(&"0".repeat(precision - computed));
    s
}

/// Significant decimal digits of a finite, non-negative float: the value is
/// `0.d1d2d3... * 10^(exp + 1)`, i.e. `exp` is the decimal exponent of the
/// first digit. Zero is the digit `0` with `exp == 0`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Digits {
    /// ASCII digits, at least one.
    pub digits: String,
    /// Decimal exponent of the first digit.
    pub exp: i64,
}

impl Digits {
    /// The shortest digits that read back as `x` (`x` finite; its sign is ignored).
    pub fn shortest(x: f64) -> Self {
        Self::from_sci(&format!("{:e}", x.abs()))
    }

    /// `x` correctly rounded to `count` significant digits (`count` is
    /// clamped to `1..=MAX_DIGITS`).
    pub fn significant(x: f64, count: usize) -> Self {
        let count = count.clamp(1, MAX_DIGITS);
        // Rust's formatter caps precision at u16::MAX; no double has more
        // than 767 significant digits, so beyond that only zeros follow.
        let computed = count.min(MAX_EXACT_DIGITS);
        let mut d = Self::from_sci(&format!("{:.*e}", computed - 1, x.abs()));
        d.digits.push_str(&"0".repeat(count - computed));
        d
    }

    /// Parses Rust's `{:e}` output (`1.25e-3`, `5e0`).
    fn from_sci(text: &str) -> Self {
        let (mantissa, exp) = text.split_once('e').unwrap_or((text, "0"));
        let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
        let digits = if digits.is_empty() {
            "0".into()
        } else {
            digits
        };
        Self {
            digits,
            exp: exp.parse().unwrap_or(0),
        }
    }

    /// Splits into integer and fraction digit strings for positional notation,
    /// padding with zeros so the fraction has at least `min_frac` digits.
    pub fn positional(&self, min_frac: usize) -> (String, String) {
        let (int_part, mut frac) = if self.exp >= 0 {
            let split = usize::try_from(self.exp + 1).unwrap_or(usize::MAX);
            if split >= self.digits.len() {
                let zeros = split - self.digits.len();
                (
                    format!("{}{}", self.digits, "0".repeat(zeros)),
                    String::new(),
                )
            } else {
                let (a, b) = self.digits.split_at(split);
                (a.to_string(), b.to_string())
            }
        } else {
            let zeros = usize::try_from(-self.exp - 1).unwrap_or(0);
            (
                "0".to_string(),
                format!("{}{}", "0".repeat(zeros), self.digits),
            )
        };
        while frac.len() < min_frac {
            frac.push('0');
        }
        (int_part, frac)
    }

    /// Splits into the leading digit and the remaining (fraction) digits for
    /// scientific notation.
    pub fn scientific(&self) -> (String, String) {
        let mut chars = self.digits.chars();
        let first = chars.next().unwrap_or('0');
        (first.to_string(), chars.collect())
    }

    /// Drops trailing zeros (keeping at least one digit).
    pub fn trim_trailing_zeros(&mut self) {
        let keep = self.digits.trim_end_matches('0').len().max(1);
        self.digits.truncate(keep);
    }
}

/// Python's exponent suffix: `e+05`, `E-123` (at least two digits).
pub fn exponent_suffix(exp: i64, upper: bool) -> String {
    let e = if upper { 'E' } else { 'e' };
    let sign = if exp < 0 { '-' } else { '+' };
    format!("{e}{sign}{:02}", exp.unsigned_abs())
}

/// `repr(x)` / `str(x)` for a Python float.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x.is_infinite() {
        return format!("{sign}inf");
    }
    format!("{sign}{}", repr_body(x, false))
}

/// The unsigned repr text of a finite `x`; `alternate` forces a decimal
/// point in exponent form (`format(1e16, '#')` is `1.e+16`).
pub fn repr_body(x: f64, alternate: bool) -> String {
    let d = Digits::shortest(x);
    if d.exp < -4 || d.exp >= 16 {
        let (first, rest) = d.scientific();
        let point = if rest.is_empty() && !alternate {
            ""
        } else {
            "."
        };
        format!("{first}{point}{rest}{}", exponent_suffix(d.exp, false))
    } else {
        let (int_part, frac) = d.positional(1);
        format!("{int_part}.{frac}")
    }
}
