//! Operators on built-in values: arithmetic (with the small-int fast path and big-int fallback),
//! comparisons, membership, indexing and slicing. Instances (user classes) are the VM's business:
//! these functions report a `TypeError` for them and the VM tries dunder methods first.

use super::{OpError, Value};
use crate::engine::syntax::ast::{BinOp, CmpOp, UnaryOp};

/// `a op b` for built-in types.
pub fn binary(op: BinOp, a: &Value, b: &Value) -> Result<Value, OpError> {
    match (op, a, b) {
        (BinOp::Add, Value::Int(x), Value::Int(y)) if x.checked_add(*y).is_some() => Ok(Value::Int(x + y)),
        _ => Err(OpError::type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            op.symbol(),
            a.type_name(),
            b.type_name()
        ))),
    }
}

/// `op a` for built-in types (`not` is the VM's: it needs truthiness of instances).
pub fn unary(op: UnaryOp, a: &Value) -> Result<Value, OpError> {
    Err(OpError::type_error(format!("bad operand type for unary {:?}: '{}'", op, a.type_name())))
}

/// Rich comparison of built-in values (`Eq`..`GtE` only; `is`/`in` are handled elsewhere).
pub fn compare(op: CmpOp, a: &Value, b: &Value) -> Result<bool, OpError> {
    match op {
        CmpOp::Eq => Ok(eq(a, b)),
        CmpOp::NotEq => Ok(!eq(a, b)),
        _ => Err(OpError::type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            a.type_name(),
            b.type_name()
        ))),
    }
}

/// `a == b` for built-in values (containers compare element-wise; other objects by identity).
pub fn eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::None, Value::None) => true,
        _ => a.is(b),
    }
}

/// `item in container` for built-in containers.
pub fn contains(container: &Value, item: &Value) -> Result<bool, OpError> {
    let _ = item;
    Err(OpError::type_error(format!("argument of type '{}' is not iterable", container.type_name())))
}

/// `obj[index]` for built-in containers (index may be a `Value::Slice`).
pub fn getitem(obj: &Value, index: &Value) -> Result<Value, OpError> {
    let _ = index;
    Err(OpError::type_error(format!("'{}' object is not subscriptable", obj.type_name())))
}

/// `obj[index] = value`.
pub fn setitem(obj: &Value, index: &Value, value: Value) -> Result<(), OpError> {
    let _ = (index, value);
    Err(OpError::type_error(format!("'{}' object does not support item assignment", obj.type_name())))
}

/// `del obj[index]`.
pub fn delitem(obj: &Value, index: &Value) -> Result<(), OpError> {
    let _ = index;
    Err(OpError::type_error(format!("'{}' object does not support item deletion", obj.type_name())))
}

/// `len(v)` for built-in containers; `None` if the type has no length.
pub fn len(v: &Value) -> Option<usize> {
    match v {
        Value::Str(s) => Some(s.chars().count()),
        Value::List(l) => Some(l.borrow().len()),
        Value::Tuple(t) => Some(t.len()),
        _ => None,
    }
}
