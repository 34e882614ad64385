//! Words for what a waiting thread waits for. `threading`'s Event, Condition, Semaphore, Barrier,
//! Queue and Future all wait on a private "signal" lock that the waiter itself holds until another
//! thread releases it; naming that lock's owner would say the thread waits for itself. Instead the
//! Python side labels each signal lock with a phrase ("the Event ready to be set"), naming the
//! object as the learner's source line names it.

use crate::engine::value::{Args, Native, NativePayload, Value};
use crate::engine::vm::{Flow, Vm};
use std::rc::Rc;

/// `_thread.script_receiver(methods)`: the expression the learner's line calls one of `methods` on
/// (`ready` in `if ready.wait(1):`), or the single item of a `with` statement, or None when the
/// thread is not inside a call from its own script or the line is ambiguous.
pub fn receiver(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let methods: Vec<Rc<str>> = match a.pos.first() {
        Some(Value::Tuple(items)) => {
            items.iter().filter_map(|m| if let Value::Str(s) = m { Some(s.clone()) } else { None }).collect()
        }
        _ => Vec::new(),
    };
    let Some(line) = vm.waiting_line.take() else { return Ok(Value::None) };
    let text = vm.line_index.line_text(&vm.source, line);
    let names: Vec<&str> = methods.iter().map(|m| &**m).collect();
    Ok(receiver_in_line(text, &names).map_or(Value::None, |r| Value::str(&r)))
}

/// `_thread.signal_lock(phrase)`: a lock whose waiters are said to wait for `phrase`.
pub fn signal_lock(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let phrase = match a.pos.first() {
        Some(Value::Str(s)) => s.to_string(),
        _ => "a signal from another thread".to_string(),
    };
    let i = vm.new_lock(&phrase);
    if let Some(l) = vm.locks.get_mut(i) {
        l.signal = true;
    }
    Ok(Value::Native(Rc::new(Native { type_name: "lock", payload: NativePayload::Lock(i) })))
}

/// The receiver of `.method(` in `line` when every such call names the same one; else the item
/// of a `with` statement that has one item.
pub fn receiver_in_line(line: &str, methods: &[&str]) -> Option<String> {
    let code = line.split('#').next().unwrap_or("").trim();
    let mut found: Option<&str> = None;
    for method in methods {
        let pattern = format!(".{method}(");
        let mut from = 0;
        while let Some(at) = code[from..].find(&pattern) {
            let end = from + at;
            let start = receiver_start(code, end);
            if start < end {
                let name = &code[start..end];
                if found.is_some_and(|f| f != name) {
                    return None;
                }
                found = Some(name);
            }
            from = end + pattern.len();
        }
    }
    if let Some(name) = found {
        return Some(name.to_string());
    }
    let item = code.strip_prefix("with ")?.strip_suffix(':')?;
    let item = item.split(" as ").next().unwrap_or(item).trim();
    let simple = !item.is_empty() && !item.contains(',') && receiver_start(item, item.len()) == 0;
    simple.then(|| item.to_string())
}

/// Where the dotted name (with subscripts and calls) that ends at `end` begins.
fn receiver_start(code: &str, end: usize) -> usize {
    let bytes = code.as_bytes();
    let mut i = end;
    let mut depth = 0usize;
    while i > 0 {
        let c = bytes[i - 1];
        match c {
            b')' | b']' => depth += 1,
            b'(' | b'[' if depth > 0 => depth -= 1,
            b'(' | b'[' => break,
            _ if depth > 0 => {}
            b'.' | b'_' => {}
            _ if c.is_ascii_alphanumeric() || c >= 0x80 => {}
            _ => break,
        }
        i -= 1;
    }
    // A name starts with a letter or underscore, never a digit or a dot.
    while i < end && (bytes[i] == b'.' || bytes[i].is_ascii_digit()) {
        i += 1;
    }
    if depth > 0 {
        end
    } else {
        i
    }
}

#[cfg(test)]
mod tests {
    use super::receiver_in_line;

    #[test]
    fn finds_the_object_a_line_waits_on() {
        let get = |line: &str, methods: &[&str]| receiver_in_line(line, methods);
        assert_eq!(get("    if ready.wait(timeout=1):", &["wait"]).as_deref(), Some("ready"));
        assert_eq!(get("item = self.queues[i].get()", &["get"]).as_deref(), Some("self.queues[i]"));
        assert_eq!(get("with sem:", &["acquire"]).as_deref(), Some("sem"));
        assert_eq!(get("with pool_slots as s:  # one at a time", &["acquire"]).as_deref(), Some("pool_slots"));
        assert_eq!(get("results = [f.result() for f in futures]", &["result"]).as_deref(), Some("f"));
        assert_eq!(get("make().wait()", &["wait"]).as_deref(), Some("make()"));
        assert_eq!(get("a.wait(); b.wait()", &["wait"]), None);
        assert_eq!(get("with a, b:", &["acquire"]), None);
        assert_eq!(get("x = 1", &["wait"]), None);
        assert_eq!(get("(q).get()", &["get"]).as_deref(), Some("(q)"));
        assert_eq!(get("print(q.get())", &["get"]).as_deref(), Some("q"));
    }
}
