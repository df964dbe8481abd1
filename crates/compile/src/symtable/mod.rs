//! Scope analysis, after CPython's symtable.c: one [`Scope`] per module,
//! class body, function, lambda and comprehension, each name resolved to
//! local, global (explicit or implicit), free or cell. Also the compile-time
//! `SyntaxError`s that CPython raises from its symbol table (misplaced
//! `global`/`nonlocal`, `yield` outside a function, ...).

use crate::error::{CResult, CompileError};
use corelab_base::Span;
use corelab_syntax::span_of;
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, ExprContext, Stmt};
use ruff_text_size::Ranged;
use std::collections::{BTreeSet, HashMap};

mod analyze;
use analyze::analyze;

pub const DEF_GLOBAL: u16 = 1;
pub const DEF_LOCAL: u16 = 2;
pub const DEF_PARAM: u16 = 4;
pub const DEF_NONLOCAL: u16 = 8;
pub const USE: u16 = 16;
pub const DEF_FREE_CLASS: u16 = 32;
pub const DEF_IMPORT: u16 = 64;
pub const DEF_ANNOT: u16 = 128;
pub const DEF_COMP_ITER: u16 = 256;
pub(crate) const DEF_BOUND: u16 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/// Where a name lives, as CPython's `_PyST_GetScope` answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

impl ScopeKind {
    /// CPython's `FunctionBlock` (functions, lambdas, comprehensions).
    pub fn is_function(self) -> bool {
        matches!(
            self,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Symbol {
    pub flags: u16,
    pub scope: NameScope,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    /// Symbols in order of first mention.
    pub symbols: Vec<(String, Symbol)>,
    pub(super) index: HashMap<String, usize>,
    /// Parameter names in localsplus order.
    pub params: Vec<String>,
    pub generator: bool,
    /// Class body whose methods use `__class__`/`super`: it gets a cell.
    pub needs_class_closure: bool,
    pub children: Vec<usize>,
    /// The enclosing class name used for private-name mangling.
    pub private: Option<String>,
    comp_iter_expr: u32,
    /// Where each `global`/`nonlocal` name was declared (for errors).
    pub(super) decl_spans: HashMap<String, Span>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, private: Option<String>) -> Self {
        Scope {
            kind,
            name: name.to_string(),
            symbols: Vec::new(),
            index: HashMap::new(),
            params: Vec::new(),
            generator: false,
            needs_class_closure: false,
            children: Vec::new(),
            private,
            comp_iter_expr: 0,
            decl_spans: HashMap::new(),
        }
    }

    pub fn lookup(&self, name: &str) -> Option<Symbol> {
        self.index.get(name).map(|&i| self.symbols[i].1)
    }

    fn flags(&self, name: &str) -> u16 {
        self.lookup(name).map_or(0, |s| s.flags)
    }

    fn add_flags(&mut self, name: &str, flags: u16) {
        match self.index.get(name) {
            Some(&i) => self.symbols[i].1.flags |= flags,
            None => {
                self.index.insert(name.to_string(), self.symbols.len());
                let sym = Symbol {
                    flags,
                    scope: NameScope::GlobalImplicit,
                };
                self.symbols.push((name.to_string(), sym));
            }
        }
    }

    /// Resolution of `name` (implicit global when never mentioned).
    pub fn scope_of(&self, name: &str) -> NameScope {
        self.lookup(name)
            .map_or(NameScope::GlobalImplicit, |s| s.scope)
    }
}

/// All scopes of a module; scope 0 is the module.
#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
}

impl SymbolTable {
    /// The scope created by an AST node (function def, class def, lambda,
    /// comprehension), identified by the node's address.
    pub fn scope_for<T>(&self, node: &T) -> Option<usize> {
        self.by_node.get(&node_key(node)).copied()
    }
}

fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

/// CPython's private-name mangling (`__x` in class `C` becomes `_C__x`).
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

/// Builds and analyzes the symbol table of a module.
pub fn build(module: &ast::ModModule) -> CResult<SymbolTable> {
    let mut b = Builder {
        table: SymbolTable {
            scopes: vec![Scope::new(ScopeKind::Module, "top", None)],
            by_node: HashMap::new(),
        },
        stack: vec![0],
        error: None,
        comp_iter_target: false,
    };
    b.visit_body(&module.body);
    if let Some(e) = b.error {
        return Err(e);
    }
    let mut table = b.table;
    analyze(&mut table, 0, None, &BTreeSet::new())?;
    Ok(table)
}

struct Builder {
    table: SymbolTable,
    stack: Vec<usize>,
    error: Option<CompileError>,
    comp_iter_target: bool,
}

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        let id = *self.stack.last().unwrap_or(&0);
        &mut self.table.scopes[id]
    }

    fn fail(&mut self, e: CompileError) {
        if self.error.is_none() {
            self.error = Some(e);
        }
    }

    fn mangled(&mut self, name: &str) -> String {
        mangle(self.cur().private.as_deref(), name)
    }

    fn add_def(&mut self, name: &str, flags: u16, node: &impl Ranged) {
        let name = self.mangled(name);
        let scope = self.cur();
        let old = scope.flags(&name);
        if flags & DEF_PARAM != 0 && old & DEF_PARAM != 0 {
            let msg = format!("duplicate argument '{name}' in function definition");
            self.fail(CompileError::syntax(msg, node));
            return;
        }
        scope.add_flags(&name, flags);
        if flags & DEF_PARAM != 0 {
            scope.params.push(name);
        }
    }

    fn enter<T>(&mut self, kind: ScopeKind, name: &str, node: &T) {
        let private = match kind {
            ScopeKind::Class => Some(name.to_string()),
            _ => self.cur().private.clone(),
        };
        let id = self.table.scopes.len();
        self.table.scopes.push(Scope::new(kind, name, private));
        self.cur().children.push(id);
        self.table.by_node.insert(node_key(node), id);
        self.stack.push(id);
    }

    fn leave(&mut self) {
        self.stack.pop();
    }

    fn add_params(&mut self, params: &ast::Parameters) {
        let positional = params.posonlyargs.iter().chain(&params.args);
        for p in positional.chain(&params.kwonlyargs) {
            self.add_def(&p.parameter.name, DEF_PARAM, p);
        }
        for p in params.vararg.iter().chain(&params.kwarg) {
            self.add_def(&p.name, DEF_PARAM, &**p);
        }
    }

    fn visit_defaults(&mut self, params: &ast::Parameters) {
        for p in params.iter_non_variadic_params() {
            if let Some(d) = &p.default {
                self.visit_expr(d);
            }
        }
    }

    fn function_def(&mut self, f: &ast::StmtFunctionDef) {
        if f.is_async {
            return self.fail(CompileError::unsupported("`async def` functions are", f));
        }
        if f.type_params.is_some() {
            return self.fail(CompileError::unsupported(
                "generic functions (PEP 695) are",
                f,
            ));
        }
        for d in &f.decorator_list {
            self.visit_expr(&d.expression);
        }
        self.add_def(&f.name, DEF_LOCAL, &f.name);
        self.visit_defaults(&f.parameters);
        self.enter(ScopeKind::Function, &f.name, f);
        self.add_params(&f.parameters);
        self.visit_body(&f.body);
        self.leave();
    }

    fn class_def(&mut self, c: &ast::StmtClassDef) {
        if c.type_params.is_some() {
            return self.fail(CompileError::unsupported(
                "generic classes (PEP 695) are",
                c,
            ));
        }
        for d in &c.decorator_list {
            self.visit_expr(&d.expression);
        }
        self.add_def(&c.name, DEF_LOCAL, &c.name);
        if let Some(args) = &c.arguments {
            self.visit_arguments(args);
        }
        self.enter(ScopeKind::Class, &c.name, c);
        self.visit_body(&c.body);
        self.leave();
    }

    fn global_or_nonlocal(&mut self, names: &[ast::Identifier], global: bool, node: &Stmt) {
        let (word, flag) = if global {
            ("global", DEF_GLOBAL)
        } else {
            ("nonlocal", DEF_NONLOCAL)
        };
        if !global && self.cur().kind == ScopeKind::Module {
            let msg = "nonlocal declaration not allowed at module level";
            return self.fail(CompileError::syntax(msg, node));
        }
        for ident in names {
            let name = self.mangled(ident);
            let cur = self.cur().flags(&name);
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                let msg = if cur & DEF_PARAM != 0 {
                    format!("name '{name}' is parameter and {word}")
                } else if cur & USE != 0 {
                    format!("name '{name}' is used prior to {word} declaration")
                } else if cur & DEF_ANNOT != 0 {
                    format!("annotated name '{name}' can't be {word}")
                } else {
                    format!("name '{name}' is assigned to before {word} declaration")
                };
                return self.fail(CompileError::syntax(msg, node));
            }
            self.cur().decl_spans.insert(name.clone(), span_of(node));
            self.add_def(&name, flag, ident);
        }
    }

    fn import(&mut self, names: &[ast::Alias], stmt: &Stmt) {
        for alias in names {
            if alias.name.as_str() == "*" {
                if self.cur().kind != ScopeKind::Module {
                    let msg = "import * only allowed at module level";
                    self.fail(CompileError::syntax(msg, stmt));
                }
                continue;
            }
            let store = match &alias.asname {
                Some(a) => a.as_str(),
                None => alias.name.split('.').next().unwrap_or(""),
            };
            self.add_def(store, DEF_IMPORT, alias);
        }
    }

    fn ann_assign(&mut self, a: &ast::StmtAnnAssign) {
        if let Expr::Name(n) = &*a.target {
            let flags = if a.simple {
                DEF_ANNOT | DEF_LOCAL
            } else {
                DEF_LOCAL
            };
            if a.simple || a.value.is_some() {
                self.add_def(&n.id, flags, n);
            }
        } else {
            self.visit_expr(&a.target);
        }
        let namespace = matches!(self.cur().kind, ScopeKind::Module | ScopeKind::Class);
        if a.simple && namespace && matches!(&*a.target, Expr::Name(_)) {
            self.visit_expr(&a.annotation);
        }
        if let Some(v) = &a.value {
            self.visit_expr(v);
        }
    }

    fn name(&mut self, n: &ast::ExprName) {
        match n.ctx {
            ExprContext::Load => {
                self.add_def(&n.id, USE, n);
                if n.id.as_str() == "super" && self.cur().kind.is_function() {
                    self.add_def("__class__", USE, n);
                }
            }
            _ => {
                let extra = if self.comp_iter_target {
                    DEF_COMP_ITER
                } else {
                    0
                };
                self.add_def(&n.id, DEF_LOCAL | extra, n);
            }
        }
    }

    fn lambda(&mut self, l: &ast::ExprLambda) {
        if let Some(p) = &l.parameters {
            self.visit_defaults(p);
        }
        self.enter(ScopeKind::Lambda, "lambda", l);
        if let Some(p) = &l.parameters {
            self.add_params(p);
        }
        self.visit_expr(&l.body);
        self.leave();
    }

    fn yield_expr(&mut self, e: &Expr) {
        let kind = self.cur().kind;
        match kind {
            ScopeKind::Module | ScopeKind::Class => {
                self.fail(CompileError::syntax("'yield' outside function", e));
            }
            ScopeKind::Comprehension => {
                let what = comp_description(&self.cur().name);
                if what != "generator expression" {
                    self.fail(CompileError::syntax(format!("'yield' inside {what}"), e));
                }
            }
            _ => {}
        }
        self.cur().generator = true;
        visitor::walk_expr(self, e);
    }

    fn comprehension<T>(
        &mut self,
        node: &T,
        name: &str,
        gens: &[ast::Comprehension],
        elts: &[&Expr],
    ) {
        let Some(first) = gens.first() else { return };
        if gens.iter().any(|g| g.is_async) {
            let what = "asynchronous comprehensions are";
            return self.fail(CompileError::unsupported(what, &first.iter));
        }
        self.cur().comp_iter_expr += 1;
        self.visit_expr(&first.iter);
        self.cur().comp_iter_expr -= 1;
        self.enter(ScopeKind::Comprehension, name, node);
        if name == "genexpr" {
            self.cur().generator = true;
        }
        self.cur().add_flags(".0", DEF_PARAM);
        self.cur().params.push(".0".into());
        self.comp_target(&first.target);
        for cond in &first.ifs {
            self.visit_expr(cond);
        }
        for g in &gens[1..] {
            self.cur().comp_iter_expr += 1;
            self.visit_expr(&g.iter);
            self.cur().comp_iter_expr -= 1;
            self.comp_target(&g.target);
            for cond in &g.ifs {
                self.visit_expr(cond);
            }
        }
        for e in elts {
            self.visit_expr(e);
        }
        self.leave();
    }

    fn comp_target(&mut self, target: &Expr) {
        self.comp_iter_target = true;
        self.visit_expr(target);
        self.comp_iter_target = false;
    }

    fn named(&mut self, n: &ast::ExprNamed) {
        if self.cur().comp_iter_expr > 0 {
            let msg = "assignment expression cannot be used in a comprehension iterable expression";
            return self.fail(CompileError::syntax(msg, n));
        }
        self.visit_expr(&n.value);
        let Expr::Name(target) = &*n.target else {
            return self.visit_expr(&n.target);
        };
        if self.cur().kind == ScopeKind::Comprehension {
            self.extend_named_scope(target);
        } else {
            self.name(target);
        }
    }

    /// PEP 572: a walrus in a comprehension binds in the enclosing function.
    fn extend_named_scope(&mut self, target: &ast::ExprName) {
        let name = self.mangled(&target.id);
        for &id in self.stack.clone().iter().rev() {
            let scope = &self.table.scopes[id];
            match scope.kind {
                ScopeKind::Comprehension => {
                    if scope.flags(&name) & DEF_COMP_ITER != 0 {
                        let msg = format!("assignment expression cannot rebind comprehension iteration variable '{name}'");
                        return self.fail(CompileError::syntax(msg, target));
                    }
                }
                ScopeKind::Function | ScopeKind::Lambda => {
                    let global = scope.flags(&name) & DEF_GLOBAL != 0;
                    self.cur()
                        .add_flags(&name, if global { DEF_GLOBAL } else { DEF_NONLOCAL });
                    self.table.scopes[id].add_flags(&name, DEF_LOCAL);
                    return;
                }
                ScopeKind::Module => {
                    self.cur().add_flags(&name, DEF_GLOBAL);
                    self.table.scopes[id].add_flags(&name, DEF_GLOBAL);
                    return;
                }
                ScopeKind::Class => {
                    let msg = "assignment expression within a comprehension cannot be used in a class body";
                    return self.fail(CompileError::syntax(msg, target));
                }
            }
        }
    }
}

/// "list comprehension" for a scope named "listcomp", etc.
fn comp_description(name: &str) -> &'static str {
    match name {
        "listcomp" => "list comprehension",
        "setcomp" => "set comprehension",
        "dictcomp" => "dict comprehension",
        _ => "generator expression",
    }
}

impl<'a> Visitor<'a> for Builder {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(f) => self.function_def(f),
            Stmt::ClassDef(c) => self.class_def(c),
            Stmt::Global(g) => self.global_or_nonlocal(&g.names, true, stmt),
            Stmt::Nonlocal(n) => self.global_or_nonlocal(&n.names, false, stmt),
            Stmt::Import(i) => self.import(&i.names, stmt),
            Stmt::ImportFrom(i) => self.import(&i.names, stmt),
            Stmt::AnnAssign(a) => self.ann_assign(a),
            Stmt::Match(_) => self.fail(CompileError::unsupported("`match` statements are", stmt)),
            Stmt::TypeAlias(_) => self.fail(CompileError::unsupported("`type` aliases are", stmt)),
            Stmt::For(f) if f.is_async => {
                self.fail(CompileError::unsupported("`async for` loops are", stmt))
            }
            Stmt::With(w) if w.is_async => self.fail(CompileError::unsupported(
                "`async with` statements are",
                stmt,
            )),
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(n) => self.name(n),
            Expr::Named(n) => self.named(n),
            Expr::Lambda(l) => self.lambda(l),
            Expr::ListComp(c) => self.comprehension(c, "listcomp", &c.generators, &[&c.elt]),
            Expr::SetComp(c) => self.comprehension(c, "setcomp", &c.generators, &[&c.elt]),
            Expr::DictComp(c) => {
                self.comprehension(c, "dictcomp", &c.generators, &[&c.value, &c.key])
            }
            Expr::Generator(c) => self.comprehension(c, "genexpr", &c.generators, &[&c.elt]),
            Expr::Yield(_) | Expr::YieldFrom(_) => self.yield_expr(expr),
            Expr::Await(_) => self.fail(CompileError::unsupported("`await` expressions are", expr)),
            Expr::TString(_) => self.fail(CompileError::unsupported("template strings are", expr)),
            _ => visitor::walk_expr(self, expr),
        }
    }

    fn visit_annotation(&mut self, _expr: &'a Expr) {}

    fn visit_except_handler(&mut self, handler: &'a ast::ExceptHandler) {
        let ast::ExceptHandler::ExceptHandler(h) = handler;
        if let Some(name) = &h.name {
            self.add_def(name, DEF_LOCAL, name);
        }
        visitor::walk_except_handler(self, handler);
    }
}
