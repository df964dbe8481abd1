//! A Python thread's whole state as plain data: the frame stack (Python
//! frames and resumable native frames), the value stack shared by all its
//! frames, and the exception being handled. Nothing here refers to an OS
//! thread; the machine decides when a thread runs.

use crate::builtins::NativeFn;
use crate::code::LoadedCode;
use crate::errors::PyErr;
use crate::value::{ObjRef, Value};
use std::rc::Rc;

#[derive(Clone, Debug, Default)]
pub struct Thread {
    pub frames: Vec<Frame>,
    pub stack: Vec<Value>,
    /// The exception currently being handled (`sys.exc_info()`), or None.
    pub handled: Value,
    /// Python frames on the stack (for RecursionError).
    pub depth: usize,
    /// The value the outermost call returned, once finished.
    pub result: Option<Value>,
    /// A machine request made by a builtin running in a native frame,
    /// waiting to be returned by `step`.
    pub pending_sys: Option<crate::syscall::Syscall>,
}

#[derive(Clone, Debug)]
pub enum Frame {
    Py(PyFrame),
    Native(NativeFrame),
}

#[derive(Clone, Debug)]
pub struct PyFrame {
    pub code: Rc<LoadedCode>,
    /// Next instruction.
    pub ip: u32,
    /// Start of the localsplus slots in the thread's value stack.
    pub base: u32,
    /// Where the caller's stack is cut back to before the result is pushed.
    pub ret_sp: u32,
    pub globals: ObjRef,
    /// The function being run (its closure feeds `CopyFreeVars`).
    pub func: Option<Value>,
    /// Namespace dict for `LoadName`/`StoreName` (module and class bodies).
    pub ns: Option<ObjRef>,
    /// In a function frame, the dict `locals()` returned, refreshed and
    /// returned again by every later call (CPython 3.11's `f_locals`).
    pub locals: Option<ObjRef>,
    /// The generator this frame belongs to. A yield delivers its value to
    /// the frame below like a return; finishing delivers StopIteration.
    pub gen: Option<ObjRef>,
    /// Pending `KwNames` operand + 1 (0: none).
    pub kwnames: u32,
    /// For `__init__` frames: the instance to return instead of None.
    pub init_of: Value,
    /// Results of Python calls made on behalf of the instruction at `ip`,
    /// which is re-run with them (see `interp::native`).
    pub memo: Vec<Result<Value, PyErr>>,
    /// The instruction at `ip` waits for a callback result (it goes into
    /// `memo`, not onto the stack).
    pub awaiting: bool,
    /// A generator frame resumed by `close()`: leaving it by GeneratorExit
    /// or return gives None, yielding raises "generator ignored GeneratorExit".
    pub closing: bool,
}

/// A suspended generator frame: its frame with `base`/`ret_sp` relative to
/// zero, and its localsplus and value stack.
#[derive(Clone, Debug)]
pub struct SavedFrame {
    pub frame: PyFrame,
    pub values: Vec<Value>,
}

impl SavedFrame {
    pub fn trace(&self, f: &mut impl FnMut(Value)) {
        self.values.iter().for_each(|&v| f(v));
        f(Value::Obj(self.frame.globals));
        if let Some(ns) = self.frame.ns {
            f(Value::Obj(ns));
        }
        if let Some(l) = self.frame.locals {
            f(Value::Obj(l));
        }
        f(self.frame.init_of);
        self.frame.code.trace(f);
    }
}

/// Native work that waits for Python code to finish. See `interp::native`.
#[derive(Clone, Debug)]
pub enum NativeFrame {
    /// A builtin that asked for a Python call: it is run again with the
    /// results so far (`memo`) until it returns. See ARCHITECTURE.md
    /// "Callbacks into Python".
    Replay {
        func: NativeFn,
        args: Vec<Value>,
        kw: Vec<(ObjRef, Value)>,
        memo: Vec<Result<Value, PyErr>>,
    },
    /// Collects an iterator's items into a list, then gives the list to the
    /// Replay frame below as one result.
    Collect { iter: Value, items: Vec<Value> },
    /// `any()`/`all()` over a Python iterator: stops at the first item whose
    /// truth equals `stop_on`.
    AnyAll { iter: Value, stop_on: bool },
    /// A class body is running; when it returns, the class is created from
    /// its namespace.
    BuildClass {
        name: Value,
        bases: Vec<Value>,
        ns: ObjRef,
        /// Where the class statement's call began on the stack.
        ret_sp: u32,
    },
    /// A class was just made: its `__set_name__` and `__init_subclass__`
    /// hooks run one by one (`calls` is popped from the end), then the
    /// class is the class statement's result.
    ClassHooks {
        cls: Value,
        calls: Vec<(Value, Vec<Value>)>,
        ret_sp: u32,
    },
    /// `close()` (or `throw(GeneratorExit)`) of generator `gen` waits for
    /// the iterator it delegates to to close; then `exc` (Null: a new
    /// GeneratorExit) is raised in `gen`. See `interp::gen`.
    GenClose {
        gen: ObjRef,
        exc: Value,
        closing: bool,
        ret_sp: u32,
    },
    /// Generators whose last reference went are being closed one by one
    /// (`pending` is popped from the end; `current` is closing now); then
    /// `then`, if any, is delivered. See `interp::finalize`.
    Finalize {
        pending: Vec<ObjRef>,
        current: ObjRef,
        then: Option<(Result<Value, PyErr>, u32)>,
    },
}

impl NativeFrame {
    pub fn trace(&self, f: &mut impl FnMut(Value)) {
        match self {
            NativeFrame::Replay { args, kw, memo, .. } => {
                args.iter().for_each(|&a| f(a));
                kw.iter().for_each(|(k, v)| {
                    f(Value::Obj(*k));
                    f(*v)
                });
                for m in memo {
                    match m {
                        Ok(v) => f(*v),
                        Err(e) => e.trace(f),
                    }
                }
            }
            NativeFrame::Collect { iter, items } => {
                f(*iter);
                items.iter().for_each(|&i| f(i));
            }
            NativeFrame::AnyAll { iter, .. } => f(*iter),
            NativeFrame::BuildClass {
                name, bases, ns, ..
            } => {
                f(*name);
                bases.iter().for_each(|&b| f(b));
                f(Value::Obj(*ns));
            }
            NativeFrame::ClassHooks { cls, calls, .. } => {
                f(*cls);
                for (func, args) in calls {
                    f(*func);
                    args.iter().for_each(|&a| f(a));
                }
            }
            NativeFrame::GenClose { gen, exc, .. } => {
                f(Value::Obj(*gen));
                f(*exc);
            }
            NativeFrame::Finalize {
                pending,
                current,
                then,
            } => {
                pending.iter().for_each(|&g| f(Value::Obj(g)));
                f(Value::Obj(*current));
                match then {
                    Some((Ok(v), _)) => f(*v),
                    Some((Err(e), _)) => e.trace(f),
                    None => {}
                }
            }
        }
    }
}

impl Thread {
    pub fn trace(&self, f: &mut impl FnMut(Value)) {
        self.stack.iter().for_each(|&v| f(v));
        f(self.handled);
        for fr in &self.frames {
            match fr {
                Frame::Py(p) => {
                    f(Value::Obj(p.globals));
                    if let Some(ns) = p.ns {
                        f(Value::Obj(ns));
                    }
                    if let Some(l) = p.locals {
                        f(Value::Obj(l));
                    }
                    if let Some(g) = p.gen {
                        f(Value::Obj(g));
                    }
                    f(p.init_of);
                    p.code.trace(f);
                    for m in &p.memo {
                        match m {
                            Ok(v) => f(*v),
                            Err(e) => e.trace(f),
                        }
                    }
                }
                Frame::Native(n) => n.trace(f),
            }
        }
    }
}
