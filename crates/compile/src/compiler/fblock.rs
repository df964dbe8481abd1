//! The frame-block stack (CPython's `fblockinfo`): what `break`,
//! `continue` and `return` must undo on their way out — pop a `for`
//! iterator, run a `finally` body inline, call `__exit__`, leave an
//! `except` handler — and the exception handlers each block installs.

use super::unit::{Handler, Label};
use super::Compiler;
use crate::code::Const;
use crate::error::CResult;
use crate::opcode::Instr;
use corelab_base::Span;
use ruff_python_ast::Stmt;

#[derive(Clone, Debug)]
pub enum FBlock<'a> {
    WhileLoop {
        top: Label,
        end: Label,
    },
    /// The iterator is on the stack.
    ForLoop {
        top: Label,
        end: Label,
    },
    /// Body of `try` with `except` clauses.
    TryExcept,
    /// Body of `try` with a `finally` clause (run inline when leaving).
    FinallyTry {
        body: &'a [Stmt],
    },
    /// The exceptional copy of a `finally` body: `[prev_exc, exc]` on the stack.
    FinallyEnd,
    /// Body of `with`: `__exit__` on the stack.
    With {
        span: Span,
    },
    /// Body of an `except` clause: `[prev_exc]` on the stack; the name of
    /// `except E as name` is cleared when leaving.
    HandlerCleanup {
        name: Option<String>,
    },
    /// A value (the return value) sits on the stack above the blocks below.
    PopValue,
}

impl FBlock<'_> {
    /// How many exception handlers the block has pushed.
    fn handlers(&self) -> usize {
        match self {
            FBlock::TryExcept
            | FBlock::FinallyTry { .. }
            | FBlock::FinallyEnd
            | FBlock::With { .. } => 1,
            FBlock::HandlerCleanup { name } => 1 + name.is_some() as usize,
            _ => 0,
        }
    }

    /// How many stack items the block keeps below the statement level.
    fn depth(&self) -> u32 {
        match self {
            FBlock::ForLoop { .. }
            | FBlock::With { .. }
            | FBlock::HandlerCleanup { .. }
            | FBlock::PopValue => 1,
            FBlock::FinallyEnd => 2,
            _ => 0,
        }
    }
}

/// The loop's (top, end) labels (None outside loops) and the blocks popped.
pub type LoopExit<'a> = (Option<(Label, Label)>, Vec<Saved<'a>>);

/// A block popped while unwinding, to be pushed back afterwards.
pub struct Saved<'a> {
    block: FBlock<'a>,
    handlers: Vec<Handler>,
}

impl<'a> Compiler<'a> {
    /// Pushes a frame block (its handlers must already be pushed).
    pub(super) fn push_fblock(&mut self, b: FBlock<'a>) {
        self.unit().depth += b.depth();
        self.unit().fblocks.push(b);
    }

    pub(super) fn pop_fblock(&mut self) {
        if let Some(b) = self.unit().fblocks.pop() {
            self.unit().depth -= b.depth();
        }
    }

    fn take_top_block(&mut self) -> Option<Saved<'a>> {
        let u = self.unit();
        let block = u.fblocks.pop()?;
        u.depth -= block.depth();
        let keep = u.handlers.len().saturating_sub(block.handlers());
        let handlers = u.handlers.split_off(keep);
        Some(Saved { block, handlers })
    }

    /// Pushes back blocks popped by an unwind.
    pub(super) fn restore_blocks(&mut self, saved: Vec<Saved<'a>>) {
        for s in saved.into_iter().rev() {
            let u = self.unit();
            u.handlers.extend(s.handlers);
            u.depth += s.block.depth();
            u.fblocks.push(s.block);
        }
    }

    /// Unwinds up to the innermost loop (`break` also unwinds the loop
    /// itself). Returns the loop's (top, end) labels, or None outside loops.
    pub(super) fn unwind_to_loop(&mut self, is_break: bool) -> CResult<LoopExit<'a>> {
        let mut saved = Vec::new();
        while let Some(s) = self.take_top_block() {
            let labels = match &s.block {
                FBlock::WhileLoop { top, end } | FBlock::ForLoop { top, end } => Some((*top, *end)),
                _ => None,
            };
            if let Some(labels) = labels {
                if is_break {
                    self.unwind_block(&s.block, false)?;
                    saved.push(s);
                } else {
                    self.restore_blocks(vec![s]);
                }
                return Ok((Some(labels), saved));
            }
            self.unwind_block(&s.block, false)?;
            saved.push(s);
        }
        self.restore_blocks(saved);
        Ok((None, Vec::new()))
    }

    /// Unwinds every block (for `return`); `preserve` keeps the value on top.
    pub(super) fn unwind_all(&mut self, preserve: bool) -> CResult<Vec<Saved<'a>>> {
        let mut saved = Vec::new();
        while let Some(s) = self.take_top_block() {
            self.unwind_block(&s.block, preserve)?;
            saved.push(s);
        }
        Ok(saved)
    }

    fn swap_if(&mut self, preserve: bool) {
        if preserve {
            self.emit(Instr::Swap(2));
        }
    }

    fn unwind_block(&mut self, b: &FBlock<'a>, preserve: bool) -> CResult<()> {
        match b {
            FBlock::WhileLoop { .. } | FBlock::TryExcept => {}
            FBlock::ForLoop { .. } | FBlock::PopValue => {
                self.swap_if(preserve);
                self.emit(Instr::PopTop);
            }
            FBlock::FinallyTry { body } => {
                if preserve {
                    self.push_fblock(FBlock::PopValue);
                }
                self.compile_stmts(body)?;
                if preserve {
                    self.pop_fblock();
                }
            }
            FBlock::FinallyEnd => {
                self.swap_if(preserve);
                self.emit(Instr::PopTop);
                self.swap_if(preserve);
                self.emit(Instr::PopExcept);
            }
            FBlock::With { span } => {
                let saved = std::mem::replace(&mut self.span, *span);
                self.swap_if(preserve);
                self.call_exit_with_nones();
                self.emit(Instr::PopTop);
                self.span = saved;
            }
            FBlock::HandlerCleanup { name } => {
                self.swap_if(preserve);
                self.emit(Instr::PopExcept);
                if let Some(n) = name {
                    self.clear_exception_name(n);
                }
            }
        }
        Ok(())
    }

    /// `__exit__(None, None, None)` with `[exit]` on the stack.
    pub(super) fn call_exit_with_nones(&mut self) {
        for _ in 0..3 {
            self.load_const(Const::None);
        }
        self.emit(Instr::Call(2));
    }

    /// `name = None; del name` after `except E as name`.
    pub(super) fn clear_exception_name(&mut self, name: &str) {
        self.load_const(Const::None);
        self.store_name(name);
        self.delete_name(name);
    }
}
