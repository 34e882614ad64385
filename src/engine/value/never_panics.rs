//! "Never panics" check for the value layer: every operator, subscript, format and method is
//! applied to pairs of awkward values (extreme ints, nan, huge big ints, non-ASCII text, nested
//! and self-referencing containers) from a fixed pseudo-random sequence. Any result is fine; a
//! panic (overflow, bad index, double borrow) fails the test with the inputs that caused it.

use super::format::{format_spec, parse_format_string, percent_format, repr_basic};
use super::methods::call_method;
use super::ops::{binary, compare, contains, delitem, getitem, setitem, unary};
use super::{Args, Dict, RangeObj, Value};
use crate::engine::syntax::ast::{BinOp, CmpOp, UnaryOp};
use num_bigint::BigInt;
use std::cell::RefCell;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::rc::Rc;

/// xorshift64*: deterministic, so a failure always reproduces.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545F4914F6CDD1D)
    }
    fn pick<T: Clone>(&mut self, items: &[T]) -> T {
        items[(self.next() % items.len() as u64) as usize].clone()
    }
}

fn values() -> Vec<Value> {
    let big = |s: &str| Value::from_bigint(s.parse::<BigInt>().unwrap());
    let range = |a, b, c| Value::Range(Rc::new(RangeObj { start: a, stop: b, step: c }));
    let mut d = Dict::new();
    d.insert(Value::str("a"), Value::Int(1)).unwrap();
    d.insert(Value::Int(2), Value::Float(f64::NAN)).unwrap();
    let mut st = Dict::new();
    st.insert(Value::Int(1), Value::None).unwrap();
    st.insert(Value::str("é"), Value::None).unwrap();
    let me = Value::list(vec![Value::Int(1)]);
    if let Value::List(l) = &me {
        l.borrow_mut().push(me.clone());
    }
    let slice = |a: Value, b: Value, c: Value| Value::Slice(Rc::new([a, b, c]));
    vec![
        Value::None,
        Value::Bool(true),
        Value::Bool(false),
        Value::Int(0),
        Value::Int(1),
        Value::Int(-1),
        Value::Int(2),
        Value::Int(-7),
        Value::Int(63),
        Value::Int(64),
        Value::Int(1000),
        Value::Int(i64::MAX),
        Value::Int(i64::MIN),
        Value::Int(0x10FFFF),
        big("123456789012345678901234567890"),
        big("-98765432109876543210987654321098765432109876543210"),
        Value::Float(0.0),
        Value::Float(-0.0),
        Value::Float(1.5),
        Value::Float(-2.5e-310),
        Value::Float(1e308),
        Value::Float(f64::NAN),
        Value::Float(f64::INFINITY),
        Value::Float(f64::NEG_INFINITY),
        Value::str(""),
        Value::str("abc"),
        Value::str("héllo wörld 😀"),
        Value::str("%s %d %(a)s %*.*f %"),
        Value::str("{}{0}{x!r:>{w}}{"),
        Value::str(" 1_000 "),
        Value::str("<^+#010,.3f"),
        Value::list(vec![]),
        Value::list(vec![Value::Int(3), Value::Float(f64::NAN), Value::str("x")]),
        me,
        Value::tuple(vec![]),
        Value::tuple(vec![Value::Int(1), Value::str("a")]),
        Value::Dict(Rc::new(RefCell::new(d))),
        Value::Set(Rc::new(RefCell::new(st.clone()))),
        Value::FrozenSet(Rc::new(st)),
        range(0, 10, 3),
        range(i64::MIN, i64::MAX, 1),
        range(i64::MAX, i64::MIN, -7),
        slice(Value::None, Value::None, Value::Int(-1)),
        slice(Value::Int(i64::MIN), Value::Int(i64::MAX), Value::Int(i64::MIN)),
        slice(big("-100000000000000000000"), Value::None, Value::Int(2)),
        Value::Ellipsis,
    ]
}

const BIN_OPS: [BinOp; 13] = [
    BinOp::Add,
    BinOp::Sub,
    BinOp::Mult,
    BinOp::MatMult,
    BinOp::Div,
    BinOp::FloorDiv,
    BinOp::Mod,
    BinOp::Pow,
    BinOp::LShift,
    BinOp::RShift,
    BinOp::BitOr,
    BinOp::BitXor,
    BinOp::BitAnd,
];

const CMP_OPS: [CmpOp; 6] = [CmpOp::Eq, CmpOp::NotEq, CmpOp::Lt, CmpOp::LtE, CmpOp::Gt, CmpOp::GtE];

const METHODS: [&str; 40] = [
    "split",
    "rsplit",
    "join",
    "replace",
    "find",
    "rindex",
    "count",
    "center",
    "zfill",
    "strip",
    "expandtabs",
    "startswith",
    "partition",
    "splitlines",
    "title",
    "isdigit",
    "append",
    "extend",
    "insert",
    "pop",
    "remove",
    "index",
    "sort",
    "get",
    "setdefault",
    "update",
    "popitem",
    "keys",
    "items",
    "add",
    "discard",
    "union",
    "intersection_update",
    "symmetric_difference",
    "issubset",
    "isdisjoint",
    "copy",
    "clear",
    "reverse",
    "ljust",
];

const SPECS: [&str; 16] = [
    "",
    "<05",
    "^+#010_x",
    ",",
    "_b",
    ".3",
    ".0%",
    "z.2f",
    "c",
    "e",
    "G",
    "x<99",
    "=+20,.10f",
    "n",
    "99999999999",
    "#o",
];

fn to_text(v: &Value, _repr: bool) -> Result<String, super::OpError> {
    Ok(repr_basic(v).unwrap_or_default())
}

#[test]
fn operations_never_panic() {
    let mut rng = Rng(0x9E3779B97F4A7C15);
    for i in 0..values().len() {
        // A fresh pool for each left operand: methods and stores mutate the containers.
        let pool = values();
        let a = &pool[i];
        for b in &pool {
            // Fresh copies of mutable containers would hide aliasing bugs, so `a` and `b` may be
            // the same object.
            let outcome = catch_unwind(AssertUnwindSafe(|| {
                for op in BIN_OPS {
                    let _ = binary(op, a, b);
                }
                for op in CMP_OPS {
                    let _ = compare(op, a, b);
                }
                let _ = contains(a, b);
                let _ = getitem(a, b);
                let _ = setitem(a, b, b.clone());
                let _ = delitem(a, b);
                let _ = unary(UnaryOp::Neg, a);
                let _ = unary(UnaryOp::Invert, a);
                let spec = rng.pick(&SPECS);
                let _ = format_spec(a, spec);
                if let Value::Str(s) = a {
                    let _ = percent_format(s, b, &mut to_text);
                    let _ = parse_format_string(s);
                    let _ = format_spec(b, s);
                }
                for _ in 0..4 {
                    let name = rng.pick(&METHODS);
                    let n = (rng.next() % 4) as usize;
                    let pos: Vec<Value> = (0..n).map(|_| rng.pick(&pool)).collect();
                    let _ = call_method(a, name, Args::new(pos));
                }
            }));
            assert!(outcome.is_ok(), "panic with a = {a:?}, b = {b:?}");
        }
    }
}

/// A random string over an alphabet rich in format-spec, template and %-format syntax.
fn random_text(rng: &mut Rng, alphabet: &[char]) -> String {
    let n = (rng.next() % 12) as usize;
    (0..n).map(|_| rng.pick(alphabet)).collect()
}

#[test]
fn random_format_strings_never_panic() {
    let spec_chars: Vec<char> = "<>^=+- z#0123456789,_.bcdeEfFgGnosxX%é{}".chars().collect();
    let template_chars: Vec<char> = "{}[]!:.0123aszrx%(*)-+ #dfgceé\u{0}".chars().collect();
    let pool = values();
    let mut rng = Rng(12345);
    for _ in 0..20_000 {
        let spec = random_text(&mut rng, &spec_chars);
        let template = random_text(&mut rng, &template_chars);
        let v = rng.pick(&pool);
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            let _ = format_spec(&v, &spec);
            let _ = parse_format_string(&template);
            let _ = percent_format(&template, &v, &mut to_text);
            let _ = super::ops::int_from_str(&spec, (rng.next() % 40) as u32);
            let _ = super::ops::float_from_str(&template);
        }));
        assert!(outcome.is_ok(), "panic with spec {spec:?}, template {template:?}, value {v:?}");
    }
}
