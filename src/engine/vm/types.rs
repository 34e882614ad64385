//! The built-in classes: `object`, `int`, `str`, ... and the exception hierarchy, created once per
//! run, so that `type(x)`, `isinstance` and `except ValueError` have real class objects.

use crate::engine::value::{BuiltinType, Class, Namespace, Value};
use indexmap::IndexMap;
use std::cell::RefCell;
use std::rc::Rc;

/// Exception classes and their bases, parents before children.
const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("StopIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("OSError", "Exception"),
    ("TimeoutError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("FileExistsError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("InterruptedError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("FloatingPointError", "ArithmeticError"),
    ("ReferenceError", "Exception"),
    ("SystemError", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("MemoryError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("Warning", "Exception"),
    ("UserWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
];

const BUILTIN_TYPES: &[(&str, BuiltinType)] = &[
    ("object", BuiltinType::Object),
    ("type", BuiltinType::Type),
    ("NoneType", BuiltinType::NoneType),
    ("int", BuiltinType::Int),
    ("bool", BuiltinType::Bool),
    ("float", BuiltinType::Float),
    ("str", BuiltinType::Str),
    ("list", BuiltinType::List),
    ("tuple", BuiltinType::Tuple),
    ("dict", BuiltinType::Dict),
    ("set", BuiltinType::Set),
    ("frozenset", BuiltinType::FrozenSet),
    ("range", BuiltinType::Range),
    ("function", BuiltinType::Function),
    ("builtin_function_or_method", BuiltinType::BuiltinFunction),
    ("method", BuiltinType::Method),
    ("module", BuiltinType::Module),
    ("iterator", BuiltinType::Iterator),
    ("generator", BuiltinType::Generator),
    ("property", BuiltinType::Property),
    ("staticmethod", BuiltinType::StaticMethod),
    ("classmethod", BuiltinType::ClassMethod),
    ("super", BuiltinType::Super),
];

/// Classes of built-in iterators and dict views: what `type(zip())` shows (and of traceback
/// objects). Not names in
/// `builtins` (`zip` there is the function that makes one).
const ITERATOR_TYPES: &[&str] = &[
    "list_iterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "range_iterator",
    "dict_keyiterator",
    "list_reverseiterator",
    "set_iterator",
    "enumerate",
    "zip",
    "map",
    "filter",
    "dict_keys",
    "dict_values",
    "dict_items",
    "traceback",
];

/// All built-in classes of a run.
pub struct Types {
    pub by_name: IndexMap<&'static str, Rc<Class>>,
    iterators: IndexMap<&'static str, Rc<Class>>,
}

pub fn new_class(name: &str, bases: Vec<Rc<Class>>, builtin: Option<BuiltinType>, module: &str) -> Rc<Class> {
    let class = Rc::new(Class {
        name: Rc::from(name),
        qualname: Rc::from(name),
        module: Rc::from(module),
        bases: bases.clone(),
        mro: RefCell::new(Vec::new()),
        dict: RefCell::new(Namespace::new()),
        builtin,
    });
    let mut mro = vec![class.clone()];
    if let Some(b) = bases.first() {
        mro.extend(b.mro.borrow().iter().cloned());
    }
    *class.mro.borrow_mut() = mro;
    class
}

impl Types {
    pub fn new() -> Types {
        let mut by_name: IndexMap<&'static str, Rc<Class>> = IndexMap::new();
        let object = new_class("object", vec![], Some(BuiltinType::Object), "builtins");
        by_name.insert("object", object.clone());
        for (name, bt) in BUILTIN_TYPES.iter().skip(1) {
            let base = if *name == "bool" { by_name["int"].clone() } else { object.clone() };
            by_name.insert(name, new_class(name, vec![base], Some(*bt), "builtins"));
        }
        for (name, base) in EXCEPTIONS {
            let bases = if base.is_empty() { vec![object.clone()] } else { vec![by_name[base].clone()] };
            let bt = if base.is_empty() { Some(BuiltinType::BaseException) } else { None };
            by_name.insert(name, new_class(name, bases, bt, "builtins"));
        }
        let iterators = ITERATOR_TYPES
            .iter()
            .map(|name| (*name, new_class(name, vec![object.clone()], Some(BuiltinType::Iterator), "builtins")))
            .collect();
        super::subclass::install_base_methods(|name| by_name[name].clone());
        // `object.__new__(cls)`, for a class that writes its own `__new__`.
        by_name["object"].dict.borrow_mut().insert(
            Rc::from("__new__"),
            Value::Builtin(Rc::new(crate::engine::value::BuiltinFunction {
                name: Rc::from("__new__"),
                func: super::subclass::object_new,
                receiver: None,
            })),
        );
        // `super().__init__(message)` in an exception class sets its args, as in CPython.
        by_name["BaseException"].dict.borrow_mut().insert(
            Rc::from("__init__"),
            Value::Builtin(Rc::new(crate::engine::value::BuiltinFunction {
                name: Rc::from("__init__"),
                func: super::exc::exception_init,
                receiver: None,
            })),
        );
        Types { by_name, iterators }
    }

    pub fn get(&self, name: &str) -> Rc<Class> {
        self.by_name.get(name).cloned().unwrap_or_else(|| self.by_name["object"].clone())
    }

    /// An exception class by name (falls back to `Exception`).
    pub fn exception(&self, name: &str) -> Rc<Class> {
        self.by_name.get(name).cloned().unwrap_or_else(|| self.by_name["Exception"].clone())
    }

    pub fn is_exception_name(name: &str) -> bool {
        EXCEPTIONS.iter().any(|(n, _)| *n == name)
    }

    /// Names of all built-in classes, for the builtins namespace.
    pub fn names(&self) -> Vec<&'static str> {
        self.by_name.keys().copied().collect()
    }

    /// One of the classes of `ITERATOR_TYPES` (and `traceback`), which are not builtins names.
    pub fn iterator_class(&self, name: &str) -> Rc<Class> {
        self.iterators.get(name).cloned().unwrap_or_else(|| self.by_name["object"].clone())
    }

    /// The class of a value.
    pub fn type_of(&self, v: &Value) -> Rc<Class> {
        if let Value::Instance(i) = v {
            return i.class.clone();
        }
        let name = v.type_name();
        match self.by_name.get(&*name).or_else(|| self.iterators.get(&*name)) {
            Some(c) => c.clone(),
            None => self.by_name["object"].clone(),
        }
    }
}

impl Default for Types {
    fn default() -> Self {
        Types::new()
    }
}
