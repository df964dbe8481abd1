//! `os`: the few deterministic, sandbox-safe functions (`getpid`,
//! `cpu_count`, an empty read-only `environ`). Nothing here touches the
//! host.

use super::{add_fn, set_attr};
use crate::builtins::Args;
use crate::errors::PyResult;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// The simulated pid of the main process.
pub const MAIN_PID: i64 = 4242;

pub(crate) fn install(vm: &mut Vm, m: ObjRef) {
    add_fn(vm, m, "getpid", getpid);
    add_fn(vm, m, "getppid", getppid);
    add_fn(vm, m, "cpu_count", cpu_count);
    let env = vm.new_dict();
    set_attr(vm, m, "environ", Value::Obj(env));
    let sep = vm.new_str("/");
    set_attr(vm, m, "sep", sep);
    let name = vm.new_str("posix");
    set_attr(vm, m, "name", name);
}

fn getpid(_vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::Int(MAIN_PID))
}

fn getppid(_vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::Int(1))
}

fn cpu_count(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::Int(vm.cpu_count as i64))
}
