//! The MT19937 generator itself: seeding, raw 32-bit output, the 53-bit
//! float, `getrandbits`, `_randbelow` and the state tuple.

use num_bigint::{BigInt, BigUint};
use sha2::{Digest, Sha512};

use super::{RandomError, RandomResult};

/// Number of 32-bit words in the generator state.
pub const STATE_WORDS: usize = 624;
/// Offset of the word mixed into each regenerated word.
const SHIFT: usize = 397;
/// The twist matrix constant.
const TWIST: u32 = 0x9908_b0df;
const HIGH_BIT: u32 = 0x8000_0000;
const LOW_BITS: u32 = 0x7fff_ffff;

/// A Mersenne Twister with Python's `random.Random` extras (the cached
/// second value of `gauss`).
#[derive(Clone, Debug, PartialEq)]
pub struct Mt19937 {
    words: Box<[u32; STATE_WORDS]>,
    /// Next word to hand out; `STATE_WORDS` means "regenerate first".
    index: usize,
    /// The second normal deviate produced by the last `gauss` call.
    pub(super) gauss_next: Option<f64>,
}

impl Mt19937 {
    /// The classic single-word initialisation (`init_genrand`).
    fn from_u32(seed: u32) -> Self {
        let mut words = Box::new([0u32; STATE_WORDS]);
        words[0] = seed;
        for i in 1..STATE_WORDS {
            let prev = words[i - 1];
            words[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        Mt19937 {
            words,
            index: STATE_WORDS,
            gauss_next: None,
        }
    }

    /// Seeds from a key of 32-bit words (`init_by_array`). An empty key is
    /// treated as `[0]`.
    pub fn from_key(key: &[u32]) -> Self {
        let key: &[u32] = if key.is_empty() { &[0] } else { key };
        let mut gen = Self::from_u32(19_650_218);
        let w = &mut gen.words;
        let mut i = 1usize;
        for step in 0..STATE_WORDS.max(key.len()) {
            let j = step % key.len();
            let prev = w[i - 1];
            w[i] = (w[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i = advance(w, i);
        }
        for _ in 0..STATE_WORDS - 1 {
            let prev = w[i - 1];
            w[i] =
                (w[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i = advance(w, i);
        }
        w[0] = HIGH_BIT;
        gen
    }

    /// `random.seed(n)` for an int: the absolute value's 32-bit words,
    /// least significant first, are the key.
    pub fn from_int_seed(seed: &BigInt) -> Self {
        Self::from_key(&seed.magnitude().to_u32_digits())
    }

    /// `random.seed(s)` (version 2) for `str` (already UTF-8 encoded),
    /// `bytes` or `bytearray`: the int `from_bytes(b + sha512(b), 'big')`.
    pub fn from_bytes_seed(b: &[u8]) -> Self {
        Self::from_int_seed(&BigInt::from(bytes_seed_to_int(b)))
    }

    /// Regenerates all state words (the "twist").
    fn twist(&mut self) {
        let w = &mut self.words;
        for i in 0..STATE_WORDS {
            let y = (w[i] & HIGH_BIT) | (w[(i + 1) % STATE_WORDS] & LOW_BITS);
            let mag = if y & 1 == 1 { TWIST } else { 0 };
            w[i] = w[(i + SHIFT) % STATE_WORDS] ^ (y >> 1) ^ mag;
        }
        self.index = 0;
    }

    /// The next raw 32-bit output.
    pub fn genrand_u32(&mut self) -> u32 {
        if self.index >= STATE_WORDS {
            self.twist();
        }
        let mut y = self.words[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `random()`: a float in [0, 1) built from 27 + 26 random bits.
    pub fn random(&mut self) -> f64 {
        let a = f64::from(self.genrand_u32() >> 5);
        let b = f64::from(self.genrand_u32() >> 6);
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)`: k random bits. Wider requests take one 32-bit
    /// output per word, least significant word first; the last word keeps
    /// only its top bits.
    pub fn getrandbits(&mut self, k: u32) -> BigUint {
        if k <= 64 {
            return BigUint::from(self.getrandbits_u64(k));
        }
        BigUint::from_slice(&self.random_words(k as u64))
    }

    /// `getrandbits(k)` for `k <= 64` without allocating.
    ///
    /// # Panics
    /// If `k > 64`.
    pub fn getrandbits_u64(&mut self, k: u32) -> u64 {
        assert!(k <= 64, "getrandbits_u64 takes at most 64 bits");
        match k {
            0 => 0,
            1..=32 => u64::from(self.genrand_u32() >> (32 - k)),
            _ => {
                let low = u64::from(self.genrand_u32());
                let high = u64::from(self.genrand_u32() >> (64 - k));
                (high << 32) | low
            }
        }
    }

    /// The 32-bit words of a `k`-bit request, least significant first.
    fn random_words(&mut self, k: u64) -> Vec<u32> {
        let count = k.div_ceil(32) as usize;
        let mut words = Vec::with_capacity(count);
        let mut left = k;
        while left > 0 {
            let word = self.genrand_u32();
            words.push(if left < 32 { word >> (32 - left) } else { word });
            left = left.saturating_sub(32);
        }
        words
    }

    /// `randbytes(n)`: `getrandbits(8 * n)` as `n` little-endian bytes.
    pub fn randbytes(&mut self, n: usize) -> Vec<u8> {
        let words = self.random_words(8 * n as u64);
        let mut out: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
        out.truncate(n);
        out
    }

    /// `_randbelow(n)`: `getrandbits(n.bit_length())` until below `n`.
    /// Returns 0 for `n == 0` (CPython would loop forever; callers never
    /// ask).
    pub fn randbelow(&mut self, n: &BigUint) -> BigUint {
        if n.bits() <= 64 {
            let small = n.iter_u64_digits().next().unwrap_or(0);
            return BigUint::from(self.randbelow_u64(small));
        }
        loop {
            let r = BigUint::from_slice(&self.random_words(n.bits()));
            if &r < n {
                return r;
            }
        }
    }

    /// `_randbelow(n)` for a machine-sized `n`, drawing the same numbers as
    /// [`Mt19937::randbelow`].
    pub fn randbelow_u64(&mut self, n: u64) -> u64 {
        if n == 0 {
            return 0;
        }
        let k = 64 - n.leading_zeros();
        loop {
            let r = self.getrandbits_u64(k);
            if r < n {
                return r;
            }
        }
    }

    /// The internal state: the 624 words and the position (0..=624). Python's
    /// `getstate()[1]` is these words followed by the position.
    pub fn getstate(&self) -> (Vec<u32>, usize) {
        (self.words.to_vec(), self.index)
    }

    /// Restores a state from [`Mt19937::getstate`]. Leaves `gauss_next`
    /// alone (Python's `Random.setstate` sets it separately).
    pub fn setstate(&mut self, words: &[u32], index: usize) -> RandomResult<()> {
        if words.len() != STATE_WORDS {
            return Err(RandomError::value("state vector is the wrong size"));
        }
        if index > STATE_WORDS {
            return Err(RandomError::value("invalid state"));
        }
        self.words.copy_from_slice(words);
        self.index = index;
        Ok(())
    }

    /// The cached second `gauss` value (`Random.gauss_next`).
    pub fn gauss_next(&self) -> Option<f64> {
        self.gauss_next
    }

    /// Sets the cached `gauss` value, as `Random.setstate` and `seed` do.
    pub fn set_gauss_next(&mut self, value: Option<f64>) {
        self.gauss_next = value;
    }
}

/// Moves the `init_by_array` cursor on, wrapping past the end.
fn advance(w: &mut [u32; STATE_WORDS], i: usize) -> usize {
    if i + 1 >= STATE_WORDS {
        w[0] = w[STATE_WORDS - 1];
        1
    } else {
        i + 1
    }
}

/// The int a version-2 `str`/`bytes` seed stands for:
/// `int.from_bytes(b + sha512(b).digest(), 'big')`.
pub fn bytes_seed_to_int(b: &[u8]) -> BigUint {
    let mut all = b.to_vec();
    all.extend_from_slice(&Sha512::digest(b));
    BigUint::from_bytes_be(&all)
}

/// The int a version-1 `str` seed stands for (`random.seed(s, version=1)`),
/// given the string's code points (`bytes` seeds: their latin-1 decoding,
/// i.e. the byte values).
pub fn version1_seed_to_int(chars: &[u32]) -> BigInt {
    let mut x: u64 = chars.first().map_or(0, |&c| u64::from(c) << 7);
    for &c in chars {
        x = x.wrapping_mul(1_000_003) ^ u64::from(c);
    }
    x ^= chars.len() as u64;
    BigInt::from(x)
}
