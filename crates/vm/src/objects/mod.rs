//! The heap object kinds. `Obj` is one enum so a heap is a plain vector that
//! clones in one operation (fork) and the collector can trace every kind.

pub mod dict;
mod range;
mod set;
mod str;

pub use self::str::PyStr;
pub use dict::Dict;
pub use range::{BigRange, BigRangeIter, PyRange, RangeObj};
pub use set::SetObj;

use crate::builtins::NativeFn;
use crate::code::LoadedCode;
use crate::thread::SavedFrame;
use crate::value::{ObjRef, Value};
use num_bigint::BigInt;
use std::collections::VecDeque;
use std::rc::Rc;

#[derive(Clone, Debug)]
pub enum Obj {
    /// A free heap slot (next free index).
    Free(u32),
    Str(PyStr),
    BigInt(BigInt),
    Complex(f64, f64),
    Bytes(Vec<u8>),
    ByteArray(Vec<u8>),
    List(Vec<Value>),
    Tuple(Vec<Value>),
    Dict(Box<DictObj>),
    Set(SetObj),
    FrozenSet(SetObj),
    Range(PyRange),
    Slice(Value, Value, Value),
    Function(Box<Function>),
    Builtin(Box<Builtin>),
    BoundMethod(Value, Value),
    Type(Box<TypeObj>),
    Instance(Box<Instance>),
    Module(Box<Module>),
    Cell(Value),
    Generator(Box<Generator>),
    Iter(Box<IterObj>),
    /// fget, fset, fdel, doc (Null: the getter's `__doc__`).
    Property(Value, Value, Value, Value),
    StaticMethod(Value),
    ClassMethod(Value),
    /// `super(cls, obj)`: the class to start after and the bound object.
    Super(ObjRef, Value),
    Deque(Box<DequeObj>),
    /// A `random.Random` generator.
    Random(Box<crate::modules::random_core::Mt19937>),
    /// A `_thread.lock` or `_thread.RLock`.
    Lock(Box<LockObj>),
    /// A `hashlib` hash object.
    Hash(Box<crate::modules::hashlib::Hasher>),
    /// A code object (the constant `MakeFunction` consumes).
    Code(Rc<LoadedCode>),
    NotImplemented,
    Ellipsis,
    /// Objects of corelab's modules that need no dedicated variant: a small
    /// tagged record (e.g. `functools.partial`, `itertools` iterators).
    Record(Box<Record>),
    /// A `sorted()`/`list.sort()` in progress (never reachable from Python).
    Sort(Box<crate::builtins::timsort::SortMachine>),
}

/// A `_thread.lock` / `_thread.RLock`. The lock's state lives in the heap
/// (a thread takes a free lock without the machine); its wait queue lives
/// in the machine, which keeps `waiters` up to date.
#[derive(Clone, Debug)]
pub struct LockObj {
    pub cls: ObjRef,
    pub locked: bool,
    /// Ident of the thread that holds it (0: none). CPython's plain locks
    /// have no owner; corelab records the last acquirer for reports.
    pub owner: u64,
    /// Recursion count of an RLock (1 for a held plain lock).
    pub count: u32,
    pub reentrant: bool,
    /// Threads the machine has parked waiting for this lock.
    pub waiters: u32,
    /// Creation order within the process (for reports: "lock #3").
    pub serial: u32,
}

/// A dict, or a dict subclass instance (defaultdict, Counter, OrderedDict,
/// user classes deriving from dict).
#[derive(Clone, Debug, Default)]
pub struct DictObj {
    pub map: Dict,
    /// `None` for plain dicts; otherwise the instance's class.
    pub class: Option<ObjRef>,
    /// defaultdict's factory.
    pub default_factory: Value,
    /// Instance attributes of subclass instances.
    pub attrs: Option<Dict>,
}

#[derive(Clone, Debug)]
pub struct Function {
    pub code: Rc<LoadedCode>,
    pub globals: ObjRef,
    pub defaults: Vec<Value>,
    /// Keyword-only defaults (name, value).
    pub kwdefaults: Vec<(Rc<str>, Value)>,
    pub closure: Vec<ObjRef>,
    pub name: Value,
    pub qualname: Value,
    /// `__dict__` (functools.wraps, attributes set on functions).
    pub attrs: Attrs,
    /// `__annotations__`: Null until asked for (then an empty dict), the
    /// `(name, value, ...)` tuple `MakeFunction` received, or the dict.
    pub annotations: Value,
    /// Stands in for a function CPython writes in C (module-level functions
    /// of `pysrc::C_MODULES`): its repr is `<built-in function name>`.
    pub c_stand_in: bool,
    pub module: Value,
    pub doc: Value,
}

/// A function implemented in Rust, possibly bound to `this`.
#[derive(Clone, Debug)]
pub struct Builtin {
    pub name: &'static str,
    pub func: NativeFn,
    /// Bound receiver or `Value::Null`.
    pub this: Value,
    /// The type this method belongs to, for reprs (`<method 'x' of 'list' objects>`).
    pub owner: Option<ObjRef>,
    /// Builtins the interpreter itself performs (they push frames).
    pub intrinsic: Option<crate::interp::Intrinsic>,
}

/// Which builtin layout a type's instances have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// Plain `object` instances with a `__dict__`.
    Object,
    Exception,
    Dict,
    /// `tuple` and its subclasses: a subclass instance is an `Instance`
    /// whose `base` is the plain tuple of its items.
    Tuple,
    /// `list` and its subclasses: a subclass instance is an `Instance`
    /// whose `base` is its own plain list.
    List,
    /// `int`, `float`, `str` and their subclasses: a subclass instance is
    /// an `Instance` whose `base` is the plain value (an inline int, a
    /// `BigInt`, an inline float, a `Str`); `builtins/scalar_sub.rs`.
    Int,
    Float,
    Str,
    /// Builtin types whose instances are their own `Obj` variant.
    Builtin,
}

impl Layout {
    /// The builtin `__new__` of these layouts takes the constructor's
    /// arguments, so `object.__init__` must accept (and ignore) them.
    pub fn has_builtin_new(self) -> bool {
        matches!(
            self,
            Layout::Tuple | Layout::Int | Layout::Float | Layout::Str
        )
    }
}

#[derive(Clone, Debug)]
pub struct TypeObj {
    pub name: Rc<str>,
    /// CPython's `tp_name` when it is not `name`: the module-qualified name
    /// of a type that CPython implements in C (`'collections.OrderedDict'`)
    /// and corelab in Python; set by `__corelab_tp_name__` in the class body.
    /// Error messages name types by it (`Vm::type_name`).
    pub tp_name: Option<Rc<str>>,
    pub qualname: Rc<str>,
    pub module: Rc<str>,
    pub bases: Vec<ObjRef>,
    pub mro: Vec<ObjRef>,
    pub dict: Dict,
    pub layout: Layout,
    /// Builtin type (attributes cannot be set).
    pub builtin: bool,
    /// No class in the MRO defines a property, `__getattr__`, `__setattr__`
    /// or `__delattr__`: instance attributes can take the fast path.
    pub plain_attrs: bool,
    /// The attribute names instances may have when this class and every
    /// base define `__slots__` (no `__dict__`; names are interned), else
    /// None.
    pub slots: Option<Rc<[ObjRef]>>,
}

/// An instance of a Python class.
///
/// Instances of subclasses of builtin value types (`class T(tuple)`) are
/// instances too: `base` holds the builtin value they extend (a plain
/// `Obj::Tuple` for a tuple subclass, a plain `Obj::List` of its own for a
/// list subclass, the plain int, float or str for subclasses of those;
/// `Value::Null` for everything else).
/// Why not a variant per subclassed type, as dicts have (`DictObj::class`):
/// an instance already has everything a subclass instance needs (its class,
/// a `__dict__`, the attribute fast paths, pickling by class), the plain
/// `Obj::Tuple` matches on the interpreter's fast paths stay exactly as
/// they are (no subclass arm on them), and the builtin type's behaviour
/// reaches subclass instances the way CPython's inherited slots do: the
/// builtin type defines its dunders (`tuple.__getitem__`, `__eq__`, ...)
/// as methods that operate on `base`, and the generic instance paths
/// (which look dunders up on the type) find them unless the subclass
/// overrides them. The few places where CPython accepts subclasses without
/// looking at the type (`PyTuple_Check`: `isinstance`'s class tuples, `%`
/// arguments, ...) read `Vm::tuple_items`; for `str`, `Vm::as_str` sees
/// through to the base (`PyUnicode_Check`), and `Vm::scalar_base` gives
/// the plain int, float or str of a subclass instance.
#[derive(Clone, Debug)]
pub struct Instance {
    pub class: ObjRef,
    pub attrs: Attrs,
    /// Exception state for BaseException instances.
    pub exc: Option<Box<ExcData>>,
    /// The builtin value a subclass of a builtin type extends (Null: none).
    pub base: Value,
}

impl Instance {
    /// A plain instance of `class` (no attributes, no exception state)
    /// extending `base` (Null when its class extends no builtin type).
    pub fn new(class: ObjRef, base: Value) -> Instance {
        Instance {
            class,
            attrs: Default::default(),
            exc: None,
            base,
        }
    }
}

/// The attribute namespace of an instance or function. It lives inline
/// (no extra heap object, the fast attribute paths read it directly) until
/// Python code asks for `obj.__dict__`; then it moves into a heap dict
/// object that *is* the namespace from then on, so writes through
/// `obj.__dict__[...]` or `vars(obj)` are attribute writes and
/// `obj.__dict__ is vars(obj)`.
#[derive(Clone, Debug)]
pub enum Attrs {
    Inline(Dict),
    /// A heap `Obj::Dict` holding the attributes.
    Shared(ObjRef),
}

impl Default for Attrs {
    fn default() -> Self {
        Attrs::Inline(Dict::new())
    }
}

impl Attrs {
    /// The attribute dict, following a shared namespace into the heap.
    #[inline]
    pub fn get<'a>(&'a self, heap: &'a crate::heap::Heap) -> &'a Dict {
        match self {
            Attrs::Inline(d) => d,
            Attrs::Shared(r) => match heap.get(*r) {
                Obj::Dict(d) => &d.map,
                _ => empty_dict(),
            },
        }
    }

    pub fn trace(&self, f: &mut impl FnMut(Value)) {
        match self {
            Attrs::Inline(d) => d.trace(f),
            Attrs::Shared(r) => f(Value::Obj(*r)),
        }
    }
}

/// An empty dict to read when a namespace is not a dict (never expected).
fn empty_dict() -> &'static Dict {
    static EMPTY: std::sync::LazyLock<Dict> = std::sync::LazyLock::new(Dict::new);
    &EMPTY
}

/// The parts of an exception CPython keeps in C fields.
#[derive(Clone, Debug, Default)]
pub struct ExcData {
    pub args: Vec<Value>,
    /// (code, instruction index) for each frame the exception passed through,
    /// innermost last, as in a traceback.
    pub traceback: Vec<(Rc<LoadedCode>, u32)>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    /// `NameError.name` / `AttributeError.name` (Null when unset).
    pub name: Value,
    /// `AttributeError.obj` (Null when unset).
    pub obj: Value,
    /// Locals of the frames this exception left: CPython's traceback keeps
    /// those frames, and so their locals, alive until the exception goes
    /// (see `interp::finalize`). Filled only while a generator needs
    /// finalizing.
    pub kept: Vec<Value>,
}

#[derive(Clone, Debug)]
pub struct Module {
    pub name: Rc<str>,
    /// The module's namespace dict (a `Dict` heap object).
    pub dict: ObjRef,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Finished,
}

#[derive(Clone, Debug)]
pub struct Generator {
    pub state: GenState,
    pub frame: Option<SavedFrame>,
    pub name: Value,
    pub qualname: Value,
    /// The exception the generator's own frame is handling while it is
    /// suspended (CPython's `gi_exc_state`), or None.
    pub exc_state: Value,
    /// While running: the thread's handled exception when it was resumed,
    /// put back when it yields or finishes.
    pub caller_handled: Value,
    /// Suspended inside a `try`/`with` block (its `yield` has an exception
    /// handler), so closing it runs code: counted in
    /// `Vm::armed_generators` (see `interp::finalize`).
    pub armed: bool,
    /// The heap's write epoch when it was made (`Heap::referrer_since`).
    pub born: u64,
}

/// Iterators over builtin containers and builtin lazy iterators.
#[derive(Clone, Debug)]
pub enum IterObj {
    Seq {
        seq: ObjRef,
        index: usize,
    },
    Str {
        s: ObjRef,
        byte_pos: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// CPython's `longrange_iterator`: over a range whose values do not fit an i64.
    BigRange(Box<BigRangeIter>),
    /// Over a dict (or a set): `len` is the container's length when the
    /// iterator was made (`usize::MAX` once a size change was reported, so
    /// that the error repeats as CPython's does), `left` how many items it
    /// may still yield before "dictionary keys changed during iteration".
    DictKeys {
        dict: ObjRef,
        pos: usize,
        len: usize,
        left: usize,
    },
    DictValues {
        dict: ObjRef,
        pos: usize,
        len: usize,
        left: usize,
    },
    DictItems {
        dict: ObjRef,
        pos: usize,
        len: usize,
        left: usize,
    },
    Reversed {
        seq: ObjRef,
        index: usize,
    },
    Enumerate {
        it: Value,
        count: Value,
    },
    Zip {
        its: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        its: Vec<Value>,
    },
    Filter {
        func: Value,
        it: Value,
        keep: bool,
    },
    /// The old sequence protocol: `obj.__getitem__(0)`, `(1)`, ... until
    /// IndexError or StopIteration.
    GetItem {
        obj: Value,
        index: i64,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    Exhausted,
}

#[derive(Clone, Debug, Default)]
pub struct DequeObj {
    pub items: VecDeque<Value>,
    pub maxlen: Option<usize>,
}

/// A small tagged record for module objects (see each module for its kind).
#[derive(Clone, Debug)]
pub struct Record {
    pub kind: &'static str,
    pub class: ObjRef,
    pub fields: Vec<Value>,
    /// Extra integer state (counters, indices).
    pub nums: Vec<i64>,
}

impl Obj {
    /// Visits every value this object refers to (for the collector).
    pub fn trace(&self, f: &mut impl FnMut(Value)) {
        match self {
            Obj::List(v) | Obj::Tuple(v) => v.iter().for_each(|&x| f(x)),
            Obj::Dict(d) => {
                d.map.trace(f);
                if let Some(c) = d.class {
                    f(Value::Obj(c));
                }
                f(d.default_factory);
                if let Some(a) = &d.attrs {
                    a.trace(f)
                }
            }
            Obj::Set(s) | Obj::FrozenSet(s) => s.map.trace(f),
            Obj::Slice(a, b, c) => {
                f(*a);
                f(*b);
                f(*c)
            }
            Obj::Property(a, b, c, doc) => {
                f(*a);
                f(*b);
                f(*c);
                f(*doc)
            }
            Obj::Function(func) => func.trace(f),
            Obj::Builtin(b) => {
                f(b.this);
                if let Some(o) = b.owner {
                    f(Value::Obj(o));
                }
            }
            Obj::BoundMethod(a, b) => {
                f(*a);
                f(*b)
            }
            Obj::Type(t) => {
                t.bases.iter().chain(&t.mro).for_each(|&b| f(Value::Obj(b)));
                t.dict.trace(f)
            }
            Obj::Instance(i) => {
                f(Value::Obj(i.class));
                f(i.base);
                i.attrs.trace(f);
                if let Some(e) = &i.exc {
                    e.args.iter().for_each(|&a| f(a));
                    f(e.cause);
                    f(e.context);
                    f(e.name);
                    f(e.obj);
                    e.kept.iter().for_each(|&v| f(v));
                }
            }
            Obj::Module(m) => f(Value::Obj(m.dict)),
            Obj::Cell(v) | Obj::StaticMethod(v) | Obj::ClassMethod(v) => f(*v),
            Obj::Generator(g) => {
                f(g.name);
                f(g.qualname);
                f(g.exc_state);
                f(g.caller_handled);
                if let Some(fr) = &g.frame {
                    fr.trace(f)
                }
            }
            Obj::Iter(it) => it.trace(f),
            Obj::Super(c, v) => {
                f(Value::Obj(*c));
                f(*v)
            }
            Obj::Deque(d) => d.items.iter().for_each(|&x| f(x)),
            Obj::Record(r) => {
                f(Value::Obj(r.class));
                r.fields.iter().for_each(|&x| f(x))
            }
            Obj::Code(c) => c.trace(f),
            Obj::Sort(m) => m.items.iter().chain(&m.keys).for_each(|&x| f(x)),
            Obj::Lock(l) => f(Value::Obj(l.cls)),
            Obj::Free(_)
            | Obj::Hash(_)
            | Obj::Random(_)
            | Obj::Str(_)
            | Obj::BigInt(_)
            | Obj::Complex(..)
            | Obj::Bytes(_)
            | Obj::ByteArray(_)
            | Obj::Range(_)
            | Obj::NotImplemented
            | Obj::Ellipsis => {}
        }
    }
}

impl Function {
    fn trace(&self, f: &mut impl FnMut(Value)) {
        f(Value::Obj(self.globals));
        self.defaults.iter().for_each(|&d| f(d));
        self.kwdefaults.iter().for_each(|(_, d)| f(*d));
        self.closure.iter().for_each(|&c| f(Value::Obj(c)));
        f(self.name);
        f(self.qualname);
        f(self.module);
        f(self.doc);
        self.attrs.trace(f);
        f(self.annotations);
        self.code.trace(f);
    }
}

impl IterObj {
    fn trace(&self, f: &mut impl FnMut(Value)) {
        match self {
            IterObj::Seq { seq, .. } | IterObj::Reversed { seq, .. } => f(Value::Obj(*seq)),
            IterObj::Str { s, .. } => f(Value::Obj(*s)),
            IterObj::DictKeys { dict, .. }
            | IterObj::DictValues { dict, .. }
            | IterObj::DictItems { dict, .. } => f(Value::Obj(*dict)),
            IterObj::Enumerate { it, count } => {
                f(*it);
                f(*count)
            }
            IterObj::Zip { its, .. } => its.iter().for_each(|&x| f(x)),
            IterObj::Map { func, its } => {
                f(*func);
                its.iter().for_each(|&x| f(x))
            }
            IterObj::Filter { func, it, .. } => {
                f(*func);
                f(*it)
            }
            IterObj::GetItem { obj, .. } => f(*obj),
            IterObj::Callable { func, sentinel } => {
                f(*func);
                f(*sentinel)
            }
            IterObj::Range { .. } | IterObj::BigRange(_) | IterObj::Exhausted => {}
        }
    }
}
