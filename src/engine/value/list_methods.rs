//! Methods of `list` and `tuple`: `append`, `extend`, `insert`, `pop`, `remove`, `index`,
//! `count`, `clear`, `copy`, `reverse`, `sort`. Reached through `methods::call_method`, which has
//! checked the number of arguments.

use super::int::IntRef;
use super::methods::{iterable_items, message_repr};
use super::ops::{check_len, compare, item_equal, to_index};
use super::{Args, OpError, Value};
use crate::engine::syntax::ast::CmpOp;
use std::cell::RefCell;
use std::rc::Rc;

/// A `start`/`stop` argument of `index` (no None allowed, huge values clamped).
fn index_bound(v: Option<&Value>, default: i64) -> Result<i64, OpError> {
    match v {
        None => Ok(default),
        Some(v) => match IntRef::of(v) {
            Some(IntRef::Small(i)) => Ok(i),
            Some(IntRef::Big(b)) => Ok(if num_traits::Signed::is_negative(b) { i64::MIN } else { i64::MAX }),
            None => Err(OpError::type_error("slice indices must be integers or have an __index__ method")),
        },
    }
}

/// `seq.index(x[, start[, stop]])` over a snapshot of the items.
fn index_of(items: &[Value], args: &Args) -> Result<Option<usize>, OpError> {
    let len = items.len() as i64;
    let bound = |i: i64| if i < 0 { (i.saturating_add(len)).max(0) } else { i.min(len) };
    let start = bound(index_bound(args.pos.get(1), 0)?);
    let stop = bound(index_bound(args.pos.get(2), i64::MAX)?);
    for i in start..stop {
        if item_equal(&items[i as usize], &args.pos[0])? {
            return Ok(Some(i as usize));
        }
    }
    Ok(None)
}

fn count_of(items: &[Value], x: &Value) -> Result<Value, OpError> {
    let mut n = 0;
    for v in items {
        if item_equal(v, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

/// Stable merge sort using only `<`, as CPython's sort does; the first failed comparison
/// (`'<' not supported between ...`) aborts it. (Rust's own sorts require a total order, which
/// Python values such as `nan` do not provide.)
fn merge_sort(items: &[Value]) -> Result<Vec<Value>, OpError> {
    let lt = |a: &Value, b: &Value| compare(CmpOp::Lt, a, b);
    if items.len() <= 8 {
        let mut out: Vec<Value> = Vec::with_capacity(items.len());
        for v in items {
            // Insert after every element that is not greater (keeps equal items in order).
            let mut at = out.len();
            while at > 0 && lt(v, &out[at - 1])? {
                at -= 1;
            }
            out.insert(at, v.clone());
        }
        return Ok(out);
    }
    let mid = items.len() / 2;
    let left = merge_sort(&items[..mid])?;
    let right = merge_sort(&items[mid..])?;
    let mut out = Vec::with_capacity(items.len());
    let (mut i, mut j) = (0, 0);
    while i < left.len() && j < right.len() {
        if lt(&right[j], &left[i])? {
            out.push(right[j].clone());
            j += 1;
        } else {
            out.push(left[i].clone());
            i += 1;
        }
    }
    out.extend_from_slice(&left[i..]);
    out.extend_from_slice(&right[j..]);
    Ok(out)
}

/// `list.sort(reverse=...)`: reversing before and after keeps the sort stable, as in CPython.
fn sort(list: &RefCell<Vec<Value>>, args: &Args) -> Option<Result<Value, OpError>> {
    let mut reverse = false;
    for (k, v) in &args.kw {
        match &**k {
            "key" if !matches!(v, Value::None) => return None,
            "reverse" => match IntRef::of(v) {
                Some(i) => reverse = !i.is_zero(),
                None => {
                    return Some(Err(OpError::type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        v.type_name()
                    ))))
                }
            },
            _ => {}
        }
    }
    let mut items = list.borrow().clone();
    if items.iter().any(|v| matches!(v, Value::Instance(_))) {
        return None;
    }
    if reverse {
        items.reverse();
    }
    let mut sorted = match merge_sort(&items) {
        Ok(s) => s,
        Err(e) => return Some(Err(e)),
    };
    if reverse {
        sorted.reverse();
    }
    *list.borrow_mut() = sorted;
    Some(Ok(Value::None))
}

/// Calls `list` method `name`.
pub(super) fn call_list(list: &Rc<RefCell<Vec<Value>>>, name: &str, args: Args) -> Option<Result<Value, OpError>> {
    let a = &args.pos;
    Some(match name {
        "append" => {
            let len = list.borrow().len();
            check_len(len + 1).map(|_| {
                list.borrow_mut().push(a[0].clone());
                Value::None
            })
        }
        "extend" => match iterable_items(&a[0]) {
            Ok(Some(items)) => {
                let len = list.borrow().len();
                check_len(len + items.len()).map(|_| {
                    list.borrow_mut().extend(items);
                    Value::None
                })
            }
            Ok(None) => return None,
            Err(e) => Err(e),
        },
        "insert" => to_index(&a[0]).and_then(|i| {
            let len = list.borrow().len();
            check_len(len + 1)?;
            let len = len as i64;
            let at = if i < 0 { (i.saturating_add(len)).max(0) } else { i.min(len) };
            list.borrow_mut().insert(at as usize, a[1].clone());
            Ok(Value::None)
        }),
        "pop" => (|| {
            let len = list.borrow().len() as i64;
            if len == 0 {
                return Err(OpError::new("IndexError", "pop from empty list"));
            }
            let i = match a.first() {
                Some(v) => to_index(v)?,
                None => -1,
            };
            let at = if i < 0 { i.saturating_add(len) } else { i };
            if !(0..len).contains(&at) {
                return Err(OpError::new("IndexError", "pop index out of range"));
            }
            Ok(list.borrow_mut().remove(at as usize))
        })(),
        "remove" => {
            let items = list.borrow().clone();
            let mut found = None;
            for (i, v) in items.iter().enumerate() {
                match item_equal(v, &a[0]) {
                    Ok(true) => {
                        found = Some(i);
                        break;
                    }
                    Ok(false) => {}
                    Err(e) => return Some(Err(e)),
                }
            }
            let len = list.borrow().len();
            match found {
                Some(i) if i < len => {
                    let removed = list.borrow_mut().remove(i);
                    drop(removed);
                    Ok(Value::None)
                }
                _ => Err(OpError::value_error("list.remove(x): x not in list")),
            }
        }
        "index" => {
            let items = list.borrow().clone();
            index_of(&items, &args).and_then(|found| {
                found
                    .map(|i| Value::Int(i as i64))
                    .ok_or_else(|| OpError::value_error(format!("{} is not in list", message_repr(&a[0]))))
            })
        }
        "count" => {
            let items = list.borrow().clone();
            count_of(&items, &a[0])
        }
        "clear" => {
            let old = std::mem::take(&mut *list.borrow_mut());
            drop(old);
            Ok(Value::None)
        }
        "copy" => Ok(Value::list(list.borrow().clone())),
        "reverse" => {
            list.borrow_mut().reverse();
            Ok(Value::None)
        }
        "sort" => return sort(list, &args),
        _ => return None,
    })
}

/// Calls `tuple` method `name`.
pub(super) fn call_tuple(items: &Rc<[Value]>, name: &str, args: Args) -> Option<Result<Value, OpError>> {
    Some(match name {
        "index" => index_of(items, &args).and_then(|found| {
            found.map(|i| Value::Int(i as i64)).ok_or_else(|| OpError::value_error("tuple.index(x): x not in tuple"))
        }),
        "count" => count_of(items, &args.pos[0]),
        _ => return None,
    })
}
