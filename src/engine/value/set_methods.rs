//! Methods of `set` and `frozenset`: `add`, `remove`, `discard`, `pop`, `clear`, `copy`, the
//! operations `union`, `intersection`, `difference`, `symmetric_difference` (and their `_update`
//! forms), `issubset`, `issuperset`, `isdisjoint`. Arguments may be any built-in iterable.
//! Reached through `methods::call_method`, which has checked the number of arguments.

use super::methods::{iterable_items, message_repr};
use super::ops::{check_len, is_subset, set_combine};
use super::{Args, Dict, OpError, Value};
use crate::engine::syntax::ast::BinOp;
use std::cell::RefCell;
use std::rc::Rc;

/// A table of the items of an iterable argument; `Ok(None)` when only the VM can iterate it.
fn table_of(v: &Value) -> Result<Option<Dict>, OpError> {
    match v {
        Value::Set(d) => return Ok(Some(d.borrow().clone())),
        Value::FrozenSet(d) => return Ok(Some((**d).clone())),
        _ => {}
    }
    let Some(items) = iterable_items(v)? else {
        return Ok(None);
    };
    let mut d = Dict::new();
    for item in items {
        d.insert(item, Value::None)?;
    }
    Ok(Some(d))
}

/// The tables of all arguments, or `None` when one needs the VM.
fn tables(args: &Args) -> Result<Option<Vec<Dict>>, OpError> {
    let mut out = Vec::with_capacity(args.pos.len());
    for a in &args.pos {
        match table_of(a)? {
            Some(t) => out.push(t),
            None => return Ok(None),
        }
    }
    Ok(Some(out))
}

fn snapshot(receiver: &Value) -> Dict {
    match receiver {
        Value::Set(d) => d.borrow().clone(),
        Value::FrozenSet(d) => (**d).clone(),
        _ => Dict::new(),
    }
}

/// A new set of the receiver's type.
fn same_kind(receiver: &Value, d: Dict) -> Value {
    match receiver {
        Value::FrozenSet(_) => Value::FrozenSet(Rc::new(d)),
        _ => Value::Set(Rc::new(RefCell::new(d))),
    }
}

fn combine_all(first: Dict, op: BinOp, others: &[Dict]) -> Result<Dict, OpError> {
    let mut acc = first;
    for other in others {
        acc = set_combine(op, &acc, other)?;
        check_len(acc.len())?;
    }
    Ok(acc)
}

/// Calls `set` or `frozenset` method `name`.
pub(super) fn call(receiver: &Value, name: &str, args: Args) -> Option<Result<Value, OpError>> {
    let a = &args.pos;
    let mutable = match receiver {
        Value::Set(d) => Some(d),
        _ => None,
    };
    let op = match name.trim_end_matches("_update") {
        "union" | "update" => Some(BinOp::BitOr),
        "intersection" => Some(BinOp::BitAnd),
        "difference" => Some(BinOp::Sub),
        "symmetric_difference" => Some(BinOp::BitXor),
        _ => None,
    };
    if let Some(op) = op {
        let others = match tables(&args) {
            Ok(Some(t)) => t,
            Ok(None) => return None,
            Err(e) => return Some(Err(e)),
        };
        let result = combine_all(snapshot(receiver), op, &others);
        return Some(result.map(|d| match (mutable, name.ends_with("update")) {
            (Some(table), true) => {
                *table.borrow_mut() = d;
                Value::None
            }
            _ => same_kind(receiver, d),
        }));
    }
    Some(match name {
        "issubset" | "issuperset" | "isdisjoint" => {
            let other = match table_of(&a[0]) {
                Ok(Some(t)) => t,
                Ok(None) => return None,
                Err(e) => return Some(Err(e)),
            };
            let mine = snapshot(receiver);
            match name {
                "issubset" => is_subset(&mine, &other),
                "issuperset" => is_subset(&other, &mine),
                _ => set_combine(BinOp::BitAnd, &mine, &other).map(|d| d.is_empty()),
            }
            .map(Value::Bool)
        }
        "copy" => Ok(match receiver {
            Value::FrozenSet(_) => receiver.clone(),
            _ => same_kind(receiver, snapshot(receiver)),
        }),
        _ => {
            let table = mutable?;
            match name {
                "add" => {
                    let len = table.borrow().len();
                    check_len(len + 1)
                        .and_then(|_| table.borrow_mut().insert(a[0].clone(), Value::None))
                        .map(|_| Value::None)
                }
                "remove" => {
                    let removed = table.borrow_mut().remove(&a[0]);
                    match removed {
                        Ok(Some(_)) => Ok(Value::None),
                        Ok(None) => Err(OpError::new("KeyError", message_repr(&a[0]))),
                        Err(e) => Err(e),
                    }
                }
                "discard" => table.borrow_mut().remove(&a[0]).map(|_| Value::None),
                "pop" => {
                    let first = super::set_order::set_items(&table.borrow()).into_iter().next();
                    match first {
                        Some(k) => table.borrow_mut().remove(&k).map(|_| k),
                        None => Err(OpError::new("KeyError", "pop from an empty set")),
                    }
                }
                "clear" => {
                    let old = std::mem::take(&mut *table.borrow_mut());
                    drop(old);
                    Ok(Value::None)
                }
                _ => return None,
            }
        }
    })
}
