//! CPython 3.11-compatible number and string formatting, as pure functions
//! over plain Rust values (no VM types): `repr(float)`, the format-spec
//! mini-language for `int`/`float`/`str`, `bin`/`oct`/`hex`, printf-style
//! `%` formatting and `str.format` template parsing. Errors carry the
//! Python exception kind and CPython's exact message.
//!
//! How the VM drives the two-phase APIs:
//! - `format(obj, spec)`: [`format_int_as`] / [`format_float_as`] /
//!   [`format_str_as`] with the object's type name (an empty spec on a
//!   subclass means `str(obj)`, which is the VM's job).
//! - `fmt % args`: iterate [`PercentParser`] (in [`PercentParser::keys_first`]
//!   mode for CPython's `%(key)` order: look the key up at each
//!   [`PercentPiece::Key`]); for each [`PercentSpec`],
//!   resolve `*` counts from the next arguments ([`STAR_WANTS_INT`],
//!   [`PercentSpec::set_star_width`], [`PercentSpec::set_star_precision`]),
//!   fetch the argument (by `key` from a mapping, [`FORMAT_REQUIRES_MAPPING`]
//!   otherwise; [`NOT_ENOUGH_ARGUMENTS`] when they run out), convert it for
//!   `%s`/`%r`/`%a` (`str`/`repr`/`ascii`) and call [`render_percent_spec`];
//!   finally raise [`NOT_ALL_CONVERTED`] for a tuple with leftovers.
//! - `str.format`: implement [`FormatHandler`] and call [`format_with`], which
//!   keeps CPython's lazy error order; [`parse_format_string`] gives the
//!   eager, structural view.
//!
//! Known gaps: lone surrogates cannot be produced by `c`/`%c` (Rust strings),
//! and only ASCII digits count as digits in specs and field names.

mod error;
mod float_fmt;
mod float_repr;
mod format_spec;
mod format_string;
mod int_fmt;
mod pad;
mod percent;
mod str_fmt;

#[cfg(test)]
mod tests;

pub use error::*;
pub use float_fmt::{float_parts, format_float, format_float_as, format_float_spec, FloatStyle};
pub use float_repr::{float_repr, Digits};
pub use format_spec::{Align, FormatSpec, Grouping, Sign};
pub use format_string::{
    format_with, parse_field_name, parse_format_string, Accessor, AutoNumbering, FieldFirst,
    FieldKey, FieldName, FieldNameParser, FormatField, FormatHandler, FormatPiece, ItemKey, Markup,
    MarkupParser, RawField,
};
pub use int_fmt::{
    format_int, format_int_as, format_int_spec, int_to_char, int_to_f64, int_to_str_radix,
};
pub use pad::NumberParts;
pub use percent::{
    float_to_int, parse_percent, render_percent_spec, PercentArg, PercentCount, PercentFlags,
    PercentParser, PercentPiece, PercentSpec,
};
pub use str_fmt::{format_str, format_str_as, format_str_spec};
