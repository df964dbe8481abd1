//! A structural check of a Chrome Trace Event file, strict enough that a
//! file which passes opens cleanly in ui.perfetto.dev and chrome://tracing:
//! the fields each phase needs, non-negative durations, spans of one track
//! that nest properly, every flow start finished once (and bound inside a
//! span of its track), and names for every process and track used. The
//! tests of `perfetto` and the end-to-end tests of `corelab run --perfetto`
//! run it.

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// What a valid file holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Events per phase ("X", "C", "M", "s", "f"...).
    pub phases: BTreeMap<String, usize>,
    /// Flow arrows (matched "s"/"f" pairs).
    pub flows: usize,
    /// Tracks (pid, tid) that carry spans.
    pub tracks: usize,
    /// Names of all tracks and processes (from the metadata).
    pub thread_names: BTreeSet<String>,
    pub process_names: BTreeSet<String>,
}

/// A span in integer nanoseconds.
type Span = (i64, i64);

/// Checks `v`; the error names the first problem found.
pub fn check(v: &Value) -> Result<Counts, String> {
    let events = v
        .get("traceEvents")
        .and_then(Value::as_array)
        .ok_or("no traceEvents array")?;
    if !v.get("displayTimeUnit").is_some_and(Value::is_string) {
        return Err("no displayTimeUnit".into());
    }
    let mut st = State::default();
    for (i, e) in events.iter().enumerate() {
        st.event(e).map_err(|m| format!("event {i}: {m}: {e}"))?;
    }
    st.finish()
}

#[derive(Default)]
struct State {
    counts: Counts,
    spans: BTreeMap<(i64, i64), Vec<Span>>,
    /// Flow ends: id -> (pid, tid, ns).
    starts: BTreeMap<String, (i64, i64, i64)>,
    finishes: BTreeMap<String, (i64, i64, i64)>,
    /// Tracks and processes used by events, and those named by metadata.
    used_tracks: BTreeSet<(i64, i64)>,
    used_pids: BTreeSet<i64>,
    named_tracks: BTreeMap<(i64, i64), String>,
    named_pids: BTreeMap<i64, String>,
}

fn int(e: &Value, key: &str) -> Result<i64, String> {
    e.get(key)
        .and_then(Value::as_i64)
        .ok_or_else(|| format!("no integer {key}"))
}

/// A time field (microseconds) as integer nanoseconds.
fn ns(e: &Value, key: &str) -> Result<i64, String> {
    let x = e
        .get(key)
        .and_then(Value::as_f64)
        .ok_or_else(|| format!("no number {key}"))?;
    if !x.is_finite() {
        return Err(format!("{key} is not finite"));
    }
    Ok((x * 1000.0).round() as i64)
}

fn name(e: &Value) -> Result<&str, String> {
    e.get("name")
        .and_then(Value::as_str)
        .ok_or_else(|| "no name".to_string())
}

impl State {
    fn event(&mut self, e: &Value) -> Result<(), String> {
        let ph = e
            .get("ph")
            .and_then(Value::as_str)
            .ok_or("no ph")?
            .to_string();
        *self.counts.phases.entry(ph.clone()).or_default() += 1;
        let pid = int(e, "pid")?;
        match ph.as_str() {
            "M" => self.metadata(e, pid),
            "C" => {
                ns(e, "ts")?;
                name(e)?;
                let args = e.get("args").and_then(Value::as_object).ok_or("no args")?;
                if args.is_empty() || !args.values().all(Value::is_number) {
                    return Err("counter args must be numbers".into());
                }
                self.used_pids.insert(pid);
                Ok(())
            }
            "X" | "s" | "f" | "i" | "B" | "E" => self.track_event(e, &ph, pid),
            other => Err(format!("unexpected phase {other}")),
        }
    }

    fn track_event(&mut self, e: &Value, ph: &str, pid: i64) -> Result<(), String> {
        let tid = int(e, "tid")?;
        let ts = ns(e, "ts")?;
        self.used_pids.insert(pid);
        self.used_tracks.insert((pid, tid));
        match ph {
            "X" => {
                name(e)?;
                let dur = ns(e, "dur")?;
                if dur < 0 {
                    return Err("negative dur".into());
                }
                self.spans
                    .entry((pid, tid))
                    .or_default()
                    .push((ts, ts + dur));
            }
            "s" | "f" => {
                name(e)?;
                let id = e.get("id").ok_or("flow without id")?.to_string();
                let map = if ph == "s" {
                    &mut self.starts
                } else {
                    &mut self.finishes
                };
                if map.insert(id, (pid, tid, ts)).is_some() {
                    return Err(format!("flow id repeated in {ph}"));
                }
            }
            "B" | "E" => return Err("B/E events are not used by corelab".into()),
            _ => {}
        }
        Ok(())
    }

    fn metadata(&mut self, e: &Value, pid: i64) -> Result<(), String> {
        let what = name(e)?;
        let arg = |k: &str| e.get("args").and_then(|a| a.get(k)).cloned();
        match what {
            "process_name" => {
                let n = arg("name").and_then(|n| n.as_str().map(String::from));
                let n = n.ok_or("process_name without args.name")?;
                self.counts.process_names.insert(n.clone());
                self.named_pids.insert(pid, n);
            }
            "thread_name" => {
                let tid = int(e, "tid")?;
                let n = arg("name").and_then(|n| n.as_str().map(String::from));
                let n = n.ok_or("thread_name without args.name")?;
                self.named_tracks.insert((pid, tid), n);
            }
            "process_sort_index" | "thread_sort_index" => {
                if !arg("sort_index").is_some_and(|x| x.is_i64()) {
                    return Err("sort index without args.sort_index".into());
                }
            }
            other => return Err(format!("unexpected metadata {other}")),
        }
        Ok(())
    }

    fn finish(mut self) -> Result<Counts, String> {
        for (track, spans) in &mut self.spans {
            nested(spans).map_err(|m| format!("track {track:?}: {m}"))?;
        }
        self.flows()?;
        for pid in &self.used_pids {
            if !self.named_pids.contains_key(pid) {
                return Err(format!("pid {pid} has no process_name"));
            }
        }
        for track in &self.used_tracks {
            if !self.named_tracks.contains_key(track) {
                return Err(format!("track {track:?} has no thread_name"));
            }
        }
        self.counts.thread_names = self.named_tracks.values().cloned().collect();
        self.counts.tracks = self.spans.len();
        Ok(self.counts)
    }

    /// Every start has one finish, not earlier, and both ends lie inside a
    /// span of their track.
    fn flows(&mut self) -> Result<(), String> {
        if self.starts.len() != self.finishes.len() {
            return Err(format!(
                "{} flow starts but {} finishes",
                self.starts.len(),
                self.finishes.len()
            ));
        }
        for (id, &(pid, tid, ts)) in &self.starts {
            let &(fpid, ftid, fts) = self
                .finishes
                .get(id)
                .ok_or_else(|| format!("flow {id} never finishes"))?;
            if fts < ts {
                return Err(format!("flow {id} finishes before it starts"));
            }
            for (p, t, at) in [(pid, tid, ts), (fpid, ftid, fts)] {
                let inside = self
                    .spans
                    .get(&(p, t))
                    .is_some_and(|v| v.iter().any(|&(a, b)| a < at && at < b));
                if !inside {
                    return Err(format!("flow {id} end at {at} ns is in no span"));
                }
            }
        }
        self.counts.flows = self.starts.len();
        Ok(())
    }
}

/// Spans of one track either follow each other or nest.
fn nested(spans: &mut [Span]) -> Result<(), String> {
    spans.sort_by_key(|&(a, b)| (a, std::cmp::Reverse(b)));
    let mut stack: Vec<Span> = Vec::new();
    for &(a, b) in spans.iter() {
        while stack.last().is_some_and(|&(_, end)| end <= a) {
            stack.pop();
        }
        if let Some(&(pa, pb)) = stack.last() {
            if b > pb {
                return Err(format!(
                    "span [{a}, {b}) overlaps [{pa}, {pb}) without nesting"
                ));
            }
        }
        stack.push((a, b));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn file(events: Vec<Value>) -> Value {
        let mut all = vec![
            json!({"ph": "M", "pid": 1, "tid": 0, "ts": 0, "name": "process_name", "args": {"name": "p"}}),
            json!({"ph": "M", "pid": 1, "tid": 2, "ts": 0, "name": "thread_name", "args": {"name": "t"}}),
        ];
        all.extend(events);
        json!({"traceEvents": all, "displayTimeUnit": "ns"})
    }

    fn x(ts: f64, dur: f64) -> Value {
        json!({"ph": "X", "pid": 1, "tid": 2, "ts": ts, "dur": dur, "name": "a"})
    }

    #[test]
    fn accepts_sequences_and_nesting() {
        let v = file(vec![x(0.0, 1.0), x(1.0, 2.0), x(1.5, 0.5)]);
        assert_eq!(check(&v).map(|c| c.phases["X"]), Ok(3));
    }

    #[test]
    fn rejects_overlap_negative_dur_and_unnamed_tracks() {
        assert!(check(&file(vec![x(0.0, 2.0), x(1.0, 2.0)])).is_err());
        assert!(check(&file(vec![x(0.0, -1.0)])).is_err());
        let stray = json!({"ph": "X", "pid": 1, "tid": 9, "ts": 0.0, "dur": 1.0, "name": "a"});
        assert!(check(&file(vec![stray])).is_err());
        assert!(check(&json!({"traceEvents": []})).is_err());
    }

    #[test]
    fn flows_must_pair_and_bind() {
        let s = json!({"ph": "s", "id": 1, "pid": 1, "tid": 2, "ts": 0.5, "name": "h"});
        let f = json!({"ph": "f", "bp": "e", "id": 1, "pid": 1, "tid": 2, "ts": 1.5, "name": "h"});
        let ok = file(vec![x(0.0, 1.0), x(1.0, 1.0), s.clone(), f]);
        assert_eq!(check(&ok).map(|c| c.flows), Ok(1));
        assert!(check(&file(vec![x(0.0, 1.0), s])).is_err());
    }
}
