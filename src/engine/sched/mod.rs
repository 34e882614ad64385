//! The scheduler: owns the ready queue, the waiting threads and the virtual clock's jumps, and
//! decides who runs, as CPython's GIL would:
//!
//! - A thread runs until it blocks (sleep, join, lock) or, while another thread waits to run,
//!   until `switch_interval` of virtual time has passed since that thread started waiting —
//!   and then only at a switch point (calls, function entry, loop back-edges), so that
//!   `counter += 1` is never split, as in CPython 3.10+.
//! - Ready threads run in FIFO order; `start()` lets the new thread run first.
//! - When no thread is ready, the clock jumps to the earliest wake-up; threads due at the same
//!   instant wake in the order they went to sleep.
//! - Each bytecode instruction costs `instruction_cost_ns` of virtual time, so busy loops end.
//! - When the main thread ends, the interpreter waits for non-daemon threads, then stops
//!   daemon threads where they stand.
//!
//! Every decision that another interleaving could make differently (give way at a switch point,
//! which ready thread runs next) is the policy's (`policy.rs`), which lives in the VM so that the
//! VM can ask it at switch points; `start()` running the new thread first is not a decision, as
//! `start()` waits for the new thread in CPython.

use crate::engine::trace::{Exit, Nanos, Step, StepKind, Stream, ThreadId, ThreadState};
use crate::engine::vm::{StepOutcome, Vm, Wait, Wake};
use std::collections::VecDeque;
use std::rc::Rc;

pub mod policy;
pub mod schedule;

/// A thread waiting for something, with the order in which it started waiting.
struct Waiter {
    thread: ThreadId,
    wait: Wait,
    seq: u64,
}

pub struct Scheduler {
    pub vm: Vm,
    ready: VecDeque<ThreadId>,
    waiters: Vec<Waiter>,
    seq: u64,
    states: Vec<ThreadState>,
    main_done: bool,
    /// The main thread's code has ended and it runs `threading._shutdown` (joins non-daemon
    /// threads) and the `atexit` functions.
    shutting_down: bool,
    status: i32,
    /// The thread that was running when `advance` paused; it goes on first.
    resume: Option<ThreadId>,
    /// A thread just started: it runs next (`start()` waits for it), with no decision.
    started: Option<ThreadId>,
    /// The note that a replayed schedule no longer fits was written.
    noted_divergence: bool,
    /// The last thread to run blocked or ended (rather than gave way): "You choose" asks then.
    after_block: bool,
    /// "You choose": the run waits for the learner to pick one of these ready threads.
    pub awaiting: Option<Vec<ThreadId>>,
}

/// The virtual clock never goes past 2^63 - 1 ns: every sleep and timeout is below 2^63 ns, so
/// no deadline computed from a clock within the limit can overflow.
const CLOCK_LIMIT: Nanos = i64::MAX as Nanos;

impl Scheduler {
    pub fn new(vm: Vm) -> Self {
        Scheduler {
            vm,
            ready: VecDeque::new(),
            waiters: Vec::new(),
            seq: 0,
            states: Vec::new(),
            main_done: false,
            shutting_down: false,
            status: 0,
            resume: None,
            started: None,
            noted_divergence: false,
            after_block: false,
            awaiting: None,
        }
    }

    fn set_state(&mut self, tid: ThreadId, state: ThreadState) {
        let i = tid as usize;
        while self.states.len() <= i {
            self.states.push(ThreadState::Created);
        }
        if self.states[i] != state {
            self.states[i] = state.clone();
            self.vm.trace.push(Step { time: self.vm.clock, thread: tid, kind: StepKind::State { state } });
        }
    }

    fn state(&self, tid: ThreadId) -> ThreadState {
        self.states.get(tid as usize).cloned().unwrap_or(ThreadState::Created)
    }

    /// Runs until the interpreter exits, deadlocks or runs out of budget.
    pub fn run(&mut self) -> Exit {
        self.start();
        loop {
            if let Some(exit) = self.advance(u64::MAX) {
                return exit;
            }
        }
    }

    /// Makes the main thread ready to run its module code.
    pub fn start(&mut self) {
        self.ready.push_back(0);
        self.set_state(0, ThreadState::Ready);
    }

    /// Runs about `instructions` more instructions (threads pause only outside nested runs) and
    /// returns the exit if the program ended. Running in slices records exactly the trace that
    /// one uninterrupted run records.
    pub fn advance(&mut self, instructions: u64) -> Option<Exit> {
        if self.awaiting.is_some() {
            return None;
        }
        self.vm.pause_at = self.vm.instructions.saturating_add(instructions.max(1));
        crate::engine::value::int::set_str_digits_limit(self.vm.str_digits_limit);
        crate::engine::value::ops::set_container_limit(self.vm.settings.max_container_len);
        loop {
            if self.vm.trace.steps.len() >= self.vm.settings.max_steps {
                let tid = self.resume.take().unwrap_or(self.vm.current);
                return Some(self.budget_stop(tid));
            }
            if let Some(tid) = self.resume.take() {
                if let Some(exit) = self.run_slice(tid) {
                    return Some(exit);
                }
                if self.resume.is_some() {
                    return None;
                }
                continue;
            }
            if self.ready.is_empty() {
                match self.earliest_deadline() {
                    Some(t) if t > CLOCK_LIMIT => return Some(self.clock_stop(t)),
                    Some(t) => {
                        if t > self.vm.clock {
                            self.vm.clock = t;
                            self.vm.trace.push(Step { time: t, thread: 0, kind: StepKind::ClockJump { to: t } });
                        }
                        self.wake_due();
                    }
                    None => return Some(self.deadlock()),
                }
                continue;
            }
            let Some(tid) = self.pick() else {
                if self.awaiting.is_some() {
                    return None;
                }
                continue;
            };
            self.set_state(tid, ThreadState::Running);
            self.vm.preempt_at = self.preempt_time(self.vm.clock);
            if let Some(exit) = self.run_slice(tid) {
                return Some(exit);
            }
            if self.resume.is_some() {
                return None;
            }
        }
    }

    /// The thread to run next: one just started, else the policy's pick among the ready ones.
    fn pick(&mut self) -> Option<ThreadId> {
        if let Some(new) = self.started.take() {
            if let Some(pos) = self.ready.iter().position(|&t| t == new) {
                return self.ready.remove(pos);
            }
        }
        if self.ready.len() < 2 {
            return self.ready.pop_front();
        }
        if self.after_block && self.vm.policy.asks() {
            self.awaiting = Some(self.ready.iter().copied().collect());
            return None;
        }
        let ready: Vec<ThreadId> = self.ready.iter().copied().collect();
        let k = self.vm.policy.pick(&ready);
        if k != 0 {
            self.vm.trace.changed_at.push(self.vm.trace.steps.len());
        }
        self.note_divergence(false);
        self.ready.remove(k)
    }

    /// Says once that a replayed schedule no longer fits the program: a change did not fit, or
    /// (`at_end`) the run ended before the schedule did.
    fn note_divergence(&mut self, at_end: bool) {
        if self.noted_divergence {
            return;
        }
        if self.vm.policy.diverged_at.is_some() || (at_end && self.vm.policy.unfinished()) {
            self.noted_divergence = true;
            let tid = self.vm.current;
            self.note(
                tid,
                "[threadplay: the schedule being replayed does not fit this program (was the code changed?): \
                 the run goes on as CPython's default order would.]\n",
            );
        }
    }

    /// When the running thread must give way if nothing changes: `switch_interval` after the
    /// first other thread wanted to run.
    fn preempt_time(&self, now: Nanos) -> Option<Nanos> {
        let interval = self.vm.settings.switch_interval_ns;
        let from_ready = if self.ready.is_empty() { None } else { Some(now + interval) };
        let from_timer = self.earliest_deadline().map(|d| d.max(now) + interval);
        match (from_ready, from_timer) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Runs `tid` until it stops; returns the exit if the program ended.
    fn run_slice(&mut self, tid: ThreadId) -> Option<Exit> {
        loop {
            self.vm.others_ready = !self.ready.is_empty();
            if self.vm.policy.needs_threads() {
                self.vm.ready_now = self.ready.iter().copied().collect();
            }
            let outcome = self.vm.run_thread(tid);
            self.after_block =
                matches!(outcome, StepOutcome::Blocked(_) | StepOutcome::Finished | StepOutcome::Failed(_));
            if !self.vm.policy.is_fifo() {
                self.note_divergence(false);
            }
            match outcome {
                StepOutcome::Signalled => {
                    if self.vm.relabelled {
                        self.reword_waits();
                    }
                    self.deliver_signals();
                    let p = self.preempt_time(self.vm.clock);
                    self.vm.preempt_at = match (self.vm.preempt_at, p) {
                        (Some(a), Some(b)) => Some(a.min(b)),
                        (a, b) => a.or(b),
                    };
                    continue;
                }
                StepOutcome::Preempted => {
                    self.wake_due();
                    self.set_state(tid, ThreadState::Ready);
                    self.ready.push_back(tid);
                }
                StepOutcome::Spawned(new) => {
                    // `start()` waits for the new thread: no switch point is pending when it returns.
                    self.vm.at_switch_point = false;
                    self.set_state(tid, ThreadState::Ready);
                    self.ready.push_front(new);
                    self.ready.push_back(tid);
                    self.started = Some(new);
                }
                StepOutcome::Blocked(wait) => {
                    let state = self.wait_state(tid, &wait);
                    self.set_state(tid, state);
                    self.seq += 1;
                    self.waiters.push(Waiter { thread: tid, wait, seq: self.seq });
                }
                StepOutcome::Finished | StepOutcome::Failed(_) => {
                    if let StepOutcome::Failed(exc) = &outcome {
                        self.report_uncaught(tid, exc.clone());
                    }
                    if tid == 0 && !self.shutting_down {
                        self.shutting_down = true;
                        if let Some(code) = self.vm.exit_status {
                            self.status = code;
                        }
                        if self.vm.begin_shutdown() {
                            // The main thread goes straight on to `threading._shutdown`.
                            continue;
                        }
                    }
                    if tid == 0 {
                        self.main_done = true;
                        if let Some(code) = self.vm.exit_status {
                            self.status = code;
                        }
                        let state = if self.all_non_daemon_done() {
                            ThreadState::Finished
                        } else {
                            ThreadState::Blocked { on: Rc::from("non-daemon threads to finish"), until: None }
                        };
                        self.set_state(0, state);
                    } else {
                        let failed = self.vm.threads.get(tid as usize).is_some_and(|t| t.failed);
                        self.set_state(tid, if failed { ThreadState::Failed } else { ThreadState::Finished });
                    }
                    self.wake_joiners(tid);
                }
                StepOutcome::Budget => return Some(self.budget_stop(tid)),
                StepOutcome::Paused => {
                    self.resume = Some(tid);
                    return None;
                }
            }
            if self.main_done && self.all_non_daemon_done() {
                return Some(self.interpreter_exit());
            }
            return None;
        }
    }

    fn wait_state(&self, tid: ThreadId, wait: &Wait) -> ThreadState {
        match wait {
            Wait::Sleep { until } => ThreadState::Sleeping { until: *until },
            Wait::Join { thread, until } => {
                let name =
                    self.vm.threads.get(*thread as usize).map(|t| t.name.clone()).unwrap_or_else(|| Rc::from("?"));
                let on = if self.shutting_down && self.vm.current == 0 {
                    format!("non-daemon thread {name} to finish before exiting")
                } else {
                    format!("{name} to finish")
                };
                ThreadState::Blocked { on: Rc::from(on), until: *until }
            }
            Wait::Lock { lock, until } => ThreadState::Blocked { on: self.lock_wait_words(*lock, tid), until: *until },
        }
    }

    /// What `tid` waits for when it waits on `lock`: a signal lock's phrase, or the lock and who
    /// holds it.
    fn lock_wait_words(&self, lock: usize, tid: ThreadId) -> Rc<str> {
        let Some(l) = self.vm.locks.get(lock) else { return Rc::from("a Lock") };
        if l.signal {
            return l.label.clone();
        }
        let label = &l.label;
        match l.owner {
            Some(o) if o == tid => Rc::from(format!("{label}, which it holds itself (a Lock is not re-entrant)")),
            Some(o) => match self.vm.threads.get(o as usize) {
                Some(t) => Rc::from(format!("{label}, held by {}", t.name)),
                None => label.clone(),
            },
            None => label.clone(),
        }
    }

    /// Re-words the waits of threads whose lock was relabelled (a semaphore's holders changed).
    fn reword_waits(&mut self) {
        self.vm.relabelled = false;
        let waits: Vec<(ThreadId, usize, Option<Nanos>)> = self
            .waiters
            .iter()
            .filter_map(|w| match w.wait {
                Wait::Lock { lock, until } => Some((w.thread, lock, until)),
                _ => None,
            })
            .collect();
        for (tid, lock, until) in waits {
            let on = self.lock_wait_words(lock, tid);
            self.set_state(tid, ThreadState::Blocked { on, until });
        }
    }

    fn earliest_deadline(&self) -> Option<Nanos> {
        self.waiters.iter().filter_map(|w| w.wait.deadline()).min()
    }

    /// Wakes every waiter whose deadline has passed, by (deadline, order of waiting).
    fn wake_due(&mut self) {
        let now = self.vm.clock;
        let mut due: Vec<(Nanos, u64, ThreadId)> = self
            .waiters
            .iter()
            .filter_map(|w| w.wait.deadline().filter(|&d| d <= now).map(|d| (d, w.seq, w.thread)))
            .collect();
        crate::engine::heapsort::heapsort(&mut due);
        for (_, seq, tid) in due {
            self.waiters.retain(|w| w.seq != seq);
            self.make_ready(tid, Wake::Timeout);
        }
    }

    fn make_ready(&mut self, tid: ThreadId, wake: Wake) {
        if let Some(t) = self.vm.threads.get_mut(tid as usize) {
            t.wake = Some(wake);
        }
        self.set_state(tid, ThreadState::Ready);
        self.ready.push_back(tid);
    }

    /// Wakes threads that the running one signalled (lock releases).
    fn deliver_signals(&mut self) {
        let signalled = std::mem::take(&mut self.vm.signalled);
        for tid in signalled {
            if let Some(pos) = self.waiters.iter().position(|w| w.thread == tid) {
                self.waiters.remove(pos);
                self.make_ready(tid, Wake::Signal);
            }
        }
    }

    fn wake_joiners(&mut self, finished: ThreadId) {
        let mut woken: Vec<(u64, ThreadId)> = self
            .waiters
            .iter()
            .filter(|w| matches!(w.wait, Wait::Join { thread, .. } if thread == finished))
            .map(|w| (w.seq, w.thread))
            .collect();
        crate::engine::heapsort::heapsort(&mut woken);
        for (seq, tid) in woken {
            self.waiters.retain(|w| w.seq != seq);
            self.make_ready(tid, Wake::Signal);
        }
    }

    fn all_non_daemon_done(&self) -> bool {
        self.vm.threads.iter().enumerate().skip(1).all(|(i, t)| t.daemon || !self.state(i as ThreadId).is_alive())
    }

    fn interpreter_exit(&mut self) -> Exit {
        self.note_divergence(true);
        for i in 1..self.vm.threads.len() {
            if self.state(i as ThreadId).is_alive() {
                self.set_state(i as ThreadId, ThreadState::StoppedAtExit);
            }
        }
        self.set_state(0, ThreadState::Finished);
        let exit = Exit::Status(self.status);
        self.vm.trace.push(Step { time: self.vm.clock, thread: 0, kind: StepKind::Exit { exit } });
        exit
    }

    /// An exception escaped a thread's outermost frame.
    fn report_uncaught(&mut self, tid: ThreadId, exc: crate::engine::value::Value) {
        self.vm.current = tid;
        if self.vm.is_instance_of_name(&exc, "SystemExit") {
            if tid == 0 {
                let args = match &exc {
                    crate::engine::value::Value::Instance(i) => {
                        i.exc.as_ref().map(|e| e.borrow().args.clone()).unwrap_or_default()
                    }
                    _ => vec![],
                };
                self.status = match args.first() {
                    None | Some(crate::engine::value::Value::None) => 0,
                    Some(crate::engine::value::Value::Int(c)) => *c as i32,
                    Some(crate::engine::value::Value::Bool(b)) => *b as i32,
                    Some(other) => {
                        let text = self.vm.str_of(other).unwrap_or_default();
                        self.vm.write(Stream::Stderr, &format!("{text}\n"));
                        1
                    }
                };
            }
            return;
        }
        let text = self.vm.format_exception(&exc);
        if tid == 0 {
            self.status = 1;
            self.vm.write(Stream::Stderr, &text);
        } else {
            let name = self.vm.threads.get(tid as usize).map(|t| t.name.clone()).unwrap_or_else(|| Rc::from("?"));
            self.vm.write(Stream::Stderr, &format!("Exception in thread {name}:\n{text}"));
            if let Some(t) = self.vm.threads.get_mut(tid as usize) {
                t.failed = true;
            }
        }
    }

    fn budget_stop(&mut self, tid: ThreadId) -> Exit {
        self.note_divergence(true);
        let (name, line) =
            self.vm.threads.get(tid as usize).map(|t| (t.name.clone(), t.line)).unwrap_or((Rc::from("?"), None));
        let at = line.map(|l| format!(" at line {l}")).unwrap_or_default();
        let steps = self.vm.trace.steps.len();
        let msg = if steps >= self.vm.settings.max_steps {
            format!(
                "[threadplay: stopped after recording {steps} steps, as many as threadplay keeps: the program \
                 runs too long to show, or forever ({name} was{at}).]\n"
            )
        } else {
            format!(
                "[threadplay: stopped after {} instructions: the program may loop forever ({name} was running{at}).]\n",
                self.vm.instructions
            )
        };
        self.vm.current = tid;
        self.note(tid, &msg);
        let exit = Exit::StepBudget;
        self.vm.trace.push(Step { time: self.vm.clock, thread: tid, kind: StepKind::Exit { exit } });
        exit
    }

    /// The next wake-up is past `CLOCK_LIMIT`: the run stops there, as CPython could not count on.
    fn clock_stop(&mut self, wake_at: Nanos) -> Exit {
        let tid = self.vm.current;
        let msg = format!(
            "[threadplay: stopped at t = {}: the next thread to wake would wake at t = {} s, past 2^63 ns \
             (292 years), the longest time CPython can count.]\n",
            crate::engine::describe::format_time(self.vm.clock),
            wake_at / 1_000_000_000
        );
        self.note(tid, &msg);
        let exit = Exit::StepBudget;
        self.vm.trace.push(Step { time: self.vm.clock, thread: tid, kind: StepKind::Exit { exit } });
        exit
    }

    /// threadplay's own note on stderr, on a line of its own.
    fn note(&mut self, tid: ThreadId, msg: &str) {
        let text = if self.vm.trace.at_line_start() { msg.to_string() } else { format!("\n{msg}") };
        self.vm.trace.write(self.vm.clock, tid, Stream::Stderr, &text);
    }

    fn deadlock(&mut self) -> Exit {
        self.note_divergence(true);
        let mut msg =
            String::from("[threadplay: deadlock: every thread is waiting and none of them can ever wake up.\n");
        for w in &self.waiters {
            let name = self.vm.threads.get(w.thread as usize).map(|t| t.name.clone()).unwrap_or_else(|| Rc::from("?"));
            let line = self.vm.threads.get(w.thread as usize).and_then(|t| t.line);
            let what = match self.wait_state(w.thread, &w.wait) {
                ThreadState::Blocked { on, .. } => on.to_string(),
                _ => "something".into(),
            };
            let at = line.map(|l| format!(" (line {l})")).unwrap_or_default();
            msg.push_str(&format!("  {name} waits for {what}{at}\n"));
        }
        if self.main_done {
            msg.push_str("  MainThread has finished and waits for the non-daemon threads above\n");
        }
        msg.push_str("CPython would hang here forever.]\n");
        self.note(0, &msg);
        let exit = Exit::Deadlock;
        self.vm.trace.push(Step { time: self.vm.clock, thread: 0, kind: StepKind::Exit { exit } });
        exit
    }
}
