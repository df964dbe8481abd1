//! Garbage collection for one process: roots are every thread's stack and
//! frames, the modules, builtins, interned strings and start-up objects.

use crate::thread::Thread;
use crate::value::Value;
use crate::vm::Vm;

/// Collects garbage if enough has been allocated; `current` is the thread
/// being stepped (the others are in `vm.parked_threads`).
pub fn collect(vm: &mut Vm, current: &Thread) {
    let roots = roots(vm, current);
    let permanent = vm.permanent;
    vm.heap.collect(&roots, permanent);
    vm.next_gc = (vm.heap.live() * 2).max(200_000);
    if vm.armed_generators > 0 {
        // Armed generators the collector freed were never finalized (they
        // became unreachable where no drop point saw it).
        vm.armed_generators = vm
            .heap
            .iter()
            .filter(|(_, o)| matches!(o, crate::objects::Obj::Generator(g) if g.armed))
            .count();
    }
}

/// Every root of the process: `current`'s and the parked threads' stacks
/// and frames, modules, builtins, host-held values, interned strings and
/// the replay memo of the running builtin. (Start-up objects below
/// `vm.permanent` are roots too; `Heap::mark` adds them.)
pub fn roots(vm: &Vm, current: &Thread) -> Vec<Value> {
    let mut roots: Vec<Value> = Vec::new();
    visit_roots(vm, current, &mut |v| roots.push(v));
    roots
}

/// Calls `f` with every root (see [`roots`]).
pub fn visit_roots(vm: &Vm, current: &Thread, f: &mut impl FnMut(Value)) {
    current.trace(f);
    for t in &vm.parked_threads {
        t.trace(f);
    }
    f(Value::Obj(vm.builtins));
    for (_, m) in &vm.modules {
        f(Value::Obj(*m));
    }
    vm.extra_roots.iter().for_each(|&v| f(v));
    let mut interned = Vec::new();
    vm.interned_values(&mut interned);
    interned.into_iter().for_each(&mut *f);
    for m in &vm.replay.memo {
        match m {
            Ok(v) => f(*v),
            Err(e) => e.trace(f),
        }
    }
}
