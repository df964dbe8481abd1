//! The integer and sequence operations of `random.Random`: `randrange`,
//! `randint`, `choice`, `shuffle`, `sample` and `choices`, as index
//! arithmetic the caller maps back onto its own sequences.

use std::collections::HashSet;

use num_bigint::{BigInt, Sign};
use num_traits::{One, Signed, Zero};

use super::{Mt19937, RandomError, RandomResult};

/// `_randbelow(n)` for a positive `BigInt`.
fn randbelow_int(gen: &mut Mt19937, n: &BigInt) -> BigInt {
    BigInt::from_biguint(Sign::Plus, gen.randbelow(n.magnitude()))
}

/// Python's `a // b` for a non-zero `b`.
fn floor_div(a: &BigInt, b: &BigInt) -> BigInt {
    let q = a / b;
    if !(a % b).is_zero() && (a.is_negative() != b.is_negative()) {
        q - 1
    } else {
        q
    }
}

/// `randrange(start, stop, step)`. `stop` `None` is the one-argument form;
/// there a `step` other than 1 is the `TypeError` CPython raises when a step
/// is given without a stop (the VM passes 1 when no step was given).
pub fn randrange(
    gen: &mut Mt19937,
    start: &BigInt,
    stop: Option<&BigInt>,
    step: &BigInt,
) -> RandomResult<BigInt> {
    let Some(stop) = stop else {
        if !step.is_one() {
            return Err(RandomError::type_error("Missing a non-None stop argument"));
        }
        if start.is_positive() {
            return Ok(randbelow_int(gen, start));
        }
        return Err(RandomError::value("empty range for randrange()"));
    };
    let width = stop - start;
    if step.is_one() {
        if width.is_positive() {
            return Ok(start + randbelow_int(gen, &width));
        }
        return Err(RandomError::value(format!(
            "empty range for randrange() ({start}, {stop}, {width})"
        )));
    }
    let n = if step.is_positive() {
        floor_div(&(&width + step - 1), step)
    } else if step.is_negative() {
        floor_div(&(&width + step + 1), step)
    } else {
        return Err(RandomError::value("zero step for randrange()"));
    };
    if !n.is_positive() {
        return Err(RandomError::value("empty range for randrange()"));
    }
    Ok(start + step * randbelow_int(gen, &n))
}

/// `randint(a, b)`: `randrange(a, b + 1)`.
pub fn randint(gen: &mut Mt19937, a: &BigInt, b: &BigInt) -> RandomResult<BigInt> {
    randrange(gen, a, Some(&(b + 1)), &BigInt::one())
}

/// The index `choice(seq)` picks for a sequence of length `len`.
pub fn choice_index(gen: &mut Mt19937, len: usize) -> RandomResult<usize> {
    if len == 0 {
        return Err(RandomError::index("Cannot choose from an empty sequence"));
    }
    Ok(gen.randbelow_u64(len as u64) as usize)
}

/// `shuffle(x)` in place: from the end, swap each item with a random
/// earlier-or-same one.
pub fn shuffle_permutation<T>(gen: &mut Mt19937, items: &mut [T]) {
    for i in (1..items.len()).rev() {
        let j = gen.randbelow_u64(i as u64 + 1) as usize;
        items.swap(i, j);
    }
}

/// The largest population for which `sample` copies the population into a
/// pool rather than tracking picks in a set.
fn pool_limit(k: usize) -> u128 {
    let mut setsize: u128 = 21;
    if k > 5 {
        let exponent = ((k as f64 * 3.0).ln() / 4.0f64.ln()).ceil() as u32;
        setsize = setsize.saturating_add(4u128.checked_pow(exponent).unwrap_or(u128::MAX));
    }
    setsize
}

/// The population indices `sample(population, k)` picks, in order, for a
/// population of length `n`.
pub fn sample_indices(gen: &mut Mt19937, n: usize, k: usize) -> RandomResult<Vec<usize>> {
    if k > n {
        return Err(RandomError::value(
            "Sample larger than population or is negative",
        ));
    }
    if n as u128 <= pool_limit(k) {
        Ok(sample_from_pool(gen, n, k))
    } else {
        Ok(sample_with_set(gen, n, k))
    }
}

/// `sample`'s small-population strategy: pick from a shrinking pool,
/// moving the pool's last live item into each vacancy.
fn sample_from_pool(gen: &mut Mt19937, n: usize, k: usize) -> Vec<usize> {
    let mut pool: Vec<usize> = (0..n).collect();
    let mut picked = Vec::with_capacity(k);
    for i in 0..k {
        let j = gen.randbelow_u64((n - i) as u64) as usize;
        picked.push(pool[j]);
        pool[j] = pool[n - i - 1];
    }
    picked
}

/// `sample`'s large-population strategy: redraw indices already taken.
fn sample_with_set(gen: &mut Mt19937, n: usize, k: usize) -> Vec<usize> {
    let mut selected = HashSet::with_capacity(k);
    let mut picked = Vec::with_capacity(k);
    for _ in 0..k {
        let mut j = gen.randbelow_u64(n as u64) as usize;
        while !selected.insert(j) {
            j = gen.randbelow_u64(n as u64) as usize;
        }
        picked.push(j);
    }
    picked
}

/// The population indices `sample(population, k, counts=counts)` picks,
/// where `counts[i]` repeats item `i`.
pub fn sample_counts_indices(
    gen: &mut Mt19937,
    counts: &[u64],
    population_len: usize,
    k: usize,
) -> RandomResult<Vec<usize>> {
    if counts.len() != population_len {
        return Err(RandomError::value(
            "The number of counts does not match the population",
        ));
    }
    let cum: Vec<u128> = counts
        .iter()
        .scan(0u128, |acc, &c| {
            *acc += u128::from(c);
            Some(*acc)
        })
        .collect();
    let total = *cum
        .last()
        .ok_or_else(|| RandomError::index("pop from empty list"))?;
    if total == 0 {
        return Err(RandomError::value(
            "Total of counts must be greater than zero",
        ));
    }
    let total = usize::try_from(total)
        .map_err(|_| RandomError::overflow("Python int too large to convert to C ssize_t"))?;
    let cum = &cum[..cum.len() - 1];
    let picks = sample_indices(gen, total, k)?;
    Ok(picks
        .into_iter()
        .map(|s| cum.partition_point(|&c| c <= s as u128))
        .collect())
}

/// Python's `bisect.bisect_right(a, x, 0, hi)`.
fn bisect_right(a: &[f64], x: f64, hi: usize) -> usize {
    let (mut lo, mut hi) = (0, hi);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if x < a[mid] {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    lo
}

/// The population indices `choices(population, weights, cum_weights=..., k=k)`
/// picks for a population of length `n`.
pub fn choices(
    gen: &mut Mt19937,
    n: usize,
    k: usize,
    weights: Option<&[f64]>,
    cum_weights: Option<&[f64]>,
) -> RandomResult<Vec<usize>> {
    let cum: Vec<f64> = match (weights, cum_weights) {
        (None, None) => return choices_unweighted(gen, n, k),
        (Some(_), Some(_)) => {
            return Err(RandomError::type_error(
                "Cannot specify both weights and cumulative weights",
            ))
        }
        (Some(w), None) => accumulate(w),
        (None, Some(c)) => c.to_vec(),
    };
    if cum.len() != n {
        return Err(RandomError::value(
            "The number of weights does not match the population",
        ));
    }
    let total = *cum
        .last()
        .ok_or_else(|| RandomError::index("list index out of range"))?
        + 0.0;
    if total <= 0.0 {
        return Err(RandomError::value(
            "Total of weights must be greater than zero",
        ));
    }
    if !total.is_finite() {
        return Err(RandomError::value("Total of weights must be finite"));
    }
    Ok((0..k)
        .map(|_| bisect_right(&cum, gen.random() * total, n - 1))
        .collect())
}

/// Running sums, as `itertools.accumulate` gives them.
fn accumulate(weights: &[f64]) -> Vec<f64> {
    weights
        .iter()
        .scan(None, |acc: &mut Option<f64>, &w| {
            let next = acc.map_or(w, |a| a + w);
            *acc = Some(next);
            Some(next)
        })
        .collect()
}

/// `choices` without weights: `floor(random() * n)` each time.
fn choices_unweighted(gen: &mut Mt19937, n: usize, k: usize) -> RandomResult<Vec<usize>> {
    let nf = n as f64;
    let mut picked = Vec::with_capacity(k);
    for _ in 0..k {
        let i = (gen.random() * nf).floor() as usize;
        if i >= n {
            return Err(RandomError::index("list index out of range"));
        }
        picked.push(i);
    }
    Ok(picked)
}
