//! The instruction set. One enum, each variant documented with its operand
//! and stack effect (`[before] -> [after]`, top of stack on the right).
//!
//! The set mirrors CPython 3.11's instructions one for one where it matters
//! for concurrency: a statement compiles to the same sequence of loads,
//! operations and stores as in 3.11 (`counter += 1` is `LoadGlobal`,
//! `LoadConst`, `BinaryOp(+=)`, `StoreGlobal`), so the places where another
//! thread can observe or interleave are the same. Deliberate differences:
//! `PRECALL` is folded into `Call`, `RETURN_GENERATOR`/`POP_TOP` at the start
//! of generator functions are implicit (calling a generator function makes
//! the generator without running code), `CACHE` entries do not exist, and the
//! conditional backward jumps of 3.11 (`POP_JUMP_BACKWARD_IF_*`) are the same
//! `PopJumpIf*` variants with a target below the current index.
//!
//! **Switch points** are where CPython 3.11 checks its eval breaker, the only
//! places a GIL hand-over can happen on 3.10+ (see
//! shared/reference/gil-mechanics.md §3): `Resume(0|1)`, `JumpBackward`,
//! any `PopJumpIf*` whose target is backward (when taken), and the return of
//! a `Call`/`CallFunctionEx` whose callee was not a Python function.
//! [`Instr::is_switch_point`] answers the static part of that question.
//!
//! Every operand is one `u32`, so an instruction is 8 bytes.

/// One instruction. Operand meanings: `name` indexes `CodeObject::names`,
/// `const` indexes `consts`, `local` indexes the localsplus slots
/// (`CodeObject::locals`), `target` is an absolute instruction index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Instr {
    /// Does nothing. `[] -> []`
    Nop,
    /// Function start (0), after `yield` (1), after `yield from` (2). Switch
    /// point when the operand is 0 or 1. `[] -> []`
    Resume(u32),

    // ---- loads and stores -------------------------------------------------
    /// `[] -> [consts[const]]`
    LoadConst(u32),
    /// Raises UnboundLocalError if the slot is empty. `[] -> [value]`
    LoadFast(u32),
    /// `[value] -> []`
    StoreFast(u32),
    /// `[] -> []`, UnboundLocalError if already empty.
    DeleteFast(u32),
    /// Turns the local slot into a cell holding its current value (if any).
    /// Emitted at function start for cell variables. `[] -> []`
    MakeCell(u32),
    /// Copies the function's closure cells into the last `n` localsplus
    /// slots (the free variables). Emitted at function start. `[] -> []`
    CopyFreeVars(u32),
    /// Pushes the cell object in slot `local` (for building closures).
    /// `[] -> [cell]`
    LoadClosure(u32),
    /// Reads the cell in slot `local`; NameError (free) or UnboundLocalError
    /// (cell) if empty. `[] -> [value]`
    LoadDeref(u32),
    /// In class bodies: looks the name of slot `local` up in the class
    /// namespace first, then reads the cell. `[] -> [value]`
    LoadClassDeref(u32),
    /// `[value] -> []`
    StoreDeref(u32),
    /// `[] -> []`
    DeleteDeref(u32),
    /// Globals, then builtins; NameError if absent. `[] -> [value]`
    LoadGlobal(u32),
    /// `[value] -> []`
    StoreGlobal(u32),
    /// `[] -> []`
    DeleteGlobal(u32),
    /// Module and class bodies: frame namespace, then globals, then builtins.
    /// `[] -> [value]`
    LoadName(u32),
    /// `[value] -> []` into the frame namespace.
    StoreName(u32),
    /// `[] -> []`
    DeleteName(u32),
    /// `[obj] -> [obj.name]`
    LoadAttr(u32),
    /// `[value, obj] -> []` performs `obj.name = value`.
    StoreAttr(u32),
    /// `[obj] -> []`
    DeleteAttr(u32),
    /// Method-call load: `[obj] -> [method, obj]` when `obj.name` is a plain
    /// function found on the type (so no bound method is allocated), else
    /// `[obj] -> [NULL, obj.name]`.
    LoadMethod(u32),
    /// `[] -> [NULL]`
    PushNull,

    // ---- stack shuffling ----------------------------------------------------
    /// `[x] -> []`
    PopTop,
    /// Pushes a copy of the n-th item from the top (1 = top). `[.., x, ..] -> [.., x, .., x]`
    Copy(u32),
    /// Swaps top with the n-th item from the top (n >= 2).
    Swap(u32),

    // ---- operators ----------------------------------------------------------
    /// `[a, b] -> [a op b]`; operand is a [`BinOp`] (in-place forms included).
    BinaryOp(u32),
    /// `[a] -> [-a]`
    UnaryNegative,
    /// `[a] -> [+a]`
    UnaryPositive,
    /// `[a] -> [not a]`
    UnaryNot,
    /// `[a] -> [~a]`
    UnaryInvert,
    /// `[a, b] -> [a cmp b]`; operand is a [`CmpOp`].
    CompareOp(u32),
    /// `[a, b] -> [a is b]` (operand 1: `is not`).
    IsOp(u32),
    /// `[a, b] -> [a in b]` (operand 1: `not in`).
    ContainsOp(u32),
    /// `[container, key] -> [container[key]]`
    BinarySubscr,
    /// `[value, container, key] -> []` performs `container[key] = value`.
    StoreSubscr,
    /// `[container, key] -> []`
    DeleteSubscr,

    // ---- building -----------------------------------------------------------
    /// `[a1..an] -> [(a1..an)]`
    BuildTuple(u32),
    /// `[a1..an] -> [[a1..an]]`
    BuildList(u32),
    /// `[a1..an] -> [{a1..an}]`
    BuildSet(u32),
    /// `[k1, v1, .. kn, vn] -> [{k1: v1, ..}]`
    BuildMap(u32),
    /// `[v1..vn, keys_tuple] -> [dict]`
    BuildConstKeyMap(u32),
    /// `[start, stop] -> [slice]` (2) or `[start, stop, step] -> [slice]` (3).
    BuildSlice(u32),
    /// Concatenates n strings. `[s1..sn] -> [s]`
    BuildString(u32),
    /// f-string field. Operand bits 0-1: conversion (0 none, 1 str, 2 repr,
    /// 3 ascii); bit 2: a format spec is on the stack.
    /// `[value] -> [str]` or `[value, spec] -> [str]`
    FormatValue(u32),
    /// `[.., list @n, .., v] -> [.., list, ..]` appends v to the list n deep
    /// (counting the popped v as depth 0, as CPython's LIST_APPEND).
    ListAppend(u32),
    /// Like ListAppend for a set.
    SetAdd(u32),
    /// `[.., dict @n, .., k, v] -> [.., dict, ..]`
    MapAdd(u32),
    /// `[.., list @n, .., iterable] -> [.., list, ..]` extends the list.
    ListExtend(u32),
    /// Like ListExtend for a set.
    SetUpdate(u32),
    /// `[.., dict @n, .., mapping] -> [.., dict, ..]` (`{**m}`).
    DictUpdate(u32),
    /// Like DictUpdate but TypeError on duplicate keys (`f(**a, **b)`).
    DictMerge(u32),
    /// `[list] -> [tuple]`
    ListToTuple,
    /// `[seq] -> [xn .. x1]` (x1 on top); ValueError on wrong length.
    UnpackSequence(u32),
    /// Star unpacking: operand = before | (after << 8).
    /// `[seq] -> [after values.., list, before values..]` (first on top).
    UnpackEx(u32),

    // ---- control flow -------------------------------------------------------
    /// Forward jump. `[] -> []`
    Jump(u32),
    /// Backward jump; switch point. `[] -> []`
    JumpBackward(u32),
    /// Backward jump without a switch point (`yield from` loops).
    JumpBackwardNoInterrupt(u32),
    /// `[cond] -> []`, jump if falsy. A backward target is a switch point when taken.
    PopJumpIfFalse(u32),
    /// `[cond] -> []`, jump if truthy.
    PopJumpIfTrue(u32),
    /// `[x] -> []`, jump if `x is None`.
    PopJumpIfNone(u32),
    /// `[x] -> []`, jump if `x is not None`.
    PopJumpIfNotNone(u32),
    /// `and`: if falsy jump and keep it, else pop. `[x] -> [x]|[]`
    JumpIfFalseOrPop(u32),
    /// `or`: if truthy jump and keep it, else pop.
    JumpIfTrueOrPop(u32),
    /// `[iterable] -> [iterator]`
    GetIter,
    /// `[it] -> [it, next(it)]`, or on exhaustion pops `it` and jumps to target.
    ForIter(u32),

    // ---- calls and functions ---------------------------------------------
    /// The next `Call` takes its last `len(consts[const])` arguments as
    /// keywords named by that tuple of strings. `[] -> []`
    KwNames(u32),
    /// `[NULL, callable, a1..an] -> [result]` or
    /// `[callable, self, a1..an] -> [result]` (self becomes the first argument).
    Call(u32),
    /// `[NULL, callable, args_tuple] -> [result]`, plus a kwargs mapping on
    /// top when the operand's bit 0 is set.
    CallFunctionEx(u32),
    /// Operand flags: 0x01 defaults tuple, 0x02 kw-defaults dict, 0x08
    /// closure tuple. `[defaults?, kwdefaults?, closure?, code] -> [function]`
    MakeFunction(u32),
    /// `[value] -> (returns)`
    ReturnValue,
    /// Generator yield. `[value] -> (suspends; resumes with [sent])`
    YieldValue,
    /// `[iterable] -> [iterator]`, generators pass through unchanged.
    GetYieldFromIter,
    /// `yield from` step. `[iter, v] -> [iter, yielded]` and falls through
    /// to the `YieldValue`, or on StopIteration `[iter, v] -> [result]` and
    /// jumps to target.
    Send(u32),
    /// `[] -> [__build_class__]`
    LoadBuildClass,
    /// `[] -> [AssertionError]`
    LoadAssertionError,

    // ---- exceptions -----------------------------------------------------
    /// 0: re-raise the handled exception; 1: `raise exc`; 2: `raise exc from cause`.
    /// `[exc?, cause?] -> (raises)`
    RaiseVarargs(u32),
    /// `[exc] -> (raises exc without adding a traceback entry)`
    Reraise(u32),
    /// Entering a handler. `[exc] -> [previous_handled, exc]` and exc becomes
    /// the thread's handled exception.
    PushExcInfo,
    /// Leaving a handler. `[previous_handled] -> []` restores it.
    PopExcept,
    /// `[exc, type] -> [exc, bool]` (isinstance check; tuples allowed).
    CheckExcMatch,
    /// `[mgr] -> [mgr.__exit__, mgr.__enter__()]`
    BeforeWith,
    /// `[exit, prev, exc] -> [exit, prev, exc, exit(type, exc, tb)]`
    WithExceptStart,

    // ---- imports ---------------------------------------------------------
    /// `[level, fromlist] -> [module]` for `names[name]`.
    ImportName(u32),
    /// `[module] -> [module, module.name]`, ImportError if missing.
    ImportFrom(u32),
    /// `[module] -> []` binds every public name into the namespace.
    ImportStar,
}

/// What an instruction costs in simulated time, by kind. The machine's
/// cost table (`corelab_vm::cost`) gives each class nanoseconds; classes
/// group instructions whose CPython 3.11 running times are alike.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
#[repr(u8)]
pub enum CostClass {
    /// Stack shuffles, constant/local loads and stores, jumps.
    Trivial,
    /// Cell and free-variable access.
    Deref,
    /// Global, builtin and name lookups and stores.
    Global,
    /// Attribute and method lookups and stores.
    Attr,
    /// Arithmetic and bitwise operators.
    Binary,
    /// Unary operators and truth tests.
    Unary,
    /// Comparisons, `is`, `in`.
    Compare,
    /// Subscripts and slices.
    Subscr,
    /// Building tuples, lists, sets, dicts, strings, slices.
    Build,
    /// Unpacking sequences.
    Unpack,
    /// `GET_ITER` / `FOR_ITER`.
    Iter,
    /// A call (frame set-up for Python callees; builtins add their own work).
    Call,
    /// Function entry and returns.
    Return,
    /// Making functions and classes.
    Make,
    /// Raising and handling exceptions, `with` blocks.
    Except,
    /// Generators: yield, send.
    Yield,
    /// f-string formatting.
    Format,
    /// Imports.
    Import,
}

impl CostClass {
    /// Number of classes (the cost table's length).
    pub const COUNT: usize = CostClass::Import as usize + 1;

    /// Every class, in table order.
    pub const ALL: [CostClass; CostClass::COUNT] = [
        CostClass::Trivial,
        CostClass::Deref,
        CostClass::Global,
        CostClass::Attr,
        CostClass::Binary,
        CostClass::Unary,
        CostClass::Compare,
        CostClass::Subscr,
        CostClass::Build,
        CostClass::Unpack,
        CostClass::Iter,
        CostClass::Call,
        CostClass::Return,
        CostClass::Make,
        CostClass::Except,
        CostClass::Yield,
        CostClass::Format,
        CostClass::Import,
    ];

    /// The class's name in cost tables and docs.
    pub fn name(self) -> &'static str {
        match self {
            CostClass::Trivial => "trivial",
            CostClass::Deref => "deref",
            CostClass::Global => "global",
            CostClass::Attr => "attr",
            CostClass::Binary => "binary",
            CostClass::Unary => "unary",
            CostClass::Compare => "compare",
            CostClass::Subscr => "subscr",
            CostClass::Build => "build",
            CostClass::Unpack => "unpack",
            CostClass::Iter => "iter",
            CostClass::Call => "call",
            CostClass::Return => "return",
            CostClass::Make => "make",
            CostClass::Except => "except",
            CostClass::Yield => "yield",
            CostClass::Format => "format",
            CostClass::Import => "import",
        }
    }
}

impl Instr {
    /// Whether CPython 3.11 checks its eval breaker at this instruction (for
    /// conditional jumps: when taken backward; for calls: when the callee is
    /// not a Python function — decided at run time).
    pub fn is_switch_point(self, index: u32) -> bool {
        match self {
            Instr::Resume(k) => k < 2,
            Instr::JumpBackward(_) => true,
            Instr::PopJumpIfFalse(t)
            | Instr::PopJumpIfTrue(t)
            | Instr::PopJumpIfNone(t)
            | Instr::PopJumpIfNotNone(t) => t <= index,
            Instr::Call(_) | Instr::CallFunctionEx(_) => true,
            _ => false,
        }
    }

    /// The instruction's cost class.
    pub fn cost_class(self) -> CostClass {
        use CostClass as C;
        match self {
            Instr::Nop
            | Instr::LoadConst(_)
            | Instr::LoadFast(_)
            | Instr::StoreFast(_)
            | Instr::DeleteFast(_)
            | Instr::PushNull
            | Instr::PopTop
            | Instr::Copy(_)
            | Instr::Swap(_)
            | Instr::Jump(_)
            | Instr::JumpBackward(_)
            | Instr::JumpBackwardNoInterrupt(_)
            | Instr::PopJumpIfFalse(_)
            | Instr::PopJumpIfTrue(_)
            | Instr::PopJumpIfNone(_)
            | Instr::PopJumpIfNotNone(_)
            | Instr::JumpIfFalseOrPop(_)
            | Instr::JumpIfTrueOrPop(_)
            | Instr::KwNames(_) => C::Trivial,
            Instr::MakeCell(_)
            | Instr::CopyFreeVars(_)
            | Instr::LoadClosure(_)
            | Instr::LoadDeref(_)
            | Instr::LoadClassDeref(_)
            | Instr::StoreDeref(_)
            | Instr::DeleteDeref(_) => C::Deref,
            Instr::LoadGlobal(_)
            | Instr::StoreGlobal(_)
            | Instr::DeleteGlobal(_)
            | Instr::LoadName(_)
            | Instr::StoreName(_)
            | Instr::DeleteName(_) => C::Global,
            Instr::LoadAttr(_)
            | Instr::StoreAttr(_)
            | Instr::DeleteAttr(_)
            | Instr::LoadMethod(_) => C::Attr,
            Instr::BinaryOp(_) => C::Binary,
            Instr::UnaryNegative | Instr::UnaryPositive | Instr::UnaryNot | Instr::UnaryInvert => {
                C::Unary
            }
            Instr::CompareOp(_) | Instr::IsOp(_) | Instr::ContainsOp(_) => C::Compare,
            Instr::BinarySubscr | Instr::StoreSubscr | Instr::DeleteSubscr => C::Subscr,
            Instr::BuildTuple(_)
            | Instr::BuildList(_)
            | Instr::BuildSet(_)
            | Instr::BuildMap(_)
            | Instr::BuildConstKeyMap(_)
            | Instr::BuildSlice(_)
            | Instr::BuildString(_)
            | Instr::ListAppend(_)
            | Instr::SetAdd(_)
            | Instr::MapAdd(_)
            | Instr::ListExtend(_)
            | Instr::SetUpdate(_)
            | Instr::DictUpdate(_)
            | Instr::DictMerge(_)
            | Instr::ListToTuple => C::Build,
            Instr::UnpackSequence(_) | Instr::UnpackEx(_) => C::Unpack,
            Instr::GetIter | Instr::ForIter(_) => C::Iter,
            Instr::Call(_) | Instr::CallFunctionEx(_) => C::Call,
            Instr::Resume(_) | Instr::ReturnValue => C::Return,
            Instr::MakeFunction(_) | Instr::LoadBuildClass => C::Make,
            Instr::YieldValue | Instr::GetYieldFromIter | Instr::Send(_) => C::Yield,
            Instr::FormatValue(_) => C::Format,
            Instr::ImportName(_) | Instr::ImportFrom(_) | Instr::ImportStar => C::Import,
            _ => C::Except,
        }
    }

    /// The jump target, for instructions that have one.
    pub fn jump_target(self) -> Option<u32> {
        match self {
            Instr::Jump(t)
            | Instr::JumpBackward(t)
            | Instr::JumpBackwardNoInterrupt(t)
            | Instr::PopJumpIfFalse(t)
            | Instr::PopJumpIfTrue(t)
            | Instr::PopJumpIfNone(t)
            | Instr::PopJumpIfNotNone(t)
            | Instr::JumpIfFalseOrPop(t)
            | Instr::JumpIfTrueOrPop(t)
            | Instr::ForIter(t)
            | Instr::Send(t) => Some(t),
            _ => None,
        }
    }
}

/// Binary operators, in CPython 3.11's `BINARY_OP` numbering (`NB_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum BinOp {
    Add = 0,
    And = 1,
    FloorDivide = 2,
    Lshift = 3,
    MatrixMultiply = 4,
    Multiply = 5,
    Remainder = 6,
    Or = 7,
    Power = 8,
    Rshift = 9,
    Subtract = 10,
    TrueDivide = 11,
    Xor = 12,
    InplaceAdd = 13,
    InplaceAnd = 14,
    InplaceFloorDivide = 15,
    InplaceLshift = 16,
    InplaceMatrixMultiply = 17,
    InplaceMultiply = 18,
    InplaceRemainder = 19,
    InplaceOr = 20,
    InplacePower = 21,
    InplaceRshift = 22,
    InplaceSubtract = 23,
    InplaceTrueDivide = 24,
    InplaceXor = 25,
}

impl BinOp {
    pub const ALL: [BinOp; 26] = [
        BinOp::Add,
        BinOp::And,
        BinOp::FloorDivide,
        BinOp::Lshift,
        BinOp::MatrixMultiply,
        BinOp::Multiply,
        BinOp::Remainder,
        BinOp::Or,
        BinOp::Power,
        BinOp::Rshift,
        BinOp::Subtract,
        BinOp::TrueDivide,
        BinOp::Xor,
        BinOp::InplaceAdd,
        BinOp::InplaceAnd,
        BinOp::InplaceFloorDivide,
        BinOp::InplaceLshift,
        BinOp::InplaceMatrixMultiply,
        BinOp::InplaceMultiply,
        BinOp::InplaceRemainder,
        BinOp::InplaceOr,
        BinOp::InplacePower,
        BinOp::InplaceRshift,
        BinOp::InplaceSubtract,
        BinOp::InplaceTrueDivide,
        BinOp::InplaceXor,
    ];

    pub fn from_u32(v: u32) -> BinOp {
        Self::ALL[v as usize]
    }

    pub fn is_inplace(self) -> bool {
        self as u32 >= 13
    }

    /// The non-inplace operator of an in-place one (`+=` -> `+`).
    pub fn base(self) -> BinOp {
        if self.is_inplace() {
            Self::ALL[self as usize - 13]
        } else {
            self
        }
    }

    /// The source symbol (`+`, `+=`, ...), as CPython's `dis` shows it.
    pub fn symbol(self) -> &'static str {
        const SYMS: [&str; 13] = [
            "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
        ];
        const ISYMS: [&str; 13] = [
            "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
        ];
        let i = self as usize;
        if i < 13 {
            SYMS[i]
        } else {
            ISYMS[i - 13]
        }
    }
}

/// Rich comparison operators, in CPython's `Py_LT..Py_GE` numbering.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum CmpOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CmpOp {
    pub fn from_u32(v: u32) -> CmpOp {
        [
            CmpOp::Lt,
            CmpOp::Le,
            CmpOp::Eq,
            CmpOp::Ne,
            CmpOp::Gt,
            CmpOp::Ge,
        ][v as usize]
    }

    pub fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">="][self as usize]
    }

    /// The operator with operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instructions_are_eight_bytes() {
        assert_eq!(std::mem::size_of::<Instr>(), 8);
    }

    #[test]
    fn binop_numbering_round_trips() {
        for op in BinOp::ALL {
            assert_eq!(BinOp::from_u32(op as u32), op);
        }
        assert_eq!(BinOp::InplaceAdd.base(), BinOp::Add);
        assert_eq!(BinOp::InplaceXor.symbol(), "^=");
    }
}
