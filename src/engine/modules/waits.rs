//! Words for what a waiting thread waits for. `threading`'s Event, Condition, Semaphore, Barrier,
//! Queue and Future all wait on a private "signal" lock that the waiter itself holds until another
//! thread releases it; naming that lock's owner would say the thread waits for itself. Instead the
//! Python side labels each signal lock with a phrase ("the Event ready to be set"), naming the
//! object as the learner's source line names it (`_receiver` in threading_sync.py reads it off
//! the line this module gives).

use crate::engine::value::{Args, Native, NativePayload, Value};
use crate::engine::vm::{Flow, Vm};
use std::rc::Rc;

/// `_thread.script_line()`: the text of the learner's line that the running thread's innermost
/// script frame is at, or None when the thread runs only library code (a pool worker between
/// tasks). Calls from Python code get their frames' line (vm/call.rs).
pub fn script_line(vm: &mut Vm, _: Args) -> Result<Value, Flow> {
    let Some(line) = vm.waiting_line.take() else { return Ok(Value::None) };
    Ok(Value::str(vm.line_index.line_text(&vm.source, line)))
}

/// `_thread.signal_lock(phrase)`: a lock whose waiters are said to wait for `phrase`.
pub fn signal_lock(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let phrase = match a.pos.first() {
        Some(Value::Str(s)) => s.to_string(),
        _ => "a signal from another thread".to_string(),
    };
    let i = vm.new_lock(&phrase);
    if let Some(l) = vm.locks.get_mut(i) {
        l.signal = true;
    }
    Ok(Value::Native(Rc::new(Native { type_name: "lock", payload: NativePayload::Lock(i) })))
}
