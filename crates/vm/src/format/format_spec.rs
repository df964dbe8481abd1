//! Parsing of the format-specification mini-language used by `format()` and
//! `str.format`: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`,
//! including the grouping/type compatibility checks CPython does at parse time.

use super::error::{FmtResult, FormatError};

/// Alignment of the formatted value inside the field width.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^`
    Center,
    /// `=`: padding between the sign (and prefix) and the digits.
    AfterSign,
}

/// The sign option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sign {
    /// `+`: sign for positive numbers too.
    Plus,
    /// `-`: sign for negative numbers only (the default).
    Minus,
    /// ` `: a space for positive numbers.
    Space,
}

/// The thousands-separator option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    /// `,`
    Comma,
    /// `_`
    Underscore,
}

impl Grouping {
    /// The separator character.
    pub fn separator(self) -> char {
        match self {
            Grouping::Comma => ',',
            Grouping::Underscore => '_',
        }
    }
}

/// A parsed format specification. `None` fields were not given.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormatSpec {
    /// Explicit fill character.
    pub fill: Option<char>,
    /// Explicit alignment.
    pub align: Option<Align>,
    /// Explicit sign option.
    pub sign: Option<Sign>,
    /// `z`: coerce negative zero to positive zero.
    pub no_neg_zero: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// `0` before the width: zero padding.
    pub zero_pad: bool,
    /// Minimum field width in characters.
    pub width: Option<usize>,
    /// Thousands separator.
    pub grouping: Option<Grouping>,
    /// Precision.
    pub precision: Option<usize>,
    /// Presentation type character.
    pub ty: Option<char>,
}

/// How CPython prints a presentation-type character inside an error message:
/// printable ASCII as itself, anything else as `\x<hex>`.
pub fn code_for_message(c: char) -> String {
    if (33..128).contains(&u32::from(c)) {
        c.to_string()
    } else {
        format!("\\x{:x}", u32::from(c))
    }
}

/// `Unknown format code 'X' for object of type 'T'`.
pub fn unknown_code(c: char, type_name: &str) -> FormatError {
    FormatError::value(format!(
        "Unknown format code '{}' for object of type '{type_name}'",
        code_for_message(c)
    ))
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// A cursor over the spec's characters.
struct Cursor {
    chars: Vec<char>,
    pos: usize,
}

impl Cursor {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn peek_at(&self, offset: usize) -> Option<char> {
        self.chars.get(self.pos + offset).copied()
    }

    fn eat(&mut self, c: char) -> bool {
        let hit = self.peek() == Some(c);
        if hit {
            self.pos += 1;
        }
        hit
    }

    /// Reads a run of decimal digits; `Ok(None)` when there is none.
    fn number(&mut self) -> FmtResult<Option<usize>> {
        let start = self.pos;
        let mut value: usize = 0;
        while let Some(d) = self.peek().and_then(|c| c.to_digit(10)) {
            value = value
                .checked_mul(10)
                .and_then(|v| v.checked_add(d as usize))
                .filter(|v| *v <= isize::MAX as usize)
                .ok_or_else(|| FormatError::value("Too many decimal digits in format string"))?;
            self.pos += 1;
        }
        Ok((self.pos > start).then_some(value))
    }
}

impl FormatSpec {
    /// Parses `spec` for an object of type `type_name` whose presentation
    /// type defaults to `default_type` (`'d'` for int, `'s'` for str, `None`
    /// for float). Errors carry CPython's messages.
    pub fn parse(spec: &str, type_name: &str, default_type: Option<char>) -> FmtResult<Self> {
        let mut cur = Cursor {
            chars: spec.chars().collect(),
            pos: 0,
        };
        let mut out = FormatSpec::default();
        if let Some(align) = cur.peek_at(1).and_then(align_of) {
            out.fill = cur.peek();
            out.align = Some(align);
            cur.pos = 2;
        } else if let Some(align) = cur.peek().and_then(align_of) {
            out.align = Some(align);
            cur.pos = 1;
        }
        out.sign = match cur.peek() {
            Some('+') => Some(Sign::Plus),
            Some('-') => Some(Sign::Minus),
            Some(' ') => Some(Sign::Space),
            _ => None,
        };
        if out.sign.is_some() {
            cur.pos += 1;
        }
        out.no_neg_zero = cur.eat('z');
        out.alternate = cur.eat('#');
        out.zero_pad = cur.eat('0');
        out.width = cur.number()?;
        out.grouping = parse_grouping(&mut cur)?;
        if cur.eat('.') {
            out.precision = cur.number()?;
            if out.precision.is_none() {
                return Err(FormatError::value("Format specifier missing precision"));
            }
        }
        let rest = &cur.chars[cur.pos..];
        if rest.len() > 1 {
            return Err(FormatError::value(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            )));
        }
        out.ty = rest.first().copied();
        out.check_grouping(out.ty.or(default_type))?;
        Ok(out)
    }

    fn check_grouping(&self, ty: Option<char>) -> FmtResult<()> {
        let Some(grouping) = self.grouping else {
            return Ok(());
        };
        let allowed = match ty {
            None => true,
            Some(t) => {
                "defgEG%F".contains(t) || (grouping == Grouping::Underscore && "boxX".contains(t))
            }
        };
        if allowed {
            return Ok(());
        }
        Err(FormatError::value(format!(
            "Cannot specify '{}' with '{}'.",
            grouping.separator(),
            code_for_message(ty.unwrap_or(' '))
        )))
    }

    /// The fill character in effect (`0` when zero padding was requested).
    pub fn fill_char(&self) -> char {
        self.fill.unwrap_or(if self.zero_pad { '0' } else { ' ' })
    }

    /// The alignment in effect for numbers.
    pub fn numeric_align(&self) -> Align {
        self.align.unwrap_or(if self.zero_pad {
            Align::AfterSign
        } else {
            Align::Right
        })
    }
}

fn parse_grouping(cur: &mut Cursor) -> FmtResult<Option<Grouping>> {
    let first = match cur.peek() {
        Some(',') => Grouping::Comma,
        Some('_') => Grouping::Underscore,
        _ => return Ok(None),
    };
    cur.pos += 1;
    let second = match cur.peek() {
        Some(',') => Grouping::Comma,
        Some('_') => Grouping::Underscore,
        _ => return Ok(Some(first)),
    };
    let message = if first == second {
        let c = first.separator();
        format!("Cannot specify '{c}' with '{c}'.")
    } else {
        "Cannot specify both ',' and '_'.".to_string()
    };
    Err(FormatError::value(message))
}
