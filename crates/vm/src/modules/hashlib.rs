//! `hashlib`: md5, sha1 and the sha2 family, with CPython's GIL behaviour:
//! hashing 2048 bytes or more at once (in the constructor or `update`)
//! releases the GIL for the time the hash takes (`HASHLIB_GIL_MINSIZE` in
//! CPython's Modules/hashlib.h), so other threads run meanwhile; smaller
//! inputs are hashed holding it. The simulated time per byte was measured
//! with CPython 3.11's OpenSSL-backed hashlib on the reference machine
//! (docs/MACHINE.md).

use super::{add_fn, set_attr, Obj};
use crate::builtins::Args;
use crate::errors::PyResult;
use crate::objects::Layout;
use crate::syscall::Syscall;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use sha2::Digest;

/// CPython releases the GIL for inputs at least this long.
const GIL_MINSIZE: usize = 2048;

/// A running hash.
#[derive(Clone, Debug)]
pub enum Hasher {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
}

/// (name, digest size, block size, picoseconds per byte).
const ALGORITHMS: &[(&str, usize, usize, u64)] = &[
    ("md5", 16, 64, 1_080),
    ("sha1", 20, 64, 440),
    ("sha224", 28, 64, 460),
    ("sha256", 32, 64, 460),
    ("sha384", 48, 128, 790),
    ("sha512", 64, 128, 790),
];

impl Hasher {
    fn new(name: &str) -> Option<Hasher> {
        Some(match name {
            "md5" => Hasher::Md5(md5::Md5::new()),
            "sha1" => Hasher::Sha1(sha1::Sha1::new()),
            "sha224" => Hasher::Sha224(sha2::Sha224::new()),
            "sha256" => Hasher::Sha256(sha2::Sha256::new()),
            "sha384" => Hasher::Sha384(sha2::Sha384::new()),
            "sha512" => Hasher::Sha512(sha2::Sha512::new()),
            _ => return None,
        })
    }

    pub fn name(&self) -> &'static str {
        match self {
            Hasher::Md5(_) => "md5",
            Hasher::Sha1(_) => "sha1",
            Hasher::Sha224(_) => "sha224",
            Hasher::Sha256(_) => "sha256",
            Hasher::Sha384(_) => "sha384",
            Hasher::Sha512(_) => "sha512",
        }
    }

    fn info(&self) -> (usize, usize, u64) {
        let name = self.name();
        ALGORITHMS
            .iter()
            .find(|a| a.0 == name)
            .map(|a| (a.1, a.2, a.3))
            .unwrap_or((0, 0, 0))
    }

    fn update(&mut self, data: &[u8]) {
        match self {
            Hasher::Md5(h) => h.update(data),
            Hasher::Sha1(h) => h.update(data),
            Hasher::Sha224(h) => h.update(data),
            Hasher::Sha256(h) => h.update(data),
            Hasher::Sha384(h) => h.update(data),
            Hasher::Sha512(h) => h.update(data),
        }
    }

    fn digest(&self) -> Vec<u8> {
        match self.clone() {
            Hasher::Md5(h) => h.finalize().to_vec(),
            Hasher::Sha1(h) => h.finalize().to_vec(),
            Hasher::Sha224(h) => h.finalize().to_vec(),
            Hasher::Sha256(h) => h.finalize().to_vec(),
            Hasher::Sha384(h) => h.finalize().to_vec(),
            Hasher::Sha512(h) => h.finalize().to_vec(),
        }
    }
}

pub(crate) fn install(vm: &mut Vm, m: ObjRef) {
    hash_type(vm);
    add_fn(vm, m, "new", new);
    add_fn(vm, m, "md5", md5_new);
    add_fn(vm, m, "sha1", sha1_new);
    add_fn(vm, m, "sha224", sha224_new);
    add_fn(vm, m, "sha256", sha256_new);
    add_fn(vm, m, "sha384", sha384_new);
    add_fn(vm, m, "sha512", sha512_new);
    for name in UNSUPPORTED {
        add_fn(vm, m, name, unsupported);
    }
    // CPython's guaranteed set (some of which corelab does not compute yet:
    // those stop the run with "unsupported" when used).
    let names: Vec<Value> = ALGORITHMS
        .iter()
        .map(|a| a.0)
        .chain(UNSUPPORTED)
        .map(|n| vm.new_str(n))
        .collect();
    if let Ok(set) = crate::builtins::new_set_of(vm, true, &names) {
        set_attr(vm, m, "algorithms_guaranteed", set);
        set_attr(vm, m, "algorithms_available", set);
    }
}

/// Algorithms CPython guarantees that corelab does not provide yet.
const UNSUPPORTED: [&str; 8] = [
    "blake2b",
    "blake2s",
    "sha3_224",
    "sha3_256",
    "sha3_384",
    "sha3_512",
    "shake_128",
    "shake_256",
];

fn unsupported(_vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Err(crate::errors::PyErr::unsupported(
        "hashlib's blake2 and sha3 algorithms are not supported by corelab yet",
    ))
}

/// The `_hashlib.HASH` type, created once per process.
fn hash_type(vm: &mut Vm) -> ObjRef {
    if let Some(t) = vm.hash_type {
        return t;
    }
    let object = vm.types.object;
    let t = vm.new_type_raw("HASH", &[object], Layout::Builtin);
    vm.type_obj_mut(t).module = "_hashlib".into();
    vm.add_methods(
        t,
        &[
            ("update", update),
            ("digest", digest),
            ("hexdigest", hexdigest),
            ("copy", copy),
            ("__repr__", hash_repr),
        ],
    );
    for (name, getter) in [
        ("name", get_name as crate::builtins::NativeFn),
        ("digest_size", get_digest_size),
        ("block_size", get_block_size),
    ] {
        let g = vm.new_builtin(name, getter);
        let p = vm
            .heap
            .alloc(Obj::Property(g, Value::None, Value::None, Value::Null));
        vm.type_set_attr(t, name, Value::Obj(p));
    }
    vm.hash_type = Some(t);
    t
}

fn md5_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    construct(vm, a, "md5", 0)
}
fn sha1_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    construct(vm, a, "sha1", 0)
}
fn sha224_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    construct(vm, a, "sha224", 0)
}
fn sha256_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    construct(vm, a, "sha256", 0)
}
fn sha384_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    construct(vm, a, "sha384", 0)
}
fn sha512_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    construct(vm, a, "sha512", 0)
}

/// `hashlib.new(name, data=b'', *, usedforsecurity=True)`.
fn new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Some(name) = a.arg(vm, 0, "name") else {
        return Err(vm.type_error("new() missing required argument 'name' (pos 1)"));
    };
    let Some(name) = vm.as_str(name).map(|s| s.to_ascii_lowercase()) else {
        let tn = vm.type_name(name);
        return Err(vm.type_error(format!("new() argument 'name' must be str, not {tn}")));
    };
    match ALGORITHMS.iter().find(|x| x.0 == name) {
        Some(x) => construct(vm, a, x.0, 1),
        None if UNSUPPORTED.contains(&name.as_str()) => unsupported(vm, a),
        None => Err(vm.value_error(format!("unsupported hash type {name}"))),
    }
}

/// A new hash of `name` over the data argument at position `pos`.
fn construct(vm: &mut Vm, a: &Args, name: &str, pos: usize) -> PyResult<Value> {
    a.check_kw(vm, name, &["data", "string", "usedforsecurity", "name"])?;
    let data = match a
        .pos
        .get(pos)
        .copied()
        .or_else(|| a.kwarg(vm, "data"))
        .or_else(|| a.kwarg(vm, "string"))
    {
        Some(v) => Some(data_bytes(vm, v)?),
        None => None,
    };
    let Some(mut h) = Hasher::new(name) else {
        return Err(vm.value_error(format!("unsupported hash type {name}")));
    };
    if let Some(d) = &data {
        hash_time(vm, &h, d.len())?;
        h.update(d);
    }
    hash_type(vm);
    Ok(Value::Obj(vm.heap.alloc(Obj::Hash(Box::new(h)))))
}

/// The bytes of a bytes-like argument, with CPython's errors.
fn data_bytes(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if vm.as_str(v).is_some() {
        return Err(vm.type_error("Strings must be encoded before hashing"));
    }
    if let Value::Obj(r) = v {
        if let Obj::Bytes(b) | Obj::ByteArray(b) = vm.heap.get(r) {
            return Ok(b.clone());
        }
    }
    Err(vm.type_error("object supporting the buffer API required"))
}

/// Spends the simulated time of hashing `n` bytes: without the GIL from
/// 2048 bytes on, as CPython does.
fn hash_time(vm: &mut Vm, h: &Hasher, n: usize) -> PyResult<()> {
    let ns = n as u64 * h.info().2 / 1000;
    if n >= GIL_MINSIZE {
        vm.syscall(Syscall::GilFree {
            ns,
            what: "hashlib (GIL released)",
        })?;
    } else {
        vm.clock_ps += ns * 1000;
    }
    Ok(())
}

fn hasher(vm: &mut Vm, a: &Args) -> PyResult<ObjRef> {
    if let Value::Obj(r) = a.get(0) {
        if let Obj::Hash(_) = vm.heap.get(r) {
            return Ok(r);
        }
    }
    Err(vm.type_error("descriptor requires a '_hashlib.HASH' object"))
}

fn state(vm: &Vm, r: ObjRef) -> &Hasher {
    match vm.heap.get(r) {
        Obj::Hash(h) => h,
        _ => unreachable!("checked by hasher"),
    }
}

fn update(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "update", 2, 2)?;
    let r = hasher(vm, a)?;
    let data = data_bytes(vm, a.get(1))?;
    let h = state(vm, r).clone();
    hash_time(vm, &h, data.len())?;
    if let Obj::Hash(h) = vm.heap.get_mut(r) {
        h.update(&data);
    }
    Ok(Value::None)
}

fn digest(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "digest", 1, 1)?;
    let r = hasher(vm, a)?;
    let d = state(vm, r).digest();
    Ok(Value::Obj(vm.heap.alloc(Obj::Bytes(d))))
}

fn hexdigest(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "hexdigest", 1, 1)?;
    let r = hasher(vm, a)?;
    let hex: String = state(vm, r)
        .digest()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    Ok(vm.new_str(hex))
}

fn copy(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "copy", 1, 1)?;
    let r = hasher(vm, a)?;
    let h = state(vm, r).clone();
    Ok(Value::Obj(vm.heap.alloc(Obj::Hash(Box::new(h)))))
}

fn hash_repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = hasher(vm, a)?;
    let name = state(vm, r).name();
    let addr = 0x7f00_0000_0000u64 + r.0 as u64 * 16;
    Ok(vm.new_str(format!("<{name} _hashlib.HASH object @ 0x{addr:012x}>")))
}

fn get_name(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = hasher(vm, a)?;
    let name = state(vm, r).name();
    Ok(vm.new_str(name))
}

fn get_digest_size(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = hasher(vm, a)?;
    Ok(Value::Int(state(vm, r).info().0 as i64))
}

fn get_block_size(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = hasher(vm, a)?;
    Ok(Value::Int(state(vm, r).info().1 as i64))
}
