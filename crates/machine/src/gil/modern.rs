//! `--gil modern`: CPython 3.2+'s GIL as in 3.11 (`Python/ceval_gil.c`;
//! ../shared/reference/gil-mechanics.md §1).
//!
//! * A thread that finds the GIL taken waits on a condition variable for
//!   one switch interval. If the wait times out and nobody took the GIL
//!   meanwhile (`switch_number` unchanged), it sets the drop request and
//!   waits another full interval; every wait is a fresh interval.
//! * The holder notices the request at its next eval-breaker check and
//!   drops the GIL. Because a request was pending, it then waits until some
//!   other thread has taken the GIL (FORCE_SWITCHING) before it may ask
//!   for it again.
//! * A release signals one waiter (chosen with the seeded RNG: the OS
//!   decides in reality); the woken thread retries when it gets a core, so
//!   a thread that is already running can take the GIL first.
//! * Taking the GIL clears the drop request; a hand-over to a different
//!   thread than the last holder counts as a switch.
//!
//! Decision: the hand-over wait applies to forced drops only; CPython also
//! applies it to a voluntary release (before I/O) while a request is
//! pending, which delays the start of that I/O by one wake-up and is not
//! modelled.

use super::{Check, Cx, Effect, Gil, Tid};

/// A thread blocked in `take_gil`.
#[derive(Clone, Copy, Debug)]
struct Waiter {
    tid: Tid,
    /// Identifies the current timed wait (stale timers are ignored).
    token: u64,
    /// `switch_number` when this wait started.
    started: u64,
}

#[derive(Default)]
pub struct Modern {
    holder: Option<Tid>,
    last_holder: Option<Tid>,
    switch_number: u64,
    drop_request: bool,
    waiters: Vec<Waiter>,
    /// Woken by a release, not yet back asking for the GIL.
    woken: Vec<Tid>,
    /// A thread that dropped on request and waits for the hand-over.
    dropper: Option<Tid>,
    next_token: u64,
}

impl Modern {
    fn take(&mut self, cx: &mut Cx, tid: Tid) {
        self.holder = Some(tid);
        if self.last_holder != Some(tid) {
            self.last_holder = Some(tid);
            self.switch_number += 1;
        }
        self.drop_request = false;
        if let Some(d) = self.dropper {
            if d != tid {
                self.dropper = None;
                cx.effects.push(Effect::Wake(d));
            }
        }
    }

    /// Starts a timed wait of one interval for `tid`.
    fn wait(&mut self, cx: &mut Cx, tid: Tid) -> Waiter {
        self.next_token += 1;
        let token = self.next_token;
        cx.effects.push(Effect::Timer {
            tid,
            at: cx.now + cx.interval_ns.max(1_000),
            token,
        });
        Waiter {
            tid,
            token,
            started: self.switch_number,
        }
    }
}

impl Gil for Modern {
    fn request(&mut self, cx: &mut Cx, tid: Tid) -> bool {
        self.woken.retain(|&t| t != tid);
        if self.holder == Some(tid) {
            return true;
        }
        if self.holder.is_none() {
            self.take(cx, tid);
            return true;
        }
        let w = self.wait(cx, tid);
        self.waiters.retain(|w| w.tid != tid);
        self.waiters.push(w);
        false
    }

    fn release(&mut self, cx: &mut Cx, tid: Tid, forced: bool) -> bool {
        if self.holder != Some(tid) {
            return false;
        }
        self.holder = None;
        if !self.waiters.is_empty() {
            let i = cx.rng.below(self.waiters.len());
            let w = self.waiters.remove(i);
            self.woken.push(w.tid);
            cx.effects.push(Effect::Wake(w.tid));
        }
        if forced && !(self.waiters.is_empty() && self.woken.is_empty()) {
            self.drop_request = false;
            self.dropper = Some(tid);
            return true;
        }
        false
    }

    fn on_timer(&mut self, cx: &mut Cx, tid: Tid, token: u64) {
        let Some(pos) = self
            .waiters
            .iter()
            .position(|w| w.tid == tid && w.token == token)
        else {
            return;
        };
        if self.holder.is_some() && self.switch_number == self.waiters[pos].started {
            self.drop_request = true;
        }
        // Wait another full interval.
        self.waiters[pos] = self.wait(cx, tid);
    }

    fn check(&mut self, _cx: &mut Cx, tid: Tid) -> Check {
        if self.drop_request && self.holder == Some(tid) {
            Check::Drop
        } else {
            Check::Continue
        }
    }

    fn wants_check(&self, tid: Tid) -> bool {
        self.drop_request && self.holder == Some(tid)
    }

    fn forget(&mut self, tid: Tid) {
        self.waiters.retain(|w| w.tid != tid);
        self.woken.retain(|&t| t != tid);
        if self.dropper == Some(tid) {
            self.dropper = None;
        }
    }

    fn holder(&self) -> Option<Tid> {
        self.holder
    }

    fn switches(&self) -> u64 {
        // The first acquisition is not a hand-over.
        self.switch_number.saturating_sub(1)
    }
}
