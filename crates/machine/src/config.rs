//! How the simulated computer is built: cores, GIL model, switch points,
//! scheduler constants and the seed. Every constant has its source in
//! docs/MACHINE.md; `Config::default()` is CPython 3.11 on a 4-core Linux box.

use corelab_vm::cost::CostTable;

/// Which interpreter lock the processes have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GilKind {
    /// CPython 3.2+ (as in 3.11): timed waits, drop requests, forced switching.
    Modern,
    /// CPython <= 3.1: release and re-acquire every `check_interval` ticks.
    Legacy,
    /// Free-threaded CPython (3.13t/3.14t): no GIL.
    None,
}

impl GilKind {
    pub fn name(self) -> &'static str {
        match self {
            GilKind::Modern => "modern",
            GilKind::Legacy => "legacy",
            GilKind::None => "none",
        }
    }
}

/// Where a thread may lose the GIL.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SwitchPoints {
    /// CPython 3.10+: function entry, backward jumps, return from builtins.
    Py311,
    /// CPython <= 3.9: after any instruction.
    Any,
}

/// The machine's configuration.
#[derive(Clone, Debug)]
pub struct Config {
    /// Record per-line CPU time (`corelab run --report`; costs some speed).
    pub line_profile: bool,
    pub cores: usize,
    pub gil: GilKind,
    pub switch_points: SwitchPoints,
    /// Seed of every arbitrary choice (which waiter a release wakes...).
    pub seed: u64,
    pub costs: CostTable,
    /// From "made runnable" to "running" on an idle core (Linux wake-up
    /// latency across cores: tens of µs).
    pub wake_latency_ns: u64,
    /// A context switch on a core.
    pub context_switch_ns: u64,
    /// CFS-like time slice when more threads are runnable than cores.
    pub timeslice_ns: u64,
    /// How long a woken thread must have waited before it preempts the
    /// running one on a busy core (CFS wake-up granularity, 1 ms).
    pub wakeup_granularity_ns: u64,
    /// Linux timer slack: a sleep ends this much late (default 50 µs).
    pub timer_slack_ns: u64,
    /// Cost of creating and starting an OS thread, paid by the starter.
    pub thread_start_ns: u64,
    /// `--gil none`: extra single-thread cost of free-threading, in percent.
    pub free_threading_overhead_pct: u32,
    /// `--gil legacy`: instructions between GIL checks (`sys.setcheckinterval`).
    pub legacy_check_interval: u64,
    /// `--gil legacy`: what one release+re-acquire costs the holder while a
    /// woken waiter contends for the lock from another core.
    pub legacy_contention_ns: u64,
    /// `--gil legacy`: what a release that signals a sleeping waiter costs.
    pub legacy_signal_ns: u64,
    /// `--gil legacy`: how long a woken waiter keeps trying before it goes
    /// back to sleep, and its chance to win each release meanwhile (%).
    pub legacy_spin_ns: u64,
    pub legacy_steal_pct: u32,
    /// `--gil none`: threads are interleaved in slices of this much
    /// simulated time (smaller: finer interleaving, slower simulation).
    pub parallel_quantum_ns: u64,
    /// Random drift (0..=this many ns, seeded) added to a thread each time
    /// it runs alongside threads on other cores.
    pub parallel_jitter_ns: u64,
    /// Limits: simulated time and thread count.
    pub max_sim_ns: u64,
    pub max_threads: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            line_profile: false,
            cores: 4,
            gil: GilKind::Modern,
            switch_points: SwitchPoints::Py311,
            seed: 0,
            costs: CostTable::default(),
            wake_latency_ns: 30_000,
            context_switch_ns: 3_000,
            timeslice_ns: 3_000_000,
            wakeup_granularity_ns: 1_000_000,
            timer_slack_ns: 50_000,
            thread_start_ns: 20_000,
            free_threading_overhead_pct: 10,
            legacy_check_interval: 100,
            legacy_contention_ns: 150,
            legacy_signal_ns: 15,
            legacy_spin_ns: 10_000,
            legacy_steal_pct: 1,
            parallel_quantum_ns: 2_000,
            parallel_jitter_ns: 50,
            max_sim_ns: 3_600 * 1_000_000_000,
            max_threads: 10_000,
        }
    }
}
