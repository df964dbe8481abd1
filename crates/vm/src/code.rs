//! `LoadedCode`: a compiled `CodeObject` as one process sees it — its names
//! interned as heap strings and its constants turned into heap values once,
//! so instructions index them directly.

use crate::value::{ObjRef, Value};
use corelab_compile::CodeObject;
use std::rc::Rc;

#[derive(Debug)]
pub struct LoadedCode {
    pub code: Rc<CodeObject>,
    /// `code.names` as interned str objects.
    pub names: Vec<ObjRef>,
    /// `code.consts` as values.
    pub consts: Vec<Value>,
    /// Interned names of the localsplus slots (for keyword-argument binding,
    /// error messages and `locals()`).
    pub local_names: Vec<ObjRef>,
    pub name: Value,
    pub qualname: Value,
    /// Each instruction of `code.instrs` with its simulated cost (from the
    /// process's cost table), in one array for the interpreter loop.
    pub ops: Box<[(corelab_compile::Instr, u32)]>,
    /// One inline-cache slot per instruction (`interp::cache`), parallel to
    /// `code.code.instrs`. Shared by forked copies of the process, whose
    /// caches stay correct because every slot is validated by version tags
    /// unique across them (`crate::version`).
    pub cache: Box<[std::cell::Cell<crate::interp::cache::Slot>]>,
}

impl LoadedCode {
    pub fn trace(&self, f: &mut impl FnMut(Value)) {
        self.names
            .iter()
            .chain(&self.local_names)
            .for_each(|&n| f(Value::Obj(n)));
        self.consts.iter().for_each(|&c| f(c));
        f(self.name);
        f(self.qualname);
    }
}
