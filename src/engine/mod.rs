//! The engine: Python source → syntax tree → bytecode → VM steps under the scheduler → trace.
//! Nothing here knows about the web.

pub mod compile;
pub mod describe;
pub mod explore;
pub mod float_parse;
pub mod fuzzing;
pub mod heapsort;
pub mod modules;
pub mod sched;
pub mod source;
pub mod syntax;
pub mod trace;
pub mod value;
pub mod vm;

use trace::{Exit, Trace};

/// Settings of one run. The same source and settings always give the same trace.
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    /// Name shown in tracebacks (`File "demo.py", line 3`).
    pub filename: String,
    /// Stop after this many bytecode instructions (all threads together).
    pub max_instructions: u64,
    /// Virtual cost of one bytecode instruction, in nanoseconds.
    pub instruction_cost_ns: u64,
    /// CPython's switch interval (`sys.getswitchinterval()`), in nanoseconds.
    pub switch_interval_ns: u64,
    /// Overrides `daemon` of every `threading.Thread` the script itself creates.
    pub daemon_override: Option<bool>,
    /// Seed used by `random` when the script does not seed it.
    pub seed: u64,
    /// Maximum Python call depth (`sys.getrecursionlimit()`).
    pub recursion_limit: u32,
    /// Maximum bytes of stdout + stderr; output beyond is dropped with a note.
    pub max_output_bytes: usize,
    /// Maximum number of threads a run may create.
    pub max_threads: usize,
    /// Maximum number of items in one list, dict, set or string.
    pub max_container_len: usize,
    /// Record a `Line` step for each line run (the page needs it; the CLI does not unless tracing).
    pub record_lines: bool,
    /// Line steps stop being recorded once the trace holds this many steps (about 40 bytes
    /// each), so that a long loop cannot exhaust a page's memory; thread events and output are
    /// always recorded. `Trace::lines_cut_at` tells where.
    pub max_trace_steps: usize,
    /// The run stops (as a probable endless loop, like the instruction budget) once the trace
    /// holds this many steps of any kind: a loop that only sleeps records thread events but few
    /// instructions.
    pub max_steps: usize,
    /// Who decides where the run gives way and which thread runs next (`sched::policy`).
    pub schedule: sched::policy::PolicyKind,
    /// Keep every decision point the run reaches (`Run::points`), for exploring.
    pub record_points: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            filename: "main.py".into(),
            max_instructions: 200_000_000,
            instruction_cost_ns: 25,
            switch_interval_ns: 5_000_000,
            daemon_override: None,
            seed: 0,
            recursion_limit: 1000,
            max_output_bytes: 1 << 20,
            max_threads: 256,
            max_container_len: 10_000_000,
            record_lines: true,
            max_trace_steps: 2_000_000,
            max_steps: 5_000_000,
            schedule: sched::policy::PolicyKind::Fifo,
            record_points: false,
        }
    }
}

/// The result of running a script: everything it printed and every step it took.
#[derive(Clone, Debug)]
pub struct Run {
    pub trace: Trace,
    pub exit: Exit,
    /// The decisions that differ from the default (`sched::schedule`): replaying them gives this run.
    pub schedule: sched::schedule::Schedule,
    /// Every decision point the run reached, when `Settings::record_points` asked for them.
    pub points: Vec<sched::policy::Point>,
}

impl Run {
    pub fn stdout(&self) -> &str {
        &self.trace.stdout
    }
    pub fn stderr(&self) -> &str {
        &self.trace.stderr
    }
}

/// Runs `source` to completion under the simulated scheduler and returns the recorded run.
pub fn run(source: &str, settings: &Settings) -> Run {
    Session::new(source, settings).into_run()
}

/// A run in progress, advanced a slice at a time so that a page stays responsive during a long
/// run. Slicing never changes what is recorded: the finished trace is the one `run` gives.
pub struct Session {
    state: SessionState,
}

enum SessionState {
    Running(Box<sched::Scheduler>),
    Done(Run),
    /// The script imports modules written in Python whose source the library lacks: the run
    /// stopped (or never started) so that its caller can add them and run it again from the
    /// start, which gives the run it would have had with them there.
    Missing {
        modules: Vec<&'static modules::PythonModule>,
        trace: Trace,
    },
}

impl Session {
    /// Parses and compiles `source`; a syntax error or unsupported feature is a finished run
    /// whose stderr holds the message. Modules come from the default library.
    pub fn new(source: &str, settings: &Settings) -> Session {
        Session::with_library(source, settings, &modules::Library::default())
    }

    /// A session whose modules written in Python come from `library`. When the script imports
    /// one it lacks (found before the run, or when an import is reached), the session ends at
    /// once and `missing_modules` names what to add.
    pub fn with_library(source: &str, settings: &Settings, library: &modules::Library) -> Session {
        let mut trace = Trace::new();
        let tree = match syntax::parse(source) {
            Ok(t) => t,
            Err(e) => {
                trace.threads.push(main_info());
                trace.write(0, 0, trace::Stream::Stderr, &e.render(&settings.filename, source));
                return Session { state: SessionState::Done(finish(trace, Exit::Status(1))) };
            }
        };
        let missing = library.missing_for(source, &tree.body);
        if !missing.is_empty() {
            return Session { state: SessionState::Missing { modules: missing, trace } };
        }
        let code = match compile::compile_module(&tree, source, false) {
            Ok(c) => c,
            Err(e) => {
                trace.threads.push(main_info());
                trace.write(0, 0, trace::Stream::Stderr, &render_compile_error(&e, &settings.filename, source));
                return Session { state: SessionState::Done(finish(trace, Exit::Status(1))) };
            }
        };
        let mut vm = vm::Vm::new(source, settings.clone(), library.clone());
        vm.start_main(code);
        let mut sched = Box::new(sched::Scheduler::new(vm));
        sched.start();
        Session { state: SessionState::Running(sched) }
    }

    /// Runs about `instructions` more bytecode instructions; true once the run has ended, or
    /// waits for the learner's choice (`awaiting_choice`).
    pub fn advance(&mut self, instructions: u64) -> bool {
        let SessionState::Running(sched) = &mut self.state else { return true };
        let exit = sched.advance(instructions);
        if sched.awaiting.is_some() {
            return true;
        }
        if let Some(missing) = sched.vm.missing_module {
            let trace = std::mem::take(&mut sched.vm.trace);
            self.state = SessionState::Missing { modules: vec![missing], trace };
            return true;
        }
        match exit {
            Some(exit) => {
                let trace = std::mem::take(&mut sched.vm.trace);
                let policy = &mut sched.vm.policy;
                let (schedule, points) = (policy.schedule(), policy.points.take().unwrap_or_default());
                self.state = SessionState::Done(Run { trace, exit, schedule, points });
                true
            }
            None => false,
        }
    }

    /// "You choose": the number of the decision point the run stopped at and the threads the
    /// learner may run next, in the order CPython would consider them.
    pub fn awaiting_choice(&self) -> Option<(u64, &[trace::ThreadId])> {
        match &self.state {
            SessionState::Running(sched) => sched.awaiting.as_deref().map(|c| (sched.vm.policy.decisions, c)),
            _ => None,
        }
    }

    pub fn is_done(&self) -> bool {
        !matches!(self.state, SessionState::Running(_))
    }

    /// The modules written in Python that this run needs and its library lacks (empty unless
    /// the session stopped for them).
    pub fn missing_modules(&self) -> &[&'static modules::PythonModule] {
        match &self.state {
            SessionState::Missing { modules, .. } => modules,
            _ => &[],
        }
    }

    /// The trace recorded so far (all of it once the run is done).
    pub fn trace(&self) -> &Trace {
        match &self.state {
            SessionState::Running(sched) => &sched.vm.trace,
            SessionState::Done(run) => &run.trace,
            SessionState::Missing { trace, .. } => trace,
        }
    }

    /// Bytecode instructions executed so far.
    pub fn instructions(&self) -> u64 {
        match &self.state {
            SessionState::Running(sched) => sched.vm.instructions,
            SessionState::Done(_) | SessionState::Missing { .. } => 0,
        }
    }

    /// The finished run; a run still in progress is run to its end first. A run that stopped
    /// for missing modules ends with a message naming them.
    pub fn into_run(mut self) -> Run {
        while !self.advance(u64::MAX) {}
        match self.state {
            SessionState::Done(run) => run,
            SessionState::Missing { modules, mut trace } => {
                let names: Vec<&str> = modules.iter().map(|m| m.name).collect();
                let message = format!("threadplay: this build has no source for the module(s) {}\n", names.join(", "));
                if trace.threads.is_empty() {
                    trace.threads.push(main_info());
                }
                trace.write(0, 0, trace::Stream::Stderr, &message);
                finish(trace, Exit::Status(1))
            }
            // Not reached: `advance` returned true, so the run left this state.
            SessionState::Running(mut sched) => Run {
                trace: std::mem::take(&mut sched.vm.trace),
                exit: Exit::StepBudget,
                ..finish(Trace::new(), Exit::StepBudget)
            },
        }
    }
}

fn main_info() -> trace::ThreadInfo {
    trace::ThreadInfo { name: "MainThread".into(), daemon: false, target: None, created_at_line: None }
}

fn finish(mut trace: Trace, exit: Exit) -> Run {
    trace.push(trace::Step { time: 0, thread: 0, kind: trace::StepKind::Exit { exit } });
    Run { trace, exit, schedule: sched::schedule::Schedule::default(), points: Vec::new() }
}

/// A compile error as the console shows it: CPython's SyntaxError layout, or a plain statement
/// that valid Python uses something threadplay cannot run yet.
fn render_compile_error(e: &compile::CompileError, filename: &str, source: &str) -> String {
    if e.unsupported {
        let index = source::LineIndex::new(source);
        let line = index.line_of(e.range.start);
        let text = index.line_text(source, line).trim();
        format!("  File \"{filename}\", line {line}\n    {text}\nNotImplementedError: {} (line {line})\n", e.message)
    } else {
        syntax::SyntaxError { class: syntax::SyntaxErrorClass::SyntaxError, message: e.message.clone(), range: e.range }
            .render(filename, source)
    }
}
