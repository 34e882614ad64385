//! The instruction loop: runs frames of one thread until they return, block, or reach a switch
//! point; exceptions unwind through handler blocks and frames here.

use super::exc::exc_data_mut;
use super::{BlockEntry, BlockKind, Flow, Frame, OnReturn, StepOutcome, Vm};
use crate::engine::compile::Instr;
use crate::engine::syntax::ast::{BinOp, CmpOp, UnaryOp};
use crate::engine::trace::{Step, StepKind};
use crate::engine::value::{trashcan, Args, Dict, TracebackEntry, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// Why `execute` stopped.
pub enum Stop {
    /// The frame at the bottom of this run returned (or yielded) this value.
    Returned(Value),
    /// The scheduler must act (block, preempt, spawn, signal, budget).
    Outcome(StepOutcome),
}

impl Vm {
    /// Runs `frames` until the frame stack shrinks below `base`. `nested` runs cannot be
    /// switched away from.
    pub(super) fn execute(&mut self, frames: &mut Vec<Frame>, base: usize, nested: bool) -> Result<Stop, Value> {
        loop {
            if self.instructions >= self.settings.max_instructions {
                if nested {
                    return Err(self.new_exception("RuntimeError", "instruction budget exhausted"));
                }
                return Ok(Stop::Outcome(StepOutcome::Budget));
            }
            if !nested && self.instructions >= self.pause_at {
                return Ok(Stop::Outcome(StepOutcome::Paused));
            }
            if std::mem::take(&mut self.at_switch_point) && !nested && self.switch_point() {
                self.preempt_at = None;
                return Ok(Stop::Outcome(StepOutcome::Preempted));
            }
            let Some(frame) = frames.last_mut() else {
                return Ok(Stop::Returned(Value::None));
            };
            let pc = frame.pc;
            let Some(&instr) = frame.code.instrs.get(pc) else {
                return Err(self.new_exception("SystemError", "ran off the end of the code"));
            };
            if frame.code.line_start[pc] && frame.code.is_script() {
                let line = frame.code.lines[pc];
                let tid = self.current;
                if let Some(t) = self.threads.get_mut(tid as usize) {
                    t.line = Some(line);
                    if !Rc::ptr_eq(&t.func, &frame.func_name) {
                        t.func = frame.func_name.clone();
                    }
                }
                if self.settings.record_lines && self.trace.lines_cut_at.is_none() {
                    if self.trace.steps.len() >= self.settings.max_trace_steps {
                        self.trace.lines_cut_at = Some(self.trace.steps.len());
                    } else {
                        self.trace.push(Step { time: self.clock, thread: tid, kind: StepKind::Line { line } });
                    }
                }
            }
            frame.pc += 1;
            self.instructions += 1;
            self.clock += self.settings.instruction_cost_ns;
            let result = self.step_instr(frames, instr);
            match result {
                Ok(None) => {}
                Ok(Some(Stop::Returned(v))) => return Ok(Stop::Returned(v)),
                Ok(Some(Stop::Outcome(o))) => return Ok(Stop::Outcome(o)),
                Err(Flow::Raise(exc)) => {
                    self.attach_context(&exc);
                    self.unwind(frames, exc, base)?;
                }
                Err(Flow::Block(wait)) => {
                    if let Some(f) = frames.last_mut() {
                        f.pc = pc;
                    }
                    if nested {
                        let e = self.new_exception(
                            "RuntimeError",
                            "threadplay cannot block (sleep, join, wait, acquire) inside __str__, __repr__, \
                             a sort key or another function called by a built-in",
                        );
                        self.unwind(frames, e, base)?;
                        continue;
                    }
                    return Ok(Stop::Outcome(StepOutcome::Blocked(wait)));
                }
            }
            if !nested {
                if let Some(tid) = self.pending_spawn.take() {
                    return Ok(Stop::Outcome(StepOutcome::Spawned(tid)));
                }
            }
            if frames.len() < base {
                return Ok(Stop::Returned(Value::None));
            }
            if !nested && (!self.signalled.is_empty() || self.relabelled) {
                return Ok(Stop::Outcome(StepOutcome::Signalled));
            }
        }
    }

    /// Whether the running thread must give way at a switch point now: when its slice is over,
    /// unless the policy decides otherwise (only while another thread is ready to run).
    fn switch_point(&mut self) -> bool {
        let due = matches!(self.preempt_at, Some(t) if self.clock >= t);
        if !self.others_ready {
            return due;
        }
        let choice = self.policy.at_switch(due, self.current, &self.ready_now);
        if choice != due {
            self.trace.changed_at.push(self.trace.steps.len());
        }
        choice
    }

    /// Finds a handler for `exc` in the frames at or above `base`, popping frames that have none
    /// and recording traceback entries. `Err(exc)` if it escapes the run.
    pub(super) fn unwind(&mut self, frames: &mut Vec<Frame>, exc: Value, base: usize) -> Result<(), Value> {
        let base = base.max(1);
        loop {
            let Some(frame) = frames.last_mut() else { return Err(exc) };
            if let Some(mut data) = exc_data_mut(&exc) {
                if data.reraised {
                    data.reraised = false;
                } else {
                    let line = frame.code.line_at(frame.pc.saturating_sub(1));
                    let origin = frame.code.origin;
                    data.traceback.push(TracebackEntry { line, function: frame.func_name.clone(), origin });
                }
            }
            while let Some(block) = frame.blocks.pop() {
                match block.kind {
                    BlockKind::Handler => {
                        if let Some(t) = self.threads.get_mut(self.current as usize) {
                            t.exc_info.pop();
                        }
                    }
                    BlockKind::Setup => {
                        frame.stack.truncate(block.depth);
                        frame.stack.push(exc);
                        frame.pc = block.handler as usize;
                        return Ok(());
                    }
                }
            }
            // No handler in this frame: it ends.
            let last = frames.len() <= base;
            if let Some(f) = frames.pop() {
                if let Some(g) = &f.generator {
                    let mut g = g.borrow_mut();
                    g.finished = true;
                    g.running = false;
                }
            }
            if last {
                return Err(exc);
            }
        }
    }

    fn push(frames: &mut [Frame], v: Value) {
        if let Some(f) = frames.last_mut() {
            f.stack.push(v);
        }
    }

    fn pop(&self, frames: &mut [Frame]) -> Result<Value, Flow> {
        frames.last_mut().and_then(|f| f.stack.pop()).ok_or_else(|| self.err("SystemError", "stack underflow"))
    }

    fn pop_n(&self, frames: &mut [Frame], n: usize) -> Result<Vec<Value>, Flow> {
        let f = frames.last_mut().ok_or_else(|| self.err("SystemError", "no frame"))?;
        if f.stack.len() < n {
            return Err(self.err("SystemError", "stack underflow"));
        }
        let at = f.stack.len() - n;
        Ok(f.stack.split_off(at))
    }

    /// The callee and the `n` values above it, left on the stack (a blocking call runs again).
    fn peek_call(&self, frames: &[Frame], n: usize) -> Result<(Value, Vec<Value>), Flow> {
        let f = frames.last().ok_or_else(|| self.err("SystemError", "no frame"))?;
        let len = f.stack.len();
        if len < n + 1 {
            return Err(self.err("SystemError", "stack underflow"));
        }
        Ok((f.stack[len - n - 1].clone(), f.stack[len - n..].to_vec()))
    }

    fn top(&self, frames: &[Frame]) -> Result<Value, Flow> {
        frames.last().and_then(|f| f.stack.last().cloned()).ok_or_else(|| self.err("SystemError", "empty stack"))
    }

    /// Delivers a frame's return (or yield) value according to its `on_return`.
    fn deliver(
        &mut self,
        frames: &mut [Frame],
        on_return: OnReturn,
        value: Value,
        yielded: bool,
    ) -> Result<Option<Stop>, Flow> {
        match on_return {
            OnReturn::Push => {
                Self::push(frames, value);
                Ok(None)
            }
            OnReturn::Discard => Ok(None),
            OnReturn::Init(instance) => {
                if !matches!(value, Value::None) {
                    return Err(self.type_error(format!("__init__() should return None, not '{}'", value.type_name())));
                }
                Self::push(frames, instance);
                Ok(None)
            }
            OnReturn::GenForIter { exit } => {
                if yielded {
                    Self::push(frames, value);
                } else if let Some(f) = frames.last_mut() {
                    f.stack.pop();
                    f.pc = exit as usize;
                    self.gen_return = value;
                }
                Ok(None)
            }
            OnReturn::Nested => Ok(Some(Stop::Returned(value))),
            OnReturn::Thread => Ok(Some(Stop::Outcome(StepOutcome::Finished))),
        }
    }

    /// Executes one instruction of the top frame.
    fn step_instr(&mut self, frames: &mut Vec<Frame>, instr: Instr) -> Result<Option<Stop>, Flow> {
        match instr {
            Instr::Nop => {}
            Instr::LoadConst(i) => {
                let v = frames.last().and_then(|f| f.code.consts.get(i as usize).cloned()).unwrap_or(Value::None);
                Self::push(frames, v);
            }
            Instr::LoadFast(i) => {
                let f = frames.last_mut().ok_or_else(|| self.err("SystemError", "no frame"))?;
                match f.locals.get(i as usize).cloned().flatten() {
                    Some(v) => f.stack.push(v),
                    None => {
                        let name = f.code.varnames.get(i as usize).cloned().unwrap_or_else(|| Rc::from("?"));
                        return Err(self.err(
                            "UnboundLocalError",
                            format!("cannot access local variable '{name}' where it is not associated with a value"),
                        ));
                    }
                }
            }
            Instr::StoreFast(i) => {
                let v = self.pop(frames)?;
                if let Some(slot) = frames.last_mut().and_then(|f| f.locals.get_mut(i as usize)) {
                    if let Some(old) = slot.replace(v) {
                        trashcan::release(old);
                    }
                }
            }
            Instr::DeleteFast(i) => {
                if let Some(slot) = frames.last_mut().and_then(|f| f.locals.get_mut(i as usize)) {
                    if let Some(old) = slot.take() {
                        trashcan::release(old);
                    }
                }
            }
            Instr::LoadDeref(i) => {
                let f = frames.last_mut().ok_or_else(|| self.err("SystemError", "no frame"))?;
                let cell = f.cells.get(i as usize).cloned();
                let v = cell.as_ref().and_then(|c| c.borrow().clone());
                match v {
                    Some(v) => f.stack.push(v),
                    None => {
                        let ncell = f.code.cellvars.len();
                        let name = if (i as usize) < ncell {
                            f.code.cellvars.get(i as usize).cloned()
                        } else {
                            f.code.freevars.get(i as usize - ncell).cloned()
                        }
                        .unwrap_or_else(|| Rc::from("?"));
                        return Err(self.err(
                            "NameError",
                            format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
                        ));
                    }
                }
            }
            Instr::StoreDeref(i) => {
                let v = self.pop(frames)?;
                if let Some(c) = frames.last().and_then(|f| f.cells.get(i as usize)) {
                    *c.borrow_mut() = Some(v);
                }
            }
            Instr::LoadClosure(i) => {
                let c = frames.last().and_then(|f| f.cells.get(i as usize).cloned());
                let c = c.unwrap_or_else(|| Rc::new(RefCell::new(None)));
                Self::push(frames, Value::Cell(c));
            }
            Instr::LoadGlobal(i) | Instr::LoadName(i) => {
                let f = frames.last().ok_or_else(|| self.err("SystemError", "no frame"))?;
                let name = f.code.names[i as usize].clone();
                let mut found = None;
                if let (Instr::LoadName(_), Some(ns)) = (instr, &f.namespace) {
                    found = ns.borrow().get(&name).cloned();
                }
                if found.is_none() {
                    found = f.globals.borrow().get(&name).cloned();
                }
                if found.is_none() {
                    found = self.builtins.borrow().get(&name).cloned();
                }
                if found.is_none() {
                    // A builtin written in Python (`open`): its module puts it into builtins.
                    if let Some(provider) = crate::engine::modules::lazy_provider("builtins", &name) {
                        if !self.modules.contains_key(provider) {
                            self.import(provider)?;
                            found = self.builtins.borrow().get(&name).cloned();
                        }
                    }
                }
                match found {
                    Some(v) => Self::push(frames, v),
                    None => return Err(self.err("NameError", self.name_error_message(&name, frames))),
                }
            }
            Instr::StoreGlobal(i) => {
                let v = self.pop(frames)?;
                let f = frames.last().ok_or_else(|| self.err("SystemError", "no frame"))?;
                let name = f.code.names[i as usize].clone();
                let old = f.globals.borrow_mut().insert(name, v);
                if let Some(old) = old {
                    trashcan::release(old);
                }
            }
            Instr::StoreName(i) => {
                let v = self.pop(frames)?;
                let f = frames.last().ok_or_else(|| self.err("SystemError", "no frame"))?;
                let name = f.code.names[i as usize].clone();
                let old = match &f.namespace {
                    Some(ns) => ns.borrow_mut().insert(name, v),
                    None => f.globals.borrow_mut().insert(name, v),
                };
                if let Some(old) = old {
                    trashcan::release(old);
                }
            }
            Instr::DeleteGlobal(i) | Instr::DeleteName(i) => {
                let f = frames.last().ok_or_else(|| self.err("SystemError", "no frame"))?;
                let name = f.code.names[i as usize].clone();
                let ns = match (instr, &f.namespace) {
                    (Instr::DeleteName(_), Some(ns)) => ns.clone(),
                    _ => f.globals.clone(),
                };
                let old = ns.borrow_mut().shift_remove(&name);
                match old {
                    Some(old) => trashcan::release(old),
                    None => return Err(self.err("NameError", format!("name '{name}' is not defined"))),
                }
            }
            Instr::LoadAttr(i) => {
                let obj = self.pop(frames)?;
                let name = frames[frames.len() - 1].code.names[i as usize].clone();
                if let Some(v) = self.get_attr_or_call(frames, &obj, &name)? {
                    Self::push(frames, v);
                }
            }
            Instr::StoreAttr(i) => {
                let obj = self.pop(frames)?;
                let v = self.pop(frames)?;
                let name = frames[frames.len() - 1].code.names[i as usize].clone();
                self.set_attr(frames, &obj, &name, v)?;
            }
            Instr::DeleteAttr(i) => {
                let obj = self.pop(frames)?;
                let name = frames[frames.len() - 1].code.names[i as usize].clone();
                self.del_attr(&obj, &name)?;
            }
            // `__getitem__`, `__setitem__` and `__delitem__` written in Python run on the thread's
            // own frames, so that they may block (take a lock, sleep) as in CPython.
            Instr::Subscript => {
                let index = self.pop(frames)?;
                let obj = self.pop(frames)?;
                if let Some(f) = self.python_method(&obj, "__getitem__")? {
                    return self.call_from_frame(frames, f, Args::new(vec![index]), 0);
                }
                if let Some(v) = self.subscript(frames, &obj, &index)? {
                    Self::push(frames, v);
                }
            }
            Instr::StoreSubscript => {
                let index = self.pop(frames)?;
                let obj = self.pop(frames)?;
                let v = self.pop(frames)?;
                if let Some(f) = self.python_method(&obj, "__setitem__")? {
                    return self.call_for_effect(frames, f, Args::new(vec![index, v]));
                }
                self.store_subscript(&obj, &index, v)?;
            }
            Instr::DeleteSubscript => {
                let index = self.pop(frames)?;
                let obj = self.pop(frames)?;
                if let Some(f) = self.python_method(&obj, "__delitem__")? {
                    return self.call_for_effect(frames, f, Args::new(vec![index]));
                }
                self.delete_subscript(&obj, &index)?;
            }
            Instr::Binary(op) => {
                let b = self.pop(frames)?;
                let a = self.pop(frames)?;
                let v = self.binary_op(op, &a, &b, false)?;
                Self::push(frames, v);
            }
            Instr::Inplace(op) => {
                let b = self.pop(frames)?;
                let a = self.pop(frames)?;
                let v = self.binary_op(op, &a, &b, true)?;
                Self::push(frames, v);
            }
            Instr::Unary(op) => {
                let a = self.pop(frames)?;
                let v = match op {
                    UnaryOp::Not => Value::Bool(!self.truthy(&a)?),
                    _ => self.unary_op(op, &a)?,
                };
                Self::push(frames, v);
            }
            Instr::Compare(op) => {
                let b = self.pop(frames)?;
                let a = self.pop(frames)?;
                let v = self.compare_op(op, &a, &b)?;
                Self::push(frames, v);
            }
            Instr::Pop => {
                self.pop(frames)?;
            }
            Instr::Dup => {
                let v = self.top(frames)?;
                Self::push(frames, v);
            }
            Instr::Dup2 => {
                let f = frames.last_mut().ok_or_else(|| self.err("SystemError", "no frame"))?;
                let n = f.stack.len();
                if n < 2 {
                    return Err(self.err("SystemError", "stack underflow"));
                }
                let (a, b) = (f.stack[n - 2].clone(), f.stack[n - 1].clone());
                f.stack.push(a);
                f.stack.push(b);
            }
            Instr::Rot2 | Instr::Rot3 | Instr::Rot4 => {
                let k = match instr {
                    Instr::Rot2 => 2,
                    Instr::Rot3 => 3,
                    _ => 4,
                };
                let f = frames.last_mut().ok_or_else(|| self.err("SystemError", "no frame"))?;
                let n = f.stack.len();
                if n < k {
                    return Err(self.err("SystemError", "stack underflow"));
                }
                f.stack[n - k..].rotate_right(1);
            }
            Instr::BuildList(n) => {
                let items = self.pop_n(frames, n as usize)?;
                Self::push(frames, Value::list(items));
            }
            Instr::BuildTuple(n) => {
                let items = self.pop_n(frames, n as usize)?;
                Self::push(frames, Value::tuple(items));
            }
            Instr::BuildSet(n) => {
                let items = self.pop_n(frames, n as usize)?;
                let mut d = Dict::new();
                for it in items {
                    d.insert(it, Value::None).map_err(|e| self.op_err(e))?;
                }
                Self::push(frames, Value::Set(Rc::new(RefCell::new(d))));
            }
            Instr::BuildDict(n) => {
                let items = self.pop_n(frames, 2 * n as usize)?;
                let mut d = Dict::new();
                let mut it = items.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    d.insert(k, v).map_err(|e| self.op_err(e))?;
                }
                Self::push(frames, Value::Dict(Rc::new(RefCell::new(d))));
            }
            Instr::BuildSlice(n) => {
                let mut parts = self.pop_n(frames, n as usize)?;
                if parts.len() == 2 {
                    parts.push(Value::None);
                }
                let arr: [Value; 3] = [parts[0].clone(), parts[1].clone(), parts[2].clone()];
                Self::push(frames, Value::Slice(Rc::new(arr)));
            }
            Instr::BuildString(n) => {
                let parts = self.pop_n(frames, n as usize)?;
                let mut s = String::new();
                for p in parts {
                    if let Value::Str(x) = p {
                        s.push_str(&x);
                    }
                }
                Self::push(frames, Value::str(&s));
            }
            Instr::ListAppend(depth) | Instr::SetAdd(depth) => {
                let v = self.pop(frames)?;
                let f = frames.last().ok_or_else(|| self.err("SystemError", "no frame"))?;
                let target = f.stack.len().checked_sub(depth as usize).and_then(|i| f.stack.get(i)).cloned();
                match target {
                    Some(Value::List(l)) => {
                        let mut l = l.borrow_mut();
                        if l.len() >= self.settings.max_container_len {
                            return Err(self.err("MemoryError", ""));
                        }
                        l.push(v);
                    }
                    Some(Value::Set(s)) => s.borrow_mut().insert(v, Value::None).map_err(|e| self.op_err(e))?,
                    _ => return Err(self.err("SystemError", "bad append target")),
                }
            }
            Instr::DictInsert(depth) => {
                let v = self.pop(frames)?;
                let k = self.pop(frames)?;
                let f = frames.last().ok_or_else(|| self.err("SystemError", "no frame"))?;
                let target = f.stack.len().checked_sub(depth as usize).and_then(|i| f.stack.get(i)).cloned();
                if let Some(Value::Dict(d)) = target {
                    d.borrow_mut().insert(k, v).map_err(|e| self.op_err(e))?;
                }
            }
            Instr::ListExtend | Instr::SetUpdate => {
                let src = self.pop(frames)?;
                // CPython words a list's `*x` ("Value after * must be..."), not a set's.
                let items = match instr {
                    Instr::ListExtend => self.collect_starred(&src, None)?,
                    _ => self.collect_iterable(&src)?,
                };
                match self.top(frames)? {
                    Value::List(l) => l.borrow_mut().extend(items),
                    Value::Set(s) => {
                        let mut s = s.borrow_mut();
                        for it in items {
                            s.insert(it, Value::None).map_err(|e| self.op_err(e))?;
                        }
                    }
                    _ => {}
                }
            }
            Instr::DictUpdate | Instr::DictMerge => {
                let src = self.pop(frames)?;
                let Value::Dict(target) = self.top(frames)? else { return Ok(None) };
                // In a call (`DictMerge`), the function sits below the arguments and the dict.
                let callee = match instr {
                    Instr::DictMerge => frames.last().and_then(|f| f.stack.iter().rev().nth(2)).cloned(),
                    _ => None,
                };
                let Value::Dict(src_d) = &src else {
                    return Err(self.type_error(match &callee {
                        Some(func) => format!(
                            "{} argument after ** must be a mapping, not {}",
                            self.function_str(func),
                            src.type_name()
                        ),
                        None => format!("'{}' object is not a mapping", src.type_name()),
                    }));
                };
                let pairs: Vec<(Value, Value)> = src_d.borrow().items().map(|(k, v)| (k.clone(), v.clone())).collect();
                let mut t = target.borrow_mut();
                for (k, v) in pairs {
                    if let (Some(func), true) = (&callee, t.contains(&k).unwrap_or(false)) {
                        let kr = crate::engine::value::format::repr_basic(&k).unwrap_or_default();
                        let func = self.function_str(func);
                        return Err(self.type_error(format!("{func} got multiple values for keyword argument {kr}")));
                    }
                    t.insert(k, v).map_err(|e| self.op_err(e))?;
                }
            }
            Instr::ListToTuple => {
                let v = self.pop(frames)?;
                let items = match &v {
                    Value::List(l) => l.borrow().clone(),
                    _ => vec![],
                };
                Self::push(frames, Value::tuple(items));
            }
            Instr::FormatValue { conversion, spec } => {
                let spec_v = if spec { Some(self.pop(frames)?) } else { None };
                let v = self.pop(frames)?;
                let v = match conversion {
                    1 => Value::str(&self.str_of(&v)?),
                    2 | 3 => Value::str(&self.repr_of(&v)?),
                    _ => v,
                };
                let spec_s = match spec_v {
                    Some(Value::Str(s)) => s.to_string(),
                    _ => String::new(),
                };
                let s = self.format_value(&v, &spec_s)?;
                Self::push(frames, Value::str(&s));
            }
            Instr::Call(n) => {
                let (func, pos) = self.peek_call(frames, n as usize)?;
                return self.call_from_frame(frames, func, Args::new(pos), n as usize + 1);
            }
            Instr::CallKw(n) => {
                let names = self.top(frames)?;
                let f = frames.last().ok_or_else(|| self.err("SystemError", "no frame"))?;
                let len = f.stack.len();
                if len < n as usize + 2 {
                    return Err(self.err("SystemError", "stack underflow"));
                }
                let func = f.stack[len - n as usize - 2].clone();
                let mut pos = f.stack[len - n as usize - 1..len - 1].to_vec();
                let Value::Tuple(names) = names else { return Err(self.err("SystemError", "bad kw names")) };
                let split = pos.len().saturating_sub(names.len());
                let kwvals = pos.split_off(split);
                let kw = names
                    .iter()
                    .zip(kwvals)
                    .map(|(k, v)| (if let Value::Str(s) = k { s.clone() } else { Rc::from("") }, v))
                    .collect();
                return self.call_from_frame(frames, func, Args { pos, kw }, n as usize + 2);
            }
            Instr::CallEx { kwargs } => {
                let k = if kwargs { 2 } else { 1 };
                let (func, parts) = self.peek_call(frames, k)?;
                let pos = self.collect_starred(&parts[0], Some(&func))?;
                let mut kw = Vec::new();
                if let Some(Value::Dict(d)) = parts.get(1) {
                    for (k, v) in d.borrow().items() {
                        match k {
                            Value::Str(s) => kw.push((s.clone(), v.clone())),
                            _ => return Err(self.type_error("keywords must be strings")),
                        }
                    }
                }
                return self.call_from_frame(frames, func, Args { pos, kw }, k + 1);
            }
            Instr::MakeFunction { flags } => {
                let code = self.pop(frames)?;
                let closure = if flags & 4 != 0 { Some(self.pop(frames)?) } else { None };
                let kwdefaults = if flags & 2 != 0 { Some(self.pop(frames)?) } else { None };
                let defaults = if flags & 1 != 0 { Some(self.pop(frames)?) } else { None };
                let globals =
                    frames.last().map(|f| f.globals.clone()).ok_or_else(|| self.err("SystemError", "no frame"))?;
                let v = self.make_function(code, defaults, kwdefaults, closure, globals)?;
                Self::push(frames, v);
            }
            Instr::LoadBuildClass => {
                let v = self.builtins.borrow().get("__build_class__").cloned().unwrap_or(Value::None);
                Self::push(frames, v);
            }
            Instr::Jump(t) => {
                let f = frames.last_mut().ok_or_else(|| self.err("SystemError", "no frame"))?;
                let back = (t as usize) < f.pc;
                f.pc = t as usize;
                self.at_switch_point |= back;
            }
            Instr::PopJumpIfFalse(t) | Instr::PopJumpIfTrue(t) => {
                let v = self.pop(frames)?;
                let b = self.truthy(&v)?;
                let want = matches!(instr, Instr::PopJumpIfTrue(_));
                if b == want {
                    if let Some(f) = frames.last_mut() {
                        f.pc = t as usize;
                    }
                }
            }
            Instr::JumpIfFalseOrPop(t) | Instr::JumpIfTrueOrPop(t) => {
                let v = self.top(frames)?;
                let b = self.truthy(&v)?;
                let want = matches!(instr, Instr::JumpIfTrueOrPop(_));
                if b == want {
                    if let Some(f) = frames.last_mut() {
                        f.pc = t as usize;
                    }
                } else {
                    self.pop(frames)?;
                }
            }
            Instr::GetIter => {
                let v = self.pop(frames)?;
                let it = self.get_iter(&v)?;
                Self::push(frames, it);
            }
            Instr::ForIter(exit) => {
                let it = self.top(frames)?;
                return self.for_iter(frames, it, exit);
            }
            Instr::Return => {
                let v = self.pop(frames)?;
                let Some(mut f) = frames.pop() else { return Ok(Some(Stop::Returned(v))) };
                for local in std::mem::take(&mut f.locals).into_iter().flatten() {
                    trashcan::release(local);
                }
                if let Some(g) = &f.generator {
                    let mut g = g.borrow_mut();
                    g.finished = true;
                    g.running = false;
                }
                return self.deliver(frames, f.on_return, v, false);
            }
            Instr::LoadGenReturn => {
                let v = std::mem::replace(&mut self.gen_return, Value::None);
                Self::push(frames, v);
            }
            Instr::YieldValue => {
                let v = self.pop(frames)?;
                let Some(mut f) = frames.pop() else { return Ok(Some(Stop::Returned(v))) };
                let on_return = f.on_return.clone();
                if let Some(g) = f.generator.clone() {
                    // The value sent in by the next resume replaces the yield expression.
                    f.stack.push(Value::None);
                    let mut gb = g.borrow_mut();
                    gb.running = false;
                    gb.frame = Some(Box::new(f));
                }
                return self.deliver(frames, on_return, v, true);
            }
            Instr::SetupExcept(h) | Instr::SetupFinally(h) => {
                let f = frames.last_mut().ok_or_else(|| self.err("SystemError", "no frame"))?;
                let depth = f.stack.len();
                f.blocks.push(BlockEntry { kind: BlockKind::Setup, handler: h, depth });
            }
            Instr::PopBlock => {
                if let Some(f) = frames.last_mut() {
                    f.blocks.pop();
                }
            }
            Instr::BeginHandler => {
                let exc = self.top(frames)?;
                if let Some(f) = frames.last_mut() {
                    let depth = f.stack.len();
                    f.blocks.push(BlockEntry { kind: BlockKind::Handler, handler: 0, depth });
                }
                if let Some(t) = self.threads.get_mut(self.current as usize) {
                    t.exc_info.push(exc);
                }
            }
            Instr::PopExcept => {
                if let Some(f) = frames.last_mut() {
                    if let Some(pos) = f.blocks.iter().rposition(|b| b.kind == BlockKind::Handler) {
                        f.blocks.remove(pos);
                    }
                }
                if let Some(t) = self.threads.get_mut(self.current as usize) {
                    t.exc_info.pop();
                }
            }
            Instr::JumpIfNotExcMatch(t) => {
                let typ = self.pop(frames)?;
                let exc = self.top(frames)?;
                if !self.exception_matches(&exc, &typ)? {
                    if let Some(f) = frames.last_mut() {
                        f.pc = t as usize;
                    }
                }
            }
            Instr::Raise(n) => {
                let exc = match n {
                    0 => {
                        let cur = self.threads.get(self.current as usize).and_then(|t| t.exc_info.last().cloned());
                        match cur {
                            Some(e) => {
                                if let Some(mut d) = exc_data_mut(&e) {
                                    d.reraised = true;
                                }
                                return Err(Flow::Raise(e));
                            }
                            None => return Err(self.err("RuntimeError", "No active exception to reraise")),
                        }
                    }
                    1 => {
                        let e = self.pop(frames)?;
                        self.make_raisable(e, None)?
                    }
                    _ => {
                        let cause = self.pop(frames)?;
                        let e = self.pop(frames)?;
                        self.make_raisable(e, Some(cause))?
                    }
                };
                return Err(Flow::Raise(exc));
            }
            Instr::Reraise => {
                let exc = self.pop(frames)?;
                // Re-raising must not add this frame's line a second time.
                if let Some(mut d) = exc_data_mut(&exc) {
                    d.reraised = true;
                }
                return Err(Flow::Raise(exc));
            }
            Instr::ImportName(i) => {
                let name = frames[frames.len() - 1].code.names[i as usize].clone();
                let m = self.import(&name)?;
                Self::push(frames, m);
            }
            Instr::ImportFrom(i) => {
                let name = frames[frames.len() - 1].code.names[i as usize].clone();
                let m = self.top(frames)?;
                let v = match &m {
                    Value::Module(md) => match self.module_attr(md, &name)? {
                        Some(v) => Some(v),
                        // `from package import submodule` imports the submodule.
                        None => {
                            let full = format!("{}.{name}", md.name);
                            match crate::engine::modules::python_module(&full) {
                                Some(_) => {
                                    self.import(&full)?;
                                    md.dict.borrow().get(&name).cloned()
                                }
                                None => None,
                            }
                        }
                    },
                    // `from os.path import join`: a name of an object that stands for a module.
                    other => self.lookup_attr(other, &name)?,
                };
                match v {
                    Some(v) => Self::push(frames, v),
                    None => {
                        let mname = match &m {
                            Value::Module(md) => md.name.clone(),
                            _ => Rc::from("?"),
                        };
                        return Err(self.err(
                            "ImportError",
                            format!("cannot import name '{name}' from '{mname}' (unknown location)"),
                        ));
                    }
                }
            }
            Instr::UnpackSequence(n) => {
                let v = self.pop(frames)?;
                let items = self.collect_iterable(&v)?;
                if items.len() != n as usize {
                    let msg = if items.len() < n as usize {
                        format!("not enough values to unpack (expected {n}, got {})", items.len())
                    } else {
                        format!("too many values to unpack (expected {n})")
                    };
                    return Err(self.err("ValueError", msg));
                }
                if let Some(f) = frames.last_mut() {
                    f.stack.extend(items.into_iter().rev());
                }
            }
            Instr::UnpackEx { before, after } => {
                let v = self.pop(frames)?;
                let mut items = self.collect_iterable(&v)?;
                let (b, a) = (before as usize, after as usize);
                if items.len() < b + a {
                    return Err(self.err(
                        "ValueError",
                        format!("not enough values to unpack (expected at least {}, got {})", b + a, items.len()),
                    ));
                }
                let tail = items.split_off(items.len() - a);
                let middle = items.split_off(b);
                let mut out = items;
                out.push(Value::list(middle));
                out.extend(tail);
                if let Some(f) = frames.last_mut() {
                    f.stack.extend(out.into_iter().rev());
                }
            }
            Instr::BeforeWith => {
                let mgr = self.top(frames)?;
                let exit = self.get_attr(&mgr, "__exit__").map_err(|_| {
                    self.type_error(format!(
                        "'{}' object does not support the context manager protocol",
                        mgr.type_name()
                    ))
                })?;
                let enter = self.get_attr(&mgr, "__enter__")?;
                // A blocking __enter__ (lock.acquire) re-runs this instruction: leave the stack as is.
                let before = frames.last().map_or(0, |f| f.stack.len());
                if let Value::Builtin(_) = &enter {
                    let v = self.call_native(&enter, Args::default())?;
                    if let Some(f) = frames.last_mut() {
                        f.stack.truncate(before - 1);
                        f.stack.push(exit);
                        f.stack.push(v);
                    }
                    return Ok(None);
                }
                if let Some(f) = frames.last_mut() {
                    f.stack.truncate(before - 1);
                    f.stack.push(exit);
                }
                return self.call_from_frame(frames, enter, Args::default(), 0);
            }
            Instr::WithExitNormal => {
                let exit = self.pop(frames)?;
                let args = Args::new(vec![Value::None, Value::None, Value::None]);
                return self.call_from_frame(frames, exit, args, 0);
            }
            Instr::WithExceptStart => {
                let exc = self.pop(frames)?;
                let exit = self.pop(frames)?;
                Self::push(frames, exc.clone());
                let typ = Value::Class(self.types.type_of(&exc));
                let args = Args::new(vec![typ, exc, Value::None]);
                // Unlike a call, WITH_EXCEPT_START has no switch point after a built-in `__exit__`.
                let native = matches!(exit, Value::Builtin(_));
                let r = self.call_from_frame(frames, exit, args, 0);
                self.at_switch_point &= !native;
                return r;
            }
        }
        Ok(None)
    }

    fn name_error_message(&self, name: &str, _frames: &[Frame]) -> String {
        format!("name '{name}' is not defined")
    }

    /// `a op b` for natives outside the VM.
    pub fn binary_op_public(&mut self, op: BinOp, a: &Value, b: &Value) -> Result<Value, Flow> {
        self.binary_op(op, a, b, false)
    }

    pub(super) fn binary_op(&mut self, op: BinOp, a: &Value, b: &Value, inplace: bool) -> Result<Value, Flow> {
        // Lists extend in place for `+=`.
        if inplace && op == BinOp::Add {
            if let Value::List(l) = a {
                let items = self.collect_iterable(b)?;
                l.borrow_mut().extend(items);
                return Ok(a.clone());
            }
        }
        if op == BinOp::Mod {
            if let Value::Str(s) = a {
                let mut err = None;
                let out = crate::engine::value::format::percent_format(s, b, &mut |v, repr| {
                    let r = if repr { self.repr_of(v) } else { self.str_of(v) };
                    r.map_err(|f| {
                        err = Some(f);
                        crate::engine::value::OpError::type_error("")
                    })
                });
                if let Some(f) = err {
                    return Err(f);
                }
                return out.map(|s| Value::str(&s)).map_err(|e| self.op_err(e));
            }
        }
        if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
            if let Some(v) = self.dunder_binary(op, a, b, inplace)? {
                return Ok(v);
            }
        }
        crate::engine::value::ops::binary(op, a, b).map_err(|e| self.op_err(e))
    }

    fn unary_op(&mut self, op: UnaryOp, a: &Value) -> Result<Value, Flow> {
        if let Value::Instance(inst) = a {
            let name = match op {
                UnaryOp::Neg => "__neg__",
                UnaryOp::Pos => "__pos__",
                UnaryOp::Invert => "__invert__",
                UnaryOp::Not => "__bool__",
            };
            // A subclass of a built-in type that does not define it: the value it extends.
            if let (Some(base), None) = (&inst.base, inst.class.lookup(name)) {
                return self.unary_op(op, &base.clone());
            }
            if let Ok(m) = self.get_attr(a, name) {
                return self.call_nested(m, Args::default());
            }
        }
        crate::engine::value::ops::unary(op, a).map_err(|e| self.op_err(e))
    }

    pub(super) fn compare_op(&mut self, op: CmpOp, a: &Value, b: &Value) -> Result<Value, Flow> {
        Ok(Value::Bool(match op {
            CmpOp::Is => a.is(b),
            CmpOp::IsNot => !a.is(b),
            CmpOp::In => self.contains(b, a)?,
            CmpOp::NotIn => !self.contains(b, a)?,
            _ => {
                if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
                    if let Some(v) = self.dunder_compare(op, a, b)? {
                        return Ok(v);
                    }
                }
                if matches!(op, CmpOp::Eq | CmpOp::NotEq) {
                    let e = self.values_equal(a, b)?;
                    if op == CmpOp::Eq {
                        e
                    } else {
                        !e
                    }
                } else {
                    crate::engine::value::ops::compare(op, a, b).map_err(|e| self.op_err(e))?
                }
            }
        }))
    }
}
