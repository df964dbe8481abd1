//! The compiler: turns the Python AST (from `corelab-syntax`) into
//! [`CodeObject`]s whose instructions have CPython 3.11's granularity and
//! switch points, plus the disassembler behind `corelab dis`.

pub mod code;
pub mod opcode;

pub use code::{CodeKind, CodeObject, Const, ExceptionEntry, LocalKind};
pub use opcode::{BinOp, CmpOp, Instr};
