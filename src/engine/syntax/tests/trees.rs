//! Valid programs and the trees they give (in `tools::dump`'s compact form, which mirrors
//! CPython's `ast` module so it could be checked against `python3`).

use super::super::ast::*;
use super::super::*;
use super::tools::dump;

fn tree(src: &str) -> String {
    match parse(src) {
        Ok(m) => m.body.iter().map(dump::stmt).collect::<Vec<_>>().join("\n"),
        Err(e) => panic!("{}", e.render("main.py", src)),
    }
}

fn only_expr(src: &str) -> Expr {
    let module = parse(src).unwrap_or_else(|e| panic!("{}", e.render("main.py", src)));
    match module.body.into_iter().next().map(|s| s.kind) {
        Some(StmtKind::Expr(e)) => e,
        Some(StmtKind::Assign { value, .. }) => value,
        other => panic!("not an expression statement: {other:?}"),
    }
}

#[test]
fn empty_and_blank_files() {
    for src in ["", "\n\n\n", "# only a comment", "   \n\t\n", "\u{feff}"] {
        assert_eq!(parse(src).map(|m| m.body.len()), Ok(0), "{src:?}");
    }
}

#[test]
fn power_binds_tighter_than_unary_minus() {
    insta::assert_snapshot!(tree("-2**2\n2**-1\n2**3**2\n-x**-y\nnot a == b\n"), @r"
    Expr@0:5(Unary@0:5(USub,BinOp@1:5(Const@1:2(2),Pow,Const@4:5(2))))
    Expr@6:11(BinOp@6:11(Const@6:7(2),Pow,Unary@9:11(USub,Const@10:11(1))))
    Expr@12:19(BinOp@12:19(Const@12:13(2),Pow,BinOp@15:19(Const@15:16(3),Pow,Const@18:19(2))))
    Expr@20:26(Unary@20:26(USub,BinOp@21:26(Name@21:22(x),Pow,Unary@24:26(USub,Name@25:26(y)))))
    Expr@27:37(Unary@27:37(Not,Compare@31:37(Name@31:32(a),[Eq],[Name@36:37(b)])))
    ");
}

#[test]
fn ranges_cover_parentheses_as_cpython_does() {
    // A parenthesized name keeps its own range; a call on it starts at the parenthesis.
    insta::assert_snapshot!(tree("(a).b\n(a + b) * c\nx = (1, 2)\ny = 1, 2,\n"), @r"
    Expr@0:5(Attr@0:5(Name@1:2(a),b))
    Expr@6:17(BinOp@6:17(BinOp@7:12(Name@7:8(a),Add,Name@11:12(b)),Mult,Name@16:17(c)))
    Assign@18:28([Name@18:19(x)],Tuple@22:28([Const@23:24(1),Const@26:27(2)]))
    Assign@29:38([Name@29:30(y)],Tuple@33:38([Const@33:34(1),Const@36:37(2)]))
    ");
}

#[test]
fn fstring_parts() {
    let e = only_expr("f\"a{b!r}c{d:>{w}}{x=}{y = :3}{{z}}\"");
    let ExprKind::FString(parts) = e.kind else { panic!("{e:?}") };
    let shape: Vec<String> = parts
        .iter()
        .map(|p| match p {
            FStringPart::Literal(s) => format!("lit {s:?}"),
            FStringPart::Expr { expr, conversion, spec, debug_text } => {
                format!(
                    "{} {conversion:?} spec={} debug={debug_text:?}",
                    dump::expr(expr),
                    spec.as_ref().map_or(0, Vec::len)
                )
            }
        })
        .collect();
    insta::assert_snapshot!(shape.join("\n"), @r#"
    lit "a"
    Name@4:5(b) Some('r') spec=0 debug=None
    lit "c"
    Name@10:11(d) None spec=2 debug=None
    Name@18:19(x) Some('r') spec=0 debug=Some("x=")
    Name@22:23(y) None spec=1 debug=Some("y = ")
    lit "{z}"
    "#);
}

#[test]
fn adjacent_strings_join() {
    assert_eq!(only_expr("'a' \"b\" '''c'''").kind, ExprKind::Constant(Constant::Str("abc".into())));
    assert_eq!(only_expr("b'a' rb'\\x00'").kind, ExprKind::Constant(Constant::Bytes(b"a\\x00".to_vec().into())));
    let ExprKind::FString(parts) = only_expr("'a' f'{b}' 'c'").kind else { panic!() };
    assert_eq!(parts.len(), 3);
}

#[test]
fn escape_sequences() {
    let src = r#""\x41\u0042\U00000043\101\n\t\\\'\"\a\b\f\v\r\q""#;
    assert_eq!(only_expr(src).kind, ExprKind::Constant(Constant::Str("ABCA\n\t\\'\"\x07\x08\x0c\x0b\r\\q".into())));
    assert_eq!(only_expr("r'\\n'").kind, ExprKind::Constant(Constant::Str("\\n".into())));
    assert_eq!(only_expr("'a\\\nb'").kind, ExprKind::Constant(Constant::Str("ab".into())));
}

#[test]
fn numbers() {
    use num_bigint::BigInt;
    let value = |src: &str| match only_expr(src).kind {
        ExprKind::Constant(c) => c,
        other => panic!("{other:?}"),
    };
    assert_eq!(value("0xff"), Constant::Int(255));
    assert_eq!(value("0o17"), Constant::Int(15));
    assert_eq!(value("0b101"), Constant::Int(5));
    assert_eq!(value("1_000"), Constant::Int(1000));
    assert_eq!(value("00"), Constant::Int(0));
    assert_eq!(value("9223372036854775807"), Constant::Int(i64::MAX));
    assert_eq!(value("9223372036854775808"), Constant::BigInt(BigInt::from(i64::MAX) + 1));
    assert_eq!(value("1."), Constant::Float(1.0));
    assert_eq!(value(".5"), Constant::Float(0.5));
    assert_eq!(value("1e-3"), Constant::Float(0.001));
    assert_eq!(value("1_000.5"), Constant::Float(1000.5));
    assert_eq!(value("1e999"), Constant::Float(f64::INFINITY));
    assert_eq!(value("3j"), Constant::Complex(3.0));
    assert_eq!(value("1.5J"), Constant::Complex(1.5));
}

#[test]
fn statements() {
    snapshot!(tree(concat!(
        "import a.b as c, d\nfrom .. import x\nfrom . m import (y as z,)\n",
        "global g\ndel a, b[0]\nassert x, 'm'\nraise E from e\n",
        "x: int = 1\nx += 1\na = b = c\n",
        "with (a as b, c):\n    pass\n",
        "async def f():\n    async for x in y: pass\n    await z\n",
        "try:\n    pass\nexcept* E:\n    pass\n",
        "match x:\n    case 1:\n        pass\n",
    )));
}

#[test]
fn decorators_and_parameters() {
    snapshot!(tree(
        "@dec\n@dec2(1)\ndef f(a, b: int = 1, /, c=2, *args, d, e=3, **kw) -> None:\n    return a\n\nclass A(B, metaclass=M):\n    x: int\n"
    ));
}

#[test]
fn one_line_suites_semicolons_and_continuations() {
    snapshot!(tree("if x: pass\nelse: y = 1; z = 2;\nw = 1 + \\\n    2\nv = (1,\n     2)\n"));
}

#[test]
fn tabs_crlf_missing_final_newline_and_unicode_names() {
    let src = "if True:\r\n\tx = 1\r\n\tif x:\r\n\t\tπ = \"é\"\r\ns = \"\"\"a\r\nb\"\"\"";
    let module = parse(src).unwrap();
    assert_eq!(module.body.len(), 2);
    let StmtKind::Assign { value, .. } = &module.body[1].kind else { panic!() };
    // Line breaks inside strings read as `\n`, as Python reads files.
    assert_eq!(value.kind, ExprKind::Constant(Constant::Str("a\nb".into())));
}

#[test]
fn generator_as_sole_argument_and_comprehensions() {
    snapshot!(tree("sum(x for x in y)\n[i for i in a if i if j for j in i]\n{k: v for k, v in d}\n"));
}

#[test]
fn soft_keyword_match_stays_a_name() {
    snapshot!(tree("match = 3\nmatch(x)\nmatch[x] = 1\n"));
}

#[test]
fn a_realistic_threading_script() {
    let src = r#"import threading
import time
from queue import Queue, Empty

counter = 0
lock = threading.Lock()
results: dict[str, int] = {}


class Worker(threading.Thread):
    """Pulls jobs from a queue until it is empty."""

    def __init__(self, name, jobs, *, delay=0.01):
        super().__init__(name=name, daemon=True)
        self.jobs = jobs
        self.delay = delay

    def run(self):
        global counter
        while True:
            try:
                job = self.jobs.get(timeout=0.1)
            except Empty:
                break
            else:
                with lock:
                    counter += job
                    results[self.name] = results.get(self.name, 0) + 1
            finally:
                time.sleep(self.delay)


def main():
    jobs = Queue()
    for i in range(10):
        jobs.put(i)
    workers = [Worker(f"worker-{n}", jobs) for n in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    done = sum(results.values())
    print(f"{counter=} after {done} jobs; per worker: {results!r:>10}")
    assert counter == sum(range(10)), f"lost updates: {counter}"
    ok = all(v > 0 for v in results.values()) if results else False
    print("ok" if ok else "some worker idled", end="\n")


if __name__ == "__main__":
    main()
"#;
    let module = parse(src).unwrap_or_else(|e| panic!("{}", e.render("main.py", src)));
    assert_eq!(module.body.len(), 9);
    let Some(StmtKind::ClassDef(class)) = module.body.get(6).map(|s| &s.kind) else { panic!() };
    assert_eq!(&*class.name.name, "Worker");
    assert_eq!(class.body.len(), 3);
    // The compiler takes line numbers from statement ranges.
    let def_line = crate::engine::source::LineIndex::new(src).line_of(class.body[2].range.start);
    assert_eq!(def_line, 18);
}
