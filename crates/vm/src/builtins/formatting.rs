//! Glue between VM values and the formatting library (`crate::format`):
//! `format(v, spec)` for builtin values, `str.format` / `format_map`,
//! `str % args`, plus reprs of dict subclasses and records. Everything that
//! needs Python code (`__format__`, `__str__`, `__repr__`, `__index__`,
//! `__int__`, `__float__`, `__getitem__` of a mapping) goes through
//! `Vm::call` and the replay mechanism; the library itself is pure.

use num_bigint::BigInt;

use super::Args;
use crate::errors::{PyErr, PyResult};
use crate::format::{
    format_float_as, format_int_as, format_str_as, format_with, int_to_f64, render_percent_spec,
    replacement_index_out_of_range, ErrorKind, FieldKey, FormatError, FormatHandler, ItemKey,
    PercentArg, PercentCount, PercentParser, PercentPiece, PercentSpec, NOT_ALL_CONVERTED,
    NOT_ENOUGH_ARGUMENTS, STAR_PRECISION_TOO_LARGE, STAR_WANTS_INT, STAR_WIDTH_TOO_LARGE,
};
use crate::interp::{attr, build, iter, ops};
use crate::objects::Obj;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// Raises a library error as the Python exception it names.
fn raise(vm: &mut Vm, e: FormatError) -> PyErr {
    match e.kind {
        ErrorKind::ValueError => vm.value_error(e.message),
        ErrorKind::TypeError => vm.type_error(e.message),
        ErrorKind::OverflowError => vm.overflow_error(e.message),
        ErrorKind::MemoryError => PyErr::Exc(vm.new_exception(vm.exc.memory_error, vec![])),
    }
}

/// `format(v, spec)` for values without a Python-level `__format__`:
/// `int.__format__`, `float.__format__`, `str.__format__` (bool uses int's)
/// and `object.__format__` (only the empty spec, which means `str(v)`).
pub fn format_with_spec(vm: &mut Vm, v: Value, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return super::str_of_value(vm, v);
    }
    // An int, float or str subclass instance formats its value.
    let v = vm.scalar_base(v);
    let r = match v {
        Value::Bool(b) => format_int_as(&BigInt::from(u8::from(b)), spec, "bool"),
        Value::Int(i) => format_int_as(&BigInt::from(i), spec, "int"),
        Value::Float(f) => format_float_as(f, spec, "float"),
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::BigInt(b) => format_int_as(b, spec, "int"),
            Obj::Str(s) => format_str_as(s.as_str(), spec, "str"),
            Obj::Complex(..) => return Err(PyErr::unsupported(
                "format() of a complex number with a format spec is not supported by corelab yet",
            )),
            _ => return Err(unsupported_spec(vm, v)),
        },
        _ => return Err(unsupported_spec(vm, v)),
    };
    r.map_err(|e| raise(vm, e))
}

/// Registers `int.__format__`, `float.__format__` and `str.__format__`
/// (bool inherits int's); `object.__format__` lives with `object`.
pub(crate) fn install(vm: &mut Vm) {
    let (i, f, s) = (vm.types.int, vm.types.float, vm.types.str);
    vm.add_method(i, "__format__", int_format);
    vm.add_method(f, "__format__", float_format);
    vm.add_method(s, "__format__", str_format_method);
}

/// Checks `T.__format__(self, spec)`'s arguments; `applies` tells whether
/// `self` is a `T`. Returns the spec.
fn dunder_format_args(vm: &mut Vm, a: &Args, owner: &str, applies: bool) -> PyResult<String> {
    if !applies {
        let tn = vm.type_name(a.get(0));
        return Err(vm.type_error(format!(
            "descriptor '__format__' for '{owner}' objects doesn't apply to a '{tn}' object"
        )));
    }
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("{owner}.__format__() takes no keyword arguments")));
    }
    if a.pos.len() != 2 {
        let n = a.pos.len().saturating_sub(1);
        return Err(vm.type_error(format!(
            "{owner}.__format__() takes exactly one argument ({n} given)"
        )));
    }
    match vm.as_str(a.get(1)) {
        Some(spec) => Ok(spec.to_string()),
        None => {
            let tn = vm.type_name(a.get(1));
            Err(vm.type_error(format!("__format__() argument must be str, not {tn}")))
        }
    }
}

fn dunder_format(vm: &mut Vm, a: &Args, owner: &str, applies: bool) -> PyResult<Value> {
    let spec = dunder_format_args(vm, a, owner, applies)?;
    let text = format_with_spec(vm, a.get(0), &spec)?;
    Ok(vm.new_str(text))
}

fn int_format(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let applies = vm.int_base(a.get(0)).is_some() || ops::to_bigint(vm, a.get(0)).is_some();
    dunder_format(vm, a, "int", applies)
}

fn float_format(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let applies = matches!(vm.scalar_base(a.get(0)), Value::Float(_));
    dunder_format(vm, a, "float", applies)
}

fn str_format_method(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let applies = vm.as_str(a.get(0)).is_some();
    dunder_format(vm, a, "str", applies)
}

fn unsupported_spec(vm: &mut Vm, v: Value) -> PyErr {
    let tn = vm.type_name(v);
    vm.type_error(format!(
        "unsupported format string passed to {tn}.__format__"
    ))
}

// ---- str.format / str.format_map -------------------------------------------

/// A failure inside [`format_with`]: a Python error or a library error that
/// still needs the VM to become an exception.
enum Failure {
    Py(PyErr),
    Fmt(FormatError),
}

impl From<FormatError> for Failure {
    fn from(e: FormatError) -> Self {
        Failure::Fmt(e)
    }
}

impl From<PyErr> for Failure {
    fn from(e: PyErr) -> Self {
        Failure::Py(e)
    }
}

/// Where `str.format` fields get their values.
struct Fields<'a> {
    vm: &'a mut Vm,
    args: &'a [Value],
    kw: &'a [(ObjRef, Value)],
    /// `format_map`'s mapping (then positional fields are an error).
    mapping: Option<Value>,
}

impl FormatHandler for Fields<'_> {
    type Value = Value;
    type Error = Failure;

    fn lookup(&mut self, key: &FieldKey) -> Result<Value, Failure> {
        let vm = &mut *self.vm;
        match (key, self.mapping) {
            (FieldKey::Index(_), Some(_)) => {
                Err(FormatError::value("Format string contains positional fields").into())
            }
            (FieldKey::Index(i), None) => match self.args.get(*i) {
                Some(&v) => Ok(v),
                None => Err(vm.index_error(replacement_index_out_of_range(*i)).into()),
            },
            (FieldKey::Keyword(k), Some(m)) => {
                let kv = vm.new_str(k.as_str());
                Ok(build::getitem(vm, m, kv)?)
            }
            (FieldKey::Keyword(k), None) => {
                match self.kw.iter().find(|(name, _)| vm.str_of(*name) == k) {
                    Some(&(_, v)) => Ok(v),
                    None => {
                        let kv = vm.new_str(k.as_str());
                        Err(vm.key_error(kv).into())
                    }
                }
            }
        }
    }

    fn attr(&mut self, value: Value, name: &str) -> Result<Value, Failure> {
        let n = self.vm.intern(name);
        Ok(attr::getattr(self.vm, value, n)?)
    }

    fn item(&mut self, value: Value, key: &ItemKey) -> Result<Value, Failure> {
        let k = match key {
            ItemKey::Int(i) => match i64::try_from(*i) {
                Ok(i) => Value::Int(i),
                Err(_) => ops::from_bigint(self.vm, BigInt::from(*i)),
            },
            ItemKey::Str(s) => self.vm.new_str(s.as_str()),
        };
        Ok(build::getitem(self.vm, value, k)?)
    }

    fn convert(&mut self, value: Value, conversion: char) -> Result<Value, Failure> {
        let text = match conversion {
            'r' => super::repr(self.vm, value)?,
            'a' => super::ascii(self.vm, value)?,
            _ => super::str_of_value(self.vm, value)?,
        };
        Ok(self.vm.new_str(text))
    }

    fn format(&mut self, value: Value, spec: &str) -> Result<String, Failure> {
        Ok(super::format_value(self.vm, value, spec)?)
    }
}

fn expand(
    vm: &mut Vm,
    template: &str,
    args: &[Value],
    kw: &[(ObjRef, Value)],
    mapping: Option<Value>,
) -> PyResult<String> {
    let mut fields = Fields {
        vm,
        args,
        kw,
        mapping,
    };
    match format_with(template, &mut fields) {
        Ok(s) => Ok(s),
        Err(Failure::Py(e)) => Err(e),
        Err(Failure::Fmt(e)) => Err(raise(fields.vm, e)),
    }
}

/// `template.format(*args, **kwargs)`.
pub fn str_format(
    vm: &mut Vm,
    template: &str,
    args: &[Value],
    kw: &[(ObjRef, Value)],
) -> PyResult<String> {
    expand(vm, template, args, kw, None)
}

/// `template.format_map(mapping)`: fields are looked up with
/// `mapping[name]` (so `__missing__` and user `__getitem__` apply).
pub fn str_format_map(vm: &mut Vm, template: &str, mapping: Value) -> PyResult<String> {
    expand(vm, template, &[], &[], Some(mapping))
}

// ---- str % args -------------------------------------------------------------

/// CPython's argument cursor for `%`: a tuple's items, or one object
/// (`len == -1`), which a `%(key)` lookup replaces.
struct PercentArgs {
    items: Vec<Value>,
    single: Value,
    idx: isize,
    len: isize,
}

impl PercentArgs {
    fn single(v: Value) -> Self {
        PercentArgs {
            items: Vec::new(),
            single: v,
            idx: -2,
            len: -1,
        }
    }

    fn next(&mut self, vm: &mut Vm) -> PyResult<Value> {
        if self.idx >= self.len {
            return Err(vm.type_error(NOT_ENOUGH_ARGUMENTS));
        }
        self.idx += 1;
        if self.len < 0 {
            return Ok(self.single);
        }
        Ok(self.items[(self.idx - 1) as usize])
    }
}

/// CPython's `PyMapping_Check` for the right operand of `%` (a tuple or str
/// never counts).
fn is_mapping(vm: &mut Vm, v: Value) -> bool {
    let Value::Obj(r) = v else {
        return false;
    };
    match vm.heap.get(r) {
        Obj::Dict(_) | Obj::List(_) | Obj::Bytes(_) | Obj::ByteArray(_) | Obj::Range(_) => true,
        // A str subclass instance is a str, never a mapping.
        Obj::Instance(_) if vm.as_str(v).is_none() => {
            let t = vm.type_of(v);
            vm.lookup_in_type_str(t, "__getitem__").is_some()
        }
        _ => false,
    }
}

/// `fmt % args`.
pub fn percent_format(vm: &mut Vm, fmt: Value, args: Value) -> PyResult<Value> {
    let text = vm.as_str(fmt).unwrap_or("").to_string();
    // PyTuple_Check: tuple subclass instances are argument tuples too.
    let tuple = vm.tuple_items(args).map(|items| items.to_vec());
    let mapping = tuple.is_none() && is_mapping(vm, args);
    let mut cursor = match tuple {
        Some(items) => PercentArgs {
            len: items.len() as isize,
            items,
            single: Value::None,
            idx: 0,
        },
        None => PercentArgs::single(args),
    };
    let mut out = String::new();
    for piece in PercentParser::new(&text).keys_first(mapping) {
        match piece.map_err(|e| raise(vm, e))? {
            PercentPiece::Literal(t) => out.push_str(&t),
            PercentPiece::Key(k) => {
                let kv = vm.new_str(k);
                let v = build::getitem(vm, args, kv)?;
                cursor = PercentArgs::single(v);
            }
            PercentPiece::Spec(spec) => out.push_str(&percent_one(vm, &mut cursor, spec)?),
        }
    }
    if cursor.idx < cursor.len && !mapping {
        return Err(vm.type_error(NOT_ALL_CONVERTED));
    }
    Ok(vm.new_str(out))
}

/// A `*` width or precision argument: an int (no `__index__`), as i64.
fn star_value(vm: &mut Vm, v: Value, too_large: &str) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(i64::from(b)),
        _ if ops::to_bigint(vm, v).is_some() => Err(vm.overflow_error(too_large)),
        _ => Err(vm.type_error(STAR_WANTS_INT)),
    }
}

fn percent_one(vm: &mut Vm, cursor: &mut PercentArgs, mut spec: PercentSpec) -> PyResult<String> {
    if spec.width == Some(PercentCount::Star) {
        let v = cursor.next(vm)?;
        let w = star_value(vm, v, STAR_WIDTH_TOO_LARGE)?;
        spec.set_star_width(w);
    }
    if spec.precision == Some(PercentCount::Star) {
        let v = cursor.next(vm)?;
        let p = star_value(vm, v, STAR_PRECISION_TOO_LARGE)?;
        spec.set_star_precision(p).map_err(|e| raise(vm, e))?;
    }
    let v = cursor.next(vm)?;
    let arg = percent_arg(vm, spec.conversion, v)?;
    render_percent_spec(&spec, &arg).map_err(|e| raise(vm, e))
}

/// An int, float or str value as the library sees it.
fn plain_arg(vm: &Vm, v: Value) -> Option<PercentArg> {
    match v {
        Value::Int(i) => Some(PercentArg::Int(BigInt::from(i))),
        Value::Bool(b) => Some(PercentArg::Int(BigInt::from(u8::from(b)))),
        Value::Float(f) => Some(PercentArg::Float(f)),
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::BigInt(b) => Some(PercentArg::Int(b.clone())),
            Obj::Str(s) => Some(PercentArg::Str(s.as_str().to_string())),
            _ => None,
        },
        _ => None,
    }
}

/// The first of `names` the type of `v` defines.
fn find_method(vm: &mut Vm, v: Value, names: &[&str]) -> Option<Value> {
    let t = vm.type_of(v);
    names.iter().find_map(|n| vm.lookup_in_type_str(t, n))
}

/// Converts the argument of one conversion, calling `__str__`/`__repr__`,
/// `__int__`/`__index__`/`__trunc__` or `__float__` as CPython does;
/// anything unusable becomes `Other` so the library raises its error.
fn percent_arg(vm: &mut Vm, conversion: char, v: Value) -> PyResult<PercentArg> {
    let text = match conversion {
        's' => Some(super::str_of_value(vm, v)?),
        'r' => Some(super::repr(vm, v)?),
        'a' => Some(super::ascii(vm, v)?),
        _ => None,
    };
    if let Some(text) = text {
        return Ok(PercentArg::Str(text));
    }
    if let Some(arg) = plain_arg(vm, v) {
        return Ok(arg);
    }
    let other = PercentArg::Other(vm.type_name(v).to_string());
    let method = match conversion {
        // PyNumber_Long, after PyNumber_Check.
        'd' | 'i' | 'u' => {
            if find_method(vm, v, &["__index__", "__int__", "__float__"]).is_none() {
                return Ok(other);
            }
            find_method(vm, v, &["__int__", "__index__", "__trunc__"])
        }
        'o' | 'x' | 'X' | 'c' => find_method(vm, v, &["__index__"]),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => return float_arg(vm, v),
        _ => None,
    };
    let Some(f) = method else {
        return Ok(other);
    };
    let r = vm.call(f, vec![v])?;
    Ok(match plain_arg(vm, r) {
        Some(arg @ PercentArg::Int(_)) => arg,
        _ => other,
    })
}

/// `PyFloat_AsDouble` for a non-float object: `__float__`, else `__index__`.
fn float_arg(vm: &mut Vm, v: Value) -> PyResult<PercentArg> {
    let tn = vm.type_name(v).to_string();
    if let Some(f) = find_method(vm, v, &["__float__"]) {
        let r = vm.call(f, vec![v])?;
        return match r {
            Value::Float(x) => Ok(PercentArg::Float(x)),
            _ => {
                let rn = vm.type_name(r);
                Err(vm.type_error(format!("{tn}.__float__ returned non-float (type {rn})")))
            }
        };
    }
    if let Some(f) = find_method(vm, v, &["__index__"]) {
        let r = vm.call(f, vec![v])?;
        if let Some(PercentArg::Int(b)) = plain_arg(vm, r) {
            return int_to_f64(&b)
                .map(PercentArg::Float)
                .map_err(|e| raise(vm, e));
        }
        let rn = vm.type_name(r);
        return Err(vm.type_error(format!("__index__ returned non-int (type {rn})")));
    }
    Ok(PercentArg::Other(tn))
}

/// repr of defaultdict/Counter/OrderedDict/user dict subclasses.
pub fn dict_subclass_repr(vm: &mut Vm, r: ObjRef, out: &mut String) -> PyResult<()> {
    let Obj::Dict(d) = vm.heap.get(r) else {
        return Ok(());
    };
    let pairs: Vec<(Value, Value)> = d.map.iter().map(|e| (e.key, e.value)).collect();
    let cls = d.class.unwrap_or(vm.types.dict);
    let name = vm.type_obj(cls).name.to_string();
    if vm.type_obj(cls).builtin && cls != vm.types.dict {
        out.push_str(&format!("{name}("));
        if !pairs.is_empty() {
            super::dict_repr(vm, &pairs, out, 0)?;
        }
        out.push(')');
    } else {
        super::dict_repr(vm, &pairs, out, 0)?;
    }
    Ok(())
}

/// repr of records (dict views, module objects) and deques.
pub fn record_repr(vm: &mut Vm, r: ObjRef, out: &mut String) -> PyResult<()> {
    match vm.heap.get(r) {
        Obj::Deque(d) => {
            let items: Vec<Value> = d.items.iter().copied().collect();
            let maxlen = d.maxlen;
            let l = vm.new_list(items);
            let s = super::repr(vm, l)?;
            match maxlen {
                Some(m) => out.push_str(&format!("deque({s}, maxlen={m})")),
                None => out.push_str(&format!("deque({s})")),
            }
        }
        Obj::Record(rec) if rec.kind.starts_with("dict_") => {
            let kind = rec.kind;
            let items = iter::to_vec(vm, Value::Obj(r))?;
            let l = vm.new_list(items);
            let s = super::repr(vm, l)?;
            out.push_str(&format!("{kind}({s})"));
        }
        Obj::Record(rec) => {
            let kind = rec.kind;
            out.push_str(&format!(
                "<{kind} object at 0x{:012x}>",
                0x7f00_0000_0000u64 + r.0 as u64 * 16
            ));
        }
        _ => {}
    }
    Ok(())
}
