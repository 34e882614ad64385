//! Insertion-ordered dicts and sets keyed by `HashKey`: the hashable form of a value, under which
//! `1`, `1.0` and `True` are the same key, as in Python.

use super::{OpError, Value};
use indexmap::IndexMap;
use num_bigint::BigInt;
use std::rc::Rc;

/// The hashable identity of a value. Ordered only so that a frozenset's keys have one order.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum HashKey {
    None,
    Ellipsis,
    Int(i64),
    BigInt(BigInt),
    /// A float that is not integral (its bits; NaN keys compare by bits).
    Float(u64),
    Str(Rc<str>),
    Tuple(Vec<HashKey>),
    FrozenSet(Vec<HashKey>),
    /// Objects hashed by identity (instances, functions, classes...).
    Identity(usize),
}

impl HashKey {
    pub fn from_value(v: &Value) -> Result<HashKey, OpError> {
        Self::from_value_at(v, 0)
    }

    /// Tuples nest; deeper than 1000 is a `RecursionError` rather than a stack overflow.
    fn from_value_at(v: &Value, depth: u32) -> Result<HashKey, OpError> {
        if depth > 1000 {
            return Err(OpError::new(
                "RecursionError",
                "maximum recursion depth exceeded while calling a Python object",
            ));
        }
        Ok(match v {
            Value::None => HashKey::None,
            Value::Ellipsis => HashKey::Ellipsis,
            Value::Bool(b) => HashKey::Int(*b as i64),
            Value::Int(i) => HashKey::Int(*i),
            Value::BigInt(b) => HashKey::BigInt((**b).clone()),
            Value::Float(f) => {
                if f.fract() == 0.0 && f.is_finite() && f.abs() < 9.2e18 {
                    HashKey::Int(*f as i64)
                } else if f.fract() == 0.0 && f.is_finite() {
                    use num_traits::FromPrimitive;
                    match BigInt::from_f64(*f) {
                        Some(b) => HashKey::BigInt(b),
                        None => HashKey::Float(f.to_bits()),
                    }
                } else {
                    HashKey::Float(if *f == 0.0 { 0 } else { f.to_bits() })
                }
            }
            Value::Str(s) => HashKey::Str(s.clone()),
            Value::Tuple(items) => HashKey::Tuple(
                items.iter().map(|item| HashKey::from_value_at(item, depth + 1)).collect::<Result<_, _>>()?,
            ),
            Value::FrozenSet(d) => {
                let mut keys: Vec<HashKey> = d.keys_hash().cloned().collect();
                crate::engine::heapsort::heapsort(&mut keys);
                HashKey::FrozenSet(keys)
            }
            Value::List(_) | Value::Dict(_) | Value::Set(_) => {
                return Err(OpError::type_error(format!("unhashable type: '{}'", v.type_name())))
            }
            // A subclass of str, int, tuple... hashes as its value (unless it defines __hash__);
            // one of list, dict or set is unhashable as they are.
            Value::Instance(i)
                if i.base.is_some() && !matches!(i.class.lookup("__hash__"), Some(Value::Function(_))) =>
            {
                match &i.base {
                    Some(Value::List(_) | Value::Dict(_) | Value::Set(_)) => {
                        return Err(OpError::type_error(format!("unhashable type: '{}'", v.type_name())))
                    }
                    Some(base) => return HashKey::from_value_at(base, depth + 1),
                    None => HashKey::None,
                }
            }
            other => match other.identity() {
                Some(id) => HashKey::Identity(id),
                None => return Err(OpError::type_error(format!("unhashable type: '{}'", v.type_name()))),
            },
        })
    }

    /// `hash(v)`: CPython's value for numbers and tuples of them; a fixed stand-in for the
    /// others (strings' CPython hashes change from run to run anyway).
    pub fn hash_value(&self) -> i64 {
        use std::hash::{Hash, Hasher};
        match super::set_order::cpython_hash(self) {
            Some(h) => h,
            None => {
                let mut h = FnvHasher(0xcbf29ce484222325);
                self.hash(&mut h);
                (h.finish() >> 1) as i64
            }
        }
    }
}

/// A tiny deterministic hasher (so `hash()` results do not depend on a random seed).
struct FnvHasher(u64);

impl std::hash::Hasher for FnvHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= *b as u64;
            self.0 = self.0.wrapping_mul(0x100000001b3);
        }
    }
}

/// An insertion-ordered mapping. A set is a `Dict` whose values are all `None`.
#[derive(Clone, Default)]
pub struct Dict {
    map: IndexMap<HashKey, (Value, Value)>,
}

impl Dict {
    pub fn new() -> Self {
        Dict::default()
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    pub fn get(&self, key: &Value) -> Result<Option<Value>, OpError> {
        let k = HashKey::from_value(key)?;
        Ok(self.map.get(&k).map(|(_, v)| v.clone()))
    }

    pub fn get_str(&self, key: &str) -> Option<Value> {
        self.map.get(&HashKey::Str(Rc::from(key))).map(|(_, v)| v.clone())
    }

    pub fn contains(&self, key: &Value) -> Result<bool, OpError> {
        Ok(self.map.contains_key(&HashKey::from_value(key)?))
    }

    /// Inserts or replaces; a replaced entry keeps its position and its original key object.
    pub fn insert(&mut self, key: Value, value: Value) -> Result<(), OpError> {
        let k = HashKey::from_value(&key)?;
        match self.map.get_mut(&k) {
            Some(slot) => slot.1 = value,
            None => {
                self.map.insert(k, (key, value));
            }
        }
        Ok(())
    }

    /// Removes a key, keeping the order of the others.
    pub fn remove(&mut self, key: &Value) -> Result<Option<Value>, OpError> {
        let k = HashKey::from_value(key)?;
        Ok(self.map.shift_remove(&k).map(|(_, v)| v))
    }

    /// Removes and returns the last inserted entry.
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        self.map.pop().map(|(_, kv)| kv)
    }

    /// Removes and returns the first entry.
    pub fn pop_first(&mut self) -> Option<(Value, Value)> {
        self.map.shift_remove_index(0).map(|(_, kv)| kv)
    }

    pub fn clear(&mut self) {
        self.map.clear();
    }

    pub fn keys(&self) -> impl Iterator<Item = &Value> {
        self.map.values().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl Iterator<Item = &Value> {
        self.map.values().map(|(_, v)| v)
    }

    pub fn items(&self) -> impl Iterator<Item = (&Value, &Value)> {
        self.map.values().map(|(k, v)| (k, v))
    }

    pub fn keys_hash(&self) -> impl Iterator<Item = &HashKey> {
        self.map.keys()
    }

    /// The key at position `i` (for iteration).
    pub fn key_at(&self, i: usize) -> Option<Value> {
        self.map.get_index(i).map(|(_, (k, _))| k.clone())
    }
}

/// A dropped dict hands its keys and values to the trashcan, so a chain of dicts (or of objects,
/// whose attributes are dicts) is freed without deep recursion.
impl Drop for Dict {
    fn drop(&mut self) {
        if !self.map.is_empty() {
            let map = std::mem::take(&mut self.map);
            super::trashcan::defer(map.into_values().flat_map(|(k, v)| [k, v]));
        }
    }
}
