//! Importing: the registry of modules corelab provides, `import` and
//! `from ... import` semantics. Every module is built into corelab; a
//! program can never load code or touch files from the real machine.

mod cpython_names;
pub mod hashlib;
mod math;
mod math_exact;
mod mp;
mod os;
mod pysrc;
mod random;
pub mod random_core;
mod stdlib_names;
mod sys;
mod thread_mod;
mod time;
mod zlib;

use crate::errors::{PyErr, PyResult};
use crate::objects::Module;
pub(crate) use crate::objects::Obj;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

pub use sys::{exc_info, stream_of};
pub use thread_mod::try_acquire;

/// A module's builder.
type Install = fn(&mut Vm, ObjRef);

const REGISTRY: &[(&str, Install)] = &[
    ("_sys", sys::install),
    ("time", time::install),
    ("math", math::install),
    ("random", random::install),
    ("_os", os::install),
    ("__future__", install_future),
    ("_collections", install_collections),
    ("_thread", thread_mod::install),
    ("_mp", mp::install),
    ("hashlib", hashlib::install),
    ("zlib", zlib::install),
];

/// Third-party packages that programs commonly import and a CPython
/// installation often has: corelab cannot provide them, so importing one is
/// an "unsupported" stop rather than the ModuleNotFoundError a bare CPython
/// would raise (which would misreport a program that runs where they are
/// installed).
const THIRD_PARTY_UNSUPPORTED: &[&str] = &["numpy", "pandas", "requests"];

fn install_future(vm: &mut Vm, m: ObjRef) {
    for name in [
        "annotations",
        "division",
        "print_function",
        "generator_stop",
    ] {
        let v = vm.new_str(name);
        set_attr(vm, m, name, v);
    }
}

fn install_collections(vm: &mut Vm, m: ObjRef) {
    let d = vm.types.deque;
    set_attr(vm, m, "deque", Value::Obj(d));
    if let Obj::Type(t) = vm.heap.get_mut(d) {
        t.module = "collections".into();
    }
}

/// Fails with the unsupported error if `name` is a public name of CPython
/// 3.11's module `module` that corelab's module of that name lacks (called
/// only after a lookup of `name` failed).
pub fn missing_cpython_name(module: &str, name: &str) -> PyResult<()> {
    if cpython_names::is_missing(module, name) {
        return Err(PyErr::unsupported(format!(
            "'{module}.{name}' (a name CPython's {module} module has) is not supported by corelab yet"
        )));
    }
    Ok(())
}

/// The unsupported error for a NameError of `name` after a `from m import *`
/// of a module whose CPython namesake would have bound `name`.
pub fn star_gap(vm: &Vm, name: &str) -> Option<PyErr> {
    let m = vm
        .star_imported
        .iter()
        .find(|m| cpython_names::is_missing_star(m, name))?;
    Some(PyErr::unsupported(format!(
        "'{name}' (which `from {m} import *` binds under CPython) is not supported by corelab yet"
    )))
}

/// Sets `module.name = v`.
pub fn set_attr(vm: &mut Vm, m: ObjRef, name: &str, v: Value) {
    let Obj::Module(module) = vm.heap.get(m) else {
        return;
    };
    let d = module.dict;
    let k = vm.intern(name);
    vm.dict_set_str(d, k, v);
}

/// Adds a builtin function to a module.
pub fn add_fn(vm: &mut Vm, m: ObjRef, name: &'static str, f: crate::builtins::NativeFn) {
    let v = vm.new_builtin(name, f);
    set_attr(vm, m, name, v);
}

/// Creates an empty module object named `name`.
pub fn new_module(vm: &mut Vm, name: &str) -> ObjRef {
    let d = vm.new_dict();
    let m = vm.heap.alloc(Obj::Module(Box::new(Module {
        name: name.into(),
        dict: d,
    })));
    let n = vm.new_str(name);
    set_attr(vm, m, "__name__", n);
    set_attr(vm, m, "__doc__", Value::None);
    m
}

/// Dotted module names that are another module under a second name.
const ALIASES: &[(&str, &str)] = &[("os.path", "posixpath")];

/// The module object for `name`, creating it on first import.
pub fn get_module(vm: &mut Vm, name: &str) -> PyResult<ObjRef> {
    let name = ALIASES
        .iter()
        .find(|(alias, _)| *alias == name)
        .map_or(name, |&(_, real)| real);
    let importing = vm.importing.iter().any(|n| &**n == name);
    let replaying = vm.replay.pos < vm.replay.memo.len();
    if let Some((_, m)) = vm.modules.iter().find(|(n, _)| &**n == name) {
        // A module whose body is still running is returned as is (circular
        // import), except to the import that is waiting for that body.
        if !(importing && replaying) {
            return Ok(*m);
        }
    }
    if let Some(src) = pysrc::source_of(name) {
        return pysrc::import(vm, name, src);
    }
    let Some(&(_, install)) = REGISTRY.iter().find(|(n, _)| *n == name) else {
        // A module corelab does not provide. If CPython 3.11 has it (its
        // top-level name is in `sys.stdlib_module_names`; a dotted name
        // below such a module or below a module corelab provides counts
        // too, as corelab cannot tell which submodules CPython has) or it
        // is a well-known third-party package, the program needs something
        // corelab lacks: an "unsupported" stop (exit 2) naming the module.
        // Any other name does not exist for CPython either: it raises
        // ModuleNotFoundError("No module named 'x'", name='x') as CPython
        // does, which the program may catch (`except ImportError`).
        let top = name.split('.').next().unwrap_or(name);
        if stdlib_names::is_stdlib(top) || THIRD_PARTY_UNSUPPORTED.contains(&top) || top != name {
            return Err(PyErr::unsupported(format!(
                "module '{name}' is not supported by corelab yet"
            )));
        }
        let e = vm.err(
            vm.exc.module_not_found_error,
            format!("No module named '{name}'"),
        );
        let n = vm.new_str(name);
        if let PyErr::Exc(x) = e {
            if let Some(d) = vm.exc_data_mut(x) {
                d.name = n;
            }
        }
        vm.missing_modules.push(name.to_string());
        return Err(e);
    };
    let m = new_module(vm, name);
    install(vm, m);
    register(vm, name, m);
    Ok(m)
}

/// Records an imported module (also in `sys.modules` once `sys` exists).
pub(crate) fn register(vm: &mut Vm, name: &str, m: ObjRef) {
    vm.modules.push((name.into(), m));
    if let Some(d) = sys_modules_dict(vm) {
        let k = vm.new_str(name);
        let _ = crate::builtins::dict_set(vm, d, k, Value::Obj(m));
    }
}

/// Forgets a module whose import failed.
pub(crate) fn unregister(vm: &mut Vm, name: &str) {
    vm.modules.retain(|(n, _)| &**n != name);
    if let Some(d) = sys_modules_dict(vm) {
        let k = vm.intern(name);
        vm.dict_del_str(d, k);
    }
}

/// The `sys.modules` dict, if `sys` has been imported.
fn sys_modules_dict(vm: &mut Vm) -> Option<ObjRef> {
    let &(_, m) = vm.modules.iter().find(|(n, _)| &**n == "_sys")?;
    let Obj::Module(module) = vm.heap.get(m) else {
        return None;
    };
    let d = module.dict;
    let k = vm.intern("modules");
    match vm.dict_get_str(d, k)? {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Dict(_)) => Some(r),
        _ => None,
    }
}

/// `ImportName`: imports `a`, then `a.b`, ... (each set as an attribute of
/// its parent); `import a.b` (no `fromlist`) gets the top package `a`,
/// `from a.b import x` the module `a.b`.
pub fn import_name(vm: &mut Vm, name: ObjRef, fromlist: Value) -> PyResult<Value> {
    let full = vm.str_of(name).to_string();
    let mut parent: Option<ObjRef> = None;
    let mut top = None;
    let mut end = 0;
    for part in full.split('.') {
        end += part.len();
        let m = get_module(vm, &full[..end])?;
        // This part is imported: forget the callback results its import
        // recorded, so that re-runs of this instruction (for the next
        // part's body) find the next part's results first.
        if vm.replay.pos > 0 {
            vm.replay.memo.clear();
            vm.replay.pos = 0;
        }
        if let Some(p) = parent {
            let Obj::Module(pm) = vm.heap.get(p) else {
                return Err(PyErr::internal("import of a submodule of a non-module"));
            };
            let d = pm.dict;
            let k = vm.intern(part);
            if vm.dict_get_str(d, k).is_none() {
                vm.dict_set_str(d, k, Value::Obj(m));
            }
        }
        top.get_or_insert(m);
        parent = Some(m);
        end += 1;
    }
    let leaf = parent.ok_or_else(|| PyErr::internal("empty module name"))?;
    Ok(Value::Obj(match fromlist {
        Value::None => top.unwrap_or(leaf),
        _ => leaf,
    }))
}

/// `ImportFrom`: `from m import name`.
pub fn import_from(vm: &mut Vm, m: Value, name: ObjRef) -> PyResult<Value> {
    let Value::Obj(mr) = m else {
        return Err(PyErr::internal("import from a non-module"));
    };
    let Obj::Module(module) = vm.heap.get(mr) else {
        return Err(PyErr::internal("import from a non-module"));
    };
    let (d, mname) = (module.dict, module.name.to_string());
    match vm.dict_get_str(d, name) {
        Some(v) => Ok(v),
        None => {
            let n = vm.str_of(name).to_string();
            missing_cpython_name(&mname, &n)?;
            let e = vm.err(
                vm.exc.import_error,
                format!("cannot import name '{n}' from '{mname}' (unknown location)"),
            );
            // ImportError.name is the module's name; .path stays None.
            let module_name = vm.new_str(mname);
            if let PyErr::Exc(x) = e {
                if let Some(d) = vm.exc_data_mut(x) {
                    d.name = module_name;
                }
            }
            Err(e)
        }
    }
}

/// `ImportStar`: binds the names in the module's `__all__` into `ns`, or
/// without `__all__` its public names.
pub fn import_star(vm: &mut Vm, m: Value, ns: ObjRef) -> PyResult<()> {
    let Value::Obj(mr) = m else { return Ok(()) };
    let Obj::Module(module) = vm.heap.get(mr) else {
        return Ok(());
    };
    let d = module.dict;
    let mname = module.name.to_string();
    if !vm.star_imported.contains(&mname) {
        vm.star_imported.push(mname);
    }
    let all_key = vm.intern("__all__");
    if let Some(all) = vm.dict_get_str(d, all_key) {
        let names = crate::builtins::sequence_items(vm, all).ok_or_else(|| {
            PyErr::unsupported("`import *` from a module whose __all__ is not a list or tuple")
        })?;
        for n in names {
            let Some(nr) = n.as_obj().filter(|_| vm.as_str(n).is_some()) else {
                let Obj::Module(module) = vm.heap.get(mr) else {
                    unreachable!()
                };
                let mn = module.name.to_string();
                let tn = vm.type_name(n);
                return Err(vm.type_error(format!("Item in {mn}.__all__ must be str, not {tn}")));
            };
            let v = crate::interp::attr::getattr(vm, m, nr)?;
            vm.dict_set_str(ns, nr, v);
        }
        return Ok(());
    }
    let Obj::Dict(dict) = vm.heap.get(d) else {
        return Ok(());
    };
    let pairs: Vec<(Value, Value)> = dict.map.iter().map(|e| (e.key, e.value)).collect();
    for (k, v) in pairs {
        let Value::Obj(kr) = k else { continue };
        if vm.str_of(kr).starts_with('_') {
            continue;
        }
        vm.dict_set_str(ns, kr, v);
    }
    Ok(())
}
