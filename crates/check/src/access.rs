//! What a thread is about to do to shared state, read off its next
//! instruction before it runs ("peeking"): the location (a global, an
//! attribute, a container item or the whole container, a closure cell, a
//! lock) and whether it reads or writes it.
//!
//! The checker needs this *before* the instruction runs so that every
//! visible operation can be a scheduling point (see `exec`). Lock
//! operations, thread start/join and sleeps are not peeked: they reach the
//! checker as syscalls (`Syscall::Sync` and friends), also before anything
//! has changed.
//!
//! What counts as visible. In the program's own code: globals, attributes
//! of instances, classes and modules, items of mutable containers (lists,
//! dicts, sets, deques, bytearrays) — by subscript, `in`, iteration,
//! methods and builtins such as `len` — and closure cells. In corelab's
//! library modules (`threading`, `queue`, ...) only attributes of instances
//! (a `Condition`'s or `Event`'s state) are visible: the libraries' own
//! bookkeeping containers (`threading._active`, a `Condition`'s waiter
//! list) are either guarded by their locks or invisible to the program,
//! and exploring their orders would multiply schedules without finding
//! anything a user can act on.

use corelab_compile::Instr;
use corelab_vm::objects::Obj;
use corelab_vm::thread::{Frame, PyFrame, Thread};
use corelab_vm::{ObjRef, Value, Vm};

/// Which part of an object an access touches.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Key {
    /// A named slot: a global of a module dict, an attribute.
    Name(u32),
    /// One item of a container (by a hash of its key).
    Item(u64),
    /// The whole container (its size, its order, every item).
    Whole,
    /// A closure cell's value.
    Cell,
    /// A lock's state.
    Lock,
}

/// A shared location: an object and a part of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Loc {
    /// Whose object: a process's heap (its index; the peeking code leaves
    /// 0 and the executor stamps the process), or one of the machine-wide
    /// spaces below.
    pub space: u32,
    pub obj: u32,
    pub key: Key,
}

/// Machine-wide objects shared by processes: queues, pipes and
/// semaphores (their channel id).
pub const CHANNELS: u32 = u32::MAX;
/// Shared memory blocks (`multiprocessing.Value/Array`).
pub const SHARED: u32 = u32::MAX - 1;
/// A process's state as its parent sees it (running, exit code).
pub const PROCESSES: u32 = u32::MAX - 2;
/// A process being alive: every transition of its threads reads it, its
/// end (or a kill) writes it, so a kill is ordered against its work.
pub const ALIVE: u32 = u32::MAX - 3;

impl Loc {
    /// Whether two locations overlap (a whole container overlaps its items).
    pub fn overlaps(self, other: Loc) -> bool {
        self.space == other.space
            && self.obj == other.obj
            && (self.key == other.key || self.key == Key::Whole || other.key == Key::Whole)
    }
}

/// What an access does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Read,
    Write,
    /// A blocking acquire (the lock was free when scheduled).
    Acquire,
    /// A non-blocking or timed acquire: succeeds or fails.
    TryAcquire {
        got: bool,
    },
    Release,
    /// Started thread `tid`.
    Spawn(usize),
    /// Joined thread `tid` (`done`: it had finished; false: timed out).
    Join {
        tid: usize,
        done: bool,
    },
    Sleep,
    /// An operation on a machine-wide object processes share (a queue,
    /// pipe or semaphore put, get, poll, close; a process's status or
    /// end): ordered against every other on the same object, and it
    /// synchronises (like an acquire followed by a release). `what` says
    /// what it did.
    Chan(ChanOp),
}

/// The kinds of operations on a shared channel or process state, for the
/// races the explorer reverses. Like a lock's release and the acquire
/// after it, a put and a later take are not a race (had the take come
/// first it could not have run, or it would have taken an older item —
/// the same outcome); every other pair but two looks is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChanOp {
    /// A receive that takes an item or a token (or times out waiting).
    Take,
    /// A send, a token given back, a pipe end closed, a process's end.
    Put,
    /// A look that changes nothing: `qsize()`, `poll()`, `is_alive()`.
    Look,
}

/// One visible operation of a thread.
#[derive(Clone, Debug)]
pub struct Access {
    pub loc: Option<Loc>,
    pub op: Op,
    /// Line in the program's own file (the innermost frame there).
    pub line: u32,
    /// Performed by corelab's library code (e.g. inside `Event.wait`).
    pub library: bool,
    /// The value read or written (reads: filled in by the executor when it
    /// describes a schedule).
    pub value: Option<Value>,
    /// One whole operation of a builtin container (a method such as
    /// `append`, `len()`, `in`, one step of iteration): atomic in every
    /// CPython (under the GIL, or the object's own lock when free-threaded),
    /// so it orders schedules but is never reported as a data race.
    pub atomic: bool,
    /// A read whose value is worth showing (a global, an attribute, an
    /// item — not a method lookup or an iteration).
    pub show_value: bool,
    /// The thread's count of CPython 3.11 switch points passed before this
    /// access (set by the executor; see `races`).
    pub switches: u64,
    /// For display: "balance", "Account.balance", "list", "lock #2".
    pub what: String,
}

impl Access {
    pub fn is_write(&self) -> bool {
        !matches!(self.op, Op::Read)
    }
}

/// The program's own file: the name of the main source.
pub fn is_user_frame(vm: &Vm, f: &PyFrame) -> bool {
    f.code.code.source.name == vm.main_source.name
}

/// Line of the innermost frame in the program's own file (0: none).
pub fn user_line(vm: &Vm, th: &Thread) -> u32 {
    for fr in th.frames.iter().rev() {
        if let Frame::Py(f) = fr {
            if is_user_frame(vm, f) {
                let ip = f.ip.min(f.code.code.instrs.len().saturating_sub(1) as u32);
                return f.code.code.line_of(ip);
            }
        }
    }
    0
}

/// Is `v` a container whose contents can change?
fn mutable_container(vm: &Vm, v: Value) -> Option<ObjRef> {
    let Value::Obj(r) = v else { return None };
    match vm.heap.get(r) {
        Obj::List(_) | Obj::Dict(_) | Obj::Set(_) | Obj::Deque(_) | Obj::ByteArray(_) => Some(r),
        _ => None,
    }
}

/// Objects whose attributes are shared state.
fn has_attrs(vm: &Vm, v: Value) -> Option<ObjRef> {
    let Value::Obj(r) = v else { return None };
    match vm.heap.get(r) {
        Obj::Instance(_) | Obj::Type(_) | Obj::Module(_) => Some(r),
        _ => None,
    }
}

/// A hash of a container key, when it is a simple value.
fn key_hash(vm: &Vm, k: Value) -> Key {
    match k {
        Value::Int(i) => Key::Item(i as u64),
        Value::Bool(b) => Key::Item(b as u64),
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Str(_) => Key::Item(vm.str_hash(r) as u64 ^ 0x9e37_79b9_7f4a_7c15),
            _ => Key::Whole,
        },
        _ => Key::Whole,
    }
}

fn type_name(vm: &Vm, v: Value) -> String {
    vm.type_name(v)
}

/// Human name of an attribute location.
fn attr_what(vm: &Vm, obj: ObjRef, name: ObjRef) -> String {
    let attr = vm.str_of(name);
    match vm.heap.get(obj) {
        Obj::Module(m) => format!("{}.{attr}", m.name),
        Obj::Type(t) => format!("{}.{attr}", t.name),
        _ => format!("{}.{attr}", type_name(vm, Value::Obj(obj))),
    }
}

/// Location of an attribute: a module's attribute is its global.
fn attr_loc(vm: &Vm, obj: ObjRef, name: ObjRef) -> Loc {
    let obj = match vm.heap.get(obj) {
        Obj::Module(m) => m.dict,
        _ => obj,
    };
    Loc {
        space: 0,
        obj: obj.0,
        key: Key::Name(name.0),
    }
}

fn item_what(vm: &Vm, c: ObjRef, k: Value) -> String {
    let t = type_name(vm, Value::Obj(c));
    match k {
        Value::Int(i) => format!("{t}[{i}]"),
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Str(_) => format!("{t}[{:?}]", vm.str_of(r)),
            _ => format!("{t} item"),
        },
        _ => format!("{t} item"),
    }
}

/// Methods of builtin containers that change them.
fn mutates(name: &str) -> bool {
    matches!(
        name,
        "append"
            | "appendleft"
            | "extend"
            | "extendleft"
            | "insert"
            | "pop"
            | "popleft"
            | "popitem"
            | "remove"
            | "clear"
            | "sort"
            | "reverse"
            | "rotate"
            | "setdefault"
            | "update"
            | "add"
            | "discard"
            | "difference_update"
            | "intersection_update"
            | "symmetric_difference_update"
            | "__setitem__"
            | "__delitem__"
            | "__iadd__"
    )
}

/// An access to a whole container.
fn whole(c: ObjRef, op: Op, what: String) -> (Loc, Op, String) {
    (
        Loc {
            space: 0,
            obj: c.0,
            key: Key::Whole,
        },
        op,
        what,
    )
}

/// What a call of `callable` with arguments `args` (and bound `this`) does
/// to shared containers.
fn call_accesses(
    vm: &Vm,
    callable: Value,
    this: Option<Value>,
    args: &[Value],
    out: &mut Vec<(Loc, Op, String)>,
) {
    let Value::Obj(r) = callable else { return };
    let (name, bound) = match vm.heap.get(r) {
        Obj::Builtin(b) => (b.name, if b.this.is_null() { this } else { Some(b.this) }),
        Obj::BoundMethod(s, Value::Obj(fr)) => match vm.heap.get(*fr) {
            Obj::Builtin(b) => (b.name, Some(*s)),
            _ => return,
        },
        _ => return,
    };
    if let Some(recv) = bound {
        if let Some(c) = mutable_container(vm, recv) {
            let t = type_name(vm, recv);
            let is_dict = matches!(vm.heap.get(c), Obj::Dict(_));
            let keyed = is_dict
                && matches!(
                    name,
                    "get" | "setdefault" | "pop" | "__getitem__" | "__contains__"
                );
            let (key, what) = match (keyed, args.first()) {
                (true, Some(&k)) => (key_hash(vm, k), item_what(vm, c, k)),
                _ => (Key::Whole, t.clone()),
            };
            let key = if is_dict && name == "pop" {
                key
            } else if mutates(name) && key != Key::Whole && name != "setdefault" {
                Key::Whole
            } else {
                key
            };
            let op = if mutates(name) { Op::Write } else { Op::Read };
            out.push((
                Loc {
                    space: 0,
                    obj: c.0,
                    key,
                },
                op,
                format!("{what}.{name}()"),
            ));
        }
        return;
    }
    // A plain builtin function: it reads the containers it is given.
    if name == "print" || name == "id" || name == "isinstance" || name == "type" {
        return;
    }
    for &a in args.iter().take(4) {
        if let Some(c) = mutable_container(vm, a) {
            out.push((
                Loc {
                    space: 0,
                    obj: c.0,
                    key: Key::Whole,
                },
                Op::Read,
                format!("{} (in {name}())", type_name(vm, a)),
            ));
        }
    }
}

/// The visible accesses the thread's next instruction will make (empty:
/// thread-local work). Write values are filled in; read values are filled
/// in by the executor after the instruction has run.
pub fn peek(vm: &Vm, th: &Thread) -> Vec<Access> {
    if th.pending_sys.is_some() {
        return Vec::new();
    }
    let Some(Frame::Py(f)) = th.frames.last() else {
        return Vec::new();
    };
    if f.awaiting {
        return Vec::new();
    }
    let Some(&instr) = f.code.code.instrs.get(f.ip as usize) else {
        return Vec::new();
    };
    let user = is_user_frame(vm, f);
    let st = &th.stack;
    let len = st.len();
    let tos = |i: usize| -> Value {
        if len > i {
            st[len - 1 - i]
        } else {
            Value::Null
        }
    };
    let mut out: Vec<(Loc, Op, String)> = Vec::new();
    let mut value = None;
    let name_of = |n: u32| f.code.names[n as usize];
    match instr {
        Instr::LoadGlobal(n) | Instr::StoreGlobal(n) | Instr::DeleteGlobal(n) if user => {
            let name = name_of(n);
            let op = if matches!(instr, Instr::LoadGlobal(_)) {
                Op::Read
            } else {
                Op::Write
            };
            if let Instr::StoreGlobal(_) = instr {
                value = Some(tos(0));
            }
            out.push((
                Loc {
                    space: 0,
                    obj: f.globals.0,
                    key: Key::Name(name.0),
                },
                op,
                vm.str_of(name).to_string(),
            ));
        }
        Instr::LoadName(n) | Instr::StoreName(n) | Instr::DeleteName(n) if user => {
            let ns = f.ns.unwrap_or(f.globals);
            if ns == f.globals {
                let name = name_of(n);
                let op = if matches!(instr, Instr::LoadName(_)) {
                    Op::Read
                } else {
                    Op::Write
                };
                if let Instr::StoreName(_) = instr {
                    value = Some(tos(0));
                }
                out.push((
                    Loc {
                        space: 0,
                        obj: ns.0,
                        key: Key::Name(name.0),
                    },
                    op,
                    vm.str_of(name).to_string(),
                ));
            }
        }
        Instr::LoadDeref(i) | Instr::StoreDeref(i) | Instr::DeleteDeref(i) if user => {
            let slot = f.base as usize + i as usize;
            if let Some(Value::Obj(cell)) = st.get(slot).copied() {
                if matches!(vm.heap.get(cell), Obj::Cell(_)) {
                    let op = if matches!(instr, Instr::LoadDeref(_)) {
                        Op::Read
                    } else {
                        Op::Write
                    };
                    if let Instr::StoreDeref(_) = instr {
                        value = Some(tos(0));
                    }
                    let name = f
                        .code
                        .code
                        .locals
                        .get(i as usize)
                        .map(|l| l.0.to_string())
                        .unwrap_or_default();
                    out.push((
                        Loc {
                            space: 0,
                            obj: cell.0,
                            key: Key::Cell,
                        },
                        op,
                        name,
                    ));
                }
            }
        }
        Instr::LoadAttr(n) | Instr::LoadMethod(n) | Instr::StoreAttr(n) | Instr::DeleteAttr(n) => {
            if let Some(obj) = has_attrs(vm, tos(0)) {
                let library_ok = matches!(vm.heap.get(obj), Obj::Instance(_));
                let name = name_of(n);
                // A property is code, not a slot: what its getter or
                // setter touches is what counts.
                let property = library_ok
                    && matches!(
                        vm.lookup_in_type(vm.type_of(tos(0)), name),
                        Some(Value::Obj(p)) if matches!(vm.heap.get(p), Obj::Property(..))
                    );
                if (user || library_ok) && !property {
                    let op = match instr {
                        Instr::StoreAttr(_) | Instr::DeleteAttr(_) => Op::Write,
                        _ => Op::Read,
                    };
                    if let Instr::StoreAttr(_) = instr {
                        value = Some(tos(1));
                    }
                    out.push((attr_loc(vm, obj, name), op, attr_what(vm, obj, name)));
                }
            }
        }
        Instr::BinarySubscr | Instr::StoreSubscr | Instr::DeleteSubscr if user => {
            if let Some(c) = mutable_container(vm, tos(1)) {
                let k = tos(0);
                let key = match vm.heap.get(c) {
                    Obj::Dict(_) | Obj::List(_) => key_hash(vm, k),
                    _ => Key::Whole,
                };
                let op = if matches!(instr, Instr::BinarySubscr) {
                    Op::Read
                } else {
                    Op::Write
                };
                // `del lst[i]` moves every later item.
                let key = if matches!(instr, Instr::DeleteSubscr)
                    && matches!(vm.heap.get(c), Obj::List(_))
                {
                    Key::Whole
                } else {
                    key
                };
                if let Instr::StoreSubscr = instr {
                    value = Some(tos(2));
                }
                out.push((
                    Loc {
                        space: 0,
                        obj: c.0,
                        key,
                    },
                    op,
                    item_what(vm, c, k),
                ));
            }
        }
        Instr::ContainsOp(_) if user => {
            if let Some(c) = mutable_container(vm, tos(0)) {
                let key = match vm.heap.get(c) {
                    Obj::Dict(_) | Obj::Set(_) => key_hash(vm, tos(1)),
                    _ => Key::Whole,
                };
                out.push((
                    Loc {
                        space: 0,
                        obj: c.0,
                        key,
                    },
                    Op::Read,
                    type_name(vm, tos(0)),
                ));
            }
        }
        Instr::GetIter
        | Instr::UnpackSequence(_)
        | Instr::UnpackEx(_)
        | Instr::ListExtend(_)
        | Instr::SetUpdate(_)
        | Instr::DictUpdate(_)
        | Instr::DictMerge(_)
            if user =>
        {
            if let Some(c) = mutable_container(vm, tos(0)) {
                out.push(whole(c, Op::Read, type_name(vm, tos(0))));
            }
        }
        Instr::ForIter(_) if user => {
            if let Value::Obj(it) = tos(0) {
                if let Obj::Iter(io) = vm.heap.get(it) {
                    use corelab_vm::objects::IterObj;
                    let under = match &**io {
                        IterObj::Seq { seq, .. } => Some(*seq),
                        IterObj::DictKeys { dict, .. }
                        | IterObj::DictValues { dict, .. }
                        | IterObj::DictItems { dict, .. } => Some(*dict),
                        _ => None,
                    };
                    if let Some(c) = under.and_then(|c| mutable_container(vm, Value::Obj(c))) {
                        out.push(whole(c, Op::Read, type_name(vm, Value::Obj(c))));
                    }
                }
            }
        }
        Instr::BinaryOp(op) if user => {
            // In-place operators on a mutable container change it.
            let inplace = op >= 13;
            if let Some(c) = mutable_container(vm, tos(1)) {
                let o = if inplace { Op::Write } else { Op::Read };
                out.push(whole(c, o, type_name(vm, tos(1))));
            }
            if let Some(c) = mutable_container(vm, tos(0)) {
                out.push(whole(c, Op::Read, type_name(vm, tos(0))));
            }
        }
        Instr::Call(argc) if user => {
            let n = argc as usize;
            if len >= n + 2 {
                let (a, b) = (st[len - n - 2], st[len - n - 1]);
                let args = &st[len - n..];
                if a.is_null() {
                    call_accesses(vm, b, None, args, &mut out);
                } else {
                    call_accesses(vm, a, Some(b), args, &mut out);
                }
            }
        }
        _ => {}
    }
    if out.is_empty() {
        return Vec::new();
    }
    let atomic = !matches!(
        instr,
        Instr::LoadGlobal(_)
            | Instr::StoreGlobal(_)
            | Instr::DeleteGlobal(_)
            | Instr::LoadName(_)
            | Instr::StoreName(_)
            | Instr::DeleteName(_)
            | Instr::LoadDeref(_)
            | Instr::StoreDeref(_)
            | Instr::DeleteDeref(_)
            | Instr::LoadAttr(_)
            | Instr::LoadMethod(_)
            | Instr::StoreAttr(_)
            | Instr::DeleteAttr(_)
            | Instr::BinarySubscr
            | Instr::StoreSubscr
            | Instr::DeleteSubscr
    );
    let show_value = matches!(
        instr,
        Instr::LoadGlobal(_)
            | Instr::LoadName(_)
            | Instr::LoadDeref(_)
            | Instr::LoadAttr(_)
            | Instr::BinarySubscr
    );
    let line = user_line(vm, th);
    out.into_iter()
        .map(|(loc, op, what)| Access {
            loc: Some(loc),
            op,
            line,
            library: !user,
            value: if op == Op::Write { value } else { None },
            switches: 0,
            atomic,
            show_value,
            what,
        })
        .collect()
}

/// Is the next instruction a call of the builtin `name` (used to notice
/// `threading`'s excepthook printing an exception that ended a thread)?
pub fn calls_builtin(vm: &Vm, th: &Thread, name: &str) -> Option<Vec<Value>> {
    let Some(Frame::Py(f)) = th.frames.last() else {
        return None;
    };
    let Some(&Instr::Call(argc)) = f.code.code.instrs.get(f.ip as usize) else {
        return None;
    };
    let n = argc as usize;
    let st = &th.stack;
    let len = st.len();
    if len < n + 2 {
        return None;
    }
    let (a, b) = (st[len - n - 2], st[len - n - 1]);
    let callable = if a.is_null() { b } else { a };
    let Value::Obj(r) = callable else { return None };
    match vm.heap.get(r) {
        Obj::Builtin(bi) if bi.name == name => Some(st[len - n..].to_vec()),
        _ => None,
    }
}
