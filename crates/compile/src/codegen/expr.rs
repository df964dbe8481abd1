//! Expressions: literals and constant folding, operators, comparisons
//! (chained), boolean short-circuits and conditional jumps, calls (method
//! calls, keywords, star-arguments), displays, subscripts and slices,
//! f-strings, yield and yield from.

use super::stmt::binop_of;
use super::{syntax_err, unsupported, CResult, CompKind, Compiler};
use crate::code::Const;
use crate::opcode::{CmpOp, Instr};
use corelab_syntax::ast::{self, Expr};
use corelab_syntax::span_of;
use std::rc::Rc;

impl<'a> Compiler<'a> {
    pub(super) fn expr(&mut self, e: &'a Expr) -> CResult {
        if let Some(c) = fold(e) {
            self.load_const(c);
            return Ok(());
        }
        self.set_span(e);
        match e {
            Expr::BoolOp(b) => {
                let end = self.b().new_label();
                let (last, rest) = b.values.split_last().expect("bool op operands");
                for v in rest {
                    self.expr(v)?;
                    let j = if b.op == ast::BoolOp::And {
                        Instr::JumpIfFalseOrPop
                    } else {
                        Instr::JumpIfTrueOrPop
                    };
                    self.b().jump(j, end);
                }
                self.expr(last)?;
                self.b().bind(end);
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(Instr::Copy(1));
                self.store_target(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.set_span(e);
                self.emit(Instr::BinaryOp(binop_of(b.op) as u32));
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                self.set_span(e);
                self.emit(match u.op {
                    ast::UnaryOp::Invert => Instr::UnaryInvert,
                    ast::UnaryOp::Not => Instr::UnaryNot,
                    ast::UnaryOp::UAdd => Instr::UnaryPositive,
                    ast::UnaryOp::USub => Instr::UnaryNegative,
                });
            }
            Expr::Lambda(l) => self.lambda(l)?,
            Expr::If(i) => {
                let orelse = self.b().new_label();
                let end = self.b().new_label();
                self.jump_if(&i.test, false, orelse)?;
                self.expr(&i.body)?;
                self.b().jump(Instr::Jump, end);
                self.b().bind(orelse);
                self.expr(&i.orelse)?;
                self.b().bind(end);
            }
            Expr::Dict(d) => self.dict_display(d)?,
            Expr::Set(s) => self.sequence_display(&s.elts, Seq::Set)?,
            Expr::List(l) => self.sequence_display(&l.elts, Seq::List)?,
            Expr::Tuple(t) => self.sequence_display(&t.elts, Seq::Tuple)?,
            Expr::ListComp(c) => {
                self.comprehension(c, CompKind::List, &c.generators, &c.elt, None)?
            }
            Expr::SetComp(c) => {
                self.comprehension(c, CompKind::Set, &c.generators, &c.elt, None)?
            }
            Expr::DictComp(c) => {
                self.comprehension(c, CompKind::Dict, &c.generators, &c.key, Some(&c.value))?
            }
            Expr::Generator(c) => {
                self.comprehension(c, CompKind::Gen, &c.generators, &c.elt, None)?
            }
            Expr::Await(_) => return Err(unsupported("`await` is", span_of(e))),
            Expr::Yield(y) => {
                self.check_in_function(e)?;
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.set_span(e);
                self.emit(Instr::YieldValue);
                self.emit(Instr::Resume(1));
            }
            Expr::YieldFrom(y) => {
                self.check_in_function(e)?;
                self.expr(&y.value)?;
                self.set_span(e);
                self.emit(Instr::GetYieldFromIter);
                self.load_const(Const::None);
                let send = self.b().new_label();
                let end = self.b().new_label();
                self.b().bind(send);
                self.b().jump(Instr::Send, end);
                self.emit(Instr::YieldValue);
                self.emit(Instr::Resume(2));
                self.b().jump(Instr::JumpBackwardNoInterrupt, send);
                self.b().bind(end);
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::Call(c) => self.call(c)?,
            Expr::FString(f) => self.fstring(f)?,
            Expr::TString(_) => return Err(unsupported("template strings are", span_of(e))),
            Expr::StringLiteral(s) => self.load_const(Const::Str(s.value.to_str().into())),
            Expr::BytesLiteral(b) => {
                self.load_const(Const::Bytes(b.value.bytes().collect::<Vec<u8>>().into()))
            }
            Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {
                return Err(syntax_err("invalid literal", span_of(e)));
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_span(e);
                let n = self.b().add_name(a.attr.id.as_str());
                self.emit(Instr::LoadAttr(n));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.set_span(e);
                self.emit(Instr::BinarySubscr);
            }
            Expr::Starred(s) => {
                return Err(syntax_err("can't use starred expression here", span_of(s)))
            }
            Expr::Name(n) => self.load_name(n.id.as_str()),
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(x) => self.expr(x)?,
                        None => self.load_const(Const::None),
                    }
                }
                match &s.step {
                    Some(st) => {
                        self.expr(st)?;
                        self.emit(Instr::BuildSlice(3));
                    }
                    None => self.emit(Instr::BuildSlice(2)),
                }
            }
            Expr::IpyEscapeCommand(_) => return Err(syntax_err("invalid syntax", span_of(e))),
        }
        Ok(())
    }

    fn check_in_function(&self, e: &Expr) -> CResult {
        match self.scope().kind {
            crate::scope::ScopeKind::Function | crate::scope::ScopeKind::Comprehension => Ok(()),
            _ => Err(syntax_err("'yield' outside function", span_of(e))),
        }
    }

    /// Compiles `e` and jumps to `target` if its truth equals `when`.
    pub(super) fn jump_if(&mut self, e: &'a Expr, when: bool, target: super::Label) -> CResult {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                return self.jump_if(&u.operand, !when, target)
            }
            Expr::BoolOp(b) => {
                let is_and = b.op == ast::BoolOp::And;
                // `a and b` jumps on false as soon as one is false.
                if is_and != when {
                    for v in b.values.iter() {
                        self.jump_if(v, when, target)?;
                    }
                } else {
                    let skip = self.b().new_label();
                    let (last, rest) = b.values.split_last().expect("operands");
                    for v in rest {
                        self.jump_if(v, !when, skip)?;
                    }
                    self.jump_if(last, when, target)?;
                    self.b().bind(skip);
                }
                return Ok(());
            }
            Expr::Compare(c)
                if c.ops.len() == 1
                    && matches!(c.ops[0], ast::CmpOp::Is | ast::CmpOp::IsNot)
                    && matches!(c.comparators[0], Expr::NoneLiteral(_)) =>
            {
                self.expr(&c.left)?;
                self.set_span(e);
                let is = c.ops[0] == ast::CmpOp::Is;
                let j = if is == when {
                    Instr::PopJumpIfNone
                } else {
                    Instr::PopJumpIfNotNone
                };
                self.b().jump(j, target);
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        self.set_span(e);
        self.b().jump(
            if when {
                Instr::PopJumpIfTrue
            } else {
                Instr::PopJumpIfFalse
            },
            target,
        );
        Ok(())
    }

    fn cmp_instr(&mut self, op: ast::CmpOp) {
        use ast::CmpOp as C;
        self.emit(match op {
            C::Eq => Instr::CompareOp(CmpOp::Eq as u32),
            C::NotEq => Instr::CompareOp(CmpOp::Ne as u32),
            C::Lt => Instr::CompareOp(CmpOp::Lt as u32),
            C::LtE => Instr::CompareOp(CmpOp::Le as u32),
            C::Gt => Instr::CompareOp(CmpOp::Gt as u32),
            C::GtE => Instr::CompareOp(CmpOp::Ge as u32),
            C::Is => Instr::IsOp(0),
            C::IsNot => Instr::IsOp(1),
            C::In => Instr::ContainsOp(0),
            C::NotIn => Instr::ContainsOp(1),
        });
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> CResult {
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.expr(&c.comparators[0])?;
            self.set_span(c);
            self.cmp_instr(c.ops[0]);
            return Ok(());
        }
        let cleanup = self.b().new_label();
        let end = self.b().new_label();
        for i in 0..n - 1 {
            self.expr(&c.comparators[i])?;
            self.set_span(c);
            self.emit(Instr::Swap(2));
            self.emit(Instr::Copy(2));
            self.cmp_instr(c.ops[i]);
            self.b().jump(Instr::JumpIfFalseOrPop, cleanup);
        }
        self.expr(&c.comparators[n - 1])?;
        self.set_span(c);
        self.cmp_instr(c.ops[n - 1]);
        self.b().jump(Instr::Jump, end);
        self.b().bind(cleanup);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopTop);
        self.b().bind(end);
        Ok(())
    }

    fn call(&mut self, c: &'a ast::ExprCall) -> CResult {
        let args = &c.arguments;
        let has_star = args.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            || args.keywords.iter().any(|k| k.arg.is_none());
        if has_star {
            self.emit(Instr::PushNull);
            self.expr(&c.func)?;
            return self.call_ex(c);
        }
        let mut argc = args.args.len() as u32;
        match &*c.func {
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_span(&*c.func);
                let n = self.b().add_name(a.attr.id.as_str());
                self.emit(Instr::LoadMethod(n));
            }
            f => {
                self.emit(Instr::PushNull);
                self.expr(f)?;
            }
        }
        for a in args.args.iter() {
            self.expr(a)?;
        }
        let mut names = Vec::new();
        for k in args.keywords.iter() {
            self.expr(&k.value)?;
            names.push(Const::Str(
                k.arg.as_ref().expect("keyword name").id.as_str().into(),
            ));
            argc += 1;
        }
        self.set_span(c);
        if !names.is_empty() {
            let i = self.b().add_const(Const::Tuple(names.into()));
            self.emit(Instr::KwNames(i));
        }
        self.emit(Instr::Call(argc));
        Ok(())
    }

    /// A call with `*args`/`**kwargs`: `[NULL, f]` already pushed.
    fn call_ex(&mut self, c: &'a ast::ExprCall) -> CResult {
        let args = &c.arguments;
        self.emit(Instr::BuildList(0));
        for a in args.args.iter() {
            match a {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(Instr::ListExtend(1));
                }
                a => {
                    self.expr(a)?;
                    self.emit(Instr::ListAppend(1));
                }
            }
        }
        self.emit(Instr::ListToTuple);
        let has_kw = !args.keywords.is_empty();
        if has_kw {
            self.emit(Instr::BuildMap(0));
            for k in args.keywords.iter() {
                match &k.arg {
                    Some(name) => {
                        self.load_const(Const::Str(name.id.as_str().into()));
                        self.expr(&k.value)?;
                        self.emit(Instr::MapAdd(1));
                    }
                    None => {
                        self.expr(&k.value)?;
                        self.emit(Instr::DictMerge(1));
                    }
                }
            }
        }
        self.set_span(c);
        self.emit(Instr::CallFunctionEx(has_kw as u32));
        Ok(())
    }

    fn sequence_display(&mut self, elts: &'a [Expr], kind: Seq) -> CResult {
        let starred = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if !starred {
            for e in elts {
                self.expr(e)?;
            }
            let n = elts.len() as u32;
            self.emit(match kind {
                Seq::List => Instr::BuildList(n),
                Seq::Tuple => Instr::BuildTuple(n),
                Seq::Set => Instr::BuildSet(n),
            });
            return Ok(());
        }
        self.emit(if kind == Seq::Set {
            Instr::BuildSet(0)
        } else {
            Instr::BuildList(0)
        });
        for e in elts {
            match e {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(if kind == Seq::Set {
                        Instr::SetUpdate(1)
                    } else {
                        Instr::ListExtend(1)
                    });
                }
                e => {
                    self.expr(e)?;
                    self.emit(if kind == Seq::Set {
                        Instr::SetAdd(1)
                    } else {
                        Instr::ListAppend(1)
                    });
                }
            }
        }
        if kind == Seq::Tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    fn dict_display(&mut self, d: &'a ast::ExprDict) -> CResult {
        if d.items.iter().all(|it| it.key.is_some()) && d.items.len() < 16 {
            for it in &d.items {
                self.expr(it.key.as_ref().expect("key"))?;
                self.expr(&it.value)?;
            }
            self.emit(Instr::BuildMap(d.items.len() as u32));
            return Ok(());
        }
        self.emit(Instr::BuildMap(0));
        for it in &d.items {
            match &it.key {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(&it.value)?;
                    self.emit(Instr::MapAdd(1));
                }
                None => {
                    self.expr(&it.value)?;
                    self.emit(Instr::DictUpdate(1));
                }
            }
        }
        Ok(())
    }

    fn fstring(&mut self, f: &'a ast::ExprFString) -> CResult {
        let mut n = 0;
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(s) => {
                    self.load_const(Const::Str(s.value.as_ref().into()));
                    n += 1;
                }
                ast::FStringPart::FString(fs) => n += self.fstring_elements(&fs.elements)?,
            }
        }
        if n != 1 {
            self.emit(Instr::BuildString(n));
        }
        Ok(())
    }

    /// Pushes each piece of an f-string; returns how many.
    fn fstring_elements(&mut self, elements: &'a ast::InterpolatedStringElements) -> CResult<u32> {
        let mut n = 0;
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    self.load_const(Const::Str(l.value.as_ref().into()));
                    n += 1;
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conv = match i.conversion {
                        ast::ConversionFlag::None => 0,
                        ast::ConversionFlag::Str => 1,
                        ast::ConversionFlag::Repr => 2,
                        ast::ConversionFlag::Ascii => 3,
                    };
                    if let Some(d) = &i.debug_text {
                        let src = &self.source.text[corelab_syntax::span_of(&*i.expression).start
                            as usize
                            ..corelab_syntax::span_of(&*i.expression).end as usize];
                        self.load_const(Const::Str(
                            format!("{}{}{}", d.leading, src, d.trailing).into(),
                        ));
                        n += 1;
                        if conv == 0 && i.format_spec.is_none() {
                            conv = 2;
                        }
                    }
                    self.expr(&i.expression)?;
                    let mut flags = conv;
                    if let Some(spec) = &i.format_spec {
                        let k = self.fstring_elements(&spec.elements)?;
                        if k != 1 {
                            self.emit(Instr::BuildString(k));
                        }
                        flags |= 4;
                    }
                    self.emit(Instr::FormatValue(flags));
                    n += 1;
                }
            }
        }
        Ok(n)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Seq {
    List,
    Tuple,
    Set,
}

/// Constant folding as CPython's AST optimiser does for the common cases:
/// literals, signed numbers, and tuples of constants.
fn fold(e: &Expr) -> Option<Const> {
    match e {
        Expr::NumberLiteral(n) => Some(match &n.value {
            ast::Number::Int(i) => match i.as_i64() {
                Some(v) => Const::Int(v),
                None => Const::BigInt(Rc::new(
                    i.to_string()
                        .replace('_', "")
                        .parse()
                        .ok()
                        .or_else(|| parse_big(&i.to_string()))?,
                )),
            },
            ast::Number::Float(f) => Const::Float(*f),
            ast::Number::Complex { real, imag } => Const::Complex(*real, *imag),
        }),
        Expr::BooleanLiteral(b) => Some(Const::Bool(b.value)),
        Expr::NoneLiteral(_) => Some(Const::None),
        Expr::EllipsisLiteral(_) => Some(Const::Ellipsis),
        Expr::StringLiteral(s) => Some(Const::Str(s.value.to_str().into())),
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match fold(&u.operand)? {
            Const::Int(i) => Some(
                i.checked_neg()
                    .map(Const::Int)
                    .unwrap_or_else(|| Const::BigInt(Rc::new(-num_bigint::BigInt::from(i)))),
            ),
            Const::BigInt(b) => {
                let neg = -(*b).clone();
                Some(match i64::try_from(&neg) {
                    Ok(v) => Const::Int(v),
                    Err(_) => Const::BigInt(Rc::new(neg)),
                })
            }
            Const::Float(f) => Some(Const::Float(-f)),
            _ => None,
        },
        Expr::Tuple(t) if !t.elts.is_empty() => {
            let items: Option<Vec<Const>> = t.elts.iter().map(fold).collect();
            Some(Const::Tuple(items?.into()))
        }
        _ => None,
    }
}

/// Parses int literals with prefixes (0x, 0o, 0b) beyond i64.
fn parse_big(s: &str) -> Option<num_bigint::BigInt> {
    let s = s.replace('_', "").to_ascii_lowercase();
    let (radix, digits) = if let Some(d) = s.strip_prefix("0x") {
        (16, d.to_string())
    } else if let Some(d) = s.strip_prefix("0o") {
        (8, d.to_string())
    } else if let Some(d) = s.strip_prefix("0b") {
        (2, d.to_string())
    } else {
        (10, s)
    };
    num_bigint::BigInt::parse_bytes(digits.as_bytes(), radix)
}
