//! `CodeBuilder`: accumulates one code object's instructions, spans,
//! constants and names; resolves labels; records the innermost exception
//! handler of every instruction and compresses that into the exception
//! table.

use crate::code::{CodeKind, CodeObject, Const, ExceptionEntry, LocalKind};
use crate::opcode::Instr;
use corelab_base::{SourceFile, Span};
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(pub u32);

pub struct CodeBuilder {
    pub kind: CodeKind,
    pub name: String,
    pub qualname: String,
    pub instrs: Vec<Instr>,
    pub spans: Vec<Span>,
    /// Handler (label, depth) in force for each instruction.
    handlers: Vec<Option<(Label, u32)>>,
    pub consts: Vec<Const>,
    pub names: Vec<Rc<str>>,
    pub locals: Vec<(Rc<str>, LocalKind)>,
    labels: Vec<Option<u32>>,
    pub span: Span,
    pub first_line: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub varargs: bool,
    pub varkeywords: bool,
    pub generator: bool,
    /// Current exception handler for new instructions.
    pub handler: Option<(Label, u32)>,
}

impl CodeBuilder {
    pub fn new(kind: CodeKind, name: &str, qualname: &str, first_line: u32) -> Self {
        CodeBuilder {
            kind,
            name: name.into(),
            qualname: qualname.into(),
            instrs: Vec::new(),
            spans: Vec::new(),
            handlers: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            locals: Vec::new(),
            labels: Vec::new(),
            span: Span::default(),
            first_line,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            varargs: false,
            varkeywords: false,
            generator: false,
            handler: None,
        }
    }

    pub fn emit(&mut self, i: Instr) {
        self.instrs.push(i);
        self.spans.push(self.span);
        self.handlers.push(self.handler);
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    pub fn bind(&mut self, l: Label) {
        self.labels[l.0 as usize] = Some(self.instrs.len() as u32);
    }

    /// Emits a jump-like instruction to a label (patched in `finish`).
    pub fn jump(&mut self, make: fn(u32) -> Instr, l: Label) {
        self.emit(make(l.0 | LABEL_BIT));
    }

    pub fn add_const(&mut self, c: Const) -> u32 {
        if let Some(i) = self.consts.iter().position(|x| const_same(x, &c)) {
            return i as u32;
        }
        self.consts.push(c);
        self.consts.len() as u32 - 1
    }

    pub fn add_name(&mut self, n: &str) -> u32 {
        if let Some(i) = self.names.iter().position(|x| &**x == n) {
            return i as u32;
        }
        self.names.push(n.into());
        self.names.len() as u32 - 1
    }

    pub fn local_slot(&self, n: &str) -> Option<u32> {
        self.locals
            .iter()
            .position(|(x, _)| &**x == n)
            .map(|i| i as u32)
    }

    pub fn finish(mut self, source: Rc<SourceFile>) -> CodeObject {
        let labels = self.labels.clone();
        let resolve = |t: u32| {
            if t & LABEL_BIT != 0 {
                labels[(t & !LABEL_BIT) as usize].unwrap_or(0)
            } else {
                t
            }
        };
        for i in self.instrs.iter_mut() {
            *i = retarget(*i, resolve);
        }
        let mut table: Vec<ExceptionEntry> = Vec::new();
        for (idx, h) in self.handlers.iter().enumerate() {
            let Some((l, depth)) = h else { continue };
            let target = labels[l.0 as usize].unwrap_or(0);
            let idx = idx as u32;
            match table.last_mut() {
                Some(e) if e.end == idx && e.target == target && e.depth == *depth => {
                    e.end = idx + 1
                }
                _ => table.push(ExceptionEntry {
                    start: idx,
                    end: idx + 1,
                    target,
                    depth: *depth,
                }),
            }
        }
        CodeObject {
            kind: self.kind,
            name: self.name.into(),
            qualname: self.qualname.into(),
            argcount: self.argcount,
            posonlyargcount: self.posonlyargcount,
            kwonlyargcount: self.kwonlyargcount,
            varargs: self.varargs,
            varkeywords: self.varkeywords,
            generator: self.generator,
            locals: self.locals,
            names: self.names,
            consts: self.consts,
            instrs: self.instrs,
            spans: self.spans,
            exception_table: table,
            first_line: self.first_line,
            source,
        }
    }
}

const LABEL_BIT: u32 = 1 << 31;

fn retarget(i: Instr, f: impl Fn(u32) -> u32) -> Instr {
    match i {
        Instr::Jump(t) => Instr::Jump(f(t)),
        Instr::JumpBackward(t) => Instr::JumpBackward(f(t)),
        Instr::JumpBackwardNoInterrupt(t) => Instr::JumpBackwardNoInterrupt(f(t)),
        Instr::PopJumpIfFalse(t) => Instr::PopJumpIfFalse(f(t)),
        Instr::PopJumpIfTrue(t) => Instr::PopJumpIfTrue(f(t)),
        Instr::PopJumpIfNone(t) => Instr::PopJumpIfNone(f(t)),
        Instr::PopJumpIfNotNone(t) => Instr::PopJumpIfNotNone(f(t)),
        Instr::JumpIfFalseOrPop(t) => Instr::JumpIfFalseOrPop(f(t)),
        Instr::JumpIfTrueOrPop(t) => Instr::JumpIfTrueOrPop(f(t)),
        Instr::ForIter(t) => Instr::ForIter(f(t)),
        Instr::Send(t) => Instr::Send(f(t)),
        other => other,
    }
}

/// Constants are shared only when equal *and* of the same type (1, 1.0,
/// True and -0.0 stay distinct).
fn const_same(a: &Const, b: &Const) -> bool {
    match (a, b) {
        (Const::None, Const::None) | (Const::Ellipsis, Const::Ellipsis) => true,
        (Const::Bool(x), Const::Bool(y)) => x == y,
        (Const::Int(x), Const::Int(y)) => x == y,
        (Const::BigInt(x), Const::BigInt(y)) => x == y,
        (Const::Float(x), Const::Float(y)) => x.to_bits() == y.to_bits(),
        (Const::Str(x), Const::Str(y)) => x == y,
        (Const::Bytes(x), Const::Bytes(y)) => x == y,
        (Const::Tuple(x), Const::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| const_same(p, q))
        }
        _ => false,
    }
}
