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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::value::format::repr_basic;

    fn int(i: i64) -> Value {
        Value::Int(i)
    }

    fn slice(a: Option<i64>, b: Option<i64>, c: Option<i64>) -> Value {
        let part = |x: Option<i64>| x.map(Value::Int).unwrap_or(Value::None);
        Value::Slice(Rc::new([part(a), part(b), part(c)]))
    }

    fn ints(v: &Value) -> Vec<i64> {
        match v {
            Value::List(l) => l.borrow().iter().map(|x| if let Value::Int(i) = x { *i } else { -999 }).collect(),
            other => panic!("{other:?}"),
        }
    }

    fn digits() -> Value {
        Value::list((0..10).map(Value::Int).collect())
    }

    fn range(a: i64, b: i64, c: i64) -> Value {
        Value::Range(Rc::new(RangeObj { start: a, stop: b, step: c }))
    }

    fn repr(v: &Value) -> String {
        repr_basic(v).unwrap_or_default()
    }

    #[test]
    fn slicing_matches_cpython() {
        // l = list(range(10)); s = "0123456789"; for each slice: l[sl], s[sl], range(10)[sl], range(3,30,3)[sl]
        let cases: &[(Value, &[i64], &str, &str, &str)] = &[
            (slice(None, None, Some(2)), &[0, 2, 4, 6, 8], "'02468'", "range(0, 10, 2)", "range(3, 30, 6)"),
            (
                slice(None, None, Some(-1)),
                &[9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
                "'9876543210'",
                "range(9, -1, -1)",
                "range(27, 0, -3)",
            ),
            (slice(Some(-3), None, None), &[7, 8, 9], "'789'", "range(7, 10)", "range(21, 30, 3)"),
            (slice(Some(8), Some(2), Some(-2)), &[8, 6, 4], "'864'", "range(8, 2, -2)", "range(27, 9, -6)"),
            (
                slice(Some(-100), Some(100), None),
                &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
                "'0123456789'",
                "range(0, 10)",
                "range(3, 30, 3)",
            ),
            (slice(Some(5), Some(2), None), &[], "''", "range(5, 2)", "range(18, 9, 3)"),
            (slice(None, None, Some(-3)), &[9, 6, 3, 0], "'9630'", "range(9, -1, -3)", "range(27, 0, -9)"),
            (slice(Some(1), Some(-1), Some(3)), &[1, 4, 7], "'147'", "range(1, 9, 3)", "range(6, 27, 9)"),
            (slice(Some(100), None, None), &[], "''", "range(10, 10)", "range(30, 30, 3)"),
            (
                slice(None, Some(-100), Some(-1)),
                &[9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
                "'9876543210'",
                "range(9, -1, -1)",
                "range(27, 0, -3)",
            ),
        ];
        for (sl, list, text, r10, r3) in cases {
            assert_eq!(ints(&getitem(&digits(), sl).unwrap()), *list, "{sl:?}");
            assert_eq!(repr(&getitem(&Value::str("0123456789"), sl).unwrap()), *text, "{sl:?}");
            assert_eq!(repr(&getitem(&range(0, 10, 1), sl).unwrap()), *r10, "{sl:?}");
            assert_eq!(repr(&getitem(&range(3, 30, 3), sl).unwrap()), *r3, "{sl:?}");
        }
        // 'héllo'[1] == 'é'; 'héllo'[::-1] == 'olléh'; 'héllo'[-2:] == 'lo'
        let h = Value::str("héllo");
        assert_eq!(repr(&getitem(&h, &int(1)).unwrap()), "'é'");
        assert_eq!(repr(&getitem(&h, &slice(None, None, Some(-1))).unwrap()), "'olléh'");
        assert_eq!(repr(&getitem(&h, &slice(Some(-2), None, None)).unwrap()), "'lo'");
        // range(0,10,3)[-1] == 9; True indexes like 1
        assert_eq!(repr(&getitem(&range(0, 10, 3), &int(-1)).unwrap()), "9");
        assert_eq!(repr(&getitem(&digits(), &Value::Bool(true)).unwrap()), "1");
    }

    #[test]
    fn index_errors_match_cpython() {
        let msg = |r: Result<Value, OpError>| {
            let e = r.unwrap_err();
            format!("{}: {}", e.kind, e.message)
        };
        let t = Value::tuple(vec![int(1), int(2)]);
        assert_eq!(msg(getitem(&Value::list(vec![]), &int(0))), "IndexError: list index out of range");
        assert_eq!(msg(getitem(&t, &int(5))), "IndexError: tuple index out of range");
        assert_eq!(msg(getitem(&Value::str("ab"), &int(5))), "IndexError: string index out of range");
        assert_eq!(msg(getitem(&range(0, 3, 1), &int(5))), "IndexError: range object index out of range");
        let a = Value::str("a");
        assert_eq!(msg(getitem(&digits(), &a)), "TypeError: list indices must be integers or slices, not str");
        assert_eq!(
            msg(getitem(&digits(), &Value::Float(1.5))),
            "TypeError: list indices must be integers or slices, not float"
        );
        assert_eq!(msg(getitem(&t, &a)), "TypeError: tuple indices must be integers or slices, not str");
        assert_eq!(msg(getitem(&Value::str("abc"), &a)), "TypeError: string indices must be integers, not 'str'");
        assert_eq!(msg(getitem(&range(0, 3, 1), &a)), "TypeError: range indices must be integers or slices, not str");
        assert_eq!(msg(getitem(&int(1), &int(0))), "TypeError: 'int' object is not subscriptable");
        assert_eq!(msg(getitem(&digits(), &slice(None, None, Some(0)))), "ValueError: slice step cannot be zero");
        let bad = Value::Slice(Rc::new([int(1), a.clone(), Value::None]));
        assert_eq!(
            msg(getitem(&digits(), &bad)),
            "TypeError: slice indices must be integers or None or have an __index__ method"
        );
        let huge = Value::from_bigint(num_bigint::BigInt::from(10).pow(20));
        assert_eq!(msg(getitem(&digits(), &huge)), "IndexError: cannot fit 'int' into an index-sized integer");
        let d = Value::Dict(Default::default());
        assert_eq!(msg(getitem(&d, &a)), "KeyError: 'a'");
        assert_eq!(msg(getitem(&d, &Value::list(vec![]))), "TypeError: unhashable type: 'list'");
        let key = Value::tuple(vec![int(1), a.clone()]);
        assert_eq!(msg(getitem(&d, &key)), "KeyError: (1, 'a')");
    }

    #[test]
    fn assignment_and_deletion_match_cpython() {
        let list = |v: Vec<i64>| Value::list(v.into_iter().map(Value::Int).collect());
        let six = || list((0..6).collect());
        let chars = |s: &str| Value::str(s);
        let show = |v: &Value| match v {
            Value::List(l) => {
                l.borrow().iter().map(|x| repr_basic(x).unwrap_or_default()).collect::<Vec<_>>().join(", ")
            }
            _ => String::new(),
        };
        // a[1:3] = ['x'] -> [0, 'x', 3, 4, 5]
        let a = six();
        setitem(&a, &slice(Some(1), Some(3), None), Value::list(vec![chars("x")])).unwrap();
        assert_eq!(show(&a), "0, 'x', 3, 4, 5");
        // a[::2] = 'abc' -> ['a', 1, 'b', 3, 'c', 5]
        let a = six();
        setitem(&a, &slice(None, None, Some(2)), chars("abc")).unwrap();
        assert_eq!(show(&a), "'a', 1, 'b', 3, 'c', 5");
        // a[::-2] = (7, 8, 9) -> [0, 9, 2, 8, 4, 7]
        let a = six();
        setitem(&a, &slice(None, None, Some(-2)), Value::tuple(vec![int(7), int(8), int(9)])).unwrap();
        assert_eq!(show(&a), "0, 9, 2, 8, 4, 7");
        // a[4:1] = [9] -> [0, 1, 2, 3, 9, 4, 5]
        let a = six();
        setitem(&a, &slice(Some(4), Some(1), None), list(vec![9])).unwrap();
        assert_eq!(show(&a), "0, 1, 2, 3, 9, 4, 5");
        // a[:] = a
        let a = six();
        setitem(&a, &slice(None, None, None), a.clone()).unwrap();
        assert_eq!(show(&a), "0, 1, 2, 3, 4, 5");
        // del a[::2] -> [1, 3, 5]; del a[1:3] -> [0, 3, 4, 5]; del a[::-4] -> [0, 2, 3, 4]; del a[-1]
        let a = six();
        delitem(&a, &slice(None, None, Some(2))).unwrap();
        assert_eq!(show(&a), "1, 3, 5");
        let a = six();
        delitem(&a, &slice(Some(1), Some(3), None)).unwrap();
        assert_eq!(show(&a), "0, 3, 4, 5");
        let a = six();
        delitem(&a, &slice(None, None, Some(-4))).unwrap();
        assert_eq!(show(&a), "0, 2, 3, 4");
        let a = six();
        delitem(&a, &int(-1)).unwrap();
        assert_eq!(show(&a), "0, 1, 2, 3, 4");
        setitem(&a, &int(-1), int(7)).unwrap();
        assert_eq!(show(&a), "0, 1, 2, 3, 7");

        let msg = |r: Result<(), OpError>| {
            let e = r.unwrap_err();
            format!("{}: {}", e.kind, e.message)
        };
        let a = six();
        assert_eq!(msg(setitem(&a, &int(6), int(0))), "IndexError: list assignment index out of range");
        assert_eq!(msg(delitem(&a, &int(-7))), "IndexError: list assignment index out of range");
        assert_eq!(
            msg(setitem(&a, &slice(None, None, Some(2)), list(vec![1]))),
            "ValueError: attempt to assign sequence of size 1 to extended slice of size 3"
        );
        assert_eq!(msg(setitem(&a, &slice(Some(1), Some(3), None), int(5))), "TypeError: can only assign an iterable");
        assert_eq!(
            msg(setitem(&a, &slice(None, None, Some(2)), int(5))),
            "TypeError: must assign iterable to extended slice"
        );
        let t = Value::tuple(vec![int(1)]);
        assert_eq!(msg(setitem(&t, &int(0), int(1))), "TypeError: 'tuple' object does not support item assignment");
        assert_eq!(
            msg(setitem(&chars("a"), &int(0), int(1))),
            "TypeError: 'str' object does not support item assignment"
        );
        assert_eq!(msg(delitem(&t, &int(0))), "TypeError: 'tuple' object doesn't support item deletion");
        assert_eq!(msg(delitem(&t, &chars("x"))), "TypeError: 'tuple' object does not support item deletion");
        assert_eq!(msg(delitem(&chars("a"), &int(0))), "TypeError: 'str' object doesn't support item deletion");
        assert_eq!(msg(delitem(&int(1), &int(0))), "TypeError: 'int' object does not support item deletion");
        let d = Value::Dict(Default::default());
        setitem(&d, &chars("k"), int(1)).unwrap();
        assert_eq!(repr(&getitem(&d, &chars("k")).unwrap()), "1");
        delitem(&d, &chars("k")).unwrap();
        assert_eq!(msg(delitem(&d, &int(1))), "KeyError: 1");
    }
}
