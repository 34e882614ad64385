//! Tools for checking the parser against CPython (ignored tests, run by hand): render errors
//! and dump trees of every file in `$THREADPLAY_PARSE_DIR`, for `check_against_cpython.py`
//! to compare with what `python3` prints; and measure the stack used per nesting level.

use super::super::*;

/// Renders every `*.py` in `$THREADPLAY_PARSE_DIR` to `*.py.rs` (for comparing with CPython).
#[test]
#[ignore]
fn render_directory() {
    let Ok(dir) = std::env::var("THREADPLAY_PARSE_DIR") else { return };
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "py") {
            let src = std::fs::read_to_string(&path).unwrap();
            let name = path.to_string_lossy().to_string();
            let out = match parse(&src) {
                Ok(_) => String::new(),
                Err(e) => e.render(&name, &src),
            };
            std::fs::write(path.with_extension("py.rs"), out).unwrap();
        }
    }
}

/// Dumps `*.py` in `$THREADPLAY_PARSE_DIR` to `*.py.dump` in the format of `check_against_cpython.py`
/// (CPython's `ast` printed the same way), to compare trees and ranges with CPython.
#[test]
#[ignore]
fn dump_directory() {
    let Ok(dir) = std::env::var("THREADPLAY_PARSE_DIR") else { return };
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "py") {
            let src = std::fs::read_to_string(&path).unwrap();
            let out = match parse(&src) {
                Ok(m) => m.body.iter().map(dump::stmt).collect::<Vec<_>>().join("\n") + "\n",
                Err(e) => format!("ERROR {}\n", e.message),
            };
            std::fs::write(path.with_extension("py.dump"), out).unwrap();
        }
    }
}

/// A compact, CPython-comparable rendering of trees: `Kind@start:end(children)`.
pub(super) mod dump {
    use crate::engine::syntax::ast::*;

    fn r(range: crate::engine::source::TextRange) -> String {
        format!("@{}:{}", range.start, range.end)
    }
    fn list<T>(xs: &[T], f: impl Fn(&T) -> String) -> String {
        format!("[{}]", xs.iter().map(f).collect::<Vec<_>>().join(","))
    }
    fn opt(e: &Option<Expr>) -> String {
        e.as_ref().map_or("None".into(), expr)
    }
    fn optb(e: &Option<Box<Expr>>) -> String {
        e.as_ref().map_or("None".into(), |e| expr(e))
    }
    fn hex(b: &[u8]) -> String {
        b.iter().map(|b| format!("{b:02x}")).collect()
    }
    fn float(v: f64) -> String {
        format!("{:016x}", v.to_bits())
    }
    fn param(p: &Param) -> String {
        format!("{}:{}={}", p.name.name, opt(&p.annotation), opt(&p.default))
    }
    fn optp(p: &Option<Param>) -> String {
        p.as_ref().map_or("None".into(), param)
    }
    fn args(a: &Parameters) -> String {
        format!(
            "Args({},{},{},{},{})",
            list(&a.posonly, param),
            list(&a.args, param),
            optp(&a.vararg),
            list(&a.kwonly, param),
            optp(&a.kwarg)
        )
    }
    fn name(i: &Option<Ident>) -> String {
        i.as_ref().map_or("None".into(), |i| i.name.to_string())
    }
    fn kw(k: &Keyword) -> String {
        format!("kw({},{})", name(&k.arg), expr(&k.value))
    }
    fn alias(a: &Alias) -> String {
        format!("{} as {}", a.name.name, name(&a.asname))
    }
    fn body(b: &[Stmt]) -> String {
        list(b, stmt)
    }
    fn exprs(b: &[Expr]) -> String {
        list(b, expr)
    }
    fn comp(c: &Comprehension) -> String {
        format!("comp({},{},{},{})", expr(&c.target), expr(&c.iter), exprs(&c.ifs), c.is_async as u8)
    }
    fn op<T: std::fmt::Debug>(o: T) -> String {
        match format!("{o:?}").as_str() {
            "Neg" => "USub".into(),
            "Pos" => "UAdd".into(),
            s => s.into(),
        }
    }
    /// f-string parts as CPython stores them: the `x=` of `{x=}` joins the literal before.
    fn fparts(parts: &[FStringPart]) -> String {
        let mut out: Vec<String> = Vec::new();
        let mut lit = String::new();
        for p in parts {
            match p {
                FStringPart::Literal(s) => lit.push_str(s),
                FStringPart::Expr { expr: e, conversion, spec, debug_text } => {
                    if let Some(d) = debug_text {
                        lit.push_str(d);
                    }
                    if !lit.is_empty() {
                        out.push(format!("L{}", hex(lit.as_bytes())));
                        lit.clear();
                    }
                    let conv = conversion.map_or("None".into(), |c| c.to_string());
                    let spec = spec.as_ref().map_or("None".into(), |s| fparts(s));
                    out.push(format!("F({},{},{})", expr(e), conv, spec));
                }
            }
        }
        if !lit.is_empty() {
            out.push(format!("L{}", hex(lit.as_bytes())));
        }
        format!("[{}]", out.join(","))
    }

    pub fn stmt(s: &Stmt) -> String {
        let rr = r(s.range);
        match &s.kind {
            StmtKind::Expr(e) => format!("Expr{rr}({})", expr(e)),
            StmtKind::Assign { targets, value } => format!("Assign{rr}({},{})", exprs(targets), expr(value)),
            StmtKind::AugAssign { target, op: o, value } => {
                format!("AugAssign{rr}({},{},{})", expr(target), op(o), expr(value))
            }
            StmtKind::AnnAssign { target, annotation, value } => {
                format!("AnnAssign{rr}({},{},{})", expr(target), expr(annotation), opt(value))
            }
            StmtKind::Pass => format!("Pass{rr}()"),
            StmtKind::Break => format!("Break{rr}()"),
            StmtKind::Continue => format!("Continue{rr}()"),
            StmtKind::Return(v) => format!("Return{rr}({})", opt(v)),
            StmtKind::If { test, body: b, orelse } => format!("If{rr}({},{},{})", expr(test), body(b), body(orelse)),
            StmtKind::While { test, body: b, orelse } => {
                format!("While{rr}({},{},{})", expr(test), body(b), body(orelse))
            }
            StmtKind::For { target, iter, body: b, orelse, is_async } => {
                format!("For{rr}({},{},{},{},{})", expr(target), expr(iter), body(b), body(orelse), *is_async as u8)
            }
            StmtKind::FunctionDef(f) => format!(
                "Def{rr}({},{},{},{},{},{})",
                f.name.name,
                args(&f.params),
                body(&f.body),
                exprs(&f.decorators),
                opt(&f.returns),
                f.is_async as u8
            ),
            StmtKind::ClassDef(c) => format!(
                "Class{rr}({},{},{},{},{})",
                c.name.name,
                exprs(&c.bases),
                list(&c.keywords, kw),
                body(&c.body),
                exprs(&c.decorators)
            ),
            StmtKind::Try { body: b, handlers, orelse, finalbody, is_star } => {
                let hs = list(handlers, |h| {
                    format!("Handler{}({},{},{})", r(h.range), opt(&h.typ), name(&h.name), body(&h.body))
                });
                format!("Try{rr}({},{},{},{},{})", body(b), hs, body(orelse), body(finalbody), *is_star as u8)
            }
            StmtKind::Raise { exc, cause } => format!("Raise{rr}({},{})", opt(exc), opt(cause)),
            StmtKind::Global(n) => {
                format!("Global{rr}({})", n.iter().map(|i| i.name.to_string()).collect::<Vec<_>>().join(","))
            }
            StmtKind::Nonlocal(n) => {
                format!("Nonlocal{rr}({})", n.iter().map(|i| i.name.to_string()).collect::<Vec<_>>().join(","))
            }
            StmtKind::Import(a) => format!("Import{rr}({})", list(a, alias)),
            StmtKind::ImportFrom { module, names, level } => {
                format!("ImportFrom{rr}({},{},{})", name(module), list(names, alias), level)
            }
            StmtKind::With { items, body: b, is_async } => {
                let items = list(items, |i| format!("Item({},{})", expr(&i.context), opt(&i.target)));
                format!("With{rr}({},{},{})", items, body(b), *is_async as u8)
            }
            StmtKind::Assert { test, msg } => format!("Assert{rr}({},{})", expr(test), opt(msg)),
            StmtKind::Delete(t) => format!("Delete{rr}({})", exprs(t)),
            StmtKind::Match => format!("Match{rr}"),
            StmtKind::Unsupported(what) => format!("Unsupported{rr}({what})"),
        }
    }

    pub fn expr(e: &Expr) -> String {
        let rr = r(e.range);
        match &e.kind {
            ExprKind::Name(n) => format!("Name{rr}({n})"),
            ExprKind::Constant(c) => {
                let v = match c {
                    Constant::None => "None".into(),
                    Constant::True => "True".into(),
                    Constant::False => "False".into(),
                    Constant::Ellipsis => "Ellipsis".into(),
                    Constant::Int(i) => i.to_string(),
                    Constant::BigInt(i) => i.to_string(),
                    Constant::Float(f) => format!("f{}", float(*f)),
                    Constant::Complex(f) => format!("j{}", float(*f)),
                    Constant::Str(s) => format!("s{}", hex(s.as_bytes())),
                    Constant::Bytes(b) => format!("b{}", hex(b)),
                };
                format!("Const{rr}({v})")
            }
            ExprKind::FString(parts) => format!("FStr{rr}({})", fparts(parts)),
            ExprKind::BinOp { left, op: o, right } => format!("BinOp{rr}({},{},{})", expr(left), op(o), expr(right)),
            ExprKind::UnaryOp { op: o, operand } => format!("Unary{rr}({},{})", op(o), expr(operand)),
            ExprKind::BoolOp { op: o, values } => format!("BoolOp{rr}({},{})", op(o), exprs(values)),
            ExprKind::Compare { left, ops } => format!(
                "Compare{rr}({},[{}],[{}])",
                expr(left),
                ops.iter().map(|(o, _)| op(o)).collect::<Vec<_>>().join(","),
                ops.iter().map(|(_, e)| expr(e)).collect::<Vec<_>>().join(",")
            ),
            ExprKind::Call { func, args, keywords } => {
                format!("Call{rr}({},{},{})", expr(func), exprs(args), list(keywords, kw))
            }
            ExprKind::Attribute { value, attr } => format!("Attr{rr}({},{})", expr(value), attr.name),
            ExprKind::Subscript { value, index } => format!("Sub{rr}({},{})", expr(value), expr(index)),
            ExprKind::Slice { lower, upper, step } => {
                format!("Slice{rr}({},{},{})", optb(lower), optb(upper), optb(step))
            }
            ExprKind::List(x) => format!("List{rr}({})", exprs(x)),
            ExprKind::Tuple(x) => format!("Tuple{rr}({})", exprs(x)),
            ExprKind::Set(x) => format!("Set{rr}({})", exprs(x)),
            ExprKind::Dict(items) => format!(
                "Dict{rr}([{}],[{}])",
                items.iter().map(|(k, _)| opt(k)).collect::<Vec<_>>().join(","),
                items.iter().map(|(_, v)| expr(v)).collect::<Vec<_>>().join(",")
            ),
            ExprKind::Starred(v) => format!("Star{rr}({})", expr(v)),
            ExprKind::IfExp { test, body, orelse } => {
                format!("IfExp{rr}({},{},{})", expr(test), expr(body), expr(orelse))
            }
            ExprKind::Lambda { params, body } => format!("Lambda{rr}({},{})", args(params), expr(body)),
            ExprKind::ListComp { elt, generators } => format!("ListComp{rr}({},{})", expr(elt), list(generators, comp)),
            ExprKind::SetComp { elt, generators } => format!("SetComp{rr}({},{})", expr(elt), list(generators, comp)),
            ExprKind::GeneratorExp { elt, generators } => {
                format!("GeneratorExp{rr}({},{})", expr(elt), list(generators, comp))
            }
            ExprKind::DictComp { key, value, generators } => {
                format!("DictComp{rr}({},{},{})", expr(key), expr(value), list(generators, comp))
            }
            ExprKind::Yield(v) => format!("Yield{rr}({})", optb(v)),
            ExprKind::YieldFrom(v) => format!("YieldFrom{rr}({})", expr(v)),
            ExprKind::Await(v) => format!("Await{rr}({})", expr(v)),
            ExprKind::NamedExpr { target, value } => format!("Named{rr}({},{})", expr(target), expr(value)),
        }
    }
}

#[test]
#[ignore]
fn measure_stack() {
    for (name, open, close) in [
        ("paren", "(", ")"),
        ("neg", "-", ""),
        ("list", "[", "]"),
        ("call", "f(", ")"),
        ("not", "not ", ""),
        ("lambda", "lambda:", ""),
        ("pow", "2**", ""),
        ("ifexp", "a if b else ", ""),
        ("fstring", "f'{", "}'"),
    ] {
        for depth in [50usize, 100] {
            let src = format!("x = {}1{}", open.repeat(depth), close.repeat(depth));
            let used = std::thread::Builder::new()
                .stack_size(64 << 20)
                .spawn(move || {
                    let marker = 0u8;
                    let top = &marker as *const u8 as usize;
                    crate::engine::syntax::parser::STACK_LOW.with(|c| c.set(usize::MAX));
                    let ok = parse(&src).is_ok();
                    (top - crate::engine::syntax::parser::STACK_LOW.with(|c| c.get()), ok)
                })
                .unwrap()
                .join()
                .unwrap();
            eprintln!("{name} depth {depth}: {} bytes per level {:?}", used.0, (used.0 / depth, used.1));
        }
    }
    for depth in [50usize, 99] {
        let src: String =
            (0..depth).map(|i| format!("{}if x:\n", " ".repeat(i))).collect::<String>() + &" ".repeat(depth) + "(1)\n";
        let used = std::thread::Builder::new()
            .stack_size(64 << 20)
            .spawn(move || {
                let marker = 0u8;
                let top = &marker as *const u8 as usize;
                crate::engine::syntax::parser::STACK_LOW.with(|c| c.set(usize::MAX));
                let ok = parse(&src).is_ok();
                (top - crate::engine::syntax::parser::STACK_LOW.with(|c| c.get()), ok)
            })
            .unwrap()
            .join()
            .unwrap();
        eprintln!("blocks depth {depth}: {} bytes per level {:?}", used.0, (used.0 / depth, used.1));
    }
}

#[test]
#[ignore]
fn sizes() {
    eprintln!(
        "Expr {} ExprKind {} PResult<Expr> {} SyntaxError {} Constant {} Token {}",
        std::mem::size_of::<ast::Expr>(),
        std::mem::size_of::<ast::ExprKind>(),
        std::mem::size_of::<Result<ast::Expr, SyntaxError>>(),
        std::mem::size_of::<SyntaxError>(),
        std::mem::size_of::<ast::Constant>(),
        std::mem::size_of::<crate::engine::syntax::lexer::Token>()
    );
}
