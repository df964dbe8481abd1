//! Functions, lambdas and classes: defaults, closures (`LoadClosure` +
//! `BuildTuple` + `MakeFunction(0x08)`), decorators, qualified names, the
//! class-body prologue and `__classcell__`.

use super::Compiler;
use crate::code::{CodeKind, CodeObject, Const};
use crate::error::{CResult, CompileError};
use crate::opcode::Instr;
use crate::symtable::{NameScope, ScopeKind};
use corelab_syntax::span_of;
use ruff_python_ast::{self as ast, Expr};
use std::rc::Rc;

impl<'a> Compiler<'a> {
    pub(super) fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult<()> {
        if f.is_async {
            return Err(self.unsupported("`async def` functions are", f));
        }
        if f.type_params.is_some() {
            return Err(self.unsupported("generic functions (PEP 695) are", f));
        }
        let scope = self.child_scope(f)?;
        self.decorators(&f.decorator_list)?;
        let saved = std::mem::replace(&mut self.span, span_of(&f.name));
        let mut flags = self.default_arguments(&f.parameters)?;
        flags |= self.annotations(&f.parameters, f.returns.as_deref())?;
        let qualname = self.qualname_for(&f.name, true);
        let line = self.source.line_of(span_of(f).start);
        self.span = span_of(f);
        self.push_unit(scope, CodeKind::Function, &f.name, &qualname, line);
        self.set_arg_counts(&f.parameters);
        self.emit(Instr::Resume(0));
        let body = match f.body.split_first() {
            Some((first, rest)) if super::docstring(first).is_some() => {
                let doc = super::docstring(first).unwrap_or_default();
                self.unit().add_const(Const::Str(doc.into()));
                rest
            }
            _ => {
                self.unit().add_const(Const::None);
                &f.body[..]
            }
        };
        self.compile_stmts(body)?;
        if let Some(last) = f.body.last() {
            self.span = span_of(last);
        }
        self.implicit_return();
        let code = self.pop_unit();
        self.span = span_of(&f.name);
        self.make_closure(code, flags, f)?;
        self.span = saved;
        self.apply_decorators(&f.decorator_list);
        self.at(&f.name, |c| c.store_name(&f.name));
        Ok(())
    }

    pub(super) fn lambda(&mut self, l: &'a ast::ExprLambda) -> CResult<()> {
        let scope = self.child_scope(l)?;
        let flags = match &l.parameters {
            Some(p) => self.default_arguments(p)?,
            None => 0,
        };
        let qualname = self.qualname_for("<lambda>", false);
        let line = self.source.line_of(span_of(l).start);
        self.push_unit(scope, CodeKind::Lambda, "<lambda>", &qualname, line);
        if let Some(p) = &l.parameters {
            self.set_arg_counts(p);
        }
        self.emit(Instr::Resume(0));
        self.unit().add_const(Const::None);
        self.compile_expr(&l.body)?;
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        self.make_closure(code, flags, l)
    }

    pub(super) fn class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult<()> {
        if c.type_params.is_some() {
            return Err(self.unsupported("generic classes (PEP 695) are", c));
        }
        let keywords = c.arguments.as_deref().map_or(&[][..], |a| &a.keywords[..]);
        if let Some(k) = keywords
            .iter()
            .find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "metaclass"))
        {
            return Err(self.unsupported("the `metaclass` keyword is", k));
        }
        let scope = self.child_scope(c)?;
        self.decorators(&c.decorator_list)?;
        let qualname = self.qualname_for(&c.name, true);
        let line = self.source.line_of(span_of(c).start);
        self.push_unit(scope, CodeKind::Class, &c.name, &qualname, line);
        self.emit(Instr::Resume(0));
        self.named_op("__name__", Instr::LoadName);
        self.named_op("__module__", Instr::StoreName);
        self.load_const(Const::Str(qualname.as_str().into()));
        self.named_op("__qualname__", Instr::StoreName);
        self.setup_annotations(&c.body);
        self.compile_body_with_doc(&c.body)?;
        if let Some(last) = c.body.last() {
            self.span = span_of(last);
        }
        if let Some(slot) = self
            .unit_ref()
            .deref_slot("__class__")
            .filter(|_| self.scope().needs_class_closure)
        {
            self.emit(Instr::LoadClosure(slot));
            self.named_op("__classcell__", Instr::StoreName);
        }
        self.load_const(Const::None);
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        let saved = std::mem::replace(&mut self.span, span_of(&c.name));
        self.emit(Instr::PushNull);
        self.emit(Instr::LoadBuildClass);
        self.make_closure(code, 0, c)?;
        self.load_const(Const::Str(c.name.as_str().into()));
        match c.arguments.as_deref() {
            Some(a) => self.call_helper(2, a)?,
            None => self.emit(Instr::Call(2)),
        }
        self.span = saved;
        self.apply_decorators(&c.decorator_list);
        self.at(&c.name, |cc| cc.store_name(&c.name));
        Ok(())
    }

    fn child_scope<T: ruff_text_size::Ranged>(&self, node: &T) -> CResult<usize> {
        self.table
            .scope_for(node)
            .ok_or_else(|| self.unsupported("this construct (no scope was recorded) is", node))
    }

    fn decorators(&mut self, decos: &'a [ast::Decorator]) -> CResult<()> {
        decos
            .iter()
            .try_for_each(|d| self.compile_expr(&d.expression))
    }

    /// Each decorator was pushed before the function: `[deco, func]` and
    /// `Call(0)` calls `deco(func)` (the function acts as "self").
    fn apply_decorators(&mut self, decos: &'a [ast::Decorator]) {
        for d in decos.iter().rev() {
            self.at(d, |c| c.emit(Instr::Call(0)));
        }
    }

    /// Pushes the defaults tuple and kw-defaults dict; returns the
    /// `MakeFunction` flags.
    fn default_arguments(&mut self, p: &'a ast::Parameters) -> CResult<u32> {
        let mut flags = 0;
        let defaults: Vec<&'a Expr> = p
            .posonlyargs
            .iter()
            .chain(&p.args)
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            let folded: Option<Vec<Const>> = defaults.iter().map(|d| self.fold(d)).collect();
            match folded {
                Some(v) => self.load_const(Const::Tuple(v.into())),
                None => {
                    for d in &defaults {
                        self.compile_expr(d)?;
                    }
                    self.emit(Instr::BuildTuple(defaults.len() as u32));
                }
            }
            flags |= 0x01;
        }
        let mut keys = Vec::new();
        for a in &p.kwonlyargs {
            if let Some(d) = &a.default {
                keys.push(Const::Str(self.mangle(&a.parameter.name).into()));
                self.compile_expr(d)?;
            }
        }
        if !keys.is_empty() {
            let n = keys.len() as u32;
            self.load_const(Const::Tuple(keys.into()));
            self.emit(Instr::BuildConstKeyMap(n));
            flags |= 0x02;
        }
        Ok(flags)
    }

    /// Pushes the `(name, annotation, ...)` tuple of a def's annotated
    /// parameters and return, in CPython 3.11's order (regular, positional-
    /// only, `*args`, keyword-only, `**kwargs`, return); returns the
    /// `MakeFunction` flag 0x04, or 0 without annotations. Under
    /// `from __future__ import annotations` each annotation is its source text.
    fn annotations(&mut self, p: &'a ast::Parameters, returns: Option<&'a Expr>) -> CResult<u32> {
        let mut items: Vec<(String, &'a Expr)> = Vec::new();
        let params = p
            .args
            .iter()
            .chain(&p.posonlyargs)
            .map(|a| &a.parameter)
            .chain(p.vararg.as_deref())
            .chain(p.kwonlyargs.iter().map(|a| &a.parameter))
            .chain(p.kwarg.as_deref());
        for param in params {
            if let Some(ann) = param.annotation.as_deref() {
                items.push((self.mangle(&param.name), ann));
            }
        }
        if let Some(r) = returns {
            items.push(("return".to_string(), r));
        }
        if items.is_empty() {
            return Ok(0);
        }
        let n = items.len() as u32;
        for (name, ann) in items {
            self.load_const(Const::Str(name.into()));
            if self.future_annotations {
                let r = span_of(ann);
                let text = self
                    .source
                    .text
                    .get(r.start as usize..r.end as usize)
                    .unwrap_or("");
                self.load_const(Const::Str(text.into()));
            } else {
                self.compile_expr(ann)?;
            }
        }
        self.emit(Instr::BuildTuple(2 * n));
        Ok(0x04)
    }

    fn set_arg_counts(&mut self, p: &ast::Parameters) {
        let u = self.unit();
        u.posonlyargcount = p.posonlyargs.len() as u32;
        u.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
        u.kwonlyargcount = p.kwonlyargs.len() as u32;
        u.varargs = p.vararg.is_some();
        u.varkeywords = p.kwarg.is_some();
    }

    /// `LoadConst None; ReturnValue` unless the body already ends in a
    /// return that no jump targets past.
    pub(super) fn implicit_return(&mut self) {
        if !self.unit_ref().ends_with_return() {
            self.load_const(Const::None);
            self.emit(Instr::ReturnValue);
        }
    }

    /// `[closure tuple] LoadConst(code) MakeFunction(flags)`.
    pub(super) fn make_closure<T: ruff_text_size::Ranged>(
        &mut self,
        code: CodeObject,
        mut flags: u32,
        node: &T,
    ) -> CResult<()> {
        let frees: Vec<Rc<str>> = code
            .locals
            .iter()
            .filter(|(_, k)| *k == crate::LocalKind::Free)
            .map(|(n, _)| n.clone())
            .collect();
        if !frees.is_empty() {
            for name in &frees {
                let slot = self.unit_ref().deref_slot(name).ok_or_else(|| {
                    CompileError::unsupported(
                        &format!("closure over '{name}' (internal scope error) is"),
                        node,
                    )
                })?;
                self.emit(Instr::LoadClosure(slot));
            }
            self.emit(Instr::BuildTuple(frees.len() as u32));
            flags |= 0x08;
        }
        self.load_const(Const::Code(Rc::new(code)));
        self.emit(Instr::MakeFunction(flags));
        Ok(())
    }

    /// CPython's `compiler_set_qualname`, computed from the current
    /// (parent) unit before the child is pushed.
    pub(super) fn qualname_for(&self, name: &str, def_or_class: bool) -> String {
        if self.units.len() <= 1 {
            return name.to_string();
        }
        let parent = self.unit_ref();
        if def_or_class {
            let mangled = self.mangle(name);
            if self.scope().scope_of(&mangled) == NameScope::GlobalExplicit {
                return name.to_string();
            }
        }
        match parent.scope_kind {
            ScopeKind::Function | ScopeKind::Lambda => {
                format!("{}.<locals>.{name}", parent.qualname)
            }
            _ => format!("{}.{name}", parent.qualname),
        }
    }
}
