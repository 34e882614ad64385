//! The format-spec mini-language of `format()`, f-strings and `str.format` for ints, bools,
//! floats and strings: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
//! A port of CPython's Python/formatter_unicode.c, errors included.

use super::float_repr::{format_float, FloatFlags};
use super::int::{str_digits_limit, IntRef};
use super::ops::{check_len, MAX_CONTAINER_LEN};
use super::{OpError, Value};

/// A parsed format spec.
#[derive(Clone, Debug, PartialEq)]
pub struct Spec {
    pub fill: char,
    /// One of `< > ^ =`.
    pub align: char,
    /// `+`, `-`, ` `, or `None` when not given.
    pub sign: Option<char>,
    /// `z`: a negative float that rounds to zero loses its sign.
    pub no_neg_0: bool,
    /// `#`
    pub alt: bool,
    pub width: Option<usize>,
    /// `,` or `_`
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

fn invalid_spec(spec: &str, type_name: &str) -> OpError {
    OpError::value_error(format!("Invalid format specifier '{spec}' for object of type '{type_name}'"))
}

fn char_for_message(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

/// Reads decimal digits at `chars[*pos..]`; `None` if there are none.
fn read_number(chars: &[char], pos: &mut usize) -> Result<Option<usize>, OpError> {
    let start = *pos;
    let mut n: usize = 0;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as usize))
            .filter(|&n| n <= i64::MAX as usize)
            .ok_or_else(|| OpError::value_error("Too many decimal digits in format string"))?;
        *pos += 1;
    }
    Ok(if *pos == start { None } else { Some(n) })
}

/// Parses `spec` for a value of type `type_name` whose default alignment is `default_align`.
/// `default_type` is what a spec without a type means (`d` for ints, `s` for strings, none for
/// floats).
pub fn parse(spec: &str, type_name: &str, default_align: char, default_type: Option<char>) -> Result<Spec, OpError> {
    let chars: Vec<char> = spec.chars().collect();
    let is_align = |c: Option<&char>| matches!(c, Some('<' | '>' | '=' | '^'));
    let mut s = Spec {
        fill: ' ',
        align: default_align,
        sign: None,
        no_neg_0: false,
        alt: false,
        width: None,
        grouping: None,
        precision: None,
        ty: default_type,
    };
    let mut pos = 0;
    let mut fill_given = false;
    let mut align_given = false;
    if chars.len() >= 2 && is_align(chars.get(1)) {
        s.fill = chars[0];
        s.align = chars[1];
        fill_given = true;
        align_given = true;
        pos = 2;
    } else if is_align(chars.first()) {
        s.align = chars[0];
        align_given = true;
        pos = 1;
    }
    if let Some(&c @ ('+' | '-' | ' ')) = chars.get(pos) {
        s.sign = Some(c);
        pos += 1;
    }
    if chars.get(pos) == Some(&'z') {
        s.no_neg_0 = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        s.alt = true;
        pos += 1;
    }
    if !fill_given && chars.get(pos) == Some(&'0') {
        s.fill = '0';
        if !align_given && default_align == '>' {
            s.align = '=';
        }
        pos += 1;
    }
    s.width = read_number(&chars, &mut pos)?;
    let both = || OpError::value_error("Cannot specify both ',' and '_'.");
    if chars.get(pos) == Some(&',') {
        s.grouping = Some(',');
        pos += 1;
    }
    if chars.get(pos) == Some(&'_') {
        if s.grouping.is_some() {
            return Err(both());
        }
        s.grouping = Some('_');
        pos += 1;
    }
    if chars.get(pos) == Some(&',') {
        return Err(if s.grouping == Some(',') {
            OpError::value_error("Cannot specify ',' with ','.")
        } else {
            both()
        });
    }
    if chars.get(pos) == Some(&'_') && s.grouping == Some('_') {
        return Err(OpError::value_error("Cannot specify '_' with '_'."));
    }
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        s.precision = read_number(&chars, &mut pos)?;
        if s.precision.is_none() {
            return Err(OpError::value_error("Format specifier missing precision"));
        }
    }
    match chars.len().saturating_sub(pos) {
        0 => {}
        1 => s.ty = chars.get(pos).copied(),
        _ => return Err(invalid_spec(spec, type_name)),
    }
    if let Some(sep) = s.grouping {
        let ok = match s.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
            Some('b' | 'o' | 'x' | 'X') => sep == '_',
            _ => false,
        };
        if !ok {
            let ty = s.ty.map(char_for_message).unwrap_or_default();
            return Err(OpError::value_error(format!("Cannot specify '{sep}' with '{ty}'.")));
        }
    }
    let limit = |n: Option<usize>| n.map_or(Ok(()), check_len);
    limit(s.width)?;
    limit(s.precision)?;
    Ok(s)
}

fn unknown_code(ty: char, type_name: &str) -> OpError {
    if (ty as u32) > 32 && (ty as u32) < 128 {
        OpError::value_error(format!("Unknown format code '{ty}' for object of type '{type_name}'"))
    } else {
        OpError::value_error(format!("Unknown format code '\\x{:x}' for object of type '{type_name}'", ty as u32))
    }
}

/// `format(v, spec)` for ints, bools, floats and strings.
pub fn format_value(v: &Value, spec: &str) -> Result<String, OpError> {
    let type_name = v.type_name();
    if spec.is_empty() {
        return Ok(match v {
            Value::Str(s) => s.to_string(),
            Value::Float(f) => super::float_repr::float_repr(*f),
            _ => match IntRef::of(v) {
                Some(IntRef::Big(b)) => {
                    check_decimal_digits(b)?;
                    b.to_string()
                }
                _ => super::format::repr_basic(v).unwrap_or_default(),
            },
        });
    }
    match v {
        Value::Str(s) => {
            let spec = parse(spec, &type_name, '<', Some('s'))?;
            match spec.ty {
                None | Some('s') => format_str(s, &spec),
                Some(t) => Err(unknown_code(t, &type_name)),
            }
        }
        Value::Float(f) => {
            let spec = parse(spec, &type_name, '>', None)?;
            match spec.ty {
                None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => format_float_spec(*f, &spec),
                Some(t) => Err(unknown_code(t, &type_name)),
            }
        }
        _ => match IntRef::of(v) {
            Some(i) => {
                let spec = parse(spec, &type_name, '>', Some('d'))?;
                match spec.ty {
                    None | Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') => format_int(i, &spec),
                    Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => format_float_spec(i.to_f64()?, &spec),
                    Some(t) => Err(unknown_code(t, &type_name)),
                }
            }
            None => Err(OpError::type_error(format!("unsupported format string passed to {type_name}.__format__"))),
        },
    }
}

/// CPython 3.11 refuses to write an int of more decimal digits than its limit (4300 unless
/// `sys.set_int_max_str_digits` changed it).
pub fn check_decimal_digits(b: &num_bigint::BigInt) -> Result<(), OpError> {
    let limit = str_digits_limit();
    // bits * log10(2) digits, give or take one: only compute exactly near the limit.
    let approx = (b.bits() as f64 * std::f64::consts::LOG10_2) as usize;
    if limit == 0 || approx + 1 < limit {
        return Ok(());
    }
    if approx > limit + 1 || b.to_string().trim_start_matches('-').len() > limit {
        return Err(OpError::value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(())
}

fn pad_count(len: usize, width: Option<usize>) -> usize {
    width.map_or(0, |w| w.saturating_sub(len))
}

fn push_fill(out: &mut String, c: char, n: usize) {
    out.extend(std::iter::repeat_n(c, n));
}

fn format_str(s: &str, spec: &Spec) -> Result<String, OpError> {
    if spec.sign.is_some() {
        return Err(OpError::value_error("Sign not allowed in string format specifier"));
    }
    if spec.no_neg_0 {
        return Err(OpError::value_error("Negative zero coercion (z) not allowed in string format specifier"));
    }
    if spec.alt {
        return Err(OpError::value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if spec.align == '=' {
        return Err(OpError::value_error("'=' alignment not allowed in string format specifier"));
    }
    let mut text: String = match spec.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    let len = text.chars().count();
    let pad = pad_count(len, spec.width);
    if pad == 0 {
        return Ok(text);
    }
    let (left, right) = match spec.align {
        '>' => (pad, 0),
        '^' => (pad / 2, pad - pad / 2),
        _ => (0, pad),
    };
    let mut out = String::with_capacity(text.len() + pad * spec.fill.len_utf8());
    push_fill(&mut out, spec.fill, left);
    out.push_str(&text);
    push_fill(&mut out, spec.fill, right);
    text = out;
    Ok(text)
}

/// Inserts separators every `group` digits (right to left), zero-padding the digits to
/// `min_width` characters (CPython's `_PyUnicode_InsertThousandsGrouping`).
fn group_digits(digits: &str, min_width: i64, grouping: Option<(char, usize)>) -> String {
    let digits: Vec<char> = digits.chars().collect();
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width;
    let mut pieces: Vec<String> = Vec::new();
    let mut take = |remaining: i64, n_chars: i64, n_zeros: i64, sep: Option<char>| {
        let mut piece = String::new();
        push_fill(&mut piece, '0', n_zeros.max(0) as usize);
        let end = remaining.max(0) as usize;
        let start = end.saturating_sub(n_chars.max(0) as usize);
        piece.extend(digits.get(start..end).unwrap_or(&[]).iter());
        if let Some(sep) = sep {
            piece.push(sep);
        }
        pieces.push(piece);
    };
    let mut sep_next: Option<char> = None;
    let mut done = false;
    if let Some((sep, group)) = grouping {
        let group = group as i64;
        loop {
            let l = group.min(remaining.max(min_width).max(1));
            let n_zeros = (l - remaining).max(0);
            let n_chars = remaining.min(l).max(0);
            take(remaining, n_chars, n_zeros, sep_next);
            sep_next = Some(sep);
            remaining -= n_chars;
            min_width -= l;
            if remaining <= 0 && min_width <= 0 {
                done = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !done {
        let l = remaining.max(min_width).max(1);
        let n_zeros = (l - remaining).max(0);
        let n_chars = remaining.min(l).max(0);
        take(remaining, n_chars, n_zeros, sep_next);
    }
    pieces.reverse();
    pieces.concat()
}

/// The parts of a formatted number, laid out by `layout`.
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    has_decimal: bool,
    remainder: &'a str,
    grouping: Option<(char, usize)>,
}

/// CPython's `calc_number_widths` followed by `fill_number`.
fn layout(spec: &Spec, p: &NumberParts) -> Result<String, OpError> {
    let sign = match spec.sign {
        Some('+') => Some(if p.negative { '-' } else { '+' }),
        Some(' ') => Some(if p.negative { '-' } else { ' ' }),
        _ if p.negative => Some('-'),
        _ => None,
    };
    let n_sign = sign.is_some() as i64;
    let count = |s: &str| s.chars().count() as i64;
    let n_non_digit = n_sign + count(p.prefix) + p.has_decimal as i64 + count(p.remainder);
    let width = spec.width.map_or(-1, |w| w as i64);
    let min_width = if spec.fill == '0' && spec.align == '=' { width - n_non_digit } else { 0 };
    let grouped = if p.digits.is_empty() { String::new() } else { group_digits(p.digits, min_width, p.grouping) };
    let n_padding = (width - (n_non_digit + count(&grouped))).max(0) as usize;
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    match spec.align {
        '<' => rpad = n_padding,
        '^' => {
            lpad = n_padding / 2;
            rpad = n_padding - lpad;
        }
        '=' => spad = n_padding,
        _ => lpad = n_padding,
    }
    check_len(n_padding + grouped.len() + p.remainder.len())?;
    let mut out = String::new();
    push_fill(&mut out, spec.fill, lpad);
    if let Some(c) = sign {
        out.push(c);
    }
    out.push_str(p.prefix);
    push_fill(&mut out, spec.fill, spad);
    out.push_str(&grouped);
    if p.has_decimal {
        out.push('.');
    }
    out.push_str(p.remainder);
    push_fill(&mut out, spec.fill, rpad);
    Ok(out)
}

fn format_int(i: IntRef, spec: &Spec) -> Result<String, OpError> {
    if spec.precision.is_some() {
        return Err(OpError::value_error("Precision not allowed in integer format specifier"));
    }
    if spec.no_neg_0 {
        return Err(OpError::value_error("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    let ty = spec.ty.unwrap_or('d');
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(OpError::value_error("Sign not allowed with integer format specifier 'c'"));
        }
        if spec.alt {
            return Err(OpError::value_error("Alternate form (#) not allowed with integer format specifier 'c'"));
        }
        let c = match i {
            IntRef::Small(x) => u32::try_from(x).ok().and_then(char::from_u32),
            IntRef::Big(_) => {
                return Err(OpError::new("OverflowError", "Python int too large to convert to C long"));
            }
        };
        // A lone surrogate (valid for Python's chr(), not for a Rust char) shows as U+FFFD.
        let surrogate = matches!(i, IntRef::Small(0xD800..=0xDFFF)).then_some('\u{FFFD}');
        let Some(c) = c.or(surrogate) else {
            return Err(OpError::new("OverflowError", "%c arg not in range(0x110000)"));
        };
        let rem = c.to_string();
        return layout(
            spec,
            &NumberParts {
                negative: false,
                prefix: "",
                digits: "",
                has_decimal: false,
                remainder: &rem,
                grouping: None,
            },
        );
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let big = i.big();
    if radix == 10 {
        if let IntRef::Big(b) = i {
            check_decimal_digits(b)?;
        }
    }
    let mut digits = big.magnitude().to_str_radix(radix);
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let grouping = match spec.grouping {
        Some(',') => Some((',', 3)),
        Some(_) if radix == 10 => Some(('_', 3)),
        Some(_) => Some(('_', 4)),
        None => None,
    };
    layout(
        spec,
        &NumberParts {
            negative: i.is_negative(),
            prefix: if spec.alt { prefix } else { "" },
            digits: &digits,
            has_decimal: false,
            remainder: "",
            grouping,
        },
    )
}

fn format_float_spec(x: f64, spec: &Spec) -> Result<String, OpError> {
    let mut ty = spec.ty.unwrap_or('r');
    let mut flags = FloatFlags { sign: false, add_dot_0: false, alt: spec.alt, no_neg_0: spec.no_neg_0 };
    let mut default_precision = 6;
    if spec.ty.is_none() {
        flags.add_dot_0 = true;
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut value = x;
    let mut percent = false;
    if ty == '%' {
        ty = 'f';
        value *= 100.0;
        percent = true;
    }
    let precision = match spec.precision {
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
        None => default_precision,
    };
    if precision > MAX_CONTAINER_LEN {
        return Err(super::ops::memory_error());
    }
    let mut text = format_float(value, ty, precision, flags);
    if percent {
        text.push('%');
    }
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let int_len = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(int_len);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let grouping = match spec.grouping {
        Some(c) if spec.ty != Some('n') => Some((c, 3)),
        _ => None,
    };
    layout(spec, &NumberParts { negative, prefix: "", digits, has_decimal, remainder, grouping })
}
