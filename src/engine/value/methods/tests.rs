//! Method tests; every expectation was printed by CPython 3.11 for the call in the comment or
//! in the table row.

use super::*;
use crate::engine::value::format::plain_repr;
use crate::engine::value::Dict;
use std::cell::RefCell;
use std::rc::Rc;

fn s(x: &str) -> Value {
    Value::str(x)
}

fn int(i: i64) -> Value {
    Value::Int(i)
}

fn list(items: Vec<Value>) -> Value {
    Value::list(items)
}

fn ints(items: &[i64]) -> Value {
    list(items.iter().map(|&i| Value::Int(i)).collect())
}

fn set(items: &[i64]) -> Value {
    let mut d = Dict::new();
    for &i in items {
        d.insert(Value::Int(i), Value::None).unwrap();
    }
    Value::Set(Rc::new(RefCell::new(d)))
}

fn dict(items: Vec<(Value, Value)>) -> Value {
    let mut d = Dict::new();
    for (k, v) in items {
        d.insert(k, v).unwrap();
    }
    Value::Dict(Rc::new(RefCell::new(d)))
}

fn show(v: &Value) -> String {
    plain_repr(v).unwrap_or_else(|| format!("{v:?}"))
}

/// `receiver.name(*pos)` shown as its repr, or the error as "Kind: message".
fn call(receiver: &Value, name: &str, pos: Vec<Value>) -> String {
    call_kw(receiver, name, pos, vec![])
}

fn call_kw(receiver: &Value, name: &str, pos: Vec<Value>, kw: Vec<(&str, Value)>) -> String {
    let args = Args { pos, kw: kw.into_iter().map(|(k, v)| (Rc::from(k), v)).collect() };
    match call_method(receiver, name, args) {
        Some(Ok(v)) => show(&v),
        Some(Err(e)) => format!("{}: {}", e.kind, e.message),
        None => "<vm>".into(),
    }
}

#[test]
fn str_methods_match_cpython() {
    let cases: Vec<(&str, &str, Vec<Value>, &str)> = vec![
        ("a", "center", vec![int(4)], "' a  '"),
        ("ab", "center", vec![int(5)], "'  ab '"),
        ("abc", "center", vec![int(6), s("*")], "'*abc**'"),
        ("ab", "center", vec![int(6)], "'  ab  '"),
        ("a", "center", vec![int(3)], "' a '"),
        ("a", "ljust", vec![int(3), s("-")], "'a--'"),
        ("a", "rjust", vec![int(3)], "'  a'"),
        ("-42", "zfill", vec![int(5)], "'-0042'"),
        ("+4", "zfill", vec![int(4)], "'+004'"),
        ("abc", "zfill", vec![int(5)], "'00abc'"),
        ("-", "zfill", vec![int(3)], "'-00'"),
        ("a b c ", "split", vec![Value::None, int(1)], "['a', 'b c ']"),
        ("  a b c", "rsplit", vec![Value::None, int(1)], "['  a b', 'c']"),
        ("a,b,,c", "split", vec![s(",")], "['a', 'b', '', 'c']"),
        ("a,b,,c", "rsplit", vec![s(","), int(1)], "['a,b,', 'c']"),
        ("a,b,c", "split", vec![s(","), int(0)], "['a,b,c']"),
        (" ", "split", vec![], "[]"),
        ("", "split", vec![s(",")], "['']"),
        ("a  b", "split", vec![s(" ")], "['a', '', 'b']"),
        ("  hello   world \n", "split", vec![], "['hello', 'world']"),
        ("a\nb\r\nc\rd\x0be\x1cf\u{85}g\u{2028}h", "splitlines", vec![], "['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']"),
        ("a\nb\n", "splitlines", vec![Value::Bool(true)], "['a\\n', 'b\\n']"),
        ("", "splitlines", vec![], "[]"),
        ("abc", "replace", vec![s(""), s("-")], "'-a-b-c-'"),
        ("abc", "replace", vec![s(""), s("-"), int(2)], "'-a-bc'"),
        ("aaa", "replace", vec![s("a"), s("b"), int(2)], "'bba'"),
        ("aaa", "replace", vec![s("a"), s("b"), int(0)], "'aaa'"),
        ("abc", "startswith", vec![s(""), int(3)], "True"),
        ("abc", "startswith", vec![s(""), int(4)], "False"),
        ("abc", "find", vec![s(""), int(3)], "3"),
        ("abc", "find", vec![s(""), int(4)], "-1"),
        ("abc", "count", vec![s("")], "4"),
        ("abc", "count", vec![s(""), int(1)], "3"),
        ("abc", "count", vec![s(""), int(5)], "0"),
        ("abcabc", "rfind", vec![s("bc")], "4"),
        ("abcabc", "find", vec![s("bc"), int(-3)], "4"),
        ("abcabc", "rfind", vec![s("bc"), int(0), int(4)], "1"),
        ("abc", "find", vec![s("b"), Value::None, int(2)], "1"),
        ("héllo wörld", "find", vec![s("wö")], "6"),
        ("they're bill's friends from the UK", "title", vec![], "\"They'Re Bill'S Friends From The Uk\""),
        ("hELLO wORLD", "capitalize", vec![], "'Hello world'"),
        ("ß", "upper", vec![], "'SS'"),
        ("ßa", "title", vec![], "'Ssa'"),
        ("ǆ", "title", vec![], "'ǅ'"),
        ("Straße", "casefold", vec![], "'strasse'"),
        ("aBc", "swapcase", vec![], "'AbC'"),
        ("1a2b", "title", vec![], "'1A2B'"),
        ("a\tb\tc", "expandtabs", vec![], "'a       b       c'"),
        ("ab\tc\nd\te", "expandtabs", vec![int(4)], "'ab  c\\nd   e'"),
        ("a\tb", "expandtabs", vec![int(0)], "'ab'"),
        ("", "isupper", vec![], "False"),
        ("A1", "isupper", vec![], "True"),
        ("Ab", "istitle", vec![], "True"),
        ("AB", "istitle", vec![], "False"),
        ("A B", "istitle", vec![], "True"),
        ("1", "istitle", vec![], "False"),
        ("²", "isdigit", vec![], "True"),
        ("²", "isdecimal", vec![], "False"),
        ("½", "isnumeric", vec![], "True"),
        ("é", "isalpha", vec![], "True"),
        ("_a1", "isidentifier", vec![], "True"),
        ("1a", "isidentifier", vec![], "False"),
        ("", "isidentifier", vec![], "False"),
        (" \t", "isspace", vec![], "True"),
        ("", "isspace", vec![], "False"),
        ("123", "isdigit", vec![], "True"),
        ("12a", "isalnum", vec![], "True"),
        ("12 a", "isalnum", vec![], "False"),
        ("xxhixx", "strip", vec![s("x")], "'hi'"),
        ("abcba", "strip", vec![s("ab")], "'c'"),
        ("  hi  ", "lstrip", vec![], "'hi  '"),
        ("  hi  ", "rstrip", vec![], "'  hi'"),
        ("a", "partition", vec![s("b")], "('a', '', '')"),
        ("a", "rpartition", vec![s("b")], "('', '', 'a')"),
        ("a=b=c", "partition", vec![s("=")], "('a', '=', 'b=c')"),
        ("a=b=c", "rpartition", vec![s("=")], "('a=b', '=', 'c')"),
        ("abc", "startswith", vec![Value::tuple(vec![s("x"), s("a")])], "True"),
        ("abc", "endswith", vec![s("bc"), int(0), int(2)], "False"),
        ("test.py", "removesuffix", vec![s(".py")], "'test'"),
        ("test.py", "removeprefix", vec![s("x")], "'test.py'"),
        ("-", "join", vec![list(vec![s("a"), s("b"), s("c")])], "'a-b-c'"),
        ("", "join", vec![s("abc")], "'abc'"),
        // Errors
        (
            "abc",
            "startswith",
            vec![Value::tuple(vec![s("x"), int(1)])],
            "TypeError: tuple for startswith must only contain str, not int",
        ),
        ("abc", "endswith", vec![int(1)], "TypeError: endswith first arg must be str or a tuple of str, not int"),
        ("a", "index", vec![s("b")], "ValueError: substring not found"),
        ("a", "rindex", vec![s("b")], "ValueError: substring not found"),
        ("a", "find", vec![int(1)], "TypeError: must be str, not int"),
        (
            "abc",
            "find",
            vec![s("b"), Value::Float(1.5)],
            "TypeError: slice indices must be integers or None or have an __index__ method",
        ),
        ("a", "split", vec![int(1)], "TypeError: must be str or None, not int"),
        ("a", "split", vec![s("")], "ValueError: empty separator"),
        ("a", "split", vec![s("a"), s("b")], "TypeError: 'str' object cannot be interpreted as an integer"),
        ("a", "split", vec![s("a"), int(1), int(2)], "TypeError: split() takes at most 2 arguments (3 given)"),
        ("a", "join", vec![list(vec![int(1)])], "TypeError: sequence item 0: expected str instance, int found"),
        (
            "a",
            "join",
            vec![list(vec![s("a"), Value::None])],
            "TypeError: sequence item 1: expected str instance, NoneType found",
        ),
        ("a", "join", vec![int(1)], "TypeError: can only join an iterable"),
        ("a", "join", vec![], "TypeError: str.join() takes exactly one argument (0 given)"),
        ("a", "replace", vec![s("a")], "TypeError: replace expected at least 2 arguments, got 1"),
        ("a", "replace", vec![int(1), int(2)], "TypeError: replace() argument 1 must be str, not int"),
        ("a", "startswith", vec![], "TypeError: startswith() takes at least 1 argument (0 given)"),
        ("a", "count", vec![s("a"), int(1), int(2), int(3)], "TypeError: count() takes at most 3 arguments (4 given)"),
        ("a", "center", vec![], "TypeError: center expected at least 1 argument, got 0"),
        ("a", "center", vec![int(5), s("ab")], "TypeError: The fill character must be exactly one character long"),
        ("a", "center", vec![int(5), int(1)], "TypeError: The fill character must be a unicode character, not int"),
        ("a", "center", vec![s("5")], "TypeError: 'str' object cannot be interpreted as an integer"),
        ("a", "zfill", vec![], "TypeError: str.zfill() takes exactly one argument (0 given)"),
        ("a", "strip", vec![int(1)], "TypeError: strip arg must be None or str"),
        ("a", "strip", vec![int(1), int(2)], "TypeError: strip expected at most 1 argument, got 2"),
        ("a", "partition", vec![s("")], "ValueError: empty separator"),
        ("a", "partition", vec![int(1)], "TypeError: must be str, not int"),
        ("a", "removeprefix", vec![int(1)], "TypeError: removeprefix() argument must be str, not int"),
        ("a", "upper", vec![int(1)], "TypeError: str.upper() takes no arguments (1 given)"),
        ("a", "splitlines", vec![int(1), int(2)], "TypeError: splitlines() takes at most 1 argument (2 given)"),
        ("a", "ljust", vec![int(5), s("")], "TypeError: The fill character must be exactly one character long"),
        ("x", "center", vec![int(100_000_000)], "MemoryError: "),
    ];
    for (text, name, pos, want) in cases {
        assert_eq!(call(&s(text), name, pos.clone()), want, "{text:?}.{name}({pos:?})");
    }
    // "a b".split(maxsplit=1); "a,b".split(sep=","); "a".split(foo=1)
    assert_eq!(call_kw(&s("a b c"), "split", vec![], vec![("maxsplit", int(1))]), "['a', 'b c']");
    assert_eq!(call_kw(&s("a,b"), "split", vec![], vec![("sep", s(","))]), "['a', 'b']");
    assert_eq!(
        call_kw(&s("a"), "split", vec![], vec![("foo", int(1))]),
        "TypeError: 'foo' is an invalid keyword argument for split()"
    );
    assert_eq!(
        call_kw(&s("a"), "replace", vec![s("a"), s("b")], vec![("count", int(1))]),
        "TypeError: str.replace() takes no keyword arguments"
    );
    assert_eq!(
        call_kw(&s("a"), "find", vec![s("a")], vec![("start", int(1))]),
        "TypeError: find() takes no keyword arguments"
    );
    assert_eq!(call(&s("a"), "format", vec![]), "<vm>");
    assert_eq!(method_name(&s("a"), "upper"), Some("upper"));
    assert_eq!(method_name(&s("a"), "append"), None);
}

#[test]
fn list_methods_match_cpython() {
    let l = ints(&[1, 2, 3]);
    assert_eq!(call(&l, "append", vec![int(4)]), "None");
    assert_eq!(show(&l), "[1, 2, 3, 4]");
    assert_eq!(call(&l, "extend", vec![Value::tuple(vec![int(5)])]), "None");
    assert_eq!(call(&l, "extend", vec![s("ab")]), "None");
    assert_eq!(show(&l), "[1, 2, 3, 4, 5, 'a', 'b']");
    assert_eq!(call(&l, "extend", vec![l.clone()]), "None");
    assert_eq!(call(&l, "clear", vec![]), "None");
    // l = [1, 2, 3]; l.insert(-10, 0); l.insert(100, 9) -> [0, 1, 2, 3, 9]
    let l = ints(&[1, 2, 3]);
    call(&l, "insert", vec![int(-10), int(0)]);
    call(&l, "insert", vec![int(100), int(9)]);
    assert_eq!(show(&l), "[0, 1, 2, 3, 9]");
    call(&l, "insert", vec![int(-1), int(7)]);
    assert_eq!(show(&l), "[0, 1, 2, 3, 7, 9]");
    // l = [1, 2, 3]; l.pop(-1), l.pop(0), l -> 3 1 [2]
    let l = ints(&[1, 2, 3]);
    assert_eq!(call(&l, "pop", vec![int(-1)]), "3");
    assert_eq!(call(&l, "pop", vec![int(0)]), "1");
    assert_eq!(show(&l), "[2]");
    assert_eq!(call(&l, "pop", vec![]), "2");
    assert_eq!(call(&l, "pop", vec![]), "IndexError: pop from empty list");
    assert_eq!(call(&ints(&[1]), "pop", vec![int(-2)]), "IndexError: pop index out of range");
    assert_eq!(call(&ints(&[1]), "pop", vec![int(1), int(2)]), "TypeError: pop expected at most 1 argument, got 2");
    assert_eq!(call(&ints(&[1]), "pop", vec![s("a")]), "TypeError: 'str' object cannot be interpreted as an integer");
    // [3,1,2].index(2), [1,2,3,2].index(2, 2), [1,2,3].index(3, -1) -> 2 3 2
    assert_eq!(call(&ints(&[3, 1, 2]), "index", vec![int(2)]), "2");
    assert_eq!(call(&ints(&[1, 2, 3, 2]), "index", vec![int(2), int(2)]), "3");
    assert_eq!(call(&ints(&[1, 2, 3]), "index", vec![int(3), int(-1)]), "2");
    assert_eq!(call(&ints(&[1, 2, 3]), "index", vec![int(1), int(1)]), "ValueError: 1 is not in list");
    assert_eq!(call(&ints(&[1]), "index", vec![s("a")]), "ValueError: 'a' is not in list");
    let nested = dict(vec![(s("a"), list(vec![int(1), Value::Float(2.5)]))]);
    assert_eq!(call(&ints(&[1]), "index", vec![nested]), "ValueError: {'a': [1, 2.5]} is not in list");
    assert_eq!(
        call(&ints(&[1]), "index", vec![int(1), s("a")]),
        "TypeError: slice indices must be integers or have an __index__ method"
    );
    assert_eq!(call(&ints(&[1]), "index", vec![]), "TypeError: index expected at least 1 argument, got 0");
    assert_eq!(call(&ints(&[1, 2, 1]), "count", vec![Value::Float(1.0)]), "2");
    let l = ints(&[1, 2, 1]);
    assert_eq!(call(&l, "remove", vec![int(1)]), "None");
    assert_eq!(show(&l), "[2, 1]");
    assert_eq!(call(&l, "remove", vec![int(5)]), "ValueError: list.remove(x): x not in list");
    assert_eq!(call(&l, "reverse", vec![]), "None");
    assert_eq!(show(&l), "[1, 2]");
    assert_eq!(call(&l, "copy", vec![]), "[1, 2]");
    assert_eq!(call(&l, "append", vec![]), "TypeError: list.append() takes exactly one argument (0 given)");
    assert_eq!(
        call(&l, "append", vec![int(1), int(2)]),
        "TypeError: list.append() takes exactly one argument (2 given)"
    );
    assert_eq!(call(&l, "insert", vec![int(1)]), "TypeError: insert expected 2 arguments, got 1");
    assert_eq!(call(&l, "clear", vec![int(1)]), "TypeError: list.clear() takes no arguments (1 given)");
    assert_eq!(call(&l, "extend", vec![int(1)]), "TypeError: 'int' object is not iterable");
    assert_eq!(
        call_kw(&l, "append", vec![], vec![("x", int(1))]),
        "TypeError: list.append() takes no keyword arguments"
    );
}

#[test]
fn sort_matches_cpython() {
    let l = ints(&[3, 1, 2, 5, 4, 9, 7, 8, 6, 0, 11, 10]);
    assert_eq!(call(&l, "sort", vec![]), "None");
    assert_eq!(show(&l), "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]");
    assert_eq!(call_kw(&l, "sort", vec![], vec![("reverse", Value::Bool(true))]), "None");
    assert_eq!(show(&l), "[11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0]");
    // sorted([(1,'b'),(1,'a'),(0,'z')]) -> [(0, 'z'), (1, 'a'), (1, 'b')]
    let t = |i, c| Value::tuple(vec![int(i), s(c)]);
    let l = list(vec![t(1, "b"), t(1, "a"), t(0, "z")]);
    call(&l, "sort", vec![]);
    assert_eq!(show(&l), "[(0, 'z'), (1, 'a'), (1, 'b')]");
    // Stability with equal keys under reverse: [1, 1.0, True] sorted reverse keeps order.
    let l = list(vec![int(1), Value::Float(1.0), Value::Bool(true), int(0)]);
    call_kw(&l, "sort", vec![], vec![("reverse", Value::Bool(true))]);
    assert_eq!(show(&l), "[1, 1.0, True, 0]");
    // [3, nan, 1] sorts without panicking (CPython gives [3, nan, 1]).
    let l = list(vec![int(3), Value::Float(f64::NAN), int(1)]);
    assert_eq!(call(&l, "sort", vec![]), "None");
    assert_eq!(show(&l), "[3, nan, 1]");
    let l = list(vec![int(1), s("a")]);
    assert_eq!(call(&l, "sort", vec![]), "TypeError: '<' not supported between instances of 'str' and 'int'");
    assert_eq!(show(&l), "[1, 'a']");
    assert_eq!(call(&l, "sort", vec![int(1)]), "TypeError: sort() takes no positional arguments");
    assert_eq!(
        call_kw(&l, "sort", vec![], vec![("foo", int(1))]),
        "TypeError: 'foo' is an invalid keyword argument for sort()"
    );
    assert_eq!(call_kw(&l, "sort", vec![], vec![("key", s("f"))]), "<vm>");
    let big: Vec<i64> = (0..1000).map(|i| (i * 7919) % 1000).collect();
    let l = ints(&big);
    call(&l, "sort", vec![]);
    let want: Vec<String> = (0..1000).map(|i: i64| i.to_string()).collect();
    assert_eq!(show(&l), format!("[{}]", want.join(", ")));
}

#[test]
fn tuple_methods_match_cpython() {
    let t = Value::tuple(vec![int(1), int(2), int(1)]);
    assert_eq!(call(&t, "count", vec![int(1)]), "2");
    assert_eq!(call(&t, "index", vec![int(2)]), "1");
    assert_eq!(call(&t, "index", vec![int(5)]), "ValueError: tuple.index(x): x not in tuple");
    assert_eq!(call(&t, "count", vec![]), "TypeError: tuple.count() takes exactly one argument (0 given)");
    assert_eq!(call(&t, "append", vec![int(1)]), "<vm>");
}

#[test]
fn dict_methods_match_cpython() {
    let d = dict(vec![(s("a"), int(1))]);
    assert_eq!(call(&d, "get", vec![s("a")]), "1");
    assert_eq!(call(&d, "get", vec![s("b")]), "None");
    assert_eq!(call(&d, "get", vec![s("b"), int(0)]), "0");
    assert_eq!(call(&d, "get", vec![]), "TypeError: get expected at least 1 argument, got 0");
    assert_eq!(call(&d, "get", vec![int(1), int(2), int(3)]), "TypeError: get expected at most 2 arguments, got 3");
    assert_eq!(call(&d, "get", vec![list(vec![])]), "TypeError: unhashable type: 'list'");
    assert_eq!(call_kw(&d, "get", vec![], vec![("key", int(1))]), "TypeError: dict.get() takes no keyword arguments");
    // d = {'a': 1}; d.update([('b', 2)], c=3); d.update(['xy']) -> {'a': 1, 'b': 2, 'c': 3, 'x': 'y'}
    assert_eq!(
        call_kw(&d, "update", vec![list(vec![Value::tuple(vec![s("b"), int(2)])])], vec![("c", int(3))]),
        "None"
    );
    assert_eq!(call(&d, "update", vec![list(vec![s("xy")])]), "None");
    assert_eq!(show(&d), "{'a': 1, 'b': 2, 'c': 3, 'x': 'y'}");
    assert_eq!(call(&d, "keys", vec![]), "dict_keys(['a', 'b', 'c', 'x'])");
    assert_eq!(call(&d, "values", vec![]), "dict_values([1, 2, 3, 'y'])");
    assert_eq!(call(&d, "items", vec![]), "dict_items([('a', 1), ('b', 2), ('c', 3), ('x', 'y')])");
    assert_eq!(call(&d, "keys", vec![int(1)]), "TypeError: dict.keys() takes no arguments (1 given)");
    assert_eq!(
        call(&d, "update", vec![list(vec![s("abc")])]),
        "ValueError: dictionary update sequence element #0 has length 3; 2 is required"
    );
    assert_eq!(
        call(&d, "update", vec![list(vec![int(1)])]),
        "TypeError: cannot convert dictionary update sequence element #0 to a sequence"
    );
    assert_eq!(call(&d, "update", vec![int(1)]), "TypeError: 'int' object is not iterable");
    assert_eq!(call(&d, "update", vec![d.clone(), d.clone()]), "TypeError: update expected at most 1 argument, got 2");
    assert_eq!(call(&d, "update", vec![d.clone()]), "None");
    assert_eq!(call(&d, "pop", vec![s("x")]), "'y'");
    assert_eq!(call(&d, "pop", vec![s("x")]), "KeyError: 'x'");
    assert_eq!(call(&d, "pop", vec![s("x"), int(0)]), "0");
    assert_eq!(call(&d, "pop", vec![]), "TypeError: pop expected at least 1 argument, got 0");
    assert_eq!(call(&d, "popitem", vec![]), "('c', 3)");
    assert_eq!(call(&d, "setdefault", vec![s("a"), int(9)]), "1");
    assert_eq!(call(&d, "setdefault", vec![s("z")]), "None");
    assert_eq!(show(&d), "{'a': 1, 'b': 2, 'z': None}");
    let copy = call(&d, "copy", vec![]);
    assert_eq!(call(&d, "clear", vec![]), "None");
    assert_eq!(copy, "{'a': 1, 'b': 2, 'z': None}");
    assert_eq!(call(&d, "popitem", vec![]), "KeyError: popitem(): dictionary is empty");
}

#[test]
fn set_methods_match_cpython() {
    let a = set(&[1, 2]);
    // {1,2}.issubset([1,2,3]), {1,2}.union([3],(4,)), {1,2,3}.difference([1],[2]),
    // {1,2}.symmetric_difference([2,3]), {1,2}.isdisjoint([3]) -> True {1, 2, 3, 4} {3} {1, 3} True
    assert_eq!(call(&a, "issubset", vec![ints(&[1, 2, 3])]), "True");
    assert_eq!(call(&a, "issuperset", vec![ints(&[1])]), "True");
    assert_eq!(call(&a, "union", vec![ints(&[3]), Value::tuple(vec![int(4)])]), "{1, 2, 3, 4}");
    assert_eq!(call(&set(&[1, 2, 3]), "difference", vec![ints(&[1]), ints(&[2])]), "{3}");
    assert_eq!(call(&a, "symmetric_difference", vec![ints(&[2, 3])]), "{1, 3}");
    assert_eq!(call(&a, "intersection", vec![ints(&[2, 3])]), "{2}");
    assert_eq!(call(&a, "isdisjoint", vec![ints(&[3])]), "True");
    assert_eq!(call(&a, "union", vec![]), "{1, 2}");
    assert_eq!(call(&a, "union", vec![int(1)]), "TypeError: 'int' object is not iterable");
    assert_eq!(call(&a, "issubset", vec![]), "TypeError: set.issubset() takes exactly one argument (0 given)");
    assert_eq!(call_kw(&a, "union", vec![], vec![("x", int(1))]), "TypeError: union() takes no keyword arguments");
    assert_eq!(call(&a, "add", vec![int(3)]), "None");
    assert_eq!(call(&a, "add", vec![list(vec![])]), "TypeError: unhashable type: 'list'");
    assert_eq!(call(&a, "remove", vec![int(1)]), "None");
    assert_eq!(call(&a, "remove", vec![int(1)]), "KeyError: 1");
    assert_eq!(call(&a, "discard", vec![int(1)]), "None");
    assert_eq!(show(&a), "{2, 3}");
    assert_eq!(call(&a, "update", vec![ints(&[4]), s("x")]), "None");
    assert_eq!(show(&a), "{2, 3, 4, 'x'}");
    assert_eq!(call(&a, "intersection_update", vec![ints(&[3, 4, 5])]), "None");
    assert_eq!(show(&a), "{3, 4}");
    assert_eq!(call(&a, "difference_update", vec![ints(&[3])]), "None");
    assert_eq!(call(&a, "symmetric_difference_update", vec![ints(&[4, 5])]), "None");
    assert_eq!(show(&a), "{5}");
    assert_eq!(call(&a, "update", vec![a.clone()]), "None");
    assert_eq!(call(&a, "copy", vec![]), "{5}");
    assert_eq!(call(&a, "pop", vec![]), "5");
    assert_eq!(call(&a, "pop", vec![]), "KeyError: pop from an empty set");
    let f = match set(&[1, 2]) {
        Value::Set(d) => Value::FrozenSet(Rc::new(d.borrow().clone())),
        _ => unreachable!(),
    };
    assert_eq!(call(&f, "union", vec![ints(&[3])]), "frozenset({1, 2, 3})");
    assert_eq!(call(&f, "add", vec![int(3)]), "<vm>");
    assert_eq!(call(&f, "copy", vec![int(3)]), "TypeError: frozenset.copy() takes no arguments (1 given)");
}
