//! Code generation: walks the AST with the scope analysis and emits
//! `CodeObject`s at CPython 3.11's granularity. `stmt` and `expr` hold the
//! statement and expression rules; this file holds the compiler state,
//! name access, and the creation of nested code objects (functions,
//! lambdas, classes, comprehensions).

mod builder;
mod expr;
mod stmt;

use crate::code::{CodeKind, CodeObject, Const, LocalKind};
use crate::opcode::Instr;
use crate::scope::{Access, Scope, ScopeKind, Scopes};
use builder::{CodeBuilder, Label};
use corelab_base::{SourceFile, Span};
use corelab_syntax::ast::{self, Expr, Stmt};
use corelab_syntax::span_of;
use ruff_text_size::Ranged;
use std::rc::Rc;

/// Why compilation failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileErrorKind {
    /// CPython rejects this program (SyntaxError).
    Syntax,
    /// Valid Python that corelab does not support yet.
    Unsupported,
}

#[derive(Clone, Debug)]
pub struct CompileError {
    pub kind: CompileErrorKind,
    pub message: String,
    pub span: Span,
}

pub type CResult<T = ()> = Result<T, CompileError>;

fn syntax_err(message: impl Into<String>, span: Span) -> CompileError {
    CompileError {
        kind: CompileErrorKind::Syntax,
        message: message.into(),
        span,
    }
}

fn unsupported(what: &str, span: Span) -> CompileError {
    CompileError {
        kind: CompileErrorKind::Unsupported,
        message: format!("{what} not supported by corelab yet"),
        span,
    }
}

/// Compiles a parsed module.
pub fn compile_module(source: Rc<SourceFile>, module: &ast::ModModule) -> CResult<Rc<CodeObject>> {
    let scopes = crate::scope::analyze(module)
        .map_err(|e| syntax_err(e.message, Span::new(e.offset, e.offset)))?;
    let mut c = Compiler {
        source: source.clone(),
        scopes,
        units: Vec::new(),
    };
    c.push_unit(
        crate::scope::MODULE_KEY,
        CodeKind::Module,
        "<module>",
        "<module>",
        1,
    );
    c.b().emit(Instr::Resume(0));
    if has_annotations(&module.body) {
        c.setup_annotations();
    }
    c.stmts(&module.body)?;
    c.load_const(Const::None);
    c.b().emit(Instr::ReturnValue);
    Ok(Rc::new(c.pop_unit()))
}

fn has_annotations(body: &[Stmt]) -> bool {
    body.iter()
        .any(|s| matches!(s, Stmt::AnnAssign(a) if a.simple))
}

/// What a `break`/`continue`/`return` must undo on its way out.
#[derive(Clone)]
enum FBlock<'a> {
    Loop {
        cont: Label,
        brk: Label,
        for_iter: bool,
    },
    /// Inside a `try` body with a `finally`.
    Finally(&'a [Stmt]),
    /// Inside the exceptional copy of a `finally` body (`[prev, exc]`).
    FinallyEnd,
    /// Inside a `with` body (`[exit]` on the stack).
    With,
    /// Inside an `except` body (`[prev]` on the stack), with its name.
    Handler(Option<String>),
}

struct FEntry<'a> {
    block: FBlock<'a>,
    /// The exception handler in force outside this block.
    outer_handler: Option<(Label, u32)>,
}

struct Unit<'a> {
    b: CodeBuilder,
    scope_key: u32,
    fblocks: Vec<FEntry<'a>>,
    /// Stack items held by enclosing blocks (iterators, `__exit__`s, saved
    /// exceptions): the depth recorded in the exception table.
    depth: u32,
}

pub(crate) struct Compiler<'a> {
    source: Rc<SourceFile>,
    scopes: Scopes,
    units: Vec<Unit<'a>>,
}

impl<'a> Compiler<'a> {
    fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("compile unit")
    }

    fn b(&mut self) -> &mut CodeBuilder {
        &mut self.unit().b
    }

    fn scope(&self) -> &Scope {
        self.scopes.get(self.units.last().expect("unit").scope_key)
    }

    fn emit(&mut self, i: Instr) {
        self.b().emit(i);
    }

    fn set_span(&mut self, node: &impl Ranged) {
        self.b().span = span_of(node);
    }

    fn line_of(&self, node: &impl Ranged) -> u32 {
        self.source.line_of(node.range().start().to_u32())
    }

    fn load_const(&mut self, c: Const) {
        let i = self.b().add_const(c);
        self.emit(Instr::LoadConst(i));
    }

    fn push_unit(&mut self, key: u32, kind: CodeKind, name: &str, qualname: &str, line: u32) {
        let mut b = CodeBuilder::new(kind, name, qualname, line);
        let scope = self.scopes.get(key).clone();
        layout_locals(&mut b, &scope);
        self.units.push(Unit {
            b,
            scope_key: key,
            fblocks: Vec::new(),
            depth: 0,
        });
    }

    fn pop_unit(&mut self) -> CodeObject {
        let u = self.units.pop().expect("unit");
        u.b.finish(self.source.clone())
    }

    /// Emits `MakeCell`/`CopyFreeVars`/`Resume(0)` at the start of a body.
    fn prologue(&mut self) {
        let locals = self.b().locals.clone();
        for (i, (_, k)) in locals.iter().enumerate() {
            if *k == LocalKind::Cell {
                self.emit(Instr::MakeCell(i as u32));
            }
        }
        let nfree = locals.iter().filter(|(_, k)| *k == LocalKind::Free).count();
        if nfree > 0 {
            self.emit(Instr::CopyFreeVars(nfree as u32));
        }
        self.emit(Instr::Resume(0));
    }

    // ---- names -------------------------------------------------------------

    fn name_op(&mut self, name: &str, op: NameOp) {
        let access = self.scope().access(name);
        let (fast, deref, global, named) = match op {
            NameOp::Load => (
                Instr::LoadFast as fn(u32) -> Instr,
                Instr::LoadDeref as fn(u32) -> Instr,
                Instr::LoadGlobal as fn(u32) -> Instr,
                Instr::LoadName as fn(u32) -> Instr,
            ),
            NameOp::Store => (
                Instr::StoreFast as fn(u32) -> Instr,
                Instr::StoreDeref as fn(u32) -> Instr,
                Instr::StoreGlobal as fn(u32) -> Instr,
                Instr::StoreName as fn(u32) -> Instr,
            ),
            NameOp::Delete => (
                Instr::DeleteFast as fn(u32) -> Instr,
                Instr::DeleteDeref as fn(u32) -> Instr,
                Instr::DeleteGlobal as fn(u32) -> Instr,
                Instr::DeleteName as fn(u32) -> Instr,
            ),
        };
        let instr = match access {
            Access::Fast => fast(self.b().local_slot(name).unwrap_or(0)),
            Access::Deref => deref(self.b().local_slot(name).unwrap_or(0)),
            Access::Global => global(self.b().add_name(name)),
            Access::Name => named(self.b().add_name(name)),
            Access::ClassDeref => match op {
                NameOp::Load => Instr::LoadClassDeref(self.b().local_slot(name).unwrap_or(0)),
                _ => named(self.b().add_name(name)),
            },
        };
        self.emit(instr);
    }

    fn load_name(&mut self, name: &str) {
        self.name_op(name, NameOp::Load)
    }

    fn store_name(&mut self, name: &str) {
        self.name_op(name, NameOp::Store)
    }

    fn setup_annotations(&mut self) {
        self.emit(Instr::BuildMap(0));
        let n = self.b().add_name("__annotations__");
        self.emit(Instr::StoreName(n));
    }

    // ---- nested code objects ---------------------------------------------

    fn child_qualname(&self, name: &str) -> String {
        let u = self.units.last().expect("unit");
        match u.b.kind {
            CodeKind::Module => name.to_string(),
            CodeKind::Class => format!("{}.{name}", u.b.qualname),
            _ => format!("{}.<locals>.{name}", u.b.qualname),
        }
    }

    /// Pushes the closure tuple for child scope `key` (if it has free
    /// variables) and returns the MakeFunction flag bit.
    fn closure_for(&mut self, key: u32) -> u32 {
        let free: Vec<String> = self.scopes.get(key).free.iter().cloned().collect();
        if free.is_empty() {
            return 0;
        }
        for n in &free {
            let slot = self.b().local_slot(n).unwrap_or(0);
            self.emit(Instr::LoadClosure(slot));
        }
        self.emit(Instr::BuildTuple(free.len() as u32));
        0x08
    }

    /// Defaults and keyword-only defaults; returns the flags.
    fn defaults(&mut self, p: &'a ast::Parameters) -> CResult<u32> {
        let mut flags = 0;
        let defs: Vec<&Expr> = p
            .posonlyargs
            .iter()
            .chain(&p.args)
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !defs.is_empty() {
            for d in &defs {
                self.expr(d)?;
            }
            self.emit(Instr::BuildTuple(defs.len() as u32));
            flags |= 0x01;
        }
        let kw: Vec<&ast::ParameterWithDefault> = p
            .kwonlyargs
            .iter()
            .filter(|a| a.default.is_some())
            .collect();
        if !kw.is_empty() {
            for a in &kw {
                self.load_const(Const::Str(a.parameter.name.id.as_str().into()));
                self.expr(a.default.as_deref().expect("default"))?;
            }
            self.emit(Instr::BuildMap(kw.len() as u32));
            flags |= 0x02;
        }
        Ok(flags)
    }

    fn make_function(&mut self, code: CodeObject, key: u32, flags: u32) {
        let flags = flags | self.closure_for(key);
        self.load_const(Const::Code(Rc::new(code)));
        self.emit(Instr::MakeFunction(flags));
    }

    fn set_params(&mut self, p: Option<&ast::Parameters>) {
        let Some(p) = p else { return };
        let b = self.b();
        b.posonlyargcount = p.posonlyargs.len() as u32;
        b.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
        b.kwonlyargcount = p.kwonlyargs.len() as u32;
        b.varargs = p.vararg.is_some();
        b.varkeywords = p.kwarg.is_some();
    }

    /// `def` (decorators already pushed by the caller).
    fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult {
        if f.is_async {
            return Err(unsupported("`async def` is", span_of(f)));
        }
        if f.type_params.is_some() {
            return Err(unsupported("generic type parameters are", span_of(f)));
        }
        let flags = self.defaults(&f.parameters)?;
        let key = f.range().start().to_u32();
        let name = f.name.id.as_str();
        let qualname = self.child_qualname(name);
        let line = self.line_of(f);
        self.push_unit(key, CodeKind::Function, name, &qualname, line);
        self.set_params(Some(&f.parameters));
        self.b().generator = self.scope().is_generator;
        self.set_span(f);
        self.prologue();
        self.stmts(&f.body)?;
        if !matches!(f.body.last(), Some(Stmt::Return(_))) {
            self.load_const(Const::None);
            self.emit(Instr::ReturnValue);
        }
        let code = self.pop_unit();
        self.set_span(f);
        self.make_function(code, key, flags);
        Ok(())
    }

    fn lambda(&mut self, l: &'a ast::ExprLambda) -> CResult {
        let flags = match &l.parameters {
            Some(p) => self.defaults(p)?,
            None => 0,
        };
        let key = l.range().start().to_u32();
        let qualname = self.child_qualname("<lambda>");
        let line = self.line_of(l);
        self.push_unit(key, CodeKind::Lambda, "<lambda>", &qualname, line);
        self.set_params(l.parameters.as_deref());
        self.b().generator = self.scope().is_generator;
        self.set_span(&*l.body);
        self.prologue();
        self.expr(&l.body)?;
        if !self.b().generator {
            self.emit(Instr::ReturnValue);
        } else {
            self.emit(Instr::PopTop);
            self.load_const(Const::None);
            self.emit(Instr::ReturnValue);
        }
        let code = self.pop_unit();
        self.set_span(l);
        self.make_function(code, key, flags);
        Ok(())
    }

    fn class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult {
        if c.type_params.is_some() {
            return Err(unsupported("generic type parameters are", span_of(c)));
        }
        let key = c.range().start().to_u32();
        let name = c.name.id.as_str();
        let qualname = self.child_qualname(name);
        let line = self.line_of(c);
        self.emit(Instr::PushNull);
        self.emit(Instr::LoadBuildClass);
        self.push_unit(key, CodeKind::Class, name, &qualname, line);
        self.set_span(c);
        self.prologue();
        let n = self.b().add_name("__name__");
        self.emit(Instr::LoadName(n));
        let m = self.b().add_name("__module__");
        self.emit(Instr::StoreName(m));
        self.load_const(Const::Str(qualname.as_str().into()));
        let q = self.b().add_name("__qualname__");
        self.emit(Instr::StoreName(q));
        if has_annotations(&c.body) {
            self.setup_annotations();
        }
        self.stmts(&c.body)?;
        if let Some(slot) = self.b().local_slot("__class__") {
            if self.scope().cells.contains("__class__") {
                self.emit(Instr::LoadClosure(slot));
                let cc = self.b().add_name("__classcell__");
                self.emit(Instr::StoreName(cc));
            }
        }
        self.load_const(Const::None);
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        self.set_span(c);
        self.make_function(code, key, 0);
        self.load_const(Const::Str(name.into()));
        let mut nargs = 2;
        let mut kwnames: Vec<Const> = Vec::new();
        if let Some(args) = &c.arguments {
            for a in args.args.iter() {
                if matches!(a, Expr::Starred(_)) {
                    return Err(unsupported("star-arguments in class bases are", span_of(a)));
                }
                self.expr(a)?;
                nargs += 1;
            }
            for k in args.keywords.iter() {
                let Some(arg) = &k.arg else {
                    return Err(unsupported(
                        "`**kwargs` in class definitions are",
                        span_of(k),
                    ));
                };
                self.expr(&k.value)?;
                kwnames.push(Const::Str(arg.id.as_str().into()));
                nargs += 1;
            }
        }
        if !kwnames.is_empty() {
            let i = self.b().add_const(Const::Tuple(kwnames.into()));
            self.emit(Instr::KwNames(i));
        }
        self.emit(Instr::Call(nargs));
        Ok(())
    }

    /// A comprehension or generator expression: makes the nested code
    /// object and calls it with the first iterable's iterator.
    fn comprehension(
        &mut self,
        node: &impl Ranged,
        kind: CompKind,
        gens: &'a [ast::Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult {
        if gens.iter().any(|g| g.is_async) {
            return Err(unsupported("async comprehensions are", span_of(node)));
        }
        let key = node.range().start().to_u32();
        let name = kind.name();
        let qualname = self.child_qualname(name);
        let line = self.line_of(node);
        self.push_unit(key, CodeKind::Comprehension, name, &qualname, line);
        self.b().argcount = 1;
        self.b().generator = kind == CompKind::Gen;
        self.set_span(node);
        self.prologue();
        match kind {
            CompKind::List => self.emit(Instr::BuildList(0)),
            CompKind::Set => self.emit(Instr::BuildSet(0)),
            CompKind::Dict => self.emit(Instr::BuildMap(0)),
            CompKind::Gen => {}
        }
        self.comp_loop(kind, gens, 0, elt, value)?;
        if kind == CompKind::Gen {
            self.load_const(Const::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        self.set_span(node);
        self.make_function(code, key, 0);
        self.expr(&gens[0].iter)?;
        self.emit(Instr::GetIter);
        self.emit(Instr::Call(0));
        Ok(())
    }

    fn comp_loop(
        &mut self,
        kind: CompKind,
        gens: &'a [ast::Comprehension],
        i: usize,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult {
        let g = &gens[i];
        if i == 0 {
            self.emit(Instr::LoadFast(0));
        } else {
            self.expr(&g.iter)?;
            self.emit(Instr::GetIter);
        }
        let top = self.b().new_label();
        let end = self.b().new_label();
        self.b().bind(top);
        self.b().jump(Instr::ForIter, end);
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, top)?;
        }
        if i + 1 < gens.len() {
            self.comp_loop(kind, gens, i + 1, elt, value)?;
        } else {
            let depth = gens.len() as u32 + 1;
            match kind {
                CompKind::List => {
                    self.expr(elt)?;
                    self.emit(Instr::ListAppend(depth));
                }
                CompKind::Set => {
                    self.expr(elt)?;
                    self.emit(Instr::SetAdd(depth));
                }
                CompKind::Dict => {
                    self.expr(elt)?;
                    self.expr(value.expect("dict comprehension value"))?;
                    self.emit(Instr::MapAdd(depth));
                }
                CompKind::Gen => {
                    self.expr(elt)?;
                    self.emit(Instr::YieldValue);
                    self.emit(Instr::Resume(1));
                    self.emit(Instr::PopTop);
                }
            }
        }
        self.b().jump(Instr::JumpBackward, top);
        self.b().bind(end);
        Ok(())
    }
}

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

#[derive(Clone, Copy)]
enum NameOp {
    Load,
    Store,
    Delete,
}

/// localsplus: parameters, other locals, cells that are not parameters,
/// free variables.
fn layout_locals(b: &mut CodeBuilder, scope: &Scope) {
    let is_fn = matches!(scope.kind, ScopeKind::Function | ScopeKind::Comprehension);
    if is_fn {
        for p in &scope.params {
            let k = if scope.cells.contains(p) {
                LocalKind::Cell
            } else {
                LocalKind::Local
            };
            b.locals.push((p.as_str().into(), k));
        }
        for n in &scope.bound {
            if b.local_slot(n).is_none() && scope.binds(n) && !scope.cells.contains(n) {
                b.locals.push((n.as_str().into(), LocalKind::Local));
            }
        }
    }
    for c in &scope.cells {
        if b.local_slot(c).is_none() {
            b.locals.push((c.as_str().into(), LocalKind::Cell));
        }
    }
    for f in &scope.free {
        b.locals.push((f.as_str().into(), LocalKind::Free));
    }
}
