//! Syntax errors as CPython 3.11 prints them (`python3 main.py`). Every snapshot was checked
//! against `python3` with `check_against_cpython.py`; CPython prints the script's absolute
//! path where these say `main.py`.

use super::stderr;

/// The sources and their rendered errors, one after the other, for one snapshot.
fn report(cases: &[&str]) -> String {
    let mut out = String::new();
    for src in cases {
        out.push_str(&format!("----- {src:?}\n{}", stderr(src)));
    }
    out
}

#[test]
fn missing_colon() {
    snapshot!(report(&[
        "if x\n    pass\n",
        "if x",
        "while x == 1\n    pass\n",
        "for i in range(10)\n    print(i)\n",
        "def worker(n)\n    pass\n",
        "def f() x\n",
        "class A\n",
        "try\n",
        "if a:\n  pass\nelse x:\n  pass\n",
        "with a as b\n",
        "try:\n  pass\nexcept E\n  pass\n",
        "def f:\n",
    ]));
}

#[test]
fn brackets() {
    snapshot!(report(&[
        "t = threading.Thread(target=f, args=(1,)\nt.start()\n",
        "x = (\n",
        "x = [1, 2\ny = 3\n",
        "foo(\nif x\n",
        "x = (1,\n     2\ny = 2\n",
        "x = 1)\n",
        "x = (1, 2]\n",
        "x = (1,\n 2]\n",
        "print(\"hello\"\nprint(\"world\")\n",
        "}\n",
    ]));
}

#[test]
fn strings() {
    snapshot!(report(&[
        "print(\"hello)\n",
        "x = f'abc\n",
        "x = rb'abc\n",
        "x = '''abc\n\ny = 1\n",
        "x = 1\ny = \"\"\"abc\ndef",
        "if x\ns = \"abc\n",
        "x = 'it's'\n",
        "b\"a\" \"b\"\n",
        "x = b\"é\"\n",
        "x = \"\\x4\"\n",
        "x = \"\\u12\"\n",
    ]));
}

#[test]
fn fstrings() {
    snapshot!(report(&[
        "x = f\"{a\"\n",
        "x = f\"a}\"\n",
        "x = f\"{}\"\n",
        "x = f\"{a!x}\"\n",
        "x = f\"{a!}\"\n",
        "x = f\"{a\\\\n}\"\n",
        "x = f\"{a#}\"\n",
        "x = 1\ny = f\"{a)}\"\n",
        "x = f\"{a:{b:{c:{d}}}}\"\n",
        "x = f\"{ = }\"\n",
        "x = f\"{x = 1}\"\n",
        "x = f\"{a:{b}\"\n",
        "x = f'{x}}'\n",
    ]));
}

#[test]
fn indentation() {
    snapshot!(report(&[
        "if x:\ny\n",
        "def f():\nreturn 1\n",
        "if x:\n",
        "if x:",
        "def f():\n    # c\n",
        "class A:\n\n",
        "for x in y:\n    pass\nelse:\nz\n",
        "try:\n    x = 1\nexcept ValueError:\npass\n",
        "x = 1\n    y = 2\n",
        "if x: pass\n  y\n",
        "if x:\n    y\n  z\n",
        "if x:\n  pass\n else:\n  pass\n",
        "if x:\n        y\n\tz\n",
        "if x:\n\ty\n        z\n",
        "x = 1 \\ y\n",
        "x = 1 \\",
    ]));
}

#[test]
fn invalid_syntax() {
    snapshot!(report(&[
        "y = = 2\n",
        "x = 1 +\n",
        "x = 1 +",
        "if x y:\n  pass\n",
        "while x == 1 print(x)\n",
        "else\n",
        "x := 1\n",
        "x = 1 2\n",
        "x = 1 $ 2\n",
        "x = 1 if y\n",
        "if x not y:\n  pass\n",
        "async x = 1\n",
        "def f(a b):\n    pass\n",
    ]));
}

#[test]
fn forgotten_comma_and_print() {
    snapshot!(report(&[
        "x = (1 2)\n",
        "x = [1, 2 3]\n",
        "x = {1: 2 3: 4}\n",
        "f(a, b c)\n",
        "x = [i for i x]\n",
        "t = threading.Thread(target=f args=(1,))\n",
        "print \"hello\"\n",
        "print x\n",
        "x = {1: 2, 3}\n",
    ]));
}

#[test]
fn assignment_targets() {
    snapshot!(report(&[
        "1 = count\n",
        "f() = 1\n",
        "\"s\" = 1\n",
        "x + 1 = 2\n",
        "a, b + 1 = 1, 2\n",
        "if f() = 1:\n  pass\n",
        "if x = 1:\n  pass\n",
        "x = (a.b = 1)\n",
        "f() = x = 1\n",
        "(a, f()) = 1\n",
        "None = 1\n",
        "a < b = 1\n",
        "not a = 1\n",
        "x = yield = 1\n",
        "f() += 1\n",
        "del f()\n",
        "for f() in x:\n  pass\n",
        "with a as f():\n  pass\n",
        "(a, b): int\n",
        "*a = 1\n",
        "x = *a\n",
        "__debug__ = 1\n",
    ]));
}

#[test]
fn calls_and_definitions() {
    snapshot!(report(&[
        "def f(x=1, y):\n  pass\n",
        "lambda x=1, y: 0\n",
        "def f(*, **k): pass\n",
        "def f(a, a): pass\n",
        "f(a=1, 2)\n",
        "f(**k, *a)\n",
        "f(a for a in b, c)\n",
        "f(a.b=1)\n",
        "f(a=1, a=2)\n",
        "x = [*a for a in b]\n",
        "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n",
    ]));
}

#[test]
fn numbers_and_characters() {
    snapshot!(report(&[
        "x = 1abc\n",
        "x = 012\n",
        "x = 0_7\n",
        "x = 1__2\n",
        "x = 0x\n",
        "x = 0b2\n",
        "x = 0o8\n",
        "x = 1e+\n",
        "x = 1.5j2\n",
        "x = “hello”\n",
        "x = a\u{a0}b\n",
        "x = \u{1}\n",
    ]));
}

#[test]
fn unicode_names_are_rejected_with_a_clear_message() {
    let e = super::super::parse("x = \"\\N{EM DASH}\"\n").unwrap_err();
    assert!(e.message.contains("\\N{...} escapes are not supported"), "{}", e.message);
}

#[test]
fn learner_mistakes_in_threading_scripts() {
    snapshot!(report(&[
        "import threading\nthreading.Thread(target=f, args=(1)).start(\n",
        "def worker:\n    pass\n",
        "with lock:\nx = 1\n",
        "print(f\"count: {count)\n",
        "while x = 1:\n    pass\n",
        "if x:\n    pass\nelse if y:\n    pass\n",
        "if x:\n    pass\nelse:\n    pass\nelif y:\n    pass\n",
        "x++\n",
        "lambda x: return x\n",
        "from threading import Thread, Lock,\n",
        "try:\n  pass\nexcept Exception e:\n  pass\n",
        "try:\n  pass\nexcept Exception, e:\n  pass\n",
        "def f(x):\n  return x\n  \nprint(f(1)\nprint(2)\n",
        "class A:\n    def f(self):\n    pass\n",
        "if True:\n\tx = 1\n        y = 2\n",
        "print(1))\n",
        "x = (yield) = 1\n",
        "True = False\n",
        "def f(**a, **b): pass\n",
        "x = {1:}\n",
    ]));
}
