//! Statements: the dispatcher, expression statements, `if`, `while`,
//! `for`, `return`, `break`/`continue`, `raise`, `assert`, `pass`.

use super::fblock::FBlock;
use super::Compiler;
use crate::code::Const;
use crate::error::{CResult, CompileError};
use crate::opcode::Instr;
use crate::symtable::ScopeKind;
use ruff_python_ast::{self as ast, Expr, Stmt};

impl<'a> Compiler<'a> {
    pub(super) fn compile_stmts(&mut self, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.compile_stmt(s)?;
        }
        Ok(())
    }

    pub(super) fn compile_stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        let saved = self.span;
        self.span = corelab_syntax::span_of(s);
        let r = self.stmt_inner(s);
        self.span = saved;
        r
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> CResult<()> {
        match s {
            Stmt::FunctionDef(f) => self.function_def(f),
            Stmt::ClassDef(c) => self.class_def(c),
            Stmt::Return(r) => self.return_stmt(r),
            Stmt::Delete(d) => d.targets.iter().try_for_each(|t| self.delete_target(t)),
            Stmt::Assign(a) => self.assign(a),
            Stmt::AugAssign(a) => self.aug_assign(a),
            Stmt::AnnAssign(a) => self.ann_assign(a),
            Stmt::For(f) => self.for_stmt(f),
            Stmt::While(w) => self.while_stmt(w),
            Stmt::If(i) => self.if_stmt(i),
            Stmt::With(w) => self.with_stmt(w),
            Stmt::Try(t) => self.try_stmt(t),
            Stmt::Raise(r) => self.raise_stmt(r),
            Stmt::Assert(a) => self.assert_stmt(a),
            Stmt::Import(i) => self.import(i),
            Stmt::ImportFrom(i) => self.import_from(i),
            Stmt::Global(_) | Stmt::Nonlocal(_) => Ok(()),
            Stmt::Expr(e) => self.expr_stmt(&e.value),
            Stmt::Pass(_) => {
                self.emit(Instr::Nop);
                Ok(())
            }
            Stmt::Break(_) => self.break_stmt(s),
            Stmt::Continue(_) => self.continue_stmt(s),
            Stmt::Match(_) => Err(self.unsupported("`match` statements are", s)),
            Stmt::TypeAlias(_) => Err(self.unsupported("`type` aliases are", s)),
            Stmt::IpyEscapeCommand(_) => Err(self.unsupported("IPython escape commands are", s)),
        }
    }

    fn expr_stmt(&mut self, e: &'a Expr) -> CResult<()> {
        if is_constant_literal(e) {
            self.emit(Instr::Nop);
            return Ok(());
        }
        self.compile_expr(e)?;
        self.emit(Instr::PopTop);
        Ok(())
    }

    /// `x: T = v` is `x = v`; in module and class bodies a simple name's
    /// annotation is also recorded in `__annotations__` (dataclasses rely
    /// on it). Function-level annotations are never evaluated.
    fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult<()> {
        if let Some(value) = &a.value {
            self.compile_expr(value)?;
            self.store_target(&a.target)?;
        }
        let Expr::Name(n) = &*a.target else {
            return Ok(());
        };
        if !a.simple || !self.in_namespace_scope() {
            return Ok(());
        }
        if self.future_annotations {
            let r = corelab_syntax::span_of(&*a.annotation);
            let text = self
                .source
                .text
                .get(r.start as usize..r.end as usize)
                .unwrap_or("");
            self.load_const(Const::Str(text.into()));
        } else {
            self.compile_expr(&a.annotation)?;
        }
        self.named_op("__annotations__", Instr::LoadName);
        let name = self.mangle(&n.id);
        self.load_const(Const::Str(name.into()));
        self.emit(Instr::StoreSubscr);
        Ok(())
    }

    /// `__annotations__ = {}` at the start of a module or class body that
    /// has annotated names (CPython's `SETUP_ANNOTATIONS`).
    pub(super) fn setup_annotations(&mut self, body: &[Stmt]) {
        if has_annotations(body) {
            self.emit(Instr::BuildMap(0));
            self.named_op("__annotations__", Instr::StoreName);
        }
    }

    fn if_stmt(&mut self, i: &'a ast::StmtIf) -> CResult<()> {
        let end = self.new_label();
        let mut next = self.new_label();
        self.jump_if(&i.test, next, false)?;
        self.compile_stmts(&i.body)?;
        for clause in &i.elif_else_clauses {
            self.jump(end);
            self.bind(next);
            next = self.new_label();
            if let Some(test) = &clause.test {
                self.at(clause, |c| c.jump_if(test, next, false))?;
            }
            self.compile_stmts(&clause.body)?;
        }
        self.bind(next);
        self.bind(end);
        Ok(())
    }

    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> CResult<()> {
        let (top, body, anchor, end) = (
            self.new_label(),
            self.new_label(),
            self.new_label(),
            self.new_label(),
        );
        self.bind(top);
        self.push_fblock(FBlock::WhileLoop { top, end });
        self.jump_if(&w.test, anchor, false)?;
        self.bind(body);
        self.compile_stmts(&w.body)?;
        self.at(&*w.test, |c| c.jump_if(&w.test, body, true))?;
        self.pop_fblock();
        self.bind(anchor);
        self.compile_stmts(&w.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult<()> {
        if f.is_async {
            return Err(self.unsupported("`async for` loops are", f));
        }
        let (top, cleanup, end) = (self.new_label(), self.new_label(), self.new_label());
        self.compile_iterable(&f.iter)?;
        self.emit(Instr::GetIter);
        self.bind(top);
        self.emit_jump(Instr::ForIter, cleanup);
        self.push_fblock(FBlock::ForLoop { top, end });
        self.store_target(&f.target)?;
        self.compile_stmts(&f.body)?;
        self.jump(top);
        self.pop_fblock();
        self.bind(cleanup);
        self.compile_stmts(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn return_stmt(&mut self, r: &'a ast::StmtReturn) -> CResult<()> {
        if !self.scope().kind.is_function() {
            return Err(CompileError::syntax("'return' outside function", r));
        }
        let constant = r.value.as_deref().and_then(|v| self.fold(v));
        let preserve = r.value.is_some() && constant.is_none();
        if let (true, Some(v)) = (preserve, &r.value) {
            self.compile_expr(v)?;
        }
        let saved = self.unwind_all(preserve)?;
        match (constant, preserve) {
            (Some(c), _) => self.load_const(c),
            (None, false) => self.load_const(Const::None),
            _ => {}
        }
        self.emit(Instr::ReturnValue);
        self.restore_blocks(saved);
        Ok(())
    }

    fn break_stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        match self.unwind_to_loop(true)? {
            (Some((_, end)), saved) => {
                self.jump(end);
                self.restore_blocks(saved);
                Ok(())
            }
            (None, _) => Err(CompileError::syntax("'break' outside loop", s)),
        }
    }

    fn continue_stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        match self.unwind_to_loop(false)? {
            (Some((top, _)), saved) => {
                self.jump(top);
                self.restore_blocks(saved);
                Ok(())
            }
            (None, _) => Err(CompileError::syntax("'continue' not properly in loop", s)),
        }
    }

    fn raise_stmt(&mut self, r: &'a ast::StmtRaise) -> CResult<()> {
        let mut n = 0;
        if let Some(exc) = &r.exc {
            self.compile_expr(exc)?;
            n = 1;
            if let Some(cause) = &r.cause {
                self.compile_expr(cause)?;
                n = 2;
            }
        }
        self.emit(Instr::RaiseVarargs(n));
        Ok(())
    }

    fn assert_stmt(&mut self, a: &'a ast::StmtAssert) -> CResult<()> {
        if matches!(&*a.test, ast::Expr::Tuple(t) if !t.elts.is_empty()) {
            self.warn(
                corelab_syntax::span_of(a),
                "assertion is always true, perhaps remove parentheses?",
            );
        }
        let ok = self.new_label();
        self.jump_if(&a.test, ok, true)?;
        self.emit(Instr::LoadAssertionError);
        if let Some(msg) = &a.msg {
            self.compile_expr(msg)?;
            self.emit(Instr::Call(0));
        }
        self.emit(Instr::RaiseVarargs(1));
        self.bind(ok);
        Ok(())
    }

    /// `for` iterables and `in` operands: a list display becomes a tuple,
    /// a set display of constants a frozenset constant (CPython's AST
    /// optimizer, `fold_iter`).
    pub(super) fn compile_iterable(&mut self, e: &'a Expr) -> CResult<()> {
        match e {
            Expr::Set(s) => match self.fold_tuple_elts(&s.elts) {
                Some(Const::Tuple(items)) => {
                    let c = self.frozenset_const(items);
                    self.at(e, |c2| c2.load_const(c));
                    Ok(())
                }
                _ => self.compile_expr(e),
            },
            Expr::List(l) if !l.elts.iter().any(Expr::is_starred_expr) => {
                let folded = self.fold_tuple_elts(&l.elts);
                match folded {
                    Some(c) => {
                        self.at(e, |c2| c2.load_const(c));
                        Ok(())
                    }
                    None => self.at(e, |c| c.build_sequence(&l.elts, SeqKind::Tuple)),
                }
            }
            _ => self.compile_expr(e),
        }
    }

    /// Whether the current unit is a module or class body (name ops).
    pub(super) fn in_namespace_scope(&self) -> bool {
        matches!(self.scope().kind, ScopeKind::Module | ScopeKind::Class)
    }
}

/// The kinds of sequence display `build_sequence` can make.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum SeqKind {
    Tuple,
    List,
    Set,
}

/// Constant expression statements compile to `NOP` (docstrings, `...`).
fn is_constant_literal(e: &Expr) -> bool {
    matches!(
        e,
        Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
    )
}

/// Whether a body has an annotated assignment outside nested scopes.
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::If(i) => {
            has_annotations(&i.body) || i.elif_else_clauses.iter().any(|c| has_annotations(&c.body))
        }
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        _ => false,
    })
}
