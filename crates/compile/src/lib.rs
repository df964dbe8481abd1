//! The compiler: turns the Python AST (from `corelab-syntax`) into
//! [`CodeObject`]s whose instructions have CPython 3.11's granularity and
//! switch points, plus the disassembler behind `corelab dis`.

pub mod code;
mod codegen;
pub mod dis;
pub mod opcode;
pub mod scope;

pub use code::{CodeKind, CodeObject, Const, ExceptionEntry, LocalKind};
pub use codegen::{compile_module, CompileError, CompileErrorKind};
pub use dis::disassemble;
pub use opcode::{BinOp, CmpOp, Instr};
