//! Assignment targets: `=` (chained, unpacking with `UnpackSequence` /
//! `UnpackEx`), augmented assignment with 3.11's `Copy`/`Swap` sequences,
//! and `del`.

use super::expr::binop;
use super::Compiler;
use crate::error::{CResult, CompileError};
use crate::opcode::Instr;
use ruff_python_ast::{self as ast, Expr};

impl<'a> Compiler<'a> {
    pub(super) fn assign(&mut self, a: &'a ast::StmtAssign) -> CResult<()> {
        if let ([target], Some((elts, value_elts))) = (&a.targets[..], swap_shape(a)) {
            for v in value_elts {
                self.compile_expr(v)?;
            }
            match elts.len() {
                2 => self.at(&*a.value, |c| c.emit(Instr::Swap(2))),
                3 => self.at(&*a.value, |c| c.emit(Instr::Swap(3))),
                _ => {}
            }
            let _ = target;
            for t in elts {
                self.store_target(t)?;
            }
            return Ok(());
        }
        self.compile_expr(&a.value)?;
        let n = a.targets.len();
        for (i, t) in a.targets.iter().enumerate() {
            if i + 1 < n {
                self.emit(Instr::Copy(1));
            }
            self.store_target(t)?;
        }
        Ok(())
    }

    /// Stores the value on top of the stack into `target`.
    pub(super) fn store_target(&mut self, target: &'a Expr) -> CResult<()> {
        self.at(target, |c| c.store_inner(target))
    }

    fn store_inner(&mut self, target: &'a Expr) -> CResult<()> {
        match target {
            Expr::Name(n) => {
                self.store_name(&n.id);
                Ok(())
            }
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                let name = self.mangle(&a.attr);
                self.named_op(&name, Instr::StoreAttr);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_expr(&s.slice)?;
                self.emit(Instr::StoreSubscr);
                Ok(())
            }
            Expr::Tuple(t) => self.unpack(&t.elts, target),
            Expr::List(l) => self.unpack(&l.elts, target),
            Expr::Starred(_) => Err(CompileError::syntax(
                "starred assignment target must be in a list or tuple",
                target,
            )),
            _ => Err(CompileError::syntax("cannot assign to expression", target)),
        }
    }

    fn unpack(&mut self, elts: &'a [Expr], node: &Expr) -> CResult<()> {
        let stars: Vec<usize> = elts
            .iter()
            .enumerate()
            .filter(|(_, e)| e.is_starred_expr())
            .map(|(i, _)| i)
            .collect();
        match stars[..] {
            [] => self.emit(Instr::UnpackSequence(elts.len() as u32)),
            [i] => {
                let after = elts.len() - i - 1;
                if i >= 256 || after >= (1 << 24) {
                    let msg = "too many expressions in star-unpacking assignment";
                    return Err(CompileError::syntax(msg, node));
                }
                self.emit(Instr::UnpackEx(i as u32 | ((after as u32) << 8)));
            }
            _ => {
                return Err(CompileError::syntax(
                    "multiple starred expressions in assignment",
                    node,
                ))
            }
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.store_target(&s.value)?,
                _ => self.store_target(e)?,
            }
        }
        Ok(())
    }

    pub(super) fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult<()> {
        let op = Instr::BinaryOp(binop(a.op, true) as u32);
        match &*a.target {
            Expr::Name(n) => {
                self.at(&*a.target, |c| c.load_name(&n.id));
                self.compile_expr(&a.value)?;
                self.emit(op);
                self.at(&*a.target, |c| c.store_name(&n.id));
            }
            Expr::Attribute(at) => {
                let name = self.mangle(&at.attr);
                self.compile_expr(&at.value)?;
                self.at(&*a.target, |c| {
                    c.emit(Instr::Copy(1));
                    c.named_op(&name, Instr::LoadAttr);
                });
                self.compile_expr(&a.value)?;
                self.emit(op);
                self.at(&*a.target, |c| {
                    c.emit(Instr::Swap(2));
                    c.named_op(&name, Instr::StoreAttr);
                });
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_expr(&s.slice)?;
                self.at(&*a.target, |c| {
                    c.emit(Instr::Copy(2));
                    c.emit(Instr::Copy(2));
                    c.emit(Instr::BinarySubscr);
                });
                self.compile_expr(&a.value)?;
                self.emit(op);
                self.at(&*a.target, |c| {
                    c.emit(Instr::Swap(3));
                    c.emit(Instr::Swap(2));
                    c.emit(Instr::StoreSubscr);
                });
            }
            other => {
                let msg = "'expression' is an illegal expression for augmented assignment";
                return Err(CompileError::syntax(msg, other));
            }
        }
        Ok(())
    }

    pub(super) fn delete_target(&mut self, target: &'a Expr) -> CResult<()> {
        self.at(target, |c| c.delete_inner(target))
    }

    fn delete_inner(&mut self, target: &'a Expr) -> CResult<()> {
        match target {
            Expr::Name(n) => self.delete_name(&n.id),
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                let name = self.mangle(&a.attr);
                self.named_op(&name, Instr::DeleteAttr);
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_expr(&s.slice)?;
                self.emit(Instr::DeleteSubscr);
            }
            Expr::Tuple(t) => return t.elts.iter().try_for_each(|e| self.delete_target(e)),
            Expr::List(l) => return l.elts.iter().try_for_each(|e| self.delete_target(e)),
            _ => return Err(CompileError::syntax("cannot delete expression", target)),
        }
        Ok(())
    }
}

/// `a, b = x, y` with equal lengths and no stars: 3.11's optimizer turns
/// `BUILD_TUPLE n; UNPACK_SEQUENCE n` into `SWAP` (n = 2, 3) or nothing.
fn swap_shape(a: &ast::StmtAssign) -> Option<(&[Expr], &[Expr])> {
    let [target] = &a.targets[..] else {
        return None;
    };
    let elts = match target {
        Expr::Tuple(t) => &t.elts[..],
        Expr::List(l) => &l.elts[..],
        _ => return None,
    };
    let Expr::Tuple(v) = &*a.value else {
        return None;
    };
    let no_star = |xs: &[Expr]| !xs.iter().any(Expr::is_starred_expr);
    let ok = elts.len() == v.elts.len()
        && (1..=3).contains(&elts.len())
        && no_star(elts)
        && no_star(&v.elts);
    let constant = super::fold::fold_expr(&a.value).is_some();
    (ok && !constant).then_some((elts, &v.elts[..]))
}
