//! Argument binding: positional and keyword arguments, `*args`,
//! `**kwargs` and defaults into a Python function's localsplus, with
//! CPython's error messages for arguments that do not fit.

use crate::errors::{PyErr, PyResult};
use crate::objects::{Function, Obj};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use corelab_compile::LocalKind;

/// Binds positional and keyword arguments to a function's localsplus.
pub(super) fn bind_args(
    vm: &mut Vm,
    fref: ObjRef,
    args: &[Value],
    kw: &[(ObjRef, Value)],
) -> PyResult<Vec<Value>> {
    let Obj::Function(func) = vm.heap.get(fref) else {
        unreachable!()
    };
    let func: Function = (**func).clone();
    let code = &func.code.code;
    let names = &func.code.local_names;
    let argc = code.argcount as usize;
    let kwonly = code.kwonlyargcount as usize;
    let mut locals = vec![Value::Null; code.nlocals()];
    let fname = func.code.code.qualname.to_string();
    let npos = args.len().min(argc);
    locals[..npos].copy_from_slice(&args[..npos]);
    let mut slot = argc + kwonly;
    if code.varargs {
        let extra = if args.len() > argc {
            args[argc..].to_vec()
        } else {
            Vec::new()
        };
        locals[slot] = vm.new_tuple(extra);
        slot += 1;
    } else if args.len() > argc {
        return Err(too_many_positional(
            vm,
            &fname,
            argc,
            code.argcount as usize - func.defaults.len(),
            args.len(),
            kw.len(),
        ));
    }
    let varkw = if code.varkeywords {
        let d = vm.new_dict();
        locals[slot] = Value::Obj(d);
        Some(d)
    } else {
        None
    };
    for &(k, v) in kw {
        let pos = (code.posonlyargcount as usize..argc + kwonly)
            .find(|&i| vm.str_key_eq(Value::Obj(names[i]), k));
        match pos {
            Some(i) => {
                if !locals[i].is_null() {
                    let n = vm.str_of(k).to_string();
                    return Err(
                        vm.type_error(format!("{fname}() got multiple values for argument '{n}'"))
                    );
                }
                locals[i] = v;
            }
            None => match varkw {
                Some(d) => vm.dict_set_str(d, k, v),
                None => {
                    // CPython first reports positional-only parameters
                    // passed by keyword, all of them, in keyword order.
                    let posonly: Vec<String> = kw
                        .iter()
                        .filter(|&&(k2, _)| {
                            (0..code.posonlyargcount as usize)
                                .any(|i| vm.str_key_eq(Value::Obj(names[i]), k2))
                        })
                        .map(|&(k2, _)| vm.str_of(k2).to_string())
                        .collect();
                    if !posonly.is_empty() {
                        return Err(vm.type_error(format!(
                            "{fname}() got some positional-only arguments passed as keyword arguments: '{}'",
                            posonly.join(", ")
                        )));
                    }
                    let n = vm.str_of(k).to_string();
                    return Err(vm.type_error(format!(
                        "{fname}() got an unexpected keyword argument '{n}'"
                    )));
                }
            },
        }
    }
    // Defaults for missing positionals.
    let ndef = func.defaults.len();
    let mut missing = Vec::new();
    for i in 0..argc {
        if locals[i].is_null() {
            if i + ndef >= argc {
                locals[i] = func.defaults[i + ndef - argc];
            } else {
                missing.push(vm.str_of(names[i]).to_string());
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_args(vm, &fname, "positional", &missing));
    }
    for i in argc..argc + kwonly {
        if locals[i].is_null() {
            let name = vm.str_of(names[i]).to_string();
            match func.kwdefaults.iter().find(|(n, _)| **n == *name) {
                Some((_, d)) => locals[i] = *d,
                None => missing.push(name),
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_args(vm, &fname, "keyword-only", &missing));
    }
    // Parameters that are cells become cells in MakeCell; others stay.
    let _ = LocalKind::Cell;
    Ok(locals)
}

fn too_many_positional(
    vm: &mut Vm,
    fname: &str,
    argc: usize,
    required: usize,
    given: usize,
    _nkw: usize,
) -> PyErr {
    let takes = if required == argc {
        format!(
            "{argc} positional argument{}",
            if argc == 1 { "" } else { "s" }
        )
    } else {
        format!("from {required} to {argc} positional arguments")
    };
    let was = if given == 1 { "was" } else { "were" };
    vm.type_error(format!("{fname}() takes {takes} but {given} {was} given"))
}

fn missing_args(vm: &mut Vm, fname: &str, kind: &str, missing: &[String]) -> PyErr {
    let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        _ => format!(
            "{}, and {}",
            quoted[..quoted.len() - 1].join(", "),
            quoted[quoted.len() - 1]
        ),
    };
    let n = missing.len();
    vm.type_error(format!(
        "{fname}() missing {n} required {kind} argument{}: {list}",
        if n == 1 { "" } else { "s" }
    ))
}
