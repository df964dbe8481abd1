//! The grid of a sweep: its axes (`--cores`, `--gil`, each `--set`), the
//! runs in a fixed order, which axis is "swept" (the chart's x axis), and
//! speed-ups against each line's baseline.
//!
//! Run order: every axis but the swept one in column order (cores, gil,
//! then the `--set`s as given), the swept axis innermost, so the rows of
//! one chart line are adjacent. The order depends only on the arguments.

use super::overrides::Literal;

/// What an axis varies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    Cores,
    Gil,
    /// A `--set` constant.
    Set,
}

#[derive(Clone, Debug)]
pub struct Axis {
    pub name: String,
    pub kind: Kind,
    /// Values as given on the command line.
    pub values: Vec<String>,
    /// `--set` values as Python literals (empty for cores and gil).
    pub literals: Vec<Literal>,
    /// Every value as a number, if all are numbers.
    pub numbers: Option<Vec<f64>>,
}

impl Axis {
    pub fn new(name: &str, kind: Kind, values: Vec<String>) -> Axis {
        let literals: Vec<Literal> = match kind {
            Kind::Set => values.iter().map(|v| Literal::parse(v)).collect(),
            _ => Vec::new(),
        };
        let numbers = match kind {
            Kind::Cores => values.iter().map(|v| v.parse().ok()).collect(),
            Kind::Gil => None,
            Kind::Set => literals.iter().map(Literal::number).collect(),
        };
        Axis {
            name: name.to_string(),
            kind,
            values,
            literals,
            numbers,
        }
    }
}

/// Reads `NAME=v1,v2,...`.
pub fn parse_set(arg: &str) -> Result<Axis, String> {
    let Some((name, values)) = arg.split_once('=') else {
        return Err(format!("--set {arg}: expected NAME=VALUE[,VALUE...]"));
    };
    let name = name.trim();
    let ident = name
        .chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() || c == '_')
        && name.chars().all(|c| c.is_alphanumeric() || c == '_');
    if !ident {
        return Err(format!("--set {arg}: {name:?} is not a Python name"));
    }
    let values: Vec<String> = values.split(',').map(|v| v.trim().to_string()).collect();
    if values.iter().any(String::is_empty) {
        return Err(format!("--set {arg}: empty value"));
    }
    Ok(Axis::new(name, Kind::Set, values))
}

/// The axes and the runs of a sweep.
#[derive(Clone, Debug)]
pub struct Grid {
    pub axes: Vec<Axis>,
    /// Index of the swept axis in `axes`.
    pub x: usize,
    /// Each run: the index of its value on every axis.
    pub points: Vec<Vec<usize>>,
}

impl Grid {
    /// A grid over `axes` (in column order), swept along the axis named
    /// `x` or, by default, the first numeric `--set` axis with several
    /// values, else cores if several, else the first axis with several.
    pub fn new(axes: Vec<Axis>, x: Option<&str>) -> Result<Grid, String> {
        for (i, a) in axes.iter().enumerate() {
            if axes[..i].iter().any(|b| b.name == a.name) {
                return Err(format!("the axis {} is given twice", a.name));
            }
        }
        let several = |a: &Axis| a.values.len() > 1;
        let x = match x {
            Some(name) => axes.iter().position(|a| a.name == name).ok_or_else(|| {
                let names: Vec<&str> = axes.iter().map(|a| a.name.as_str()).collect();
                format!(
                    "--x {name}: not an axis of this sweep ({})",
                    names.join(", ")
                )
            })?,
            None => axes
                .iter()
                .position(|a| a.kind == Kind::Set && several(a) && a.numbers.is_some())
                .or_else(|| {
                    axes.iter()
                        .position(|a| a.kind == Kind::Cores && several(a))
                })
                .or_else(|| axes.iter().position(several))
                .unwrap_or(0),
        };
        let mut order: Vec<usize> = (0..axes.len()).filter(|&i| i != x).collect();
        order.push(x);
        let points = odometer(&axes, &order);
        Ok(Grid { axes, x, points })
    }

    /// The key of `point`'s chart line: its values on every other axis.
    pub fn line_of(&self, point: &[usize]) -> Vec<usize> {
        let mut k = point.to_vec();
        k[self.x] = usize::MAX;
        k
    }

    /// A line's label, "gil=none cores=4".
    pub fn line_label(&self, point: &[usize]) -> String {
        let parts: Vec<String> = self
            .axes
            .iter()
            .enumerate()
            .filter(|&(i, a)| i != self.x && a.values.len() > 1)
            .map(|(i, a)| format!("{}={}", a.name, a.values[point[i]]))
            .collect();
        if parts.is_empty() {
            "all runs".into()
        } else {
            parts.join(" ")
        }
    }

    /// The swept axis's position of `point` (its number, or its index
    /// when the axis is not numeric).
    pub fn x_value(&self, point: &[usize]) -> f64 {
        let a = &self.axes[self.x];
        let i = point[self.x];
        a.numbers.as_ref().map_or(i as f64, |n| n[i])
    }

    /// Speed-up of each run against its line's baseline: the run with the
    /// smallest swept value. `walls[i]` is run i's wall time if it ended
    /// well; runs that did not, or whose baseline did not, get none.
    pub fn speedups(&self, walls: &[Option<u64>]) -> Vec<Option<f64>> {
        let mut base: Vec<(Vec<usize>, f64, Option<u64>)> = Vec::new();
        for (i, p) in self.points.iter().enumerate() {
            let (line, x) = (self.line_of(p), self.x_value(p));
            match base.iter_mut().find(|b| b.0 == line) {
                Some(b) if x < b.1 => (b.1, b.2) = (x, walls.get(i).copied().flatten()),
                Some(_) => {}
                None => base.push((line, x, walls.get(i).copied().flatten())),
            }
        }
        self.points
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let line = self.line_of(p);
                let b = base.iter().find(|b| b.0 == line)?.2?;
                let w = walls.get(i).copied().flatten()?;
                (w > 0).then(|| b as f64 / w as f64)
            })
            .collect()
    }
}

/// Every combination of values, `order[last]` varying fastest.
fn odometer(axes: &[Axis], order: &[usize]) -> Vec<Vec<usize>> {
    let total: usize = axes.iter().map(|a| a.values.len()).product();
    let mut out = Vec::with_capacity(total);
    let mut cur = vec![0usize; axes.len()];
    for _ in 0..total {
        out.push(cur.clone());
        for &i in order.iter().rev() {
            cur[i] += 1;
            if cur[i] < axes[i].values.len() {
                break;
            }
            cur[i] = 0;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn axes() -> Vec<Axis> {
        vec![
            Axis::new("cores", Kind::Cores, vec!["1".into(), "2".into()]),
            Axis::new("gil", Kind::Gil, vec!["modern".into(), "none".into()]),
            parse_set("WORKERS=1,4,2").expect("parses"),
        ]
    }

    #[test]
    fn the_swept_axis_varies_fastest() {
        let g = Grid::new(axes(), None).expect("grid");
        assert_eq!(g.x, 2);
        assert_eq!(g.points.len(), 12);
        assert_eq!(g.points[0], [0, 0, 0]);
        assert_eq!(g.points[1], [0, 0, 1]);
        assert_eq!(g.points[3], [0, 1, 0]);
        assert_eq!(g.points[6], [1, 0, 0]);
        assert_eq!(g.line_label(&g.points[3]), "cores=1 gil=none");
        let g = Grid::new(axes(), Some("cores")).expect("grid");
        assert_eq!(g.points[1], [1, 0, 0]);
        assert!(Grid::new(axes(), Some("nope")).is_err());
    }

    #[test]
    fn speedups_are_against_the_smallest_swept_value() {
        let g = Grid::new(axes(), None).expect("grid");
        let mut walls = vec![Some(100); 12];
        walls[1] = Some(25); // WORKERS=4 on the first line
        walls[2] = Some(50); // WORKERS=2
        walls[3] = None; // the second line's baseline failed
        let s = g.speedups(&walls);
        assert_eq!(s[0], Some(1.0));
        assert_eq!(s[1], Some(4.0));
        assert_eq!(s[2], Some(2.0));
        assert_eq!(s[4], None);
    }

    #[test]
    fn bad_sets_are_refused() {
        assert!(parse_set("WORKERS").is_err());
        assert!(parse_set("1X=2").is_err());
        assert!(parse_set("X=1,,2").is_err());
        let twice = vec![parse_set("X=1").expect("ok"), parse_set("X=2").expect("ok")];
        assert!(Grid::new(twice, None).is_err());
    }
}
