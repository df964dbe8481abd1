//! `time`: clocks that read the simulated clock (never the host's), and
//! `sleep`, which asks the machine to suspend the thread (releasing the
//! GIL). The simulated wall clock starts at a fixed epoch
//! (2024-01-01T00:00:00Z) so runs are reproducible; `process_time` and
//! `thread_time` count simulated CPU time of the process and the thread.

use super::add_fn;
use crate::builtins::Args;
use crate::errors::PyResult;
use crate::interp::ops;
use crate::syscall::Syscall;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// Seconds since the Unix epoch at simulated time zero.
pub const EPOCH_SECONDS: f64 = 1_704_067_200.0;

pub(crate) fn install(vm: &mut Vm, m: ObjRef) {
    add_fn(vm, m, "perf_counter", perf_counter);
    add_fn(vm, m, "monotonic", perf_counter);
    add_fn(vm, m, "process_time", process_time);
    add_fn(vm, m, "thread_time", thread_time);
    add_fn(vm, m, "process_time_ns", process_time_ns);
    add_fn(vm, m, "thread_time_ns", thread_time_ns);
    add_fn(vm, m, "time", time);
    add_fn(vm, m, "perf_counter_ns", perf_counter_ns);
    add_fn(vm, m, "monotonic_ns", perf_counter_ns);
    add_fn(vm, m, "time_ns", time_ns);
    add_fn(vm, m, "sleep", sleep);
}

fn perf_counter(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::Float(vm.now_ns() as f64 / 1e9))
}

fn perf_counter_ns(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::Int(vm.now_ns() as i64))
}

/// CPU time of the running thread's process, in ns.
fn process_cpu(vm: &Vm) -> u64 {
    vm.process_cpu_ns + (vm.clock_ps.saturating_sub(vm.cpu_mark_ps) / 1000)
}

/// CPU time of the running thread, in ns.
fn thread_cpu(vm: &Vm) -> u64 {
    vm.thread_cpu_ns + (vm.clock_ps.saturating_sub(vm.cpu_mark_ps) / 1000)
}

fn process_time(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::Float(process_cpu(vm) as f64 / 1e9))
}

fn thread_time(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::Float(thread_cpu(vm) as f64 / 1e9))
}

fn process_time_ns(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::Int(process_cpu(vm) as i64))
}

fn thread_time_ns(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::Int(thread_cpu(vm) as i64))
}

fn time(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::Float(EPOCH_SECONDS + vm.now_ns() as f64 / 1e9))
}

fn time_ns(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::Int(
        (EPOCH_SECONDS as i64) * 1_000_000_000 + vm.now_ns() as i64,
    ))
}

fn sleep(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "sleep", 1, 1)?;
    let Some(secs) = ops::to_f64(vm, a.get(0)) else {
        let tn = vm.type_name(a.get(0));
        return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
    };
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    vm.syscall(Syscall::Sleep {
        ns: (secs * 1e9).round() as u64,
    })?;
    Ok(Value::None)
}
