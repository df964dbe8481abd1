//! Importing: the registry of modules corelab provides, `import` and
//! `from ... import` semantics. Every module is built into corelab; a
//! program can never load code or touch files from the real machine.

mod math;
mod os;
mod pysrc;
mod random;
pub mod random_core;
mod sys;
mod time;

use crate::errors::{PyErr, PyResult};
use crate::objects::Module;
pub(crate) use crate::objects::Obj;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

pub use sys::stream_of;

/// A module's builder.
type Install = fn(&mut Vm, ObjRef);

const REGISTRY: &[(&str, Install)] = &[
    ("sys", sys::install),
    ("time", time::install),
    ("math", math::install),
    ("random", random::install),
    ("os", os::install),
    ("__future__", install_future),
    ("typing", install_typing),
    ("_collections", install_collections),
];

/// Modules that exist in CPython but are deliberately or not yet provided.
const KNOWN_UNSUPPORTED: &[&str] = &[
    "socket",
    "subprocess",
    "shutil",
    "pathlib",
    "io",
    "tempfile",
    "urllib",
    "http",
    "asyncio",
    "threading",
    "multiprocessing",
    "concurrent",
    "queue",
    "numpy",
    "pandas",
    "requests",
];

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

fn install_typing(vm: &mut Vm, m: ObjRef) {
    let names = [
        "Any",
        "Callable",
        "Dict",
        "List",
        "Optional",
        "Set",
        "FrozenSet",
        "Tuple",
        "Union",
        "Iterable",
        "Iterator",
        "Generator",
        "Sequence",
        "Mapping",
        "TypeVar",
        "Generic",
        "NamedTuple",
        "Deque",
        "DefaultDict",
        "Type",
        "ClassVar",
        "Final",
        "Literal",
        "Protocol",
    ];
    for name in names {
        let v = vm.new_str(name);
        set_attr(vm, m, name, v);
    }
    set_attr(vm, m, "TYPE_CHECKING", Value::Bool(false));
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

/// The module object for `name`, creating it on first import.
pub fn get_module(vm: &mut Vm, name: &str) -> PyResult<ObjRef> {
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
        let top = name.split('.').next().unwrap_or(name);
        if KNOWN_UNSUPPORTED.contains(&top) || !top.is_empty() {
            return Err(PyErr::unsupported(format!(
                "module '{name}' is not supported by corelab yet"
            )));
        }
        return Err(vm.err(
            vm.exc.module_not_found_error,
            format!("No module named '{name}'"),
        ));
    };
    let m = new_module(vm, name);
    install(vm, m);
    vm.modules.push((name.into(), m));
    Ok(m)
}

/// `ImportName`: `import a.b` binds the top package, returned here.
pub fn import_name(vm: &mut Vm, name: ObjRef) -> PyResult<Value> {
    let full = vm.str_of(name).to_string();
    let m = get_module(vm, &full)?;
    Ok(Value::Obj(m))
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
            Err(vm.err(
                vm.exc.import_error,
                format!("cannot import name '{n}' from '{mname}' (unknown location)"),
            ))
        }
    }
}

/// `ImportStar`: binds the module's public names into `ns`.
pub fn import_star(vm: &mut Vm, m: Value, ns: ObjRef) -> PyResult<()> {
    let Value::Obj(mr) = m else { return Ok(()) };
    let Obj::Module(module) = vm.heap.get(mr) else {
        return Ok(());
    };
    let d = module.dict;
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
