//! The compiler: turns the Python AST (from `corelab-syntax`) into
//! [`CodeObject`]s whose instructions have CPython 3.11's granularity and
//! switch points, plus the disassembler behind `corelab dis`.
//!
//! Pipeline: [`symtable`] resolves every name (CPython's symtable.c), then
//! the `compiler` module emits code (CPython 3.11's compile.c shapes).

pub mod code;
mod compiler;
pub mod dis;
mod error;
pub mod opcode;
pub mod symtable;

pub use code::{CodeKind, CodeObject, Const, ExceptionEntry, LocalKind};
pub use compiler::{compile_module, compile_module_warn, Warning};
pub use dis::disassemble;
pub use error::{CompileError, CompileErrorKind};
pub use opcode::{BinOp, CmpOp, CostClass, Instr};
