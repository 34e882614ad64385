//! Python ints: arithmetic on the i64 fast path with checked operations, falling back to
//! `BigInt` when a result does not fit; `int(str, base)` parsing; exact int/float comparison and
//! correctly rounded int/int true division. Results go through `Value::from_bigint`, so a value
//! that fits in an i64 is always a `Value::Int`.

use super::{OpError, Value};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::borrow::Cow;
use std::cmp::Ordering;

/// The largest int a computation may produce, in bits (about 301,000 decimal digits). CPython has
/// no such limit, but a learner's `10 ** 10 ** 10` must not freeze the page.
pub const MAX_INT_BITS: u64 = 1_000_000;

/// CPython 3.11's default limit on decimal digits converted from or to a string
/// (`sys.int_info.default_max_str_digits`).
pub const MAX_STR_DIGITS: usize = 4300;

std::thread_local! {
    /// The limit now in force (`sys.set_int_max_str_digits`; 0 means none). Each `Vm` owns its
    /// value and puts it here whenever it runs, so that runs sharing a thread do not mix.
    static STR_DIGITS_LIMIT: std::cell::Cell<usize> = const { std::cell::Cell::new(MAX_STR_DIGITS) };
}

/// The digit limit now in force, 0 for none.
pub fn str_digits_limit() -> usize {
    STR_DIGITS_LIMIT.with(|c| c.get())
}

pub fn set_str_digits_limit(limit: usize) {
    STR_DIGITS_LIMIT.with(|c| c.set(limit));
}

/// An int operand, borrowed from a `Value` (bools count as ints).
#[derive(Clone, Copy, Debug)]
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl<'a> IntRef<'a> {
    /// The int inside `v`, if `v` is an int or a bool.
    pub fn of(v: &'a Value) -> Option<IntRef<'a>> {
        match v {
            Value::Int(i) => Some(IntRef::Small(*i)),
            Value::Bool(b) => Some(IntRef::Small(*b as i64)),
            Value::BigInt(b) => Some(IntRef::Big(b)),
            _ => None,
        }
    }

    pub fn big(self) -> Cow<'a, BigInt> {
        match self {
            IntRef::Small(i) => Cow::Owned(BigInt::from(i)),
            IntRef::Big(b) => Cow::Borrowed(b),
        }
    }

    pub fn is_zero(self) -> bool {
        match self {
            IntRef::Small(i) => i == 0,
            IntRef::Big(b) => b.is_zero(),
        }
    }

    pub fn is_negative(self) -> bool {
        match self {
            IntRef::Small(i) => i < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }

    /// Number of bits of the absolute value (0 for 0).
    pub fn bits(self) -> u64 {
        match self {
            IntRef::Small(i) => 64 - i.unsigned_abs().leading_zeros() as u64,
            IntRef::Big(b) => b.bits(),
        }
    }

    /// `float(i)`: correctly rounded; OverflowError when out of a float's range.
    pub fn to_f64(self) -> Result<f64, OpError> {
        match self {
            IntRef::Small(i) => Ok(i as f64),
            IntRef::Big(b) => big_to_f64(b),
        }
    }

    pub fn to_value(self) -> Value {
        match self {
            IntRef::Small(i) => Value::Int(i),
            IntRef::Big(b) => Value::BigInt(std::rc::Rc::new(b.clone())),
        }
    }
}

/// `float(b)` for a big int, with CPython's OverflowError.
pub fn big_to_f64(b: &BigInt) -> Result<f64, OpError> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(OpError::new("OverflowError", "int too large to convert to float")),
    }
}

fn zero_div(message: &str) -> OpError {
    OpError::new("ZeroDivisionError", message)
}

/// The error for a result beyond `MAX_INT_BITS`.
pub fn too_big() -> OpError {
    OpError::new("OverflowError", format!("integer result too large (threadplay limits ints to {MAX_INT_BITS} bits)"))
}

fn check_bits(bits: u64) -> Result<(), OpError> {
    if bits > MAX_INT_BITS {
        Err(too_big())
    } else {
        Ok(())
    }
}

pub fn add(a: IntRef, b: IntRef) -> Value {
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        if let Some(r) = x.checked_add(y) {
            return Value::Int(r);
        }
    }
    Value::from_bigint(&*a.big() + &*b.big())
}

pub fn sub(a: IntRef, b: IntRef) -> Value {
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        if let Some(r) = x.checked_sub(y) {
            return Value::Int(r);
        }
    }
    Value::from_bigint(&*a.big() - &*b.big())
}

pub fn mul(a: IntRef, b: IntRef) -> Result<Value, OpError> {
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        if let Some(r) = x.checked_mul(y) {
            return Ok(Value::Int(r));
        }
    }
    if !a.is_zero() && !b.is_zero() {
        check_bits(a.bits().saturating_add(b.bits()).saturating_sub(1))?;
    }
    Ok(Value::from_bigint(&*a.big() * &*b.big()))
}

/// `a // b` (rounds toward negative infinity).
pub fn floordiv(a: IntRef, b: IntRef) -> Result<Value, OpError> {
    if b.is_zero() {
        return Err(zero_div("integer division or modulo by zero"));
    }
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        if !(x == i64::MIN && y == -1) {
            return Ok(Value::Int(Integer::div_floor(&x, &y)));
        }
    }
    Ok(Value::from_bigint(a.big().div_floor(&b.big())))
}

/// `a % b` (the result has the sign of `b`).
pub fn modulo(a: IntRef, b: IntRef) -> Result<Value, OpError> {
    if b.is_zero() {
        return Err(zero_div("integer modulo by zero"));
    }
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        if y == -1 {
            return Ok(Value::Int(0));
        }
        return Ok(Value::Int(Integer::mod_floor(&x, &y)));
    }
    Ok(Value::from_bigint(a.big().mod_floor(&b.big())))
}

/// `a ** b`; a negative exponent gives a float, as in Python.
pub fn pow(a: IntRef, b: IntRef) -> Result<Value, OpError> {
    if b.is_negative() {
        let x = a.to_f64()?;
        let y = b.to_f64()?;
        return super::ops::float_pow(x, y).map(Value::Float);
    }
    // Bases whose powers never grow.
    if let IntRef::Small(x @ -1..=1) = a {
        let odd = match b {
            IntRef::Small(e) => e & 1 == 1,
            IntRef::Big(e) => e.is_odd(),
        };
        return Ok(Value::Int(match x {
            0 if b.is_zero() => 1,
            0 => 0,
            1 => 1,
            _ if odd => -1,
            _ => 1,
        }));
    }
    let e = match b {
        IntRef::Small(e) => e as u64,
        IntRef::Big(_) => return Err(too_big()),
    };
    // Estimated size of the result: e * log2(|a|).
    let log2 = match a {
        IntRef::Small(x) => (x.unsigned_abs() as f64).log2(),
        IntRef::Big(x) => (x.bits() - 1) as f64,
    };
    if (e as f64) * log2 > MAX_INT_BITS as f64 {
        return Err(too_big());
    }
    let e32 = e as u32; // e < MAX_INT_BITS here, since |a| >= 2
    if let IntRef::Small(x) = a {
        if let Some(r) = x.checked_pow(e32) {
            return Ok(Value::Int(r));
        }
    }
    Ok(Value::from_bigint(num_traits::Pow::pow(&*a.big(), e32)))
}

/// A shift count: negative counts are CPython's ValueError; huge ones saturate.
fn shift_count(b: IntRef) -> Result<u64, OpError> {
    if b.is_negative() {
        return Err(OpError::value_error("negative shift count"));
    }
    Ok(match b {
        IntRef::Small(n) => n as u64,
        IntRef::Big(_) => u64::MAX,
    })
}

pub fn lshift(a: IntRef, b: IntRef) -> Result<Value, OpError> {
    let n = shift_count(b)?;
    if a.is_zero() {
        return Ok(Value::Int(0));
    }
    if let IntRef::Small(x) = a {
        if n < 64 {
            let r = (x as i128) << n;
            if let Ok(r) = i64::try_from(r) {
                return Ok(Value::Int(r));
            }
        }
    }
    check_bits(a.bits().saturating_add(n))?;
    Ok(Value::from_bigint(&*a.big() << (n as usize)))
}

pub fn rshift(a: IntRef, b: IntRef) -> Result<Value, OpError> {
    let n = shift_count(b)?;
    if n >= a.bits() {
        return Ok(Value::Int(if a.is_negative() { -1 } else { 0 }));
    }
    match a {
        IntRef::Small(x) => Ok(Value::Int(x >> n)),
        // num-bigint rounds a negative value's shift toward negative infinity, as Python does.
        IntRef::Big(x) => Ok(Value::from_bigint(x >> (n as usize))),
    }
}

pub fn bitand(a: IntRef, b: IntRef) -> Value {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => Value::Int(x & y),
        _ => Value::from_bigint(&*a.big() & &*b.big()),
    }
}

pub fn bitor(a: IntRef, b: IntRef) -> Value {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => Value::Int(x | y),
        _ => Value::from_bigint(&*a.big() | &*b.big()),
    }
}

pub fn bitxor(a: IntRef, b: IntRef) -> Value {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => Value::Int(x ^ y),
        _ => Value::from_bigint(&*a.big() ^ &*b.big()),
    }
}

pub fn neg(a: IntRef) -> Value {
    match a {
        IntRef::Small(x) => match x.checked_neg() {
            Some(r) => Value::Int(r),
            None => Value::from_bigint(-BigInt::from(x)),
        },
        IntRef::Big(x) => Value::from_bigint(-x),
    }
}

/// `~a == -(a + 1)`.
pub fn invert(a: IntRef) -> Value {
    match a {
        IntRef::Small(x) => Value::Int(!x),
        IntRef::Big(x) => Value::from_bigint(-(x + BigInt::one())),
    }
}

pub fn cmp(a: IntRef, b: IntRef) -> Ordering {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => x.cmp(&y),
        _ => a.big().cmp(&b.big()),
    }
}

/// Exact comparison of an int with a float (`None` if the float is NaN), as CPython does it:
/// `2**53 + 1 > 2.0**53` is true although both convert to the same float.
pub fn cmp_float(a: IntRef, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    if let IntRef::Small(x) = a {
        if x.unsigned_abs() <= 1 << 53 {
            return (x as f64).partial_cmp(&f);
        }
    }
    let whole = f.trunc();
    let fb = num_traits::FromPrimitive::from_f64(whole).unwrap_or_else(BigInt::zero);
    match a.big().as_ref().cmp(&fb) {
        Ordering::Equal => {
            let frac = f - whole;
            Some(if frac > 0.0 {
                Ordering::Less
            } else if frac < 0.0 {
                Ordering::Greater
            } else {
                Ordering::Equal
            })
        }
        o => Some(o),
    }
}

/// Multiplies `x` by 2**e exactly when the result is representable (C's `ldexp`).
pub fn ldexp(mut x: f64, mut e: i64) -> f64 {
    fn pow2(e: i64) -> f64 {
        // Only called with -1022 <= e <= 1023: a normal power of two.
        f64::from_bits(((e + 1023) as u64) << 52)
    }
    while e > 1023 {
        x *= pow2(1023);
        e -= 1023;
        if x.is_infinite() {
            return x;
        }
    }
    while e < -1022 {
        x *= pow2(-1022);
        e += 1022;
        if x == 0.0 {
            return x;
        }
    }
    x * pow2(e)
}

/// `a / b` for ints, correctly rounded as CPython's `long_true_divide` (`10**30 / 10**10` is
/// exactly `1e+20`).
pub fn true_div(a: IntRef, b: IntRef) -> Result<f64, OpError> {
    if b.is_zero() {
        return Err(zero_div("division by zero"));
    }
    const EXACT: u64 = 1 << 53;
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        if x.unsigned_abs() <= EXACT && y.unsigned_abs() <= EXACT {
            return Ok(x as f64 / y as f64);
        }
    }
    let negate = a.is_negative() != b.is_negative();
    let signed = |v: f64| if negate { -v } else { v };
    if a.is_zero() {
        return Ok(signed(0.0));
    }
    let (an, bn) = (a.big().abs(), b.big().abs());
    let (a_bits, b_bits) = (an.bits() as i64, bn.bits() as i64);
    let diff = a_bits - b_bits;
    const DBL_MANT_DIG: i64 = 53;
    const DBL_MAX_EXP: i64 = 1024;
    const DBL_MIN_EXP: i64 = -1021;
    if diff > DBL_MAX_EXP {
        return Err(OpError::new("OverflowError", "integer division result too large for a float"));
    }
    if diff < DBL_MIN_EXP - DBL_MANT_DIG - 1 {
        return Ok(signed(0.0));
    }
    // Shift so that the quotient has DBL_MANT_DIG + 2 bits (or fewer for subnormal results).
    let shift = diff.max(DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    let mut inexact = false;
    let x = if shift <= 0 {
        an << ((-shift) as usize)
    } else {
        let mask = (BigInt::one() << (shift as usize)) - 1;
        if !(&an & &mask).is_zero() {
            inexact = true;
        }
        an >> (shift as usize)
    };
    let (q, r) = x.div_rem(&bn);
    if !r.is_zero() {
        inexact = true;
    }
    let q = q.to_u64().unwrap_or(0);
    let q_bits = 64 - q.leading_zeros() as i64;
    let extra_bits = q_bits.max(DBL_MIN_EXP - shift) - DBL_MANT_DIG;
    // Round half to even, using `inexact` as a sticky bit.
    let mut low = q | inexact as u64;
    let mut result = q;
    if (1..64).contains(&extra_bits) {
        let mask = 1u64 << (extra_bits - 1);
        if low & mask != 0 && low & (3 * mask - 1) != 0 {
            low += mask;
        }
        result = low & !(2 * mask - 1);
    }
    let dx = result as f64;
    let r = ldexp(dx, shift);
    if r.is_infinite() {
        return Err(OpError::new("OverflowError", "integer division result too large for a float"));
    }
    Ok(signed(r))
}

/// `int(s, base)` for a string: whitespace around, a sign, underscores between digits, a
/// `0x`/`0o`/`0b` prefix matching the base (any of them with base 0), CPython's messages.
pub fn parse(s: &str, base: u32) -> Result<Value, OpError> {
    if base == 1 || base > 36 {
        return Err(OpError::value_error("int() base must be >= 2 and <= 36, or 0"));
    }
    let invalid = || {
        // CPython shows the repr cut to 200 characters (`%.200R`).
        let shown: String = super::format::str_repr(s).chars().take(200).collect();
        OpError::value_error(format!("invalid literal for int() with base {base}: {shown}"))
    };
    let base0 = base == 0;
    let t = s.trim_matches(super::str_methods::is_space);
    let (negative, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower_prefix = t.get(..2).map(|p| p.to_ascii_lowercase());
    let prefixed = |p: &str| lower_prefix.as_deref() == Some(p);
    let (base, body, had_prefix) = match base {
        0 if prefixed("0x") => (16, &t[2..], true),
        0 if prefixed("0o") => (8, &t[2..], true),
        0 if prefixed("0b") => (2, &t[2..], true),
        0 => (10, t, false),
        16 if prefixed("0x") => (16, &t[2..], true),
        8 if prefixed("0o") => (8, &t[2..], true),
        2 if prefixed("0b") => (2, &t[2..], true),
        b => (b, t, false),
    };
    // Digits with single underscores between them (one may follow a prefix).
    let mut digits = String::with_capacity(body.len());
    let mut prev_underscore = !had_prefix;
    for c in body.chars() {
        if c == '_' {
            if prev_underscore {
                return Err(invalid());
            }
            prev_underscore = true;
            continue;
        }
        let d = unicode_digit(c).map(|d| d as char).unwrap_or(c);
        match d.to_digit(base) {
            Some(_) => digits.push(d),
            None => return Err(invalid()),
        }
        prev_underscore = false;
    }
    if digits.is_empty() || prev_underscore {
        return Err(invalid());
    }
    // Base 0 rejects leading zeros in a nonzero decimal ("010").
    if base0 && !had_prefix && digits.starts_with('0') && digits.bytes().any(|d| d != b'0') {
        return Err(invalid());
    }
    let limit = str_digits_limit();
    if !base.is_power_of_two() && limit > 0 && digits.len() > limit {
        return Err(OpError::value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            digits.len()
        )));
    }
    if let Ok(v) = i64::from_str_radix(&digits, base) {
        return Ok(Value::Int(if negative { -v } else { v }));
    }
    let mag = BigInt::parse_bytes(digits.as_bytes(), base).ok_or_else(invalid)?;
    check_bits(mag.bits())?;
    Ok(Value::from_bigint(if negative { -mag } else { mag }))
}

/// The value of a Unicode decimal digit outside ASCII (Arabic-Indic, Devanagari, fullwidth...),
/// as an ASCII digit byte; CPython's `int()` accepts these.
pub(super) fn unicode_digit(c: char) -> Option<u8> {
    if c.is_ascii() {
        return None;
    }
    // Zero code points of the common decimal digit blocks (category Nd).
    const ZEROS: [u32; 24] = [
        0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0, 0xF20,
        0x1040, 0x1090, 0x17E0, 0x1810, 0xFF10, 0x1946, 0x19D0, 0x1B50,
    ];
    let cp = c as u32;
    ZEROS.iter().find(|&&z| cp >= z && cp < z + 10).map(|&z| b'0' + (cp - z) as u8)
}
