//! `_random`: CPython's Mersenne Twister (MT19937, seeded by `init_by_array` as CPython seeds it),
//! so that `random.seed(42)` gives the numbers CPython gives. `random.py` builds the public
//! functions on these primitives with CPython's algorithms.

use crate::engine::value::{Args, Namespace, Native, NativePayload, Value};
use crate::engine::vm::{Flow, Vm};
use num_bigint::{BigInt, BigUint, Sign};
use rand_mt::Mt;
use std::cell::RefCell;
use std::rc::Rc;

pub fn install(vm: &mut Vm, d: &Rc<RefCell<Namespace>>) {
    let fns: &[(&str, crate::engine::value::NativeFn)] = &[
        ("new", |vm, _| {
            let key = words(&BigUint::from(vm.settings.seed));
            Ok(Value::Native(Rc::new(Native {
                type_name: "Random",
                payload: NativePayload::Random(Box::new(RefCell::new(Mt::new_with_key(key)))),
            })))
        }),
        ("seed", seed),
        ("random", |vm, a| {
            with_generator(vm, &a, |mt| {
                let hi = (mt.next_u32() >> 5) as f64;
                let lo = (mt.next_u32() >> 6) as f64;
                Value::Float((hi * 67_108_864.0 + lo) * (1.0 / 9_007_199_254_740_992.0))
            })
        }),
        ("getrandbits", getrandbits),
        ("randbelow", randbelow),
    ];
    let mut d = d.borrow_mut();
    for (name, f) in fns {
        d.insert(Rc::from(*name), vm.native(name, *f));
    }
}

/// The 32-bit words of `n`, least significant first; `[0]` for zero (CPython's key for seed 0).
fn words(n: &BigUint) -> Vec<u32> {
    let w = n.to_u32_digits();
    if w.is_empty() {
        vec![0]
    } else {
        w
    }
}

fn with_generator<T>(vm: &Vm, a: &Args, f: impl FnOnce(&mut Mt) -> T) -> Result<T, Flow> {
    match a.pos.first() {
        Some(Value::Native(n)) => match &n.payload {
            NativePayload::Random(mt) => Ok(f(&mut mt.borrow_mut())),
            _ => Err(vm.type_error("expected a Random generator")),
        },
        _ => Err(vm.type_error("expected a Random generator")),
    }
}

/// `seed(gen, a)`: ints (by absolute value) and None (the run's seed setting).
fn seed(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let n: BigUint = match a.pos.get(1) {
        None | Some(Value::None) => BigUint::from(vm.settings.seed),
        Some(Value::Bool(b)) => BigUint::from(*b as u8),
        Some(Value::Int(i)) => BigUint::from(i.unsigned_abs()),
        Some(Value::BigInt(b)) => b.magnitude().clone(),
        Some(other) => {
            return Err(vm.err(
                "NotImplementedError",
                format!("random.seed() with a {} is not supported in threadplay yet; use an int", other.type_name()),
            ))
        }
    };
    let key = words(&n);
    with_generator(vm, &a, |mt| mt.reseed_with_key(key))?;
    Ok(Value::None)
}

/// `k` random bits as CPython's `getrandbits` draws them: 32 at a time, least significant word
/// first, the last word cut to the bits still wanted.
fn bits(mt: &mut Mt, k: u64) -> BigUint {
    if k <= 32 {
        return BigUint::from(if k == 0 { 0 } else { mt.next_u32() >> (32 - k) });
    }
    let mut out = Vec::with_capacity(k.div_ceil(32) as usize);
    let mut left = k;
    while left > 0 {
        let r = mt.next_u32();
        out.push(if left < 32 { r >> (32 - left) } else { r });
        left = left.saturating_sub(32);
    }
    BigUint::new(out)
}

fn int_value(n: BigUint) -> Value {
    Value::from_bigint(BigInt::from_biguint(Sign::Plus, n))
}

fn getrandbits(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let k = match a.pos.get(1) {
        Some(Value::Int(k)) if *k < 0 => return Err(vm.err("ValueError", "number of bits must be non-negative")),
        Some(Value::Int(k)) if *k > 1 << 24 => return Err(vm.err("MemoryError", "")),
        Some(Value::Int(k)) => *k as u64,
        Some(Value::Bool(b)) => *b as u64,
        _ => return Err(vm.type_error("an integer is required")),
    };
    with_generator(vm, &a, |mt| int_value(bits(mt, k)))
}

/// `randbelow(gen, n)`: uniform in `[0, n)` for `n > 0`, by rejection on `n.bit_length()` bits.
fn randbelow(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let n: BigUint = match a.pos.get(1) {
        Some(Value::Int(n)) if *n > 0 => BigUint::from(*n as u64),
        Some(Value::BigInt(b)) if b.sign() == Sign::Plus => b.magnitude().clone(),
        _ => return Err(vm.err("ValueError", "randbelow() needs a positive int")),
    };
    let k = n.bits();
    with_generator(vm, &a, |mt| loop {
        let r = bits(mt, k);
        if r < n {
            break int_value(r);
        }
    })
}
