//! The virtual machine: Python values, one heap per process, frames and the
//! steppable, stackless interpreter, builtins and modules.
