//! `sys`: argv, exit, stdout/stderr (writing into the run's output),
//! recursion limit, maxsize, version information.

use super::{add_fn, set_attr};
use crate::builtins::Args;
use crate::errors::{PyErr, PyResult};
use crate::objects::{Obj, Record};
use crate::value::{ObjRef, Value};
use crate::vm::{Stream, Vm};

pub(crate) fn install(vm: &mut Vm, m: ObjRef) {
    let argv: Vec<Value> = vm.argv.clone().into_iter().map(|a| vm.new_str(a)).collect();
    let argv = vm.new_list(argv);
    set_attr(vm, m, "argv", argv);
    add_fn(vm, m, "exit", exit);
    // A snapshot of the modules imported so far (not kept in sync).
    let mods = vm.new_dict();
    for (name, module) in vm.modules.clone() {
        let k = vm.new_str(&*name);
        let _ = crate::builtins::dict_set(vm, mods, k, Value::Obj(module));
    }
    set_attr(vm, m, "modules", Value::Obj(mods));
    add_fn(vm, m, "getrecursionlimit", getrecursionlimit);
    add_fn(vm, m, "setrecursionlimit", setrecursionlimit);
    add_fn(vm, m, "exc_info", exc_info_unsupported);
    set_attr(vm, m, "maxsize", Value::Int(i64::MAX));
    let platform = vm.new_str("linux");
    set_attr(vm, m, "platform", platform);
    let version = vm.new_str("3.11.7 (corelab simulated CPython)");
    set_attr(vm, m, "version", version);
    let vi = vm.new_tuple(vec![Value::Int(3), Value::Int(11), Value::Int(7)]);
    set_attr(vm, m, "version_info", vi);
    let byteorder = vm.new_str("little");
    set_attr(vm, m, "byteorder", byteorder);
    for (name, kind) in [("stdout", "stdout"), ("stderr", "stderr")] {
        let cls = vm.types.record;
        let rec = Record {
            kind,
            class: cls,
            fields: Vec::new(),
            nums: Vec::new(),
        };
        let r = Value::Obj(vm.heap.alloc(Obj::Record(Box::new(rec))));
        set_attr(vm, m, name, r);
        set_attr(vm, m, &format!("__{name}__"), r);
    }
    let rec_t = vm.types.record;
    vm.add_methods(rec_t, &[("write", stream_write), ("flush", stream_flush)]);
}

/// The output stream a `sys.stdout`/`sys.stderr` object stands for.
pub fn stream_of(vm: &Vm, v: Value) -> Option<Stream> {
    let Value::Obj(r) = v else { return None };
    match vm.heap.get(r) {
        Obj::Record(rec) if rec.kind == "stdout" => Some(Stream::Stdout),
        Obj::Record(rec) if rec.kind == "stderr" => Some(Stream::Stderr),
        _ => None,
    }
}

fn stream_write(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Some(stream) = stream_of(vm, a.get(0)) else {
        return Err(vm.attribute_error("write"));
    };
    let Some(s) = vm.as_str(a.get(1)).map(String::from) else {
        let tn = vm.type_name(a.get(1));
        return Err(vm.type_error(format!("write() argument must be str, not {tn}")));
    };
    vm.write(stream, &s)?;
    Ok(Value::Int(s.chars().count() as i64))
}

fn stream_flush(_vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn exit(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "exit", 0, 1)?;
    // Like CPython's PyErr_SetObject: None means no arguments and a tuple
    // becomes the argument tuple itself.
    let args = match a.get(0) {
        _ if a.is_empty() => vec![],
        Value::None => vec![],
        Value::Obj(t) => match vm.heap.get(t) {
            Obj::Tuple(items) => items.to_vec(),
            _ => vec![Value::Obj(t)],
        },
        v => vec![v],
    };
    Err(PyErr::Exc(vm.new_exception(vm.exc.system_exit, args)))
}

fn getrecursionlimit(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "setrecursionlimit", 1, 1)?;
    let n = crate::builtins::int_arg(vm, a.get(0))?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    // The VM's frames live on the heap, so deep limits are safe; cap them
    // to keep memory bounded.
    vm.recursion_limit = (n as usize).min(1_000_000);
    Ok(Value::None)
}

fn exc_info_unsupported(_vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Err(PyErr::unsupported(
        "sys.exc_info() is not supported by corelab yet",
    ))
}
