//! The timeline's model: one swimlane per thread, each a row of bars (running, ready, sleeping,
//! blocked, finished, failed, stopped at exit), on a horizontal axis of the run.
//!
//! The axis gives every step the same width and each clock jump (no thread could run, so the
//! virtual clock leapt forward) extra width that grows with the log of the time skipped: the
//! microseconds in which threads start and print stay readable beside a ten-second sleep.
//! Positions are fractions of the width (0.0 to 1.0), so the page draws with percentages.

use crate::engine::describe::format_time;
use crate::engine::trace::{Nanos, StepKind, ThreadId, ThreadState, Trace};

/// What a thread is doing during a bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BarKind {
    Created,
    Ready,
    Running,
    Sleeping,
    Blocked,
    Finished,
    Failed,
    Stopped,
}

impl BarKind {
    /// The CSS class of the bar (see `static/style.css`).
    pub fn class(self) -> &'static str {
        match self {
            BarKind::Created => "bar-created",
            BarKind::Ready => "bar-ready",
            BarKind::Running => "bar-running",
            BarKind::Sleeping => "bar-sleeping",
            BarKind::Blocked => "bar-blocked",
            BarKind::Finished => "bar-finished",
            BarKind::Failed => "bar-failed",
            BarKind::Stopped => "bar-stopped",
        }
    }

    /// The legend's word for it.
    pub fn word(self) -> &'static str {
        match self {
            BarKind::Created => "created",
            BarKind::Ready => "ready",
            BarKind::Running => "running",
            BarKind::Sleeping => "sleeping",
            BarKind::Blocked => "blocked",
            BarKind::Finished => "finished",
            BarKind::Failed => "failed",
            BarKind::Stopped => "stopped at exit",
        }
    }
}

/// A stretch of one thread's life: steps `from..to` in one state.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub from: usize,
    pub to: usize,
    pub kind: BarKind,
    /// The bar's tooltip: "Thread-1 (worker): sleeping until t = 10.000 s (t = 0.000 s to t = 10.000 s)".
    pub title: String,
    /// What a waiting thread waits for, written inside the bar when it is wide enough:
    /// "sleeping until t = 10.000 s", "waits for Thread-1 (worker) to finish".
    pub label: Option<String>,
}

/// One thread's row.
#[derive(Clone, Debug, PartialEq)]
pub struct Lane {
    pub thread: ThreadId,
    pub name: String,
    pub daemon: bool,
    pub bars: Vec<Bar>,
}

/// A label under the axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub x: f64,
    pub label: String,
}

/// A clock jump (no thread could run, so the clock leapt ahead), drawn much shorter than the
/// time it skips: the timeline marks it with a break.
#[derive(Clone, Debug, PartialEq)]
pub struct Break {
    pub x: f64,
    /// "the clock jumps 0.431 s ahead here (drawn shorter): no thread could run".
    pub title: String,
}

/// The whole timeline of a run.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Timeline {
    pub lanes: Vec<Lane>,
    pub ticks: Vec<Tick>,
    pub breaks: Vec<Break>,
    /// Where a decision other than CPython's order's took effect (another schedule).
    pub changes: Vec<f64>,
    steps: usize,
    /// (step index of a clock jump, extra width of all jumps up to and including it).
    jumps: Vec<(usize, f64)>,
    total: f64,
}

/// Smallest distance between two time labels, as a fraction of the width.
const TICK_GAP: f64 = 0.2;

/// Smallest distance before the end label, which is right-aligned and so reaches back leftwards.
const END_TICK_GAP: f64 = 0.35;

/// Smallest distance between two break marks, as a fraction of the width.
const BREAK_GAP: f64 = 0.01;

/// Bars narrower than this fraction of the width are merged with their neighbours.
const MIN_BAR: f64 = 1.0 / 1500.0;

impl Timeline {
    pub fn new(trace: &Trace) -> Self {
        let steps = trace.len();
        let mut jump_times: Vec<(usize, Nanos, Nanos)> = Vec::new();
        let mut clock: Nanos = 0;
        for (k, step) in trace.steps.iter().enumerate() {
            if let StepKind::ClockJump { to } = step.kind {
                jump_times.push((k, clock, to));
            }
            clock = clock.max(step.time);
        }
        // Jumps share room equal to 60% of the steps' width, each by the log of its duration.
        let weights: Vec<f64> =
            jump_times.iter().map(|&(_, from, to)| 1.0 + (1.0 + to.saturating_sub(from) as f64 / 1e6).ln()).collect();
        let weight_sum: f64 = weights.iter().sum();
        let room = (steps as f64 * 0.6).max(4.0);
        let mut acc = 0.0;
        let jumps: Vec<(usize, f64)> = jump_times
            .iter()
            .zip(&weights)
            .map(|(&(k, _, _), w)| {
                acc += room * w / weight_sum;
                (k, acc)
            })
            .collect();
        let total = (steps as f64 + acc).max(1.0);
        let mut timeline = Timeline {
            lanes: Vec::new(),
            ticks: Vec::new(),
            breaks: Vec::new(),
            changes: Vec::new(),
            steps,
            jumps,
            total,
        };
        timeline.lanes = lanes(trace, &timeline);
        timeline.ticks = ticks(trace, &timeline, &jump_times);
        timeline.breaks = breaks(&timeline, &jump_times);
        timeline.changes = trace.changed_at.iter().map(|&k| timeline.x(k)).collect();
        timeline
    }

    /// Where the cursor stands after `k` steps, as a fraction of the width.
    pub fn x(&self, k: usize) -> f64 {
        self.units(k.min(self.steps)) / self.total
    }

    fn units(&self, k: usize) -> f64 {
        let before = self.jumps.partition_point(|&(j, _)| j < k);
        let extra = if before == 0 { 0.0 } else { self.jumps[before - 1].1 };
        k as f64 + extra
    }

    /// The step count whose cursor is nearest to `fraction` of the width (for clicks).
    pub fn step_at(&self, fraction: f64) -> usize {
        let target = fraction.clamp(0.0, 1.0) * self.total;
        // The last k whose position is at or before the target.
        let (mut lo, mut hi) = (0usize, self.steps);
        while lo < hi {
            let mid = lo + (hi - lo).div_ceil(2);
            if self.units(mid) <= target {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        if lo < self.steps && self.units(lo + 1) - target < target - self.units(lo) {
            lo + 1
        } else {
            lo
        }
    }
}

fn kind_of(state: &ThreadState) -> BarKind {
    match state {
        ThreadState::Created => BarKind::Created,
        ThreadState::Ready => BarKind::Ready,
        ThreadState::Running => BarKind::Running,
        ThreadState::Sleeping { .. } => BarKind::Sleeping,
        ThreadState::Blocked { .. } => BarKind::Blocked,
        ThreadState::Finished => BarKind::Finished,
        ThreadState::Failed => BarKind::Failed,
        ThreadState::StoppedAtExit => BarKind::Stopped,
    }
}

/// Each thread's state and line after `k` steps, in words, for those who cannot see the lanes and
/// the editor's gutter: "Thread-1 (worker): sleeping until t = 10.000 s, at line 7".
pub fn thread_states(trace: &Trace, k: usize) -> Vec<String> {
    let snap = trace.snapshot(k);
    snap.threads
        .iter()
        .enumerate()
        .map(|(id, view)| {
            let name = trace.threads.get(id).map_or_else(|| format!("thread #{id}"), |i| i.name.to_string());
            let at = view.line.map(|l| format!(", at line {l}")).unwrap_or_default();
            format!("{name}: {}{at}", state_words(&view.state, id == 0))
        })
        .collect()
}

/// A state in words; `main` for MainThread, which is never "not started".
fn state_words(state: &ThreadState, main: bool) -> String {
    match state {
        ThreadState::Created if main => "starting the program".into(),
        ThreadState::Created => "created, not started".into(),
        ThreadState::Ready => "ready, waiting for its turn".into(),
        ThreadState::Running => "running".into(),
        ThreadState::Sleeping { until } => format!("sleeping until {}", format_time(*until)),
        ThreadState::Blocked { on, until: None } => format!("blocked: waits for {on}"),
        ThreadState::Blocked { on, until: Some(t) } => {
            format!("blocked: waits for {on}, at most until {}", format_time(*t))
        }
        ThreadState::Finished => "finished".into(),
        ThreadState::Failed => "failed: ended by an uncaught exception".into(),
        ThreadState::StoppedAtExit => "stopped at exit (daemon)".into(),
    }
}

/// A stretch of one thread's life in one state, before it is put into words.
struct Span {
    from: usize,
    to: usize,
    state: ThreadState,
}

/// Walks the trace once, opening a span at each state change of each thread; then merges spans
/// too narrow to see and puts the rest into words (only those: a long run has many thousands).
fn lanes(trace: &Trace, timeline: &Timeline) -> Vec<Lane> {
    let mut spans: Vec<Vec<Span>> = Vec::new();
    // Per thread: the open span's (start step, state).
    let mut open: Vec<Option<(usize, ThreadState)>> = Vec::new();
    let close = |spans: &mut Vec<Span>, from: usize, to: usize, state: ThreadState| {
        if to <= from {
            return;
        }
        match spans.last_mut() {
            Some(last) if last.to == from && last.state == ThreadState::Running && state == ThreadState::Running => {
                last.to = to
            }
            _ => spans.push(Span { from, to, state }),
        }
    };
    for (k, step) in trace.steps.iter().enumerate() {
        let t = step.thread as usize;
        let new_state = match &step.kind {
            StepKind::Created => ThreadState::Created,
            StepKind::State { state } => state.clone(),
            _ => continue,
        };
        while spans.len() <= t {
            spans.push(Vec::new());
            open.push(None);
        }
        if let Some((from, state)) = open[t].take() {
            close(&mut spans[t], from, k, state);
        }
        open[t] = Some((k, new_state));
    }
    let end = trace.len();
    for (t, slot) in open.into_iter().enumerate() {
        if let Some((from, state)) = slot {
            // A thread still "running" when the run ends stops there; a finished one's line goes on.
            close(&mut spans[t], from, end.max(from + 1), state);
        }
    }
    let min_steps = MIN_BAR * timeline.total;
    let time_at = |k: usize| trace.steps.get(k).map_or_else(|| trace.snapshot(k).time, |s| s.time);
    spans
        .into_iter()
        .enumerate()
        .map(|(id, mut spans)| {
            compact(&mut spans, min_steps, timeline);
            let info = trace.threads.get(id);
            let name = info.map_or_else(|| format!("thread #{id}"), |i| i.name.to_string());
            let bars = spans
                .into_iter()
                .map(|Span { from, to, state }| {
                    let kind = kind_of(&state);
                    let span = if matches!(kind, BarKind::Finished | BarKind::Failed | BarKind::Stopped) {
                        format!(" (from {})", format_time(time_at(from)))
                    } else {
                        format!(" ({} to {})", format_time(time_at(from)), format_time(time_at(to.saturating_sub(1))))
                    };
                    let words = state_words(&state, id == 0);
                    let title = format!("{name}: {words}{span}");
                    let label = match &state {
                        ThreadState::Sleeping { .. } => Some(words),
                        ThreadState::Blocked { on, .. } => Some(format!("waits for {on}")),
                        _ => None,
                    };
                    Bar { from, to, kind, title, label }
                })
                .collect();
            Lane { thread: id as ThreadId, name, daemon: info.is_some_and(|i| i.daemon), bars }
        })
        .collect()
}

/// Merges runs of spans that would be drawn narrower than `min_units` into the widest of them.
fn compact(spans: &mut Vec<Span>, min_units: f64, timeline: &Timeline) {
    let width = |s: &Span| timeline.units(s.to) - timeline.units(s.from);
    if spans.len() < 200 {
        return;
    }
    let mut out: Vec<Span> = Vec::with_capacity(spans.len() / 2);
    let mut last_width = f64::INFINITY;
    for span in spans.drain(..) {
        let w = width(&span);
        if let Some(last) = out.last_mut() {
            if last_width < min_units && w < min_units && last.to == span.from {
                if w > last_width {
                    last.state = span.state;
                }
                last.to = span.to;
                last_width = width(last);
                continue;
            }
        }
        out.push(span);
        last_width = w;
    }
    *spans = out;
}

/// A break mark in the middle of each clock jump's width, where there is room for one.
fn breaks(timeline: &Timeline, jumps: &[(usize, Nanos, Nanos)]) -> Vec<Break> {
    let mut kept: Vec<Break> = Vec::new();
    for &(k, from, to) in jumps {
        let x = (timeline.x(k) + timeline.x(k + 1)) / 2.0;
        if kept.last().is_none_or(|b| x - b.x >= BREAK_GAP) {
            let skipped = crate::view::console::seconds(to.saturating_sub(from));
            kept.push(Break {
                x,
                title: format!("the clock jumps {skipped} s ahead here (drawn shorter): no thread could run"),
            });
        }
    }
    kept
}

/// Time labels: the start, each clock jump's landing time, and the end, where there is room.
fn ticks(trace: &Trace, timeline: &Timeline, jumps: &[(usize, Nanos, Nanos)]) -> Vec<Tick> {
    // Keep labels at least a fifth of the width apart (the end label wins over its neighbour);
    // only kept ones are put into words, as a long run may have many thousands of jumps.
    let mut kept = vec![Tick { x: 0.0, label: format_time(0) }];
    for &(k, _, to) in jumps {
        let x = timeline.x(k + 1);
        if kept.last().is_none_or(|t| x - t.x >= TICK_GAP) {
            kept.push(Tick { x, label: format_time(to) });
        }
    }
    let last = Tick { x: 1.0, label: format_time(trace.snapshot(trace.len()).time) };
    while kept.len() > 1 && kept.last().is_some_and(|k| last.x - k.x < END_TICK_GAP || k.label == last.label) {
        kept.pop();
    }
    if kept.last().is_none_or(|k| k.label != last.label) {
        kept.push(last);
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{run, Settings};

    fn lesson(daemon: bool) -> Trace {
        let source = include_str!("../../lessons/daemon.py");
        run(source, &Settings { daemon_override: Some(daemon), ..Settings::default() }).trace
    }

    fn kinds(lane: &Lane) -> Vec<BarKind> {
        lane.bars.iter().map(|b| b.kind).collect()
    }

    #[test]
    fn the_lesson_without_daemon_has_main_waiting_for_the_worker() {
        let trace = lesson(false);
        let tl = Timeline::new(&trace);
        assert_eq!(tl.lanes.len(), 2);
        assert_eq!((tl.lanes[1].name.as_str(), tl.lanes[1].daemon), ("Thread-1 (worker)", false));
        use BarKind::*;
        assert_eq!(kinds(&tl.lanes[1]), [Created, Running, Sleeping, Ready, Running, Finished]);
        let main = kinds(&tl.lanes[0]);
        assert_eq!(main.first(), Some(&Created));
        assert!(main.contains(&Blocked), "{main:?}");
        assert_eq!(main.last(), Some(&Finished));
        let sleep = &tl.lanes[1].bars[2];
        assert!(
            sleep.title.starts_with("Thread-1 (worker): sleeping until t = 10.000 s (t = 0.000 s to t = "),
            "{}",
            sleep.title
        );
        // The jump makes the sleep wide: it is the longest bar of the worker's lane.
        let width = |b: &Bar| tl.x(b.to) - tl.x(b.from);
        assert!(width(sleep) > 0.3, "{}", width(sleep));
        assert_eq!(tl.ticks.iter().map(|t| t.label.as_str()).collect::<Vec<_>>(), ["t = 0.000 s", "t = 10.000 s"]);
        // The ten-second jump is drawn shorter than it lasts, and marked with a break inside it.
        let jump = trace.steps.iter().position(|s| matches!(s.kind, StepKind::ClockJump { .. })).unwrap_or(0);
        assert_eq!(tl.breaks.len(), 1);
        assert!(tl.x(jump) < tl.breaks[0].x && tl.breaks[0].x < tl.x(jump + 1), "{:?}", tl.breaks);
        assert!(
            tl.breaks[0].title.starts_with("the clock jumps 10.000 s ahead here (drawn shorter)"),
            "{:?}",
            tl.breaks
        );
    }

    #[test]
    fn each_thread_s_state_and_line_are_said_in_words() {
        let trace = lesson(false);
        let end = thread_states(&trace, trace.len());
        assert_eq!(end.len(), 2);
        assert!(end[0].starts_with("MainThread: finished, at line "), "{end:?}");
        let k = trace
            .steps
            .iter()
            .position(|s| s.thread == 1 && matches!(s.kind, StepKind::State { state: ThreadState::Sleeping { .. } }))
            .unwrap_or(0);
        let sleeping = thread_states(&trace, k + 1);
        assert!(sleeping[1].starts_with("Thread-1 (worker): sleeping until t = 10.000 s, at line "), "{sleeping:?}");
    }

    #[test]
    fn main_thread_is_never_said_to_be_not_started() {
        let trace = lesson(false);
        let tl = Timeline::new(&trace);
        let titles: Vec<&str> = tl.lanes.iter().flat_map(|l| l.bars.iter().map(|b| b.title.as_str())).collect();
        assert!(!titles.iter().any(|t| t.starts_with("MainThread: created")), "{titles:?}");
        assert_eq!(state_words(&ThreadState::Created, true), "starting the program");
        assert_eq!(state_words(&ThreadState::Created, false), "created, not started");
    }

    #[test]
    fn the_lesson_with_daemon_stops_the_worker() {
        let trace = lesson(true);
        let tl = Timeline::new(&trace);
        use BarKind::*;
        assert!(tl.lanes[1].daemon);
        assert_eq!(kinds(&tl.lanes[1]), [Created, Running, Sleeping, Stopped]);
        assert_eq!(tl.ticks.len(), 1);
    }

    #[test]
    fn positions_and_clicks_round_trip() {
        let trace = lesson(false);
        let tl = Timeline::new(&trace);
        assert_eq!(tl.x(0), 0.0);
        assert_eq!(tl.x(trace.len()), 1.0);
        assert_eq!(tl.x(trace.len() + 5), 1.0);
        for k in 0..=trace.len() {
            assert_eq!(tl.step_at(tl.x(k)), k);
            if k > 0 {
                assert!(tl.x(k) > tl.x(k - 1));
            }
        }
        assert_eq!(tl.step_at(-1.0), 0);
        assert_eq!(tl.step_at(2.0), trace.len());
        assert_eq!(tl.step_at(f64::NAN), 0);
    }

    #[test]
    fn an_empty_trace_draws_nothing_and_never_divides_by_zero() {
        let tl = Timeline::new(&Trace::new());
        assert!(tl.lanes.is_empty());
        assert_eq!(tl.x(0), 0.0);
        assert_eq!(tl.step_at(0.5), 0);
    }

    #[test]
    fn time_labels_never_crowd() {
        let source = "import threading, time\ndef w(n):\n    time.sleep(n)\n\
                      for n in range(8):\n    threading.Thread(target=w, args=(n,)).start()\n";
        let trace = run(source, &Settings::default()).trace;
        let tl = Timeline::new(&trace);
        assert!(tl.ticks.len() >= 3, "{:?}", tl.ticks);
        assert_eq!(tl.ticks.first().map(|t| t.label.as_str()), Some("t = 0.000 s"));
        assert_eq!(tl.ticks.last().map(|t| t.label.as_str()), Some("t = 7.000 s"));
        for pair in tl.ticks.windows(2) {
            assert!(pair[1].x - pair[0].x >= TICK_GAP, "{:?}", tl.ticks);
        }
    }

    #[test]
    fn many_switches_are_compacted() {
        let source = "import threading, time\ndef nap():\n    for i in range(400):\n        time.sleep(0.001)\n\
                      for n in range(2):\n    threading.Thread(target=nap).start()\n";
        let trace = run(source, &Settings::default()).trace;
        let tl = Timeline::new(&trace);
        assert_eq!(tl.lanes.len(), 3);
        assert!(trace.len() > 3000, "{} steps", trace.len());
        for lane in &tl.lanes {
            assert!(lane.bars.len() <= 1600, "{} bars", lane.bars.len());
            for pair in lane.bars.windows(2) {
                assert_eq!(pair[0].to, pair[1].from);
            }
        }
    }
}
