//! Subclasses of the built-in types `dict`, `list`, `set`, `tuple`, `str`, `int` and `float`
//! (`class Registry(dict)`). An instance of one is an `Instance` whose `base` holds the built-in
//! value it extends: the container its methods change in place, or the immutable str or number
//! made when it was created.
//!
//! The built-in classes get the special methods of their values in their class dicts
//! (`list.__len__`, `dict.__setitem__`...), so that the usual lookup along the MRO finds an
//! override first and the built-in one after it, and `super().__setitem__(k, v)` works; these
//! apply the operation to `base`. Other methods (`append`, `update`, `upper`...) are looked up on
//! `base` when the class does not define them, so, as in CPython, `dict.update` and
//! `dict.setdefault` do not call an overridden `__setitem__`, and `list + list` gives a `list`.

use super::{Flow, Vm};
use crate::engine::syntax::ast::BinOp;
use crate::engine::value::{Args, BuiltinFunction, BuiltinType, Class, Value};
use std::rc::Rc;

/// The built-in types that can be subclassed, and an empty or sample value of each (to ask
/// which special methods its values have).
const BASES: &[(BuiltinType, &str)] = &[
    (BuiltinType::Dict, "dict"),
    (BuiltinType::List, "list"),
    (BuiltinType::Set, "set"),
    (BuiltinType::Tuple, "tuple"),
    (BuiltinType::Str, "str"),
    (BuiltinType::Int, "int"),
    (BuiltinType::Float, "float"),
];

fn sample(t: BuiltinType) -> Value {
    match t {
        BuiltinType::Dict => Value::Dict(Default::default()),
        BuiltinType::List => Value::list(Vec::new()),
        BuiltinType::Set => Value::Set(Default::default()),
        BuiltinType::Tuple => Value::tuple(Vec::new()),
        BuiltinType::Str => Value::str(""),
        BuiltinType::Float => Value::Float(0.0),
        _ => Value::Int(0),
    }
}

/// Whether instances of subclasses of `t` are supported.
pub fn can_subclass(t: BuiltinType) -> bool {
    BASES.iter().any(|(b, _)| *b == t)
}

/// Puts the special methods of each subclassable built-in type into its class dict.
pub fn install_base_methods(class_of: impl Fn(&str) -> Rc<Class>) {
    for (t, name) in BASES {
        let class = class_of(name);
        let value = sample(*t);
        let mut dict = class.dict.borrow_mut();
        for method in super::attr::SPECIAL_METHODS {
            // `str()` of a list or an int falls back to its `repr()`, which a subclass may
            // override; unhashable types have no `__hash__`.
            let skip = match *method {
                "__str__" => *t != BuiltinType::Str,
                "__hash__" => matches!(t, BuiltinType::Dict | BuiltinType::List | BuiltinType::Set),
                _ => false,
            };
            if !skip && super::attr::has_special_method(&value, method) {
                dict.insert(Rc::from(*method), builtin(method, base_special_method));
            }
        }
        if matches!(t, BuiltinType::Dict | BuiltinType::List | BuiltinType::Set) {
            dict.insert(Rc::from("__init__"), builtin("__init__", base_init));
        }
    }
}

fn builtin(name: &str, func: crate::engine::value::NativeFn) -> Value {
    Value::Builtin(Rc::new(BuiltinFunction { name: Rc::from(name), func, receiver: None }))
}

/// The built-in value inside `v`, if `v` is an instance of a subclass of a built-in type.
pub fn base_of(v: &Value) -> Option<&Value> {
    match v {
        Value::Instance(i) => i.base.as_ref(),
        _ => None,
    }
}

/// `list.__len__(obj)` and the like: the special method applied to the built-in value inside
/// `obj`. A `dict` subclass's missing key goes to its `__missing__`, as in CPython.
fn base_special_method(vm: &mut Vm, mut args: Args) -> Result<Value, Flow> {
    let name = vm.native_name.clone();
    let Some(receiver) = args.pos.first().cloned() else {
        return Err(vm.type_error(format!("descriptor '{name}' needs an argument")));
    };
    if let Some(base) = base_of(&receiver).cloned() {
        args.pos[0] = base;
    }
    let key = args.pos.get(1).cloned();
    let result = super::attr::special_method(vm, args);
    match (result, &receiver, &*name) {
        (Err(Flow::Raise(e)), Value::Instance(inst), "__getitem__")
            if matches!(inst.base, Some(Value::Dict(_))) && vm.is_instance_of_name(&e, "KeyError") =>
        {
            match inst.class.lookup("__missing__") {
                Some(_) => {
                    let missing = vm.get_attr(&receiver, "__missing__")?;
                    vm.call_nested(missing, Args::new(key.into_iter().collect()))
                }
                None => Err(Flow::Raise(e)),
            }
        }
        (result, _, _) => result,
    }
}

/// `dict.__init__`, `list.__init__`, `set.__init__` on a subclass's instance: fills the
/// container inside it as the type's constructor would (a list or set starts afresh).
fn base_init(vm: &mut Vm, mut args: Args) -> Result<Value, Flow> {
    let receiver = if args.pos.is_empty() { Value::None } else { args.pos.remove(0) };
    let Some(base) = base_of(&receiver).cloned() else { return Ok(Value::None) };
    let fill = match base {
        Value::Dict(_) => "update",
        Value::List(_) => "extend",
        _ => "update",
    };
    if fill == "extend" || matches!(base, Value::Set(_)) {
        let clear = vm.get_attr(&base, "clear")?;
        vm.call_nested(clear, Args::default())?;
    }
    if !args.pos.is_empty() || !args.kw.is_empty() {
        let fill = vm.get_attr(&base, fill)?;
        vm.call_nested(fill, args)?;
    }
    Ok(Value::None)
}

/// Calls the constructor of `base`'s type with `args`.
fn construct(vm: &mut Vm, base: &Value, args: Args) -> Result<Value, Flow> {
    let ctor = vm.builtins.borrow().get(&*format!("__new_{}", base.type_name())).cloned();
    match ctor {
        Some(ctor) => vm.call_nested(ctor, args),
        None => Ok(base.clone()),
    }
}

/// `object.__new__(cls, *args)` (and `tuple.__new__`, `str.__new__`... through it): a new
/// instance of `cls`, extending the built-in value made from `args` for a subclass of a
/// built-in type.
pub fn object_new(vm: &mut Vm, mut args: Args) -> Result<Value, Flow> {
    let Some(Value::Class(class)) = args.pos.first().cloned() else {
        return Err(vm.type_error("object.__new__(X): X is not a type object"));
    };
    args.pos.remove(0);
    vm.new_instance(&class, &args)
}

/// The class of `v`, if it is an instance.
pub fn class_of(v: &Value) -> Option<&Rc<Class>> {
    match v {
        Value::Instance(i) => Some(&i.class),
        _ => None,
    }
}

impl Vm {
    /// `base op= other` in place, for the containers whose types have in-place operators:
    /// `list +=`, `list *=`, `set |= &= -= ^=`, `dict |=`. False for other cases.
    pub(super) fn inplace_on_base(&mut self, op: BinOp, base: &Value, other: &Value) -> Result<bool, Flow> {
        match (op, base) {
            (BinOp::Add, Value::List(l)) => {
                let items = self.collect_iterable(other)?;
                l.borrow_mut().extend(items);
            }
            (
                BinOp::Mult | BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor,
                Value::List(_) | Value::Set(_),
            )
            | (BinOp::BitOr, Value::Dict(_)) => {
                let result = self.binary_op(op, base, other, false)?;
                match (base, result) {
                    (Value::List(l), Value::List(r)) => *l.borrow_mut() = r.borrow().clone(),
                    (Value::Set(s), Value::Set(r)) | (Value::Dict(s), Value::Dict(r)) => {
                        *s.borrow_mut() = r.borrow().clone()
                    }
                    _ => return Ok(false),
                }
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// The built-in value a new instance of `class` extends (None for other classes): an empty
    /// container, filled by `__init__`, or the str or number made from `args`.
    pub(super) fn new_base(&mut self, class: &Class, args: &Args) -> Result<Option<Value>, Flow> {
        let Some(t) = class.builtin_base().filter(|t| can_subclass(*t)) else { return Ok(None) };
        let empty = sample(t);
        Ok(Some(match t {
            BuiltinType::Dict | BuiltinType::List | BuiltinType::Set => empty,
            _ => construct(self, &empty, args.clone())?,
        }))
    }
}
