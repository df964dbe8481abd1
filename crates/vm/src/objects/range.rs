//! `range` objects and their iterators' arithmetic.
//!
//! Design: a range is [`PyRange`], either `Small` (three inline `i64`s, the
//! representation every `for i in range(n)` loop uses) or `Big` (boxed
//! `BigInt` bounds and length). `Small` is used exactly when start, stop,
//! step *and the length* fit an `i64` (CPython makes the same cut between
//! its `range_iterator` and `longrange_iterator`); [`PyRange::new`] picks
//! the variant, so code never sees a `Big` range that would fit. Keeping
//! the small case a plain `Copy` struct behind one enum tag keeps the hot
//! loop path free of `BigInt` work and allocation, while a separate heap
//! variant would have had to be added to every type check of `Obj::Range`
//! (an enum inside the variant makes the compiler point at every place that
//! reads the bounds instead). Because the length of a `Small` range fits an
//! `i64`, every element and every index of one does too.
//!
//! Operations that are not on a hot path (slicing, equality, hashing,
//! `index`/`count` on big ranges) work on `BigInt`s for both variants, so
//! there is one implementation of CPython's arithmetic to get right.

use super::IterObj;
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// A range whose bounds and length all fit an `i64`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeObj {
    /// The number of elements (fits an i64 by construction, see the module doc).
    pub fn len(&self) -> i64 {
        small_len(self.start, self.stop, self.step).unwrap_or(i64::MAX)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Element `i` (0 <= i < len).
    pub fn get(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
}

/// Length of range(start, stop, step) when it fits an i64.
fn small_len(start: i64, stop: i64, step: i64) -> Option<i64> {
    let (lo, hi, step) = if step > 0 {
        (start as i128, stop as i128, step as i128)
    } else {
        (stop as i128, start as i128, -(step as i128))
    };
    if lo >= hi {
        Some(0)
    } else {
        i64::try_from((hi - lo - 1) / step + 1).ok()
    }
}

/// A range with a bound or a length beyond `i64`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
    pub len: BigInt,
}

/// A `range` object's value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PyRange {
    Small(RangeObj),
    Big(Box<BigRange>),
}

/// Length of range(start, stop, step) for a nonzero step.
fn big_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (lo, hi, step) = if step.is_positive() {
        (start, stop, step.clone())
    } else {
        (stop, start, -step)
    };
    if lo >= hi {
        BigInt::zero()
    } else {
        (hi - lo - 1u8) / step + 1u8
    }
}

impl PyRange {
    /// The range with these bounds (`step` must not be zero), small when it fits.
    pub fn new(start: BigInt, stop: BigInt, step: BigInt) -> PyRange {
        if let (Some(a), Some(b), Some(c)) = (start.to_i64(), stop.to_i64(), step.to_i64()) {
            if let Some(r) = PyRange::from_i64(a, b, c) {
                return r;
            }
        }
        let len = big_len(&start, &stop, &step);
        PyRange::Big(Box::new(BigRange {
            start,
            stop,
            step,
            len,
        }))
    }

    /// The small range with these bounds, if its length fits an i64.
    pub fn from_i64(start: i64, stop: i64, step: i64) -> Option<PyRange> {
        small_len(start, stop, step)?;
        Some(PyRange::Small(RangeObj { start, stop, step }))
    }

    pub fn start(&self) -> BigInt {
        match self {
            PyRange::Small(r) => r.start.into(),
            PyRange::Big(b) => b.start.clone(),
        }
    }

    pub fn stop(&self) -> BigInt {
        match self {
            PyRange::Small(r) => r.stop.into(),
            PyRange::Big(b) => b.stop.clone(),
        }
    }

    pub fn step(&self) -> BigInt {
        match self {
            PyRange::Small(r) => r.step.into(),
            PyRange::Big(b) => b.step.clone(),
        }
    }

    pub fn len(&self) -> BigInt {
        match self {
            PyRange::Small(r) => r.len().into(),
            PyRange::Big(b) => b.len.clone(),
        }
    }

    /// The length as an i64 (None: it does not fit, CPython's OverflowError).
    pub fn len_i64(&self) -> Option<i64> {
        match self {
            PyRange::Small(r) => Some(r.len()),
            PyRange::Big(b) => b.len.to_i64(),
        }
    }

    pub fn is_empty(&self) -> bool {
        match self {
            PyRange::Small(r) => r.is_empty(),
            PyRange::Big(b) => b.len.is_zero(),
        }
    }

    /// Element `i` (0 <= i < len).
    pub fn item(&self, i: &BigInt) -> BigInt {
        self.start() + i * self.step()
    }

    /// Index of the int `x` in the range, if it is an element.
    pub fn find_int(&self, x: &BigInt) -> Option<BigInt> {
        let (start, stop, step) = (self.start(), self.stop(), self.step());
        let inside = if step.is_positive() {
            *x >= start && *x < stop
        } else {
            *x <= start && *x > stop
        };
        if !inside {
            return None;
        }
        let off = x - &start;
        (&off % &step).is_zero().then(|| off / step)
    }

    /// `r[slice]` given the slice's indices already resolved against `len()`.
    pub fn slice(&self, start: &BigInt, stop: &BigInt, step: &BigInt) -> PyRange {
        PyRange::new(self.item(start), self.item(stop), self.step() * step)
    }

    /// CPython's range equality: equal as sequences of ints.
    pub fn same_elements(&self, other: &PyRange) -> bool {
        if let (PyRange::Small(a), PyRange::Small(b)) = (self, other) {
            let (la, lb) = (a.len(), b.len());
            return la == lb && (la == 0 || (a.start == b.start && (la == 1 || a.step == b.step)));
        }
        let (la, lb) = (self.len(), other.len());
        la == lb
            && (la.is_zero()
                || (self.start() == other.start() && (la.is_one() || self.step() == other.step())))
    }

    /// An iterator over the elements.
    pub fn iter(&self) -> IterObj {
        match self {
            PyRange::Small(r) => IterObj::Range {
                next: r.start,
                stop: r.stop,
                step: r.step,
            },
            PyRange::Big(b) => iter_from(b.start.clone(), b.step.clone(), b.len.clone()),
        }
    }

    /// An iterator over the elements, last first.
    pub fn reversed(&self) -> IterObj {
        let len = self.len();
        if len.is_zero() {
            return IterObj::Range {
                next: 0,
                stop: 0,
                step: 1,
            };
        }
        let last = self.item(&(&len - 1u8));
        iter_from(last, -self.step(), len)
    }
}

/// The state of a `longrange_iterator`: the next value, the step and how
/// many values are left.
#[derive(Clone, Debug)]
pub struct BigRangeIter {
    pub next: BigInt,
    pub step: BigInt,
    pub left: BigInt,
}

impl BigRangeIter {
    /// The next value, advancing (None when exhausted).
    pub fn advance(&mut self) -> Option<BigInt> {
        if !self.left.is_positive() {
            return None;
        }
        self.left -= 1u8;
        let v = self.next.clone();
        self.next += &self.step;
        Some(v)
    }
}

/// An iterator yielding `len` values from `start` by `step`: the i64 one
/// when the values and the bound after the last fit an i64.
fn iter_from(start: BigInt, step: BigInt, len: BigInt) -> IterObj {
    let stop = &start + &len * &step;
    if let (Some(next), Some(stop), Some(step), Some(_)) =
        (start.to_i64(), stop.to_i64(), step.to_i64(), len.to_i64())
    {
        return IterObj::Range { next, stop, step };
    }
    IterObj::BigRange(Box::new(BigRangeIter {
        next: start,
        step,
        left: len,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(i: i128) -> BigInt {
        BigInt::from(i)
    }

    #[test]
    fn small_iff_bounds_and_length_fit() {
        assert!(matches!(
            PyRange::new(big(0), big(10), big(1)),
            PyRange::Small(_)
        ));
        assert!(matches!(
            PyRange::new(big(-1), big(i64::MAX as i128), big(1)),
            PyRange::Big(_)
        ));
        assert!(matches!(
            PyRange::new(big(0), big(1 << 70), big(1)),
            PyRange::Big(_)
        ));
        assert_eq!(
            PyRange::new(big(0), big(1 << 70), big(1 << 69)).len(),
            big(2)
        );
    }

    #[test]
    fn find_and_slice() {
        let r = PyRange::new(big(0), big(1 << 70), big(3));
        assert_eq!(r.find_int(&big(9)), Some(big(3)));
        assert_eq!(r.find_int(&big(10)), None);
        let s = r.slice(&big(1), &big(3), &big(1));
        assert_eq!(s, PyRange::new(big(3), big(9), big(3)));
        assert!(
            PyRange::new(big(5), big(5), big(1)).same_elements(&PyRange::new(
                big(1 << 80),
                big(0),
                big(1)
            ))
        );
    }
}
