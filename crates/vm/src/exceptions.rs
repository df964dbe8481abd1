//! The standard exception hierarchy and helpers to create and inspect
//! exception instances.

use crate::errors::PyErr;
use crate::objects::{ExcData, Instance, Layout, Obj};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

macro_rules! exception_types {
    ($($field:ident = $name:literal : $base:ident),* $(,)?) => {
        /// Every standard exception type, by field.
        #[derive(Clone, Debug)]
        pub struct ExcTypes {
            $(pub $field: ObjRef,)*
        }

        impl ExcTypes {
            pub(crate) fn placeholder() -> ExcTypes {
                ExcTypes { $($field: ObjRef(0),)* }
            }

            pub(crate) fn create(vm: &mut Vm) -> ExcTypes {
                let object = vm.types.object;
                let base = vm.new_type_raw("BaseException", &[object], Layout::Exception);
                let mut t = ExcTypes { $($field: base,)* };
                $(
                    if $name != "BaseException" {
                        let b = t.$base;
                        t.$field = vm.new_type_raw($name, &[b], Layout::Exception);
                    }
                )*
                t
            }

            /// (name, type) of every standard exception, for `builtins`.
            pub fn all(&self) -> Vec<(&'static str, ObjRef)> {
                vec![$(($name, self.$field),)*]
            }
        }
    };
}

exception_types! {
    base_exception = "BaseException": base_exception,
    system_exit = "SystemExit": base_exception,
    keyboard_interrupt = "KeyboardInterrupt": base_exception,
    generator_exit = "GeneratorExit": base_exception,
    exception = "Exception": base_exception,
    stop_iteration = "StopIteration": exception,
    stop_async_iteration = "StopAsyncIteration": exception,
    arithmetic_error = "ArithmeticError": exception,
    floating_point_error = "FloatingPointError": arithmetic_error,
    overflow_error = "OverflowError": arithmetic_error,
    zero_division_error = "ZeroDivisionError": arithmetic_error,
    assertion_error = "AssertionError": exception,
    attribute_error = "AttributeError": exception,
    buffer_error = "BufferError": exception,
    eof_error = "EOFError": exception,
    import_error = "ImportError": exception,
    module_not_found_error = "ModuleNotFoundError": import_error,
    lookup_error = "LookupError": exception,
    index_error = "IndexError": lookup_error,
    key_error = "KeyError": lookup_error,
    memory_error = "MemoryError": exception,
    name_error = "NameError": exception,
    unbound_local_error = "UnboundLocalError": name_error,
    os_error = "OSError": exception,
    connection_error = "ConnectionError": os_error,
    broken_pipe_error = "BrokenPipeError": connection_error,
    file_not_found_error = "FileNotFoundError": os_error,
    permission_error = "PermissionError": os_error,
    timeout_error = "TimeoutError": os_error,
    reference_error = "ReferenceError": exception,
    runtime_error = "RuntimeError": exception,
    not_implemented_error = "NotImplementedError": runtime_error,
    recursion_error = "RecursionError": runtime_error,
    syntax_error = "SyntaxError": exception,
    indentation_error = "IndentationError": syntax_error,
    system_error = "SystemError": exception,
    type_error = "TypeError": exception,
    value_error = "ValueError": exception,
    unicode_error = "UnicodeError": value_error,
    unicode_decode_error = "UnicodeDecodeError": unicode_error,
    unicode_encode_error = "UnicodeEncodeError": unicode_error,
    warning = "Warning": exception,
    user_warning = "UserWarning": warning,
    deprecation_warning = "DeprecationWarning": warning,
    runtime_warning = "RuntimeWarning": warning,
}

impl Vm {
    /// A new exception instance of `cls` with `args`.
    pub fn new_exception(&mut self, cls: ObjRef, args: Vec<Value>) -> ObjRef {
        let exc = ExcData {
            args,
            cause: Value::None,
            context: Value::None,
            ..ExcData::default()
        };
        self.heap.alloc(Obj::Instance(Box::new(Instance {
            class: cls,
            attrs: Default::default(),
            exc: Some(Box::new(exc)),
            base: Value::Null,
        })))
    }

    /// `PyErr` for `cls(msg)`.
    pub fn err(&mut self, cls: ObjRef, msg: impl AsRef<str>) -> PyErr {
        let m = self.new_str(msg.as_ref());
        PyErr::Exc(self.new_exception(cls, vec![m]))
    }

    pub fn type_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.err(self.exc.type_error, msg)
    }

    pub fn value_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.err(self.exc.value_error, msg)
    }

    pub fn index_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.err(self.exc.index_error, msg)
    }

    pub fn attribute_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.err(self.exc.attribute_error, msg)
    }

    /// Sets `name` (and `obj`, unless Null) of a NameError/AttributeError
    /// the VM raises; they drive the "Did you mean" suggestion.
    pub fn with_name(&mut self, e: PyErr, name: ObjRef, obj: Value) -> PyErr {
        if let PyErr::Exc(x) = e {
            if let Obj::Instance(i) = self.heap.get_mut(x) {
                if let Some(d) = i.exc.as_mut() {
                    d.name = Value::Obj(name);
                    d.obj = obj;
                }
            }
        }
        e
    }

    pub fn zero_division(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.err(self.exc.zero_division_error, msg)
    }

    pub fn overflow_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.err(self.exc.overflow_error, msg)
    }

    /// KeyError(key): the key itself is the argument.
    pub fn key_error(&mut self, key: Value) -> PyErr {
        PyErr::Exc(self.new_exception(self.exc.key_error, vec![key]))
    }

    pub fn exc_data(&self, e: ObjRef) -> Option<&ExcData> {
        match self.heap.get(e) {
            Obj::Instance(i) => i.exc.as_deref(),
            _ => None,
        }
    }

    pub fn exc_data_mut(&mut self, e: ObjRef) -> Option<&mut ExcData> {
        match self.heap.get_mut(e) {
            Obj::Instance(i) => i.exc.as_deref_mut(),
            _ => None,
        }
    }

    /// Is value `v` an instance of exception class `cls` (or a subclass)?
    pub fn exc_matches(&self, v: Value, cls: ObjRef) -> bool {
        let t = self.type_of(v);
        self.is_subtype(t, cls)
    }

    /// Is `t` a subclass of BaseException?
    pub fn is_exception_type(&self, t: ObjRef) -> bool {
        self.is_subtype(t, self.exc.base_exception)
    }
}

pub(crate) fn placeholder_exc() -> ExcTypes {
    ExcTypes::placeholder()
}

impl Vm {
    /// KeyError with a message (not a key).
    pub fn key_error_msg(&mut self, msg: &str) -> PyErr {
        self.err(self.exc.key_error, msg)
    }
}

/// `exc.__traceback__`: a chain of `traceback` records, outermost first
/// (`tb_next` leads inwards), or None when the exception was never raised.
pub fn traceback_object(vm: &mut Vm, exc: ObjRef) -> Value {
    let entries: Vec<(u32, u32)> = match vm.exc_data(exc) {
        Some(d) => d
            .traceback
            .iter()
            .map(|(code, ip)| (code.code.line_of(*ip), *ip))
            .collect(),
        None => return Value::None,
    };
    // Entries are innermost first: build from the inside out.
    let mut next = Value::None;
    for (line, ip) in entries {
        let rec = crate::objects::Record {
            kind: "traceback",
            class: vm.types.traceback,
            fields: vec![next],
            nums: vec![line as i64, ip as i64 * 2],
        };
        next = Value::Obj(vm.heap.alloc(Obj::Record(Box::new(rec))));
    }
    next
}
