//! The HTML report's timeline data: the trace turned into lanes (one per
//! core, then per process its GIL and its threads) of contiguous spans,
//! stored column-wise so the page can load a million of them as typed
//! arrays.
//!
//! A span lasts from its start to the next span's start in the same lane
//! (the last one to the end of the run). Its value is a state code
//! (`Category` as `state_code` numbers it) in thread lanes, and 0 (idle /
//! free) or 1 + the thread's id in core and GIL lanes.

use corelab_machine::thread::Category;
use corelab_machine::trace::{Event, Trace};

/// What a lane shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LaneKind {
    Core,
    Gil,
    Thread,
}

impl LaneKind {
    pub fn name(self) -> &'static str {
        match self {
            LaneKind::Core => "core",
            LaneKind::Gil => "gil",
            LaneKind::Thread => "thread",
        }
    }
}

/// One row of the timeline; its spans are `first..first + count` of the
/// columns in [`Lanes`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lane {
    pub kind: LaneKind,
    pub label: String,
    /// Its process (GIL and thread lanes).
    pub process: Option<usize>,
    /// Its thread (thread lanes) or core number (core lanes).
    pub index: usize,
    pub first: usize,
    pub count: usize,
}

/// All lanes and their spans, column-wise.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Lanes {
    pub lanes: Vec<Lane>,
    /// Start of each span (ns).
    pub start: Vec<u64>,
    /// State code or 1 + thread id.
    pub value: Vec<u32>,
    /// Program line where the span began (thread lanes; else 0).
    pub line: Vec<u32>,
}

/// The number of a category in the page's palette (also its legend order).
pub fn state_code(c: Category) -> u32 {
    match c {
        Category::Running => 0,
        Category::GilFree => 1,
        Category::Ready => 2,
        Category::GilWait => 3,
        Category::Lock => 4,
        Category::Sleep => 5,
        Category::Join => 6,
        Category::None => 7,
    }
}

/// The categories in `state_code` order.
pub const STATES: [Category; 8] = [
    Category::Running,
    Category::GilFree,
    Category::Ready,
    Category::GilWait,
    Category::Lock,
    Category::Sleep,
    Category::Join,
    Category::None,
];

/// A lane's change points before they are laid out column-wise.
struct Builder {
    lane: Lane,
    points: Vec<(u64, u32, u32)>,
}

impl Builder {
    fn new(kind: LaneKind, label: String, process: Option<usize>, index: usize, init: u32) -> Self {
        let lane = Lane {
            kind,
            label,
            process,
            index,
            first: 0,
            count: 0,
        };
        Builder {
            lane,
            points: vec![(0, init, 0)],
        }
    }

    /// The lane changes to `value` at `t`. A change at the time of the
    /// previous one replaces it; a change to the same value is no change.
    fn push(&mut self, t: u64, value: u32, line: u32) {
        if let Some(last) = self.points.last_mut() {
            if last.0 >= t {
                *last = (last.0, value, line);
                self.merge_tail();
                return;
            }
            if last.1 == value {
                return;
            }
        }
        self.points.push((t, value, line));
    }

    /// After a replacement, the last two points may carry the same value.
    fn merge_tail(&mut self) {
        let n = self.points.len();
        if n >= 2 && self.points[n - 2].1 == self.points[n - 1].1 {
            self.points.pop();
        }
    }
}

/// Builds the lanes of `trace`. `gil_lanes`: whether to show GIL holders
/// (not with `--gil none`).
pub fn build(trace: &Trace, gil_lanes: bool) -> Lanes {
    let mut builders: Vec<Builder> = Vec::new();
    for c in 0..trace.cores {
        builders.push(Builder::new(
            LaneKind::Core,
            format!("core {c}"),
            None,
            c,
            0,
        ));
    }
    let mut gil_lane = vec![None; trace.procs.len()];
    let mut thread_lane = vec![0; trace.threads.len()];
    for (p, (pid, _)) in trace.procs.iter().enumerate() {
        if gil_lanes {
            gil_lane[p] = Some(builders.len());
            builders.push(Builder::new(
                LaneKind::Gil,
                format!("GIL {pid}"),
                Some(p),
                p,
                0,
            ));
        }
        for (tid, name) in trace.threads.iter().enumerate() {
            if trace.thread_procs.get(tid).copied().unwrap_or(0) == p {
                thread_lane[tid] = builders.len();
                let none = state_code(Category::None);
                builders.push(Builder::new(
                    LaneKind::Thread,
                    name.clone(),
                    Some(p),
                    tid,
                    none,
                ));
            }
        }
    }
    let lines = trace.event_lines();
    let mut order: Vec<usize> = (0..trace.events.len()).collect();
    order.sort_by_key(|&i| trace.events[i].time());
    for i in order {
        let Some((lane, t, value)) = lane_change(&trace.events[i], &thread_lane, &gil_lane) else {
            continue;
        };
        if let Some(b) = builders.get_mut(lane) {
            // Only State events have a line (the others' are 0).
            b.push(t, value, lines[i]);
        }
    }
    columns(builders)
}

/// The lane an event changes, when, and its new value (None for events
/// the timeline does not draw: later kinds of events are ignored rather
/// than matched exhaustively).
fn lane_change(
    e: &Event,
    thread_lane: &[usize],
    gil_lane: &[Option<usize>],
) -> Option<(usize, u64, u32)> {
    if let Event::State { t, tid, cat } = e {
        Some((*thread_lane.get(*tid)?, *t, state_code(*cat)))
    } else if let Event::Core { t, core, tid } = e {
        Some((*core, *t, tid.map_or(0, |x| x as u32 + 1)))
    } else if let Event::Gil { t, proc, holder } = e {
        let lane = gil_lane.get(*proc).copied().flatten()?;
        Some((lane, *t, holder.map_or(0, |x| x as u32 + 1)))
    } else {
        None
    }
}

/// Lays the lanes' points out column-wise.
fn columns(builders: Vec<Builder>) -> Lanes {
    let mut out = Lanes::default();
    for b in builders {
        let mut lane = b.lane;
        lane.first = out.start.len();
        lane.count = b.points.len();
        for (t, v, l) in b.points {
            out.start.push(t);
            out.value.push(v);
            out.line.push(l);
        }
        out.lanes.push(lane);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lanes_are_cores_then_gil_and_threads_per_process() {
        let trace = Trace {
            events: vec![
                Event::State {
                    t: 10,
                    tid: 0,
                    cat: Category::Running,
                },
                Event::Core {
                    t: 0,
                    core: 0,
                    tid: Some(0),
                },
                Event::Gil {
                    t: 10,
                    proc: 0,
                    holder: Some(0),
                },
                Event::State {
                    t: 0,
                    tid: 0,
                    cat: Category::Ready,
                },
            ],
            threads: vec!["MainThread".into()],
            thread_procs: vec![0],
            procs: vec![(4242, "MainProcess".into())],
            cores: 1,
            end: 100,
            state_lines: vec![(0, 7)],
            ..Default::default()
        };
        let l = build(&trace, true);
        let kinds: Vec<LaneKind> = l.lanes.iter().map(|x| x.kind).collect();
        assert_eq!(kinds, [LaneKind::Core, LaneKind::Gil, LaneKind::Thread]);
        // Core 0: thread 0 from 0 (replacing the initial idle point).
        assert_eq!(l.lanes[0].count, 1);
        assert_eq!(l.value[0], 1);
        // Thread: ready at 0 (replaces "not alive"), running at 10 (line 7).
        let t = &l.lanes[2];
        let s = t.first;
        assert_eq!(&l.start[s..s + t.count], &[0, 10]);
        assert_eq!(&l.value[s..s + t.count], &[2, 0]);
        assert_eq!(&l.line[s..s + t.count], &[0, 7]);
    }
}
