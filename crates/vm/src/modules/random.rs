//! `random`: the `Random` class and the module-level functions (bound
//! methods of a hidden instance, as in CPython) over `random_core`, which
//! reproduces CPython's Mersenne Twister and algorithms exactly.
//!
//! Decision: a program that never calls `random.seed` gets a generator
//! seeded with 0 instead of OS entropy, so every run is reproducible
//! (CPython's output then differs from run to run; corelab's never does).

use super::random_core::{self as rc, Mt19937, RandomError, RandomErrorKind};
use super::{set_attr, Obj};
use crate::builtins::Args;
use crate::errors::{PyErr, PyResult};
use crate::interp::{iter, ops};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use num_bigint::BigInt;

pub(crate) fn install(vm: &mut Vm, m: ObjRef) {
    let cls = random_type(vm);
    set_attr(vm, m, "Random", Value::Obj(cls));
    let inst = Value::Obj(vm.heap.alloc(Obj::Random(Box::new(Mt19937::from_int_seed(
        &BigInt::from(0),
    )))));
    for &(name, _) in METHODS {
        let Some(f) = vm.lookup_in_type_str(cls, name) else {
            continue;
        };
        let bound = crate::interp::attr::bind(vm, f, inst, cls);
        set_attr(vm, m, name, bound);
    }
    // CPython's module constants (its distributions' helper values).
    let consts = [
        ("NV_MAGICCONST", 4.0 * (-0.5f64).exp() / 2.0f64.sqrt()),
        ("TWOPI", 2.0 * std::f64::consts::PI),
        ("LOG4", 4.0f64.ln()),
        ("SG_MAGICCONST", 1.0 + 4.5f64.ln()),
        ("RECIP_BPF", 2.0f64.powi(-53)),
    ];
    for (name, x) in consts {
        set_attr(vm, m, name, Value::Float(x));
    }
    set_attr(vm, m, "BPF", Value::Int(53));
}

const METHODS: &[(&str, crate::builtins::NativeFn)] = &[
    ("seed", seed),
    ("getstate", getstate),
    ("setstate", setstate),
    ("random", random),
    ("getrandbits", getrandbits),
    ("randbytes", randbytes),
    ("randrange", randrange),
    ("randint", randint),
    ("choice", choice),
    ("shuffle", shuffle),
    ("sample", sample),
    ("choices", choices),
    ("uniform", uniform),
    ("triangular", triangular),
    ("gauss", gauss),
    ("normalvariate", normalvariate),
    ("lognormvariate", lognormvariate),
    ("expovariate", expovariate),
    ("betavariate", betavariate),
    ("gammavariate", gammavariate),
    ("paretovariate", paretovariate),
    ("weibullvariate", weibullvariate),
    ("vonmisesvariate", vonmisesvariate),
];

/// The `random.Random` type, created once per process.
fn random_type(vm: &mut Vm) -> ObjRef {
    let t = vm.new_type_raw(
        "Random",
        &[vm.types.object],
        crate::objects::Layout::Builtin,
    );
    vm.type_obj_mut(t).module = "random".into();
    vm.add_methods(t, METHODS);
    vm.add_method(t, "__new__", random_new);
    vm.random_class = Some(t);
    t
}

fn random_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let gen = seeded(vm, a.get(1))?;
    Ok(Value::Obj(vm.heap.alloc(Obj::Random(Box::new(gen)))))
}

fn err(vm: &mut Vm, e: RandomError) -> PyErr {
    let cls = match e.kind {
        RandomErrorKind::ValueError => vm.exc.value_error,
        RandomErrorKind::TypeError => vm.exc.type_error,
        RandomErrorKind::IndexError => vm.exc.index_error,
        RandomErrorKind::ZeroDivisionError => vm.exc.zero_division_error,
        RandomErrorKind::OverflowError => vm.exc.overflow_error,
    };
    vm.err(cls, e.message)
}

/// Runs `f` on the generator of `a.get(0)`.
fn with_gen<T>(vm: &mut Vm, a: &Args, f: impl FnOnce(&mut Mt19937) -> T) -> PyResult<T> {
    match a.get(0) {
        Value::Obj(r) => match vm.heap.get_mut(r) {
            Obj::Random(g) => Ok(f(g)),
            _ => Err(vm.type_error("descriptor requires a 'random.Random' object")),
        },
        _ => Err(vm.type_error("descriptor requires a 'random.Random' object")),
    }
}

fn seeded(vm: &mut Vm, v: Value) -> PyResult<Mt19937> {
    if v.is_null() || matches!(v, Value::None) {
        return Ok(Mt19937::from_int_seed(&BigInt::from(0)));
    }
    if let Some(b) = ops::to_bigint(vm, v) {
        return Ok(Mt19937::from_int_seed(&b));
    }
    if let Some(s) = vm.as_str(v) {
        return Ok(Mt19937::from_bytes_seed(s.as_bytes()));
    }
    if let Value::Obj(r) = v {
        if let Obj::Bytes(b) | Obj::ByteArray(b) = vm.heap.get(r) {
            return Ok(Mt19937::from_bytes_seed(&b.clone()));
        }
    }
    if let Value::Float(_) = v {
        let h = ops::hash(vm, v)?;
        return Ok(Mt19937::from_int_seed(&BigInt::from(h)));
    }
    Err(vm.type_error(
        "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
    ))
}

fn seed(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = seeded(vm, a.get(1))?;
    with_gen(vm, a, |gen| *gen = g)?;
    Ok(Value::None)
}

/// `getstate()`: `(3, (624 words..., position), gauss_next)`.
fn getstate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "getstate", 1, 1)?;
    let ((words, index), gnext) = with_gen(vm, a, |g| (g.getstate(), g.gauss_next()))?;
    let mut items: Vec<Value> = words
        .into_iter()
        .map(|w| Value::Int(i64::from(w)))
        .collect();
    items.push(Value::Int(index as i64));
    let inner = vm.new_tuple(items);
    let gnext = gnext.map_or(Value::None, Value::Float);
    Ok(vm.new_tuple(vec![Value::Int(3), inner, gnext]))
}

/// `setstate(state)` for states of versions 3 and 2 (whose words may be
/// out of the 32-bit range and are reduced modulo 2**32).
fn setstate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "setstate", 2, 2)?;
    let state = a.get(1);
    let Some(parts) = crate::builtins::sequence_items(vm, state) else {
        let tn = vm.type_name(state);
        return Err(vm.type_error(format!("'{tn}' object is not subscriptable")));
    };
    let version = parts.first().copied().unwrap_or(Value::None);
    let v = ops::to_bigint(vm, version).and_then(|b| i64::try_from(b).ok());
    if !matches!(v, Some(2 | 3)) {
        let r = crate::builtins::repr(vm, version)?;
        return Err(vm.value_error(format!(
            "state with version {r} passed to Random.setstate() of version 3"
        )));
    }
    if parts.len() != 3 {
        return Err(vm.value_error(if parts.len() < 3 {
            format!(
                "not enough values to unpack (expected 3, got {})",
                parts.len()
            )
        } else {
            "too many values to unpack (expected 3)".to_string()
        }));
    }
    let (inner, gnext) = (parts[1], parts[2]);
    let words: Vec<Value> = match inner {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Tuple(_)) => {
            crate::builtins::sequence_items(vm, inner).unwrap_or_default()
        }
        _ if v == Some(2) => iter::to_vec(vm, inner)?,
        _ => return Err(vm.type_error("state vector must be a tuple")),
    };
    if words.len() != rc::STATE_WORDS + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut raw = Vec::with_capacity(words.len());
    for w in words {
        let Some(b) = ops::to_bigint(vm, w) else {
            let tn = vm.type_name(w);
            return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
        };
        let b = if v == Some(2) {
            num_integer::Integer::mod_floor(&b, &(BigInt::from(1) << 32))
        } else {
            b
        };
        if b.sign() == num_bigint::Sign::Minus {
            return Err(vm.overflow_error("can't convert negative int to unsigned"));
        }
        match u64::try_from(&b) {
            Ok(x) => raw.push(x),
            Err(_) => return Err(vm.overflow_error("int too big to convert")),
        }
    }
    let index = raw.pop().unwrap_or(0);
    let words: Vec<u32> = raw.into_iter().map(|x| x as u32).collect();
    let gnext = match gnext {
        Value::None => None,
        g => Some(ops::to_f64(vm, g).ok_or_else(|| vm.type_error("must be real number"))?),
    };
    let index = usize::try_from(index).unwrap_or(usize::MAX);
    match with_gen(vm, a, |g| {
        g.setstate(&words, index)?;
        g.set_gauss_next(gnext);
        Ok(())
    })? {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(err(vm, e)),
    }
}

fn random(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::Float(with_gen(vm, a, |g| g.random())?))
}

fn big(vm: &mut Vm, v: Value, what: &str) -> PyResult<BigInt> {
    match ops::to_bigint(vm, v) {
        Some(b) => Ok(b),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "'{tn}' object cannot be interpreted as an integer ({what})"
            )))
        }
    }
}

fn getrandbits(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let k = crate::builtins::int_arg(vm, a.get(1))?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    let r = with_gen(vm, a, |g| g.getrandbits(k as u32))?;
    Ok(ops::from_bigint(vm, BigInt::from(r)))
}

/// `randbytes(n)`: `getrandbits(8 * n)` as n little-endian bytes.
fn randbytes(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "randbytes", 2, 2)?;
    let n = crate::builtins::int_arg(vm, a.get(1))?;
    if n < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    if n > 1 << 24 {
        return Err(PyErr::limit(
            "randbytes() argument too large for corelab's limits",
        ));
    }
    let n = n as usize;
    let r = with_gen(vm, a, |g| g.getrandbits((n * 8) as u32))?;
    let mut bytes = r.to_bytes_le();
    bytes.resize(n, 0);
    Ok(Value::Obj(vm.heap.alloc(Obj::Bytes(bytes))))
}

fn randrange(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let start = big(vm, a.get(1), "start")?;
    let stop = match a.pos.get(2) {
        Some(&v) if !matches!(v, Value::None) => Some(big(vm, v, "stop")?),
        _ => None,
    };
    let step = match a.pos.get(3) {
        Some(&v) => big(vm, v, "step")?,
        None => BigInt::from(1),
    };
    let r = with_gen(vm, a, |g| rc::randrange(g, &start, stop.as_ref(), &step))?;
    match r {
        Ok(v) => Ok(ops::from_bigint(vm, v)),
        Err(e) => Err(err(vm, e)),
    }
}

fn randint(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (lo, hi) = (big(vm, a.get(1), "a")?, big(vm, a.get(2), "b")?);
    match with_gen(vm, a, |g| rc::randint(g, &lo, &hi))? {
        Ok(v) => Ok(ops::from_bigint(vm, v)),
        Err(e) => Err(err(vm, e)),
    }
}

fn choice(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let items = iter::to_vec(vm, a.get(1))?;
    match with_gen(vm, a, |g| rc::choice_index(g, items.len()))? {
        Ok(i) => Ok(items[i]),
        Err(e) => Err(err(vm, e)),
    }
}

fn shuffle(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    // A list subclass instance shuffles its list.
    let Value::Obj(l) = vm.builtin_base(a.get(1)) else {
        return Err(vm.type_error("shuffle needs a list"));
    };
    let Obj::List(items) = vm.heap.get(l) else {
        return Err(vm.type_error("shuffle needs a list"));
    };
    let mut items = items.clone();
    with_gen(vm, a, |g| rc::shuffle_permutation(g, &mut items))?;
    if let Obj::List(v) = vm.heap.get_mut(l) {
        *v = items;
    }
    Ok(Value::None)
}

fn sample(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let counts = a.kwarg(vm, "counts").filter(|v| !matches!(v, Value::None));
    let pop = a.get(1);
    let is_seq = matches!(vm.builtin_base(pop), Value::Obj(r) if matches!(vm.heap.get(r), Obj::List(_) | Obj::Tuple(_) | Obj::Str(_) | Obj::Range(_)));
    if !is_seq {
        return Err(
            vm.type_error("Population must be a sequence.  For dicts or sets, use sorted(d).")
        );
    }
    let items = iter::to_vec(vm, pop)?;
    let k = crate::builtins::int_arg(vm, a.arg(vm, 2, "k").unwrap_or(Value::Int(0)))?;
    if let Some(counts) = counts {
        return sample_counted(vm, a, &items, counts, k);
    }
    if k < 0 {
        return Err(vm.value_error("Sample larger than population or is negative"));
    }
    match with_gen(vm, a, |g| rc::sample_indices(g, items.len(), k as usize))? {
        Ok(idx) => {
            let picked = idx.into_iter().map(|i| items[i]).collect();
            Ok(vm.new_list(picked))
        }
        Err(e) => Err(err(vm, e)),
    }
}

/// `sample(population, k, counts=...)`: a sample of `range(total)`, each
/// drawn number mapped to its element through the cumulative counts.
fn sample_counted(
    vm: &mut Vm,
    a: &Args,
    items: &[Value],
    counts: Value,
    k: i64,
) -> PyResult<Value> {
    let counts = iter::to_vec(vm, counts)?;
    if counts.len() != items.len() {
        return Err(vm.value_error("The number of counts does not match the population"));
    }
    let mut cum: Vec<i64> = Vec::with_capacity(counts.len());
    let mut total = 0i64;
    for c in counts {
        if !matches!(c, Value::Int(_) | Value::Bool(_)) {
            return Err(vm.type_error("Counts must be integers"));
        }
        total = total.saturating_add(crate::builtins::int_arg(vm, c)?);
        cum.push(total);
    }
    cum.pop();
    if total <= 0 {
        return Err(vm.value_error("Total of counts must be greater than zero"));
    }
    if k < 0 || k > total {
        return Err(vm.value_error("Sample larger than population or is negative"));
    }
    let picks = match with_gen(vm, a, |g| rc::sample_indices(g, total as usize, k as usize))? {
        Ok(p) => p,
        Err(e) => return Err(err(vm, e)),
    };
    let chosen = picks
        .into_iter()
        .map(|s| items[cum.partition_point(|&c| c <= s as i64)])
        .collect();
    Ok(vm.new_list(chosen))
}

fn floats(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<Vec<f64>>> {
    let Some(v) = v.filter(|v| !matches!(v, Value::None)) else {
        return Ok(None);
    };
    let items = iter::to_vec(vm, v)?;
    let mut out = Vec::with_capacity(items.len());
    for x in items {
        out.push(fnum(vm, x)?);
    }
    Ok(Some(out))
}

fn fnum(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match ops::to_f64(vm, v) {
        Some(f) => Ok(f),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("must be real number, not {tn}")))
        }
    }
}

fn choices(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let items = iter::to_vec(vm, a.get(1))?;
    let weights = a.arg(vm, 2, "weights");
    let weights = floats(vm, weights)?;
    let cum = a.kwarg(vm, "cum_weights");
    let cum = floats(vm, cum)?;
    let k = crate::builtins::int_arg(vm, a.kwarg(vm, "k").unwrap_or(Value::Int(1)))?;
    let r = with_gen(vm, a, |g| {
        rc::choices(
            g,
            items.len(),
            k.max(0) as usize,
            weights.as_deref(),
            cum.as_deref(),
        )
    })?;
    match r {
        Ok(idx) => {
            let picked = idx.into_iter().map(|i| items[i]).collect();
            Ok(vm.new_list(picked))
        }
        Err(e) => Err(err(vm, e)),
    }
}

fn two(vm: &mut Vm, a: &Args, d1: f64, d2: f64) -> PyResult<(f64, f64)> {
    let x = match a.pos.get(1) {
        Some(&v) => fnum(vm, v)?,
        None => d1,
    };
    let y = match a.pos.get(2) {
        Some(&v) => fnum(vm, v)?,
        None => d2,
    };
    Ok((x, y))
}

fn finish(vm: &mut Vm, r: rc::RandomResult<f64>) -> PyResult<Value> {
    match r {
        Ok(f) => Ok(Value::Float(f)),
        Err(e) => Err(err(vm, e)),
    }
}

fn uniform(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (x, y) = two(vm, a, 0.0, 1.0)?;
    Ok(Value::Float(with_gen(vm, a, |g| rc::uniform(g, x, y))?))
}

fn triangular(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (lo, hi) = two(vm, a, 0.0, 1.0)?;
    let mode = match a.pos.get(3) {
        Some(&v) if !matches!(v, Value::None) => Some(fnum(vm, v)?),
        _ => None,
    };
    let r = with_gen(vm, a, |g| rc::triangular(g, lo, hi, mode))?;
    finish(vm, r)
}

macro_rules! dist2 {
    ($name:ident, $d1:expr, $d2:expr) => {
        fn $name(vm: &mut Vm, a: &Args) -> PyResult<Value> {
            let (x, y) = two(vm, a, $d1, $d2)?;
            let r = with_gen(vm, a, |g| rc::$name(g, x, y))?;
            finish(vm, r)
        }
    };
}

dist2!(gauss, 0.0, 1.0);
dist2!(normalvariate, 0.0, 1.0);
dist2!(lognormvariate, 0.0, 1.0);
dist2!(betavariate, f64::NAN, f64::NAN);
dist2!(gammavariate, f64::NAN, f64::NAN);
dist2!(weibullvariate, f64::NAN, f64::NAN);
dist2!(vonmisesvariate, f64::NAN, f64::NAN);

fn expovariate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (l, _) = two(vm, a, 1.0, 0.0)?;
    let r = with_gen(vm, a, |g| rc::expovariate(g, l))?;
    finish(vm, r)
}

fn paretovariate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (al, _) = two(vm, a, f64::NAN, 0.0)?;
    let r = with_gen(vm, a, |g| rc::paretovariate(g, al))?;
    finish(vm, r)
}
