//! The virtual machine: Python frames on an explicit per-thread stack, so any thread can be
//! paused after any instruction. The VM never chooses who runs: `Vm::run_thread` executes one
//! thread until it blocks, finishes, or reaches a switch point after its slice, and returns a
//! `StepOutcome` to the scheduler.
//!
//! Native functions that need Python code (`__str__`, sort keys, class bodies) run it in a
//! *nested* run on a fresh frame stack; a nested run cannot be switched away from, so blocking
//! inside it is reported as an error rather than silently misbehaving.

mod attr;
pub mod builtins;
mod call;
mod convert;
mod dynamic;
mod eval;
pub mod exc;
mod iter;
mod subclass;
mod teardown;
pub mod types;

use crate::engine::compile::Code;
use crate::engine::trace::{Nanos, Stream, ThreadId, Trace};
use crate::engine::value::{Generator, Namespace, Value};
use crate::engine::Settings;
use indexmap::IndexMap;
use std::cell::RefCell;
use std::rc::Rc;

pub use types::Types;

/// Why a thread must wait, as a native function reports it.
#[derive(Clone, Debug, PartialEq)]
pub enum Wait {
    /// `time.sleep`: wake at `until`.
    Sleep { until: Nanos },
    /// Waiting for another thread to finish (`join`), with an optional deadline.
    Join { thread: ThreadId, until: Option<Nanos> },
    /// Waiting to acquire lock `lock` (index in the lock table), with an optional deadline.
    Lock { lock: usize, until: Option<Nanos> },
}

impl Wait {
    pub fn deadline(&self) -> Option<Nanos> {
        match self {
            Wait::Sleep { until } => Some(*until),
            Wait::Join { until, .. } | Wait::Lock { until, .. } => *until,
        }
    }
}

/// Why a waiting thread was woken; the native that blocked reads it when it runs again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wake {
    /// The deadline passed.
    Timeout,
    /// What it waited for may have happened (a lock released, a thread finished).
    Signal,
}

/// How control leaves an instruction or a native function other than normally.
#[derive(Debug, Clone)]
pub enum Flow {
    /// A Python exception (an exception instance).
    Raise(Value),
    /// The thread must wait; the instruction runs again when it is woken.
    Block(Wait),
}

/// What happened when a thread ran.
#[derive(Debug, Clone)]
pub enum StepOutcome {
    /// Its slice ended at a switch point while another thread was waiting to run.
    Preempted,
    /// It must wait.
    Blocked(Wait),
    /// It started a thread, which should run first.
    Spawned(ThreadId),
    /// It released a lock or finished something others wait for; the scheduler should look at
    /// the waiters, then may let it continue.
    Signalled,
    /// Its outermost frame returned.
    Finished,
    /// An exception escaped its outermost frame (already reported for non-main threads).
    Failed(Value),
    /// The instruction budget is spent.
    Budget,
    /// `pause_at` was reached: the caller asked for the run in slices. The thread resumes exactly
    /// where it stood, as if it had never stopped.
    Paused,
}

/// What a frame's return value is for.
#[derive(Clone, Debug)]
pub enum OnReturn {
    /// Push it on the caller's stack.
    Push,
    /// `__init__` returned: push the new instance instead (the value must be None).
    Init(Value),
    /// A generator resumed by `ForIter`: a yield pushes the value; a return ends the loop by
    /// popping the iterator and jumping to `exit`.
    GenForIter { exit: u32 },
    /// Give it to the native caller of a nested run.
    Nested,
    /// The bottom frame of a thread.
    Thread,
    /// Discard it (property setters, `__set__`...).
    Discard,
}

/// An exception handler or `except` clause active in a frame.
#[derive(Clone, Debug)]
pub struct BlockEntry {
    pub kind: BlockKind,
    pub handler: u32,
    pub depth: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// `try` body (also `finally`/`with`): on exception jump to the handler.
    Setup,
    /// An `except` clause (or finally/with cleanup) is running: leaving it by exception
    /// restores the previously handled exception.
    Handler,
}

/// One Python call in progress.
pub struct Frame {
    pub code: Rc<Code>,
    pub pc: usize,
    pub stack: Vec<Value>,
    pub locals: Vec<Option<Value>>,
    pub cells: Vec<Rc<RefCell<Option<Value>>>>,
    pub globals: Rc<RefCell<Namespace>>,
    /// The namespace of a module or class body (`LoadName`/`StoreName`).
    pub namespace: Option<Rc<RefCell<Namespace>>>,
    pub blocks: Vec<BlockEntry>,
    pub on_return: OnReturn,
    /// The generator this frame belongs to, if any.
    pub generator: Option<Rc<RefCell<Generator>>>,
    /// Name of the function, for tracebacks.
    pub func_name: Rc<str>,
}

impl Frame {
    /// The frame that runs a module's code, with `globals` as its namespace.
    pub fn module(code: Rc<Code>, globals: Rc<RefCell<Namespace>>, on_return: OnReturn) -> Frame {
        Frame {
            code,
            pc: 0,
            stack: Vec::new(),
            locals: Vec::new(),
            cells: Vec::new(),
            globals: globals.clone(),
            namespace: Some(globals),
            blocks: Vec::new(),
            on_return,
            generator: None,
            func_name: Rc::from("<module>"),
        }
    }
}

/// Per-thread interpreter state.
pub struct ThreadCtx {
    pub frames: Vec<Frame>,
    /// Exceptions being handled (innermost last): for bare `raise` and `__context__`.
    pub exc_info: Vec<Value>,
    /// Set by the scheduler when it wakes the thread.
    pub wake: Option<Wake>,
    /// The `Thread` object (None for the main thread before threading is imported).
    pub py_thread: Value,
    pub name: Rc<str>,
    pub daemon: bool,
    /// Last line the thread ran in the learner's script.
    pub line: Option<u32>,
    /// The function that line is in (`<module>` at top level), for `logging`'s `%(funcName)s`.
    pub func: Rc<str>,
    /// The deadline of the wait the thread is in (kept when it is woken to retry).
    pub deadline: Option<Nanos>,
    /// An uncaught exception ended it.
    pub failed: bool,
}

/// The line the innermost frame of the learner's script among `frames` is at (a pool worker
/// between tasks runs only library code, and has none).
pub(crate) fn script_line_of(frames: &[Frame]) -> Option<u32> {
    let frame = frames.iter().rev().find(|f| f.code.is_script())?;
    Some(frame.code.line_at(frame.pc.saturating_sub(1)))
}

/// State of one lock of the lock table.
#[derive(Clone, Debug, Default)]
pub struct LockState {
    pub owner: Option<ThreadId>,
    /// Threads waiting, longest first.
    pub waiters: Vec<ThreadId>,
    /// What the timeline says a waiter waits for: the lock ("the Lock created at line 3"), or
    /// for a signal lock the whole phrase ("the Event ready to be set").
    pub label: Rc<str>,
    /// A lock that the waiter holds itself until another thread releases it (how `Condition`
    /// waits): never said to be "held by" its owner.
    pub signal: bool,
}

/// The interpreter state shared by all threads.
pub struct Vm {
    pub settings: Settings,
    pub trace: Trace,
    /// Virtual clock, nanoseconds since start.
    pub clock: Nanos,
    /// `sys.get_int_max_str_digits()`: 0 for no limit. In force while this VM runs
    /// (`value::int::set_str_digits_limit`).
    pub str_digits_limit: usize,
    /// Instructions run so far (all threads).
    pub instructions: u64,
    pub threads: Vec<ThreadCtx>,
    /// The thread running now.
    pub current: ThreadId,
    pub builtins: Rc<RefCell<Namespace>>,
    pub modules: IndexMap<Rc<str>, Value>,
    pub types: Types,
    pub locks: Vec<LockState>,
    pub source: Rc<str>,
    pub line_index: crate::engine::source::LineIndex,
    /// Clock time at which a running thread must give way at its next switch point.
    pub preempt_at: Option<Nanos>,
    /// What the generator last exhausted by `ForIter` returned (see `Instr::LoadGenReturn`).
    pub gen_return: Value,
    /// (line, message) of the warnings already shown: CPython's default filter shows each once.
    pub warned: Vec<(u32, String)>,
    /// Instruction count at which the running thread pauses (outside nested runs) so that a page
    /// can run a long program a slice at a time.
    pub pause_at: u64,
    /// Frames of outer runs while a nested run is active (for the recursion limit).
    pub nested_base: usize,
    pub nested_depth: u32,
    /// Containers whose repr is being written (a list that holds itself prints as `[...]`).
    pub(crate) repr_active: Vec<usize>,
    /// Depth of element-wise comparisons in progress (deep or self-holding containers).
    pub(crate) compare_depth: u32,
    pub output_bytes: usize,
    output_truncated: bool,
    /// Threads woken by what the running thread did (lock releases), for the scheduler.
    pub signalled: Vec<ThreadId>,
    /// A lock's label changed (a semaphore's holders did): the scheduler re-words its waiters.
    pub relabelled: bool,
    /// Who decides at switch points and picks (owned here so that the VM can ask at switch points).
    pub policy: crate::engine::sched::policy::Policy,
    /// Another thread is ready to run (set by the scheduler before it runs a thread).
    pub others_ready: bool,
    /// The running thread has reached a switch point (a Python function's entry, a taken
    /// back-edge, the return of a built-in): checked before its next instruction.
    pub at_switch_point: bool,
    /// The ready threads, for a policy that needs them (PCT; set by the scheduler).
    pub ready_now: Vec<ThreadId>,
    /// The learner's line that the running thread's innermost script frame is at, set for
    /// `_thread.script_line` (modules/waits.rs) when it is called.
    pub waiting_line: Option<u32>,
    /// Number of unnamed `Thread()`s made (CPython's `_counter`).
    pub thread_counter: u64,
    /// Status requested by `sys.exit` in the main thread.
    pub exit_status: Option<i32>,
    /// A thread started by the running one, to run first.
    pub pending_spawn: Option<ThreadId>,
    /// Name of the native function being called (for methods of built-in types).
    pub native_name: Rc<str>,
    /// Fake addresses handed out for default reprs (`<Foo object at 0x...>`).
    pub addr_ids: IndexMap<usize, usize>,
    /// Where the source of modules written in Python comes from.
    pub library: crate::engine::modules::Library,
    /// An import reached a module whose source the library lacks: the run stops, to be run
    /// again once it is there.
    pub missing_module: Option<&'static crate::engine::modules::PythonModule>,
}

impl Vm {
    /// A fresh interpreter for `source`.
    pub fn new(source: &str, settings: Settings, library: crate::engine::modules::Library) -> Vm {
        let mut policy = crate::engine::sched::policy::Policy::new(settings.schedule.clone());
        if settings.record_points {
            policy.points = Some(Vec::new());
        }
        let types = Types::new();
        let builtins = Rc::new(RefCell::new(Namespace::new()));
        let mut vm = Vm {
            settings,
            trace: Trace::new(),
            clock: 0,
            str_digits_limit: crate::engine::value::int::MAX_STR_DIGITS,
            instructions: 0,
            threads: Vec::new(),
            current: 0,
            builtins,
            modules: IndexMap::new(),
            types,
            locks: Vec::new(),
            source: Rc::from(source),
            line_index: crate::engine::source::LineIndex::new(source),
            preempt_at: None,
            gen_return: Value::None,
            warned: Default::default(),
            pause_at: u64::MAX,
            nested_base: 0,
            nested_depth: 0,
            repr_active: Vec::new(),
            compare_depth: 0,
            output_bytes: 0,
            output_truncated: false,
            signalled: Vec::new(),
            relabelled: false,
            policy,
            others_ready: false,
            at_switch_point: false,
            ready_now: Vec::new(),
            waiting_line: None,
            thread_counter: 0,
            exit_status: None,
            pending_spawn: None,
            native_name: Rc::from(""),
            addr_ids: IndexMap::new(),
            library,
            missing_module: None,
        };
        builtins::install(&mut vm);
        vm
    }

    /// Writes program output for the running thread, within the output cap.
    pub fn write(&mut self, stream: Stream, text: &str) {
        if text.is_empty() {
            return;
        }
        let max = self.settings.max_output_bytes;
        if self.output_bytes >= max {
            if !self.output_truncated {
                self.output_truncated = true;
                let note = format!("\n[threadplay: output stopped after {} bytes; the program keeps running]\n", max);
                self.trace.write(self.clock, self.current, Stream::Stderr, &note);
            }
            return;
        }
        let room = max - self.output_bytes;
        let mut cut = text.len().min(room);
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        self.output_bytes += cut;
        self.trace.write(self.clock, self.current, stream, &text[..cut]);
    }

    /// Creates an exception instance of the built-in class `kind` with one message argument.
    pub fn new_exception(&self, kind: &str, message: impl Into<String>) -> Value {
        let class = self.types.exception(kind);
        let message: String = message.into();
        let args = if message.is_empty() && kind == "StopIteration" { vec![] } else { vec![Value::str(&message)] };
        exc::make_instance(class, args)
    }

    /// `Flow::Raise` of a new built-in exception.
    pub fn err(&self, kind: &str, message: impl Into<String>) -> Flow {
        Flow::Raise(self.new_exception(kind, message))
    }

    pub fn type_error(&self, message: impl Into<String>) -> Flow {
        self.err("TypeError", message)
    }

    /// Turns an operator failure into a Python exception.
    pub fn op_err(&self, e: crate::engine::value::OpError) -> Flow {
        self.err(e.kind, e.message)
    }

    /// Registers a new lock and returns its index.
    pub fn new_lock(&mut self, label: &str) -> usize {
        self.locks.push(LockState { owner: None, waiters: Vec::new(), label: Rc::from(label), signal: false });
        self.locks.len() - 1
    }

    pub fn deadline(&self) -> Option<Nanos> {
        self.threads.get(self.current as usize).and_then(|t| t.deadline)
    }

    pub fn set_deadline(&mut self, d: Option<Nanos>) {
        if let Some(t) = self.threads.get_mut(self.current as usize) {
            t.deadline = d;
        }
    }

    /// Whether thread `tid` has run to its end (or never existed).
    pub fn thread_finished(&self, tid: ThreadId) -> bool {
        self.threads.get(tid as usize).is_none_or(|t| t.frames.is_empty() && tid != self.current)
    }

    /// Builds a frame for a Python function (for the thread module).
    pub fn new_frame_public(
        &self,
        f: &Rc<crate::engine::value::Function>,
        args: crate::engine::value::Args,
        on_return: OnReturn,
    ) -> Result<Frame, Flow> {
        self.new_frame(f, args, on_return)
    }

    /// Runs a frame to completion as a nested run (module bodies at import).
    pub fn run_nested_public(&mut self, frame: Frame) -> Result<Value, Flow> {
        self.run_nested(frame)
    }

    /// Adds the main thread, running `code` as module `__main__`.
    pub fn start_main(&mut self, code: Rc<Code>) {
        let globals = Rc::new(RefCell::new(Namespace::new()));
        globals.borrow_mut().insert(Rc::from("__name__"), Value::str("__main__"));
        globals.borrow_mut().insert(Rc::from("__file__"), Value::str(&self.settings.filename));
        let builtins = crate::engine::value::Module { name: Rc::from("builtins"), dict: self.builtins.clone() };
        globals.borrow_mut().insert(Rc::from("__builtins__"), Value::Module(Rc::new(builtins)));
        let module =
            Value::Module(Rc::new(crate::engine::value::Module { name: Rc::from("__main__"), dict: globals.clone() }));
        self.modules.insert(Rc::from("__main__"), module);
        let frame = Frame::module(code, globals, OnReturn::Thread);
        self.threads.push(ThreadCtx {
            frames: vec![frame],
            exc_info: Vec::new(),
            wake: None,
            py_thread: Value::None,
            name: Rc::from("MainThread"),
            daemon: false,
            line: None,
            func: Rc::from("<module>"),
            deadline: None,
            failed: false,
        });
        self.trace.threads.push(crate::engine::trace::ThreadInfo {
            name: Rc::from("MainThread"),
            daemon: false,
            target: None,
            created_at_line: None,
        });
        self.trace.push(crate::engine::trace::Step {
            time: 0,
            thread: 0,
            kind: crate::engine::trace::StepKind::Created,
        });
    }

    /// Runs thread `tid` until it blocks, finishes, is preempted or signals others.
    pub fn run_thread(&mut self, tid: ThreadId) -> StepOutcome {
        self.current = tid;
        let Some(t) = self.threads.get_mut(tid as usize) else { return StepOutcome::Finished };
        let mut frames = std::mem::take(&mut t.frames);
        if frames.is_empty() {
            return StepOutcome::Finished;
        }
        let r = self.execute(&mut frames, 1, false);
        if let Some(t) = self.threads.get_mut(tid as usize) {
            t.frames = frames;
        }
        match r {
            Ok(eval::Stop::Outcome(o)) => {
                if matches!(o, StepOutcome::Finished) {
                    if let Some(t) = self.threads.get_mut(tid as usize) {
                        t.frames.clear();
                    }
                }
                o
            }
            Ok(eval::Stop::Returned(_)) => {
                if let Some(t) = self.threads.get_mut(tid as usize) {
                    t.frames.clear();
                }
                StepOutcome::Finished
            }
            Err(exc) => {
                if let Some(t) = self.threads.get_mut(tid as usize) {
                    t.frames.clear();
                }
                StepOutcome::Failed(exc)
            }
        }
    }

    /// Takes the wake reason of the running thread (set when the scheduler woke it).
    pub fn take_wake(&mut self) -> Option<Wake> {
        self.threads.get_mut(self.current as usize).and_then(|t| t.wake.take())
    }
}
