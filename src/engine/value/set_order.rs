//! CPython's hashes of numbers and tuples, and the order in which CPython 3.11 iterates a set:
//! `print({3, 1, 2})` shows `{1, 2, 3}` there, so it must here too. A set of values whose
//! CPython hash is fixed (ints, floats, bools, tuples of them) is iterated in the slot order of
//! CPython's open-addressing table, found by replaying the insertions into a model of that table
//! (8 slots to start, linear probes of 9, perturbed re-probing, growth when 3/5 full). Other sets
//! (holding strings, whose CPython hash changes from run to run) keep insertion order.

use super::dict::{Dict, HashKey};
use super::Value;
use num_bigint::Sign;
use num_traits::ToPrimitive;

/// 2**61 - 1: CPython's modulus for numeric hashes.
const MODULUS: u64 = (1 << 61) - 1;
const HASH_BITS: u32 = 61;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const MIN_SIZE: usize = 8;

/// `hash(key)` as CPython computes it, when that value does not change between runs.
pub fn cpython_hash(key: &HashKey) -> Option<i64> {
    let h = match key {
        HashKey::Int(i) => {
            let m = (i.unsigned_abs() % MODULUS) as i64;
            if *i < 0 {
                -m
            } else {
                m
            }
        }
        HashKey::BigInt(b) => {
            let m = (b.magnitude() % MODULUS).to_i64().unwrap_or(0);
            if b.sign() == Sign::Minus {
                -m
            } else {
                m
            }
        }
        HashKey::Float(bits) => float_hash(f64::from_bits(*bits))?,
        HashKey::Tuple(items) => tuple_hash(items)?,
        _ => return None,
    };
    Some(if h == -1 { -2 } else { h })
}

/// CPython's `_Py_HashDouble` for a non-integral float (integral ones hash as ints).
fn float_hash(v: f64) -> Option<i64> {
    if v.is_nan() {
        return None;
    }
    if v.is_infinite() {
        return Some(if v > 0.0 { 314_159 } else { -314_159 });
    }
    let (mut m, mut e) = frexp(v);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (HASH_BITS - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 { e % HASH_BITS as i32 } else { HASH_BITS as i32 - 1 - ((-1 - e) % HASH_BITS as i32) } as u32;
    x = ((x << e) & MODULUS) | (x >> (HASH_BITS - e));
    Some((x as i64).wrapping_mul(sign))
}

/// `frexp`: `v = m * 2**e` with `0.5 <= |m| < 1`.
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// CPython 3.11's tuple hash (xxHash-based).
fn tuple_hash(items: &[HashKey]) -> Option<i64> {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let mut acc = P5;
    for item in items {
        let lane = cpython_hash(item)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3_527_539));
    Some(if acc == u64::MAX { 1_546_275_796 } else { acc as i64 })
}

/// The keys of set `d` in the order CPython would iterate them.
pub fn set_items(d: &Dict) -> Vec<Value> {
    let keys: Vec<Value> = d.keys().cloned().collect();
    let hashes: Option<Vec<u64>> = d.keys_hash().map(|k| cpython_hash(k).map(|h| h as u64)).collect();
    match hashes {
        Some(h) if keys.len() > 1 => table_order(&h).into_iter().map(|i| keys[i].clone()).collect(),
        _ => keys,
    }
}

/// Slot order after inserting distinct keys with these hashes, one by one, into a CPython set.
fn table_order(hashes: &[u64]) -> Vec<usize> {
    let mut table: Vec<Option<usize>> = vec![None; MIN_SIZE];
    let mut used = 0usize;
    for (index, &hash) in hashes.iter().enumerate() {
        insert(&mut table, hash, index);
        used += 1;
        let mask = table.len() - 1;
        if used * 5 >= mask * 3 {
            let minused = if used > 50_000 { used * 2 } else { used * 4 };
            let mut size = MIN_SIZE;
            while size <= minused {
                size <<= 1;
            }
            let old = std::mem::replace(&mut table, vec![None; size]);
            for i in old.into_iter().flatten() {
                insert(&mut table, hashes[i], i);
            }
        }
    }
    table.into_iter().flatten().collect()
}

/// Puts `index` in the first free slot of `hash`'s probe sequence.
fn insert(table: &mut [Option<usize>], hash: u64, index: usize) {
    let mask = table.len() - 1;
    let mut i = (hash as usize) & mask;
    let mut perturb = hash;
    loop {
        let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
        for slot in table.iter_mut().skip(i).take(probes + 1) {
            if slot.is_none() {
                *slot = Some(index);
                return;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(v: i64) -> Option<i64> {
        cpython_hash(&HashKey::Int(v))
    }

    #[test]
    fn numeric_hashes_match_cpython() {
        // Values printed by CPython 3.11's hash().
        assert_eq!(h(-1), Some(-2));
        assert_eq!(h(2_i64.pow(61)), Some(1));
        assert_eq!(h(-(2_i64.pow(62))), Some(-2));
        assert_eq!(cpython_hash(&HashKey::Float(1.5f64.to_bits())), Some(1_152_921_504_606_846_977));
        assert_eq!(cpython_hash(&HashKey::Float(0.1f64.to_bits())), Some(230_584_300_921_369_408));
        assert_eq!(
            cpython_hash(&HashKey::Tuple(vec![HashKey::Int(1), HashKey::Int(2)])),
            Some(-3_550_055_125_485_641_917)
        );
        assert_eq!(cpython_hash(&HashKey::Tuple(vec![])), Some(5_740_354_900_026_072_187));
    }

    #[test]
    fn small_int_sets_iterate_by_slot() {
        // {9, 8, 7} iterates as [8, 9, 7] in CPython 3.11; {3, 1, 2} as [1, 2, 3].
        assert_eq!(table_order(&[9, 8, 7]), [1, 0, 2]);
        assert_eq!(table_order(&[3, 1, 2]), [1, 2, 0]);
        // Growth: 5 keys fill 3/5 of 8 slots, so the table grows to 32 and 17 lands in slot 17.
        assert_eq!(table_order(&[17, 1, 2, 3, 4]), [1, 2, 3, 4, 0]);
    }
}
