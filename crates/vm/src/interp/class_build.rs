//! Class statements: `__build_class__` runs the class body in a fresh
//! namespace (after resolving `__mro_entries__` of its bases); when the body
//! returns, `finish_class` makes the class object (MRO, layout, `__slots__`,
//! whether its instances may take the attribute fast path).

use super::call::{check_depth, new_frame, Started};
use super::flow;
use crate::errors::{PyErr, PyResult};
use crate::objects::{Layout, Obj};
use crate::thread::{Frame, NativeFrame, Thread};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use std::rc::Rc;

/// `__build_class__(body, name, *bases)`: runs the body with a fresh
/// namespace; the `BuildClass` native frame makes the class afterwards.
pub(super) fn build_class(
    vm: &mut Vm,
    th: &mut Thread,
    args: &[Value],
    kw: &[(ObjRef, Value)],
    ret_sp: u32,
) -> PyResult<Started> {
    if !kw.is_empty() {
        return Err(PyErr::unsupported(
            "class keywords (metaclass=...) are not supported by corelab yet",
        ));
    }
    let (Some(&body), Some(&name)) = (args.first(), args.get(1)) else {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    };
    let given = &args[2..];
    let bases = resolve_bases(vm, given)?;
    let ns = vm.new_dict();
    if bases.len() != given.len() || bases.iter().zip(given).any(|(a, b)| !same(*a, *b)) {
        let orig = vm.new_tuple(given.to_vec());
        let key = vm.intern("__orig_bases__");
        vm.dict_set_str(ns, key, orig);
    }
    let Some(Obj::Function(f)) = body.as_obj().map(|r| vm.heap.get(r)) else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let (lc, globals) = (f.code.clone(), f.globals);
    th.frames.push(Frame::Native(NativeFrame::BuildClass {
        name,
        bases,
        ns,
        ret_sp,
    }));
    check_depth(vm, th)?;
    let base = th.stack.len() as u32;
    th.stack
        .extend(std::iter::repeat_n(Value::Null, lc.code.nlocals()));
    let mut frame = new_frame(lc, base, base, globals, Some(body));
    frame.ns = Some(ns);
    th.frames.push(Frame::Py(frame));
    th.depth += 1;
    Ok(Started::Pushed)
}

/// Whether two values are the same object (or equal inline values).
fn same(a: Value, b: Value) -> bool {
    match (a, b) {
        (Value::Obj(x), Value::Obj(y)) => x == y,
        (Value::None, Value::None) => true,
        _ => false,
    }
}

/// The bases a class statement lists, with every non-class that has an
/// `__mro_entries__` method (`Generic[T]`, `List[int]`) replaced by the
/// classes it returns, as `types.resolve_bases` does. Only calls back into
/// Python; changes nothing, so the caller can be re-run.
fn resolve_bases(vm: &mut Vm, given: &[Value]) -> PyResult<Vec<Value>> {
    let mut out = Vec::with_capacity(given.len());
    for &b in given {
        if matches!(b, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Type(_))) {
            out.push(b);
            continue;
        }
        let t = vm.type_of(b);
        let Some(f) = vm.lookup_in_type_str(t, "__mro_entries__") else {
            out.push(b);
            continue;
        };
        let all = vm.new_tuple(given.to_vec());
        let r = vm.call(f, vec![b, all])?;
        match r.as_obj().map(|o| vm.heap.get(o)) {
            Some(Obj::Tuple(items)) => out.extend(items.iter().copied()),
            _ => return Err(vm.type_error("__mro_entries__ must return a tuple")),
        }
    }
    Ok(out)
}

/// The names instances of a new class may set, when it and all its bases
/// (besides `object`) define `__slots__` without `__dict__`; else None.
fn slot_names(vm: &mut Vm, ns: ObjRef, mro: &[ObjRef]) -> PyResult<Option<Rc<[ObjRef]>>> {
    let key = vm.intern("__slots__");
    let Some(v) = vm.dict_get_str(ns, key) else {
        return Ok(None);
    };
    let items = match v.as_obj().map(|r| vm.heap.get(r)) {
        Some(Obj::Str(_)) => vec![v],
        Some(Obj::Tuple(t) | Obj::List(t)) => t.clone(),
        // Other iterables (dicts, generators) are not read: keep a __dict__.
        _ => return Ok(None),
    };
    let mut names = Vec::new();
    for item in items {
        let Some(s) = vm.as_str(item).map(str::to_string) else {
            let tn = vm.type_name(item);
            return Err(vm.type_error(format!("__slots__ items must be strings, not '{tn}'")));
        };
        if s == "__dict__" {
            return Ok(None);
        }
        names.push(vm.intern(&s));
    }
    for &b in &mro[1..] {
        // int, float and str, like object, give their instances no __dict__.
        // (Tuple and list subclasses keep one: limitations/builtin-subclasses.md.)
        let bt = vm.type_obj(b);
        let value_type =
            bt.builtin && matches!(bt.layout, Layout::Int | Layout::Float | Layout::Str);
        if value_type && !names.is_empty() && bt.layout == Layout::Int {
            let n = bt.name.to_string();
            return Err(vm.type_error(format!(
                "nonempty __slots__ not supported for subtype of '{n}'"
            )));
        }
        if b == vm.types.object || value_type {
            continue;
        }
        match &vm.type_obj(b).slots {
            Some(s) => names.extend(s.iter().copied()),
            None => return Ok(None),
        }
    }
    Ok(Some(names.into()))
}

/// Whether a class's own dict defines nothing that changes attribute access.
fn plain_class(vm: &Vm, c: ObjRef) -> bool {
    let t = vm.type_obj(c);
    t.builtin
        || t.dict.iter().all(|e| {
            let special = matches!(
                vm.as_str(e.key),
                Some("__getattr__" | "__setattr__" | "__delattr__" | "__getattribute__")
            );
            let prop = match e.value {
                Value::Obj(r) => match vm.heap.get(r) {
                    Obj::Property(..) => true,
                    // A user-defined descriptor (its class has __get__,
                    // __set__ or __delete__).
                    Obj::Instance(i) => ["__get__", "__set__", "__delete__"].iter().any(|n| {
                        let t = vm.type_obj(i.class);
                        !t.builtin
                            && t.mro.iter().any(|&c| {
                                vm.type_obj(c)
                                    .dict
                                    .iter()
                                    .any(|d| vm.as_str(d.key) == Some(n))
                            })
                    }),
                    _ => false,
                },
                _ => false,
            };
            !special && !prop
        })
}

/// Creates the class once its body has run (called by the native frame).
pub fn finish_class(vm: &mut Vm, name: Value, bases: &[Value], ns: ObjRef) -> PyResult<Value> {
    let name_s: Rc<str> = vm.as_str(name).unwrap_or("?").into();
    let mut base_refs = Vec::new();
    for &b in bases {
        match b {
            Value::Obj(r) if matches!(vm.heap.get(r), Obj::Type(_)) => base_refs.push(r),
            _ => return Err(vm.type_error("bases must be types")),
        }
    }
    for (i, &b) in base_refs.iter().enumerate() {
        if base_refs[..i].contains(&b) {
            let n = vm.type_obj(b).name.to_string();
            return Err(vm.type_error(format!("duplicate base class {n}")));
        }
    }
    if base_refs.is_empty() {
        base_refs.push(vm.types.object);
    }
    let mut layout = Layout::Object;
    for &b in &base_refs {
        let bt = vm.type_obj(b);
        match bt.layout {
            Layout::Exception
            | Layout::Dict
            | Layout::Tuple
            | Layout::List
            | Layout::Int
            | Layout::Float
            | Layout::Str => {
                if layout != Layout::Object && layout != bt.layout {
                    return Err(vm.type_error("multiple bases have instance lay-out conflict"));
                }
                layout = bt.layout
            }
            Layout::Builtin if b == vm.types.bool_ => {
                return Err(vm.type_error("type 'bool' is not an acceptable base type"));
            }
            Layout::Builtin if b != vm.types.object => {
                let n = bt.name.to_string();
                return Err(PyErr::unsupported(format!(
                    "subclassing the builtin type '{n}' is not supported by corelab yet"
                )));
            }
            _ => {}
        }
    }
    let Obj::Dict(d) = vm.heap.get(ns) else {
        unreachable!()
    };
    let mut dict = d.map.clone();
    let qualname_key = vm.intern("__qualname__");
    let module_key = vm.intern("__module__");
    let classcell_key = vm.intern("__classcell__");
    let qualname: Rc<str> = vm
        .dict_get_str(ns, qualname_key)
        .and_then(|v| vm.as_str(v).map(Rc::from))
        .unwrap_or_else(|| name_s.clone());
    let module: Rc<str> = vm
        .dict_get_str(ns, module_key)
        .and_then(|v| vm.as_str(v).map(Rc::from))
        .unwrap_or_else(|| "__main__".into());
    let classcell = vm.dict_get_str(ns, classcell_key);
    if let Some(i) = dict.find(vm.str_hash(classcell_key), |k| {
        vm.str_key_eq(k, classcell_key)
    }) {
        dict.remove_at(i);
    }
    // The embedded stdlib modules mark classes that are C types in CPython
    // with their `tp_name` (see `TypeObj::tp_name`); the key is not kept.
    let tp_name_key = vm.intern("__corelab_tp_name__");
    let tp_name: Option<Rc<str>> = vm
        .dict_get_str(ns, tp_name_key)
        .and_then(|v| vm.as_str(v).map(Rc::from));
    if let Some(i) = dict.find(vm.str_hash(tp_name_key), |k| vm.str_key_eq(k, tp_name_key)) {
        dict.remove_at(i);
    }
    let t = crate::objects::TypeObj {
        name: name_s,
        tp_name,
        qualname,
        module,
        bases: base_refs.clone(),
        mro: Vec::new(),
        dict,
        layout,
        builtin: false,
        plain_attrs: false,
        slots: None,
    };
    let cls = vm.heap.alloc(Obj::Type(Box::new(t)));
    let mro = match vm.compute_mro(cls, &base_refs) {
        Ok(mro) => mro,
        Err(heads) => {
            let names: Vec<String> = heads
                .iter()
                .map(|&h| vm.type_obj(h).name.to_string())
                .collect();
            return Err(vm.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        }
    };
    let plain = mro.iter().all(|&c| plain_class(vm, c));
    let slots = slot_names(vm, ns, &mro)?;
    let t = vm.type_obj_mut(cls);
    t.mro = mro;
    // Stores to a class with __slots__ are checked on the general path.
    t.plain_attrs = plain && slots.is_none();
    t.slots = slots;
    if let Some(cell) = classcell {
        flow::cell_set(vm, cell, Value::Obj(cls));
    }
    // A class that defines __eq__ but not __hash__ is unhashable.
    let eq = vm.intern("__eq__");
    let hash = vm.intern("__hash__");
    let has = |vm: &Vm, k: ObjRef| {
        vm.type_obj(cls)
            .dict
            .find(vm.str_hash(k), |x| vm.str_key_eq(x, k))
            .is_some()
    };
    if has(vm, eq) && !has(vm, hash) {
        vm.type_set_attr(cls, "__hash__", Value::None);
    }
    Ok(Value::Obj(cls))
}
