//! The virtual machine: Python frames on an explicit per-thread stack, so any thread can be
//! paused after any instruction. The VM never chooses who runs: `Vm::run` executes one thread
//! until it blocks, finishes or reaches a switch point, and returns a `StepOutcome`.

use crate::engine::compile::Code;
use crate::engine::value::Value;
use std::rc::Rc;

/// How control leaves a native function other than by returning a value.
#[derive(Debug, Clone)]
pub enum Flow {
    /// A Python exception (an exception instance).
    Raise(Value),
}

/// One Python call in progress.
pub struct Frame {
    pub code: Rc<Code>,
    pub pc: usize,
    pub stack: Vec<Value>,
}

/// The interpreter state shared by all threads.
pub struct Vm {}
