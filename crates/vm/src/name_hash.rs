//! A fast, fixed (deterministic) hasher for the VM's own lookup tables keyed
//! by Rust strings — the table of interned names, which builtins consult
//! by name on hot paths (`__new__`, `__init__`, ...). Not Python's `hash`
//! (that is `hashing.rs`); never iterated in an order that reaches output.

use std::hash::{BuildHasherDefault, Hasher};

/// Multiply-rotate over 8-byte words (in the spirit of rustc's FxHasher).
#[derive(Default, Clone, Copy)]
pub struct NameHasher(u64);

const K: u64 = 0xf135_7aea_2e62_a9c5;

impl NameHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(26) ^ w).wrapping_mul(K);
    }
}

impl Hasher for NameHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w) ^ ((rest.len() as u64) << 59));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        // Spread the high bits down: hash tables index by the low bits.
        self.0 ^ (self.0 >> 29)
    }
}

/// `BuildHasher` for `HashMap<Box<str>, _, NameHash>`.
pub type NameHash = BuildHasherDefault<NameHasher>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn finds_what_it_stored() {
        let mut m: HashMap<Box<str>, usize, NameHash> = HashMap::default();
        let names: Vec<String> = (0..2000).map(|i| format!("__n{i}__")).collect();
        for (i, n) in names.iter().enumerate() {
            m.insert(n.as_str().into(), i);
        }
        for (i, n) in names.iter().enumerate() {
            assert_eq!(m.get(n.as_str()), Some(&i));
        }
        assert_eq!(m.get(""), None);
        assert_eq!(m.get("__n2000__"), None);
    }
}
