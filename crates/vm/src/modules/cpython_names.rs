//! The public names CPython 3.11's modules have and corelab's same-named
//! modules lack. A lookup that fails on a corelab module (`m.name`,
//! `from m import name`) consults this table: a listed name stops with the
//! unsupported error (the program would work under CPython), any other
//! name raises AttributeError/ImportError as CPython does. Successful
//! lookups never get here. Regenerate with `scripts/stdlib-names --rust`.

include!("cpython_names_table.rs");

/// The entry of CPython 3.11's public name `name` of `module` that
/// corelab's module lacks: whether `from module import *` binds it.
fn missing(module: &str, name: &str) -> Option<bool> {
    let (_, names) = MISSING.iter().find(|(m, _)| *m == module)?;
    let i = names.binary_search_by_key(&name, |(n, _)| n).ok()?;
    Some(names[i].1)
}

/// Whether CPython 3.11's module `module` has the public name `name`
/// that corelab's module lacks.
pub(crate) fn is_missing(module: &str, name: &str) -> bool {
    missing(module, name).is_some()
}

/// Whether `from module import *` binds `name` under CPython 3.11 but not
/// under corelab.
pub(crate) fn is_missing_star(module: &str, name: &str) -> bool {
    missing(module, name) == Some(true)
}
