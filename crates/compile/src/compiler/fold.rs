//! Constant folding as CPython 3.11's AST optimizer does it: literals,
//! unary and binary operators on numeric/str/bytes constants (with
//! CPython's size limits), tuples of constants, `__debug__`.

use super::cond::truthy;
use super::Compiler;
use crate::code::Const;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use ruff_python_ast::{self as ast, Expr, Number, Operator, UnaryOp};
use std::rc::Rc;

/// CPython's `MAX_INT_SIZE` (bits), `MAX_COLLECTION_SIZE`, `MAX_STR_SIZE`.
const MAX_INT_BITS: u64 = 128;
const MAX_COLLECTION: usize = 256;
const MAX_STR: usize = 4096;

impl<'a> Compiler<'a> {
    /// The constant value of `e`, if the AST optimizer would fold it.
    pub(super) fn fold(&self, e: &Expr) -> Option<Const> {
        fold_expr(e)
    }

    /// The elements as one tuple constant, if they are all constant.
    pub(super) fn fold_tuple_elts(&self, elts: &[Expr]) -> Option<Const> {
        let items: Option<Vec<Const>> = elts.iter().map(fold_expr).collect();
        items.map(|v| Const::Tuple(v.into()))
    }
}

pub(super) fn fold_expr(e: &Expr) -> Option<Const> {
    match e {
        Expr::NumberLiteral(n) => Some(number(&n.value)),
        Expr::StringLiteral(s) => Some(Const::Str(s.value.to_str().into())),
        Expr::BytesLiteral(b) => Some(Const::Bytes(b.value.bytes().collect::<Vec<u8>>().into())),
        Expr::BooleanLiteral(b) => Some(Const::Bool(b.value)),
        Expr::NoneLiteral(_) => Some(Const::None),
        Expr::EllipsisLiteral(_) => Some(Const::Ellipsis),
        Expr::Name(n) if n.id.as_str() == "__debug__" => Some(Const::Bool(true)),
        Expr::Tuple(t) if t.ctx == ast::ExprContext::Load => {
            let items: Option<Vec<Const>> = t.elts.iter().map(fold_expr).collect();
            items.map(|v| Const::Tuple(v.into()))
        }
        Expr::UnaryOp(u) => unary(u.op, fold_expr(&u.operand)?),
        Expr::BinOp(b) => binary(b.op, fold_expr(&b.left)?, fold_expr(&b.right)?),
        _ => None,
    }
}

/// A number literal as a constant (ints beyond i64 become `BigInt`).
pub(super) fn number(n: &Number) -> Const {
    match n {
        Number::Float(f) => Const::Float(*f),
        Number::Complex { real, imag } => Const::Complex(*real, *imag),
        Number::Int(i) => match i.as_i64() {
            Some(v) => Const::Int(v),
            None => int_const(parse_big(&i.to_string())),
        },
    }
}

fn parse_big(token: &str) -> BigInt {
    let t: String = token
        .chars()
        .filter(|c| *c != '_')
        .collect::<String>()
        .to_ascii_lowercase();
    let (digits, radix) = match t.get(..2) {
        Some("0x") => (&t[2..], 16),
        Some("0o") => (&t[2..], 8),
        Some("0b") => (&t[2..], 2),
        _ => (&t[..], 10),
    };
    BigInt::parse_bytes(digits.as_bytes(), radix).unwrap_or_default()
}

/// An int constant, small when it fits.
fn int_const(v: BigInt) -> Const {
    match v.to_i64() {
        Some(i) => Const::Int(i),
        None => Const::BigInt(Rc::new(v)),
    }
}

fn as_int(c: &Const) -> Option<BigInt> {
    match c {
        Const::Bool(b) => Some(BigInt::from(*b as i64)),
        Const::Int(i) => Some(BigInt::from(*i)),
        Const::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

fn as_float(c: &Const) -> Option<f64> {
    match c {
        Const::Float(f) => Some(*f),
        _ => as_int(c).and_then(|i| i.to_f64()).filter(|f| f.is_finite()),
    }
}

fn as_complex(c: &Const) -> Option<(f64, f64)> {
    match c {
        Const::Complex(r, i) => Some((*r, *i)),
        _ => as_float(c).map(|f| (f, 0.0)),
    }
}

fn unary(op: UnaryOp, v: Const) -> Option<Const> {
    if op == UnaryOp::Not {
        return Some(Const::Bool(!truthy(&v)));
    }
    if let Some(i) = as_int(&v) {
        return Some(int_const(match op {
            UnaryOp::USub => -i,
            UnaryOp::UAdd => i,
            _ => -(i + BigInt::from(1)),
        }));
    }
    match (op, v) {
        (UnaryOp::USub, Const::Float(f)) => Some(Const::Float(-f)),
        (UnaryOp::UAdd, Const::Float(f)) => Some(Const::Float(f)),
        (UnaryOp::USub, Const::Complex(r, i)) => Some(Const::Complex(-r, -i)),
        (UnaryOp::UAdd, Const::Complex(r, i)) => Some(Const::Complex(r, i)),
        _ => None,
    }
}

fn binary(op: Operator, l: Const, r: Const) -> Option<Const> {
    // bool & | ^ bool stays a bool.
    if let (Const::Bool(a), Const::Bool(b)) = (&l, &r) {
        match op {
            Operator::BitAnd => return Some(Const::Bool(*a & *b)),
            Operator::BitOr => return Some(Const::Bool(*a | *b)),
            Operator::BitXor => return Some(Const::Bool(*a ^ *b)),
            _ => {}
        }
    }
    if let (Some(a), Some(b)) = (as_int(&l), as_int(&r)) {
        return int_binary(op, a, b);
    }
    if matches!(l, Const::Complex(..)) || matches!(r, Const::Complex(..)) {
        return complex_binary(op, as_complex(&l)?, as_complex(&r)?);
    }
    if let (Some(a), Some(b)) = (as_float(&l), as_float(&r)) {
        let both_num = !matches!(l, Const::Str(_) | Const::Bytes(_) | Const::Tuple(_));
        return if both_num {
            float_binary(op, a, b)
        } else {
            None
        };
    }
    seq_binary(op, l, r)
}

fn int_binary(op: Operator, a: BigInt, b: BigInt) -> Option<Const> {
    let v = match op {
        Operator::Add => a + b,
        Operator::Sub => a - b,
        Operator::Mult => {
            if !a.is_zero() && !b.is_zero() && a.bits() + b.bits() > MAX_INT_BITS {
                return None;
            }
            a * b
        }
        Operator::FloorDiv if !b.is_zero() => a.div_floor(&b),
        Operator::Mod if !b.is_zero() => a.mod_floor(&b),
        Operator::Div if !b.is_zero() => {
            let limit = BigInt::from(1u64 << 53);
            if a.abs() > limit || b.abs() > limit {
                return None;
            }
            return Some(Const::Float(a.to_f64()? / b.to_f64()?));
        }
        Operator::Pow => return int_pow(a, b),
        Operator::LShift => {
            let s = b
                .to_u64()
                .filter(|s| a.is_zero() || a.bits() + s <= MAX_INT_BITS)?;
            a << s
        }
        Operator::RShift => {
            let s = b.to_u64()?;
            if s > 1 << 20 {
                BigInt::from(if a.is_negative() { -1 } else { 0 })
            } else {
                a >> s
            }
        }
        Operator::BitAnd => a & b,
        Operator::BitOr => a | b,
        Operator::BitXor => a ^ b,
        _ => return None,
    };
    Some(int_const(v))
}

fn int_pow(a: BigInt, b: BigInt) -> Option<Const> {
    if b.is_negative() {
        let (x, y) = (a.to_f64()?, b.to_f64()?);
        if x == 0.0 {
            return None;
        }
        return float_binary(Operator::Pow, x, y);
    }
    let e = b.to_u32()?;
    if !a.is_zero() && a.bits().saturating_mul(e as u64) > MAX_INT_BITS {
        return None;
    }
    Some(int_const(num_traits::pow(a, e as usize)))
}

fn float_binary(op: Operator, a: f64, b: f64) -> Option<Const> {
    let v = match op {
        Operator::Add => a + b,
        Operator::Sub => a - b,
        Operator::Mult => a * b,
        Operator::Div if b != 0.0 => a / b,
        Operator::Mod if b != 0.0 => py_fmod(a, b),
        Operator::FloorDiv if b != 0.0 => py_floordiv(a, b),
        Operator::Pow => {
            if (a == 0.0 && b < 0.0) || (a < 0.0 && b.fract() != 0.0) {
                return None;
            }
            a.powf(b)
        }
        _ => return None,
    };
    v.is_finite().then_some(Const::Float(v))
}

fn py_fmod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m + b
        } else {
            m
        }
    } else {
        0.0f64.copysign(b)
    }
}

fn py_floordiv(a: f64, b: f64) -> f64 {
    let m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(a / b)
    }
}

fn complex_binary(op: Operator, (a, b): (f64, f64), (c, d): (f64, f64)) -> Option<Const> {
    let (r, i) = match op {
        Operator::Add => (a + c, b + d),
        Operator::Sub => (a - c, b - d),
        Operator::Mult => (a * c - b * d, a * d + b * c),
        _ => return None,
    };
    (r.is_finite() && i.is_finite()).then_some(Const::Complex(r, i))
}

fn seq_binary(op: Operator, l: Const, r: Const) -> Option<Const> {
    match (op, l, r) {
        (Operator::Add, Const::Str(a), Const::Str(b)) => Some(Const::Str(format!("{a}{b}").into())),
        (Operator::Add, Const::Bytes(a), Const::Bytes(b)) => {
            Some(Const::Bytes([&a[..], &b[..]].concat().into()))
        }
        (Operator::Add, Const::Tuple(a), Const::Tuple(b)) => Some(Const::Tuple(
            a.iter().chain(b.iter()).cloned().collect::<Vec<_>>().into(),
        )),
        (Operator::Mult, seq, n) | (Operator::Mult, n, seq) if as_int(&n).is_some() => {
            repeat(seq, as_int(&n)?)
        }
        _ => None,
    }
}

fn repeat(seq: Const, n: BigInt) -> Option<Const> {
    let n = n.to_i64()?.max(0) as usize;
    match seq {
        Const::Str(s) if s.len().checked_mul(n)? <= MAX_STR => Some(Const::Str(s.repeat(n).into())),
        Const::Bytes(b) if b.len().checked_mul(n)? <= MAX_STR => {
            Some(Const::Bytes(b.repeat(n).into()))
        }
        Const::Tuple(t) if t.len().checked_mul(n)? <= MAX_COLLECTION => {
            let v: Vec<Const> = (0..n).flat_map(|_| t.iter().cloned()).collect();
            Some(Const::Tuple(v.into()))
        }
        _ => None,
    }
}
