//! The HTML page of a `corelab check` (`--report check.html`): the verdict
//! and the search's statistics, then each problem with its counterexample
//! as a timeline — one column per thread, one row per visible step, the
//! preemptions marked — side by side with the program's source, where
//! hovering a step lights up its line. Self-contained (inline CSS and a few
//! lines of JavaScript), deterministic, and built from plain data so that
//! this crate needs nothing from the checker.

use crate::html::escape;
use std::fmt::Write;

/// One visible step of a counterexample.
#[derive(Clone, Debug)]
pub struct StepView {
    pub tid: usize,
    /// Program line (0: none).
    pub line: u32,
    pub text: String,
    pub preempt: bool,
}

#[derive(Clone, Debug)]
pub struct ProblemView {
    pub title: String,
    /// The explanation under the title (plain text).
    pub details: String,
    pub threads: Vec<String>,
    pub steps: Vec<StepView>,
    /// The `corelab replay` command, when the problem has a schedule.
    pub replay: Option<String>,
}

#[derive(Clone, Debug)]
pub struct CheckReport {
    /// The program's file name and text.
    pub program: String,
    pub source: String,
    /// The verdict as `corelab check` prints it.
    pub verdict: String,
    /// (label, value) rows: schedules, classes, time...
    pub stats: Vec<(String, String)>,
    pub problems: Vec<ProblemView>,
}

const CSS: &str = "body{font:14px/1.4 system-ui,sans-serif;margin:0;color:#222;background:#fafafa}\
header{padding:16px 24px;background:#263238;color:#eceff1}header h1{margin:0 0 6px;font-size:20px}\
header pre{margin:0;white-space:pre-wrap;color:#cfd8dc}main{padding:8px 24px 40px}\
table.stats td{padding:2px 12px 2px 0}section{margin:24px 0;padding:12px 16px;background:#fff;\
border:1px solid #ddd;border-radius:6px}section h2{margin:0 0 8px;font-size:16px;color:#b71c1c}\
section.ok h2{color:#2e7d32}pre.details{background:#f5f5f5;padding:8px;overflow:auto}\
.pair{display:flex;gap:16px;align-items:flex-start}.steps{flex:3;overflow:auto;max-height:70vh}\
.src{flex:2;overflow:auto;max-height:70vh;position:sticky;top:0}\
table.tl{border-collapse:collapse;font:12px/1.3 ui-monospace,monospace}\
table.tl th{position:sticky;top:0;background:#eceff1;padding:4px 8px;text-align:left}\
table.tl td{padding:2px 8px;border-bottom:1px solid #f0f0f0;vertical-align:top;white-space:nowrap}\
table.tl td.n{color:#999;text-align:right}table.tl tr.pre td{border-top:2px solid #ef6c00}\
table.tl tr.pre td.cell{background:#fff3e0}table.tl td.cell{background:#e3f2fd}\
table.tl tr:hover td{background:#fffde7}.mark{color:#ef6c00;font-weight:bold}\
ol.code{font:12px/1.5 ui-monospace,monospace;margin:0;padding-left:48px;background:#fcfcfc}\
ol.code li{white-space:pre;padding-left:6px}ol.code li.used{background:#e8f5e9}\
ol.code li.hot{background:#ffe082}code.replay{display:block;margin-top:8px;padding:6px;\
background:#263238;color:#eceff1;overflow:auto}tr.folded{display:none}\
tr.fold td{color:#607d8b;cursor:pointer;font-style:italic}";

const JS: &str = "document.querySelectorAll('tr.fold').forEach(function(f){f.addEventListener('click',function(){\
f.closest('table').querySelectorAll('tr[data-in=\"'+f.dataset.group+'\"]').forEach(function(r){r.classList.remove('folded')});\
f.remove();});});document.querySelectorAll('table.tl tr[data-line]').forEach(function(r){\
var sec=r.closest('section');function set(on){var l=sec.querySelector('ol.code li[value=\"'+r.dataset.line+'\"]');\
if(l){l.classList.toggle('hot',on);if(on)l.scrollIntoView({block:'nearest'});}}\
r.addEventListener('mouseenter',function(){set(true)});r.addEventListener('mouseleave',function(){set(false)});});";

/// One step's row (hidden in fold `group` when given).
fn row(h: &mut String, p: &ProblemView, i: usize, group: Option<usize>) {
    let s = &p.steps[i];
    let mut cls = Vec::new();
    if s.preempt {
        cls.push("pre");
    }
    if group.is_some() {
        cls.push("folded");
    }
    let cls = if cls.is_empty() {
        String::new()
    } else {
        format!(" class=\"{}\"", cls.join(" "))
    };
    let grp = group.map_or(String::new(), |g| format!(" data-in=\"{g}\""));
    let data = if s.line > 0 {
        format!(" data-line=\"{}\"", s.line)
    } else {
        String::new()
    };
    let line = if s.line > 0 {
        s.line.to_string()
    } else {
        String::new()
    };
    let _ = write!(
        h,
        "<tr{cls}{grp}{data}><td class=\"n\">{}</td><td class=\"n\">{line}</td>",
        i + 1
    );
    for t in 0..p.threads.len() {
        if t == s.tid {
            let mark = if s.preempt {
                "<span class=\"mark\" title=\"preempted another thread\">↯ </span>"
            } else {
                ""
            };
            let _ = write!(h, "<td class=\"cell\">{mark}{}</td>", escape(&s.text));
        } else {
            h.push_str("<td></td>");
        }
    }
    h.push_str("</tr>\n");
}

/// The whole page.
pub fn render(r: &CheckReport) -> String {
    let mut h = String::new();
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>corelab check: {}</title><style>{CSS}</style></head><body>\n",
        escape(&r.program)
    );
    let _ = writeln!(
        h,
        "<header><h1>corelab check: {}</h1><pre>{}</pre></header><main>",
        escape(&r.program),
        escape(&r.verdict)
    );
    h.push_str("<table class=\"stats\">");
    for (k, v) in &r.stats {
        let _ = write!(
            h,
            "<tr><td>{}</td><td><b>{}</b></td></tr>",
            escape(k),
            escape(v)
        );
    }
    h.push_str("</table>\n");
    if r.problems.is_empty() {
        h.push_str("<section class=\"ok\"><h2>Nothing found</h2></section>\n");
    }
    let lines: Vec<&str> = r.source.lines().collect();
    for p in &r.problems {
        let _ = writeln!(
            h,
            "<section><h2>{}</h2><pre class=\"details\">{}</pre>",
            escape(&p.title),
            escape(&p.details)
        );
        if !p.steps.is_empty() {
            h.push_str("<div class=\"pair\"><div class=\"steps\"><table class=\"tl\"><tr><th>#</th><th>line</th>");
            for t in &p.threads {
                let _ = write!(h, "<th>{}</th>", escape(t));
            }
            h.push_str("</tr>\n");
            // Long stretches far from any switch of thread are folded
            // behind a row that opens them.
            let n = p.steps.len();
            let keep: Vec<bool> = (0..n)
                .map(|i| {
                    let (lo, hi) = (i.saturating_sub(3), (i + 3).min(n - 1));
                    i < 3
                        || i + 3 >= n
                        || (lo..=hi).any(|k| p.steps[k].preempt || p.steps[k].tid != p.steps[i].tid)
                })
                .collect();
            let mut group = 0;
            let mut i = 0;
            while i < n {
                if !keep[i] {
                    let start = i;
                    while i < n && !keep[i] {
                        i += 1;
                    }
                    group += 1;
                    let who = p.threads.get(p.steps[start].tid).map_or("", |s| s.as_str());
                    let _ = writeln!(
                        h,
                        "<tr class=\"fold\" data-group=\"{group}\"><td></td><td></td><td colspan=\"{}\">▸ {} more steps of {} (click to show)</td></tr>",
                        p.threads.len(),
                        i - start,
                        escape(who)
                    );
                    for k in start..i {
                        row(&mut h, p, k, Some(group));
                    }
                    continue;
                }
                row(&mut h, p, i, None);
                i += 1;
            }
            h.push_str("</table></div><div class=\"src\"><ol class=\"code\">");

            let used: std::collections::BTreeSet<u32> = p.steps.iter().map(|s| s.line).collect();
            for (i, l) in lines.iter().enumerate() {
                let n = i as u32 + 1;
                let cls = if used.contains(&n) {
                    " class=\"used\""
                } else {
                    ""
                };
                let _ = write!(h, "<li value=\"{n}\"{cls}>{}</li>", escape(l));
            }
            h.push_str("</ol></div></div>\n");
        }
        if let Some(cmd) = &p.replay {
            let _ = write!(h, "<code class=\"replay\">{}</code>", escape(cmd));
        }
        h.push_str("</section>\n");
    }
    let _ = writeln!(h, "</main><script>{JS}</script></body></html>");
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report() -> CheckReport {
        CheckReport {
            program: "bank.py".into(),
            source: "x = 1\nif x < 2: print('</script>')\n".into(),
            verdict: "found 1 problem".into(),
            stats: vec![("schedules".into(), "6".into())],
            problems: vec![ProblemView {
                title: "✗ data race on x".into(),
                details: "T1 writes <x>".into(),
                threads: vec!["MainThread".into(), "T1".into()],
                steps: vec![
                    StepView {
                        tid: 0,
                        line: 1,
                        text: "writes x = 1".into(),
                        preempt: false,
                    },
                    StepView {
                        tid: 1,
                        line: 2,
                        text: "reads x = 1".into(),
                        preempt: true,
                    },
                ],
                replay: Some("corelab replay bank.py --schedule ft:0.1".into()),
            }],
        }
    }

    #[test]
    fn steps_sit_in_their_threads_column_and_preemptions_are_marked() {
        let page = render(&report());
        assert!(page.contains("<tr data-line=\"1\"><td class=\"n\">1</td><td class=\"n\">1</td><td class=\"cell\">writes x = 1</td><td></td></tr>"));
        assert!(page.contains("<tr class=\"pre\" data-line=\"2\">"));
        assert!(page.contains("<td></td><td class=\"cell\"><span class=\"mark\""));
        assert!(page.contains("<li value=\"2\" class=\"used\">"));
    }

    #[test]
    fn program_text_cannot_break_the_page() {
        let page = render(&report());
        assert_eq!(
            page.matches("</script>").count(),
            1,
            "only the page's own script ends"
        );
        assert!(page.contains("T1 writes &lt;x&gt;"));
    }

    #[test]
    fn deterministic() {
        assert_eq!(render(&report()), render(&report()));
    }
}
