//! Subclasses of `int`, `float` and `str` (`class Meters(int)`,
//! `class Name(str)`): `T.__new__` for a subclass, and the dunder methods
//! of the three types (CPython's number and sequence slots), which
//! subclass instances reach through their type as any instance's dunders.
//!
//! A subclass instance is an `Obj::Instance` whose `base` is the plain
//! value (see `objects::Instance`): an inline int, a `BigInt`, an inline
//! float or a `Str`. Plain values never come here: the interpreter's fast
//! paths and `ops`' builtin paths handle them before any dunder is looked
//! up, so these methods only run for subclass instances, for mixed operands
//! that fall through to the dunder protocol, and for explicit calls
//! (`int.__add__(x, 1)`, `super().__add__(o)`). Each computes on the plain
//! values and returns the base type (`Meters(2) + 3` is the int 5), or
//! `NotImplemented` for an operand of another type, as CPython's do.
//! The other methods of these types (`str.upper`, `int.bit_length`, ...)
//! read their receiver through `Vm::as_str` / `Vm::scalar_base`.

use super::{Args, NativeFn};
use crate::errors::PyResult;
use crate::interp::{build, iter, ops};
use crate::objects::{Instance, Layout, Obj};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use corelab_compile::{BinOp, CmpOp, Instr};
use num_traits::ToPrimitive;

/// Which of the three builtin types a method belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Int,
    Float,
    Str,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Int => "int",
            Kind::Float => "float",
            Kind::Str => "str",
        }
    }
}

/// The binary number dunders of `$ty` (`Kind::$kind`): forward and
/// reflected, each a non-capturing closure (so a `NativeFn`).
macro_rules! number_ops {
    ($vm:ident, $ty:expr, $kind:ident; $(($fwd:literal, $rev:literal, $op:ident)),* $(,)?) => {
        $vm.add_methods(
            $ty,
            &[$(
                ($fwd, |vm: &mut Vm, a: &Args| arith(vm, a, Kind::$kind, BinOp::$op, false, $fwd)),
                ($rev, |vm: &mut Vm, a: &Args| arith(vm, a, Kind::$kind, BinOp::$op, true, $rev)),
            )*],
        )
    };
}

/// The six rich comparisons of `$ty` (`Kind::$kind`).
macro_rules! comparisons {
    ($vm:ident, $ty:expr, $kind:ident) => {
        $vm.add_methods(
            $ty,
            &[
                ("__eq__", |vm: &mut Vm, a: &Args| {
                    cmp(vm, a, Kind::$kind, CmpOp::Eq, "__eq__")
                }),
                ("__ne__", |vm: &mut Vm, a: &Args| {
                    cmp(vm, a, Kind::$kind, CmpOp::Ne, "__ne__")
                }),
                ("__lt__", |vm: &mut Vm, a: &Args| {
                    cmp(vm, a, Kind::$kind, CmpOp::Lt, "__lt__")
                }),
                ("__le__", |vm: &mut Vm, a: &Args| {
                    cmp(vm, a, Kind::$kind, CmpOp::Le, "__le__")
                }),
                ("__gt__", |vm: &mut Vm, a: &Args| {
                    cmp(vm, a, Kind::$kind, CmpOp::Gt, "__gt__")
                }),
                ("__ge__", |vm: &mut Vm, a: &Args| {
                    cmp(vm, a, Kind::$kind, CmpOp::Ge, "__ge__")
                }),
            ],
        )
    };
}

/// One-argument dunders of `$ty` (`Kind::$kind`): `(name, fn(vm, plain))`.
macro_rules! unary_ops {
    ($vm:ident, $ty:expr, $kind:ident; $(($name:literal, $f:expr)),* $(,)?) => {
        $vm.add_methods(
            $ty,
            &[$(
                ($name, |vm: &mut Vm, a: &Args| {
                    a.check(vm, $name, 1, 1)?;
                    let x = this(vm, a, Kind::$kind, $name)?;
                    let f: fn(&mut Vm, Value) -> PyResult<Value> = $f;
                    f(vm, x)
                }),
            )*],
        )
    };
}

pub(crate) fn install(vm: &mut Vm) {
    let (i, f, s) = (vm.types.int, vm.types.float, vm.types.str);
    number_ops!(vm, i, Int;
        ("__add__", "__radd__", Add),
        ("__sub__", "__rsub__", Subtract),
        ("__mul__", "__rmul__", Multiply),
        ("__truediv__", "__rtruediv__", TrueDivide),
        ("__floordiv__", "__rfloordiv__", FloorDivide),
        ("__mod__", "__rmod__", Remainder),
        ("__pow__", "__rpow__", Power),
        ("__and__", "__rand__", And),
        ("__or__", "__ror__", Or),
        ("__xor__", "__rxor__", Xor),
        ("__lshift__", "__rlshift__", Lshift),
        ("__rshift__", "__rrshift__", Rshift),
    );
    number_ops!(vm, f, Float;
        ("__add__", "__radd__", Add),
        ("__sub__", "__rsub__", Subtract),
        ("__mul__", "__rmul__", Multiply),
        ("__truediv__", "__rtruediv__", TrueDivide),
        ("__floordiv__", "__rfloordiv__", FloorDivide),
        ("__mod__", "__rmod__", Remainder),
        ("__pow__", "__rpow__", Power),
    );
    comparisons!(vm, i, Int);
    comparisons!(vm, f, Float);
    comparisons!(vm, s, Str);
    unary_ops!(vm, i, Int;
        ("__neg__", |vm, x| ops::unary(vm, x, Instr::UnaryNegative)),
        ("__pos__", |vm, x| ops::unary(vm, x, Instr::UnaryPositive)),
        ("__invert__", |vm, x| ops::unary(vm, x, Instr::UnaryInvert)),
        ("__abs__", abs),
        ("__bool__", |vm, x| ops::truthy(vm, x).map(Value::Bool)),
        ("__float__", to_float),
        ("__trunc__", |_, x| Ok(x)),
        ("__floor__", |_, x| Ok(x)),
        ("__ceil__", |_, x| Ok(x)),
        ("__hash__", hash),
        ("__repr__", repr),
        ("__getnewargs__", getnewargs),
    );
    unary_ops!(vm, f, Float;
        ("__neg__", |vm, x| ops::unary(vm, x, Instr::UnaryNegative)),
        ("__pos__", |vm, x| ops::unary(vm, x, Instr::UnaryPositive)),
        ("__abs__", abs),
        ("__bool__", |vm, x| ops::truthy(vm, x).map(Value::Bool)),
        ("__float__", |_, x| Ok(x)),
        ("__int__", |vm, x| float_to_int(vm, x, f64::trunc)),
        ("__trunc__", |vm, x| float_to_int(vm, x, f64::trunc)),
        ("__floor__", |vm, x| float_to_int(vm, x, f64::floor)),
        ("__ceil__", |vm, x| float_to_int(vm, x, f64::ceil)),
        ("__hash__", hash),
        ("__repr__", repr),
        ("__getnewargs__", getnewargs),
    );
    unary_ops!(vm, s, Str;
        ("__str__", |_, x| Ok(x)),
        ("__iter__", iter::get_iter),
        ("__hash__", hash),
        ("__repr__", repr),
        ("__getnewargs__", getnewargs),
    );
    vm.add_methods(i, &[("__round__", round_int)]);
    vm.add_methods(f, &[("__round__", round_float)]);
    vm.add_methods(
        s,
        &[
            ("__getitem__", str_getitem),
            ("__contains__", str_contains),
            ("__add__", str_add),
            ("__mul__", str_mul),
            ("__rmul__", str_mul),
            ("__mod__", str_mod),
        ],
    );
}

impl Vm {
    /// The plain int, float or str an instance of a subclass of `int`,
    /// `float` or `str` extends; `v` itself for anything else.
    #[inline]
    pub fn scalar_base(&self, v: Value) -> Value {
        if let Value::Obj(r) = v {
            if let Obj::Instance(i) = self.heap.get(r) {
                let scalar = match i.base {
                    Value::Int(_) | Value::Float(_) => true,
                    Value::Obj(b) => matches!(self.heap.get(b), Obj::Str(_) | Obj::BigInt(_)),
                    _ => false,
                };
                if scalar {
                    return i.base;
                }
            }
        }
        v
    }

    /// The plain int an instance of an int subclass extends, or None.
    #[inline]
    pub fn int_base(&self, v: Value) -> Option<Value> {
        match v {
            Value::Obj(r) if matches!(self.heap.get(r), Obj::Instance(_)) => {
                plain(self, v, Kind::Int).filter(|b| !b.is(v))
            }
            _ => None,
        }
    }
}

/// The plain value of `v` if it is a `kind` (or an instance of a subclass).
fn plain(vm: &Vm, v: Value, kind: Kind) -> Option<Value> {
    let b = vm.scalar_base(v);
    let ok = match kind {
        Kind::Int => matches!(b, Value::Int(_) | Value::Bool(_)) || big(vm, b),
        Kind::Float => matches!(b, Value::Float(_)),
        Kind::Str => matches!(b, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Str(_))),
    };
    ok.then_some(b)
}

fn big(vm: &Vm, v: Value) -> bool {
    matches!(v, Value::Obj(r) if matches!(vm.heap.get(r), Obj::BigInt(_)))
}

/// The plain value of a number method's other operand: an int for `int`'s,
/// an int or a float for `float`'s (CPython's `float` methods convert ints).
fn number_operand(vm: &Vm, v: Value, kind: Kind) -> Option<Value> {
    match kind {
        Kind::Int => plain(vm, v, Kind::Int),
        _ => plain(vm, v, Kind::Float).or_else(|| plain(vm, v, Kind::Int)),
    }
}

/// `self` of a `kind` method, as its plain value.
fn this(vm: &mut Vm, a: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    match plain(vm, a.get(0), kind) {
        Some(v) => Ok(v),
        None => {
            let (tn, k) = (vm.type_name(a.get(0)), kind.name());
            Err(vm.type_error(format!(
                "descriptor '{name}' requires a '{k}' object but received a '{tn}'"
            )))
        }
    }
}

/// `T.__new__(cls, ...)` when `cls` is a subclass of `T` (whose instances
/// have `layout`): the plain value `new` makes from the arguments, as the
/// base of a new instance of `cls`. None when `cls` is `T` itself.
#[inline(always)]
pub(super) fn new_for_subclass(
    vm: &mut Vm,
    a: &Args,
    layout: Layout,
    new: NativeFn,
) -> PyResult<Option<Value>> {
    let ty = match layout {
        Layout::Int => vm.types.int,
        Layout::Float => vm.types.float,
        _ => vm.types.str,
    };
    if a.get(0).is(Value::Obj(ty)) {
        return Ok(None); // `int(x)`: nothing to check, nothing to call
    }
    new_subclass_value(vm, a, ty, layout, new)
}

#[inline(never)]
fn new_subclass_value(
    vm: &mut Vm,
    a: &Args,
    ty: ObjRef,
    layout: Layout,
    new: NativeFn,
) -> PyResult<Option<Value>> {
    let Some(cls) = super::list_sub::subclass_arg(vm, a.get(0), ty, layout)? else {
        return Ok(None);
    };
    let mut pos = Vec::with_capacity(a.pos.len());
    pos.push(Value::Obj(ty));
    pos.extend_from_slice(&a.pos[1..]);
    let base = new(vm, &Args::new(&pos, a.kw))?;
    Ok(Some(new_instance(vm, cls, base)))
}

/// A new instance of `cls` extending plain value `base`.
pub(crate) fn new_instance(vm: &mut Vm, cls: ObjRef, base: Value) -> Value {
    Value::Obj(
        vm.heap
            .alloc(Obj::Instance(Box::new(Instance::new(cls, base)))),
    )
}

/// `cls(*args, **kw)` for a subclass of `int`, `float` or `str` without a
/// `__new__` of its own: `T.__new__(cls, *args, **kw)`.
pub(crate) fn instantiate(
    vm: &mut Vm,
    cls: ObjRef,
    layout: Layout,
    args: &[Value],
    kw: &[(ObjRef, Value)],
) -> PyResult<Value> {
    let new: NativeFn = match layout {
        Layout::Int => super::numeric_new::int_new,
        Layout::Float => super::numeric_new::float_new,
        _ => super::constructors::str_new,
    };
    let mut pos = Vec::with_capacity(args.len() + 1);
    pos.push(Value::Obj(cls));
    pos.extend_from_slice(args);
    new(vm, &Args::new(&pos, kw))
}

fn arith(
    vm: &mut Vm,
    a: &Args,
    kind: Kind,
    op: BinOp,
    reflected: bool,
    name: &str,
) -> PyResult<Value> {
    // `__pow__(self, other, mod=None)`: a modulus goes to `pow()`.
    let max = if op == BinOp::Power { 3 } else { 2 };
    a.check(vm, name, 2, max)?;
    let x = this(vm, a, kind, name)?;
    let Some(y) = number_operand(vm, a.get(1), kind) else {
        return Ok(vm.not_implemented);
    };
    let (l, r) = if reflected { (y, x) } else { (x, y) };
    if a.len() == 3 && !matches!(a.get(2), Value::None) {
        let m = vm.scalar_base(a.get(2));
        return super::functions::pow_mod(vm, l, r, m);
    }
    ops::binary(vm, l, r, op as u32)
}

fn cmp(vm: &mut Vm, a: &Args, kind: Kind, op: CmpOp, name: &str) -> PyResult<Value> {
    a.check(vm, name, 2, 2)?;
    let x = this(vm, a, kind, name)?;
    // Numbers compare with numbers of either type: `float`'s reflected
    // method is not consulted for an int subclass against a float.
    let other = match kind {
        Kind::Str => plain(vm, a.get(1), Kind::Str),
        _ => number_operand(vm, a.get(1), Kind::Float),
    };
    match other {
        Some(y) => ops::compare(vm, x, y, op),
        None => Ok(vm.not_implemented),
    }
}

fn abs(vm: &mut Vm, x: Value) -> PyResult<Value> {
    match x {
        Value::Float(f) => Ok(Value::Float(f.abs())),
        _ => {
            let b = ops::to_bigint(vm, x).unwrap_or_default();
            Ok(ops::from_bigint(vm, num_traits::Signed::abs(&b)))
        }
    }
}

fn to_float(vm: &mut Vm, x: Value) -> PyResult<Value> {
    match ops::to_f64(vm, x) {
        Some(f) if f.is_finite() => Ok(Value::Float(f)),
        _ => Err(vm.overflow_error("int too large to convert to float")),
    }
}

/// `float.__int__` / `__trunc__` / `__floor__` / `__ceil__`.
fn float_to_int(vm: &mut Vm, x: Value, round: fn(f64) -> f64) -> PyResult<Value> {
    let Value::Float(f) = x else { return Ok(x) };
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let t = round(f);
    Ok(match num_traits::FromPrimitive::from_f64(t) {
        Some(b) => ops::from_bigint(vm, b),
        None => Value::Int(t.to_i64().unwrap_or(0)),
    })
}

fn hash(vm: &mut Vm, x: Value) -> PyResult<Value> {
    ops::hash(vm, x).map(Value::Int)
}

fn repr(vm: &mut Vm, x: Value) -> PyResult<Value> {
    let s = super::repr(vm, x)?;
    Ok(vm.new_str(s))
}

/// `(int(self),)` (`float`, `str`): what copying and pickling pass to
/// `__new__` again.
fn getnewargs(vm: &mut Vm, x: Value) -> PyResult<Value> {
    Ok(vm.new_tuple(vec![x]))
}

fn round_with(vm: &mut Vm, a: &Args, kind: Kind) -> PyResult<Value> {
    a.check(vm, "__round__", 1, 2)?;
    let x = this(vm, a, kind, "__round__")?;
    let nd = if a.len() > 1 { a.get(1) } else { Value::None };
    super::round_value(vm, x, nd)
}

fn round_int(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    round_with(vm, a, Kind::Int)
}

fn round_float(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    round_with(vm, a, Kind::Float)
}

fn str_getitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "__getitem__", 2, 2)?;
    let s = this(vm, a, Kind::Str, "__getitem__")?;
    build::getitem(vm, s, a.get(1))
}

fn str_contains(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "__contains__", 2, 2)?;
    let s = this(vm, a, Kind::Str, "__contains__")?;
    let item = vm.scalar_base(a.get(1));
    ops::contains(vm, s, item).map(Value::Bool)
}

/// `str.__add__`: like CPython's concatenation slot it leaves an operand
/// with an `__radd__` to that method, and refuses any other.
fn str_add(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "__add__", 2, 2)?;
    let s = this(vm, a, Kind::Str, "__add__")?;
    let other = a.get(1);
    match plain(vm, other, Kind::Str) {
        Some(o) => ops::binary(vm, s, o, BinOp::Add as u32),
        None if super::tuple_sub::has_dunder(vm, other, "__radd__") => Ok(vm.not_implemented),
        None => {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!("can only concatenate str (not \"{tn}\") to str")))
        }
    }
}

fn str_mul(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "__mul__", 2, 2)?;
    let s = this(vm, a, Kind::Str, "__mul__")?;
    match plain(vm, a.get(1), Kind::Int) {
        Some(n) => ops::binary(vm, s, n, BinOp::Multiply as u32),
        None => Ok(vm.not_implemented),
    }
}

fn str_mod(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "__mod__", 2, 2)?;
    let s = this(vm, a, Kind::Str, "__mod__")?;
    super::percent_format(vm, s, a.get(1))
}
