//! The one model for everything corelab reports to a user about their
//! program or its invocation: a message, an optional primary location and
//! notes. Renderers (terminal today) live beside the callers that print.

use crate::{SourceFile, Span};
use std::fmt::Write as _;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Short kind shown before the message, e.g. `unsupported`.
    pub kind: &'static str,
    pub message: String,
    pub span: Option<Span>,
    pub notes: Vec<String>,
}

impl Diagnostic {
    pub fn error(kind: &'static str, message: impl Into<String>, span: Option<Span>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            kind,
            message: message.into(),
            span,
            notes: Vec::new(),
        }
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    /// Renders as `file:line:col: error[kind]: message`, the source line and
    /// a caret, then notes.
    pub fn render(&self, file: &SourceFile) -> String {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut out = String::new();
        match self.span {
            Some(span) => {
                let lc = file.line_col(span.start);
                let _ = writeln!(
                    out,
                    "{}:{}:{}: {sev}[{}]: {}",
                    file.name, lc.line, lc.col, self.kind, self.message
                );
                let text = file.line_text(lc.line);
                let _ = writeln!(out, "    {text}");
                let pad: String = text
                    .chars()
                    .take(lc.col as usize - 1)
                    .map(|c| if c == '\t' { '\t' } else { ' ' })
                    .collect();
                let _ = writeln!(out, "    {pad}^");
            }
            None => {
                let _ = writeln!(out, "{}: {sev}[{}]: {}", file.name, self.kind, self.message);
            }
        }
        for n in &self.notes {
            let _ = writeln!(out, "  = note: {n}");
        }
        out
    }
}
