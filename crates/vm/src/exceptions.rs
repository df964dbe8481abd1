//! The standard exception hierarchy and helpers to create and inspect
//! exception instances.

use crate::builtins::Args;
use crate::errors::{PyErr, PyResult};
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

/// Methods of `BaseException` beyond construction: `with_traceback` and
/// `add_note`.
pub(crate) fn install_methods(vm: &mut Vm) {
    let be = vm.exc.base_exception;
    vm.add_method(be, "with_traceback", with_traceback);
    vm.add_method(be, "add_note", add_note);
}

/// `exc.with_traceback(tb)`: None forgets the traceback; the exception's
/// own traceback keeps it. Any other traceback object is not supported.
fn with_traceback(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Some(&Value::Obj(e)) = a.pos.first() else {
        return Err(vm.type_error("descriptor 'with_traceback' needs an exception"));
    };
    if a.pos.len() != 2 || !a.kw.is_empty() {
        let n = a.pos.len().saturating_sub(1);
        return Err(vm.type_error(format!(
            "BaseException.with_traceback() takes exactly one argument ({n} given)"
        )));
    }
    match a.pos[1] {
        Value::None => {
            if let Some(d) = vm.exc_data_mut(e) {
                d.traceback.clear();
            }
        }
        Value::Obj(t) if matches!(vm.heap.get(t), Obj::Record(r) if r.kind == "traceback") => {
            let own = matches!(traceback_object(vm, e), Value::Obj(o)
                if same_traceback(vm, o, t));
            if !own {
                return Err(PyErr::unsupported(
                    "with_traceback() with another exception's traceback is not supported by corelab yet",
                ));
            }
        }
        _ => return Err(vm.type_error("__traceback__ must be a traceback or None")),
    }
    Ok(Value::Obj(e))
}

/// Whether two traceback records name the same innermost-to-outermost
/// chain of (line, instruction) positions.
fn same_traceback(vm: &Vm, a: ObjRef, b: ObjRef) -> bool {
    let (mut a, mut b) = (Value::Obj(a), Value::Obj(b));
    loop {
        match (a, b) {
            (Value::None, Value::None) => return true,
            (Value::Obj(x), Value::Obj(y)) => {
                let (Obj::Record(rx), Obj::Record(ry)) = (vm.heap.get(x), vm.heap.get(y)) else {
                    return false;
                };
                if rx.nums != ry.nums {
                    return false;
                }
                a = rx.fields.first().copied().unwrap_or(Value::None);
                b = ry.fields.first().copied().unwrap_or(Value::None);
            }
            _ => return false,
        }
    }
}

/// `exc.add_note(note)`: appends to the `__notes__` list (made on first
/// use); an uncaught exception's report prints the notes after its line.
fn add_note(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Some(&ev @ Value::Obj(_)) = a.pos.first() else {
        return Err(vm.type_error("descriptor 'add_note' needs an exception"));
    };
    if a.pos.len() != 2 || !a.kw.is_empty() {
        let n = a.pos.len().saturating_sub(1);
        return Err(vm.type_error(format!(
            "BaseException.add_note() takes exactly one argument ({n} given)"
        )));
    }
    let note = a.pos[1];
    if vm.as_str(note).is_none() {
        let tn = vm.type_name(note);
        return Err(vm.type_error(format!("note must be a str, not '{tn}'")));
    }
    let key = vm.intern("__notes__");
    match crate::interp::attr::instance_attr(vm, ev, key) {
        Some(Value::Obj(l)) if matches!(vm.heap.get(l), Obj::List(_)) => {
            if let Obj::List(items) = vm.heap.get_mut(l) {
                items.push(note);
            }
        }
        Some(_) => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
        None => {
            let l = vm.new_list(vec![note]);
            crate::interp::attr::raw_setattr(vm, ev, key, l)?;
        }
    }
    Ok(Value::None)
}

/// The notes `add_note` attached to `e` (the str items of its `__notes__`
/// list), for the uncaught-exception report.
pub fn notes(vm: &mut Vm, e: ObjRef) -> Vec<String> {
    let key = vm.intern("__notes__");
    match crate::interp::attr::instance_attr(vm, Value::Obj(e), key) {
        Some(Value::Obj(l)) => match vm.heap.get(l) {
            Obj::List(items) => items
                .iter()
                .filter_map(|v| vm.as_str(*v).map(str::to_string))
                .collect(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}
