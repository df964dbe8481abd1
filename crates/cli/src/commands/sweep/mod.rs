//! `corelab sweep prog.py --cores 1,2,4 --gil modern,none --set N=1,2,4
//! --out DIR`: runs a program over a grid of machines and module-level
//! constants, in parallel on the host, and reports simulated wall time and
//! speed-up per run: a table on stdout, `DIR/sweep.csv` and a chart
//! `DIR/sweep.svg`.
//!
//! Submodules: `grid` (axes, run order, speed-ups), `overrides` (`--set`
//! as a rewrite of the program's constants), `runner` (worker threads,
//! progress bar, Ctrl-C), `table` (CSV and the printed table), `chart`
//! (the SVG).
//!
//! Exit status: 0 when every run was made (runs that failed are rows with
//! their exit status and error, and are counted on stderr), 2 for bad
//! arguments (also `--set` of a name the program does not assign), 130
//! after Ctrl-C (what finished is still printed and written).

mod chart;
mod grid;
mod overrides;
mod runner;
mod table;

use super::exit;
use super::run::{GilArg, SwitchArg};
use clap::Args;
use corelab_machine::{Config, GilKind, SwitchPoints};
use corelab_vm::Limits;
use grid::{Axis, Grid, Kind};
use overrides::OverrideError;
use std::path::{Path, PathBuf};

#[derive(Args)]
pub struct SweepArgs {
    /// The Python program.
    pub program: PathBuf,
    /// Arguments passed to the program (sys.argv[1:]).
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    pub args: Vec<String>,
    /// Numbers of simulated cores to try, comma-separated.
    #[arg(long, value_delimiter = ',', default_value = "4",
          value_parser = clap::value_parser!(u16).range(1..=1024))]
    pub cores: Vec<u16>,
    /// Interpreter locks to try, comma-separated.
    #[arg(long, value_enum, value_delimiter = ',', default_value = "modern")]
    pub gil: Vec<GilArg>,
    /// NAME=V1,V2,...: values of the module-level constant NAME to try
    /// (ints, floats, True/False/None, else strings). Repeatable.
    #[arg(long = "set", value_name = "NAME=V1,V2,...")]
    pub set: Vec<String>,
    /// The axis the chart and speed-ups are against ("cores", "gil" or a
    /// --set NAME). Default: the first numeric --set with several values,
    /// else cores.
    #[arg(long, value_name = "AXIS")]
    pub x: Option<String>,
    /// Write sweep.csv and sweep.svg into DIR (created if needed).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Runs at once (default: the host's cores).
    #[arg(long, short)]
    pub jobs: Option<usize>,
    /// Where a thread may lose the GIL.
    #[arg(long, value_enum, default_value = "3.11")]
    pub switch_points: SwitchArg,
    /// Seed for the machine's arbitrary choices (which waiter wakes first).
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// Stop a run after this many bytecode instructions.
    #[arg(long, default_value_t = Limits::default().max_steps)]
    pub max_steps: u64,
    /// Stop a run when it holds more than this many heap objects.
    #[arg(long, default_value_t = Limits::default().max_objects)]
    pub max_objects: usize,
    /// Stop a run when it has written more than this many bytes.
    #[arg(long, default_value_t = Limits::default().max_output)]
    pub max_output: usize,
    /// Stop a run after this much simulated time, in seconds.
    #[arg(long, default_value_t = 3600)]
    pub max_sim_seconds: u64,
    /// Stop a run when more than this many threads are alive at once.
    #[arg(long, default_value_t = 10_000)]
    pub max_threads: usize,
}

/// Exit status after Ctrl-C (128 + SIGINT, as shells report it).
const INTERRUPTED: u8 = 130;

pub fn run(a: SweepArgs) -> u8 {
    match sweep(a) {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("corelab: {msg}");
            exit::UNSUPPORTED
        }
    }
}

fn sweep(a: SweepArgs) -> Result<u8, String> {
    let (name, text) =
        super::load(&a.program).map_err(|m| m.trim_start_matches("corelab: ").to_string())?;
    let grid = Grid::new(axes(&a)?, a.x.as_deref())?;
    let set_names: Vec<&str> = grid
        .axes
        .iter()
        .filter(|x| x.kind == Kind::Set)
        .map(|x| x.name.as_str())
        .collect();
    if !set_names.is_empty() {
        overrides::check_names(&text, &set_names).map_err(|e| override_error(e, &a.program))?;
    }
    let jobs = grid
        .points
        .iter()
        .map(|p| job(&grid, p, &text, &a))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| override_error(e, &a.program))?;
    let mut argv = vec![a.program.display().to_string()];
    argv.extend(a.args.iter().cloned());
    let common = runner::Common {
        name,
        argv,
        limits: Limits {
            max_steps: a.max_steps,
            max_objects: a.max_objects,
            max_output: a.max_output,
        },
    };
    let workers = a.jobs.unwrap_or_else(|| {
        std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
    });
    let (results, interrupted) = runner::run_all(jobs, common, workers);
    let rows = table::rows(&grid, &results);
    print!("{}", table::render(&grid, &rows));
    let failed = rows.iter().filter(|r| r.result.exit != 0).count();
    if failed > 0 {
        eprintln!(
            "corelab: {failed} of {} runs failed (see the exit and error columns)",
            rows.len()
        );
    }
    if interrupted {
        eprintln!(
            "corelab: interrupted after {} of {} runs",
            rows.len(),
            grid.points.len()
        );
    }
    if let Some(dir) = &a.out {
        write_outputs(dir, &grid, &rows, &a.program)?;
    }
    Ok(if interrupted { INTERRUPTED } else { 0 })
}

/// The axes in column order: cores, gil, then each --set.
fn axes(a: &SweepArgs) -> Result<Vec<Axis>, String> {
    let cores = a.cores.iter().map(u16::to_string).collect();
    let gils = a
        .gil
        .iter()
        .map(|g| gil_kind(*g).name().to_string())
        .collect();
    let mut axes = vec![
        Axis::new("cores", Kind::Cores, cores),
        Axis::new("gil", Kind::Gil, gils),
    ];
    for s in &a.set {
        let axis = grid::parse_set(s)?;
        if axis.name == "cores" || axis.name == "gil" {
            return Err(format!(
                "--set {s}: {} is the name of a built-in axis",
                axis.name
            ));
        }
        axes.push(axis);
    }
    Ok(axes)
}

fn gil_kind(g: GilArg) -> GilKind {
    match g {
        GilArg::Modern => GilKind::Modern,
        GilArg::Legacy => GilKind::Legacy,
        GilArg::None => GilKind::None,
    }
}

/// The program text and machine of one grid point.
fn job(
    grid: &Grid,
    point: &[usize],
    text: &str,
    a: &SweepArgs,
) -> Result<runner::Job, OverrideError> {
    let mut cfg = Config {
        switch_points: match a.switch_points {
            SwitchArg::Py311 => SwitchPoints::Py311,
            SwitchArg::Any => SwitchPoints::Any,
        },
        seed: a.seed,
        max_sim_ns: a.max_sim_seconds.saturating_mul(1_000_000_000),
        max_threads: a.max_threads,
        ..Config::default()
    };
    let mut sets = Vec::new();
    for (axis, &i) in grid.axes.iter().zip(point) {
        match axis.kind {
            Kind::Cores => cfg.cores = axis.values[i].parse().unwrap_or(1),
            Kind::Gil => {
                cfg.gil = match axis.values[i].as_str() {
                    "legacy" => GilKind::Legacy,
                    "none" => GilKind::None,
                    _ => GilKind::Modern,
                }
            }
            Kind::Set => sets.push((axis.name.clone(), axis.literals[i].clone())),
        }
    }
    Ok(runner::Job {
        text: overrides::apply(text, &sets)?,
        cfg,
    })
}

fn override_error(e: OverrideError, program: &Path) -> String {
    match e {
        OverrideError::Missing(name) => format!(
            "--set {name}: {} has no module-level assignment `{name} = ...` to override",
            program.display()
        ),
        OverrideError::Syntax(msg) => format!(
            "--set: can't read the constants of {}: SyntaxError: {msg}",
            program.display()
        ),
    }
}

/// Writes DIR/sweep.csv and DIR/sweep.svg.
fn write_outputs(
    dir: &Path,
    grid: &Grid,
    rows: &[table::Row],
    program: &Path,
) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("can't create {}: {e}", dir.display()))?;
    let write = |file: &str, text: &str| {
        let path = dir.join(file);
        std::fs::write(&path, text).map_err(|e| format!("can't write {}: {e}", path.display()))
    };
    write("sweep.csv", &table::csv(grid, rows))?;
    let title = program.file_name().map_or_else(
        || program.display().to_string(),
        |f| f.to_string_lossy().into_owned(),
    );
    let svg = chart::svg(grid, rows, &format!("corelab sweep {title}"))
        .map_err(|e| format!("can't draw the chart: {e}"))?;
    write("sweep.svg", &svg)
}
