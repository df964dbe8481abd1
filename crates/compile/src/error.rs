//! `CompileError`: what the compiler reports instead of a code object — a
//! `SyntaxError` CPython would raise at compile time, or valid Python that
//! corelab does not support yet.

use corelab_base::Span;
use ruff_text_size::Ranged;

/// Which kind of compile-time failure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileErrorKind {
    /// CPython rejects this program at compile time (`SyntaxError`), with
    /// CPython 3.11's message text.
    Syntax,
    /// Valid Python that corelab does not support yet; the message names the
    /// construct.
    Unsupported,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub kind: CompileErrorKind,
    pub message: String,
    pub span: Span,
}

impl CompileError {
    pub fn syntax(message: impl Into<String>, node: &impl Ranged) -> Self {
        CompileError {
            kind: CompileErrorKind::Syntax,
            message: message.into(),
            span: corelab_syntax::span_of(node),
        }
    }

    pub fn syntax_at(message: impl Into<String>, span: Span) -> Self {
        CompileError {
            kind: CompileErrorKind::Syntax,
            message: message.into(),
            span,
        }
    }

    /// "`<construct>` ... not supported by corelab yet".
    pub fn unsupported(construct: &str, node: &impl Ranged) -> Self {
        CompileError {
            kind: CompileErrorKind::Unsupported,
            message: format!("{construct} not supported by corelab yet"),
            span: corelab_syntax::span_of(node),
        }
    }
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CompileError {}

pub type CResult<T> = Result<T, CompileError>;
