//! The `forkserver` start method, as CPython 3.11 does it. The first
//! forkserver start launches a server process (a fresh interpreter: spawn's
//! cost, once); every child is then forked from that server (fork's cost)
//! and, like a spawned child, runs the main module as `__mp_main__` and
//! receives its target pickled. So children never see the parent's state,
//! and the main module runs once per child.
//!
//! Decision, checked against python3 3.11.7 on the reference machine: the
//! server is asked to preload `__main__`, but 3.11 passes the main path
//! under a key the server ignores (`init_main_from_path`, not
//! `main_path`), so the server never imports the main module and each
//! child re-runs it. corelab reproduces that, not the documented intent.
//! Not modelled: `set_forkserver_preload`, and the server's own interpreter
//! state (children start from a fresh interpreter, as the server's is).

use crate::gil::Tid;
use crate::machine::Machine;
use crate::processes::{NewChild, Start};
use crate::thread::{State, Todo, Wait};
use corelab_vm::pickle::Pickled;
use corelab_vm::{Thread, Value};

/// The fork server process and the starts waiting for it to be ready.
pub struct ForkServer {
    pub proc: usize,
    pub ready: bool,
    pub pending: Vec<(Tid, Start, Pickled)>,
}

impl Machine {
    /// A forkserver start by `tid`: starts the server the first time, and
    /// forks the child from it once it has imported the main module.
    pub(crate) fn forkserver_start(&mut self, tid: Tid, start: Start, pickled: Pickled) {
        if self.forkserver.is_none() && !self.launch_forkserver(tid) {
            return;
        }
        let server = self.forkserver.as_mut().expect("launched above");
        if server.ready {
            let pid = self.fork_from_server(tid, start, pickled);
            self.deliver(tid, Ok(Value::Int(pid as i64)));
            return;
        }
        server.pending.push((tid, start, pickled));
        // Like CPython's parent, which reads the child's pid from the
        // server: blocked until the server answers.
        self.drop_gil(tid, false);
        let t = &mut self.threads[tid];
        t.token += 1;
        t.todo = Todo::TakeGil;
        self.block(tid, Wait::ForkServer);
    }

    /// Starts the server process (a spawn, paid by `tid`). False after
    /// answering `tid` with an error.
    fn launch_forkserver(&mut self, tid: Tid) -> bool {
        let Some((vm, _)) = self.fresh_interpreter(tid) else {
            return false;
        };
        let parent = self.threads[tid].proc;
        let child = NewChild {
            vm,
            // It imports nothing of the program (see above): its main
            // thread has nothing to run, and it is ready once started.
            main: Thread::default(),
            target: None,
            ident: corelab_vm::vm::MAIN_THREAD_IDENT,
            ppid: self.procs[parent].pid,
            handles: Default::default(),
            name: "forkserver".into(),
            daemon: true,
        };
        let delay = self.procs[parent].vm.costs.spawn_ns;
        self.add_child(tid, child, delay);
        // The main process owns it (it ends with the main process).
        let proc = self.procs.len() - 1;
        self.procs[proc].parent = Some(0);
        self.forkserver = Some(ForkServer {
            proc,
            ready: false,
            pending: Vec::new(),
        });
        true
    }

    /// Whether process `p` is the fork server.
    pub(crate) fn is_forkserver(&self, p: usize) -> bool {
        self.forkserver.as_ref().is_some_and(|s| s.proc == p)
    }

    /// The server's main thread `tid` is up: it waits from now on, and the
    /// pending starts are served.
    pub(crate) fn forkserver_ready(&mut self, tid: Tid, failed: bool) {
        if failed {
            let msg = "an exception in the forkserver process";
            self.exit = Some(corelab_vm::run::Exit::Fatal(
                corelab_vm::Fatal::Unsupported(msg.into()),
            ));
            return;
        }
        self.drop_gil(tid, false);
        let at = self.threads[tid].clock;
        let p = self.threads[tid].proc;
        self.procs[p].gil.forget(tid);
        self.set_state(tid, State::Done, at);
        self.threads[tid].ended_at = Some(at);
        self.leave_core(tid);
        let server = self.forkserver.as_mut().expect("a fork server");
        server.ready = true;
        for (starter, start, pickled) in std::mem::take(&mut server.pending) {
            self.threads[starter].clock = self.threads[starter].clock.max(at);
            let pid = self.fork_from_server(starter, start, pickled);
            self.wake_with(starter, Ok(Value::Int(pid as i64)), at);
        }
    }

    /// A child forked from the ready server for `tid`'s start: it runs the
    /// main module as `__mp_main__`, then its target (unpickled on
    /// arrival), as a spawned child does. Returns its pid.
    fn fork_from_server(&mut self, tid: Tid, start: Start, pickled: Pickled) -> u64 {
        let parent = self.threads[tid].proc;
        let server = self.forkserver.as_ref().expect("a fork server").proc;
        let ppid = self.procs[server].pid;
        let Some(child) = self.unpickling_child(tid, start, pickled, ppid) else {
            return 0;
        };
        let delay = self.procs[parent].vm.costs.fork_child_ns;
        self.add_child(tid, child, delay)
    }
}
