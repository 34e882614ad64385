//! Exceptions: making instances, matching `except` clauses, `raise X from Y`, and the one
//! traceback text (CPython 3.11's format, without caret lines) used by the console, the CLI and
//! the golden tests.

use super::{Flow, Vm};
use crate::engine::compile::Origin;
use crate::engine::value::{Class, ExcData, Instance, Namespace, Value};
use std::cell::{RefCell, RefMut};
use std::rc::Rc;

/// A new exception instance of `class` with `args`.
pub fn make_instance(class: Rc<Class>, args: Vec<Value>) -> Value {
    Value::Instance(Rc::new(Instance {
        class,
        dict: RefCell::new(Namespace::new()),
        exc: Some(RefCell::new(ExcData { args, ..Default::default() })),
        base: None,
    }))
}

/// `BaseException.__init__(self, *args)`: the exception's args become `args`.
pub fn exception_init(_vm: &mut Vm, mut a: crate::engine::value::Args) -> Result<Value, Flow> {
    if a.pos.is_empty() {
        return Ok(Value::None);
    }
    let receiver = a.pos.remove(0);
    if let Some(mut d) = exc_data_mut(&receiver) {
        d.args = a.pos;
    }
    Ok(Value::None)
}

impl Vm {
    /// `exc.__traceback__`: None for an exception never raised; else a traceback object that
    /// gives the line of the outermost frame it passed through (`tb_lineno`). threadplay keeps no
    /// frames, so `tb_next` and `tb_frame` are None.
    pub fn traceback_of(&self, exc: &Value) -> Value {
        let line = match exc {
            Value::Instance(i) => i.exc.as_ref().and_then(|d| d.borrow().traceback.last().map(|e| e.line)),
            _ => None,
        };
        let Some(line) = line else { return Value::None };
        let mut dict = Namespace::new();
        dict.insert(Rc::from("tb_lineno"), Value::Int(line as i64));
        dict.insert(Rc::from("tb_next"), Value::None);
        dict.insert(Rc::from("tb_frame"), Value::None);
        let class = self.types.iterator_class("traceback");
        Value::Instance(Rc::new(Instance { class, dict: RefCell::new(dict), exc: None, base: None }))
    }
}

/// The exception state of an exception instance.
pub fn exc_data_mut(v: &Value) -> Option<RefMut<'_, ExcData>> {
    match v {
        Value::Instance(i) => i.exc.as_ref().map(|e| e.borrow_mut()),
        _ => None,
    }
}

impl Vm {
    pub fn is_instance_of_name(&self, v: &Value, class_name: &str) -> bool {
        match v {
            Value::Instance(i) => i.class.is_subclass_of(&self.types.get(class_name)),
            _ => false,
        }
    }

    /// Whether `exc` matches the `except` clause type `typ` (a class or a tuple of classes).
    pub(super) fn exception_matches(&self, exc: &Value, typ: &Value) -> Result<bool, Flow> {
        match typ {
            Value::Class(c) => {
                if !c.is_subclass_of(&self.types.get("BaseException")) {
                    return Err(
                        self.type_error("catching classes that do not inherit from BaseException is not allowed")
                    );
                }
                Ok(matches!(exc, Value::Instance(i) if i.class.is_subclass_of(c)))
            }
            Value::Tuple(items) => {
                for t in items.iter() {
                    if self.exception_matches(exc, t)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self.type_error("catching classes that do not inherit from BaseException is not allowed")),
        }
    }

    /// The exception `raise e [from cause]` raises: instantiates classes, checks types, sets
    /// `__cause__` and `__context__`.
    pub(super) fn make_raisable(&mut self, e: Value, cause: Option<Value>) -> Result<Value, Flow> {
        let exc = match &e {
            Value::Class(c) if c.is_subclass_of(&self.types.get("BaseException")) => {
                self.call_nested(e.clone(), crate::engine::value::Args::default())?
            }
            Value::Instance(i) if i.exc.is_some() => e.clone(),
            _ => return Err(self.type_error("exceptions must derive from BaseException")),
        };
        let cause = match cause {
            None => None,
            Some(Value::None) => Some(Value::None),
            Some(c @ Value::Instance(_)) if self.is_instance_of_name(&c, "BaseException") => Some(c),
            Some(c @ Value::Class(_)) => Some(self.call_nested(c, crate::engine::value::Args::default())?),
            Some(_) => return Err(self.type_error("exception causes must derive from BaseException")),
        };
        let context = self.threads.get(self.current as usize).and_then(|t| t.exc_info.last().cloned());
        if let Some(mut d) = exc_data_mut(&exc) {
            d.traceback.clear();
            if let Some(c) = cause {
                d.suppress_context = true;
                d.cause = if matches!(c, Value::None) { None } else { Some(c) };
            }
            if let Some(ctx) = context {
                if !ctx.is(&exc) {
                    d.context = Some(ctx);
                }
            }
        }
        Ok(exc)
    }

    /// Sets `__context__` of an exception raised by the VM itself while another is handled.
    pub(super) fn attach_context(&self, exc: &Value) {
        let context = self.threads.get(self.current as usize).and_then(|t| t.exc_info.last().cloned());
        if let (Some(ctx), Some(mut d)) = (context, exc_data_mut(exc)) {
            if d.context.is_none() && !ctx.is(exc) {
                d.context = Some(ctx);
            }
        }
    }

    /// The full traceback text CPython prints for an uncaught exception (chained ones first).
    pub fn format_exception(&mut self, exc: &Value) -> String {
        let mut out = String::new();
        self.format_chain(exc, &mut out, 0);
        out
    }

    fn format_chain(&mut self, exc: &Value, out: &mut String, depth: u32) {
        let (cause, context, suppress) = match exc {
            Value::Instance(i) => match &i.exc {
                Some(d) => {
                    let d = d.borrow();
                    (d.cause.clone(), d.context.clone(), d.suppress_context)
                }
                None => (None, None, false),
            },
            _ => (None, None, false),
        };
        if depth < 20 {
            if let Some(c) = cause {
                self.format_chain(&c, out, depth + 1);
                out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
            } else if let (Some(c), false) = (context, suppress) {
                self.format_chain(&c, out, depth + 1);
                out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
            }
        }
        self.format_one(exc, out);
    }

    fn format_one(&mut self, exc: &Value, out: &mut String) {
        let entries = match exc {
            Value::Instance(i) => i.exc.as_ref().map(|d| d.borrow().traceback.clone()).unwrap_or_default(),
            _ => Vec::new(),
        };
        if !entries.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            let entries: Vec<_> = entries.into_iter().filter(|e| e.origin != Origin::Library).collect();
            let filename = self.settings.filename.clone();
            // Entries were recorded innermost first.
            let mut last: Option<(u32, Rc<str>)> = None;
            let mut repeats = 0;
            for e in entries.iter().rev() {
                let key = (e.line, e.function.clone());
                if last.as_ref() == Some(&key) {
                    repeats += 1;
                    if repeats >= 3 {
                        continue;
                    }
                } else {
                    if repeats >= 3 {
                        let n = repeats - 2;
                        out.push_str(&format!(
                            "  [Previous line repeated {n} more time{}]\n",
                            if n == 1 { "" } else { "s" }
                        ));
                    }
                    repeats = 0;
                }
                last = Some(key);
                if e.origin == Origin::String {
                    out.push_str(&format!("  File \"<string>\", line {}, in {}\n", e.line, e.function));
                    continue;
                }
                out.push_str(&format!("  File \"{}\", line {}, in {}\n", filename, e.line, e.function));
                let text = self.line_index.line_text(&self.source, e.line).trim();
                if !text.is_empty() {
                    out.push_str(&format!("    {text}\n"));
                }
            }
            if repeats >= 3 {
                let n = repeats - 2;
                out.push_str(&format!("  [Previous line repeated {n} more time{}]\n", if n == 1 { "" } else { "s" }));
            }
        }
        out.push_str(&self.exception_only(exc));
        out.push('\n');
    }

    /// `TypeName: message` (the last line of a traceback), with 3.11's "Did you mean" hints.
    pub fn exception_only(&mut self, exc: &Value) -> String {
        let Value::Instance(inst) = exc else { return String::new() };
        let class = inst.class.clone();
        let mut name = class.qualname.to_string();
        if &*class.module != "builtins" && &*class.module != "__main__" {
            name = format!("{}.{}", class.module, name);
        }
        let msg = match self.str_of(exc) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".into(),
        };
        let mut line = if msg.is_empty() { name } else { format!("{name}: {msg}") };
        if let Some(hint) = self.suggestion(exc) {
            line.push_str(&format!(". Did you mean: '{hint}'?"));
        }
        line
    }

    /// CPython 3.11's "Did you mean" for AttributeError and NameError.
    fn suggestion(&mut self, exc: &Value) -> Option<String> {
        let Value::Instance(inst) = exc else { return None };
        let cname = inst.class.name.to_string();
        let (wanted, candidates): (String, Vec<String>) = match cname.as_str() {
            "AttributeError" => {
                let name = inst.dict.borrow().get("name").cloned()?;
                let obj = inst.dict.borrow().get("obj").cloned()?;
                let Value::Str(name) = name else { return None };
                (name.to_string(), self.dir_of(&obj))
            }
            "NameError" => {
                let msg = self.str_of(exc).ok()?;
                let name = msg.strip_prefix("name '")?.split('\'').next()?.to_string();
                let mut c: Vec<String> = self.builtins.borrow().keys().map(|k| k.to_string()).collect();
                if let Some(Value::Module(m)) = self.modules.get("__main__") {
                    c.extend(m.dict.borrow().keys().map(|k| k.to_string()));
                }
                (name, c)
            }
            _ => return None,
        };
        best_match(&wanted, &candidates)
    }

    /// Attribute names of an object, for suggestions.
    fn dir_of(&self, obj: &Value) -> Vec<String> {
        let mut out = Vec::new();
        match obj {
            Value::Instance(i) => {
                out.extend(i.dict.borrow().keys().map(|k| k.to_string()));
                for c in i.class.mro.borrow().iter() {
                    out.extend(c.dict.borrow().keys().map(|k| k.to_string()));
                }
            }
            Value::Module(m) => out.extend(m.dict.borrow().keys().map(|k| k.to_string())),
            Value::Class(c) => {
                for k in c.mro.borrow().iter() {
                    out.extend(k.dict.borrow().keys().map(|k| k.to_string()));
                }
            }
            _ => {}
        }
        out
    }
}

/// The closest candidate by edit distance, as CPython's `_compute_suggestion_error` picks it.
fn best_match(wanted: &str, candidates: &[String]) -> Option<String> {
    let mut best: Option<(usize, &String)> = None;
    for c in candidates {
        if c == wanted || c.starts_with("__") {
            continue;
        }
        let d = levenshtein(wanted, c);
        let limit = (wanted.len() + c.len() + 3) * 2 / 6;
        if d > limit {
            continue;
        }
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c.clone())
}

fn levenshtein(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // Insertions and deletions cost 2, substitutions 2 (1 when only the case differs).
    let mut prev: Vec<usize> = (0..=b.len()).map(|j| 2 * j).collect();
    for i in 1..=a.len() {
        let mut cur = vec![2 * i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = if a[i - 1] == b[j - 1] {
                0
            } else if a[i - 1].eq_ignore_ascii_case(&b[j - 1]) {
                1
            } else {
                2
            };
            cur[j] = (prev[j] + 2).min(cur[j - 1] + 2).min(prev[j - 1] + cost);
        }
        prev = cur;
    }
    prev[b.len()]
}
