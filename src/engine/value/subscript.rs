//! Indexing and slicing of built-in containers: `obj[i]`, `obj[a:b:c]`, assignment and deletion,
//! with CPython's `slice.indices` arithmetic and error messages. Reached through `ops::getitem`,
//! `ops::setitem` and `ops::delitem`.

use super::int::IntRef;
use super::ops::{check_len, iter_builtin};
use super::{OpError, RangeObj, Value};
use std::rc::Rc;

/// A slice resolved against a sequence length (CPython's `PySlice_Unpack` followed by
/// `PySlice_AdjustIndices`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SliceIndices {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    /// Number of items the slice selects.
    pub len: usize,
}

impl SliceIndices {
    /// Position of the `k`-th selected item.
    pub fn index(&self, k: usize) -> usize {
        (self.start as i128 + k as i128 * self.step as i128) as usize
    }
}

fn slice_part(v: &Value, default: i64) -> Result<i64, OpError> {
    match v {
        Value::None => Ok(default),
        _ => match IntRef::of(v) {
            Some(IntRef::Small(i)) => Ok(i),
            // Clamped, as CPython does with `_PyEval_SliceIndex`.
            Some(IntRef::Big(b)) => Ok(if num_traits::Signed::is_negative(b) { i64::MIN } else { i64::MAX }),
            None => Err(OpError::type_error("slice indices must be integers or None or have an __index__ method")),
        },
    }
}

/// `slice(start, stop, step).indices(len)`, plus the number of selected items.
pub fn slice_indices(parts: &[Value; 3], len: usize) -> Result<SliceIndices, OpError> {
    let step = slice_part(&parts[2], 1)?;
    if step == 0 {
        return Err(OpError::value_error("slice step cannot be zero"));
    }
    let step = step.max(-i64::MAX);
    let (default_start, default_stop) = if step < 0 { (i64::MAX, i64::MIN) } else { (0, i64::MAX) };
    let start = slice_part(&parts[0], default_start)?;
    let stop = slice_part(&parts[1], default_stop)?;
    let n = len as i128;
    let adjust = |i: i64| -> i128 {
        let mut i = i as i128;
        if i < 0 {
            i += n;
            if i < 0 {
                i = if step < 0 { -1 } else { 0 };
            }
        } else if i >= n {
            i = if step < 0 { n - 1 } else { n };
        }
        i
    };
    let (start, stop) = (adjust(start), adjust(stop));
    let s = step as i128;
    let count = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-s) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / s + 1
    } else {
        0
    };
    Ok(SliceIndices { start: start as i64, stop: stop as i64, step, len: count as usize })
}

/// An integer index, or the container's TypeError (`what` is "list", "tuple", "range").
fn int_index(index: &Value, what: &str) -> Result<i64, OpError> {
    match IntRef::of(index) {
        Some(IntRef::Small(i)) => Ok(i),
        Some(IntRef::Big(_)) => Err(OpError::new("IndexError", "cannot fit 'int' into an index-sized integer")),
        None if what == "string" => {
            Err(OpError::type_error(format!("string indices must be integers, not '{}'", index.type_name())))
        }
        None => {
            Err(OpError::type_error(format!("{what} indices must be integers or slices, not {}", index.type_name())))
        }
    }
}

/// A possibly negative index made absolute, if in range.
fn normalize(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i as i128 + len as i128 } else { i as i128 };
    if (0..len as i128).contains(&i) {
        Some(i as usize)
    } else {
        None
    }
}

fn index_error(message: &str) -> OpError {
    OpError::new("IndexError", message)
}

fn key_error(key: &Value) -> OpError {
    OpError::new("KeyError", key_repr(key))
}

/// The repr of a dict key for a KeyError message (scalars and tuples of them).
fn key_repr(key: &Value) -> String {
    if let Some(s) = super::format::repr_basic(key) {
        return s;
    }
    match key {
        Value::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(key_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        other => format!("<{} object>", other.type_name()),
    }
}

/// Items of `items` selected by a slice.
fn take_slice<T: Clone>(items: &[T], s: &SliceIndices) -> Vec<T> {
    (0..s.len).filter_map(|k| items.get(s.index(k)).cloned()).collect()
}

pub fn getitem(obj: &Value, index: &Value) -> Result<Value, OpError> {
    match obj {
        Value::List(l) => {
            let l = l.borrow();
            if let Value::Slice(parts) = index {
                let s = slice_indices(parts, l.len())?;
                return Ok(Value::list(take_slice(&l, &s)));
            }
            let i = int_index(index, "list")?;
            normalize(i, l.len()).and_then(|i| l.get(i).cloned()).ok_or_else(|| index_error("list index out of range"))
        }
        Value::Tuple(t) => {
            if let Value::Slice(parts) = index {
                let s = slice_indices(parts, t.len())?;
                if s.step == 1 && s.len == t.len() {
                    return Ok(obj.clone());
                }
                return Ok(Value::tuple(take_slice(t, &s)));
            }
            let i = int_index(index, "tuple")?;
            normalize(i, t.len()).and_then(|i| t.get(i).cloned()).ok_or_else(|| index_error("tuple index out of range"))
        }
        Value::Str(text) => str_getitem(text, index),
        Value::Range(r) => range_getitem(r, index),
        Value::Dict(d) => {
            let found = d.borrow().get(index)?;
            found.ok_or_else(|| key_error(index))
        }
        _ => Err(OpError::type_error(format!("'{}' object is not subscriptable", obj.type_name()))),
    }
}

fn str_getitem(text: &Rc<str>, index: &Value) -> Result<Value, OpError> {
    if text.is_ascii() {
        let bytes = text.as_bytes();
        if let Value::Slice(parts) = index {
            let s = slice_indices(parts, bytes.len())?;
            let picked = take_slice(bytes, &s);
            return Ok(Value::str(&String::from_utf8_lossy(&picked)));
        }
        let i = int_index(index, "string")?;
        return normalize(i, bytes.len())
            .and_then(|i| text.get(i..i + 1))
            .map(Value::str)
            .ok_or_else(|| index_error("string index out of range"));
    }
    let chars: Vec<char> = text.chars().collect();
    if let Value::Slice(parts) = index {
        let s = slice_indices(parts, chars.len())?;
        return Ok(Value::str(&take_slice(&chars, &s).into_iter().collect::<String>()));
    }
    let i = int_index(index, "string")?;
    normalize(i, chars.len())
        .and_then(|i| chars.get(i))
        .map(|c| Value::str(c.encode_utf8(&mut [0; 4])))
        .ok_or_else(|| index_error("string index out of range"))
}

fn range_getitem(r: &RangeObj, index: &Value) -> Result<Value, OpError> {
    let len = usize::try_from(r.len()).unwrap_or(usize::MAX);
    if let Value::Slice(parts) = index {
        let s = slice_indices(parts, len)?;
        let at = |k: i64| r.start as i128 + k as i128 * r.step as i128;
        let fit = |v: i128| {
            i64::try_from(v).map_err(|_| OpError::new("OverflowError", "Python int too large to convert to C ssize_t"))
        };
        let step = fit(r.step as i128 * s.step as i128)?;
        return Ok(Value::Range(Rc::new(RangeObj { start: fit(at(s.start))?, stop: fit(at(s.stop))?, step })));
    }
    let i = int_index(index, "range")?;
    normalize(i, len).map(|i| Value::Int(r.get(i as i64))).ok_or_else(|| index_error("range object index out of range"))
}

pub fn setitem(obj: &Value, index: &Value, value: Value) -> Result<(), OpError> {
    match obj {
        Value::List(l) => {
            if let Value::Slice(parts) = index {
                return assign_slice(l, parts, &value);
            }
            let i = int_index(index, "list")?;
            let mut items = l.borrow_mut();
            let len = items.len();
            let slot = normalize(i, len)
                .and_then(|i| items.get_mut(i))
                .ok_or_else(|| index_error("list assignment index out of range"))?;
            let old = std::mem::replace(slot, value);
            drop(items);
            drop(old);
            Ok(())
        }
        Value::Dict(d) => {
            let old = {
                let mut d = d.borrow_mut();
                let old = d.get(index)?;
                d.insert(index.clone(), value)?;
                old
            };
            drop(old);
            Ok(())
        }
        _ => Err(OpError::type_error(format!("'{}' object does not support item assignment", obj.type_name()))),
    }
}

/// `lst[a:b:c] = value`.
fn assign_slice(l: &Rc<std::cell::RefCell<Vec<Value>>>, parts: &[Value; 3], value: &Value) -> Result<(), OpError> {
    let len = l.borrow().len();
    let s = slice_indices(parts, len)?;
    let items = iter_builtin(value)?;
    if s.step == 1 {
        let items = items.ok_or_else(|| OpError::type_error("can only assign an iterable"))?;
        let start = s.start as usize;
        let stop = (s.stop as usize).max(start);
        check_len(len - (stop - start) + items.len())?;
        let removed: Vec<Value> = l.borrow_mut().splice(start..stop, items).collect();
        drop(removed);
        return Ok(());
    }
    let items = items.ok_or_else(|| OpError::type_error("must assign iterable to extended slice"))?;
    if items.len() != s.len {
        return Err(OpError::value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            items.len(),
            s.len
        )));
    }
    let mut old = Vec::with_capacity(items.len());
    {
        let mut list = l.borrow_mut();
        for (k, v) in items.into_iter().enumerate() {
            if let Some(slot) = list.get_mut(s.index(k)) {
                old.push(std::mem::replace(slot, v));
            }
        }
    }
    drop(old);
    Ok(())
}

pub fn delitem(obj: &Value, index: &Value) -> Result<(), OpError> {
    match obj {
        Value::List(l) => {
            let len = l.borrow().len();
            if let Value::Slice(parts) = index {
                let s = slice_indices(parts, len)?;
                let removed: Vec<Value> = if s.step == 1 {
                    let start = s.start as usize;
                    let stop = (s.stop as usize).max(start);
                    l.borrow_mut().drain(start..stop).collect()
                } else {
                    let mut doomed = vec![false; len];
                    for k in 0..s.len {
                        if let Some(d) = doomed.get_mut(s.index(k)) {
                            *d = true;
                        }
                    }
                    let all = std::mem::take(&mut *l.borrow_mut());
                    let (gone, kept): (Vec<_>, Vec<_>) =
                        all.into_iter().enumerate().partition(|(i, _)| doomed.get(*i) == Some(&true));
                    *l.borrow_mut() = kept.into_iter().map(|(_, v)| v).collect();
                    gone.into_iter().map(|(_, v)| v).collect()
                };
                drop(removed);
                return Ok(());
            }
            let i = int_index(index, "list")?;
            let i = normalize(i, len).ok_or_else(|| index_error("list assignment index out of range"))?;
            let removed = l.borrow_mut().remove(i);
            drop(removed);
            Ok(())
        }
        Value::Dict(d) => {
            let removed = d.borrow_mut().remove(index)?;
            match removed {
                Some(v) => {
                    drop(v);
                    Ok(())
                }
                None => Err(key_error(index)),
            }
        }
        // Types with sequence behaviour say "doesn't" when given an int index, as CPython does.
        Value::Tuple(_) | Value::Str(_) | Value::Range(_) | Value::Set(_) | Value::FrozenSet(_)
            if IntRef::of(index).is_some() =>
        {
            Err(OpError::type_error(format!("'{}' object doesn't support item deletion", obj.type_name())))
        }
        _ => Err(OpError::type_error(format!("'{}' object does not support item deletion", obj.type_name()))),
    }
}
