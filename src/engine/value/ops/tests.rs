//! Operator tests; every expectation was printed by CPython 3.11 for the expression in the comment.

use super::*;
use crate::engine::value::Value;
use num_bigint::BigInt;

fn int(i: i64) -> Value {
    Value::Int(i)
}

fn big(s: &str) -> Value {
    Value::from_bigint(s.parse::<BigInt>().unwrap())
}

fn s(x: &str) -> Value {
    Value::str(x)
}

fn bin(op: BinOp, a: &Value, b: &Value) -> Value {
    binary(op, a, b).unwrap_or_else(|e| panic!("{a:?} {} {b:?}: {e:?}", op.symbol()))
}

fn err(op: BinOp, a: &Value, b: &Value) -> (&'static str, String) {
    let e = binary(op, a, b).expect_err("expected an error");
    (e.kind, e.message)
}

fn repr(v: &Value) -> String {
    crate::engine::value::format::repr_basic(v).unwrap_or_else(|| format!("{v:?}"))
}

#[test]
fn int_arithmetic() {
    use BinOp::*;
    // -7 // 2 == -4; -7 % 3 == 2; 5 % -3 == -1; -5 % 3 == 1
    assert_eq!(repr(&bin(FloorDiv, &int(-7), &int(2))), "-4");
    assert_eq!(repr(&bin(Mod, &int(-7), &int(3))), "2");
    assert_eq!(repr(&bin(Mod, &int(5), &int(-3))), "-1");
    assert_eq!(repr(&bin(Mod, &int(-5), &int(3))), "1");
    // -2**63 // -1 == 9223372036854775808; -2**63 % -1 == 0
    assert_eq!(repr(&bin(FloorDiv, &int(i64::MIN), &int(-1))), "9223372036854775808");
    assert_eq!(repr(&bin(Mod, &int(i64::MIN), &int(-1))), "0");
    // 2**63 - 1 + 1 == 9223372036854775808
    assert_eq!(repr(&bin(Add, &int(i64::MAX), &int(1))), "9223372036854775808");
    // (2**63) - 1 is back to the small form
    let b = bin(Add, &int(i64::MAX), &int(1));
    assert!(matches!(bin(Sub, &b, &int(1)), Value::Int(i64::MAX)));
    // 3 ** 40 == 12157665459056928801
    assert_eq!(repr(&bin(Pow, &int(3), &int(40))), "12157665459056928801");
    // 2 ** -2 == 0.25; (-2) ** -3 == -0.125; 0 ** 0 == 1
    assert_eq!(repr(&bin(Pow, &int(2), &int(-2))), "0.25");
    assert_eq!(repr(&bin(Pow, &int(-2), &int(-3))), "-0.125");
    assert_eq!(repr(&bin(Pow, &int(0), &int(0))), "1");
    assert_eq!(repr(&bin(Pow, &int(-1), &big("100000000000000000001"))), "-1");
    // 5 / 2 == 2.5; 10**30 / 10**10 == 1e+20; 0 / -5 == -0.0
    assert_eq!(repr(&bin(Div, &int(5), &int(2))), "2.5");
    assert_eq!(repr(&bin(Div, &big("1000000000000000000000000000000"), &int(10_000_000_000))), "1e+20");
    assert_eq!(repr(&bin(Div, &int(0), &int(-5))), "-0.0");
    // (2**60+1)/3 == 3.843071682022823e+17
    assert_eq!(repr(&bin(Div, &int((1 << 60) + 1), &int(3))), "3.843071682022823e+17");
    // (2**1024)/(2**10) == 1.7555597020139804e+305
    let two_1024 = bin(LShift, &int(1), &int(1024));
    assert_eq!(repr(&bin(Div, &two_1024, &int(1024))), "1.7555597020139804e+305");
    // 1/(2**1100) == 0.0; -1/(2**1100) == -0.0
    let two_1100 = bin(LShift, &int(1), &int(1100));
    assert_eq!(repr(&bin(Div, &int(1), &two_1100)), "0.0");
    assert_eq!(repr(&bin(Div, &int(-1), &two_1100)), "-0.0");
    // (2**2000)/(3**1000) == 8.68433580377441e+124
    let a = bin(Pow, &int(2), &int(2000));
    let b = bin(Pow, &int(3), &int(1000));
    assert_eq!(repr(&bin(Div, &a, &b)), "8.68433580377441e+124");
    // -5 >> 1 == -3; (-2**70) >> 1 == -590295810358705651712; -(2**70) >> 100 == -1
    assert_eq!(repr(&bin(RShift, &int(-5), &int(1))), "-3");
    let m70 = unary(UnaryOp::Neg, &bin(Pow, &int(2), &int(70))).unwrap();
    assert_eq!(repr(&bin(RShift, &m70, &int(1))), "-590295810358705651712");
    assert_eq!(repr(&bin(RShift, &m70, &int(100))), "-1");
    // (2**64) & (2**64-1) == 0; -(2**64) | 1 == -18446744073709551615; ~(2**64) == -18446744073709551617
    let t64 = bin(Pow, &int(2), &int(64));
    assert_eq!(repr(&bin(BitAnd, &t64, &bin(Sub, &t64, &int(1)))), "0");
    let n64 = unary(UnaryOp::Neg, &t64).unwrap();
    assert_eq!(repr(&bin(BitOr, &n64, &int(1))), "-18446744073709551615");
    assert_eq!(repr(&unary(UnaryOp::Invert, &t64).unwrap()), "-18446744073709551617");
    // True + True == 2; True & False is False; True | 2 == 3; -True == -1; ~True == -2
    assert_eq!(repr(&bin(Add, &Value::Bool(true), &Value::Bool(true))), "2");
    assert_eq!(repr(&bin(BitAnd, &Value::Bool(true), &Value::Bool(false))), "False");
    assert_eq!(repr(&bin(BitOr, &Value::Bool(true), &int(2))), "3");
    assert_eq!(repr(&unary(UnaryOp::Neg, &Value::Bool(true)).unwrap()), "-1");
    assert_eq!(repr(&unary(UnaryOp::Invert, &Value::Bool(true)).unwrap()), "-2");
    assert_eq!(repr(&unary(UnaryOp::Pos, &Value::Bool(true)).unwrap()), "1");
    assert_eq!(repr(&unary(UnaryOp::Neg, &int(i64::MIN)).unwrap()), "9223372036854775808");
}

#[test]
fn int_errors() {
    use BinOp::*;
    let zde = |m: &str| ("ZeroDivisionError", m.to_string());
    assert_eq!(err(Div, &int(1), &int(0)), zde("division by zero"));
    assert_eq!(err(FloorDiv, &int(1), &int(0)), zde("integer division or modulo by zero"));
    assert_eq!(err(Mod, &int(1), &int(0)), zde("integer modulo by zero"));
    assert_eq!(err(Pow, &int(0), &int(-1)), zde("0.0 cannot be raised to a negative power"));
    assert_eq!(err(LShift, &int(1), &int(-1)), ("ValueError", "negative shift count".into()));
    assert_eq!(err(RShift, &int(1), &int(-1)), ("ValueError", "negative shift count".into()));
    assert_eq!(err(Pow, &int(10), &int(10_000_000)).0, "OverflowError");
    assert_eq!(err(LShift, &int(1), &int(10_000_000)).0, "OverflowError");
    assert_eq!(err(LShift, &int(1), &big("100000000000000000000")).0, "OverflowError");
    assert_eq!(repr(&bin(LShift, &int(0), &big("100000000000000000000"))), "0");
    assert_eq!(repr(&bin(RShift, &int(5), &big("100000000000000000000"))), "0");
    // (10**400)**-1 -> OverflowError int too large to convert to float
    let e400 = bin(Pow, &int(10), &int(400));
    assert_eq!(err(Pow, &e400, &int(-1)), ("OverflowError", "int too large to convert to float".into()));
    assert_eq!(err(Mult, &e400, &Value::Float(1.0)), ("OverflowError", "int too large to convert to float".into()));
    assert_eq!(err(Add, &int(1), &s("a")), ("TypeError", "unsupported operand type(s) for +: 'int' and 'str'".into()));
    assert_eq!(
        err(Pow, &int(1), &s("a")),
        ("TypeError", "unsupported operand type(s) for ** or pow(): 'int' and 'str'".into())
    );
    assert_eq!(
        err(LShift, &Value::Float(1.0), &int(2)),
        ("TypeError", "unsupported operand type(s) for <<: 'float' and 'int'".into())
    );
    assert_eq!(
        err(Add, &Value::None, &int(1)),
        ("TypeError", "unsupported operand type(s) for +: 'NoneType' and 'int'".into())
    );
    assert_eq!(
        err(MatMult, &int(1), &int(2)),
        ("TypeError", "unsupported operand type(s) for @: 'int' and 'int'".into())
    );
}

#[test]
fn float_arithmetic() {
    use BinOp::*;
    let f = Value::Float;
    // 7.5 % -2 == -0.5; -7.5 // 2 == -4.0; 7 // -2.0 == -4.0; -0.0 % 5 == 0.0; 0.0 % -5 == -0.0
    assert_eq!(repr(&bin(Mod, &f(7.5), &int(-2))), "-0.5");
    assert_eq!(repr(&bin(FloorDiv, &f(-7.5), &int(2))), "-4.0");
    assert_eq!(repr(&bin(FloorDiv, &int(7), &f(-2.0))), "-4.0");
    assert_eq!(repr(&bin(Mod, &f(-0.0), &int(5))), "0.0");
    assert_eq!(repr(&bin(Mod, &f(0.0), &int(-5))), "-0.0");
    // 1 % -0.5 == -0.0; -1.5 % 0.5 == 0.0; 1.5 // 0.5 == 3.0
    assert_eq!(repr(&bin(Mod, &int(1), &f(-0.5))), "-0.0");
    assert_eq!(repr(&bin(Mod, &f(-1.5), &f(0.5))), "0.0");
    assert_eq!(repr(&bin(FloorDiv, &f(1.5), &f(0.5))), "3.0");
    // 0.1 + 0.2 == 0.30000000000000004; 1e308 * 10 == inf
    assert_eq!(repr(&bin(Add, &f(0.1), &f(0.2))), "0.30000000000000004");
    assert_eq!(repr(&bin(Mult, &f(1e308), &int(10))), "inf");
    // 2 ** 0.5 == 1.4142135623730951; 2.0 ** -1074 == 5e-324; 2.0 ** -1080 == 0.0
    assert_eq!(repr(&bin(Pow, &int(2), &f(0.5))), "1.4142135623730951");
    assert_eq!(repr(&bin(Pow, &f(2.0), &int(-1074))), "5e-324");
    assert_eq!(repr(&bin(Pow, &f(2.0), &int(-1080))), "0.0");
    // float('inf') ** -1 == 0.0; 0.0 ** 0 == 1.0
    assert_eq!(repr(&bin(Pow, &f(f64::INFINITY), &int(-1))), "0.0");
    assert_eq!(repr(&bin(Pow, &f(0.0), &int(0))), "1.0");
    let zde = |m: &str| ("ZeroDivisionError", m.to_string());
    assert_eq!(err(Div, &f(1.0), &int(0)), zde("float division by zero"));
    assert_eq!(err(Div, &int(1), &f(0.0)), zde("float division by zero"));
    assert_eq!(err(FloorDiv, &f(1.0), &int(0)), zde("float floor division by zero"));
    assert_eq!(err(Mod, &f(1.0), &int(0)), zde("float modulo"));
    assert_eq!(err(Pow, &f(-0.0), &int(-1)), zde("0.0 cannot be raised to a negative power"));
    let range = ("OverflowError", "(34, 'Numerical result out of range')".to_string());
    assert_eq!(err(Pow, &f(1e300), &int(2)), range);
    assert_eq!(err(Pow, &f(-1e300), &int(3)), range);
    assert_eq!(err(Pow, &f(2.0), &int(10000)), range);
    assert_eq!(err(Pow, &f(-8.0), &f(0.5)).0, "ValueError");
}

#[test]
fn sequence_arithmetic() {
    use BinOp::*;
    let l = |v: Vec<Value>| Value::list(v);
    assert_eq!(repr(&bin(Add, &s("ab"), &s("cd"))), "'abcd'");
    assert_eq!(repr(&bin(Mult, &s("ab"), &int(3))), "'ababab'");
    assert_eq!(repr(&bin(Mult, &int(2), &s("ab"))), "'abab'");
    assert_eq!(repr(&bin(Mult, &s("ab"), &int(-3))), "''");
    assert_eq!(repr(&bin(Mult, &s("ab"), &Value::Bool(true))), "'ab'");
    match bin(Mult, &l(vec![int(1), int(2)]), &int(2)) {
        Value::List(v) => assert_eq!(v.borrow().len(), 4),
        other => panic!("{other:?}"),
    }
    match bin(Add, &Value::tuple(vec![int(1)]), &Value::tuple(vec![int(2)])) {
        Value::Tuple(v) => assert_eq!(v.len(), 2),
        other => panic!("{other:?}"),
    }
    let te = |m: &str| ("TypeError", m.to_string());
    assert_eq!(err(Add, &s("a"), &int(1)), te("can only concatenate str (not \"int\") to str"));
    assert_eq!(err(Add, &l(vec![]), &Value::tuple(vec![])), te("can only concatenate list (not \"tuple\") to list"));
    assert_eq!(err(Add, &Value::tuple(vec![]), &l(vec![])), te("can only concatenate tuple (not \"list\") to tuple"));
    assert_eq!(err(Mult, &s("a"), &Value::Float(1.5)), te("can't multiply sequence by non-int of type 'float'"));
    assert_eq!(err(Mult, &l(vec![]), &s("a")), te("can't multiply sequence by non-int of type 'str'"));
    assert_eq!(err(Sub, &s("a"), &s("a")), te("unsupported operand type(s) for -: 'str' and 'str'"));
    // 'x' * 10**20 -> OverflowError cannot fit 'int' into an index-sized integer
    assert_eq!(
        err(Mult, &s("x"), &big("100000000000000000000")),
        ("OverflowError", "cannot fit 'int' into an index-sized integer".into())
    );
    assert_eq!(err(Mult, &s("x"), &int(10_000_000_000)), ("MemoryError", String::new()));
    assert_eq!(err(Mult, &l(vec![int(0)]), &int(1_000_000_000)), ("MemoryError", String::new()));
    assert_eq!(repr(&bin(Mult, &s(""), &int(1_000_000_000))), "''");
}

fn set(items: Vec<Value>) -> Value {
    let mut d = Dict::new();
    for i in items {
        d.insert(i, Value::None).unwrap();
    }
    Value::Set(Rc::new(RefCell::new(d)))
}

fn set_keys(v: &Value) -> Vec<String> {
    match v {
        Value::Set(d) => d.borrow().keys().map(repr).collect(),
        Value::FrozenSet(d) => d.keys().map(repr).collect(),
        other => panic!("{other:?}"),
    }
}

#[test]
fn set_and_dict_operators() {
    use BinOp::*;
    let a = set(vec![int(1), int(2), int(3)]);
    let b = set(vec![int(2), int(3), int(4)]);
    assert_eq!(set_keys(&bin(BitOr, &a, &b)), ["1", "2", "3", "4"]);
    assert_eq!(set_keys(&bin(BitAnd, &a, &b)), ["2", "3"]);
    assert_eq!(set_keys(&bin(Sub, &a, &b)), ["1"]);
    assert_eq!(set_keys(&bin(BitXor, &a, &b)), ["1", "4"]);
    let fz = match &b {
        Value::Set(d) => Value::FrozenSet(Rc::new(d.borrow().clone())),
        _ => unreachable!(),
    };
    assert!(matches!(bin(BitOr, &fz, &a), Value::FrozenSet(_)));
    assert!(matches!(bin(BitOr, &a, &fz), Value::Set(_)));
    // {1} - [1] -> TypeError unsupported operand type(s) for -: 'set' and 'list'
    assert_eq!(
        err(Sub, &a, &Value::list(vec![])),
        ("TypeError", "unsupported operand type(s) for -: 'set' and 'list'".into())
    );
    let mut d1 = Dict::new();
    d1.insert(s("a"), int(1)).unwrap();
    d1.insert(s("b"), int(2)).unwrap();
    let mut d2 = Dict::new();
    d2.insert(s("b"), int(3)).unwrap();
    d2.insert(s("c"), int(4)).unwrap();
    let d1 = Value::Dict(Rc::new(RefCell::new(d1)));
    let d2 = Value::Dict(Rc::new(RefCell::new(d2)));
    match bin(BitOr, &d1, &d2) {
        Value::Dict(d) => {
            let items: Vec<String> = d.borrow().items().map(|(k, v)| format!("{}: {}", repr(k), repr(v))).collect();
            assert_eq!(items, ["'a': 1", "'b': 3", "'c': 4"]);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn comparisons() {
    use CmpOp::*;
    let c = |op, a: &Value, b: &Value| compare(op, a, b).unwrap();
    let f = Value::Float;
    // 2**53+1 == 2.0**53 is False; 2**53+1 > 2.0**53
    let n = int((1 << 53) + 1);
    assert!(!c(Eq, &n, &f(9007199254740992.0)));
    assert!(c(Gt, &n, &f(9007199254740992.0)));
    // 10**400 > 1e308; 10**400 < float('inf'); 1 < nan is False
    let e400 = binary(BinOp::Pow, &int(10), &int(400)).unwrap();
    assert!(c(Gt, &e400, &f(1e308)));
    assert!(c(Lt, &e400, &f(f64::INFINITY)));
    assert!(!c(Lt, &int(1), &f(f64::NAN)));
    assert!(!c(GtE, &int(1), &f(f64::NAN)));
    assert!(c(Lt, &f(0.5), &int(1)));
    assert!(c(Gt, &f(1.5), &int(1)));
    assert!(c(Lt, &f(-1.5), &int(-1)));
    // 1 == 1.0 == True
    assert!(eq(&int(1), &f(1.0)) && eq(&f(1.0), &Value::Bool(true)));
    assert!(!eq(&f(f64::NAN), &f(f64::NAN)));
    assert!(c(Lt, &s("abc"), &s("abd")));
    assert!(c(Lt, &s("Z"), &s("a")));
    // (1,2) < (1,3); [1,2] < [1,2,3]; [1,"a"] < [2,1]
    let t = |v: Vec<Value>| Value::tuple(v);
    let l = |v: Vec<Value>| Value::list(v);
    assert!(c(Lt, &t(vec![int(1), int(2)]), &t(vec![int(1), int(3)])));
    assert!(c(Lt, &l(vec![int(1), int(2)]), &l(vec![int(1), int(2), int(3)])));
    assert!(c(Lt, &l(vec![int(1), s("a")]), &l(vec![int(2), int(1)])));
    assert!(c(LtE, &l(vec![int(1)]), &l(vec![int(1)])));
    // [1,"a"] < [1,2] -> TypeError '<' not supported between instances of 'str' and 'int'
    let e = compare(Lt, &l(vec![int(1), s("a")]), &l(vec![int(1), int(2)])).unwrap_err();
    assert_eq!(e.message, "'<' not supported between instances of 'str' and 'int'");
    let e = compare(Lt, &int(1), &s("a")).unwrap_err();
    assert_eq!(e.message, "'<' not supported between instances of 'int' and 'str'");
    let e = compare(GtE, &l(vec![]), &t(vec![])).unwrap_err();
    assert_eq!(e.message, "'>=' not supported between instances of 'list' and 'tuple'");
    // {1,2} < {1,2,3}; {1} <= frozenset({1}); not {1,2} < {1,2}
    let a = set(vec![int(1), int(2)]);
    let b = set(vec![int(1), int(2), int(3)]);
    assert!(c(Lt, &a, &b) && c(LtE, &a, &a) && !c(Lt, &a, &a) && c(Gt, &b, &a) && !c(GtE, &a, &b));
    assert!(eq(&a, &set(vec![int(2), int(1)])));
    let e = compare(Lt, &Value::Dict(Default::default()), &Value::Dict(Default::default())).unwrap_err();
    assert_eq!(e.message, "'<' not supported between instances of 'dict' and 'dict'");
    // range(0,3,2) == range(0,4,2); range(0) == range(2,2)
    let r = |a, b, c| Value::Range(Rc::new(RangeObj { start: a, stop: b, step: c }));
    assert!(eq(&r(0, 3, 2), &r(0, 4, 2)));
    assert!(eq(&r(0, 0, 1), &r(2, 2, 1)));
    assert!(!eq(&r(0, 3, 1), &r(0, 3, 2)));
    // A list containing itself equals itself.
    let me = l(vec![]);
    if let Value::List(inner) = &me {
        inner.borrow_mut().push(me.clone());
    }
    assert!(eq(&me, &me));
    assert!(!c(Lt, &me, &me));
    if let Value::List(inner) = &me {
        inner.borrow_mut().clear();
    }
}

#[test]
fn deep_nesting_does_not_overflow() {
    let mut a = Value::list(vec![]);
    let mut b = Value::list(vec![]);
    for _ in 0..5000 {
        a = Value::list(vec![a]);
        b = Value::list(vec![b]);
    }
    assert_eq!(eq_checked(&a, &b).unwrap_err().kind, "RecursionError");
    assert_eq!(compare(CmpOp::Lt, &a, &b).unwrap_err().kind, "RecursionError");
}

#[test]
fn membership() {
    let l = Value::list(vec![int(1), s("a"), Value::Float(2.0)]);
    assert!(contains(&l, &Value::Float(1.0)).unwrap());
    assert!(contains(&l, &int(2)).unwrap());
    assert!(!contains(&l, &s("b")).unwrap());
    assert!(contains(&s("abc"), &s("bc")).unwrap());
    assert!(contains(&s("abc"), &s("")).unwrap());
    assert_eq!(
        contains(&s("abc"), &int(1)).unwrap_err().message,
        "'in <string>' requires string as left operand, not int"
    );
    assert_eq!(contains(&int(3), &int(1)).unwrap_err().message, "argument of type 'int' is not iterable");
    // 1.0 in range(3), "a" in range(3) is False, True in range(3), 2.5 in range(3) is False
    let r = Value::Range(Rc::new(RangeObj { start: 0, stop: 3, step: 1 }));
    assert!(contains(&r, &Value::Float(1.0)).unwrap());
    assert!(!contains(&r, &s("a")).unwrap());
    assert!(contains(&r, &Value::Bool(true)).unwrap());
    assert!(!contains(&r, &Value::Float(2.5)).unwrap());
    // 4 in range(10, 0, -3); 5 not in it; 1 in it; 0 not in it
    let r = Value::Range(Rc::new(RangeObj { start: 10, stop: 0, step: -3 }));
    assert!(
        contains(&r, &int(4)).unwrap()
            && !contains(&r, &int(5)).unwrap()
            && contains(&r, &int(1)).unwrap()
            && !contains(&r, &int(0)).unwrap()
    );
    let st = set(vec![int(1)]);
    assert!(contains(&st, &Value::Float(1.0)).unwrap());
    // [] in {} -> TypeError unhashable type: 'list'
    assert_eq!(contains(&st, &Value::list(vec![])).unwrap_err().message, "unhashable type: 'list'");
}

#[test]
fn conversions() {
    let p = |x: &str, b: u32| int_from_str(x, b).map(|v| repr(&v)).map_err(|e| e.message);
    // int("  12_3 ") == 123; int("0x1f", 16) == 31; int("z", 36) == 35; int("-0b101", 0) == -5
    assert_eq!(p("  12_3 ", 10), Ok("123".into()));
    assert_eq!(p("0x1f", 16), Ok("31".into()));
    assert_eq!(p("0x_1f", 0), Ok("31".into()));
    assert_eq!(p("z", 36), Ok("35".into()));
    assert_eq!(p("-0b101", 0), Ok("-5".into()));
    assert_eq!(p("0_0", 0), Ok("0".into()));
    assert_eq!(p("+7", 10), Ok("7".into()));
    assert_eq!(p("-9223372036854775808", 10), Ok("-9223372036854775808".into()));
    assert_eq!(p("123456789012345678901234567890", 10), Ok("123456789012345678901234567890".into()));
    assert_eq!(p("١٢", 10), Ok("12".into()));
    assert_eq!(p("x", 10), Err("invalid literal for int() with base 10: 'x'".into()));
    assert_eq!(p(" x ", 10), Err("invalid literal for int() with base 10: ' x '".into()));
    assert_eq!(p("010", 0), Err("invalid literal for int() with base 0: '010'".into()));
    assert_eq!(p("1__0", 10), Err("invalid literal for int() with base 10: '1__0'".into()));
    assert_eq!(p("_1", 10), Err("invalid literal for int() with base 10: '_1'".into()));
    assert_eq!(p("1_", 10), Err("invalid literal for int() with base 10: '1_'".into()));
    assert_eq!(p("", 10), Err("invalid literal for int() with base 10: ''".into()));
    assert_eq!(p("0x", 16), Err("invalid literal for int() with base 16: '0x'".into()));
    assert_eq!(p("1.5", 10), Err("invalid literal for int() with base 10: '1.5'".into()));
    assert_eq!(p("5", 1), Err("int() base must be >= 2 and <= 36, or 0".into()));
    assert_eq!(p("5", 37), Err("int() base must be >= 2 and <= 36, or 0".into()));
    let long = "1".repeat(5000);
    assert_eq!(
        p(&long, 10),
        Err("Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit".into())
    );
    let fl = |x: &str| float_from_str(x).map(crate::engine::value::format::float_repr).map_err(|e| e.message);
    // float("1e5") == 100000.0; float(" -1_000.5 ") == -1000.5; float("inf"), float("-Infinity"), float("nan")
    assert_eq!(fl("1e5"), Ok("100000.0".into()));
    assert_eq!(fl(" -1_000.5 "), Ok("-1000.5".into()));
    assert_eq!(fl(".5"), Ok("0.5".into()));
    assert_eq!(fl("5."), Ok("5.0".into()));
    assert_eq!(fl("1E-3"), Ok("0.001".into()));
    assert_eq!(fl("inf"), Ok("inf".into()));
    assert_eq!(fl("-Infinity"), Ok("-inf".into()));
    assert_eq!(fl("nAn"), Ok("nan".into()));
    assert_eq!(fl("1e500"), Ok("inf".into()));
    assert_eq!(fl("x"), Err("could not convert string to float: 'x'".into()));
    assert_eq!(fl(""), Err("could not convert string to float: ''".into()));
    assert_eq!(fl("1_"), Err("could not convert string to float: '1_'".into()));
    assert_eq!(fl("1__0"), Err("could not convert string to float: '1__0'".into()));
    assert_eq!(fl("."), Err("could not convert string to float: '.'".into()));
    assert_eq!(fl("1e"), Err("could not convert string to float: '1e'".into()));
    assert_eq!(fl("infinit"), Err("could not convert string to float: 'infinit'".into()));
    assert_eq!(to_index(&Value::Bool(true)), Ok(1));
    assert_eq!(to_index(&s("a")).unwrap_err().message, "'str' object cannot be interpreted as an integer");
    assert_eq!(to_f64(&int(3)), Some(3.0));
    assert_eq!(to_f64(&s("3")), None);
}
