//! List/set/dict comprehensions and generator expressions: a nested code
//! object taking the first iterator as its parameter `.0`, called at once
//! with `<MakeFunction>; <first iterable>; GetIter; Call(0)`.

use super::unit::Label;
use super::Compiler;
use crate::code::CodeKind;
use crate::error::CResult;
use crate::opcode::Instr;
use corelab_syntax::span_of;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

impl CompKind {
    fn name(self) -> &'static str {
        match self {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Gen => "<genexpr>",
        }
    }
}

impl<'a> Compiler<'a> {
    pub(super) fn list_comp(&mut self, c: &'a ast::ExprListComp) -> CResult<()> {
        self.comprehension(c, CompKind::List, &c.generators, &c.elt, None)
    }

    pub(super) fn set_comp(&mut self, c: &'a ast::ExprSetComp) -> CResult<()> {
        self.comprehension(c, CompKind::Set, &c.generators, &c.elt, None)
    }

    pub(super) fn dict_comp(&mut self, c: &'a ast::ExprDictComp) -> CResult<()> {
        self.comprehension(c, CompKind::Dict, &c.generators, &c.key, Some(&c.value))
    }

    pub(super) fn generator_exp(&mut self, g: &'a ast::ExprGenerator) -> CResult<()> {
        self.comprehension(g, CompKind::Gen, &g.generators, &g.elt, None)
    }

    fn comprehension<T: Ranged>(
        &mut self,
        node: &'a T,
        kind: CompKind,
        gens: &'a [ast::Comprehension],
        elt: &'a Expr,
        val: Option<&'a Expr>,
    ) -> CResult<()> {
        let Some(first) = gens.first() else {
            return Ok(());
        };
        if gens.iter().any(|g| g.is_async) {
            return Err(self.unsupported("asynchronous comprehensions are", node));
        }
        let scope = self
            .table
            .scope_for(node)
            .ok_or_else(|| self.unsupported("this comprehension is", node))?;
        let qualname = self.qualname_for(kind.name(), false);
        let line = self.source.line_of(span_of(node).start);
        self.push_unit(scope, CodeKind::Comprehension, kind.name(), &qualname, line);
        self.unit().argcount = 1;
        self.emit(Instr::Resume(0));
        match kind {
            CompKind::List => self.emit(Instr::BuildList(0)),
            CompKind::Set => self.emit(Instr::BuildSet(0)),
            CompKind::Dict => self.emit(Instr::BuildMap(0)),
            CompKind::Gen => {}
        }
        self.comp_generator(gens, 0, 0, kind, elt, val)?;
        if kind == CompKind::Gen {
            self.implicit_return();
        } else {
            self.emit(Instr::ReturnValue);
        }
        let code = self.pop_unit();
        self.make_closure(code, 0, node)?;
        self.compile_iterable(&first.iter)?;
        self.emit(Instr::GetIter);
        self.emit(Instr::Call(0));
        Ok(())
    }

    fn comp_generator(
        &mut self,
        gens: &'a [ast::Comprehension],
        index: usize,
        mut depth: u32,
        kind: CompKind,
        elt: &'a Expr,
        val: Option<&'a Expr>,
    ) -> CResult<()> {
        let gen = &gens[index];
        let mut start: Option<Label> = None;
        if index == 0 {
            self.emit(Instr::LoadFast(0));
            start = Some(self.new_label());
        } else if let Some(single) =
            single_element(&gen.iter).filter(|_| self.fold(&gen.iter).is_none())
        {
            self.compile_expr(single)?;
        } else {
            self.compile_iterable(&gen.iter)?;
            self.emit(Instr::GetIter);
            start = Some(self.new_label());
        }
        let anchor = self.new_label();
        if let Some(s) = start {
            depth += 1;
            self.bind(s);
            self.emit_jump(Instr::ForIter, anchor);
        }
        self.store_target(&gen.target)?;
        let cleanup = self.new_label();
        let skip = start.unwrap_or(cleanup);
        for cond in &gen.ifs {
            self.jump_if(cond, skip, false)?;
        }
        if index + 1 < gens.len() {
            self.comp_generator(gens, index + 1, depth, kind, elt, val)?;
        } else {
            self.comp_element(kind, depth, elt, val)?;
        }
        self.bind(cleanup);
        if let Some(s) = start {
            self.jump(s);
            self.bind(anchor);
        }
        Ok(())
    }

    fn comp_element(
        &mut self,
        kind: CompKind,
        depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
    ) -> CResult<()> {
        self.compile_expr(elt)?;
        match (kind, val) {
            (CompKind::Gen, _) => {
                self.emit(Instr::YieldValue);
                self.emit(Instr::Resume(1));
                self.emit(Instr::PopTop);
            }
            (CompKind::List, _) => self.emit(Instr::ListAppend(depth + 1)),
            (CompKind::Set, _) => self.emit(Instr::SetAdd(depth + 1)),
            (CompKind::Dict, Some(v)) => {
                self.compile_expr(v)?;
                self.emit(Instr::MapAdd(depth + 1));
            }
            (CompKind::Dict, None) => {}
        }
        Ok(())
    }
}

/// `for y in [expr]`: the one element, bound without a loop.
fn single_element(iter: &Expr) -> Option<&Expr> {
    let elts = match iter {
        Expr::List(l) => &l.elts,
        Expr::Tuple(t) => &t.elts,
        _ => return None,
    };
    match &elts[..] {
        [e] if !e.is_starred_expr() => Some(e),
        _ => None,
    }
}
