//! Operators on built-in values: arithmetic (with the small-int fast path and big-int fallback),
//! comparisons, membership, indexing and slicing. Instances (user classes) are the VM's business:
//! these functions report a `TypeError` for them and the VM tries dunder methods first.
//!
//! Errors carry CPython's wording. A `KeyError` from `getitem`/`delitem` carries the repr of the
//! missing key as its message (the VM raises `KeyError(key)` with the key object itself).

use super::int::{self, IntRef};
use super::{subscript, Dict, DictViewKind, OpError, RangeObj, Value};
use crate::engine::syntax::ast::{BinOp, CmpOp, UnaryOp};
use std::cell::RefCell;
use std::cmp::Ordering;
use std::rc::Rc;

/// The most items (or characters) a container built by an operator or a method may hold:
/// `'x' * 10**10` or `[0] * 10**9` raise `MemoryError` instead of exhausting the page's memory.
pub const MAX_CONTAINER_LEN: usize = 10_000_000;

/// Nesting depth at which comparing containers gives up (CPython's RecursionError).
const MAX_COMPARE_DEPTH: u32 = 400;

/// `MemoryError()` with CPython's empty message.
pub fn memory_error() -> OpError {
    OpError::new("MemoryError", "")
}

thread_local! {
    /// `Settings::max_container_len` of the run in progress, at most `MAX_CONTAINER_LEN`.
    static CONTAINER_LIMIT: std::cell::Cell<usize> = const { std::cell::Cell::new(MAX_CONTAINER_LEN) };
}

/// Sets the container limit `check_len` enforces; the scheduler sets its run's before each slice.
pub fn set_container_limit(limit: usize) {
    CONTAINER_LIMIT.with(|c| c.set(limit.min(MAX_CONTAINER_LEN)));
}

/// Fails with `MemoryError` when a container would exceed the run's `Settings::max_container_len`
/// (at most `MAX_CONTAINER_LEN`).
pub fn check_len(n: usize) -> Result<(), OpError> {
    if n > CONTAINER_LIMIT.with(|c| c.get()) {
        Err(memory_error())
    } else {
        Ok(())
    }
}

/// A numeric operand: an int (or bool) or a float.
#[derive(Clone, Copy)]
enum Num<'a> {
    Int(IntRef<'a>),
    Float(f64),
}

fn num(v: &Value) -> Option<Num<'_>> {
    match v {
        Value::Float(f) => Some(Num::Float(*f)),
        _ => IntRef::of(v).map(Num::Int),
    }
}

fn num_to_f64(n: Num) -> Result<f64, OpError> {
    match n {
        Num::Float(f) => Ok(f),
        Num::Int(i) => i.to_f64(),
    }
}

fn unsupported(op: BinOp, a: &Value, b: &Value) -> OpError {
    let symbol = if op == BinOp::Pow { "** or pow()" } else { op.symbol() };
    OpError::type_error(format!(
        "unsupported operand type(s) for {symbol}: '{}' and '{}'",
        a.type_name(),
        b.type_name()
    ))
}

/// `a op b` for built-in types.
pub fn binary(op: BinOp, a: &Value, b: &Value) -> Result<Value, OpError> {
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        match op {
            BinOp::BitAnd => return Ok(Value::Bool(x & y)),
            BinOp::BitOr => return Ok(Value::Bool(x | y)),
            BinOp::BitXor => return Ok(Value::Bool(x ^ y)),
            _ => {}
        }
    }
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        return match (x, y) {
            (Num::Int(x), Num::Int(y)) => int_binary(op, x, y),
            _ => match float_binary_op(op) {
                Some(fop) => fop(num_to_f64(x)?, num_to_f64(y)?),
                None => Err(unsupported(op, a, b)),
            },
        }
        .map_err(|e| if e.kind.is_empty() { unsupported(op, a, b) } else { e });
    }
    match op {
        BinOp::Add => concat(a, b).unwrap_or_else(|| Err(unsupported(op, a, b))),
        BinOp::Mult => {
            if is_sequence(a) {
                repeat(a, b)
            } else if is_sequence(b) {
                repeat(b, a)
            } else {
                Err(unsupported(op, a, b))
            }
        }
        BinOp::BitOr | BinOp::BitAnd | BinOp::BitXor | BinOp::Sub => {
            if let (Value::Dict(x), Value::Dict(y), BinOp::BitOr) = (a, b, op) {
                let mut d = x.borrow().clone();
                let other = y.borrow().clone();
                for (k, v) in other.items() {
                    d.insert(k.clone(), v.clone())?;
                }
                return Ok(Value::Dict(Rc::new(RefCell::new(d))));
            }
            set_binary(op, a, b).unwrap_or_else(|| Err(unsupported(op, a, b)))
        }
        _ => Err(unsupported(op, a, b)),
    }
}

/// A marker error meaning "these operand types do not support the operator".
fn no_op() -> OpError {
    OpError { kind: "", message: String::new() }
}

fn int_binary(op: BinOp, x: IntRef, y: IntRef) -> Result<Value, OpError> {
    match op {
        BinOp::Add => Ok(int::add(x, y)),
        BinOp::Sub => Ok(int::sub(x, y)),
        BinOp::Mult => int::mul(x, y),
        BinOp::Div => int::true_div(x, y).map(Value::Float),
        BinOp::FloorDiv => int::floordiv(x, y),
        BinOp::Mod => int::modulo(x, y),
        BinOp::Pow => int::pow(x, y),
        BinOp::LShift => int::lshift(x, y),
        BinOp::RShift => int::rshift(x, y),
        BinOp::BitAnd => Ok(int::bitand(x, y)),
        BinOp::BitOr => Ok(int::bitor(x, y)),
        BinOp::BitXor => Ok(int::bitxor(x, y)),
        BinOp::MatMult => Err(no_op()),
    }
}

type FloatOp = fn(f64, f64) -> Result<Value, OpError>;

fn float_binary_op(op: BinOp) -> Option<FloatOp> {
    Some(match op {
        BinOp::Add => |x, y| Ok(Value::Float(x + y)),
        BinOp::Sub => |x, y| Ok(Value::Float(x - y)),
        BinOp::Mult => |x, y| Ok(Value::Float(x * y)),
        BinOp::Div => |x, y| {
            if y == 0.0 {
                return Err(OpError::new("ZeroDivisionError", "float division by zero"));
            }
            Ok(Value::Float(x / y))
        },
        BinOp::FloorDiv => |x, y| {
            if y == 0.0 {
                return Err(OpError::new("ZeroDivisionError", "float floor division by zero"));
            }
            Ok(Value::Float(float_divmod(x, y).0))
        },
        BinOp::Mod => |x, y| {
            if y == 0.0 {
                return Err(OpError::new("ZeroDivisionError", "float modulo"));
            }
            Ok(Value::Float(float_divmod(x, y).1))
        },
        BinOp::Pow => |x, y| float_pow(x, y).map(Value::Float),
        _ => return None,
    })
}

/// `divmod(x, y)` for floats, `y != 0` (CPython's `_float_div_mod`): the remainder has the sign
/// of `y`, the quotient is floored.
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

/// `x ** y` for floats (CPython's `float_pow`, special cases included).
pub fn float_pow(x: f64, y: f64) -> Result<f64, OpError> {
    let is_odd_int = |v: f64| (v.abs() % 2.0) == 1.0;
    if y == 0.0 {
        return Ok(1.0);
    }
    if x.is_nan() {
        return Ok(x);
    }
    if y.is_nan() {
        return Ok(if x == 1.0 { 1.0 } else { y });
    }
    if y.is_infinite() {
        let ax = x.abs();
        return Ok(if ax == 1.0 {
            1.0
        } else if (y > 0.0) == (ax > 1.0) {
            y.abs()
        } else {
            0.0
        });
    }
    if x.is_infinite() {
        let odd = is_odd_int(y);
        return Ok(if y > 0.0 {
            if odd {
                x
            } else {
                x.abs()
            }
        } else if odd {
            0.0f64.copysign(x)
        } else {
            0.0
        });
    }
    if x == 0.0 {
        if y < 0.0 {
            return Err(OpError::new("ZeroDivisionError", "0.0 cannot be raised to a negative power"));
        }
        return Ok(if is_odd_int(y) { x } else { 0.0 });
    }
    let mut base = x;
    let mut negate = false;
    if x < 0.0 {
        if y != y.floor() {
            return Err(OpError::value_error(
                "a negative number raised to a fractional power is a complex number, which threadplay does not support",
            ));
        }
        base = -x;
        negate = is_odd_int(y);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = base.powf(y);
    if r.is_infinite() {
        return Err(OpError::new("OverflowError", "(34, 'Numerical result out of range')"));
    }
    Ok(if negate { -r } else { r })
}

fn is_sequence(v: &Value) -> bool {
    matches!(v, Value::Str(_) | Value::List(_) | Value::Tuple(_))
}

/// `a + b` when `a` is a str, list or tuple; `None` when `a` is none of these.
fn concat(a: &Value, b: &Value) -> Option<Result<Value, OpError>> {
    let wrong = |what: &str| {
        Some(Err(OpError::type_error(format!("can only concatenate {what} (not \"{}\") to {what}", b.type_name()))))
    };
    Some(match (a, b) {
        (Value::Str(x), Value::Str(y)) => {
            if let Err(e) = check_len(x.chars().count() + y.chars().count()) {
                return Some(Err(e));
            }
            let mut s = String::with_capacity(x.len() + y.len());
            s.push_str(x);
            s.push_str(y);
            Ok(Value::str(&s))
        }
        (Value::List(x), Value::List(y)) => {
            let mut items = x.borrow().clone();
            if let Err(e) = check_len(items.len() + y.borrow().len()) {
                return Some(Err(e));
            }
            items.extend(y.borrow().iter().cloned());
            Ok(Value::list(items))
        }
        (Value::Tuple(x), Value::Tuple(y)) => {
            if let Err(e) = check_len(x.len() + y.len()) {
                return Some(Err(e));
            }
            Ok(Value::tuple(x.iter().chain(y.iter()).cloned().collect()))
        }
        (Value::Str(_), _) => return wrong("str"),
        (Value::List(_), _) => return wrong("list"),
        (Value::Tuple(_), _) => return wrong("tuple"),
        _ => return None,
    })
}

/// `seq * n`.
fn repeat(seq: &Value, n: &Value) -> Result<Value, OpError> {
    let count = match IntRef::of(n) {
        Some(IntRef::Small(i)) => i.max(0) as u64,
        Some(IntRef::Big(b)) => {
            if num_traits::Signed::is_negative(b) {
                0
            } else {
                return Err(OpError::new("OverflowError", "cannot fit 'int' into an index-sized integer"));
            }
        }
        None => {
            return Err(OpError::type_error(format!("can't multiply sequence by non-int of type '{}'", n.type_name())))
        }
    };
    let empty = count == 0 || len(seq) == Some(0);
    if empty {
        return Ok(match seq {
            Value::Str(_) => Value::str(""),
            Value::List(_) => Value::list(Vec::new()),
            _ => Value::tuple(Vec::new()),
        });
    }
    let total = |len: usize| -> Result<usize, OpError> {
        let t = (len as u64).saturating_mul(count);
        check_len(usize::try_from(t).unwrap_or(usize::MAX))?;
        Ok(t as usize)
    };
    Ok(match seq {
        Value::Str(s) => {
            total(s.chars().count())?;
            Value::str(&s.repeat(count as usize))
        }
        Value::List(l) => {
            let items = l.borrow().clone();
            let mut out = Vec::with_capacity(total(items.len())?);
            for _ in 0..count {
                out.extend(items.iter().cloned());
            }
            Value::list(out)
        }
        Value::Tuple(t) => {
            let mut out = Vec::with_capacity(total(t.len())?);
            for _ in 0..count {
                out.extend(t.iter().cloned());
            }
            Value::tuple(out)
        }
        _ => return Err(OpError::type_error("can't multiply sequence by non-int")),
    })
}

/// The elements of a set or frozenset (a clone of its table), or of the keys or items view of a
/// dict (which take part in set operations; their result is a set).
fn set_table(v: &Value) -> Option<Dict> {
    match v {
        Value::Set(d) => Some(d.borrow().clone()),
        Value::FrozenSet(d) => Some((**d).clone()),
        Value::DictView(view) if view.kind != DictViewKind::Values => {
            let mut out = Dict::new();
            for item in view.items() {
                out.insert(item, Value::None).ok()?;
            }
            Some(out)
        }
        _ => None,
    }
}

/// `| & - ^` on sets and frozensets; the result has the type of the left operand.
fn set_binary(op: BinOp, a: &Value, b: &Value) -> Option<Result<Value, OpError>> {
    let x = set_table(a)?;
    let y = set_table(b)?;
    let result = set_combine(op, &x, &y);
    Some(result.map(|d| match a {
        Value::FrozenSet(_) => Value::FrozenSet(Rc::new(d)),
        _ => Value::Set(Rc::new(RefCell::new(d))),
    }))
}

/// The set operation `op` on two tables (`BitOr` union, `BitAnd` intersection, `Sub`
/// difference, `BitXor` symmetric difference).
pub fn set_combine(op: BinOp, x: &Dict, y: &Dict) -> Result<Dict, OpError> {
    let mut out = Dict::new();
    match op {
        BinOp::BitOr => {
            out = x.clone();
            for k in y.keys() {
                out.insert(k.clone(), Value::None)?;
            }
        }
        BinOp::BitAnd => {
            for k in x.keys() {
                if y.contains(k)? {
                    out.insert(k.clone(), Value::None)?;
                }
            }
        }
        BinOp::Sub => {
            for k in x.keys() {
                if !y.contains(k)? {
                    out.insert(k.clone(), Value::None)?;
                }
            }
        }
        _ => {
            for k in x.keys() {
                if !y.contains(k)? {
                    out.insert(k.clone(), Value::None)?;
                }
            }
            for k in y.keys() {
                if !x.contains(k)? {
                    out.insert(k.clone(), Value::None)?;
                }
            }
        }
    }
    Ok(out)
}

/// `op a` for built-in types (`not` is the VM's: it needs truthiness of instances).
pub fn unary(op: UnaryOp, a: &Value) -> Result<Value, OpError> {
    let symbol = match op {
        UnaryOp::Neg => "-",
        UnaryOp::Pos => "+",
        UnaryOp::Invert => "~",
        UnaryOp::Not => {
            return match a.truthy_basic() {
                Some(t) => Ok(Value::Bool(!t)),
                None => Err(OpError::type_error(format!("bad operand type for not: '{}'", a.type_name()))),
            }
        }
    };
    if let Some(i) = IntRef::of(a) {
        return Ok(match op {
            UnaryOp::Neg => int::neg(i),
            UnaryOp::Pos => i.to_value(),
            _ => int::invert(i),
        });
    }
    match (op, a) {
        (UnaryOp::Neg, Value::Float(f)) => Ok(Value::Float(-f)),
        (UnaryOp::Pos, Value::Float(f)) => Ok(Value::Float(*f)),
        _ => Err(OpError::type_error(format!("bad operand type for unary {symbol}: '{}'", a.type_name()))),
    }
}

/// Rich comparison of built-in values (`Eq`..`GtE` only; `is`/`in` are handled elsewhere).
pub fn compare(op: CmpOp, a: &Value, b: &Value) -> Result<bool, OpError> {
    compare_depth(op, a, b, 0)
}

fn not_supported(op: CmpOp, a: &Value, b: &Value) -> OpError {
    OpError::type_error(format!(
        "'{}' not supported between instances of '{}' and '{}'",
        op.symbol(),
        a.type_name(),
        b.type_name()
    ))
}

fn recursion_error() -> OpError {
    OpError::new("RecursionError", "maximum recursion depth exceeded in comparison")
}

fn ordering_holds(op: CmpOp, o: Ordering) -> bool {
    match op {
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::LtE => o != Ordering::Greater,
        CmpOp::Gt => o == Ordering::Greater,
        CmpOp::GtE => o != Ordering::Less,
        CmpOp::Eq => o == Ordering::Equal,
        _ => o != Ordering::Equal,
    }
}

fn compare_depth(op: CmpOp, a: &Value, b: &Value, depth: u32) -> Result<bool, OpError> {
    if depth > MAX_COMPARE_DEPTH {
        return Err(recursion_error());
    }
    match op {
        CmpOp::Eq => return eq_depth(a, b, depth),
        CmpOp::NotEq => return eq_depth(a, b, depth).map(|e| !e),
        CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE => {}
        _ => return Err(not_supported(op, a, b)),
    }
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        return Ok(num_cmp(x, y).is_some_and(|o| ordering_holds(op, o)));
    }
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => Ok(ordering_holds(op, x.cmp(y))),
        (Value::List(x), Value::List(y)) => {
            let (x, y) = (x.borrow().clone(), y.borrow().clone());
            seq_compare(op, &x, &y, depth)
        }
        (Value::Tuple(x), Value::Tuple(y)) => seq_compare(op, x, y, depth),
        _ => match (set_table_ref(a), set_table_ref(b)) {
            (Some(x), Some(y)) => {
                let (x, y) = (x.get(), y.get());
                let (x, y): (&Dict, &Dict) = (&x, &y);
                Ok(match op {
                    CmpOp::Lt => x.len() < y.len() && is_subset(x, y)?,
                    CmpOp::LtE => is_subset(x, y)?,
                    CmpOp::Gt => x.len() > y.len() && is_subset(y, x)?,
                    _ => is_subset(y, x)?,
                })
            }
            _ => Err(not_supported(op, a, b)),
        },
    }
}

/// Borrowed access to the table of a set or frozenset.
enum SetRef<'a> {
    Mutable(&'a RefCell<Dict>),
    Frozen(&'a Dict),
}

impl SetRef<'_> {
    fn get(&self) -> std::borrow::Cow<'_, Dict> {
        match self {
            SetRef::Mutable(d) => std::borrow::Cow::Owned(d.borrow().clone()),
            SetRef::Frozen(d) => std::borrow::Cow::Borrowed(d),
        }
    }
}

fn set_table_ref(v: &Value) -> Option<SetRef<'_>> {
    match v {
        Value::Set(d) => Some(SetRef::Mutable(d)),
        Value::FrozenSet(d) => Some(SetRef::Frozen(d)),
        _ => None,
    }
}

/// Whether every element of `x` is in `y`.
pub fn is_subset(x: &Dict, y: &Dict) -> Result<bool, OpError> {
    if x.len() > y.len() {
        return Ok(false);
    }
    for k in x.keys() {
        if !y.contains(k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn num_cmp(x: Num, y: Num) -> Option<Ordering> {
    match (x, y) {
        (Num::Int(a), Num::Int(b)) => Some(int::cmp(a, b)),
        (Num::Float(a), Num::Float(b)) => a.partial_cmp(&b),
        (Num::Int(a), Num::Float(f)) => int::cmp_float(a, f),
        (Num::Float(f), Num::Int(b)) => int::cmp_float(b, f).map(Ordering::reverse),
    }
}

/// Lexicographic comparison: the first pair of unequal items decides, else the lengths.
fn seq_compare(op: CmpOp, x: &[Value], y: &[Value], depth: u32) -> Result<bool, OpError> {
    for (a, b) in x.iter().zip(y.iter()) {
        if !item_eq(a, b, depth + 1)? {
            return compare_depth(op, a, b, depth + 1);
        }
    }
    Ok(ordering_holds(op, x.len().cmp(&y.len())))
}

/// Equality as containers test it (`in`, `list.index`, `list.count`): identity first, then `==`.
pub fn item_equal(a: &Value, b: &Value) -> Result<bool, OpError> {
    item_eq(a, b, 0)
}

/// Equality of container items: identity first (so a list containing itself equals itself), as
/// CPython does, except for floats, where `nan` never equals `nan`.
fn item_eq(a: &Value, b: &Value, depth: u32) -> Result<bool, OpError> {
    if !matches!(a, Value::Float(_)) && a.is(b) {
        return Ok(true);
    }
    eq_depth(a, b, depth)
}

/// `a == b` for built-in values (containers compare element-wise; other objects by identity).
/// Containers nested deeper than CPython's recursion limit compare unequal.
pub fn eq(a: &Value, b: &Value) -> bool {
    eq_depth(a, b, 0).unwrap_or(false)
}

/// `a == b`, reporting CPython's RecursionError for absurdly deep nesting.
pub fn eq_checked(a: &Value, b: &Value) -> Result<bool, OpError> {
    eq_depth(a, b, 0)
}

fn eq_depth(a: &Value, b: &Value, depth: u32) -> Result<bool, OpError> {
    if depth > MAX_COMPARE_DEPTH {
        return Err(recursion_error());
    }
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        return Ok(num_cmp(x, y) == Some(Ordering::Equal));
    }
    Ok(match (a, b) {
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::List(x), Value::List(y)) => {
            if Rc::ptr_eq(x, y) {
                return Ok(true);
            }
            let (x, y) = (x.borrow().clone(), y.borrow().clone());
            seq_eq(&x, &y, depth)?
        }
        (Value::Tuple(x), Value::Tuple(y)) => seq_eq(x, y, depth)?,
        (Value::Dict(x), Value::Dict(y)) => {
            if Rc::ptr_eq(x, y) {
                return Ok(true);
            }
            let (x, y) = (x.borrow().clone(), y.borrow().clone());
            if x.len() != y.len() {
                return Ok(false);
            }
            for (k, v) in x.items() {
                match y.get(k)? {
                    Some(w) if item_eq(v, &w, depth + 1)? => {}
                    _ => return Ok(false),
                }
            }
            true
        }
        (Value::Range(x), Value::Range(y)) => range_eq(x, y),
        (Value::Slice(x), Value::Slice(y)) => seq_eq(&x[..], &y[..], depth)?,
        _ => match (set_table_ref(a), set_table_ref(b)) {
            (Some(x), Some(y)) => {
                let (x, y) = (x.get(), y.get());
                x.len() == y.len() && is_subset(&x, &y)?
            }
            _ => a.is(b),
        },
    })
}

fn seq_eq(x: &[Value], y: &[Value], depth: u32) -> Result<bool, OpError> {
    if x.len() != y.len() {
        return Ok(false);
    }
    for (a, b) in x.iter().zip(y.iter()) {
        if !item_eq(a, b, depth + 1)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Ranges are equal when they produce the same sequence (`range(0) == range(2, 2)`).
fn range_eq(x: &RangeObj, y: &RangeObj) -> bool {
    let n = x.len();
    if n != y.len() {
        return false;
    }
    n == 0 || (x.start == y.start && (n == 1 || x.step == y.step))
}

/// `item in container` for built-in containers.
pub fn contains(container: &Value, item: &Value) -> Result<bool, OpError> {
    match container {
        Value::List(l) => {
            let items = l.borrow().clone();
            for v in &items {
                if item_eq(v, item, 0)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Tuple(t) => {
            for v in t.iter() {
                if item_eq(v, item, 0)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Dict(d) | Value::Set(d) => d.borrow().contains(item),
        Value::FrozenSet(d) => d.contains(item),
        Value::Str(s) => match item {
            Value::Str(sub) => Ok(s.contains(&**sub)),
            _ => Err(OpError::type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                item.type_name()
            ))),
        },
        Value::Range(r) => Ok(range_contains(r, item)),
        Value::DictView(v) if v.kind == DictViewKind::Keys => v.dict.borrow().contains(item),
        Value::DictView(v) => {
            for x in v.items() {
                if eq_checked(&x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(OpError::type_error(format!("argument of type '{}' is not iterable", container.type_name()))),
    }
}

/// Membership in a range: arithmetic for ints (and integral floats), equality otherwise.
fn range_contains(r: &RangeObj, item: &Value) -> bool {
    let i = match item {
        Value::Int(i) => *i as i128,
        Value::Bool(b) => *b as i128,
        Value::Float(f) if f.fract() == 0.0 && f.abs() < 9.2e18 => *f as i128,
        _ => return false,
    };
    let (start, stop, step) = (r.start as i128, r.stop as i128, r.step as i128);
    let inside = if step > 0 { start <= i && i < stop } else { stop < i && i <= start };
    inside && (i - start) % step == 0
}

/// `obj[index]` for built-in containers (index may be a `Value::Slice`).
pub fn getitem(obj: &Value, index: &Value) -> Result<Value, OpError> {
    subscript::getitem(obj, index)
}

/// `obj[index] = value`. For slice assignment the value must be a built-in collection (list,
/// tuple, str, dict, set, frozenset, range): the VM turns other iterables into a list first.
pub fn setitem(obj: &Value, index: &Value, value: Value) -> Result<(), OpError> {
    subscript::setitem(obj, index, value)
}

/// `del obj[index]`.
pub fn delitem(obj: &Value, index: &Value) -> Result<(), OpError> {
    subscript::delitem(obj, index)
}

/// `len(v)` for built-in containers; `None` if the type has no length.
pub fn len(v: &Value) -> Option<usize> {
    match v {
        Value::Str(s) => Some(s.chars().count()),
        Value::List(l) => Some(l.borrow().len()),
        Value::Tuple(t) => Some(t.len()),
        Value::Dict(d) | Value::Set(d) => Some(d.borrow().len()),
        Value::FrozenSet(d) => Some(d.len()),
        Value::Range(r) => Some(usize::try_from(r.len()).unwrap_or(usize::MAX)),
        Value::DictView(v) => Some(v.dict.borrow().len()),
        _ => None,
    }
}

/// The items of a built-in collection, in iteration order: list, tuple, str (its characters),
/// dict (its keys), set, frozenset, range. `Ok(None)` for anything else (generators,
/// iterators and instances are iterated by the VM). A range longer than `MAX_CONTAINER_LEN` is a
/// `MemoryError`.
pub fn iter_builtin(v: &Value) -> Result<Option<Vec<Value>>, OpError> {
    Ok(Some(match v {
        Value::List(l) => l.borrow().clone(),
        Value::Tuple(t) => t.to_vec(),
        Value::Str(s) => s.chars().map(|c| Value::str(c.encode_utf8(&mut [0; 4]))).collect(),
        Value::Dict(d) => d.borrow().keys().cloned().collect(),
        Value::Set(d) => super::set_order::set_items(&d.borrow()),
        Value::FrozenSet(d) => super::set_order::set_items(d),
        Value::DictView(v) => v.items(),
        Value::Range(r) => {
            let n = r.len();
            check_len(usize::try_from(n).unwrap_or(usize::MAX))?;
            (0..n).map(|i| Value::Int(r.get(i))).collect()
        }
        _ => return Ok(None),
    }))
}

/// An index argument (`operator.index`): ints and bools; CPython's errors for the rest.
pub fn to_index(v: &Value) -> Result<i64, OpError> {
    match IntRef::of(v) {
        Some(IntRef::Small(i)) => Ok(i),
        Some(IntRef::Big(_)) => Err(OpError::new("OverflowError", "cannot fit 'int' into an index-sized integer")),
        None => Err(OpError::type_error(format!("'{}' object cannot be interpreted as an integer", v.type_name()))),
    }
}

/// A number as a float (ints, bools, floats); `None` for other types and for ints too large
/// for a float (see `to_float` for the error).
pub fn to_f64(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        _ => IntRef::of(v)?.to_f64().ok(),
    }
}

/// `float(v)` for numbers, with CPython's errors ("must be real number, not str", "int too
/// large to convert to float").
pub fn to_float(v: &Value) -> Result<f64, OpError> {
    match v {
        Value::Float(f) => Ok(*f),
        _ => match IntRef::of(v) {
            Some(i) => i.to_f64(),
            None => Err(OpError::type_error(format!("must be real number, not {}", v.type_name()))),
        },
    }
}

/// `int(s, base)` for a string (`int("  12_3 ")`, `int("0x1f", 16)`, `int("z", 36)`, base 0).
pub fn int_from_str(s: &str, base: u32) -> Result<Value, OpError> {
    int::parse(s, base)
}

/// `float(s)` for a string: decimal and exponent forms, `inf`/`infinity`/`nan` in any case,
/// underscores between digits, whitespace around.
pub fn float_from_str(s: &str) -> Result<f64, OpError> {
    let invalid = || OpError::value_error(format!("could not convert string to float: {}", super::format::str_repr(s)));
    // Digits of other scripts count, as in CPython (`float('١٢.٥') == 12.5`).
    let ascii: String = s.chars().map(|c| super::int::unicode_digit(c).map_or(c, char::from)).collect();
    let t = ascii.trim_matches(super::str_methods::is_space);
    let (negative, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Ok(if negative { -v } else { v });
    }
    // [digits] [. digits] [e [sign] digits], digits with single underscores between them.
    let bytes = body.as_bytes();
    let mut clean = String::with_capacity(body.len() + 1);
    if negative {
        clean.push('-');
    }
    let mut i = 0;
    let digit_run = |i: &mut usize, clean: &mut String| -> Result<usize, OpError> {
        let start = *i;
        let mut count = 0;
        while *i < bytes.len() {
            let c = bytes[*i];
            if c.is_ascii_digit() {
                clean.push(c as char);
                count += 1;
            } else if c == b'_' {
                let next_digit = bytes.get(*i + 1).is_some_and(u8::is_ascii_digit);
                if *i == start || !next_digit {
                    return Err(invalid());
                }
            } else {
                break;
            }
            *i += 1;
        }
        Ok(count)
    };
    let int_digits = digit_run(&mut i, &mut clean)?;
    let mut frac_digits = 0;
    if bytes.get(i) == Some(&b'.') {
        clean.push('.');
        i += 1;
        frac_digits = digit_run(&mut i, &mut clean)?;
    }
    if int_digits + frac_digits == 0 {
        return Err(invalid());
    }
    if matches!(bytes.get(i), Some(b'e' | b'E')) {
        clean.push('e');
        i += 1;
        if let Some(&c @ (b'+' | b'-')) = bytes.get(i) {
            clean.push(c as char);
            i += 1;
        }
        if digit_run(&mut i, &mut clean)? == 0 {
            return Err(invalid());
        }
    }
    if i != bytes.len() {
        return Err(invalid());
    }
    crate::engine::float_parse::parse_decimal(&clean).ok_or_else(invalid)
}

#[cfg(test)]
mod tests;
