//! Iteration: `iter()`, the `ForIter` instruction (which resumes generator frames on the same
//! frame stack, without Rust recursion), and collecting an iterable for natives.

use super::eval::Stop;
use super::{Flow, Frame, OnReturn, Vm};
use crate::engine::compile::Instr;
use crate::engine::value::set_order::set_items;
use crate::engine::value::{Args, Generator, IterState, Value};
use std::cell::RefCell;
use std::rc::Rc;

impl Vm {
    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> Result<Value, Flow> {
        let state = match v {
            Value::List(_) | Value::Tuple(_) | Value::Str(_) => IterState::Seq { seq: v.clone(), index: 0 },
            Value::Range(r) => IterState::Range { next: r.start, stop: r.stop, step: r.step },
            Value::Dict(d) => {
                let len = d.borrow().len();
                IterState::DictKeys { dict: d.clone(), index: 0, len }
            }
            Value::Set(d) => IterState::Values { items: Rc::from(set_items(&d.borrow())), index: 0 },
            Value::FrozenSet(d) => IterState::Values { items: Rc::from(set_items(d)), index: 0 },
            Value::DictView(view) => IterState::Values { items: Rc::from(view.items()), index: 0 },
            Value::Iter(_) | Value::Generator(_) => return Ok(v.clone()),
            Value::Instance(inst) => {
                if inst.class.lookup("__iter__").is_some() {
                    let f = self.get_attr(v, "__iter__")?;
                    return self.call_nested(f, Args::default());
                }
                if inst.class.lookup("__getitem__").is_some() {
                    return Err(self.type_error("iteration by __getitem__ is not supported in threadplay yet"));
                }
                return Err(self.type_error(format!("'{}' object is not iterable", v.type_name())));
            }
            _ => return Err(self.type_error(format!("'{}' object is not iterable", v.type_name()))),
        };
        Ok(Value::Iter(Rc::new(RefCell::new(state))))
    }

    /// The `ForIter` instruction: `[it] -> [it, next]`, or pop and jump when exhausted.
    /// A generator's frame is pushed and delivers its value when it yields.
    pub(super) fn for_iter(&mut self, frames: &mut Vec<Frame>, it: Value, exit: u32) -> Result<Option<Stop>, Flow> {
        if let Value::Generator(g) = &it {
            let Some(mut frame) = self.take_generator_frame(g)? else {
                if let Some(f) = frames.last_mut() {
                    f.stack.pop();
                    f.pc = exit as usize;
                }
                return Ok(None);
            };
            g.borrow_mut().running = true;
            frame.on_return = OnReturn::GenForIter { exit };
            frame.generator = Some(g.clone());
            if frames.len() + self.nested_base >= self.settings.recursion_limit as usize {
                return Err(self.err("RecursionError", "maximum recursion depth exceeded"));
            }
            frames.push(*frame);
            // A generator resumes at a switch point (its entry, or just after its `yield`).
            self.at_switch_point = true;
            return Ok(None);
        }
        match self.next_of(&it)? {
            Some(v) => {
                if let Some(f) = frames.last_mut() {
                    f.stack.push(v);
                }
            }
            None => {
                if let Some(f) = frames.last_mut() {
                    f.stack.pop();
                    f.pc = exit as usize;
                }
            }
        }
        Ok(None)
    }

    /// `gen.send(value)`: resumes the generator with `value` as the result of its `yield`
    /// (nested, so the generator cannot block while it runs). Its return ends it with
    /// `StopIteration(value)`.
    pub fn generator_send(&mut self, g: &Rc<RefCell<Generator>>, value: Value) -> Result<Value, Flow> {
        let Some(mut frame) = self.take_generator_frame(g)? else { return Err(self.err("StopIteration", "")) };
        if frame.pc == 0 {
            if !matches!(value, Value::None) {
                g.borrow_mut().frame = Some(frame);
                return Err(self.type_error("can't send non-None value to a just-started generator"));
            }
        } else if let Some(top) = frame.stack.last_mut() {
            *top = value;
        }
        match self.resume_generator_nested(g, *frame)? {
            (v, false) => Ok(v),
            (v, true) => Err(Flow::Raise(super::exc::make_instance(self.types.exception("StopIteration"), vec![v]))),
        }
    }

    /// The frame of a suspended generator, taken out to resume it; None once it has finished.
    fn take_generator_frame(&self, g: &Rc<RefCell<Generator>>) -> Result<Option<Box<Frame>>, Flow> {
        let mut gb = g.borrow_mut();
        if gb.running {
            return Err(self.err("ValueError", "generator already executing"));
        }
        Ok(if gb.finished { None } else { gb.frame.take() })
    }

    /// Runs a generator's frame in a nested run until it yields (`(value, false)`) or returns
    /// (`(return value, true)`).
    fn resume_generator_nested(&mut self, g: &Rc<RefCell<Generator>>, mut frame: Frame) -> Result<(Value, bool), Flow> {
        g.borrow_mut().running = true;
        frame.on_return = OnReturn::Nested;
        frame.generator = Some(g.clone());
        let v = self.run_nested(frame)?;
        let finished = g.borrow().finished;
        Ok((v, finished))
    }

    /// `gen.throw(exc)`: raises `exc` at the `yield` where the generator stands (at its start if
    /// it never ran), so its `except` and `finally` blocks see it; returns what it yields next.
    /// When `exc` itself comes back out, it keeps the traceback it had (a `with` block's, for
    /// `contextlib.contextmanager`), as CPython's context managers restore it.
    pub fn generator_throw(&mut self, g: &Rc<RefCell<Generator>>, exc: Value) -> Result<Value, Flow> {
        let Some(mut frame) = self.take_generator_frame(g)? else { return Err(Flow::Raise(exc)) };
        let before = super::exc::exc_data_mut(&exc).map(|d| d.traceback.clone());
        // Suspended in `yield from inner` (compiled as ForIter, YieldValue): the exception goes
        // to `inner` first, as in CPython.
        let instr_back = |n: usize| frame.pc.checked_sub(n).and_then(|at| frame.code.instrs.get(at)).copied();
        let loop_exit = match (instr_back(2), instr_back(1)) {
            (Some(Instr::ForIter(done)), Some(Instr::YieldValue)) => Some(done),
            _ => None,
        };
        let inner = frame.stack.len().checked_sub(2).and_then(|i| frame.stack.get(i)).cloned();
        let mut exc = exc;
        if let (Some(done), Some(Value::Generator(inner))) = (loop_exit, inner) {
            g.borrow_mut().frame = Some(frame);
            let outcome = self.generator_throw(&inner, exc);
            let Some(f) = self.take_generator_frame(g)? else { return outcome };
            frame = f;
            match outcome {
                // `inner` yielded: so does this generator, still delegating.
                Ok(v) => {
                    g.borrow_mut().frame = Some(frame);
                    return Ok(v);
                }
                // `inner` returned: `yield from` ends with its value and this generator goes on.
                Err(Flow::Raise(e)) if self.is_instance_of_name(&e, "StopIteration") => {
                    let value = match super::exc::exc_data_mut(&e) {
                        Some(d) => d.args.first().cloned().unwrap_or(Value::None),
                        None => Value::None,
                    };
                    frame.stack.truncate(frame.stack.len().saturating_sub(2));
                    frame.pc = done as usize;
                    self.gen_return = value;
                    return match self.resume_generator_nested(g, *frame)? {
                        (v, false) => Ok(v),
                        (v, true) => {
                            Err(Flow::Raise(super::exc::make_instance(self.types.exception("StopIteration"), vec![v])))
                        }
                    };
                }
                Err(Flow::Raise(e)) => exc = e,
                Err(other) => return Err(other),
            }
        }
        g.borrow_mut().running = true;
        frame.on_return = OnReturn::Nested;
        frame.generator = Some(g.clone());
        let result = self.run_nested_raising(*frame, exc.clone());
        match result {
            Err(Flow::Raise(e)) if e.is(&exc) => {
                if let (Some(tb), Some(mut d)) = (before, super::exc::exc_data_mut(&e)) {
                    d.traceback = tb;
                }
                Err(Flow::Raise(e))
            }
            Err(e) => Err(e),
            Ok(v) if g.borrow().finished => {
                Err(Flow::Raise(super::exc::make_instance(self.types.exception("StopIteration"), vec![v])))
            }
            Ok(v) => Ok(v),
        }
    }

    /// `gen.close()`: raises `GeneratorExit` at the generator's `yield`, so that its `finally`
    /// blocks run; a generator that yields again instead is a `RuntimeError`.
    pub fn generator_close(&mut self, g: &Rc<RefCell<Generator>>) -> Result<Value, Flow> {
        let unstarted = {
            let gb = g.borrow();
            if gb.running {
                return Err(self.err("ValueError", "generator already executing"));
            }
            gb.finished || gb.frame.as_ref().is_none_or(|f| f.pc == 0)
        };
        if unstarted {
            let mut gb = g.borrow_mut();
            gb.finished = true;
            gb.frame = None;
            return Ok(Value::None);
        }
        let exit = self.new_exception("GeneratorExit", "");
        match self.generator_throw(g, exit) {
            Ok(_) => Err(self.err("RuntimeError", "generator ignored GeneratorExit")),
            Err(Flow::Raise(e))
                if self.is_instance_of_name(&e, "GeneratorExit") || self.is_instance_of_name(&e, "StopIteration") =>
            {
                Ok(Value::None)
            }
            Err(e) => Err(e),
        }
    }

    /// The next item of an iterator, `None` when exhausted. Generators run nested.
    pub fn next_of(&mut self, it: &Value) -> Result<Option<Value>, Flow> {
        match it {
            Value::Iter(state) => self.next_builtin_iter(state),
            Value::Generator(g) => {
                let Some(frame) = self.take_generator_frame(g)? else { return Ok(None) };
                match self.resume_generator_nested(g, *frame)? {
                    (v, false) => Ok(Some(v)),
                    (_, true) => Ok(None),
                }
            }
            Value::Instance(inst) => {
                if inst.class.lookup("__next__").is_none() {
                    return Err(self.type_error(format!("'{}' object is not an iterator", it.type_name())));
                }
                let f = self.get_attr(it, "__next__")?;
                match self.call_nested(f, Args::default()) {
                    Ok(v) => Ok(Some(v)),
                    Err(Flow::Raise(e)) if self.is_instance_of_name(&e, "StopIteration") => Ok(None),
                    Err(e) => Err(e),
                }
            }
            _ => Err(self.type_error(format!("'{}' object is not an iterator", it.type_name()))),
        }
    }

    fn next_builtin_iter(&mut self, state: &Rc<RefCell<IterState>>) -> Result<Option<Value>, Flow> {
        // Inner iterators (enumerate, zip, map...) may run Python code: take what is needed first.
        let mut st = state.borrow_mut();
        match &mut *st {
            IterState::Seq { seq, index } => {
                let v = match seq {
                    Value::List(l) => l.borrow().get(*index).cloned(),
                    Value::Tuple(t) => t.get(*index).cloned(),
                    Value::Str(s) => {
                        // index counts bytes for strings.
                        let rest = s.get(*index..).unwrap_or("");
                        match rest.chars().next() {
                            Some(c) => {
                                *index += c.len_utf8() - 1;
                                Some(Value::str(c.encode_utf8(&mut [0; 4])))
                            }
                            None => None,
                        }
                    }
                    _ => None,
                };
                if v.is_some() {
                    *index += 1;
                } else {
                    *st = IterState::Done;
                }
                Ok(v)
            }
            IterState::Range { next, stop, step } => {
                let more = if *step > 0 { *next < *stop } else { *next > *stop };
                if !more {
                    return Ok(None);
                }
                let v = *next;
                *next = next.saturating_add(*step);
                if v == *next {
                    *st = IterState::Done;
                }
                Ok(Some(Value::Int(v)))
            }
            IterState::DictKeys { dict, index, len } => {
                let d = dict.borrow();
                if d.len() != *len {
                    drop(d);
                    *st = IterState::Done;
                    return Err(self.err("RuntimeError", "dictionary changed size during iteration"));
                }
                let k = d.key_at(*index);
                drop(d);
                *index += 1;
                Ok(k)
            }
            IterState::Values { items, index } => {
                let v = items.get(*index).cloned();
                *index += 1;
                Ok(v)
            }
            IterState::Reversed { seq, index } => {
                if *index == 0 {
                    return Ok(None);
                }
                *index -= 1;
                Ok(match seq {
                    Value::List(l) => l.borrow().get(*index).cloned(),
                    Value::Tuple(t) => t.get(*index).cloned(),
                    _ => None,
                })
            }
            IterState::Enumerate { inner, count } => {
                let (inner, c) = (inner.clone(), count.clone());
                drop(st);
                let Some(v) = self.next_of(&inner)? else { return Ok(None) };
                let next =
                    crate::engine::value::ops::binary(crate::engine::syntax::ast::BinOp::Add, &c, &Value::Int(1))
                        .map_err(|e| self.op_err(e))?;
                if let IterState::Enumerate { count, .. } = &mut *state.borrow_mut() {
                    *count = next;
                }
                Ok(Some(Value::tuple(vec![c, v])))
            }
            IterState::Zip { inners } => {
                let inners = inners.clone();
                drop(st);
                let mut out = Vec::with_capacity(inners.len());
                for i in &inners {
                    match self.next_of(i)? {
                        Some(v) => out.push(v),
                        None => return Ok(None),
                    }
                }
                if out.is_empty() {
                    return Ok(None);
                }
                Ok(Some(Value::tuple(out)))
            }
            IterState::Map { func, inners } => {
                let (func, inners) = (func.clone(), inners.clone());
                drop(st);
                let mut args = Vec::with_capacity(inners.len());
                for i in &inners {
                    match self.next_of(i)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call_nested(func, Args::new(args)).map(Some)
            }
            IterState::Filter { func, inner } => {
                let (func, inner) = (func.clone(), inner.clone());
                drop(st);
                loop {
                    let Some(v) = self.next_of(&inner)? else { return Ok(None) };
                    let keep = if matches!(func, Value::None) {
                        self.truthy(&v)?
                    } else {
                        let r = self.call_nested(func.clone(), Args::new(vec![v.clone()]))?;
                        self.truthy(&r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
            }
            IterState::Done => Ok(None),
        }
    }

    /// All items of an iterable (within the container size cap).
    pub fn collect_iterable(&mut self, v: &Value) -> Result<Vec<Value>, Flow> {
        match v {
            Value::List(l) => return Ok(l.borrow().clone()),
            Value::Tuple(t) => return Ok(t.to_vec()),
            _ => {}
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next_of(&it)? {
            if out.len() >= self.settings.max_container_len {
                return Err(self.err("MemoryError", ""));
            }
            out.push(x);
        }
        Ok(out)
    }

    /// The items of `*v` in a display or a call: a value that is not iterable at all is CPython's
    /// "Value after * must be an iterable" (naming `callee` when `v` is a call's only `*`
    /// argument); errors raised while iterating pass through.
    pub fn collect_starred(&mut self, v: &Value, callee: Option<&Value>) -> Result<Vec<Value>, Flow> {
        let iterable = match v {
            Value::Instance(i) => ["__iter__", "__getitem__"].iter().any(|m| i.class.lookup(m).is_some()),
            other => !matches!(self.get_iter(other), Err(Flow::Raise(_))),
        };
        if !iterable {
            let what = match callee {
                Some(func) => format!("{} argument", self.function_str(func)),
                None => "Value".into(),
            };
            return Err(self.type_error(format!("{what} after * must be an iterable, not {}", v.type_name())));
        }
        self.collect_iterable(v)
    }

    /// How CPython names a callable in argument errors: `__main__.f()`, `__main__.C.m()`,
    /// `print()`, `list.append()`.
    pub fn function_str(&self, func: &Value) -> String {
        let qualified = |module: &str, qualname: &str| match module {
            "builtins" | "" => format!("{qualname}()"),
            m => format!("{m}.{qualname}()"),
        };
        match func {
            Value::Function(f) => qualified(&f.module, &f.qualname),
            Value::Method(m) => self.function_str(&m.func),
            Value::Class(c) => qualified(&c.module, &c.qualname),
            Value::Builtin(b) => match &b.receiver {
                Some(r) if !matches!(r, Value::Module(_)) => format!("{}.{}()", r.type_name(), b.name),
                _ => format!("{}()", b.name),
            },
            other => format!("{} object", other.type_name()),
        }
    }

    /// `next(it[, default])`.
    pub fn next_builtin(&mut self, it: &Value, default: Option<Value>) -> Result<Value, Flow> {
        match self.next_of(it)? {
            Some(v) => Ok(v),
            None => match default {
                Some(d) => Ok(d),
                None => Err(self.err("StopIteration", "")),
            },
        }
    }
}
