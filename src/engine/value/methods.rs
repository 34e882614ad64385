//! Methods of built-in types that need no Python code: `str`, `list`, `tuple`, `dict`, `set`,
//! `frozenset`. (Methods that call back into Python, such as `list.sort(key=...)`, are the VM's.)
//!
//! Each method is listed once in `METHODS` with the shape of its arguments, so that argument
//! errors carry CPython's exact wording; the bodies live in `str_methods`, `list_methods`,
//! `dict_methods` and `set_methods`.
//!
//! `call_method` returns `None` — "not handled here, the VM's job" — when the method does not
//! exist for the receiver's type, and also when the answer needs Python code:
//! - an iterable argument that only the VM can iterate (an iterator, a generator, an instance)
//!   given to `list.extend`, `str.join`, `dict.update` or the `set` methods taking iterables: the
//!   VM can turn it into a list and call again;
//! - `list.sort` with a `key` function, or on a list holding instances (which may define `__lt__`).

use super::ops::iter_builtin;
use super::{Args, OpError, Value};

pub use super::ops::MAX_CONTAINER_LEN;

/// How a method takes its arguments, which decides CPython's wording of argument errors.
#[derive(Clone, Copy, Debug)]
pub(super) enum Shape {
    /// `str.upper()`: "str.upper() takes no arguments (1 given)".
    NoArgs,
    /// `list.append(x)`: "list.append() takes exactly one argument (0 given)".
    One,
    /// Argument Clinic positional-only: "pop expected at most 1 argument, got 2".
    Clinic(usize, usize),
    /// Older parsing: "find() takes at least 1 argument (0 given)".
    Legacy(usize, usize),
    /// Any number of positional arguments (`set.union(*others)`).
    Star,
    /// Accepts these keywords besides positional arguments (counted together, legacy wording).
    Keywords(usize, &'static [&'static str]),
}

type Entry = (&'static str, Shape);

const STR_METHODS: &[Entry] = &[
    ("capitalize", Shape::NoArgs),
    ("casefold", Shape::NoArgs),
    ("center", Shape::Clinic(1, 2)),
    ("count", Shape::Legacy(1, 3)),
    ("endswith", Shape::Legacy(1, 3)),
    ("expandtabs", Shape::Keywords(1, &["tabsize"])),
    ("find", Shape::Legacy(1, 3)),
    ("index", Shape::Legacy(1, 3)),
    ("isalnum", Shape::NoArgs),
    ("isalpha", Shape::NoArgs),
    ("isascii", Shape::NoArgs),
    ("isdecimal", Shape::NoArgs),
    ("isdigit", Shape::NoArgs),
    ("isidentifier", Shape::NoArgs),
    ("islower", Shape::NoArgs),
    ("isnumeric", Shape::NoArgs),
    ("isprintable", Shape::NoArgs),
    ("isspace", Shape::NoArgs),
    ("istitle", Shape::NoArgs),
    ("isupper", Shape::NoArgs),
    ("join", Shape::One),
    ("ljust", Shape::Clinic(1, 2)),
    ("lower", Shape::NoArgs),
    ("lstrip", Shape::Clinic(0, 1)),
    ("partition", Shape::One),
    ("removeprefix", Shape::One),
    ("removesuffix", Shape::One),
    ("replace", Shape::Clinic(2, 3)),
    ("rfind", Shape::Legacy(1, 3)),
    ("rindex", Shape::Legacy(1, 3)),
    ("rjust", Shape::Clinic(1, 2)),
    ("rpartition", Shape::One),
    ("rsplit", Shape::Keywords(2, &["sep", "maxsplit"])),
    ("rstrip", Shape::Clinic(0, 1)),
    ("split", Shape::Keywords(2, &["sep", "maxsplit"])),
    ("splitlines", Shape::Keywords(1, &["keepends"])),
    ("startswith", Shape::Legacy(1, 3)),
    ("strip", Shape::Clinic(0, 1)),
    ("swapcase", Shape::NoArgs),
    ("title", Shape::NoArgs),
    ("upper", Shape::NoArgs),
    ("zfill", Shape::One),
];

const LIST_METHODS: &[Entry] = &[
    ("append", Shape::One),
    ("clear", Shape::NoArgs),
    ("copy", Shape::NoArgs),
    ("count", Shape::One),
    ("extend", Shape::One),
    ("index", Shape::Clinic(1, 3)),
    ("insert", Shape::Clinic(2, 2)),
    ("pop", Shape::Clinic(0, 1)),
    ("remove", Shape::One),
    ("reverse", Shape::NoArgs),
    ("sort", Shape::Keywords(0, &["key", "reverse"])),
];

const TUPLE_METHODS: &[Entry] = &[("count", Shape::One), ("index", Shape::Clinic(1, 3))];

const DICT_METHODS: &[Entry] = &[
    ("clear", Shape::NoArgs),
    ("copy", Shape::NoArgs),
    ("fromkeys", Shape::Clinic(1, 2)),
    ("get", Shape::Clinic(1, 2)),
    ("items", Shape::NoArgs),
    ("keys", Shape::NoArgs),
    ("pop", Shape::Clinic(1, 2)),
    ("popitem", Shape::NoArgs),
    ("setdefault", Shape::Clinic(1, 2)),
    // Any keywords: they are the entries to add.
    ("update", Shape::Clinic(0, 1)),
    ("values", Shape::NoArgs),
];

const SET_METHODS: &[Entry] = &[
    ("add", Shape::One),
    ("clear", Shape::NoArgs),
    ("copy", Shape::NoArgs),
    ("difference", Shape::Star),
    ("difference_update", Shape::Star),
    ("discard", Shape::One),
    ("intersection", Shape::Star),
    ("intersection_update", Shape::Star),
    ("isdisjoint", Shape::One),
    ("issubset", Shape::One),
    ("issuperset", Shape::One),
    ("pop", Shape::NoArgs),
    ("remove", Shape::One),
    ("symmetric_difference", Shape::One),
    ("symmetric_difference_update", Shape::One),
    ("union", Shape::Star),
    ("update", Shape::Star),
];

const FROZENSET_METHODS: &[Entry] = &[
    ("copy", Shape::NoArgs),
    ("difference", Shape::Star),
    ("intersection", Shape::Star),
    ("isdisjoint", Shape::One),
    ("issubset", Shape::One),
    ("issuperset", Shape::One),
    ("symmetric_difference", Shape::One),
    ("union", Shape::Star),
];

fn table(receiver: &Value) -> Option<(&'static str, &'static [Entry])> {
    Some(match receiver {
        Value::Str(_) => ("str", STR_METHODS),
        Value::List(_) => ("list", LIST_METHODS),
        Value::Tuple(_) => ("tuple", TUPLE_METHODS),
        Value::Dict(_) => ("dict", DICT_METHODS),
        Value::Set(_) => ("set", SET_METHODS),
        Value::FrozenSet(_) => ("frozenset", FROZENSET_METHODS),
        _ => return None,
    })
}

fn lookup(receiver: &Value, name: &str) -> Option<(&'static str, &'static Entry)> {
    let (type_name, entries) = table(receiver)?;
    entries.iter().find(|(n, _)| *n == name).map(|e| (type_name, e))
}

/// The method's name if `receiver`'s type has a method called `name` handled here.
pub fn method_name(receiver: &Value, name: &str) -> Option<&'static str> {
    lookup(receiver, name).map(|(_, (n, _))| *n)
}

/// Calls method `name` of a built-in value. `None` if there is no such method, or if the call
/// needs the VM (see the module documentation). A `KeyError` whose key is the first argument
/// (`d.pop(k)`, `s.remove(k)`) carries the key's repr as its message; other `KeyError`s carry
/// CPython's text (`popitem(): dictionary is empty`).
pub fn call_method(receiver: &Value, name: &str, args: Args) -> Option<Result<Value, OpError>> {
    let (type_name, &(name, shape)) = lookup(receiver, name)?;
    if let Err(e) = check_shape(type_name, name, shape, &args) {
        return Some(Err(e));
    }
    match receiver {
        Value::Str(s) => super::str_methods::call(s, name, args),
        Value::List(l) => super::list_methods::call_list(l, name, args),
        Value::Tuple(t) => super::list_methods::call_tuple(t, name, args),
        Value::Dict(d) => super::dict_methods::call(d, name, args),
        Value::Set(_) | Value::FrozenSet(_) => super::set_methods::call(receiver, name, args),
        _ => None,
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Checks the number of arguments and the keywords against CPython's rules for the method.
fn check_shape(type_name: &str, name: &str, shape: Shape, args: &Args) -> Result<(), OpError> {
    let n = args.pos.len();
    let te = |m: String| Err(OpError::type_error(m));
    match shape {
        Shape::Keywords(max, allowed) => {
            let total = n + args.kw.len();
            if name == "sort" {
                if total > 2 {
                    return te(format!("sort() takes at most 2 arguments ({total} given)"));
                }
                if n > 0 {
                    return te("sort() takes no positional arguments".into());
                }
            } else if total > max {
                return te(format!("{name}() takes at most {max} argument{} ({total} given)", plural(max)));
            }
            if let Some((k, _)) = args.kw.iter().find(|(k, _)| !allowed.contains(&&**k)) {
                return te(format!("'{k}' is an invalid keyword argument for {name}()"));
            }
            return Ok(());
        }
        _ if !args.kw.is_empty() && (type_name != "dict" || name != "update") => {
            return te(match shape {
                Shape::Legacy(..) | Shape::Star => format!("{name}() takes no keyword arguments"),
                _ => format!("{type_name}.{name}() takes no keyword arguments"),
            });
        }
        _ => {}
    }
    match shape {
        Shape::NoArgs if n > 0 => te(format!("{type_name}.{name}() takes no arguments ({n} given)")),
        Shape::One if n != 1 => te(format!("{type_name}.{name}() takes exactly one argument ({n} given)")),
        Shape::Clinic(min, max) if n < min || n > max => {
            let (bound, which) = if n < min { (min, "at least ") } else { (max, "at most ") };
            let which = if min == max { "" } else { which };
            te(format!("{name} expected {which}{bound} argument{}, got {n}", plural(bound)))
        }
        Shape::Legacy(min, _) if n < min => {
            te(format!("{name}() takes at least {min} argument{} ({n} given)", plural(min)))
        }
        Shape::Legacy(_, max) if n > max => {
            te(format!("{name}() takes at most {max} argument{} ({n} given)", plural(max)))
        }
        _ => Ok(()),
    }
}

/// The items of an iterable argument: `Ok(Some(items))` for built-in collections, `Ok(None)` for
/// iterables only the VM can iterate, CPython's TypeError for the rest.
pub(super) fn iterable_items(v: &Value) -> Result<Option<Vec<Value>>, OpError> {
    if let Some(items) = iter_builtin(v)? {
        return Ok(Some(items));
    }
    match v {
        Value::Iter(_) | Value::Generator(_) | Value::Instance(_) => Ok(None),
        _ => Err(not_iterable(v)),
    }
}

pub(super) fn not_iterable(v: &Value) -> OpError {
    OpError::type_error(format!("'{}' object is not iterable", v.type_name()))
}

/// A repr for an error message ("5 is not in list"): exact for values made of scalars and
/// built-in containers, `<T object>` otherwise.
pub(super) fn message_repr(v: &Value) -> String {
    super::format::plain_repr(v).unwrap_or_else(|| format!("<{} object>", v.type_name()))
}

#[cfg(test)]
mod tests;
