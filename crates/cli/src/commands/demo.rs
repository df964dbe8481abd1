//! `corelab demo`: answers "threads or processes?" with one table. A
//! built-in program (demo/demo.py) does CPU-bound and I/O-bound work
//! sequentially, with 4 threads and with 4 processes; each combination runs
//! on a simulated 4-core machine under CPython 3.11's GIL and without a GIL,
//! and the table shows wall time, speed-up, average concurrency and average
//! parallelism, with a line on why. Then the timeline of the most telling
//! run. `--print-source` prints the program so users can run it themselves.

use super::exit;
use clap::Args;
use corelab_machine::{run_program, Config, GilKind, Outcome};
use corelab_vm::{Exit, Limits};

/// The demo program.
pub const SOURCE: &str = include_str!("../demo/demo.py");

#[derive(Args)]
pub struct DemoArgs {
    /// Print the demo program instead of running it.
    #[arg(long)]
    pub print_source: bool,
    /// Don't draw the timeline.
    #[arg(long)]
    pub no_timeline: bool,
}

const CORES: usize = 4;

/// (work, how, why with the GIL, why without).
const ROWS: &[(&str, &str, &str, &str)] = &[
    (
        "cpu",
        "sequential",
        "one thread does all the work",
        "one thread does all the work",
    ),
    (
        "cpu",
        "threads",
        "CPU-bound threads take turns holding the GIL: no speed-up",
        "without a GIL, threads run on 4 cores at once",
    ),
    (
        "cpu",
        "processes",
        "each process has its own GIL: they run on 4 cores at once",
        "processes run in parallel either way (each pays its start-up)",
    ),
    (
        "io",
        "sequential",
        "the waits happen one after another",
        "the waits happen one after another",
    ),
    (
        "io",
        "threads",
        "sleeping threads release the GIL, so their waits overlap",
        "waits overlap, GIL or not",
    ),
    (
        "io",
        "processes",
        "waits overlap too, but each process costs a start-up",
        "waits overlap too, but each process costs a start-up",
    ),
];

fn run_cell(work: &str, how: &str, gil: GilKind) -> Result<Outcome, String> {
    let cfg = Config {
        cores: CORES,
        gil,
        ..Config::default()
    };
    let argv = vec!["demo.py".into(), work.into(), how.into()];
    let (_, result) = run_program("demo.py", SOURCE, argv, Limits::default(), cfg);
    match result {
        Ok(o) if matches!(o.exit, Exit::Code(0)) => Ok(o),
        Ok(o) => Err(format!("the demo program ended with {:?}", o.exit)),
        Err(e) => Err(format!("the demo program did not start: {e:?}")),
    }
}

fn ms(ns: u64) -> String {
    format!("{:.1} ms", ns as f64 / 1e6)
}

pub fn run(a: DemoArgs) -> u8 {
    if a.print_source {
        print!("{SOURCE}");
        return 0;
    }
    let gils = [GilKind::Modern, GilKind::None];
    let mut cells: Vec<Vec<Outcome>> = Vec::new();
    for &(work, how, ..) in ROWS {
        let mut row = Vec::new();
        for &g in &gils {
            match run_cell(work, how, g) {
                Ok(o) => row.push(o),
                Err(msg) => {
                    eprintln!("corelab: internal error (a bug in corelab): demo: {msg}");
                    return exit::INTERNAL;
                }
            }
        }
        cells.push(row);
    }
    println!(
        "corelab demo: the same work done sequentially, with 4 threads and with 4 processes,\n\
         on a simulated {CORES}-core machine, with CPython 3.11's GIL and without a GIL.\n\
         (conc = threads in progress on average; par = threads executing at once)\n"
    );
    println!(
        "{:<6} {:<11} | {:>9} {:>8} {:>5} {:>5} | {:>9} {:>8} {:>5} {:>5}",
        "work", "how", "GIL", "speed-up", "conc", "par", "no GIL", "speed-up", "conc", "par"
    );
    println!("{}", "-".repeat(82));
    for (i, &(work, how, why_gil, why_free)) in ROWS.iter().enumerate() {
        let base = if how == "sequential" {
            i
        } else {
            i - if how == "threads" { 1 } else { 2 }
        };
        let mut line = format!(
            "{:<6} {:<11}",
            if work == "cpu" { "CPU" } else { "I/O" },
            if how == "sequential" {
                "sequential".to_string()
            } else {
                format!("4 {how}")
            }
        );
        for (cell, base_cell) in cells[i].iter().zip(&cells[base]) {
            let s = &cell.stats;
            let speed = base_cell.stats.wall_ns as f64 / s.wall_ns.max(1) as f64;
            line.push_str(&format!(
                " | {:>9} {:>7.2}x {:>5.2} {:>5.2}",
                ms(s.wall_ns),
                speed,
                s.concurrency(),
                s.parallelism()
            ));
        }
        println!("{line}");
        if why_gil == why_free {
            println!("{:>20}{why_gil}", "→ ");
        } else {
            println!("{:>20}GIL: {why_gil}", "→ ");
            println!("{:>20}no GIL: {why_free}", "");
        }
    }
    if !a.no_timeline {
        println!("\nTimeline of \"CPU-bound work, 4 threads, with the GIL\" (each row a thread):");
        let opts = corelab_report::timeline::Options {
            width: 80,
            color: false,
            ..Default::default()
        };
        print!(
            "{}",
            corelab_report::timeline::render(&cells[1][0].trace, &opts)
        );
        println!("\nand the same work in 4 processes:");
        print!(
            "{}",
            corelab_report::timeline::render(&cells[2][0].trace, &opts)
        );
    }
    println!("\nSee the program: corelab demo --print-source");
    0
}
