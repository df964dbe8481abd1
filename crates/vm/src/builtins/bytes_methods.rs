//! Methods of `bytes` and `bytearray`: the text-like methods both share
//! (search, split, strip, case, padding, predicates, `hex`/`fromhex`,
//! `decode`) and the in-place mutators of `bytearray`. A method called on a
//! `bytearray` returns `bytearray` results where CPython does.

use super::Args;
use crate::errors::{PyErr, PyResult};
use crate::interp::iter;
use crate::objects::Obj;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

pub(crate) fn install(vm: &mut Vm) {
    let (b, ba) = (vm.types.bytes, vm.types.bytearray);
    let common: &[(&'static str, super::NativeFn)] = &[
        ("decode", decode),
        ("hex", hex),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("upper", upper),
        ("lower", lower),
        ("swapcase", swapcase),
        ("title", title),
        ("capitalize", capitalize),
        ("split", split),
        ("rsplit", rsplit),
        ("splitlines", splitlines),
        ("join", join),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("replace", replace),
        ("startswith", startswith),
        ("endswith", endswith),
        ("partition", partition),
        ("rpartition", rpartition),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("expandtabs", expandtabs),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("isdigit", isdigit),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isupper", isupper),
        ("islower", islower),
        ("istitle", istitle),
        ("isascii", isascii),
    ];
    vm.add_methods(b, common);
    vm.add_methods(ba, common);
    vm.add_methods(
        ba,
        &[
            ("append", append),
            ("extend", extend),
            ("pop", pop),
            ("insert", insert),
            ("remove", remove),
            ("clear", clear),
            ("reverse", reverse),
            ("copy", copy),
        ],
    );
    for t in [b, ba] {
        let f = vm.new_builtin("fromhex", fromhex);
        if let Value::Obj(r) = f {
            if let Obj::Builtin(bf) = vm.heap.get_mut(r) {
                bf.owner = Some(t);
            }
        }
        let cm = Value::Obj(vm.heap.alloc(Obj::ClassMethod(f)));
        vm.type_set_attr(t, "fromhex", cm);
    }
}

/// ASCII whitespace as CPython's bytes methods see it.
fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// The receiver's bytes and whether it is a `bytearray`.
fn this(vm: &mut Vm, a: &Args, name: &str) -> PyResult<(Vec<u8>, bool)> {
    if let Value::Obj(r) = a.get(0) {
        match vm.heap.get(r) {
            Obj::Bytes(b) => return Ok((b.clone(), false)),
            Obj::ByteArray(b) => return Ok((b.clone(), true)),
            _ => {}
        }
    }
    let tn = vm.type_name(a.get(0));
    Err(vm.type_error(format!(
        "descriptor '{name}' for 'bytes' objects doesn't apply to a '{tn}' object"
    )))
}

/// The bytes of a bytes-like value, if it is one.
fn bytes_like(vm: &Vm, v: Value) -> Option<Vec<u8>> {
    let Value::Obj(r) = v else { return None };
    match vm.heap.get(r) {
        Obj::Bytes(b) | Obj::ByteArray(b) => Some(b.clone()),
        _ => None,
    }
}

/// A bytes-like argument, or CPython's TypeError.
fn buf(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match bytes_like(vm, v) {
        Some(b) => Ok(b),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
        }
    }
}

/// A new `bytes` (or `bytearray` when `ba`).
fn new_bytes(vm: &mut Vm, ba: bool, b: Vec<u8>) -> Value {
    Value::Obj(
        vm.heap
            .alloc(if ba { Obj::ByteArray(b) } else { Obj::Bytes(b) }),
    )
}

fn new_parts(vm: &mut Vm, ba: bool, parts: Vec<Vec<u8>>) -> Value {
    let vals = parts.into_iter().map(|p| new_bytes(vm, ba, p)).collect();
    vm.new_list(vals)
}

/// Checks a method's argument count, not counting the receiver.
fn check(vm: &mut Vm, a: &Args, fname: &str, min: usize, max: usize) -> PyResult<()> {
    Args::new(a.pos.get(1..).unwrap_or(&[]), a.kw).check(vm, fname, min, max)
}

/// The receiver of a method that takes no arguments.
fn this_only(vm: &mut Vm, a: &Args, name: &str) -> PyResult<(Vec<u8>, bool)> {
    let r = this(vm, a, name)?;
    let tn = if r.1 { "bytearray" } else { "bytes" };
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("{tn}.{name}() takes no keyword arguments")));
    }
    if a.pos.len() > 1 {
        let n = a.pos.len() - 1;
        return Err(vm.type_error(format!("{tn}.{name}() takes no arguments ({n} given)")));
    }
    Ok(r)
}

// ---- decode ----

/// A str argument named `what`, or CPython's TypeError.
fn text(vm: &mut Vm, v: Value, what: &str) -> PyResult<String> {
    match vm.as_str(v) {
        Some(s) => Ok(s.to_string()),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("decode() argument '{what}' must be str, not {tn}")))
        }
    }
}

/// `bytes.decode(encoding='utf-8', errors='strict')`.
fn decode(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = match a.get(0) {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Bytes(b) | Obj::ByteArray(b) => b.clone(),
            _ => return Err(vm.type_error("decode() needs bytes")),
        },
        _ => return Err(vm.type_error("decode() needs bytes")),
    };
    let enc = match a.arg(vm, 1, "encoding") {
        Some(v) => text(vm, v, "encoding")?
            .to_ascii_lowercase()
            .replace('_', "-"),
        None => "utf-8".into(),
    };
    let errors = match a.arg(vm, 2, "errors") {
        Some(v) => text(vm, v, "errors")?,
        None => "strict".into(),
    };
    let s = match enc.as_str() {
        "utf-8" | "utf8" => match String::from_utf8(b.clone()) {
            Ok(s) => s,
            Err(_) if errors == "replace" || errors == "ignore" => {
                let mut out = String::new();
                for chunk in b.utf8_chunks() {
                    out.push_str(chunk.valid());
                    if !chunk.invalid().is_empty() && errors == "replace" {
                        out.push('\u{fffd}');
                    }
                }
                out
            }
            Err(e) => {
                let pos = e.utf8_error().valid_up_to();
                let byte = b[pos];
                return Err(vm.err(
                    vm.exc.unicode_decode_error,
                    format!("'utf-8' codec can't decode byte 0x{byte:02x} in position {pos}: invalid start byte"),
                ));
            }
        },
        "latin-1" | "latin1" | "iso-8859-1" => b.iter().map(|&x| x as char).collect(),
        "ascii" => {
            if let Some(pos) = b.iter().position(|&x| x >= 128) {
                let byte = b[pos];
                return Err(vm.err(
                    vm.exc.unicode_decode_error,
                    format!("'ascii' codec can't decode byte 0x{byte:02x} in position {pos}: ordinal not in range(128)"),
                ));
            }
            b.iter().map(|&x| x as char).collect()
        }
        other => return Err(vm.err(vm.exc.lookup_error, format!("unknown encoding: {other}"))),
    };
    Ok(vm.new_str(s))
}

// ---- hex / fromhex ----

fn hex(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check_kw(vm, "hex", &["sep", "bytes_per_sep"])?;
    check(vm, a, "hex", 0, 2).or_else(|e| if a.kw.is_empty() { Err(e) } else { Ok(()) })?;
    let (b, _) = this(vm, a, "hex")?;
    let sep = match a.arg(vm, 1, "sep") {
        None => None,
        Some(v) => {
            let s: Vec<u8> = match vm.as_str(v) {
                Some(s) => {
                    if !s.is_ascii() {
                        return Err(vm.value_error("sep must be ASCII."));
                    }
                    s.as_bytes().to_vec()
                }
                None => match bytes_like(vm, v) {
                    Some(b) => b,
                    None => {
                        let tn = vm.type_name(v);
                        return Err(vm.type_error(format!("object of type '{tn}' has no len()")));
                    }
                },
            };
            if s.len() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            Some(s[0] as char)
        }
    };
    let per = match a.arg(vm, 2, "bytes_per_sep") {
        Some(v) => super::int_arg(vm, v)?,
        None => 1,
    };
    let digits: Vec<String> = b.iter().map(|x| format!("{x:02x}")).collect();
    let out = match sep {
        Some(sep) if per != 0 && !b.is_empty() => {
            let k = per.unsigned_abs() as usize;
            let n = digits.len();
            let mut s = String::new();
            for (i, d) in digits.iter().enumerate() {
                // Positive counts group from the right, negative from the left.
                let boundary = if per > 0 {
                    (n - i).is_multiple_of(k)
                } else {
                    i.is_multiple_of(k)
                };
                if i > 0 && boundary {
                    s.push(sep);
                }
                s.push_str(d);
            }
            s
        }
        _ => digits.concat(),
    };
    Ok(vm.new_str(out))
}

fn fromhex(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    check(vm, a, "fromhex", 1, 1)?;
    let ba = matches!(a.get(0), Value::Obj(t) if t == vm.types.bytearray);
    let Some(s) = vm.as_str(a.get(1)).map(|s| s.as_bytes().to_vec()) else {
        let tn = vm.type_name(a.get(1));
        return Err(vm.type_error(format!("fromhex() argument must be str, not {tn}")));
    };
    let digit = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    let mut out = Vec::new();
    let mut i = 0;
    let bad = |vm: &mut Vm, i: usize| {
        vm.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {i}"
        ))
    };
    while i < s.len() {
        if is_space(s[i]) {
            i += 1;
            continue;
        }
        let Some(hi) = digit(s[i]) else {
            return Err(bad(vm, i));
        };
        let Some(lo) = s.get(i + 1).and_then(|&c| digit(c)) else {
            return Err(bad(vm, i + 1));
        };
        out.push(hi * 16 + lo);
        i += 2;
    }
    Ok(new_bytes(vm, ba, out))
}

// ---- strip / case ----

fn strip_with(vm: &mut Vm, a: &Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    check(vm, a, name, 0, 1)?;
    let (b, ba) = this(vm, a, name)?;
    let chars = match a.get(1) {
        Value::Null | Value::None => None,
        v => Some(buf(vm, v)?),
    };
    let strip_it = |c: u8| match &chars {
        None => is_space(c),
        Some(cs) => cs.contains(&c),
    };
    let mut lo = 0;
    let mut hi = b.len();
    if left {
        while lo < hi && strip_it(b[lo]) {
            lo += 1;
        }
    }
    if right {
        while hi > lo && strip_it(b[hi - 1]) {
            hi -= 1;
        }
    }
    Ok(new_bytes(vm, ba, b[lo..hi].to_vec()))
}

fn strip(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    strip_with(vm, a, "strip", true, true)
}
fn lstrip(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    strip_with(vm, a, "lstrip", true, false)
}
fn rstrip(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    strip_with(vm, a, "rstrip", false, true)
}

fn map_bytes(vm: &mut Vm, a: &Args, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let (b, ba) = this_only(vm, a, name)?;
    Ok(new_bytes(vm, ba, f(&b)))
}

fn upper(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    map_bytes(vm, a, "upper", |b| b.to_ascii_uppercase())
}
fn lower(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    map_bytes(vm, a, "lower", |b| b.to_ascii_lowercase())
}
fn swapcase(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    map_bytes(vm, a, "swapcase", |b| {
        b.iter()
            .map(|&c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect()
    })
}
fn title(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    map_bytes(vm, a, "title", |b| {
        let mut prev_cased = false;
        b.iter()
            .map(|&c| {
                let r = if prev_cased {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev_cased = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}
fn capitalize(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    map_bytes(vm, a, "capitalize", |b| {
        b.iter()
            .enumerate()
            .map(|(i, &c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

// ---- split / join ----

type SplitArgs = (Vec<u8>, bool, Option<Vec<u8>>, usize);

fn split_args(vm: &mut Vm, a: &Args, name: &str) -> PyResult<SplitArgs> {
    a.check_kw(vm, name, &["sep", "maxsplit"])?;
    check(vm, a, name, 0, 2).or_else(|e| if a.kw.is_empty() { Err(e) } else { Ok(()) })?;
    let (b, ba) = this(vm, a, name)?;
    let sep = match a.arg(vm, 1, "sep") {
        None | Some(Value::None) => None,
        Some(v) => {
            let s = buf(vm, v)?;
            if s.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(s)
        }
    };
    let max = match a.arg(vm, 2, "maxsplit") {
        Some(v) => super::int_arg(vm, v)?,
        None => -1,
    };
    Ok((b, ba, sep, if max < 0 { usize::MAX } else { max as usize }))
}

fn find_at(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    (from..=hay.len() - needle.len()).find(|&i| &hay[i..i + needle.len()] == needle)
}

fn rfind_in(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - needle.len())
        .rev()
        .find(|&i| &hay[i..i + needle.len()] == needle)
}

fn split(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (b, ba, sep, max) = split_args(vm, a, "split")?;
    let mut parts = Vec::new();
    match sep {
        None => {
            let mut i = 0;
            loop {
                while i < b.len() && is_space(b[i]) {
                    i += 1;
                }
                if i == b.len() {
                    break;
                }
                if parts.len() == max {
                    let mut end = b.len();
                    while end > i && is_space(b[end - 1]) {
                        end -= 1;
                    }
                    parts.push(b[i..end].to_vec());
                    break;
                }
                let start = i;
                while i < b.len() && !is_space(b[i]) {
                    i += 1;
                }
                parts.push(b[start..i].to_vec());
            }
        }
        Some(sep) => {
            let mut start = 0;
            while parts.len() < max {
                match find_at(&b, &sep, start) {
                    Some(j) => {
                        parts.push(b[start..j].to_vec());
                        start = j + sep.len();
                    }
                    None => break,
                }
            }
            parts.push(b[start..].to_vec());
        }
    }
    Ok(new_parts(vm, ba, parts))
}

fn rsplit(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (b, ba, sep, max) = split_args(vm, a, "rsplit")?;
    let mut parts = Vec::new();
    match sep {
        None => {
            let mut i = b.len();
            loop {
                while i > 0 && is_space(b[i - 1]) {
                    i -= 1;
                }
                if i == 0 {
                    break;
                }
                if parts.len() == max {
                    let mut start = 0;
                    while start < i && is_space(b[start]) {
                        start += 1;
                    }
                    parts.push(b[start..i].to_vec());
                    break;
                }
                let end = i;
                while i > 0 && !is_space(b[i - 1]) {
                    i -= 1;
                }
                parts.push(b[i..end].to_vec());
            }
        }
        Some(sep) => {
            let mut end = b.len();
            while parts.len() < max {
                match rfind_in(&b[..end], &sep) {
                    Some(j) => {
                        parts.push(b[j + sep.len()..end].to_vec());
                        end = j;
                    }
                    None => break,
                }
            }
            parts.push(b[..end].to_vec());
        }
    }
    parts.reverse();
    Ok(new_parts(vm, ba, parts))
}

fn splitlines(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check_kw(vm, "splitlines", &["keepends"])?;
    let (b, ba) = this(vm, a, "splitlines")?;
    let keep = match a.arg(vm, 1, "keepends") {
        Some(v) => crate::interp::ops::truthy(vm, v)?,
        None => false,
    };
    let mut parts = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let eol = match b[i] {
            b'\r' if b.get(i + 1) == Some(&b'\n') => 2,
            b'\r' | b'\n' => 1,
            _ => {
                i += 1;
                continue;
            }
        };
        let end = if keep { i + eol } else { i };
        parts.push(b[start..end].to_vec());
        i += eol;
        start = i;
    }
    if start < b.len() {
        parts.push(b[start..].to_vec());
    }
    Ok(new_parts(vm, ba, parts))
}

fn join(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    check(vm, a, "join", 1, 1)?;
    let (sep, ba) = this(vm, a, "join")?;
    let it = match iter::get_iter(vm, a.get(1)) {
        Err(PyErr::Exc(e)) if vm.exc_matches(Value::Obj(e), vm.exc.type_error) => {
            return Err(vm.type_error("can only join an iterable"));
        }
        r => r?,
    };
    let items = iter::collect(vm, it)?;
    let mut out = Vec::new();
    for (i, v) in items.into_iter().enumerate() {
        let Some(b) = bytes_like(vm, v) else {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {tn} found"
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    Ok(new_bytes(vm, ba, out))
}

// ---- search ----

/// The `sub` argument of find/count/index: bytes-like or an int byte.
fn needle(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(vm, v) {
        return Ok(b);
    }
    if matches!(v, Value::Int(_) | Value::Bool(_)) || crate::interp::ops::to_bigint(vm, v).is_some()
    {
        return Ok(vec![byte_value(vm, v)?]);
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!(
        "argument should be integer or bytes-like object, not '{tn}'"
    )))
}

/// `item in b` for bytes and bytearray.
pub(crate) fn contains(vm: &mut Vm, b: &[u8], item: Value) -> PyResult<bool> {
    let sub = match bytes_like(vm, item) {
        Some(sub) => sub,
        None => match item {
            Value::Int(_) | Value::Bool(_) => vec![byte_value(vm, item)?],
            _ if crate::interp::ops::to_bigint(vm, item).is_some() => vec![byte_value(vm, item)?],
            _ => buf(vm, item)?,
        },
    };
    Ok(find_at(b, &sub, 0).is_some())
}

/// An int in range(256), with CPython's errors.
pub(crate) fn byte_value(vm: &mut Vm, v: Value) -> PyResult<u8> {
    let n = match super::int_arg(vm, v) {
        Ok(n) => n,
        Err(e) if crate::interp::ops::to_bigint(vm, v).is_some() => {
            let _ = e;
            return Err(vm.value_error("byte must be in range(0, 256)"));
        }
        Err(e) => return Err(e),
    };
    if !(0..256).contains(&n) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    Ok(n as u8)
}

/// The `[start:end]` window of optional arguments `at` and `at + 1`, or
/// None when start lies beyond the end.
fn window(vm: &mut Vm, a: &Args, len: usize, at: usize) -> PyResult<Option<(usize, usize)>> {
    let n = len as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i };
    let start = match a.pos.get(at) {
        Some(&v) if !matches!(v, Value::None) => norm(super::int_arg(vm, v)?),
        _ => 0,
    };
    let end = match a.pos.get(at + 1) {
        Some(&v) if !matches!(v, Value::None) => norm(super::int_arg(vm, v)?).min(n),
        _ => n,
    };
    if start > n {
        return Ok(None);
    }
    Ok(Some((start as usize, (end.max(start)) as usize)))
}

fn search(vm: &mut Vm, a: &Args, name: &str, rev: bool) -> PyResult<i64> {
    check(vm, a, name, 1, 3)?;
    let (b, _) = this(vm, a, name)?;
    let sub = needle(vm, a.get(1))?;
    let Some((lo, hi)) = window(vm, a, b.len(), 2)? else {
        return Ok(-1);
    };
    let w = &b[lo..hi];
    let found = if rev {
        rfind_in(w, &sub)
    } else {
        find_at(w, &sub, 0)
    };
    Ok(found.map_or(-1, |i| (lo + i) as i64))
}

fn find(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::Int(search(vm, a, "find", false)?))
}
fn rfind(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::Int(search(vm, a, "rfind", true)?))
}
fn index(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    match search(vm, a, "index", false)? {
        -1 => Err(vm.value_error("subsection not found")),
        i => Ok(Value::Int(i)),
    }
}
fn rindex(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    match search(vm, a, "rindex", true)? {
        -1 => Err(vm.value_error("subsection not found")),
        i => Ok(Value::Int(i)),
    }
}

fn count_in(hay: &[u8], sub: &[u8]) -> usize {
    if sub.is_empty() {
        return hay.len() + 1;
    }
    let mut n = 0;
    let mut i = 0;
    while let Some(j) = find_at(hay, sub, i) {
        n += 1;
        i = j + sub.len();
    }
    n
}

fn count(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    check(vm, a, "count", 1, 3)?;
    let (b, _) = this(vm, a, "count")?;
    let sub = needle(vm, a.get(1))?;
    let n = match window(vm, a, b.len(), 2)? {
        Some((lo, hi)) => count_in(&b[lo..hi], &sub),
        None => 0,
    };
    Ok(Value::Int(n as i64))
}

fn replace(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    check(vm, a, "replace", 2, 3)?;
    let (b, ba) = this(vm, a, "replace")?;
    let old = buf(vm, a.get(1))?;
    let new = buf(vm, a.get(2))?;
    let max = match a.pos.get(3) {
        Some(&v) => super::int_arg(vm, v)?,
        None => -1,
    };
    let mut left = if max < 0 { usize::MAX } else { max as usize };
    let mut out = Vec::new();
    if old.is_empty() {
        for (i, &c) in b.iter().enumerate() {
            if left > 0 {
                out.extend_from_slice(&new);
                left -= 1;
            }
            out.push(c);
            if i + 1 == b.len() && left > 0 {
                out.extend_from_slice(&new);
            }
        }
        if b.is_empty() && left > 0 {
            out.extend_from_slice(&new);
        }
        return Ok(new_bytes(vm, ba, out));
    }
    let mut i = 0;
    while left > 0 {
        match find_at(&b, &old, i) {
            Some(j) => {
                out.extend_from_slice(&b[i..j]);
                out.extend_from_slice(&new);
                i = j + old.len();
                left -= 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&b[i..]);
    Ok(new_bytes(vm, ba, out))
}

fn affix(vm: &mut Vm, a: &Args, name: &str, start: bool) -> PyResult<Value> {
    check(vm, a, name, 1, 3)?;
    let (b, _) = this(vm, a, name)?;
    let arg = a.get(1);
    let tuple = vm.tuple_items(arg).map(|items| items.to_vec());
    let is_tuple = tuple.is_some();
    let cands: Vec<Value> = tuple.unwrap_or_else(|| vec![arg]);
    if !is_tuple && bytes_like(vm, arg).is_none() {
        let tn = vm.type_name(arg);
        return Err(vm.type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {tn}"
        )));
    }
    let win = window(vm, a, b.len(), 2)?;
    for c in cands {
        let p = buf(vm, c)?;
        let Some((lo, hi)) = win else { continue };
        let w = &b[lo..hi];
        if (start && w.starts_with(&p)) || (!start && w.ends_with(&p)) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn startswith(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    affix(vm, a, "startswith", true)
}
fn endswith(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    affix(vm, a, "endswith", false)
}

fn partition_impl(vm: &mut Vm, a: &Args, name: &str, rev: bool) -> PyResult<Value> {
    check(vm, a, name, 1, 1)?;
    let (b, ba) = this(vm, a, name)?;
    let sep = buf(vm, a.get(1))?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if rev {
        rfind_in(&b, &sep)
    } else {
        find_at(&b, &sep, 0)
    };
    let parts = match found {
        Some(i) => [b[..i].to_vec(), sep.clone(), b[i + sep.len()..].to_vec()],
        None if rev => [Vec::new(), Vec::new(), b],
        None => [b, Vec::new(), Vec::new()],
    };
    let vals = parts.into_iter().map(|p| new_bytes(vm, ba, p)).collect();
    Ok(vm.new_tuple(vals))
}

fn partition(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    partition_impl(vm, a, "partition", false)
}
fn rpartition(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    partition_impl(vm, a, "rpartition", true)
}

// ---- padding ----

fn pad(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Value> {
    check(vm, a, name, 1, 2)?;
    let (b, ba) = this(vm, a, name)?;
    let width = super::int_arg(vm, a.get(1))?.max(0) as usize;
    let fill = match a.pos.get(2) {
        None => b' ',
        Some(&v) => match bytes_like(vm, v) {
            Some(f) if f.len() == 1 => f[0],
            _ => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {tn}"
                )));
            }
        },
    };
    if b.len() >= width {
        return Ok(new_bytes(vm, ba, b));
    }
    let total = width - b.len();
    let left = match name {
        "ljust" => 0,
        "rjust" => total,
        _ => total / 2 + (total & width & 1),
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&b);
    out.resize(width, fill);
    Ok(new_bytes(vm, ba, out))
}

fn center(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    pad(vm, a, "center")
}
fn ljust(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    pad(vm, a, "ljust")
}
fn rjust(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    pad(vm, a, "rjust")
}

fn zfill(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    check(vm, a, "zfill", 1, 1)?;
    let (b, ba) = this(vm, a, "zfill")?;
    let width = super::int_arg(vm, a.get(1))?.max(0) as usize;
    if b.len() >= width {
        return Ok(new_bytes(vm, ba, b));
    }
    let zeros = vec![b'0'; width - b.len()];
    let out = match b.first() {
        Some(&c @ (b'+' | b'-')) => [&[c][..], &zeros, &b[1..]].concat(),
        _ => [&zeros[..], &b].concat(),
    };
    Ok(new_bytes(vm, ba, out))
}

fn expandtabs(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check_kw(vm, "expandtabs", &["tabsize"])?;
    let (b, ba) = this(vm, a, "expandtabs")?;
    let tab = match a.arg(vm, 1, "tabsize") {
        Some(v) => super::int_arg(vm, v)?,
        None => 8,
    };
    let mut out = Vec::new();
    let mut col = 0i64;
    for &c in &b {
        match c {
            b'\t' => {
                if tab > 0 {
                    let n = tab - col % tab;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(new_bytes(vm, ba, out))
}

fn removeprefix(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    check(vm, a, "removeprefix", 1, 1)?;
    let (b, ba) = this(vm, a, "removeprefix")?;
    let p = buf(vm, a.get(1))?;
    let out = b.strip_prefix(&p[..]).unwrap_or(&b).to_vec();
    Ok(new_bytes(vm, ba, out))
}
fn removesuffix(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    check(vm, a, "removesuffix", 1, 1)?;
    let (b, ba) = this(vm, a, "removesuffix")?;
    let p = buf(vm, a.get(1))?;
    let out = b.strip_suffix(&p[..]).unwrap_or(&b).to_vec();
    Ok(new_bytes(vm, ba, out))
}

// ---- predicates ----

fn pred(vm: &mut Vm, a: &Args, name: &str, f: fn(&[u8]) -> bool) -> PyResult<Value> {
    let (b, _) = this_only(vm, a, name)?;
    Ok(Value::Bool(f(&b)))
}

fn isdigit(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    pred(vm, a, "isdigit", |b| {
        !b.is_empty() && b.iter().all(u8::is_ascii_digit)
    })
}
fn isalpha(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    pred(vm, a, "isalpha", |b| {
        !b.is_empty() && b.iter().all(u8::is_ascii_alphabetic)
    })
}
fn isalnum(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    pred(vm, a, "isalnum", |b| {
        !b.is_empty() && b.iter().all(u8::is_ascii_alphanumeric)
    })
}
fn isspace(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    pred(vm, a, "isspace", |b| {
        !b.is_empty() && b.iter().all(|&c| is_space(c))
    })
}
fn isupper(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    pred(vm, a, "isupper", |b| {
        b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)
    })
}
fn islower(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    pred(vm, a, "islower", |b| {
        b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)
    })
}
fn isascii(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    pred(vm, a, "isascii", |b| b.is_ascii())
}
fn istitle(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    pred(vm, a, "istitle", |b| {
        let mut cased = false;
        let mut prev_cased = false;
        for &c in b {
            if c.is_ascii_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if c.is_ascii_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}

// ---- bytearray mutation ----

/// The receiver of a bytearray mutator.
fn target(vm: &mut Vm, a: &Args, name: &str) -> PyResult<ObjRef> {
    if let Value::Obj(r) = a.get(0) {
        if matches!(vm.heap.get(r), Obj::ByteArray(_)) {
            return Ok(r);
        }
    }
    let tn = vm.type_name(a.get(0));
    Err(vm.type_error(format!(
        "descriptor '{name}' for 'bytearray' objects doesn't apply to a '{tn}' object"
    )))
}

fn with_bytes<R>(vm: &mut Vm, r: ObjRef, f: impl FnOnce(&mut Vec<u8>) -> R) -> R {
    match vm.heap.get_mut(r) {
        Obj::ByteArray(b) => f(b),
        _ => f(&mut Vec::new()),
    }
}

fn append(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    check(vm, a, "append", 1, 1)?;
    let r = target(vm, a, "append")?;
    let x = byte_value(vm, a.get(1))?;
    with_bytes(vm, r, |b| b.push(x));
    Ok(Value::None)
}

fn extend(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    check(vm, a, "extend", 1, 1)?;
    let r = target(vm, a, "extend")?;
    let v = a.get(1);
    let items = match bytes_like(vm, v) {
        Some(b) => b,
        None => {
            let it = match iter::get_iter(vm, v) {
                Err(PyErr::Exc(e)) if vm.exc_matches(Value::Obj(e), vm.exc.type_error) => {
                    let tn = vm.type_name(v);
                    return Err(vm.type_error(format!("can't extend bytearray with {tn}")));
                }
                r => r?,
            };
            let vals = iter::collect(vm, it)?;
            let mut out = Vec::with_capacity(vals.len());
            for x in vals {
                out.push(byte_value(vm, x)?);
            }
            out
        }
    };
    with_bytes(vm, r, |b| b.extend_from_slice(&items));
    Ok(Value::None)
}

fn pop(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    check(vm, a, "pop", 0, 1)?;
    let r = target(vm, a, "pop")?;
    let len = with_bytes(vm, r, |b| b.len());
    let i = match a.pos.get(1) {
        Some(&v) => super::int_arg(vm, v)?,
        None => -1,
    };
    if len == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let Some(j) = super::norm_index(i, len) else {
        return Err(vm.index_error("pop index out of range"));
    };
    let x = with_bytes(vm, r, |b| b.remove(j));
    Ok(Value::Int(x as i64))
}

fn insert(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    check(vm, a, "insert", 2, 2)?;
    let r = target(vm, a, "insert")?;
    let i = super::int_arg(vm, a.get(1))?;
    let x = byte_value(vm, a.get(2))?;
    with_bytes(vm, r, |b| {
        let n = b.len() as i64;
        let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
        b.insert(j as usize, x);
    });
    Ok(Value::None)
}

fn remove(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    check(vm, a, "remove", 1, 1)?;
    let r = target(vm, a, "remove")?;
    let x = byte_value(vm, a.get(1))?;
    let found = with_bytes(vm, r, |b| match b.iter().position(|&c| c == x) {
        Some(i) => {
            b.remove(i);
            true
        }
        None => false,
    });
    if !found {
        return Err(vm.value_error("value not found in bytearray"));
    }
    Ok(Value::None)
}

fn clear(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    check(vm, a, "clear", 0, 0)?;
    let r = target(vm, a, "clear")?;
    with_bytes(vm, r, |b| b.clear());
    Ok(Value::None)
}

fn reverse(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    check(vm, a, "reverse", 0, 0)?;
    let r = target(vm, a, "reverse")?;
    with_bytes(vm, r, |b| b.reverse());
    Ok(Value::None)
}

fn copy(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    check(vm, a, "copy", 0, 0)?;
    let r = target(vm, a, "copy")?;
    let b = with_bytes(vm, r, |b| b.clone());
    Ok(new_bytes(vm, true, b))
}

/// `del ba[k]` for an int or slice key.
pub(crate) fn bytearray_delitem(vm: &mut Vm, r: ObjRef, k: Value) -> PyResult<bool> {
    let len = with_bytes(vm, r, |b| b.len());
    if let Value::Obj(kr) = k {
        if matches!(vm.heap.get(kr), Obj::Slice(..)) {
            let (start, _, step, count) = super::slice_indices(vm, kr, len)?;
            let mut idx: Vec<usize> = (0..count)
                .map(|i| (start + i as i64 * step) as usize)
                .collect();
            idx.sort_unstable();
            with_bytes(vm, r, |b| {
                for i in idx.into_iter().rev() {
                    b.remove(i);
                }
            });
            return Ok(true);
        }
    }
    let i = super::index_of(vm, k, "bytearray")?;
    match super::norm_index(i, len) {
        Some(j) => {
            with_bytes(vm, r, |b| b.remove(j));
            Ok(true)
        }
        None => Err(vm.index_error("bytearray index out of range")),
    }
}

/// `+` and `*` with a bytes or bytearray left operand (`ba += x` and
/// `ba *= n` update `ba` in place); None when the operands don't apply.
pub(crate) fn binary(
    vm: &mut Vm,
    ra: ObjRef,
    b: Value,
    add: bool,
    inplace: bool,
) -> PyResult<Option<Value>> {
    let (x, ba) = match vm.heap.get(ra) {
        Obj::Bytes(x) => (x.clone(), false),
        Obj::ByteArray(x) => (x.clone(), true),
        _ => return Ok(None),
    };
    let out = if add {
        let Some(y) = bytes_like(vm, b) else {
            return Ok(None);
        };
        [x, y].concat()
    } else {
        let n = match b {
            Value::Int(n) => n,
            Value::Bool(t) => t as i64,
            _ => return Ok(None),
        };
        let n = n.max(0) as usize;
        if x.len().saturating_mul(n) > 100_000_000 {
            return Err(PyErr::limit("sequence repetition result is too large"));
        }
        x.repeat(n)
    };
    if ba && inplace {
        with_bytes(vm, ra, |v| *v = out);
        return Ok(Some(Value::Obj(ra)));
    }
    Ok(Some(new_bytes(vm, ba, out)))
}

/// `ba[slice] = v` for bytes-like `v` or an iterable of ints.
pub(crate) fn bytearray_setslice(vm: &mut Vm, r: ObjRef, s: ObjRef, v: Value) -> PyResult<()> {
    let new = match bytes_like(vm, v) {
        Some(b) => b,
        None => {
            if matches!(v, Value::Int(_) | Value::Bool(_)) || vm.as_str(v).is_some() {
                return Err(vm.type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                ));
            }
            let it = iter::get_iter(vm, v)?;
            let vals = iter::collect(vm, it)?;
            let mut out = Vec::with_capacity(vals.len());
            for x in vals {
                out.push(byte_value(vm, x)?);
            }
            out
        }
    };
    let len = with_bytes(vm, r, |b| b.len());
    let (start, stop, step, count) = super::slice_indices(vm, s, len)?;
    if step == 1 {
        let lo = start.clamp(0, len as i64) as usize;
        let hi = (stop.clamp(0, len as i64) as usize).max(lo);
        with_bytes(vm, r, |b| {
            b.splice(lo..hi, new);
        });
        return Ok(());
    }
    if new.len() != count {
        return Err(vm.value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {count}",
            new.len()
        )));
    }
    with_bytes(vm, r, |b| {
        for (i, x) in new.into_iter().enumerate() {
            b[(start + i as i64 * step) as usize] = x;
        }
    });
    Ok(())
}
