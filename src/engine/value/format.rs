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

/// `repr(v)` for values built only from scalars and built-in containers (`[1, (2, 'a')]`,
/// `{'k': {1, 2}}`), for error messages written without the VM. `None` when an instance or other
/// object inside needs the VM's repr, or when nesting is absurdly deep.
pub fn plain_repr(v: &Value) -> Option<String> {
    plain_repr_depth(v, 0)
}

fn plain_repr_depth(v: &Value, depth: u32) -> Option<String> {
    if let Some(s) = repr_basic(v) {
        return Some(s);
    }
    if depth > 50 {
        return None;
    }
    let join = |items: &mut dyn Iterator<Item = Value>| -> Option<Vec<String>> {
        items.map(|x| plain_repr_depth(&x, depth + 1)).collect()
    };
    Some(match v {
        Value::List(l) => {
            let items = l.borrow().clone();
            format!("[{}]", join(&mut items.into_iter())?.join(", "))
        }
        Value::DictView(view) => format!("{}([{}])", view.type_name(), join(&mut view.items().into_iter())?.join(", ")),
        Value::Tuple(t) if t.len() == 1 => format!("({},)", plain_repr_depth(&t[0], depth + 1)?),
        Value::Tuple(t) => format!("({})", join(&mut t.iter().cloned())?.join(", ")),
        Value::Dict(d) => {
            let items: Vec<(Value, Value)> = d.borrow().items().map(|(k, v)| (k.clone(), v.clone())).collect();
            let parts: Option<Vec<String>> = items
                .iter()
                .map(|(k, v)| Some(format!("{}: {}", plain_repr_depth(k, depth + 1)?, plain_repr_depth(v, depth + 1)?)))
                .collect();
            format!("{{{}}}", parts?.join(", "))
        }
        Value::Set(d) => {
            let keys = super::set_order::set_items(&d.borrow());
            if keys.is_empty() {
                "set()".into()
            } else {
                format!("{{{}}}", join(&mut keys.into_iter())?.join(", "))
            }
        }
        Value::FrozenSet(d) => {
            let keys = super::set_order::set_items(d);
            if keys.is_empty() {
                "frozenset()".into()
            } else {
                format!("frozenset({{{}}})", join(&mut keys.into_iter())?.join(", "))
            }
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

/// Escapes every non-ASCII character of `text` as `ascii()` does with a repr.
pub fn ascii_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_escape(&mut out, c);
        }
    }
    out
}

/// `ascii(s)` for a string: its repr with every non-ASCII character escaped.
pub fn str_ascii(s: &str) -> String {
    ascii_escape(&str_repr(s))
}

/// `format(v, spec)` for ints, bools, floats and strings: the whole format-spec mini-language
/// (`[[fill]align][sign][z][#][0][width][grouping][.precision][type]`) with CPython's errors.
/// An empty spec gives `str(v)` (`True` for a bool; with a spec, bools format as ints).
pub fn format_spec(v: &Value, spec: &str) -> Result<String, OpError> {
    super::format_spec::format_value(v, spec)
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
        /// Automatic numbering inside it is already resolved: `"{:{}}"` gives the spec `"{1}"`.
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

/// Automatic (`{}`) or manual (`{0}`) field numbering: a template may not mix them.
#[derive(Clone, Copy, PartialEq)]
enum Numbering {
    Unknown,
    Auto(usize),
    Manual,
}

/// Parses a `str.format` template (automatic numbering resolved to indexes; mixing manual and
/// automatic numbering is CPython's ValueError). The syntax is checked up front, so an error in
/// the template is reported even where CPython would first have failed on an earlier field.
pub fn parse_format_string(template: &str) -> Result<Vec<FormatPiece>, OpError> {
    let chars: Vec<char> = template.chars().collect();
    let mut numbering = Numbering::Unknown;
    parse_template(&chars, &mut numbering, 2)
}

fn value_error(message: &str) -> OpError {
    OpError::value_error(message)
}

/// CPython's `MarkupIterator`; `depth` is the nesting budget ("Max string recursion exceeded").
fn parse_template(chars: &[char], numbering: &mut Numbering, depth: u32) -> Result<Vec<FormatPiece>, OpError> {
    if depth == 0 {
        return Err(value_error("Max string recursion exceeded"));
    }
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let mut pos = 0;
    while pos < chars.len() {
        let c = chars[pos];
        pos += 1;
        match c {
            '{' | '}' if chars.get(pos) == Some(&c) => {
                literal.push(c);
                pos += 1;
            }
            '}' => return Err(value_error("Single '}' encountered in format string")),
            '{' if pos >= chars.len() => return Err(value_error("Single '{' encountered in format string")),
            '{' => {
                if !literal.is_empty() {
                    pieces.push(FormatPiece::Literal(std::mem::take(&mut literal)));
                }
                pieces.push(parse_field(chars, &mut pos, numbering, depth)?);
            }
            c => literal.push(c),
        }
    }
    if !literal.is_empty() {
        pieces.push(FormatPiece::Literal(literal));
    }
    Ok(pieces)
}

/// Parses one replacement field after its `{`, leaving `pos` after its `}`.
fn parse_field(chars: &[char], pos: &mut usize, numbering: &mut Numbering, depth: u32) -> Result<FormatPiece, OpError> {
    // The field name ends at '}', ':' or '!' outside brackets.
    let name_start = *pos;
    let mut end_char = None;
    while *pos < chars.len() {
        let c = chars[*pos];
        *pos += 1;
        match c {
            '{' => return Err(value_error("unexpected '{' in field name")),
            '[' => {
                while *pos < chars.len() && chars[*pos] != ']' {
                    *pos += 1;
                }
            }
            '}' | ':' | '!' => {
                end_char = Some(c);
                break;
            }
            _ => {}
        }
    }
    let name_end = if end_char.is_some() { *pos - 1 } else { *pos };
    let name = &chars[name_start..name_end];
    let mut conversion = None;
    let mut raw_spec: &[char] = &[];
    match end_char {
        Some('}') => {}
        Some(c) => {
            let mut has_spec = true;
            if c == '!' {
                let conv = *chars
                    .get(*pos)
                    .ok_or_else(|| value_error("end of string while looking for conversion specifier"))?;
                *pos += 1;
                conversion = Some(conv);
                if let Some(&next) = chars.get(*pos) {
                    *pos += 1;
                    match next {
                        '}' => has_spec = false,
                        ':' => {}
                        _ => return Err(value_error("expected ':' after conversion specifier")),
                    }
                }
            }
            if has_spec {
                let spec_start = *pos;
                let mut count = 1;
                loop {
                    let Some(&c) = chars.get(*pos) else {
                        return Err(value_error("unmatched '{' in format spec"));
                    };
                    *pos += 1;
                    match c {
                        '{' => count += 1,
                        '}' => {
                            count -= 1;
                            if count == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                raw_spec = &chars[spec_start..*pos - 1];
            }
        }
        None => return Err(value_error("expected '}' before end of string")),
    }
    // CPython's order: the field's own number, then its conversion, then the nested spec.
    let (arg, accessors) = parse_field_name(name, numbering)?;
    if let Some(c) = conversion {
        if !matches!(c, 'r' | 's' | 'a') {
            let shown = if (c as u32) > 32 && (c as u32) < 128 { c.to_string() } else { format!("\\x{:x}", c as u32) };
            return Err(OpError::value_error(format!("Unknown conversion specifier {shown}")));
        }
    }
    let spec = if raw_spec.contains(&'{') {
        unparse(&parse_template(raw_spec, numbering, depth - 1)?)
    } else {
        raw_spec.iter().collect()
    };
    Ok(FormatPiece::Field { arg, accessors, conversion, spec })
}

/// All-digit text as a number; `None` if any character is not a digit (or there is none).
fn digits_value(text: &[char]) -> Result<Option<usize>, OpError> {
    if text.is_empty() || !text.iter().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    let mut n: usize = 0;
    for c in text {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(c.to_digit(10).unwrap_or(0) as usize))
            .filter(|&n| n <= i64::MAX as usize)
            .ok_or_else(|| value_error("Too many decimal digits in format string"))?;
    }
    Ok(Some(n))
}

/// `0.attr[key]` into the argument and its accessors (CPython's `field_name_split`).
fn parse_field_name(name: &[char], numbering: &mut Numbering) -> Result<(FieldArg, Vec<FieldAccessor>), OpError> {
    let first_len = name.iter().position(|&c| c == '.' || c == '[').unwrap_or(name.len());
    let first = &name[..first_len];
    let index = digits_value(first)?;
    let arg = if first.is_empty() {
        match *numbering {
            Numbering::Manual => {
                return Err(value_error("cannot switch from manual field specification to automatic field numbering"))
            }
            Numbering::Unknown => {
                *numbering = Numbering::Auto(1);
                FieldArg::Index(0)
            }
            Numbering::Auto(n) => {
                *numbering = Numbering::Auto(n + 1);
                FieldArg::Index(n)
            }
        }
    } else if let Some(i) = index {
        if let Numbering::Auto(_) = numbering {
            return Err(value_error("cannot switch from automatic field numbering to manual field specification"));
        }
        *numbering = Numbering::Manual;
        FieldArg::Index(i)
    } else {
        FieldArg::Name(first.iter().collect())
    };
    let mut accessors = Vec::new();
    let mut pos = first_len;
    while pos < name.len() {
        let c = name[pos];
        pos += 1;
        match c {
            '.' => {
                let start = pos;
                while pos < name.len() && name[pos] != '.' && name[pos] != '[' {
                    pos += 1;
                }
                if pos == start {
                    return Err(value_error("Empty attribute in format string"));
                }
                accessors.push(FieldAccessor::Attr(name[start..pos].iter().collect()));
            }
            '[' => {
                let start = pos;
                while pos < name.len() && name[pos] != ']' {
                    pos += 1;
                }
                if pos >= name.len() {
                    return Err(value_error("Missing ']' in format string"));
                }
                let key = &name[start..pos];
                pos += 1;
                if key.is_empty() {
                    return Err(value_error("Empty attribute in format string"));
                }
                accessors.push(match digits_value(key)? {
                    Some(i) => FieldAccessor::Index(i as i64),
                    None => FieldAccessor::Key(key.iter().collect()),
                });
            }
            _ => return Err(value_error("Only '.' or '[' may follow ']' in format field specifier")),
        }
    }
    Ok((arg, accessors))
}

/// Writes parsed pieces back as a template (used for nested specs, with numbering resolved).
fn unparse(pieces: &[FormatPiece]) -> String {
    let mut out = String::new();
    for p in pieces {
        match p {
            FormatPiece::Literal(s) => out.push_str(&s.replace('{', "{{").replace('}', "}}")),
            FormatPiece::Field { arg, accessors, conversion, spec } => {
                out.push('{');
                match arg {
                    FieldArg::Index(i) => out.push_str(&i.to_string()),
                    FieldArg::Name(n) => out.push_str(n),
                }
                for a in accessors {
                    match a {
                        FieldAccessor::Attr(n) => {
                            out.push('.');
                            out.push_str(n);
                        }
                        FieldAccessor::Index(i) => out.push_str(&format!("[{i}]")),
                        FieldAccessor::Key(k) => out.push_str(&format!("[{k}]")),
                    }
                }
                if let Some(c) = conversion {
                    out.push('!');
                    out.push(*c);
                }
                if !spec.is_empty() {
                    out.push(':');
                    out.push_str(spec);
                }
                out.push('}');
            }
        }
    }
    out
}

/// `template % args`: `args` is a tuple, a dict (for `%(name)s`), or a single value.
/// `to_text(value, repr)` renders `%s` (repr = false) and `%r` (repr = true) operands, which may
/// need Python code. A missing `%(name)s` key is a `KeyError` whose message is the key's repr.
pub fn percent_format(
    template: &str,
    args: &Value,
    to_text: &mut dyn FnMut(&Value, bool) -> Result<String, OpError>,
) -> Result<String, OpError> {
    super::percent::format(template, args, to_text)
}

#[cfg(test)]
mod tests;
