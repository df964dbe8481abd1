//! Checks against results recorded from CPython 3.11.7 (floats compared by
//! their bits), plus the state and seeding helpers.

mod golden;

use num_bigint::{BigInt, BigUint};

use super::*;

/// A seed as recorded: a decimal int, or bytes in hex (`str` seeds are
/// recorded as their UTF-8 bytes, which is how CPython seeds them).
pub enum Seed {
    Int(&'static str),
    Bytes(&'static str),
}

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

fn seeded(seed: &Seed) -> Mt19937 {
    match seed {
        Seed::Int(n) => Mt19937::from_int_seed(&n.parse().unwrap()),
        Seed::Bytes(h) => Mt19937::from_bytes_seed(&unhex(h)),
    }
}

fn int(s: &str) -> BigInt {
    s.parse().unwrap()
}

fn ints(s: &str) -> Vec<u64> {
    s.split(',').map(|x| x.parse().unwrap()).collect()
}

fn floats(s: &str) -> Vec<f64> {
    s.split(',').map(|x| x.parse().unwrap()).collect()
}

fn join<T: ToString>(v: &[T]) -> String {
    v.iter().map(T::to_string).collect::<Vec<_>>().join(",")
}

fn float(x: f64) -> String {
    format!("f{:016x}", x.to_bits())
}

fn shown(r: RandomResult<String>) -> String {
    r.unwrap_or_else(|e| format!("E:{:?}:{}", e.kind, e.message))
}

/// Runs one recorded call and renders its result as the recorder did.
fn run(gen: &mut Mt19937, op: &str) -> String {
    let mut words = op.split_whitespace();
    let name = words.next().unwrap();
    let args: Vec<&str> = words.collect();
    if let Some(r) = int_op(gen, name, &args) {
        return shown(r);
    }
    if let Some(r) = seq_op(gen, name, &args) {
        return shown(r);
    }
    let a: Vec<f64> = args.iter().map(|x| x.parse().unwrap()).collect();
    match float_op(gen, name, &a) {
        Some(r) => shown(r.map(float)),
        None => panic!("unknown op {op}"),
    }
}

fn int_op(gen: &mut Mt19937, name: &str, a: &[&str]) -> Option<RandomResult<String>> {
    let r = match name {
        "random" => Ok(float(gen.random())),
        "getrandbits" => Ok(gen.getrandbits(a[0].parse().unwrap()).to_string()),
        "randrange" => {
            let stop = a.get(1).filter(|s| **s != "None").map(|s| int(s));
            let step = a.get(2).map_or_else(|| int("1"), |s| int(s));
            randrange(gen, &int(a[0]), stop.as_ref(), &step).map(|v| v.to_string())
        }
        "randint" => randint(gen, &int(a[0]), &int(a[1])).map(|v| v.to_string()),
        "randbytes" => Ok(format!("b{}", hex(&gen.randbytes(a[0].parse().unwrap())))),
        "state" => Ok(state_summary(gen)),
        _ => return None,
    };
    Some(r)
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn state_summary(gen: &Mt19937) -> String {
    let (words, index) = gen.getstate();
    let sum = words.iter().fold(0u32, |s, w| s.wrapping_add(*w));
    format!("{index},{sum},{},{}", words[0], words[623])
}

fn seq_op(gen: &mut Mt19937, name: &str, a: &[&str]) -> Option<RandomResult<String>> {
    let n = |i: usize| a[i].parse::<usize>().unwrap();
    let r = match name {
        "shuffle" => {
            let mut v: Vec<usize> = (0..n(0)).collect();
            shuffle_permutation(gen, &mut v);
            Ok(join(&v))
        }
        "sample" => sample_indices(gen, n(0), n(1)).map(|v| join(&v)),
        "samplec" => sample_counts_op(gen, a),
        "choices" => choices(gen, n(0), n(1), None, None).map(|v| join(&v)),
        "choicesw" => choices_op(gen, a, true),
        "choicesc" => choices_op(gen, a, false),
        "choice" => choice_index(gen, n(0)).map(|i| i.to_string()),
        _ => return None,
    };
    Some(r)
}

fn sample_counts_op(gen: &mut Mt19937, a: &[&str]) -> RandomResult<String> {
    let counts = ints(a[0]);
    let len = counts.len();
    // "1,2" as the second argument: counts of the wrong length.
    let (counts, k) = match a[1].contains(',') {
        true => (ints(a[1]), 1),
        false => (counts, a[1].parse().unwrap()),
    };
    sample_counts_indices(gen, &counts, len, k).map(|v| join(&v))
}

fn choices_op(gen: &mut Mt19937, a: &[&str], plain: bool) -> RandomResult<String> {
    let w = floats(a[0]);
    let k = a[1].parse().unwrap();
    let (weights, cum) = if plain {
        (Some(&w[..]), None)
    } else {
        (None, Some(&w[..]))
    };
    choices(gen, w.len(), k, weights, cum).map(|v| join(&v))
}

fn float_op(gen: &mut Mt19937, name: &str, a: &[f64]) -> Option<RandomResult<f64>> {
    let r = match name {
        "gauss" => gauss(gen, a[0], a[1]),
        "normalvariate" => normalvariate(gen, a[0], a[1]),
        "lognormvariate" => lognormvariate(gen, a[0], a[1]),
        "expovariate" => expovariate(gen, a[0]),
        "gammavariate" => gammavariate(gen, a[0], a[1]),
        "betavariate" => betavariate(gen, a[0], a[1]),
        "vonmisesvariate" => vonmisesvariate(gen, a[0], a[1]),
        "paretovariate" => paretovariate(gen, a[0]),
        "weibullvariate" => weibullvariate(gen, a[0], a[1]),
        "triangular" if a.is_empty() => triangular(gen, 0.0, 1.0, None),
        "triangular" => triangular(gen, a[0], a[1], Some(a[2])),
        "uniform" => Ok(uniform(gen, a[0], a[1])),
        _ => return None,
    };
    Some(r)
}

#[test]
fn golden_scripts_match_cpython() {
    for (seed, expected) in golden::GOLDEN {
        assert_eq!(expected.len(), golden::OPS.len());
        let mut gen = seeded(seed);
        for (i, (op, want)) in golden::OPS.iter().zip(expected.iter()).enumerate() {
            let got = run(&mut gen, op);
            assert_eq!(&got, want, "seed {}, call {i}: {op}", seed_name(seed));
        }
    }
}

fn seed_name(seed: &Seed) -> String {
    match seed {
        Seed::Int(n) => n.chars().take(20).collect(),
        Seed::Bytes(h) => format!("bytes {h}"),
    }
}

#[test]
fn negative_seed_is_its_absolute_value() {
    let a = Mt19937::from_int_seed(&int("-1267650600228229401496703205376"));
    let b = Mt19937::from_int_seed(&int("1267650600228229401496703205376"));
    assert_eq!(a, b);
}

#[test]
fn zero_seed_is_key_zero() {
    assert_eq!(Mt19937::from_int_seed(&int("0")), Mt19937::from_key(&[0]));
    assert_eq!(Mt19937::from_key(&[]), Mt19937::from_key(&[0]));
}

#[test]
fn first_outputs_of_seed_zero() {
    // random.seed(0); [random.getrandbits(32) for _ in range(3)]
    let mut gen = Mt19937::from_int_seed(&int("0"));
    let got: Vec<u32> = (0..3).map(|_| gen.genrand_u32()).collect();
    assert_eq!(got, [3_626_764_237, 1_654_615_998, 3_255_389_356]);
}

#[test]
fn state_round_trips() {
    let mut gen = Mt19937::from_int_seed(&int("42"));
    for _ in 0..700 {
        gen.random();
    }
    let (words, index) = gen.getstate();
    let ahead: Vec<f64> = (0..5).map(|_| gen.random()).collect();
    let mut other = Mt19937::from_int_seed(&int("7"));
    other.setstate(&words, index).unwrap();
    let again: Vec<f64> = (0..5).map(|_| other.random()).collect();
    assert_eq!(ahead, again);
}

#[test]
fn setstate_rejects_bad_states() {
    let mut gen = Mt19937::from_int_seed(&int("1"));
    let bad_len = gen.setstate(&[0; 10], 0).unwrap_err();
    assert_eq!(bad_len.message, "state vector is the wrong size");
    let bad_index = gen.setstate(&[0; STATE_WORDS], 625).unwrap_err();
    assert_eq!(bad_index.kind, RandomErrorKind::ValueError);
    assert_eq!(bad_index.message, "invalid state");
}

#[test]
fn gauss_cache_is_part_of_the_state() {
    let mut gen = Mt19937::from_int_seed(&int("3"));
    gauss(&mut gen, 0.0, 1.0).unwrap();
    let cached = gen.gauss_next();
    assert!(cached.is_some());
    let second = gauss(&mut gen, 0.0, 1.0).unwrap();
    assert_eq!(Some(second), cached);
    gen.set_gauss_next(Some(1.5));
    assert_eq!(gauss(&mut gen, 1.0, 2.0).unwrap(), 4.0);
}

#[test]
fn small_and_big_paths_agree() {
    let mut a = Mt19937::from_int_seed(&int("99"));
    let mut b = a.clone();
    for k in 0..=64 {
        assert_eq!(BigUint::from(a.getrandbits_u64(k)), b.getrandbits(k));
    }
    for n in [1u64, 2, 3, 7, 1000, u64::MAX / 3, u64::MAX] {
        assert_eq!(
            BigUint::from(a.randbelow_u64(n)),
            b.randbelow(&BigUint::from(n))
        );
    }
}

#[test]
fn bytes_seed_int() {
    // int.from_bytes(b'' + sha512(b'').digest()) % 1000
    let n = bytes_seed_to_int(b"") % BigUint::from(1000u32);
    assert_eq!(n, BigUint::from(926u32));
}

#[test]
fn version1_seed() {
    // random.seed("hello", version=1); random.random()
    let chars: Vec<u32> = "hello".chars().map(u32::from).collect();
    let mut gen = Mt19937::from_int_seed(&version1_seed_to_int(&chars));
    assert_eq!(gen.random().to_bits(), 0.8180391270568783f64.to_bits());
    let empty = Mt19937::from_int_seed(&version1_seed_to_int(&[]));
    assert_eq!(empty, Mt19937::from_int_seed(&int("0")));
}

#[test]
fn choices_reject_both_weight_kinds_and_bad_lengths() {
    let mut gen = Mt19937::from_int_seed(&int("1"));
    let w = [1.0, 2.0];
    let both = choices(&mut gen, 2, 1, Some(&w), Some(&w)).unwrap_err();
    assert_eq!(both.kind, RandomErrorKind::TypeError);
    assert_eq!(
        both.message,
        "Cannot specify both weights and cumulative weights"
    );
    let short = choices(&mut gen, 3, 1, Some(&w), None).unwrap_err();
    assert_eq!(
        short.message,
        "The number of weights does not match the population"
    );
}

#[test]
fn sample_counts_of_empty_population() {
    let mut gen = Mt19937::from_int_seed(&int("1"));
    let e = sample_counts_indices(&mut gen, &[], 0, 0).unwrap_err();
    assert_eq!(
        (e.kind, e.message.as_str()),
        (RandomErrorKind::IndexError, "pop from empty list")
    );
}
