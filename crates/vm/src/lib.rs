//! The virtual machine: Python values, one heap per process, frames and the
//! steppable, stackless interpreter, builtins and modules.
//!
//! Layout: `value`/`objects`/`heap` (the data), `vm` (a process), `thread`
//! (a thread's state as plain data), `interp` (the interpreter loop and
//! calling convention), `builtins` and `modules` (what Python code can
//! use), `run` (single-thread driver and tracebacks).

pub mod builtins;
pub mod code;
pub mod cost;
pub mod errors;
pub mod exceptions;
pub mod format;
pub mod gc;
pub mod hashing;
pub mod heap;
pub mod interp;
pub mod modules;
pub mod name_hash;
pub mod objects;
pub mod pickle;
pub mod profile;
pub mod run;
pub mod set_table;
pub mod suggestions;
pub mod syscall;
pub mod thread;
pub mod types;
pub mod value;
pub mod version;
pub mod vm;

pub use errors::{Fatal, PyErr, PyResult};
pub use interp::{deliver, step, StepOutcome, StopMode};
pub use run::{run_source, Exit};
pub use syscall::{PipeHandle, ProcessStart, StartMethod, SyncOp, Syscall};
pub use thread::Thread;
pub use value::{ObjRef, Value};
pub use vm::{Limits, Stream, Vm};
