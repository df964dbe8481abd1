//! `_sys`, the native half of `sys` (`py/sys.py` re-exports it and adds
//! the struct sequences `version_info`, `float_info`, `int_info`): argv,
//! exit, stdout/stderr (writing into the run's output), recursion limit,
//! maxsize, `exc_info` (an intrinsic reading the thread's handled
//! exception), version strings.

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
    // The modules imported so far; `modules::register` adds later ones.
    let mods = vm.new_dict();
    for (name, module) in vm.modules.clone() {
        let k = vm.new_str(&*name);
        let _ = crate::builtins::dict_set(vm, mods, k, Value::Obj(module));
    }
    set_attr(vm, m, "modules", Value::Obj(mods));
    add_fn(vm, m, "getrecursionlimit", getrecursionlimit);
    add_fn(vm, m, "setrecursionlimit", setrecursionlimit);
    let ei = vm.intrinsic(crate::interp::Intrinsic::ExcInfo);
    set_attr(vm, m, "exc_info", ei);
    let object = vm.types.object;
    let tb = vm.new_type_raw("traceback", &[object], crate::objects::Layout::Builtin);
    set_attr(vm, m, "_traceback_type", Value::Obj(tb));
    let path = vm.new_list(Vec::new());
    set_attr(vm, m, "path", path);
    set_attr(vm, m, "hexversion", Value::Int(0x030b_07f0));
    set_attr(vm, m, "maxunicode", Value::Int(0x10_ffff));
    add_fn(vm, m, "setswitchinterval", setswitchinterval);
    add_fn(vm, m, "getswitchinterval", getswitchinterval);
    set_attr(vm, m, "maxsize", Value::Int(i64::MAX));
    let platform = vm.new_str("linux");
    set_attr(vm, m, "platform", platform);
    let version = vm.new_str("3.11.7 (corelab simulated CPython)");
    set_attr(vm, m, "version", version);
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

/// `sys.setswitchinterval(seconds)`: CPython stores whole microseconds
/// (`int(1e6 * seconds)`) and the GIL waits at least 1 µs; so does corelab.
fn setswitchinterval(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "setswitchinterval", 1, 1)?;
    let Some(secs) = crate::interp::ops::to_f64(vm, a.get(0)) else {
        let tn = vm.type_name(a.get(0));
        return Err(vm.type_error(format!("must be real number, not {tn}")));
    };
    if secs <= 0.0 {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    let micros = (1e6 * secs) as u64;
    vm.switch_interval_ns = micros * 1000;
    Ok(Value::None)
}

fn getswitchinterval(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "getswitchinterval", 0, 0)?;
    Ok(Value::Float((vm.switch_interval_ns / 1000) as f64 / 1e6))
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

/// `sys.exc_info()` for the exception being handled (`handled`, or None):
/// `(type, value, traceback)`. The traceback object is opaque: corelab
/// keeps tracebacks inside the exception, not as Python objects.
pub fn exc_info(vm: &mut Vm, handled: Value) -> Value {
    let Value::Obj(e) = handled else {
        return vm.new_tuple(vec![Value::None; 3]);
    };
    let cls = vm.type_of(handled);
    let tb_type = vm
        .modules
        .iter()
        .find(|(n, _)| &**n == "_sys")
        .map(|&(_, m)| m)
        .and_then(|m| match vm.heap.get(m) {
            Obj::Module(module) => Some(module.dict),
            _ => None,
        })
        .and_then(|d| {
            let k = vm.intern("_traceback_type");
            vm.dict_get_str(d, k)
        });
    let tb = match tb_type {
        Some(Value::Obj(t)) => {
            let rec = Record {
                kind: "traceback",
                class: t,
                fields: vec![Value::Obj(e)],
                nums: Vec::new(),
            };
            Value::Obj(vm.heap.alloc(Obj::Record(Box::new(rec))))
        }
        _ => Value::None,
    };
    vm.new_tuple(vec![Value::Obj(cls), Value::Obj(e), tb])
}
