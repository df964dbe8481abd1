//! `repr()`, `str()`, `ascii()` and `format()` of any value, including
//! containers of instances whose `__repr__`/`__str__` are Python code.

use crate::errors::PyResult;
use crate::objects::Obj;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// `repr(v)`.
pub fn repr(vm: &mut Vm, v: Value) -> PyResult<String> {
    let mut out = String::new();
    repr_into(vm, v, &mut out, 0)?;
    Ok(out)
}

/// `str(v)`.
pub fn str_of_value(vm: &mut Vm, v: Value) -> PyResult<String> {
    if let Value::Obj(r) = v {
        match vm.heap.get(r) {
            Obj::Str(s) => return Ok(s.as_str().to_string()),
            Obj::Instance(i) => {
                let (cls, is_exc) = (i.class, i.exc.is_some());
                if let Some(f) = user_method(vm, cls, "__str__") {
                    return call_str(vm, f, v, "__str__");
                }
                // `str.__str__` of a str subclass: its plain str (a
                // `__repr__` of its own does not matter, unlike int's).
                if let Some(s) = vm.as_str(v) {
                    return Ok(s.to_string());
                }
                if is_exc && user_method(vm, cls, "__repr__").is_none() {
                    return exc_str(vm, r);
                }
            }
            Obj::Dict(d) if d.class.is_some() => {
                if let Some(f) = user_method(vm, d.class.unwrap(), "__str__") {
                    return call_str(vm, f, v, "__str__");
                }
            }
            _ => {}
        }
    }
    repr(vm, v)
}

/// `ascii(v)`.
pub fn ascii(vm: &mut Vm, v: Value) -> PyResult<String> {
    let r = repr(vm, v)?;
    let mut out = String::new();
    for c in r.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            corelab_base::pystr::push_escape(c, &mut out);
        }
    }
    Ok(out)
}

fn user_method(vm: &mut Vm, cls: ObjRef, name: &str) -> Option<Value> {
    let f = vm.lookup_in_type_str(cls, name)?;
    match f {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Function(_)) => Some(f),
        _ => None,
    }
}

fn call_str(vm: &mut Vm, f: Value, v: Value, which: &str) -> PyResult<String> {
    let r = vm.call(f, vec![v])?;
    match vm.as_str(r) {
        Some(s) => Ok(s.to_string()),
        None => {
            let tn = vm.type_name(r);
            Err(vm.type_error(format!("{which} returned non-string (type {tn})")))
        }
    }
}

/// `str(exception)`: its single argument, or the tuple of its arguments.
pub fn exc_str(vm: &mut Vm, e: ObjRef) -> PyResult<String> {
    let args = vm.exc_data(e).map(|d| d.args.clone()).unwrap_or_default();
    let is_key_error = vm.exc_matches(Value::Obj(e), vm.exc.key_error);
    let is_os_error = vm.exc_matches(Value::Obj(e), vm.exc.os_error);
    match args.len() {
        0 => Ok(String::new()),
        1 if is_key_error => repr(vm, args[0]),
        1 => str_of_value(vm, args[0]),
        // OSError(errno, strerror): "[Errno 32] Broken pipe".
        2 if is_os_error && matches!(args[0], Value::Int(_)) => {
            let msg = str_of_value(vm, args[1])?;
            let Value::Int(n) = args[0] else {
                unreachable!("matched above")
            };
            Ok(format!("[Errno {n}] {msg}"))
        }
        _ => {
            let t = vm.new_tuple(args);
            repr(vm, t)
        }
    }
}

/// Python's `repr` of a str (shared with the disassembler).
pub use corelab_base::pystr::str_repr as repr_str;

/// Python's `repr` of bytes.
pub fn repr_bytes(b: &[u8], prefix: &str) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = format!("{prefix}{quote}");
    for &x in b {
        match x {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            x if x as char == quote => {
                out.push('\\');
                out.push(quote)
            }
            0x20..=0x7e => out.push(x as char),
            x => out.push_str(&format!("\\x{x:02x}")),
        }
    }
    out.push(quote);
    out
}

thread_local! {
    /// The containers whose repr is being built (CPython's `Py_ReprEnter`):
    /// a container met again inside itself prints as `[...]` / `{...}`.
    static REPR_ACTIVE: std::cell::RefCell<Vec<ObjRef>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Runs `f` with `r` marked active, or writes `cycle` if it already is.
fn guarded(
    r: ObjRef,
    out: &mut String,
    cycle: &str,
    f: impl FnOnce(&mut String) -> PyResult<()>,
) -> PyResult<()> {
    if REPR_ACTIVE.with(|a| a.borrow().contains(&r)) {
        out.push_str(cycle);
        return Ok(());
    }
    REPR_ACTIVE.with(|a| a.borrow_mut().push(r));
    let res = f(out);
    REPR_ACTIVE.with(|a| {
        let mut a = a.borrow_mut();
        if let Some(i) = a.iter().rposition(|&x| x == r) {
            a.remove(i);
        }
    });
    res
}

fn repr_into(vm: &mut Vm, v: Value, out: &mut String, depth: usize) -> PyResult<()> {
    if depth > 200 {
        return Err(vm.err(
            vm.exc.recursion_error,
            "maximum recursion depth exceeded while getting the repr of an object",
        ));
    }
    match v {
        Value::Null => out.push_str("<NULL>"),
        Value::None => out.push_str("None"),
        Value::Bool(b) => out.push_str(if b { "True" } else { "False" }),
        Value::Int(i) => out.push_str(&i.to_string()),
        Value::Float(f) => out.push_str(&crate::format::float_repr(f)),
        Value::Obj(r) => return repr_obj(vm, r, out, depth),
    }
    Ok(())
}

fn seq_repr(
    vm: &mut Vm,
    items: Vec<Value>,
    open: &str,
    close: &str,
    out: &mut String,
    depth: usize,
) -> PyResult<()> {
    out.push_str(open);
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        repr_into(vm, *x, out, depth + 1)?;
    }
    out.push_str(close);
    Ok(())
}

fn repr_obj(vm: &mut Vm, r: ObjRef, out: &mut String, depth: usize) -> PyResult<()> {
    let v = Value::Obj(r);
    match vm.heap.get(r) {
        Obj::Str(s) => out.push_str(&repr_str(s.as_str())),
        Obj::BigInt(b) => {
            let text = b.to_string();
            // CPython's default sys.int_info.default_max_str_digits.
            if text.trim_start_matches('-').len() > 4300 {
                return Err(vm.value_error(
                    "Exceeds the limit (4300 digits) for integer string conversion; \
                     use sys.set_int_max_str_digits() to increase the limit",
                ));
            }
            out.push_str(&text)
        }
        Obj::Complex(re, im) => out.push_str(&crate::builtins::complex_repr(*re, *im)),
        Obj::Bytes(b) => out.push_str(&repr_bytes(b, "b")),
        Obj::ByteArray(b) => {
            let s = repr_bytes(b, "b");
            out.push_str(&format!("bytearray({s})"));
        }
        Obj::List(items) => {
            let items = items.clone();
            return guarded(r, out, "[...]", |out| {
                seq_repr(vm, items, "[", "]", out, depth)
            });
        }
        Obj::Tuple(items) => {
            let items = items.clone();
            if items.len() == 1 {
                out.push('(');
                repr_into(vm, items[0], out, depth + 1)?;
                out.push_str(",)");
                return Ok(());
            }
            return seq_repr(vm, items, "(", ")", out, depth);
        }
        Obj::Dict(d) => {
            if let Some(cls) = d.class {
                if let Some(f) = user_method(vm, cls, "__repr__") {
                    out.push_str(&call_str(vm, f, v, "__repr__")?);
                    return Ok(());
                }
                return crate::builtins::dict_subclass_repr(vm, r, out);
            }
            let pairs: Vec<(Value, Value)> = d.map.iter().map(|e| (e.key, e.value)).collect();
            return guarded(r, out, "{...}", |out| dict_repr(vm, &pairs, out, depth));
        }
        Obj::Set(s) | Obj::FrozenSet(s) => {
            let is_frozen = matches!(vm.heap.get(r), Obj::FrozenSet(_));
            let items: Vec<Value> = s.map.key_values().collect();
            if items.is_empty() {
                out.push_str(if is_frozen { "frozenset()" } else { "set()" });
                return Ok(());
            }
            if is_frozen {
                out.push_str("frozenset(");
            }
            seq_repr(vm, items, "{", "}", out, depth)?;
            if is_frozen {
                out.push(')');
            }
        }
        Obj::Range(rg) => out.push_str(&super::range_ops::range_repr(rg)),
        Obj::Slice(a, b, c) => {
            let items = vec![*a, *b, *c];
            out.push_str("slice");
            return seq_repr(vm, items, "(", ")", out, depth);
        }
        Obj::Function(f) if f.c_stand_in => {
            let n = vm.as_str(f.name).unwrap_or("?").to_string();
            out.push_str(&format!("<built-in function {n}>"));
        }
        Obj::Function(f) => {
            let q = vm.as_str(f.qualname).unwrap_or("?").to_string();
            out.push_str(&format!(
                "<function {q} at 0x{:012x}>",
                0x7f00_0000_0000u64 + r.0 as u64 * 16
            ));
        }
        Obj::Builtin(b) => {
            if b.this.is_null() {
                out.push_str(&format!("<built-in function {}>", b.name));
            } else {
                let tn = vm.type_name(b.this);
                out.push_str(&format!(
                    "<built-in method {} of {tn} object at 0x{:012x}>",
                    b.name,
                    0x7f00_0000_0000u64 + r.0 as u64 * 16
                ));
            }
        }
        Obj::BoundMethod(this, f) => {
            let (this, f) = (*this, *f);
            let q = match f.as_obj().map(|x| vm.heap.get(x)) {
                Some(Obj::Function(func)) => vm.as_str(func.qualname).unwrap_or("?").to_string(),
                _ => "?".into(),
            };
            out.push_str(&format!("<bound method {q} of "));
            repr_into(vm, this, out, depth + 1)?;
            out.push('>');
        }
        Obj::Type(t) => {
            let (m, q) = (t.module.clone(), t.qualname.clone());
            if &*m == "builtins" {
                out.push_str(&format!("<class '{q}'>"));
            } else {
                out.push_str(&format!("<class '{m}.{q}'>"));
            }
        }
        Obj::Module(m) => out.push_str(&format!("<module '{}' (built-in)>", m.name)),
        Obj::Instance(i) => {
            let cls = i.class;
            let is_exc = i.exc.is_some();
            let base = i.base;
            if let Some(f) = user_method(vm, cls, "__repr__") {
                out.push_str(&call_str(vm, f, v, "__repr__")?);
                return Ok(());
            }
            if !base.is_null() {
                return repr_into(vm, base, out, depth);
            }
            if is_exc {
                let name = vm.type_obj(cls).name.to_string();
                let args = vm.exc_data(r).map(|d| d.args.clone()).unwrap_or_default();
                out.push_str(&name);
                if args.len() == 1 {
                    out.push('(');
                    repr_into(vm, args[0], out, depth + 1)?;
                    out.push(')');
                    return Ok(());
                }
                return seq_repr(vm, args, "(", ")", out, depth);
            }
            let t = vm.type_obj(cls);
            // CPython leaves out the module of builtin types.
            let module = if &*t.module == "builtins" {
                String::new()
            } else {
                format!("{}.", t.module)
            };
            out.push_str(&format!(
                "<{module}{} object at 0x{:012x}>",
                t.qualname,
                0x7f00_0000_0000u64 + r.0 as u64 * 16
            ));
        }
        Obj::Generator(g) => {
            let q = vm.as_str(g.qualname).unwrap_or("?").to_string();
            out.push_str(&format!(
                "<generator object {q} at 0x{:012x}>",
                0x7f00_0000_0000u64 + r.0 as u64 * 16
            ));
        }
        Obj::NotImplemented => out.push_str("NotImplemented"),
        Obj::Ellipsis => out.push_str("Ellipsis"),
        Obj::Record(_) | Obj::Deque(_) => return crate::builtins::record_repr(vm, r, out),
        _ => {
            let tn = vm.type_name(v);
            out.push_str(&format!(
                "<{tn} object at 0x{:012x}>",
                0x7f00_0000_0000u64 + r.0 as u64 * 16
            ));
        }
    }
    Ok(())
}

/// `{k: v, ...}`.
pub fn dict_repr(
    vm: &mut Vm,
    pairs: &[(Value, Value)],
    out: &mut String,
    depth: usize,
) -> PyResult<()> {
    out.push('{');
    for (i, (k, v)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        repr_into(vm, *k, out, depth + 1)?;
        out.push_str(": ");
        repr_into(vm, *v, out, depth + 1)?;
    }
    out.push('}');
    Ok(())
}

/// `format(v, spec)`.
pub fn format_value(vm: &mut Vm, v: Value, spec: &str) -> PyResult<String> {
    let t = vm.type_of(v);
    if let Some(f) = user_method(vm, t, "__format__") {
        let s = vm.new_str(spec);
        let r = vm.call(f, vec![v, s])?;
        return match vm.as_str(r) {
            Some(s) => Ok(s.to_string()),
            None => {
                let tn = vm.type_name(r);
                Err(vm.type_error(format!("__format__ must return a str, not {tn}")))
            }
        };
    }
    if spec.is_empty() {
        return str_of_value(vm, v);
    }
    crate::builtins::format_with_spec(vm, v, spec)
}
