//! The functions of the `builtins` module (`print`, `len`, `sorted`, ...).

use super::Args;
use crate::errors::{PyErr, PyResult};
use crate::interp::{attr, iter, ops};
use crate::objects::{IterObj, Obj};
use crate::value::Value;
use crate::vm::{Stream, Vm};
use corelab_compile::CmpOp;
use std::ops::ControlFlow;

pub(crate) fn install(vm: &mut Vm) {
    let fns: &[(&'static str, super::NativeFn)] = &[
        ("print", print),
        ("len", len),
        ("repr", repr),
        ("ascii", ascii),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("abs", abs),
        ("min", min),
        ("max", max),
        ("sum", sum),
        ("sorted", sorted),
        ("iter", iter_fn),
        ("next", next),
        ("any", any),
        ("all", all),
        ("chr", chr),
        ("ord", ord),
        ("hex", hex),
        ("bin", bin),
        ("oct", oct),
        ("hash", hash),
        ("id", id),
        ("callable", callable),
        ("getattr", getattr),
        ("setattr", setattr),
        ("hasattr", hasattr),
        ("delattr", delattr),
        ("divmod", divmod),
        ("pow", pow),
        ("round", round),
        ("format", format),
        ("input", input),
        ("open", open),
        ("exec", unsupported_exec),
        ("eval", unsupported_exec),
        ("compile", unsupported_exec),
        ("__import__", unsupported_exec),
    ];
    for &(name, f) in fns {
        let b = vm.new_builtin(name, f);
        vm.set_builtin(name, b);
    }
    let t = vm.types.clone();
    // `__len__` slot wrappers of the sized builtins (`[].__len__()`); dict,
    // str and deque define theirs with their other methods.
    for ty in [
        t.list,
        t.tuple,
        t.set,
        t.frozenset,
        t.bytes,
        t.bytearray,
        t.range,
    ] {
        vm.add_method(ty, "__len__", slot_len);
    }
    for (name, ty) in [
        ("object", t.object),
        ("type", t.type_),
        ("int", t.int),
        ("bool", t.bool_),
        ("float", t.float),
        ("complex", t.complex),
        ("str", t.str),
        ("bytes", t.bytes),
        ("bytearray", t.bytearray),
        ("list", t.list),
        ("tuple", t.tuple),
        ("dict", t.dict),
        ("set", t.set),
        ("frozenset", t.frozenset),
        ("range", t.range),
        ("slice", t.slice),
        ("enumerate", t.enumerate),
        ("zip", t.zip),
        ("map", t.map),
        ("filter", t.filter),
        ("reversed", t.reversed),
        ("property", t.property),
        ("staticmethod", t.staticmethod),
        ("classmethod", t.classmethod),
    ] {
        vm.set_builtin(name, Value::Obj(ty));
    }
    let sup = vm.intrinsic(crate::interp::Intrinsic::Super);
    vm.set_builtin("super", sup);
    let dir = vm.intrinsic(crate::interp::Intrinsic::Dir);
    vm.set_builtin("dir", dir);
    for (name, which) in [
        ("locals", crate::interp::Intrinsic::Locals),
        ("globals", crate::interp::Intrinsic::Globals),
        ("vars", crate::interp::Intrinsic::Vars),
    ] {
        let f = vm.intrinsic(which);
        vm.set_builtin(name, f);
    }
    vm.set_builtin("None", Value::None);
    vm.set_builtin("True", Value::Bool(true));
    vm.set_builtin("False", Value::Bool(false));
    let ni = vm.not_implemented;
    vm.set_builtin("NotImplemented", ni);
    let el = vm.ellipsis;
    vm.set_builtin("Ellipsis", el);
    vm.set_builtin("__debug__", Value::Bool(true));
}

fn print(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check_kw(vm, "print", &["sep", "end", "file", "flush"])?;
    let opt_str = |vm: &mut Vm, name: &str, default: &str| -> PyResult<String> {
        match a.kwarg(vm, name) {
            None | Some(Value::None) => Ok(default.to_string()),
            Some(v) => match vm.as_str(v) {
                Some(s) => Ok(s.to_string()),
                None => {
                    let tn = vm.type_name(v);
                    Err(vm.type_error(format!("{name} must be None or a string, not {tn}")))
                }
            },
        }
    };
    let sep = opt_str(vm, "sep", " ")?;
    let end = opt_str(vm, "end", "\n")?;
    let mut text = String::new();
    for (i, &v) in a.pos.iter().enumerate() {
        if i > 0 {
            text.push_str(&sep);
        }
        text.push_str(&super::str_of_value(vm, v)?);
    }
    text.push_str(&end);
    let file = match a.kwarg(vm, "file") {
        None | Some(Value::None) => redirected_stdout(vm),
        f => f,
    };
    let stream = match file {
        None | Some(Value::None) => Stream::Stdout,
        Some(f) => match crate::modules::stream_of(vm, f) {
            Some(s) => s,
            None => {
                let write = vm.intern("write");
                let w = attr::getattr(vm, f, write)?;
                let s = vm.new_str(text);
                vm.call(w, vec![s])?;
                return Ok(Value::None);
            }
        },
    };
    vm.write(stream, &text)?;
    Ok(Value::None)
}

/// `sys.stdout` when a program replaced it (contextlib.redirect_stdout).
fn redirected_stdout(vm: &mut Vm) -> Option<Value> {
    let &(_, m) = vm.modules.iter().find(|(n, _)| &**n == "sys")?;
    let Obj::Module(module) = vm.heap.get(m) else {
        return None;
    };
    let d = module.dict;
    let k = vm.intern("stdout");
    vm.dict_get_str(d, k)
}

/// `len(v)` as usize.
pub fn len_of(vm: &mut Vm, v: Value) -> PyResult<usize> {
    if let Value::Obj(r) = v {
        let n = match vm.heap.get(r) {
            Obj::Str(s) => Some(s.char_len()),
            Obj::List(x) | Obj::Tuple(x) => Some(x.len()),
            Obj::Dict(d) if d.class.is_none() || vm.type_obj(d.class.unwrap()).builtin => {
                Some(d.map.len())
            }
            Obj::Set(s) | Obj::FrozenSet(s) => Some(s.map.len()),
            Obj::Bytes(b) | Obj::ByteArray(b) => Some(b.len()),
            Obj::Range(rg) => {
                let rg = rg.clone();
                Some(super::range_ops::range_len(vm, &rg)?)
            }
            Obj::Deque(d) => Some(d.items.len()),
            _ => None,
        };
        if let Some(n) = n {
            return Ok(n);
        }
        if let Some(n) = super::view_len(vm, r) {
            return Ok(n);
        }
    }
    let t = vm.type_of(v);
    if let Some(f) = vm.lookup_in_type_str(t, "__len__") {
        let r = vm.call(f, vec![v])?;
        return match r {
            Value::Int(i) if i >= 0 => Ok(i as usize),
            Value::Bool(b) => Ok(b as usize),
            Value::Int(_) => Err(vm.value_error("__len__() should return >= 0")),
            _ => {
                let tn = vm.type_name(r);
                Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
            }
        };
    }
    if let Value::Obj(r) = v {
        if let Obj::Dict(d) = vm.heap.get(r) {
            return Ok(d.map.len());
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("object of type '{tn}' has no len()")))
}

/// `x.__len__()` for a builtin sized type.
fn slot_len(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "__len__", 1, 1)?;
    // A subclass instance's builtin length is its base value's.
    let v = vm.builtin_base(a.get(0));
    Ok(Value::Int(len_of(vm, v)? as i64))
}

fn len(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "len", 1, 1)?;
    Ok(Value::Int(len_of(vm, a.get(0))? as i64))
}

fn repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "repr", 1, 1)?;
    let s = super::repr(vm, a.get(0))?;
    Ok(vm.new_str(s))
}

fn ascii(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "ascii", 1, 1)?;
    let s = super::ascii(vm, a.get(0))?;
    Ok(vm.new_str(s))
}

fn classes_of(vm: &mut Vm, v: Value, fname: &str) -> PyResult<Vec<crate::value::ObjRef>> {
    match v {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Type(_) => Ok(vec![r]),
            _ if vm.tuple_items(v).is_some() => {
                let items = vm.tuple_items(v).unwrap_or(&[]).to_vec();
                let mut out = Vec::new();
                for x in items {
                    out.extend(classes_of(vm, x, fname)?);
                }
                Ok(out)
            }
            _ => Err(vm.type_error(format!(
                "{fname}() arg 2 must be a type, a tuple of types, or a union"
            ))),
        },
        _ => Err(vm.type_error(format!(
            "{fname}() arg 2 must be a type, a tuple of types, or a union"
        ))),
    }
}

fn isinstance(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "isinstance", 2, 2)?;
    let classes = classes_of(vm, a.get(1), "isinstance")?;
    let t = vm.type_of(a.get(0));
    Ok(Value::Bool(classes.iter().any(|&c| vm.is_subtype(t, c))))
}

fn issubclass(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "issubclass", 2, 2)?;
    let Value::Obj(sub) = a.get(0) else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    if !matches!(vm.heap.get(sub), Obj::Type(_)) {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    let classes = classes_of(vm, a.get(1), "issubclass")?;
    Ok(Value::Bool(classes.iter().any(|&c| vm.is_subtype(sub, c))))
}

fn abs(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "abs", 1, 1)?;
    let v = a.get(0);
    match v {
        Value::Int(i) if i != i64::MIN => Ok(Value::Int(i.abs())),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        _ => {
            if let Some(b) = ops::to_bigint(vm, v) {
                return Ok(ops::from_bigint(vm, num_traits::Signed::abs(&b)));
            }
            if let Value::Obj(r) = v {
                if let Obj::Complex(re, im) = vm.heap.get(r) {
                    return Ok(Value::Float(re.hypot(*im)));
                }
            }
            let t = vm.type_of(v);
            if let Some(f) = vm.lookup_in_type_str(t, "__abs__") {
                return vm.call(f, vec![v]);
            }
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("bad operand type for abs(): '{tn}'")))
        }
    }
}

/// Shared by min() and max().
fn min_max(vm: &mut Vm, a: &Args, name: &str, op: CmpOp) -> PyResult<Value> {
    a.check_kw(vm, name, &["key", "default"])?;
    let key = a.kwarg(vm, "key").filter(|k| !matches!(k, Value::None));
    let default = a.kwarg(vm, "default");
    let items = match a.pos.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => {
            let source = a.get(0);
            super::stable_list(vm, |vm| iter::to_vec(vm, source))?
        }
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            let pos = a.pos.to_vec();
            super::stable_list(vm, |_| Ok(pos))?
        }
    };
    let Some(first) = super::seq_item(vm, items, 0) else {
        return match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        };
    };
    let keys = match key {
        Some(k) => super::stable_list(vm, |vm| {
            let items = match vm.heap.get(items) {
                Obj::List(v) => v.clone(),
                _ => Vec::new(),
            };
            super::call_each(vm, k, &items)
        })?,
        None => items,
    };
    let first_key = super::seq_item(vm, keys, 0).unwrap_or(first);
    let best = super::loop_seq(
        vm,
        keys,
        (1, usize::MAX),
        first_key,
        Value::Int(0),
        |vm, i, k, best| {
            let Value::Int(b) = best else {
                unreachable!("the state is an index")
            };
            let bk = super::seq_item(vm, keys, b as usize).unwrap_or(k);
            let r = ops::compare(vm, k, bk, op)?;
            Ok(ControlFlow::Continue(if ops::truthy(vm, r)? {
                Value::Int(i as i64)
            } else {
                best
            }))
        },
    )?;
    let Value::Int(best) = best else {
        unreachable!("the state is an index")
    };
    Ok(super::seq_item(vm, items, best as usize).unwrap_or(first))
}

fn min(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    min_max(vm, a, "min", CmpOp::Lt)
}

fn max(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    min_max(vm, a, "max", CmpOp::Gt)
}

fn sum(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check_kw(vm, "sum", &["start"])?;
    a.check_pos(vm, "sum", 1, 2)?;
    let source = a.get(0);
    let items = super::stable_list(vm, |vm| iter::to_vec(vm, source))?;
    let acc = a.arg(vm, 1, "start").unwrap_or(Value::Int(0));
    if vm.as_str(acc).is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    // Floats are summed with one rounding per addition, as CPython does.
    super::loop_seq(vm, items, (0, usize::MAX), acc, acc, |vm, _, x, acc| {
        let r = ops::binary(vm, acc, x, corelab_compile::BinOp::Add as u32)?;
        Ok(ControlFlow::Continue(r))
    })
}

fn sorted(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check_kw(vm, "sorted", &["key", "reverse"])?;
    if a.pos.len() != 1 {
        let n = a.pos.len();
        return Err(vm.type_error(format!("sorted expected 1 argument, got {n}")));
    }
    let key = a.kwarg(vm, "key").unwrap_or(Value::None);
    let reverse = match a.kwarg(vm, "reverse") {
        Some(r) => ops::truthy(vm, r)?,
        None => false,
    };
    let source = a.get(0);
    let sorted = super::sort_values(vm, |vm| iter::to_vec(vm, source), key, reverse)?;
    Ok(vm.new_list(sorted))
}

fn iter_fn(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "iter", 1, 2)?;
    if a.len() == 2 {
        if !is_callable(vm, a.get(0)) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        let it = IterObj::Callable {
            func: a.get(0),
            sentinel: a.get(1),
        };
        return Ok(Value::Obj(vm.heap.alloc(Obj::Iter(Box::new(it)))));
    }
    iter::get_iter(vm, a.get(0))
}

fn next(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "next", 1, 2)?;
    let it = a.get(0);
    let is_iter = match it {
        Value::Obj(r) => {
            matches!(vm.heap.get(r), Obj::Iter(_) | Obj::Generator(_))
                || vm.lookup_in_type_str(vm.type_of(it), "__next__").is_some()
        }
        _ => false,
    };
    if !is_iter {
        let tn = vm.type_name(it);
        return Err(vm.type_error(format!("'{tn}' object is not an iterator")));
    }
    match iter::next_value(vm, it) {
        Err(PyErr::Exc(e))
            if a.len() == 2 && vm.exc_matches(Value::Obj(e), vm.exc.stop_iteration) =>
        {
            Ok(a.get(1))
        }
        r => r,
    }
}

fn any(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "any", 1, 1)?;
    let it = iter::get_iter(vm, a.get(0))?;
    loop {
        match iter::next_value(vm, it) {
            Ok(v) => {
                if ops::truthy(vm, v)? {
                    return Ok(Value::Bool(true));
                }
            }
            Err(PyErr::Exc(e)) if vm.exc_matches(Value::Obj(e), vm.exc.stop_iteration) => {
                return Ok(Value::Bool(false))
            }
            Err(e) => return Err(e),
        }
    }
}

fn all(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "all", 1, 1)?;
    let it = iter::get_iter(vm, a.get(0))?;
    loop {
        match iter::next_value(vm, it) {
            Ok(v) => {
                if !ops::truthy(vm, v)? {
                    return Ok(Value::Bool(false));
                }
            }
            Err(PyErr::Exc(e)) if vm.exc_matches(Value::Obj(e), vm.exc.stop_iteration) => {
                return Ok(Value::Bool(true))
            }
            Err(e) => return Err(e),
        }
    }
}

fn chr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "chr", 1, 1)?;
    let i = super::int_arg(vm, a.get(0))?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(vm.new_str(c.to_string())),
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "ord", 1, 1)?;
    let v = a.get(0);
    if let Some(s) = vm.as_pystr(v) {
        if s.char_len() == 1 {
            return Ok(Value::Int(s.char_at(0) as i64));
        }
        let n = s.char_len();
        return Err(vm.type_error(format!(
            "ord() expected a character, but string of length {n} found"
        )));
    }
    if let Value::Obj(r) = v {
        if let Obj::Bytes(b) | Obj::ByteArray(b) = vm.heap.get(r) {
            if b.len() == 1 {
                return Ok(Value::Int(b[0] as i64));
            }
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("ord() expected string of length 1, but {tn} found")))
}

fn radix(vm: &mut Vm, a: &Args, name: &str, base: u32) -> PyResult<Value> {
    a.check(vm, name, 1, 1)?;
    let Some(b) = ops::index_bigint(vm, a.get(0))? else {
        let tn = vm.type_name(a.get(0));
        return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
    };
    let s = crate::format::int_to_str_radix(&b, base, true);
    Ok(vm.new_str(s))
}

fn hex(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    radix(vm, a, "hex", 16)
}

fn bin(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    radix(vm, a, "bin", 2)
}

fn oct(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    radix(vm, a, "oct", 8)
}

fn hash(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "hash", 1, 1)?;
    Ok(Value::Int(ops::hash(vm, a.get(0))?))
}

fn id(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "id", 1, 1)?;
    Ok(Value::Int(super::identity(vm, a.get(0))))
}

fn callable(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "callable", 1, 1)?;
    Ok(Value::Bool(is_callable(vm, a.get(0))))
}

/// `callable(v)`: functions, builtins, bound methods, types, and
/// instances whose type defines `__call__`.
pub(super) fn is_callable(vm: &mut Vm, v: Value) -> bool {
    match v {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Function(_) | Obj::Builtin(_) | Obj::BoundMethod(..) | Obj::Type(_) => true,
            _ => vm.lookup_in_type_str(vm.type_of(v), "__call__").is_some(),
        },
        _ => false,
    }
}

fn attr_name(vm: &mut Vm, v: Value) -> PyResult<crate::value::ObjRef> {
    match vm.as_str(v) {
        Some(s) => {
            let s = s.to_string();
            Ok(vm.intern(&s))
        }
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("attribute name must be string, not '{tn}'")))
        }
    }
}

fn getattr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "getattr", 2, 3)?;
    let name = attr_name(vm, a.get(1))?;
    match attr::getattr(vm, a.get(0), name) {
        Err(PyErr::Exc(e))
            if a.len() == 3 && vm.exc_matches(Value::Obj(e), vm.exc.attribute_error) =>
        {
            Ok(a.get(2))
        }
        r => r,
    }
}

fn setattr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "setattr", 3, 3)?;
    let name = attr_name(vm, a.get(1))?;
    attr::setattr(vm, a.get(0), name, a.get(2))?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "hasattr", 2, 2)?;
    let name = attr_name(vm, a.get(1))?;
    match attr::getattr(vm, a.get(0), name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(PyErr::Exc(e)) if vm.exc_matches(Value::Obj(e), vm.exc.attribute_error) => {
            Ok(Value::Bool(false))
        }
        Err(e) => Err(e),
    }
}

fn delattr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "delattr", 2, 2)?;
    let name = attr_name(vm, a.get(1))?;
    attr::delattr(vm, a.get(0), name)?;
    Ok(Value::None)
}

fn divmod(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "divmod", 2, 2)?;
    let (x, y) = (a.get(0), a.get(1));
    if let (Value::Int(_) | Value::Bool(_), Value::Int(0) | Value::Bool(false)) = (x, y) {
        return Err(vm.zero_division("integer division or modulo by zero"));
    }
    if matches!(x, Value::Float(_)) || matches!(y, Value::Float(_)) {
        if let (Some(_), Some(d)) = (ops::to_f64(vm, x), ops::to_f64(vm, y)) {
            if d == 0.0 {
                return Err(vm.zero_division("float divmod()"));
            }
        }
    }
    let q = ops::binary(vm, x, y, corelab_compile::BinOp::FloorDivide as u32)?;
    let r = ops::binary(vm, x, y, corelab_compile::BinOp::Remainder as u32)?;
    Ok(vm.new_tuple(vec![q, r]))
}

fn pow(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check_kw(vm, "pow", &["base", "exp", "mod"])?;
    let base = a.arg(vm, 0, "base").unwrap_or(Value::Null);
    let exp = a.arg(vm, 1, "exp").unwrap_or(Value::Null);
    let m = a.arg(vm, 2, "mod").unwrap_or(Value::None);
    if matches!(m, Value::None) {
        return ops::binary(vm, base, exp, corelab_compile::BinOp::Power as u32);
    }
    let (base, exp, m) = (vm.scalar_base(base), vm.scalar_base(exp), vm.scalar_base(m));
    pow_mod(vm, base, exp, m)
}

/// `pow(base, exp, m)` with a modulus.
pub(super) fn pow_mod(vm: &mut Vm, base: Value, exp: Value, m: Value) -> PyResult<Value> {
    let (Some(b), Some(e), Some(m)) = (
        ops::to_bigint(vm, base),
        ops::to_bigint(vm, exp),
        ops::to_bigint(vm, m),
    ) else {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    };
    use num_traits::{Signed, Zero};
    if m.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let r = if e.is_negative() {
        let Some(inv) = super::mod_inverse(&b, &m) else {
            return Err(vm.value_error("base is not invertible for the given modulus"));
        };
        inv.modpow(&(-e), &m)
    } else {
        b.modpow(&e, &m)
    };
    let r = if !r.is_zero() && (r.is_negative() != m.is_negative()) {
        r + &m
    } else {
        r
    };
    Ok(ops::from_bigint(vm, r))
}

fn round(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check_kw(vm, "round", &["number", "ndigits"])?;
    let x = a.arg(vm, 0, "number").unwrap_or(Value::Null);
    let nd = a.arg(vm, 1, "ndigits").unwrap_or(Value::None);
    super::round_value(vm, x, nd)
}

/// `vars(obj)` (`vars()` without an argument is the `Vars` intrinsic).
pub(crate) fn vars_of(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return Err(vm.type_error("vars() takes no keyword arguments"));
    }
    if a.pos.len() > 1 {
        let n = a.pos.len();
        return Err(vm.type_error(format!("vars expected at most 1 argument, got {n}")));
    }
    let dict = vm.intern("__dict__");
    attr::getattr(vm, a.get(0), dict).map_err(|e| match e {
        PyErr::Exc(_) => vm.type_error("vars() argument must have __dict__ attribute"),
        e => e,
    })
}

fn format(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "format", 1, 2)?;
    let spec = match a.pos.get(1) {
        Some(&s) => match vm.as_str(s) {
            Some(text) => text.to_string(),
            None => {
                let tn = vm.type_name(s);
                return Err(vm.type_error(format!("format() argument 2 must be str, not {tn}")));
            }
        },
        None => String::new(),
    };
    let s = super::format_value(vm, a.get(0), &spec)?;
    Ok(vm.new_str(s))
}

/// `dir(obj)`: sorted names of the instance's attributes and its class's.
pub(crate) fn dir(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "dir", 1, 1)?;
    let obj = a.get(0);
    let mut names: Vec<String> = Vec::new();
    let mut add = |vm: &Vm, d: &crate::objects::Dict| {
        for k in d.keys() {
            if let Some(s) = vm.as_str(k) {
                names.push(s.to_string());
            }
        }
    };
    let classes: Vec<crate::value::ObjRef> = match obj {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Type(t) => t.mro.clone(),
            Obj::Module(m) => {
                let d = m.dict;
                if let Obj::Dict(dd) = vm.heap.get(d) {
                    add(vm, &dd.map);
                }
                Vec::new()
            }
            Obj::Instance(i) => {
                add(vm, i.attrs.get(&vm.heap));
                vm.type_obj(i.class).mro.clone()
            }
            _ => vm.type_obj(vm.type_of(obj)).mro.clone(),
        },
        _ => vm.type_obj(vm.type_of(obj)).mro.clone(),
    };
    for c in classes {
        let d = vm.type_obj(c).dict.clone();
        add(vm, &d);
    }
    names.sort();
    names.dedup();
    let vals = names.into_iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(vals))
}

fn input(_vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Err(PyErr::unsupported(
        "input() is not supported: corelab programs have no standard input",
    ))
}

fn open(_vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Err(PyErr::unsupported(
        "open() is not supported: corelab never touches the real file system",
    ))
}

fn unsupported_exec(_vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Err(PyErr::unsupported(
        "exec/eval/compile/__import__ are not supported by corelab",
    ))
}
