//! The second pass of scope analysis, CPython's `analyze_block`: resolves
//! each symbol to local/global/free/cell given the names bound by the
//! enclosing function scopes, and marks cells and class closures.

use super::{
    NameScope, Scope, ScopeKind, Symbol, SymbolTable, DEF_BOUND, DEF_FREE_CLASS, DEF_GLOBAL,
    DEF_NONLOCAL,
};
use crate::error::{CResult, CompileError};
use std::collections::BTreeSet;

type Names = BTreeSet<String>;

pub(super) fn analyze(
    t: &mut SymbolTable,
    id: usize,
    bound: Option<&Names>,
    global: &Names,
) -> CResult<Names> {
    let kind = t.scopes[id].kind;
    let mut bound_copy = bound.cloned();
    let mut global = global.clone();
    let mut local = Names::new();
    let mut free = Names::new();
    let mut new_bound = Names::new();
    let mut new_global = Names::new();
    if kind == ScopeKind::Class {
        new_global.extend(global.iter().cloned());
        new_bound.extend(bound.into_iter().flatten().cloned());
    }
    let mut scopes = Vec::new();
    for (name, sym) in &t.scopes[id].symbols {
        let s = analyze_name(
            name,
            sym.flags,
            bound_copy.as_mut(),
            &mut local,
            &mut free,
            &mut global,
        )
        .map_err(|msg| {
            let span = t.scopes[id]
                .decl_spans
                .get(name)
                .copied()
                .unwrap_or_default();
            CompileError::syntax_at(msg, span)
        })?;
        scopes.push(s);
    }
    if kind == ScopeKind::Class {
        new_bound.insert("__class__".into());
    } else {
        if kind.is_function() {
            new_bound.extend(local.iter().cloned());
        }
        new_bound.extend(bound_copy.iter().flatten().cloned());
        new_global.extend(global.iter().cloned());
    }
    let mut new_free = Names::new();
    for child in t.scopes[id].children.clone() {
        let child_free = analyze(t, child, Some(&new_bound), &new_global)?;
        new_free.extend(child_free);
    }
    let scope = &mut t.scopes[id];
    for (i, s) in scopes.into_iter().enumerate() {
        scope.symbols[i].1.scope = s;
    }
    if kind.is_function() {
        for (name, sym) in scope.symbols.iter_mut() {
            if sym.scope == NameScope::Local && new_free.remove(name) {
                sym.scope = NameScope::Cell;
            }
        }
    } else if kind == ScopeKind::Class && new_free.remove("__class__") {
        scope.needs_class_closure = true;
    }
    update_symbols(scope, bound, &new_free);
    free.extend(new_free);
    Ok(free)
}

fn analyze_name(
    name: &str,
    flags: u16,
    bound: Option<&mut Names>,
    local: &mut Names,
    free: &mut Names,
    global: &mut Names,
) -> Result<NameScope, String> {
    if flags & DEF_GLOBAL != 0 {
        if flags & DEF_NONLOCAL != 0 {
            return Err(format!("name '{name}' is nonlocal and global"));
        }
        global.insert(name.to_string());
        if let Some(b) = bound {
            b.remove(name);
        }
        return Ok(NameScope::GlobalExplicit);
    }
    if flags & DEF_NONLOCAL != 0 {
        let Some(b) = bound else {
            return Err("nonlocal declaration not allowed at module level".into());
        };
        if !b.contains(name) {
            return Err(format!("no binding for nonlocal '{name}' found"));
        }
        free.insert(name.to_string());
        return Ok(NameScope::Free);
    }
    if flags & DEF_BOUND != 0 {
        local.insert(name.to_string());
        global.remove(name);
        return Ok(NameScope::Local);
    }
    if bound.is_some_and(|b| b.contains(name)) {
        free.insert(name.to_string());
        return Ok(NameScope::Free);
    }
    Ok(NameScope::GlobalImplicit)
}

fn update_symbols(scope: &mut Scope, bound: Option<&Names>, free: &Names) {
    let class = scope.kind == ScopeKind::Class;
    for name in free {
        if let Some(&i) = scope.index.get(name) {
            let sym = &mut scope.symbols[i].1;
            if class && sym.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                sym.flags |= DEF_FREE_CLASS;
            }
            continue;
        }
        if bound.is_some_and(|b| !b.contains(name)) || bound.is_none() {
            continue;
        }
        scope.index.insert(name.clone(), scope.symbols.len());
        scope.symbols.push((
            name.clone(),
            Symbol {
                flags: 0,
                scope: NameScope::Free,
            },
        ));
    }
}
