//! The public names CPython 3.11's modules have and corelab's same-named
//! modules lack. A lookup that fails on a corelab module (`m.name`,
//! `from m import name`) consults this table: a listed name stops with the
//! unsupported error (the program would work under CPython), any other
//! name raises AttributeError/ImportError as CPython does. Successful
//! lookups never get here. Regenerate with `scripts/stdlib-names --rust`.

include!("cpython_names_table.rs");

/// Whether CPython 3.11's module `module` has the public name `name`
/// that corelab's module lacks.
pub(crate) fn is_missing(module: &str, name: &str) -> bool {
    MISSING
        .iter()
        .find(|(m, _)| *m == module)
        .is_some_and(|(_, names)| names.binary_search(&name).is_ok())
}

/// Whether `from module import *` binds `name` under CPython 3.11 but not
/// under corelab.
pub(crate) fn is_missing_star(module: &str, name: &str) -> bool {
    MISSING_STAR
        .iter()
        .find(|(m, _)| *m == module)
        .is_some_and(|(_, names)| names.binary_search(&name).is_ok())
}
