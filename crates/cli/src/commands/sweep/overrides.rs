//! `--set NAME=VALUE`: replaces the value of a module-level constant
//! before the program is compiled.
//!
//! Decision: the override is a rewrite of the *source text*, guided by the
//! parsed AST: the value expression of each top-level simple assignment
//! `NAME = <expr>` (or `NAME: T = <expr>`) is replaced, byte range for byte
//! range, by the Python literal for VALUE. The alternatives were an
//! `overrides` argument threaded from `run_program` through `vm::run` to the
//! compiler, or an AST rewrite inside the compiler. A text rewrite touches
//! none of those crates, keeps line numbers (the literal has no newline),
//! and — what settles it — reaches every process of the run: a `spawn`ed
//! child re-runs the program's text as `__mp_main__`, so it sees the same
//! constants as its parent, as it would if the file had been edited.
//!
//! Only statements of the module body count (not assignments inside `if`,
//! functions or classes); `A = B = 1` and tuple targets are left alone.
//! A program with no such assignment is an error naming NAME and the file.

use corelab_syntax::ast;

/// A value given on the command line, as a Python literal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Literal {
    Int(String),
    Float(String),
    Str(String),
    Bool(bool),
    None,
}

impl Literal {
    /// Reads VALUE: `True`/`False`/`None`, an integer, a float, a quoted
    /// string (`'8'` forces a string), anything else a string.
    pub fn parse(text: &str) -> Literal {
        match text {
            "True" => return Literal::Bool(true),
            "False" => return Literal::Bool(false),
            "None" => return Literal::None,
            _ => {}
        }
        for q in ['\'', '"'] {
            if text.len() >= 2 && text.starts_with(q) && text.ends_with(q) {
                return Literal::Str(text[1..text.len() - 1].to_string());
            }
        }
        if let Some(i) = int_literal(text) {
            return Literal::Int(i);
        }
        let numeric = text
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-'));
        match text.parse::<f64>() {
            Ok(f) if numeric && f.is_finite() && text.chars().any(|c| c.is_ascii_digit()) => {
                Literal::Float(format!("{f:?}"))
            }
            _ => Literal::Str(text.to_string()),
        }
    }

    /// Python source for the value.
    pub fn python(&self) -> String {
        match self {
            Literal::Int(s) | Literal::Float(s) => s.clone(),
            Literal::Bool(b) => if *b { "True" } else { "False" }.to_string(),
            Literal::None => "None".to_string(),
            Literal::Str(s) => py_str(s),
        }
    }

    /// The value as a number (for axes and speed-ups).
    pub fn number(&self) -> Option<f64> {
        match self {
            Literal::Int(s) | Literal::Float(s) => s.parse().ok(),
            _ => None,
        }
    }
}

/// `[+-]digits` as a Python int literal (no leading zeros).
fn int_literal(text: &str) -> Option<String> {
    let (sign, digits) = match text.strip_prefix('-') {
        Some(d) => ("-", d),
        None => ("", text.strip_prefix('+').unwrap_or(text)),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let digits = digits.trim_start_matches('0');
    Some(if digits.is_empty() {
        "0".to_string()
    } else {
        format!("{sign}{digits}")
    })
}

/// A Python string literal for `s`.
fn py_str(s: &str) -> String {
    let mut out = String::from("'");
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\x{:02x}", c as u32 & 0xff)),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// Why overrides could not be applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OverrideError {
    /// The program has no module-level `NAME = ...`.
    Missing(String),
    /// The program does not parse (its run reports the syntax error).
    Syntax(String),
}

/// Byte ranges of the values assigned to `name` at module level.
fn value_ranges(module: &ast::ModModule, name: &str) -> Vec<(usize, usize)> {
    let is_name = |e: &ast::Expr| matches!(e, ast::Expr::Name(n) if n.id.as_str() == name);
    let mut out = Vec::new();
    for stmt in &module.body {
        let value = match stmt {
            ast::Stmt::Assign(a) if a.targets.len() == 1 && is_name(&a.targets[0]) => {
                Some(&*a.value)
            }
            ast::Stmt::AnnAssign(a) if is_name(&a.target) => a.value.as_deref(),
            _ => None,
        };
        if let Some(v) = value {
            let span = corelab_syntax::span_of(v);
            out.push((span.start as usize, span.end as usize));
        }
    }
    out
}

/// Checks that every name in `names` has a module-level assignment.
pub fn check_names(text: &str, names: &[&str]) -> Result<(), OverrideError> {
    let module =
        corelab_syntax::parse_module(text).map_err(|e| OverrideError::Syntax(e.message.clone()))?;
    for name in names {
        if value_ranges(&module, name).is_empty() {
            return Err(OverrideError::Missing(name.to_string()));
        }
    }
    Ok(())
}

/// `text` with each `(NAME, value)` applied.
pub fn apply(text: &str, sets: &[(String, Literal)]) -> Result<String, OverrideError> {
    if sets.is_empty() {
        return Ok(text.to_string());
    }
    let module =
        corelab_syntax::parse_module(text).map_err(|e| OverrideError::Syntax(e.message.clone()))?;
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    for (name, lit) in sets {
        let ranges = value_ranges(&module, name);
        if ranges.is_empty() {
            return Err(OverrideError::Missing(name.clone()));
        }
        edits.extend(ranges.into_iter().map(|(a, b)| (a, b, lit.python())));
    }
    edits.sort_by_key(|e| e.0);
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (a, b, lit) in edits {
        if a < at || b > text.len() || !text.is_char_boundary(a) || !text.is_char_boundary(b) {
            continue;
        }
        out.push_str(&text[at..a]);
        out.push_str(&lit);
        at = b;
    }
    out.push_str(&text[at..]);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(name: &str, v: &str) -> Vec<(String, Literal)> {
        vec![(name.to_string(), Literal::parse(v))]
    }

    #[test]
    fn values_become_python_literals() {
        assert_eq!(Literal::parse("8").python(), "8");
        assert_eq!(Literal::parse("-007").python(), "-7");
        assert_eq!(Literal::parse("0.5").python(), "0.5");
        assert_eq!(Literal::parse("1e3").python(), "1000.0");
        assert_eq!(Literal::parse("True").python(), "True");
        assert_eq!(Literal::parse("None").python(), "None");
        assert_eq!(Literal::parse("threads").python(), "'threads'");
        assert_eq!(Literal::parse("'8'").python(), "'8'");
        assert_eq!(Literal::parse("it's\n").python(), "'it\\'s\\n'");
        assert_eq!(Literal::parse("inf"), Literal::Str("inf".into()));
        assert_eq!(Literal::parse("16").number(), Some(16.0));
    }

    #[test]
    fn only_module_level_simple_assignments_change() {
        let src = "N = 4  # workers\nM: int = 2\nif True:\n    N = 9\ndef f():\n    N = 1\nA = N = 3\nprint(N)\n";
        let out = apply(src, &set("N", "16")).expect("applies");
        assert_eq!(
            out,
            "N = 16  # workers\nM: int = 2\nif True:\n    N = 9\ndef f():\n    N = 1\nA = N = 3\nprint(N)\n"
        );
        let out = apply(src, &set("M", "x")).expect("applies");
        assert!(out.contains("M: int = 'x'\n"));
    }

    #[test]
    fn several_names_and_expressions() {
        let src = "KIND = \"threads\"\nWORK = 10 ** 6\nKIND = KIND.upper()\n";
        let sets = vec![
            ("KIND".to_string(), Literal::parse("processes")),
            ("WORK".to_string(), Literal::parse("5")),
        ];
        let out = apply(src, &sets).expect("applies");
        assert_eq!(out, "KIND = 'processes'\nWORK = 5\nKIND = 'processes'\n");
    }

    #[test]
    fn a_missing_name_is_an_error() {
        assert_eq!(
            apply("X = 1\n", &set("Y", "2")),
            Err(OverrideError::Missing("Y".into()))
        );
        assert_eq!(check_names("X = 1\n", &["X"]), Ok(()));
        assert!(matches!(
            apply("X = (\n", &set("X", "2")),
            Err(OverrideError::Syntax(_))
        ));
    }
}
