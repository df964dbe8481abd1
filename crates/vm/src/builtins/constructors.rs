//! Constructors of the builtin types (`str(x)`, `list(it)`, `range(n)`,
//! ...), registered as each type's `__new__` with the class first: the
//! registration table, and the constructors of text and bytes, containers,
//! iterators, descriptors, `deque` and exceptions. The numeric ones are in
//! `numeric_new`, `object`'s and `type`'s in `object_type`.

use super::Args;
use crate::errors::{PyErr, PyResult};
use crate::interp::{iter, ops};
use crate::objects::{DequeObj, IterObj, Layout, Obj};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

pub(crate) fn install(vm: &mut Vm) {
    let t = vm.types.clone();
    let ctors: &[(ObjRef, super::NativeFn)] = &[
        (t.object, super::object_type::object_new),
        (t.type_, super::object_type::type_new),
        (t.int, super::numeric_new::int_new),
        (t.bool_, super::numeric_new::bool_new),
        (t.float, super::numeric_new::float_new),
        (t.complex, super::numeric_new::complex_new),
        (t.str, str_new),
        (t.bytes, bytes_new),
        (t.bytearray, bytearray_new),
        (t.list, list_new),
        (t.tuple, tuple_new),
        (t.dict, dict_new),
        (t.set, set_new),
        (t.frozenset, frozenset_new),
        (t.range, range_new),
        (t.slice, slice_new),
        (t.enumerate, enumerate_new),
        (t.zip, zip_new),
        (t.map, map_new),
        (t.filter, filter_new),
        (t.reversed, reversed_new),
        (t.property, property_new),
        (t.staticmethod, staticmethod_new),
        (t.classmethod, classmethod_new),
        (t.method, method_new),
        (t.deque, deque_new),
        (t.none_type, none_new),
    ];
    for &(ty, f) in ctors {
        vm.add_method(ty, "__new__", f);
    }
    let be = vm.exc.base_exception;
    vm.add_method(be, "__new__", exception_new);
    vm.add_method(be, "__init__", exception_init);
    crate::exceptions::install_methods(vm);
    super::object_type::install(vm);
    // The mutable builtin containers are unhashable by `__hash__ = None`,
    // as in CPython, so that their subclasses inherit it.
    for ty in [t.list, t.dict, t.set, t.bytearray] {
        vm.type_set_attr(ty, "__hash__", Value::None);
    }
    vm.add_methods(
        t.property,
        &[
            ("setter", property_setter),
            ("getter", property_getter),
            ("deleter", property_deleter),
        ],
    );
}

pub(super) fn rest<'a>(a: &'a Args<'a>) -> Args<'a> {
    Args::new(&a.pos[1..], a.kw)
}

/// `type(None)()`: the singleton; arguments are an error.
fn none_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if a.len() > 1 || !a.kw.is_empty() {
        return Err(vm.type_error("NoneType takes no arguments"));
    }
    Ok(Value::None)
}

pub(super) fn str_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if let Some(v) = super::scalar_sub::new_for_subclass(vm, a, Layout::Str, str_new)? {
        return Ok(v);
    }
    let a = rest(a);
    a.check_kw(vm, "str", &["object", "encoding", "errors"])?;
    let x = a.arg(vm, 0, "object").unwrap_or(Value::Null);
    if x.is_null() {
        return Ok(vm.new_str(""));
    }
    if a.len() >= 2 || a.kwarg(vm, "encoding").is_some() {
        if let Value::Obj(r) = x {
            if let Obj::Bytes(b) | Obj::ByteArray(b) = vm.heap.get(r) {
                return match String::from_utf8(b.clone()) {
                    Ok(s) => Ok(vm.new_str(s)),
                    Err(_) => Err(vm.err(
                        vm.exc.unicode_decode_error,
                        "'utf-8' codec can't decode bytes",
                    )),
                };
            }
        }
    }
    if matches!(x, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Str(_))) {
        return Ok(x);
    }
    let s = super::str_of_value(vm, x)?;
    Ok(vm.new_str(s))
}

fn bytes_from(vm: &mut Vm, a: &Args) -> PyResult<Vec<u8>> {
    let x = a.get(0);
    if x.is_null() {
        return Ok(Vec::new());
    }
    if let Some(s) = vm.as_str(x) {
        if a.len() < 2 {
            return Err(vm.type_error("string argument without an encoding"));
        }
        return Ok(s.as_bytes().to_vec());
    }
    // An int subclass instance is a count too.
    if let Value::Int(n) = vm.int_base(x).unwrap_or(x) {
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        return Ok(vec![0; n as usize]);
    }
    let items = iter::to_vec(vm, x)?;
    let mut out = Vec::with_capacity(items.len());
    for v in items {
        match vm.int_base(v).unwrap_or(v) {
            Value::Int(i) if (0..256).contains(&i) => out.push(i as u8),
            Value::Int(_) => return Err(vm.value_error("bytes must be in range(0, 256)")),
            _ => {
                let tn = vm.type_name(v);
                return Err(
                    vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
                );
            }
        }
    }
    Ok(out)
}

fn bytes_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = rest(a);
    let b = bytes_from(vm, &a)?;
    Ok(Value::Obj(vm.heap.alloc(Obj::Bytes(b))))
}

fn bytearray_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = rest(a);
    let b = bytes_from(vm, &a)?;
    Ok(Value::Obj(vm.heap.alloc(Obj::ByteArray(b))))
}

fn list_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    // `list.__new__(cls, ...)` of a subclass makes it empty (its
    // `__init__` fills it), as CPython's.
    if let Some(cls) =
        super::list_sub::subclass_arg(vm, a.get(0), vm.types.list, crate::objects::Layout::List)?
    {
        return Ok(Value::Obj(super::list_sub::new_instance(vm, cls)));
    }
    let a = rest(a);
    a.check(vm, "list", 0, 1)?;
    let items = if a.is_empty() {
        Vec::new()
    } else {
        iter::to_vec(vm, a.get(0))?
    };
    Ok(vm.new_list(items))
}

fn tuple_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if let Some(cls) =
        super::list_sub::subclass_arg(vm, a.get(0), vm.types.tuple, crate::objects::Layout::Tuple)?
    {
        return super::tuple_sub::new_subclass_instance(vm, cls, &rest(a));
    }
    let a = rest(a);
    a.check(vm, "tuple", 0, 1)?;
    if let Value::Obj(r) = a.get(0) {
        if matches!(vm.heap.get(r), Obj::Tuple(_)) {
            return Ok(a.get(0));
        }
    }
    let items = if a.is_empty() {
        Vec::new()
    } else {
        iter::to_vec(vm, a.get(0))?
    };
    Ok(vm.new_tuple(items))
}

/// Fills dict `d` from `dict(arg, **kw)` style arguments.
pub fn dict_fill(vm: &mut Vm, d: ObjRef, arg: Value, kw: &[(ObjRef, Value)]) -> PyResult<()> {
    if !arg.is_null() {
        let is_mapping = match arg {
            Value::Obj(r) => {
                matches!(vm.heap.get(r), Obj::Dict(_))
                    || vm.lookup_in_type_str(vm.type_of(arg), "keys").is_some()
            }
            _ => false,
        };
        if is_mapping {
            for (k, v) in super::mapping_items(vm, arg)? {
                super::dict_set(vm, d, k, v)?;
            }
        } else {
            let items = iter::to_vec(vm, arg)?;
            for (i, item) in items.into_iter().enumerate() {
                // Only a raised exception means "not a sequence": a pending
                // call (a Python `__iter__`) must reach the interpreter.
                let kv = iter::to_vec(vm, item).map_err(|e| match e {
                    PyErr::Exc(_) => {
                        let tn = vm.type_name(item);
                        vm.type_error(format!(
                            "cannot convert dictionary update sequence element #{i} to a sequence"
                        ))
                        .with_note(tn)
                    }
                    other => other,
                })?;
                if kv.len() != 2 {
                    let n = kv.len();
                    return Err(vm.value_error(format!(
                        "dictionary update sequence element #{i} has length {n}; 2 is required"
                    )));
                }
                super::dict_set(vm, d, kv[0], kv[1])?;
            }
        }
    }
    for &(k, v) in kw {
        super::dict_set(vm, d, Value::Obj(k), v)?;
    }
    Ok(())
}

trait WithNote {
    fn with_note(self, _n: String) -> Self;
}

impl WithNote for PyErr {
    fn with_note(self, _n: String) -> Self {
        self
    }
}

fn dict_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = a.get(0);
    let a = rest(a);
    a.check_pos(vm, "dict", 0, 1)?;
    let d = vm.new_dict();
    if let Value::Obj(c) = cls {
        if c != vm.types.dict {
            if let Obj::Dict(dd) = vm.heap.get_mut(d) {
                dd.class = Some(c);
                dd.attrs = Some(Default::default());
            }
        }
    }
    dict_fill(vm, d, a.get(0), a.kw)?;
    Ok(Value::Obj(d))
}

fn new_set_obj(vm: &mut Vm, a: &Args, frozen: bool) -> PyResult<Value> {
    let a = rest(a);
    a.check(vm, if frozen { "frozenset" } else { "set" }, 0, 1)?;
    if a.is_empty() {
        return super::new_set_of(vm, frozen, &[]);
    }
    let source = a.get(0);
    let items = super::stable_list(vm, |vm| iter::to_vec(vm, source))?;
    super::new_set_from_list(vm, frozen, items)
}

fn set_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if let (2, true) = (a.len(), a.kw.is_empty()) {
        if let Some(s) = super::set_copy_of(vm, false, a.get(1)) {
            return Ok(s);
        }
    }
    new_set_obj(vm, a, false)
}

fn frozenset_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if let (2, true) = (a.len(), a.kw.is_empty()) {
        if let Some(s) = super::set_copy_of(vm, true, a.get(1)) {
            return Ok(s);
        }
    }
    new_set_obj(vm, a, true)
}

fn range_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    super::range_ops::range_new(vm, &rest(a))
}

fn slice_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = rest(a);
    a.check(vm, "slice", 1, 3)?;
    let (s, e, st) = match a.len() {
        1 => (Value::None, a.get(0), Value::None),
        2 => (a.get(0), a.get(1), Value::None),
        _ => (a.get(0), a.get(1), a.get(2)),
    };
    Ok(Value::Obj(vm.heap.alloc(Obj::Slice(s, e, st))))
}

fn new_iter(vm: &mut Vm, it: IterObj) -> Value {
    Value::Obj(vm.heap.alloc(Obj::Iter(Box::new(it))))
}

fn enumerate_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = rest(a);
    a.check_kw(vm, "enumerate", &["iterable", "start"])?;
    let Some(x) = a.arg(vm, 0, "iterable") else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable' (pos 1)"));
    };
    let start = a.arg(vm, 1, "start").unwrap_or(Value::Int(0));
    let it = iter::get_iter(vm, x)?;
    Ok(new_iter(vm, IterObj::Enumerate { it, count: start }))
}

fn zip_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = rest(a);
    a.check_kw(vm, "zip", &["strict"])?;
    let strict = match a.kwarg(vm, "strict") {
        Some(v) => ops::truthy(vm, v)?,
        None => false,
    };
    let mut its = Vec::new();
    for &x in a.pos {
        its.push(iter::get_iter(vm, x)?);
    }
    Ok(new_iter(vm, IterObj::Zip { its, strict }))
}

fn map_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = rest(a);
    if a.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::new();
    for &x in &a.pos[1..] {
        its.push(iter::get_iter(vm, x)?);
    }
    Ok(new_iter(
        vm,
        IterObj::Map {
            func: a.get(0),
            its,
        },
    ))
}

fn filter_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = rest(a);
    a.check(vm, "filter", 2, 2)?;
    let it = iter::get_iter(vm, a.get(1))?;
    Ok(new_iter(
        vm,
        IterObj::Filter {
            func: a.get(0),
            it,
            keep: true,
        },
    ))
}

fn reversed_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = rest(a);
    a.check(vm, "reversed", 1, 1)?;
    let x = a.get(0);
    if let Value::Obj(r) = x {
        match vm.heap.get(r) {
            Obj::List(v) | Obj::Tuple(v) => {
                let n = v.len();
                return Ok(new_iter(vm, IterObj::Reversed { seq: r, index: n }));
            }
            Obj::Range(rg) => {
                let it = rg.reversed();
                return Ok(new_iter(vm, it));
            }
            Obj::Record(rec) if rec.kind.starts_with("dict_") => {
                // Dict views iterate their dict backwards.
                let mut items = iter::to_vec(vm, x)?;
                items.reverse();
                let l = vm.new_list(items);
                return iter::get_iter(vm, l);
            }
            Obj::Str(_) | Obj::Bytes(_) | Obj::Deque(_) | Obj::Dict(_) => {
                let mut items = match vm.heap.get(r) {
                    Obj::Str(s) => {
                        let chars: Vec<String> =
                            s.as_str().chars().map(|c| c.to_string()).collect();
                        chars.into_iter().map(|c| vm.new_str(c)).collect()
                    }
                    Obj::Dict(d) => d.map.keys().collect(),
                    _ => super::sequence_items(vm, x).unwrap_or_default(),
                };
                items.reverse();
                let l = vm.new_list(items);
                return iter::get_iter(vm, l);
            }
            _ => {}
        }
    }
    let t = vm.type_of(x);
    if let Some(f) = vm.lookup_in_type_str(t, "__reversed__") {
        return vm.call(f, vec![x]);
    }
    if vm.lookup_in_type_str(t, "__len__").is_some()
        && vm.lookup_in_type_str(t, "__getitem__").is_some()
    {
        let n = super::len_of(vm, x)?;
        let gi = vm
            .lookup_in_type_str(t, "__getitem__")
            .unwrap_or(Value::None);
        let mut items = Vec::new();
        for i in (0..n).rev() {
            items.push(vm.call(gi, vec![x, Value::Int(i as i64)])?);
        }
        let l = vm.new_list(items);
        return iter::get_iter(vm, l);
    }
    let tn = vm.type_name(x);
    Err(vm.type_error(format!("'{tn}' object is not reversible")))
}

fn property_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = rest(a);
    let get = |i, n| a.arg(vm, i, n).unwrap_or(Value::None);
    let (g, s, d) = (get(0, "fget"), get(1, "fset"), get(2, "fdel"));
    let doc = match a.arg(vm, 3, "doc") {
        None | Some(Value::None) => Value::Null,
        Some(doc) => doc,
    };
    Ok(Value::Obj(vm.heap.alloc(Obj::Property(g, s, d, doc))))
}

fn property_with(vm: &mut Vm, a: &Args, which: usize) -> PyResult<Value> {
    let Some(Obj::Property(g, s, d, doc)) = a.get(0).as_obj().map(|r| vm.heap.get(r)) else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let mut parts = [*g, *s, *d, *doc];
    parts[which] = a.get(1);
    Ok(Value::Obj(vm.heap.alloc(Obj::Property(
        parts[0], parts[1], parts[2], parts[3],
    ))))
}

fn property_getter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    property_with(vm, a, 0)
}

fn property_setter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    property_with(vm, a, 1)
}

fn property_deleter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    property_with(vm, a, 2)
}

fn staticmethod_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = rest(a);
    a.check(vm, "staticmethod", 1, 1)?;
    Ok(Value::Obj(vm.heap.alloc(Obj::StaticMethod(a.get(0)))))
}

fn classmethod_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = rest(a);
    a.check(vm, "classmethod", 1, 1)?;
    Ok(Value::Obj(vm.heap.alloc(Obj::ClassMethod(a.get(0)))))
}

/// `types.MethodType(func, obj)`: `func` bound to `obj`.
fn method_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = rest(a);
    a.check(vm, "method", 2, 2)?;
    let (func, obj) = (a.get(0), a.get(1));
    if !super::functions::is_callable(vm, func) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if matches!(obj, Value::None) {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(Value::Obj(vm.heap.alloc(Obj::BoundMethod(obj, func))))
}

fn deque_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = rest(a);
    a.check_kw(vm, "deque", &["iterable", "maxlen"])?;
    let items = match a.arg(vm, 0, "iterable") {
        Some(x) if !matches!(x, Value::None) => iter::to_vec(vm, x)?,
        _ => Vec::new(),
    };
    let maxlen = match a.arg(vm, 1, "maxlen") {
        None | Some(Value::None) => None,
        Some(v) => {
            let m = super::int_arg(vm, v)?;
            if m < 0 {
                return Err(vm.value_error("maxlen must be non-negative"));
            }
            Some(m as usize)
        }
    };
    let mut d = DequeObj {
        items: Default::default(),
        maxlen,
    };
    for x in items {
        if Some(d.items.len()) == maxlen {
            d.items.pop_front();
        }
        if maxlen != Some(0) {
            d.items.push_back(x);
        }
    }
    Ok(Value::Obj(vm.heap.alloc(Obj::Deque(Box::new(d)))))
}

fn exception_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Value::Obj(cls) = a.get(0) else {
        return Err(PyErr::internal("exception without class"));
    };
    let e = vm.new_exception(cls, a.pos[1..].to_vec());
    exception_kwargs(vm, e, a.kw)?;
    Ok(Value::Obj(e))
}

fn exception_init(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Value::Obj(e) = a.get(0) else {
        return Ok(Value::None);
    };
    let args = a.pos[1..].to_vec();
    if let Some(d) = vm.exc_data_mut(e) {
        d.args = args;
    }
    exception_kwargs(vm, e, a.kw)?;
    Ok(Value::None)
}

/// Keyword arguments of exception constructors: NameError(name=...),
/// AttributeError(name=..., obj=...) and ImportError(name=..., path=...)
/// (`path` is kept in the `obj` slot); other exceptions take none.
fn exception_kwargs(vm: &mut Vm, e: ObjRef, kw: &[(ObjRef, Value)]) -> PyResult<()> {
    if kw.is_empty() {
        return Ok(());
    }
    let ev = Value::Obj(e);
    let allowed: &[&str] = if vm.exc_matches(ev, vm.exc.attribute_error) {
        &["name", "obj"]
    } else if vm.exc_matches(ev, vm.exc.name_error) {
        &["name"]
    } else if vm.exc_matches(ev, vm.exc.import_error) {
        &["name", "path"]
    } else {
        &[]
    };
    let tn = vm.type_name(ev);
    for &(k, v) in kw {
        let key = vm.str_of(k).to_string();
        if allowed.is_empty() {
            return Err(vm.type_error(format!("{tn}() takes no keyword arguments")));
        }
        if !allowed.contains(&key.as_str()) {
            return Err(vm.type_error(format!("'{key}' is an invalid keyword argument for {tn}()")));
        }
        if let Some(d) = vm.exc_data_mut(e) {
            if key == "name" {
                d.name = v;
            } else {
                d.obj = v;
            }
        }
    }
    Ok(())
}
