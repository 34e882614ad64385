//! Methods of `dict`: `get`, `keys`, `values`, `items` (live views),
//! `pop`, `popitem`, `setdefault`, `update`, `clear`, `copy`. Reached through
//! `methods::call_method`, which has checked the number of arguments.

use super::methods::{iterable_items, message_repr};
use super::ops::{check_len, iter_builtin};
use super::{Args, Dict, DictView, DictViewKind, OpError, Value};
use std::cell::RefCell;
use std::rc::Rc;

fn key_error(key: &Value) -> OpError {
    OpError::new("KeyError", message_repr(key))
}

/// The (key, value) pairs `dict.update(other)` adds; `Ok(None)` when only the VM can iterate.
fn update_pairs(other: &Value) -> Result<Option<Vec<(Value, Value)>>, OpError> {
    if let Value::Dict(d) = other {
        return Ok(Some(d.borrow().items().map(|(k, v)| (k.clone(), v.clone())).collect()));
    }
    let Some(items) = iterable_items(other)? else {
        return Ok(None);
    };
    let mut pairs = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let pair = match iter_builtin(item)? {
            Some(pair) => pair,
            None if matches!(item, Value::Iter(_) | Value::Generator(_) | Value::Instance(_)) => return Ok(None),
            None => {
                return Err(OpError::type_error(format!(
                    "cannot convert dictionary update sequence element #{i} to a sequence"
                )))
            }
        };
        match <[Value; 2]>::try_from(pair) {
            Ok([k, v]) => pairs.push((k, v)),
            Err(pair) => {
                return Err(OpError::value_error(format!(
                    "dictionary update sequence element #{i} has length {}; 2 is required",
                    pair.len()
                )))
            }
        }
    }
    Ok(Some(pairs))
}

/// Calls `dict` method `name`.
pub(super) fn call(d: &Rc<RefCell<Dict>>, name: &str, args: Args) -> Option<Result<Value, OpError>> {
    let a = &args.pos;
    let default = || a.get(1).cloned().unwrap_or(Value::None);
    Some(match name {
        "get" => d.borrow().get(&a[0]).map(|v| v.unwrap_or_else(default)),
        "keys" => Ok(view(d, DictViewKind::Keys)),
        "values" => Ok(view(d, DictViewKind::Values)),
        "items" => Ok(view(d, DictViewKind::Items)),
        "pop" => {
            let removed = d.borrow_mut().remove(&a[0]);
            match removed {
                Ok(Some(v)) => Ok(v),
                Ok(None) if a.len() > 1 => Ok(default()),
                Ok(None) => Err(key_error(&a[0])),
                Err(e) => Err(e),
            }
        }
        "popitem" => {
            let last = d.borrow_mut().pop_last();
            last.map(|(k, v)| Value::tuple(vec![k, v]))
                .ok_or_else(|| OpError::new("KeyError", "popitem(): dictionary is empty"))
        }
        // A class method: the receiver only says the type (`dict.fromkeys(keys, value)`).
        "fromkeys" => {
            let keys = match iter_builtin(&a[0]) {
                Ok(Some(keys)) => keys,
                Ok(None) => return None,
                Err(e) => return Some(Err(e)),
            };
            let mut out = Dict::new();
            for k in keys {
                if let Err(e) = out.insert(k, default()) {
                    return Some(Err(e));
                }
            }
            Ok(Value::Dict(Rc::new(RefCell::new(out))))
        }
        "setdefault" => {
            let found = d.borrow().get(&a[0]);
            match found {
                Ok(Some(v)) => Ok(v),
                Ok(None) => {
                    let v = default();
                    let len = d.borrow().len();
                    check_len(len + 1).and_then(|_| d.borrow_mut().insert(a[0].clone(), v.clone())).map(|_| v)
                }
                Err(e) => Err(e),
            }
        }
        "update" => {
            let mut pairs = match a.first().map(update_pairs) {
                Some(Ok(Some(p))) => p,
                Some(Ok(None)) => return None,
                Some(Err(e)) => return Some(Err(e)),
                None => Vec::new(),
            };
            pairs.extend(args.kw.iter().map(|(k, v)| (Value::str(k), v.clone())));
            (|| {
                let len = d.borrow().len();
                check_len(len + pairs.len())?;
                let mut table = d.borrow_mut();
                for (k, v) in pairs {
                    table.insert(k, v)?;
                }
                Ok(Value::None)
            })()
        }
        "clear" => {
            let old = std::mem::take(&mut *d.borrow_mut());
            drop(old);
            Ok(Value::None)
        }
        "copy" => Ok(Value::Dict(Rc::new(RefCell::new(d.borrow().clone())))),
        _ => return None,
    })
}

fn view(d: &Rc<RefCell<Dict>>, kind: DictViewKind) -> Value {
    Value::DictView(Rc::new(DictView { dict: d.clone(), kind }))
}
