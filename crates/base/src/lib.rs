//! Shared vocabulary for every stage of corelab: compact source spans, the
//! line index that turns byte offsets into line/column for display, and the
//! one `Diagnostic` model through which every user-facing error is printed.

mod diagnostic;
pub mod pystr;
pub mod rng;
mod source;

pub use diagnostic::{Diagnostic, Severity};
pub use source::{LineCol, SourceFile, Span};
