//! What the page says about the current position in a run: the step just taken in words, and
//! which line each thread stands on (the editor marks these in the thread's colour); and, while
//! a run is still going, how far it has got.
//!
//! Position k means "the first k steps have run": k = 0 is before anything ran, k = len the end.

use super::console::stopped_words;
use super::timeline::BarKind;
use crate::engine::describe::describe;
use crate::engine::trace::{Snapshot, StepKind, ThreadId, ThreadState, Trace};

/// A thread standing on a line of the script at the current position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Marker {
    pub line: u32,
    pub thread: ThreadId,
    pub state: BarKind,
    /// The thread that took the step just shown.
    pub acting: bool,
}

/// What the page says while a run is in progress, `instructions` into it.
pub fn running_words(instructions: u64) -> String {
    let (done, budget) = (instructions as f64 / 1e6, super::PAGE_INSTRUCTION_BUDGET / 1_000_000);
    format!("Running… {done:.1} M instructions (a run stops at {budget} M).")
}

/// The step just taken (step k - 1) in words; empty at k = 0. Past the point where the trace
/// stopped recording line steps, the words say so.
pub fn step_words(trace: &Trace, k: usize) -> String {
    let Some(index) = k.checked_sub(1) else { return String::new() };
    let Some(step) = trace.steps.get(index) else { return String::new() };
    let words = if let StepKind::State { state: ThreadState::StoppedAtExit } = step.kind {
        // "interpreter exits: daemon thread Thread-1 (worker) stopped while sleeping at line 7"
        let words = stopped_words(trace, index);
        let words = match words.split_once(", ") {
            Some((name, doing)) => format!("{name} stopped while {doing}"),
            None => format!("{words} stopped"),
        };
        format!("interpreter exits: daemon thread {words}")
    } else {
        describe(trace, index)
    };
    match trace.lines_cut_at {
        Some(cut) if index >= cut => format!("{words} (line steps after step {cut} were not recorded)"),
        _ => words,
    }
}

/// The thread that took step k - 1, if any.
pub fn acting_thread(trace: &Trace, k: usize) -> Option<ThreadId> {
    k.checked_sub(1).and_then(|i| trace.steps.get(i)).map(|s| s.thread)
}

/// The line each live (or just stopped) thread stands on at `snapshot`.
pub fn markers(trace: &Trace, snapshot: &Snapshot) -> Vec<Marker> {
    let acting = acting_thread(trace, snapshot.step);
    snapshot
        .threads
        .iter()
        .enumerate()
        .filter_map(|(t, view)| {
            let state = match view.state {
                ThreadState::Running => BarKind::Running,
                ThreadState::Ready => BarKind::Ready,
                ThreadState::Sleeping { .. } => BarKind::Sleeping,
                ThreadState::Blocked { .. } => BarKind::Blocked,
                ThreadState::StoppedAtExit => BarKind::Stopped,
                ThreadState::Created | ThreadState::Finished | ThreadState::Failed => return None,
            };
            let thread = t as ThreadId;
            Some(Marker { line: view.line?, thread, state, acting: acting == Some(thread) })
        })
        .collect()
}

/// "You choose": how each thread the learner may run next is named on its button — its name,
/// and its ident after it when another candidate has the same name.
pub fn choice_names(trace: &Trace, candidates: &[ThreadId]) -> Vec<String> {
    let name =
        |t: ThreadId| trace.threads.get(t as usize).map_or_else(|| format!("thread #{t}"), |i| i.name.to_string());
    candidates
        .iter()
        .map(|&t| {
            let shared = candidates.iter().filter(|&&o| name(o) == name(t)).count() > 1;
            if shared {
                format!("{} {}", name(t), crate::engine::modules::ident_of(t))
            } else {
                name(t)
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{run, Settings};

    fn lesson(daemon: bool) -> Trace {
        let source = include_str!("../../lessons/daemon.py");
        run(source, &Settings { daemon_override: Some(daemon), ..Settings::default() }).trace
    }

    #[test]
    fn the_daemon_is_stopped_in_words_and_marked_where_it_slept() {
        let trace = lesson(true);
        let k = trace
            .steps
            .iter()
            .position(|s| matches!(s.kind, StepKind::State { state: ThreadState::StoppedAtExit }))
            .expect("the worker is stopped at exit");
        assert_eq!(
            step_words(&trace, k + 1),
            "interpreter exits: daemon thread Thread-1 (worker) stopped while sleeping at line 7"
        );
        let marks = markers(&trace, &trace.snapshot(trace.len()));
        assert_eq!(marks, [Marker { line: 7, thread: 1, state: BarKind::Stopped, acting: false }]);
    }

    #[test]
    fn sleeping_worker_and_running_main_are_both_marked() {
        let trace = lesson(false);
        let k = trace
            .steps
            .iter()
            .position(|s| matches!(s.kind, StepKind::State { state: ThreadState::Sleeping { .. } }))
            .expect("the worker sleeps");
        assert_eq!(step_words(&trace, k + 1), "Thread-1 (worker) sleeps until t = 10.000 s");
        let marks = markers(&trace, &trace.snapshot(k + 1));
        assert_eq!(
            marks,
            [
                Marker { line: 14, thread: 0, state: BarKind::Ready, acting: false },
                Marker { line: 7, thread: 1, state: BarKind::Sleeping, acting: true },
            ]
        );
        assert_eq!(step_words(&trace, 0), "");
        assert_eq!(step_words(&trace, trace.len() + 1), "");
        assert_eq!(step_words(&trace, trace.len()), "the program exits with status 0");
    }

    #[test]
    fn steps_past_the_line_cut_say_that_lines_were_not_recorded() {
        let settings = Settings { max_instructions: 2_000, max_trace_steps: 50, ..crate::view::page_settings() };
        let trace = run("while True:\n    pass\n", &settings).trace;
        let cut = trace.lines_cut_at.expect("lines were cut");
        let last_recorded = step_words(&trace, cut);
        assert!(last_recorded.starts_with("MainThread runs line") && !last_recorded.contains("not recorded"));
        assert_eq!(
            step_words(&trace, trace.len()),
            format!(
                "stopped: the instruction budget ran out, so the program may loop forever (status 124) \
                 (line steps after step {cut} were not recorded)"
            )
        );
    }

    #[test]
    fn a_run_in_progress_counts_its_instructions_in_millions() {
        assert_eq!(running_words(3_249_000), "Running… 3.2 M instructions (a run stops at 50 M).");
        assert_eq!(running_words(0), "Running… 0.0 M instructions (a run stops at 50 M).");
    }
}
