//! Per-instruction inline caches for attribute, method and global-name
//! lookups (the idea of CPython 3.11's specialising interpreter, without
//! rewriting instructions: the bytecode, the instructions executed and
//! their simulated costs are unchanged; only the host's work shrinks).
//!
//! Each instruction of a `LoadedCode` has one [`Slot`]. A slot remembers
//! where the last lookup found its answer, under a version tag
//! (`crate::version`) of everything that answer depends on:
//!
//! * instance attributes (`LoadAttr`, `StoreAttr`): the class and the
//!   heap's type epoch (the class still takes the attribute fast path), and
//!   an entry index in the instance's attribute dict, checked on every use
//!   (the entry's key must be the name object itself), so no instance
//!   mutation can make it stale;
//! * methods (`LoadMethod` on an instance): the class and the type epoch
//!   (the function found along the MRO), plus the keys version of the last
//!   instance dict seen without the name (else a lookup proves it absent);
//! * globals (`LoadGlobal`, `LoadName` at module level, stores): the keys
//!   version of the globals dict (and of the builtins dict when the name is
//!   a builtin) and the entry index; values are always read live.
//!
//! On any mismatch the full lookup runs, with exactly the conditions of the
//! uncached fast paths in `attr`, and refills the slot. A hit returns what
//! the full lookup would have returned.

use super::attr::own_dict_mut;
use crate::objects::{Instance, Obj};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use std::cell::Cell;

/// One instruction's cache. Field use depends on the instruction (see the
/// module comment); an empty slot (all zero) matches nothing, because
/// version tags are never 0.
#[derive(Clone, Copy, Debug, Default)]
pub struct Slot {
    /// Type epoch, or the globals dict's keys version.
    a: u64,
    /// Builtins keys version (global found in builtins), or the keys version
    /// of an instance dict known not to hold a method's name.
    b: u64,
    /// Class, or entry index of a global.
    c: u32,
    /// Entry index of an attribute, method object, or 1 if a global lives in
    /// builtins.
    d: u32,
}

/// Does the slot's class part hold for instance `i`?
#[inline(always)]
fn class_hit(vm: &Vm, s: &Slot, i: &Instance) -> bool {
    s.c == i.class.0 && s.a == vm.heap.type_epoch() && vm.attr_fast_path
}

/// `LoadAttr` of an instance attribute (no descriptors), or None.
#[inline(always)]
pub(crate) fn load_attr(vm: &Vm, slot: &Cell<Slot>, obj: Value, name: ObjRef) -> Option<Value> {
    let Value::Obj(r) = obj else { return None };
    let Obj::Instance(i) = vm.heap.get(r) else {
        return None;
    };
    let s = slot.get();
    if class_hit(vm, &s, i) {
        if let Some(v) = i.attrs.get(&vm.heap).value_if_key_at(s.d, name) {
            return Some(v);
        }
    }
    load_attr_miss(vm, slot, i, name)
}

#[inline(never)]
fn load_attr_miss(vm: &Vm, slot: &Cell<Slot>, i: &Instance, name: ObjRef) -> Option<Value> {
    if !(vm.attr_fast_path && vm.type_obj(i.class).plain_attrs) {
        return None;
    }
    let d = i.attrs.get(&vm.heap);
    let x = d.find(vm.str_hash(name), |k| vm.str_key_eq(k, name))?;
    slot.set(Slot {
        a: vm.heap.type_epoch(),
        b: 0,
        c: i.class.0,
        d: x as u32,
    });
    Some(d.value_at(x))
}

/// `StoreAttr` of an instance attribute (no descriptors); false if the
/// general path must run.
#[inline(always)]
pub(crate) fn store_attr(
    vm: &mut Vm,
    slot: &Cell<Slot>,
    obj: Value,
    name: ObjRef,
    value: Value,
) -> bool {
    let Value::Obj(r) = obj else { return false };
    let s = slot.get();
    let hit = match vm.heap.get(r) {
        Obj::Instance(i) => i.exc.is_none() && class_hit(vm, &s, i),
        _ => return false,
    };
    if hit {
        if let Some(d) = own_dict_mut(&mut vm.heap, r) {
            if d.set_if_key_at(s.d, name, value) {
                return true;
            }
        }
    }
    store_attr_miss(vm, slot, r, name, value)
}

#[inline(never)]
fn store_attr_miss(vm: &mut Vm, slot: &Cell<Slot>, r: ObjRef, name: ObjRef, value: Value) -> bool {
    let hash = vm.str_hash(name);
    let (class, found) = {
        let Obj::Instance(i) = vm.heap.get(r) else {
            return false;
        };
        // Exceptions keep `args`, `__cause__`, ... outside the attribute
        // dict; `__class__` is no attribute at all.
        if !vm.attr_fast_path
            || vm.str_of(name) == "__class__"
            || !vm.type_obj(i.class).plain_attrs
            || i.exc.is_some()
            || i.class == vm.types.object
        {
            return false;
        }
        let found = i.attrs.get(&vm.heap).find(hash, |k| vm.str_key_eq(k, name));
        (i.class, found)
    };
    let Some(d) = own_dict_mut(&mut vm.heap, r) else {
        return false;
    };
    let x = match found {
        Some(x) => {
            d.set_value_at(x, value);
            x
        }
        None => {
            let x = d.next_index();
            d.insert_new(hash, Value::Obj(name), value);
            x
        }
    };
    slot.set(Slot {
        a: vm.heap.type_epoch(),
        b: 0,
        c: class.0,
        d: x as u32,
    });
    true
}

/// `LoadMethod` of a plain function found on an instance's class (and not
/// shadowed by the instance), or None.
#[inline(always)]
pub(crate) fn load_method(vm: &Vm, slot: &Cell<Slot>, obj: Value, name: ObjRef) -> Option<Value> {
    let Value::Obj(r) = obj else { return None };
    let Obj::Instance(i) = vm.heap.get(r) else {
        return None;
    };
    let s = slot.get();
    if !class_hit(vm, &s, i) {
        return load_method_miss(vm, slot, i, name);
    }
    let d = i.attrs.get(&vm.heap);
    if d.keys_version() != s.b {
        if d.find(vm.str_hash(name), |k| vm.str_key_eq(k, name))
            .is_some()
        {
            return None;
        }
        slot.set(Slot {
            b: d.keys_version(),
            ..s
        });
    }
    Some(Value::Obj(ObjRef(s.d)))
}

#[inline(never)]
fn load_method_miss(vm: &Vm, slot: &Cell<Slot>, i: &Instance, name: ObjRef) -> Option<Value> {
    if !(vm.attr_fast_path && vm.type_obj(i.class).plain_attrs) {
        return None;
    }
    let d = i.attrs.get(&vm.heap);
    if d.find(vm.str_hash(name), |k| vm.str_key_eq(k, name))
        .is_some()
    {
        return None;
    }
    let m = vm.lookup_in_type(i.class, name)?;
    let Value::Obj(f) = m else { return None };
    if !matches!(vm.heap.get(f), Obj::Function(_)) {
        return None;
    }
    slot.set(Slot {
        a: vm.heap.type_epoch(),
        b: d.keys_version(),
        c: i.class.0,
        d: f.0,
    });
    Some(m)
}

/// `LoadGlobal` (and `LoadName` where the namespace is the globals): the
/// value of `name` in `globals`, else in the builtins; None if in neither
/// (or `globals` is not a dict): the caller takes the general path.
#[inline(always)]
pub(crate) fn load_global(
    vm: &Vm,
    slot: &Cell<Slot>,
    globals: ObjRef,
    name: ObjRef,
) -> Option<Value> {
    let Obj::Dict(g) = vm.heap.get(globals) else {
        return None;
    };
    let s = slot.get();
    if s.a == g.map.keys_version() {
        let v = if s.d == 0 {
            g.map.value_at(s.c as usize)
        } else {
            match vm.heap.get(vm.builtins) {
                Obj::Dict(b) if b.map.keys_version() == s.b => b.map.value_at(s.c as usize),
                _ => Value::Null,
            }
        };
        if !v.is_null() {
            return Some(v);
        }
    }
    load_global_miss(vm, slot, &g.map, name)
}

#[inline(never)]
fn load_global_miss(
    vm: &Vm,
    slot: &Cell<Slot>,
    g: &crate::objects::Dict,
    name: ObjRef,
) -> Option<Value> {
    let hash = vm.str_hash(name);
    if let Some(x) = g.find(hash, |k| vm.str_key_eq(k, name)) {
        slot.set(Slot {
            a: g.keys_version(),
            b: 0,
            c: x as u32,
            d: 0,
        });
        return Some(g.value_at(x));
    }
    let Obj::Dict(b) = vm.heap.get(vm.builtins) else {
        return None;
    };
    let x = b.map.find(hash, |k| vm.str_key_eq(k, name))?;
    slot.set(Slot {
        a: g.keys_version(),
        b: b.map.keys_version(),
        c: x as u32,
        d: 1,
    });
    Some(b.map.value_at(x))
}

/// `StoreGlobal` (and `StoreName` into a namespace dict): `dict[name] = v`.
#[inline(always)]
pub(crate) fn store_global(vm: &mut Vm, slot: &Cell<Slot>, dict: ObjRef, name: ObjRef, v: Value) {
    let s = slot.get();
    if let Obj::Dict(d) = vm.heap.get_mut(dict) {
        if d.map.keys_version() == s.a {
            d.map.set_value_at(s.c as usize, v);
            return;
        }
    }
    store_global_miss(vm, slot, dict, name, v)
}

#[inline(never)]
fn store_global_miss(vm: &mut Vm, slot: &Cell<Slot>, dict: ObjRef, name: ObjRef, v: Value) {
    vm.dict_set_str(dict, name, v);
    if let Obj::Dict(d) = vm.heap.get(dict) {
        if let Some(x) = d.map.find(vm.str_hash(name), |k| vm.str_key_eq(k, name)) {
            slot.set(Slot {
                a: d.map.keys_version(),
                b: 0,
                c: x as u32,
                d: 0,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::interp::{current_frame, deliver, step, StepOutcome, StopMode};
    use crate::run::{prepare, run_to_end};
    use crate::value::Value;
    use crate::vm::Stream;

    /// Two copies of one process state (a fork, or the checker's replays
    /// from a snapshot) share their code objects and so their cache slots;
    /// each then makes a different class in the same heap slot. Each copy
    /// must call its own class's method at the site both warmed.
    #[test]
    fn copies_of_one_state_do_not_see_each_others_caches() {
        let src = "\
import time
def site(o):
    return o.m()
class Warm:
    def m(self):
        return 'warm'
print(site(Warm()), site(Warm()))
time.sleep(0)
if MODE == 1:
    class K:
        def m(self):
            return 'one'
else:
    class K:
        def m(self):
            return 'two'
print(site(K()), site(K()))
";
        let (mut vm, mut th) =
            prepare("t.py", src, vec![], Default::default(), Default::default()).unwrap();
        let out = loop {
            match step(&mut vm, &mut th, 1000, StopMode::SwitchPoint) {
                StepOutcome::Budget => continue,
                other => break other,
            }
        };
        assert!(matches!(out, StepOutcome::Sys(_)), "{out:?}");
        for mode in [1, 2, 1, 2] {
            let (mut v, mut t) = (vm.clone(), th.clone());
            let globals = current_frame(&t).unwrap().globals;
            let key = v.intern("MODE");
            v.dict_set_str(globals, key, Value::Int(mode));
            assert!(deliver(&mut v, &mut t, Ok(Value::None)).is_ok());
            run_to_end(&mut v, &mut t);
            let text: String = v
                .take_output()
                .into_iter()
                .filter(|(s, _)| *s == Stream::Stdout)
                .map(|(_, t)| t)
                .collect();
            let want = if mode == 1 { "one one" } else { "two two" };
            assert_eq!(text, format!("warm warm\n{want}\n"));
        }
    }
}
