//! `Args`: the arguments a builtin receives, with helpers that check counts
//! and types and produce CPython's error messages.

use crate::errors::PyResult;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

#[derive(Clone, Copy, Debug)]
pub struct Args<'a> {
    /// Positional arguments (for methods, the receiver is `pos[0]`).
    pub pos: &'a [Value],
    /// Keyword arguments as (name, value).
    pub kw: &'a [(ObjRef, Value)],
}

impl<'a> Args<'a> {
    pub fn new(pos: &'a [Value], kw: &'a [(ObjRef, Value)]) -> Self {
        Args { pos, kw }
    }

    pub fn len(&self) -> usize {
        self.pos.len()
    }

    pub fn is_empty(&self) -> bool {
        self.pos.is_empty()
    }

    /// Positional argument `i`, or Null.
    pub fn get(&self, i: usize) -> Value {
        self.pos.get(i).copied().unwrap_or(Value::Null)
    }

    /// A keyword argument by name.
    pub fn kwarg(&self, vm: &Vm, name: &str) -> Option<Value> {
        self.kw
            .iter()
            .find(|(k, _)| vm.str_of(*k) == name)
            .map(|(_, v)| *v)
    }

    /// Positional `i` or keyword `name`.
    pub fn arg(&self, vm: &Vm, i: usize, name: &str) -> Option<Value> {
        self.pos.get(i).copied().or_else(|| self.kwarg(vm, name))
    }

    /// Checks `min..=max` positional arguments and no keywords.
    pub fn check(&self, vm: &mut Vm, fname: &str, min: usize, max: usize) -> PyResult<()> {
        if !self.kw.is_empty() {
            return Err(vm.type_error(format!("{fname}() takes no keyword arguments")));
        }
        self.check_pos(vm, fname, min, max)
    }

    /// Checks the positional count only.
    pub fn check_pos(&self, vm: &mut Vm, fname: &str, min: usize, max: usize) -> PyResult<()> {
        let n = self.pos.len();
        if n >= min && n <= max {
            return Ok(());
        }
        let msg = if min == max {
            match min {
                0 => format!("{fname}() takes no arguments ({n} given)"),
                1 => format!("{fname}() takes exactly one argument ({n} given)"),
                _ => format!("{fname} expected {min} arguments, got {n}"),
            }
        } else if n < min {
            format!(
                "{fname} expected at least {min} argument{}, got {n}",
                plural(min)
            )
        } else {
            format!(
                "{fname} expected at most {max} argument{}, got {n}",
                plural(max)
            )
        };
        Err(vm.type_error(msg))
    }

    /// Rejects keywords other than `allowed`.
    pub fn check_kw(&self, vm: &mut Vm, fname: &str, allowed: &[&str]) -> PyResult<()> {
        for (k, _) in self.kw {
            let name = vm.str_of(*k).to_string();
            if !allowed.contains(&name.as_str()) {
                return Err(vm.type_error(format!(
                    "'{name}' is an invalid keyword argument for {fname}()"
                )));
            }
        }
        Ok(())
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
