//! CPython 3.11's wording and location for syntax errors where ruff's
//! parser words them differently: "expected an indented block after ...
//! on line N", "cannot assign to X [here. Maybe you meant '==' ...]",
//! "'X' is an illegal expression for augmented assignment", "cannot delete
//! X", and "'(' was never closed" (CPython re-tokenizes the rest of the
//! file after a parser error and reports a bracket still open at the end,
//! opened on an earlier line than the error).

use ruff_python_ast::token::TokenKind;
use ruff_python_ast::Expr;
use ruff_python_parser::{
    InterpolatedStringErrorType, LexicalErrorType, ParseError, ParseErrorType,
};

use crate::scan::*;

/// CPython's message and `(offset, end_offset)` byte range for a ruff
/// parse error of `source` (an empty range gets one caret).
pub fn refine(source: &str, err: &ParseError) -> (String, u32, u32) {
    let start = err.location.start().to_u32() as usize;
    let end = err.location.end().to_u32() as usize;
    if let Some(line) = tab_error(source) {
        // Shown without a caret, as CPython does.
        return (
            "inconsistent use of tabs and spaces in indentation".into(),
            line as u32,
            line as u32,
        );
    }
    let (message, s, e) = reword(source, err, start, end);
    if let ParseErrorType::Lexical(
        LexicalErrorType::UnclosedStringError
        | LexicalErrorType::IndentationError
        | LexicalErrorType::FStringError(_),
    ) = err.error
    {
        return (message, s as u32, e as u32);
    }
    // Tokenizer errors anywhere in the file win over parser errors; an
    // unclosed bracket wins when it was opened on an earlier line.
    match scan_brackets(source) {
        BracketScan::Mismatch(message, at) => (message, at as u32, at as u32),
        BracketScan::Unclosed(ch, at) => {
            let at_eof = source[start.min(source.len())..].trim().is_empty();
            if at_eof || line_of(source, at) < line_of(source, start) {
                (format!("'{ch}' was never closed"), at as u32, at as u32)
            } else {
                (message, s as u32, e as u32)
            }
        }
        BracketScan::Balanced => (message, s as u32, e as u32),
    }
}

fn reword(source: &str, err: &ParseError, start: usize, end: usize) -> (String, usize, usize) {
    let generic = || {
        let e = start + token_len(&source[start.min(source.len())..]);
        ("invalid syntax".to_string(), start, e)
    };
    if let Some(r) = fstring_error(source, &err.error, start) {
        return r;
    }
    let b = source.as_bytes();
    if b.get(start) == Some(&b'\\') && !matches!(b.get(start + 1), Some(b'\n' | b'\r') | None) {
        return (
            "unexpected character after line continuation character".into(),
            start + 1,
            start + 1,
        );
    }
    match &err.error {
        ParseErrorType::InvalidAssignmentTarget => {
            (assign_target(source, start as u32, end as u32), start, end)
        }
        ParseErrorType::InvalidAugmentedAssignmentTarget => {
            let kind = kind_of(source, start as u32, end as u32);
            (
                format!("'{kind}' is an illegal expression for augmented assignment"),
                start,
                end,
            )
        }
        ParseErrorType::InvalidNamedAssignmentTarget => (
            format!(
                "cannot use assignment expressions with {}",
                kind_of(source, start as u32, end as u32)
            ),
            start,
            end,
        ),
        ParseErrorType::InvalidDeleteTarget => (
            format!(
                "cannot delete {}",
                kind_of(source, start as u32, end as u32)
            ),
            start,
            end,
        ),
        ParseErrorType::OtherError(m) if m.starts_with("Expected an indented block after ") => {
            // ruff says "`else` clause", "`case` block", "`class` definition";
            // CPython "'else' statement", "'case' statement", "class definition".
            let what = m["Expected an indented block after ".len()..]
                .replace('`', "'")
                .replace(" clause", " statement")
                .replace(" block", " statement")
                .replace("'class' definition", "class definition");
            let line = header_line(source, start);
            (
                format!("expected an indented block after {what} on line {line}"),
                start,
                end,
            )
        }
        ParseErrorType::OtherError(m) if m.starts_with("Expected `except` or `finally`") => {
            // CPython shows the last line of the block, without a caret:
            // point into its indentation.
            let at = source[..start.min(source.len())].trim_end().len();
            let line = source[..at].rfind('\n').map_or(0, |i| i + 1);
            ("expected 'except' or 'finally' block".into(), line, line)
        }
        ParseErrorType::UnexpectedIndentation => {
            // CPython points inside the indentation: no caret is shown.
            (
                "unexpected indent".into(),
                end.saturating_sub(1),
                end.saturating_sub(1),
            )
        }
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => {
            let eol = line_end(source, start);
            (
                "unindent does not match any outer indentation level".into(),
                eol,
                eol,
            )
        }
        ParseErrorType::Lexical(LexicalErrorType::UnclosedStringError) => {
            let body = source[start..].trim_start_matches(|c: char| c.is_ascii_alphabetic());
            if body.starts_with("\"\"\"") || body.starts_with("'''") {
                let last = line_of(source, source.len().saturating_sub(1));
                (
                    format!("unterminated triple-quoted string literal (detected at line {last})"),
                    start,
                    start,
                )
            } else {
                // The string goes on over backslash-newlines.
                let b = source.as_bytes();
                let mut k = start;
                while k < b.len() && b[k] != b'\n' {
                    k += if b[k] == b'\\' { 2 } else { 1 };
                }
                let line = line_of(source, k.min(source.len()));
                (
                    format!("unterminated string literal (detected at line {line})"),
                    start,
                    start,
                )
            }
        }
        ParseErrorType::UnparenthesizedGeneratorExpression => (
            "Generator expression must be parenthesized".into(),
            start,
            end,
        ),
        ParseErrorType::Lexical(LexicalErrorType::LineContinuationError) => {
            let at = source[start..].find('\\').map_or(start, |i| start + i + 1);
            (
                "unexpected character after line continuation character".into(),
                at,
                at,
            )
        }
        ParseErrorType::ParamAfterVarKeywordParam => (
            "arguments cannot follow var-keyword argument".into(),
            start,
            start,
        ),
        ParseErrorType::NonDefaultParamAfterDefaultParam => (
            "non-default argument follows default argument".into(),
            start,
            end,
        ),
        ParseErrorType::InvalidArgumentUnpackingOrder => (
            "iterable argument unpacking follows keyword argument unpacking".into(),
            start,
            start + 1,
        ),
        ParseErrorType::PositionalAfterKeywordArgument => (
            "positional argument follows keyword argument".into(),
            end,
            end + 1,
        ),
        ParseErrorType::SimpleStatementsOnSameLine => {
            let stmt = statement_start(source, start);
            let word = source[stmt..start].trim();
            if word == "print" || word == "exec" {
                let eol = line_end(source, start);
                let stop = source[..eol].trim_end().len();
                (
                    format!("Missing parentheses in call to '{word}'. Did you mean {word}(...)?"),
                    stmt,
                    stop.max(start) + 1,
                )
            } else {
                generic()
            }
        }
        ParseErrorType::DuplicateKeywordArgumentError(name) => {
            (format!("keyword argument repeated: {name}"), start, end)
        }
        ParseErrorType::OtherError(m) if m == "Trailing comma not allowed" => {
            let stmt = statement_start(source, start);
            if source[stmt..].starts_with("from") {
                (
                    "trailing comma not allowed without surrounding parentheses".into(),
                    end,
                    end,
                )
            } else {
                ("invalid syntax".into(), end, end)
            }
        }
        ParseErrorType::ExpectedToken { expected, found } => {
            expected_token(source, *expected, *found, start, end).unwrap_or_else(generic)
        }
        ParseErrorType::OtherError(_)
        | ParseErrorType::ExpectedExpression
        | ParseErrorType::EmptyImportNames => generic(),
        other => {
            let message = super::cpython_message(&other.to_string());
            if message == "invalid syntax" {
                generic()
            } else {
                (message, start, end)
            }
        }
    }
}

/// CPython's wording for ruff's "expected X, found Y" errors.
fn expected_token(
    source: &str,
    expected: TokenKind,
    found: TokenKind,
    start: usize,
    end: usize,
) -> Option<(String, usize, usize)> {
    let depth = bracket_depth_at(source, start);
    match (expected, found) {
        (TokenKind::Colon, TokenKind::Newline) if opens_compound(source, start) => {
            Some(("expected ':'".into(), start, start))
        }
        // Headers whose ':' CPython's grammar demands right away.
        (TokenKind::Colon, _)
            if depth == 0
                && matches!(
                    first_word(source, start),
                    "else" | "try" | "finally" | "def"
                ) =>
        {
            let e = start + token_len(&source[start..]);
            Some(("expected ':'".into(), start, e))
        }
        (TokenKind::Colon, _) if depth > 0 && innermost_open(source, start) == Some(b'{') => {
            let key = expr_start_before(source, start);
            if source[..key].trim_end().ends_with('{') || source[..key].trim_end().ends_with(',') {
                // CPython points at the key's last character.
                let last = source[..start].trim_end().len().saturating_sub(1).max(key);
                Some(("':' expected after dictionary key".into(), last, last))
            } else {
                None
            }
        }
        (_, TokenKind::Equal) => {
            // `if x = 3:` (a name, '=', an expression): CPython's hint.
            let before = source[..start].trim_end();
            let name_start = before
                .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
                .map_or(0, |i| i + 1);
            let name = &before[name_start..];
            let is_name = !name.is_empty()
                && !name.starts_with(|c: char| c.is_ascii_digit())
                && !is_keyword(name);
            if is_name && !source[start..].starts_with("==") {
                let rhs_end = expr_end_after(source, end);
                Some((
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".into(),
                    name_start,
                    rhs_end,
                ))
            } else {
                None
            }
        }
        (TokenKind::Comma | TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace, f)
            if depth > 0 && starts_expression(f) =>
        {
            let a = expr_start_before(source, start);
            let a_text = source[a..start].trim();
            let is_name = !a_text.is_empty()
                && !a_text.starts_with(|c: char| c.is_ascii_digit())
                && a_text.chars().all(|c| c.is_alphanumeric() || c == '_');
            if is_name && (f == TokenKind::String || a_text == "print" || a_text == "exec") {
                return None;
            }
            Some((
                "invalid syntax. Perhaps you forgot a comma?".into(),
                a,
                expr_end_after(source, start),
            ))
        }
        (TokenKind::Else, _) => {
            let cond = source[..start].rfind(" if ").unwrap_or(start);
            let a = expr_start_before(source, cond);
            Some((
                "expected 'else' after 'if' expression".into(),
                a,
                start.max(a) + 1,
            ))
        }
        _ => None,
    }
}

fn starts_expression(t: TokenKind) -> bool {
    matches!(
        t,
        TokenKind::Name
            | TokenKind::Int
            | TokenKind::Float
            | TokenKind::Complex
            | TokenKind::String
            | TokenKind::FStringStart
            | TokenKind::Lbrace
            | TokenKind::True
            | TokenKind::False
            | TokenKind::None
            | TokenKind::Lambda
            | TokenKind::Not
            | TokenKind::Await
            | TokenKind::Ellipsis
    )
}

fn is_keyword(w: &str) -> bool {
    matches!(
        w,
        "if" | "elif"
            | "while"
            | "for"
            | "in"
            | "and"
            | "or"
            | "not"
            | "is"
            | "return"
            | "yield"
            | "else"
            | "lambda"
            | "with"
            | "as"
            | "assert"
            | "del"
            | "import"
            | "from"
            | "raise"
            | "await"
            | "True"
            | "False"
            | "None"
    )
}

/// The first word of the statement holding `at`.
fn first_word(source: &str, at: usize) -> &str {
    let stmt = statement_start(source, at);
    let rest = &source[stmt..];
    let n = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    &rest[..n]
}

/// CPython 3.11's f-string errors, reported at the end of the f-string.
fn fstring_error(
    source: &str,
    err: &ParseErrorType,
    start: usize,
) -> Option<(String, usize, usize)> {
    let (tok_start, tok_end) = string_token_around(source, start)?;
    let prefix = &source[tok_start..];
    let is_f = prefix
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .any(|c| c == 'f' || c == 'F');
    if !is_f {
        return None;
    }
    use InterpolatedStringErrorType as F;
    let kind = match err {
        ParseErrorType::FStringError(k)
        | ParseErrorType::Lexical(LexicalErrorType::FStringError(k)) => Some(k.clone()),
        _ => None,
    };
    let message = match (kind, err) {
        (Some(F::SingleRbrace), _) => "f-string: single '}' is not allowed",
        (Some(F::UnclosedLbrace), _) => "f-string: expecting '}'",
        (Some(F::InvalidConversionFlag | F::ConversionFlagNotImmediatelyAfterExclamation), _) => {
            "f-string: invalid conversion character: expected 's', 'r', or 'a'"
        }
        (None, ParseErrorType::ExpectedExpression) => {
            if source[start..].starts_with('}') {
                "f-string: empty expression not allowed"
            } else {
                "f-string: expecting '}'"
            }
        }
        _ => return None,
    };
    Some((message.into(), tok_end, tok_end + 1))
}

/// Whether the statement holding `at` is a compound statement header.
fn opens_compound(source: &str, at: usize) -> bool {
    let stmt = statement_start(source, at);
    let word: String = source[stmt..]
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    matches!(
        word.as_str(),
        "class"
            | "def"
            | "if"
            | "elif"
            | "else"
            | "for"
            | "while"
            | "with"
            | "try"
            | "except"
            | "finally"
            | "async"
    )
}

/// The message for an invalid assignment target at `start..end`.
fn assign_target(source: &str, start: u32, end: u32) -> String {
    let kind = kind_of(source, start, end);
    if kind == "yield expression" {
        return "assignment to yield expression not possible".into();
    }
    let bytes = source.as_bytes();
    let (s, e) = (start as usize, (end as usize).min(source.len()));
    // CPython's `invalid_named_expression`: the target opens the statement,
    // is followed by a single '=' and an expression, and no further '='.
    let opens_statement = first_target(source, s);
    let rest = &source[e..];
    let after = rest.trim_start_matches([' ', '\t']);
    let single_eq = after.starts_with('=') && !after.starts_with("==");
    let excluded = matches!(kind, "list" | "tuple" | "generator expression")
        || matches!(&source[s..e], "True" | "False" | "None")
        || !is_bitwise_or(&source[s..e]);
    if opens_statement && single_eq && !excluded && s < bytes.len() {
        let rhs = &after[1..];
        let line_end = rhs.find('\n').unwrap_or(rhs.len());
        let rhs_line = &rhs[..line_end];
        let starts_expr = !rhs_line.trim_start().starts_with("not ")
            && !rhs_line.trim_start().starts_with("lambda")
            && !rhs_line.trim_start().starts_with("yield")
            && !rhs_line.trim().is_empty();
        if starts_expr && !has_assignment(rhs_line) {
            return format!("cannot assign to {kind} here. Maybe you meant '==' instead of '='?");
        }
    }
    format!("cannot assign to {kind}")
}

/// Whether the expression at `s` is (an element of) the first target of
/// a simple statement: at its start (or after a top-level ';' or a
/// compound header's ':'), or after top-level commas with no '=' before.
fn first_target(source: &str, s: usize) -> bool {
    let stmt = statement_start(source, s);
    let mut seg = stmt;
    let mut depth = 0i32;
    let mut eq = false;
    walk_code(&source[..s], |i, c| {
        if i < stmt {
            return;
        }
        match c {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth -= 1,
            b';' | b':' if depth == 0 => {
                seg = i + 1;
                eq = false;
            }
            b'=' if depth == 0 => eq = true,
            _ => {}
        }
    });
    let prefix = source[seg..s].trim();
    depth == 0 && (prefix.is_empty() || (prefix.ends_with(',') && !eq))
}

/// Whether `text` parses as a `bitwise_or` of CPython's grammar (not a
/// boolean operation, `not`, comparison, conditional, lambda, ...).
fn is_bitwise_or(text: &str) -> bool {
    match ruff_python_parser::parse_expression(text) {
        Ok(parsed) => {
            !matches!(
                parsed.expr(),
                Expr::BoolOp(_)
                    | Expr::Compare(_)
                    | Expr::If(_)
                    | Expr::Lambda(_)
                    | Expr::Named(_)
                    | Expr::Starred(_)
                    | Expr::Yield(_)
                    | Expr::YieldFrom(_)
            ) && !matches!(
                parsed.expr(),
                Expr::UnaryOp(u) if u.op == ruff_python_ast::UnaryOp::Not
            )
        }
        Err(_) => false,
    }
}

/// CPython's name for the kind of expression at `start..end`.
fn kind_of(source: &str, start: u32, end: u32) -> &'static str {
    let text = source.get(start as usize..end as usize).unwrap_or("");
    if text.starts_with("yield")
        && !text[5..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
    {
        return "yield expression";
    }
    match ruff_python_parser::parse_expression(text) {
        Ok(parsed) => expr_name(parsed.expr()),
        Err(_) => "expression",
    }
}

fn expr_name(e: &Expr) -> &'static str {
    match e {
        Expr::Call(_) => "function call",
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        Expr::Compare(_) => "comparison",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        Expr::NoneLiteral(_) => "None",
        Expr::BooleanLiteral(b) if b.value => "True",
        Expr::BooleanLiteral(_) => "False",
        Expr::EllipsisLiteral(_) => "ellipsis",
        _ => "literal",
    }
}

#[cfg(test)]
mod tests {
    fn msg(src: &str) -> String {
        crate::parse_module(src).unwrap_err().message
    }

    #[test]
    fn cpython_wording() {
        assert_eq!(
            msg("def f():\nreturn 1\n"),
            "expected an indented block after function definition on line 1"
        );
        assert_eq!(
            msg("x = 1\nif x:\n\n    # c\nx = 2\n"),
            "expected an indented block after 'if' statement on line 2"
        );
        assert_eq!(
            msg("f() = 5\n"),
            "cannot assign to function call here. Maybe you meant '==' instead of '='?"
        );
        assert_eq!(msg("f() = x = 5\n"), "cannot assign to function call");
        assert_eq!(
            msg("f() += 1\n"),
            "'function call' is an illegal expression for augmented assignment"
        );
        assert_eq!(msg("v = [1, 2\nprint(v)\n"), "'[' was never closed");
        assert_eq!(
            msg("a, f() = 1, 2\n"),
            "cannot assign to function call here. Maybe you meant '==' instead of '='?"
        );
        assert_eq!(msg("not x = 1\n"), "cannot assign to expression");
        assert_eq!(
            msg("print(1 2)\n"),
            "invalid syntax. Perhaps you forgot a comma?"
        );
        assert_eq!(
            msg("print x\n"),
            "Missing parentheses in call to 'print'. Did you mean print(...)?"
        );
        assert_eq!(msg("class C\n  pass\n"), "expected ':'");
        assert_eq!(
            msg("if x = 3: pass\n"),
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
        );
        assert_eq!(msg("x = 12abc\n"), "invalid decimal literal");
        assert_eq!(
            msg("x = [1, 2)\n"),
            "closing parenthesis ')' does not match opening parenthesis '['"
        );
        assert_eq!(msg("x = 1)\n"), "unmatched ')'");
        assert_eq!(
            msg("s = 'abc\n"),
            "unterminated string literal (detected at line 1)"
        );
        assert_eq!(msg("d = {1: 2, 3}\n"), "':' expected after dictionary key");
    }

    #[test]
    fn more_cpython_wording() {
        assert_eq!(
            msg("try:\n    pass\nexcept:\npass\n"),
            "expected an indented block after 'except' statement on line 3"
        );
        assert_eq!(
            msg("class C:\npass\n"),
            "expected an indented block after class definition on line 1"
        );
        assert_eq!(
            msg("if x:\n    pass\nelse if y:\n    pass\n"),
            "expected ':'"
        );
        assert_eq!(msg("f(a=1, a=2)\n"), "keyword argument repeated: a");
        assert_eq!(
            msg("from os import path,\n"),
            "trailing comma not allowed without surrounding parentheses"
        );
        assert_eq!(
            msg("print(f\"{}\")\n"),
            "f-string: empty expression not allowed"
        );
        assert_eq!(
            msg("print(f\"x}\")\n"),
            "f-string: single '}' is not allowed"
        );
        assert_eq!(
            msg("x = 1 \\ 2\n"),
            "unexpected character after line continuation character"
        );
        assert_eq!(
            msg("x = \"\"\"abc\ndef\n"),
            "unterminated triple-quoted string literal (detected at line 2)"
        );
    }

    #[test]
    fn tokenizer_errors() {
        let tab = "inconsistent use of tabs and spaces in indentation";
        assert_eq!(msg("if True:\n        x = 1\n\ty = 2\n"), tab);
        assert!(crate::parse_module("if True:\n\tx = 1\n\tif x:\n\t\ty = 2\n").is_ok());
        assert_eq!(
            msg("x = 0777\n"),
            "leading zeros in decimal integer literals are not permitted; \
             use an 0o prefix for octal integers"
        );
        assert!(crate::parse_module("x = 0777.5 + 00 + 0_0 + 09j\n").is_ok());
        assert_eq!(msg("x = 1__0\n"), "invalid decimal literal");
        assert_eq!(
            msg("x = \"abc\\\ndef\n"),
            "unterminated string literal (detected at line 2)"
        );
    }

    #[test]
    fn cpython_locations() {
        let span = |src: &str| {
            let e = crate::parse_module(src).unwrap_err();
            (e.span.start, e.span.end)
        };
        // The target's range; the comma hint spans both expressions.
        assert_eq!(span("f() = 5\n"), (0, 3));
        assert_eq!(span("print(1 2)\n"), (6, 9));
        // "unexpected indent" points inside the indentation.
        assert_eq!(span("x = 1\n  y = 2\n"), (7, 7));
        // A number glued to a name: its last digit.
        assert_eq!(span("x = 12abc\n"), (5, 5));
    }
}
