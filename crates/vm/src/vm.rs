//! `Vm`: one Python process — its heap, builtin types, modules, interned
//! strings, output buffers and limits. Threads are separate values
//! ([`crate::thread::Thread`]) that the caller steps against a `Vm`.

use crate::errors::{PendingCall, PyErr, PyResult};
use crate::exceptions::ExcTypes;
use crate::heap::Heap;
use crate::objects::{Obj, PyStr};
use crate::types::Types;
use crate::value::{ObjRef, Value};
use corelab_base::SourceFile;
use std::collections::HashMap;
use std::rc::Rc;

/// Resource limits of a run.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Maximum instructions executed (all threads).
    pub max_steps: u64,
    /// Maximum live heap objects.
    pub max_objects: usize,
    /// Maximum bytes written to stdout + stderr.
    pub max_output: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_steps: 2_000_000_000,
            max_objects: 50_000_000,
            max_output: 64 << 20,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

/// State of the replay mechanism for the builtin being run (see
/// `interp::native`).
#[derive(Clone, Debug, Default)]
pub struct ReplayCtx {
    pub memo: Vec<Result<Value, PyErr>>,
    pub pos: usize,
    /// How many `Vm::memo_derived` steps enclose the running code.
    pub depth: u32,
}

/// `threading.get_ident()` of a process's main thread; later threads count
/// up from it (`machine` assigns them). Idents look like CPython's (large,
/// pthread-like) but are deterministic.
pub const MAIN_THREAD_IDENT: u64 = 140_000_000_000_000;

/// The pid of a program's main process; child processes count up from it.
pub const MAIN_PID: u64 = 4242;

#[derive(Clone, Debug)]
pub struct Vm {
    pub heap: Heap,
    pub types: Types,
    pub exc: ExcTypes,
    pub builtins: ObjRef,
    /// `sys.modules`, in import order.
    pub modules: Vec<(Rc<str>, ObjRef)>,
    pub main_source: Rc<SourceFile>,
    interned: HashMap<Box<str>, ObjRef, crate::name_hash::NameHash>,
    pub output: Vec<(Stream, String)>,
    pub output_bytes: usize,
    pub limits: Limits,
    pub steps: u64,
    pub recursion_limit: usize,
    pub not_implemented: Value,
    pub ellipsis: Value,
    pub empty_tuple: Value,
    /// Objects created at start-up are never collected.
    pub permanent: usize,
    pub replay: ReplayCtx,
    /// The running thread's simulated clock, in picoseconds: instructions
    /// add their cost to it (picoseconds so that costs of a few ns scale by
    /// small factors exactly); the machine sets it before each step.
    pub clock_ps: u64,
    /// sys.argv
    pub argv: Vec<String>,
    pub next_gc: usize,
    /// Set by `Reraise`: the next unwind adds no traceback entry.
    pub reraising: bool,
    /// `os.cpu_count()`: the simulated machine's cores.
    pub cpu_count: usize,
    /// Threads not being stepped right now (GC roots).
    pub parked_threads: Vec<crate::thread::Thread>,
    /// Suspended generators whose `yield` is inside a handler (their
    /// `armed` flag): while none exists, dropping a value never needs the
    /// finalization check (`interp::finalize`).
    pub armed_generators: usize,
    /// Values held by the host (e.g. the main module) that must survive GC.
    pub extra_roots: Vec<Value>,
    /// Python-written modules whose body is still running.
    pub importing: Vec<Rc<str>>,
    /// `random.Random`, once the module is imported.
    pub random_class: Option<ObjRef>,
    /// Instance attribute fast paths are valid (no class was mutated).
    pub attr_fast_path: bool,
    /// Simulated cost of instructions and builtin work.
    pub costs: crate::cost::CostTable,
    /// `step` stops (where its mode allows) once `clock_ps` reaches this.
    pub deadline_ps: u64,
    /// `threading.get_ident()` of the thread being stepped.
    pub thread_ident: u64,
    /// `sys.getswitchinterval()`, in nanoseconds (CPython keeps
    /// microseconds; see `modules::sys`).
    pub switch_interval_ns: u64,
    /// CPU time of the thread being stepped, and of its process, as of
    /// `clock_ps == cpu_mark_ps` (for `time.thread_time/process_time`).
    pub thread_cpu_ns: u64,
    pub process_cpu_ns: u64,
    pub cpu_mark_ps: u64,
    /// `_thread.lock` and `_thread.RLock`, once `_thread` is imported.
    pub lock_types: Option<(ObjRef, ObjRef)>,
    /// `_pickle.PicklingError`, once needed.
    pub pickling_error: Option<ObjRef>,
    /// `_hashlib.HASH`, once `hashlib` is imported.
    pub hash_type: Option<ObjRef>,
    /// Locks created so far.
    pub lock_serial: u32,
    /// Modules an import found missing (ModuleNotFoundError raised by
    /// corelab, not by the program): uncaught, one stops the run as
    /// unsupported (see `run::uncaught`).
    pub missing_modules: Vec<String>,
    /// Modules a `from m import *` has read (see `modules::star_gap`).
    pub star_imported: Vec<String>,
    /// `os.getpid()` of this process, and of its parent.
    pub pid: u64,
    pub ppid: u64,
    /// Items processed by the builtin now running (charged at `per_item`
    /// when it completes, so replays of the builtin do not charge twice).
    pub work_items: u64,
    /// Set by `step` when it returns `Budget`: whether it stopped at a
    /// CPython 3.11 eval-breaker check (where the GIL may change hands) or
    /// elsewhere (`StopMode::Anywhere`).
    pub at_switch_point: bool,
    /// Running under `corelab check`: lock operations announce themselves
    /// with `Syscall::Sync` so the checker can schedule around them.
    pub check_mode: bool,
    /// Simulated CPU time by line of the program's file (sampled by `step`).
    pub profile: crate::profile::LineProfile,
    /// The interned names `__enter__` and `__exit__` (every `with` looks
    /// both up; interning them each time cost 4 % of a lock-heavy loop).
    pub with_names: (ObjRef, ObjRef),
}

impl Vm {
    /// A fresh process with builtins and the standard modules registered.
    pub fn new(main_source: Rc<SourceFile>) -> Vm {
        let mut vm = Vm {
            heap: Heap::new(),
            types: dummy_types(),
            exc: dummy_exc(),
            builtins: ObjRef(0),
            modules: Vec::new(),
            main_source,
            interned: HashMap::default(),
            output: Vec::new(),
            output_bytes: 0,
            limits: Limits::default(),
            steps: 0,
            recursion_limit: 1000,
            not_implemented: Value::None,
            ellipsis: Value::None,
            empty_tuple: Value::None,
            permanent: 0,
            replay: ReplayCtx::default(),
            clock_ps: 0,
            argv: Vec::new(),
            next_gc: 200_000,
            reraising: false,
            cpu_count: 4,
            parked_threads: Vec::new(),
            armed_generators: 0,
            extra_roots: Vec::new(),
            importing: Vec::new(),
            random_class: None,
            attr_fast_path: true,
            costs: crate::cost::CostTable::default(),
            deadline_ps: u64::MAX,
            thread_ident: MAIN_THREAD_IDENT,
            switch_interval_ns: 5_000_000,
            thread_cpu_ns: 0,
            process_cpu_ns: 0,
            cpu_mark_ps: 0,
            lock_types: None,
            lock_serial: 0,
            missing_modules: Vec::new(),
            star_imported: Vec::new(),
            hash_type: None,
            pickling_error: None,
            profile: crate::profile::LineProfile::default(),
            pid: MAIN_PID,
            ppid: 4200,
            work_items: 0,
            at_switch_point: false,
            check_mode: false,
            with_names: (ObjRef(0), ObjRef(0)),
        };
        vm.types = Types::create(&mut vm);
        vm.exc = ExcTypes::create(&mut vm);
        vm.not_implemented = Value::Obj(vm.heap.alloc(Obj::NotImplemented));
        vm.ellipsis = Value::Obj(vm.heap.alloc(Obj::Ellipsis));
        vm.empty_tuple = Value::Obj(vm.heap.alloc(Obj::Tuple(Vec::new())));
        crate::builtins::install(&mut vm);
        vm.with_names = (vm.intern("__enter__"), vm.intern("__exit__"));
        vm.permanent = vm.heap_len();
        vm
    }

    fn heap_len(&self) -> usize {
        self.heap.live()
    }

    /// Loads a compiled code object into this process: interns its names
    /// and turns its constants into values (recursively for nested code).
    pub fn load_code(
        &mut self,
        code: &Rc<corelab_compile::CodeObject>,
    ) -> Rc<crate::code::LoadedCode> {
        let names = code.names.iter().map(|n| self.intern(n)).collect();
        let local_names = code.locals.iter().map(|(n, _)| self.intern(n)).collect();
        let consts = code.consts.iter().map(|c| self.const_value(c)).collect();
        let name = Value::Obj(self.intern(&code.name));
        let qualname = Value::Obj(self.intern(&code.qualname));
        let ops = code
            .instrs
            .iter()
            .map(|&i| (i, self.costs.of(i.cost_class())))
            .collect();
        let cache = (0..code.instrs.len()).map(|_| Default::default()).collect();
        Rc::new(crate::code::LoadedCode {
            ops,
            cache,
            code: code.clone(),
            names,
            consts,
            local_names,
            name,
            qualname,
        })
    }

    fn const_value(&mut self, c: &corelab_compile::Const) -> Value {
        use corelab_compile::Const;
        match c {
            Const::None => Value::None,
            Const::Bool(b) => Value::Bool(*b),
            Const::Int(i) => Value::Int(*i),
            Const::BigInt(b) => Value::Obj(self.heap.alloc(Obj::BigInt((**b).clone()))),
            Const::Float(f) => Value::Float(*f),
            Const::Complex(re, im) => Value::Obj(self.heap.alloc(Obj::Complex(*re, *im))),
            Const::Str(s) => Value::Obj(self.intern(s)),
            Const::Bytes(b) => Value::Obj(self.heap.alloc(Obj::Bytes(b.to_vec()))),
            Const::Tuple(items) => {
                let v = items.iter().map(|c| self.const_value(c)).collect();
                self.new_tuple(v)
            }
            Const::FrozenSet(items) => {
                let v: Vec<Value> = items.iter().map(|c| self.const_value(c)).collect();
                // CPython's compiler builds the frozenset from the items,
                // then its constant merging rebuilds it from that set's
                // iteration order (`merge_consts_recursive`): the order a
                // program sees comes from the second table. Constants hash
                // without calling Python code, so this cannot fail; should
                // it, the items stay a tuple.
                let first = match crate::builtins::new_set_of(self, true, &v) {
                    Ok(Value::Obj(s)) => s,
                    _ => return self.new_tuple(v),
                };
                if let Obj::FrozenSet(f) = self.heap.get_mut(first) {
                    f.map = f.map.rebuilt();
                }
                Value::Obj(first)
            }
            Const::Ellipsis => self.ellipsis,
            Const::Code(code) => {
                let lc = self.load_code(code);
                Value::Obj(self.heap.alloc(Obj::Code(lc)))
            }
        }
    }

    /// `_pickle.PicklingError` (a subclass of `_pickle.PickleError`),
    /// created the first time it is needed.
    pub fn pickling_error_type(&mut self) -> ObjRef {
        if let Some(t) = self.pickling_error {
            return t;
        }
        let exc = self.exc.exception;
        let base = self.new_type_raw("PickleError", &[exc], crate::objects::Layout::Exception);
        self.type_obj_mut(base).module = "_pickle".into();
        let t = self.new_type_raw("PicklingError", &[base], crate::objects::Layout::Exception);
        self.type_obj_mut(t).module = "_pickle".into();
        self.pickling_error = Some(t);
        t
    }

    /// The running thread's simulated time in nanoseconds.
    pub fn now_ns(&self) -> u64 {
        self.clock_ps / 1000
    }

    /// Charges `items` units of builtin work (see `CostTable::per_item`).
    pub fn charge_items(&mut self, items: u64) {
        self.clock_ps += items * self.costs.per_item as u64;
    }

    /// Charges the work counted in `work_items` by the builtin that just
    /// completed, and resets the count.
    pub fn charge_work(&mut self) {
        let n = std::mem::take(&mut self.work_items);
        self.charge_items(n);
    }

    /// Pushes every interned string (GC roots).
    pub fn interned_values(&self, out: &mut Vec<Value>) {
        out.extend(self.interned.values().map(|&r| Value::Obj(r)));
    }

    // ---- strings ------------------------------------------------------------

    /// The unique str object for `s` (names, attribute keys).
    pub fn intern(&mut self, s: &str) -> ObjRef {
        if let Some(&r) = self.interned.get(s) {
            return r;
        }
        let r = self.heap.alloc(Obj::Str(PyStr::new(s)));
        self.interned.insert(s.into(), r);
        r
    }

    pub fn new_str(&mut self, s: impl Into<Box<str>>) -> Value {
        Value::Obj(self.heap.alloc(Obj::Str(PyStr::new(s))))
    }

    /// The text of a str object (panics if not a str: callers check).
    pub fn str_of(&self, r: ObjRef) -> &str {
        match self.heap.get(r) {
            Obj::Str(s) => s.as_str(),
            _ => "",
        }
    }

    /// The str of `v` if it is a str or an instance of a str subclass
    /// (CPython's `PyUnicode_Check`: such an instance is a str to every
    /// builtin that takes one; its base is the plain str).
    #[inline]
    pub fn as_pystr(&self, v: Value) -> Option<&PyStr> {
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(s) => Some(s),
                Obj::Instance(i) => self.base_pystr(i.base),
                _ => None,
            },
            _ => None,
        }
    }

    /// The str a str subclass instance with base `base` extends (out of
    /// line: `as_pystr` stays small on the plain-str path).
    #[cold]
    #[inline(never)]
    fn base_pystr(&self, base: Value) -> Option<&PyStr> {
        match base {
            Value::Obj(b) => match self.heap.get(b) {
                Obj::Str(s) => Some(s),
                _ => None,
            },
            _ => None,
        }
    }

    /// The text of `v` if it is a str.
    #[inline]
    pub fn as_str(&self, v: Value) -> Option<&str> {
        self.as_pystr(v).map(|s| s.as_str())
    }

    pub fn str_hash(&self, r: ObjRef) -> i64 {
        match self.heap.get(r) {
            Obj::Str(s) => s.hash(),
            _ => 0,
        }
    }

    /// Key equality for str keys (identity fast path, then contents).
    pub fn str_key_eq(&self, k: Value, name: ObjRef) -> bool {
        match k {
            Value::Obj(r) if r == name => true,
            Value::Obj(r) => match (self.heap.get(r), self.heap.get(name)) {
                (Obj::Str(a), Obj::Str(b)) => a.as_str() == b.as_str(),
                _ => false,
            },
            _ => false,
        }
    }

    // ---- containers ---------------------------------------------------------

    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        Value::Obj(self.heap.alloc(Obj::List(items)))
    }

    pub fn new_tuple(&mut self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return self.empty_tuple;
        }
        Value::Obj(self.heap.alloc(Obj::Tuple(items)))
    }

    pub fn new_dict(&mut self) -> ObjRef {
        self.heap.alloc(Obj::Dict(Box::default()))
    }

    /// Reads a str-keyed dict entry (namespaces, attribute dicts).
    pub fn dict_get_str(&self, dict: ObjRef, name: ObjRef) -> Option<Value> {
        let d = match self.heap.get(dict) {
            Obj::Dict(d) => &d.map,
            _ => return None,
        };
        let hash = self.str_hash(name);
        d.find(hash, |k| self.str_key_eq(k, name))
            .map(|i| d.value_at(i))
    }

    /// Writes a str-keyed dict entry.
    pub fn dict_set_str(&mut self, dict: ObjRef, name: ObjRef, v: Value) {
        let hash = self.str_hash(name);
        let found = match self.heap.get(dict) {
            Obj::Dict(d) => d.map.find(hash, |k| self.str_key_eq(k, name)),
            _ => return,
        };
        if let Obj::Dict(d) = self.heap.get_mut(dict) {
            match found {
                Some(i) => d.map.set_value_at(i, v),
                None => d.map.insert_new(hash, Value::Obj(name), v),
            }
        }
    }

    /// Removes a str-keyed entry; false if absent.
    pub fn dict_del_str(&mut self, dict: ObjRef, name: ObjRef) -> bool {
        let hash = self.str_hash(name);
        let found = match self.heap.get(dict) {
            Obj::Dict(d) => d.map.find(hash, |k| self.str_key_eq(k, name)),
            _ => return false,
        };
        match (found, self.heap.get_mut(dict)) {
            (Some(i), Obj::Dict(d)) => {
                d.map.remove_at(i);
                true
            }
            _ => false,
        }
    }

    pub fn set_builtin(&mut self, name: &str, v: Value) {
        let n = self.intern(name);
        self.dict_set_str(self.builtins, n, v);
    }

    // ---- types of values ----------------------------------------------------

    /// The type object of any value.
    pub fn type_of(&self, v: Value) -> ObjRef {
        let t = &self.types;
        match v {
            Value::Null | Value::None => t.none_type,
            Value::Bool(_) => t.bool_,
            Value::Int(_) => t.int,
            Value::Float(_) => t.float,
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(_) => t.str,
                Obj::BigInt(_) => t.int,
                Obj::Complex(..) => t.complex,
                Obj::Bytes(_) => t.bytes,
                Obj::ByteArray(_) => t.bytearray,
                Obj::List(_) => t.list,
                Obj::Tuple(_) => t.tuple,
                Obj::Dict(d) => d.class.unwrap_or(t.dict),
                Obj::Set(_) => t.set,
                Obj::FrozenSet(_) => t.frozenset,
                Obj::Range(_) => t.range,
                Obj::Slice(..) => t.slice,
                Obj::Function(_) => t.function,
                Obj::Builtin(_) => t.builtin_function,
                Obj::BoundMethod(..) => t.method,
                Obj::Type(_) => t.type_,
                Obj::Instance(i) => i.class,
                Obj::Module(_) => t.module,
                Obj::Cell(_) => t.cell,
                Obj::Generator(_) => t.generator,
                Obj::Iter(it) => self.iter_type(it),
                Obj::Property(..) => t.property,
                Obj::StaticMethod(_) => t.staticmethod,
                Obj::ClassMethod(_) => t.classmethod,
                Obj::Super(..) => t.super_,
                Obj::Deque(_) => t.deque,
                Obj::Code(_) => t.code,
                Obj::NotImplemented => t.not_implemented_type,
                Obj::Ellipsis => t.ellipsis_type,
                Obj::Record(r) => r.class,
                Obj::Random(_) => self.random_type(),
                Obj::Lock(l) => l.cls,
                Obj::Hash(_) => self.hash_type.unwrap_or(t.object),
                Obj::Sort(_) => t.object,
                Obj::Free(_) => t.object,
            },
        }
    }

    fn random_type(&self) -> ObjRef {
        self.random_class.unwrap_or(self.types.object)
    }

    fn iter_type(&self, it: &crate::objects::IterObj) -> ObjRef {
        use crate::objects::IterObj as I;
        let t = &self.types;
        match it {
            I::Seq { seq, .. } => match self.heap.get(*seq) {
                Obj::Tuple(_) => t.tuple_iterator,
                _ => t.list_iterator,
            },
            I::Str { .. } => t.str_iterator,
            I::Range { .. } => t.range_iterator,
            I::BigRange(_) => t.longrange_iterator,
            I::DictKeys { .. } => t.dict_keyiterator,
            I::DictValues { .. } => t.dict_valueiterator,
            I::DictItems { .. } => t.dict_itemiterator,
            I::Reversed { .. } => t.reverse_iterator,
            I::Enumerate { .. } => t.enumerate,
            I::Zip { .. } => t.zip,
            I::Map { .. } => t.map,
            I::Filter { .. } => t.filter,
            I::Callable { .. } => t.callable_iterator,
            I::GetItem { .. } => t.seq_iterator,
            I::Exhausted => t.list_iterator,
        }
    }

    /// A new float object holding `f`: a NaN gets its own identity
    /// (`Heap::fresh_nan`), as each NaN CPython computes is a new object.
    #[inline]
    pub fn float(&mut self, f: f64) -> Value {
        if f.is_nan() {
            Value::Float(self.heap.fresh_nan(f.is_sign_negative()))
        } else {
            Value::Float(f)
        }
    }

    /// `type(v).__name__`
    /// The name error messages give `v`'s type: CPython's `tp_name` (the
    /// class name, or a C type's module-qualified name).
    pub fn type_name(&self, v: Value) -> String {
        let t = self.type_obj(self.type_of(v));
        t.tp_name.as_ref().unwrap_or(&t.name).to_string()
    }

    pub fn isinstance(&self, v: Value, t: ObjRef) -> bool {
        self.is_subtype(self.type_of(v), t)
    }

    // ---- callbacks into Python (replay mechanism) ---------------------------

    /// Calls `func(*args)` from inside a builtin. Returns the memoised result
    /// when the builtin is being replayed; otherwise asks the interpreter to
    /// run the call (the builtin is re-run afterwards). Builtins must not
    /// mutate anything before their last callback.
    pub fn call(&mut self, func: Value, args: Vec<Value>) -> PyResult<Value> {
        self.call_kw(func, args, Vec::new())
    }

    /// [`Vm::call`] with keyword arguments (name string, value).
    pub fn call_kw(
        &mut self,
        func: Value,
        args: Vec<Value>,
        kw: Vec<(ObjRef, Value)>,
    ) -> PyResult<Value> {
        let ctx = &mut self.replay;
        if ctx.pos < ctx.memo.len() {
            let r = ctx.memo[ctx.pos].clone();
            ctx.pos += 1;
            return r;
        }
        Err(PyErr::NeedCall(Box::new(PendingCall { func, args, kw })))
    }

    /// Runs a side-effecting step of a builtin once: replays of the builtin
    /// get the recorded result instead of running it again.
    pub fn memo_step(&mut self, f: impl FnOnce(&mut Vm) -> PyResult<Value>) -> PyResult<Value> {
        if self.replay.pos < self.replay.memo.len() {
            let r = self.replay.memo[self.replay.pos].clone();
            self.replay.pos += 1;
            return r;
        }
        let r = f(self);
        self.replay.memo.push(r.clone());
        self.replay.pos += 1;
        r
    }

    /// Runs `f`, a piece of a builtin that may call back into Python, once:
    /// when it finishes, the results of the callbacks it made are replaced
    /// in the replay memo by its own result, so replays of the builtin get
    /// that result without running `f` again. A builtin that makes k
    /// callbacks re-runs k times (ARCHITECTURE.md); with its callbacks
    /// inside `f`s, a re-run costs a memo read per finished `f` instead of
    /// redoing its work (a `__lt__` dispatch looks the method up in the
    /// MRO, builds the call, checks NotImplemented, ...). `ops` runs every
    /// dunder dispatch through here, so `sorted`, `sum`, `in`, `set()` over
    /// objects with dunders re-run cheaply.
    ///
    /// A finished `f` is recorded as three entries: a `Null` marker (no
    /// call returns `Null`), its nesting depth (an `f` inside another
    /// finishes first and must not be taken for the outer one, which starts
    /// at the same position), and its result. `f` must be deterministic
    /// given the memo, like every builtin; only Python exceptions and
    /// values are recorded (a callback request or a fatal stop re-runs).
    pub fn memo_derived(&mut self, f: impl FnOnce(&mut Vm) -> PyResult<Value>) -> PyResult<Value> {
        let start = self.replay.pos;
        let depth = self.replay.depth;
        let memo = &self.replay.memo;
        if let (Some(Ok(Value::Null)), Some(Ok(Value::Int(d)))) =
            (memo.get(start), memo.get(start + 1))
        {
            if *d == depth as i64 {
                let r = memo[start + 2].clone();
                self.replay.pos = start + 3;
                return r;
            }
        }
        self.replay.depth += 1;
        let r = f(self);
        self.replay.depth -= 1;
        if matches!(r, Ok(_) | Err(PyErr::Exc(_))) {
            let end = self.replay.pos;
            let marker = [Ok(Value::Null), Ok(Value::Int(depth as i64)), r.clone()];
            self.replay.memo.splice(start..end, marker);
            self.replay.pos = start + 3;
        }
        r
    }

    /// Runs `for i in start..n { state = step(vm, i, state) }`, a loop of a
    /// builtin whose steps may call back into Python, so that a re-run of
    /// the builtin resumes at the first unfinished step: one memo record
    /// holds the steps done and the state after them, updated as each step
    /// finishes (`sum`, `max`, `x in list`, `list.count` over objects with
    /// dunders re-run in constant time per callback, not in time linear in
    /// the steps done). A step returns `Break(v)` to end the loop with `v`.
    /// A step must mutate nothing outside `state` before its last callback
    /// (the builtin author's rule). The record is four entries: the `Null`
    /// marker, the depth plus `LOOP_TAG` (so `memo_derived` never takes it
    /// for its own), the next step (-1: ended by `Break`) and the state.
    pub fn memo_loop(
        &mut self,
        n: usize,
        init: Value,
        mut step: impl FnMut(&mut Vm, usize, Value) -> PyResult<std::ops::ControlFlow<Value, Value>>,
    ) -> PyResult<Value> {
        const LOOP_TAG: i64 = 1 << 40;
        let start = self.replay.pos;
        let tag = self.replay.depth as i64 + LOOP_TAG;
        let memo = &self.replay.memo;
        let (mut i, mut state) = match (memo.get(start), memo.get(start + 1)) {
            (Some(Ok(Value::Null)), Some(Ok(Value::Int(t)))) if *t == tag => {
                let (Some(Ok(Value::Int(i))), Some(Ok(state))) =
                    (memo.get(start + 2), memo.get(start + 3))
                else {
                    return Err(PyErr::internal("a broken loop record in the replay memo"));
                };
                (*i, *state)
            }
            _ => {
                if self.replay.memo.len() != start {
                    return Err(PyErr::internal("a loop re-run without its record"));
                }
                self.replay.memo.extend([
                    Ok(Value::Null),
                    Ok(Value::Int(tag)),
                    Ok(Value::Int(0)),
                    Ok(init),
                ]);
                (0, init)
            }
        };
        self.replay.pos = start + 4;
        if i < 0 {
            return Ok(state);
        }
        while (i as usize) < n {
            self.replay.depth += 1;
            let r = step(self, i as usize, state);
            self.replay.depth -= 1;
            let (next, value) = match r? {
                std::ops::ControlFlow::Continue(v) => (i + 1, v),
                std::ops::ControlFlow::Break(v) => (-1, v),
            };
            // The step's callbacks are the newest entries: drop them.
            self.replay.memo.truncate(start + 4);
            self.replay.memo[start + 2] = Ok(Value::Int(next));
            self.replay.memo[start + 3] = Ok(value);
            self.replay.pos = start + 4;
            state = value;
            if next < 0 {
                break;
            }
            i = next;
        }
        Ok(state)
    }

    /// All items of a Python-level iterator (collected by the interpreter).
    pub fn collect_python_iter(&mut self, iter: Value) -> PyResult<Vec<Value>> {
        let ctx = &mut self.replay;
        if ctx.pos < ctx.memo.len() {
            let r = ctx.memo[ctx.pos].clone();
            ctx.pos += 1;
            let list = r?;
            return Ok(match list {
                Value::Obj(l) => match self.heap.get(l) {
                    Obj::List(v) => v.clone(),
                    _ => Vec::new(),
                },
                _ => Vec::new(),
            });
        }
        Err(PyErr::NeedIter(iter))
    }

    // ---- output -------------------------------------------------------------

    pub fn write(&mut self, stream: Stream, s: &str) -> PyResult<()> {
        self.output_bytes += s.len();
        if self.output_bytes > self.limits.max_output {
            return Err(PyErr::limit(format!(
                "output limit reached: the program wrote more than {} bytes",
                self.limits.max_output
            )));
        }
        match self.output.last_mut() {
            Some((st, buf)) if *st == stream => buf.push_str(s),
            _ => self.output.push((stream, s.to_string())),
        }
        Ok(())
    }

    /// Takes everything written since the last call.
    pub fn take_output(&mut self) -> Vec<(Stream, String)> {
        std::mem::take(&mut self.output)
    }
}

fn dummy_types() -> Types {
    crate::types::placeholder_types()
}

fn dummy_exc() -> ExcTypes {
    crate::exceptions::placeholder_exc()
}
