//! `--gil legacy`: the GIL of CPython <= 3.1 (2.7 measured here;
//! ../shared/reference/gil-mechanics.md §2).
//!
//! The holder releases and immediately re-acquires the lock every
//! `check_interval` instructions ("ticks"). There is no timer and no drop
//! request. A release signals a sleeping waiter; the waiter, woken on
//! another core tens of µs later, almost always finds the lock taken again
//! and goes back to sleep — a futile wake-up. While such a woken waiter is
//! contending from another core, each release/re-acquire costs the holder
//! `legacy_contention_ns` (cache-line and futex traffic), which is what
//! makes CPU-bound threads slower than sequential code on several cores;
//! on one core the waiter cannot run meanwhile, so that cost is absent.
//! The contending waiter wins a release with probability
//! `legacy_steal_pct` percent (the race Beazley describes), so threads do
//! alternate, irregularly.
//!
//! Calibration: docs/MACHINE.md compares `--gil legacy` with CPython 2.7.18
//! measured on this project's reference machine.

use super::{Check, Cx, Effect, Gil, Tid};
use crate::config::Config;

pub struct Legacy {
    holder: Option<Tid>,
    last_holder: Option<Tid>,
    switches: u64,
    /// Threads asleep waiting for the lock.
    sleeping: Vec<Tid>,
    /// When each sleeper went to sleep (parallel to `sleeping`).
    since: Vec<u64>,
    /// A woken waiter contending from another core until the given time.
    contending: Option<(Tid, u64)>,
    contention_ns: u64,
    signal_ns: u64,
    granularity_ns: u64,
    spin_ns: u64,
    steal_pct: u32,
}

impl Legacy {
    pub fn new(cfg: &Config) -> Legacy {
        Legacy {
            holder: None,
            last_holder: None,
            switches: 0,
            sleeping: Vec::new(),
            since: Vec::new(),
            contending: None,
            contention_ns: cfg.legacy_contention_ns,
            signal_ns: cfg.legacy_signal_ns,
            granularity_ns: cfg.wakeup_granularity_ns,
            spin_ns: cfg.legacy_spin_ns,
            steal_pct: cfg.legacy_steal_pct,
        }
    }

    fn take(&mut self, tid: Tid) {
        self.holder = Some(tid);
        if self.last_holder != Some(tid) {
            if self.last_holder.is_some() {
                self.switches += 1;
            }
            self.last_holder = Some(tid);
        }
    }

    /// Signals one sleeping waiter, if any.
    fn signal(&mut self, cx: &mut Cx) {
        if self.sleeping.is_empty() {
            return;
        }
        let i = cx.rng.below(self.sleeping.len());
        let w = self.sleeping.remove(i);
        self.since.remove(i);
        cx.effects.push(Effect::Wake(w));
    }

    fn unsleep(&mut self, tid: Tid) {
        if let Some(i) = self.sleeping.iter().position(|&t| t == tid) {
            self.sleeping.remove(i);
            self.since.remove(i);
        }
    }
}

impl Gil for Legacy {
    fn request(&mut self, cx: &mut Cx, tid: Tid) -> bool {
        if self.holder == Some(tid) {
            return true;
        }
        if self.holder.is_none() {
            if matches!(self.contending, Some((t, _)) if t == tid) {
                self.contending = None;
            }
            self.take(tid);
            return true;
        }
        // Woken but the lock is taken again: keep trying from this core for
        // a while (when a core is free for it), then sleep.
        if cx.idle_core || self.contending.is_some_and(|(t, _)| t == tid) {
            self.contending = Some((tid, cx.now + self.spin_ns));
        }
        self.unsleep(tid);
        self.sleeping.push(tid);
        self.since.push(cx.now);
        false
    }

    fn release(&mut self, cx: &mut Cx, tid: Tid, _forced: bool) -> bool {
        if self.holder != Some(tid) {
            return false;
        }
        self.holder = None;
        self.signal(cx);
        false
    }

    fn on_timer(&mut self, _cx: &mut Cx, _tid: Tid, _token: u64) {}

    fn check(&mut self, cx: &mut Cx, tid: Tid) -> Check {
        if self.holder != Some(tid) || (self.sleeping.is_empty() && self.contending.is_none()) {
            return Check::Continue;
        }
        if let Some((w, until)) = self.contending {
            if cx.now > until {
                self.contending = None;
            } else if cx.rng.chance(self.steal_pct) {
                // The contending waiter wins this release.
                self.contending = None;
                self.unsleep(w);
                self.take(w);
                cx.effects.push(Effect::WakeNow(w));
                return Check::Drop;
            } else {
                return Check::Churn(self.contention_ns);
            }
        }
        // One core: the signalled sleeper can only run by preempting the
        // holder right after its release (Linux wake-up preemption), which
        // happens once it has waited longer than the wake-up granularity.
        if !cx.idle_core {
            if let Some(i) =
                (0..self.sleeping.len()).find(|&i| cx.now >= self.since[i] + self.granularity_ns)
            {
                let w = self.sleeping[i];
                self.unsleep(w);
                self.take(w);
                cx.effects.push(Effect::WakeNow(w));
                return Check::Drop;
            }
        }
        // Release, signal a sleeper (it wakes elsewhere, later), re-acquire.
        if cx.idle_core && !self.sleeping.is_empty() {
            let i = cx.rng.below(self.sleeping.len());
            let w = self.sleeping[i];
            self.contending = Some((w, u64::MAX));
            cx.effects.push(Effect::Wake(w));
        }
        Check::Churn(self.signal_ns)
    }

    fn forget(&mut self, tid: Tid) {
        self.unsleep(tid);
        if matches!(self.contending, Some((t, _)) if t == tid) {
            self.contending = None;
        }
    }

    fn holder(&self) -> Option<Tid> {
        self.holder
    }

    fn switches(&self) -> u64 {
        self.switches
    }
}
