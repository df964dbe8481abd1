//! Statements: assignment forms, control flow with its block unwinding
//! (`break`/`continue`/`return` through `finally`, `with` and `except`),
//! exception handling and `with` in CPython 3.11's zero-cost style, imports.

use super::{syntax_err, unsupported, CResult, Compiler, FBlock, FEntry, NameOp};
use crate::code::Const;
use crate::opcode::{BinOp, Instr};
use corelab_syntax::ast::{self, Expr, Stmt};
use corelab_syntax::span_of;

impl<'a> Compiler<'a> {
    pub(super) fn stmts(&mut self, body: &'a [Stmt]) -> CResult {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult {
        self.set_span(s);
        match s {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.emit(Instr::PushNull);
                    self.expr(&d.expression)?;
                }
                self.set_span(s);
                self.function_def(f)?;
                for _ in &f.decorator_list {
                    self.emit(Instr::Call(1));
                }
                self.store_name(f.name.id.as_str());
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.emit(Instr::PushNull);
                    self.expr(&d.expression)?;
                }
                self.set_span(s);
                self.class_def(c)?;
                for _ in &c.decorator_list {
                    self.emit(Instr::Call(1));
                }
                self.store_name(c.name.id.as_str());
            }
            Stmt::Return(r) => self.return_stmt(r)?,
            Stmt::Delete(d) => d.targets.iter().try_for_each(|t| self.delete(t))?,
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < a.targets.len() {
                        self.emit(Instr::Copy(1));
                    }
                    self.store_target(t)?;
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::AnnAssign(a) => self.ann_assign(a)?,
            Stmt::For(f) => self.for_stmt(f)?,
            Stmt::While(w) => self.while_stmt(w)?,
            Stmt::If(i) => self.if_stmt(i)?,
            Stmt::With(w) => {
                if w.is_async {
                    return Err(unsupported("`async with` is", span_of(s)));
                }
                self.with_items(&w.items, &w.body)?;
            }
            Stmt::Match(_) => return Err(unsupported("`match` statements are", span_of(s))),
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_span(s);
                self.emit(Instr::RaiseVarargs(n));
            }
            Stmt::Try(t) => {
                if t.is_star {
                    return Err(unsupported("`except*` is", span_of(s)));
                }
                if t.finalbody.is_empty() {
                    self.try_except(t)?;
                } else {
                    self.try_finally(t)?;
                }
            }
            Stmt::Assert(a) => {
                let ok = self.b().new_label();
                self.jump_if(&a.test, true, ok)?;
                self.set_span(s);
                self.emit(Instr::LoadAssertionError);
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                    self.emit(Instr::Call(0));
                }
                self.emit(Instr::RaiseVarargs(1));
                self.b().bind(ok);
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    self.load_const(Const::Int(0));
                    self.load_const(Const::None);
                    let n = self.b().add_name(a.name.id.as_str());
                    self.emit(Instr::ImportName(n));
                    let bind = match &a.asname {
                        Some(n) => n.id.to_string(),
                        None => a.name.id.split('.').next().unwrap_or("").to_string(),
                    };
                    self.store_name(&bind);
                }
            }
            Stmt::ImportFrom(i) => self.import_from(i)?,
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => {}
            Stmt::Expr(e) => {
                self.expr(&e.value)?;
                self.emit(Instr::PopTop);
            }
            Stmt::Break(_) => self.break_continue(true, span_of(s))?,
            Stmt::Continue(_) => self.break_continue(false, span_of(s))?,
            Stmt::TypeAlias(_) => return Err(unsupported("`type` aliases are", span_of(s))),
            Stmt::IpyEscapeCommand(_) => return Err(syntax_err("invalid syntax", span_of(s))),
        }
        Ok(())
    }

    fn import_from(&mut self, i: &'a ast::StmtImportFrom) -> CResult {
        if i.level > 0 {
            return Err(unsupported("relative imports are", span_of(i)));
        }
        let module = i.module.as_ref().map_or("", |m| m.id.as_str());
        self.load_const(Const::Int(0));
        let names: Vec<Const> = i
            .names
            .iter()
            .map(|a| Const::Str(a.name.id.as_str().into()))
            .collect();
        self.load_const(Const::Tuple(names.into()));
        let n = self.b().add_name(module);
        self.emit(Instr::ImportName(n));
        if i.names.len() == 1 && i.names[0].name.id.as_str() == "*" {
            if self.scope().kind != crate::scope::ScopeKind::Module {
                return Err(syntax_err(
                    "import * only allowed at module level",
                    span_of(i),
                ));
            }
            self.emit(Instr::ImportStar);
            return Ok(());
        }
        for a in &i.names {
            let n = self.b().add_name(a.name.id.as_str());
            self.emit(Instr::ImportFrom(n));
            let bind = a.asname.as_ref().unwrap_or(&a.name);
            self.store_name(bind.id.as_str());
        }
        self.emit(Instr::PopTop);
        Ok(())
    }

    /// Assignment to any target expression.
    pub(super) fn store_target(&mut self, t: &'a Expr) -> CResult {
        match t {
            Expr::Name(n) => self.store_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let n = self.b().add_name(a.attr.id.as_str());
                self.emit(Instr::StoreAttr(n));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::StoreSubscr);
            }
            Expr::Tuple(_) | Expr::List(_) => {
                let elts = match t {
                    Expr::Tuple(t) => &t.elts,
                    Expr::List(l) => &l.elts,
                    _ => unreachable!(),
                };
                let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
                match star {
                    Some(p) => {
                        if elts
                            .iter()
                            .filter(|e| matches!(e, Expr::Starred(_)))
                            .count()
                            > 1
                        {
                            return Err(syntax_err(
                                "multiple starred expressions in assignment",
                                span_of(t),
                            ));
                        }
                        let after = elts.len() - p - 1;
                        self.emit(Instr::UnpackEx(p as u32 | ((after as u32) << 8)));
                    }
                    None => self.emit(Instr::UnpackSequence(elts.len() as u32)),
                }
                for e in elts {
                    match e {
                        Expr::Starred(s) => self.store_target(&s.value)?,
                        e => self.store_target(e)?,
                    }
                }
            }
            Expr::Starred(s) => {
                return Err(syntax_err(
                    "starred assignment target must be in a list or tuple",
                    span_of(s),
                ))
            }
            other => return Err(syntax_err("cannot assign to expression", span_of(other))),
        }
        Ok(())
    }

    fn delete(&mut self, t: &'a Expr) -> CResult {
        match t {
            Expr::Name(n) => self.name_op(n.id.as_str(), NameOp::Delete),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let n = self.b().add_name(a.attr.id.as_str());
                self.emit(Instr::DeleteAttr(n));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::DeleteSubscr);
            }
            Expr::Tuple(t) => t.elts.iter().try_for_each(|e| self.delete(e))?,
            Expr::List(l) => l.elts.iter().try_for_each(|e| self.delete(e))?,
            other => return Err(syntax_err("cannot delete expression", span_of(other))),
        }
        Ok(())
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult {
        let op = BinOp::from_u32(binop_of(a.op) as u32 + 13) as u32;
        match &*a.target {
            Expr::Name(n) => {
                self.load_name(n.id.as_str());
                self.expr(&a.value)?;
                self.set_span(a);
                self.emit(Instr::BinaryOp(op));
                self.store_name(n.id.as_str());
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Instr::Copy(1));
                let n = self.b().add_name(at.attr.id.as_str());
                self.emit(Instr::LoadAttr(n));
                self.expr(&a.value)?;
                self.set_span(a);
                self.emit(Instr::BinaryOp(op));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreAttr(n));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::Copy(2));
                self.emit(Instr::Copy(2));
                self.emit(Instr::BinarySubscr);
                self.expr(&a.value)?;
                self.set_span(a);
                self.emit(Instr::BinaryOp(op));
                self.emit(Instr::Swap(3));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreSubscr);
            }
            other => {
                return Err(syntax_err(
                    "'expression' is an illegal expression for augmented assignment",
                    span_of(other),
                ))
            }
        }
        Ok(())
    }

    fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult {
        if let Some(v) = &a.value {
            self.expr(v)?;
            self.store_target(&a.target)?;
        }
        let in_body = matches!(
            self.scope().kind,
            crate::scope::ScopeKind::Module | crate::scope::ScopeKind::Class
        );
        if let (true, true, Expr::Name(n)) = (a.simple, in_body, &*a.target) {
            self.expr(&a.annotation)?;
            let ann = self.b().add_name("__annotations__");
            self.emit(Instr::LoadName(ann));
            self.load_const(Const::Str(n.id.as_str().into()));
            self.emit(Instr::StoreSubscr);
        }
        Ok(())
    }

    fn if_stmt(&mut self, i: &'a ast::StmtIf) -> CResult {
        let end = self.b().new_label();
        let mut next = self.b().new_label();
        self.jump_if(&i.test, false, next)?;
        self.stmts(&i.body)?;
        for clause in &i.elif_else_clauses {
            self.b().jump(Instr::Jump, end);
            self.b().bind(next);
            next = self.b().new_label();
            if let Some(t) = &clause.test {
                self.set_span(t);
                self.jump_if(t, false, next)?;
            }
            self.stmts(&clause.body)?;
        }
        self.b().bind(next);
        self.b().bind(end);
        Ok(())
    }

    fn push_fblock(&mut self, block: FBlock<'a>) {
        let outer_handler = self.b().handler;
        self.unit().fblocks.push(FEntry {
            block,
            outer_handler,
        });
    }

    fn pop_fblock(&mut self) {
        self.unit().fblocks.pop();
    }

    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> CResult {
        let top = self.b().new_label();
        let orelse = self.b().new_label();
        let brk = self.b().new_label();
        self.b().bind(top);
        let always = matches!(&*w.test, Expr::BooleanLiteral(b) if b.value)
            || matches!(&*w.test, Expr::NumberLiteral(n) if matches!(&n.value, ast::Number::Int(i) if i.as_i64() != Some(0)));
        if !always {
            self.jump_if(&w.test, false, orelse)?;
        }
        self.push_fblock(FBlock::Loop {
            cont: top,
            brk,
            for_iter: false,
        });
        self.stmts(&w.body)?;
        self.pop_fblock();
        self.set_span(&*w.test);
        self.b().jump(Instr::JumpBackward, top);
        self.b().bind(orelse);
        self.stmts(&w.orelse)?;
        self.b().bind(brk);
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult {
        if f.is_async {
            return Err(unsupported("`async for` is", span_of(f)));
        }
        self.expr(&f.iter)?;
        self.set_span(f);
        self.emit(Instr::GetIter);
        let top = self.b().new_label();
        let end = self.b().new_label();
        let brk = self.b().new_label();
        self.b().bind(top);
        self.b().jump(Instr::ForIter, end);
        self.unit().depth += 1;
        self.store_target(&f.target)?;
        self.push_fblock(FBlock::Loop {
            cont: top,
            brk,
            for_iter: true,
        });
        self.stmts(&f.body)?;
        self.pop_fblock();
        self.set_span(f);
        self.b().jump(Instr::JumpBackward, top);
        self.unit().depth -= 1;
        self.b().bind(end);
        self.stmts(&f.orelse)?;
        self.b().bind(brk);
        Ok(())
    }

    fn break_continue(&mut self, is_break: bool, span: corelab_base::Span) -> CResult {
        let Some(idx) = self
            .unit()
            .fblocks
            .iter()
            .rposition(|e| matches!(e.block, FBlock::Loop { .. }))
        else {
            return Err(syntax_err(
                if is_break {
                    "'break' outside loop"
                } else {
                    "'continue' not properly in loop"
                },
                span,
            ));
        };
        self.unwind_to(idx + 1, false)?;
        let FBlock::Loop {
            cont,
            brk,
            for_iter,
        } = self.unit().fblocks[idx].block.clone()
        else {
            unreachable!()
        };
        if is_break {
            if for_iter {
                let saved = self.b().handler;
                self.b().handler = self.unit().fblocks[idx].outer_handler;
                self.emit(Instr::PopTop);
                self.b().handler = saved;
            }
            self.b().jump(Instr::Jump, brk);
        } else {
            self.b().jump(Instr::JumpBackward, cont);
        }
        Ok(())
    }

    fn return_stmt(&mut self, r: &'a ast::StmtReturn) -> CResult {
        if !matches!(
            self.scope().kind,
            crate::scope::ScopeKind::Function | crate::scope::ScopeKind::Comprehension
        ) {
            return Err(syntax_err("'return' outside function", span_of(r)));
        }
        match &r.value {
            Some(v) => self.expr(v)?,
            None => self.load_const(Const::None),
        }
        self.set_span(r);
        self.unwind_to(0, true)?;
        self.emit(Instr::ReturnValue);
        Ok(())
    }

    /// Emits the exit code of every fblock above `keep` (innermost first),
    /// keeping the top of stack if `preserve`.
    fn unwind_to(&mut self, keep: usize, preserve: bool) -> CResult {
        let n = self.unit().fblocks.len();
        let saved_handler = self.b().handler;
        let saved: Vec<FEntry<'a>> = self.unit().fblocks.drain(keep..).collect();
        for (i, e) in saved.iter().enumerate().rev() {
            let _ = i;
            self.b().handler = e.outer_handler;
            // Blocks outside this one stay in force while it unwinds.
            let outer: Vec<FEntry<'a>> = saved[..i]
                .iter()
                .map(|x| FEntry {
                    block: x.block.clone(),
                    outer_handler: x.outer_handler,
                })
                .collect();
            let base_len = self.unit().fblocks.len();
            self.unit().fblocks.extend(outer);
            self.unwind_one(&e.block, preserve)?;
            self.unit().fblocks.truncate(base_len);
        }
        self.unit().fblocks.extend(saved);
        debug_assert_eq!(self.unit().fblocks.len(), n);
        self.b().handler = saved_handler;
        Ok(())
    }

    fn unwind_one(&mut self, block: &FBlock<'a>, preserve: bool) -> CResult {
        match block {
            FBlock::Loop { for_iter, .. } => {
                if *for_iter {
                    if preserve {
                        self.emit(Instr::Swap(2));
                    }
                    self.emit(Instr::PopTop);
                }
            }
            FBlock::Finally(body) => {
                if preserve {
                    self.unit().depth += 1;
                }
                self.stmts(body)?;
                if preserve {
                    self.unit().depth -= 1;
                }
            }
            FBlock::FinallyEnd => {
                if preserve {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
                if preserve {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopExcept);
            }
            FBlock::With => {
                if preserve {
                    self.emit(Instr::Swap(2));
                }
                self.exit_call_none();
            }
            FBlock::Handler(name) => {
                if preserve {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopExcept);
                if let Some(n) = name {
                    self.clear_name(n);
                }
            }
        }
        Ok(())
    }

    /// `[exit] -> []` calling `exit(None, None, None)`.
    fn exit_call_none(&mut self) {
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.emit(Instr::Call(2));
        self.emit(Instr::PopTop);
    }

    /// `name = None; del name` after `except E as name:`.
    fn clear_name(&mut self, n: &str) {
        self.load_const(Const::None);
        self.store_name(n);
        self.name_op(n, NameOp::Delete);
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> CResult {
        let depth = self.unit().depth;
        let outer = self.b().handler;
        let handler = self.b().new_label();
        let cleanup = self.b().new_label();
        let end = self.b().new_label();
        self.b().handler = Some((handler, depth));
        self.stmts(&t.body)?;
        self.b().handler = outer;
        self.stmts(&t.orelse)?;
        self.b().jump(Instr::Jump, end);
        self.b().bind(handler);
        self.b().handler = Some((cleanup, depth + 1));
        self.emit(Instr::PushExcInfo);
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_span(h);
            let next = self.b().new_label();
            match &h.type_ {
                Some(ty) => {
                    self.expr(ty)?;
                    self.emit(Instr::CheckExcMatch);
                    self.b().jump(Instr::PopJumpIfFalse, next);
                }
                None if i + 1 < t.handlers.len() => {
                    return Err(syntax_err(
                        "default 'except:' must be last",
                        corelab_syntax::span_of(h),
                    ));
                }
                None => {}
            }
            self.unit().depth = depth + 1;
            let name = h.name.as_ref().map(|n| n.id.to_string());
            match &name {
                Some(n) => self.store_name(n),
                None => self.emit(Instr::PopTop),
            }
            let name_cleanup = self.b().new_label();
            if name.is_some() {
                self.b().handler = Some((name_cleanup, depth + 1));
            }
            self.push_fblock(FBlock::Handler(name.clone()));
            self.stmts(&h.body)?;
            self.pop_fblock();
            self.b().handler = Some((cleanup, depth + 1));
            self.emit(Instr::PopExcept);
            if let Some(n) = &name {
                self.clear_name(n);
            }
            self.b().jump(Instr::Jump, end);
            if let Some(n) = &name {
                self.b().bind(name_cleanup);
                self.clear_name(n);
                self.emit(Instr::Reraise(1));
            }
            self.unit().depth = depth;
            self.b().bind(next);
        }
        self.emit(Instr::Reraise(0));
        self.b().bind(cleanup);
        self.b().handler = outer;
        self.emit(Instr::Copy(2));
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise(1));
        self.b().bind(end);
        Ok(())
    }

    fn try_finally(&mut self, t: &'a ast::StmtTry) -> CResult {
        let depth = self.unit().depth;
        let outer = self.b().handler;
        let handler = self.b().new_label();
        let cleanup = self.b().new_label();
        let end = self.b().new_label();
        self.push_fblock(FBlock::Finally(&t.finalbody));
        self.b().handler = Some((handler, depth));
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
            self.b().handler = Some((handler, depth));
            self.stmts(&t.orelse)?;
        } else {
            self.try_except(t)?;
        }
        self.b().handler = outer;
        self.pop_fblock();
        self.stmts(&t.finalbody)?;
        self.b().jump(Instr::Jump, end);
        self.b().bind(handler);
        self.b().handler = Some((cleanup, depth + 1));
        self.emit(Instr::PushExcInfo);
        self.unit().depth = depth + 2;
        self.push_fblock(FBlock::FinallyEnd);
        self.stmts(&t.finalbody)?;
        self.pop_fblock();
        self.unit().depth = depth;
        self.emit(Instr::Reraise(0));
        self.b().bind(cleanup);
        self.b().handler = outer;
        self.emit(Instr::Copy(2));
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise(1));
        self.b().bind(end);
        Ok(())
    }

    fn with_items(&mut self, items: &'a [ast::WithItem], body: &'a [Stmt]) -> CResult {
        let Some((first, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let depth = self.unit().depth;
        let outer = self.b().handler;
        let handler = self.b().new_label();
        let cleanup = self.b().new_label();
        let suppress = self.b().new_label();
        let end = self.b().new_label();
        self.expr(&first.context_expr)?;
        self.set_span(&first.context_expr);
        self.emit(Instr::BeforeWith);
        self.unit().depth = depth + 1;
        self.push_fblock(FBlock::With);
        self.b().handler = Some((handler, depth + 1));
        match &first.optional_vars {
            Some(t) => self.store_target(t)?,
            None => self.emit(Instr::PopTop),
        }
        self.with_items(rest, body)?;
        self.b().handler = outer;
        self.pop_fblock();
        self.set_span(&first.context_expr);
        self.exit_call_none();
        self.b().jump(Instr::Jump, end);
        self.b().bind(handler);
        self.b().handler = Some((cleanup, depth + 2));
        self.emit(Instr::PushExcInfo);
        self.emit(Instr::WithExceptStart);
        self.b().jump(Instr::PopJumpIfTrue, suppress);
        self.emit(Instr::Reraise(2));
        self.b().bind(suppress);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::PopTop);
        self.b().handler = outer;
        self.b().jump(Instr::Jump, end);
        self.b().bind(cleanup);
        self.emit(Instr::Copy(2));
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise(1));
        self.unit().depth = depth;
        self.b().bind(end);
        Ok(())
    }
}

/// The `BinOp` of an AST operator.
pub(super) fn binop_of(op: ast::Operator) -> BinOp {
    use ast::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Subtract,
        O::Mult => BinOp::Multiply,
        O::MatMult => BinOp::MatrixMultiply,
        O::Div => BinOp::TrueDivide,
        O::Mod => BinOp::Remainder,
        O::Pow => BinOp::Power,
        O::LShift => BinOp::Lshift,
        O::RShift => BinOp::Rshift,
        O::BitOr => BinOp::Or,
        O::BitXor => BinOp::Xor,
        O::BitAnd => BinOp::And,
        O::FloorDiv => BinOp::FloorDivide,
    }
}
