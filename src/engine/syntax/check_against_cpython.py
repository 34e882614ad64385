#!/usr/bin/env python3
"""Checks the parser against CPython 3.11 (run by hand; needs `python3` 3.11 and cargo).

    python3 src/engine/syntax/check_against_cpython.py snapshots
        Runs every source in the error snapshots (snapshots/*errors*.snap) with python3 and
        compares its stderr with the snapshot (CPython's absolute path read as `main.py`).
    python3 src/engine/syntax/check_against_cpython.py dir DIR
        For every DIR/*.py: compares our rendered error, or our tree (printed by the ignored
        tests `tools::render_directory` / `tools::dump_directory`), with CPython's.
"""
import ast, os, re, struct, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))


# A `sitecustomize` that stops python3 right after compiling the script, before running it:
# syntax errors are printed exactly as `python3 FILE` prints them, and nothing runs.
NO_EXEC = tempfile.mkdtemp()
with open(os.path.join(NO_EXEC, "sitecustomize.py"), "w") as f:
    f.write(
        "import os, sys\n"
        "def _hook(event, args):\n"
        "    if event == 'exec' and getattr(args[0], 'co_filename', '') == os.environ['CHECK_MAIN']:\n"
        "        os._exit(0)\n"
        "sys.addaudithook(_hook)\n"
    )


def compile_only(path):
    env = dict(os.environ, PYTHONPATH=NO_EXEC, CHECK_MAIN=path)
    return subprocess.run(["python3", path], capture_output=True, text=True, timeout=10, env=env).stderr


def cpython_stderr(src):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "main.py")
        with open(path, "w", newline="") as f:
            f.write(src)
        return compile_only(path).replace(path, "main.py")


def rust_str(lit):
    """Decodes a Rust `{:?}` string literal."""
    out, i = [], 1
    while i < len(lit) - 1:
        c = lit[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        n = lit[i + 1]
        if n == "u":
            j = lit.index("}", i)
            out.append(chr(int(lit[i + 3:j], 16)))
            i = j + 1
            continue
        out.append({"n": "\n", "t": "\t", "r": "\r", "0": "\0", "\\": "\\", "'": "'", '"': '"'}[n])
        i += 2
    return "".join(out)


def check_snapshots():
    bad = total = 0
    for name in sorted(os.listdir(os.path.join(HERE, "snapshots"))):
        if "__errors__" not in name:
            continue
        text = open(os.path.join(HERE, "snapshots", name)).read().split("---\n", 2)[2]
        for case in re.split(r"^----- ", text, flags=re.M)[1:]:
            lit, _, expected = case.partition("\n")
            src = rust_str(lit)
            total += 1
            got = cpython_stderr(src)
            if got != expected:
                bad += 1
                print(f"--- {name}: {lit}\nsnapshot:\n{expected}python3:\n{got}")
    print(f"{total - bad}/{total} snapshot cases print what python3 prints")
    return bad == 0


# ---- trees, printed as tools::dump prints ours ----

def dump_module(src_bytes):
    starts = [0]
    for i, b in enumerate(src_bytes):
        if b == 10:
            starts.append(i + 1)

    def r(n):
        return f"@{starts[n.lineno - 1] + n.col_offset}:{starts[n.end_lineno - 1] + n.end_col_offset}"

    def L(xs):
        return "[" + ",".join(xs) + "]"

    def o(x):
        return "None" if x is None else d(x)

    def op(x):
        return type(x).__name__

    def const(v):
        if v is None or v is True or v is False or v is Ellipsis:
            return repr(v)
        if isinstance(v, int):
            return str(v)
        if isinstance(v, float):
            return "f" + struct.pack(">d", v).hex()
        if isinstance(v, complex):
            return "j" + struct.pack(">d", v.imag).hex()
        if isinstance(v, str):
            return "s" + v.encode("utf-8", "surrogatepass").hex()
        return "b" + v.hex()

    def args(a):
        pos = a.posonlyargs + a.args
        defaults = [None] * (len(pos) - len(a.defaults)) + a.defaults

        def p(x, dflt):
            return f"{x.arg}:{o(x.annotation)}={o(dflt)}"

        po = [p(x, defaults[i]) for i, x in enumerate(a.posonlyargs)]
        ar = [p(x, defaults[len(a.posonlyargs) + i]) for i, x in enumerate(a.args)]
        va = p(a.vararg, None) if a.vararg else "None"
        kw = [p(x, a.kw_defaults[i]) for i, x in enumerate(a.kwonlyargs)]
        ka = p(a.kwarg, None) if a.kwarg else "None"
        return f"Args({L(po)},{L(ar)},{va},{L(kw)},{ka})"

    def fparts(values):
        out = []
        for v in values:
            if isinstance(v, ast.Constant):
                out.append("L" + v.value.encode("utf-8", "surrogatepass").hex())
            else:
                conv = "None" if v.conversion == -1 else chr(v.conversion)
                spec = "None" if v.format_spec is None else fparts(v.format_spec.values)
                out.append(f"F({d(v.value)},{conv},{spec})")
        return L(out)

    def comp(g):
        return f"comp({d(g.target)},{d(g.iter)},{L(map(d, g.ifs))},{int(bool(g.is_async))})"

    def kw(k):
        return f"kw({k.arg},{d(k.value)})"

    def d(n):
        t = type(n).__name__
        B = lambda xs: L(map(d, xs))
        R = r(n)
        if isinstance(n, ast.stmt):
            if t == "Expr": return f"Expr{R}({d(n.value)})"
            if t == "Assign": return f"Assign{R}({B(n.targets)},{d(n.value)})"
            if t == "AugAssign": return f"AugAssign{R}({d(n.target)},{op(n.op)},{d(n.value)})"
            if t == "AnnAssign": return f"AnnAssign{R}({d(n.target)},{d(n.annotation)},{o(n.value)})"
            if t in ("Pass", "Break", "Continue"): return f"{t}{R}()"
            if t == "Return": return f"Return{R}({o(n.value)})"
            if t in ("If", "While"): return f"{t}{R}({d(n.test)},{B(n.body)},{B(n.orelse)})"
            if t in ("For", "AsyncFor"):
                return f"For{R}({d(n.target)},{d(n.iter)},{B(n.body)},{B(n.orelse)},{int(t == 'AsyncFor')})"
            if t in ("FunctionDef", "AsyncFunctionDef"):
                return f"Def{R}({n.name},{args(n.args)},{B(n.body)},{B(n.decorator_list)},{o(n.returns)},{int(t != 'FunctionDef')})"
            if t == "ClassDef":
                return f"Class{R}({n.name},{B(n.bases)},{L(map(kw, n.keywords))},{B(n.body)},{B(n.decorator_list)})"
            if t in ("Try", "TryStar"):
                hs = L(f"Handler{r(h)}({o(h.type)},{h.name},{B(h.body)})" for h in n.handlers)
                return f"Try{R}({B(n.body)},{hs},{B(n.orelse)},{B(n.finalbody)},{int(t == 'TryStar')})"
            if t == "Raise": return f"Raise{R}({o(n.exc)},{o(n.cause)})"
            if t in ("Global", "Nonlocal"): return f"{t}{R}({','.join(n.names)})"
            if t == "Import": return f"Import{R}({L(f'{a.name} as {a.asname}' for a in n.names)})"
            if t == "ImportFrom":
                return f"ImportFrom{R}({n.module},{L(f'{a.name} as {a.asname}' for a in n.names)},{n.level})"
            if t in ("With", "AsyncWith"):
                items = L(f"Item({d(i.context_expr)},{o(i.optional_vars)})" for i in n.items)
                return f"With{R}({items},{B(n.body)},{int(t == 'AsyncWith')})"
            if t == "Assert": return f"Assert{R}({d(n.test)},{o(n.msg)})"
            if t == "Delete": return f"Delete{R}({B(n.targets)})"
            if t == "Match": return f"Match{R}"
            return "?" + t
        if t == "Name": return f"Name{R}({n.id})"
        if t == "Constant": return f"Const{R}({const(n.value)})"
        if t == "JoinedStr": return f"FStr{R}({fparts(n.values)})"
        if t == "BinOp": return f"BinOp{R}({d(n.left)},{op(n.op)},{d(n.right)})"
        if t == "UnaryOp": return f"Unary{R}({op(n.op)},{d(n.operand)})"
        if t == "BoolOp": return f"BoolOp{R}({op(n.op)},{B(n.values)})"
        if t == "Compare": return f"Compare{R}({d(n.left)},{L(map(op, n.ops))},{B(n.comparators)})"
        if t == "Call": return f"Call{R}({d(n.func)},{B(n.args)},{L(map(kw, n.keywords))})"
        if t == "Attribute": return f"Attr{R}({d(n.value)},{n.attr})"
        if t == "Subscript": return f"Sub{R}({d(n.value)},{d(n.slice)})"
        if t == "Slice": return f"Slice{R}({o(n.lower)},{o(n.upper)},{o(n.step)})"
        if t in ("List", "Tuple", "Set"): return f"{t}{R}({B(n.elts)})"
        if t == "Dict": return f"Dict{R}({L(map(o, n.keys))},{B(n.values)})"
        if t == "Starred": return f"Star{R}({d(n.value)})"
        if t == "IfExp": return f"IfExp{R}({d(n.test)},{d(n.body)},{d(n.orelse)})"
        if t == "Lambda": return f"Lambda{R}({args(n.args)},{d(n.body)})"
        if t in ("ListComp", "SetComp", "GeneratorExp"): return f"{t}{R}({d(n.elt)},{L(map(comp, n.generators))})"
        if t == "DictComp": return f"DictComp{R}({d(n.key)},{d(n.value)},{L(map(comp, n.generators))})"
        if t == "Yield": return f"Yield{R}({o(n.value)})"
        if t == "YieldFrom": return f"YieldFrom{R}({d(n.value)})"
        if t == "Await": return f"Await{R}({d(n.value)})"
        if t == "NamedExpr": return f"Named{R}({d(n.target)},{d(n.value)})"
        return "?" + t

    return "\n".join(d(s) for s in ast.parse(src_bytes).body) + "\n"


def check_dir(d):
    env = dict(os.environ, THREADPLAY_PARSE_DIR=os.path.abspath(d))
    env.setdefault("CARGO_TARGET_DIR", "/tmp/target-parser")
    for test in ("render_directory", "dump_directory"):
        subprocess.run(["cargo", "test", "--lib", "-q", f"engine::syntax::tests::tools::{test}", "--", "--ignored"],
                       cwd=ROOT, env=env, check=True, capture_output=True)
    bad = total = 0
    for name in sorted(os.listdir(d)):
        if not name.endswith(".py"):
            continue
        total += 1
        path = os.path.join(os.path.abspath(d), name)
        src = open(path, "rb").read()
        stderr = compile_only(path)
        if "Error: " in stderr:
            got, expected = open(path + ".rs").read(), stderr
        else:
            got, expected = open(path + ".dump").read(), dump_module(src)
        if got != expected:
            bad += 1
            print(f"--- {name}\nours:\n{got}python3:\n{expected}")
    print(f"{total - bad}/{total} files agree with python3")
    return bad == 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["snapshots"]:
        ok = check_snapshots()
    elif sys.argv[1:2] == ["dir"] and len(sys.argv) == 3:
        ok = check_dir(sys.argv[2])
    else:
        sys.exit(__doc__)
    sys.exit(0 if ok else 1)
