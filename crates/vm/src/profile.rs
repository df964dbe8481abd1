//! Where a process's simulated CPU time went, by line of the program's own
//! file (for the HTML report's source view).
//!
//! Counting every instruction would slow the interpreter's hot loop, so
//! `step` samples instead: whenever the thread's clock passes the next
//! sample time (1-3 µs of simulated time apart, jittered by a fixed-seed
//! generator so that loops whose period matches the sampling period do not
//! alias), the time since the previous sample is charged to the line the
//! thread is at. The line is that of the innermost frame running the
//! program's file, so time spent in library code (`queue.get`, a builtin)
//! counts for the program line that called it. At the end of each `step`
//! the remainder is charged too, so per-line times add up exactly to the
//! CPU time of the steps.

use crate::thread::{Frame, Thread};
use corelab_base::SourceFile;
use corelab_compile::CodeObject;
use std::rc::Rc;

/// Mean distance between two samples, in picoseconds (2 µs).
const MEAN_PERIOD_PS: u64 = 2_000_000;

/// Per-line CPU time of one process.
#[derive(Clone, Debug)]
pub struct LineProfile {
    /// Sampling is on (`corelab run --report`). Off, `step` runs a copy of
    /// the interpreter loop without the per-instruction sample check
    /// (measured: the check cost countdown 14%).
    pub enabled: bool,
    /// Picoseconds of simulated CPU time by line number (index 0: time
    /// spent outside the program's file, e.g. in a module's import).
    pub cpu_ps: Vec<u64>,
    /// Clock (ps) up to which time has been charged.
    mark_ps: u64,
    /// `step` samples once the clock reaches this (ps).
    pub next_ps: u64,
    rng: u64,
}

impl Default for LineProfile {
    fn default() -> LineProfile {
        LineProfile {
            enabled: false,
            cpu_ps: Vec::new(),
            mark_ps: 0,
            next_ps: u64::MAX,
            rng: 0x9E37_79B9_7F4A_7C15,
        }
    }
}

impl LineProfile {
    /// A step starts with the thread's clock at `clock_ps`.
    pub fn start(&mut self, clock_ps: u64) {
        self.mark_ps = clock_ps;
        self.next_ps = clock_ps.saturating_add(self.period());
    }

    /// Charges the time since the last mark to `line` and sets the next
    /// sample time.
    pub fn sample(&mut self, line: u32, clock_ps: u64) {
        self.charge(line, clock_ps);
        self.next_ps = clock_ps.saturating_add(self.period());
    }

    /// Charges the time since the last mark to `line` (end of a step).
    pub fn charge(&mut self, line: u32, clock_ps: u64) {
        let ps = clock_ps.saturating_sub(self.mark_ps);
        self.mark_ps = clock_ps.max(self.mark_ps);
        if ps == 0 {
            return;
        }
        let i = line as usize;
        if self.cpu_ps.len() <= i {
            self.cpu_ps.resize(i + 1, 0);
        }
        self.cpu_ps[i] += ps;
    }

    /// The next sampling period: uniform in [1, 3) µs (xorshift64).
    fn period(&mut self) -> u64 {
        let mut x = self.rng;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.rng = x;
        MEAN_PERIOD_PS / 2 + x % MEAN_PERIOD_PS
    }
}

/// Whether `code` belongs to the program's own file.
pub fn is_main_file(code: &CodeObject, main: &Rc<SourceFile>) -> bool {
    Rc::ptr_eq(&code.source, main) || code.source.name == main.name
}

/// The line of the innermost frame of `th` that runs the program's file
/// (`main`), or 0 when none does. `top_ip`, when given, is the index of the
/// instruction the top frame is executing (its saved `ip` may be stale
/// inside `step`). A frame below the top has called something: its saved
/// `ip` is just past the call.
pub fn user_line(th: &Thread, main: &Rc<SourceFile>, top_ip: Option<u32>) -> u32 {
    let mut top = true;
    for f in th.frames.iter().rev() {
        let Frame::Py(p) = f else { continue };
        let code = &p.code.code;
        let at = match (top, top_ip) {
            (true, Some(ip)) => ip,
            (true, None) => p.ip,
            (false, _) => p.ip.saturating_sub(1),
        };
        top = false;
        if is_main_file(code, main) {
            return code.line_of(at);
        }
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn charges_add_up_and_periods_stay_in_range() {
        let mut p = LineProfile::default();
        p.start(1_000);
        for _ in 0..1000 {
            let d = p.period();
            assert!((1_000_000..3_000_000).contains(&d));
        }
        p.sample(3, 5_000);
        p.charge(0, 7_000);
        p.charge(3, 7_000);
        assert_eq!(p.cpu_ps, vec![2_000, 0, 0, 4_000]);
    }
}
