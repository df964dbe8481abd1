//! Expressions: constants, names, operators, `and`/`or`, conditional
//! expressions, attribute/subscript/slice loads, list/tuple/set/dict
//! displays (with `*`/`**` unpacking), `yield`, `yield from`, walrus.

use super::stmt::SeqKind;
use super::Compiler;
use crate::code::Const;
use crate::error::{CResult, CompileError};
use crate::opcode::{BinOp, Instr};
use ruff_python_ast::{self as ast, BoolOp, Expr, Operator, UnaryOp};

/// An instruction constructor taking its operand.
type MakeInstr = fn(u32) -> Instr;

/// CPython's `STACK_USE_GUIDELINE`.
const STACK_USE_GUIDELINE: usize = 30;

impl<'a> Compiler<'a> {
    pub(super) fn compile_expr(&mut self, e: &'a Expr) -> CResult<()> {
        let saved = self.span;
        self.span = corelab_syntax::span_of(e);
        let r = self.expr_inner(e);
        self.span = saved;
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult<()> {
        if let Some(c) = self.fold(e) {
            self.load_const(c);
            return Ok(());
        }
        match e {
            Expr::BoolOp(b) => self.bool_op(b),
            Expr::Named(n) => {
                self.compile_expr(&n.value)?;
                self.emit(Instr::Copy(1));
                self.store_target(&n.target)
            }
            Expr::BinOp(b) => {
                self.compile_expr(&b.left)?;
                self.compile_expr(&b.right)?;
                self.emit(Instr::BinaryOp(binop(b.op, false) as u32));
                Ok(())
            }
            Expr::UnaryOp(u) => {
                self.compile_expr(&u.operand)?;
                self.emit(match u.op {
                    UnaryOp::Invert => Instr::UnaryInvert,
                    UnaryOp::Not => Instr::UnaryNot,
                    UnaryOp::UAdd => Instr::UnaryPositive,
                    UnaryOp::USub => Instr::UnaryNegative,
                });
                Ok(())
            }
            Expr::Lambda(l) => self.lambda(l),
            Expr::If(i) => {
                let (other, end) = (self.new_label(), self.new_label());
                self.jump_if(&i.test, other, false)?;
                self.compile_expr(&i.body)?;
                self.jump(end);
                self.bind(other);
                self.compile_expr(&i.orelse)?;
                self.bind(end);
                Ok(())
            }
            Expr::Dict(d) => self.dict_display(&d.items),
            Expr::Set(s) => self.build_sequence(&s.elts, SeqKind::Set),
            Expr::List(l) => self.build_sequence(&l.elts, SeqKind::List),
            Expr::Tuple(t) => self.build_sequence(&t.elts, SeqKind::Tuple),
            Expr::ListComp(c) => self.list_comp(c),
            Expr::SetComp(c) => self.set_comp(c),
            Expr::DictComp(c) => self.dict_comp(c),
            Expr::Generator(g) => self.generator_exp(g),
            Expr::Yield(y) => self.yield_expr(y),
            Expr::YieldFrom(y) => self.yield_from(y),
            Expr::Compare(cmp) => self.compare(cmp),
            Expr::Call(call) => self.call(call),
            Expr::FString(f) => self.fstring(f),
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                let name = self.mangle(&a.attr);
                self.named_op(&name, Instr::LoadAttr);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_expr(&s.slice)?;
                self.emit(Instr::BinarySubscr);
                Ok(())
            }
            Expr::Slice(s) => self.slice(s),
            Expr::Name(n) => {
                self.load_name(&n.id);
                Ok(())
            }
            Expr::Starred(_) => Err(CompileError::syntax("can't use starred expression here", e)),
            Expr::Await(_) => Err(self.unsupported("`await` expressions are", e)),
            Expr::TString(_) => Err(self.unsupported("template strings are", e)),
            Expr::IpyEscapeCommand(_) => Err(self.unsupported("IPython escape commands are", e)),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => Err(self.unsupported("this literal is", e)),
        }
    }

    fn bool_op(&mut self, b: &'a ast::ExprBoolOp) -> CResult<()> {
        let end = self.new_label();
        let make = if b.op == BoolOp::And {
            Instr::JumpIfFalseOrPop
        } else {
            Instr::JumpIfTrueOrPop
        };
        let Some((last, rest)) = b.values.split_last() else {
            return Ok(());
        };
        for v in rest {
            self.compile_expr(v)?;
            self.emit_jump(make, end);
        }
        self.compile_expr(last)?;
        self.bind(end);
        Ok(())
    }

    pub(super) fn slice(&mut self, s: &'a ast::ExprSlice) -> CResult<()> {
        for part in [&s.lower, &s.upper] {
            match part {
                Some(v) => self.compile_expr(v)?,
                None => self.load_const(Const::None),
            }
        }
        let mut n = 2;
        if let Some(step) = &s.step {
            self.compile_expr(step)?;
            n = 3;
        }
        self.emit(Instr::BuildSlice(n));
        Ok(())
    }

    /// Tuple/list/set displays, CPython's `starunpack_helper`.
    pub(super) fn build_sequence(&mut self, elts: &'a [Expr], kind: SeqKind) -> CResult<()> {
        self.build_sequence_after(elts, kind, 0)
    }

    /// Like `build_sequence` with `pushed` items already on the stack that
    /// become the first elements (class bases after the body and name).
    pub(super) fn build_sequence_after(
        &mut self,
        elts: &'a [Expr],
        kind: SeqKind,
        pushed: u32,
    ) -> CResult<()> {
        let (build, add, extend): (MakeInstr, MakeInstr, MakeInstr) = match kind {
            SeqKind::Set => (Instr::BuildSet, Instr::SetAdd, Instr::SetUpdate),
            _ => (Instr::BuildList, Instr::ListAppend, Instr::ListExtend),
        };
        let tuple = kind == SeqKind::Tuple;
        let n = elts.len();
        let starred = elts.iter().any(Expr::is_starred_expr);
        if let (true, true, Some(c)) = (tuple, pushed == 0, self.fold_tuple_elts(elts)) {
            self.load_const(c);
            return Ok(());
        }
        if let (true, Some(c)) = (n > 2, self.fold_tuple_elts(elts)) {
            // CPython 3.11 folds a set display's constants into a frozenset.
            let c = match (kind, c) {
                (SeqKind::Set, Const::Tuple(items)) => self.frozenset_const(items),
                (_, c) => c,
            };
            if tuple && pushed == 0 {
                self.load_const(c);
            } else {
                self.emit(build(pushed));
                self.load_const(c);
                self.emit(extend(1));
                if tuple {
                    self.emit(Instr::ListToTuple);
                }
            }
            return Ok(());
        }
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        if !starred && !big {
            for e in elts {
                self.compile_expr(e)?;
            }
            let total = n as u32 + pushed;
            self.emit(if tuple {
                Instr::BuildTuple(total)
            } else {
                build(total)
            });
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit(build(pushed));
            built = true;
        }
        for (i, e) in elts.iter().enumerate() {
            if let Expr::Starred(s) = e {
                if !built {
                    self.emit(build(i as u32 + pushed));
                    built = true;
                }
                self.compile_expr(&s.value)?;
                self.emit(extend(1));
            } else {
                self.compile_expr(e)?;
                if built {
                    self.emit(add(1));
                }
            }
        }
        if tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    /// Dict displays, CPython's `compiler_dict`.
    fn dict_display(&mut self, items: &'a [ast::DictItem]) -> CResult<()> {
        let mut have_dict = false;
        let mut elements = 0usize;
        for (i, item) in items.iter().enumerate() {
            if item.key.is_none() {
                if elements > 0 {
                    self.subdict(&items[i - elements..i])?;
                    self.merge_dict(&mut have_dict);
                    elements = 0;
                }
                if !have_dict {
                    self.emit(Instr::BuildMap(0));
                    have_dict = true;
                }
                self.compile_expr(&item.value)?;
                self.emit(Instr::DictUpdate(1));
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.subdict(&items[i - elements..=i])?;
                self.merge_dict(&mut have_dict);
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(&items[items.len() - elements..])?;
            self.merge_dict(&mut have_dict);
        }
        if !have_dict {
            self.emit(Instr::BuildMap(0));
        }
        Ok(())
    }

    fn merge_dict(&mut self, have_dict: &mut bool) {
        if *have_dict {
            self.emit(Instr::DictUpdate(1));
        }
        *have_dict = true;
    }

    fn subdict(&mut self, items: &'a [ast::DictItem]) -> CResult<()> {
        let n = items.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        let keys: Option<Vec<Const>> = items
            .iter()
            .map(|it| it.key.as_ref().and_then(|k| self.fold(k)))
            .collect();
        if let (true, false, Some(keys)) = (n > 1, big, keys) {
            for it in items {
                self.compile_expr(&it.value)?;
            }
            self.load_const(Const::Tuple(keys.into()));
            self.emit(Instr::BuildConstKeyMap(n as u32));
            return Ok(());
        }
        if big {
            self.emit(Instr::BuildMap(0));
        }
        for it in items {
            if let Some(k) = &it.key {
                self.compile_expr(k)?;
            }
            self.compile_expr(&it.value)?;
            if big {
                self.emit(Instr::MapAdd(1));
            }
        }
        if !big {
            self.emit(Instr::BuildMap(n as u32));
        }
        Ok(())
    }

    fn yield_expr(&mut self, y: &'a ast::ExprYield) -> CResult<()> {
        self.check_yield_allowed(y)?;
        match &y.value {
            Some(v) => self.compile_expr(v)?,
            None => self.load_const(Const::None),
        }
        self.emit(Instr::YieldValue);
        self.emit(Instr::Resume(1));
        Ok(())
    }

    fn yield_from(&mut self, y: &'a ast::ExprYieldFrom) -> CResult<()> {
        self.check_yield_allowed(y)?;
        self.compile_expr(&y.value)?;
        self.emit(Instr::GetYieldFromIter);
        self.load_const(Const::None);
        self.yield_from_loop();
        Ok(())
    }

    /// `[iter, value]`: `L: Send(end); YieldValue; Resume(2);
    /// JumpBackwardNoInterrupt(L); end:`.
    pub(super) fn yield_from_loop(&mut self) {
        let (top, end) = (self.new_label(), self.new_label());
        self.bind(top);
        self.emit_jump(Instr::Send, end);
        self.emit(Instr::YieldValue);
        self.emit(Instr::Resume(2));
        self.emit_jump(Instr::JumpBackwardNoInterrupt, top);
        self.bind(end);
    }

    fn check_yield_allowed(&self, node: &impl ruff_text_size::Ranged) -> CResult<()> {
        if self.scope().kind.is_function() {
            Ok(())
        } else {
            Err(CompileError::syntax("'yield' outside function", node))
        }
    }
}

/// The `BinaryOp` operand of an AST operator (in-place for augmented
/// assignment).
pub(super) fn binop(op: Operator, inplace: bool) -> BinOp {
    let base = match op {
        Operator::Add => BinOp::Add,
        Operator::Sub => BinOp::Subtract,
        Operator::Mult => BinOp::Multiply,
        Operator::MatMult => BinOp::MatrixMultiply,
        Operator::Div => BinOp::TrueDivide,
        Operator::Mod => BinOp::Remainder,
        Operator::Pow => BinOp::Power,
        Operator::LShift => BinOp::Lshift,
        Operator::RShift => BinOp::Rshift,
        Operator::BitOr => BinOp::Or,
        Operator::BitXor => BinOp::Xor,
        Operator::BitAnd => BinOp::And,
        Operator::FloorDiv => BinOp::FloorDivide,
    };
    if inplace {
        BinOp::from_u32(base as u32 + 13)
    } else {
        base
    }
}
