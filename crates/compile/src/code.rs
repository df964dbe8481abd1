//! `CodeObject`: the compiled form of one function, class body, module or
//! comprehension, and the constants it refers to. Immutable once built and
//! shared (`Rc`) by every process that runs it.

use crate::opcode::Instr;
use corelab_base::{SourceFile, Span};
use num_bigint::BigInt;
use std::rc::Rc;

/// A compile-time constant.
#[derive(Clone, Debug)]
pub enum Const {
    None,
    Bool(bool),
    Int(i64),
    BigInt(Rc<BigInt>),
    Float(f64),
    /// `1j` literals: (real, imag).
    Complex(f64, f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Rc<[Const]>),
    /// A constant set display folded as CPython 3.11 folds it (`x in {1,
    /// 2}`, `for x in {1, 2}`, `{1, 2, 3}`): its items in source order; the
    /// VM builds the frozenset, whose table order then matches CPython's.
    FrozenSet(Rc<[Const]>),
    Ellipsis,
    Code(Rc<CodeObject>),
}

/// What a localsplus slot holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LocalKind {
    /// A plain local variable (parameters first).
    Local,
    /// A local captured by an inner function; `MakeCell` turns the slot into
    /// a cell at function start (parameters that are captured keep their
    /// parameter slot and are `Cell` too).
    Cell,
    /// A variable of an enclosing function; `CopyFreeVars` fills the slot
    /// with the closure's cell.
    Free,
}

/// Kind of code object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeKind {
    Module,
    Class,
    Function,
    Lambda,
    /// List/set/dict comprehension or generator expression body.
    Comprehension,
}

/// One row of the exception table: instructions `start..end` (exclusive)
/// are protected by the handler at `target`; on an exception the value stack
/// is cut back to `depth` items (relative to the frame's stack base), then
/// the exception is pushed and execution continues at `target`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
}

#[derive(Clone, Debug)]
pub struct CodeObject {
    pub kind: CodeKind,
    /// `__name__` (`<module>`, `<listcomp>`, `f`, ...).
    pub name: Rc<str>,
    /// `__qualname__` (`C.method.<locals>.inner`).
    pub qualname: Rc<str>,
    /// Number of positional parameters (including positional-only).
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    /// Has a `*args` parameter (its slot follows the keyword-only ones).
    pub varargs: bool,
    /// Has a `**kwargs` parameter (its slot follows `*args`'s).
    pub varkeywords: bool,
    /// Contains `yield`: calling it makes a generator.
    pub generator: bool,
    /// localsplus: parameters, then other locals, cells, free variables.
    pub locals: Vec<(Rc<str>, LocalKind)>,
    /// Names used by global/attribute/import instructions.
    pub names: Vec<Rc<str>>,
    pub consts: Vec<Const>,
    pub instrs: Vec<Instr>,
    /// Source span of each instruction (same length as `instrs`).
    pub spans: Vec<Span>,
    pub exception_table: Vec<ExceptionEntry>,
    /// Line of the `def`/`class` (1 for modules).
    pub first_line: u32,
    pub source: Rc<SourceFile>,
}

impl CodeObject {
    /// The handler for an exception raised at instruction `index`.
    pub fn handler_for(&self, index: u32) -> Option<ExceptionEntry> {
        self.exception_table
            .iter()
            .find(|e| e.start <= index && index < e.end)
            .copied()
    }

    /// Source line of instruction `index`.
    pub fn line_of(&self, index: u32) -> u32 {
        let span = self.spans.get(index as usize).copied().unwrap_or_default();
        self.source.line_of(span.start)
    }

    /// Number of parameters, counting `*args` and `**kwargs`.
    pub fn total_params(&self) -> u32 {
        self.argcount + self.kwonlyargcount + self.varargs as u32 + self.varkeywords as u32
    }

    pub fn nlocals(&self) -> usize {
        self.locals.len()
    }

    /// Index of the first free-variable slot.
    pub fn first_free(&self) -> usize {
        self.locals
            .iter()
            .position(|(_, k)| *k == LocalKind::Free)
            .unwrap_or(self.locals.len())
    }
}
