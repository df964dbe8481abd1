//! Calls: `PushNull; <f>; <args>; [KwNames]; Call(n)`, method calls with
//! `LoadMethod`, and `CallFunctionEx` for `*args`/`**kwargs`
//! (CPython's `compiler_call_helper`).

use super::stmt::SeqKind;
use super::Compiler;
use crate::code::Const;
use crate::error::{CResult, CompileError};
use crate::opcode::Instr;
use crate::symtable::DEF_IMPORT;
use ruff_python_ast::{self as ast, Expr};

const STACK_USE_GUIDELINE: usize = 30;

impl<'a> Compiler<'a> {
    pub(super) fn call(&mut self, call: &'a ast::ExprCall) -> CResult<()> {
        if let Some(attr) = self.method_call_target(call) {
            return self.method_call(attr, &call.arguments);
        }
        self.emit(Instr::PushNull);
        self.compile_expr(&call.func)?;
        self.call_helper(0, &call.arguments)
    }

    /// The attribute of `o.m(...)` when 3.11 would use `LoadMethod`.
    fn method_call_target(&self, call: &'a ast::ExprCall) -> Option<&'a ast::ExprAttribute> {
        let Expr::Attribute(attr) = &*call.func else {
            return None;
        };
        if let Expr::Name(n) = &*attr.value {
            let top = &self.table.scopes[0];
            if top
                .lookup(n.id.as_str())
                .is_some_and(|s| s.flags & DEF_IMPORT != 0)
            {
                return None;
            }
        }
        let args = &call.arguments;
        let (nargs, nkw) = (args.args.len(), args.keywords.len());
        if nargs + nkw + (nkw != 0) as usize >= STACK_USE_GUIDELINE {
            return None;
        }
        let simple = !args.args.iter().any(Expr::is_starred_expr)
            && args.keywords.iter().all(|k| k.arg.is_some());
        simple.then_some(attr)
    }

    fn method_call(
        &mut self,
        attr: &'a ast::ExprAttribute,
        args: &'a ast::Arguments,
    ) -> CResult<()> {
        self.compile_expr(&attr.value)?;
        let name = self.mangle(&attr.attr);
        self.named_op(&name, Instr::LoadMethod);
        self.validate_keywords(args)?;
        for a in args.args.iter() {
            self.compile_expr(a)?;
        }
        self.keyword_values_and_names(&args.keywords)?;
        self.emit(Instr::Call((args.args.len() + args.keywords.len()) as u32));
        Ok(())
    }

    fn keyword_values_and_names(&mut self, kws: &'a [ast::Keyword]) -> CResult<()> {
        if kws.is_empty() {
            return Ok(());
        }
        for k in kws {
            self.compile_expr(&k.value)?;
        }
        let names: Vec<Const> = kws
            .iter()
            .map(|k| Const::Str(k.arg.as_ref().map_or("", |a| a.as_str()).into()))
            .collect();
        let i = self.unit().add_const(Const::Tuple(names.into()));
        self.emit(Instr::KwNames(i));
        Ok(())
    }

    fn validate_keywords(&self, args: &ast::Arguments) -> CResult<()> {
        for (i, k) in args.keywords.iter().enumerate() {
            let Some(name) = &k.arg else { continue };
            if args.keywords[i + 1..]
                .iter()
                .any(|o| o.arg.as_ref().is_some_and(|a| a.as_str() == name.as_str()))
            {
                let msg = format!("keyword argument repeated: {}", name.as_str());
                return Err(CompileError::syntax(msg, &args.keywords[i + 1]));
            }
        }
        Ok(())
    }

    /// Arguments after `pushed` already-pushed positional values, then the
    /// call instruction.
    pub(super) fn call_helper(&mut self, pushed: u32, args: &'a ast::Arguments) -> CResult<()> {
        self.validate_keywords(args)?;
        let (nargs, nkw) = (args.args.len(), args.keywords.len());
        let simple = nargs + nkw * 2 <= STACK_USE_GUIDELINE
            && !args.args.iter().any(Expr::is_starred_expr)
            && args.keywords.iter().all(|k| k.arg.is_some());
        if simple {
            for a in args.args.iter() {
                self.compile_expr(a)?;
            }
            self.keyword_values_and_names(&args.keywords)?;
            self.emit(Instr::Call(pushed + (nargs + nkw) as u32));
            return Ok(());
        }
        match (&args.args[..], pushed) {
            ([Expr::Starred(s)], 0) => self.compile_expr(&s.value)?,
            _ => self.build_sequence_after(&args.args, SeqKind::Tuple, pushed)?,
        }
        if nkw > 0 {
            self.kwargs_dict(&args.keywords)?;
        }
        self.emit(Instr::CallFunctionEx((nkw > 0) as u32));
        Ok(())
    }

    fn kwargs_dict(&mut self, kws: &'a [ast::Keyword]) -> CResult<()> {
        let mut have_dict = false;
        let mut seen = 0usize;
        for (i, k) in kws.iter().enumerate() {
            if k.arg.is_some() {
                seen += 1;
                continue;
            }
            if seen > 0 {
                self.subkwargs(&kws[i - seen..i])?;
                self.merge_kwargs(&mut have_dict);
                seen = 0;
            }
            if !have_dict {
                self.emit(Instr::BuildMap(0));
                have_dict = true;
            }
            self.compile_expr(&k.value)?;
            self.emit(Instr::DictMerge(1));
        }
        if seen > 0 {
            self.subkwargs(&kws[kws.len() - seen..])?;
            self.merge_kwargs(&mut have_dict);
        }
        Ok(())
    }

    fn merge_kwargs(&mut self, have_dict: &mut bool) {
        if *have_dict {
            self.emit(Instr::DictMerge(1));
        }
        *have_dict = true;
    }

    fn subkwargs(&mut self, kws: &'a [ast::Keyword]) -> CResult<()> {
        let n = kws.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        let name_of =
            |k: &ast::Keyword| Const::Str(k.arg.as_ref().map_or("", |a| a.as_str()).into());
        if n > 1 && !big {
            for k in kws {
                self.compile_expr(&k.value)?;
            }
            let keys: Vec<Const> = kws.iter().map(name_of).collect();
            self.load_const(Const::Tuple(keys.into()));
            self.emit(Instr::BuildConstKeyMap(n as u32));
            return Ok(());
        }
        if big {
            self.emit(Instr::BuildMap(0));
        }
        for k in kws {
            self.load_const(name_of(k));
            self.compile_expr(&k.value)?;
            if big {
                self.emit(Instr::MapAdd(1));
            }
        }
        if !big {
            self.emit(Instr::BuildMap(n as u32));
        }
        Ok(())
    }
}
