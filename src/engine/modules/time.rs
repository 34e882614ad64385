//! `time` on the virtual clock: `sleep` blocks only the simulated thread; `time()` starts from a
//! fixed epoch so that runs are reproducible.

use super::thread;
use crate::engine::value::{Args, Namespace, Value};
use crate::engine::vm::{Flow, Vm};
use std::cell::RefCell;
use std::rc::Rc;

/// `time.time()` at the start of every run: 2024-01-01 00:00:00 UTC.
pub const EPOCH_SECONDS: f64 = 1_704_067_200.0;
/// `time.monotonic()`/`perf_counter()` at the start of every run (any fixed value works).
const MONOTONIC_START: f64 = 1000.0;

pub fn install(vm: &mut Vm, d: &Rc<RefCell<Namespace>>) {
    let fns: &[(&str, crate::engine::value::NativeFn)] = &[
        ("sleep", sleep),
        ("time", |vm, _| Ok(Value::Float(EPOCH_SECONDS + vm.clock as f64 / 1e9))),
        ("monotonic", |vm, _| Ok(Value::Float(MONOTONIC_START + vm.clock as f64 / 1e9))),
        ("perf_counter", |vm, _| Ok(Value::Float(MONOTONIC_START + vm.clock as f64 / 1e9))),
        ("process_time", |vm, _| Ok(Value::Float(vm.clock as f64 / 1e9))),
        ("time_ns", |vm, _| Ok(Value::Int((EPOCH_SECONDS as i64) * 1_000_000_000 + vm.clock as i64))),
        ("monotonic_ns", |vm, _| Ok(Value::Int((MONOTONIC_START as i64) * 1_000_000_000 + vm.clock as i64))),
        ("perf_counter_ns", |vm, _| Ok(Value::Int((MONOTONIC_START as i64) * 1_000_000_000 + vm.clock as i64))),
    ];
    let mut d = d.borrow_mut();
    for (name, f) in fns {
        d.insert(Rc::from(*name), vm.native(name, *f));
    }
}

fn sleep(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    if a.pos.len() != 1 {
        return Err(vm.type_error(format!("time.sleep() takes exactly one argument ({} given)", a.pos.len())));
    }
    if let Some(v) = a.pos.first() {
        if !matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_)) {
            return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", v.type_name())));
        }
        let _ = thread::seconds(vm, v)?;
    }
    thread::sleep_native(vm, a)
}
