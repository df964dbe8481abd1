//! Closing generators when their last reference goes.
//!
//! CPython frees an object the moment its reference count drops to zero;
//! a suspended generator is then closed, so its `finally` blocks and
//! `with` exits run right there: at the `break` out of the `for` loop over
//! it, at the `return` of the function holding it, when the variable
//! holding it is rebound. corelab has no reference counts (its collector
//! marks and sweeps later), so it watches the places where a reference
//! goes away — drop points:
//!
//! - a value popped and discarded (`POP_TOP`: the iterator of a `for`
//!   loop left by `break` or `return`);
//! - a variable, attribute or item rebound or deleted (`STORE_*` and
//!   `DELETE_*` of fast locals, cells, names, globals, instance and module
//!   attributes, list items and dict items with str/int keys);
//! - the arguments of a finished builtin call;
//! - the value stack cut back by an exception, and a frame's locals when
//!   it returns;
//! - an exception going away (`POP_EXCEPT`, the `except ... as e` name
//!   cleared) together with the locals of the frames it left: CPython's
//!   traceback keeps those frames alive until then (`ExcData::kept`).
//!
//! A dropped list, tuple, dict, instance, cell or exception is searched
//! (up to `SEARCH_BUDGET` objects) for the generators it held. Only
//! *armed* generators matter: suspended at a `yield` that has an
//! exception handler (inside `try`/`with`), or holding such a generator in
//! their frame — closing any other generator runs no code. While no armed
//! generator exists (`Vm::armed_generators == 0`, the common case) a drop
//! point costs one compare. Otherwise the dropped values are tag-tested,
//! and when an armed generator is among them its reachability is decided
//! ([`dead`]): held by a root directly? referred to by an object written
//! since the generator was made (`Heap::referrer_since`, a scan of the
//! chunks written since)? Only if such a referrer exists — it may itself
//! be garbage — does a full mark from the process's roots decide. The
//! unreachable ones are closed right there, in drop order, by a
//! `Finalize` native frame, before the next instruction runs; an error
//! closing one is printed as CPython's "Exception ignored in: ..." and
//! otherwise ignored.
//!
//! Not covered (limitations/generator-finalization.md): references that
//! go inside a builtin (`list.clear()`, slice assignment, a `zip` or `map`
//! object dropped with the generator it wraps), generators deeper in a
//! dropped structure than the search budget, and generators the collector
//! frees later; those are never closed.

use super::call::Started;
use super::flow::Event;
use super::gen;
use super::Flow;
use crate::errors::{PyErr, PyResult};
use crate::objects::{GenState, Obj};
use crate::thread::{Frame, NativeFrame, Thread};
use crate::value::{ObjRef, Value};
use crate::vm::{Stream, Vm};

/// Whether values dropped now can need finalizing.
#[inline(always)]
pub(crate) fn watching(vm: &Vm) -> bool {
    vm.armed_generators != 0
}

/// How deep the search for armed generators goes through suspended
/// generators' frames, containers and exceptions' kept locals.
const MAX_DEPTH: u32 = 8;

/// How many objects the search looks at per dropped value: a generator
/// inside a larger structure that goes with it is missed (see the module
/// comment).
const SEARCH_BUDGET: usize = 64;

/// Adds the generators closing `v` would run code in: `v` itself if it
/// is an armed generator or holds one, else those inside the list, tuple,
/// dict, instance, cell or exception `v` (whose last reference may go
/// with it).
fn armed_in(vm: &Vm, v: Value, depth: u32, budget: &mut usize, out: &mut Vec<ObjRef>) {
    let Value::Obj(r) = v else { return };
    if *budget == 0 {
        return;
    }
    *budget -= 1;
    let deeper = depth < MAX_DEPTH;
    match vm.heap.get(r) {
        Obj::Generator(g)
            if g.state == GenState::Suspended && !out.contains(&r) && needs_close(vm, r, depth) =>
        {
            out.push(r);
        }
        // Last item first, as their deallocation goes.
        Obj::List(items) | Obj::Tuple(items) if deeper => {
            for &x in items.iter().rev() {
                if x.as_obj().is_some() {
                    armed_in(vm, x, depth + 1, budget, out);
                }
            }
        }
        Obj::Dict(d) if deeper => {
            for x in d.map.values() {
                if x.as_obj().is_some() {
                    armed_in(vm, x, depth + 1, budget, out);
                }
            }
        }
        Obj::Cell(c) if deeper => armed_in(vm, *c, depth + 1, budget, out),
        Obj::Instance(i) if deeper => {
            for x in i.attrs.get(&vm.heap).values() {
                if x.as_obj().is_some() {
                    armed_in(vm, x, depth + 1, budget, out);
                }
            }
            armed_in(vm, i.base, depth + 1, budget, out);
            if let Some(e) = &i.exc {
                for &x in &e.kept {
                    armed_in(vm, x, depth + 1, budget, out);
                }
            }
        }
        _ => {}
    }
}

/// The generators closing would run code in among `dropped` and what
/// they held (no allocation when there is none).
pub(crate) fn candidates(vm: &Vm, dropped: impl IntoIterator<Item = Value>) -> Vec<ObjRef> {
    let mut found = Vec::new();
    for v in dropped {
        if v.as_obj().is_some() {
            let mut budget = SEARCH_BUDGET;
            armed_in(vm, v, 0, &mut budget, &mut found);
        }
    }
    found
}

/// Whether closing suspended generator `g` runs code: it is armed, or
/// it delegates (`yield from`, followed to any depth) to one that is, or
/// its frame holds a generator that is (searched `MAX_DEPTH` deep).
fn needs_close(vm: &Vm, g: ObjRef, depth: u32) -> bool {
    let mut cur = g;
    loop {
        let Obj::Generator(gen) = vm.heap.get(cur) else {
            return false;
        };
        if gen.armed {
            return true;
        }
        if gen.state != GenState::Suspended {
            return false;
        }
        let Some(saved) = &gen.frame else {
            return false;
        };
        let next = gen::delegate(vm, cur).and_then(|d| d.as_obj());
        if depth < MAX_DEPTH {
            let holds = saved.values.iter().any(|&v| match v {
                Value::Obj(r) if r != cur && Some(r) != next => {
                    matches!(vm.heap.get(r), Obj::Generator(s) if s.state == GenState::Suspended)
                        && needs_close(vm, r, depth + 1)
                }
                _ => false,
            });
            if holds {
                return true;
            }
        }
        match next {
            Some(d) if d != g && matches!(vm.heap.get(d), Obj::Generator(_)) => cur = d,
            _ => return false,
        }
    }
}

/// The generators among `found` (see [`candidates`]) to close now: those
/// nothing reachable from the roots (or `keep`, values the caller still
/// holds) refers to.
fn dead(vm: &Vm, th: &Thread, found: Vec<ObjRef>, keep: &[Value]) -> Vec<ObjRef> {
    if found.is_empty() {
        return found;
    }
    // Held by a root directly (a stack slot, a frame, `keep`)?
    let mut held = vec![false; found.len()];
    let mut note = |v: Value| {
        if let Value::Obj(r) = v {
            if let Some(i) = found.iter().position(|&g| g == r) {
                held[i] = true;
            }
        }
    };
    crate::gc::visit_roots(vm, th, &mut note);
    keep.iter().for_each(|&v| note(v));
    // Referred to by an object? Only objects written since the generator
    // was made can (`Heap::referrer_since`); the usual dropped generator
    // is young and has no referrer, and needs no mark.
    let mut referred = false;
    let mut dead: Vec<ObjRef> = Vec::new();
    for (i, &g) in found.iter().enumerate() {
        if held[i] {
            continue;
        }
        let born = match vm.heap.get(g) {
            Obj::Generator(gen) => gen.born,
            _ => 0,
        };
        if vm.heap.referrer_since(g, born) {
            referred = true;
        }
        dead.push(g);
    }
    if referred {
        // A referrer may itself be garbage (a dropped list): mark.
        let mut roots = crate::gc::roots(vm, th);
        roots.extend_from_slice(keep);
        let marks = vm.heap.mark(&roots, vm.permanent);
        dead.retain(|g| !marks[g.index()]);
    }
    dead
}

/// What `obj.name` holds in an instance's or module's own namespace:
/// what storing or deleting that attribute drops.
pub(crate) fn own_attr(vm: &Vm, obj: Value, name: ObjRef) -> Option<Value> {
    let Value::Obj(r) = obj else { return None };
    match vm.heap.get(r) {
        Obj::Instance(i) => {
            let d = i.attrs.get(&vm.heap);
            d.find(vm.str_hash(name), |k| vm.str_key_eq(k, name))
                .map(|j| d.value_at(j))
        }
        Obj::Module(m) => vm.dict_get_str(m.dict, name),
        _ => None,
    }
}

/// What `container[key]` holds, for a list with an int index or a dict
/// with a str or int key: what storing or deleting that item drops.
/// (Other subscripts are not drop points; see the module comment.)
pub(crate) fn old_item(vm: &Vm, container: Value, key: Value) -> Option<Value> {
    let Value::Obj(r) = container else {
        return None;
    };
    match (vm.heap.get(r), key) {
        (Obj::List(items), Value::Int(i)) => {
            let n = items.len() as i64;
            let i = if i < 0 { i + n } else { i };
            (0..n).contains(&i).then(|| items[i as usize])
        }
        (Obj::Dict(_), Value::Obj(k)) if vm.as_str(key).is_some() => vm.dict_get_str(r, k),
        (Obj::Dict(d), Value::Int(i)) => d
            .map
            .find(
                crate::hashing::hash_int(i),
                |k| matches!(k, Value::Int(j) if j == i),
            )
            .map(|j| d.map.value_at(j)),
        _ => None,
    }
}

/// A drop point inside an instruction: `dropped` just lost a reference.
/// Starts closing the generators that were the last of; `Flow::Switch`
/// when it did (their frames run before the next instruction).
pub(crate) fn dropped(vm: &mut Vm, th: &mut Thread, dropped: &[Value]) -> PyResult<Flow> {
    let found = candidates(vm, dropped.iter().copied());
    dropped_found(vm, th, found)
}

/// Like [`dropped`], with the candidates already found.
pub(crate) fn dropped_found(vm: &mut Vm, th: &mut Thread, found: Vec<ObjRef>) -> PyResult<Flow> {
    if found.is_empty() {
        return Ok(Flow::Next);
    }
    let gens = dead(vm, th, found, &[]);
    if gens.is_empty() {
        return Ok(Flow::Next);
    }
    match start(vm, th, gens, None) {
        None => Ok(Flow::Switch),
        Some(Event::Raise(e)) => Err(e),
        Some(Event::Deliver(..)) => Err(PyErr::internal("finalizer delivered a result")),
    }
}

/// A drop point between frames (a return, an exception leaving a frame
/// or cutting its stack): closes the generators `found` among the dropped
/// values ([`candidates`]) that nothing refers to any more — and at the program's end (`main_end`: `__main__`'s globals) what
/// CPython's exit closes — then continues with `then`. `keep`: values the
/// caller still holds (a return value, the exception).
pub(crate) fn dropped_then(
    vm: &mut Vm,
    th: &mut Thread,
    found: Vec<ObjRef>,
    keep: &[Value],
    main_end: Option<ObjRef>,
    then: Option<(PyResult<Value>, u32)>,
) -> Option<Event> {
    if found.is_empty() && main_end.is_none() {
        return then.map(|(r, sp)| Event::Deliver(r, sp));
    }
    let mut gens = dead(vm, th, found, keep);
    if let Some(globals) = main_end {
        for g in at_exit(vm, globals) {
            if !gens.contains(&g) {
                gens.push(g);
            }
        }
    }
    if gens.is_empty() {
        return then.map(|(r, sp)| Event::Deliver(r, sp));
    }
    start(vm, th, gens, then)
}

fn start(
    vm: &mut Vm,
    th: &mut Thread,
    mut gens: Vec<ObjRef>,
    then: Option<(PyResult<Value>, u32)>,
) -> Option<Event> {
    gens.reverse();
    let frame = NativeFrame::Finalize {
        current: gens[gens.len() - 1],
        pending: gens,
        then,
    };
    advance(vm, th, frame)
}

/// Closes the next pending generator of a `Finalize` frame. Returns the
/// next event for `flow::settle`, or None when a generator frame runs.
fn advance(vm: &mut Vm, th: &mut Thread, mut frame: NativeFrame) -> Option<Event> {
    loop {
        let NativeFrame::Finalize {
            pending,
            current,
            then,
        } = &mut frame
        else {
            return Some(Event::Raise(PyErr::internal("not a Finalize frame")));
        };
        let Some(g) = pending.pop() else {
            return then.take().map(|(r, sp)| Event::Deliver(r, sp));
        };
        *current = g;
        let depth = th.frames.len();
        th.frames.push(Frame::Native(frame));
        let sp = th.stack.len() as u32;
        let r = gen::close_generator(vm, th, g, sp);
        let res = match r {
            Ok(Started::Pushed) => return None,
            // Raised in the generator's frame: it unwinds first.
            Err(e) if th.frames.len() > depth + 1 => return Some(Event::Raise(e)),
            Ok(Started::Done(res)) => res,
            Err(e) => Err(e),
        };
        th.frames.truncate(depth + 1);
        let Some(Frame::Native(f)) = th.frames.pop() else {
            return Some(Event::Raise(PyErr::internal("finalizer frame lost")));
        };
        frame = f;
        if let Err(ev) = report(vm, th, g, res) {
            return Some(ev);
        }
    }
}

/// A generator a `Finalize` frame closed finished with `r`.
pub(crate) fn resume(
    vm: &mut Vm,
    th: &mut Thread,
    frame: NativeFrame,
    r: PyResult<Value>,
) -> Option<Event> {
    let NativeFrame::Finalize { current, .. } = &frame else {
        return Some(Event::Raise(PyErr::internal("not a Finalize frame")));
    };
    if let Err(ev) = report(vm, th, *current, r) {
        return Some(ev);
    }
    advance(vm, th, frame)
}

/// Prints an error closing `g` raised as CPython's unraisable hook does:
/// `Exception ignored in: <generator ...>` and the traceback — of the
/// frame that dropped `g` when the error was raised outside any frame
/// ("generator ignored GeneratorExit"). Fatal stops go on.
fn report(vm: &mut Vm, th: &Thread, g: ObjRef, r: PyResult<Value>) -> Result<(), Event> {
    let e = match r {
        Ok(_) => return Ok(()),
        Err(PyErr::Exc(e)) => e,
        Err(other) => return Err(Event::Raise(other)),
    };
    let at = th.frames.iter().rev().find_map(|f| match f {
        Frame::Py(p) => Some((p.code.clone(), p.ip.saturating_sub(1))),
        Frame::Native(_) => None,
    });
    if let (Some(at), Some(d)) = (at, vm.exc_data_mut(e)) {
        if d.traceback.is_empty() {
            d.traceback.push(at);
        }
    }
    let what = crate::builtins::repr(vm, Value::Obj(g)).unwrap_or_default();
    let text = format!(
        "Exception ignored in: {what}\n{}",
        crate::run::traceback_alone(vm, e)
    );
    vm.write(Stream::Stderr, &text).map_err(Event::Raise)
}

/// The generators to close when the program ends: CPython clears the
/// `__main__` module's dict at exit, so its values go in insertion order,
/// and with each value what only it held — a list's items last first (as
/// its deallocation does), a dict's or an instance's attributes in order.
/// Only when no other thread is alive (the others would still run in
/// CPython while this thread waits for them; see
/// limitations/generator-finalization.md).
fn at_exit(vm: &Vm, globals: ObjRef) -> Vec<ObjRef> {
    let mut out = Vec::new();
    if vm.parked_threads.iter().any(|t| !t.frames.is_empty()) {
        return out;
    }
    let Obj::Dict(d) = vm.heap.get(globals) else {
        return out;
    };
    let mut seen = std::collections::BTreeSet::new();
    let mut budget = 1_000_000usize;
    for v in d.map.values() {
        let mut todo = vec![v];
        while let Some(v) = todo.pop() {
            let Value::Obj(r) = v else { continue };
            if !seen.insert(r) || budget == 0 {
                continue;
            }
            budget -= 1;
            match vm.heap.get(r) {
                Obj::Generator(g) if g.state == GenState::Suspended && needs_close(vm, r, 0) => {
                    out.push(r);
                }
                // `todo` is a stack: the last item is looked at first.
                Obj::List(items) | Obj::Tuple(items) => todo.extend(items.iter().copied()),
                Obj::Dict(d) => todo.extend(d.map.values().collect::<Vec<_>>().into_iter().rev()),
                Obj::Cell(c) => todo.push(*c),
                Obj::Instance(i) => {
                    let attrs: Vec<Value> = i.attrs.get(&vm.heap).values().collect();
                    todo.extend(attrs.into_iter().rev());
                    todo.push(i.base);
                    if let Some(e) = &i.exc {
                        todo.extend(e.kept.iter().rev().copied());
                    }
                }
                _ => {}
            }
        }
    }
    out
}

/// Whether the frame just left is the `__main__` module's (the program's
/// end on this thread).
fn is_main_module(vm: &Vm, globals: ObjRef, ns: Option<ObjRef>) -> bool {
    ns == Some(globals)
        && vm.modules.iter().any(|(name, m)| {
            &**name == "__main__"
                && matches!(vm.heap.get(*m), Obj::Module(module) if module.dict == globals)
        })
}

/// `Some(globals)` when the frame just left (with `globals` and
/// namespace `ns`) was the thread's last and `__main__`'s: the program's
/// end, where CPython's exit clears the module (see [`at_exit`]).
pub(crate) fn main_end(
    vm: &Vm,
    th: &Thread,
    globals: ObjRef,
    ns: Option<ObjRef>,
) -> Option<ObjRef> {
    (th.frames.is_empty() && is_main_module(vm, globals, ns)).then_some(globals)
}
