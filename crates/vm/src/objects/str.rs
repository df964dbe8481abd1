//! `PyStr`: an immutable Python string with its length in code points and
//! a lazily computed hash (CPython's SipHash-1-3 with the PYTHONHASHSEED=0 key).

use std::cell::Cell;

#[derive(Clone, Debug)]
pub struct PyStr {
    s: Box<str>,
    chars: u32,
    hash: Cell<Option<i64>>,
}

impl PyStr {
    pub fn new(s: impl Into<Box<str>>) -> Self {
        let s = s.into();
        let chars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        } as u32;
        PyStr {
            s,
            chars,
            hash: Cell::new(None),
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// Length in code points.
    #[inline]
    pub fn char_len(&self) -> usize {
        self.chars as usize
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.chars as usize == self.s.len()
    }

    pub fn hash(&self) -> i64 {
        if let Some(h) = self.hash.get() {
            return h;
        }
        let h = crate::hashing::hash_str(&self.s);
        self.hash.set(Some(h));
        h
    }

    /// The code point at index `i` (0-based, in range).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            self.s.chars().nth(i).unwrap_or('\0')
        }
    }

    /// Byte offset of code point `i` (i may equal the length).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map_or(self.s.len(), |(b, _)| b)
        }
    }
}
