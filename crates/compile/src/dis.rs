//! The disassembler behind `corelab dis`: CPython-`dis`-style listings of a
//! code object and, after it, every nested code object, with a column
//! marking switch points and CPython 3.11's `ExceptionTable:` section.

use crate::code::{CodeObject, Const};
use crate::opcode::{BinOp, CmpOp, Instr};
use std::fmt::Write;

const LEGEND: &str = "\
# corelab dis: line | switch | >> jump target | index | opname | operand (resolved)
# switch column: `*`  a switch point (Resume 0/1, JumpBackward)
#                `*?` a switch point only when taken backward (conditional
#                     jump) or when the callee is not a Python function (call)
# ExceptionTable rows: `start to end -> target [stack depth]`, end inclusive
";

/// Disassembles `code` and (recursively, after it) its nested code objects.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::from(LEGEND);
    out.push('\n');
    disassemble_recursive(code, &mut out);
    out
}

fn disassemble_recursive(code: &CodeObject, out: &mut String) {
    disassemble_one(code, out);
    for c in &code.consts {
        if let Const::Code(inner) = c {
            let _ = writeln!(out, "\nDisassembly of {}:", code_repr(inner));
            disassemble_recursive(inner, out);
        }
    }
}

fn disassemble_one(code: &CodeObject, out: &mut String) {
    let targets: Vec<u32> = code.instrs.iter().filter_map(|i| i.jump_target()).collect();
    let handler_targets: Vec<u32> = code.exception_table.iter().map(|e| e.target).collect();
    let max_line = (0..code.instrs.len() as u32)
        .map(|i| code.line_of(i))
        .max()
        .unwrap_or(1);
    let line_width = max_line.to_string().len().max(3);
    let mut last_line = None;
    for (i, instr) in code.instrs.iter().enumerate() {
        let idx = i as u32;
        let line = code.line_of(idx);
        let line_col = if last_line != Some(line) {
            if last_line.is_some() {
                out.push('\n');
            }
            last_line = Some(line);
            line.to_string()
        } else {
            String::new()
        };
        let is_target = targets.contains(&idx) || handler_targets.contains(&idx);
        let mut row = format!(
            "{line_col:>line_width$} {:<2} {} {idx:>4} {:<28}",
            switch_mark(*instr, idx),
            if is_target { ">>" } else { "  " },
            opname(*instr, idx),
        );
        if let Some(arg) = operand(*instr) {
            let _ = write!(row, " {arg:>5}");
            let resolved = resolve(code, *instr);
            if !resolved.is_empty() {
                let _ = write!(row, " ({resolved})");
            }
        }
        out.push_str(row.trim_end());
        out.push('\n');
    }
    if !code.exception_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exception_table {
            let last = e.end.saturating_sub(1);
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]",
                e.start, last, e.target, e.depth
            );
        }
    }
}

fn switch_mark(instr: Instr, idx: u32) -> &'static str {
    if !instr.is_switch_point(idx) {
        return "";
    }
    match instr {
        Instr::Resume(_) | Instr::JumpBackward(_) => "*",
        _ => "*?",
    }
}

/// CPython's UPPER_SNAKE name; conditional and unconditional jumps show
/// their direction as 3.11 does.
fn opname(instr: Instr, idx: u32) -> String {
    let debug = format!("{instr:?}");
    let variant = debug.split('(').next().unwrap_or("");
    let name = match instr {
        Instr::Jump(_) => "JumpForward".to_string(),
        Instr::PopJumpIfFalse(t)
        | Instr::PopJumpIfTrue(t)
        | Instr::PopJumpIfNone(t)
        | Instr::PopJumpIfNotNone(t) => {
            let dir = if t <= idx { "Backward" } else { "Forward" };
            variant.replacen("PopJump", &format!("PopJump{dir}"), 1)
        }
        _ => variant.to_string(),
    };
    let mut out = String::new();
    for (i, ch) in name.chars().enumerate() {
        if ch.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(ch.to_ascii_uppercase());
    }
    out
}

fn operand(instr: Instr) -> Option<u32> {
    let debug = format!("{instr:?}");
    let inner = debug.split_once('(')?.1.trim_end_matches(')');
    inner.parse().ok()
}

fn resolve(code: &CodeObject, instr: Instr) -> String {
    let name = |i: u32| {
        code.names
            .get(i as usize)
            .map_or("?".to_string(), |n| n.to_string())
    };
    let local = |i: u32| {
        code.locals
            .get(i as usize)
            .map_or("?".to_string(), |(n, _)| n.to_string())
    };
    let constant = |i: u32| {
        code.consts
            .get(i as usize)
            .map_or("?".to_string(), const_repr)
    };
    match instr {
        Instr::LoadConst(i) | Instr::KwNames(i) => constant(i),
        Instr::LoadFast(i)
        | Instr::StoreFast(i)
        | Instr::DeleteFast(i)
        | Instr::MakeCell(i)
        | Instr::LoadClosure(i)
        | Instr::LoadDeref(i)
        | Instr::LoadClassDeref(i)
        | Instr::StoreDeref(i)
        | Instr::DeleteDeref(i) => local(i),
        Instr::LoadGlobal(i)
        | Instr::StoreGlobal(i)
        | Instr::DeleteGlobal(i)
        | Instr::LoadName(i)
        | Instr::StoreName(i)
        | Instr::DeleteName(i)
        | Instr::LoadAttr(i)
        | Instr::StoreAttr(i)
        | Instr::DeleteAttr(i)
        | Instr::LoadMethod(i)
        | Instr::ImportName(i)
        | Instr::ImportFrom(i) => name(i),
        Instr::BinaryOp(op) if op < 26 => BinOp::from_u32(op).symbol().to_string(),
        Instr::CompareOp(op) if op < 6 => CmpOp::from_u32(op).symbol().to_string(),
        Instr::IsOp(n) => if n == 0 { "is" } else { "is not" }.to_string(),
        Instr::ContainsOp(n) => if n == 0 { "in" } else { "not in" }.to_string(),
        Instr::FormatValue(f) => format_value_repr(f),
        Instr::MakeFunction(f) => make_function_repr(f),
        Instr::UnpackEx(n) => format!("{} before, {} after", n & 0xff, n >> 8),
        _ => match instr.jump_target() {
            Some(t) => format!("to {t}"),
            None => String::new(),
        },
    }
}

fn format_value_repr(flags: u32) -> String {
    let conv = ["", "str", "repr", "ascii"][(flags & 3) as usize];
    let spec = if flags & 4 != 0 { "with format" } else { "" };
    [conv, spec]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(", ")
}

fn make_function_repr(flags: u32) -> String {
    let names = [
        (1, "defaults"),
        (2, "kwdefaults"),
        (4, "annotations"),
        (8, "closure"),
    ];
    names
        .iter()
        .filter(|(b, _)| flags & b != 0)
        .map(|(_, n)| *n)
        .collect::<Vec<_>>()
        .join(", ")
}

fn code_repr(code: &CodeObject) -> String {
    format!(
        "<code object {}, file \"{}\", line {}>",
        code.name, code.source.name, code.first_line
    )
}

/// Python's `repr` of a constant.
pub fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::Bool(b) => if *b { "True" } else { "False" }.into(),
        Const::Int(i) => i.to_string(),
        Const::BigInt(b) => b.to_string(),
        Const::Float(f) => float_repr(*f),
        Const::Complex(r, i) => complex_repr(*r, *i),
        Const::Str(s) => str_repr(s),
        Const::Bytes(b) => bytes_repr(b),
        Const::Tuple(t) => match &t[..] {
            [one] => format!("({},)", const_repr(one)),
            items => format!(
                "({})",
                items.iter().map(const_repr).collect::<Vec<_>>().join(", ")
            ),
        },
        Const::FrozenSet(t) => format!(
            "frozenset({{{}}})",
            t.iter().map(const_repr).collect::<Vec<_>>().join(", ")
        ),
        Const::Ellipsis => "Ellipsis".into(),
        Const::Code(code) => code_repr(code),
    }
}

/// Python's shortest round-tripping float repr.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let sci = format!("{:e}", x.abs());
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    let n = digits.len() as i32;
    let sign = if x < 0.0 { "-" } else { "" };
    let body = if (-4..16).contains(&exp) {
        if exp >= 0 {
            let int_len = (exp + 1) as usize;
            if n <= exp + 1 {
                format!("{digits}{}.0", "0".repeat(int_len - digits.len()))
            } else {
                format!("{}.{}", &digits[..int_len], &digits[int_len..])
            }
        } else {
            format!("0.{}{digits}", "0".repeat((-exp - 1) as usize))
        }
    } else {
        let m = if n == 1 {
            digits.clone()
        } else {
            format!("{}.{}", &digits[..1], &digits[1..])
        };
        format!("{m}e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs())
    };
    format!("{sign}{body}")
}

fn complex_part(x: f64) -> String {
    let r = float_repr(x);
    r.strip_suffix(".0").map_or(r.clone(), str::to_string)
}

fn complex_repr(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", complex_part(im));
    }
    let im_s = complex_part(im);
    let sep = if im_s.starts_with('-') || im.is_nan() && im_s.starts_with('-') {
        ""
    } else {
        "+"
    };
    format!("({}{sep}{im_s}j)", complex_part(re))
}

pub use corelab_base::pystr::str_repr;

fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::from("b");
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(quote as char);
    out
}
