//! Iteration: `iter()`, `next()` on builtin iterators without frames, the
//! `ForIter` slow path (generators resume in place; Python `__next__`
//! runs as a frame), and collecting an iterable into a vector.

use super::{call, top_frame, Flow};
use crate::errors::{PyErr, PyResult};
use crate::objects::{GenState, IterObj, Obj, PyRange};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// `iter(v)`.
pub fn get_iter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let it = match v {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::List(_) | Obj::Tuple(_) => IterObj::Seq { seq: r, index: 0 },
            Obj::Str(_) => IterObj::Str { s: r, byte_pos: 0 },
            Obj::Range(PyRange::Small(rg)) => IterObj::Range {
                next: rg.start,
                stop: rg.stop,
                step: rg.step,
            },
            Obj::Range(rg) => rg.iter(),
            Obj::Dict(d) if d.class.is_none() || builtin_dict_class(vm, d.class) => {
                IterObj::DictKeys {
                    dict: r,
                    pos: 0,
                    len: d.map.len(),
                    left: d.map.len(),
                }
            }
            Obj::Set(s) | Obj::FrozenSet(s) => IterObj::DictKeys {
                dict: r,
                pos: 0,
                len: s.map.len(),
                left: s.map.len(),
            },
            Obj::Iter(_) | Obj::Generator(_) => return Ok(v),
            Obj::Record(rec) if rec.kind.starts_with("dict_") => {
                let Value::Obj(d) = rec.fields[0] else {
                    return user_iter(vm, v);
                };
                let kind = rec.kind;
                let len = match vm.heap.get(d) {
                    Obj::Dict(x) => x.map.len(),
                    _ => 0,
                };
                match kind {
                    "dict_keys" => IterObj::DictKeys {
                        dict: d,
                        pos: 0,
                        len,
                        left: len,
                    },
                    "dict_values" => IterObj::DictValues {
                        dict: d,
                        pos: 0,
                        len,
                        left: len,
                    },
                    _ => IterObj::DictItems {
                        dict: d,
                        pos: 0,
                        len,
                        left: len,
                    },
                }
            }
            Obj::Bytes(_) | Obj::ByteArray(_) | Obj::Deque(_) => {
                let items = crate::builtins::sequence_items(vm, v).unwrap_or_default();
                let l = vm.new_list(items);
                let Value::Obj(l) = l else { unreachable!() };
                IterObj::Seq { seq: l, index: 0 }
            }
            _ => return user_iter(vm, v),
        },
        _ => return user_iter(vm, v),
    };
    Ok(Value::Obj(vm.heap.alloc(Obj::Iter(Box::new(it)))))
}

fn builtin_dict_class(vm: &Vm, c: Option<ObjRef>) -> bool {
    c.is_some_and(|c| vm.type_obj(c).builtin)
}

fn user_iter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let t = vm.type_of(v);
    if let Some(f) = vm.lookup_in_type_str(t, "__iter__") {
        let it = vm.call(f, vec![v])?;
        let tt = vm.type_of(it);
        if vm.lookup_in_type_str(tt, "__next__").is_none()
            && !matches!(it, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Iter(_) | Obj::Generator(_)))
        {
            let tn = vm.type_name(it);
            return Err(vm.type_error(format!("iter() returned non-iterator of type '{tn}'")));
        }
        return Ok(it);
    }
    // A dict subclass without an `__iter__` of its own iterates its keys
    // (dict's slot), not by its `__getitem__`.
    if let Value::Obj(r) = v {
        if let Obj::Dict(d) = vm.heap.get(r) {
            let len = d.map.len();
            let it = IterObj::DictKeys {
                dict: r,
                pos: 0,
                len,
                left: len,
            };
            return Ok(Value::Obj(vm.heap.alloc(Obj::Iter(Box::new(it)))));
        }
    }
    if vm.lookup_in_type_str(t, "__getitem__").is_some() {
        let it = IterObj::GetItem { obj: v, index: 0 };
        return Ok(Value::Obj(vm.heap.alloc(Obj::Iter(Box::new(it)))));
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("'{tn}' object is not iterable")))
}

/// Advances a builtin iterator without running Python code.
/// Some(Some(v)): next item; Some(None): exhausted; None: not a builtin
/// iterator over builtin values.
pub(crate) fn native_next(vm: &mut Vm, it: ObjRef) -> Option<Option<Value>> {
    // `for i in range(n)` first: advanced in place (one heap access, and no
    // drop of the replaced state, which a longrange_iterator would need).
    if let Obj::Iter(state) = vm.heap.get_mut(it) {
        if let IterObj::Range { next, stop, step } = &mut **state {
            let v = *next;
            if (*step > 0 && v < *stop) || (*step < 0 && v > *stop) {
                *next = v.saturating_add(*step);
                return Some(Some(Value::Int(v)));
            }
            **state = IterObj::Exhausted;
            return Some(None);
        }
    }
    let Obj::Iter(state) = vm.heap.get(it) else {
        return None;
    };
    let (next, new_state): (Option<Value>, Option<IterObj>) = match **state {
        IterObj::Seq { seq, index } => {
            let item = match vm.heap.get(seq) {
                Obj::List(v) | Obj::Tuple(v) => v.get(index).copied(),
                _ => None,
            };
            match item {
                Some(v) => (
                    Some(v),
                    Some(IterObj::Seq {
                        seq,
                        index: index + 1,
                    }),
                ),
                None => (None, Some(IterObj::Exhausted)),
            }
        }
        IterObj::Range { .. } => unreachable!("advanced above"),
        IterObj::Str { s, byte_pos } => {
            let text = vm.str_of(s);
            match text[byte_pos..].chars().next() {
                Some(c) => {
                    let np = byte_pos + c.len_utf8();
                    let v = vm.new_str(c.to_string());
                    (Some(v), Some(IterObj::Str { s, byte_pos: np }))
                }
                None => (None, Some(IterObj::Exhausted)),
            }
        }
        IterObj::Reversed { seq, index } => {
            if index == 0 {
                (None, Some(IterObj::Exhausted))
            } else {
                let item = match vm.heap.get(seq) {
                    Obj::List(v) | Obj::Tuple(v) => v.get(index - 1).copied(),
                    _ => None,
                };
                match item {
                    Some(v) => (
                        Some(v),
                        Some(IterObj::Reversed {
                            seq,
                            index: index - 1,
                        }),
                    ),
                    None => (None, Some(IterObj::Exhausted)),
                }
            }
        }
        IterObj::DictKeys {
            dict,
            pos,
            len,
            left,
        }
        | IterObj::DictValues {
            dict,
            pos,
            len,
            left,
        }
        | IterObj::DictItems {
            dict,
            pos,
            len,
            left,
        } => {
            let kind = match **state {
                IterObj::DictKeys { .. } => 0,
                IterObj::DictValues { .. } => 1,
                _ => 2,
            };
            let next = match vm.heap.get(dict) {
                Obj::Dict(d) if d.map.len() == len => match d.map.next_live(pos) {
                    // More items than the dict had: its keys changed
                    // (`changed_during_iteration` raises).
                    Some(_) if left == 0 => return None,
                    next => next.map(|(i, e)| (i, e.key, e.value)),
                },
                Obj::Set(s) | Obj::FrozenSet(s) if s.map.len() == len => {
                    s.map.next_active(pos).map(|(i, e)| (i, e.key, Value::Null))
                }
                Obj::Dict(_) | Obj::Set(_) | Obj::FrozenSet(_) => return None,
                _ => return Some(None),
            };
            match next {
                Some((i, k, v)) => {
                    let item = match kind {
                        0 => k,
                        1 => v,
                        _ => vm.new_tuple(vec![k, v]),
                    };
                    let ns = match kind {
                        0 => IterObj::DictKeys {
                            dict,
                            pos: i + 1,
                            len,
                            left: left.saturating_sub(1),
                        },
                        1 => IterObj::DictValues {
                            dict,
                            pos: i + 1,
                            len,
                            left: left.saturating_sub(1),
                        },
                        _ => IterObj::DictItems {
                            dict,
                            pos: i + 1,
                            len,
                            left: left.saturating_sub(1),
                        },
                    };
                    (Some(item), Some(ns))
                }
                None => (None, Some(IterObj::Exhausted)),
            }
        }
        IterObj::Exhausted => (None, None),
        IterObj::BigRange(_) => return Some(big_range_next(vm, it)),
        _ => return None,
    };
    if let Some(ns) = new_state {
        if let Obj::Iter(st) = vm.heap.get_mut(it) {
            **st = ns;
        }
    }
    Some(next)
}

/// The next value of a `longrange_iterator` (kept out of line: the small
/// range arm of `native_next` is the hottest loop path).
#[cold]
#[inline(never)]
fn big_range_next(vm: &mut Vm, it: ObjRef) -> Option<Value> {
    let Obj::Iter(st) = vm.heap.get_mut(it) else {
        return None;
    };
    let IterObj::BigRange(b) = &mut **st else {
        return None;
    };
    let v = b.advance()?;
    Some(super::ops::from_bigint(vm, v))
}

/// `ForIter` fast path: Some(Some(v)) next item, Some(None) exhausted,
/// None: take the slow path.
#[inline]
pub(crate) fn fast_next(vm: &mut Vm, th: &Thread) -> Option<Option<Value>> {
    let Some(Value::Obj(it)) = th.stack.last().copied() else {
        return None;
    };
    native_next(vm, it)
}

/// `ForIter` slow path.
pub(crate) fn for_iter(vm: &mut Vm, th: &mut Thread, target: u32) -> PyResult<Flow> {
    let it = *th.stack.last().unwrap_or(&Value::None);
    if let Value::Obj(g) = it {
        if let Obj::Generator(gen) = vm.heap.get(g) {
            if gen.state == GenState::Finished {
                th.stack.pop();
                top_frame!(th).ip = target;
                return Ok(Flow::Next);
            }
            let sp = th.stack.len() as u32;
            return match super::gen::resume_generator(vm, th, g, Some(Value::None), None, sp)? {
                call::Started::Pushed => Ok(Flow::Switch),
                call::Started::Done(_) => {
                    th.stack.pop();
                    top_frame!(th).ip = target;
                    Ok(Flow::Next)
                }
            };
        }
    }
    match next_value(vm, it) {
        Ok(v) => {
            th.stack.push(v);
            Ok(Flow::Next)
        }
        Err(PyErr::Exc(e)) if vm.exc_matches(Value::Obj(e), vm.exc.stop_iteration) => {
            th.stack.pop();
            top_frame!(th).ip = target;
            Ok(Flow::Next)
        }
        Err(e) => Err(e),
    }
}

/// `next(it)`: raises StopIteration when exhausted.
pub fn next_value(vm: &mut Vm, it: Value) -> PyResult<Value> {
    if let Value::Obj(r) = it {
        if is_native_iter(vm, r) {
            // Advancing is a side effect: record it so a replayed builtin
            // does not advance twice.
            return vm.memo_step(|vm| match native_next(vm, r) {
                Some(Some(v)) => Ok(v),
                Some(None) => Err(PyErr::Exc(vm.new_exception(vm.exc.stop_iteration, vec![]))),
                None => Err(changed_during_iteration(vm, r)),
            });
        }
        match vm.heap.get(r) {
            Obj::Generator(_) => {
                let f = vm.intrinsic(super::Intrinsic::GenNext);
                let Value::Obj(fr) = f else { unreachable!() };
                if let Obj::Builtin(b) = vm.heap.get_mut(fr) {
                    b.this = it;
                }
                return vm.call(f, vec![]);
            }
            Obj::Iter(_) => return crate::builtins::lazy_next(vm, r),
            _ => {}
        }
    }
    let t = vm.type_of(it);
    match vm.lookup_in_type_str(t, "__next__") {
        Some(f) => vm.call(f, vec![it]),
        None => {
            let tn = vm.type_name(it);
            Err(vm.type_error(format!("'{tn}' object is not an iterator")))
        }
    }
}

/// The error of a dict or set iterator that `native_next` declined to
/// advance because its container changed, as CPython's `dictiter_iternext*`
/// and `setiter_iternext` report it: a size change (sticky, it repeats on
/// every later `next`), or a dict that has more items than it had although
/// its size is the same (the iterator is exhausted afterwards).
pub(crate) fn changed_during_iteration(vm: &mut Vm, it: ObjRef) -> PyErr {
    let (container, len) = match vm.heap.get(it) {
        Obj::Iter(st) => match **st {
            IterObj::DictKeys { dict, len, .. }
            | IterObj::DictValues { dict, len, .. }
            | IterObj::DictItems { dict, len, .. } => (dict, len),
            _ => return PyErr::Exc(vm.new_exception(vm.exc.stop_iteration, vec![])),
        },
        _ => return PyErr::Exc(vm.new_exception(vm.exc.stop_iteration, vec![])),
    };
    let (is_dict, now) = match vm.heap.get(container) {
        Obj::Dict(d) => (true, d.map.len()),
        Obj::Set(s) | Obj::FrozenSet(s) => (false, s.map.len()),
        _ => (true, len),
    };
    let msg = if now != len {
        if let Obj::Iter(st) = vm.heap.get_mut(it) {
            if let IterObj::DictKeys { len, .. }
            | IterObj::DictValues { len, .. }
            | IterObj::DictItems { len, .. } = &mut **st
            {
                *len = usize::MAX;
            }
        }
        if is_dict {
            "dictionary changed size during iteration"
        } else {
            "Set changed size during iteration"
        }
    } else {
        if let Obj::Iter(st) = vm.heap.get_mut(it) {
            **st = IterObj::Exhausted;
        }
        "dictionary keys changed during iteration"
    };
    let m = vm.new_str(msg);
    PyErr::Exc(vm.new_exception(vm.exc.runtime_error, vec![m]))
}

/// Whether `native_next` can advance this iterator by itself.
fn is_native_iter(vm: &Vm, r: ObjRef) -> bool {
    matches!(vm.heap.get(r), Obj::Iter(s) if matches!(**s,
        IterObj::Seq { .. } | IterObj::Range { .. } | IterObj::BigRange(_) | IterObj::Str { .. } | IterObj::Reversed { .. }
        | IterObj::DictKeys { .. } | IterObj::DictValues { .. } | IterObj::DictItems { .. } | IterObj::Exhausted))
}

/// All items of an iterator (Python-level ones via the interpreter).
pub fn collect(vm: &mut Vm, it: Value) -> PyResult<Vec<Value>> {
    if let Value::Obj(r) = it {
        if is_native_iter(vm, r) {
            let list = vm.memo_step(|vm| {
                let mut out = Vec::new();
                loop {
                    match native_next(vm, r) {
                        Some(Some(v)) => out.push(v),
                        Some(None) => break,
                        None => return Err(changed_during_iteration(vm, r)),
                    }
                }
                Ok(vm.new_list(out))
            })?;
            return Ok(crate::builtins::sequence_items(vm, list).unwrap_or_default());
        }
    }
    vm.collect_python_iter(it)
}

/// The items of any iterable.
pub fn to_vec(vm: &mut Vm, v: Value) -> PyResult<Vec<Value>> {
    if let Value::Obj(r) = v {
        match vm.heap.get(r) {
            Obj::List(items) | Obj::Tuple(items) => {
                vm.work_items += items.len() as u64;
                return Ok(items.clone());
            }
            // CPython's list()/tuple() ask for the length first, which
            // fails for a range longer than sys.maxsize (no endless loop).
            Obj::Range(rg) if rg.len_i64().is_none() => {
                return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
            }
            _ => {}
        }
    }
    let it = get_iter(vm, v)?;
    let items = collect(vm, it)?;
    vm.work_items += items.len() as u64;
    Ok(items)
}

/// Registers `__length_hint__` on the builtin sequence iterators
/// (what `operator.length_hint` and `list()` presizing consult).
pub(crate) fn install_length_hints(vm: &mut Vm) {
    let t = &vm.types;
    let types = [
        t.list_iterator,
        t.tuple_iterator,
        t.str_iterator,
        t.range_iterator,
        t.longrange_iterator,
        t.reverse_iterator,
    ];
    for ty in types {
        vm.add_method(ty, "__length_hint__", length_hint);
    }
    // Every builtin iterator type: `it.__next__()` and `it.__iter__()`.
    let t = &vm.types;
    let iterators = [
        t.list_iterator,
        t.tuple_iterator,
        t.str_iterator,
        t.range_iterator,
        t.dict_keyiterator,
        t.dict_valueiterator,
        t.dict_itemiterator,
        t.reverse_iterator,
        t.enumerate,
        t.zip,
        t.map,
        t.filter,
        t.reversed,
        t.callable_iterator,
        t.seq_iterator,
    ];
    for ty in iterators {
        vm.add_method(ty, "__next__", iterator_next);
        vm.add_method(ty, "__iter__", |_vm, a| Ok(a.get(0)));
    }
}

/// `iterator.__next__()` of a builtin iterator.
fn iterator_next(vm: &mut Vm, a: &crate::builtins::Args) -> PyResult<Value> {
    a.check(vm, "__next__", 1, 1)?;
    match a.get(0) {
        it @ Value::Obj(r) if matches!(vm.heap.get(r), Obj::Iter(_)) => next_value(vm, it),
        _ => Err(vm.type_error("__next__ expects an iterator")),
    }
}

/// `iterator.__length_hint__()`: how many items remain.
fn length_hint(vm: &mut Vm, a: &crate::builtins::Args) -> PyResult<Value> {
    a.check(vm, "__length_hint__", 1, 1)?;
    let Value::Obj(r) = a.get(0) else {
        return Err(vm.type_error("__length_hint__ expects an iterator"));
    };
    let Obj::Iter(it) = vm.heap.get(r) else {
        return Err(vm.type_error("__length_hint__ expects an iterator"));
    };
    if let IterObj::BigRange(b) = &**it {
        let left = b.left.clone();
        return Ok(super::ops::from_bigint(vm, left));
    }
    let n: i64 = match **it {
        IterObj::Seq { seq, index } => match vm.heap.get(seq) {
            Obj::List(v) | Obj::Tuple(v) => v.len().saturating_sub(index) as i64,
            _ => 0,
        },
        IterObj::Str { s, byte_pos } => vm.str_of(s)[byte_pos..].chars().count() as i64,
        IterObj::Range { next, stop, step } => {
            let (next, stop, step) = (next as i128, stop as i128, step as i128);
            let n = if step > 0 && next < stop {
                (stop - next + step - 1) / step
            } else if step < 0 && next > stop {
                (next - stop - step - 1) / -step
            } else {
                0
            };
            n as i64
        }
        IterObj::Reversed { seq, index } => match vm.heap.get(seq) {
            Obj::List(v) | Obj::Tuple(v) => index.min(v.len()) as i64,
            _ => 0,
        },
        _ => 0,
    };
    Ok(Value::Int(n))
}
