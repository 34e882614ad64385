//! The modules a threading course imports. `threading` is written in Python (`threading.py`,
//! compiled at import, hidden from tracebacks and steps) on top of a few native primitives in
//! `_thread` (start, join, sleep, locks), as CPython builds its `threading` on `_thread`.

mod library;
mod math;
mod random;
mod thread;
mod time;
mod waits;

/// The name of `_thread`'s native that gives the learner's line a thread waits at: calls to it
/// from Python code get the calling frames' line (vm/call.rs).
pub const SCRIPT_LINE: &str = "script_line";

use crate::engine::compile::compile_module;
use crate::engine::syntax::parse;
use crate::engine::value::{Args, Module, Namespace, Native, NativePayload, Value};
use crate::engine::vm::{Flow, Frame, OnReturn, Vm};
use std::cell::RefCell;
use std::rc::Rc;

pub use library::{lazy_provider, python_module, Library, Lookup, PythonModule, LAZY_NAMES, PYTHON_MODULES};
pub use thread::{ident_of, lock_release_all_waiters, start_thread_frame};

/// Puts a native module's functions into its namespace.
type Installer = fn(&mut Vm, &Rc<RefCell<Namespace>>);

/// The public modules of CPython 3.11's standard library (`sys.stdlib_module_names`) that
/// threadplay does not have, space-separated: importing one says so instead of only "No module
/// named". One string, not a list of them, as the page's bundle counts every byte.
const STANDARD_MODULES: &str = concat!(
    "abc aifc argparse array ast asynchat asyncio asyncore audioop base64 bdb binascii bisect ",
    "bz2 cProfile calendar cgi cgitb chunk cmath cmd code codecs codeop colorsys compileall ",
    "configparser contextvars copy copyreg crypt csv ctypes curses datetime dbm decimal ",
    "difflib dis distutils doctest email encodings enum errno faulthandler fcntl filecmp ",
    "fileinput fnmatch fractions ftplib gc genericpath getopt getpass gettext glob graphlib ",
    "grp gzip hashlib hmac html http imaplib imghdr imp importlib inspect io ipaddress json ",
    "keyword linecache locale lzma mailbox mailcap marshal mimetypes mmap modulefinder msilib ",
    "multiprocessing netrc nis nntplib ntpath nturl2path numbers opcode optparse ossaudiodev ",
    "pathlib pdb pickle pickletools pipes pkgutil platform plistlib poplib posix posixpath ",
    "pprint profile pstats pty pwd py_compile pyclbr pydoc pyexpat quopri re readline reprlib ",
    "resource rlcompleter runpy secrets select selectors shelve shlex shutil signal site ",
    "smtpd smtplib sndhdr socket socketserver spwd sqlite3 sre_compile sre_constants ",
    "sre_parse ssl stat statistics stringprep struct subprocess sunau symtable sysconfig ",
    "syslog tabnanny tarfile telnetlib tempfile termios textwrap timeit tkinter token ",
    "tokenize tomllib trace traceback tracemalloc tty turtle types unicodedata unittest ",
    "urllib uu uuid venv warnings wave weakref webbrowser wsgiref xdrlib xml xmlrpc zipapp ",
    "zipfile zipimport zlib zoneinfo ",
);

impl Vm {
    /// The attribute `name` of module `m`, importing the module that provides it first if it is
    /// one of `m`'s lazy names (`library::LAZY_NAMES`).
    pub fn module_attr(&mut self, m: &Module, name: &str) -> Result<Option<Value>, Flow> {
        if let Some(v) = m.dict.borrow().get(name) {
            return Ok(Some(v.clone()));
        }
        match lazy_provider(&m.name, name) {
            Some(provider) if !self.modules.contains_key(provider) => {
                self.import(provider)?;
                Ok(m.dict.borrow().get(name).cloned())
            }
            _ => Ok(None),
        }
    }

    /// `import name`: returns the module (for a dotted name, its top package).
    pub fn import(&mut self, name: &str) -> Result<Value, Flow> {
        // Import every prefix of a dotted name; each package gets its submodule as attribute.
        let mut parent: Option<Value> = None;
        let mut top: Option<Value> = None;
        let mut prefix = String::new();
        for part in name.split('.') {
            if !prefix.is_empty() {
                prefix.push('.');
            }
            prefix.push_str(part);
            let m = match self.modules.get(prefix.as_str()) {
                Some(m) => m.clone(),
                None => {
                    // `import os.path`: a module attribute that stands for a submodule.
                    let standing = match &parent {
                        Some(Value::Module(p)) => p.dict.borrow().get(part).cloned(),
                        _ => None,
                    };
                    let m = match standing {
                        Some(v) => v,
                        None => self.load_module(&prefix)?,
                    };
                    self.modules.insert(Rc::from(prefix.as_str()), m.clone());
                    m
                }
            };
            if let Some(Value::Module(p)) = &parent {
                p.dict.borrow_mut().insert(Rc::from(part), m.clone());
            }
            if top.is_none() {
                top = Some(m.clone());
            }
            parent = Some(m);
        }
        top.ok_or_else(|| self.err("ModuleNotFoundError", "No module named ''"))
    }

    fn load_module(&mut self, name: &str) -> Result<Value, Flow> {
        if name == "builtins" {
            // The namespace every module falls back to, as a module.
            return Ok(Value::Module(Rc::new(Module { name: Rc::from(name), dict: self.builtins.clone() })));
        }
        let dict = Rc::new(RefCell::new(Namespace::new()));
        dict.borrow_mut().insert(Rc::from("__name__"), Value::str(name));
        let module = Value::Module(Rc::new(Module { name: Rc::from(name), dict: dict.clone() }));
        // Natives first; a module may add Python code on top of them in the same namespace.
        let install: Option<Installer> = match name {
            "_thread" => Some(thread::install),
            "time" => Some(time::install),
            "_random" => Some(random::install),
            "math" => Some(math::install),
            "sys" => Some(install_sys),
            "concurrent" => Some(|_, _| {}),
            _ => None,
        };
        let has_native = install.is_some();
        if let Some(install) = install {
            install(self, &dict);
        }
        let source = match self.library.lookup(name) {
            Lookup::Source(source) => Some(source),
            Lookup::NotPython => None,
            Lookup::Missing(missing) => {
                // Stop at once: the caller loads the module and runs the script again.
                self.missing_module = Some(missing);
                self.pause_at = self.instructions;
                return Err(self.err("ImportError", format!("threadplay is still loading the module '{name}'")));
            }
            Lookup::Unavailable(reason) => {
                return Err(self.err("ModuleNotFoundError", format!("No module named '{name}' ({reason})")));
            }
        };
        match source {
            None if has_native => {}
            source => {
                let Some(src) = source else {
                    // A standard module we lack is told apart from a misspelt one, which gets CPython's words.
                    let root = name.split('.').next().unwrap_or(name);
                    let hint = if root == "multiprocessing" {
                        " (threadplay simulates threads in one process; processes are not available)"
                    } else if "subprocess socket socketserver ssl http urllib requests select selectors signal"
                        .split(' ')
                        .any(|m| m == root)
                    {
                        " (threadplay simulates threads in one program: it cannot run other programs or reach a network)"
                    } else if root == "asyncio" {
                        " (threadplay runs threads; async code is not supported)"
                    } else if STANDARD_MODULES.split(' ').any(|m| m == root) {
                        " (threadplay does not provide it yet; it has threading, time, sys, queue, concurrent.futures, \
                         logging, random, math, heapq, collections, itertools, functools, dataclasses...)"
                    } else {
                        ""
                    };
                    return Err(self.err("ModuleNotFoundError", format!("No module named '{name}'{hint}")));
                };
                // Register first so that circular imports see it.
                self.modules.insert(Rc::from(name), module.clone());
                let code = match compiled(name, &src) {
                    Some(code) => code,
                    None => {
                        let tree =
                            parse(&src).map_err(|e| self.err("SystemError", format!("{name}: {}", e.message)))?;
                        let code = compile_module(&tree, &src, true)
                            .map_err(|e| self.err("SystemError", format!("{name}: {}", e.message)))?;
                        remember(name, &src, &code);
                        code
                    }
                };
                let frame = Frame::module(code, dict.clone(), OnReturn::Nested);
                if let Err(e) = self.run_nested_frame(frame) {
                    self.modules.shift_remove(name);
                    return Err(e);
                }
            }
        }
        Ok(module)
    }
}

thread_local! {
    /// The modules written in Python compiled so far on this thread, with their source: their
    /// code never changes, so runs share it (exploring runs a script thousands of times, and
    /// compiling `threading` was most of a small run's time).
    static COMPILED: RefCell<Vec<(String, String, Rc<crate::engine::compile::Code>)>> = const { RefCell::new(Vec::new()) };
}

fn compiled(name: &str, src: &str) -> Option<Rc<crate::engine::compile::Code>> {
    COMPILED.with(|c| c.borrow().iter().find(|(n, s, _)| n == name && s == src).map(|(_, _, code)| code.clone()))
}

fn remember(name: &str, src: &str, code: &Rc<crate::engine::compile::Code>) {
    COMPILED.with(|c| {
        let mut c = c.borrow_mut();
        c.retain(|(n, _, _)| n != name);
        c.push((name.to_string(), src.to_string(), code.clone()));
    });
}

/// Attribute of a native object (locks, streams).
pub fn native_attr(vm: &mut Vm, obj: &Value, name: &str) -> Result<Option<Value>, Flow> {
    let Value::Native(n) = obj else { return Ok(None) };
    match &n.payload {
        NativePayload::Stream(_) => Ok(match name {
            "write" => Some(vm.bound_native("write", stream_write, obj.clone())),
            "flush" => Some(vm.bound_native("flush", |_, _| Ok(Value::None), obj.clone())),
            _ => None,
        }),
        NativePayload::Lock(_) => thread::lock_attr(vm, obj, name),
        NativePayload::Random(_) => Ok(None),
    }
}

pub fn native_set_attr(vm: &mut Vm, obj: &Value, name: &str, _v: Value) -> Result<(), Flow> {
    Err(vm.err("AttributeError", format!("'{}' object attribute '{name}' is read-only", obj.type_name())))
}

pub fn native_repr(vm: &mut Vm, obj: &Value) -> Result<String, Flow> {
    let Value::Native(n) = obj else { return Ok(String::new()) };
    Ok(match &n.payload {
        NativePayload::Stream(crate::engine::trace::Stream::Stdout) => {
            "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>".into()
        }
        NativePayload::Stream(_) => "<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>".into(),
        NativePayload::Lock(i) => {
            let locked = vm.locks.get(*i).is_some_and(|l| l.owner.is_some());
            let id = obj.identity().unwrap_or(0);
            let n = vm.addr_ids.len();
            let k = *vm.addr_ids.entry(id).or_insert(n);
            format!(
                "<{} _thread.lock object at 0x7f00{:08x}>",
                if locked { "locked" } else { "unlocked" },
                0x1000 + 0x40 * k
            )
        }
        NativePayload::Random(_) => format!("<random.Random object at {}>", vm.addr(obj)),
    })
}

fn stream_write(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let (Some(Value::Native(n)), Some(text)) = (a.pos.first(), a.pos.get(1)) else {
        return Err(vm.type_error("write() takes exactly one argument"));
    };
    let Value::Str(s) = text else {
        return Err(vm.type_error(format!("write() argument must be str, not {}", text.type_name())));
    };
    if let NativePayload::Stream(stream) = n.payload {
        vm.write(stream, s);
    }
    Ok(Value::Int(s.chars().count() as i64))
}

/// `sys.stdout` or `sys.stderr` as the script currently has them.
pub fn sys_stream(vm: &mut Vm, which: &str) -> Value {
    if let Ok(Value::Module(m)) = vm.import("sys") {
        if let Some(v) = m.dict.borrow().get(which) {
            return v.clone();
        }
    }
    Value::None
}

fn install_sys(vm: &mut Vm, d: &Rc<RefCell<Namespace>>) {
    let mut d = d.borrow_mut();
    for (name, stream) in
        [("stdout", crate::engine::trace::Stream::Stdout), ("stderr", crate::engine::trace::Stream::Stderr)]
    {
        let v = Value::Native(Rc::new(Native { type_name: "TextIOWrapper", payload: NativePayload::Stream(stream) }));
        d.insert(Rc::from(name), v.clone());
        d.insert(Rc::from(format!("__{name}__")), v);
    }
    d.insert(Rc::from("argv"), Value::list(vec![Value::str(&vm.settings.filename)]));
    d.insert(Rc::from("platform"), Value::str("linux"));
    d.insert(Rc::from("version"), Value::str("3.11.7 (threadplay)"));
    d.insert(Rc::from("maxsize"), Value::Int(i64::MAX));
    d.insert(Rc::from("exit"), vm.native("exit", sys_exit));
    d.insert(
        Rc::from("exc_info"),
        vm.native("exc_info", |vm, _| {
            // The exception being handled in this thread; threadplay has no traceback objects.
            let handled = vm.threads.get(vm.current as usize).and_then(|t| t.exc_info.last().cloned());
            Ok(Value::tuple(match handled {
                Some(e) => vec![Value::Class(vm.types.type_of(&e)), e.clone(), vm.traceback_of(&e)],
                None => vec![Value::None, Value::None, Value::None],
            }))
        }),
    );
    d.insert(
        Rc::from("getrecursionlimit"),
        vm.native("getrecursionlimit", |vm, _| Ok(Value::Int(vm.settings.recursion_limit as i64))),
    );
    d.insert(
        Rc::from("setrecursionlimit"),
        vm.native("setrecursionlimit", |vm, a| {
            match a.pos.first() {
                Some(Value::Int(n)) if *n >= 1 => vm.settings.recursion_limit = (*n).min(100_000) as u32,
                _ => return Err(vm.err("ValueError", "recursion limit must be greater or equal than 1")),
            }
            Ok(Value::None)
        }),
    );
    d.insert(
        Rc::from("get_int_max_str_digits"),
        vm.native("get_int_max_str_digits", |vm, _| Ok(Value::Int(vm.str_digits_limit as i64))),
    );
    d.insert(Rc::from("set_int_max_str_digits"), vm.native("set_int_max_str_digits", set_int_max_str_digits));
    d.insert(
        Rc::from("getswitchinterval"),
        vm.native("getswitchinterval", |vm, _| Ok(Value::Float(vm.settings.switch_interval_ns as f64 / 1e9))),
    );
    d.insert(
        Rc::from("setswitchinterval"),
        vm.native("setswitchinterval", |vm, a| {
            let secs = match a.pos.first() {
                Some(Value::Float(f)) => *f,
                Some(Value::Int(i)) => *i as f64,
                _ => return Err(vm.type_error("must be real number")),
            };
            if secs <= 0.0 || !secs.is_finite() {
                return Err(vm.err("ValueError", "switch interval must be strictly positive"));
            }
            vm.settings.switch_interval_ns = ((secs * 1e9).round() as u64).max(1);
            Ok(Value::None)
        }),
    );
}

fn set_int_max_str_digits(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let arg = a.pos.first().or_else(|| a.kw.iter().find(|(k, _)| &**k == "maxdigits").map(|(_, v)| v));
    let limit = match arg {
        Some(Value::Int(n)) => *n,
        Some(Value::Bool(b)) => *b as i64,
        Some(Value::BigInt(_)) => i64::MAX,
        Some(v) => return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", v.type_name()))),
        None => {
            return Err(vm.type_error("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)"));
        }
    };
    if limit != 0 && !(640..=i64::from(i32::MAX)).contains(&limit) {
        return Err(vm.err("ValueError", "maxdigits must be 0 or larger than 640"));
    }
    vm.str_digits_limit = limit as usize;
    crate::engine::value::int::set_str_digits_limit(vm.str_digits_limit);
    Ok(Value::None)
}

fn sys_exit(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let class = vm.types.exception("SystemExit");
    let args = a.pos.first().cloned().map(|v| vec![v]).unwrap_or_default();
    Err(Flow::Raise(crate::engine::vm::exc::make_instance(class, args)))
}

impl Vm {
    /// When the main thread's code ends: pushes `atexit._run_exitfuncs` and, above it,
    /// `threading._shutdown` on the main thread, as CPython runs them. False if neither is loaded.
    pub fn begin_shutdown(&mut self) -> bool {
        let mut pushed = false;
        let hooks = [("atexit", "_run_exitfuncs"), ("threading", "_shutdown")];
        for (module, func) in hooks {
            let f = match self.modules.get(module) {
                Some(Value::Module(m)) => m.dict.borrow().get(func).cloned(),
                _ => None,
            };
            let Some(Value::Function(f)) = f else { continue };
            let on_return = if pushed { OnReturn::Discard } else { OnReturn::Thread };
            let Ok(frame) = self.new_frame_public(&f, Args::default(), on_return) else { continue };
            if let Some(t) = self.threads.get_mut(0) {
                t.frames.push(frame);
                pushed = true;
            }
        }
        pushed
    }

    /// Runs a module body nested (imports run to completion before the importer continues).
    fn run_nested_frame(&mut self, frame: Frame) -> Result<Value, Flow> {
        self.run_nested_public(frame)
    }
}
