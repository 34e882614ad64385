//! Methods of `str` (`"a b".split()`, `s.strip("xy")`, `s.center(9, "*")`...) and the character
//! classes they rest on (Python's notion of whitespace, digits, cased letters). Indexes are in
//! characters, as in Python. Reached through `methods::call_method`, which has checked the
//! number of arguments.
//!
//! Character classes are exact for ASCII; beyond it they follow Rust's Unicode tables, which
//! differ from CPython's in rare corners (`'一'.isnumeric()` is false here, for instance).

use super::case;
use super::int::IntRef;
use super::methods::iterable_items;
use super::ops::{check_len, to_index};
use super::{Args, OpError, Value};
use std::rc::Rc;

/// Python's `str.isspace()` for one character (Unicode White_Space plus the ASCII separators
/// `\x1c`..`\x1f`, which `str.split()` and `str.strip()` also treat as whitespace).
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// A decimal digit (category Nd): ASCII digits and the other scripts' digits `int()` accepts.
pub fn is_decimal(c: char) -> bool {
    c.is_ascii_digit() || super::int::unicode_digit(c).is_some()
}

/// `str.isdigit()`: decimals plus superscript and subscript digits.
pub fn is_digit(c: char) -> bool {
    is_decimal(c)
        || matches!(c, '\u{b2}' | '\u{b3}' | '\u{b9}' | '\u{2070}' | '\u{2074}'..='\u{2079}' | '\u{2080}'..='\u{2089}')
}

/// `str.isnumeric()`: digits plus other numeric characters (fractions, Roman numerals...).
pub fn is_numeric(c: char) -> bool {
    is_digit(c) || c.is_numeric()
}

pub fn is_alpha(c: char) -> bool {
    c.is_alphabetic() && !c.is_numeric()
}

fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || titlecase_letter(c)
}

pub(super) fn titlecase_letter(c: char) -> bool {
    matches!(c, '\u{1c5}' | '\u{1c8}' | '\u{1cb}' | '\u{1f2}')
}

/// Title case of one character (upper case, except for the few digraphs and `ß`).
fn push_title(out: &mut String, c: char) {
    match c {
        '\u{1c4}'..='\u{1c6}' => out.push('\u{1c5}'),
        '\u{1c7}'..='\u{1c9}' => out.push('\u{1c8}'),
        '\u{1ca}'..='\u{1cc}' => out.push('\u{1cb}'),
        '\u{1f1}'..='\u{1f3}' => out.push('\u{1f2}'),
        '\u{df}' => out.push_str("Ss"),
        c => case::push_upper(out, c),
    }
}

fn type_error(message: String) -> OpError {
    OpError::type_error(message)
}

/// The text of a str argument, or `message(type name)` as a TypeError.
fn str_arg(v: &Value, message: impl Fn(&str) -> String) -> Result<&str, OpError> {
    match v {
        Value::Str(s) => Ok(s),
        _ => Err(type_error(message(&v.type_name()))),
    }
}

/// A `start`/`end` argument of `find` and friends: None, or an int (clamped when huge).
fn slice_arg(v: Option<&Value>) -> Result<Option<i64>, OpError> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match IntRef::of(v) {
            Some(IntRef::Small(i)) => Ok(Some(i)),
            Some(IntRef::Big(b)) => Ok(Some(if num_traits::Signed::is_negative(b) { i64::MIN } else { i64::MAX })),
            None => Err(type_error("slice indices must be integers or None or have an __index__ method".into())),
        },
    }
}

/// CPython's `ADJUST_INDICES`: the end is clamped to the length, the start is not.
fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

/// The characters `start..end` of `chars` as a string (empty if the range is empty).
fn window(chars: &[char], start: i64, end: i64) -> String {
    if start >= end {
        return String::new();
    }
    chars.get(start as usize..end as usize).unwrap_or(&[]).iter().collect()
}

fn char_offset(text: &str, byte: usize) -> i64 {
    text.get(..byte).map_or(0, |t| t.chars().count() as i64)
}

fn find_like(s: &str, name: &str, args: &Args) -> Result<Value, OpError> {
    let sub = str_arg(&args.pos[0], |t| format!("must be str, not {t}"))?;
    let start = slice_arg(args.pos.get(1))?;
    let end = slice_arg(args.pos.get(2))?;
    let chars: Vec<char> = s.chars().collect();
    let (start, end) = adjust(start, end, chars.len());
    let sub_len = sub.chars().count() as i64;
    if name == "count" {
        if end - start < sub_len {
            return Ok(Value::Int(0));
        }
        return Ok(Value::Int(window(&chars, start, end).matches(sub).count() as i64));
    }
    let found = if end - start < sub_len {
        None
    } else {
        let w = window(&chars, start, end);
        let pos = if name.starts_with('r') { w.rfind(sub) } else { w.find(sub) };
        pos.map(|b| start + char_offset(&w, b))
    };
    match (found, name) {
        (Some(i), _) => Ok(Value::Int(i)),
        (None, "index" | "rindex") => Err(OpError::value_error("substring not found")),
        (None, _) => Ok(Value::Int(-1)),
    }
}

fn starts_or_ends(s: &str, name: &str, args: &Args) -> Result<Value, OpError> {
    let chars: Vec<char> = s.chars().collect();
    let start = slice_arg(args.pos.get(1))?;
    let end = slice_arg(args.pos.get(2))?;
    let (start, end) = adjust(start, end, chars.len());
    let matches = |affix: &str| -> bool {
        let n = affix.chars().count() as i64;
        if start > chars.len() as i64 || end - start < n {
            return false;
        }
        let w = window(&chars, start, end);
        if name == "startswith" {
            w.starts_with(affix)
        } else {
            w.ends_with(affix)
        }
    };
    match &args.pos[0] {
        Value::Str(affix) => Ok(Value::Bool(matches(affix))),
        Value::Tuple(items) => {
            for item in items.iter() {
                match item {
                    Value::Str(affix) if matches(affix) => return Ok(Value::Bool(true)),
                    Value::Str(_) => {}
                    other => {
                        return Err(type_error(format!(
                            "tuple for {name} must only contain str, not {}",
                            other.type_name()
                        )))
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        other => Err(type_error(format!("{name} first arg must be str or a tuple of str, not {}", other.type_name()))),
    }
}

/// `sep` and `maxsplit` of `split`/`rsplit`, positional or by keyword.
fn split_args(args: &Args) -> Result<(Option<String>, i64), OpError> {
    let mut sep = args.pos.first().cloned();
    let mut maxsplit = args.pos.get(1).cloned();
    for (k, v) in &args.kw {
        match &**k {
            "sep" => sep = Some(v.clone()),
            _ => maxsplit = Some(v.clone()),
        }
    }
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) => {
            if s.is_empty() {
                return Err(OpError::value_error("empty separator"));
            }
            Some(s.to_string())
        }
        Some(other) => return Err(type_error(format!("must be str or None, not {}", other.type_name()))),
    };
    let maxsplit = match maxsplit {
        Some(v) => to_index(&v)?,
        None => -1,
    };
    Ok((sep, maxsplit))
}

fn split_whitespace(s: &str, maxsplit: i64) -> Vec<String> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut left = if maxsplit < 0 { i64::MAX } else { maxsplit };
    let mut i = 0;
    loop {
        while i < chars.len() && is_space(chars[i]) {
            i += 1;
        }
        if i == chars.len() {
            break;
        }
        if left == 0 {
            out.push(chars[i..].iter().collect());
            break;
        }
        let start = i;
        while i < chars.len() && !is_space(chars[i]) {
            i += 1;
        }
        out.push(chars[start..i].iter().collect());
        left -= 1;
    }
    out
}

fn rsplit_whitespace(s: &str, maxsplit: i64) -> Vec<String> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut left = if maxsplit < 0 { i64::MAX } else { maxsplit };
    let mut i = chars.len();
    loop {
        while i > 0 && is_space(chars[i - 1]) {
            i -= 1;
        }
        if i == 0 {
            break;
        }
        if left == 0 {
            out.push(chars[..i].iter().collect());
            break;
        }
        let end = i;
        while i > 0 && !is_space(chars[i - 1]) {
            i -= 1;
        }
        out.push(chars[i..end].iter().collect());
        left -= 1;
    }
    out.reverse();
    out
}

fn str_list(items: Vec<String>) -> Value {
    Value::list(items.iter().map(|s| Value::str(s)).collect())
}

fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

fn splitlines(s: &str, keepends: bool) -> Vec<String> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        if is_line_break(chars[i]) {
            let mut end = i + 1;
            if chars[i] == '\r' && chars.get(i + 1) == Some(&'\n') {
                end += 1;
            }
            let stop = if keepends { end } else { i };
            out.push(chars[start..stop].iter().collect());
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < chars.len() {
        out.push(chars[start..].iter().collect());
    }
    out
}

fn fill_char(v: Option<&Value>) -> Result<char, OpError> {
    match v {
        None => Ok(' '),
        Some(Value::Str(s)) => {
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(type_error("The fill character must be exactly one character long".into())),
            }
        }
        Some(other) => {
            Err(type_error(format!("The fill character must be a unicode character, not {}", other.type_name())))
        }
    }
}

/// `center`, `ljust`, `rjust`.
fn justify(s: &str, name: &str, args: &Args) -> Result<Value, OpError> {
    let width = to_index(&args.pos[0])?;
    let fill = fill_char(args.pos.get(1))?;
    let len = s.chars().count() as i64;
    if width <= len {
        return Ok(Value::str(s));
    }
    check_len(width as usize)?;
    let marg = width - len;
    let left = match name {
        "ljust" => 0,
        "rjust" => marg,
        _ => marg / 2 + (marg & width & 1),
    };
    let mut out = String::with_capacity(s.len() + marg as usize);
    out.extend(std::iter::repeat_n(fill, left as usize));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, (marg - left) as usize));
    Ok(Value::str(&out))
}

fn zfill(s: &str, width: i64) -> Result<Value, OpError> {
    let len = s.chars().count() as i64;
    if width <= len {
        return Ok(Value::str(s));
    }
    check_len(width as usize)?;
    let fill = (width - len) as usize;
    let mut out = String::with_capacity(width as usize);
    let rest = match s.chars().next() {
        Some(c @ ('+' | '-')) => {
            out.push(c);
            &s[1..]
        }
        _ => s,
    };
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(rest);
    Ok(Value::str(&out))
}

fn strip(s: &str, name: &str, chars: Option<&Value>) -> Result<Value, OpError> {
    let set: Option<Vec<char>> = match chars {
        None | Some(Value::None) => None,
        Some(Value::Str(c)) => Some(c.chars().collect()),
        Some(_) => return Err(type_error(format!("{name} arg must be None or str"))),
    };
    let pred = |c: char| match &set {
        Some(set) => set.contains(&c),
        None => is_space(c),
    };
    Ok(Value::str(match name {
        "lstrip" => s.trim_start_matches(pred),
        "rstrip" => s.trim_end_matches(pred),
        _ => s.trim_matches(pred),
    }))
}

fn replace(s: &str, args: &Args) -> Result<Value, OpError> {
    let old = str_arg(&args.pos[0], |t| format!("replace() argument 1 must be str, not {t}"))?;
    let new = str_arg(&args.pos[1], |t| format!("replace() argument 2 must be str, not {t}"))?;
    let count = match args.pos.get(2) {
        Some(v) => to_index(v)?,
        None => -1,
    };
    let limit = if count < 0 { usize::MAX } else { count as usize };
    let occurrences = s.matches(old).take(limit).count();
    let len = s.chars().count();
    let grown = occurrences.saturating_mul(new.chars().count());
    check_len((len + grown).saturating_sub(occurrences.saturating_mul(old.chars().count())))?;
    Ok(Value::str(&s.replacen(old, new, limit)))
}

fn expandtabs(s: &str, tabsize: i64) -> Result<Value, OpError> {
    let mut out = String::with_capacity(s.len());
    let mut col: i64 = 0;
    for c in s.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let incr = tabsize - col % tabsize;
                check_len((out.len() as i64 + incr).max(0) as usize)?;
                out.extend(std::iter::repeat_n(' ', incr as usize));
                col += incr;
            }
        } else {
            out.push(c);
            col += 1;
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    Ok(Value::str(&out))
}

fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut previous_cased = false;
    for c in s.chars() {
        if previous_cased {
            case::push_lower(&mut out, c);
        } else {
            push_title(&mut out, c);
        }
        previous_cased = is_cased(c);
    }
    out
}

fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    let mut out = String::with_capacity(s.len());
    if let Some(first) = chars.next() {
        push_title(&mut out, first);
        out.push_str(&case::lower(chars.as_str()));
    }
    out
}

fn swapcase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_uppercase() {
            case::push_lower(&mut out, c);
        } else if c.is_lowercase() {
            case::push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\u{df}' | '\u{1e9e}' => out.push_str("ss"),
            '\u{3c2}' => out.push('\u{3c3}'),
            c => case::push_lower(&mut out, c),
        }
    }
    out
}

/// `str.isupper()` / `str.islower()`: some cased character, none of the other case.
fn case_check(s: &str, upper: bool) -> bool {
    let mut cased = false;
    for c in s.chars() {
        let (same, other) = if upper {
            (c.is_uppercase() || titlecase_letter(c), c.is_lowercase())
        } else {
            (c.is_lowercase(), c.is_uppercase() || titlecase_letter(c))
        };
        if other {
            return false;
        }
        cased |= same;
    }
    cased
}

fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut previous_cased = false;
    for c in s.chars() {
        if c.is_uppercase() || titlecase_letter(c) {
            if previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    cased
}

fn isidentifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || is_alpha(c) => {}
        _ => return false,
    }
    chars.all(|c| c == '_' || is_alpha(c) || is_decimal(c) || c.is_alphanumeric())
}

fn all_chars(s: &str, pred: impl Fn(char) -> bool) -> Value {
    Value::Bool(!s.is_empty() && s.chars().all(pred))
}

fn partition(s: &str, name: &str, sep: &Value) -> Result<Value, OpError> {
    let sep = str_arg(sep, |t| format!("must be str, not {t}"))?;
    if sep.is_empty() {
        return Err(OpError::value_error("empty separator"));
    }
    let found = if name == "partition" { s.find(sep) } else { s.rfind(sep) };
    let parts = match found {
        Some(i) => [&s[..i], sep, &s[i + sep.len()..]],
        None if name == "partition" => [s, "", ""],
        None => ["", "", s],
    };
    Ok(Value::tuple(parts.iter().map(|p| Value::str(p)).collect()))
}

fn join(s: &str, iterable: &Value) -> Option<Result<Value, OpError>> {
    let items = match iterable_items(iterable) {
        Ok(Some(items)) => items,
        Ok(None) => return None,
        Err(_) => return Some(Err(type_error("can only join an iterable".into()))),
    };
    let mut out = String::new();
    let mut chars = 0usize;
    let sep_chars = s.chars().count();
    for (i, item) in items.iter().enumerate() {
        let Value::Str(text) = item else {
            return Some(Err(type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                item.type_name()
            ))));
        };
        if i > 0 {
            out.push_str(s);
            chars += sep_chars;
        }
        chars += text.chars().count();
        if let Err(e) = check_len(chars) {
            return Some(Err(e));
        }
        out.push_str(text);
    }
    Some(Ok(Value::str(&out)))
}

/// Calls `str` method `name` (arguments already counted by `methods::call_method`).
pub(super) fn call(s: &Rc<str>, name: &str, args: Args) -> Option<Result<Value, OpError>> {
    let a = &args.pos;
    let text: &str = s;
    Some(match name {
        "upper" => Ok(Value::str(&case::upper(text))),
        "lower" => Ok(Value::str(&case::lower(text))),
        "casefold" => Ok(Value::str(&casefold(text))),
        "swapcase" => Ok(Value::str(&swapcase(text))),
        "title" => Ok(Value::str(&title(text))),
        "capitalize" => Ok(Value::str(&capitalize(text))),
        "strip" | "lstrip" | "rstrip" => strip(text, name, a.first()),
        "split" | "rsplit" => split_args(&args).map(|(sep, maxsplit)| {
            let parts: Vec<String> = match (sep, name) {
                (None, "split") => split_whitespace(text, maxsplit),
                (None, _) => rsplit_whitespace(text, maxsplit),
                (Some(sep), "split") if maxsplit >= 0 => {
                    text.splitn(maxsplit.saturating_add(1) as usize, sep.as_str()).map(str::to_string).collect()
                }
                (Some(sep), "split") => text.split(sep.as_str()).map(str::to_string).collect(),
                (Some(sep), _) if maxsplit >= 0 => {
                    let mut v: Vec<String> =
                        text.rsplitn(maxsplit.saturating_add(1) as usize, sep.as_str()).map(str::to_string).collect();
                    v.reverse();
                    v
                }
                (Some(sep), _) => text.split(sep.as_str()).map(str::to_string).collect(),
            };
            str_list(parts)
        }),
        "splitlines" => {
            let keep = a.first().or(args.kw.first().map(|(_, v)| v));
            let keep = match keep {
                None => Ok(false),
                Some(v) => match IntRef::of(v) {
                    Some(i) => Ok(!i.is_zero()),
                    None => to_index(v).map(|i| i != 0),
                },
            };
            keep.map(|k| str_list(splitlines(text, k)))
        }
        "join" => return join(text, &a[0]),
        "replace" => replace(text, &args),
        "startswith" | "endswith" => starts_or_ends(text, name, &args),
        "find" | "rfind" | "index" | "rindex" | "count" => find_like(text, name, &args),
        "center" | "ljust" | "rjust" => justify(text, name, &args),
        "zfill" => to_index(&a[0]).and_then(|w| zfill(text, w)),
        "partition" | "rpartition" => partition(text, name, &a[0]),
        "removeprefix" | "removesuffix" => {
            str_arg(&a[0], |t| format!("{name}() argument must be str, not {t}")).map(|affix| {
                let out = if name == "removeprefix" { text.strip_prefix(affix) } else { text.strip_suffix(affix) };
                match out {
                    Some(rest) => Value::str(rest),
                    None => Value::Str(s.clone()),
                }
            })
        }
        "expandtabs" => {
            let size = a.first().or(args.kw.first().map(|(_, v)| v));
            size.map_or(Ok(8), to_index).and_then(|n| expandtabs(text, n))
        }
        "isdigit" => Ok(all_chars(text, is_digit)),
        "isdecimal" => Ok(all_chars(text, is_decimal)),
        "isnumeric" => Ok(all_chars(text, is_numeric)),
        "isalpha" => Ok(all_chars(text, is_alpha)),
        "isalnum" => Ok(all_chars(text, |c| is_alpha(c) || is_numeric(c))),
        "isspace" => Ok(all_chars(text, is_space)),
        "isascii" => Ok(Value::Bool(text.is_ascii())),
        "isprintable" => Ok(Value::Bool(text.chars().all(super::unicode::is_printable))),
        "isupper" => Ok(Value::Bool(case_check(text, true))),
        "islower" => Ok(Value::Bool(case_check(text, false))),
        "istitle" => Ok(Value::Bool(istitle(text))),
        "isidentifier" => Ok(Value::Bool(isidentifier(text))),
        _ => return None,
    })
}
