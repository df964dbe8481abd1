//! Methods of `int` and `float` (including `int.to_bytes`/`from_bytes` and
//! `float.hex`/`fromhex`), `type.mro()` and `slice.indices()`.

use super::Args;
use crate::errors::PyResult;
use crate::interp::ops;
use crate::objects::Obj;
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{Signed, Zero};

pub(crate) fn install(vm: &mut Vm) {
    let (i, f, t, s) = (vm.types.int, vm.types.float, vm.types.type_, vm.types.slice);
    vm.add_methods(
        i,
        &[
            ("bit_length", bit_length),
            ("bit_count", bit_count),
            ("conjugate", int_self),
            ("__index__", int_self),
            ("__int__", int_self),
            ("to_bytes", to_bytes),
        ],
    );
    add_classmethod(vm, i, "from_bytes", from_bytes);
    add_classmethod(vm, f, "fromhex", float_fromhex);
    vm.add_methods(
        f,
        &[
            ("is_integer", is_integer),
            ("as_integer_ratio", as_integer_ratio),
            ("conjugate", float_self),
            ("hex", float_hex),
        ],
    );
    vm.add_method(t, "mro", mro);
    vm.add_method(t, "__call__", super::object_type::type_call);
    vm.add_method(t, "__subclasses__", subclasses);
    vm.add_method(s, "indices", indices);
}

/// `self` of an `int` method (an int subclass instance's plain int).
fn big(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    let v = vm.scalar_base(v);
    match ops::to_bigint(vm, v) {
        Some(b) => Ok(b),
        None => Err(vm.type_error("descriptor requires an 'int' object")),
    }
}

fn bit_length(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = big(vm, a.get(0))?;
    Ok(Value::Int(b.abs().bits() as i64))
}

fn bit_count(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = big(vm, a.get(0))?;
    let n: u64 = b
        .abs()
        .to_u64_digits()
        .1
        .iter()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(Value::Int(n as i64))
}

fn int_self(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = big(vm, a.get(0))?;
    Ok(ops::from_bigint(vm, b))
}

/// `self` of a `float` method (a float subclass instance's plain float).
fn float_of(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match vm.scalar_base(v) {
        Value::Float(f) => Ok(f),
        _ => Err(vm.type_error("descriptor requires a 'float' object")),
    }
}

fn is_integer(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let f = float_of(vm, a.get(0))?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_self(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::Float(float_of(vm, a.get(0))?))
}

fn as_integer_ratio(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let f = float_of(vm, a.get(0))?;
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    // f = mantissa * 2**exp exactly.
    let bits = f.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    };
    if m == 0 {
        return Ok(vm.new_tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    while m % 2 == 0 && e < 0 {
        m /= 2;
        e += 1;
    }
    let mut num = BigInt::from(m);
    let mut den = BigInt::from(1);
    if e > 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    if f < 0.0 {
        num = -num;
    }
    let (n, d) = (ops::from_bigint(vm, num), ops::from_bigint(vm, den));
    Ok(vm.new_tuple(vec![n, d]))
}

fn mro(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Value::Obj(t) = a.get(0) else {
        return Err(vm.type_error("mro() needs a type"));
    };
    if !matches!(vm.heap.get(t), Obj::Type(_)) {
        return Err(vm.type_error("descriptor 'mro' requires a 'type' object"));
    }
    let m: Vec<Value> = vm.type_obj(t).mro.iter().map(|&c| Value::Obj(c)).collect();
    Ok(vm.new_list(m))
}

/// `type.__subclasses__()`: the classes that name this one as a direct
/// base, found by scanning the heap (slot order follows creation order
/// unless a collected slot was reused; classes are rarely collected).
fn subclasses(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Value::Obj(t) = a.get(0) else {
        return Err(vm.type_error("descriptor '__subclasses__' requires a 'type' object"));
    };
    if !matches!(vm.heap.get(t), Obj::Type(_)) {
        return Err(vm.type_error("descriptor '__subclasses__' requires a 'type' object"));
    }
    let subs: Vec<Value> = vm
        .heap
        .iter()
        .filter(|(_, o)| matches!(o, Obj::Type(c) if c.bases.contains(&t)))
        .map(|(r, _)| Value::Obj(r))
        .collect();
    Ok(vm.new_list(subs))
}

fn indices(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = match a.get(0) {
        Value::Obj(s) if matches!(vm.heap.get(s), Obj::Slice(..)) => s,
        v => {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!(
                "descriptor 'indices' for 'slice' objects doesn't apply to a '{tn}' object"
            )));
        }
    };
    if a.len() != 2 || !a.kw.is_empty() {
        return Err(vm.type_error(format!(
            "slice.indices() takes exactly one argument ({} given)",
            a.len().saturating_sub(1)
        )));
    }
    let len = a.get(1);
    let Some(n) = crate::interp::ops::to_bigint(vm, len) else {
        let tn = vm.type_name(len);
        return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
    };
    if n < num_bigint::BigInt::from(0) {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start, stop, step) = super::range_ops::slice_indices_big(vm, s, &n)?;
    let items = [start, stop, step].map(|b| crate::interp::ops::from_bigint(vm, b));
    Ok(vm.new_tuple(items.to_vec()))
}

fn add_classmethod(vm: &mut Vm, t: crate::value::ObjRef, name: &'static str, f: super::NativeFn) {
    let b = vm.new_builtin(name, f);
    if let Value::Obj(r) = b {
        if let Obj::Builtin(bf) = vm.heap.get_mut(r) {
            bf.owner = Some(t);
        }
    }
    let cm = Value::Obj(vm.heap.alloc(Obj::ClassMethod(b)));
    vm.type_set_attr(t, name, cm);
}

/// Positional `i` or keyword `name` of a method (the receiver is `pos[0]`),
/// rejecting a value given both ways.
fn method_arg(vm: &mut Vm, a: &Args, fname: &str, i: usize, name: &str) -> PyResult<Option<Value>> {
    let pos = a.pos.get(i).copied();
    let kw = a.kwarg(vm, name);
    if pos.is_some() && kw.is_some() {
        return Err(vm.type_error(format!(
            "argument for {fname}() given by name ('{name}') and position ({i})"
        )));
    }
    Ok(pos.or(kw))
}

/// The `byteorder` argument: true for big-endian.
fn byteorder(vm: &mut Vm, v: Option<Value>, fname: &str) -> PyResult<bool> {
    let Some(v) = v else { return Ok(true) };
    match vm.as_str(v) {
        Some("big") => Ok(true),
        Some("little") => Ok(false),
        Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "{fname}() argument 'byteorder' must be str, not {tn}"
            )))
        }
    }
}

fn signed_kw(vm: &mut Vm, a: &Args) -> PyResult<bool> {
    match a.kwarg(vm, "signed") {
        Some(v) => ops::truthy(vm, v),
        None => Ok(false),
    }
}

fn check_method_args(vm: &mut Vm, a: &Args, fname: &str, max: usize) -> PyResult<()> {
    a.check_kw(vm, fname, &["length", "byteorder", "signed", "bytes"])?;
    let n = a.pos.len().saturating_sub(1);
    if n > max {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {max} positional arguments ({n} given)"
        )));
    }
    Ok(())
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn to_bytes(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    check_method_args(vm, a, "to_bytes", 2)?;
    let n = big(vm, a.get(0))?;
    let len = match method_arg(vm, a, "to_bytes", 1, "length")? {
        Some(v) => super::int_arg(vm, v)?,
        None => 1,
    };
    let bo = method_arg(vm, a, "to_bytes", 2, "byteorder")?;
    let big_endian = byteorder(vm, bo, "to_bytes")?;
    let signed = signed_kw(vm, a)?;
    if len < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let len = len as usize;
    if n.is_negative() && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    // Big-endian two's complement (or magnitude) with no redundant bytes.
    let mut digits = if n.is_zero() {
        Vec::new()
    } else if signed {
        n.to_signed_bytes_be()
    } else {
        n.to_bytes_be().1
    };
    if digits.len() > len {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let fill = if n.is_negative() { 0xff } else { 0 };
    let mut out = vec![fill; len - digits.len()];
    out.append(&mut digits);
    if !big_endian {
        out.reverse();
    }
    Ok(Value::Obj(vm.heap.alloc(Obj::Bytes(out))))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
fn from_bytes(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    check_method_args(vm, a, "from_bytes", 2)?;
    let Some(src) = method_arg(vm, a, "from_bytes", 1, "bytes")? else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let bo = method_arg(vm, a, "from_bytes", 2, "byteorder")?;
    let big_endian = byteorder(vm, bo, "from_bytes")?;
    let signed = signed_kw(vm, a)?;
    let mut data = byte_source(vm, src)?;
    if !big_endian {
        data.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_be(&data)
    } else {
        BigInt::from_bytes_be(num_bigint::Sign::Plus, &data)
    };
    let n = ops::from_bigint(vm, n);
    of_class(vm, a.get(0), vm.types.int, n)
}

/// The result of alternate constructor `T.name(...)` called on class
/// `cls`: `v` for `T` itself, `cls(v)` for a subclass (as CPython's).
fn of_class(vm: &mut Vm, cls: Value, t: crate::value::ObjRef, v: Value) -> PyResult<Value> {
    if cls.is(Value::Obj(t)) {
        return Ok(v);
    }
    vm.call(cls, vec![v])
}

/// The bytes of `bytes(v)` for a bytes-like object or an iterable of ints.
fn byte_source(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Value::Obj(r) = v {
        match vm.heap.get(r) {
            Obj::Bytes(b) | Obj::ByteArray(b) => return Ok(b.clone()),
            Obj::Str(_) => {
                return Err(vm.type_error("cannot convert 'str' object to bytes"));
            }
            _ => {}
        }
    }
    let it = crate::interp::iter::get_iter(vm, v)?;
    let items = crate::interp::iter::collect(vm, it)?;
    let mut out = Vec::with_capacity(items.len());
    for x in items {
        let n = super::int_arg(vm, x)?;
        if !(0..256).contains(&n) {
            return Err(vm.value_error("bytes must be in range(0, 256)"));
        }
        out.push(n as u8);
    }
    Ok(out)
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exp>` (subnormals as `0x0.`).
fn float_hex(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let f = float_of(vm, a.get(0))?;
    Ok(vm.new_str(hex_of(f)))
}

fn hex_of(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = f.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if exp_bits == 0 {
        (0, -1022)
    } else {
        (1, exp_bits - 1023)
    };
    let es = if exp >= 0 { "+" } else { "-" };
    format!("{sign}0x{lead}.{frac:013x}p{es}{}", exp.abs())
}

/// `m * 2**e` rounded to the nearest float (ties to even), or None on
/// overflow.
fn scale_to_f64(m: &num_bigint::BigUint, e: i64) -> Option<f64> {
    use num_bigint::BigUint;
    if m.is_zero() {
        return Some(0.0);
    }
    let top = m.bits() as i64 - 1 + e;
    // The weight of the last kept bit: 53 significant bits, but never
    // below the smallest subnormal.
    let lsb = (top - 52).max(-1074);
    let shift = lsb - e;
    let mant: BigUint = if shift <= 0 {
        m << ((-shift) as usize)
    } else {
        let s = shift as usize;
        let kept: BigUint = m >> s;
        let rest: BigUint = m - (&kept << s);
        let half = BigUint::from(1u8) << (s - 1);
        let odd = kept.bit(0);
        if rest > half || (rest == half && odd) {
            kept + 1u8
        } else {
            kept
        }
    };
    let mant = u64::try_from(&mant).ok()?;
    if lsb + (64 - mant.leading_zeros() as i64) > 1024 {
        return None;
    }
    // Exact: every intermediate keeps all bits of `mant`.
    let mut x = mant as f64;
    let mut k = lsb;
    while k > 0 {
        let step = k.min(1000);
        x *= 2f64.powi(step as i32);
        k -= step;
    }
    while k < 0 {
        let step = k.max(-1000);
        x *= 2f64.powi(step as i32);
        k -= step;
    }
    if x.is_infinite() {
        return None;
    }
    Some(x)
}

/// `float.fromhex(s)`.
fn float_fromhex(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if a.pos.len() != 2 || !a.kw.is_empty() {
        let n = a.pos.len().saturating_sub(1) + a.kw.len();
        return Err(vm.type_error(format!(
            "float.fromhex() takes exactly one argument ({n} given)"
        )));
    }
    let Some(s) = vm.as_str(a.get(1)).map(String::from) else {
        return Err(vm.type_error("bad argument type for built-in operation"));
    };
    match parse_hex_float(&s) {
        Ok(f) => of_class(vm, a.get(0), vm.types.float, Value::Float(f)),
        Err(true) => Err(vm.overflow_error("hexadecimal value too large to represent as a float")),
        Err(false) => Err(vm.value_error("invalid hexadecimal floating-point string")),
    }
}

/// Parses `[sign][0x]hex[.hex][p[sign]digits]`, `inf`/`infinity` or `nan`;
/// `Err(true)` means overflow, `Err(false)` malformed.
fn parse_hex_float(s: &str) -> Result<f64, bool> {
    let t = s.trim().to_ascii_lowercase();
    let (neg, body) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(&t)),
    };
    let apply = |x: f64| if neg { -x } else { x };
    match body {
        "inf" | "infinity" => return Ok(apply(f64::INFINITY)),
        "nan" => return Ok(apply(f64::NAN)),
        _ => {}
    }
    let body = body.strip_prefix("0x").unwrap_or(body);
    let (mant, exp) = match body.split_once('p') {
        Some((m, e)) => (m, Some(e)),
        None => (body, None),
    };
    let (int_part, frac_part) = match mant.split_once('.') {
        Some((i, f)) => (i, f),
        None => (mant, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(false);
    }
    let mut m = num_bigint::BigUint::zero();
    for c in int_part.chars().chain(frac_part.chars()) {
        let d = c.to_digit(16).ok_or(false)?;
        m = m * 16u8 + d;
    }
    let e: i64 = match exp {
        None => 0,
        Some(e) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
                return Err(false);
            }
            // Exponents this large over- or underflow whatever the digits.
            e.parse::<i64>().unwrap_or(if e.starts_with('-') {
                -(1 << 40)
            } else {
                1 << 40
            })
        }
    };
    let e = e.clamp(-(1 << 40), 1 << 40) - 4 * frac_part.len() as i64;
    scale_to_f64(&m, e).map(apply).ok_or(true)
}
