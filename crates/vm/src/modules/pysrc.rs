//! Modules written in Python (`modules/py/*.py`), compiled from source
//! embedded in the binary the first time a program imports them. Their
//! bodies run as ordinary frames, so importing is pausable like any code.

use crate::errors::{PyErr, PyResult};
use crate::objects::{Function, Obj};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use corelab_base::SourceFile;

/// (module name, source).
pub const SOURCES: &[(&str, &str)] = &[
    (
        "_collections_namedtuple",
        include_str!("py/collections_namedtuple.py"),
    ),
    ("_collections_user", include_str!("py/collections_user.py")),
    ("bisect", include_str!("py/bisect.py")),
    ("collections", include_str!("py/collections.py")),
    ("collections.abc", include_str!("py/collections_abc.py")),
    (
        "concurrent",
        "\"\"\"The concurrent package (only concurrent.futures).\"\"\"\n",
    ),
    (
        "concurrent.futures",
        include_str!("py/concurrent_futures.py"),
    ),
    ("contextlib", include_str!("py/contextlib.py")),
    ("copy", include_str!("py/copy.py")),
    ("dataclasses", include_str!("py/dataclasses.py")),
    ("functools", include_str!("py/functools.py")),
    ("heapq", include_str!("py/heapq.py")),
    ("io", include_str!("py/io.py")),
    ("itertools", include_str!("py/itertools.py")),
    ("multiprocessing", include_str!("py/multiprocessing.py")),
    (
        "multiprocessing.connection",
        include_str!("py/mp_connection.py"),
    ),
    (
        "multiprocessing.managers",
        include_str!("py/mp_managers.py"),
    ),
    ("multiprocessing.pool", include_str!("py/mp_pool.py")),
    ("multiprocessing.queues", include_str!("py/mp_queues.py")),
    (
        "multiprocessing.sharedctypes",
        include_str!("py/mp_sharedctypes.py"),
    ),
    (
        "multiprocessing.synchronize",
        include_str!("py/mp_synchronize.py"),
    ),
    ("operator", include_str!("py/operator.py")),
    ("os", include_str!("py/os.py")),
    ("posixpath", include_str!("py/posixpath.py")),
    ("queue", include_str!("py/queue.py")),
    ("string", include_str!("py/string.py")),
    ("sys", include_str!("py/sys.py")),
    ("threading", include_str!("py/threading.py")),
    ("types", include_str!("py/types.py")),
    ("typing", include_str!("py/typing.py")),
];

/// Modules CPython implements in C (`operator` is `_operator` there): the
/// functions their bodies define at module level stand in for C builtins
/// and print as `<built-in function name>` (their type stays `function`).
const C_MODULES: &[&str] = &["operator"];

/// Marks the module-level functions of a `C_MODULES` module.
fn mark_c_functions(vm: &mut Vm, m: ObjRef, name: &str) {
    let Obj::Module(module) = vm.heap.get(m) else {
        return;
    };
    let Obj::Dict(d) = vm.heap.get(module.dict) else {
        return;
    };
    let funcs: Vec<ObjRef> = d.map.values().filter_map(|v| v.as_obj()).collect();
    for f in funcs {
        let top_level = match vm.heap.get(f) {
            Obj::Function(func) => {
                vm.as_str(func.module) == Some(name)
                    && vm.as_str(func.qualname) == vm.as_str(func.name)
            }
            _ => false,
        };
        if top_level {
            if let Obj::Function(func) = vm.heap.get_mut(f) {
                func.c_stand_in = true;
            }
        }
    }
}

/// The source of a Python-written module.
pub fn source_of(name: &str) -> Option<&'static str> {
    SOURCES.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

/// Imports a Python-written module: creates and registers the module and
/// runs its body (through the replay mechanism, so the body is a frame).
pub fn import(vm: &mut Vm, name: &str, src: &'static str) -> PyResult<ObjRef> {
    let pair = vm.memo_step(|vm| {
        let body = compile(vm, name, src)?;
        let m = super::new_module(vm, name);
        super::register(vm, name, m);
        vm.importing.push(name.into());
        let Obj::Module(module) = vm.heap.get(m) else {
            unreachable!()
        };
        let globals = module.dict;
        let func = make_body(vm, body, globals);
        Ok(vm.new_tuple(vec![Value::Obj(m), func]))
    })?;
    let items = crate::builtins::sequence_items(vm, pair).unwrap_or_default();
    let (Some(Value::Obj(m)), Some(&func)) = (items.first().copied(), items.get(1)) else {
        return Err(PyErr::internal("module import record is malformed"));
    };
    let r = vm.call(func, vec![]);
    if !matches!(&r, Err(e) if e.is_control()) {
        vm.importing.retain(|n| &**n != name);
    }
    match r {
        Ok(_) => {
            if C_MODULES.contains(&name) {
                mark_c_functions(vm, m, name);
            }
            Ok(m)
        }
        Err(e) => {
            if let PyErr::Exc(_) = e {
                super::unregister(vm, name);
            }
            Err(e)
        }
    }
}

fn compile(
    vm: &mut Vm,
    name: &str,
    src: &str,
) -> PyResult<std::rc::Rc<corelab_compile::CodeObject>> {
    let file = SourceFile::new(format!("<corelab:{name}>"), src);
    let module = corelab_syntax::parse_module(src).map_err(|e| {
        PyErr::internal(format!(
            "built-in module {name} has a syntax error: {}",
            e.message
        ))
    })?;
    let _ = vm;
    corelab_compile::compile_module(file, &module).map_err(|e| {
        PyErr::internal(format!(
            "built-in module {name} does not compile: {}",
            e.message
        ))
    })
}

fn make_body(
    vm: &mut Vm,
    code: std::rc::Rc<corelab_compile::CodeObject>,
    globals: ObjRef,
) -> Value {
    let lc = vm.load_code(&code);
    let f = Function {
        name: lc.name,
        qualname: lc.qualname,
        code: lc,
        globals,
        defaults: Vec::new(),
        kwdefaults: Vec::new(),
        closure: Vec::new(),
        attrs: Default::default(),
        annotations: Value::Null,
        c_stand_in: false,
        module: Value::None,
        doc: Value::None,
    };
    Value::Obj(vm.heap.alloc(Obj::Function(Box::new(f))))
}
