//! Steps of a trace in words, for the page ("Thread-1 (worker) sleeps until t = 10.000 s") and for
//! the CLI's `--trace` timeline. Pure functions of a recorded `Trace`: they sit at the end of the
//! flow and never run anything.

use super::trace::{Exit, Nanos, Step, StepKind, Stream, ThreadId, ThreadState, ThreadView, Trace};

/// How many characters of an output chunk a description quotes before cutting it with "…".
const QUOTE_CHARS: usize = 60;

/// Widest thread-name column of the timeline; longer names push the event text right.
const NAME_COLUMN_MAX: usize = 24;

/// Step `step_index` of `trace` in words for a learner, e.g. "Thread-1 (worker) started" or
/// "MainThread runs line 7". Empty when there is no such step.
pub fn describe(trace: &Trace, step_index: usize) -> String {
    let Some(step) = trace.steps.get(step_index) else {
        return String::new();
    };
    let before = trace.snapshot(step_index).threads;
    let phrase = phrase(trace, step_index, step, &before);
    match phrase.who {
        Some(who) => format!("{who} {}", phrase.what),
        None => phrase.what,
    }
}

/// A virtual time as the page and the timeline show it: `t = 10.000 s` (rounded to the millisecond).
pub fn format_time(ns: Nanos) -> String {
    let ms = ns.saturating_add(500_000) / 1_000_000;
    format!("t = {}.{:03} s", ms / 1000, ms % 1000)
}

/// The whole run as text, one line per step: virtual time (to the microsecond), thread, event.
/// This is what `threadplay run --trace` prints, e.g.
/// `  10.000000 s  Thread-1 (worker)  sleeps until t = 20.000 s`.
pub fn timeline(trace: &Trace) -> String {
    let width = trace.threads.iter().map(|t| t.name.chars().count()).max().unwrap_or(0).min(NAME_COLUMN_MAX);
    let mut states: Vec<ThreadView> = Vec::new();
    let mut out = String::new();
    for (k, step) in trace.steps.iter().enumerate() {
        let phrase = phrase(trace, k, step, &states);
        let seconds = step.time / 1_000_000_000;
        let micros = (step.time % 1_000_000_000) / 1000;
        let who = phrase.who.as_deref().unwrap_or("");
        let line = format!("{seconds:>4}.{micros:06} s  {who:<width$}  {}", phrase.what);
        out.push_str(line.trim_end());
        out.push('\n');
        track(&mut states, step);
    }
    out
}

/// A step in words: who did it (None for clock jumps and the end of the run) and what happened.
struct Phrase {
    who: Option<String>,
    what: String,
}

/// Keeps `states` (each thread's state and line before the next step) up to date, as the
/// timeline walks.
fn track(states: &mut Vec<ThreadView>, step: &Step) {
    let t = step.thread as usize;
    if matches!(step.kind, StepKind::Created | StepKind::State { .. } | StepKind::Line { .. }) {
        while states.len() <= t {
            states.push(ThreadView { state: ThreadState::Created, line: None });
        }
    }
    match &step.kind {
        StepKind::State { state } => states[t].state = state.clone(),
        StepKind::Line { line } => states[t].line = Some(*line),
        _ => {}
    }
}

fn name(trace: &Trace, thread: ThreadId) -> String {
    match trace.threads.get(thread as usize) {
        Some(info) => info.name.to_string(),
        None => format!("thread #{thread}"),
    }
}

/// Describes step `index`, given every thread's state and line just before it (`before`).
fn phrase(trace: &Trace, index: usize, step: &Step, before: &[ThreadView]) -> Phrase {
    let who = Some(name(trace, step.thread));
    let what = match &step.kind {
        StepKind::Line { line } => format!("runs line {line}"),
        StepKind::Output { stream, start, end } => {
            let text = quoted(trace.output_text(*stream, *start, *end));
            match stream {
                Stream::Stdout => format!("prints {text}"),
                Stream::Stderr => format!("writes {text} to stderr"),
            }
        }
        StepKind::Created => created(trace, step.thread),
        StepKind::State { state } => changed(trace, index, step.thread, state, before),
        StepKind::ClockJump { to } => {
            // A waiter due within the millisecond the clock shows already: no jump to speak of.
            let now = index.checked_sub(1).and_then(|i| trace.steps.get(i)).map_or(0, |s| s.time);
            let what = match format_time(*to) == format_time(now) {
                true => format!("no thread is ready: the next one due wakes now, at {}", format_time(*to)),
                false => format!("no thread can run: the clock jumps to {}", format_time(*to)),
            };
            return Phrase { who: None, what };
        }
        StepKind::Exit { exit } => return Phrase { who: None, what: exited(exit) },
    };
    Phrase { who, what }
}

fn created(trace: &Trace, thread: ThreadId) -> String {
    let Some(info) = trace.threads.get(thread as usize) else {
        return "is created".into();
    };
    let kind = if info.daemon { " as a daemon thread" } else { "" };
    match info.created_at_line {
        Some(line) => format!("is started{kind} (created at line {line})"),
        None if thread == 0 => "starts the program".into(),
        None => format!("is started{kind}"),
    }
}

fn changed(trace: &Trace, index: usize, thread: ThreadId, state: &ThreadState, before: &[ThreadView]) -> String {
    let prev = before.get(thread as usize).map_or(&ThreadState::Created, |v| &v.state);
    match state {
        ThreadState::Created => "is created, not started yet".into(),
        ThreadState::Ready => match prev {
            ThreadState::Created => "is ready to run".into(),
            ThreadState::Sleeping { .. } => "wakes up; ready to run".into(),
            ThreadState::Blocked { on, .. } => format!("stops waiting for {on}; ready to run"),
            ThreadState::Running => match started_next(trace, index, before) {
                Some(new) => format!("lets {new} run first: start() waits until the new thread is running"),
                None if trace.changed_at.contains(&index) => {
                    "is paused here: this schedule switches threads at this point, where CPython can \
                     too (its own order would go on)"
                        .into()
                }
                None => "is paused: its time slice is over and another thread takes its turn".into(),
            },
            _ => "is ready to run".into(),
        },
        ThreadState::Running => match prev {
            ThreadState::Created => "begins running".into(),
            ThreadState::Sleeping { .. } => "wakes up and runs".into(),
            ThreadState::Blocked { on, .. } => format!("stops waiting for {on} and runs"),
            _ => "runs".into(),
        },
        ThreadState::Sleeping { until } => format!("sleeps until {}", format_time(*until)),
        ThreadState::Blocked { on, until: None } => format!("waits for {on}"),
        ThreadState::Blocked { on, until: Some(t) } => {
            format!("waits for {on}, at most until {}", format_time(*t))
        }
        ThreadState::Finished if thread == 0 => {
            let waiting: Vec<String> = (1..before.len())
                .filter(|&i| before[i].state.is_alive())
                .filter(|&i| trace.threads.get(i).is_some_and(|info| !info.daemon))
                .map(|i| name(trace, i as ThreadId))
                .collect();
            if waiting.is_empty() {
                "finished".into()
            } else {
                format!("finished; waiting for non-daemon threads: {}", waiting.join(", "))
            }
        }
        ThreadState::Finished => "finished".into(),
        ThreadState::Failed => "ended with an uncaught exception".into(),
        ThreadState::StoppedAtExit => {
            let doing = match prev {
                ThreadState::Sleeping { .. } => " while sleeping",
                ThreadState::Blocked { .. } => " while waiting",
                ThreadState::Ready | ThreadState::Running => " while running",
                _ => "",
            };
            let at =
                before.get(thread as usize).and_then(|v| v.line).map(|l| format!(" at line {l}")).unwrap_or_default();
            format!("was stopped{doing}{at}: daemon threads end when the interpreter exits, with no cleanup")
        }
    }
}

/// The thread that step `index + 1` starts running for the first time, if any: a thread that
/// gave way to it had called `start()`.
fn started_next(trace: &Trace, index: usize, before: &[ThreadView]) -> Option<String> {
    let next = trace.steps.get(index + 1)?;
    let fresh = before.get(next.thread as usize).is_none_or(|v| v.state == ThreadState::Created);
    match &next.kind {
        StepKind::State { state: ThreadState::Running } if fresh => Some(name(trace, next.thread)),
        _ => None,
    }
}

fn exited(exit: &Exit) -> String {
    match exit {
        Exit::Status(code) => format!("the program exits with status {code}"),
        Exit::Deadlock => format!(
            "deadlock: every live thread waits and nothing can wake them (CPython would hang forever; \
             threadplay stops with status {})",
            exit.code()
        ),
        Exit::StepBudget => {
            format!("stopped: the instruction budget ran out, so the program may loop forever (status {})", exit.code())
        }
    }
}

/// `text` in double quotes with newlines, tabs and other control characters escaped, cut after
/// `QUOTE_CHARS` characters.
fn quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for (i, c) in text.chars().enumerate() {
        if i == QUOTE_CHARS {
            out.push('…');
            break;
        }
        match c {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::trace::ThreadInfo;

    const S: Nanos = 1_000_000_000;

    fn info(name: &str, daemon: bool, line: Option<u32>) -> ThreadInfo {
        ThreadInfo { name: name.into(), daemon, target: None, created_at_line: line }
    }

    fn step(trace: &mut Trace, time: Nanos, thread: ThreadId, kind: StepKind) {
        trace.push(Step { time, thread, kind });
    }

    fn state(trace: &mut Trace, time: Nanos, thread: ThreadId, state: ThreadState) {
        step(trace, time, thread, StepKind::State { state });
    }

    /// The daemon=False lesson, as the engine might record it.
    fn lesson() -> Trace {
        let mut t = Trace::new();
        t.threads = vec![info("MainThread", false, None), info("Thread-1 (worker)", false, Some(15))];
        step(&mut t, 0, 0, StepKind::Created); // 0
        state(&mut t, 0, 0, ThreadState::Running); // 1
        step(&mut t, 0, 0, StepKind::Line { line: 14 }); // 2
        t.write(100, 0, Stream::Stdout, "main started\n"); // 3
        step(&mut t, 200, 1, StepKind::Created); // 4
        state(&mut t, 300, 0, ThreadState::Ready); // 5
        state(&mut t, 300, 1, ThreadState::Running); // 6
        t.write(400, 1, Stream::Stdout, "worker 1 started\n"); // 7
        state(&mut t, 500, 1, ThreadState::Sleeping { until: 10 * S + 500 }); // 8
        state(&mut t, 500, 0, ThreadState::Running); // 9
        state(&mut t, 700, 0, ThreadState::Finished); // 10
        step(&mut t, 10 * S + 500, 0, StepKind::ClockJump { to: 10 * S + 500 }); // 11
        state(&mut t, 10 * S + 500, 1, ThreadState::Running); // 12
        t.write(10 * S + 600, 1, Stream::Stderr, "oops\t\"x\"\n"); // 13
        state(&mut t, 10 * S + 700, 1, ThreadState::Finished); // 14
        step(&mut t, 10 * S + 700, 0, StepKind::Exit { exit: Exit::Status(0) }); // 15
        t
    }

    #[test]
    fn format_time_rounds_to_the_millisecond() {
        assert_eq!(format_time(0), "t = 0.000 s");
        assert_eq!(format_time(10 * S), "t = 10.000 s");
        assert_eq!(format_time(1_234_499_999), "t = 1.234 s");
        assert_eq!(format_time(1_234_500_000), "t = 1.235 s");
        assert_eq!(format_time(9_999_600_000), "t = 10.000 s");
        assert_eq!(format_time(u64::MAX), "t = 18446744073.709 s"); // saturates, never overflows
    }

    #[test]
    fn describes_each_step_of_the_lesson() {
        let t = lesson();
        let all: Vec<String> = (0..t.len()).map(|k| describe(&t, k)).collect();
        assert_eq!(
            all,
            [
                "MainThread starts the program",
                "MainThread begins running",
                "MainThread runs line 14",
                "MainThread prints \"main started\\n\"",
                "Thread-1 (worker) is started (created at line 15)",
                "MainThread lets Thread-1 (worker) run first: start() waits until the new thread is running",
                "Thread-1 (worker) begins running",
                "Thread-1 (worker) prints \"worker 1 started\\n\"",
                "Thread-1 (worker) sleeps until t = 10.000 s",
                "MainThread runs",
                "MainThread finished; waiting for non-daemon threads: Thread-1 (worker)",
                "no thread can run: the clock jumps to t = 10.000 s",
                "Thread-1 (worker) wakes up and runs",
                "Thread-1 (worker) writes \"oops\\t\\\"x\\\"\\n\" to stderr",
                "Thread-1 (worker) finished",
                "the program exits with status 0",
            ]
        );
        assert_eq!(describe(&t, t.len()), "");
    }

    #[test]
    fn a_wake_within_the_shown_millisecond_is_not_called_a_jump() {
        let mut t = lesson();
        t.steps.truncate(11);
        step(&mut t, 10 * S + 500, 1, StepKind::State { state: ThreadState::Sleeping { until: 10 * S + 900 } });
        step(&mut t, 10 * S + 900, 0, StepKind::ClockJump { to: 10 * S + 900 });
        assert_eq!(describe(&t, 12), "no thread is ready: the next one due wakes now, at t = 10.000 s");
        step(&mut t, 10 * S + 900, 0, StepKind::ClockJump { to: 11 * S });
        assert_eq!(describe(&t, 13), "no thread can run: the clock jumps to t = 11.000 s");
    }

    #[test]
    fn main_finishing_with_only_daemons_left_waits_for_nobody() {
        let mut t = Trace::new();
        t.threads = vec![info("MainThread", false, None), info("bg", true, Some(3))];
        step(&mut t, 0, 0, StepKind::Created);
        state(&mut t, 0, 0, ThreadState::Running);
        step(&mut t, 0, 1, StepKind::Created);
        state(&mut t, 0, 1, ThreadState::Sleeping { until: 5 * S });
        state(&mut t, 10, 0, ThreadState::Finished);
        state(&mut t, 10, 1, ThreadState::StoppedAtExit);
        assert_eq!(describe(&t, 2), "bg is started as a daemon thread (created at line 3)");
        assert_eq!(describe(&t, 4), "MainThread finished");
        assert_eq!(
            describe(&t, 5),
            "bg was stopped while sleeping: daemon threads end when the interpreter exits, with no cleanup"
        );
    }

    #[test]
    fn waits_wakes_failures_and_unusual_exits() {
        let mut t = Trace::new();
        t.threads = vec![info("MainThread", false, None), info("Thread-1 (worker)", false, Some(9))];
        step(&mut t, 0, 0, StepKind::Created);
        state(&mut t, 0, 0, ThreadState::Running);
        step(&mut t, 0, 1, StepKind::Created);
        state(&mut t, 0, 1, ThreadState::Ready);
        let on: std::rc::Rc<str> = "Thread-1 (worker) to finish".into();
        state(&mut t, 0, 0, ThreadState::Blocked { on: on.clone(), until: Some(S / 10) });
        state(&mut t, 0, 1, ThreadState::Running);
        state(&mut t, 0, 1, ThreadState::Failed);
        state(&mut t, 0, 0, ThreadState::Ready);
        step(&mut t, 0, 0, StepKind::Exit { exit: Exit::Deadlock });
        step(&mut t, 0, 0, StepKind::Exit { exit: Exit::StepBudget });
        let all: Vec<String> = (3..t.len()).map(|k| describe(&t, k)).collect();
        assert_eq!(
            all,
            [
                "Thread-1 (worker) is ready to run",
                "MainThread waits for Thread-1 (worker) to finish, at most until t = 0.100 s",
                "Thread-1 (worker) runs",
                "Thread-1 (worker) ended with an uncaught exception",
                "MainThread stops waiting for Thread-1 (worker) to finish; ready to run",
                "deadlock: every live thread waits and nothing can wake them (CPython would hang forever; \
                 threadplay stops with status 125)",
                "stopped: the instruction budget ran out, so the program may loop forever (status 124)",
            ]
        );
    }

    #[test]
    fn unknown_threads_and_long_output_are_described_safely() {
        let mut t = Trace::new();
        t.write(0, 7, Stream::Stdout, &"x".repeat(100));
        t.write(0, 7, Stream::Stdout, "\u{1b}[0m");
        assert_eq!(describe(&t, 0), format!("thread #7 prints \"{}…\"", "x".repeat(60)));
        assert_eq!(describe(&t, 1), "thread #7 prints \"\\u{1b}[0m\"");
    }

    #[test]
    fn timeline_has_one_aligned_line_per_step() {
        let t = lesson();
        let text = timeline(&t);
        let expected = [
            "   0.000000 s  MainThread         starts the program",
            "   0.000000 s  MainThread         begins running",
            "   0.000000 s  MainThread         runs line 14",
            "   0.000000 s  MainThread         prints \"main started\\n\"",
            "   0.000000 s  Thread-1 (worker)  is started (created at line 15)",
            "   0.000000 s  MainThread         lets Thread-1 (worker) run first: start() waits until the new thread is running",
            "   0.000000 s  Thread-1 (worker)  begins running",
            "   0.000000 s  Thread-1 (worker)  prints \"worker 1 started\\n\"",
            "   0.000000 s  Thread-1 (worker)  sleeps until t = 10.000 s",
            "   0.000000 s  MainThread         runs",
            "   0.000000 s  MainThread         finished; waiting for non-daemon threads: Thread-1 (worker)",
            "  10.000000 s                     no thread can run: the clock jumps to t = 10.000 s",
            "  10.000000 s  Thread-1 (worker)  wakes up and runs",
            "  10.000000 s  Thread-1 (worker)  writes \"oops\\t\\\"x\\\"\\n\" to stderr",
            "  10.000000 s  Thread-1 (worker)  finished",
            "  10.000000 s                     the program exits with status 0",
        ]
        .map(|line| format!("{line}\n"))
        .concat();
        assert_eq!(text, expected);
        // The timeline and describe() agree on every step.
        for (k, line) in text.lines().enumerate() {
            let what = describe(&t, k);
            let name = t.threads[t.steps[k].thread as usize].name.to_string();
            let what = what.strip_prefix(&(name + " ")).unwrap_or(&what).to_string();
            assert!(line.ends_with(&what), "step {k}: {line:?} vs {what:?}");
        }
    }
}
