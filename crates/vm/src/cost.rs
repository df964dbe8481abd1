//! The simulated-time cost table: what each bytecode instruction and each
//! unit of builtin work costs, in picoseconds (so that a 10 % overhead on a
//! 2 ns instruction is exact). The interpreter charges these to the running
//! thread's clock (`Vm::clock_ps`); the machine turns
//! clocks into a timeline. This is the only place where costs live, so a
//! calibration run can replace the whole table.
//!
//! Provenance of the defaults: fitted by hand to the micro-benchmarks of
//! `scripts/calibrate-costs` (best-of-3 times of CPython 3.11.7 on this
//! project's reference machine, a 2-vCPU AMD EPYC VM), which prints
//! simulated vs real ns per iteration; docs/MACHINE.md has the latest
//! comparison. They aim at the right order of magnitude per instruction
//! kind (1.5-8 ns for common instructions), so that simulated times of
//! loops, calls and builtins land within tens of percent of CPython 3.11,
//! not at cycle accuracy.

use corelab_compile::CostClass;

/// Picoseconds per instruction class and per unit of builtin work.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CostTable {
    /// Per instruction, by [`CostClass`] (index `class as usize`).
    pub instr: [u32; CostClass::COUNT],
    /// Extra cost of calling a builtin (argument parsing, the C call).
    pub builtin_call: u32,
    /// Per element a builtin touches (sum, sorted, join, list(), `in` on a
    /// list...), on top of `builtin_call`.
    pub per_item: u32,
    /// Processes and what crosses between them, in nanoseconds (from
    /// ../shared/reference/gil-mechanics.md §5, measured on the reference
    /// machine): starting a process by fork (parent's share, child's
    /// start-up) and by spawn (a fresh interpreter), pickling (per value
    /// node and per byte, each way), and a pipe transfer (per message and
    /// per kilobyte).
    pub fork_parent_ns: u64,
    pub fork_child_ns: u64,
    pub spawn_ns: u64,
    pub pickle_node_ns: u64,
    pub pickle_kb_ns: u64,
    pub pipe_message_ns: u64,
    pub pipe_kb_ns: u64,
}

impl Default for CostTable {
    fn default() -> Self {
        let mut instr = [0; CostClass::COUNT];
        for c in CostClass::ALL {
            instr[c as usize] = match c {
                CostClass::Trivial => 1_500,
                CostClass::Deref => 3_000,
                CostClass::Global => 7_000,
                CostClass::Attr => 3_000,
                CostClass::Binary => 3_000,
                CostClass::Unary => 3_000,
                CostClass::Compare => 3_000,
                CostClass::Subscr => 2_000,
                CostClass::Build => 8_000,
                CostClass::Unpack => 6_000,
                CostClass::Iter => 6_000,
                CostClass::Call => 5_000,
                CostClass::Return => 2_000,
                CostClass::Make => 40_000,
                CostClass::Except => 20_000,
                CostClass::Yield => 10_000,
                CostClass::Format => 30_000,
                CostClass::Import => 200_000,
            };
        }
        CostTable {
            instr,
            builtin_call: 5_000,
            per_item: 8_000,
            fork_parent_ns: 300_000,
            fork_child_ns: 1_300_000,
            spawn_ns: 42_000_000,
            pickle_node_ns: 15,
            pickle_kb_ns: 250,
            pipe_message_ns: 6_000,
            pipe_kb_ns: 800,
        }
    }
}

impl CostTable {
    /// Cost of one instruction of class `c`.
    pub fn of(&self, c: CostClass) -> u32 {
        self.instr[c as usize]
    }

    /// Scales every cost by `(100 + pct) / 100` (free-threading overhead).
    pub fn with_overhead_pct(&self, pct: u32) -> CostTable {
        let scale = |c: u32| (c as u64 * (100 + pct as u64) / 100) as u32;
        CostTable {
            instr: self.instr.map(scale),
            builtin_call: scale(self.builtin_call),
            per_item: scale(self.per_item),
            ..self.clone()
        }
    }

    /// Every instruction class with its cost (for reports and docs).
    pub fn rows(&self) -> Vec<(&'static str, u32)> {
        CostClass::ALL
            .iter()
            .map(|&c| (c.name(), self.of(c)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_class_has_a_nonzero_default() {
        let t = CostTable::default();
        for (name, ns) in t.rows() {
            assert!(ns > 0, "{name} costs nothing");
        }
        assert_eq!(t.rows().len(), CostClass::COUNT);
    }

    #[test]
    fn overhead_scales_exactly() {
        let t = CostTable::default();
        let u = t.with_overhead_pct(10);
        assert_eq!(u.of(CostClass::Trivial), t.of(CostClass::Trivial) * 11 / 10);
        assert_eq!(u.per_item, t.per_item * 11 / 10);
    }
}
