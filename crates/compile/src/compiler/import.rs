//! `import` and `from ... import` (absolute only), and the compile-time
//! checks on `from __future__ import`.

use super::Compiler;
use crate::code::Const;
use crate::error::{CResult, CompileError};
use crate::opcode::Instr;
use ruff_python_ast::{self as ast, Stmt};

const FUTURE_FEATURES: [&str; 10] = [
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

impl<'a> Compiler<'a> {
    pub(super) fn import(&mut self, i: &'a ast::StmtImport) -> CResult<()> {
        for alias in &i.names {
            self.at(alias, |c| c.import_one(alias));
        }
        Ok(())
    }

    fn import_one(&mut self, alias: &ast::Alias) {
        self.load_const(Const::Int(0));
        self.load_const(Const::None);
        let full = alias.name.as_str();
        self.named_op(full, Instr::ImportName);
        match &alias.asname {
            Some(asname) => {
                let mut parts = full.split('.').skip(1).peekable();
                if parts.peek().is_none() {
                    self.store_name(asname);
                    return;
                }
                while let Some(attr) = parts.next() {
                    self.named_op(attr, Instr::ImportFrom);
                    if parts.peek().is_some() {
                        self.emit(Instr::Swap(2));
                        self.emit(Instr::PopTop);
                    }
                }
                self.store_name(asname);
                self.emit(Instr::PopTop);
            }
            None => {
                let top = full.split('.').next().unwrap_or(full);
                self.store_name(top);
            }
        }
    }

    pub(super) fn import_from(&mut self, i: &'a ast::StmtImportFrom) -> CResult<()> {
        if i.level > 0 {
            return Err(self.unsupported("relative imports are", i));
        }
        let module = i.module.as_ref().map_or("", |m| m.as_str());
        self.load_const(Const::Int(0));
        let names: Vec<Const> = i
            .names
            .iter()
            .map(|a| Const::Str(a.name.as_str().into()))
            .collect();
        self.load_const(Const::Tuple(names.into()));
        self.named_op(module, Instr::ImportName);
        if i.names.first().is_some_and(|a| a.name.as_str() == "*") {
            if !self.in_namespace_scope() {
                return Err(CompileError::syntax(
                    "import * only allowed at module level",
                    i,
                ));
            }
            self.emit(Instr::ImportStar);
            return Ok(());
        }
        for alias in &i.names {
            self.at(alias, |c| {
                c.named_op(alias.name.as_str(), Instr::ImportFrom);
                c.store_name(alias.asname.as_ref().unwrap_or(&alias.name));
            });
        }
        self.emit(Instr::PopTop);
        Ok(())
    }
}

/// CPython's future-statement checks: position and known features.
/// Returns whether `from __future__ import annotations` is in effect.
pub(super) fn check_future(body: &[Stmt]) -> CResult<bool> {
    let mut allowed = true;
    let mut annotations = false;
    for (idx, stmt) in body.iter().enumerate() {
        let Stmt::ImportFrom(i) = stmt else {
            allowed = allowed && idx == 0 && super::docstring(stmt).is_some();
            continue;
        };
        if i.module.as_ref().is_none_or(|m| m.as_str() != "__future__") || i.level > 0 {
            allowed = false;
            continue;
        }
        if !allowed {
            let msg = "from __future__ imports must occur at the beginning of the file";
            return Err(CompileError::syntax(msg, stmt));
        }
        for alias in &i.names {
            let name = alias.name.as_str();
            if name == "braces" {
                return Err(CompileError::syntax("not a chance", alias));
            }
            if !FUTURE_FEATURES.contains(&name) {
                return Err(CompileError::syntax(
                    format!("future feature {name} is not defined"),
                    alias,
                ));
            }
            annotations |= name == "annotations";
        }
    }
    Ok(annotations)
}
