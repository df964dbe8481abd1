//! Python's definitions of character properties and string case mappings,
//! and the one Python `repr` of a str, shared by the compiler's disassembler
//! and the VM.
//!
//! Rust's `char` predicates follow Unicode *derived properties*
//! (`Alphabetic`, `Numeric_Type` ...), which differ from CPython's
//! definitions (for example Python's `isalpha` is exactly the letter
//! categories Lu/Ll/Lt/Lm/Lo). The general categories come from the
//! `unicode-general-category` crate (Unicode 15.0); CPython 3.11 uses
//! Unicode 14.0, so characters assigned in 15.0 are classified differently
//! (14.0 calls them unassigned, Cn). Known approximations, documented here:
//! - `isnumeric` is Nd/Nl/No plus the digit table below; CPython also counts
//!   about 80 Lo ideographs with a numeric value (e.g. CJK 一, 万) — not here.
//! - `title` uses the upper-case mapping of the first letter (first char
//!   upper, rest lower), with the Latin digraph title forms and Georgian
//!   special-cased; the Greek iota-subscript title forms (U+1F80..U+1FFC)
//!   are not exact.

use std::fmt::Write as _;
use unicode_general_category::{get_general_category, GeneralCategory as G};

/// Python `str.isprintable` for one character.
pub fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    !matches!(
        get_general_category(c),
        G::Control
            | G::Format
            | G::Surrogate
            | G::PrivateUse
            | G::Unassigned
            | G::LineSeparator
            | G::ParagraphSeparator
            | G::SpaceSeparator
    )
}

/// Python `str.isalpha` for one character: categories Lu/Ll/Lt/Lm/Lo.
pub fn is_alpha(c: char) -> bool {
    matches!(
        get_general_category(c),
        G::UppercaseLetter
            | G::LowercaseLetter
            | G::TitlecaseLetter
            | G::ModifierLetter
            | G::OtherLetter
    )
}

/// Python `str.isdecimal` for one character: category Nd.
pub fn is_decimal(c: char) -> bool {
    get_general_category(c) == G::DecimalNumber
}

/// Characters with Unicode `Numeric_Type=Digit` (digits that are not
/// decimal: superscripts, circled digits ...), as inclusive ranges.
const DIGIT_NOT_DECIMAL: &[(u32, u32)] = &[
    (0xb2, 0xb3),
    (0xb9, 0xb9),
    (0x1369, 0x1371),
    (0x19da, 0x19da),
    (0x2070, 0x2070),
    (0x2074, 0x2079),
    (0x2080, 0x2089),
    (0x2460, 0x2468),
    (0x2474, 0x247c),
    (0x2488, 0x2490),
    (0x24ea, 0x24ea),
    (0x24f5, 0x24fd),
    (0x24ff, 0x24ff),
    (0x2776, 0x277e),
    (0x2780, 0x2788),
    (0x278a, 0x2792),
    (0x10a40, 0x10a43),
    (0x10e60, 0x10e68),
    (0x11052, 0x1105a),
    (0x1f100, 0x1f10a),
];

/// Python `str.isdigit` for one character.
pub fn is_digit(c: char) -> bool {
    let n = c as u32;
    is_decimal(c) || DIGIT_NOT_DECIMAL.iter().any(|&(a, b)| (a..=b).contains(&n))
}

/// Python `str.isnumeric` for one character (see the module note).
pub fn is_numeric(c: char) -> bool {
    matches!(
        get_general_category(c),
        G::DecimalNumber | G::LetterNumber | G::OtherNumber
    ) || is_digit(c)
}

/// Python `str.isalnum` for one character.
pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_numeric(c)
}

/// Python `str.isspace` for one character (bidi class WS/B/S or Zs).
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c as u32, 0x1c..=0x1f)
}

/// Cased in Python's sense: Lu, Ll, Lt (plus Other_Lowercase/Uppercase,
/// which Rust's `is_lowercase`/`is_uppercase` include).
pub fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || get_general_category(c) == G::TitlecaseLetter
}

/// Python's title-case mapping of one character, appended to `out`.
pub fn push_title(c: char, out: &mut String) {
    let n = c as u32;
    match n {
        // Latin digraphs DŽ/Dž/dž, LJ/Lj/lj, NJ/Nj/nj, DZ/Dz/dz: the middle one.
        0x1c4..=0x1cc => out.push(char::from_u32(0x1c5 + (n - 0x1c4) / 3 * 3).unwrap_or(c)),
        0x1f1..=0x1f3 => out.push('\u{1f2}'),
        // Georgian Mkhedruli has no title case.
        0x10d0..=0x10fa | 0x10fd..=0x10ff => out.push(c),
        _ => {
            let mut up = c.to_uppercase();
            if let Some(first) = up.next() {
                out.push(first);
            }
            for rest in up {
                out.extend(rest.to_lowercase());
            }
        }
    }
}

/// Python `str.casefold`.
pub fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c as u32 {
            0x131 => out.push(c),
            0x1e9e => out.push_str("ss"),
            // Cherokee folds to its upper-case letters.
            0x13a0..=0x13ff | 0xab70..=0xabbf => out.extend(c.to_uppercase()),
            _ => {
                for u in c.to_uppercase() {
                    out.extend(u.to_lowercase());
                }
            }
        }
    }
    out
}

/// Python's `repr` of a str: quote choice and escapes.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c)
            }
            c if is_printable(c) => out.push(c),
            c => push_escape(c, &mut out),
        }
    }
    out.push(quote);
    out
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`, the shortest form Python uses.
pub fn push_escape(c: char, out: &mut String) {
    let n = c as u32;
    let _ = if n < 0x100 {
        write!(out, "\\x{n:02x}")
    } else if n < 0x10000 {
        write!(out, "\\u{n:04x}")
    } else {
        write!(out, "\\U{n:08x}")
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_definitions() {
        assert!(!is_printable('\u{a0}') && !is_printable('\u{200b}') && is_printable('é'));
        assert!(is_digit('²') && !is_decimal('²') && is_decimal('٣') && is_numeric('½'));
        assert_eq!(casefold("ß ﬁ ẞ ı"), "ss fi ss ı");
        let mut t = String::new();
        for c in ['ß', 'ﬁ', 'ǆ', 'a'] {
            push_title(c, &mut t);
        }
        assert_eq!(t, "SsFiǅA");
        assert_eq!(str_repr("a'\u{ad}\u{10ffff}"), "\"a'\\xad\\U0010ffff\"");
    }
}
