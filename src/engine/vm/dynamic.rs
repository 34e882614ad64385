//! `eval`, `exec`, `globals()` and `locals()`: the built-ins that work on the caller's own
//! namespaces. A call from Python code reaches them with the caller's frame
//! (`Vm::call_from_frame`); called any other way (`map(eval, ...)`) they use `__main__`'s.
//!
//! The string is compiled by the engine's own compiler and run nested, to completion, in the
//! caller's globals and locals as CPython does: at module level both are the module's namespace,
//! so `exec("x = 1")` defines `x`; in a function, locals are a copy of the function's variables,
//! so assignments there do not change them (as in CPython). Its frames show as `File "<string>"`
//! and record no line steps. `globals()` and `locals()` return copies.

use super::{Flow, Frame, OnReturn, Vm};
use crate::engine::compile::compile_string;
use crate::engine::source::LineIndex;
use crate::engine::syntax::parse;
use crate::engine::value::{Args, Dict, Namespace, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// The built-ins this module implements.
pub const FRAME_BUILTINS: [&str; 4] = ["eval", "exec", "globals", "locals"];

type Scope = Rc<RefCell<Namespace>>;

impl Vm {
    /// Calls one of `FRAME_BUILTINS` for code running in `caller`.
    pub(super) fn call_frame_builtin(
        &mut self,
        caller: Option<&Frame>,
        name: &str,
        mut a: Args,
    ) -> Result<Value, Flow> {
        let main_globals = || match self.modules.get("__main__") {
            Some(Value::Module(m)) => m.dict.clone(),
            _ => Rc::new(RefCell::new(Namespace::new())),
        };
        let (globals, locals) = match caller {
            Some(f) => (f.globals.clone(), frame_locals(f)),
            None => {
                let g = main_globals();
                (g.clone(), g)
            }
        };
        match name {
            "globals" => return Ok(dict_of(&globals.borrow())),
            "locals" => return Ok(dict_of(&locals.borrow())),
            _ => {}
        }
        let given_globals =
            a.take_kw("globals").or_else(|| a.pos.get(1).cloned()).filter(|v| !matches!(v, Value::None));
        let given_locals = a.take_kw("locals").or_else(|| a.pos.get(2).cloned()).filter(|v| !matches!(v, Value::None));
        let Some(Value::Str(text)) = a.pos.first().cloned() else {
            return Err(self.type_error(format!("{name}() arg 1 must be a string, bytes or code object")));
        };
        let globals = match &given_globals {
            None => globals,
            Some(Value::Dict(d)) => self.scope_of(d, true)?,
            Some(v) => return Err(self.type_error(format!("globals must be a dict, not {}", v.type_name()))),
        };
        let locals = match (&given_locals, &given_globals) {
            (Some(Value::Dict(d)), _) => self.scope_of(d, false)?,
            (Some(v), _) => return Err(self.type_error(format!("locals must be a mapping, not {}", v.type_name()))),
            // Given globals alone serve as the locals too.
            (None, Some(_)) => globals.clone(),
            (None, None) => locals,
        };
        let expression = name == "eval";
        // eval ignores leading spaces and tabs, as CPython does.
        let source = if expression { text.trim_start_matches([' ', '\t']) } else { &text };
        let code = match parse(source) {
            Ok(tree) => compile_string(&tree, source, expression).map_err(|e| (e.message, e.range)),
            Err(e) => Err((e.message, e.range)),
        };
        let code = match code {
            Ok(code) => code,
            Err((message, range)) => {
                let line = if source.trim().is_empty() { 0 } else { LineIndex::new(source).line_of(range.start) };
                return Err(self.err("SyntaxError", format!("{message} (<string>, line {line})")));
            }
        };
        let mut frame = Frame::module(code, globals.clone(), OnReturn::Nested);
        frame.namespace = Some(locals.clone());
        let result = self.run_nested(frame);
        // What the string defined goes back into the dicts it was given.
        for (given, scope) in [(&given_globals, &globals), (&given_locals, &locals)] {
            if let Some(Value::Dict(d)) = given {
                let mut d = d.borrow_mut();
                for (k, v) in scope.borrow().iter() {
                    let _ = d.insert(Value::Str(k.clone()), v.clone());
                }
            }
        }
        let value = result?;
        Ok(if expression { value } else { Value::None })
    }

    /// A namespace holding the str keys of `d`; the globals of a string also get `__builtins__`
    /// (CPython adds it to the dict).
    fn scope_of(&mut self, d: &Rc<RefCell<Dict>>, globals: bool) -> Result<Scope, Flow> {
        let mut ns = Namespace::new();
        for (k, v) in d.borrow().items() {
            if let Value::Str(k) = k {
                ns.insert(k.clone(), v.clone());
            }
        }
        if globals && !ns.contains_key("__builtins__") {
            let builtins = self.import("builtins")?;
            ns.insert(Rc::from("__builtins__"), builtins);
        }
        Ok(Rc::new(RefCell::new(ns)))
    }
}

/// The caller's locals: a module or class body's own namespace, or a copy of a function's
/// variables (fast locals and cells) that are bound.
fn frame_locals(f: &Frame) -> Scope {
    if let Some(ns) = &f.namespace {
        return ns.clone();
    }
    let mut ns = Namespace::new();
    for (name, v) in f.code.varnames.iter().zip(&f.locals) {
        if let Some(v) = v {
            ns.insert(name.clone(), v.clone());
        }
    }
    let cell_names = f.code.cellvars.iter().chain(&f.code.freevars);
    for (name, cell) in cell_names.zip(&f.cells) {
        if let Some(v) = &*cell.borrow() {
            ns.insert(name.clone(), v.clone());
        }
    }
    Rc::new(RefCell::new(ns))
}

fn dict_of(ns: &Namespace) -> Value {
    let mut d = Dict::new();
    for (k, v) in ns.iter() {
        let _ = d.insert(Value::Str(k.clone()), v.clone());
    }
    Value::Dict(Rc::new(RefCell::new(d)))
}
