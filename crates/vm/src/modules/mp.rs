//! `_mp`: the native layer under corelab's `multiprocessing` (py/
//! multiprocessing.py): starting, joining and killing processes, and
//! machine-wide channels that carry pickled values between processes.
//! Every operation is a request to the machine (`Syscall`), which owns
//! processes and channels; this module only checks arguments.

use super::add_fn;
use crate::builtins::Args;
use crate::errors::PyResult;
use crate::interp::ops;
use crate::syscall::{StartMethod, Syscall};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

pub(crate) fn install(vm: &mut Vm, m: ObjRef) {
    add_fn(vm, m, "start", start);
    add_fn(vm, m, "join", join);
    add_fn(vm, m, "status", status);
    add_fn(vm, m, "kill", kill);
    add_fn(vm, m, "channel", channel);
    add_fn(vm, m, "send", send);
    add_fn(vm, m, "recv", recv);
    add_fn(vm, m, "qsize", qsize);
    add_fn(vm, m, "fill", fill);
    add_fn(vm, m, "pipe", pipe);
    add_fn(vm, m, "pipe_send", pipe_send);
    add_fn(vm, m, "pipe_recv", pipe_recv);
    add_fn(vm, m, "pipe_close", pipe_close);
    add_fn(vm, m, "format_exception", format_exception);
    add_fn(vm, m, "print_exception", print_exception);
    add_fn(vm, m, "unsupported", unsupported);
    add_fn(vm, m, "shared_new", shared_new);
    add_fn(vm, m, "shared_get", shared_get);
    add_fn(vm, m, "shared_set", shared_set);
}

/// `_mp.shared_new(values)` -> id of a shared block holding `values`.
fn shared_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "shared_new", 1, 1)?;
    vm.syscall(Syscall::SharedNew { values: a.get(0) })
}

/// `_mp.shared_get(id, index)`; index None gets the whole block as a list.
fn shared_get(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "shared_get", 2, 2)?;
    let id = uint(vm, a.get(0), "id")?;
    let index = match a.get(1) {
        Value::None => None,
        v => Some(uint(vm, v, "index")?),
    };
    vm.syscall(Syscall::SharedGet { id, index })
}

fn shared_set(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "shared_set", 3, 3)?;
    let id = uint(vm, a.get(0), "id")?;
    let index = uint(vm, a.get(1), "index")?;
    vm.syscall(Syscall::SharedSet {
        id,
        index,
        value: a.get(2),
    })
}

/// `_mp.unsupported(what)`: stops the run with corelab's "unsupported"
/// error (exit code 2) for parts of multiprocessing not provided yet.
fn unsupported(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let what = vm.as_str(a.get(0)).unwrap_or("this").to_string();
    Err(crate::errors::PyErr::unsupported(format!(
        "{what} is not supported by corelab yet"
    )))
}

fn uint(vm: &mut Vm, v: Value, what: &str) -> PyResult<u64> {
    match v {
        Value::Int(i) if i >= 0 => Ok(i as u64),
        _ => Err(vm.type_error(format!("{what} must be a non-negative int"))),
    }
}

/// None: wait forever; a number of seconds otherwise (negative: 0).
fn timeout(vm: &mut Vm, v: Value) -> PyResult<Option<u64>> {
    match v {
        Value::None | Value::Null => Ok(None),
        v => match ops::to_f64(vm, v) {
            Some(t) => Ok(Some((t.max(0.0) * 1e9).round() as u64)),
            None => {
                let tn = vm.type_name(v);
                Err(vm.type_error(format!("timeout must be a number or None, not {tn}")))
            }
        },
    }
}

/// `_mp.start(func, args, method, name, daemon, handles)` -> pid;
/// `method` is 'fork', 'spawn' or 'forkserver', `handles` the pipe handles
/// a spawned child receives.
fn start(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "start", 6, 6)?;
    let method = match vm.as_str(a.get(2)) {
        Some("fork") => StartMethod::Fork,
        Some("spawn") => StartMethod::Spawn,
        Some("forkserver") => StartMethod::ForkServer,
        _ => return Err(vm.value_error("unknown start method")),
    };
    let daemon = ops::truthy(vm, a.get(4))?;
    let name = vm.as_str(a.get(3)).unwrap_or("Process").to_string();
    let items = match a.get(5) {
        Value::Obj(r) => match vm.heap.get(r) {
            crate::objects::Obj::List(l) => l.clone(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    let mut handles = Vec::new();
    for v in items {
        handles.push(uint(vm, v, "handle")?);
    }
    vm.syscall(Syscall::StartProcess(crate::syscall::ProcessStart {
        func: a.get(0),
        args: a.get(1),
        method,
        name,
        daemon,
        handles,
    }))
}

fn join(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "join", 2, 2)?;
    let pid = uint(vm, a.get(0), "pid")?;
    let timeout_ns = timeout(vm, a.get(1))?;
    vm.syscall(Syscall::JoinProcess { pid, timeout_ns })
}

fn status(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "status", 1, 1)?;
    let pid = uint(vm, a.get(0), "pid")?;
    vm.syscall(Syscall::ProcessStatus { pid })
}

fn kill(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "kill", 2, 2)?;
    let pid = uint(vm, a.get(0), "pid")?;
    let Value::Int(signal) = a.get(1) else {
        return Err(vm.type_error("signal must be an int"));
    };
    vm.syscall(Syscall::KillProcess {
        pid,
        signal: signal as i32,
    })
}

fn channel(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "channel", 0, 0)?;
    vm.syscall(Syscall::ChannelNew)
}

fn send(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "send", 2, 2)?;
    let chan = uint(vm, a.get(0), "channel")?;
    vm.syscall(Syscall::ChannelSend {
        chan,
        value: a.get(1),
    })
}

fn recv(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "recv", 2, 2)?;
    let chan = uint(vm, a.get(0), "channel")?;
    let timeout_ns = timeout(vm, a.get(1))?;
    vm.syscall(Syscall::ChannelRecv { chan, timeout_ns })
}

fn qsize(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "qsize", 1, 1)?;
    let chan = uint(vm, a.get(0), "channel")?;
    vm.syscall(Syscall::ChannelLen { chan })
}

/// `_mp.fill(chan, n)`: adds `n` semaphore tokens to `chan`.
fn fill(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "fill", 2, 2)?;
    let chan = uint(vm, a.get(0), "channel")?;
    let n = uint(vm, a.get(1), "n")?;
    vm.syscall(Syscall::ChannelFill { chan, n })
}

/// `_mp.pipe(duplex)` -> (handle1, handle2).
fn pipe(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "pipe", 1, 1)?;
    let duplex = ops::truthy(vm, a.get(0))?;
    vm.syscall(Syscall::PipeNew { duplex })
}

/// `_mp.pipe_send(handle, obj)` -> False on a broken pipe.
fn pipe_send(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "pipe_send", 2, 2)?;
    let handle = uint(vm, a.get(0), "handle")?;
    vm.syscall(Syscall::PipeSend {
        handle,
        value: a.get(1),
    })
}

/// `_mp.pipe_recv(handle, timeout, peek)` -> (status, value).
fn pipe_recv(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "pipe_recv", 3, 3)?;
    let handle = uint(vm, a.get(0), "handle")?;
    let timeout_ns = timeout(vm, a.get(1))?;
    let peek = ops::truthy(vm, a.get(2))?;
    vm.syscall(Syscall::PipeRecv {
        handle,
        timeout_ns,
        peek,
    })
}

fn pipe_close(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "pipe_close", 1, 1)?;
    let handle = uint(vm, a.get(0), "handle")?;
    vm.syscall(Syscall::PipeClose { handle })
}

/// `_mp.format_exception(exc)`: the traceback CPython's
/// `traceback.format_exception` gives (what a pool worker sends back).
fn format_exception(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "format_exception", 1, 1)?;
    let Value::Obj(e) = a.get(0) else {
        return Err(vm.type_error("an exception is required"));
    };
    let text = crate::run::traceback(vm, e, 0);
    Ok(vm.new_str(text))
}

/// `_mp.print_exception(exc, header)`: what a child process prints for an
/// exception that ends it ("Process Process-1:" then the traceback).
fn print_exception(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "print_exception", 2, 2)?;
    let Value::Obj(e) = a.get(0) else {
        return Ok(Value::None);
    };
    let header = vm.as_str(a.get(1)).unwrap_or("").to_string();
    let text = crate::run::traceback(vm, e, 0);
    vm.write(crate::vm::Stream::Stderr, &format!("{header}\n{text}"))?;
    Ok(Value::None)
}
