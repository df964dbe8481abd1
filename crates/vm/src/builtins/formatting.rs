//! Glue between values and the `format` module: `format(v, spec)` for
//! builtin values, `str % args`, and reprs of dict subclasses and records.

use crate::errors::{PyErr, PyResult};
use crate::objects::Obj;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// `format(v, spec)` with a non-empty spec for builtin values.
pub fn format_with_spec(vm: &mut Vm, v: Value, spec: &str) -> PyResult<String> {
    let _ = (vm, v);
    Err(PyErr::unsupported(format!(
        "format specification '{spec}' is not supported by corelab yet"
    )))
}

/// `template.format(*args, **kwargs)`.
pub fn str_format(
    vm: &mut Vm,
    template: &str,
    args: &[Value],
    kw: &[(ObjRef, Value)],
) -> PyResult<String> {
    let _ = (vm, args, kw);
    Err(PyErr::unsupported(format!(
        "str.format is not supported by corelab yet ({template:?})"
    )))
}

/// `fmt % args`.
pub fn percent_format(vm: &mut Vm, fmt: Value, args: Value) -> PyResult<Value> {
    let _ = (vm, fmt, args);
    Err(PyErr::unsupported(
        "printf-style '%' formatting is not supported by corelab yet",
    ))
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
            let d = rec.fields[0];
            let items = crate::interp::iter::to_vec(vm, Value::Obj(r))?;
            let _ = d;
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
