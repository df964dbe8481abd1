//! Moving values between processes by value, as CPython's pickle does:
//! [`dump`] turns a value of one heap into a self-contained [`Pickled`]
//! tree, [`load`] rebuilds it in another heap. Functions and classes travel
//! by reference (module + qualified name, looked up again on arrival), so
//! exactly what CPython cannot pickle fails here too, with its exception
//! type and message: lambdas, nested functions, locks, generators, modules.
//!
//! Sharing and cycles inside one value survive (a memo, like pickle's).
//! [`Pickled::size`] estimates the byte size of CPython's protocol-4 pickle,
//! which the machine turns into transfer time.
//!
//! Not supported yet (a clear "unsupported" stop, never a silent copy):
//! classes that customise pickling (`__reduce__`, `__reduce_ex__`,
//! `__getstate__`, `__setstate__`, `__getnewargs__`), and tuple subclasses
//! with a `__new__` of their own (CPython calls it again on loading; the
//! classes `collections.namedtuple` makes are fine: theirs rebuilds the
//! same items), list subclasses with their own `__new__`, `append` or
//! `extend` (loading would call them), and int, float and str subclasses
//! with their own `__new__` (the same).

use crate::errors::{PyErr, PyResult};
use crate::objects::{Dict, Instance, Obj};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use num_bigint::BigInt;
use std::collections::BTreeMap;

/// A value in transit between processes.
#[derive(Clone, Debug, PartialEq)]
pub enum Pickled {
    None,
    Bool(bool),
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    Complex(f64, f64),
    Str(String),
    Bytes(Vec<u8>),
    ByteArray(Vec<u8>),
    Ellipsis,
    NotImplemented,
    Range(crate::objects::PyRange),
    Tuple(Vec<Pickled>),
    /// Containers carry a memo id so that later references can point back.
    List(u32, Vec<Pickled>),
    Dict(u32, Vec<(Pickled, Pickled)>),
    Set(Vec<Pickled>),
    FrozenSet(Vec<Pickled>),
    /// A function, class or other module-level object, by name.
    Global {
        module: String,
        qualname: String,
    },
    /// An instance of a Python class: its class (a Global) and `__dict__`.
    Object {
        id: u32,
        class: Box<Pickled>,
        attrs: Vec<(String, Pickled)>,
    },
    /// A dict subclass instance (defaultdict, Counter, OrderedDict...).
    DictOf {
        id: u32,
        class: Box<Pickled>,
        factory: Box<Pickled>,
        items: Vec<(Pickled, Pickled)>,
        attrs: Vec<(String, Pickled)>,
    },
    /// A tuple subclass instance (a namedtuple), a list subclass instance
    /// or an int, float or str subclass instance: its class, items (the
    /// one plain value for `SubOf::Value`) and `__dict__`.
    SeqOf {
        id: u32,
        class: Box<Pickled>,
        /// Which builtin type the class extends (never `Object`).
        sub: SubOf,
        items: Vec<Pickled>,
        attrs: Vec<(String, Pickled)>,
    },
    /// An exception: its class and args.
    Exception {
        class: Box<Pickled>,
        args: Vec<Pickled>,
    },
    /// A second reference to a memoised container.
    Ref(u32),
}

impl Pickled {
    /// Values in the tree (the per-object part of pickling's cost).
    pub fn nodes(&self) -> usize {
        1 + match self {
            Pickled::Tuple(v) | Pickled::Set(v) | Pickled::FrozenSet(v) | Pickled::List(_, v) => {
                v.iter().map(Pickled::nodes).sum()
            }
            Pickled::Dict(_, kv) => kv.iter().map(|(k, v)| k.nodes() + v.nodes()).sum(),
            Pickled::Object { attrs, .. } => attrs.iter().map(|(_, v)| 1 + v.nodes()).sum(),
            Pickled::SeqOf { items, attrs, .. } => {
                items.iter().map(Pickled::nodes).sum::<usize>()
                    + attrs.iter().map(|(_, v)| 1 + v.nodes()).sum::<usize>()
            }
            Pickled::DictOf { items, attrs, .. } => {
                items
                    .iter()
                    .map(|(k, v)| k.nodes() + v.nodes())
                    .sum::<usize>()
                    + attrs.iter().map(|(_, v)| 1 + v.nodes()).sum::<usize>()
            }
            Pickled::Exception { args, .. } => args.iter().map(Pickled::nodes).sum(),
            _ => 0,
        }
    }

    /// Approximate size of CPython's protocol-4 pickle of this value, in
    /// bytes (opcodes, lengths, payload).
    pub fn size(&self) -> usize {
        match self {
            Pickled::None | Pickled::Bool(_) | Pickled::Ellipsis | Pickled::NotImplemented => 1,
            Pickled::Int(i) => {
                if (0..256).contains(i) {
                    2
                } else if i32::try_from(*i).is_ok() {
                    5
                } else {
                    10
                }
            }
            Pickled::BigInt(b) => 3 + (b.bits() as usize).div_ceil(8),
            Pickled::Float(_) => 9,
            Pickled::Complex(..) => 30,
            Pickled::Str(s) => 2 + s.len() + if s.len() > 255 { 7 } else { 0 },
            Pickled::Bytes(b) | Pickled::ByteArray(b) => 2 + b.len(),
            Pickled::Range(..) => 40,
            Pickled::Tuple(v) | Pickled::Set(v) | Pickled::FrozenSet(v) | Pickled::List(_, v) => {
                3 + v.iter().map(Pickled::size).sum::<usize>()
            }
            Pickled::Dict(_, kv) => 3 + kv.iter().map(|(k, v)| k.size() + v.size()).sum::<usize>(),
            Pickled::Global { module, qualname } => 4 + module.len() + qualname.len(),
            Pickled::Object { class, attrs, .. } => {
                6 + class.size()
                    + attrs
                        .iter()
                        .map(|(k, v)| 2 + k.len() + v.size())
                        .sum::<usize>()
            }
            Pickled::DictOf {
                class,
                factory,
                items,
                attrs,
                ..
            } => {
                8 + class.size()
                    + factory.size()
                    + items
                        .iter()
                        .map(|(k, v)| k.size() + v.size())
                        .sum::<usize>()
                    + attrs
                        .iter()
                        .map(|(k, v)| 2 + k.len() + v.size())
                        .sum::<usize>()
            }
            Pickled::SeqOf {
                class,
                items,
                attrs,
                ..
            } => {
                8 + class.size()
                    + items.iter().map(Pickled::size).sum::<usize>()
                    + attrs
                        .iter()
                        .map(|(k, v)| 2 + k.len() + v.size())
                        .sum::<usize>()
            }
            Pickled::Exception { class, args } => {
                4 + class.size() + args.iter().map(Pickled::size).sum::<usize>()
            }
            Pickled::Ref(_) => 2,
        }
    }
}

/// Why a value cannot be pickled, as the exception CPython raises.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PickleError {
    /// `TypeError`.
    Type(String),
    /// `AttributeError`.
    Attribute(String),
    /// `_pickle.PicklingError`.
    Pickling(String),
    /// A feature corelab does not support.
    Unsupported(String),
}

impl PickleError {
    /// The error as a Python exception in `vm`.
    pub fn into_err(self, vm: &mut Vm) -> PyErr {
        match self {
            PickleError::Type(m) => vm.type_error(m),
            PickleError::Attribute(m) => vm.attribute_error(m),
            PickleError::Pickling(m) => {
                let cls = vm.pickling_error_type();
                vm.err(cls, m)
            }
            PickleError::Unsupported(m) => PyErr::unsupported(m),
        }
    }
}

struct Dumper<'a> {
    vm: &'a Vm,
    memo: BTreeMap<u32, u32>,
}

/// Pickles `v` from `vm`'s heap.
pub fn dump(vm: &Vm, v: Value) -> Result<Pickled, PickleError> {
    let mut d = Dumper {
        vm,
        memo: BTreeMap::new(),
    };
    d.value(v, 0)
}

fn addr(r: ObjRef) -> u64 {
    0x7f00_0000_0000u64 + r.0 as u64 * 16
}

impl Dumper<'_> {
    fn remember(&mut self, r: ObjRef) -> Result<u32, u32> {
        if let Some(&id) = self.memo.get(&r.0) {
            return Err(id);
        }
        let id = self.memo.len() as u32;
        self.memo.insert(r.0, id);
        Ok(id)
    }

    fn values(&mut self, vs: &[Value], depth: usize) -> Result<Vec<Pickled>, PickleError> {
        vs.iter().map(|&x| self.value(x, depth + 1)).collect()
    }

    fn pairs(&mut self, d: &Dict, depth: usize) -> Result<Vec<(Pickled, Pickled)>, PickleError> {
        let entries: Vec<(Value, Value)> = d.iter().map(|e| (e.key, e.value)).collect();
        entries
            .into_iter()
            .map(|(k, v)| Ok((self.value(k, depth + 1)?, self.value(v, depth + 1)?)))
            .collect()
    }

    fn attrs(&mut self, d: &Dict, depth: usize) -> Result<Vec<(String, Pickled)>, PickleError> {
        let entries: Vec<(Value, Value)> = d.iter().map(|e| (e.key, e.value)).collect();
        let mut out = Vec::new();
        for (k, v) in entries {
            let name = self.vm.as_str(k).unwrap_or("").to_string();
            out.push((name, self.value(v, depth + 1)?));
        }
        Ok(out)
    }

    fn value(&mut self, v: Value, depth: usize) -> Result<Pickled, PickleError> {
        if depth > 900 {
            return Err(PickleError::Unsupported(
                "pickling a value nested more than 900 levels deep".into(),
            ));
        }
        let r = match v {
            Value::Null | Value::None => return Ok(Pickled::None),
            Value::Bool(b) => return Ok(Pickled::Bool(b)),
            Value::Int(i) => return Ok(Pickled::Int(i)),
            Value::Float(f) => return Ok(Pickled::Float(f)),
            Value::Obj(r) => r,
        };
        let vm = self.vm;
        Ok(match vm.heap.get(r) {
            Obj::Str(_) => Pickled::Str(vm.as_str(v).unwrap_or("").to_string()),
            Obj::BigInt(b) => Pickled::BigInt(b.clone()),
            Obj::Complex(re, im) => Pickled::Complex(*re, *im),
            Obj::Bytes(b) => Pickled::Bytes(b.clone()),
            Obj::ByteArray(b) => Pickled::ByteArray(b.clone()),
            Obj::Ellipsis => Pickled::Ellipsis,
            Obj::NotImplemented => Pickled::NotImplemented,
            Obj::Range(rg) => Pickled::Range(rg.clone()),
            Obj::Tuple(items) => Pickled::Tuple(self.values(&items.clone(), depth)?),
            Obj::List(items) => match self.remember(r) {
                Err(id) => Pickled::Ref(id),
                Ok(id) => Pickled::List(id, self.values(&items.clone(), depth)?),
            },
            Obj::Set(s) => Pickled::Set(self.values(&set_items(&s.map), depth)?),
            Obj::FrozenSet(s) => Pickled::FrozenSet(self.values(&set_items(&s.map), depth)?),
            Obj::Dict(d) => {
                let id = match self.remember(r) {
                    Err(id) => return Ok(Pickled::Ref(id)),
                    Ok(id) => id,
                };
                let d = d.clone();
                match d.class {
                    None => Pickled::Dict(id, self.pairs(&d.map, depth)?),
                    Some(cls) => {
                        self.check_class(cls, SubOf::Object)?;
                        Pickled::DictOf {
                            id,
                            class: Box::new(self.global(Value::Obj(cls))?),
                            factory: Box::new(self.value(d.default_factory, depth + 1)?),
                            items: self.pairs(&d.map, depth)?,
                            attrs: match &d.attrs {
                                Some(a) => self.attrs(a, depth)?,
                                None => Vec::new(),
                            },
                        }
                    }
                }
            }
            Obj::Function(_) | Obj::Type(_) | Obj::Builtin(_) => self.global(v)?,
            Obj::Instance(inst) => {
                let inst = inst.clone();
                if let Some(exc) = &inst.exc {
                    return Ok(Pickled::Exception {
                        class: Box::new(self.global(Value::Obj(inst.class))?),
                        args: self.values(&exc.args, depth)?,
                    });
                }
                let id = match self.remember(r) {
                    Err(id) => return Ok(Pickled::Ref(id)),
                    Ok(id) => id,
                };
                let base_items = match inst.base {
                    Value::Null => None,
                    Value::Obj(b) => match vm.heap.get(b) {
                        Obj::Tuple(items) => Some((SubOf::Tuple, items.clone())),
                        Obj::List(items) => Some((SubOf::List, items.clone())),
                        _ => Some((SubOf::Value, vec![inst.base])),
                    },
                    base => Some((SubOf::Value, vec![base])),
                };
                if let Some((sub, items)) = base_items {
                    self.check_class(inst.class, sub)?;
                    return Ok(Pickled::SeqOf {
                        id,
                        class: Box::new(self.global(Value::Obj(inst.class))?),
                        sub,
                        items: self.values(&items, depth)?,
                        attrs: {
                            let ad = inst.attrs.get(&self.vm.heap).clone();
                            self.attrs(&ad, depth)?
                        },
                    });
                }
                self.check_class(inst.class, SubOf::Object)?;
                Pickled::Object {
                    id,
                    class: Box::new(self.global(Value::Obj(inst.class))?),
                    attrs: {
                        let ad = inst.attrs.get(&self.vm.heap).clone();
                        self.attrs(&ad, depth)?
                    },
                }
            }
            _ => {
                let t = vm.type_of(v);
                let to = vm.type_obj(t);
                let name = if &*to.module == "builtins" {
                    to.qualname.to_string()
                } else {
                    format!("{}.{}", to.module, to.qualname)
                };
                return Err(PickleError::Type(format!("cannot pickle '{name}' object")));
            }
        })
    }

    /// Classes that customise pickling are not supported yet. A tuple or
    /// list subclass instance loads as its items under its class: right
    /// unless a class rebuilds instances in its own way (for a tuple
    /// subclass a `__new__` or `__getnewargs__` other than namedtuple's,
    /// for a list subclass a `__new__`, `append` or `extend`).
    fn check_class(&self, cls: ObjRef, sub: SubOf) -> Result<(), PickleError> {
        let vm = self.vm;
        let value_kind = [(vm.types.int, "an int"), (vm.types.float, "a float")]
            .into_iter()
            .find(|&(t, _)| vm.is_subtype(cls, t))
            .map_or("a str", |(_, k)| k);
        let (own_names, kind): (&[&str], &str) = match sub {
            SubOf::Object => (&[], ""),
            SubOf::Tuple => (&["__new__", "__getnewargs__"], "a tuple"),
            SubOf::List => (&["__new__", "append", "extend"], "a list"),
            SubOf::Value => (&["__new__", "__getnewargs__"], value_kind),
        };
        let tuple_sub = sub == SubOf::Tuple;
        for &t in &vm.type_obj(cls).mro {
            let to = vm.type_obj(t);
            if to.builtin {
                continue;
            }
            for &name in own_names {
                let own = to.dict.iter().find(|e| vm.as_str(e.key) == Some(name));
                if let Some(e) = own {
                    if !(tuple_sub && is_namedtuple_function(vm, e.value)) {
                        return Err(PickleError::Unsupported(format!(
                            "pickling instances of '{}', {kind} subclass which defines {name}",
                            vm.type_obj(cls).qualname
                        )));
                    }
                }
            }
            for name in [
                "__reduce__",
                "__reduce_ex__",
                "__getstate__",
                "__setstate__",
                "__getnewargs__",
                "__getnewargs_ex__",
            ] {
                if tuple_sub && name == "__getnewargs__" {
                    continue;
                }
                if to.dict.iter().any(|e| vm.as_str(e.key) == Some(name)) {
                    return Err(PickleError::Unsupported(format!(
                        "pickling instances of '{}', which defines {name}",
                        vm.type_obj(cls).qualname
                    )));
                }
            }
        }
        Ok(())
    }

    /// A function, class or builtin by reference, checked the way pickle
    /// checks it: the name must lead back to the same object.
    fn global(&mut self, v: Value) -> Result<Pickled, PickleError> {
        let vm = self.vm;
        let Value::Obj(r) = v else {
            return Err(PickleError::Type("cannot pickle this value".into()));
        };
        let (module, qualname, repr) = match vm.heap.get(r) {
            Obj::Function(f) => {
                let q = vm.as_str(f.qualname).unwrap_or("?").to_string();
                let m = vm.as_str(f.module).unwrap_or("__main__").to_string();
                let n = vm.as_str(f.name).unwrap_or("?").to_string();
                let repr = format!("<function {q} at 0x{:012x}>", addr(r));
                if q.contains("<locals>") {
                    return Err(PickleError::Attribute(format!(
                        "Can't pickle local object '{q}'"
                    )));
                }
                let _ = n;
                (m, q, repr)
            }
            Obj::Type(t) => {
                let repr = format!("<class '{}.{}'>", t.module, t.qualname);
                if t.qualname.contains("<locals>") {
                    return Err(PickleError::Attribute(format!(
                        "Can't pickle local object '{}'",
                        t.qualname
                    )));
                }
                (t.module.to_string(), t.qualname.to_string(), repr)
            }
            Obj::Builtin(b) => {
                if !b.this.is_null() {
                    return Err(PickleError::Unsupported(
                        "pickling a bound builtin method".into(),
                    ));
                }
                (
                    "builtins".to_string(),
                    b.name.to_string(),
                    format!("<built-in function {}>", b.name),
                )
            }
            _ => return Err(PickleError::Type("cannot pickle this value".into())),
        };
        match lookup_global(vm, &module, &qualname) {
            Some(Value::Obj(found)) if found == r => Ok(Pickled::Global { module, qualname }),
            Some(_) => Err(PickleError::Pickling(format!(
                "Can't pickle {repr}: it's not the same object as {module}.{qualname}"
            ))),
            None => {
                let last = qualname.rsplit('.').next().unwrap_or(&qualname).to_string();
                Err(PickleError::Pickling(format!(
                    "Can't pickle {repr}: attribute lookup {last} on {module} failed"
                )))
            }
        }
    }
}

fn set_items(map: &crate::set_table::SetTable<Value>) -> Vec<Value> {
    map.keys().copied().collect()
}

/// `module.qual.name` in `vm`, by plain dict lookups (no Python code runs).
pub fn lookup_global(vm: &Vm, module: &str, qualname: &str) -> Option<Value> {
    if module == "builtins" {
        let d = vm.builtins;
        return dict_lookup(vm, d, qualname);
    }
    let &(_, m) = vm
        .modules
        .iter()
        .find(|(n, _)| &**n == module)
        .or_else(|| {
            // A spawned child runs the main module as __mp_main__.
            if module == "__main__" {
                vm.modules.iter().find(|(n, _)| &**n == "__mp_main__")
            } else {
                None
            }
        })?;
    let Obj::Module(md) = vm.heap.get(m) else {
        return None;
    };
    let mut parts = qualname.split('.');
    let mut cur = dict_lookup(vm, md.dict, parts.next()?)?;
    for part in parts {
        let Value::Obj(r) = cur else { return None };
        cur = match vm.heap.get(r) {
            Obj::Type(t) => t
                .dict
                .iter()
                .find(|e| vm.as_str(e.key) == Some(part))
                .map(|e| e.value)?,
            _ => return None,
        };
    }
    Some(cur)
}

fn dict_lookup(vm: &Vm, d: ObjRef, name: &str) -> Option<Value> {
    match vm.heap.get(d) {
        Obj::Dict(dd) => dd
            .map
            .iter()
            .find(|e| vm.as_str(e.key) == Some(name))
            .map(|e| e.value),
        _ => None,
    }
}

/// Rebuilds a pickled value in `vm`'s heap.
pub fn load(vm: &mut Vm, p: &Pickled) -> PyResult<Value> {
    let mut memo = BTreeMap::new();
    load_in(vm, p, &mut memo)
}

/// An object's attribute dict from its pickled `(name, value)` pairs.
fn load_attrs(
    vm: &mut Vm,
    attrs: &[(String, Pickled)],
    memo: &mut BTreeMap<u32, Value>,
) -> PyResult<Dict> {
    let mut ad = Dict::new();
    for (k, v) in attrs {
        let v = load_in(vm, v, memo)?;
        let k = vm.intern(k);
        let h = vm.str_hash(k);
        ad.insert_new(h, Value::Obj(k), v);
    }
    Ok(ad)
}

fn load_in(vm: &mut Vm, p: &Pickled, memo: &mut BTreeMap<u32, Value>) -> PyResult<Value> {
    Ok(match p {
        Pickled::None => Value::None,
        Pickled::Bool(b) => Value::Bool(*b),
        Pickled::Int(i) => Value::Int(*i),
        Pickled::BigInt(b) => Value::Obj(vm.heap.alloc(Obj::BigInt(b.clone()))),
        Pickled::Float(f) => Value::Float(*f),
        Pickled::Complex(re, im) => Value::Obj(vm.heap.alloc(Obj::Complex(*re, *im))),
        Pickled::Str(s) => vm.new_str(s.as_str()),
        Pickled::Bytes(b) => Value::Obj(vm.heap.alloc(Obj::Bytes(b.clone()))),
        Pickled::ByteArray(b) => Value::Obj(vm.heap.alloc(Obj::ByteArray(b.clone()))),
        Pickled::Ellipsis => vm.ellipsis,
        Pickled::NotImplemented => vm.not_implemented,
        Pickled::Range(rg) => Value::Obj(vm.heap.alloc(Obj::Range(rg.clone()))),
        Pickled::Tuple(items) => {
            let vs = items
                .iter()
                .map(|x| load_in(vm, x, memo))
                .collect::<PyResult<Vec<_>>>()?;
            vm.new_tuple(vs)
        }
        Pickled::List(id, items) => {
            let l = vm.new_list(Vec::new());
            memo.insert(*id, l);
            let mut vs = Vec::with_capacity(items.len());
            for x in items {
                vs.push(load_in(vm, x, memo)?);
            }
            if let Value::Obj(r) = l {
                if let Obj::List(v) = vm.heap.get_mut(r) {
                    *v = vs;
                }
            }
            l
        }
        Pickled::Set(items) | Pickled::FrozenSet(items) => {
            let vs = items
                .iter()
                .map(|x| load_in(vm, x, memo))
                .collect::<PyResult<Vec<_>>>()?;
            let frozen = matches!(p, Pickled::FrozenSet(_));
            no_callbacks(crate::builtins::new_set_of(vm, frozen, &vs))?
        }
        Pickled::Dict(id, pairs) => {
            let d = vm.new_dict();
            memo.insert(*id, Value::Obj(d));
            fill_dict(vm, d, pairs, memo)?;
            Value::Obj(d)
        }
        Pickled::DictOf {
            id,
            class,
            factory,
            items,
            attrs,
        } => {
            let cls = load_class(vm, class)?;
            let d = vm.new_dict();
            memo.insert(*id, Value::Obj(d));
            let f = load_in(vm, factory, memo)?;
            fill_dict(vm, d, items, memo)?;
            let ad = load_attrs(vm, attrs, memo)?;
            if let Obj::Dict(dd) = vm.heap.get_mut(d) {
                dd.class = Some(cls);
                dd.default_factory = f;
                dd.attrs = if attrs.is_empty() { None } else { Some(ad) };
            }
            Value::Obj(d)
        }
        Pickled::Global { module, qualname } => {
            ensure_imported(vm, module)?;
            match lookup_global(vm, module, qualname) {
                Some(v) => v,
                None => {
                    let last = qualname.rsplit('.').next().unwrap_or(qualname);
                    return Err(vm.attribute_error(format!(
                        "Can't get attribute '{last}' on <module '{module}'>"
                    )));
                }
            }
        }
        Pickled::Object { id, class, attrs } => {
            let cls = load_class(vm, class)?;
            let obj = vm
                .heap
                .alloc(Obj::Instance(Box::new(Instance::new(cls, Value::Null))));
            memo.insert(*id, Value::Obj(obj));
            let ad = load_attrs(vm, attrs, memo)?;
            if let Obj::Instance(i) = vm.heap.get_mut(obj) {
                i.attrs = crate::objects::Attrs::Inline(ad);
            }
            Value::Obj(obj)
        }
        Pickled::SeqOf {
            id,
            class,
            sub,
            items,
            attrs,
        } => {
            let cls = load_class(vm, class)?;
            let obj = vm
                .heap
                .alloc(Obj::Instance(Box::new(Instance::new(cls, Value::Null))));
            memo.insert(*id, Value::Obj(obj));
            let items = items
                .iter()
                .map(|x| load_in(vm, x, memo))
                .collect::<PyResult<Vec<_>>>()?;
            let base = match sub {
                SubOf::List => vm.new_list(items),
                SubOf::Value => items.first().copied().unwrap_or(Value::None),
                _ => vm.new_tuple(items),
            };
            let ad = load_attrs(vm, attrs, memo)?;
            if let Obj::Instance(i) = vm.heap.get_mut(obj) {
                i.base = base;
                i.attrs = crate::objects::Attrs::Inline(ad);
            }
            Value::Obj(obj)
        }
        Pickled::Exception { class, args } => {
            let cls = load_class(vm, class)?;
            let args = args
                .iter()
                .map(|x| load_in(vm, x, memo))
                .collect::<PyResult<Vec<_>>>()?;
            Value::Obj(vm.new_exception(cls, args))
        }
        Pickled::Ref(id) => match memo.get(id) {
            Some(&v) => v,
            None => return Err(PyErr::internal("pickle: dangling memo reference")),
        },
    })
}

fn fill_dict(
    vm: &mut Vm,
    d: ObjRef,
    pairs: &[(Pickled, Pickled)],
    memo: &mut BTreeMap<u32, Value>,
) -> PyResult<()> {
    for (k, v) in pairs {
        let k = load_in(vm, k, memo)?;
        let v = load_in(vm, v, memo)?;
        no_callbacks(crate::builtins::dict_set(vm, d, k, v))?;
    }
    Ok(())
}

/// What kind of instance a class check is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SubOf {
    Object,
    Tuple,
    List,
    /// An int, float or str subclass.
    Value,
}

/// A function `collections.namedtuple` put in a class it made.
/// (Defined in modules/py/collections_namedtuple.py.)
fn is_namedtuple_function(vm: &Vm, v: Value) -> bool {
    match v {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Function(f) => vm.as_str(f.module) == Some("_collections_namedtuple"),
            _ => false,
        },
        _ => false,
    }
}

fn load_class(vm: &mut Vm, p: &Pickled) -> PyResult<ObjRef> {
    let mut memo = BTreeMap::new();
    match load_in(vm, p, &mut memo)? {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Type(_)) => Ok(r),
        _ => Err(PyErr::internal("pickle: a class reference is not a class")),
    }
}

/// Loading never runs Python code: keys whose hash or equality is Python
/// code are not supported in transit yet.
fn no_callbacks<T>(r: PyResult<T>) -> PyResult<T> {
    match r {
        Err(e) if e.is_control() => Err(PyErr::unsupported(
            "sending dict keys or set items with a Python __hash__/__eq__ between processes",
        )),
        other => other,
    }
}

/// Modules named by a pickle must already be loaded in the receiving
/// process (corelab imports only what the program imported).
fn ensure_imported(vm: &mut Vm, module: &str) -> PyResult<()> {
    if module == "builtins" || vm.modules.iter().any(|(n, _)| &**n == module) {
        return Ok(());
    }
    if module == "__main__" && vm.modules.iter().any(|(n, _)| &**n == "__mp_main__") {
        return Ok(());
    }
    Err(PyErr::unsupported(format!(
        "receiving a pickled reference to module '{module}', which the receiving process has not imported"
    )))
}

/// A shared-memory block (`multiprocessing.Value/Array`, `Syscall::SharedNew`)
/// from `values`, a list: each item pickled.
pub fn dump_block(vm: &Vm, values: Value) -> Result<Vec<Pickled>, PickleError> {
    let items = match values {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::List(l) => l.clone(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    items.into_iter().map(|v| dump(vm, v)).collect()
}

/// Item `index` of a shared-memory block, or all of them as a list
/// (`Syscall::SharedGet`).
pub fn load_block(vm: &mut Vm, block: &[Pickled], index: Option<u64>) -> PyResult<Value> {
    match index {
        Some(i) => match block.get(i as usize) {
            Some(p) => load(vm, p),
            None => Err(vm.index_error("invalid index")),
        },
        None => {
            let vs = block
                .iter()
                .map(|p| load(vm, p))
                .collect::<PyResult<Vec<_>>>()?;
            Ok(vm.new_list(vs))
        }
    }
}
