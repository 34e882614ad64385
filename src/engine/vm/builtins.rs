//! The `builtins` namespace: functions and constructors with CPython's error wording.

use super::{Flow, Vm};
use crate::engine::trace::Stream;
use crate::engine::value::{ops, Args, Class, Dict, IterState, Namespace, NativePayload, Property, RangeObj, Value};
use num_traits::{Signed, ToPrimitive, Zero};
use std::cell::RefCell;
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let fns: &[(&str, crate::engine::value::NativeFn)] = &[
        ("print", print),
        ("slice", |vm, a| {
            let none = Value::None;
            let parts = match a.pos.as_slice() {
                [stop] => [none.clone(), stop.clone(), none],
                [start, stop] => [start.clone(), stop.clone(), none],
                [start, stop, step] => [start.clone(), stop.clone(), step.clone()],
                _ => return Err(vm.type_error(format!("slice expected at most 3 arguments, got {}", a.pos.len()))),
            };
            Ok(Value::Slice(Rc::new(parts)))
        }),
        ("len", len),
        ("repr", repr),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("id", id),
        ("hash", hash),
        ("abs", abs),
        ("min", min),
        ("max", max),
        ("sum", sum),
        ("sorted", sorted),
        ("reversed", reversed),
        ("enumerate", enumerate),
        ("zip", zip),
        ("map", map),
        ("filter", filter),
        ("any", any),
        ("all", all),
        ("iter", iter),
        ("next", next),
        ("round", round),
        ("divmod", divmod),
        ("pow", pow),
        ("chr", chr),
        ("ord", ord),
        ("hex", hex),
        ("bin", bin),
        ("oct", oct),
        ("input", input),
        ("hasattr", hasattr),
        ("getattr", getattr),
        ("setattr", setattr),
        ("delattr", delattr),
        ("callable", callable),
        ("format", format_builtin),
        ("vars", vars),
        ("eval", frame_builtin),
        ("exec", frame_builtin),
        ("globals", frame_builtin),
        ("locals", frame_builtin),
        ("__build_class__", build_class),
        ("__new_int", new_int),
        ("__new_float", new_float),
        ("__new_str", new_str),
        ("__new_bool", new_bool),
        ("__new_list", new_list),
        ("__new_tuple", new_tuple),
        ("__new_dict", new_dict),
        ("__new_set", new_set),
        ("__new_frozenset", new_frozenset),
        ("__new_range", new_range),
        ("__new_type", new_type),
        ("__new_object", new_object),
        ("__new_property", new_property),
        ("__new_staticmethod", |vm, a| Ok(Value::StaticMethod(Rc::new(one_arg(vm, &a, "staticmethod")?)))),
        ("__new_classmethod", |vm, a| Ok(Value::ClassMethod(Rc::new(one_arg(vm, &a, "classmethod")?)))),
        ("__new_super", new_super),
    ];
    for (name, f) in fns {
        let v = vm.native(name, *f);
        vm.builtins.borrow_mut().insert(Rc::from(*name), v);
    }
    for name in vm.types.names() {
        let class = vm.types.get(name);
        if matches!(
            name,
            "NoneType" | "function" | "builtin_function_or_method" | "method" | "module" | "iterator" | "generator"
        ) {
            continue;
        }
        vm.builtins.borrow_mut().insert(Rc::from(name), Value::Class(class));
    }
    // Old names of OSError.
    for alias in ["IOError", "EnvironmentError"] {
        vm.builtins.borrow_mut().insert(Rc::from(alias), Value::Class(vm.types.get("OSError")));
    }
    // `object.__setattr__(self, name, value)` and friends: the default attribute behaviour, for
    // classes that override it and call the default (or `super().__setattr__`).
    let object_methods: &[(&str, crate::engine::value::NativeFn)] =
        &[("__setattr__", object_setattr), ("__getattribute__", object_getattribute), ("__delattr__", object_delattr)];
    let object = vm.types.get("object");
    for (name, f) in object_methods {
        let v = vm.native(name, *f);
        object.dict.borrow_mut().insert(Rc::from(*name), v);
    }
    let mut b = vm.builtins.borrow_mut();
    b.insert(Rc::from("None"), Value::None);
    b.insert(Rc::from("True"), Value::Bool(true));
    b.insert(Rc::from("False"), Value::Bool(false));
    b.insert(Rc::from("Ellipsis"), Value::Ellipsis);
    b.insert(Rc::from("NotImplemented"), Value::NotImplemented);
    b.insert(Rc::from("__name__"), Value::str("builtins"));
}

fn arg(vm: &Vm, a: &Args, i: usize, fname: &str) -> Result<Value, Flow> {
    a.pos.get(i).cloned().ok_or_else(|| {
        vm.type_error(format!(
            "{fname}() takes at least {} argument{} ({} given)",
            i + 1,
            if i == 0 { "" } else { "s" },
            a.pos.len()
        ))
    })
}

fn one_arg(vm: &Vm, a: &Args, fname: &str) -> Result<Value, Flow> {
    if a.pos.len() != 1 {
        return Err(vm.type_error(format!("{fname}() takes exactly one argument ({} given)", a.pos.len())));
    }
    Ok(a.pos[0].clone())
}

fn print(vm: &mut Vm, mut a: Args) -> Result<Value, Flow> {
    let sep = a.take_kw("sep");
    let end = a.take_kw("end");
    let file = a.take_kw("file");
    let _flush = a.take_kw("flush");
    if let Some((k, _)) = a.kw.first() {
        return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for print()")));
    }
    let sep = match sep {
        None | Some(Value::None) => " ".to_string(),
        Some(Value::Str(s)) => s.to_string(),
        Some(o) => return Err(vm.type_error(format!("sep must be None or a string, not {}", o.type_name()))),
    };
    let end = match end {
        None | Some(Value::None) => "\n".to_string(),
        Some(Value::Str(s)) => s.to_string(),
        Some(o) => return Err(vm.type_error(format!("end must be None or a string, not {}", o.type_name()))),
    };
    let mut text = String::new();
    for (i, v) in a.pos.iter().enumerate() {
        if i > 0 {
            text.push_str(&sep);
        }
        text.push_str(&vm.str_of(v)?);
    }
    text.push_str(&end);
    write_to(vm, file, &text)?;
    Ok(Value::None)
}

/// Writes to `file` (default `sys.stdout`): our streams, or any object with `write`.
pub fn write_to(vm: &mut Vm, file: Option<Value>, text: &str) -> Result<(), Flow> {
    match file {
        None | Some(Value::None) => {
            let out = crate::engine::modules::sys_stream(vm, "stdout");
            return write_to(vm, Some(out), text);
        }
        Some(Value::Native(ref n)) => {
            if let NativePayload::Stream(s) = n.payload {
                vm.write(s, text);
                return Ok(());
            }
        }
        _ => {}
    }
    let f = file.unwrap_or(Value::None);
    let w = vm.get_attr(&f, "write")?;
    vm.call_nested(w, Args::new(vec![Value::str(text)]))?;
    let _ = Stream::Stdout;
    Ok(())
}

fn len(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let v = one_arg(vm, &a, "len")?;
    if let Value::Instance(inst) = &v {
        if inst.class.lookup("__len__").is_some() {
            let f = vm.get_attr(&v, "__len__")?;
            return vm.call_nested(f, Args::default());
        }
    }
    match &v {
        Value::Dict(d) | Value::Set(d) => Ok(Value::Int(d.borrow().len() as i64)),
        Value::FrozenSet(d) => Ok(Value::Int(d.len() as i64)),
        Value::Range(r) => Ok(Value::Int(r.len())),
        _ => match ops::len(&v) {
            Some(n) => Ok(Value::Int(n as i64)),
            None => Err(vm.type_error(format!("object of type '{}' has no len()", v.type_name()))),
        },
    }
}

fn repr(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let v = one_arg(vm, &a, "repr")?;
    Ok(Value::str(&vm.repr_of(&v)?))
}

fn class_of(vm: &Vm, v: &Value) -> Rc<Class> {
    vm.types.type_of(v)
}

fn isinstance(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!("isinstance expected 2 arguments, got {}", a.pos.len())));
    }
    let cls = class_of(vm, &a.pos[0]);
    Ok(Value::Bool(subclass_check(vm, &cls, &a.pos[1], "isinstance")?))
}

fn subclass_check(vm: &Vm, cls: &Rc<Class>, spec: &Value, fname: &str) -> Result<bool, Flow> {
    match spec {
        Value::Class(c) => Ok(cls.is_subclass_of(c) || (&*c.name == "object")),
        Value::Tuple(items) => {
            for t in items.iter() {
                if subclass_check(vm, cls, t, fname)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(vm.type_error(format!("{fname}() arg 2 must be a type, a tuple of types, or a union"))),
    }
}

fn issubclass(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let Some(Value::Class(c)) = a.pos.first() else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    let spec = arg(vm, &a, 1, "issubclass")?;
    Ok(Value::Bool(subclass_check(vm, c, &spec, "issubclass")?))
}

fn id(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let v = one_arg(vm, &a, "id")?;
    let n = vm.addr_ids.len();
    let key = v.identity().unwrap_or(match &v {
        Value::Int(i) => *i as usize,
        _ => 0,
    });
    let k = *vm.addr_ids.entry(key).or_insert(n);
    Ok(Value::Int(0x7f00_0000_1000 + 0x40 * k as i64))
}

fn hash(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let v = one_arg(vm, &a, "hash")?;
    // A class's own __hash__, or `__hash__ = None` (unhashable, as a dataclass with eq).
    if let Value::Instance(inst) = &v {
        match inst.class.lookup("__hash__") {
            Some(Value::Function(_)) => {
                let f = vm.get_attr(&v, "__hash__")?;
                return vm.call_nested(f, Args::default());
            }
            Some(Value::None) => return Err(vm.type_error(format!("unhashable type: '{}'", v.type_name()))),
            _ => {}
        }
    }
    let k = crate::engine::value::HashKey::from_value(&v).map_err(|e| vm.op_err(e))?;
    Ok(Value::Int(k.hash_value()))
}

fn abs(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let v = one_arg(vm, &a, "abs")?;
    match &v {
        Value::Int(i) => Ok(i
            .checked_abs()
            .map(Value::Int)
            .unwrap_or_else(|| Value::from_bigint(num_bigint::BigInt::from(*i).abs()))),
        Value::BigInt(b) => Ok(Value::from_bigint(b.abs())),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        _ => {
            if let Some(base) = super::subclass::base_of(&v) {
                return abs(vm, Args::new(vec![base.clone()]));
            }
            if let Value::Instance(_) = &v {
                let f = vm.get_attr(&v, "__abs__")?;
                return vm.call_nested(f, Args::default());
            }
            Err(vm.type_error(format!("bad operand type for abs(): '{}'", v.type_name())))
        }
    }
}

fn min_max(vm: &mut Vm, mut a: Args, want_max: bool) -> Result<Value, Flow> {
    let fname = if want_max { "max" } else { "min" };
    let key = a.take_kw("key");
    let default = a.take_kw("default");
    let items = if a.pos.len() == 1 {
        vm.collect_iterable(&a.pos[0])?
    } else if a.pos.is_empty() {
        return Err(vm.type_error(format!("{fname} expected at least 1 argument, got 0")));
    } else {
        a.pos.clone()
    };
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => Err(vm.err("ValueError", format!("{fname}() arg is an empty sequence"))),
        };
    }
    let mut best = items[0].clone();
    let mut best_key = match &key {
        Some(k) if !matches!(k, Value::None) => vm.call_nested(k.clone(), Args::new(vec![best.clone()]))?,
        _ => best.clone(),
    };
    for it in items.into_iter().skip(1) {
        let k = match &key {
            Some(kf) if !matches!(kf, Value::None) => vm.call_nested(kf.clone(), Args::new(vec![it.clone()]))?,
            _ => it.clone(),
        };
        let better = if want_max { vm.less_than(&best_key, &k)? } else { vm.less_than(&k, &best_key)? };
        if better {
            best = it;
            best_key = k;
        }
    }
    Ok(best)
}

fn min(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    min_max(vm, a, false)
}

fn max(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    min_max(vm, a, true)
}

fn sum(vm: &mut Vm, mut a: Args) -> Result<Value, Flow> {
    let start = a.take_kw("start").or_else(|| a.pos.get(1).cloned()).unwrap_or(Value::Int(0));
    let items = vm.collect_iterable(&arg(vm, &a, 0, "sum")?)?;
    if let Value::Str(_) = start {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let mut acc = start;
    for it in items {
        acc = vm.binary_op(crate::engine::syntax::ast::BinOp::Add, &acc, &it, false)?;
    }
    Ok(acc)
}

fn sorted(vm: &mut Vm, mut a: Args) -> Result<Value, Flow> {
    let key = a.take_kw("key");
    let reverse = match a.take_kw("reverse") {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let items = vm.collect_iterable(&arg(vm, &a, 0, "sorted")?)?;
    Ok(Value::list(vm.sort_values(items, key, reverse)?))
}

fn iter_value(state: IterState) -> Value {
    Value::Iter(Rc::new(RefCell::new(state)))
}

fn reversed(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let v = one_arg(vm, &a, "reversed")?;
    match &v {
        Value::List(l) => {
            let n = l.borrow().len();
            Ok(iter_value(IterState::Reversed { seq: v.clone(), index: n }))
        }
        Value::Tuple(t) => Ok(iter_value(IterState::Reversed { seq: v.clone(), index: t.len() })),
        Value::Range(r) => {
            let n = r.len();
            let last = r.start + (n - 1).max(0) * r.step;
            let rr = if n == 0 {
                RangeObj { start: 0, stop: 0, step: 1 }
            } else {
                RangeObj { start: last, stop: r.start - r.step, step: -r.step }
            };
            vm.get_iter(&Value::Range(Rc::new(rr)))
        }
        Value::Str(s) => {
            let items: Vec<Value> = s.chars().rev().map(|c| Value::str(c.encode_utf8(&mut [0; 4]))).collect();
            Ok(iter_value(IterState::Values { items: Rc::from(items), index: 0 }))
        }
        _ => {
            let mut items = vm.collect_iterable(&v)?;
            items.reverse();
            Ok(iter_value(IterState::Values { items: Rc::from(items), index: 0 }))
        }
    }
}

fn enumerate(vm: &mut Vm, mut a: Args) -> Result<Value, Flow> {
    let start = a.take_kw("start").or_else(|| a.pos.get(1).cloned()).unwrap_or(Value::Int(0));
    let inner = vm.get_iter(&arg(vm, &a, 0, "enumerate")?)?;
    Ok(iter_value(IterState::Enumerate { inner, count: start }))
}

fn zip(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let mut inners = Vec::new();
    for v in &a.pos {
        inners.push(vm.get_iter(v)?);
    }
    Ok(iter_value(IterState::Zip { inners }))
}

fn map(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    if a.pos.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let func = a.pos[0].clone();
    let mut inners = Vec::new();
    for v in &a.pos[1..] {
        inners.push(vm.get_iter(v)?);
    }
    Ok(iter_value(IterState::Map { func, inners }))
}

fn filter(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!("filter expected 2 arguments, got {}", a.pos.len())));
    }
    let inner = vm.get_iter(&a.pos[1])?;
    Ok(iter_value(IterState::Filter { func: a.pos[0].clone(), inner }))
}

fn any(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let it = vm.get_iter(&one_arg(vm, &a, "any")?)?;
    while let Some(v) = vm.next_of(&it)? {
        if vm.truthy(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let it = vm.get_iter(&one_arg(vm, &a, "all")?)?;
    while let Some(v) = vm.next_of(&it)? {
        if !vm.truthy(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn iter(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let v = one_arg(vm, &a, "iter")?;
    vm.get_iter(&v)
}

fn next(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let it = arg(vm, &a, 0, "next")?;
    if !matches!(it, Value::Iter(_) | Value::Generator(_) | Value::Instance(_)) {
        return Err(vm.type_error(format!("'{}' object is not an iterator", it.type_name())));
    }
    vm.next_builtin(&it, a.pos.get(1).cloned())
}

fn round(vm: &mut Vm, mut a: Args) -> Result<Value, Flow> {
    let ndigits = a.take_kw("ndigits").or_else(|| a.pos.get(1).cloned()).unwrap_or(Value::None);
    let v = arg(vm, &a, 0, "round")?;
    match (&v, &ndigits) {
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), _) => Ok(match v {
            Value::Bool(b) => Value::Int(b as i64),
            other => other,
        }),
        (Value::Float(f), Value::None) => {
            if !f.is_finite() {
                return Err(vm.err(
                    if f.is_nan() { "ValueError" } else { "OverflowError" },
                    if f.is_nan() {
                        "cannot convert float NaN to integer"
                    } else {
                        "cannot convert float infinity to integer"
                    },
                ));
            }
            let r = round_half_even(*f);
            Ok(num_bigint::BigInt::from_f64_checked(r).map(Value::from_bigint).unwrap_or(Value::Int(0)))
        }
        (Value::Float(f), Value::Int(n)) => Ok(Value::Float(round_float_digits(*f, *n))),
        (Value::Instance(i), _) if i.base.is_some() => {
            round(vm, Args::new(i.base.iter().cloned().chain([ndigits]).collect()))
        }
        _ => Err(vm.type_error(format!("type {} doesn't define __round__ method", v.type_name()))),
    }
}

trait FromF64Checked: Sized {
    fn from_f64_checked(f: f64) -> Option<Self>;
}

impl FromF64Checked for num_bigint::BigInt {
    fn from_f64_checked(f: f64) -> Option<Self> {
        use num_traits::FromPrimitive;
        num_bigint::BigInt::from_f64(f)
    }
}

fn round_half_even(f: f64) -> f64 {
    let r = f.round();
    if (f - f.trunc()).abs() == 0.5 {
        2.0 * (f / 2.0).round()
    } else {
        r
    }
}

/// `round(x, n)` as CPython does it: correctly rounded through the decimal string.
fn round_float_digits(f: f64, n: i64) -> f64 {
    if !f.is_finite() || n > 300 {
        return f;
    }
    if n < -308 {
        return 0.0 * f.signum();
    }
    if n >= 0 {
        let s = format!("{:.*}", n as usize, f);
        crate::engine::float_parse::parse_decimal(&s).unwrap_or(f)
    } else {
        let p = 10f64.powi((-n) as i32);
        round_half_even(f / p) * p
    }
}

fn divmod(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let x = arg(vm, &a, 0, "divmod")?;
    let y = arg(vm, &a, 1, "divmod")?;
    let q = vm.binary_op(crate::engine::syntax::ast::BinOp::FloorDiv, &x, &y, false)?;
    let r = vm.binary_op(crate::engine::syntax::ast::BinOp::Mod, &x, &y, false)?;
    Ok(Value::tuple(vec![q, r]))
}

fn pow(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let x = arg(vm, &a, 0, "pow")?;
    let y = arg(vm, &a, 1, "pow")?;
    if let Some(m) = a.pos.get(2) {
        let (Value::Int(b), Value::Int(e), Value::Int(m)) = (&x, &y, m) else {
            return Err(vm.type_error("pow() 3rd argument not allowed unless all arguments are integers"));
        };
        if *m == 0 {
            return Err(vm.err("ValueError", "pow() 3rd argument cannot be 0"));
        }
        let (mut b, mut e, m_big) =
            (num_bigint::BigInt::from(*b), num_bigint::BigInt::from(*e), num_bigint::BigInt::from(*m));
        if e.is_negative() {
            // CPython 3.8+: a negative exponent raises the modular inverse to its absolute value.
            let Some(inverse) = b.modinv(&m_big) else {
                return Err(vm.err("ValueError", "base is not invertible for the given modulus"));
            };
            (b, e) = (num_integer::Integer::mod_floor(&inverse, &m_big), -e);
        }
        let r = b.modpow(&e, &m_big);
        let r = if r.is_negative() != (*m < 0) && !r.is_zero() { r + m } else { r };
        return Ok(Value::from_bigint(r));
    }
    vm.binary_op(crate::engine::syntax::ast::BinOp::Pow, &x, &y, false)
}

fn chr(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let v = one_arg(vm, &a, "chr")?;
    let Value::Int(i) = v else {
        return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", v.type_name())));
    };
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(Value::str(c.encode_utf8(&mut [0; 4]))),
        None => Err(vm.err("ValueError", "chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let v = one_arg(vm, &a, "ord")?;
    let Value::Str(s) = &v else {
        return Err(vm.type_error(format!("ord() expected string of length 1, but {} found", v.type_name())));
    };
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(Value::Int(c as i64)),
        _ => {
            Err(vm.type_error(format!("ord() expected a character, but string of length {} found", s.chars().count())))
        }
    }
}

fn int_radix(vm: &mut Vm, a: Args, fname: &str, spec: &str) -> Result<Value, Flow> {
    let v = one_arg(vm, &a, fname)?;
    if !matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) {
        return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", v.type_name())));
    }
    let s = crate::engine::value::format::format_spec(&v, spec).map_err(|e| vm.op_err(e))?;
    Ok(Value::str(&s))
}

fn hex(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    int_radix(vm, a, "hex", "#x")
}

fn bin(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    int_radix(vm, a, "bin", "#b")
}

fn oct(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    int_radix(vm, a, "oct", "#o")
}

fn input(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    if let Some(p) = a.pos.first() {
        let s = vm.str_of(p)?;
        vm.write(Stream::Stdout, &s);
    }
    vm.write(Stream::Stderr, "[threadplay: input() has no keyboard here; it returned an empty line]\n");
    Ok(Value::str(""))
}

fn hasattr(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let obj = arg(vm, &a, 0, "hasattr")?;
    let Value::Str(name) = arg(vm, &a, 1, "hasattr")? else {
        return Err(vm.type_error("hasattr(): attribute name must be string"));
    };
    match vm.lookup_attr(&obj, &name) {
        Ok(v) => Ok(Value::Bool(v.is_some())),
        Err(Flow::Raise(e)) if vm.is_instance_of_name(&e, "AttributeError") => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn getattr(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let obj = arg(vm, &a, 0, "getattr")?;
    let Value::Str(name) = arg(vm, &a, 1, "getattr")? else {
        return Err(vm.type_error("attribute name must be string"));
    };
    match vm.get_attr(&obj, &name) {
        Err(Flow::Raise(e)) if a.pos.len() > 2 && vm.is_instance_of_name(&e, "AttributeError") => Ok(a.pos[2].clone()),
        r => r,
    }
}

fn setattr(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let obj = arg(vm, &a, 0, "setattr")?;
    let Value::Str(name) = arg(vm, &a, 1, "setattr")? else {
        return Err(vm.type_error("attribute name must be string"));
    };
    let v = arg(vm, &a, 2, "setattr")?;
    vm.set_attr(&mut [], &obj, &name, v)?;
    Ok(Value::None)
}

fn delattr(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let obj = arg(vm, &a, 0, "delattr")?;
    let Value::Str(name) = arg(vm, &a, 1, "delattr")? else {
        return Err(vm.type_error("attribute name must be string"));
    };
    vm.del_attr(&obj, &name)?;
    Ok(Value::None)
}

fn callable(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let v = one_arg(vm, &a, "callable")?;
    Ok(Value::Bool(match &v {
        Value::Function(_) | Value::Builtin(_) | Value::Method(_) | Value::Class(_) => true,
        Value::Instance(i) => i.class.lookup("__call__").is_some(),
        _ => false,
    }))
}

fn format_builtin(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let v = arg(vm, &a, 0, "format")?;
    let spec = match a.pos.get(1) {
        Some(Value::Str(s)) => s.to_string(),
        _ => String::new(),
    };
    Ok(Value::str(&vm.format_value(&v, &spec)?))
}

/// `eval`, `exec`, `globals`, `locals` called other than from Python code (`map(eval, ...)`):
/// calls from Python code go to `Vm::call_frame_builtin` with their frame.
fn frame_builtin(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let name = vm.native_name.clone();
    vm.call_frame_builtin(None, &name, a)
}

fn vars(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let v = one_arg(vm, &a, "vars")?;
    vm.get_attr(&v, "__dict__")
}

/// `__build_class__(body, name, *bases)`: runs the class body in a fresh namespace.
fn build_class(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let (Some(Value::Function(body)), Some(Value::Str(name))) = (a.pos.first(), a.pos.get(1)) else {
        return Err(vm.type_error("__build_class__: bad arguments"));
    };
    let bases = class_bases(vm, &a.pos[2..])?;
    let ns = Rc::new(RefCell::new(Namespace::new()));
    let mut frame = vm.new_frame(body, Args::default(), super::OnReturn::Nested)?;
    frame.namespace = Some(ns.clone());
    vm.run_nested(frame)?;
    let module = match ns.borrow().get("__module__") {
        Some(Value::Str(s)) => s.clone(),
        _ => Rc::from("__main__"),
    };
    let qualname = match ns.borrow().get("__qualname__") {
        Some(Value::Str(s)) => s.clone(),
        _ => name.clone(),
    };
    let cell = ns.borrow_mut().shift_remove("__classcell__");
    let entries = ns.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    let class = make_class(name.clone(), qualname, module, bases, entries);
    if let Some(Value::Cell(c)) = cell {
        *c.borrow_mut() = Some(Value::Class(class.clone()));
    }
    Ok(Value::Class(class))
}

fn new_int(vm: &mut Vm, mut a: Args) -> Result<Value, Flow> {
    let base = a.take_kw("base").or_else(|| a.pos.get(1).cloned());
    let Some(v) = a.pos.first().cloned() else { return Ok(Value::Int(0)) };
    if let Some(b) = base {
        let Value::Str(s) = &v else { return Err(vm.type_error("int() can't convert non-string with explicit base")) };
        let Value::Int(b) = b else { return Err(vm.type_error("base must be an int")) };
        return ops::int_from_str(s, b as u32).map_err(|e| vm.op_err(e));
    }
    match &v {
        Value::Int(_) | Value::BigInt(_) => Ok(v),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => {
            if f.is_nan() {
                return Err(vm.err("ValueError", "cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.err("OverflowError", "cannot convert float infinity to integer"));
            }
            use num_traits::FromPrimitive;
            Ok(num_bigint::BigInt::from_f64(f.trunc()).map(Value::from_bigint).unwrap_or(Value::Int(0)))
        }
        Value::Str(s) => ops::int_from_str(s, 10).map_err(|e| vm.op_err(e)),
        Value::Instance(i) => match &i.base {
            // An int or str subclass's own value.
            Some(base) if !matches!(i.class.lookup("__int__"), Some(Value::Function(_))) => {
                new_int(vm, Args::new(vec![base.clone()]))
            }
            _ => {
                let f = vm.get_attr(&v, "__int__")?;
                vm.call_nested(f, Args::default())
            }
        },
        _ => Err(vm.type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            v.type_name()
        ))),
    }
}

fn new_float(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let Some(v) = a.pos.first().cloned() else { return Ok(Value::Float(0.0)) };
    match &v {
        Value::Float(_) => Ok(v),
        Value::Int(i) => Ok(Value::Float(*i as f64)),
        Value::BigInt(b) => match b.to_f64() {
            Some(f) if f.is_finite() => Ok(Value::Float(f)),
            _ => Err(vm.err("OverflowError", "int too large to convert to float")),
        },
        Value::Bool(b) => Ok(Value::Float(*b as i64 as f64)),
        Value::Str(s) => ops::float_from_str(s).map(Value::Float).map_err(|e| vm.op_err(e)),
        Value::Instance(i) if i.base.is_some() => new_float(vm, Args::new(i.base.clone().into_iter().collect())),
        _ => Err(vm.type_error(format!("float() argument must be a string or a real number, not '{}'", v.type_name()))),
    }
}

fn new_str(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    match a.pos.first() {
        None => Ok(Value::str("")),
        Some(v) => Ok(Value::str(&vm.str_of(v)?)),
    }
}

fn new_bool(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    match a.pos.first() {
        None => Ok(Value::Bool(false)),
        Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
    }
}

fn new_list(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    match a.pos.first() {
        None => Ok(Value::list(vec![])),
        Some(v) => Ok(Value::list(vm.collect_iterable(v)?)),
    }
}

fn new_tuple(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    match a.pos.first() {
        None => Ok(Value::tuple(vec![])),
        Some(Value::Tuple(t)) => Ok(Value::Tuple(t.clone())),
        Some(v) => Ok(Value::tuple(vm.collect_iterable(v)?)),
    }
}

fn new_dict(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let d = Value::Dict(Rc::new(RefCell::new(Dict::new())));
    let upd = vm.get_attr(&d, "update")?;
    vm.call_nested(upd, a)?;
    Ok(d)
}

fn set_from(vm: &mut Vm, a: &Args) -> Result<Dict, Flow> {
    let mut d = Dict::new();
    if let Some(v) = a.pos.first() {
        for it in vm.collect_iterable(v)? {
            d.insert(it, Value::None).map_err(|e| vm.op_err(e))?;
        }
    }
    Ok(d)
}

fn new_set(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    Ok(Value::Set(Rc::new(RefCell::new(set_from(vm, &a)?))))
}

fn new_frozenset(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    Ok(Value::FrozenSet(Rc::new(set_from(vm, &a)?)))
}

fn new_range(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let mut nums = Vec::new();
    for v in &a.pos {
        match v {
            Value::Int(i) => nums.push(*i),
            Value::Bool(b) => nums.push(*b as i64),
            other => {
                return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", other.type_name())))
            }
        }
    }
    let (start, stop, step) = match nums.as_slice() {
        [stop] => (0, *stop, 1),
        [start, stop] => (*start, *stop, 1),
        [start, stop, step] => (*start, *stop, *step),
        [] => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        _ => return Err(vm.type_error(format!("range expected at most 3 arguments, got {}", nums.len()))),
    };
    if step == 0 {
        return Err(vm.err("ValueError", "range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new(RangeObj { start, stop, step })))
}

fn new_type(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    match a.pos.as_slice() {
        [obj] => Ok(Value::Class(class_of(vm, obj))),
        [Value::Str(name), Value::Tuple(bases), Value::Dict(ns)] => {
            let bases = class_bases(vm, bases)?;
            let mut entries = Vec::new();
            for (k, v) in ns.borrow().items() {
                let Value::Str(k) = k else { return Err(vm.type_error("type() namespace keys must be strings")) };
                entries.push((k.clone(), v.clone()));
            }
            Ok(Value::Class(make_class(name.clone(), name.clone(), Rc::from("__main__"), bases, entries)))
        }
        _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
    }
}

/// The bases of a new class (`object` when none are given).
fn class_bases(vm: &Vm, given: &[Value]) -> Result<Vec<Rc<Class>>, Flow> {
    let mut bases = Vec::new();
    for b in given {
        match b {
            Value::Class(c) => bases.push(c.clone()),
            other => return Err(vm.type_error(format!("bases must be types, not {}", other.type_name()))),
        }
    }
    if bases.is_empty() {
        bases.push(vm.types.get("object"));
    }
    Ok(bases)
}

/// A class made by a `class` statement or by `type(name, bases, namespace)`.
fn make_class(
    name: Rc<str>,
    qualname: Rc<str>,
    module: Rc<str>,
    bases: Vec<Rc<Class>>,
    entries: Vec<(Rc<str>, Value)>,
) -> Rc<Class> {
    let class = Rc::new(Class {
        name,
        qualname,
        module,
        bases,
        mro: RefCell::new(Vec::new()),
        dict: RefCell::new(Namespace::new()),
        builtin: None,
    });
    let mut mro = vec![class.clone()];
    if let Some(b) = class.bases.first() {
        mro.extend(b.mro.borrow().iter().cloned());
    }
    *class.mro.borrow_mut() = mro;
    for (k, v) in entries {
        class.dict.borrow_mut().insert(k, v);
    }
    class
}

fn object_setattr(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    match a.pos.as_slice() {
        [Value::Instance(inst), Value::Str(name), value] => {
            inst.dict.borrow_mut().insert(name.clone(), value.clone());
            Ok(Value::None)
        }
        [obj, Value::Str(name), value] => vm.set_attr(&mut [], obj, name, value.clone()).map(|_| Value::None),
        _ => Err(vm.type_error("expected 3 arguments: (object, name, value)")),
    }
}

fn object_getattribute(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    match a.pos.as_slice() {
        [obj @ Value::Instance(inst), Value::Str(name)] => {
            if let Some(v) = inst.dict.borrow().get(name).cloned() {
                return Ok(v);
            }
            vm.get_attr(obj, name)
        }
        [obj, Value::Str(name)] => vm.get_attr(obj, name),
        _ => Err(vm.type_error("expected 2 arguments: (object, name)")),
    }
}

fn object_delattr(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    match a.pos.as_slice() {
        [obj @ Value::Instance(inst), Value::Str(name)] => match inst.dict.borrow_mut().shift_remove(name) {
            Some(_) => Ok(Value::None),
            None => Err(vm.attribute_error(obj, name)),
        },
        _ => Err(vm.type_error("expected 2 arguments: (object, name)")),
    }
}

fn new_object(vm: &mut Vm, _a: Args) -> Result<Value, Flow> {
    Ok(Value::Instance(Rc::new(crate::engine::value::Instance {
        class: vm.types.get("object"),
        dict: RefCell::new(Namespace::new()),
        exc: None,
        base: None,
    })))
}

fn new_property(vm: &mut Vm, mut a: Args) -> Result<Value, Flow> {
    let fget = a.take_kw("fget").or_else(|| a.pos.first().cloned()).unwrap_or(Value::None);
    let fset = a.take_kw("fset").or_else(|| a.pos.get(1).cloned()).unwrap_or(Value::None);
    let _ = vm;
    Ok(Value::Property(Rc::new(Property { fget, fset })))
}

fn new_super(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    match (a.pos.first(), a.pos.get(1)) {
        (Some(Value::Class(c)), Some(obj)) => Ok(Value::Super(Rc::new((c.clone(), obj.clone())))),
        _ => Err(vm.err("RuntimeError", "super(): no arguments")),
    }
}
