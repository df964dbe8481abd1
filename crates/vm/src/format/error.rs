//! The error type shared by every formatter in this module, plus the exact
//! CPython message texts that callers (the VM) raise themselves.

use std::fmt;

/// Which Python exception a [`FormatError`] maps to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// `ValueError`
    ValueError,
    /// `TypeError`
    TypeError,
    /// `OverflowError`
    OverflowError,
    /// `MemoryError` (a width too large to allocate).
    MemoryError,
}

/// A formatting failure: the exception class and CPython's exact message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatError {
    /// The exception class to raise.
    pub kind: ErrorKind,
    /// The message, identical to CPython 3.11's.
    pub message: String,
}

impl FormatError {
    /// A `ValueError` with `message`.
    pub fn value(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::ValueError, message)
    }

    /// A `TypeError` with `message`.
    pub fn type_error(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::TypeError, message)
    }

    /// An `OverflowError` with `message`.
    pub fn overflow(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::OverflowError, message)
    }

    /// A `MemoryError` (empty message, as CPython's).
    pub fn memory() -> Self {
        Self::new(ErrorKind::MemoryError, "")
    }

    fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Self {
            kind,
            message: message.into(),
        }
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {}", self.kind, self.message)
    }
}

impl std::error::Error for FormatError {}

/// Result alias used throughout the module.
pub type FmtResult<T = String> = Result<T, FormatError>;

/// `TypeError` raised by `%` formatting when the arguments run out.
pub const NOT_ENOUGH_ARGUMENTS: &str = "not enough arguments for format string";
/// `TypeError` raised by `%` formatting when arguments are left over.
pub const NOT_ALL_CONVERTED: &str = "not all arguments converted during string formatting";
/// `TypeError` raised by `%` formatting when `%(key)` is used without a mapping.
pub const FORMAT_REQUIRES_MAPPING: &str = "format requires a mapping";
/// `TypeError` raised by `%` formatting when a `*` argument is not an int.
pub const STAR_WANTS_INT: &str = "* wants int";
/// `OverflowError` for a `*` width that does not fit a C `ssize_t`.
pub const STAR_WIDTH_TOO_LARGE: &str = "Python int too large to convert to C ssize_t";
/// `OverflowError` for a `*` precision that does not fit a C `int`.
pub const STAR_PRECISION_TOO_LARGE: &str = "Python int too large to convert to C int";
/// `ValueError` raised by `str.format` for nested specs deeper than two levels.
pub const MAX_RECURSION: &str = "Max string recursion exceeded";
/// `OverflowError` when an int does not fit a float.
pub const INT_TOO_LARGE_FOR_FLOAT: &str = "int too large to convert to float";
/// `OverflowError` for `%c` / `format(i, 'c')` outside the code-point range.
pub const CHAR_NOT_IN_RANGE: &str = "%c arg not in range(0x110000)";
/// `IndexError` text for a missing positional `str.format` argument
/// (`{index}` is replaced by the index).
pub fn replacement_index_out_of_range(index: usize) -> String {
    format!("Replacement index {index} out of range for positional args tuple")
}
