//! Scope analysis (CPython's symtable, simplified): for every function,
//! lambda, class body and comprehension, which names are locals, cells,
//! free variables, explicit or implicit globals. Scopes are keyed by the
//! byte offset where their node starts.

use corelab_syntax::ast::{self, Expr, Stmt};
use ruff_text_size::Ranged;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Comprehension,
}

/// How a name is accessed in one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// `LoadFast`/`StoreFast`.
    Fast,
    /// A cell of this scope or a free variable (`LoadDeref`).
    Deref,
    /// `LoadGlobal`/`StoreGlobal`.
    Global,
    /// Module and class bodies: `LoadName`/`StoreName`.
    Name,
    /// Class body reading a free variable: `LoadClassDeref`.
    ClassDeref,
}

#[derive(Clone, Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    /// Names bound here, in order of first binding (parameters first).
    pub bound: Vec<String>,
    pub params: Vec<String>,
    pub globals: BTreeSet<String>,
    pub nonlocals: BTreeSet<String>,
    pub used: BTreeSet<String>,
    /// Names of this scope captured by inner scopes.
    pub cells: BTreeSet<String>,
    /// Names this scope takes from enclosing scopes (in sorted order).
    pub free: BTreeSet<String>,
    pub is_generator: bool,
    pub children: Vec<u32>,
}

impl Scope {
    fn new(kind: ScopeKind) -> Self {
        Scope {
            kind,
            bound: Vec::new(),
            params: Vec::new(),
            globals: BTreeSet::new(),
            nonlocals: BTreeSet::new(),
            used: BTreeSet::new(),
            cells: BTreeSet::new(),
            free: BTreeSet::new(),
            is_generator: false,
            children: Vec::new(),
        }
    }

    fn bind(&mut self, name: &str) {
        if !self.bound.iter().any(|b| b == name) {
            self.bound.push(name.to_string());
        }
    }

    pub fn binds(&self, name: &str) -> bool {
        self.bound.iter().any(|b| b == name)
            && !self.globals.contains(name)
            && !self.nonlocals.contains(name)
    }

    /// How `name` is accessed here.
    pub fn access(&self, name: &str) -> Access {
        if self.globals.contains(name) {
            return Access::Global;
        }
        if self.kind == ScopeKind::Module {
            return Access::Name;
        }
        if self.kind == ScopeKind::Class {
            if self.free.contains(name) && !self.binds(name) {
                return Access::ClassDeref;
            }
            return Access::Name;
        }
        if self.cells.contains(name) || self.free.contains(name) {
            return Access::Deref;
        }
        if self.binds(name) {
            return Access::Fast;
        }
        Access::Global
    }
}

/// The key of the module scope (node offsets are below it).
pub const MODULE_KEY: u32 = u32::MAX;

/// Errors found during analysis (CPython SyntaxErrors).
#[derive(Clone, Debug)]
pub struct ScopeError {
    pub message: String,
    pub offset: u32,
}

pub struct Scopes {
    pub scopes: BTreeMap<u32, Scope>,
}

impl Scopes {
    pub fn get(&self, offset: u32) -> &Scope {
        &self.scopes[&offset]
    }
}

/// Analyses a module.
pub fn analyze(module: &ast::ModModule) -> Result<Scopes, ScopeError> {
    let mut b = Builder {
        scopes: BTreeMap::new(),
        stack: Vec::new(),
    };
    b.enter(MODULE_KEY, ScopeKind::Module);
    for s in &module.body {
        b.stmt(s)?;
    }
    b.exit();
    let mut scopes = Scopes { scopes: b.scopes };
    resolve(&mut scopes, MODULE_KEY, &[])?;
    Ok(scopes)
}

struct Builder {
    scopes: BTreeMap<u32, Scope>,
    stack: Vec<u32>,
}

fn off(node: &impl Ranged) -> u32 {
    node.range().start().to_u32()
}

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        let k = *self.stack.last().expect("scope stack");
        self.scopes.get_mut(&k).expect("scope")
    }

    fn enter(&mut self, key: u32, kind: ScopeKind) {
        if let Some(&parent) = self.stack.last() {
            self.scopes
                .get_mut(&parent)
                .expect("parent")
                .children
                .push(key);
        }
        self.scopes.insert(key, Scope::new(kind));
        self.stack.push(key);
    }

    fn exit(&mut self) {
        self.stack.pop();
    }

    fn bind(&mut self, name: &str) {
        self.cur().bind(name);
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), ScopeError> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn declare(
        &mut self,
        names: &[ast::Identifier],
        global: bool,
        at: u32,
    ) -> Result<(), ScopeError> {
        for n in names {
            let n = n.id.as_str();
            let scope = self.cur();
            if scope.used.contains(n) || scope.bound.iter().any(|b| b == n) {
                let what = if global { "global" } else { "nonlocal" };
                let how = if scope.bound.iter().any(|b| b == n) {
                    "assigned to"
                } else {
                    "used"
                };
                return Err(ScopeError {
                    message: format!("name '{n}' is {how} prior to {what} declaration"),
                    offset: at,
                });
            }
            if global {
                scope.globals.insert(n.to_string());
            } else {
                if scope.kind == ScopeKind::Module {
                    return Err(ScopeError {
                        message: "nonlocal declaration not allowed at module level".into(),
                        offset: at,
                    });
                }
                scope.nonlocals.insert(n.to_string());
            }
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), ScopeError> {
        match s {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(&d.expression)?;
                }
                self.param_defaults(&f.parameters)?;
                self.bind(f.name.id.as_str());
                self.enter(off(f), ScopeKind::Function);
                self.params(&f.parameters);
                self.stmts(&f.body)?;
                self.exit();
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(&d.expression)?;
                }
                if let Some(args) = &c.arguments {
                    args.args.iter().try_for_each(|a| self.expr(a))?;
                    args.keywords.iter().try_for_each(|k| self.expr(&k.value))?;
                }
                self.bind(c.name.id.as_str());
                self.enter(off(c), ScopeKind::Class);
                self.stmts(&c.body)?;
                self.exit();
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v)?;
                }
            }
            Stmt::Delete(d) => d.targets.iter().try_for_each(|t| self.target(t))?,
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                a.targets.iter().try_for_each(|t| self.target(t))?;
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value)?;
                if let Expr::Name(n) = &*a.target {
                    self.cur().used.insert(n.id.to_string());
                }
                self.target(&a.target)?;
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.target(&a.target)?;
                } else if let Expr::Name(n) = &*a.target {
                    // `x: int` makes x local without assigning it.
                    if self.cur().kind == ScopeKind::Function {
                        self.bind(n.id.as_str());
                    }
                } else {
                    self.target(&a.target)?;
                }
                if self.cur().kind != ScopeKind::Function {
                    self.expr(&a.annotation)?;
                }
            }
            Stmt::For(f) => {
                self.expr(&f.iter)?;
                self.target(&f.target)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.expr(&w.test)?;
                self.stmts(&w.body)?;
                self.stmts(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.expr(t)?;
                    }
                    self.stmts(&c.body)?;
                }
            }
            Stmt::With(w) => {
                for it in &w.items {
                    self.expr(&it.context_expr)?;
                    if let Some(v) = &it.optional_vars {
                        self.target(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.expr(c)?;
                }
            }
            Stmt::Try(t) => {
                self.stmts(&t.body)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(n.id.as_str());
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(&t.orelse)?;
                self.stmts(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let name = match &a.asname {
                        Some(n) => n.id.to_string(),
                        None => a.name.id.split('.').next().unwrap_or("").to_string(),
                    };
                    self.bind(&name);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.id.as_str() == "*" {
                        continue;
                    }
                    let name = a.asname.as_ref().unwrap_or(&a.name);
                    self.bind(name.id.as_str());
                }
            }
            Stmt::Global(g) => self.declare(&g.names, true, off(g))?,
            Stmt::Nonlocal(n) => self.declare(&n.names, false, off(n))?,
            Stmt::Expr(e) => self.expr(&e.value)?,
            _ => {}
        }
        Ok(())
    }

    fn param_defaults(&mut self, p: &ast::Parameters) -> Result<(), ScopeError> {
        for pd in p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs) {
            if let Some(d) = &pd.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }

    fn params(&mut self, p: &ast::Parameters) {
        let mut names: Vec<String> = Vec::new();
        for pd in p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs) {
            names.push(pd.parameter.name.id.to_string());
        }
        if let Some(v) = &p.vararg {
            names.push(v.name.id.to_string());
        }
        if let Some(k) = &p.kwarg {
            names.push(k.name.id.to_string());
        }
        for n in &names {
            self.bind(n);
        }
        self.cur().params = names;
    }

    fn target(&mut self, t: &Expr) -> Result<(), ScopeError> {
        match t {
            Expr::Name(n) => self.bind(n.id.as_str()),
            Expr::Tuple(t) => t.elts.iter().try_for_each(|e| self.target(e))?,
            Expr::List(l) => l.elts.iter().try_for_each(|e| self.target(e))?,
            Expr::Starred(s) => self.target(&s.value)?,
            Expr::Attribute(a) => self.expr(&a.value)?,
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
            }
            other => self.expr(other)?,
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        key: u32,
        gens: &[ast::Comprehension],
        elts: &[&Expr],
        is_gen: bool,
    ) -> Result<(), ScopeError> {
        if let Some(first) = gens.first() {
            self.expr(&first.iter)?;
        }
        self.enter(key, ScopeKind::Comprehension);
        self.cur().params = vec![".0".into()];
        self.bind(".0");
        self.cur().is_generator = is_gen;
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            g.ifs.iter().try_for_each(|c| self.expr(c))?;
        }
        elts.iter().try_for_each(|e| self.expr(e))?;
        self.exit();
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), ScopeError> {
        match e {
            Expr::Name(n) => {
                let id = n.id.to_string();
                if id == "super" {
                    self.cur().used.insert("__class__".into());
                }
                self.cur().used.insert(id);
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                // The target binds in the nearest non-comprehension scope.
                let Expr::Name(t) = &*n.target else {
                    return Ok(());
                };
                let name = t.id.to_string();
                let target_scope = self
                    .stack
                    .iter()
                    .rev()
                    .copied()
                    .find(|k| self.scopes[k].kind != ScopeKind::Comprehension)
                    .unwrap_or(MODULE_KEY);
                let comp_levels: Vec<u32> = self
                    .stack
                    .iter()
                    .rev()
                    .copied()
                    .take_while(|k| self.scopes[k].kind == ScopeKind::Comprehension)
                    .collect();
                for k in &comp_levels {
                    self.scopes
                        .get_mut(k)
                        .expect("scope")
                        .used
                        .insert(name.clone());
                }
                if comp_levels.is_empty() {
                    self.bind(&name);
                } else {
                    let s = self.scopes.get_mut(&target_scope).expect("scope");
                    s.bind(&name);
                    if s.kind == ScopeKind::Module {
                        for k in &comp_levels {
                            self.scopes
                                .get_mut(k)
                                .expect("scope")
                                .globals
                                .insert(name.clone());
                        }
                    } else {
                        for k in &comp_levels {
                            self.scopes
                                .get_mut(k)
                                .expect("scope")
                                .nonlocals
                                .insert(name.clone());
                        }
                    }
                }
            }
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.param_defaults(p)?;
                }
                self.enter(off(l), ScopeKind::Function);
                if let Some(p) = &l.parameters {
                    self.params(p);
                }
                self.expr(&l.body)?;
                self.exit();
            }
            Expr::ListComp(c) => self.comprehension(off(c), &c.generators, &[&c.elt], false)?,
            Expr::SetComp(c) => self.comprehension(off(c), &c.generators, &[&c.elt], false)?,
            Expr::Generator(c) => self.comprehension(off(c), &c.generators, &[&c.elt], true)?,
            Expr::DictComp(c) => {
                self.comprehension(off(c), &c.generators, &[&c.key, &c.value], false)?
            }
            Expr::Yield(y) => {
                self.cur().is_generator = true;
                if let Some(v) = &y.value {
                    self.expr(v)?;
                }
            }
            Expr::YieldFrom(y) => {
                self.cur().is_generator = true;
                self.expr(&y.value)?;
            }
            _ => {
                let mut err = Ok(());
                walk_children(e, &mut |c| {
                    if err.is_ok() {
                        err = self.expr(c);
                    }
                });
                err?;
            }
        }
        Ok(())
    }
}

/// Calls `f` on each direct sub-expression of `e` (for expressions without
/// scope effects of their own).
pub fn walk_children<'a>(e: &'a Expr, f: &mut impl FnMut(&'a Expr)) {
    match e {
        Expr::BoolOp(b) => b.values.iter().for_each(f),
        Expr::BinOp(b) => {
            f(&b.left);
            f(&b.right)
        }
        Expr::UnaryOp(u) => f(&u.operand),
        Expr::If(i) => {
            f(&i.test);
            f(&i.body);
            f(&i.orelse)
        }
        Expr::Dict(d) => d.items.iter().for_each(|it| {
            if let Some(k) = &it.key {
                f(k)
            }
            f(&it.value)
        }),
        Expr::Set(s) => s.elts.iter().for_each(f),
        Expr::Await(a) => f(&a.value),
        Expr::Compare(c) => {
            f(&c.left);
            c.comparators.iter().for_each(f)
        }
        Expr::Call(c) => {
            f(&c.func);
            c.arguments.args.iter().for_each(&mut *f);
            c.arguments.keywords.iter().for_each(|k| f(&k.value))
        }
        Expr::FString(fs) => {
            for part in fs.value.iter() {
                if let ast::FStringPart::FString(s) = part {
                    walk_fstring(&s.elements, f);
                }
            }
        }
        Expr::Attribute(a) => f(&a.value),
        Expr::Subscript(s) => {
            f(&s.value);
            f(&s.slice)
        }
        Expr::Starred(s) => f(&s.value),
        Expr::List(l) => l.elts.iter().for_each(f),
        Expr::Tuple(t) => t.elts.iter().for_each(f),
        Expr::Slice(s) => {
            for x in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                f(x)
            }
        }
        _ => {}
    }
}

fn walk_fstring<'a>(elements: &'a ast::InterpolatedStringElements, f: &mut impl FnMut(&'a Expr)) {
    for el in elements.iter() {
        if let ast::InterpolatedStringElement::Interpolation(i) = el {
            f(&i.expression);
            if let Some(spec) = &i.format_spec {
                walk_fstring(&spec.elements, f);
            }
        }
    }
}

/// Top-down resolution: `enclosing` lists the name sets bound by enclosing
/// function scopes (innermost last). Returns nothing; fills cells/free.
fn resolve(
    scopes: &mut Scopes,
    key: u32,
    enclosing: &[BTreeSet<String>],
) -> Result<(), ScopeError> {
    let scope = scopes.scopes[&key].clone();
    let mut free = BTreeSet::new();
    let provides = |name: &str| enclosing.iter().any(|s| s.contains(name));
    // Names this scope reads from outside.
    for n in scope.used.iter().chain(&scope.nonlocals) {
        if scope.globals.contains(n) {
            continue;
        }
        let local = scope.binds(n) && scope.kind != ScopeKind::Module;
        if scope.nonlocals.contains(n) {
            if !provides(n) {
                return Err(ScopeError {
                    message: format!("no binding for nonlocal '{n}' found"),
                    offset: key,
                });
            }
            free.insert(n.clone());
        } else if !local && scope.kind != ScopeKind::Module && provides(n) {
            free.insert(n.clone());
        }
    }
    // What children may take from here.
    let mut inner = enclosing.to_vec();
    let mut mine: BTreeSet<String> = BTreeSet::new();
    match scope.kind {
        ScopeKind::Function | ScopeKind::Comprehension => {
            mine = scope
                .bound
                .iter()
                .filter(|n| scope.binds(n))
                .cloned()
                .collect();
            mine.extend(free.iter().cloned());
        }
        ScopeKind::Class => {
            mine.insert("__class__".into());
        }
        ScopeKind::Module => {}
    }
    let pushed = !mine.is_empty() || scope.kind == ScopeKind::Class;
    if pushed {
        inner.push(mine.clone());
    }
    let mut cells = BTreeSet::new();
    for &child in &scope.children {
        resolve(scopes, child, &inner)?;
        for n in scopes.scopes[&child].free.clone() {
            let provided_here = mine.contains(&n);
            let bound_here = match scope.kind {
                ScopeKind::Class => n == "__class__",
                ScopeKind::Module => false,
                _ => scope.binds(&n),
            };
            if bound_here {
                cells.insert(n);
            } else if scope.kind != ScopeKind::Module && (provided_here || provides(&n)) {
                // Passed through to an inner scope.
                free.insert(n);
            }
        }
    }
    let s = scopes.scopes.get_mut(&key).expect("scope");
    // `__class__` is only a cell of a class if a method needs it.
    s.cells = cells;
    s.free = free;
    if s.kind == ScopeKind::Function || s.kind == ScopeKind::Comprehension {
        s.free
            .remove("__class__")
            .then(|| s.free.insert("__class__".into()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn free_variables_pass_through_intermediate_scopes() {
        let src = "def outer(pool):\n    def mid():\n        return [pool for _ in 'ab']\n    return mid\n";
        let m = corelab_syntax::parse_module(src).unwrap();
        let s = analyze(&m).unwrap();
        let mid = s
            .scopes
            .values()
            .find(|x| x.bound.is_empty() && x.kind == ScopeKind::Function)
            .unwrap();
        assert!(mid.free.contains("pool"));
        let outer = s
            .scopes
            .values()
            .find(|x| x.params == vec!["pool".to_string()])
            .unwrap();
        assert!(outer.cells.contains("pool"));
    }

    #[test]
    fn module_comprehension_reads_globals() {
        let m = corelab_syntax::parse_module("def f():\n    pass\nprint([f for _ in range(3)])\n")
            .unwrap();
        let s = analyze(&m).unwrap();
        for (k, sc) in &s.scopes {
            eprintln!(
                "{k}: {:?} free={:?} cells={:?} bound={:?}",
                sc.kind, sc.free, sc.cells, sc.bound
            );
        }
        let comp = s
            .scopes
            .values()
            .find(|x| x.kind == ScopeKind::Comprehension)
            .unwrap();
        assert!(comp.free.is_empty());
    }
}
