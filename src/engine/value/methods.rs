//! Methods of built-in types that need no Python code: `str`, `list`, `tuple`, `dict`, `set`.
//! (Methods that call back into Python, such as `list.sort(key=...)`, are the VM's.)

use super::{Args, OpError, Value};

/// The method's name if `receiver`'s type has a method called `name` handled here.
pub fn method_name(receiver: &Value, name: &str) -> Option<&'static str> {
    let _ = (receiver, name);
    None
}

/// Calls method `name` of a built-in value. `None` if there is no such method.
pub fn call_method(receiver: &Value, name: &str, args: Args) -> Option<Result<Value, OpError>> {
    let _ = (receiver, name, args);
    None
}
