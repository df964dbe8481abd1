//! Conditions compiled straight into jumps (CPython's `compiler_jump_if`):
//! `not`, `and`/`or`, conditional expressions, chained comparisons, `is
//! None` tests and constant conditions; plus the comparison operators.

use super::unit::Label;
use super::Compiler;
use crate::code::Const;
use crate::error::CResult;
use crate::opcode::{CmpOp, Instr};
use corelab_syntax::span_of;
use ruff_python_ast::{self as ast, BoolOp, Expr, UnaryOp};

impl<'a> Compiler<'a> {
    /// Jumps to `target` when `e`'s truth equals `cond`, else falls through.
    pub(super) fn jump_if(&mut self, e: &'a Expr, target: Label, cond: bool) -> CResult<()> {
        if let Some(c) = self.fold(e) {
            if truthy(&c) == cond {
                self.at(e, |c| c.jump(target));
            }
            return Ok(());
        }
        match e {
            Expr::UnaryOp(u) if u.op == UnaryOp::Not => self.jump_if(&u.operand, target, !cond),
            Expr::BoolOp(b) => self.jump_if_boolop(b, target, cond),
            Expr::If(i) => {
                let (end, other) = (self.new_label(), self.new_label());
                self.jump_if(&i.test, other, false)?;
                self.jump_if(&i.body, target, cond)?;
                self.jump(end);
                self.bind(other);
                self.jump_if(&i.orelse, target, cond)?;
                self.bind(end);
                Ok(())
            }
            Expr::Compare(cmp) if cmp.ops.len() > 1 => {
                self.at(e, |c| c.jump_if_chain(cmp, target, cond))
            }
            Expr::Compare(cmp) if is_none_test(cmp) => {
                self.check_compare(cmp);
                self.compile_expr(&cmp.left)?;
                let is = cmp.ops[0] == ast::CmpOp::Is;
                let make = if is == cond {
                    Instr::PopJumpIfNone
                } else {
                    Instr::PopJumpIfNotNone
                };
                self.at(e, |c| c.emit_jump(make, target));
                Ok(())
            }
            _ => {
                self.compile_expr(e)?;
                let make = if cond {
                    Instr::PopJumpIfTrue
                } else {
                    Instr::PopJumpIfFalse
                };
                self.at(e, |c| c.emit_jump(make, target));
                Ok(())
            }
        }
    }

    fn jump_if_boolop(&mut self, b: &'a ast::ExprBoolOp, target: Label, cond: bool) -> CResult<()> {
        let is_or = b.op == BoolOp::Or;
        let next = if is_or != cond {
            self.new_label()
        } else {
            target
        };
        let Some((last, rest)) = b.values.split_last() else {
            return Ok(());
        };
        for v in rest {
            self.jump_if(v, next, is_or)?;
        }
        self.jump_if(last, target, cond)?;
        if next != target {
            self.bind(next);
        }
        Ok(())
    }

    fn jump_if_chain(
        &mut self,
        cmp: &'a ast::ExprCompare,
        target: Label,
        cond: bool,
    ) -> CResult<()> {
        self.check_compare(cmp);
        let cleanup = self.new_label();
        self.compile_expr(&cmp.left)?;
        let n = cmp.ops.len();
        for i in 0..n - 1 {
            self.compile_expr(&cmp.comparators[i])?;
            self.emit(Instr::Swap(2));
            self.emit(Instr::Copy(2));
            self.compare_op(cmp.ops[i]);
            self.emit_jump(Instr::PopJumpIfFalse, cleanup);
        }
        self.compile_expr(&cmp.comparators[n - 1])?;
        self.compare_op(cmp.ops[n - 1]);
        let make = if cond {
            Instr::PopJumpIfTrue
        } else {
            Instr::PopJumpIfFalse
        };
        self.emit_jump(make, target);
        let end = self.new_label();
        self.jump(end);
        self.bind(cleanup);
        self.emit(Instr::PopTop);
        if !cond {
            self.jump(target);
        }
        self.bind(end);
        Ok(())
    }

    /// A comparison as a value: `a < b`, or a chain with `Swap`/`Copy`
    /// and `JumpIfFalseOrPop` like 3.11.
    /// CPython's `check_compare`: `is`/`is not` with a literal operand (a
    /// constant after folding, other than None, True, False and `...`)
    /// gets a SyntaxWarning, the first one of the comparison only.
    fn check_compare(&mut self, cmp: &ast::ExprCompare) {
        let literal = |e: &Expr| {
            !matches!(
                super::fold::fold_expr(e),
                None | Some(Const::None | Const::Bool(_) | Const::Ellipsis)
            )
        };
        let mut left = literal(&cmp.left);
        for (op, right) in cmp.ops.iter().zip(cmp.comparators.iter()) {
            let right = literal(right);
            if matches!(op, ast::CmpOp::Is | ast::CmpOp::IsNot) && (left || right) {
                let message = if *op == ast::CmpOp::Is {
                    "\"is\" with a literal. Did you mean \"==\"?"
                } else {
                    "\"is not\" with a literal. Did you mean \"!=\"?"
                };
                self.warn(span_of(cmp), message);
                return;
            }
            left = right;
        }
    }

    pub(super) fn compare(&mut self, cmp: &'a ast::ExprCompare) -> CResult<()> {
        self.check_compare(cmp);
        self.compile_expr(&cmp.left)?;
        let n = cmp.ops.len();
        if n == 1 {
            self.compile_in_operand(cmp.ops[0], &cmp.comparators[0])?;
            self.compare_op(cmp.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        for i in 0..n - 1 {
            self.compile_expr(&cmp.comparators[i])?;
            self.emit(Instr::Swap(2));
            self.emit(Instr::Copy(2));
            self.compare_op(cmp.ops[i]);
            self.emit_jump(Instr::JumpIfFalseOrPop, cleanup);
        }
        self.compile_in_operand(cmp.ops[n - 1], &cmp.comparators[n - 1])?;
        self.compare_op(cmp.ops[n - 1]);
        let end = self.new_label();
        self.jump(end);
        self.bind(cleanup);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopTop);
        self.bind(end);
        Ok(())
    }

    /// The right operand of `in`/`not in` gets the list-to-tuple folding.
    fn compile_in_operand(&mut self, op: ast::CmpOp, e: &'a Expr) -> CResult<()> {
        match op {
            ast::CmpOp::In | ast::CmpOp::NotIn => self.compile_iterable(e),
            _ => self.compile_expr(e),
        }
    }

    pub(super) fn compare_op(&mut self, op: ast::CmpOp) {
        let i = match op {
            ast::CmpOp::Eq => Instr::CompareOp(CmpOp::Eq as u32),
            ast::CmpOp::NotEq => Instr::CompareOp(CmpOp::Ne as u32),
            ast::CmpOp::Lt => Instr::CompareOp(CmpOp::Lt as u32),
            ast::CmpOp::LtE => Instr::CompareOp(CmpOp::Le as u32),
            ast::CmpOp::Gt => Instr::CompareOp(CmpOp::Gt as u32),
            ast::CmpOp::GtE => Instr::CompareOp(CmpOp::Ge as u32),
            ast::CmpOp::Is => Instr::IsOp(0),
            ast::CmpOp::IsNot => Instr::IsOp(1),
            ast::CmpOp::In => Instr::ContainsOp(0),
            ast::CmpOp::NotIn => Instr::ContainsOp(1),
        };
        self.emit(i);
    }
}

/// `x is None` / `x is not None`.
fn is_none_test(cmp: &ast::ExprCompare) -> bool {
    cmp.ops.len() == 1
        && matches!(cmp.ops[0], ast::CmpOp::Is | ast::CmpOp::IsNot)
        && matches!(cmp.comparators[0], Expr::NoneLiteral(_))
}

/// Python truthiness of a constant.
pub(super) fn truthy(c: &Const) -> bool {
    match c {
        Const::None => false,
        Const::Bool(b) => *b,
        Const::Int(i) => *i != 0,
        Const::BigInt(_) => true,
        Const::Float(f) => *f != 0.0,
        Const::Complex(r, i) => *r != 0.0 || *i != 0.0,
        Const::Str(s) => !s.is_empty(),
        Const::Bytes(b) => !b.is_empty(),
        Const::Tuple(t) | Const::FrozenSet(t) => !t.is_empty(),
        Const::Ellipsis | Const::Code(_) => true,
    }
}
