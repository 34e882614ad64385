#!/usr/bin/env python3
"""Generate the expected outputs of the golden programs by running them on CPython 3.11.

Every `tests/programs/<area>__<case>.py` is run with `python3 -I <name>.py` from inside
`tests/programs/` (so `sys.argv[0]` is the bare file name), several times (3 by default, in
parallel across scripts and runs so that their sleeps overlap). Each run's stdout and stderr
are normalised with the rules in `tests/normalise.rules` (the same file `tests/golden.rs`
reads), and the result is written beside the script:

    <name>.stdout   normalised stdout
    <name>.stderr   normalised stderr
    <name>.status   exit status, one decimal number and a newline
    <name>.sorted   present only when the runs printed the same lines in different orders:
                    the golden test then compares the sorted lines of stdout and of stderr
                    (the files hold the first run's order). The mark is sticky: delete the
                    file by hand to have a case judged afresh.

If the runs differ in anything but line order (different values, different status), the
script does not belong in the goldens: nothing is written for it and the generator fails.

The goldens are committed; tests never run this script (CI does not need CPython or its
timing). Scripts under `tests/programs/pending/` are not run.

Usage:
    python3 scripts/gen_goldens.py                 # all programs
    python3 scripts/gen_goldens.py join__timeout   # only these cases (name with or without .py)
    python3 scripts/gen_goldens.py --check         # compare with the committed files, write nothing
    python3 scripts/gen_goldens.py --runs 10       # more runs, to gain confidence in a script
"""

import argparse
import concurrent.futures
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, "tests", "programs")
RULES = os.path.join(ROOT, "tests", "normalise.rules")
EXPECTED_SUFFIXES = (".stdout", ".stderr", ".status", ".sorted")
SORTED_NOTE = (
    "CPython printed these lines in different orders across runs; "
    "the golden test compares sorted lines of stdout and of stderr.\n"
)


def python_replacement(rust_replacement):
    """Translates a Rust `regex` replacement (`${1}`, `$$`) into a Python `re` one."""
    out = []
    i = 0
    text = rust_replacement
    while i < len(text):
        if text.startswith("$$", i):
            out.append("$")
            i += 2
        elif text.startswith("${", i):
            end = text.index("}", i)
            out.append("\\g<" + text[i + 2 : end] + ">")
            i = end + 1
        elif text[i] == "$":
            raise ValueError("write ${N} rather than $N in " + repr(rust_replacement))
        elif text[i] == "\\":
            out.append("\\\\")
            i += 1
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def load_rules(path=RULES):
    """Reads the normalisation rules: a list of ("replace", regex, repl) or ("drop", regex)."""
    rules = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            where = f"{path}:{number}"
            if fields[0] == "replace" and len(fields) in (2, 3):
                repl = fields[2] if len(fields) == 3 else ""
                rules.append(("replace", re.compile(fields[1]), python_replacement(repl)))
            elif fields[0] == "drop" and len(fields) == 2:
                rules.append(("drop", re.compile(fields[1])))
            else:
                raise SystemExit(f"{where}: bad rule {line!r}")
    return rules


def normalise(text, rules):
    for rule in rules:
        if rule[0] == "replace":
            text = rule[1].sub(rule[2], text)
        else:
            text = "\n".join(l for l in text.split("\n") if not rule[1].search(l))
    return text


def sorted_lines(text):
    return sorted(text.split("\n"))


def run_once(python, name, timeout):
    """Runs one script once; returns (stdout, stderr, status) or raises RuntimeError.

    Each run gets an empty temporary directory of its own holding only a copy of the script,
    as threadplay's in-memory file system starts empty: programs that write files cannot meet
    each other's files (runs go in parallel) or the repository's."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LANG": "C.UTF-8",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    with tempfile.TemporaryDirectory(prefix="golden-") as workdir:
        shutil.copyfile(os.path.join(PROGRAMS, name + ".py"), os.path.join(workdir, name + ".py"))
        try:
            proc = subprocess.run(
                [python, "-I", name + ".py"],
                cwd=workdir,
                env=env,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                timeout=timeout,
            )
        except subprocess.TimeoutExpired:
            raise RuntimeError(f"{name}: no exit within {timeout} s")
    if proc.returncode < 0:
        raise RuntimeError(f"{name}: killed by signal {-proc.returncode}")
    return proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"), proc.returncode


def judge(name, runs):
    """Decides how a case is compared from its normalised runs.

    Returns (stdout, stderr, status, is_sorted), or raises RuntimeError when the runs differ in
    more than line order."""
    first = runs[0]
    if all(r == first for r in runs):
        return first + (False,)
    for other in runs[1:]:
        same_lines = (
            other[2] == first[2]
            and sorted_lines(other[0]) == sorted_lines(first[0])
            and sorted_lines(other[1]) == sorted_lines(first[1])
        )
        if not same_lines:
            diff = []
            for label, a, b in [("stdout", first[0], other[0]), ("stderr", first[1], other[1])]:
                diff += difflib.unified_diff(
                    a.split("\n"), b.split("\n"), f"{label} (run 1)", f"{label} (other run)", lineterm=""
                )
            raise RuntimeError(
                f"{name}: CPython's output varies between runs (status {first[2]} vs {other[2]}); "
                "it does not belong in the goldens:\n" + "\n".join(diff)
            )
    return first + (True,)


def expected_path(name, suffix):
    return os.path.join(PROGRAMS, name + suffix)


def read_expected(name):
    def read(suffix):
        try:
            with open(expected_path(name, suffix), encoding="utf-8", newline="") as f:
                return f.read()
        except FileNotFoundError:
            return None

    status = read(".status")
    return read(".stdout"), read(".stderr"), None if status is None else int(status), read(".sorted") is not None


def write_expected(name, stdout, stderr, status, is_sorted):
    for suffix, text in [(".stdout", stdout), (".stderr", stderr), (".status", f"{status}\n")]:
        with open(expected_path(name, suffix), "w", encoding="utf-8", newline="") as f:
            f.write(text)
    marker = expected_path(name, ".sorted")
    if is_sorted:
        with open(marker, "w", encoding="utf-8") as f:
            f.write(SORTED_NOTE)
    elif os.path.exists(marker):
        os.remove(marker)


def all_names():
    return sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith(".py") and "__" in f)


def prune_stale(names):
    """Removes expectation files whose script is gone."""
    keep = set(names)
    for f in sorted(os.listdir(PROGRAMS)):
        stem, suffix = os.path.splitext(f)
        if suffix in EXPECTED_SUFFIXES and stem not in keep:
            print(f"removing stale {f}")
            os.remove(os.path.join(PROGRAMS, f))


def check_python(python):
    out = subprocess.run(
        [python, "-c", "import sys; print(sys.version_info[0], sys.version_info[1])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    if out != ["3", "11"]:
        raise SystemExit(f"{python} is Python {'.'.join(out)}; the goldens are CPython 3.11's")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("names", nargs="*", help="cases to regenerate (default: all)")
    parser.add_argument("--runs", type=int, default=3, help="runs per script (default 3)")
    parser.add_argument("--jobs", type=int, default=8, help="scripts run at once (default 8)")
    parser.add_argument("--timeout", type=float, default=60, help="seconds per run (default 60)")
    parser.add_argument("--python", default="python3", help="the CPython 3.11 to run")
    parser.add_argument("--check", action="store_true", help="compare with the committed files only")
    args = parser.parse_args()

    check_python(args.python)
    rules = load_rules()
    known = all_names()
    names = [n[:-3] if n.endswith(".py") else n for n in args.names] or known
    unknown = [n for n in names if n not in known]
    if unknown:
        raise SystemExit("no such program: " + ", ".join(unknown))

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = {
            name: [pool.submit(run_once, args.python, name, args.timeout) for _ in range(args.runs)]
            for name in names
        }
        failures = []
        marked = []
        changed = []
        for name in names:
            try:
                runs = []
                for future in futures[name]:
                    out, err, status = future.result()
                    runs.append((normalise(out, rules), normalise(err, rules), status))
                stdout, stderr, status, is_sorted = judge(name, runs)
            except (RuntimeError, UnicodeDecodeError) as e:
                failures.append(str(e))
                continue
            old = read_expected(name)
            # A mark is sticky: a racy script that happened to agree this time stays marked.
            is_sorted = is_sorted or old[3]
            if is_sorted:
                marked.append(name)
            new = (stdout, stderr, status, is_sorted)
            if old[3] and old[2] == status:
                same = sorted_lines(old[0] or "") == sorted_lines(stdout) and sorted_lines(
                    old[1] or ""
                ) == sorted_lines(stderr)
            else:
                same = old == new
            if not same:
                changed.append(name)
                if not args.check:
                    write_expected(name, *new)

    if not args.check and not args.names:
        prune_stale(known)
    verb = "differ from the committed files" if args.check else "written"
    print(f"{len(names)} programs, {args.runs} runs each; {len(changed)} {verb}: {', '.join(changed) or '-'}")
    print(f"compared as sorted lines: {', '.join(marked) or '-'}")
    if failures:
        print("\n\n".join(failures), file=sys.stderr)
        raise SystemExit(f"{len(failures)} program(s) failed")
    if args.check and changed:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
