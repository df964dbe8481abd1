//! `sweep.svg`: two panels, simulated wall time and speed-up against the
//! swept axis, one line per combination of the other axes, with a legend.
//! Drawn with plotters' SVG backend (no font files: text is written as SVG
//! `<text>` and the viewer's fonts draw it). The swept axis's values are
//! equally spaced in the order given (so 1, 2, 4, 8, 16 reads like a log
//! scale, and strings such as `--gil` values work too), each labelled.

use super::grid::Grid;
use super::table::Row;
use plotters::coord::Shift;
use plotters::prelude::*;

/// A finished run on the chart: x position, wall seconds, speed-up.
type Point = (f64, f64, Option<f64>);

/// One line of the chart.
struct Line {
    label: String,
    points: Vec<Point>,
}

/// The chart as SVG text.
pub fn svg(grid: &Grid, rows: &[Row], title: &str) -> Result<String, String> {
    let lines = lines(grid, rows);
    let mut text = String::new();
    {
        let root = SVGBackend::with_string(&mut text, (1200, 520)).into_drawing_area();
        root.fill(&WHITE).map_err(|e| e.to_string())?;
        let root = root
            .titled(title, ("sans-serif", 20))
            .map_err(|e| e.to_string())?;
        let (left, right) = root.split_horizontally(600);
        let axis = &grid.axes[grid.x];
        let names = axis.values.clone();
        let fmt = move |v: &f64| -> String {
            let i = v.round();
            if (v - i).abs() < 0.01 && i >= 0.0 {
                names.get(i as usize).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        };
        let wall_max = lines
            .iter()
            .flat_map(|l| l.points.iter().map(|p| p.1))
            .fold(0.0f64, f64::max);
        let (scale, unit) = if wall_max < 1.0 {
            (1e3, "ms")
        } else {
            (1.0, "s")
        };
        let wall = Panel {
            y_label: format!("simulated wall time ({unit})"),
            y_max: wall_max * scale * 1.1,
            pick: &|p| Some(p.1 * scale),
            ideal: None,
            legend: false,
        };
        let speed_max = lines
            .iter()
            .flat_map(|l| l.points.iter().filter_map(|p| p.2))
            .fold(1.0f64, f64::max);
        // The linear speed-up, where the swept values are numbers.
        let ideal: Option<Vec<(f64, f64)>> = axis.numbers.as_ref().and_then(|n| {
            let lo = n.iter().copied().fold(f64::INFINITY, f64::min);
            (lo > 0.0).then(|| {
                let mut v: Vec<(f64, f64)> = n
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (i as f64, x / lo))
                    .collect();
                v.sort_by(|a, b| a.0.total_cmp(&b.0));
                v
            })
        });
        let speed = Panel {
            y_label: "speed-up vs the smallest value".into(),
            y_max: speed_max * 1.25,
            pick: &|p| p.2,
            ideal,
            legend: true,
        };
        let n = axis.values.len();
        let x_label = axis.name.as_str();
        let ctx = Axes {
            n,
            x_label,
            fmt: &fmt,
        };
        draw(&left, &ctx, &wall, &lines)?;
        draw(&right, &ctx, &speed, &lines)?;
        root.present().map_err(|e| e.to_string())?;
    }
    Ok(text)
}

/// Line colours that stay apart from each other on white (the
/// "Tableau 10" hues); past ten lines they repeat.
const PALETTE: [(u8, u8, u8); 10] = [
    (31, 119, 180),
    (255, 127, 14),
    (44, 160, 44),
    (214, 39, 40),
    (148, 103, 189),
    (140, 86, 75),
    (227, 119, 194),
    (127, 127, 127),
    (188, 189, 34),
    (23, 190, 207),
];

/// What one panel plots.
struct Panel<'a> {
    y_label: String,
    y_max: f64,
    pick: &'a dyn Fn(&Point) -> Option<f64>,
    /// The ideal (linear) speed-up, clipped to the panel.
    ideal: Option<Vec<(f64, f64)>>,
    legend: bool,
}

/// The x axis shared by both panels.
struct Axes<'a> {
    /// Number of swept values (positions 0..n).
    n: usize,
    x_label: &'a str,
    fmt: &'a dyn Fn(&f64) -> String,
}

/// Groups the rows into chart lines, in grid order.
fn lines(grid: &Grid, rows: &[Row]) -> Vec<Line> {
    let mut out: Vec<(Vec<usize>, Line)> = Vec::new();
    for r in rows {
        let Some(wall) = r.result.wall_ns.filter(|_| r.result.exit == 0) else {
            continue;
        };
        let key = grid.line_of(r.point);
        let p = (r.point[grid.x] as f64, wall as f64 / 1e9, r.speedup);
        match out.iter_mut().find(|(k, _)| *k == key) {
            Some((_, l)) => l.points.push(p),
            None => out.push((
                key,
                Line {
                    label: grid.line_label(r.point),
                    points: vec![p],
                },
            )),
        }
    }
    for (_, l) in &mut out {
        l.points.sort_by(|a, b| a.0.total_cmp(&b.0));
    }
    out.into_iter().map(|(_, l)| l).collect()
}

fn draw(
    area: &DrawingArea<SVGBackend, Shift>,
    x: &Axes,
    panel: &Panel,
    lines: &[Line],
) -> Result<(), String> {
    let err = |e: DrawingAreaErrorKind<_>| e.to_string();
    let mut chart = ChartBuilder::on(area)
        .margin(16)
        .x_label_area_size(44)
        .y_label_area_size(64)
        .build_cartesian_2d(-0.3..x.n as f64 - 0.7, 0.0..panel.y_max.max(1e-9))
        .map_err(err)?;
    chart
        .configure_mesh()
        .x_desc(x.x_label)
        .y_desc(panel.y_label.as_str())
        .x_labels(x.n + 1)
        .x_label_formatter(x.fmt)
        .disable_x_mesh()
        .y_label_formatter(&|v| number(*v, panel.y_max))
        .light_line_style(WHITE)
        .draw()
        .map_err(err)?;
    if let Some(ideal) = &panel.ideal {
        let ideal = ideal.iter().filter(|p| p.1 <= panel.y_max).copied();
        chart
            .draw_series(LineSeries::new(ideal, BLACK.mix(0.3).stroke_width(1)))
            .map_err(err)?
            .label("linear")
            .legend(|(x, y)| PathElement::new([(x, y), (x + 20, y)], BLACK.mix(0.3)));
    }
    for (i, line) in lines.iter().enumerate() {
        let (r, g, b) = PALETTE[i % PALETTE.len()];
        let color = RGBColor(r, g, b).to_rgba();
        let pts: Vec<(f64, f64)> = line
            .points
            .iter()
            .filter_map(|p| (panel.pick)(p).map(|y| (p.0, y)))
            .collect();
        chart
            .draw_series(LineSeries::new(pts.clone(), color.stroke_width(2)))
            .map_err(err)?
            .label(line.label.as_str())
            .legend(move |(x, y)| PathElement::new([(x, y), (x + 20, y)], color.stroke_width(2)));
        chart
            .draw_series(pts.into_iter().map(|p| Circle::new(p, 3, color.filled())))
            .map_err(err)?;
    }
    if !panel.legend {
        return Ok(());
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperLeft)
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK.mix(0.4))
        .draw()
        .map_err(err)?;
    Ok(())
}

/// A y tick label with as few decimals as the panel's scale needs.
fn number(v: f64, max: f64) -> String {
    if max >= 20.0 {
        format!("{v:.0}")
    } else if max >= 2.0 {
        format!("{v:.1}")
    } else {
        format!("{v:.2}")
    }
}
