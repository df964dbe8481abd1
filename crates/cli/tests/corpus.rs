//! Conformance corpus runner (being written).
fn main() {}
