//! Calls: binding arguments to parameters, pushing Python frames (no Rust recursion per Python
//! call), calling natives, instantiating classes, and nested runs for natives that need Python.

use super::eval::Stop;
use super::{Flow, Frame, OnReturn, Vm};
use crate::engine::value::{Args, BuiltinFunction, Class, Function, Generator, Instance, Namespace, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// Most nested runs (a `__repr__` calling `repr` calling `__repr__`...) before RecursionError.
const MAX_NESTED_RUNS: u32 = 48;

impl Vm {
    /// Calls `func` from an instruction: removes `consumed` stack items on dispatch, then either
    /// pushes a frame (the result arrives when it returns) or pushes the native result.
    pub(super) fn call_from_frame(
        &mut self,
        frames: &mut Vec<Frame>,
        func: Value,
        args: Args,
        consumed: usize,
    ) -> Result<Option<Stop>, Flow> {
        if let Value::Builtin(b) = &func {
            if b.receiver.is_none() && super::dynamic::FRAME_BUILTINS.contains(&&*b.name) {
                let v = self.call_frame_builtin(frames.last(), &b.name.clone(), args)?;
                self.at_switch_point = true;
                if let Some(f) = frames.last_mut() {
                    let keep = f.stack.len().saturating_sub(consumed);
                    f.stack.truncate(keep);
                    f.stack.push(v);
                }
                return Ok(None);
            }
            if &*b.name == crate::engine::modules::SCRIPT_LINE {
                self.waiting_line = super::script_line_of(frames);
            }
        }
        let switches = !skips_switch_point(&func, &args);
        let dispatch = self.prepare_call(func, args, OnReturn::Push)?;
        // CPython 3.11 can switch threads at a Python function's entry and right after most
        // other calls return.
        self.at_switch_point |= switches;
        if let Some(f) = frames.last_mut() {
            let keep = f.stack.len().saturating_sub(consumed);
            f.stack.truncate(keep);
        }
        match dispatch {
            Prepared::Value(v) => {
                if let Some(f) = frames.last_mut() {
                    f.stack.push(v);
                }
            }
            Prepared::Frame(fr) => {
                self.check_depth(frames.len())?;
                frames.push(*fr);
            }
        }
        Ok(None)
    }

    /// Calls `func` from the running frame for its effect: Python code runs on the thread's own
    /// frames and its result is dropped.
    pub(super) fn call_for_effect(
        &mut self,
        frames: &mut Vec<Frame>,
        func: Value,
        args: Args,
    ) -> Result<Option<Stop>, Flow> {
        if let Prepared::Frame(fr) = self.prepare_call(func, args, OnReturn::Discard)? {
            self.check_depth(frames.len())?;
            frames.push(*fr);
            self.at_switch_point = true;
        }
        Ok(None)
    }

    /// `obj.name` bound, when `obj` is an instance whose class defines `name` in Python.
    pub(super) fn python_method(&mut self, obj: &Value, name: &str) -> Result<Option<Value>, Flow> {
        match obj {
            Value::Instance(inst) if matches!(inst.class.lookup(name), Some(Value::Function(_))) => {
                self.get_attr(obj, name).map(Some)
            }
            _ => Ok(None),
        }
    }

    fn check_depth(&self, depth: usize) -> Result<(), Flow> {
        if depth + self.nested_base >= self.settings.recursion_limit as usize {
            return Err(self.err("RecursionError", "maximum recursion depth exceeded"));
        }
        Ok(())
    }

    /// A built-in that loops over its argument, called with an iterable that runs Python code
    /// (a generator, an iterator object, `map` over a function): the loop is handed to a Python
    /// helper on the thread's frame stack, so that the code may block as it may in CPython.
    /// Returns the helper and its arguments, or None to call the built-in itself.
    fn python_driven_call(
        &mut self,
        b: &BuiltinFunction,
        func: &Value,
        args: &Args,
    ) -> Result<Option<(Value, Args)>, Flow> {
        let Some(first) = args.pos.first() else { return Ok(None) };
        if b.receiver.is_none() {
            // Lazy built-ins over Python-driven iterables, or mapping a Python function: their
            // generator stand-ins (`_threadplay.zip_`...).
            let python_func = matches!(first, Value::Function(_) | Value::Method(_));
            let lazy = match &*b.name {
                "zip" | "enumerate" => args.pos.iter().any(runs_python),
                "map" | "filter" => python_func || args.pos.iter().skip(1).any(runs_python),
                "next" => matches!(first, Value::Generator(_)),
                _ => false,
            };
            if lazy {
                let module = self.import("_threadplay")?;
                let helper = self.get_attr(&module, &format!("{}_", b.name))?;
                return Ok(Some((helper, args.clone())));
            }
        }
        let loops = match &*b.name {
            "__new_list" | "__new_tuple" | "__new_set" | "__new_frozenset" | "__new_dict" | "sorted" | "sum"
            | "any" | "all" => true,
            "min" | "max" => args.pos.len() == 1,
            "join" => matches!(b.receiver, Some(Value::Str(_))),
            "extend" => matches!(b.receiver, Some(Value::List(_))),
            _ => false,
        };
        if !loops || !runs_python(first) {
            return Ok(None);
        }
        let module = self.import("_threadplay")?;
        Ok(Some(match &*b.name {
            "any" | "all" => {
                let helper = self.get_attr(&module, &format!("{}_", b.name))?;
                (helper, Args::new(vec![first.clone()]))
            }
            _ => {
                let helper = self.get_attr(&module, "call_with_list")?;
                let mut kwargs = crate::engine::value::Dict::new();
                for (k, v) in &args.kw {
                    kwargs.insert(Value::Str(k.clone()), v.clone()).map_err(|e| self.op_err(e))?;
                }
                let call =
                    vec![func.clone(), Value::tuple(args.pos.clone()), Value::Dict(Rc::new(RefCell::new(kwargs)))];
                (helper, Args::new(call))
            }
        }))
    }

    /// Calls a native function value directly.
    pub(super) fn call_native(&mut self, func: &Value, mut args: Args) -> Result<Value, Flow> {
        match func {
            Value::Builtin(b) => {
                if let Some(r) = &b.receiver {
                    args.pos.insert(0, r.clone());
                }
                self.native_name = b.name.clone();
                (b.func)(self, args)
            }
            _ => self.call_nested(func.clone(), args),
        }
    }

    /// Calls any callable from native code, running Python code in a nested run.
    pub fn call_nested(&mut self, func: Value, args: Args) -> Result<Value, Flow> {
        match self.prepare_call(func, args, OnReturn::Nested)? {
            Prepared::Value(v) => Ok(v),
            Prepared::Frame(fr) => self.run_nested(*fr),
        }
    }

    /// Runs one frame to completion on a fresh frame stack.
    pub(super) fn run_nested(&mut self, frame: Frame) -> Result<Value, Flow> {
        self.run_nested_with(frame, None)
    }

    /// Runs `frame` nested as `run_nested` does, with `exc` raised where it stands first
    /// (`generator.throw`).
    pub(super) fn run_nested_raising(&mut self, frame: Frame, exc: Value) -> Result<Value, Flow> {
        self.run_nested_with(frame, Some(exc))
    }

    fn run_nested_with(&mut self, frame: Frame, raise: Option<Value>) -> Result<Value, Flow> {
        if self.nested_depth >= MAX_NESTED_RUNS {
            return Err(self.err("RecursionError", "maximum recursion depth exceeded"));
        }
        let outer = self.threads.get(self.current as usize).map_or(0, |t| t.frames.len());
        let saved_base = self.nested_base;
        self.nested_base += outer.max(1);
        if let Err(e) = self.check_depth(1) {
            self.nested_base = saved_base;
            return Err(e);
        }
        self.nested_depth += 1;
        // A generator handles its own exceptions: those it was handling when it last yielded
        // come back while it runs, and leave with it (CPython keeps them in its frame).
        let generator = frame.generator.clone();
        let tid = self.current as usize;
        let handling_from = self.threads.get(tid).map_or(0, |t| t.exc_info.len());
        if let (Some(g), Some(t)) = (&generator, self.threads.get_mut(tid)) {
            t.exc_info.append(&mut g.borrow_mut().handling);
        }
        let mut frames = vec![frame];
        let r = match raise.map(|exc| self.unwind(&mut frames, exc, 1)) {
            Some(Err(escaped)) => Err(escaped),
            _ => self.execute(&mut frames, 1, true),
        };
        let left = match self.threads.get_mut(tid) {
            Some(t) => t.exc_info.split_off(handling_from.min(t.exc_info.len())),
            None => Vec::new(),
        };
        if let Some(g) = generator.filter(|g| !g.borrow().finished) {
            g.borrow_mut().handling = left;
        }
        self.nested_depth -= 1;
        self.nested_base = saved_base;
        match r {
            Ok(Stop::Returned(v)) => Ok(v),
            Ok(Stop::Outcome(_)) => Err(self.err("RuntimeError", "unexpected scheduler event in a nested call")),
            Err(e) => Err(Flow::Raise(e)),
        }
    }

    /// Resolves a call to either an immediate value or a frame to push.
    pub(super) fn prepare_call(&mut self, func: Value, mut args: Args, on_return: OnReturn) -> Result<Prepared, Flow> {
        match &func {
            Value::Function(f) => {
                let frame = self.new_frame(f, args, on_return)?;
                if f.code.is_generator {
                    let g = Generator {
                        name: f.name.clone(),
                        frame: Some(Box::new(frame)),
                        running: false,
                        finished: false,
                        handling: Vec::new(),
                    };
                    return Ok(Prepared::Value(Value::Generator(Rc::new(RefCell::new(g)))));
                }
                Ok(Prepared::Frame(Box::new(frame)))
            }
            Value::Builtin(b) => match self.python_driven_call(b, &func, &args)? {
                Some((helper, args)) => self.prepare_call(helper, args, on_return),
                None => Ok(Prepared::Value(self.call_native(&func, args)?)),
            },
            Value::Method(m) => {
                args.pos.insert(0, m.receiver.clone());
                self.prepare_call(m.func.clone(), args, on_return)
            }
            Value::Class(c) => self.instantiate(c.clone(), args, on_return),
            Value::StaticMethod(inner) => self.prepare_call((**inner).clone(), args, on_return),
            Value::Instance(_) => {
                let call = self
                    .get_attr(&func, "__call__")
                    .map_err(|_| self.type_error(format!("'{}' object is not callable", func.type_name())))?;
                self.prepare_call(call, args, on_return)
            }
            _ => Err(self.type_error(format!("'{}' object is not callable", func.type_name()))),
        }
    }

    /// Builds a frame for a Python function, binding arguments as CPython does.
    pub(super) fn new_frame(&self, f: &Rc<Function>, args: Args, on_return: OnReturn) -> Result<Frame, Flow> {
        let code = &f.code;
        let nlocals = code.varnames.len();
        let mut locals: Vec<Option<Value>> = vec![None; nlocals];
        let argcount = code.argcount as usize;
        let fname = &f.name;
        let mut pos = args.pos;
        // As in CPython, too many positional arguments is reported after the keyword arguments
        // are checked (an unexpected keyword is named first).
        let too_many = (pos.len() > argcount && !code.varargs).then(|| {
            let given = pos.len();
            let takes = if f.defaults.is_empty() {
                format!("{argcount} positional argument{}", if argcount == 1 { "" } else { "s" })
            } else {
                format!("from {} to {argcount} positional arguments", argcount - f.defaults.len())
            };
            let was = if given == 1 { "was" } else { "were" };
            format!("{fname}() takes {takes} but {given} {was} given")
        });
        let extra = if pos.len() > argcount { pos.split_off(argcount) } else { Vec::new() };
        for (i, v) in pos.into_iter().enumerate() {
            locals[i] = Some(v);
        }
        let mut slot = argcount;
        if code.varargs {
            locals[slot] = Some(Value::tuple(extra));
            slot += 1;
        }
        let kwonly_start = argcount + code.varargs as usize;
        let kwonly_end = kwonly_start + code.kwonlycount as usize;
        let _ = slot;
        let mut kwargs_dict = crate::engine::value::Dict::new();
        for (name, v) in args.kw {
            let idx = code.varnames[..kwonly_end]
                .iter()
                .position(|n| *n == name)
                .filter(|&i| i >= code.posonlycount as usize && (i < argcount || i >= kwonly_start));
            match idx {
                Some(i) => {
                    if locals[i].is_some() {
                        return Err(self.type_error(format!("{fname}() got multiple values for argument '{name}'")));
                    }
                    locals[i] = Some(v);
                }
                None => {
                    if code.varkw {
                        kwargs_dict.insert(Value::Str(name), v).map_err(|e| self.op_err(e))?;
                    } else {
                        return Err(self.type_error(format!("{fname}() got an unexpected keyword argument '{name}'")));
                    }
                }
            }
        }
        if let Some(message) = too_many {
            return Err(self.type_error(message));
        }
        if code.varkw {
            locals[kwonly_end] = Some(Value::Dict(Rc::new(RefCell::new(kwargs_dict))));
        }
        // Defaults for missing positional parameters.
        let ndef = f.defaults.len();
        let mut missing = Vec::new();
        for (i, local) in locals.iter_mut().enumerate().take(argcount) {
            if local.is_none() {
                if i + ndef >= argcount {
                    *local = Some(f.defaults[i + ndef - argcount].clone());
                } else {
                    missing.push(code.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(missing_message(fname, "positional", &missing)));
        }
        let mut missing_kw = Vec::new();
        for (i, local) in locals.iter_mut().enumerate().take(kwonly_end).skip(kwonly_start) {
            if local.is_none() {
                let name = &code.varnames[i];
                match f.kwdefaults.iter().find(|(k, _)| k == name) {
                    Some((_, v)) => *local = Some(v.clone()),
                    None => missing_kw.push(name.clone()),
                }
            }
        }
        if !missing_kw.is_empty() {
            return Err(self.type_error(missing_message(fname, "keyword-only", &missing_kw)));
        }
        let mut cells: Vec<Rc<RefCell<Option<Value>>>> =
            (0..code.cellvars.len()).map(|_| Rc::new(RefCell::new(None))).collect();
        for &(ci, vi) in &code.cell_params {
            if let Some(v) = locals.get(vi as usize).cloned().flatten() {
                *cells[ci as usize].borrow_mut() = Some(v);
            }
        }
        cells.extend(f.closure.iter().cloned());
        Ok(Frame {
            code: code.clone(),
            pc: 0,
            stack: Vec::with_capacity(8),
            locals,
            cells,
            globals: f.globals.clone(),
            namespace: None,
            blocks: Vec::new(),
            on_return,
            generator: None,
            func_name: f.name.clone(),
        })
    }

    /// `MakeFunction`.
    pub(super) fn make_function(
        &mut self,
        code: Value,
        defaults: Option<Value>,
        kwdefaults: Option<Value>,
        closure: Option<Value>,
        globals: Rc<RefCell<Namespace>>,
    ) -> Result<Value, Flow> {
        let Value::Code(code) = code else { return Err(self.err("SystemError", "MakeFunction without code")) };
        let defaults = match defaults {
            Some(Value::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        };
        let kwdefaults = match kwdefaults {
            Some(Value::Dict(d)) => d
                .borrow()
                .items()
                .filter_map(|(k, v)| if let Value::Str(s) = k { Some((s.clone(), v.clone())) } else { None })
                .collect(),
            _ => Vec::new(),
        };
        let closure = match closure {
            Some(Value::Tuple(t)) => {
                t.iter().filter_map(|c| if let Value::Cell(c) = c { Some(c.clone()) } else { None }).collect()
            }
            _ => Vec::new(),
        };
        let module =
            globals.borrow().get("__name__").and_then(|v| if let Value::Str(s) = v { Some(s.clone()) } else { None });
        Ok(Value::Function(Rc::new(Function {
            name: code.name.clone(),
            qualname: code.qualname.clone(),
            code,
            globals,
            defaults,
            kwdefaults,
            closure,
            module: module.unwrap_or_else(|| Rc::from("__main__")),
            attrs: RefCell::new(Namespace::new()),
        })))
    }

    /// A new instance of `class` (`object.__new__(class, *args)`): for a subclass of a
    /// built-in type, with the value it extends; for an exception class, with `args`.
    pub(super) fn new_instance(&mut self, class: &Rc<Class>, args: &Args) -> Result<Value, Flow> {
        let is_exc = class.is_subclass_of(&self.types.get("BaseException"));
        let base = self.new_base(class, args)?;
        if class.builtin_base().is_some_and(|t| t != crate::engine::value::BuiltinType::Object)
            && !is_exc
            && base.is_none()
        {
            return Err(self
                .type_error(format!("subclassing built-in type '{}' is not supported in threadplay yet", class.name)));
        }
        Ok(Value::Instance(Rc::new(Instance {
            base,
            class: class.clone(),
            dict: RefCell::new(Namespace::new()),
            exc: is_exc
                .then(|| RefCell::new(crate::engine::value::ExcData { args: args.pos.clone(), ..Default::default() })),
        })))
    }

    /// Calling a class: built-in constructors, or a new instance and its `__init__`.
    fn instantiate(&mut self, class: Rc<Class>, args: Args, on_return: OnReturn) -> Result<Prepared, Flow> {
        if let Some(ctor) =
            class.builtin.and_then(|_| self.builtins.borrow().get(&*format!("__new_{}", class.name)).cloned())
        {
            return self.prepare_call(ctor, args, on_return);
        }
        // A class's own `__new__` makes the object; `__init__` runs only on an instance of it.
        let own = match class.lookup("__new__") {
            Some(Value::StaticMethod(f)) => Some((*f).clone()),
            Some(f @ Value::Function(_)) => Some(f),
            _ => None,
        };
        let (instance, own_new) = match own {
            Some(new) => {
                let mut with_class = args.clone();
                with_class.pos.insert(0, Value::Class(class.clone()));
                let made = self.call_nested(new, with_class)?;
                if !matches!(&made, Value::Instance(i) if i.class.is_subclass_of(&class)) {
                    return Ok(Prepared::Value(made));
                }
                (made, true)
            }
            _ => (self.new_instance(&class, &args)?, false),
        };
        let takes_args = own_new || matches!(&instance, Value::Instance(i) if i.base.is_some() || i.exc.is_some());
        match class.lookup("__init__") {
            Some(init @ Value::Function(_)) => {
                let mut args = args;
                args.pos.insert(0, instance.clone());
                let on_return = match on_return {
                    OnReturn::Nested => {
                        // Run __init__ nested, then hand back the instance.
                        let Value::Function(f) = &init else { unreachable!() };
                        let frame = self.new_frame(f, args, OnReturn::Nested)?;
                        self.run_nested(frame)?;
                        return Ok(Prepared::Value(instance));
                    }
                    _ => OnReturn::Init(instance),
                };
                let Value::Function(f) = &init else { unreachable!() };
                Ok(Prepared::Frame(Box::new(self.new_frame(f, args, on_return)?)))
            }
            Some(other @ Value::Builtin(_)) => {
                let mut args = args;
                args.pos.insert(0, instance.clone());
                self.call_native(&other, args)?;
                Ok(Prepared::Value(instance))
            }
            _ => {
                if !takes_args && (!args.pos.is_empty() || !args.kw.is_empty()) {
                    return Err(self.type_error(format!("{}() takes no arguments", class.name)));
                }
                Ok(Prepared::Value(instance))
            }
        }
    }

    /// A built-in function value.
    pub fn native(&self, name: &str, func: crate::engine::value::NativeFn) -> Value {
        Value::Builtin(Rc::new(BuiltinFunction { name: Rc::from(name), func, receiver: None }))
    }

    /// A built-in method bound to `receiver`.
    pub fn bound_native(&self, name: &str, func: crate::engine::value::NativeFn, receiver: Value) -> Value {
        Value::Builtin(Rc::new(BuiltinFunction { name: Rc::from(name), func, receiver: Some(receiver) }))
    }
}

/// A call resolved to an immediate value or a frame.
pub(super) enum Prepared {
    Value(Value),
    Frame(Box<Frame>),
}

fn missing_message(fname: &str, kind: &str, names: &[Rc<str>]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        _ => {
            let (last, rest) = quoted.split_last().expect("non-empty");
            format!("{}, and {}", rest.join(", "), last)
        }
    };
    let n = names.len();
    format!("{fname}() missing {n} required {kind} argument{}: {list}", if n == 1 { "" } else { "s" })
}

/// Whether iterating `v` may run Python code (and so may block).
fn runs_python(v: &Value) -> bool {
    match v {
        // A subclass of a built-in type iterates its value, unless it says otherwise.
        Value::Instance(i) => {
            i.base.is_none()
                || ["__iter__", "keys"].iter().any(|m| matches!(i.class.lookup(m), Some(Value::Function(_))))
        }
        Value::Generator(_) => true,
        Value::Iter(it) => !matches!(
            &*it.borrow(),
            crate::engine::value::IterState::Seq { .. }
                | crate::engine::value::IterState::Range { .. }
                | crate::engine::value::IterState::DictKeys { .. }
                | crate::engine::value::IterState::Values { .. }
        ),
        _ => false,
    }
}

/// The calls after which CPython 3.11 does not check for a thread switch: its specialised
/// `len()`, `isinstance()`, one-argument `type()` and `list.append` (../SCHEDULING.md).
fn skips_switch_point(func: &Value, args: &Args) -> bool {
    match func {
        Value::Builtin(b) => match &b.receiver {
            None => matches!(&*b.name, "len" | "isinstance"),
            Some(Value::List(_)) => &*b.name == "append",
            Some(_) => false,
        },
        Value::Class(c) => &*c.name == "type" && args.pos.len() == 1 && args.kw.is_empty(),
        _ => false,
    }
}
