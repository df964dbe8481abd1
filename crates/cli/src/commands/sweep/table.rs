//! A sweep's results as rows: written as `sweep.csv` (RFC 4180, one row
//! per run in grid order, times in simulated seconds) and printed as an
//! aligned table on stdout.

use super::grid::Grid;
use super::runner::RunResult;
use corelab_machine::stats::fmt_ns;

/// One finished run with its speed-up.
pub struct Row<'a> {
    pub point: &'a [usize],
    pub result: &'a RunResult,
    pub speedup: Option<f64>,
}

/// The rows of the runs that finished, in grid order.
pub fn rows<'a>(grid: &'a Grid, results: &'a [Option<RunResult>]) -> Vec<Row<'a>> {
    let walls: Vec<Option<u64>> = results
        .iter()
        .map(|r| r.as_ref().filter(|r| r.exit == 0).and_then(|r| r.wall_ns))
        .collect();
    let speedups = grid.speedups(&walls);
    grid.points
        .iter()
        .zip(results)
        .zip(speedups)
        .filter_map(|((point, r), speedup)| {
            r.as_ref().map(|result| Row {
                point,
                result,
                speedup,
            })
        })
        .collect()
}

fn header(grid: &Grid) -> Vec<String> {
    let mut h: Vec<String> = grid.axes.iter().map(|a| a.name.clone()).collect();
    for c in [
        "wall_s",
        "speedup",
        "exit",
        "cpu_s",
        "gil_switches",
        "error",
    ] {
        h.push(c.into());
    }
    h
}

fn seconds(ns: Option<u64>) -> String {
    ns.map_or(String::new(), |ns| format!("{:.6}", ns as f64 / 1e9))
}

/// The CSV text.
pub fn csv(grid: &Grid, rows: &[Row]) -> String {
    let mut out = line(&header(grid));
    for r in rows {
        let mut cells: Vec<String> = axis_values(grid, r.point);
        cells.push(seconds(r.result.wall_ns));
        cells.push(r.speedup.map_or(String::new(), |s| format!("{s:.3}")));
        cells.push(r.result.exit.to_string());
        cells.push(seconds(r.result.cpu_ns));
        cells.push(
            r.result
                .gil_switches
                .map_or(String::new(), |g| g.to_string()),
        );
        cells.push(r.result.error.clone());
        out.push_str(&line(&cells));
    }
    out
}

fn axis_values(grid: &Grid, point: &[usize]) -> Vec<String> {
    grid.axes
        .iter()
        .zip(point)
        .map(|(a, &i)| a.values[i].clone())
        .collect()
}

fn line(cells: &[String]) -> String {
    let quoted: Vec<String> = cells.iter().map(|c| quote(c)).collect();
    quoted.join(",") + "\n"
}

/// A CSV field, quoted when it must be.
fn quote(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The table printed on stdout.
pub fn render(grid: &Grid, rows: &[Row]) -> String {
    let mut head: Vec<String> = grid.axes.iter().map(|a| a.name.clone()).collect();
    for c in ["wall", "speed-up", "exit", "CPU", "GIL switches", "error"] {
        head.push(c.into());
    }
    let mut table = vec![head];
    for r in rows {
        let mut cells = axis_values(grid, r.point);
        cells.push(r.result.wall_ns.map_or("-".into(), fmt_ns));
        cells.push(r.speedup.map_or("-".into(), |s| format!("{s:.2}x")));
        cells.push(r.result.exit.to_string());
        cells.push(r.result.cpu_ns.map_or("-".into(), fmt_ns));
        cells.push(r.result.gil_switches.map_or("-".into(), |g| g.to_string()));
        cells.push(r.result.error.clone());
        table.push(cells);
    }
    let ncols = table[0].len();
    let widths: Vec<usize> = (0..ncols)
        .map(|c| {
            table
                .iter()
                .map(|r| r[c].chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in &table {
        let cells: Vec<String> = row
            .iter()
            .enumerate()
            .map(|(c, s)| {
                // Axis values and the error to the left, figures to the right.
                if c < grid.axes.len() || c == ncols - 1 {
                    format!("{s:<w$}", w = widths[c])
                } else {
                    format!("{s:>w$}", w = widths[c])
                }
            })
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::sweep::grid::{parse_set, Axis, Kind};

    #[test]
    fn csv_has_a_row_per_finished_run_with_quoting() {
        let axes = vec![
            Axis::new("cores", Kind::Cores, vec!["1".into()]),
            parse_set("N=1,2").expect("parses"),
        ];
        let grid = Grid::new(axes, None).expect("grid");
        let ok = RunResult {
            exit: 0,
            wall_ns: Some(2_000_000_000),
            cpu_ns: Some(1_000_000_000),
            gil_switches: Some(3),
            error: String::new(),
        };
        let bad = RunResult {
            exit: 1,
            wall_ns: Some(5),
            error: "ValueError: a, \"b\"".into(),
            ..RunResult::default()
        };
        let results = vec![Some(ok), Some(bad)];
        let rows = rows(&grid, &results);
        let text = csv(&grid, &rows);
        assert_eq!(
            text,
            "cores,N,wall_s,speedup,exit,cpu_s,gil_switches,error\n\
             1,1,2.000000,1.000,0,1.000000,3,\n\
             1,2,0.000000,,1,,,\"ValueError: a, \"\"b\"\"\"\n"
        );
        let table = render(&grid, &rows);
        assert!(table.contains("2.000 s"), "{table}");
    }
}
