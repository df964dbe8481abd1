//! `--gil none`: free-threaded CPython. There is no lock; every thread runs
//! Python whenever it has a core. (Its single-thread overhead is applied to
//! the cost table by the machine.)

use super::{Check, Cx, Gil, Tid};

pub struct NoGil;

impl Gil for NoGil {
    fn request(&mut self, _cx: &mut Cx, _tid: Tid) -> bool {
        true
    }
    fn release(&mut self, _cx: &mut Cx, _tid: Tid, _forced: bool) -> bool {
        false
    }
    fn on_timer(&mut self, _cx: &mut Cx, _tid: Tid, _token: u64) {}
    fn check(&mut self, _cx: &mut Cx, _tid: Tid) -> Check {
        Check::Continue
    }
    fn forget(&mut self, _tid: Tid) {}
    fn holder(&self) -> Option<Tid> {
        None
    }
    fn switches(&self) -> u64 {
        0
    }
    fn enabled(&self) -> bool {
        false
    }
}
