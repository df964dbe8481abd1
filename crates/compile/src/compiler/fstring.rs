//! f-strings: literal parts merged into constants, one `FormatValue` per
//! replacement field (conversion bits, a format spec compiled as a nested
//! f-string), `BuildString(n)`; `f"{x=}"` debug text.

use super::Compiler;
use crate::code::Const;
use crate::error::CResult;
use crate::opcode::Instr;
use ruff_python_ast::{self as ast, ConversionFlag, FStringPart, InterpolatedStringElement};
use ruff_text_size::Ranged;

const STACK_USE_GUIDELINE: usize = 30;

enum Piece<'a> {
    Lit(String),
    Field(&'a ast::InterpolatedElement),
}

impl<'a> Compiler<'a> {
    pub(super) fn fstring(&mut self, f: &'a ast::ExprFString) -> CResult<()> {
        let mut pieces = Vec::new();
        for part in f.value.iter() {
            match part {
                FStringPart::Literal(s) => push_lit(&mut pieces, &s.value),
                FStringPart::FString(fs) => self.collect(&fs.elements, &mut pieces),
            }
        }
        self.joined(pieces)
    }

    fn collect(&self, elements: &'a [InterpolatedStringElement], out: &mut Vec<Piece<'a>>) {
        for el in elements {
            match el {
                InterpolatedStringElement::Literal(l) => push_lit(out, &l.value),
                InterpolatedStringElement::Interpolation(i) => {
                    if let Some(dbg) = &i.debug_text {
                        let r = i.expression.range();
                        let text = self
                            .source
                            .text
                            .get(r.start().to_usize()..r.end().to_usize())
                            .unwrap_or("");
                        push_lit(out, &format!("{}{}{}", dbg.leading, text, dbg.trailing));
                    }
                    out.push(Piece::Field(i));
                }
            }
        }
    }

    fn joined(&mut self, pieces: Vec<Piece<'a>>) -> CResult<()> {
        let n = pieces.len();
        if n == 0 {
            self.load_const(Const::Str("".into()));
            return Ok(());
        }
        if n > STACK_USE_GUIDELINE {
            self.load_const(Const::Str("".into()));
            self.named_op("join", Instr::LoadMethod);
            self.emit(Instr::BuildList(0));
            for p in pieces {
                self.piece(p)?;
                self.emit(Instr::ListAppend(1));
            }
            self.emit(Instr::Call(1));
            return Ok(());
        }
        for p in pieces {
            self.piece(p)?;
        }
        if n != 1 {
            self.emit(Instr::BuildString(n as u32));
        }
        Ok(())
    }

    fn piece(&mut self, p: Piece<'a>) -> CResult<()> {
        match p {
            Piece::Lit(s) => {
                self.load_const(Const::Str(s.into()));
                Ok(())
            }
            Piece::Field(f) => self.format_field(f),
        }
    }

    fn format_field(&mut self, f: &'a ast::InterpolatedElement) -> CResult<()> {
        self.compile_expr(&f.expression)?;
        let mut conv = match f.conversion {
            ConversionFlag::None => 0,
            ConversionFlag::Str => 1,
            ConversionFlag::Repr => 2,
            ConversionFlag::Ascii => 3,
        };
        if f.debug_text.is_some() && conv == 0 && f.format_spec.is_none() {
            conv = 2;
        }
        if let Some(spec) = &f.format_spec {
            let mut pieces = Vec::new();
            self.collect(&spec.elements, &mut pieces);
            self.joined(pieces)?;
            conv |= 4;
        }
        self.at(f, |c| c.emit(Instr::FormatValue(conv)));
        Ok(())
    }
}

fn push_lit(out: &mut Vec<Piece<'_>>, s: &str) {
    if s.is_empty() {
        return;
    }
    if let Some(Piece::Lit(prev)) = out.last_mut() {
        prev.push_str(s);
    } else {
        out.push(Piece::Lit(s.to_string()));
    }
}
