//! Attribute access: `obj.name` loads (with descriptors: functions bind,
//! properties call their getter, class/static methods), method loads
//! without allocating a bound method, stores and deletes.

use super::{finalize, replace_top, Flow};
use crate::errors::{PyErr, PyResult};
use crate::heap::Heap;
use crate::objects::{Attrs, Builtin, Dict, DictObj, Obj};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// `LoadAttr`: `[obj] -> [obj.name]`.
pub(crate) fn load_attr(vm: &mut Vm, th: &mut Thread, name: ObjRef) -> PyResult<Flow> {
    let obj = *th.stack.last().unwrap_or(&Value::None);
    let v = getattr(vm, obj, name)?;
    replace_top(th, 1, v);
    Ok(Flow::Next)
}

/// `LoadMethod`: `[obj] -> [method, obj]` or `[NULL, attr]`.
pub(crate) fn load_method(vm: &mut Vm, th: &mut Thread, name: ObjRef) -> PyResult<Flow> {
    let obj = *th.stack.last().unwrap_or(&Value::None);
    if let Some(m) = plain_method(vm, obj, name) {
        let len = th.stack.len();
        th.stack[len - 1] = m;
        th.stack.push(obj);
        return Ok(Flow::Next);
    }
    let v = getattr(vm, obj, name)?;
    let len = th.stack.len();
    th.stack[len - 1] = Value::Null;
    th.stack.push(v);
    Ok(Flow::Next)
}

/// A function found on the type (not shadowed by the instance) that can be
/// called with `obj` as first argument.
fn plain_method(vm: &Vm, obj: Value, name: ObjRef) -> Option<Value> {
    let t = vm.type_of(obj);
    if t == vm.types.type_ || t == vm.types.module || t == vm.types.super_ {
        return None;
    }
    let m = vm.lookup_in_type(t, name)?;
    let Value::Obj(r) = m else { return None };
    let plain = match vm.heap.get(r) {
        Obj::Function(_) => true,
        Obj::Builtin(b) => b.this.is_null(),
        _ => false,
    };
    if !plain || instance_attr(vm, obj, name).is_some() {
        return None;
    }
    Some(m)
}

/// The attribute dict of an instance, function or dict-subclass instance.
pub(crate) fn own_dict(heap: &Heap, r: ObjRef) -> Option<&Dict> {
    match heap.get(r) {
        Obj::Instance(i) => Some(i.attrs.get(heap)),
        Obj::Dict(d) => d.attrs.as_ref(),
        Obj::Function(f) => Some(f.attrs.get(heap)),
        _ => None,
    }
}

/// `own_dict`, mutable.
pub(crate) fn own_dict_mut(heap: &mut Heap, r: ObjRef) -> Option<&mut Dict> {
    let shared = match heap.get(r) {
        Obj::Instance(i) => match i.attrs {
            Attrs::Shared(d) => Some(d),
            Attrs::Inline(_) => None,
        },
        Obj::Function(f) => match f.attrs {
            Attrs::Shared(d) => Some(d),
            Attrs::Inline(_) => None,
        },
        _ => None,
    };
    if let Some(d) = shared {
        return match heap.get_mut(d) {
            Obj::Dict(d) => Some(&mut d.map),
            _ => None,
        };
    }
    match heap.get_mut(r) {
        Obj::Instance(i) => match &mut i.attrs {
            Attrs::Inline(d) => Some(d),
            Attrs::Shared(_) => None,
        },
        Obj::Function(f) => match &mut f.attrs {
            Attrs::Inline(d) => Some(d),
            Attrs::Shared(_) => None,
        },
        Obj::Dict(d) => d.attrs.as_mut(),
        _ => None,
    }
}

/// `obj.__dict__` of an instance or function: the live namespace, moved
/// into a heap dict object on first request.
pub(crate) fn dict_object(vm: &mut Vm, r: ObjRef) -> Option<ObjRef> {
    let object = vm.types.object;
    let attrs = match vm.heap.get_mut(r) {
        Obj::Instance(i) if i.class != object => &mut i.attrs,
        Obj::Function(f) => &mut f.attrs,
        _ => return None,
    };
    let map = match attrs {
        Attrs::Shared(d) => return Some(*d),
        Attrs::Inline(d) => std::mem::take(d),
    };
    let d = vm.heap.alloc(Obj::Dict(Box::new(DictObj {
        map,
        ..Default::default()
    })));
    match vm.heap.get_mut(r) {
        Obj::Instance(i) => i.attrs = Attrs::Shared(d),
        Obj::Function(f) => f.attrs = Attrs::Shared(d),
        _ => {}
    }
    Some(d)
}

/// The instance's own attribute, if it has a `__dict__` holding `name`.
pub(crate) fn instance_attr(vm: &Vm, obj: Value, name: ObjRef) -> Option<Value> {
    let Value::Obj(r) = obj else { return None };
    let d = own_dict(&vm.heap, r)?;
    let hash = vm.str_hash(name);
    d.find(hash, |k| vm.str_key_eq(k, name))
        .map(|i| d.value_at(i))
}

/// `getattr(obj, name)` with CPython's lookup order.
pub fn getattr(vm: &mut Vm, obj: Value, name: ObjRef) -> PyResult<Value> {
    if let Value::Obj(r) = obj {
        match vm.heap.get(r) {
            Obj::Type(_) => return type_getattr(vm, r, name),
            Obj::Module(m) => {
                let d = m.dict;
                if let Some(v) = vm.dict_get_str(d, name) {
                    return Ok(v);
                }
                if vm.str_of(name) == "__dict__" {
                    return Ok(Value::Obj(d));
                }
                let Obj::Module(m) = vm.heap.get(r) else {
                    unreachable!()
                };
                let (mn, an) = (m.name.to_string(), vm.str_of(name).to_string());
                crate::modules::missing_cpython_name(&mn, &an)?;
                let e = vm.attribute_error(format!("module '{mn}' has no attribute '{an}'"));
                return Err(vm.with_name(e, name, obj));
            }
            Obj::Super(cls, this) => return super_getattr(vm, *cls, *this, name),
            _ => {}
        }
    }
    let t = vm.type_of(obj);
    if !vm.type_obj(t).plain_attrs {
        let gab = vm.intern("__getattribute__");
        if let Some(f) = vm.lookup_in_type(t, gab) {
            if matches!(f, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Function(_))) {
                let r = vm.call(f, vec![obj, Value::Obj(name)]);
                return match r {
                    Err(PyErr::Exc(e)) if vm.exc_matches(Value::Obj(e), vm.exc.attribute_error) => {
                        let ga = vm.intern("__getattr__");
                        match vm.lookup_in_type(t, ga) {
                            Some(g) => vm.call(g, vec![obj, Value::Obj(name)]),
                            None => Err(PyErr::Exc(e)),
                        }
                    }
                    r => r,
                };
            }
        }
    }
    generic_getattr(vm, obj, name, true)
}

/// `object.__getattribute__(obj, name)`: the standard lookup, without a
/// class's `__getattribute__` or `__getattr__` hooks.
pub(crate) fn object_getattribute(vm: &mut Vm, a: &crate::builtins::Args) -> PyResult<Value> {
    a.check(vm, "__getattribute__", 2, 2)?;
    let Some(n) = vm.as_str(a.get(1)).map(String::from) else {
        let tn = vm.type_name(a.get(1));
        return Err(vm.type_error(format!("attribute name must be string, not '{tn}'")));
    };
    let name = vm.intern(&n);
    generic_getattr(vm, a.get(0), name, false)
}

/// Descriptors, the instance's own attributes, class attributes, builtin
/// special attributes, then (with `hook`) the class's `__getattr__`.
fn generic_getattr(vm: &mut Vm, obj: Value, name: ObjRef, hook: bool) -> PyResult<Value> {
    if let Value::Obj(r) = obj {
        if matches!(
            vm.heap.get(r),
            Obj::Type(_) | Obj::Module(_) | Obj::Super(..)
        ) {
            return getattr(vm, obj, name);
        }
    }
    let t = vm.type_of(obj);
    let desc = vm.lookup_in_type(t, name);
    if let Some(Value::Obj(d)) = desc {
        if let Obj::Property(fget, _, _, _) = vm.heap.get(d) {
            let fget = *fget;
            if fget.is_null() || matches!(fget, Value::None) {
                let an = vm.str_of(name).to_string();
                return Err(vm.attribute_error(format!("property '{an}' has no getter")));
            }
            return vm.call(fget, vec![obj]);
        }
    }
    let user = desc.and_then(|d| user_descriptor(vm, d));
    if let (Some(d), Some(u)) = (desc, &user) {
        // A data descriptor wins over the instance dict.
        if let (Some(get), true) = (u.get, u.is_data()) {
            return vm.call(get, vec![d, obj, Value::Obj(t)]);
        }
    }
    if let Some(v) = instance_attr(vm, obj, name) {
        return Ok(v);
    }
    if let (Some(d), Some(UserDesc { get: Some(get), .. })) = (desc, &user) {
        return vm.call(*get, vec![d, obj, Value::Obj(t)]);
    }
    if let Some(d) = desc {
        return Ok(bind(vm, d, obj, t));
    }
    if let Some(v) = crate::builtins::special_attr(vm, obj, name)? {
        return Ok(v);
    }
    let ga = vm.intern("__getattr__");
    if let (true, Some(f)) = (hook, vm.lookup_in_type(t, ga)) {
        return vm.call(f, vec![obj, Value::Obj(name)]);
    }
    Err(no_attribute(vm, obj, name))
}

/// The hooks of a user-defined descriptor: a class attribute that is an
/// instance of a class defining `__get__`, `__set__` or `__delete__`
/// (functions, properties and class/static methods are handled natively).
pub(crate) struct UserDesc {
    pub get: Option<Value>,
    pub set: Option<Value>,
    pub delete: Option<Value>,
}

impl UserDesc {
    /// A data descriptor takes precedence over the instance dict.
    pub fn is_data(&self) -> bool {
        self.set.is_some() || self.delete.is_some()
    }
}

/// `v`'s descriptor hooks, if `v` is an instance of a class with any.
pub(crate) fn user_descriptor(vm: &mut Vm, v: Value) -> Option<UserDesc> {
    let Value::Obj(r) = v else { return None };
    let Obj::Instance(i) = vm.heap.get(r) else {
        return None;
    };
    let c = i.class;
    if vm.type_obj(c).builtin {
        return None;
    }
    let u = UserDesc {
        get: vm.lookup_in_type_str(c, "__get__"),
        set: vm.lookup_in_type_str(c, "__set__"),
        delete: vm.lookup_in_type_str(c, "__delete__"),
    };
    (u.get.is_some() || u.is_data()).then_some(u)
}

pub(crate) fn no_attribute(vm: &mut Vm, obj: Value, name: ObjRef) -> PyErr {
    let tn = vm.type_name(obj);
    let an = vm.str_of(name).to_string();
    let e = vm.attribute_error(format!("'{tn}' object has no attribute '{an}'"));
    vm.with_name(e, name, obj)
}

/// Applies the descriptor protocol of a class attribute found for `obj`.
pub(crate) fn bind(vm: &mut Vm, attr: Value, obj: Value, owner: ObjRef) -> Value {
    let Value::Obj(r) = attr else { return attr };
    match vm.heap.get(r) {
        Obj::Function(_) => Value::Obj(vm.heap.alloc(Obj::BoundMethod(obj, attr))),
        Obj::Builtin(b) if b.this.is_null() && b.owner.is_some() => {
            let mut nb: Builtin = (**b).clone();
            nb.this = obj;
            Value::Obj(vm.heap.alloc(Obj::Builtin(Box::new(nb))))
        }
        Obj::StaticMethod(f) => *f,
        Obj::ClassMethod(f) => {
            let f = *f;
            Value::Obj(vm.heap.alloc(Obj::BoundMethod(Value::Obj(owner), f)))
        }
        _ => attr,
    }
}

fn type_getattr(vm: &mut Vm, cls: ObjRef, name: ObjRef) -> PyResult<Value> {
    if let Some(v) = vm.lookup_in_type(cls, name) {
        if let Value::Obj(r) = v {
            match vm.heap.get(r) {
                Obj::StaticMethod(f) => return Ok(*f),
                Obj::ClassMethod(f) => {
                    let f = *f;
                    return Ok(Value::Obj(
                        vm.heap.alloc(Obj::BoundMethod(Value::Obj(cls), f)),
                    ));
                }
                Obj::Instance(_) => {
                    if let Some(UserDesc { get: Some(get), .. }) = user_descriptor(vm, v) {
                        return vm.call(get, vec![v, Value::None, Value::Obj(cls)]);
                    }
                }
                _ => {}
            }
        }
        return Ok(v);
    }
    if let Some(v) = crate::builtins::special_attr(vm, Value::Obj(cls), name)? {
        return Ok(v);
    }
    // Attributes of `type` itself (e.g. `C.mro`).
    if let Some(d) = vm.lookup_in_type(vm.types.type_, name) {
        let tt = vm.types.type_;
        return Ok(bind(vm, d, Value::Obj(cls), tt));
    }
    let (tn, an) = (
        vm.type_obj(cls).name.to_string(),
        vm.str_of(name).to_string(),
    );
    let e = vm.attribute_error(format!("type object '{tn}' has no attribute '{an}'"));
    Err(vm.with_name(e, name, Value::Obj(cls)))
}

fn super_getattr(vm: &mut Vm, cls: ObjRef, this: Value, name: ObjRef) -> PyResult<Value> {
    let start_type = match this {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Type(_)) => r,
        _ => vm.type_of(this),
    };
    let mro = vm.type_obj(start_type).mro.clone();
    let pos = mro
        .iter()
        .position(|&c| c == cls)
        .map_or(mro.len(), |p| p + 1);
    let hash = vm.str_hash(name);
    for &c in &mro[pos..] {
        let d = &vm.type_obj(c).dict;
        if let Some(i) = d.find(hash, |k| vm.str_key_eq(k, name)) {
            let v = d.value_at(i);
            if let Value::Obj(r) = v {
                if let Obj::Property(fget, _, _, _) = vm.heap.get(r) {
                    let fget = *fget;
                    return vm.call(fget, vec![this]);
                }
                if matches!(vm.heap.get(r), Obj::Function(_))
                    && start_type == this.as_obj().unwrap_or(ObjRef(u32::MAX))
                {
                    return Ok(v);
                }
                // A builtin `__new__` is static: the caller passes the class.
                if matches!(vm.heap.get(r), Obj::Builtin(_)) && vm.str_of(name) == "__new__" {
                    return Ok(v);
                }
                if let Some(UserDesc { get: Some(get), .. }) = user_descriptor(vm, v) {
                    let inst = if start_type == this.as_obj().unwrap_or(ObjRef(u32::MAX)) {
                        Value::None
                    } else {
                        this
                    };
                    return vm.call(get, vec![v, inst, Value::Obj(start_type)]);
                }
            }
            return Ok(bind(vm, v, this, start_type));
        }
    }
    let an = vm.str_of(name).to_string();
    Err(vm.attribute_error(format!("'super' object has no attribute '{an}'")))
}

/// `StoreAttr`: `[value, obj] -> []`.
pub(crate) fn store_attr(vm: &mut Vm, th: &mut Thread, name: ObjRef) -> PyResult<Flow> {
    let (value, obj) = super::peek2(th);
    let old = finalize::watching(vm).then(|| finalize::own_attr(vm, obj, name));
    setattr(vm, obj, name, value)?;
    th.stack.truncate(th.stack.len() - 2);
    match old {
        Some(Some(old)) => finalize::dropped(vm, th, &[old]),
        _ => Ok(Flow::Next),
    }
}

/// `DeleteAttr`: `[obj] -> []`.
pub(crate) fn delete_attr(vm: &mut Vm, th: &mut Thread, name: ObjRef) -> PyResult<Flow> {
    let obj = *th.stack.last().unwrap_or(&Value::None);
    let old = finalize::watching(vm).then(|| finalize::own_attr(vm, obj, name));
    delattr(vm, obj, name)?;
    th.stack.pop();
    match old {
        Some(Some(old)) => finalize::dropped(vm, th, &[old, obj]),
        _ => Ok(Flow::Next),
    }
}

/// `setattr(obj, name, value)`.
pub fn setattr(vm: &mut Vm, obj: Value, name: ObjRef, value: Value) -> PyResult<()> {
    let t = vm.type_of(obj);
    let sa = vm.intern("__setattr__");
    if let Some(f) = vm.lookup_in_type(t, sa) {
        if matches!(f, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Function(_))) {
            vm.call(f, vec![obj, Value::Obj(name), value])?;
            return Ok(());
        }
    }
    generic_setattr(vm, obj, name, value)
}

/// `object.__setattr__`: data descriptors (properties, user descriptors
/// with `__set__`), else the instance's own namespace.
pub fn generic_setattr(vm: &mut Vm, obj: Value, name: ObjRef, value: Value) -> PyResult<()> {
    let t = vm.type_of(obj);
    if let Some(Value::Obj(d)) = vm.lookup_in_type(t, name) {
        if let Obj::Property(_, fset, _, _) = vm.heap.get(d) {
            let fset = *fset;
            if fset.is_null() || matches!(fset, Value::None) {
                let (an, tn) = (vm.str_of(name).to_string(), vm.type_name(obj));
                return Err(
                    vm.attribute_error(format!("property '{an}' of '{tn}' object has no setter"))
                );
            }
            vm.call(fset, vec![obj, value])?;
            return Ok(());
        }
        if let Some(u) = user_descriptor(vm, Value::Obj(d)) {
            if let Some(set) = u.set {
                vm.call(set, vec![Value::Obj(d), obj, value])?;
                return Ok(());
            }
            if u.delete.is_some() {
                return Err(vm.attribute_error("__set__"));
            }
        }
    }
    raw_setattr(vm, obj, name, value)
}

/// Assignment to an exception's built-in fields (`args`, `__cause__`,
/// `__context__`, `__suppress_context__`); false for any other name.
fn set_exception_field(vm: &mut Vm, e: ObjRef, name: ObjRef, value: Value) -> PyResult<bool> {
    let field = vm.str_of(name).to_string();
    match field.as_str() {
        "args" => {
            let items = match value {
                Value::Obj(t) => match vm.heap.get(t) {
                    Obj::Tuple(v) | Obj::List(v) => Some(v.clone()),
                    _ => None,
                },
                _ => None,
            };
            let Some(items) = items else {
                let tn = vm.type_name(value);
                return Err(vm.type_error(format!("'{tn}' object is not iterable")));
            };
            if let Some(d) = vm.exc_data_mut(e) {
                d.args = items;
            }
        }
        "__cause__" | "__context__" => {
            let ok = match value {
                Value::None => true,
                Value::Obj(r) => vm.exc_data(r).is_some(),
                _ => false,
            };
            if !ok {
                let what = if field == "__cause__" {
                    "cause"
                } else {
                    "context"
                };
                return Err(vm.type_error(format!(
                    "exception {what} must be None or derive from BaseException"
                )));
            }
            if let Some(d) = vm.exc_data_mut(e) {
                if field == "__cause__" {
                    d.cause = value;
                    d.suppress_context = true;
                } else {
                    d.context = value;
                }
            }
        }
        "__suppress_context__" => {
            let b = super::ops::truthy(vm, value)?;
            if let Some(d) = vm.exc_data_mut(e) {
                d.suppress_context = b;
            }
        }
        _ => return Ok(false),
    }
    Ok(true)
}

/// `obj.__class__ = cls` for an instance: allowed between classes whose
/// instances have the same layout, as CPython checks.
fn set_class(vm: &mut Vm, r: ObjRef, value: Value) -> PyResult<()> {
    let Obj::Instance(i) = vm.heap.get(r) else {
        return Err(PyErr::internal("__class__ of a non-instance"));
    };
    let old = i.class;
    let is_type = matches!(value, Value::Obj(t) if matches!(vm.heap.get(t), Obj::Type(_)));
    let Value::Obj(new) = value else {
        let tn = vm.type_name(value);
        return Err(vm.type_error(format!(
            "__class__ must be set to a class, not '{tn}' object"
        )));
    };
    if !is_type {
        let tn = vm.type_name(value);
        return Err(vm.type_error(format!(
            "__class__ must be set to a class, not '{tn}' object"
        )));
    }
    let (nt, ot) = (vm.type_obj(new), vm.type_obj(old));
    if nt.builtin || ot.builtin {
        return Err(vm.type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    if nt.layout != ot.layout {
        let (o, n) = (ot.name.to_string(), nt.name.to_string());
        return Err(vm.type_error(format!(
            "__class__ assignment: '{n}' object layout differs from '{o}'"
        )));
    }
    if let Obj::Instance(i) = vm.heap.get_mut(r) {
        i.class = new;
    }
    Ok(())
}

/// Stores an attribute without consulting descriptors or `__setattr__`.
pub fn raw_setattr(vm: &mut Vm, obj: Value, name: ObjRef, value: Value) -> PyResult<()> {
    let Value::Obj(r) = obj else {
        return Err(no_attribute(vm, obj, name));
    };
    if let Obj::Function(_) = vm.heap.get(r) {
        match vm.str_of(name) {
            "__doc__" => {
                if let Obj::Function(f) = vm.heap.get_mut(r) {
                    f.doc = value;
                }
                return Ok(());
            }
            "__annotations__" => {
                let ok = matches!(value, Value::None)
                    || matches!(value, Value::Obj(d) if matches!(vm.heap.get(d), Obj::Dict(_)));
                if !ok {
                    return Err(vm.type_error("__annotations__ must be set to a dict object"));
                }
                if let Obj::Function(f) = vm.heap.get_mut(r) {
                    f.annotations = if matches!(value, Value::None) {
                        Value::Null
                    } else {
                        value
                    };
                }
                return Ok(());
            }
            _ => {}
        }
    }
    if vm.exc_data(r).is_some() && set_exception_field(vm, r, name, value)? {
        return Ok(());
    }
    // Plain instances of builtin types (`object()`) have no `__dict__`.
    if let Obj::Instance(i) = vm.heap.get(r) {
        if vm.str_of(name) == "__class__" {
            return set_class(vm, r, value);
        }
        if i.exc.is_none() && vm.type_obj(i.class).builtin {
            return Err(no_attribute(vm, obj, name));
        }
        if let Some(slots) = &vm.type_obj(i.class).slots {
            let n = vm.str_of(name);
            if !slots.iter().any(|&s| vm.str_of(s) == n) {
                return Err(no_attribute(vm, obj, name));
            }
        }
    }
    let hash = vm.str_hash(name);
    let has_own = match vm.heap.get(r) {
        // Instances of `object` itself have no `__dict__`.
        Obj::Instance(i) => i.class != vm.types.object,
        Obj::Function(_) => true,
        Obj::Dict(d) => d.attrs.is_some(),
        _ => false,
    };
    let d = if has_own {
        own_dict_mut(&mut vm.heap, r).ok_or_else(|| PyErr::internal("no namespace"))?
    } else {
        match vm.heap.get_mut(r) {
            Obj::Type(t) if !t.builtin => {
                // Adding attributes to a class may add a property or hook:
                // stop taking the attribute fast path anywhere.
                vm.attr_fast_path = false;
                let Obj::Type(t) = vm.heap.get_mut(r) else {
                    unreachable!()
                };
                &mut t.dict
            }
            Obj::Module(m) => {
                let dict = m.dict;
                vm.dict_set_str(dict, name, value);
                return Ok(());
            }
            Obj::Type(t) => {
                let tn = t.name.to_string();
                let an = vm.str_of(name).to_string();
                return Err(vm.type_error(format!(
                    "cannot set '{an}' attribute of immutable type '{tn}'"
                )));
            }
            _ => return Err(no_attribute(vm, obj, name)),
        }
    };
    let found = d.find(hash, |k| matches!(k, Value::Obj(x) if x == name));
    match found {
        Some(i) => d.set_value_at(i, value),
        None => {
            // Slow path: compare contents (names built at run time).
            let d_clone = d.clone();
            let idx = d_clone.find(hash, |k| vm.str_key_eq(k, name));
            let d = match own_dict_mut(&mut vm.heap, r) {
                Some(d) => d,
                None => match vm.heap.get_mut(r) {
                    Obj::Type(t) => &mut t.dict,
                    _ => return Err(PyErr::internal("no namespace")),
                },
            };
            match idx {
                Some(i) => d.set_value_at(i, value),
                None => d.insert_new(hash, Value::Obj(name), value),
            }
        }
    }
    Ok(())
}

/// `delattr(obj, name)`.
pub fn delattr(vm: &mut Vm, obj: Value, name: ObjRef) -> PyResult<()> {
    let t = vm.type_of(obj);
    let da = vm.intern("__delattr__");
    if let Some(f) = vm.lookup_in_type(t, da) {
        if matches!(f, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Function(_))) {
            vm.call(f, vec![obj, Value::Obj(name)])?;
            return Ok(());
        }
    }
    generic_delattr(vm, obj, name)
}

/// `object.__delattr__`: data descriptors, else the own namespace.
pub fn generic_delattr(vm: &mut Vm, obj: Value, name: ObjRef) -> PyResult<()> {
    let t = vm.type_of(obj);
    if let Some(Value::Obj(d)) = vm.lookup_in_type(t, name) {
        if let Obj::Property(_, _, fdel, _) = vm.heap.get(d) {
            let fdel = *fdel;
            if fdel.is_null() || matches!(fdel, Value::None) {
                let (an, tn) = (vm.str_of(name).to_string(), vm.type_name(obj));
                return Err(
                    vm.attribute_error(format!("property '{an}' of '{tn}' object has no deleter"))
                );
            }
            vm.call(fdel, vec![obj])?;
            return Ok(());
        }
        if let Some(u) = user_descriptor(vm, Value::Obj(d)) {
            if let Some(del) = u.delete {
                vm.call(del, vec![Value::Obj(d), obj])?;
                return Ok(());
            }
            if u.set.is_some() {
                return Err(vm.attribute_error("__delete__"));
            }
        }
    }
    let hash = vm.str_hash(name);
    let Value::Obj(r) = obj else {
        return Err(no_attribute(vm, obj, name));
    };
    let idx = {
        let d = match vm.heap.get(r) {
            Obj::Instance(_) | Obj::Dict(_) | Obj::Function(_) => own_dict(&vm.heap, r),
            Obj::Type(t) if !t.builtin => Some(&t.dict),
            Obj::Module(m) => {
                let dict = m.dict;
                if vm.dict_del_str(dict, name) {
                    return Ok(());
                }
                return Err(no_attribute(vm, obj, name));
            }
            _ => None,
        };
        d.and_then(|d| d.find(hash, |k| vm.str_key_eq(k, name)))
    };
    let Some(i) = idx else {
        return Err(no_attribute(vm, obj, name));
    };
    if let Some(d) = own_dict_mut(&mut vm.heap, r) {
        d.remove_at(i);
    } else if let Obj::Type(t) = vm.heap.get_mut(r) {
        t.dict.remove_at(i);
    }
    Ok(())
}
