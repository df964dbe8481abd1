//! CPython-compatible hashes (placeholder being replaced by the full
//! implementation: numeric hash, SipHash-1-3 for str, tuple hash).

const MODULUS: i64 = (1 << 61) - 1;

pub fn hash_int(i: i64) -> i64 {
    let h = if i < 0 {
        -((i.unsigned_abs() % MODULUS as u64) as i64)
    } else {
        i % MODULUS
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_str(s: &str) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_bigint(b: &num_bigint::BigInt) -> i64 {
    use num_traits::{Signed, ToPrimitive};
    let m = num_bigint::BigInt::from(MODULUS);
    let r = (b.abs() % &m).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -r } else { r };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_float(f: f64) -> Option<i64> {
    if f.is_nan() {
        return None;
    }
    if f.fract() == 0.0 && f.abs() < 9.2e18 {
        return Some(hash_int(f as i64));
    }
    Some(hash_int(f.to_bits() as i64 >> 1))
}

pub fn hash_bytes(b: &[u8]) -> i64 {
    hash_str(&String::from_utf8_lossy(b))
}

pub fn hash_tuple(items: &[i64]) -> i64 {
    let mut acc: u64 = 0x27D4EB2F165667C5;
    for &h in items {
        acc = acc.wrapping_add((h as u64).wrapping_mul(0xC2B2AE3D27D4EB4F));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(0x9E3779B185EBCA87);
    }
    acc = acc.wrapping_add(items.len() as u64 ^ (0x27D4EB2F165667C5 ^ 3527539));
    if acc as i64 == -1 {
        1546275796
    } else {
        acc as i64
    }
}

pub fn hash_frozenset(items: &[i64]) -> i64 {
    let mut h: u64 = 0;
    for &x in items {
        let x = x as u64;
        h ^= ((x ^ 89869747) ^ (x << 16)).wrapping_mul(3644798167);
    }
    h as i64
}

pub fn hash_pointer(id: u64) -> i64 {
    let h = id.rotate_right(4) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}
