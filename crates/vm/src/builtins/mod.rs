//! Builtin functions, the methods of builtin types, and their registration.
//! A builtin is a plain Rust function over [`Args`]; when it needs Python
//! code (a `__repr__`, a key function) it calls `Vm::call`, which may ask
//! the interpreter to run the call and replay the builtin (see
//! `interp::native`).

use crate::errors::PyResult;
use crate::objects::{Builtin, Obj};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// The six rich-comparison builtins (`eq` ... `ge`) of a builtin type's
/// subclass base, each calling `$cmp(vm, args, "__eq__", CmpOp::Eq)` etc.
macro_rules! rich_comparisons {
    ($cmp:ident) => {
        fn eq(vm: &mut Vm, a: &Args) -> PyResult<Value> {
            $cmp(vm, a, "__eq__", CmpOp::Eq)
        }
        fn ne(vm: &mut Vm, a: &Args) -> PyResult<Value> {
            $cmp(vm, a, "__ne__", CmpOp::Ne)
        }
        fn lt(vm: &mut Vm, a: &Args) -> PyResult<Value> {
            $cmp(vm, a, "__lt__", CmpOp::Lt)
        }
        fn le(vm: &mut Vm, a: &Args) -> PyResult<Value> {
            $cmp(vm, a, "__le__", CmpOp::Le)
        }
        fn gt(vm: &mut Vm, a: &Args) -> PyResult<Value> {
            $cmp(vm, a, "__gt__", CmpOp::Gt)
        }
        fn ge(vm: &mut Vm, a: &Args) -> PyResult<Value> {
            $cmp(vm, a, "__ge__", CmpOp::Ge)
        }
    };
}
use rich_comparisons;

pub mod args;
mod bytes_methods;
mod constructors;
mod containers;
mod deque_methods;
mod dict_methods;
mod formatting;
mod functions;
mod list_methods;
mod list_sub;
mod misc;
mod number_methods;
mod numeric_new;
mod object_type;
mod range_ops;
mod repr;
mod scalar_sub;
mod str_methods;
mod str_translate;
pub(crate) mod timsort;
mod tuple_sub;

pub use args::Args;
pub use constructors::dict_fill;
pub use containers::{
    any_may_call_back, builtin_contains, builtin_delitem, builtin_getitem, builtin_setitem,
    container_compare, dict_get, dict_remove, dict_set, index_of, lazy_next, lazy_next_builtin,
    loop_items, loop_seq, mapping_items, new_set_from_list, new_set_of, norm_index,
    sequence_binary, sequence_items, set_add, set_copy_of, set_merge, slice_indices, view_compare,
};
pub use dict_methods::set_operator;
pub use formatting::{
    dict_subclass_repr, format_with_spec, percent_format, record_repr, str_format, str_format_map,
};
pub(crate) use functions::dir as dir_of;
pub use functions::len_of;
pub(crate) use functions::vars_of;
pub(crate) use list_sub::new_instance as new_list_subclass_instance;
pub use misc::{
    call_each, complex_repr, identity, int_arg, mod_inverse, round_value, seq_item, sort_in_place,
    sort_values, special_attr, stable_list, to_i64, view_len,
};
pub use numeric_new::{parse_float, parse_int};
pub use range_ops::range_hash;
pub use repr::{ascii, dict_repr, exc_str, format_value, repr, repr_bytes, repr_str, str_of_value};
pub(crate) use scalar_sub::instantiate as new_scalar_subclass_instance;
pub(crate) use tuple_sub::new_subclass_instance as new_tuple_subclass_instance;

/// The signature of every builtin.
pub type NativeFn = fn(&mut Vm, &Args) -> PyResult<Value>;

/// Registers builtins into a fresh process.
pub(crate) fn install(vm: &mut Vm) {
    let b = vm.new_dict();
    vm.builtins = b;
    functions::install(vm);
    constructors::install(vm);
    list_methods::install(vm);
    tuple_sub::install(vm);
    list_sub::install(vm);
    scalar_sub::install(vm);
    dict_methods::install(vm);
    str_methods::install(vm);
    bytes_methods::install(vm);
    str_translate::install(vm);
    deque_methods::install(vm);
    number_methods::install(vm);
    formatting::install(vm);
    for (name, t) in vm.exc.all() {
        vm.set_builtin(name, Value::Obj(t));
    }
    install_generator_methods(vm);
    crate::interp::iter::install_length_hints(vm);
}

fn install_generator_methods(vm: &mut Vm) {
    use crate::interp::Intrinsic;
    let g = vm.types.generator;
    for (name, which) in [
        ("__next__", Intrinsic::GenNext),
        ("send", Intrinsic::GenSend),
        ("throw", Intrinsic::GenThrow),
        ("close", Intrinsic::GenClose),
    ] {
        let f = vm.intrinsic(which);
        if let Value::Obj(r) = f {
            if let Obj::Builtin(b) = vm.heap.get_mut(r) {
                b.owner = Some(g);
            }
        }
        vm.type_set_attr(g, name, f);
    }
    let iter_self = vm.new_builtin("__iter__", |_vm, a| Ok(a.get(0)));
    vm.type_set_attr(g, "__iter__", iter_self);
}

impl Vm {
    /// A new builtin function object.
    pub fn new_builtin(&mut self, name: &'static str, func: NativeFn) -> Value {
        Value::Obj(self.heap.alloc(Obj::Builtin(Box::new(Builtin {
            name,
            func,
            this: Value::Null,
            owner: None,
            intrinsic: None,
        }))))
    }

    /// Adds a method to builtin type `t`.
    pub fn add_method(&mut self, t: ObjRef, name: &'static str, func: NativeFn) {
        let f = Value::Obj(self.heap.alloc(Obj::Builtin(Box::new(Builtin {
            name,
            func,
            this: Value::Null,
            owner: Some(t),
            intrinsic: None,
        }))));
        self.type_set_attr(t, name, f);
    }

    /// Adds several methods to builtin type `t`.
    pub fn add_methods(&mut self, t: ObjRef, methods: &[(&'static str, NativeFn)]) {
        for &(name, f) in methods {
            self.add_method(t, name, f);
        }
    }
}
