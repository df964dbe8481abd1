//! The HTML report (`corelab run --report FILE.html`): one self-contained
//! page — no network, inline CSS and JavaScript (`html/report.css`,
//! `html/report.js`) — with a zoomable canvas timeline of cores, GIL
//! holders and threads, the run's summary, and the program's source with
//! each line's share of CPU time and of GIL waiting.
//!
//! The timeline's spans (`html/lanes.rs`) are embedded column-wise as
//! base64 little-endian typed arrays inside a JSON block, so a run of a
//! million events stays a few tens of MB and loads in well under a second.
//! Everything the page shows comes from the trace and the summary; the
//! same run gives the same bytes.

mod lanes;

use corelab_machine::stats::{fmt_ns, Summary};
use corelab_machine::trace::{LineTimes, Trace};
use serde_json::json;
use std::fmt::Write;

pub use lanes::{build as build_lanes, state_code, Lane, LaneKind, Lanes, STATES};

const CSS: &str = include_str!("html/report.css");
const JS: &str = include_str!("html/report.js");

/// The program the run executed (for the source view and tooltips).
#[derive(Clone, Copy, Debug)]
pub struct Source<'a> {
    pub name: &'a str,
    pub text: &'a str,
}

/// The whole page.
pub fn render(trace: &Trace, stats: &Summary, source: Source<'_>) -> String {
    let lanes = lanes::build(trace, stats.gil != "none");
    let data = script_json(&page_data(trace, stats, source, &lanes));
    let mut page = String::with_capacity(data.len() + 64 * 1024);
    page.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    let _ = writeln!(page, "<title>corelab: {}</title>", escape(source.name));
    let _ = writeln!(page, "<style>\n{CSS}</style>\n</head>\n<body>");
    let _ = writeln!(
        page,
        "<header><h1>corelab run <code>{}</code></h1><p class=\"sub\">{} cores, GIL {}, simulated wall time {}</p></header>",
        escape(source.name),
        stats.cores,
        escape(stats.gil),
        fmt_ns(stats.wall_ns)
    );
    page.push_str(TIMELINE_HTML);
    page.push_str(&summary_html(stats));
    page.push_str(&source_html(trace, stats, source));
    let _ = writeln!(
        page,
        "<script type=\"application/json\" id=\"corelab-data\">{data}</script>"
    );
    let _ = writeln!(page, "<script>\n{JS}</script>\n</body>\n</html>");
    page
}

/// The timeline's frame; report.js fills it.
const TIMELINE_HTML: &str = r#"<section id="timeline-section">
<h2>Timeline</h2>
<p class="hint">Wheel: zoom at the pointer. Drag: pan. Double-click: show everything. Hover a span for details.</p>
<div id="legend"></div>
<div id="timeline"><canvas id="tl-canvas"></canvas><div id="tooltip" hidden></div></div>
</section>
"#;

/// The data report.js reads: run shape, lanes, spans, source lines.
fn page_data(
    trace: &Trace,
    stats: &Summary,
    source: Source<'_>,
    lanes: &Lanes,
) -> serde_json::Value {
    let lane_list: Vec<serde_json::Value> = lanes
        .lanes
        .iter()
        .map(|l| {
            json!({"kind": l.kind.name(), "label": l.label, "process": l.process,
                   "index": l.index, "first": l.first, "count": l.count})
        })
        .collect();
    let threads: Vec<serde_json::Value> = trace
        .threads
        .iter()
        .enumerate()
        .map(|(tid, name)| json!({"name": name, "process": trace.thread_procs.get(tid)}))
        .collect();
    let procs: Vec<serde_json::Value> = trace
        .procs
        .iter()
        .map(|(pid, name)| json!({"pid": pid, "name": name}))
        .collect();
    let states: Vec<&str> = STATES.iter().map(|c| c.name()).collect();
    let starts: Vec<f64> = lanes.start.iter().map(|&t| t as f64).collect();
    json!({
        "file": source.name,
        "cores": trace.cores,
        "gil": stats.gil,
        "end": trace.end,
        "states": states,
        "threads": threads,
        "processes": procs,
        "lanes": lane_list,
        "spans": lanes.start.len(),
        "start": base64(&f64_bytes(&starts)),
        "value": base64(&u32_bytes(&lanes.value)),
        "line": base64(&u32_bytes(&lanes.line)),
        "source": source.text.lines().collect::<Vec<_>>(),
    })
}

/// JSON safe inside a `<script>` element: `<` only occurs inside JSON
/// strings, where `\u003c` means the same, so `</script>` and `<!--` in
/// names or source text cannot end the element.
fn script_json(v: &serde_json::Value) -> String {
    serde_json::to_string(v)
        .unwrap_or_else(|_| "{}".into())
        .replace('<', "\\u003c")
}

/// Text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

fn f64_bytes(v: &[f64]) -> Vec<u8> {
    v.iter().flat_map(|x| x.to_le_bytes()).collect()
}

fn u32_bytes(v: &[u32]) -> Vec<u8> {
    v.iter().flat_map(|x| x.to_le_bytes()).collect()
}

/// Standard base64 with padding.
pub fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(ABC[(n >> (18 - 6 * k)) as usize & 63] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The run's figures and the per-thread table.
fn summary_html(s: &Summary) -> String {
    let mut h = String::from("<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"cards\">\n");
    let cards = [
        ("wall time", fmt_ns(s.wall_ns)),
        ("cores", s.cores.to_string()),
        ("GIL", s.gil.to_string()),
        (
            "core utilisation",
            format!("{:.1}%", 100.0 * s.utilisation()),
        ),
        ("GIL hand-overs", s.gil_switches.to_string()),
        ("context switches", s.context_switches.to_string()),
        ("concurrency", format!("{:.2}", s.concurrency())),
        ("parallelism", format!("{:.2}", s.parallelism())),
        ("instructions", s.instructions.to_string()),
        ("CPU time", fmt_ns(s.busy_ns)),
    ];
    for (k, v) in cards {
        let _ = writeln!(
            h,
            "<div class=\"card\"><div class=\"k\">{k}</div><div class=\"v\">{}</div></div>",
            escape(&v)
        );
    }
    h.push_str("</div>\n<p class=\"hint\">Concurrency: threads in progress, on average. Parallelism: threads executing on a core at once, on average.</p>\n");
    h.push_str(&thread_table(s));
    h.push_str("</section>\n");
    h
}

/// One row per thread: its times and a bar of how its life was spent.
fn thread_table(s: &Summary) -> String {
    let mut h = String::from(
        "<table class=\"threads\"><thead><tr><th>thread</th><th>process</th><th>running</th><th>no GIL</th><th>core wait</th><th>GIL wait</th><th>lock</th><th>sleep/IO</th><th>join</th><th class=\"barcol\">share of its life</th></tr></thead><tbody>\n",
    );
    for t in &s.threads {
        let x = &t.times;
        let cols = [
            x.running, x.gil_free, x.ready, x.gil_wait, x.lock, x.sleep, x.join,
        ];
        let pid = s.processes.get(t.process).map_or(0, |p| p.pid);
        let _ = write!(h, "<tr><td>{}</td><td>{pid}</td>", escape(&t.name));
        for ns in cols {
            let _ = write!(h, "<td class=\"num\">{}</td>", fmt_ns(ns));
        }
        let total: u64 = cols.iter().sum::<u64>().max(1);
        h.push_str("<td class=\"barcol\"><div class=\"stack\">");
        for (i, ns) in cols.iter().enumerate() {
            if *ns > 0 {
                let pct = 100.0 * *ns as f64 / total as f64;
                let _ = write!(h, "<span class=\"s{i}\" style=\"width:{pct:.2}%\"></span>");
            }
        }
        h.push_str("</div></td></tr>\n");
    }
    h.push_str("</tbody></table>\n");
    h
}

/// The program, one row per line, with bars for its share of CPU time and
/// of GIL waiting (summed over processes).
fn source_html(trace: &Trace, stats: &Summary, source: Source<'_>) -> String {
    let cpu = sum_lines(&trace.line_times, |l| &l.cpu_ns);
    let gil = sum_lines(&trace.line_times, |l| &l.gil_wait_ns);
    let cpu_total: u64 = cpu.iter().sum();
    let gil_total: u64 = gil.iter().sum();
    let mut h = String::from("<section id=\"source\">\n<h2>Source</h2>\n");
    let _ = writeln!(
        h,
        "<p class=\"hint\">Each line's share of the simulated CPU time spent executing the program (<span class=\"key s0\"></span> {} of the run's {} CPU time; the rest went to context switches and starting threads; sampled every few µs, library calls counted at the calling line) and of waiting for the GIL (<span class=\"key s3\"></span> {} in all, counted at the line where the wait began).</p>",
        fmt_ns(cpu_total),
        fmt_ns(stats.busy_ns),
        fmt_ns(gil_total)
    );
    h.push_str("<table class=\"src\"><thead><tr><th>CPU</th><th>GIL wait</th><th>line</th><th></th></tr></thead><tbody>\n");
    let share =
        |v: &[u64], i: usize, total: u64| v.get(i).map_or(0.0, |&x| x as f64 / total.max(1) as f64);
    for (i, text) in source.text.lines().enumerate() {
        let n = i + 1;
        let (c, g) = (share(&cpu, n, cpu_total), share(&gil, n, gil_total));
        let _ = writeln!(
            h,
            "<tr id=\"L{n}\"><td class=\"bar\">{}</td><td class=\"bar\">{}</td><td class=\"ln\">{n}</td><td class=\"code\">{}</td></tr>",
            bar(c, 0),
            bar(g, 3),
            escape(text)
        );
    }
    let (c, g) = (share(&cpu, 0, cpu_total), share(&gil, 0, gil_total));
    if c > 0.0 || g > 0.0 {
        let _ = writeln!(
            h,
            "<tr><td class=\"bar\">{}</td><td class=\"bar\">{}</td><td class=\"ln\"></td><td class=\"code other\">(outside the program's lines: start-up, imports)</td></tr>",
            bar(c, 0),
            bar(g, 3)
        );
    }
    h.push_str("</tbody></table>\n</section>\n");
    h
}

/// Per-line totals over all processes.
fn sum_lines(per_proc: &[LineTimes], f: impl Fn(&LineTimes) -> &Vec<u64>) -> Vec<u64> {
    let mut out: Vec<u64> = Vec::new();
    for p in per_proc {
        for (i, &ns) in f(p).iter().enumerate() {
            LineTimes::add(&mut out, i as u32, ns);
        }
    }
    out
}

/// A bar of `share` (0..1) in the colour of state `class`, with its
/// percentage.
fn bar(share: f64, class: usize) -> String {
    if share <= 0.0 {
        return String::new();
    }
    let pct = 100.0 * share;
    format!(
        "<div class=\"b\"><span class=\"s{class}\" style=\"width:{pct:.2}%\"></span><em>{pct:.1}%</em></div>"
    )
}

#[cfg(test)]
mod tests;
