//! Attribute access: instances and classes (methods bound on lookup, properties, `super()`),
//! modules, exceptions' `args`, and the methods of built-in types.

use super::{Flow, Frame, Vm};
use crate::engine::value::{methods, Args, BoundMethod, Value};
use std::rc::Rc;

impl Vm {
    /// `obj.name` from an instruction.
    pub(super) fn get_attr_or_call(
        &mut self,
        _frames: &mut [Frame],
        obj: &Value,
        name: &str,
    ) -> Result<Option<Value>, Flow> {
        self.get_attr(obj, name).map(Some)
    }

    /// `obj.name`.
    pub fn get_attr(&mut self, obj: &Value, name: &str) -> Result<Value, Flow> {
        if let Some(v) = self.lookup_attr(obj, name)? {
            return Ok(v);
        }
        Err(self.attribute_error(obj, name))
    }

    /// `getattr(obj, name, None)`-like: `Ok(None)` when missing.
    pub fn lookup_attr(&mut self, obj: &Value, name: &str) -> Result<Option<Value>, Flow> {
        match obj {
            Value::Instance(inst) => {
                let class_attr = inst.class.lookup(name);
                if let Some(Value::Property(p)) = &class_attr {
                    let fget = p.fget.clone();
                    if matches!(fget, Value::None) {
                        return Err(self.err(
                            "AttributeError",
                            format!("property '{name}' of '{}' object has no getter", inst.class.name),
                        ));
                    }
                    return self.call_nested(fget, Args::new(vec![obj.clone()])).map(Some);
                }
                if let Some(v) = inst.dict.borrow().get(name) {
                    return Ok(Some(v.clone()));
                }
                if let Some(ca) = class_attr {
                    return Ok(Some(self.bind(ca, obj, &inst.class)));
                }
                match name {
                    "__class__" => return Ok(Some(Value::Class(inst.class.clone()))),
                    "__dict__" => {
                        let mut d = crate::engine::value::Dict::new();
                        for (k, v) in inst.dict.borrow().iter() {
                            let _ = d.insert(Value::Str(k.clone()), v.clone());
                        }
                        return Ok(Some(Value::Dict(Rc::new(std::cell::RefCell::new(d)))));
                    }
                    _ => {}
                }
                if let Some(exc) = &inst.exc {
                    match name {
                        "args" => return Ok(Some(Value::tuple(exc.borrow().args.clone()))),
                        "__cause__" => return Ok(Some(exc.borrow().cause.clone().unwrap_or(Value::None))),
                        "__context__" => return Ok(Some(exc.borrow().context.clone().unwrap_or(Value::None))),
                        "__traceback__" => return Ok(Some(self.traceback_of(obj))),
                        "value" if inst.class.is_subclass_of(&self.types.get("StopIteration")) => {
                            return Ok(Some(exc.borrow().args.first().cloned().unwrap_or(Value::None)));
                        }
                        "code" if inst.class.is_subclass_of(&self.types.get("SystemExit")) => {
                            let args = exc.borrow().args.clone();
                            return Ok(Some(match args.len() {
                                0 => Value::None,
                                1 => args[0].clone(),
                                _ => Value::tuple(args),
                            }));
                        }
                        _ => {}
                    }
                }
                // The methods of the built-in value it extends (`append`, `update`...).
                if let Some(base) = &inst.base {
                    if let Some(v) = self.lookup_attr(&base.clone(), name)? {
                        return Ok(Some(v));
                    }
                }
                if let Some(ga) = inst.class.lookup("__getattr__") {
                    let f = self.bind(ga, obj, &inst.class);
                    return self.call_nested(f, Args::new(vec![Value::str(name)])).map(Some);
                }
                Ok(None)
            }
            Value::Class(c) => {
                match name {
                    "__name__" => return Ok(Some(Value::Str(c.name.clone()))),
                    "__qualname__" => return Ok(Some(Value::Str(c.qualname.clone()))),
                    "__module__" => return Ok(Some(Value::Str(c.module.clone()))),
                    "__mro__" => {
                        return Ok(Some(Value::tuple(c.mro.borrow().iter().map(|k| Value::Class(k.clone())).collect())))
                    }
                    "__bases__" => {
                        return Ok(Some(Value::tuple(c.bases.iter().map(|k| Value::Class(k.clone())).collect())))
                    }
                    // A copy (CPython gives a read-only view).
                    "__dict__" => {
                        let mut d = crate::engine::value::Dict::new();
                        for (k, v) in c.dict.borrow().iter() {
                            let _ = d.insert(Value::Str(k.clone()), v.clone());
                        }
                        return Ok(Some(Value::Dict(Rc::new(std::cell::RefCell::new(d)))));
                    }
                    _ => {}
                }
                match c.lookup(name) {
                    Some(Value::ClassMethod(f)) => {
                        Ok(Some(Value::Method(Rc::new(BoundMethod { receiver: obj.clone(), func: (*f).clone() }))))
                    }
                    Some(Value::StaticMethod(f)) => Ok(Some((*f).clone())),
                    Some(v) => Ok(Some(v)),
                    None => self.builtin_type_method(c, name),
                }
            }
            Value::Module(m) => self.module_attr(m, name),
            Value::Super(s) => {
                let (class, inst) = (&s.0, &s.1);
                let start_type = match inst {
                    Value::Instance(i) => i.class.clone(),
                    Value::Class(c) => c.clone(),
                    _ => return Ok(None),
                };
                let mro = start_type.mro.borrow().clone();
                let pos = mro.iter().position(|k| Rc::ptr_eq(k, class)).map_or(mro.len(), |p| p + 1);
                for k in &mro[pos..] {
                    let found = k.dict.borrow().get(name).cloned();
                    if let Some(v) = found {
                        // `__new__` is a static method: the caller passes the class.
                        return Ok(Some(if name == "__new__" { v } else { self.bind(v, inst, k) }));
                    }
                }
                // The methods of the built-in value a subclass's instance extends.
                if let Some(base) = super::subclass::base_of(inst).cloned() {
                    if let Some(v) = self.lookup_attr(&base, name)? {
                        return Ok(Some(v));
                    }
                }
                // object.__init__ and friends.
                if name == "__init__" {
                    return Ok(Some(self.native("__init__", |_, _| Ok(Value::None))));
                }
                Ok(None)
            }
            Value::Function(f) => {
                if let Some(v) = f.attrs.borrow().get(name) {
                    return Ok(Some(v.clone()));
                }
                Ok(match name {
                    "__name__" => Some(Value::Str(f.name.clone())),
                    "__qualname__" => Some(Value::Str(f.qualname.clone())),
                    "__module__" => Some(Value::Str(f.module.clone())),
                    "__doc__" => Some(f.code.doc.clone().map_or(Value::None, Value::Str)),
                    "__closure__" => Some(match f.closure.is_empty() {
                        true => Value::None,
                        false => Value::tuple(f.closure.iter().map(|c| Value::Cell(c.clone())).collect()),
                    }),
                    "__defaults__" => {
                        (!f.defaults.is_empty()).then(|| Value::tuple(f.defaults.clone())).or(Some(Value::None))
                    }
                    "__kwdefaults__" => Some(if f.kwdefaults.is_empty() {
                        Value::None
                    } else {
                        let mut d = crate::engine::value::Dict::new();
                        for (k, v) in &f.kwdefaults {
                            let _ = d.insert(Value::Str(k.clone()), v.clone());
                        }
                        Value::Dict(Rc::new(std::cell::RefCell::new(d)))
                    }),
                    "__annotations__" => {
                        // Made on first use, then kept, as in CPython.
                        let d = Value::Dict(Rc::new(std::cell::RefCell::new(crate::engine::value::Dict::new())));
                        f.attrs.borrow_mut().insert(Rc::from(name), d.clone());
                        Some(d)
                    }
                    "__dict__" => {
                        let mut d = crate::engine::value::Dict::new();
                        for (k, v) in f.attrs.borrow().iter().filter(|(k, _)| !k.starts_with("__")) {
                            let _ = d.insert(Value::Str(k.clone()), v.clone());
                        }
                        Some(Value::Dict(Rc::new(std::cell::RefCell::new(d))))
                    }
                    _ => None,
                })
            }
            Value::Builtin(b) => Ok(match name {
                "__name__" => Some(Value::Str(b.name.clone())),
                "__qualname__" => Some(Value::Str(b.name.clone())),
                "__self__" => b.receiver.clone(),
                _ => None,
            }),
            Value::Method(m) => Ok(match name {
                "__self__" => Some(m.receiver.clone()),
                "__func__" => Some(m.func.clone()),
                _ => return self.lookup_attr(&m.func.clone(), name),
            }),
            Value::Native(_) => crate::engine::modules::native_attr(self, obj, name),
            Value::Cell(c) if name == "cell_contents" => match &*c.borrow() {
                Some(v) => Ok(Some(v.clone())),
                None => Err(self.err("ValueError", "Cell is empty")),
            },
            Value::Slice(parts) if matches!(name, "start" | "stop" | "step") => {
                let i = ["start", "stop", "step"].iter().position(|n| *n == name).unwrap_or(0);
                Ok(Some(parts[i].clone()))
            }
            _ => {
                if name == "__class__" {
                    return Ok(Some(Value::Class(self.types.type_of(obj))));
                }
                if let Some(m) = vm_method_name(obj, name).or_else(|| methods::method_name(obj, name)) {
                    return Ok(Some(self.bound_native(m, type_method, obj.clone())));
                }
                if has_special_method(obj, name) {
                    return Ok(Some(self.bound_native(name, special_method, obj.clone())));
                }
                Ok(None)
            }
        }
    }

    /// Binds a class attribute found for `obj`.
    fn bind(&self, attr: Value, obj: &Value, class: &Rc<crate::engine::value::Class>) -> Value {
        match attr {
            Value::Function(_) => Value::Method(Rc::new(BoundMethod { receiver: obj.clone(), func: attr })),
            Value::ClassMethod(f) => {
                Value::Method(Rc::new(BoundMethod { receiver: Value::Class(class.clone()), func: (*f).clone() }))
            }
            Value::StaticMethod(f) => (*f).clone(),
            Value::Builtin(b) if b.receiver.is_none() => {
                Value::Builtin(Rc::new(crate::engine::value::BuiltinFunction {
                    name: b.name.clone(),
                    func: b.func,
                    receiver: Some(obj.clone()),
                }))
            }
            other => other,
        }
    }

    pub(super) fn attribute_error(&self, obj: &Value, name: &str) -> Flow {
        let msg = match obj {
            Value::Module(m) => format!("module '{}' has no attribute '{name}'", m.name),
            Value::Class(c) => format!("type object '{}' has no attribute '{name}'", c.name),
            _ => format!("'{}' object has no attribute '{name}'", obj.type_name()),
        };
        let exc = self.new_exception("AttributeError", msg);
        if let Value::Instance(i) = &exc {
            i.dict.borrow_mut().insert(Rc::from("name"), Value::str(name));
            i.dict.borrow_mut().insert(Rc::from("obj"), obj.clone());
        }
        Flow::Raise(exc)
    }

    /// `obj.name = value`.
    pub fn set_attr(&mut self, _frames: &mut [Frame], obj: &Value, name: &str, value: Value) -> Result<(), Flow> {
        match obj {
            Value::Instance(inst) => {
                if let Some(Value::Property(p)) = inst.class.lookup(name) {
                    if matches!(p.fset, Value::None) {
                        return Err(self.err(
                            "AttributeError",
                            format!("property '{name}' of '{}' object has no setter", inst.class.name),
                        ));
                    }
                    self.call_nested(p.fset.clone(), Args::new(vec![obj.clone(), value]))?;
                    return Ok(());
                }
                if let Some(sa) = inst.class.lookup("__setattr__") {
                    if matches!(sa, Value::Function(_)) {
                        let f = self.bind(sa, obj, &inst.class);
                        self.call_nested(f, Args::new(vec![Value::str(name), value]))?;
                        return Ok(());
                    }
                }
                inst.dict.borrow_mut().insert(Rc::from(name), value);
                Ok(())
            }
            Value::Class(c) => {
                c.dict.borrow_mut().insert(Rc::from(name), value);
                Ok(())
            }
            Value::Module(m) => {
                m.dict.borrow_mut().insert(Rc::from(name), value);
                Ok(())
            }
            Value::Function(f) => {
                f.attrs.borrow_mut().insert(Rc::from(name), value);
                Ok(())
            }
            Value::Native(_) => crate::engine::modules::native_set_attr(self, obj, name, value),
            _ => Err(if self.lookup_attr(obj, name)?.is_some() {
                self.err("AttributeError", format!("'{}' object attribute '{name}' is read-only", obj.type_name()))
            } else {
                self.attribute_error(obj, name)
            }),
        }
    }

    pub(super) fn del_attr(&mut self, obj: &Value, name: &str) -> Result<(), Flow> {
        if let Some(f) = self.python_method(obj, "__delattr__")? {
            return self.call_nested(f, Args::new(vec![Value::str(name)])).map(|_| ());
        }
        let removed = match obj {
            Value::Instance(inst) => inst.dict.borrow_mut().shift_remove(name).is_some(),
            Value::Class(c) => c.dict.borrow_mut().shift_remove(name).is_some(),
            Value::Module(m) => m.dict.borrow_mut().shift_remove(name).is_some(),
            Value::Function(f) => f.attrs.borrow_mut().shift_remove(name).is_some(),
            _ => false,
        };
        if removed {
            Ok(())
        } else {
            Err(self.attribute_error(obj, name))
        }
    }
}

/// Methods of built-in types that need the VM (Python callbacks or general iterables).
fn vm_method_name(obj: &Value, name: &str) -> Option<&'static str> {
    Some(match (obj, name) {
        (Value::List(_), "sort") => "sort",
        (Value::List(_), "extend") => "extend",
        (Value::Str(_), "format") => "format",
        (Value::Str(_), "join") => "join",
        (Value::Dict(_), "update") => "update",
        (Value::Set(_), "update") => "update",
        (Value::Generator(_), "__next__") => "__next__",
        (Value::Generator(_), "send") => "send",
        (Value::Generator(_), "close") => "close",
        (Value::Generator(_), "throw") => "throw",
        _ => return None,
    })
}

/// Dispatches a method of a built-in type: the receiver is `args.pos[0]`, the method name is
/// the one the bound function was made with (`Vm::native_name`).
fn type_method(vm: &mut Vm, mut args: Args) -> Result<Value, Flow> {
    let name = vm.native_name.clone();
    if args.pos.is_empty() {
        return Err(vm.type_error("method needs a receiver"));
    }
    let receiver = args.pos.remove(0);
    match (&receiver, &*name) {
        (Value::List(l), "sort") => {
            let key = args.take_kw("key");
            let reverse = match args.take_kw("reverse") {
                Some(v) => vm.truthy(&v)?,
                None => false,
            };
            let items = l.borrow().clone();
            let sorted = vm.sort_values(items, key, reverse)?;
            *l.borrow_mut() = sorted;
            return Ok(Value::None);
        }
        (Value::List(l), "extend") => {
            let Some(src) = args.pos.first().cloned() else {
                return Err(vm.type_error("list.extend() takes exactly one argument (0 given)"));
            };
            let items = vm.collect_iterable(&src)?;
            l.borrow_mut().extend(items);
            return Ok(Value::None);
        }
        (Value::Str(s), "format") => return vm.str_format(s, args).map(|s| Value::str(&s)),
        (Value::Str(s), "join") => {
            let Some(src) = args.pos.first().cloned() else {
                return Err(vm.type_error("str.join() takes exactly one argument (0 given)"));
            };
            let items = vm.collect_iterable(&src)?;
            let mut out = String::new();
            for (i, it) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(s);
                }
                match it {
                    Value::Str(x) => out.push_str(x),
                    other => {
                        return Err(vm.type_error(format!(
                            "sequence item {i}: expected str instance, {} found",
                            other.type_name()
                        )))
                    }
                }
            }
            return Ok(Value::str(&out));
        }
        (Value::Dict(d), "update") => {
            if let Some(src) = args.pos.first().cloned() {
                let pairs: Vec<(Value, Value)> = match &src {
                    Value::Dict(s) => s.borrow().items().map(|(k, v)| (k.clone(), v.clone())).collect(),
                    // A mapping (it has `keys`): its keys, and the item of each.
                    Value::Instance(_) if vm.lookup_attr(&src, "keys")?.is_some() => {
                        let keys = vm.get_attr(&src, "keys")?;
                        let keys = vm.call_nested(keys, Args::default())?;
                        let mut out = Vec::new();
                        for k in vm.collect_iterable(&keys)? {
                            let v = vm.subscript(&mut [], &src, &k)?.unwrap_or(Value::None);
                            out.push((k, v));
                        }
                        out
                    }
                    other => {
                        let mut out = Vec::new();
                        for item in vm.collect_iterable(other)? {
                            let kv = vm.collect_iterable(&item)?;
                            if kv.len() != 2 {
                                return Err(vm.err(
                                    "ValueError",
                                    format!(
                                        "dictionary update sequence element #{} has length {}; 2 is required",
                                        out.len(),
                                        kv.len()
                                    ),
                                ));
                            }
                            out.push((kv[0].clone(), kv[1].clone()));
                        }
                        out
                    }
                };
                for (k, v) in pairs {
                    d.borrow_mut().insert(k, v).map_err(|e| vm.op_err(e))?;
                }
            }
            for (k, v) in args.kw {
                d.borrow_mut().insert(Value::Str(k), v).map_err(|e| vm.op_err(e))?;
            }
            return Ok(Value::None);
        }
        (Value::Set(s), "update") => {
            for src in args.pos {
                for it in vm.collect_iterable(&src)? {
                    s.borrow_mut().insert(it, Value::None).map_err(|e| vm.op_err(e))?;
                }
            }
            return Ok(Value::None);
        }
        (Value::Generator(_), "__next__") => return vm.next_builtin(&receiver, None),
        (Value::Generator(g), "send") => {
            let value = args.pos.first().cloned().unwrap_or(Value::None);
            if args.pos.len() != 1 {
                return Err(
                    vm.type_error(format!("generator.send() takes exactly one argument ({} given)", args.pos.len()))
                );
            }
            return vm.generator_send(g, value);
        }
        (Value::Generator(g), "close") => return vm.generator_close(g),
        (Value::Generator(g), "throw") => {
            let mut parts = args.pos.into_iter();
            let (Some(kind), value) = (parts.next(), parts.next()) else {
                return Err(vm.type_error("throw expected at least 1 argument, got 0"));
            };
            let exc = match (kind, value) {
                // throw(type, value): value is the exception, or the argument to make it with.
                (Value::Class(c), Some(v)) if !matches!(v, Value::None) => {
                    let is_instance = matches!(&v, Value::Instance(i) if i.class.is_subclass_of(&c));
                    if is_instance {
                        v
                    } else {
                        let args = match v {
                            Value::Tuple(t) => t.to_vec(),
                            v => vec![v],
                        };
                        vm.call_nested(Value::Class(c), Args::new(args))?
                    }
                }
                (kind, _) => kind,
            };
            // An exception instance keeps its traceback (see `generator_throw`).
            let exc = match exc {
                Value::Instance(i) if i.exc.is_some() => Value::Instance(i),
                other => vm.make_raisable(other, None)?,
            };
            return vm.generator_throw(g, exc);
        }
        _ => {}
    }
    let first_arg = args.pos.first().cloned();
    match methods::call_method(&receiver, &name, args) {
        Some(Ok(v)) => Ok(v),
        Some(Err(e)) => {
            if e.kind == "KeyError" {
                if let Some(k) = first_arg {
                    return Err(Flow::Raise(super::exc::make_instance(vm.types.exception("KeyError"), vec![k])));
                }
            }
            Err(vm.op_err(e))
        }
        None => Err(vm.attribute_error(&receiver, &name)),
    }
}

impl Vm {
    /// `str.lower`, `list.append`, `dict.fromkeys`: a method taken from a built-in type. Called
    /// with the object first, as in `sorted(words, key=str.lower)`.
    fn builtin_type_method(
        &mut self,
        class: &Rc<crate::engine::value::Class>,
        name: &str,
    ) -> Result<Option<Value>, Flow> {
        let sample = match &*class.name {
            "str" => Value::str(""),
            "list" => Value::list(Vec::new()),
            "tuple" => Value::tuple(Vec::new()),
            "dict" => Value::Dict(Rc::new(std::cell::RefCell::new(crate::engine::value::Dict::new()))),
            "set" => Value::Set(Rc::new(std::cell::RefCell::new(crate::engine::value::Dict::new()))),
            "int" => Value::Int(0),
            "float" => Value::Float(0.0),
            _ => return Ok(None),
        };
        if class.builtin.is_none() || name.starts_with("__") {
            return Ok(None);
        }
        match self.get_attr(&sample, name) {
            // A class method: bound to the type, so `dict.fromkeys(keys)` needs no instance.
            Ok(bound) if name == "fromkeys" => Ok(Some(bound)),
            Ok(_) => Ok(Some(self.bound_native(name, call_unbound, Value::Class(class.clone())))),
            Err(_) => Ok(None),
        }
    }
}

/// Calls `type.method(obj, *args)` as `obj.method(*args)`, after CPython's type check.
fn call_unbound(vm: &mut Vm, mut a: Args) -> Result<Value, Flow> {
    let method = vm.native_name.clone();
    let type_name = match a.pos.first() {
        Some(Value::Class(c)) => c.name.clone(),
        _ => Rc::from("object"),
    };
    if a.pos.len() < 2 {
        return Err(vm.type_error(format!("unbound method {type_name}.{method}() needs an argument")));
    }
    a.pos.remove(0);
    let obj = a.pos.remove(0);
    let obj_type = obj.type_name();
    let fits = *obj_type == *type_name || (&*type_name == "int" && &*obj_type == "bool");
    if !fits {
        return Err(vm.type_error(format!(
            "descriptor '{method}' for '{type_name}' objects doesn't apply to a '{obj_type}' object"
        )));
    }
    let f = vm.get_attr(&obj, &method)?;
    vm.call_nested(f, a)
}

/// Special methods a learner may call by name on a built-in value (`items.__len__()`).
pub(super) const SPECIAL_METHODS: &[&str] = &[
    "__len__",
    "__str__",
    "__repr__",
    "__contains__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__iter__",
    "__add__",
    "__sub__",
    "__mul__",
    "__truediv__",
    "__floordiv__",
    "__mod__",
    "__pow__",
    "__eq__",
    "__ne__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
    "__bool__",
    "__hash__",
];

/// Whether built-in value `obj` has special method `name` (so `hasattr(5, '__len__')` stays false).
pub(super) fn has_special_method(obj: &Value, name: &str) -> bool {
    if !SPECIAL_METHODS.contains(&name) {
        return false;
    }
    let container = matches!(
        obj,
        Value::Str(_)
            | Value::List(_)
            | Value::Tuple(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
            | Value::Range(_)
            | Value::DictView(_)
    );
    let number = matches!(obj, Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Bool(_));
    match name {
        "__len__" | "__contains__" | "__iter__" => container,
        "__getitem__" => container && !matches!(obj, Value::Set(_) | Value::FrozenSet(_) | Value::DictView(_)),
        "__setitem__" | "__delitem__" => matches!(obj, Value::List(_) | Value::Dict(_)),
        "__add__" | "__mul__" => number || matches!(obj, Value::Str(_) | Value::List(_) | Value::Tuple(_)),
        "__mod__" => number || matches!(obj, Value::Str(_)),
        "__sub__" | "__truediv__" | "__floordiv__" | "__pow__" | "__bool__" => number,
        _ => !matches!(obj, Value::Class(_) | Value::Module(_)),
    }
}

/// `obj.__len__()` and friends on built-in values: the operation the special method stands for.
pub(super) fn special_method(vm: &mut Vm, mut args: Args) -> Result<Value, Flow> {
    use crate::engine::syntax::ast::{BinOp, CmpOp};
    let name = vm.native_name.clone();
    let obj = if args.pos.is_empty() { Value::None } else { args.pos.remove(0) };
    let expect = |vm: &Vm, n: usize, args: &Args| -> Result<(), Flow> {
        if args.pos.len() != n {
            return Err(vm.type_error(format!(
                "expected {n} argument{}, got {}",
                if n == 1 { "" } else { "s" },
                args.pos.len()
            )));
        }
        Ok(())
    };
    let arg = |i: usize| args.pos.get(i).cloned().unwrap_or(Value::None);
    let binary = |op| Some(op);
    let bin = match &*name {
        "__add__" => binary(BinOp::Add),
        "__sub__" => binary(BinOp::Sub),
        "__mul__" => binary(BinOp::Mult),
        "__truediv__" => binary(BinOp::Div),
        "__floordiv__" => binary(BinOp::FloorDiv),
        "__mod__" => binary(BinOp::Mod),
        "__pow__" => binary(BinOp::Pow),
        _ => None,
    };
    if let Some(op) = bin {
        expect(vm, 1, &args)?;
        return vm.binary_op(op, &obj, &arg(0), false);
    }
    let cmp = match &*name {
        "__eq__" => Some(CmpOp::Eq),
        "__ne__" => Some(CmpOp::NotEq),
        "__lt__" => Some(CmpOp::Lt),
        "__le__" => Some(CmpOp::LtE),
        "__gt__" => Some(CmpOp::Gt),
        "__ge__" => Some(CmpOp::GtE),
        _ => None,
    };
    if let Some(op) = cmp {
        expect(vm, 1, &args)?;
        return vm.compare_op(op, &obj, &arg(0));
    }
    match &*name {
        "__len__" => {
            expect(vm, 0, &args)?;
            match crate::engine::value::ops::len(&obj) {
                Some(n) => Ok(Value::Int(n as i64)),
                None => Err(vm.type_error(format!("object of type '{}' has no len()", obj.type_name()))),
            }
        }
        "__str__" => vm.str_of(&obj).map(|s| Value::str(&s)),
        "__repr__" => vm.repr_of(&obj).map(|s| Value::str(&s)),
        "__bool__" => vm.truthy(&obj).map(Value::Bool),
        "__iter__" => vm.get_iter(&obj),
        "__hash__" => {
            let hash = vm.builtins.borrow().get("hash").cloned().unwrap_or(Value::None);
            vm.call_nested(hash, Args::new(vec![obj]))
        }
        "__contains__" => {
            expect(vm, 1, &args)?;
            vm.contains(&obj, &arg(0)).map(Value::Bool)
        }
        "__getitem__" => {
            expect(vm, 1, &args)?;
            Ok(vm.subscript(&mut [], &obj, &arg(0))?.unwrap_or(Value::None))
        }
        "__setitem__" => {
            expect(vm, 2, &args)?;
            vm.store_subscript(&obj, &arg(0), arg(1)).map(|_| Value::None)
        }
        "__delitem__" => {
            expect(vm, 1, &args)?;
            vm.delete_subscript(&obj, &arg(0)).map(|_| Value::None)
        }
        _ => Err(vm.attribute_error(&obj, &name)),
    }
}
