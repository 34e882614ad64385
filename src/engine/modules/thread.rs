//! `_thread`: the native primitives `threading.py` is built on — starting a simulated thread,
//! joining it, locks that block only the simulated thread, and reporting uncaught exceptions.

use crate::engine::trace::{Step, StepKind, Stream, ThreadInfo, ThreadState};
use crate::engine::value::{Args, Namespace, Native, NativePayload, Value};
use crate::engine::vm::{Flow, OnReturn, ThreadCtx, Vm, Wait, Wake};
use std::cell::RefCell;
use std::rc::Rc;

/// Thread idents look like CPython's (large, distinct numbers); derived from the thread index.
pub fn ident_of(tid: u32) -> i64 {
    140_000_000_000_000 + (tid as i64) * 8_400_000
}

pub fn install(vm: &mut Vm, d: &Rc<RefCell<Namespace>>) {
    let fns: &[(&str, crate::engine::value::NativeFn)] = &[
        ("start_new_thread", start_new_thread),
        ("get_ident", |_, _| Ok(Value::Int(0))),
        ("current_tid", |vm, _| Ok(Value::Int(vm.current as i64))),
        ("ident_of", |vm, a| match a.pos.first() {
            Some(Value::Int(t)) => Ok(Value::Int(ident_of(*t as u32))),
            _ => Err(vm.type_error("ident_of(tid)")),
        }),
        ("join", join),
        // Kernel thread ids look like small numbers after the process id (4242).
        ("native_id", |vm, a| match a.pos.first() {
            Some(Value::Int(t)) => Ok(Value::Int(4243 + *t)),
            _ => Err(vm.type_error("native_id(tid)")),
        }),
        ("monotonic", |vm, _| Ok(Value::Float(vm.clock as f64 / 1e9))),
        ("sleep", sleep_native),
        ("allocate_lock", allocate_lock),
        ("signal_lock", super::waits::signal_lock),
        (super::SCRIPT_LINE, super::waits::script_line),
        ("daemon_override", |vm, _| Ok(vm.settings.daemon_override.map(Value::Bool).unwrap_or(Value::None))),
        ("report_exception", report_exception),
        ("format_exception", |vm, a| {
            // The traceback text of an exception, as "Exception in thread" prints it.
            let text = a.pos.first().map(|e| vm.format_exception(e)).unwrap_or_default();
            Ok(Value::str(&text))
        }),
        ("warn", warn),
        ("user_frame", |vm, _| {
            let t = vm.threads.get(vm.current as usize);
            let line = t.and_then(|t| t.line).map_or(Value::Int(0), |l| Value::Int(l as i64));
            let func = t.map_or(Value::str("<module>"), |t| Value::Str(t.func.clone()));
            Ok(Value::tuple(vec![line, func]))
        }),
        ("format_exc", |vm, _| {
            let exc = vm.threads.get(vm.current as usize).and_then(|t| t.exc_info.last().cloned());
            Ok(match exc {
                Some(e) => Value::str(vm.format_exception(&e).trim_end_matches('\n')),
                None => Value::str("NoneType: None"),
            })
        }),
        ("set_main", set_main),
        ("next_counter", |vm, _| {
            vm.thread_counter += 1;
            Ok(Value::Int(vm.thread_counter as i64))
        }),
    ];
    let mut d = d.borrow_mut();
    for (name, f) in fns {
        d.insert(Rc::from(*name), vm.native(name, *f));
    }
    d.insert(Rc::from("get_ident"), vm.native("get_ident", |vm, _| Ok(Value::Int(ident_of(vm.current)))));
    d.insert(Rc::from("TIMEOUT_MAX"), Value::Float(9223372036.0));
}

/// `_thread.set_main(thread_obj)`: the main thread's `Thread` object.
fn set_main(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    if let (Some(obj), Some(t)) = (a.pos.first(), vm.threads.get_mut(0)) {
        t.py_thread = obj.clone();
    }
    Ok(Value::None)
}

/// `_thread.start_new_thread(thread_obj, name, daemon, target_name, created_line)` → thread index.
/// The new thread runs `thread_obj._bootstrap()` and runs first.
fn start_new_thread(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let obj = a.pos.first().cloned().unwrap_or(Value::None);
    let name = match a.pos.get(1) {
        Some(Value::Str(s)) => s.clone(),
        _ => Rc::from("Thread"),
    };
    let daemon = matches!(a.pos.get(2), Some(Value::Bool(true)));
    let target = match a.pos.get(3) {
        Some(Value::Str(s)) => Some(s.clone()),
        _ => None,
    };
    if vm.threads.len() >= vm.settings.max_threads {
        return Err(vm.err(
            "RuntimeError",
            format!("can't start new thread (threadplay allows at most {} threads)", vm.settings.max_threads),
        ));
    }
    let bootstrap = vm.get_attr(&obj, "_bootstrap")?;
    let tid = vm.threads.len() as u32;
    let frame = start_thread_frame(vm, bootstrap)?;
    let line = match a.pos.get(4) {
        Some(Value::Int(n)) if *n > 0 => Some(*n as u32),
        _ => vm.threads.get(vm.current as usize).and_then(|t| t.line),
    };
    vm.threads.push(ThreadCtx {
        frames: vec![frame],
        exc_info: Vec::new(),
        wake: None,
        py_thread: obj,
        name: name.clone(),
        daemon,
        line: None,
        func: Rc::from("<module>"),
        deadline: None,
        failed: false,
    });
    vm.trace.threads.push(ThreadInfo { name, daemon, target, created_at_line: line });
    vm.trace.push(Step { time: vm.clock, thread: tid, kind: StepKind::Created });
    vm.pending_spawn = Some(tid);
    Ok(Value::Int(tid as i64))
}

/// The bottom frame of a new thread: a call of `func` with no arguments.
pub fn start_thread_frame(vm: &mut Vm, func: Value) -> Result<crate::engine::vm::Frame, Flow> {
    let (f, args) = match &func {
        Value::Method(m) => (m.func.clone(), Args::new(vec![m.receiver.clone()])),
        other => (other.clone(), Args::default()),
    };
    let Value::Function(f) = f else { return Err(vm.type_error("thread entry must be a Python function")) };
    vm.new_frame_public(&f, args, OnReturn::Thread)
}

/// `_thread.join(tid, timeout)`: blocks until thread `tid` has finished.
fn join(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let Some(Value::Int(tid)) = a.pos.first() else { return Err(vm.type_error("join(tid, timeout)")) };
    let tid = *tid as u32;
    let timeout = match a.pos.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(timeout_ns(vm, seconds(vm, v)?)?),
    };
    let finished = vm.thread_finished(tid);
    let wake = vm.take_wake();
    if finished || wake == Some(Wake::Timeout) {
        vm.set_deadline(None);
        return Ok(Value::None);
    }
    let until = match (wake, vm.deadline()) {
        (Some(_), Some(d)) => Some(d),
        _ => timeout.map(|ns| vm.clock.saturating_add(ns)),
    };
    vm.set_deadline(until);
    Err(Flow::Block(Wait::Join { thread: tid, until }))
}

/// `_thread.sleep(secs)`.
pub fn sleep_native(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    if vm.take_wake().is_some() {
        return Ok(Value::None);
    }
    let v = a.pos.first().cloned().unwrap_or(Value::Int(0));
    let secs = seconds(vm, &v)?;
    if secs < 0.0 {
        return Err(vm.err("ValueError", "sleep length must be non-negative"));
    }
    let until = vm.clock.saturating_add(timeout_ns(vm, secs)?);
    Err(Flow::Block(Wait::Sleep { until }))
}

/// A number of seconds from an int or float.
pub fn seconds(vm: &Vm, v: &Value) -> Result<f64, Flow> {
    match v {
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::Float(f) if f.is_nan() => Err(vm.err("ValueError", "Invalid value NaN (not a number)")),
        Value::Float(f) => Ok(*f),
        other => Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", other.type_name()))),
    }
}

/// A sleep or timeout of `secs` (not negative) in whole nanoseconds, rounded to nearest (so
/// sleeps add no drift). As in CPython, one of 2^63 ns (292 years) or more, infinity included,
/// is an `OverflowError`.
pub fn timeout_ns(vm: &Vm, secs: f64) -> Result<u64, Flow> {
    let ns = (secs.max(0.0) * 1e9).round();
    if ns >= 9_223_372_036_854_775_808.0 {
        return Err(vm.err("OverflowError", "timestamp out of range for platform time_t"));
    }
    Ok(ns as u64)
}

fn allocate_lock(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let label = match a.pos.first() {
        Some(Value::Str(s)) => s.to_string(),
        _ => "Lock".to_string(),
    };
    // A lock the script makes is named by the line that made it, so a learner can tell two apart.
    let line = vm.threads.get(vm.current as usize).and_then(|t| t.line);
    let label = match line {
        Some(n) if label == "Lock" || label == "RLock" => format!("the {label} created at line {n}"),
        Some(n) => format!("{label} created at line {n}"),
        None if label == "Lock" || label == "RLock" => format!("a {label}"),
        None => label,
    };
    let i = vm.new_lock(&label);
    Ok(Value::Native(Rc::new(Native { type_name: "lock", payload: NativePayload::Lock(i) })))
}

pub fn lock_attr(vm: &mut Vm, obj: &Value, name: &str) -> Result<Option<Value>, Flow> {
    let f: crate::engine::value::NativeFn = match name {
        "acquire" | "__enter__" | "acquire_lock" => lock_acquire,
        "release" | "release_lock" => lock_release,
        "__exit__" => {
            |vm, a| lock_release(vm, Args::new(a.pos.into_iter().take(1).collect())).map(|_| Value::Bool(false))
        }
        "locked" | "locked_lock" => |vm, a| {
            let i = lock_index(&a)?;
            Ok(Value::Bool(vm.locks.get(i).is_some_and(|l| l.owner.is_some())))
        },
        "_set_label" => |vm, a| {
            let i = lock_index(&a)?;
            if let (Some(Value::Str(s)), Some(l)) = (a.pos.get(1), vm.locks.get_mut(i)) {
                l.label = s.clone();
                vm.relabelled = true;
            }
            Ok(Value::None)
        },
        _ => return Ok(None),
    };
    Ok(Some(vm.bound_native(name, f, obj.clone())))
}

fn lock_index(a: &Args) -> Result<usize, Flow> {
    match a.pos.first() {
        Some(Value::Native(n)) => match n.payload {
            NativePayload::Lock(i) => Ok(i),
            _ => Ok(usize::MAX),
        },
        _ => Ok(usize::MAX),
    }
}

/// `lock.acquire(blocking=True, timeout=-1)`. No hand-off: a woken waiter competes again.
fn lock_acquire(vm: &mut Vm, mut a: Args) -> Result<Value, Flow> {
    let i = lock_index(&a)?;
    let blocking = a.take_kw("blocking").or_else(|| a.pos.get(1).cloned()).unwrap_or(Value::Bool(true));
    let timeout = a.take_kw("timeout").or_else(|| a.pos.get(2).cloned()).unwrap_or(Value::Int(-1));
    let blocking = vm.truthy(&blocking)?;
    let timeout = seconds(vm, &timeout)?;
    if !blocking && timeout != -1.0 {
        return Err(vm.err("ValueError", "can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.err("ValueError", "timeout value must be positive"));
    }
    let timeout_ns = if timeout >= 0.0 { Some(timeout_ns(vm, timeout)?) } else { None };
    let me = vm.current;
    let wake = vm.take_wake();
    let Some(lock) = vm.locks.get_mut(i) else { return Err(vm.err("SystemError", "bad lock")) };
    if lock.owner.is_none() {
        lock.owner = Some(me);
        lock.waiters.retain(|&t| t != me);
        vm.set_deadline(None);
        return Ok(Value::Bool(true));
    }
    if !blocking || wake == Some(Wake::Timeout) {
        lock.waiters.retain(|&t| t != me);
        vm.set_deadline(None);
        return Ok(Value::Bool(false));
    }
    if !lock.waiters.contains(&me) {
        lock.waiters.push(me);
    }
    let until = match (wake, vm.deadline()) {
        (Some(_), Some(d)) => Some(d),
        _ => timeout_ns.map(|ns| vm.clock.saturating_add(ns)),
    };
    vm.set_deadline(until);
    Err(Flow::Block(Wait::Lock { lock: i, until }))
}

/// `lock.release()`: wakes the thread that has waited longest.
fn lock_release(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let i = lock_index(&a)?;
    let Some(lock) = vm.locks.get_mut(i) else { return Err(vm.err("SystemError", "bad lock")) };
    if lock.owner.is_none() {
        return Err(vm.err("RuntimeError", "release unlocked lock"));
    }
    lock.owner = None;
    if let Some(&first) = lock.waiters.first() {
        vm.signalled.push(first);
    }
    Ok(Value::None)
}

/// Wakes every waiter of a lock (used when a thread dies holding nothing to hand over).
pub fn lock_release_all_waiters(vm: &mut Vm, i: usize) {
    if let Some(l) = vm.locks.get(i) {
        let w = l.waiters.clone();
        vm.signalled.extend(w);
    }
}

/// `_thread.report_exception(thread_obj, exc)`: `Exception in thread NAME:` and the traceback.
fn report_exception(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let name = vm.threads.get(vm.current as usize).map(|t| t.name.clone()).unwrap_or_else(|| Rc::from("?"));
    let name = match a.pos.first() {
        Some(obj) => match vm.get_attr(obj, "name") {
            Ok(Value::Str(s)) => s,
            _ => name,
        },
        None => name,
    };
    if let Some(exc) = a.pos.get(1) {
        let text = vm.format_exception(exc);
        vm.write(Stream::Stderr, &format!("Exception in thread {name}:\n{text}"));
    }
    if let Some(t) = vm.threads.get_mut(vm.current as usize) {
        t.failed = true;
    }
    let _ = ThreadState::Failed;
    Ok(Value::None)
}

/// `_thread.warn(category, message)`: a warning as CPython's default filter shows it, once per
/// script line and message: `FILE:LINE: Category: message` and the source line.
fn warn(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let (Some(Value::Str(category)), Some(Value::Str(message))) = (a.pos.first(), a.pos.get(1)) else {
        return Err(vm.type_error("warn(category, message)"));
    };
    let line = vm.threads.get(vm.current as usize).and_then(|t| t.line).unwrap_or(0);
    let key = (line, message.to_string());
    if vm.warned.contains(&key) {
        return Ok(Value::None);
    }
    vm.warned.push(key);
    let source = vm.line_index.line_text(&vm.source, line).trim().to_string();
    let text = format!("{}:{line}: {category}: {message}\n  {source}\n", vm.settings.filename);
    vm.write(Stream::Stderr, &text);
    Ok(Value::None)
}
