//! `str.maketrans` (a static method) and `str.translate`.

use super::Args;
use crate::errors::{PyErr, PyResult};
use crate::objects::Obj;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

pub(crate) fn install(vm: &mut Vm) {
    let s = vm.types.str;
    vm.add_method(s, "translate", translate);
    let mk = vm.new_builtin("maketrans", maketrans);
    let sm = Value::Obj(vm.heap.alloc(Obj::StaticMethod(mk)));
    vm.type_set_attr(s, "maketrans", sm);
}

fn dict_of(vm: &Vm, v: Value) -> Option<ObjRef> {
    match v {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Dict(_)) => Some(r),
        _ => None,
    }
}

/// `str.maketrans(x[, y[, z]])`: a dict from code points to code points,
/// strings or None.
fn maketrans(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.check(vm, "maketrans", 1, 3)?;
    let out = vm.new_dict();
    if a.len() == 1 {
        let Some(d) = dict_of(vm, a.get(0)) else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        let Obj::Dict(x) = vm.heap.get(d) else {
            unreachable!()
        };
        let pairs: Vec<(Value, Value)> = x.map.iter().map(|e| (e.key, e.value)).collect();
        for (k, v) in pairs {
            let key = match vm.as_str(k).map(String::from) {
                Some(s) => {
                    let mut cs = s.chars();
                    match (cs.next(), cs.next()) {
                        (Some(c), None) => Value::Int(c as i64),
                        _ => {
                            return Err(vm
                                .value_error("string keys in translate table must be of length 1"))
                        }
                    }
                }
                None if matches!(k, Value::Int(_) | Value::Bool(_)) => k,
                None => {
                    return Err(vm.type_error("keys in translate table must be strings or integers"))
                }
            };
            super::dict_set(vm, out, key, v)?;
        }
        return Ok(Value::Obj(out));
    }
    let text = |vm: &mut Vm, v: Value, n: &str| -> PyResult<String> {
        match vm.as_str(v) {
            Some(s) => Ok(s.to_string()),
            None => {
                let tn = vm.type_name(v);
                Err(vm.type_error(format!("maketrans() argument {n} must be str, not {tn}")))
            }
        }
    };
    let (x, y) = (text(vm, a.get(0), "1")?, text(vm, a.get(1), "2")?);
    if x.chars().count() != y.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (f, t) in x.chars().zip(y.chars()) {
        super::dict_set(vm, out, Value::Int(f as i64), Value::Int(t as i64))?;
    }
    if a.len() == 3 {
        for c in text(vm, a.get(2), "3")?.chars() {
            super::dict_set(vm, out, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(Value::Obj(out))
}

/// `str.translate(table)` for dict tables.
fn translate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Some(s) = vm.as_str(a.get(0)).map(String::from) else {
        let tn = vm.type_name(a.get(0));
        return Err(vm.type_error(format!(
            "descriptor 'translate' for 'str' objects doesn't apply to a '{tn}' object"
        )));
    };
    Args::new(a.pos.get(1..).unwrap_or(&[]), a.kw).check(vm, "str.translate", 1, 1)?;
    let Some(table) = dict_of(vm, a.get(1)) else {
        return Err(PyErr::unsupported(
            "str.translate with a table that is not a dict",
        ));
    };
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match super::dict_get(vm, table, Value::Int(c as i64))? {
            None => out.push(c),
            Some(Value::None) => {}
            Some(Value::Int(n)) => match u32::try_from(n).ok().and_then(char::from_u32) {
                Some(t) => out.push(t),
                None => return Err(vm.value_error("character mapping must be in range(0x110000)")),
            },
            Some(v) => match vm.as_str(v) {
                Some(t) => out.push_str(t),
                None => {
                    return Err(vm.type_error("character mapping must return integer, None or str"))
                }
            },
        }
    }
    Ok(vm.new_str(out))
}
