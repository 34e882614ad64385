//! The recorded run that the page navigates: a list of steps (one line run by one thread, or one
//! scheduler event), the output chunks, and periodic checkpoints so that the state at any step k
//! (clock, every thread's state and line, output so far) is found in O(threads + CHECKPOINT_EVERY)
//! time however long the trace is.

use std::rc::Rc;

/// Index of a thread in the run's thread table; the main thread is 0.
pub type ThreadId = u32;

/// Virtual time in nanoseconds since the program started.
pub type Nanos = u64;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Stream {
    Stdout,
    Stderr,
}

/// What a thread is doing, as the timeline draws it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ThreadState {
    /// Created (`Thread(...)` called) but not started.
    Created,
    /// Could run, waiting for its turn.
    Ready,
    Running,
    Sleeping {
        until: Nanos,
    },
    /// Waiting for something other threads do; `on` says what, for a learner
    /// ("Thread-1 (worker) to finish", "Lock at line 3"). `until` is the timeout, if any.
    Blocked {
        on: Rc<str>,
        until: Option<Nanos>,
    },
    Finished,
    /// Ended by an uncaught exception.
    Failed,
    /// A daemon thread stopped where it stood when the interpreter exited.
    StoppedAtExit,
}

impl ThreadState {
    pub fn is_alive(&self) -> bool {
        !matches!(self, ThreadState::Created | ThreadState::Finished | ThreadState::Failed | ThreadState::StoppedAtExit)
    }
}

/// A thread as the trace knows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ThreadInfo {
    pub name: Rc<str>,
    pub daemon: bool,
    /// Name of the target function, if any (for "daemon: worker" switches).
    pub target: Option<Rc<str>>,
    /// The line of the `Thread(...)` call that created it (None for the main thread).
    pub created_at_line: Option<u32>,
}

/// How a run ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    /// The interpreter exited with this status, as CPython would.
    Status(i32),
    /// Every live thread waits and nothing can wake any of them. CPython would hang forever.
    Deadlock,
    /// The instruction budget ran out: the program may loop forever.
    StepBudget,
}

impl Exit {
    /// Process exit status for the CLI. Deadlock and budget stops use statuses a Python program
    /// rarely picks for itself (documented in the README).
    pub fn code(&self) -> i32 {
        match self {
            Exit::Status(c) => *c,
            Exit::Deadlock => 125,
            Exit::StepBudget => 124,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum StepKind {
    /// The thread began executing this line of the learner's script.
    Line { line: u32 },
    /// Text written; `start..end` is the byte range of it in `Trace::output` of `stream`.
    Output { stream: Stream, start: u32, end: u32 },
    /// A `Thread` object was created (a row appears on the timeline).
    Created,
    /// The thread's state changed.
    State { state: ThreadState },
    /// No thread could run; the clock jumped forward to `to`.
    ClockJump { to: Nanos },
    /// The run ended.
    Exit { exit: Exit },
}

/// One step of the run.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    /// Virtual time at which the step happened.
    pub time: Nanos,
    pub thread: ThreadId,
    pub kind: StepKind,
}

/// State of one thread at some step.
#[derive(Clone, Debug, PartialEq)]
pub struct ThreadView {
    pub state: ThreadState,
    /// Last line the thread ran (None before it ran one).
    pub line: Option<u32>,
}

/// Everything the page shows at step k.
#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot {
    pub step: usize,
    pub time: Nanos,
    /// One entry per thread created so far.
    pub threads: Vec<ThreadView>,
    /// Bytes of stdout and stderr written so far.
    pub stdout_len: u32,
    pub stderr_len: u32,
}

/// How often a checkpoint is stored.
pub const CHECKPOINT_EVERY: usize = 1024;

/// A whole recorded run.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Trace {
    pub threads: Vec<ThreadInfo>,
    pub steps: Vec<Step>,
    pub stdout: String,
    pub stderr: String,
    /// The step from which lines were no longer recorded (`Settings::max_trace_steps`), if any.
    pub lines_cut_at: Option<usize>,
    /// The step counts at which a decision other than the default's took effect (a schedule
    /// other than CPython's order): the timeline marks them.
    pub changed_at: Vec<usize>,
    checkpoints: Vec<Snapshot>,
    /// Running state while recording, used to build checkpoints.
    live: Option<Snapshot>,
}

impl Trace {
    pub fn new() -> Self {
        Trace::default()
    }

    /// Appends a step, keeping checkpoints.
    pub fn push(&mut self, step: Step) {
        let mut live = self.live.take().unwrap_or_else(|| Snapshot {
            step: 0,
            time: 0,
            threads: Vec::new(),
            stdout_len: 0,
            stderr_len: 0,
        });
        if self.steps.len().is_multiple_of(CHECKPOINT_EVERY) {
            let mut cp = live.clone();
            cp.step = self.steps.len();
            self.checkpoints.push(cp);
        }
        apply(&mut live, &step);
        self.steps.push(step);
        self.live = Some(live);
    }

    /// Adds output text and records the step that wrote it.
    pub fn write(&mut self, time: Nanos, thread: ThreadId, stream: Stream, text: &str) {
        let buf = match stream {
            Stream::Stdout => &mut self.stdout,
            Stream::Stderr => &mut self.stderr,
        };
        let start = buf.len() as u32;
        buf.push_str(text);
        let end = buf.len() as u32;
        self.push(Step { time, thread, kind: StepKind::Output { stream, start, end } });
    }

    /// The state after the first `k` steps (k = 0: before anything ran; k = len: the end).
    pub fn snapshot(&self, k: usize) -> Snapshot {
        let k = k.min(self.steps.len());
        let cp_index = k / CHECKPOINT_EVERY;
        let mut snap = match self.checkpoints.get(cp_index) {
            Some(cp) => cp.clone(),
            None => Snapshot { step: 0, time: 0, threads: Vec::new(), stdout_len: 0, stderr_len: 0 },
        };
        let from = snap.step;
        for step in &self.steps[from..k] {
            apply(&mut snap, step);
        }
        snap.step = k;
        snap
    }

    /// How the run ended, if it has.
    pub fn exit(&self) -> Option<&Exit> {
        self.steps.iter().rev().find_map(|s| match &s.kind {
            StepKind::Exit { exit } => Some(exit),
            _ => None,
        })
    }

    /// Whether the output so far (both streams, in the order written) ends at a line end, so a
    /// note added now starts on a line of its own.
    pub fn at_line_start(&self) -> bool {
        let last = self.steps.iter().rev().find_map(|s| match &s.kind {
            StepKind::Output { stream, start, end } => Some(self.output_text(*stream, *start, *end)),
            _ => None,
        });
        last.is_none_or(|text| text.ends_with('\n'))
    }

    /// Text of an output step.
    pub fn output_text(&self, stream: Stream, start: u32, end: u32) -> &str {
        let buf = match stream {
            Stream::Stdout => &self.stdout,
            Stream::Stderr => &self.stderr,
        };
        buf.get(start as usize..end as usize).unwrap_or("")
    }

    pub fn len(&self) -> usize {
        self.steps.len()
    }

    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }
}

fn apply(snap: &mut Snapshot, step: &Step) {
    snap.time = snap.time.max(step.time);
    let t = step.thread as usize;
    match &step.kind {
        StepKind::Line { line } => {
            if let Some(th) = snap.threads.get_mut(t) {
                th.line = Some(*line);
            }
        }
        StepKind::Output { stream, end, .. } => match stream {
            Stream::Stdout => snap.stdout_len = *end,
            Stream::Stderr => snap.stderr_len = *end,
        },
        StepKind::Created => {
            while snap.threads.len() <= t {
                snap.threads.push(ThreadView { state: ThreadState::Created, line: None });
            }
        }
        StepKind::State { state } => {
            while snap.threads.len() <= t {
                snap.threads.push(ThreadView { state: ThreadState::Created, line: None });
            }
            snap.threads[t].state = state.clone();
        }
        StepKind::ClockJump { to } => snap.time = snap.time.max(*to),
        StepKind::Exit { .. } => {}
    }
    snap.step += 1;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(time: Nanos, thread: ThreadId, line: u32) -> Step {
        Step { time, thread, kind: StepKind::Line { line } }
    }

    #[test]
    fn snapshot_matches_replay_from_start_across_checkpoints() {
        let mut trace = Trace::new();
        trace.push(Step { time: 0, thread: 0, kind: StepKind::Created });
        trace.push(Step { time: 0, thread: 0, kind: StepKind::State { state: ThreadState::Running } });
        for i in 0..5000u64 {
            trace.push(line(i, 0, (i % 7) as u32 + 1));
            if i % 1000 == 0 {
                trace.write(i, 0, Stream::Stdout, "x\n");
            }
        }
        let k = 3000;
        let snap = trace.snapshot(k);
        let mut slow = Snapshot { step: 0, time: 0, threads: Vec::new(), stdout_len: 0, stderr_len: 0 };
        for s in &trace.steps[..k] {
            apply(&mut slow, s);
        }
        assert_eq!(snap, slow);
        assert_eq!(snap.stdout_len, 6);
        assert_eq!(trace.snapshot(0).threads.len(), 0);
        assert_eq!(trace.snapshot(trace.len()).step, trace.len());
    }
}
