//! Python objects as the VM holds them. Immutable values are shared with `Rc`; mutable
//! containers sit behind `RefCell`. Nothing here runs Python code: operators, formatting and
//! methods of built-in types live in the sibling modules and report failures as `OpError`, which
//! the VM turns into a Python exception.

mod case;
#[rustfmt::skip]
mod case_tables;
pub mod dict;
mod dict_methods;
pub mod float_repr;
pub mod format;
pub mod format_spec;
pub mod int;
mod list_methods;
pub mod methods;
#[cfg(test)]
mod never_panics;
pub mod ops;
pub mod percent;
mod set_methods;
pub mod set_order;
pub mod str_methods;
pub mod subscript;
pub mod trashcan;
pub mod unicode;

use crate::engine::compile::Code;
use indexmap::IndexMap;
use num_bigint::BigInt;
use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

pub use dict::{Dict, HashKey};

/// A string-keyed namespace: module globals, class bodies, instance attributes.
pub type Namespace = IndexMap<Rc<str>, Value>;

/// A Python value.
#[derive(Clone)]
pub enum Value {
    None,
    /// `...`
    Ellipsis,
    /// `NotImplemented`
    NotImplemented,
    Bool(bool),
    /// An int that fits in 64 bits (the fast path).
    Int(i64),
    /// An int that does not fit in 64 bits. Always normalised: never holds an i64-sized value.
    BigInt(Rc<BigInt>),
    Float(f64),
    Str(Rc<str>),
    List(Rc<RefCell<Vec<Value>>>),
    Tuple(Rc<[Value]>),
    Dict(Rc<RefCell<Dict>>),
    Set(Rc<RefCell<Dict>>),
    FrozenSet(Rc<Dict>),
    Range(Rc<RangeObj>),
    /// `d.keys()`, `d.values()`, `d.items()`: live views of a dict.
    DictView(Rc<DictView>),
    /// `slice(start, stop, step)`; each part may be `None`.
    Slice(Rc<[Value; 3]>),
    Function(Rc<Function>),
    /// A built-in function, possibly bound to a receiver (`"a".upper`, `lst.append`).
    Builtin(Rc<BuiltinFunction>),
    /// A Python function bound to an instance.
    Method(Rc<BoundMethod>),
    Class(Rc<Class>),
    Instance(Rc<Instance>),
    Module(Rc<Module>),
    /// An iterator over a built-in sequence or a generator.
    Iter(Rc<RefCell<IterState>>),
    Generator(Rc<RefCell<Generator>>),
    /// A cell for closures (never visible to Python code directly).
    Cell(Rc<RefCell<Option<Value>>>),
    /// A native object with a Rust payload (locks, thread handles, streams).
    Native(Rc<Native>),
    /// `property(fget, fset)`
    Property(Rc<Property>),
    /// `staticmethod(f)` / `classmethod(f)`
    StaticMethod(Rc<Value>),
    ClassMethod(Rc<Value>),
    /// `super()` bound to a class and an instance.
    Super(Rc<(Rc<Class>, Value)>),
    /// A code object (a constant of the enclosing code, turned into a function at run time).
    Code(Rc<Code>),
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<{} {}>", self.type_name(), format::repr_basic(self).unwrap_or_default())
    }
}

/// Which view of a dict a `Value::DictView` is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

/// A live view of a dict: it sees later changes to the dict, as in Python.
#[derive(Clone)]
pub struct DictView {
    pub dict: Rc<RefCell<Dict>>,
    pub kind: DictViewKind,
}

impl DictView {
    pub fn type_name(&self) -> &'static str {
        match self.kind {
            DictViewKind::Keys => "dict_keys",
            DictViewKind::Values => "dict_values",
            DictViewKind::Items => "dict_items",
        }
    }

    /// The view's items now, in the dict's order.
    pub fn items(&self) -> Vec<Value> {
        let d = self.dict.borrow();
        match self.kind {
            DictViewKind::Keys => d.keys().cloned().collect(),
            DictViewKind::Values => d.values().cloned().collect(),
            DictViewKind::Items => d.items().map(|(k, v)| Value::tuple(vec![k.clone(), v.clone()])).collect(),
        }
    }
}

/// `range(start, stop, step)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeObj {
    pub fn len(&self) -> i64 {
        let (start, stop, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 && start < stop {
            (stop - start + step - 1) / step
        } else if step < 0 && start > stop {
            (start - stop - step - 1) / (-step)
        } else {
            0
        };
        // Saturates: `range(-2**63, 2**63 - 1)` is longer than an i64 can count.
        n.min(i64::MAX as i128) as i64
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The `i`-th item, for `0 <= i < len()` (wrapping, never panicking, outside that).
    pub fn get(&self, i: i64) -> i64 {
        self.start.wrapping_add(i.wrapping_mul(self.step))
    }
}

/// A `def` or `lambda` made at run time.
pub struct Function {
    pub code: Rc<Code>,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub globals: Rc<RefCell<Namespace>>,
    /// Default values of the trailing positional parameters.
    pub defaults: Vec<Value>,
    pub kwdefaults: Vec<(Rc<str>, Value)>,
    /// Cells of the free variables, in `code.freevars` order.
    pub closure: Vec<Rc<RefCell<Option<Value>>>>,
    /// Name of the module the function was defined in (`__module__`).
    pub module: Rc<str>,
    /// Attributes set on it (`__dict__`, and `__name__`, `__doc__`... as `functools.wraps` sets
    /// them, which then take precedence over the fields).
    pub attrs: RefCell<Namespace>,
}

/// Positional and keyword arguments of a call.
#[derive(Default, Clone, Debug)]
pub struct Args {
    pub pos: Vec<Value>,
    pub kw: Vec<(Rc<str>, Value)>,
}

impl Args {
    pub fn new(pos: Vec<Value>) -> Self {
        Args { pos, kw: Vec::new() }
    }
    /// Takes keyword argument `name`, if given.
    pub fn take_kw(&mut self, name: &str) -> Option<Value> {
        let i = self.kw.iter().position(|(k, _)| &**k == name)?;
        Some(self.kw.remove(i).1)
    }
}

/// Signature of a function written in Rust. For a bound method the receiver is `args.pos[0]`.
pub type NativeFn = fn(&mut crate::engine::vm::Vm, Args) -> Result<Value, crate::engine::vm::Flow>;

pub struct BuiltinFunction {
    pub name: Rc<str>,
    pub func: NativeFn,
    /// The receiver, for a method of a built-in type or native object.
    pub receiver: Option<Value>,
}

pub struct BoundMethod {
    pub receiver: Value,
    pub func: Value,
}

pub struct Property {
    pub fget: Value,
    pub fset: Value,
}

/// A class: user-defined, or one of the built-in types and exceptions.
pub struct Class {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub module: Rc<str>,
    pub bases: Vec<Rc<Class>>,
    /// Method resolution order, this class first (single inheritance: a chain).
    pub mro: RefCell<Vec<Rc<Class>>>,
    pub dict: RefCell<Namespace>,
    pub builtin: Option<BuiltinType>,
}

impl Class {
    /// Looks a name up along the MRO.
    pub fn lookup(&self, name: &str) -> Option<Value> {
        if let Some(v) = self.dict.borrow().get(name) {
            return Some(v.clone());
        }
        for c in self.mro.borrow().iter().skip(1) {
            if let Some(v) = c.dict.borrow().get(name) {
                return Some(v.clone());
            }
        }
        None
    }

    /// Whether `self` is `other` or derives from it.
    pub fn is_subclass_of(self: &Rc<Self>, other: &Rc<Class>) -> bool {
        Rc::ptr_eq(self, other) || self.mro.borrow().iter().any(|c| Rc::ptr_eq(c, other))
    }

    /// The built-in type this class is or derives from.
    pub fn builtin_base(&self) -> Option<BuiltinType> {
        if self.builtin.is_some() {
            return self.builtin;
        }
        self.mro.borrow().iter().find_map(|c| c.builtin)
    }
}

/// Built-in types whose instances are not `Instance`s.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BuiltinType {
    Object,
    Type,
    NoneType,
    Bool,
    Int,
    Float,
    Str,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Function,
    BuiltinFunction,
    Method,
    Module,
    Iterator,
    Generator,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    Native,
    /// `BaseException` and everything deriving from it.
    BaseException,
}

/// An instance of a user class (or of an exception class).
pub struct Instance {
    pub class: Rc<Class>,
    pub dict: RefCell<Namespace>,
    /// Exception state, for instances of `BaseException` subclasses.
    pub exc: Option<RefCell<ExcData>>,
    /// The built-in value an instance of a subclass of `dict`, `list`, `str`... extends
    /// (`vm::subclass`).
    pub base: Option<Value>,
}

/// What an exception carries besides its attributes.
#[derive(Default)]
pub struct ExcData {
    pub args: Vec<Value>,
    /// Innermost-last frames the exception passed through: (filename, line, function name).
    pub traceback: Vec<TracebackEntry>,
    /// `raise ... from cause`
    pub cause: Option<Value>,
    /// The exception being handled when this one was raised.
    pub context: Option<Value>,
    pub suppress_context: bool,
    /// Re-raised (bare `raise`, or the end of a `finally`) in the frame that already has its
    /// traceback entry: the next unwind step must not add that frame again.
    pub reraised: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TracebackEntry {
    pub line: u32,
    pub function: Rc<str>,
    /// Frames of the library (threading.py...) are not printed, but like CPython's they give
    /// the traceback its "Traceback (most recent call last):" header; `eval`'s and `exec`'s
    /// show as `File "<string>"`.
    pub origin: crate::engine::compile::Origin,
}

pub struct Module {
    pub name: Rc<str>,
    pub dict: Rc<RefCell<Namespace>>,
}

/// Iteration state of built-in iterators.
pub enum IterState {
    Seq {
        seq: Value,
        index: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// Keys of a dict snapshot at creation (a size change is detected at each step).
    DictKeys {
        dict: Rc<RefCell<Dict>>,
        index: usize,
        len: usize,
    },
    /// A fixed list of values to yield (used for dict views, zip, enumerate results...).
    Values {
        items: Rc<[Value]>,
        index: usize,
    },
    /// `enumerate(it, start)`
    Enumerate {
        inner: Value,
        count: Value,
    },
    /// `zip(*its)`
    Zip {
        inners: Vec<Value>,
    },
    /// `map(f, *its)` / `filter(f, it)`
    Map {
        func: Value,
        inners: Vec<Value>,
    },
    Filter {
        func: Value,
        inner: Value,
    },
    /// `reversed(seq)`
    Reversed {
        seq: Value,
        index: usize,
    },
    Done,
}

/// A suspended generator: its frame lives here between `next()` calls.
pub struct Generator {
    pub name: Rc<str>,
    pub frame: Option<Box<crate::engine::vm::Frame>>,
    pub running: bool,
    pub finished: bool,
    /// The exceptions its `except` blocks were handling when it last yielded.
    pub handling: Vec<Value>,
}

/// A native object: a Rust payload with a Python-visible type name.
pub struct Native {
    pub type_name: &'static str,
    pub payload: NativePayload,
}

pub enum NativePayload {
    /// `sys.stdout` / `sys.stderr`.
    Stream(crate::engine::trace::Stream),
    /// A lock (`_thread.allocate_lock()`): index into the VM's lock table.
    Lock(usize),
    /// A Mersenne Twister generator (`random.Random`).
    Random(Box<RefCell<rand_mt::Mt>>),
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::from(s))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::from(items))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(RefCell::new(items)))
    }

    /// An int from a big integer, normalised to the small form when it fits.
    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }

    /// The name `type(x).__name__` gives.
    pub fn type_name(&self) -> Rc<str> {
        Rc::from(match self {
            Value::None => "NoneType",
            Value::Ellipsis => "ellipsis",
            Value::NotImplemented => "NotImplementedType",
            Value::Bool(_) => "bool",
            Value::Int(_) | Value::BigInt(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::List(_) => "list",
            Value::Tuple(_) => "tuple",
            Value::Dict(_) => "dict",
            Value::Set(_) => "set",
            Value::FrozenSet(_) => "frozenset",
            Value::Range(_) => "range",
            Value::DictView(v) => v.type_name(),
            Value::Slice(_) => "slice",
            Value::Function(_) => "function",
            Value::Builtin(_) => "builtin_function_or_method",
            Value::Method(_) => "method",
            Value::Class(_) => "type",
            Value::Instance(i) => return i.class.name.clone(),
            Value::Module(_) => "module",
            Value::Iter(it) => match &*it.borrow() {
                IterState::Range { .. } => "range_iterator",
                IterState::Seq { seq: Value::List(_), .. } => "list_iterator",
                IterState::Seq { seq: Value::Tuple(_), .. } => "tuple_iterator",
                IterState::Seq { seq: Value::Str(_), .. } => "str_ascii_iterator",
                IterState::DictKeys { .. } => "dict_keyiterator",
                IterState::Enumerate { .. } => "enumerate",
                IterState::Zip { .. } => "zip",
                IterState::Map { .. } => "map",
                IterState::Filter { .. } => "filter",
                IterState::Reversed { .. } => "list_reverseiterator",
                _ => "iterator",
            },
            Value::Generator(_) => "generator",
            Value::Cell(_) => "cell",
            Value::Native(n) => n.type_name,
            Value::Property(_) => "property",
            Value::StaticMethod(_) => "staticmethod",
            Value::ClassMethod(_) => "classmethod",
            Value::Super(_) => "super",
            Value::Code(_) => "code",
        })
    }

    /// Identity comparison (`is`).
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::Ellipsis, Value::Ellipsis) => true,
            (Value::NotImplemented, Value::NotImplemented) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            // Small ints are cached in CPython (-5..=256); other equal ints usually are not the
            // same object, but a learner comparing ints with `is` gets CPython's cached answer.
            (Value::Int(a), Value::Int(b)) => a == b && (-5..=256).contains(a),
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Str(a), Value::Str(b)) => Rc::ptr_eq(a, b) || (a.len() <= 1 && a == b),
            _ => match (self.identity(), other.identity()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// A stable address for heap objects (used by `id()`, `is` and default reprs).
    pub fn identity(&self) -> Option<usize> {
        Some(match self {
            Value::BigInt(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Str(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::List(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Tuple(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Dict(r) | Value::Set(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::FrozenSet(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Range(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::DictView(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Slice(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Function(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Builtin(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Method(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Class(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Instance(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Module(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Iter(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Generator(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Cell(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Native(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Property(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::StaticMethod(r) | Value::ClassMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Super(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Code(r) => Rc::as_ptr(r) as *const u8 as usize,
            _ => return None,
        })
    }

    /// Truth value for built-in types; `None` for instances (which may define `__bool__`/`__len__`).
    pub fn truthy_basic(&self) -> Option<bool> {
        Some(match self {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::BigInt(_) => true,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::List(l) => !l.borrow().is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::Dict(d) | Value::Set(d) => !d.borrow().is_empty(),
            Value::FrozenSet(d) => !d.is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::DictView(v) => !v.dict.borrow().is_empty(),
            Value::Instance(_) => return None,
            _ => true,
        })
    }
}

/// A failure inside an operator or a built-in method, before it becomes a Python exception.
#[derive(Clone, Debug, PartialEq)]
pub struct OpError {
    /// Name of the built-in exception class: "TypeError", "ValueError", ...
    pub kind: &'static str,
    pub message: String,
}

impl OpError {
    pub fn new(kind: &'static str, message: impl Into<String>) -> Self {
        OpError { kind, message: message.into() }
    }
    pub fn type_error(message: impl Into<String>) -> Self {
        OpError::new("TypeError", message)
    }
    pub fn value_error(message: impl Into<String>) -> Self {
        OpError::new("ValueError", message)
    }
}
