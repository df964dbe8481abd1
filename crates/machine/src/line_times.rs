//! Where threads were in the program: the line of the program's file a
//! thread is at when its state changes (for the trace), and the per-line
//! times of each process (GIL waiting counted here at state changes; CPU
//! time sampled by the VM, `corelab_vm::profile`).

use crate::gil::Tid;
use crate::machine::Machine;

impl Machine {
    /// The line of the program's file `tid` is at (0: none), for the trace
    /// and the per-line times.
    pub(crate) fn program_line(&self, tid: Tid) -> u32 {
        let t = &self.threads[tid];
        let vm = &self.procs[t.proc].vm;
        vm.parked_threads.get(t.slot).map_or(0, |th| {
            corelab_vm::profile::user_line(th, &vm.main_source, None)
        })
    }

    /// Charges `ns` of GIL waiting to `line` of process `p`.
    pub(crate) fn add_gil_wait(&mut self, p: usize, line: u32, ns: u64) {
        if self.trace.line_times.len() <= p {
            self.trace.line_times.resize(p + 1, Default::default());
        }
        crate::trace::LineTimes::add(&mut self.trace.line_times[p].gil_wait_ns, line, ns);
    }

    /// Moves each process's sampled per-line CPU time into the trace.
    pub(crate) fn collect_line_times(&mut self) {
        self.trace
            .line_times
            .resize(self.procs.len(), Default::default());
        for (p, proc) in self.procs.iter().enumerate() {
            let ns = proc.vm.profile.cpu_ps.iter().map(|ps| ps / 1000).collect();
            self.trace.line_times[p].cpu_ns = ns;
        }
    }
}
