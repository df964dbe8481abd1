//! Tests of the HTML page: data embedded, text escaped, bytes stable.

use super::*;
use corelab_machine::stats::ThreadSummary;
use corelab_machine::thread::{Category, Times};
use corelab_machine::trace::Event;

fn trace() -> Trace {
    Trace {
        events: vec![
            Event::State {
                t: 0,
                tid: 0,
                cat: Category::Running,
            },
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
                t: 600,
                tid: 0,
                cat: Category::GilWait,
            },
        ],
        threads: vec!["Main<Thread>".into()],
        thread_procs: vec![0],
        procs: vec![(4242, "MainProcess".into())],
        cores: 1,
        end: 1000,
        state_lines: vec![(0, 1), (3, 2)],
        line_times: vec![LineTimes {
            cpu_ns: vec![0, 600],
            gil_wait_ns: vec![0, 0, 400],
        }],
    }
}

fn summary() -> Summary {
    Summary {
        processes: Vec::new(),
        process_start_ns: 0,
        transfer_ns: 0,
        cores: 1,
        gil: "modern",
        wall_ns: 1000,
        threads: vec![ThreadSummary {
            name: "Main<Thread>".into(),
            process: 0,
            times: Times {
                running: 600,
                gil_wait: 400,
                ..Times::default()
            },
            lifetime: 1000,
        }],
        gil_switches: 3,
        context_switches: 2,
        busy_ns: 600,
        instructions: 42,
    }
}

const PROGRAM: &str = "x = '</script><script>alert(1)</script>'\nprint(x & 1 < 2)\n";

fn page() -> String {
    let src = Source {
        name: "prog<1>.py",
        text: PROGRAM,
    };
    render(&trace(), &summary(), src)
}

/// The JSON data block of a page, parsed.
fn data(page: &str) -> serde_json::Value {
    let open = "<script type=\"application/json\" id=\"corelab-data\">";
    let from = page.find(open).map(|i| i + open.len()).unwrap_or(0);
    let to = page[from..]
        .find("</script>")
        .map_or(page.len(), |i| from + i);
    serde_json::from_str(&page[from..to]).unwrap_or_default()
}

#[test]
fn source_text_cannot_end_the_script_elements() {
    let p = page();
    // Three scripts open and close: data, code; nothing from the program.
    assert_eq!(p.matches("</script>").count(), 2, "{p}");
    assert!(!p.contains("<script>alert"));
    assert!(p.contains("x = &#39;&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&#39;"));
    assert!(p.contains("print(x &amp; 1 &lt; 2)"));
    assert!(p.contains("<title>corelab: prog&lt;1&gt;.py</title>"));
    let d = data(&p);
    assert_eq!(d["source"][0], "x = '</script><script>alert(1)</script>'");
    assert_eq!(d["file"], "prog<1>.py");
    assert_eq!(d["threads"][0]["name"], "Main<Thread>");
}

#[test]
fn the_page_carries_lanes_spans_and_summary() {
    let p = page();
    let d = data(&p);
    let kinds: Vec<&str> = d["lanes"]
        .as_array()
        .map(|a| a.iter().filter_map(|l| l["kind"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(kinds, ["core", "gil", "thread"]);
    // core: 1 span, GIL: 1, thread: running then GIL wait.
    assert_eq!(d["spans"], 4);
    let expect_start = base64(&f64_bytes(&[0.0, 0.0, 0.0, 600.0]));
    assert_eq!(d["start"], expect_start.as_str());
    assert_eq!(d["line"], base64(&u32_bytes(&[0, 0, 1, 2])).as_str());
    assert_eq!(d["value"], base64(&u32_bytes(&[1, 1, 0, 3])).as_str());
    assert_eq!(d["end"], 1000);
    assert!(p.contains("GIL hand-overs</div><div class=\"v\">3"));
    assert!(p.contains("<td>Main&lt;Thread&gt;</td>"));
    // Line 1 has all CPU time, line 2 all GIL waiting.
    assert!(p.contains("<tr id=\"L1\"><td class=\"bar\"><div class=\"b\"><span class=\"s0\" style=\"width:100.00%\">"));
    assert!(p.contains("<tr id=\"L2\"><td class=\"bar\"></td><td class=\"bar\"><div class=\"b\"><span class=\"s3\" style=\"width:100.00%\">"));
}

#[test]
fn same_run_same_bytes() {
    assert_eq!(page(), page());
}

#[test]
fn assets_cannot_close_their_elements() {
    assert!(!JS.contains("</script"));
    assert!(!CSS.contains("</style"));
}

#[test]
fn base64_matches_the_standard_alphabet() {
    assert_eq!(base64(b""), "");
    assert_eq!(base64(b"f"), "Zg==");
    assert_eq!(base64(b"fo"), "Zm8=");
    assert_eq!(base64(b"foo"), "Zm9v");
    assert_eq!(base64(&[0xfb, 0xff]), "+/8=");
}
