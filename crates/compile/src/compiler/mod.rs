//! The code generator: walks the AST with the [`SymbolTable`] and emits
//! CPython 3.11-shaped instruction sequences. This file owns the
//! [`Compiler`] driver (the stack of code units, locations, emission
//! helpers, name resolution); the other files of the module each own one
//! family of constructs.

mod call;
mod comp;
mod cond;
mod exc;
mod expr;
mod fblock;
mod fold;
mod fstring;
mod func;
mod import;
mod stmt;
mod target;
mod unit;

use crate::code::{CodeKind, CodeObject, Const};
use crate::error::{CResult, CompileError};
use crate::opcode::Instr;
use crate::symtable::{self, NameScope, ScopeKind, SymbolTable};
use corelab_base::{SourceFile, Span};
use corelab_syntax::span_of;
use ruff_python_ast as ast;
use ruff_text_size::Ranged;
use std::rc::Rc;
use unit::{Handler, Label, Unit};

/// Compiles a parsed module into its code object (nested code objects are
/// constants of their parents).
pub fn compile_module(source: Rc<SourceFile>, module: &ast::ModModule) -> CResult<Rc<CodeObject>> {
    compile_module_warn(source, module).map(|(code, _)| code)
}

/// A `SyntaxWarning` CPython 3.11's compiler issues (`"is" with a literal`,
/// an always-true `assert` of a tuple): the line and the message. CPython
/// prints each on stderr before the program runs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub line: u32,
    pub message: String,
}

/// [`compile_module`], with the compiler's warnings.
pub fn compile_module_warn(
    source: Rc<SourceFile>,
    module: &ast::ModModule,
) -> CResult<(Rc<CodeObject>, Vec<Warning>)> {
    let future_annotations = import::check_future(&module.body)?;
    let table = symtable::build(module)?;
    let mut c = Compiler {
        source,
        table,
        units: Vec::new(),
        span: Span::default(),
        future_annotations,
        frozensets: Vec::new(),
        warnings: Vec::new(),
    };
    c.push_unit(0, CodeKind::Module, "<module>", "<module>", 1);
    c.emit(Instr::Resume(0));
    c.setup_annotations(&module.body);
    c.compile_body_with_doc(&module.body)?;
    if let Some(last) = module.body.last() {
        c.span = span_of(last);
    }
    c.load_const(Const::None);
    c.emit(Instr::ReturnValue);
    let code = Rc::new(c.pop_unit());
    Ok((code, c.warnings))
}

pub(crate) struct Compiler<'a> {
    source: Rc<SourceFile>,
    table: SymbolTable,
    units: Vec<Unit<'a>>,
    /// Span recorded for the instructions emitted now.
    span: Span,
    /// `from __future__ import annotations`: annotations stay strings.
    future_annotations: bool,
    /// Frozenset constants made so far in this module: an equal one reuses
    /// the first one's items (and so its layout), as CPython's
    /// module-wide constant cache does.
    frozensets: Vec<std::rc::Rc<[Const]>>,
    /// SyntaxWarnings issued so far (`warn`).
    warnings: Vec<Warning>,
}

/// Which instruction family a name compiles to.
enum NameOp {
    Fast,
    Deref,
    Global,
    Name,
}

impl<'a> Compiler<'a> {
    /// Records a SyntaxWarning at the line where `span` starts. CPython
    /// issues compiler warnings without a registry, so each is shown, even
    /// several identical ones on one line.
    pub(crate) fn warn(&mut self, span: Span, message: &str) {
        self.warnings.push(Warning {
            line: self.source.line_of(span.start),
            message: message.to_string(),
        });
    }

    /// The frozenset constant of a folded set display (see `frozensets`).
    pub(super) fn frozenset_const(&mut self, items: std::rc::Rc<[Const]>) -> Const {
        let probe = Const::FrozenSet(items.clone());
        for f in &self.frozensets {
            let seen = Const::FrozenSet(f.clone());
            if unit::same_const(&seen, &probe) {
                return seen;
            }
        }
        self.frozensets.push(items);
        probe
    }

    fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a code unit is always active")
    }

    fn unit_ref(&self) -> &Unit<'a> {
        self.units.last().expect("a code unit is always active")
    }

    fn push_unit(&mut self, scope: usize, kind: CodeKind, name: &str, qualname: &str, line: u32) {
        let mut u = Unit::new(scope, &self.table.scopes[scope], kind, name, qualname);
        u.first_line = line;
        self.units.push(u);
        self.emit_prologue();
    }

    /// `MakeCell` per cell slot, `CopyFreeVars`, then (except for modules,
    /// which emit it themselves) nothing: callers add `Resume(0)`.
    fn emit_prologue(&mut self) {
        let locals = self.unit_ref().locals.clone();
        for (i, (_, kind)) in locals.iter().enumerate() {
            if *kind == crate::LocalKind::Cell {
                self.emit(Instr::MakeCell(i as u32));
            }
        }
        let nfree = locals
            .iter()
            .filter(|(_, k)| *k == crate::LocalKind::Free)
            .count();
        if nfree > 0 {
            self.emit(Instr::CopyFreeVars(nfree as u32));
        }
    }

    fn pop_unit(&mut self) -> CodeObject {
        let unit = self.units.pop().expect("unit to pop");
        let generator = self.table.scopes[unit.scope].generator;
        unit.assemble(self.source.clone(), generator)
    }

    fn scope(&self) -> &symtable::Scope {
        &self.table.scopes[self.unit_ref().scope]
    }

    // ---- emission -------------------------------------------------------

    fn emit(&mut self, i: Instr) {
        let span = self.span;
        self.unit().emit(i, span);
    }

    fn emit_jump(&mut self, make: fn(u32) -> Instr, label: Label) {
        let span = self.span;
        self.unit().emit_jump(make, label, span);
    }

    /// Unconditional jump: `JumpBackward` when the label is already placed.
    fn jump(&mut self, label: Label) {
        if self.unit_ref().is_bound(label) {
            self.emit_jump(Instr::JumpBackward, label);
        } else {
            self.emit_jump(Instr::Jump, label);
        }
    }

    fn new_label(&mut self) -> Label {
        self.unit().new_label()
    }

    fn bind(&mut self, label: Label) {
        self.unit().bind(label);
    }

    fn load_const(&mut self, c: Const) {
        let i = self.unit().add_const(c);
        self.emit(Instr::LoadConst(i));
    }

    fn name_index(&mut self, name: &str) -> u32 {
        self.unit().add_name(name)
    }

    /// The mangled form of an identifier in the current class context.
    fn mangle(&self, name: &str) -> String {
        symtable::mangle(self.unit_ref().private.as_deref(), name)
    }

    /// Runs `f` with the current span set to `node`'s.
    fn at<T, R>(&mut self, node: &T, f: impl FnOnce(&mut Self) -> R) -> R
    where
        T: Ranged,
    {
        let saved = self.span;
        self.span = span_of(node);
        let r = f(self);
        self.span = saved;
        r
    }

    // ---- exception handlers ----------------------------------------------

    fn push_handler(&mut self, label: Label) {
        let depth = self.unit_ref().depth;
        self.unit().handlers.push(Handler { label, depth });
    }

    fn push_handler_at(&mut self, label: Label, depth: u32) {
        self.unit().handlers.push(Handler { label, depth });
    }

    fn pop_handler(&mut self) {
        self.unit().handlers.pop();
    }

    /// Pops the innermost handler, returning it for `restore_handler`.
    fn pop_handler_keep(&mut self) -> Option<Handler> {
        self.unit().handlers.pop()
    }

    fn restore_handler(&mut self, h: Option<Handler>) {
        if let Some(h) = h {
            self.unit().handlers.push(h);
        }
    }

    // ---- names ----------------------------------------------------------

    fn name_op(&self, mangled: &str) -> NameOp {
        let scope = self.scope();
        let is_fn = scope.kind.is_function();
        match scope.scope_of(mangled) {
            NameScope::Free | NameScope::Cell => NameOp::Deref,
            NameScope::Local if is_fn => NameOp::Fast,
            NameScope::GlobalImplicit if is_fn => NameOp::Global,
            NameScope::GlobalExplicit => NameOp::Global,
            _ => NameOp::Name,
        }
    }

    fn load_name(&mut self, name: &str) {
        let m = self.mangle(name);
        match self.name_op(&m) {
            NameOp::Fast => self.fast_op(&m, Instr::LoadFast),
            NameOp::Deref => {
                let class = self.scope().kind == ScopeKind::Class;
                self.deref_op(
                    &m,
                    if class {
                        Instr::LoadClassDeref
                    } else {
                        Instr::LoadDeref
                    },
                )
            }
            NameOp::Global => self.named_op(&m, Instr::LoadGlobal),
            NameOp::Name => self.named_op(&m, Instr::LoadName),
        }
    }

    fn store_name(&mut self, name: &str) {
        let m = self.mangle(name);
        match self.name_op(&m) {
            NameOp::Fast => self.fast_op(&m, Instr::StoreFast),
            NameOp::Deref => self.deref_op(&m, Instr::StoreDeref),
            NameOp::Global => self.named_op(&m, Instr::StoreGlobal),
            NameOp::Name => self.named_op(&m, Instr::StoreName),
        }
    }

    fn delete_name(&mut self, name: &str) {
        let m = self.mangle(name);
        match self.name_op(&m) {
            NameOp::Fast => self.fast_op(&m, Instr::DeleteFast),
            NameOp::Deref => self.deref_op(&m, Instr::DeleteDeref),
            NameOp::Global => self.named_op(&m, Instr::DeleteGlobal),
            NameOp::Name => self.named_op(&m, Instr::DeleteName),
        }
    }

    fn fast_op(&mut self, name: &str, make: fn(u32) -> Instr) {
        match self.unit_ref().local_slot(name) {
            Some(slot) => self.emit(make(slot)),
            None => self.named_op(name, Instr::LoadName),
        }
    }

    fn deref_op(&mut self, name: &str, make: fn(u32) -> Instr) {
        match self.unit_ref().deref_slot(name) {
            Some(slot) => self.emit(make(slot)),
            None => self.named_op(name, Instr::LoadName),
        }
    }

    fn named_op(&mut self, name: &str, make: fn(u32) -> Instr) {
        let i = self.name_index(name);
        self.emit(make(i));
    }

    // ---- bodies -----------------------------------------------------------

    /// Module and class bodies: a leading string literal is `__doc__`.
    fn compile_body_with_doc(&mut self, body: &'a [ast::Stmt]) -> CResult<()> {
        let rest = match body.split_first() {
            Some((first, rest)) if docstring(first).is_some() => {
                let doc = docstring(first).unwrap_or_default();
                self.at(first, |c| {
                    c.load_const(Const::Str(doc.into()));
                    c.store_name("__doc__");
                });
                rest
            }
            _ => body,
        };
        self.compile_stmts(rest)
    }

    fn unsupported<T: Ranged>(&self, what: &str, node: &T) -> CompileError {
        CompileError::unsupported(what, node)
    }
}

/// The docstring of a body's first statement, if it is a plain string.
pub(crate) fn docstring(stmt: &ast::Stmt) -> Option<String> {
    let ast::Stmt::Expr(e) = stmt else {
        return None;
    };
    match &*e.value {
        ast::Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
        _ => None,
    }
}
