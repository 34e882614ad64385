//! `math`: float functions with CPython's errors ("math domain error", "math range error"),
//! integer functions on unbounded ints, and the constants.

use crate::engine::value::ops::to_float;
use crate::engine::value::{Args, Namespace, NativeFn, Value};
use crate::engine::vm::{Flow, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{FromPrimitive, One, Signed, ToPrimitive, Zero};
use std::cell::RefCell;
use std::rc::Rc;

pub fn install(vm: &mut Vm, d: &Rc<RefCell<Namespace>>) {
    let fns: &[(&str, NativeFn)] = &[
        ("sqrt", |vm, a| unary(vm, a, "sqrt", |x| (x >= 0.0).then(|| x.sqrt()))),
        ("exp", |vm, a| unary(vm, a, "exp", |x| Some(x.exp()))),
        ("log", log),
        ("log2", |vm, a| unary(vm, a, "log2", |x| (x > 0.0).then(|| x.log2()))),
        ("log10", |vm, a| unary(vm, a, "log10", |x| (x > 0.0).then(|| x.log10()))),
        ("sin", |vm, a| unary(vm, a, "sin", |x| x.is_finite().then(|| x.sin()))),
        ("cos", |vm, a| unary(vm, a, "cos", |x| x.is_finite().then(|| x.cos()))),
        ("tan", |vm, a| unary(vm, a, "tan", |x| x.is_finite().then(|| x.tan()))),
        ("asin", |vm, a| unary(vm, a, "asin", |x| (-1.0..=1.0).contains(&x).then(|| x.asin()))),
        ("acos", |vm, a| unary(vm, a, "acos", |x| (-1.0..=1.0).contains(&x).then(|| x.acos()))),
        ("atan", |vm, a| unary(vm, a, "atan", |x| Some(x.atan()))),
        ("sinh", |vm, a| unary(vm, a, "sinh", |x| Some(x.sinh()))),
        ("cosh", |vm, a| unary(vm, a, "cosh", |x| Some(x.cosh()))),
        ("tanh", |vm, a| unary(vm, a, "tanh", |x| Some(x.tanh()))),
        ("fabs", |vm, a| unary(vm, a, "fabs", |x| Some(x.abs()))),
        ("degrees", |vm, a| unary(vm, a, "degrees", |x| Some(x.to_degrees()))),
        ("radians", |vm, a| unary(vm, a, "radians", |x| Some(x.to_radians()))),
        ("atan2", |vm, a| binary(vm, a, "atan2", |y, x| Some(y.atan2(x)))),
        ("copysign", |vm, a| binary(vm, a, "copysign", |x, y| Some(x.copysign(y)))),
        ("pow", |vm, a| binary(vm, a, "pow", |x, y| (x >= 0.0 || y.fract() == 0.0).then(|| x.powf(y)))),
        ("fmod", |vm, a| binary(vm, a, "fmod", |x, y| (y != 0.0 && x.is_finite()).then(|| x % y))),
        ("hypot", hypot),
        ("floor", |vm, a| rounded(vm, a, "floor", f64::floor)),
        ("ceil", |vm, a| rounded(vm, a, "ceil", f64::ceil)),
        ("trunc", |vm, a| rounded(vm, a, "trunc", f64::trunc)),
        ("isnan", |vm, a| test(vm, a, "isnan", f64::is_nan)),
        ("isinf", |vm, a| test(vm, a, "isinf", f64::is_infinite)),
        ("isfinite", |vm, a| test(vm, a, "isfinite", f64::is_finite)),
        ("isclose", isclose),
        ("factorial", factorial),
        ("gcd", gcd),
        ("lcm", lcm),
        ("comb", |vm, a| comb_perm(vm, a, "comb")),
        ("perm", |vm, a| comb_perm(vm, a, "perm")),
        ("fsum", fsum),
        ("prod", prod),
    ];
    let mut d = d.borrow_mut();
    for (name, f) in fns {
        d.insert(Rc::from(*name), vm.native(name, *f));
    }
    for (name, v) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        d.insert(Rc::from(name), Value::Float(v));
    }
}

fn args_n(vm: &Vm, a: &Args, name: &str, n: usize) -> Result<Vec<f64>, Flow> {
    if a.pos.len() != n || !a.kw.is_empty() {
        let what = if n == 1 { "exactly one argument".to_string() } else { format!("exactly {n} arguments") };
        return Err(vm.type_error(format!("math.{name}() takes {what} ({} given)", a.pos.len())));
    }
    a.pos.iter().map(|v| to_float(v).map_err(|e| vm.op_err(e))).collect()
}

fn checked(vm: &Vm, r: Option<f64>, inputs_finite: bool) -> Result<Value, Flow> {
    match r {
        None => Err(vm.err("ValueError", "math domain error")),
        Some(x) if x.is_infinite() && inputs_finite => Err(vm.err("OverflowError", "math range error")),
        Some(x) => Ok(Value::Float(x)),
    }
}

fn unary(vm: &mut Vm, a: Args, name: &str, f: fn(f64) -> Option<f64>) -> Result<Value, Flow> {
    let x = args_n(vm, &a, name, 1)?[0];
    let r = if x.is_nan() { Some(x) } else { f(x) };
    checked(vm, r, x.is_finite())
}

fn binary(vm: &mut Vm, a: Args, name: &str, f: fn(f64, f64) -> Option<f64>) -> Result<Value, Flow> {
    let v = args_n(vm, &a, name, 2)?;
    checked(vm, f(v[0], v[1]), v[0].is_finite() && v[1].is_finite())
}

fn log(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let n = a.pos.len().clamp(1, 2);
    let v = args_n(vm, &a, "log", n)
        .map_err(|_| vm.type_error(format!("log expected 1 or 2 arguments, got {}", a.pos.len())))?;
    // Ints too big for a float still have a logarithm.
    let ln = |vm: &Vm, x: f64, original: &Value| -> Result<f64, Flow> {
        if let Value::BigInt(b) = original {
            if b.is_positive() {
                let bits = b.bits();
                let shifted = (&**b >> (bits.saturating_sub(60) as usize)).to_f64().unwrap_or(1.0);
                return Ok(shifted.ln() + (bits.saturating_sub(60) as f64) * std::f64::consts::LN_2);
            }
        }
        if x > 0.0 {
            Ok(x.ln())
        } else {
            Err(vm.err("ValueError", "math domain error"))
        }
    };
    let num = ln(vm, v[0], &a.pos[0])?;
    if n == 1 {
        return Ok(Value::Float(num));
    }
    let den = ln(vm, v[1], &a.pos[1])?;
    if den == 0.0 {
        return Err(vm.err("ZeroDivisionError", "float division by zero"));
    }
    Ok(Value::Float(num / den))
}

fn hypot(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let v: Vec<f64> = a.pos.iter().map(|v| to_float(v).map_err(|e| vm.op_err(e))).collect::<Result<_, _>>()?;
    Ok(Value::Float(v.iter().fold(0.0_f64, |acc, x| acc.hypot(*x))))
}

fn rounded(vm: &mut Vm, a: Args, name: &str, f: fn(f64) -> f64) -> Result<Value, Flow> {
    if let [v @ (Value::Int(_) | Value::BigInt(_))] = a.pos.as_slice() {
        return Ok(v.clone());
    }
    if let [Value::Bool(b)] = a.pos.as_slice() {
        return Ok(Value::Int(*b as i64));
    }
    let x = f(args_n(vm, &a, name, 1)?[0]);
    if x.is_nan() {
        return Err(vm.err("ValueError", "cannot convert float NaN to integer"));
    }
    match BigInt::from_f64(x) {
        Some(b) => Ok(Value::from_bigint(b)),
        None => Err(vm.err("OverflowError", "cannot convert float infinity to integer")),
    }
}

fn test(vm: &mut Vm, a: Args, name: &str, f: fn(f64) -> bool) -> Result<Value, Flow> {
    Ok(Value::Bool(f(args_n(vm, &a, name, 1)?[0])))
}

fn isclose(vm: &mut Vm, mut a: Args) -> Result<Value, Flow> {
    let kw = |vm: &Vm, v: Option<Value>, default: f64| -> Result<f64, Flow> {
        v.map_or(Ok(default), |v| to_float(&v).map_err(|e| vm.op_err(e)))
    };
    let rel = a.take_kw("rel_tol");
    let abs = a.take_kw("abs_tol");
    let (rel, abs) = (kw(vm, rel, 1e-9)?, kw(vm, abs, 0.0)?);
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.err("ValueError", "tolerances must be non-negative"));
    }
    let v = args_n(vm, &a, "isclose", 2)?;
    let (x, y) = (v[0], v[1]);
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (y - x).abs();
    Ok(Value::Bool(diff <= (rel * y).abs() || diff <= (rel * x).abs() || diff <= abs))
}

fn int_arg(vm: &Vm, v: &Value, name: &str) -> Result<BigInt, Flow> {
    match v {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(*b as i64)),
        Value::BigInt(b) => Ok((**b).clone()),
        Value::Float(_) => Err(vm.type_error("'float' object cannot be interpreted as an integer")),
        other => Err(vm.type_error(format!("{name}() argument must be an integer, not '{}'", other.type_name()))),
    }
}

fn factorial(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    if a.pos.len() != 1 {
        return Err(vm.type_error(format!("math.factorial() takes exactly one argument ({} given)", a.pos.len())));
    }
    let n = int_arg(vm, &a.pos[0], "factorial")?;
    if n.is_negative() {
        return Err(vm.err("ValueError", "factorial() not defined for negative values"));
    }
    let n = n
        .to_u64()
        .filter(|n| *n <= 20_000)
        .ok_or_else(|| vm.err("OverflowError", "factorial() argument should not exceed 20000 in threadplay"))?;
    let mut acc = BigInt::one();
    for k in 2..=n {
        acc *= k;
    }
    Ok(Value::from_bigint(acc))
}

fn gcd(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let mut acc = BigInt::zero();
    for v in &a.pos {
        acc = acc.gcd(&int_arg(vm, v, "gcd")?);
    }
    Ok(Value::from_bigint(acc))
}

fn lcm(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let mut acc = BigInt::one();
    for v in &a.pos {
        let x = int_arg(vm, v, "lcm")?;
        if x.is_zero() {
            return Ok(Value::Int(0));
        }
        acc = acc.lcm(&x);
    }
    Ok(Value::from_bigint(acc))
}

fn comb_perm(vm: &mut Vm, a: Args, name: &str) -> Result<Value, Flow> {
    let n = int_arg(vm, a.pos.first().unwrap_or(&Value::None), name)?;
    let k = match a.pos.get(1) {
        Some(v) if !matches!(v, Value::None) => int_arg(vm, v, name)?,
        _ if name == "perm" => n.clone(),
        _ => return Err(vm.type_error("comb expected 2 arguments, got 1")),
    };
    if n.is_negative() {
        return Err(vm.err("ValueError", "n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.err("ValueError", "k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k =
        k.to_u64().filter(|k| *k <= 100_000).ok_or_else(|| vm.err("OverflowError", "k is too large for threadplay"))?;
    let mut acc = BigInt::one();
    for i in 0..k {
        acc *= &n - i;
    }
    if name == "comb" {
        for i in 2..=k {
            acc /= i;
        }
    }
    Ok(Value::from_bigint(acc))
}

/// Exact float sum (Shewchuk's partials, as CPython's `fsum`).
fn fsum(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let items = vm.collect_iterable(a.pos.first().unwrap_or(&Value::None))?;
    let mut partials: Vec<f64> = Vec::new();
    for v in &items {
        let mut x = to_float(v).map_err(|e| vm.op_err(e))?;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    Ok(Value::Float(partials.iter().sum()))
}

fn prod(vm: &mut Vm, mut a: Args) -> Result<Value, Flow> {
    let start = a.take_kw("start").unwrap_or(Value::Int(1));
    let items = vm.collect_iterable(a.pos.first().unwrap_or(&Value::None))?;
    let mut acc = start;
    for v in &items {
        acc = vm.binary_op_public(crate::engine::syntax::ast::BinOp::Mult, &acc, v)?;
    }
    Ok(acc)
}
