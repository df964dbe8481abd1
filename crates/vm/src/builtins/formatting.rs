//! Glue between values and the format-spec mini-language
//! (`format/spec.rs`): `format(v, spec)` for builtin values,
//! `str.format`, `str % args`, and reprs of dict subclasses and records.

use crate::errors::PyResult;
use crate::format::spec::{self, Spec};
use crate::interp::{attr, build, iter, ops};
use crate::objects::Obj;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// `format(v, spec)` with a non-empty spec for builtin values.
pub fn format_with_spec(vm: &mut Vm, v: Value, spec_text: &str) -> PyResult<String> {
    let s = spec::parse(spec_text).map_err(|m| vm.value_error(m))?;
    let r = match v {
        Value::Bool(b) => spec::format_int(&b.into_bigint(), &s),
        Value::Float(f) => spec::format_float(f, &s),
        _ if vm.as_str(v).is_some() => {
            let text = vm.as_str(v).unwrap_or("").to_string();
            spec::format_str(&text, &s)
        }
        _ => match ops::to_bigint(vm, v) {
            Some(b) if !matches!(v, Value::Bool(_)) => spec::format_int(&b, &s),
            _ => {
                if matches!(v, Value::Bool(_) | Value::None) || matches!(v, Value::Obj(_)) {
                    let text = super::str_of_value(vm, v)?;
                    if matches!(v, Value::Bool(_)) {
                        spec::format_str(&text, &s)
                    } else {
                        let tn = vm.type_name(v);
                        return Err(vm.type_error(format!(
                            "unsupported format string passed to {tn}.__format__"
                        )));
                    }
                } else {
                    let tn = vm.type_name(v);
                    return Err(vm.type_error(format!(
                        "unsupported format string passed to {tn}.__format__"
                    )));
                }
            }
        },
    };
    r.map_err(|m| vm.value_error(m))
}

trait IntoBig {
    fn into_bigint(self) -> num_bigint::BigInt;
}

impl IntoBig for bool {
    fn into_bigint(self) -> num_bigint::BigInt {
        num_bigint::BigInt::from(self as i64)
    }
}

/// `template.format(*args, **kwargs)`.
pub fn str_format(
    vm: &mut Vm,
    template: &str,
    args: &[Value],
    kw: &[(ObjRef, Value)],
) -> PyResult<String> {
    let mut out = String::new();
    let mut auto = 0usize;
    let mut manual = false;
    let cs: Vec<char> = template.chars().collect();
    let mut i = 0;
    while i < cs.len() {
        match cs[i] {
            '{' if cs.get(i + 1) == Some(&'{') => {
                out.push('{');
                i += 2;
            }
            '}' if cs.get(i + 1) == Some(&'}') => {
                out.push('}');
                i += 2;
            }
            '}' => return Err(vm.value_error("Single '}' encountered in format string")),
            '{' => {
                let mut depth = 1;
                let mut j = i + 1;
                while j < cs.len() && depth > 0 {
                    match cs[j] {
                        '{' => depth += 1,
                        '}' => depth -= 1,
                        _ => {}
                    }
                    j += 1;
                }
                if depth > 0 {
                    return Err(vm.value_error("expected '}' before end of string"));
                }
                let field: String = cs[i + 1..j - 1].iter().collect();
                let text = format_field(vm, &field, args, kw, &mut auto, &mut manual)?;
                out.push_str(&text);
                i = j;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    Ok(out)
}

fn format_field(
    vm: &mut Vm,
    field: &str,
    args: &[Value],
    kw: &[(ObjRef, Value)],
    auto: &mut usize,
    manual: &mut bool,
) -> PyResult<String> {
    // Split name[!conv][:spec] (the spec may hold nested fields).
    let (head, spec) = match field.find(':') {
        Some(p) => (&field[..p], Some(&field[p + 1..])),
        None => (field, None),
    };
    let (name, conv) = match head.find('!') {
        Some(p) => (&head[..p], Some(&head[p + 1..])),
        None => (head, None),
    };
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let (first, rest) = name.split_at(first_end);
    let mut v = if first.is_empty() {
        if *manual {
            return Err(vm.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        let v = args.get(*auto).copied();
        *auto += 1;
        match v {
            Some(v) => v,
            None => {
                return Err(vm.index_error(format!(
                    "Replacement index {} out of range for positional args tuple",
                    *auto - 1
                )))
            }
        }
    } else if let Ok(n) = first.parse::<usize>() {
        if *auto > 0 {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        *manual = true;
        match args.get(n) {
            Some(&v) => v,
            None => {
                return Err(vm.index_error(format!(
                    "Replacement index {n} out of range for positional args tuple"
                )))
            }
        }
    } else {
        match kw.iter().find(|(k, _)| vm.str_of(*k) == first) {
            Some(&(_, v)) => v,
            None => {
                let key = vm.new_str(first);
                return Err(vm.key_error(key));
            }
        }
    };
    let mut rest = rest;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let an = vm.intern(&r[..end]);
            v = attr::getattr(vm, v, an)?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r
                .find(']')
                .ok_or_else(|| vm.value_error("Missing ']' in format string"))?;
            let key = &r[..end];
            let k = match key.parse::<i64>() {
                Ok(n) => Value::Int(n),
                Err(_) => vm.new_str(key),
            };
            v = build::getitem(vm, v, k)?;
            rest = &r[end + 1..];
        } else {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    let v = match conv {
        None => v,
        Some("r") => {
            let s = super::repr(vm, v)?;
            vm.new_str(s)
        }
        Some("s") => {
            let s = super::str_of_value(vm, v)?;
            vm.new_str(s)
        }
        Some("a") => {
            let s = super::ascii(vm, v)?;
            vm.new_str(s)
        }
        Some(c) => return Err(vm.value_error(format!("Unknown conversion specifier {c}"))),
    };
    let spec = match spec {
        Some(sp) if sp.contains('{') => str_format_nested(vm, sp, args, kw, auto, manual)?,
        Some(sp) => sp.to_string(),
        None => String::new(),
    };
    super::format_value(vm, v, &spec)
}

fn str_format_nested(
    vm: &mut Vm,
    sp: &str,
    args: &[Value],
    kw: &[(ObjRef, Value)],
    auto: &mut usize,
    manual: &mut bool,
) -> PyResult<String> {
    let mut out = String::new();
    let mut rest = sp;
    while let Some(p) = rest.find('{') {
        out.push_str(&rest[..p]);
        let end = rest[p..]
            .find('}')
            .map(|e| p + e)
            .ok_or_else(|| vm.value_error("expected '}' before end of string"))?;
        out.push_str(&format_field(
            vm,
            &rest[p + 1..end],
            args,
            kw,
            auto,
            manual,
        )?);
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// `fmt % args`.
pub fn percent_format(vm: &mut Vm, fmt: Value, args: Value) -> PyResult<Value> {
    let text = vm.as_str(fmt).unwrap_or("").to_string();
    let is_tuple = matches!(args, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Tuple(_)));
    let items = if is_tuple {
        iter::to_vec(vm, args)?
    } else {
        vec![args]
    };
    let mapping = matches!(args, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Dict(_)));
    let mut next = 0usize;
    let cs: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < cs.len() {
        if cs[i] != '%' {
            out.push(cs[i]);
            i += 1;
            continue;
        }
        i += 1;
        let mut key: Option<String> = None;
        if cs.get(i) == Some(&'(') {
            let end = cs[i..]
                .iter()
                .position(|&c| c == ')')
                .map(|p| i + p)
                .ok_or_else(|| vm.value_error("incomplete format key"))?;
            key = Some(cs[i + 1..end].iter().collect());
            i = end + 1;
        }
        let mut s = Spec::default();
        while let Some(&c) = cs.get(i) {
            match c {
                '-' => s.align = Some('<'),
                '+' => s.sign = Some('+'),
                ' ' => {
                    if s.sign.is_none() {
                        s.sign = Some(' ')
                    }
                }
                '0' => s.zero = true,
                '#' => s.alternate = true,
                _ => break,
            }
            i += 1;
        }
        let take_num = |i: &mut usize, vm: &mut Vm, next: &mut usize| -> PyResult<Option<usize>> {
            if cs.get(*i) == Some(&'*') {
                *i += 1;
                let v = items.get(*next).copied().unwrap_or(Value::Int(0));
                *next += 1;
                return Ok(Some(super::int_arg(vm, v)?.max(0) as usize));
            }
            let st = *i;
            while cs.get(*i).is_some_and(|c| c.is_ascii_digit()) {
                *i += 1;
            }
            Ok((*i > st).then(|| cs[st..*i].iter().collect::<String>().parse().unwrap_or(0)))
        };
        s.width = take_num(&mut i, vm, &mut next)?;
        if cs.get(i) == Some(&'.') {
            i += 1;
            s.precision = Some(take_num(&mut i, vm, &mut next)?.unwrap_or(0));
        }
        let Some(&ty) = cs.get(i) else {
            return Err(vm.value_error("incomplete format"));
        };
        i += 1;
        if ty == '%' {
            out.push('%');
            continue;
        }
        let v = match &key {
            Some(k) if mapping => {
                let kv = vm.new_str(k.as_str());
                build::getitem(vm, args, kv)?
            }
            Some(_) => return Err(vm.type_error("format requires a mapping")),
            None => {
                let v = items.get(next).copied();
                next += 1;
                match v {
                    Some(v) => v,
                    None => return Err(vm.type_error("not enough arguments for format string")),
                }
            }
        };
        out.push_str(&percent_one(vm, v, ty, s)?);
    }
    if !mapping && next < items.len() {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(vm.new_str(out))
}

fn percent_one(vm: &mut Vm, v: Value, ty: char, mut s: Spec) -> PyResult<String> {
    let err = |vm: &mut Vm, m: String| vm.value_error(m);
    match ty {
        's' | 'r' | 'a' => {
            let text = match ty {
                's' => super::str_of_value(vm, v)?,
                'r' => super::repr(vm, v)?,
                _ => super::ascii(vm, v)?,
            };
            s.sign = None;
            s.alternate = false;
            s.zero = false;
            // printf-style fields are right-aligned unless '-' was given.
            s.align = Some(s.align.unwrap_or('>'));
            spec::format_str(&text, &s).map_err(|m| err(vm, m))
        }
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
            let b = match v {
                Value::Float(f) => num_traits::FromPrimitive::from_f64(f.trunc()),
                _ => ops::to_bigint(vm, v),
            };
            let Some(b) = b else {
                let tn = vm.type_name(v);
                return Err(
                    vm.type_error(format!("%{ty} format: a real number is required, not {tn}"))
                );
            };
            s.ty = Some(if matches!(ty, 'i' | 'u') { 'd' } else { ty });
            s.precision = None;
            spec::format_int(&b, &s).map_err(|m| err(vm, m))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let Some(f) = ops::to_f64(vm, v) else {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("must be real number, not {tn}")));
            };
            s.ty = Some(ty);
            if s.precision.is_none() {
                s.precision = Some(6);
            }
            spec::format_float(f, &s).map_err(|m| err(vm, m))
        }
        'c' => {
            let text = match v {
                Value::Int(i) => char::from_u32(i as u32)
                    .map(String::from)
                    .unwrap_or_default(),
                _ => vm.as_str(v).unwrap_or("").to_string(),
            };
            spec::format_str(&text, &Spec { ty: None, ..s }).map_err(|m| err(vm, m))
        }
        other => Err(vm.value_error(format!(
            "unsupported format character '{other}' (0x{:x})",
            other as u32
        ))),
    }
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
