//! The terminal timeline (`corelab run --timeline`): time runs left to
//! right; one row per core (which thread ran there), one for the GIL (who
//! held it) and one per thread (what it was doing). Each column covers an
//! equal slice of simulated time and shows what took most of that slice.
//! Readable at 80 columns and wider; ANSI colour when asked for.

use corelab_machine::stats::fmt_ns;
use corelab_machine::thread::Category;
use corelab_machine::trace::{Event, Trace};

/// How to draw.
#[derive(Clone, Debug)]
pub struct Options {
    /// Total width in columns (at least 40 are used).
    pub width: usize,
    pub color: bool,
    /// Thread rows shown at most (the rest are summarised in one line).
    pub max_threads: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            width: 80,
            color: false,
            max_threads: 24,
        }
    }
}

const CATEGORIES: [Category; 8] = [
    Category::Running,
    Category::GilFree,
    Category::Ready,
    Category::GilWait,
    Category::Sleep,
    Category::Lock,
    Category::Join,
    Category::None,
];

fn index(c: Category) -> usize {
    CATEGORIES.iter().position(|&x| x == c).unwrap_or(7)
}

/// The glyph and ANSI colour of a category.
fn glyph(c: Category) -> (char, &'static str) {
    match c {
        Category::Running => ('█', "\x1b[32m"),
        Category::GilFree => ('▓', "\x1b[36m"),
        Category::Ready => ('▒', "\x1b[33m"),
        Category::GilWait => ('░', "\x1b[31m"),
        Category::Sleep => ('~', "\x1b[34m"),
        Category::Lock => ('x', "\x1b[35m"),
        Category::Join => ('.', "\x1b[90m"),
        Category::None => (' ', ""),
    }
}

const RESET: &str = "\x1b[0m";

/// The one-character name of thread `tid` in core and GIL rows.
fn symbol(tid: usize) -> char {
    const S: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    S.get(tid).map(|&b| b as char).unwrap_or('+')
}

/// Time per bucket, accumulated from intervals.
struct Buckets {
    size: u64,
    n: usize,
}

impl Buckets {
    /// Calls `add(bucket, overlap)` for each bucket [a, b) touches.
    fn spread(&self, a: u64, b: u64, mut add: impl FnMut(usize, u64)) {
        if b <= a {
            return;
        }
        let first = (a / self.size) as usize;
        let last = (((b - 1) / self.size) as usize).min(self.n - 1);
        for i in first..=last.max(first).min(self.n - 1) {
            let lo = (i as u64 * self.size).max(a);
            let hi = ((i as u64 + 1) * self.size).min(b);
            if hi > lo {
                add(i, hi - lo);
            }
        }
    }
}

/// Renders the timeline of `trace`.
pub fn render(trace: &Trace, opts: &Options) -> String {
    let width = opts.width.max(40);
    let nthreads = trace.threads.len();
    let shown = nthreads.min(opts.max_threads.max(1));
    let labels: Vec<String> = (0..shown)
        .map(|t| format!("{} {}", symbol(t), trace.threads[t]))
        .collect();
    let label_w = labels
        .iter()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0)
        .clamp(8, 24);
    let end = trace.end.max(1);
    let size = end.div_ceil((width - label_w - 2) as u64).max(1);
    // Columns that cover [0, end) exactly.
    let plot_w = end.div_ceil(size) as usize;
    let b = Buckets { size, n: plot_w };
    let events = trace.sorted();

    // Per thread and bucket: time in each category.
    let mut states = vec![vec![[0u64; 8]; plot_w]; shown];
    let mut current: Vec<(Category, u64)> = vec![(Category::None, 0); nthreads];
    // Per core and bucket: time per occupant (few threads per bucket).
    let mut cores: Vec<Vec<Vec<(usize, u64)>>> = vec![vec![Vec::new(); plot_w]; trace.cores];
    let mut occupant: Vec<(Option<usize>, u64)> = vec![(None, 0); trace.cores];
    let nprocs = trace.procs.len().max(1);
    let mut gil: Vec<Vec<Vec<(usize, u64)>>> = vec![vec![Vec::new(); plot_w]; nprocs];
    let mut holder: Vec<(Option<usize>, u64)> = vec![(None, 0); nprocs];
    let add_to =
        |v: &mut Vec<(usize, u64)>, tid: usize, d: u64| match v.iter_mut().find(|(t, _)| *t == tid)
        {
            Some(e) => e.1 += d,
            None => v.push((tid, d)),
        };
    for e in &events {
        match *e {
            Event::State { t, tid, cat } => {
                let (old, since) = current[tid];
                if tid < shown {
                    b.spread(since, t, |i, d| states[tid][i][index(old)] += d);
                }
                current[tid] = (cat, t);
            }
            Event::Core { t, core, tid } => {
                if let (Some(o), since) = occupant[core] {
                    b.spread(since, t, |i, d| add_to(&mut cores[core][i], o, d));
                }
                occupant[core] = (tid, t);
            }
            Event::Gil { t, proc, holder: h } => {
                let proc = proc.min(nprocs - 1);
                if let (Some(o), since) = holder[proc] {
                    b.spread(since, t, |i, d| add_to(&mut gil[proc][i], o, d));
                }
                holder[proc] = (h, t);
            }
            Event::Handover { .. } => {}
        }
    }
    for (tid, &(cat, since)) in current.iter().enumerate().take(shown) {
        b.spread(since, end, |i, d| states[tid][i][index(cat)] += d);
    }
    for (core, &(o, since)) in occupant.iter().enumerate() {
        if let Some(o) = o {
            b.spread(since, end, |i, d| add_to(&mut cores[core][i], o, d));
        }
    }
    for (proc, &(o, since)) in holder.iter().enumerate() {
        if let Some(o) = o {
            b.spread(since, end, |i, d| add_to(&mut gil[proc][i], o, d));
        }
    }

    let mut out = String::new();
    let pad = |s: &str| format!("{s:<label_w$}  ");
    // Time axis.
    let right = fmt_ns(trace.end);
    out.push_str(&pad(""));
    out.push('0');
    out.push_str(&" ".repeat(plot_w.saturating_sub(1 + right.chars().count())));
    out.push_str(&right);
    out.push('\n');
    let dominant = |v: &Vec<(usize, u64)>| {
        v.iter()
            .max_by_key(|(t, d)| (*d, std::cmp::Reverse(*t)))
            .map(|(t, _)| *t)
    };
    for (core, row) in cores.iter().enumerate() {
        out.push_str(&pad(&format!("core {core}")));
        for cell in row {
            match dominant(cell) {
                Some(t) => out.push(symbol(t)),
                None => out.push('·'),
            }
        }
        out.push('\n');
    }
    for (proc, row) in gil.iter().enumerate() {
        if !events
            .iter()
            .any(|e| matches!(e, Event::Gil { proc: p, .. } if *p == proc))
        {
            continue;
        }
        let label = if nprocs == 1 {
            "GIL held by".to_string()
        } else {
            let pid = trace.procs.get(proc).map_or(0, |p| p.0);
            format!("GIL of pid {pid}")
        };
        out.push_str(&pad(&label));
        for cell in row {
            match dominant(cell) {
                Some(t) => out.push(symbol(t)),
                None => out.push('·'),
            }
        }
        out.push('\n');
    }
    for (tid, label) in labels.iter().enumerate() {
        let label: String = label.chars().take(label_w).collect();
        out.push_str(&pad(&label));
        let mut last_color = "";
        for cell in &states[tid] {
            let busy = cell[..7].iter().any(|&d| d > 0);
            let cat = if busy {
                let i = (0..7)
                    .max_by_key(|&i| (cell[i], std::cmp::Reverse(i)))
                    .unwrap_or(7);
                CATEGORIES[i]
            } else {
                Category::None
            };
            let (ch, color) = glyph(cat);
            if opts.color && color != last_color {
                out.push_str(if color.is_empty() { RESET } else { color });
                last_color = color;
            }
            out.push(ch);
        }
        if opts.color && !last_color.is_empty() {
            out.push_str(RESET);
        }
        out.push('\n');
    }
    if nthreads > shown {
        out.push_str(&format!(
            "{}(+{} more threads not shown)\n",
            pad(""),
            nthreads - shown
        ));
    }
    // Legend.
    let mut legend = String::new();
    for c in &CATEGORIES[..7] {
        let (ch, color) = glyph(*c);
        if opts.color {
            legend.push_str(&format!("{color}{ch}{RESET} {}  ", c.name()));
        } else {
            legend.push_str(&format!("{ch} {}  ", c.name()));
        }
    }
    out.push_str(&wrap(legend.trim_end(), width));
    out.push('\n');
    out
}

/// Wraps `text` at two-space boundaries to `width` columns (ANSI codes
/// count as zero width).
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line_len = 0;
    for item in text.split("  ") {
        let visible = strip_ansi(item).chars().count();
        if line_len > 0 && line_len + 2 + visible > width {
            out.push('\n');
            line_len = 0;
        }
        if line_len > 0 {
            out.push_str("  ");
            line_len += 2;
        }
        out.push_str(item);
        line_len += visible;
    }
    out
}

fn strip_ansi(s: &str) -> String {
    let mut out = String::new();
    let mut in_esc = false;
    for c in s.chars() {
        match (in_esc, c) {
            (false, '\x1b') => in_esc = true,
            (true, 'm') => in_esc = false,
            (true, _) => {}
            (false, c) => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn two_threads() -> Trace {
        let mut events = vec![
            Event::Core {
                t: 0,
                core: 0,
                tid: Some(0),
            },
            Event::Gil {
                t: 0,
                proc: 0,
                holder: Some(0),
            },
            Event::State {
                t: 0,
                tid: 0,
                cat: Category::Running,
            },
            Event::State {
                t: 0,
                tid: 1,
                cat: Category::GilWait,
            },
        ];
        events.push(Event::State {
            t: 500,
            tid: 0,
            cat: Category::GilWait,
        });
        events.push(Event::State {
            t: 500,
            tid: 1,
            cat: Category::Running,
        });
        events.push(Event::Core {
            t: 500,
            core: 0,
            tid: Some(1),
        });
        events.push(Event::Gil {
            t: 500,
            proc: 0,
            holder: Some(1),
        });
        Trace {
            events,
            threads: vec!["MainThread".into(), "Thread-1".into()],
            thread_procs: vec![0, 0],
            procs: vec![(4242, "MainProcess".into())],
            cores: 1,
            end: 1000,
            ..Default::default()
        }
    }

    #[test]
    fn halves_show_who_ran_and_who_waited() {
        let text = render(&two_threads(), &Options::default());
        let lines: Vec<&str> = text.lines().collect();
        let core = lines[1];
        assert!(core.starts_with("core 0"));
        let plot: String = core.chars().skip(14).collect();
        let half = plot.chars().count() / 2;
        assert!(plot.chars().take(half - 1).all(|c| c == '0'), "{plot}");
        assert!(plot.chars().skip(half + 1).all(|c| c == '1'), "{plot}");
        let main: String = lines[3].chars().skip(14).collect();
        assert!(main.starts_with('█') && main.ends_with('░'), "{main}");
        assert!(text.lines().all(|l| l.chars().count() <= 80), "{text}");
    }

    #[test]
    fn colour_only_when_asked() {
        let plain = render(&two_threads(), &Options::default());
        assert!(!plain.contains('\x1b'));
        let coloured = render(
            &two_threads(),
            &Options {
                color: true,
                ..Options::default()
            },
        );
        assert!(coloured.contains("\x1b[32m"));
    }
}
