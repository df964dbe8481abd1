//! The interpreter-lock models, one per file behind one trait. A model
//! owns only the lock's own state (holder, waiters, drop request); the
//! machine owns threads, cores and time and carries out the model's
//! effects (wake a thread, arm a timer). See docs/MACHINE.md "GIL models".

mod legacy;
mod modern;
mod none;

pub use legacy::Legacy;
pub use modern::Modern;
pub use none::NoGil;

use crate::config::{Config, GilKind};
use crate::rng::Rng;

/// A thread's index in the machine.
pub type Tid = usize;

/// Something the machine must do for the model.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Make a blocked thread runnable: it asks for the GIL again when it
    /// gets a core.
    Wake(Tid),
    /// Make a thread that is already awake on another core runnable at
    /// once (no wake-up latency).
    WakeNow(Tid),
    /// Call `on_timer(tid, token)` at simulated time `at`.
    Timer { tid: Tid, at: u64, token: u64 },
}

/// What the model can see and do when the machine calls it.
pub struct Cx<'a> {
    pub now: u64,
    /// The process's switch interval (`sys.setswitchinterval`), >= 1 µs.
    pub interval_ns: u64,
    pub rng: &'a mut Rng,
    /// Some core is idle (a woken thread would run at once, elsewhere).
    pub idle_core: bool,
    pub effects: Vec<Effect>,
}

/// What a holder does at an eval-breaker check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Check {
    /// Keep running.
    Continue,
    /// Keep running, but pay `ns` for a release and re-acquire.
    Churn(u64),
    /// Drop the GIL because another thread asked for it (forced switch).
    Drop,
}

/// One process's interpreter lock.
pub trait Gil {
    /// Thread `tid` (on a core) wants the GIL: true if it has it now; false
    /// if it must block until woken.
    fn request(&mut self, cx: &mut Cx, tid: Tid) -> bool;
    /// The holder releases the GIL (`forced`: because of a drop request).
    /// True if the releaser must now wait until another thread has taken it
    /// (CPython's FORCE_SWITCHING); it is woken with `Effect::Wake`.
    fn release(&mut self, cx: &mut Cx, tid: Tid, forced: bool) -> bool;
    /// A timer armed through `Effect::Timer` fired.
    fn on_timer(&mut self, cx: &mut Cx, tid: Tid, token: u64);
    /// The holder reached a check: a switch point (modern) or the end of
    /// its check interval (legacy).
    fn check(&mut self, cx: &mut Cx, tid: Tid) -> Check;
    /// Thread `tid` stopped waiting without the GIL (it finished or gave up).
    fn forget(&mut self, tid: Tid);
    /// The holder `tid` must stop at its very next check (a drop request
    /// is pending).
    fn wants_check(&self, _tid: Tid) -> bool {
        false
    }
    fn holder(&self) -> Option<Tid>;
    /// Hand-overs to a different thread so far.
    fn switches(&self) -> u64;
    /// Whether there is a lock at all.
    fn enabled(&self) -> bool {
        true
    }
}

/// The model `cfg` asks for.
pub fn new_gil(cfg: &Config) -> Box<dyn Gil> {
    match cfg.gil {
        GilKind::Modern => Box::new(Modern::default()),
        GilKind::Legacy => Box::new(Legacy::new(cfg)),
        GilKind::None => Box::new(NoGil),
    }
}
