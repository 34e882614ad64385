//! What the console shows at step k: the output lines written so far, each with the virtual time
//! and thread that began it, and, once the run has ended, a status line.
//!
//! A `Console` is built once per run (O(output)); `Console::at(k)` then finds the lines written
//! before step k by binary search, so moving through a long trace stays cheap.

use crate::engine::describe::format_time;
use crate::engine::trace::{Exit, Nanos, StepKind, Stream, ThreadId, ThreadState, Trace};

/// One output line as the run wrote it, perhaps in several chunks (`print(..., end="")`).
#[derive(Clone, Debug, PartialEq)]
struct Line {
    stream: Stream,
    thread: ThreadId,
    time: Nanos,
    text: String,
    /// (step index, text length after that step's chunk), in step order.
    chunks: Vec<(usize, usize)>,
    /// Whether a line break ended it.
    closed: bool,
    /// A note of threadplay's, not written by the program.
    own: bool,
    /// Where another thread than the one before wrote on (`print(..., end="")` in several
    /// threads): (first chunk of the piece, its thread, its time). The first piece is the line's.
    pieces: Vec<(usize, ThreadId, Nanos)>,
}

/// The output of one run, split into lines.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Console {
    lines: Vec<Line>,
}

/// A line as the console draws it at some step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShownLine {
    /// `10.000` (seconds of virtual time, to the millisecond).
    pub time: String,
    pub thread: ThreadId,
    pub stderr: bool,
    pub text: String,
    /// The line that received the latest output.
    pub newest: bool,
    /// Written by the same step as the line above (a traceback, a multi-line print): the
    /// console leaves its time and thread blank.
    pub continues: bool,
    /// threadplay's own note (`[threadplay: output stopped…]`), shown as threadplay's.
    pub own: bool,
    /// The text other threads wrote before this piece on the same line, when this row is a
    /// piece of a line that another thread began: the console draws it invisibly, so that the
    /// piece stands where it is in the line CPython prints. Empty for a row that begins a line.
    pub lead: String,
}

impl Console {
    pub fn new(trace: &Trace) -> Self {
        let mut lines: Vec<Line> = Vec::new();
        // The open (unterminated) line of each stream, as an index into `lines`.
        let mut open: [Option<usize>; 2] = [None, None];
        for (k, step) in trace.steps.iter().enumerate() {
            let StepKind::Output { stream, start, end } = &step.kind else { continue };
            let slot = usize::from(*stream == Stream::Stderr);
            let text = trace.output_text(*stream, *start, *end);
            // threadplay's own notes are not the program's output: those the status line says
            // again (a deadlock, a budget stop) are left out; the others are marked as its own.
            let note = text.trim_start_matches('\n');
            let own = note.starts_with("[threadplay:");
            if own && (note.starts_with("[threadplay: deadlock") || note.starts_with("[threadplay: stopped after")) {
                continue;
            }
            if own {
                // A note about the line being written (input()'s prompt) comes right after it,
                // and the program's output goes on below the note, as a terminal would after
                // the learner pressed Enter.
                open = [None, None];
            }
            for piece in text.split_inclusive('\n') {
                let (body, closed) = match piece.strip_suffix('\n') {
                    Some(body) => (body, true),
                    None => (piece, false),
                };
                let index = match open[slot] {
                    Some(i) => i,
                    None => {
                        lines.push(Line {
                            stream: *stream,
                            thread: step.thread,
                            time: step.time,
                            text: String::new(),
                            chunks: Vec::new(),
                            closed: false,
                            own,
                            pieces: vec![(0, step.thread, step.time)],
                        });
                        lines.len() - 1
                    }
                };
                let line = &mut lines[index];
                if line.pieces.last().is_some_and(|p| p.1 != step.thread) && !body.is_empty() {
                    line.pieces.push((line.chunks.len(), step.thread, step.time));
                }
                line.text.push_str(body.strip_suffix('\r').unwrap_or(body));
                line.chunks.push((k, line.text.len()));
                line.closed = closed;
                open[slot] = if closed { None } else { Some(index) };
            }
        }
        Console { lines }
    }

    /// Number of lines in the whole run.
    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// The lines written before step `k` (the first `k` steps have run), at most the last `limit`
    /// of them, and how many earlier lines were left out. A line several threads wrote comes as
    /// one row per piece, each with its own thread and time.
    pub fn at(&self, k: usize, limit: usize) -> (Vec<ShownLine>, usize) {
        let count = self.lines.partition_point(|l| l.chunks.first().is_some_and(|c| c.0 < k));
        let from = count.saturating_sub(limit);
        let mut newest: Option<(usize, usize)> = None; // (step, row index)
        let mut previous_start: Option<usize> =
            from.checked_sub(1).and_then(|i| self.lines[i].chunks.first()).map(|c| c.0);
        let mut shown: Vec<ShownLine> = Vec::new();
        for line in &self.lines[from..count] {
            let start = line.chunks.first().map(|c| c.0);
            let continues = start.is_some() && start == previous_start;
            previous_start = start;
            let visible = line.chunks.partition_point(|c| c.0 < k);
            for (p, &(first, thread, time)) in line.pieces.iter().enumerate() {
                if first >= visible {
                    break;
                }
                let end = line.pieces.get(p + 1).map_or(visible, |next| next.0.min(visible));
                let from_len = first.checked_sub(1).map_or(0, |c| line.chunks[c].1);
                let (last_step, to_len) = line.chunks[end - 1];
                if newest.is_none_or(|(s, _)| last_step >= s) {
                    newest = Some((last_step, shown.len()));
                }
                shown.push(ShownLine {
                    time: seconds(time),
                    thread,
                    stderr: line.stream == Stream::Stderr,
                    text: line.text.get(from_len..to_len).unwrap_or_default().to_string(),
                    newest: false,
                    continues: continues && p == 0,
                    own: line.own,
                    lead: line.text.get(..from_len).unwrap_or_default().to_string(),
                });
            }
        }
        if let Some((_, i)) = newest {
            shown[i].newest = true;
        }
        (shown, from)
    }
}

/// `10.000` for ten seconds of virtual time.
pub fn seconds(ns: Nanos) -> String {
    format_time(ns).trim_start_matches("t = ").trim_end_matches(" s").to_string()
}

/// The status line shown once the run has ended: how it ended, when, and which daemon threads
/// the interpreter stopped, e.g. "Exited with status 0 at t = 0.000 s. Stopped at exit: daemon
/// thread Thread-1 (worker), sleeping at line 7." A run stopped because it recorded as many steps
/// as the page keeps (`view::PAGE_MAX_STEPS`, the engine's `max_steps`) says so; `exit` is None
/// for a run cut short before its end.
pub fn status_line(trace: &Trace, exit: Option<&Exit>) -> String {
    let end = trace.snapshot(trace.len());
    let when = format_time(end.time);
    let name = |t: usize| trace.threads.get(t).map_or_else(|| format!("thread #{t}"), |i| i.name.to_string());
    let at_step_limit = matches!(exit, Some(Exit::StepBudget)) && trace.len() >= super::PAGE_MAX_STEPS;
    let mut text = match exit {
        _ if exit.is_none() || at_step_limit => format!(
            "Stopped at {when}: the run recorded {} steps, as many as the page keeps, so the program may \
             loop forever. Step back to see what it was doing.",
            trace.len()
        ),
        Some(Exit::Status(code)) => format!("Exited with status {code} at {when}."),
        Some(Exit::Deadlock) => {
            let waiting: Vec<String> = end
                .threads
                .iter()
                .enumerate()
                .filter_map(|(t, v)| match &v.state {
                    ThreadState::Blocked { on, .. } => Some(format!("{} waits for {on}", name(t))),
                    _ => None,
                })
                .collect();
            format!(
                "Deadlock at {when}: {}. Nothing can wake them, so CPython would hang here forever.",
                if waiting.is_empty() { "every thread waits".to_string() } else { waiting.join("; ") }
            )
        }
        None | Some(Exit::StepBudget) => format!(
            "Stopped at {when}: the run used its whole instruction budget, so the program may loop \
             forever. Step back to see what it was doing."
        ),
    };
    let stopped = stopped_daemons(trace);
    if !stopped.is_empty() {
        text.push_str(" Stopped at exit: ");
        text.push_str(&stopped.join(", "));
        text.push('.');
    }
    if let Some(cut) = trace.lines_cut_at {
        text.push_str(&format!(
            " Line steps after step {cut} were not recorded, to save memory; output and thread events are complete."
        ));
    }
    text
}

/// The status line of a run the learner stopped with Stop before it ended.
pub fn stopped_line(trace: &Trace) -> String {
    let when = format_time(trace.snapshot(trace.len()).time);
    format!(
        "Stopped at {when}, as you asked, after {} steps: the program had not ended. Step back to see what it \
         was doing; change the code to run it again.",
        trace.len()
    )
}

/// Each daemon thread the interpreter stopped, with what it was doing: "daemon thread
/// Thread-1 (worker), sleeping at line 7".
pub fn stopped_daemons(trace: &Trace) -> Vec<String> {
    let mut out = Vec::new();
    for (k, step) in trace.steps.iter().enumerate() {
        if let StepKind::State { state: ThreadState::StoppedAtExit } = step.kind {
            out.push(format!("daemon thread {}", stopped_words(trace, k)));
        }
    }
    out
}

/// "Thread-1 (worker), sleeping at line 7" for the thread that step `k` stops at exit.
pub fn stopped_words(trace: &Trace, k: usize) -> String {
    let Some(step) = trace.steps.get(k) else { return String::new() };
    let t = step.thread as usize;
    let name = trace.threads.get(t).map_or_else(|| format!("thread #{t}"), |i| i.name.to_string());
    let before = trace.snapshot(k);
    let Some(view) = before.threads.get(t) else { return name };
    let doing = match &view.state {
        ThreadState::Sleeping { .. } => "sleeping",
        ThreadState::Blocked { .. } => "waiting",
        ThreadState::Ready => "waiting for its turn",
        ThreadState::Running => "running",
        _ => "",
    };
    match (doing, view.line) {
        ("", Some(line)) => format!("{name}, at line {line}"),
        ("", None) => name,
        (doing, Some(line)) => format!("{name}, {doing} at line {line}"),
        (doing, None) => format!("{name}, {doing}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::trace::{Step, ThreadInfo};
    use crate::engine::{run, Settings};

    const S: Nanos = 1_000_000_000;

    fn lesson(daemon: bool) -> crate::engine::Run {
        let source = include_str!("../../lessons/daemon.py");
        run(source, &Settings { daemon_override: Some(daemon), ..Settings::default() })
    }

    fn texts(console: &Console, k: usize) -> Vec<String> {
        console.at(k, 100).0.into_iter().map(|l| format!("{} {} {}", l.time, l.thread, l.text)).collect()
    }

    #[test]
    fn the_lesson_without_daemon_prints_the_last_line_at_ten_seconds() {
        let run = lesson(false);
        let console = Console::new(&run.trace);
        let end = run.trace.len();
        assert_eq!(
            texts(&console, end),
            [
                "0.000 0 main: started",
                "0.000 1 worker 1: started",
                "0.000 0 main: finished",
                "10.000 1 worker 1: finished"
            ]
        );
        assert_eq!(status_line(&run.trace, Some(&run.exit)), "Exited with status 0 at t = 10.000 s.");
        let (shown, _) = console.at(end, 100);
        assert_eq!(shown.iter().map(|l| l.newest).collect::<Vec<_>>(), [false, false, false, true]);
    }

    #[test]
    fn the_lesson_with_daemon_stops_the_worker_while_it_sleeps() {
        let run = lesson(true);
        let console = Console::new(&run.trace);
        assert_eq!(
            texts(&console, run.trace.len()),
            ["0.000 0 main: started", "0.000 1 worker 1: started", "0.000 0 main: finished"]
        );
        assert_eq!(
            status_line(&run.trace, Some(&run.exit)),
            "Exited with status 0 at t = 0.000 s. Stopped at exit: daemon thread Thread-1 (worker), sleeping at line 7."
        );
    }

    #[test]
    fn each_thread_s_piece_of_a_shared_line_has_its_own_thread_and_time() {
        let src = "import threading, time\ndef a():\n    print('A-start ', end='')\n    time.sleep(0.1)\n    print('A-end')\n\
                   def b():\n    time.sleep(0.05)\n    print('B-line')\n\
                   for f in (a, b):\n    threading.Thread(target=f).start()\n";
        let run = run(src, &Settings::default());
        assert_eq!(run.stdout(), "A-start B-line\nA-end\n");
        let console = Console::new(&run.trace);
        let (rows, _) = console.at(run.trace.len(), 100);
        let rows: Vec<(&str, ThreadId, &str, &str)> =
            rows.iter().map(|r| (r.time.as_str(), r.thread, r.lead.as_str(), r.text.as_str())).collect();
        assert_eq!(rows, [("0.000", 1, "", "A-start "), ("0.050", 2, "A-start ", "B-line"), ("0.100", 1, "", "A-end")]);
    }

    #[test]
    fn the_input_notice_comes_right_after_the_prompt() {
        let run = run("name = input('Name? ')\nprint('Hello', name)\n", &Settings::default());
        let console = Console::new(&run.trace);
        let (rows, _) = console.at(run.trace.len(), 100);
        let rows: Vec<(&str, bool)> = rows.iter().map(|r| (r.text.as_str(), r.own)).collect();
        assert_eq!(
            rows,
            [
                ("Name? ", false),
                ("[threadplay: input() has no keyboard here; it returned an empty line]", true),
                ("Hello ", false)
            ]
        );
    }

    #[test]
    fn lines_appear_as_steps_pass() {
        let run = lesson(false);
        let console = Console::new(&run.trace);
        let output_steps: Vec<usize> = run
            .trace
            .steps
            .iter()
            .enumerate()
            .filter(|(_, s)| matches!(s.kind, StepKind::Output { .. }))
            .map(|(k, _)| k)
            .collect();
        assert_eq!(output_steps.len(), 4);
        for (n, &k) in output_steps.iter().enumerate() {
            assert_eq!(console.at(k, 100).0.len(), n, "before step {k}");
            assert_eq!(console.at(k + 1, 100).0.len(), n + 1, "after step {k}");
        }
        assert_eq!(console.at(0, 100), (vec![], 0));
    }

    /// Chunks without line breaks join into one line, per stream, and the limit keeps the newest.
    #[test]
    fn chunks_streams_and_limits() {
        let mut t = Trace::new();
        t.threads = vec![ThreadInfo { name: "MainThread".into(), daemon: false, target: None, created_at_line: None }];
        t.write(0, 0, Stream::Stdout, "a");
        t.write(S, 0, Stream::Stderr, "E1\nE2\n");
        t.write(2 * S, 1, Stream::Stdout, "b\r\nc");
        t.push(Step { time: 2 * S, thread: 0, kind: StepKind::Exit { exit: Exit::Status(1) } });
        let console = Console::new(&t);
        assert_eq!(console.len(), 4);
        assert_eq!(texts(&console, 1), ["0.000 0 a"]);
        assert_eq!(texts(&console, 2), ["0.000 0 a", "1.000 0 E1", "1.000 0 E2"]);
        // Thread 1 ends the line thread 0 began: its piece is a row of its own.
        assert_eq!(texts(&console, 4), ["0.000 0 a", "2.000 1 b", "1.000 0 E1", "1.000 0 E2", "2.000 1 c"]);
        let (shown, hidden) = console.at(4, 2);
        assert_eq!(hidden, 2);
        assert_eq!(
            shown.iter().map(|l| (l.text.as_str(), l.stderr, l.newest)).collect::<Vec<_>>(),
            [("E2", true, false), ("c", false, true)]
        );
        let (shown, _) = console.at(2, 10);
        assert_eq!(shown.iter().map(|l| l.newest).collect::<Vec<_>>(), [false, false, true]);
        // E2 came with E1 in one chunk: it continues the line above.
        assert_eq!(shown.iter().map(|l| l.continues).collect::<Vec<_>>(), [false, false, true]);
        let (shown, _) = console.at(4, 1);
        assert!(!shown[0].continues);
    }

    #[test]
    fn threadplays_own_notes_are_its_and_a_deadlock_report_is_shown_once() {
        let run = crate::engine::run(
            "import threading\nlock = threading.Lock()\nlock.acquire()\nprint('x', end='')\nlock.acquire()\n",
            &crate::engine::Settings::default(),
        );
        assert!(run.stderr().contains("[threadplay: deadlock"), "{}", run.stderr());
        let console = Console::new(&run.trace);
        let (shown, _) = console.at(run.trace.len(), 100);
        // Only the program's output; the report is the status line's.
        assert_eq!(shown.iter().map(|l| l.text.as_str()).collect::<Vec<_>>(), ["x"]);
        assert!(status_line(&run.trace, Some(&run.exit)).starts_with("Deadlock at t = "));

        let run = crate::engine::run("input()\nprint('after')\n", &crate::engine::Settings::default());
        let console = Console::new(&run.trace);
        let (shown, _) = console.at(run.trace.len(), 100);
        let own: Vec<(&str, bool)> = shown.iter().map(|l| (l.text.as_str(), l.own)).collect();
        assert_eq!(
            own,
            [("[threadplay: input() has no keyboard here; it returned an empty line]", true), ("after", false)]
        );
    }

    #[test]
    fn deadlock_and_budget_status_lines() {
        let source = "import threading\nlock = threading.Lock()\nlock.acquire()\nlock.acquire()\n";
        let run = run(source, &Settings::default());
        assert_eq!(run.exit, Exit::Deadlock);
        let line = status_line(&run.trace, Some(&run.exit));
        assert!(line.starts_with("Deadlock at t = 0.000 s: MainThread waits for the Lock created at line 2"), "{line}");
        let forever =
            crate::engine::run("while True:\n    pass\n", &Settings { max_instructions: 1000, ..Settings::default() });
        assert_eq!(forever.exit, Exit::StepBudget);
        assert!(status_line(&forever.trace, Some(&forever.exit)).contains("may loop forever"));
    }

    /// A worker that sleeps in a loop records thread events on every turn, past the line cut:
    /// the page stops it at its step limit (see `ui::hooks`), and the status line says why.
    #[test]
    fn a_run_the_page_stopped_says_how_many_steps_it_recorded() {
        let source = "import threading, time\ndef worker():\n    while True:\n        time.sleep(1)\n\
                      threading.Thread(target=worker).start()\n";
        let settings = Settings { max_trace_steps: 50, ..crate::view::page_settings() };
        let mut session = crate::engine::Session::new(source, &settings);
        while session.trace().len() < 200 {
            assert!(!session.advance(100), "the worker sleeps forever");
        }
        let trace = session.trace();
        let line = status_line(trace, None);
        let expected = format!(
            ": the run recorded {} steps, as many as the page keeps, so the program may loop forever. Step back \
             to see what it was doing. Line steps after step {} were not recorded, to save memory; output and \
             thread events are complete.",
            trace.len(),
            trace.lines_cut_at.expect("lines were cut")
        );
        assert!(line.starts_with("Stopped at t = ") && line.ends_with(&expected), "{line}");
    }

    #[test]
    fn the_status_line_says_where_line_steps_stopped_being_recorded() {
        let settings = Settings { max_instructions: 10_000, max_trace_steps: 100, ..crate::view::page_settings() };
        let source = "n = 0\nwhile True:\n    n += 1\n    if n % 100 == 0:\n        print(n)\n";
        let run = run(source, &settings);
        assert_eq!(run.exit, Exit::StepBudget);
        let cut = run.trace.lines_cut_at.expect("lines were cut");
        assert!(cut <= 100 && run.trace.len() > cut, "cut at {cut} of {}", run.trace.len());
        assert!(status_line(&run.trace, Some(&run.exit)).ends_with(&format!(
            "Line steps after step {cut} were not recorded, to save memory; output and thread events are complete."
        )));
        // Output after the cut is all there: 100, 200, … up to the budget's report on stderr.
        let console = Console::new(&run.trace);
        let (lines, _) = console.at(run.trace.len(), 100);
        let printed: Vec<&str> = lines.iter().filter(|l| !l.stderr).map(|l| l.text.as_str()).collect();
        assert!(printed.len() > 5, "{printed:?}");
        assert!(printed.iter().enumerate().all(|(i, n)| *n == ((i + 1) * 100).to_string()), "{printed:?}");
    }
}
