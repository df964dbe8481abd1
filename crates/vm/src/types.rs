//! Type objects: creation, C3 method resolution order, attribute lookup
//! along the MRO, and the table of builtin types every process starts with.

use crate::objects::{Dict, Layout, Obj, TypeObj};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use std::rc::Rc;

macro_rules! builtin_types {
    ($($field:ident = $name:literal : $base:ident),* $(,)?) => {
        /// Every builtin type, by field. Created in this order at start-up.
        #[derive(Clone, Debug)]
        pub struct Types {
            $(pub $field: ObjRef,)*
        }

        impl Types {
            pub(crate) fn placeholder() -> Types {
                Types { $($field: ObjRef(0),)* }
            }

            pub(crate) fn create(vm: &mut Vm) -> Types {
                let object = vm.new_type_raw("object", &[], Layout::Builtin);
                let mut t = Types { $($field: object,)* };
                $(
                    if $name != "object" {
                        let base = t.$base;
                        t.$field = vm.new_type_raw($name, &[base], layout_of($name));
                    }
                )*
                t
            }
        }
    };
}

fn layout_of(name: &str) -> Layout {
    match name {
        "dict" => Layout::Dict,
        "tuple" => Layout::Tuple,
        "list" => Layout::List,
        "int" => Layout::Int,
        "float" => Layout::Float,
        "str" => Layout::Str,
        _ => Layout::Builtin,
    }
}

builtin_types! {
    object = "object": object,
    type_ = "type": object,
    int = "int": object,
    bool_ = "bool": int,
    float = "float": object,
    complex = "complex": object,
    str = "str": object,
    bytes = "bytes": object,
    bytearray = "bytearray": object,
    list = "list": object,
    tuple = "tuple": object,
    dict = "dict": object,
    set = "set": object,
    frozenset = "frozenset": object,
    range = "range": object,
    slice = "slice": object,
    none_type = "NoneType": object,
    not_implemented_type = "NotImplementedType": object,
    ellipsis_type = "ellipsis": object,
    function = "function": object,
    builtin_function = "builtin_function_or_method": object,
    method = "method": object,
    module = "module": object,
    cell = "cell": object,
    code = "code": object,
    generator = "generator": object,
    property = "property": object,
    staticmethod = "staticmethod": object,
    classmethod = "classmethod": object,
    super_ = "super": object,
    list_iterator = "list_iterator": object,
    tuple_iterator = "tuple_iterator": object,
    str_iterator = "str_ascii_iterator": object,
    range_iterator = "range_iterator": object,
    longrange_iterator = "longrange_iterator": object,
    dict_keyiterator = "dict_keyiterator": object,
    dict_valueiterator = "dict_valueiterator": object,
    dict_itemiterator = "dict_itemiterator": object,
    reverse_iterator = "list_reverseiterator": object,
    enumerate = "enumerate": object,
    zip = "zip": object,
    map = "map": object,
    filter = "filter": object,
    reversed = "reversed": object,
    callable_iterator = "callable_iterator": object,
    seq_iterator = "iterator": object,
    dict_keys = "dict_keys": object,
    dict_values = "dict_values": object,
    dict_items = "dict_items": object,
    deque = "deque": object,
    record = "record": object,
    traceback = "traceback": object,
}

impl Vm {
    /// Creates a type during start-up (no Python-visible side effects).
    pub(crate) fn new_type_raw(&mut self, name: &str, bases: &[ObjRef], layout: Layout) -> ObjRef {
        let name: Rc<str> = name.into();
        let t = TypeObj {
            name: name.clone(),
            tp_name: None,
            qualname: name,
            module: "builtins".into(),
            bases: bases.to_vec(),
            mro: Vec::new(),
            dict: Dict::new(),
            layout,
            builtin: true,
            plain_attrs: true,
            slots: None,
        };
        let r = self.heap.alloc(Obj::Type(Box::new(t)));
        let mut mro = vec![r];
        if let Some(&b) = bases.first() {
            mro.extend(self.type_obj(b).mro.iter().copied());
        }
        self.type_obj_mut(r).mro = mro;
        r
    }

    pub fn type_obj(&self, t: ObjRef) -> &TypeObj {
        match self.heap.get(t) {
            Obj::Type(t) => t,
            _ => panic!("internal error: not a type"),
        }
    }

    pub fn type_obj_mut(&mut self, t: ObjRef) -> &mut TypeObj {
        match self.heap.get_mut(t) {
            Obj::Type(t) => t,
            _ => panic!("internal error: not a type"),
        }
    }

    /// C3 linearisation of `cls` given its bases; None if inconsistent.
    /// On failure returns the heads of the lists left to merge (for the
    /// error message), without duplicates.
    pub fn compute_mro(&self, cls: ObjRef, bases: &[ObjRef]) -> Result<Vec<ObjRef>, Vec<ObjRef>> {
        let mut seqs: Vec<Vec<ObjRef>> = bases
            .iter()
            .map(|&b| self.type_obj(b).mro.clone())
            .collect();
        seqs.push(bases.to_vec());
        let mut out = vec![cls];
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let head = seqs
                .iter()
                .map(|s| s[0])
                .find(|&c| seqs.iter().all(|s| !s[1..].contains(&c)));
            let Some(head) = head else {
                let mut heads: Vec<ObjRef> = Vec::new();
                for s in &seqs {
                    if !heads.contains(&s[0]) {
                        heads.push(s[0]);
                    }
                }
                return Err(heads);
            };
            out.push(head);
            for s in &mut seqs {
                if s[0] == head {
                    s.remove(0);
                }
            }
        }
    }

    /// Looks `name` up along the MRO of type `t` (no descriptors applied).
    pub fn lookup_in_type(&self, t: ObjRef, name: ObjRef) -> Option<Value> {
        let hash = self.str_hash(name);
        for &c in &self.type_obj(t).mro {
            let d = &self.type_obj(c).dict;
            if let Some(i) = d.find(hash, |k| self.str_key_eq(k, name)) {
                return Some(d.value_at(i));
            }
        }
        None
    }

    /// Like `lookup_in_type` with a Rust string name.
    pub fn lookup_in_type_str(&mut self, t: ObjRef, name: &str) -> Option<Value> {
        let n = self.intern(name);
        self.lookup_in_type(t, n)
    }

    /// Is `sub` a subclass of `sup` (by MRO)?
    pub fn is_subtype(&self, sub: ObjRef, sup: ObjRef) -> bool {
        sub == sup || self.type_obj(sub).mro.contains(&sup)
    }

    /// Sets an attribute in a type's dict.
    pub fn type_set_attr(&mut self, t: ObjRef, name: &str, v: Value) {
        let key = self.intern(name);
        let hash = self.str_hash(key);
        let found = self.type_obj(t).dict.find(hash, |k| k.is(Value::Obj(key)));
        let d = &mut self.type_obj_mut(t).dict;
        match found {
            Some(i) => d.set_value_at(i, v),
            None => d.insert_new(hash, Value::Obj(key), v),
        }
    }
}

pub(crate) fn placeholder_types() -> Types {
    Types::placeholder()
}
