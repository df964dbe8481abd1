//! The disassembler behind `corelab dis`: CPython-`dis`-like listings with
//! a column marking CPython 3.11's switch points.
//!
//! Legend: `>>` jump target; `S` a switch point (eval-breaker check: a
//! GIL hand-over can happen here on CPython 3.10+); `s` a switch point only
//! when the callee is not a Python function (calls) or when the jump is
//! taken backward.

use crate::code::{CodeObject, Const};
use crate::opcode::{BinOp, CmpOp, Instr};
use std::fmt::Write;

pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::from("# S = switch point, s = switch point when the call is not to a Python function or the jump is taken\n");
    disassemble_into(code, &mut out);
    out
}

fn disassemble_into(code: &CodeObject, out: &mut String) {
    let _ = writeln!(
        out,
        "Disassembly of <code object {} (line {})>:",
        code.qualname, code.first_line
    );
    let targets: Vec<u32> = code.instrs.iter().filter_map(|i| i.jump_target()).collect();
    let mut last_line = 0;
    for (idx, instr) in code.instrs.iter().enumerate() {
        let line = code.line_of(idx as u32);
        let line_col = if line != last_line {
            last_line = line;
            format!("{line:>4}")
        } else {
            "    ".into()
        };
        let tgt = if targets.contains(&(idx as u32)) {
            ">>"
        } else {
            "  "
        };
        let sp = switch_mark(*instr, idx as u32);
        let (name, arg) = describe(code, *instr);
        let _ = writeln!(out, "{line_col} {tgt} {sp} {idx:>4} {name:<28}{arg}");
    }
    if !code.exception_table.is_empty() {
        let _ = writeln!(out, "ExceptionTable:");
        for e in &code.exception_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]",
                e.start, e.end, e.target, e.depth
            );
        }
    }
    for c in &code.consts {
        if let Const::Code(inner) = c {
            out.push('\n');
            disassemble_into(inner, out);
        }
    }
}

fn switch_mark(i: Instr, idx: u32) -> char {
    match i {
        Instr::Resume(k) if k < 2 => 'S',
        Instr::JumpBackward(_) => 'S',
        Instr::Call(_) | Instr::CallFunctionEx(_) => 's',
        Instr::PopJumpIfFalse(t)
        | Instr::PopJumpIfTrue(t)
        | Instr::PopJumpIfNone(t)
        | Instr::PopJumpIfNotNone(t)
            if t <= idx =>
        {
            's'
        }
        _ => ' ',
    }
}

/// CPython-style opname and the operand with its meaning.
fn describe(code: &CodeObject, i: Instr) -> (String, String) {
    let dbg = format!("{i:?}");
    let variant = dbg.split('(').next().unwrap_or("").to_string();
    let name = upper_snake(&variant);
    let local = |n: u32| {
        code.locals
            .get(n as usize)
            .map_or("?".to_string(), |(s, _)| s.to_string())
    };
    let cname = |n: u32| {
        code.names
            .get(n as usize)
            .map_or("?".to_string(), |s| s.to_string())
    };
    let arg = match i {
        Instr::LoadConst(c) | Instr::KwNames(c) => {
            format!("{c} ({})", const_repr(&code.consts[c as usize]))
        }
        Instr::LoadFast(n)
        | Instr::StoreFast(n)
        | Instr::DeleteFast(n)
        | Instr::MakeCell(n)
        | Instr::LoadClosure(n)
        | Instr::LoadDeref(n)
        | Instr::LoadClassDeref(n)
        | Instr::StoreDeref(n)
        | Instr::DeleteDeref(n) => {
            format!("{n} ({})", local(n))
        }
        Instr::LoadGlobal(n)
        | Instr::StoreGlobal(n)
        | Instr::DeleteGlobal(n)
        | Instr::LoadName(n)
        | Instr::StoreName(n)
        | Instr::DeleteName(n)
        | Instr::LoadAttr(n)
        | Instr::StoreAttr(n)
        | Instr::DeleteAttr(n)
        | Instr::LoadMethod(n)
        | Instr::ImportName(n)
        | Instr::ImportFrom(n) => {
            format!("{n} ({})", cname(n))
        }
        Instr::BinaryOp(op) => format!("{op} ({})", BinOp::from_u32(op).symbol()),
        Instr::CompareOp(op) => format!("{op} ({})", CmpOp::from_u32(op).symbol()),
        other => match other.jump_target() {
            Some(t) => format!("{t} (to {t})"),
            None => {
                let inner = dbg
                    .trim_start_matches(&variant)
                    .trim_start_matches('(')
                    .trim_end_matches(')')
                    .to_string();
                inner
            }
        },
    };
    (name, arg)
}

fn upper_snake(s: &str) -> String {
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_uppercase());
    }
    out
}

fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::Bool(b) => if *b { "True" } else { "False" }.into(),
        Const::Int(i) => i.to_string(),
        Const::BigInt(b) => b.to_string(),
        Const::Float(f) => format!("{f:?}"),
        Const::Complex(r, i) => format!("({r}+{i}j)"),
        Const::Str(s) => format!("{s:?}").replace('"', "'"),
        Const::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        Const::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Const::Ellipsis => "Ellipsis".into(),
        Const::Code(c) => format!("<code object {}>", c.name),
    }
}
