//! The three kinds of failure, never mixed: a Python exception (a heap
//! value the program can catch), a request to call back into Python (an
//! internal control signal of the replay mechanism), and a fatal stop that
//! Python cannot catch (a limit, an unsupported feature, an internal bug).

use crate::value::{ObjRef, Value};

#[derive(Clone, Debug)]
pub enum PyErr {
    /// A raised Python exception instance.
    Exc(ObjRef),
    /// A builtin needs the result of calling Python code (see
    /// `interp::native`). Never escapes the interpreter.
    NeedCall(Box<PendingCall>),
    /// A builtin needs all items of a Python-level iterator.
    NeedIter(Value),
    /// A builtin needs the machine: a sleep, a lock wait, a new thread
    /// (see `crate::syscall`). Never escapes the interpreter: `step`
    /// returns it as `StepOutcome::Sys` and the instruction is re-run with
    /// the machine's answer.
    NeedSys(Box<crate::syscall::Syscall>),
    Fatal(Box<Fatal>),
}

#[derive(Clone, Debug)]
pub struct PendingCall {
    pub func: Value,
    pub args: Vec<Value>,
    /// Keyword arguments (name string, value).
    pub kw: Vec<(ObjRef, Value)>,
}

/// Why a run stops for good, outside Python's control.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fatal {
    /// A feature corelab does not support; exit code 2.
    Unsupported(String),
    /// A resource limit was hit; exit code 4.
    Limit(String),
    /// A broken invariant inside corelab: a bug; exit code 70.
    Internal(String),
}

impl PyErr {
    pub fn unsupported(msg: impl Into<String>) -> PyErr {
        PyErr::Fatal(Box::new(Fatal::Unsupported(msg.into())))
    }

    pub fn limit(msg: impl Into<String>) -> PyErr {
        PyErr::Fatal(Box::new(Fatal::Limit(msg.into())))
    }

    pub fn internal(msg: impl Into<String>) -> PyErr {
        PyErr::Fatal(Box::new(Fatal::Internal(msg.into())))
    }

    /// A control signal of the replay mechanism (a callback or a machine
    /// request), not a failure: the builtin will be re-run.
    pub fn is_control(&self) -> bool {
        matches!(
            self,
            PyErr::NeedCall(_) | PyErr::NeedIter(_) | PyErr::NeedSys(_)
        )
    }

    pub fn trace(&self, f: &mut impl FnMut(Value)) {
        match self {
            PyErr::Exc(e) => f(Value::Obj(*e)),
            PyErr::NeedCall(p) => {
                f(p.func);
                p.args.iter().for_each(|&a| f(a));
                p.kw.iter().for_each(|&(k, v)| {
                    f(Value::Obj(k));
                    f(v)
                });
            }
            PyErr::NeedIter(v) => f(*v),
            PyErr::NeedSys(s) => s.trace(f),
            PyErr::Fatal(_) => {}
        }
    }
}

pub type PyResult<T = Value> = Result<T, PyErr>;
