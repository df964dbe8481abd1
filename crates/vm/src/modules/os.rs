//! `_os`, the native half of `os` (`py/os.py`): the few deterministic,
//! sandbox-safe functions (`getpid`, `cpu_count`, an empty `environ`, the
//! simulated working directory) and `_unsupported`, which lets the
//! Python-written `os`/`posixpath` raise corelab's unsupported error.
//! Nothing here touches the host.

use super::{add_fn, set_attr};
use crate::builtins::Args;
use crate::errors::{PyErr, PyResult};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// The simulated working directory (`os.getcwd()`, base of
/// `os.path.abspath`).
pub const CWD: &str = "/home/corelab";

pub(crate) fn install(vm: &mut Vm, m: ObjRef) {
    add_fn(vm, m, "getpid", getpid);
    add_fn(vm, m, "getppid", getppid);
    add_fn(vm, m, "cpu_count", cpu_count);
    add_fn(vm, m, "getcwd", getcwd);
    add_fn(vm, m, "_unsupported", unsupported);
    let env = vm.new_dict();
    set_attr(vm, m, "environ", Value::Obj(env));
}

fn getpid(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::Int(vm.pid as i64))
}

fn getppid(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::Int(vm.ppid as i64))
}

fn cpu_count(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::Int(vm.cpu_count as i64))
}

fn getcwd(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "getcwd", 0, 0)?;
    Ok(vm.new_str(CWD))
}

/// `_unsupported(what)`: raises "<what> not supported by corelab yet".
fn unsupported(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let what = vm
        .as_str(a.get(0))
        .unwrap_or("this operation is")
        .to_string();
    Err(PyErr::unsupported(format!(
        "{what} not supported by corelab yet"
    )))
}
