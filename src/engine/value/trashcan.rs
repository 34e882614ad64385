//! Dropping deep structures without deep recursion. Freeing the head of a 100,000-node linked
//! list the ordinary way recurses once per node, which overflows the browser's wasm stack and
//! kills the page. Containers losing their last reference are instead emptied into a pending
//! list, which the outermost drop drains in a loop (CPython's "trashcan" does the same job).

use super::{Instance, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

thread_local! {
    static DRAINING: Cell<bool> = const { Cell::new(false) };
    static PENDING: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// Drops `v`; a container whose last reference this is is taken apart level by level.
pub fn release(v: Value) {
    if is_last_container(&v) {
        defer(std::iter::once(v));
    }
}

/// Drops `values` with at most a few levels of recursion, however deep they nest.
pub fn defer(values: impl IntoIterator<Item = Value>) {
    PENDING.with(|p| p.borrow_mut().extend(values));
    if DRAINING.with(|d| d.replace(true)) {
        return;
    }
    while let Some(mut v) = PENDING.with(|p| p.borrow_mut().pop()) {
        let children = take_children(&mut v);
        PENDING.with(|p| p.borrow_mut().extend(children));
        drop(v);
    }
    DRAINING.with(|d| d.set(false));
}

fn is_last_container(v: &Value) -> bool {
    match v {
        Value::List(l) => Rc::strong_count(l) == 1,
        Value::Tuple(t) => Rc::strong_count(t) == 1,
        Value::Dict(d) | Value::Set(d) => Rc::strong_count(d) == 1,
        Value::Instance(i) => Rc::strong_count(i) == 1,
        _ => false,
    }
}

/// The items of a list or tuple that nobody else holds (emptied out of it), else nothing.
/// Dicts (`dict.rs`) and instances (below) empty themselves into `defer` when dropped.
fn take_children(v: &mut Value) -> Vec<Value> {
    match v {
        Value::List(l) if Rc::strong_count(l) == 1 => std::mem::take(&mut *l.borrow_mut()),
        Value::Tuple(t) => match Rc::get_mut(t) {
            Some(items) => items.iter_mut().map(|x| std::mem::replace(x, Value::None)).collect(),
            None => Vec::new(),
        },
        _ => Vec::new(),
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        let dict = std::mem::take(self.dict.get_mut());
        let exc = self.exc.as_mut().map(|e| std::mem::take(e.get_mut()));
        let exc_values = exc.into_iter().flat_map(|e| e.args.into_iter().chain(e.cause).chain(e.context));
        defer(dict.into_values().chain(exc_values));
    }
}
