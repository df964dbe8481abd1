//! Front end: parses Python 3 source with ruff's parser (a maintained crate;
//! corelab writes no parser of its own) and re-exports the AST the compiler
//! walks. Syntax errors come back as [`SyntaxError`] with a byte span.

mod cpython_errors;
mod scan;

use corelab_base::Span;
pub use ruff_python_ast as ast;
use ruff_text_size::Ranged;

/// A syntax error with CPython-like wording where we know it; `span` is
/// CPython's (offset, end_offset) range, in bytes (empty: one caret).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub message: String,
    pub span: Span,
}

/// Parses a whole module.
pub fn parse_module(source: &str) -> Result<ast::ModModule, SyntaxError> {
    if source.len() >= u32::MAX as usize {
        return Err(SyntaxError {
            message: "source file too large".into(),
            span: Span::default(),
        });
    }
    match ruff_python_parser::parse_module(source) {
        Ok(parsed) => {
            if let Some(line) = scan::tab_error(source) {
                // CPython's tokenizer rejects what ruff accepts here.
                return Err(SyntaxError {
                    message: "inconsistent use of tabs and spaces in indentation".into(),
                    span: Span::new(line as u32, line as u32),
                });
            }
            if let Some(err) = parsed.unsupported_syntax_errors().first() {
                return Err(SyntaxError {
                    message: err.to_string(),
                    span: span_of(err),
                });
            }
            Ok(parsed.into_syntax())
        }
        Err(err) => {
            let (message, start, end) = cpython_errors::refine(source, &err);
            Err(SyntaxError {
                message,
                span: Span::new(start, end.max(start)),
            })
        }
    }
}

/// The span of any AST node.
pub fn span_of(node: &impl Ranged) -> Span {
    let r = node.range();
    Span::new(r.start().to_u32(), r.end().to_u32())
}

/// Maps ruff's wording to CPython's for the common cases; anything else
/// becomes CPython's generic "invalid syntax".
fn cpython_message(ruff: &str) -> String {
    let lower = ruff.to_ascii_lowercase();
    if lower.contains("unexpected indentation") {
        "unexpected indent".into()
    } else if lower.contains("expected an indented block") {
        "expected an indented block".into()
    } else if lower.contains("unindent") || lower.contains("dedent") {
        "unindent does not match any outer indentation level".into()
    } else if lower.contains("missing closing quote") || lower.contains("unterminated string") {
        "unterminated string literal".into()
    } else if lower.contains("was never closed") || lower.contains("unclosed") {
        ruff.to_string()
    } else {
        "invalid syntax".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_reports() {
        assert!(parse_module("x = 1\n").is_ok());
        let err = parse_module("x = = 1\n").unwrap_err();
        assert_eq!(err.message, "invalid syntax");
        assert_eq!(err.span.start, 4);
    }
}
