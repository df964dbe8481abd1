//! `try`/`except`/`else`/`finally` and `with`, in 3.11's zero-cost
//! exception model: handlers are exception-table ranges, `finally` bodies
//! are duplicated for the normal and exceptional paths.
//!
//! Stack model (no `lasti` is pushed): a handler entry cuts the stack to
//! its depth and pushes the exception; `PushExcInfo` makes that
//! `[prev_exc, exc]`. Hence the cleanup handler of an `except` body is
//! `Copy(2); PopExcept; Reraise(1)` and the `with` suppress path is
//! `PopTop; PopExcept; PopTop`.

use super::fblock::FBlock;
use super::Compiler;
use crate::error::{CResult, CompileError};
use crate::opcode::Instr;
use corelab_syntax::span_of;
use ruff_python_ast as ast;

impl<'a> Compiler<'a> {
    pub(super) fn try_stmt(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        if t.is_star {
            return Err(self.unsupported("`except*` clauses are", t));
        }
        self.emit(Instr::Nop);
        if t.finalbody.is_empty() {
            self.try_except(t)
        } else {
            self.try_finally(t)
        }
    }

    fn try_finally(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let (handler, cleanup, exit) = (self.new_label(), self.new_label(), self.new_label());
        let d = self.unit_ref().depth;
        self.push_handler(handler);
        self.push_fblock(FBlock::FinallyTry { body: &t.finalbody });
        if t.handlers.is_empty() {
            self.compile_stmts(&t.body)?;
        } else {
            self.try_except(t)?;
        }
        self.pop_fblock();
        self.pop_handler();
        self.compile_stmts(&t.finalbody)?;
        self.jump(exit);
        self.bind(handler);
        self.push_handler_at(cleanup, d + 1);
        self.emit(Instr::PushExcInfo);
        self.push_fblock(FBlock::FinallyEnd);
        self.compile_stmts(&t.finalbody)?;
        self.pop_fblock();
        self.emit(Instr::Reraise(0));
        self.pop_handler();
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(exit);
        Ok(())
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let (handler, cleanup, end) = (self.new_label(), self.new_label(), self.new_label());
        let d = self.unit_ref().depth;
        self.push_handler(handler);
        self.push_fblock(FBlock::TryExcept);
        self.compile_stmts(&t.body)?;
        self.pop_fblock();
        self.pop_handler();
        self.compile_stmts(&t.orelse)?;
        self.jump(end);
        self.bind(handler);
        self.push_handler_at(cleanup, d + 1);
        self.emit(Instr::PushExcInfo);
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            if h.type_.is_none() && i + 1 < n {
                return Err(CompileError::syntax("default 'except:' must be last", h));
            }
            let saved = std::mem::replace(&mut self.span, span_of(h));
            let r = self.except_clause(h, end, d);
            self.span = saved;
            r?;
        }
        self.emit(Instr::Reraise(0));
        self.pop_handler();
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(end);
        Ok(())
    }

    fn except_clause(
        &mut self,
        h: &'a ast::ExceptHandlerExceptHandler,
        end: super::Label,
        d: u32,
    ) -> CResult<()> {
        let next = self.new_label();
        if let Some(ty) = &h.type_ {
            self.compile_expr(ty)?;
            self.emit(Instr::CheckExcMatch);
            self.emit_jump(Instr::PopJumpIfFalse, next);
        }
        match &h.name {
            Some(name) => {
                let cleanup_end = self.new_label();
                self.store_name(name);
                self.push_handler_at(cleanup_end, d + 1);
                self.push_fblock(FBlock::HandlerCleanup {
                    name: Some(name.to_string()),
                });
                self.compile_stmts(&h.body)?;
                self.pop_fblock();
                self.pop_handler();
                let cleanup = self.pop_handler_keep();
                self.emit(Instr::PopExcept);
                self.clear_exception_name(name);
                self.jump(end);
                self.restore_handler(cleanup);
                self.bind(cleanup_end);
                self.clear_exception_name(name);
                self.emit(Instr::Reraise(1));
            }
            None => {
                self.emit(Instr::PopTop);
                self.push_fblock(FBlock::HandlerCleanup { name: None });
                self.compile_stmts(&h.body)?;
                self.pop_fblock();
                let cleanup = self.pop_handler_keep();
                self.emit(Instr::PopExcept);
                self.jump(end);
                self.restore_handler(cleanup);
            }
        }
        self.bind(next);
        Ok(())
    }

    /// The cleanup handler: `[prev_exc, exc]` -> restore prev, re-raise.
    fn pop_except_and_reraise(&mut self) {
        self.emit(Instr::Copy(2));
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise(1));
    }

    pub(super) fn with_stmt(&mut self, w: &'a ast::StmtWith) -> CResult<()> {
        if w.is_async {
            return Err(self.unsupported("`async with` statements are", w));
        }
        self.with_items(w, 0)
    }

    fn with_items(&mut self, w: &'a ast::StmtWith, index: usize) -> CResult<()> {
        let Some(item) = w.items.get(index) else {
            return self.compile_stmts(&w.body);
        };
        let (fin, cleanup, suppress, exit) = (
            self.new_label(),
            self.new_label(),
            self.new_label(),
            self.new_label(),
        );
        let d = self.unit_ref().depth;
        self.compile_expr(&item.context_expr)?;
        self.emit(Instr::BeforeWith);
        self.push_handler_at(fin, d + 1);
        self.push_fblock(FBlock::With { span: self.span });
        match &item.optional_vars {
            Some(target) => self.store_target(target)?,
            None => self.emit(Instr::PopTop),
        }
        self.with_items(w, index + 1)?;
        self.pop_fblock();
        self.pop_handler();
        self.call_exit_with_nones();
        self.emit(Instr::PopTop);
        self.jump(exit);
        self.bind(fin);
        self.push_handler_at(cleanup, d + 2);
        self.emit(Instr::PushExcInfo);
        self.emit(Instr::WithExceptStart);
        self.emit_jump(Instr::PopJumpIfTrue, suppress);
        self.emit(Instr::Reraise(2));
        self.pop_handler();
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(suppress);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::PopTop);
        self.bind(exit);
        Ok(())
    }
}
