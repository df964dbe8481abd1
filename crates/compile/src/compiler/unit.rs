//! One code object under construction: instruction buffer with labels and
//! per-instruction spans and exception handlers, the constant and name
//! tables, the localsplus layout, and assembly into a [`CodeObject`]
//! (label resolution, exception-table compression).

use crate::code::{CodeKind, CodeObject, Const, ExceptionEntry, LocalKind};
use crate::opcode::Instr;
use crate::symtable::{NameScope, Scope, ScopeKind, DEF_FREE_CLASS};
use corelab_base::{SourceFile, Span};
use std::collections::HashMap;
use std::rc::Rc;

use super::fblock::FBlock;

/// A jump target inside one unit, resolved to an instruction index at
/// assembly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(pub u32);

/// An active exception handler: where to go and the stack depth to cut to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Handler {
    pub label: Label,
    pub depth: u32,
}

pub struct Unit<'a> {
    pub scope: usize,
    pub scope_kind: ScopeKind,
    pub kind: CodeKind,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    /// Class name for private-name mangling.
    pub private: Option<String>,
    instrs: Vec<Instr>,
    spans: Vec<Span>,
    handler_of: Vec<Option<Handler>>,
    labels: Vec<Option<u32>>,
    fixups: Vec<usize>,
    pub consts: Vec<Const>,
    names: Vec<Rc<str>>,
    name_index: HashMap<Rc<str>, u32>,
    pub locals: Vec<(Rc<str>, LocalKind)>,
    local_index: HashMap<Rc<str>, u32>,
    pub fblocks: Vec<FBlock<'a>>,
    pub handlers: Vec<Handler>,
    /// Statement-level value-stack depth (iterators, `__exit__`s, saved
    /// exceptions of enclosing blocks).
    pub depth: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub varargs: bool,
    pub varkeywords: bool,
    pub first_line: u32,
}

impl<'a> Unit<'a> {
    pub fn new(scope_id: usize, scope: &Scope, kind: CodeKind, name: &str, qualname: &str) -> Self {
        let mut unit = Unit {
            scope: scope_id,
            scope_kind: scope.kind,
            kind,
            name: name.into(),
            qualname: qualname.into(),
            private: scope.private.clone(),
            instrs: Vec::new(),
            spans: Vec::new(),
            handler_of: Vec::new(),
            labels: Vec::new(),
            fixups: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            locals: Vec::new(),
            local_index: HashMap::new(),
            fblocks: Vec::new(),
            handlers: Vec::new(),
            depth: 0,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            varargs: false,
            varkeywords: false,
            first_line: 1,
        };
        unit.layout_locals(scope);
        unit
    }

    /// localsplus: parameters, other locals, cells that are not
    /// parameters (sorted), free variables (sorted).
    fn layout_locals(&mut self, scope: &Scope) {
        let is_fn = scope.kind.is_function();
        if is_fn {
            for p in &scope.params {
                let cell = scope.scope_of(p) == NameScope::Cell;
                self.add_local(
                    p,
                    if cell {
                        LocalKind::Cell
                    } else {
                        LocalKind::Local
                    },
                );
            }
            for (name, sym) in &scope.symbols {
                if sym.scope == NameScope::Local && !self.local_index.contains_key(name.as_str()) {
                    self.add_local(name, LocalKind::Local);
                }
            }
        }
        let mut cells: Vec<&str> = scope
            .symbols
            .iter()
            .filter(|(n, s)| {
                s.scope == NameScope::Cell && !self.local_index.contains_key(n.as_str())
            })
            .map(|(n, _)| n.as_str())
            .collect();
        cells.sort_unstable();
        if scope.needs_class_closure {
            self.add_local("__class__", LocalKind::Cell);
        }
        for c in cells {
            self.add_local(c, LocalKind::Cell);
        }
        let mut frees: Vec<&str> = scope
            .symbols
            .iter()
            .filter(|(_, s)| s.scope == NameScope::Free || s.flags & DEF_FREE_CLASS != 0)
            .map(|(n, _)| n.as_str())
            .collect();
        frees.sort_unstable();
        for f in frees {
            if !self.local_index.contains_key(f) {
                self.add_local(f, LocalKind::Free);
            }
        }
    }

    fn add_local(&mut self, name: &str, kind: LocalKind) {
        let rc: Rc<str> = name.into();
        self.local_index
            .insert(rc.clone(), self.locals.len() as u32);
        self.locals.push((rc, kind));
    }

    pub fn local_slot(&self, name: &str) -> Option<u32> {
        self.local_index.get(name).copied()
    }

    /// The slot of a cell or free variable `name` (for closures).
    pub fn deref_slot(&self, name: &str) -> Option<u32> {
        let slot = self.local_slot(name)?;
        (self.locals[slot as usize].1 != LocalKind::Local).then_some(slot)
    }

    pub fn emit(&mut self, instr: Instr, span: Span) -> usize {
        self.instrs.push(instr);
        self.spans.push(span);
        self.handler_of.push(self.handlers.last().copied());
        self.instrs.len() - 1
    }

    /// Emits a jump-like instruction whose operand is `label` (patched at
    /// assembly).
    pub fn emit_jump(&mut self, make: fn(u32) -> Instr, label: Label, span: Span) {
        let at = self.emit(make(label.0), span);
        self.fixups.push(at);
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    pub fn bind(&mut self, label: Label) {
        self.labels[label.0 as usize] = Some(self.instrs.len() as u32);
    }

    pub fn is_bound(&self, label: Label) -> bool {
        self.labels[label.0 as usize].is_some()
    }

    pub fn last_instr(&self) -> Option<Instr> {
        self.instrs.last().copied()
    }

    /// Whether the code so far ends in `ReturnValue` that no label follows.
    pub fn ends_with_return(&self) -> bool {
        let end = Some(self.instrs.len() as u32);
        self.last_instr() == Some(Instr::ReturnValue) && !self.labels.contains(&end)
    }

    pub fn add_const(&mut self, c: Const) -> u32 {
        if let Some(i) = self.consts.iter().position(|k| same_const(k, &c)) {
            return i as u32;
        }
        self.consts.push(c);
        self.consts.len() as u32 - 1
    }

    pub fn add_name(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.name_index.get(name) {
            return i;
        }
        let rc: Rc<str> = name.into();
        let i = self.names.len() as u32;
        self.name_index.insert(rc.clone(), i);
        self.names.push(rc);
        i
    }

    pub fn assemble(self, source: Rc<SourceFile>, generator: bool) -> CodeObject {
        let mut instrs = self.instrs;
        for at in self.fixups {
            let label = instrs[at].jump_target().unwrap_or(0);
            let target = self
                .labels
                .get(label as usize)
                .copied()
                .flatten()
                .unwrap_or(0);
            instrs[at] = retarget(instrs[at], target);
        }
        let resolve = |h: Handler| (self.labels[h.label.0 as usize].unwrap_or(0), h.depth);
        let exception_table = compress(self.handler_of.iter().map(|h| h.map(resolve)));
        CodeObject {
            kind: self.kind,
            name: self.name,
            qualname: self.qualname,
            argcount: self.argcount,
            posonlyargcount: self.posonlyargcount,
            kwonlyargcount: self.kwonlyargcount,
            varargs: self.varargs,
            varkeywords: self.varkeywords,
            generator,
            locals: self.locals,
            names: self.names,
            consts: self.consts,
            instrs,
            spans: self.spans,
            exception_table,
            first_line: self.first_line,
            source,
        }
    }
}

/// Runs of instructions with the same handler become one table row.
fn compress(handlers: impl Iterator<Item = Option<(u32, u32)>>) -> Vec<ExceptionEntry> {
    let mut out: Vec<ExceptionEntry> = Vec::new();
    for (i, h) in handlers.enumerate() {
        let Some((target, depth)) = h else { continue };
        let i = i as u32;
        match out.last_mut() {
            Some(e) if e.end == i && e.target == target && e.depth == depth => e.end = i + 1,
            _ => out.push(ExceptionEntry {
                start: i,
                end: i + 1,
                target,
                depth,
            }),
        }
    }
    out
}

fn retarget(instr: Instr, t: u32) -> Instr {
    match instr {
        Instr::Jump(_) => Instr::Jump(t),
        Instr::JumpBackward(_) => Instr::JumpBackward(t),
        Instr::JumpBackwardNoInterrupt(_) => Instr::JumpBackwardNoInterrupt(t),
        Instr::PopJumpIfFalse(_) => Instr::PopJumpIfFalse(t),
        Instr::PopJumpIfTrue(_) => Instr::PopJumpIfTrue(t),
        Instr::PopJumpIfNone(_) => Instr::PopJumpIfNone(t),
        Instr::PopJumpIfNotNone(_) => Instr::PopJumpIfNotNone(t),
        Instr::JumpIfFalseOrPop(_) => Instr::JumpIfFalseOrPop(t),
        Instr::JumpIfTrueOrPop(_) => Instr::JumpIfTrueOrPop(t),
        Instr::ForIter(_) => Instr::ForIter(t),
        Instr::Send(_) => Instr::Send(t),
        other => other,
    }
}

/// Constant identity for deduplication: same type and same value (`1`,
/// `1.0` and `True` stay distinct, as do `0.0` and `-0.0`).
pub fn same_const(a: &Const, b: &Const) -> bool {
    match (a, b) {
        (Const::None, Const::None) | (Const::Ellipsis, Const::Ellipsis) => true,
        (Const::Bool(x), Const::Bool(y)) => x == y,
        (Const::Int(x), Const::Int(y)) => x == y,
        (Const::BigInt(x), Const::BigInt(y)) => x == y,
        (Const::Float(x), Const::Float(y)) => x.to_bits() == y.to_bits(),
        (Const::Complex(a1, b1), Const::Complex(a2, b2)) => {
            a1.to_bits() == a2.to_bits() && b1.to_bits() == b2.to_bits()
        }
        (Const::Str(x), Const::Str(y)) => x == y,
        (Const::Bytes(x), Const::Bytes(y)) => x == y,
        // Equal frozensets share the first one's constant (and so its
        // layout), as CPython's constant cache keys them by content.
        (Const::FrozenSet(x), Const::FrozenSet(y)) => {
            x.len() == y.len() && x.iter().all(|p| y.iter().any(|q| same_const(p, q)))
        }
        (Const::Tuple(x), Const::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| same_const(p, q))
        }
        (Const::Code(x), Const::Code(y)) => Rc::ptr_eq(x, y),
        _ => false,
    }
}
