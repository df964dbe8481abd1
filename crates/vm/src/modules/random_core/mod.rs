//! The deterministic core of Python's `random` module, with no VM types.
//!
//! [`Mt19937`] is the Mersenne Twister behind `random.Random`, seeded the way
//! CPython 3.11 seeds it, so a given seed produces bit-for-bit the numbers
//! CPython does. The free functions are the pure-Python layer of
//! `Lib/random.py` (`randrange`, `shuffle`, `sample`, `choices`, the
//! distributions, ...) written over the generator, with CPython's error
//! types and messages in [`RandomError`].
//!
//! What stays with the caller (the VM glue): seeding from `None` (use
//! [`Mt19937::from_key`] with OS or time entropy), float seeds (hash them
//! and use [`Mt19937::from_int_seed`]), rejecting other seed types, turning
//! Python objects into ints/floats and indices back into elements. Python's
//! `getstate()` is `(3, (*words, index), gauss_next)` built from
//! [`Mt19937::getstate`] and [`Mt19937::gauss_next`]; its `setstate` keeps
//! each word's low 32 bits, maps a negative index to `ValueError("invalid
//! state")`, and restores `gauss_next`. Where Python reports an error whose
//! wording depends on the container (indexing an empty population in
//! `choices`), the message given is the one for a `list`.

mod dist;
mod fmath;
mod mt;
mod seq;
#[cfg(test)]
mod tests;

pub use dist::{
    betavariate, expovariate, gammavariate, gauss, lognormvariate, normalvariate, paretovariate,
    triangular, uniform, vonmisesvariate, weibullvariate,
};
pub use mt::{bytes_seed_to_int, version1_seed_to_int, Mt19937, STATE_WORDS};
pub use seq::{
    choice_index, choices, randint, randrange, sample_counts_indices, sample_indices,
    shuffle_permutation,
};

/// The Python exception class a `random` operation raises.
#[allow(clippy::enum_variant_names)] // named after Python's classes
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RandomErrorKind {
    ValueError,
    TypeError,
    IndexError,
    ZeroDivisionError,
    OverflowError,
}

/// A Python exception: its class and its message, as CPython words it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RandomError {
    pub kind: RandomErrorKind,
    pub message: String,
}

impl RandomError {
    fn new(kind: RandomErrorKind, message: impl Into<String>) -> Self {
        RandomError {
            kind,
            message: message.into(),
        }
    }

    pub(crate) fn value(message: impl Into<String>) -> Self {
        Self::new(RandomErrorKind::ValueError, message)
    }

    pub(crate) fn type_error(message: impl Into<String>) -> Self {
        Self::new(RandomErrorKind::TypeError, message)
    }

    pub(crate) fn index(message: impl Into<String>) -> Self {
        Self::new(RandomErrorKind::IndexError, message)
    }

    pub(crate) fn zero_division(message: impl Into<String>) -> Self {
        Self::new(RandomErrorKind::ZeroDivisionError, message)
    }

    pub(crate) fn overflow(message: impl Into<String>) -> Self {
        Self::new(RandomErrorKind::OverflowError, message)
    }
}

impl std::fmt::Display for RandomError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}: {}", self.kind, self.message)
    }
}

impl std::error::Error for RandomError {}

/// The result of a `random` operation.
pub type RandomResult<T> = Result<T, RandomError>;
