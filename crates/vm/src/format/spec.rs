//! The format-specification mini-language (`format(x, spec)`, f-string
//! `{x:spec}`, `str.format`): parsing a spec and applying it to ints,
//! floats and strs with CPython's rules and error messages.

use num_bigint::BigInt;
use num_traits::Signed;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub alternate: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

/// A formatting error: (is it a ValueError, message).
pub type FmtErr = String;

pub fn parse(spec: &str) -> Result<Spec, FmtErr> {
    let cs: Vec<char> = spec.chars().collect();
    let mut s = Spec::default();
    let mut i = 0;
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    if cs.len() >= 2 && is_align(cs[1]) {
        s.fill = Some(cs[0]);
        s.align = Some(cs[1]);
        i = 2;
    } else if !cs.is_empty() && is_align(cs[0]) {
        s.align = Some(cs[0]);
        i = 1;
    }
    if i < cs.len() && matches!(cs[i], '+' | '-' | ' ') {
        s.sign = Some(cs[i]);
        i += 1;
    }
    if i < cs.len() && cs[i] == 'z' {
        i += 1;
    }
    if i < cs.len() && cs[i] == '#' {
        s.alternate = true;
        i += 1;
    }
    if i < cs.len() && cs[i] == '0' {
        s.zero = true;
        i += 1;
    }
    let start = i;
    while i < cs.len() && cs[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        s.width = cs[start..i].iter().collect::<String>().parse().ok();
    }
    if i < cs.len() && matches!(cs[i], ',' | '_') {
        s.grouping = Some(cs[i]);
        i += 1;
    }
    if i < cs.len() && cs[i] == '.' {
        i += 1;
        let p0 = i;
        while i < cs.len() && cs[i].is_ascii_digit() {
            i += 1;
        }
        if i == p0 {
            return Err("Format specifier missing precision".into());
        }
        s.precision = cs[p0..i].iter().collect::<String>().parse().ok();
    }
    if i < cs.len() {
        s.ty = Some(cs[i]);
        i += 1;
    }
    if i < cs.len() {
        return Err("Invalid format specifier".into());
    }
    Ok(s)
}

/// Pads `body` (with its sign/prefix split off) to the spec's width.
fn pad(s: &Spec, sign: &str, body: &str, default_align: char) -> String {
    let fill = s.fill.unwrap_or(if s.zero && s.align.is_none() {
        '0'
    } else {
        ' '
    });
    let align = s.align.unwrap_or(if s.zero && s.fill.is_none() {
        '='
    } else {
        default_align
    });
    let width = s.width.unwrap_or(0);
    let len = sign.chars().count() + body.chars().count();
    if len >= width {
        return format!("{sign}{body}");
    }
    let n = width - len;
    let f = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    match align {
        '<' => format!("{sign}{body}{}", f(n)),
        '>' => format!("{}{sign}{body}", f(n)),
        '^' => format!("{}{sign}{body}{}", f(n / 2), f(n - n / 2)),
        _ => format!("{sign}{}{body}", f(n)),
    }
}

/// Inserts grouping separators every `every` digits of an integer part.
fn group(digits: &str, sep: char, every: usize) -> String {
    let cs: Vec<char> = digits.chars().collect();
    let mut out = String::new();
    for (i, c) in cs.iter().enumerate() {
        if i > 0 && (cs.len() - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(*c);
    }
    out
}

fn sign_str(neg: bool, s: &Spec) -> &'static str {
    match (neg, s.sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// Applies a spec to an int.
pub fn format_int(v: &BigInt, s: &Spec) -> Result<String, FmtErr> {
    let ty = s.ty.unwrap_or('d');
    if matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        let f = num_traits::ToPrimitive::to_f64(v).unwrap_or(f64::INFINITY);
        return format_float(f, s);
    }
    if s.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".into());
    }
    let neg = v.is_negative();
    let mag = v.abs();
    let (radix, prefix) = match ty {
        'd' | 'n' => (10, ""),
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        'c' => {
            let c = num_traits::ToPrimitive::to_u32(v)
                .and_then(char::from_u32)
                .ok_or("%c arg not in range(0x110000)")?;
            return Ok(pad(s, "", &c.to_string(), '<'));
        }
        other => {
            return Err(format!(
                "Unknown format code '{other}' for object of type 'int'"
            ))
        }
    };
    let mut digits = mag.to_str_radix(radix);
    if ty == 'X' {
        digits = digits.to_uppercase();
    }
    if let Some(g) = s.grouping {
        let every = if radix == 10 { 3 } else { 4 };
        if g == ',' && radix != 10 {
            return Err(format!("Cannot specify ',' with '{ty}'."));
        }
        digits = zero_pad_grouped(
            s,
            &digits,
            g,
            every,
            sign_str(neg, s).len() + if s.alternate { prefix.len() } else { 0 },
        );
    }
    let head = format!(
        "{}{}",
        sign_str(neg, s),
        if s.alternate { prefix } else { "" }
    );
    Ok(pad(s, &head, &digits, '>'))
}

/// Grouped digits, zero-padded to the width when `0` was given (CPython
/// puts separators into the padding too).
fn zero_pad_grouped(s: &Spec, digits: &str, sep: char, every: usize, head_len: usize) -> String {
    let mut grouped = group(digits, sep, every);
    if s.zero && s.align.is_none() {
        if let Some(w) = s.width {
            let mut d = digits.to_string();
            while grouped.chars().count() + head_len < w {
                d.insert(0, '0');
                grouped = group(&d, sep, every);
            }
        }
    }
    grouped
}

/// Applies a spec to a float.
pub fn format_float(f: f64, s: &Spec) -> Result<String, FmtErr> {
    let neg = f.is_sign_negative() && !f.is_nan();
    let a = f.abs();
    let ty = s.ty;
    let body = if !a.is_finite() {
        let t = if a.is_nan() { "nan" } else { "inf" };
        if matches!(ty, Some('E' | 'F' | 'G')) {
            t.to_uppercase()
        } else {
            t.to_string()
        }
    } else {
        match ty {
            Some('f' | 'F') => fixed(a, s.precision.unwrap_or(6), s),
            Some('e' | 'E') => {
                let r = sci(a, s.precision.unwrap_or(6), s.alternate);
                if ty == Some('E') {
                    r.to_uppercase()
                } else {
                    r
                }
            }
            Some('%') => format!("{}%", fixed(a * 100.0, s.precision.unwrap_or(6), s)),
            Some('g' | 'G') => {
                let r = general(a, s.precision.unwrap_or(6), s.alternate, false);
                if ty == Some('G') {
                    r.to_uppercase()
                } else {
                    r
                }
            }
            None => match s.precision {
                None => super::float_repr(a),
                Some(p) => general(a, p, s.alternate, true),
            },
            Some('n') => general(a, s.precision.unwrap_or(6), s.alternate, false),
            Some(other) => {
                return Err(format!(
                    "Unknown format code '{other}' for object of type 'float'"
                ))
            }
        }
    };
    let sign = sign_str(neg, s);
    let body = group_float(&body, s, sign.len());
    Ok(pad(s, sign, &body, '>'))
}

fn group_float(body: &str, s: &Spec, sign_len: usize) -> String {
    let Some(sep) = s.grouping else {
        return body.to_string();
    };
    if !body.starts_with(|c: char| c.is_ascii_digit()) {
        return body.to_string();
    }
    let split = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    let (int, rest) = body.split_at(split);
    format!(
        "{}{rest}",
        zero_pad_grouped(s, int, sep, 3, sign_len + rest.chars().count())
    )
}

fn fixed(a: f64, p: usize, s: &Spec) -> String {
    let r = format!("{a:.p$}");
    if s.alternate && p == 0 {
        format!("{r}.")
    } else {
        r
    }
}

fn sci(a: f64, p: usize, alternate: bool) -> String {
    let r = format!("{a:.p$e}");
    let (m, e) = r.split_once('e').unwrap_or((&r, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    let m = if alternate && p == 0 {
        format!("{m}.")
    } else {
        m.to_string()
    };
    format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
}

/// `g` formatting; `repr_like`: the no-type form with a precision.
fn general(a: f64, p: usize, alternate: bool, repr_like: bool) -> String {
    let p = p.max(1);
    if a == 0.0 {
        return if alternate {
            format!("0.{}", "0".repeat(p - 1))
        } else if repr_like {
            "0.0".into()
        } else {
            "0".into()
        };
    }
    let e = format!("{a:.*e}", p - 1);
    let exp: i32 = e.split_once('e').map_or(0, |(_, x)| x.parse().unwrap_or(0));
    let mut out = if exp < -4 || exp >= p as i32 {
        let r = sci(a, p - 1, alternate);
        if alternate {
            r
        } else {
            let (m, x) = r.split_once('e').unwrap_or((&r, ""));
            let m = if m.contains('.') {
                m.trim_end_matches('0').trim_end_matches('.')
            } else {
                m
            };
            format!("{m}e{x}")
        }
    } else {
        let decimals = (p as i32 - 1 - exp).max(0) as usize;
        let r = format!("{a:.decimals$}");
        if alternate || !r.contains('.') {
            r
        } else {
            r.trim_end_matches('0').trim_end_matches('.').to_string()
        }
    };
    if repr_like && !out.contains(['.', 'e', 'n', 'i']) {
        out.push_str(".0");
    }
    out
}

/// Applies a spec to a str.
pub fn format_str(v: &str, s: &Spec) -> Result<String, FmtErr> {
    match s.ty {
        None | Some('s') => {}
        Some(other) => {
            return Err(format!(
                "Unknown format code '{other}' for object of type 'str'"
            ))
        }
    }
    if s.sign.is_some() {
        return Err("Sign not allowed in string format specifier".into());
    }
    if s.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".into());
    }
    if let Some(g) = s.grouping {
        return Err(format!("Cannot specify '{g}' with 's'."));
    }
    if s.align == Some('=') {
        return Err("'=' alignment not allowed in string format specifier".into());
    }
    let body: String = match s.precision {
        Some(p) => v.chars().take(p).collect(),
        None => v.to_string(),
    };
    Ok(pad(s, "", &body, '<'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(x: f64, spec: &str) -> String {
        format_float(x, &parse(spec).unwrap()).unwrap()
    }

    fn i(x: i64, spec: &str) -> String {
        format_int(&BigInt::from(x), &parse(spec).unwrap()).unwrap()
    }

    #[test]
    fn matches_cpython() {
        // Expected values printed by python3 3.11.
        assert_eq!(f(1.23456, ".2f"), "1.23");
        assert_eq!(i(42, "08.3f"), "0042.000");
        assert_eq!(i(42, "5d"), "   42");
        assert_eq!(i(1000000, ","), "1,000,000");
        assert_eq!(i(1000000, "_"), "1_000_000");
        assert_eq!(i(255, "x"), "ff");
        assert_eq!(i(255, "#o"), "0o377");
        assert_eq!(f(0.25, "%"), "25.000000%");
        assert_eq!(f(1e10, "e"), "1.000000e+10");
        assert_eq!(f(1.23456, "g"), "1.23456");
        assert_eq!(i(-5, "+d"), "-5");
        assert_eq!(i(5, "+d"), "+5");
        assert_eq!(i(42, "b"), "101010");
        assert_eq!(f(-1234.5, "012,.2f"), "-0,001,234.50");
        assert_eq!(i(1234, "08,"), "0,001,234");
        assert_eq!(f(1.0, ""), "1.0");
        assert_eq!(f(1e16, ""), "1e+16");
        assert_eq!(f(1.5, ".3"), "1.5");
        assert_eq!(f(100.0, ".3"), "100.0");
        assert_eq!(f(123456.0, ".3"), "1.23e+05");
        assert_eq!(f(2.675, ".2f"), "2.67");
        assert_eq!(
            format_str("Ada", &parse(">8").unwrap()).unwrap(),
            "     Ada"
        );
        assert_eq!(format_str("Ada", &parse("^7").unwrap()).unwrap(), "  Ada  ");
        assert_eq!(format_str("Ada", &parse("*<6").unwrap()).unwrap(), "Ada***");
    }
}
