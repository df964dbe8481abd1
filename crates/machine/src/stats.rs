//! The run summary: simulated wall time, where each thread's time went,
//! GIL hand-overs, context switches, core utilisation, and the two words
//! of the seed note measured — average concurrency (threads in progress)
//! vs average parallelism (threads actually executing at once).

use crate::machine::Machine;
use crate::thread::Times;

#[derive(Clone, Debug)]
pub struct ThreadSummary {
    pub name: String,
    /// Index of its process in `Summary::processes`.
    pub process: usize,
    pub times: Times,
    /// From start to end (or to the end of the run).
    pub lifetime: u64,
}

#[derive(Clone, Debug)]
pub struct ProcessSummary {
    pub pid: u64,
    pub name: String,
    /// CPU time of all its threads.
    pub cpu_ns: u64,
    pub gil_switches: u64,
    pub exit_code: Option<i32>,
}

#[derive(Clone, Debug)]
pub struct Summary {
    pub processes: Vec<ProcessSummary>,
    /// Simulated time spent starting processes, and moving values between
    /// them (pickling, pipes).
    pub process_start_ns: u64,
    pub transfer_ns: u64,
    pub cores: usize,
    pub gil: &'static str,
    pub wall_ns: u64,
    pub threads: Vec<ThreadSummary>,
    pub gil_switches: u64,
    pub context_switches: u64,
    /// Sum of time threads spent on cores (with or without the GIL).
    pub busy_ns: u64,
    /// Bytecode instructions executed by all threads.
    pub instructions: u64,
}

impl Summary {
    /// Busy core time / (cores x wall time).
    pub fn utilisation(&self) -> f64 {
        if self.wall_ns == 0 {
            return 0.0;
        }
        self.busy_ns as f64 / (self.cores as f64 * self.wall_ns as f64)
    }

    /// Time-averaged number of threads started and not finished.
    pub fn concurrency(&self) -> f64 {
        if self.wall_ns == 0 {
            return 0.0;
        }
        let alive: u64 = self.threads.iter().map(|t| t.lifetime).sum();
        alive as f64 / self.wall_ns as f64
    }

    /// Time-averaged number of threads executing on a core.
    pub fn parallelism(&self) -> f64 {
        if self.wall_ns == 0 {
            return 0.0;
        }
        self.busy_ns as f64 / self.wall_ns as f64
    }

    /// The text printed on stderr after a run.
    pub fn render(&self) -> String {
        let mut out = String::new();
        out.push_str(&format!(
            "── corelab: {} cores, GIL {} ──\n",
            self.cores, self.gil
        ));
        out.push_str(&format!(
            "wall time {}   core utilisation {:.1}%   GIL hand-overs {}   context switches {}\n",
            fmt_ns(self.wall_ns),
            100.0 * self.utilisation(),
            self.gil_switches,
            self.context_switches
        ));
        out.push_str(&format!(
            "concurrency {:.2} (threads in progress, on average)   parallelism {:.2} (threads executing at once)\n",
            self.concurrency(),
            self.parallelism()
        ));
        out.push_str(&format!(
            "instructions {}   simulated CPU time {}\n",
            self.instructions,
            fmt_ns(self.busy_ns)
        ));
        if self.processes.len() > 1 {
            out.push_str(&format!(
                "processes {}   starting them {}   pickling and pipes {}\n",
                self.processes.len(),
                fmt_ns(self.process_start_ns),
                fmt_ns(self.transfer_ns)
            ));
        }
        let width = self
            .threads
            .iter()
            .map(|t| t.name.chars().count())
            .max()
            .unwrap_or(6)
            .max(6);
        out.push_str(&format!(
            "{:width$}  {:>10} {:>10} {:>10} {:>10} {:>10} {:>10} {:>10}\n",
            "thread", "running", "no-GIL", "core-wait", "GIL-wait", "sleep/IO", "lock", "join"
        ));
        for (p, proc) in self.processes.iter().enumerate() {
            if self.processes.len() > 1 {
                let exit = proc
                    .exit_code
                    .map_or(String::new(), |c| format!(", exit code {c}"));
                out.push_str(&format!(
                    "process {} ({}{exit}): CPU {}, GIL hand-overs {}\n",
                    proc.pid,
                    proc.name,
                    fmt_ns(proc.cpu_ns),
                    proc.gil_switches
                ));
            }
            for t in self.threads.iter().filter(|t| t.process == p) {
                out.push_str(&thread_row(t, width));
            }
        }
        out
    }
}

/// One line of the per-thread table.
fn thread_row(t: &ThreadSummary, width: usize) -> String {
    let x = &t.times;
    format!(
        "{:width$}  {:>10} {:>10} {:>10} {:>10} {:>10} {:>10} {:>10}\n",
        t.name,
        fmt_ns(x.running),
        fmt_ns(x.gil_free),
        fmt_ns(x.ready),
        fmt_ns(x.gil_wait),
        fmt_ns(x.sleep),
        fmt_ns(x.lock),
        fmt_ns(x.join)
    )
}

/// A duration for people: ns, µs, ms or s with 3-4 significant digits.
pub fn fmt_ns(ns: u64) -> String {
    let f = ns as f64;
    if ns == 0 {
        "0".into()
    } else if ns < 1_000 {
        format!("{ns} ns")
    } else if ns < 1_000_000 {
        format!("{:.1} µs", f / 1e3)
    } else if ns < 1_000_000_000 {
        format!("{:.2} ms", f / 1e6)
    } else {
        format!("{:.3} s", f / 1e9)
    }
}

pub(crate) fn summarize(m: &Machine, end: u64) -> Summary {
    let threads: Vec<ThreadSummary> = m
        .threads
        .iter()
        .map(|t| ThreadSummary {
            process: t.proc,
            name: t.name.clone(),
            times: t.times,
            lifetime: t.ended_at.unwrap_or(end).saturating_sub(t.started_at),
        })
        .collect();
    let busy_ns = threads
        .iter()
        .map(|t| t.times.running + t.times.gil_free)
        .sum();
    let processes = m
        .procs
        .iter()
        .enumerate()
        .map(|(i, p)| ProcessSummary {
            pid: p.pid,
            name: p.name.clone(),
            cpu_ns: threads
                .iter()
                .filter(|t| t.process == i)
                .map(|t| t.times.running + t.times.gil_free)
                .sum(),
            gil_switches: p.gil.switches(),
            exit_code: p.exit_code,
        })
        .collect();
    Summary {
        processes,
        process_start_ns: m.process_start_ns,
        transfer_ns: m.transfer_ns,
        cores: m.cores.len(),
        gil: m.cfg.gil.name(),
        wall_ns: end,
        threads,
        gil_switches: m.procs.iter().map(|p| p.gil.switches()).sum(),
        context_switches: m.context_switches,
        busy_ns,
        instructions: m.procs.iter().map(|p| p.vm.steps).sum(),
    }
}

#[cfg(test)]
mod tests {
    use super::fmt_ns;

    #[test]
    fn durations_read_naturally() {
        assert_eq!(fmt_ns(0), "0");
        assert_eq!(fmt_ns(950), "950 ns");
        assert_eq!(fmt_ns(5_000_000), "5.00 ms");
        assert_eq!(fmt_ns(1_234_567_890), "1.235 s");
    }
}
