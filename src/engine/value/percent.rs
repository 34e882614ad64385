//! printf-style formatting, `template % args` (CPython's `PyUnicode_Format`): `%s %r %a %d %i
//! %u %x %X %o %e %E %f %F %g %G %c %%`, flags `-+ #0`, `*` widths and precisions, `%(name)s`
//! with a mapping, and CPython's errors. Reached through `format::percent_format`.

use super::float_repr::{format_float, FloatFlags};
use super::int::IntRef;
use super::ops::{check_len, getitem};
use super::{OpError, Value};

/// Where the next argument comes from (CPython's `argidx`/`arglen` bookkeeping: a single
/// non-tuple argument is used once).
struct ArgSource {
    items: Vec<Value>,
    next: usize,
}

impl ArgSource {
    fn of(args: &Value) -> ArgSource {
        match args {
            Value::Tuple(t) => ArgSource { items: t.to_vec(), next: 0 },
            other => ArgSource { items: vec![other.clone()], next: 0 },
        }
    }

    fn next(&mut self) -> Result<Value, OpError> {
        let v = self
            .items
            .get(self.next)
            .cloned()
            .ok_or_else(|| OpError::type_error("not enough arguments for format string"))?;
        self.next += 1;
        Ok(v)
    }

    fn unused(&self) -> bool {
        self.next < self.items.len()
    }
}

#[derive(Default)]
struct Flags {
    left: bool,
    sign: bool,
    blank: bool,
    alt: bool,
    zero: bool,
}

fn star_arg(args: &mut ArgSource) -> Result<i64, OpError> {
    match IntRef::of(&args.next()?) {
        Some(IntRef::Small(n)) => Ok(n),
        _ => Err(OpError::type_error("* wants int")),
    }
}

fn read_number(chars: &[char], pos: &mut usize, what: &str) -> Result<Option<usize>, OpError> {
    let start = *pos;
    let mut n: usize = 0;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as usize))
            .filter(|&n| n <= i32::MAX as usize)
            .ok_or_else(|| OpError::value_error(format!("{what} too big")))?;
        *pos += 1;
    }
    Ok(if *pos == start { None } else { Some(n) })
}

/// `template % args`; see `format::percent_format`.
pub fn format(
    template: &str,
    args: &Value,
    to_text: &mut dyn FnMut(&Value, bool) -> Result<String, OpError>,
) -> Result<String, OpError> {
    let chars: Vec<char> = template.chars().collect();
    let mut source = ArgSource::of(args);
    // Anything subscriptable but a tuple or a str counts as a mapping (PyMapping_Check).
    let mapping = matches!(args, Value::Dict(_) | Value::List(_) | Value::Range(_)).then(|| args.clone());
    let mut out = String::with_capacity(template.len());
    let mut pos = 0;
    while pos < chars.len() {
        let c = chars[pos];
        pos += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        if chars.get(pos) == Some(&'%') {
            out.push('%');
            pos += 1;
            continue;
        }
        // %(key)
        if chars.get(pos) == Some(&'(') {
            let map = mapping.as_ref().ok_or_else(|| OpError::type_error("format requires a mapping"))?;
            pos += 1;
            let start = pos;
            let mut depth = 1;
            while pos < chars.len() {
                match chars[pos] {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                pos += 1;
            }
            if depth != 0 {
                return Err(OpError::value_error("incomplete format key"));
            }
            let key: String = chars[start..pos].iter().collect();
            pos += 1;
            let value = getitem(map, &Value::str(&key))?;
            source = ArgSource { items: vec![value], next: 0 };
        }
        let mut flags = Flags::default();
        while let Some(&f) = chars.get(pos) {
            match f {
                '-' => flags.left = true,
                '+' => flags.sign = true,
                ' ' => flags.blank = true,
                '#' => flags.alt = true,
                '0' => flags.zero = true,
                _ => break,
            }
            pos += 1;
        }
        let mut width = 0usize;
        if chars.get(pos) == Some(&'*') {
            pos += 1;
            let w = star_arg(&mut source)?;
            if w < 0 {
                flags.left = true;
            }
            width = w.unsigned_abs() as usize;
        } else if let Some(w) = read_number(&chars, &mut pos, "width")? {
            width = w;
        }
        let mut precision: Option<usize> = None;
        if chars.get(pos) == Some(&'.') {
            pos += 1;
            if chars.get(pos) == Some(&'*') {
                pos += 1;
                precision = Some(star_arg(&mut source)?.max(0) as usize);
            } else {
                precision = Some(read_number(&chars, &mut pos, "precision")?.unwrap_or(0));
            }
        }
        while matches!(chars.get(pos), Some('h' | 'l' | 'L')) {
            pos += 1;
        }
        let Some(&conv) = chars.get(pos) else {
            return Err(OpError::value_error("incomplete format"));
        };
        let conv_index = pos;
        pos += 1;
        check_len(width)?;
        check_len(precision.unwrap_or(0))?;
        let arg = source.next()?;
        let (sign, prefix, body, numeric) = convert(conv, conv_index, &arg, &flags, precision, to_text)?;
        let len = sign.chars().count() + prefix.len() + body.chars().count();
        let pad = width.saturating_sub(len);
        if flags.left {
            out.push_str(&sign);
            out.push_str(prefix);
            out.push_str(&body);
            out.extend(std::iter::repeat_n(' ', pad));
        } else if flags.zero && numeric {
            out.push_str(&sign);
            out.push_str(prefix);
            out.extend(std::iter::repeat_n('0', pad));
            out.push_str(&body);
        } else {
            out.extend(std::iter::repeat_n(' ', pad));
            out.push_str(&sign);
            out.push_str(prefix);
            out.push_str(&body);
        }
        check_len(out.len())?;
    }
    if source.unused() && mapping.is_none() {
        return Err(OpError::type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}

/// One conversion: (sign, prefix, body, whether zero padding applies).
fn convert(
    conv: char,
    index: usize,
    arg: &Value,
    flags: &Flags,
    precision: Option<usize>,
    to_text: &mut dyn FnMut(&Value, bool) -> Result<String, OpError>,
) -> Result<(String, &'static str, String, bool), OpError> {
    let sign_of = |negative: bool| -> String {
        if negative {
            "-".into()
        } else if flags.sign {
            "+".into()
        } else if flags.blank {
            " ".into()
        } else {
            String::new()
        }
    };
    Ok(match conv {
        's' | 'r' | 'a' => {
            let mut text = to_text(arg, conv != 's')?;
            if conv == 'a' {
                text = super::format::ascii_escape(&text);
            }
            if let Some(p) = precision {
                text = text.chars().take(p).collect();
            }
            (String::new(), "", text, false)
        }
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
            let int = match (IntRef::of(arg), arg) {
                (Some(i), _) => i.to_value(),
                (None, Value::Float(f)) if matches!(conv, 'd' | 'i' | 'u') => float_to_int(*f)?,
                (None, _) if matches!(conv, 'd' | 'i' | 'u') => {
                    return Err(OpError::type_error(format!(
                        "%{conv} format: a real number is required, not {}",
                        arg.type_name()
                    )))
                }
                _ => {
                    return Err(OpError::type_error(format!(
                        "%{conv} format: an integer is required, not {}",
                        arg.type_name()
                    )))
                }
            };
            let i = IntRef::of(&int).unwrap_or(IntRef::Small(0));
            let radix = match conv {
                'x' | 'X' => 16,
                'o' => 8,
                _ => 10,
            };
            if radix == 10 {
                if let IntRef::Big(b) = i {
                    super::format_spec::check_decimal_digits(b)?;
                }
            }
            let mut digits = i.big().magnitude().to_str_radix(radix);
            if conv == 'X' {
                digits.make_ascii_uppercase();
            }
            if let Some(p) = precision {
                if digits.len() < p {
                    digits = "0".repeat(p - digits.len()) + &digits;
                }
            }
            let prefix = match (flags.alt, conv) {
                (true, 'x') => "0x",
                (true, 'X') => "0X",
                (true, 'o') => "0o",
                _ => "",
            };
            (sign_of(i.is_negative()), prefix, digits, true)
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match arg {
                Value::Float(f) => *f,
                _ => match IntRef::of(arg) {
                    Some(i) => i.to_f64()?,
                    None => {
                        return Err(OpError::type_error(format!("must be real number, not {}", arg.type_name())));
                    }
                },
            };
            let text =
                format_float(x, conv, precision.unwrap_or(6), FloatFlags { alt: flags.alt, ..FloatFlags::default() });
            match text.strip_prefix('-') {
                Some(rest) => ("-".into(), "", rest.to_string(), true),
                None => (sign_of(false), "", text, true),
            }
        }
        'c' => {
            let c = match arg {
                Value::Str(s) if s.chars().count() == 1 => s.to_string(),
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                    let c = match IntRef::of(arg) {
                        Some(IntRef::Small(n)) => u32::try_from(n).ok().filter(|&n| n < 0x110000),
                        _ => None,
                    };
                    let c = c.ok_or_else(|| OpError::new("OverflowError", "%c arg not in range(0x110000)"))?;
                    char::from_u32(c).unwrap_or('\u{FFFD}').to_string()
                }
                _ => return Err(OpError::type_error("%c requires int or char")),
            };
            (String::new(), "", c, false)
        }
        other => {
            return Err(OpError::value_error(format!(
                "unsupported format character '{}' (0x{:x}) at index {index}",
                if (' '..'\x7f').contains(&other) { other } else { '?' },
                other as u32
            )))
        }
    })
}

/// `int(f)` for `%d` of a float.
fn float_to_int(f: f64) -> Result<Value, OpError> {
    if f.is_nan() {
        return Err(OpError::value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(OpError::new("OverflowError", "cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Value::Int(t as i64));
    }
    let b: num_bigint::BigInt = num_traits::FromPrimitive::from_f64(t).unwrap_or_default();
    Ok(Value::from_bigint(b))
}
