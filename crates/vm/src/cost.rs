//! The simulated-time cost table: what each bytecode instruction and each
//! unit of builtin work costs, in nanoseconds. The interpreter charges
//! these to the running thread's clock (`Vm::clock_ns`); the machine turns
//! clocks into a timeline. This is the only place where costs live, so a
//! calibration run can replace the whole table.
//!
//! Provenance of the defaults: medians of micro-benchmarks timed with
//! CPython 3.11.7 on this project's reference machine (2-vCPU x86-64 VM,
//! AMD EPYC), recorded by `scripts/calibrate-costs` and listed with their
//! derivation in docs/MACHINE.md ("Cost table"). They aim at the right
//! order of magnitude per instruction kind (2-15 ns for common
//! instructions), so that simulated times of loops, calls and builtins land
//! within tens of percent of CPython 3.11, not at cycle accuracy.

use corelab_compile::CostClass;

/// Nanoseconds per instruction class and per unit of builtin work.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CostTable {
    /// Per instruction, by [`CostClass`] (index `class as usize`).
    pub instr: [u32; CostClass::COUNT],
    /// Extra cost of calling a builtin (argument parsing, the C call).
    pub builtin_call: u32,
    /// Per element a builtin touches (sum, sorted, join, list(), `in` on a
    /// list...), on top of `builtin_call`.
    pub per_item: u32,
}

impl Default for CostTable {
    fn default() -> Self {
        let mut instr = [0; CostClass::COUNT];
        for c in CostClass::ALL {
            instr[c as usize] = match c {
                CostClass::Trivial => 2,
                CostClass::Deref => 3,
                CostClass::Global => 5,
                CostClass::Attr => 8,
                CostClass::Binary => 3,
                CostClass::Unary => 3,
                CostClass::Compare => 3,
                CostClass::Subscr => 6,
                CostClass::Build => 15,
                CostClass::Unpack => 8,
                CostClass::Iter => 4,
                CostClass::Call => 14,
                CostClass::Return => 4,
                CostClass::Make => 40,
                CostClass::Except => 20,
                CostClass::Yield => 10,
                CostClass::Format => 30,
                CostClass::Import => 200,
            };
        }
        CostTable {
            instr,
            builtin_call: 20,
            per_item: 8,
        }
    }
}

impl CostTable {
    /// Cost of one instruction of class `c`.
    pub fn of(&self, c: CostClass) -> u32 {
        self.instr[c as usize]
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
}
