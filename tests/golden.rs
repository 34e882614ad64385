//! Golden tests: every `tests/programs/<area>__<case>.py` runs on threadplay and must print what
//! CPython 3.11 printed for it: the `.stdout`, `.stderr` and `.status` files beside the script,
//! written by `scripts/gen_goldens.py` (never by hand). Both sides pass through the one
//! normalisation in `tests/normalise.rules`. A `<name>.sorted` file means CPython printed the
//! lines in varying orders, so the sorted lines of each stream are compared.
//!
//! Every failing program is reported in one failure, with a diff per stream, so the whole
//! picture is visible at once. `GOLDEN_FILTER=join,daemon__lesson` runs only the programs whose
//! name contains one of the comma-separated parts. Scripts in `tests/programs/pending/` are
//! not run: they use features of later issues.

use std::fmt::Write as _;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use regex::Regex;
use threadplay::engine::{self, Settings};

/// One line of `tests/normalise.rules`.
enum Rule {
    /// Replace every match in the whole text (`${1}` refers to a group).
    Replace(Regex, String),
    /// Drop every line in which the regex matches.
    Drop(Regex),
}

fn rules() -> Vec<Rule> {
    let text = include_str!("normalise.rules");
    let mut rules = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let regex =
            |pattern: &str| Regex::new(pattern).unwrap_or_else(|e| panic!("tests/normalise.rules:{}: {e}", i + 1));
        rules.push(match fields.as_slice() {
            ["replace", pattern] => Rule::Replace(regex(pattern), String::new()),
            ["replace", pattern, replacement] => Rule::Replace(regex(pattern), replacement.to_string()),
            ["drop", pattern] => Rule::Drop(regex(pattern)),
            _ => panic!("tests/normalise.rules:{}: bad rule {line:?}", i + 1),
        });
    }
    rules
}

fn normalise(text: &str, rules: &[Rule]) -> String {
    let mut text = text.to_string();
    for rule in rules {
        text = match rule {
            Rule::Replace(regex, replacement) => regex.replace_all(&text, replacement.as_str()).into_owned(),
            Rule::Drop(regex) => text.split('\n').filter(|line| !regex.is_match(line)).collect::<Vec<_>>().join("\n"),
        };
    }
    text
}

fn programs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("programs")
}

/// The names (without `.py`) of the golden programs, sorted.
fn program_names() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(programs_dir())
        .expect("tests/programs exists")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter_map(|file| file.strip_suffix(".py").map(str::to_string))
        .filter(|name| name.contains("__"))
        .collect();
    names.sort();
    names
}

/// What CPython printed for one program.
struct Expected {
    stdout: String,
    stderr: String,
    status: i32,
    sorted: bool,
}

fn expected(name: &str) -> Result<Expected, String> {
    let dir = programs_dir();
    let read = |suffix: &str| {
        std::fs::read_to_string(dir.join(format!("{name}.{suffix}")))
            .map_err(|e| format!("cannot read {name}.{suffix} ({e}): run `python3 scripts/gen_goldens.py {name}`"))
    };
    let status = read("status")?;
    Ok(Expected {
        stdout: read("stdout")?,
        stderr: read("stderr")?,
        status: status.trim().parse().map_err(|_| format!("{name}.status is not a number: {status:?}"))?,
        sorted: dir.join(format!("{name}.sorted")).exists(),
    })
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "(no message)".into()
    }
}

/// Runs one program and returns what differs from CPython, or None if nothing does.
fn check(name: &str, rules: &[Rule]) -> Option<String> {
    let expected = match expected(name) {
        Ok(e) => e,
        Err(message) => return Some(message),
    };
    let source = match std::fs::read_to_string(programs_dir().join(format!("{name}.py"))) {
        Ok(s) => s,
        Err(e) => return Some(format!("cannot read {name}.py: {e}")),
    };
    let settings = Settings { filename: format!("{name}.py"), ..Default::default() };
    let run = match catch_unwind(AssertUnwindSafe(|| engine::run(&source, &settings))) {
        Ok(run) => run,
        Err(payload) => return Some(format!("the engine panicked: {}", panic_message(payload.as_ref()))),
    };
    let mut report = String::new();
    let status = run.exit.code();
    if status != expected.status {
        let _ = writeln!(report, "status: CPython {}, threadplay {status} ({:?})", expected.status, run.exit);
    }
    let streams = [("stdout", &expected.stdout, run.stdout()), ("stderr", &expected.stderr, run.stderr())];
    for (stream, want, got) in streams {
        let got = normalise(got, rules);
        let (mut want_lines, mut got_lines) = (lines(want), lines(&got));
        if expected.sorted {
            want_lines.sort();
            got_lines.sort();
        }
        if want_lines != got_lines {
            let sorted = if expected.sorted { ", lines sorted" } else { "" };
            let _ = writeln!(report, "{stream} differs (- CPython, + threadplay{sorted}):");
            report.push_str(&diff(&want_lines, &got_lines));
        }
    }
    (!report.is_empty()).then_some(report)
}

/// The lines of `text`; a last line without a newline is followed by a marker, as in `diff`.
fn lines(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = text.split('\n').map(str::to_string).collect();
    if lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    } else {
        lines.push("\\ no newline at end".into());
    }
    lines
}

/// Longest lines compared by the diff; the rest is summarised, so a runaway output stays readable.
const DIFF_MAX_LINES: usize = 400;
/// Changed lines shown per stream.
const DIFF_MAX_SHOWN: usize = 60;

/// A line diff (longest common subsequence): ` ` kept, `-` only in `a`, `+` only in `b`.
fn diff(a: &[String], b: &[String]) -> String {
    let (a, a_rest) = a.split_at(a.len().min(DIFF_MAX_LINES));
    let (b, b_rest) = b.split_at(b.len().min(DIFF_MAX_LINES));
    let (n, m) = (a.len(), b.len());
    // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
    let mut lcs = vec![vec![0usize; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if a[i] == b[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let mut out = String::new();
    let mut shown = 0;
    let (mut i, mut j) = (0, 0);
    while (i < n || j < m) && shown < DIFF_MAX_SHOWN {
        if i < n && j < m && a[i] == b[j] {
            let _ = writeln!(out, "      {}", a[i]);
            i += 1;
            j += 1;
        } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
            let _ = writeln!(out, "    - {}", a[i]);
            i += 1;
            shown += 1;
        } else {
            let _ = writeln!(out, "    + {}", b[j]);
            j += 1;
            shown += 1;
        }
    }
    let left = (n - i) + (m - j) + a_rest.len() + b_rest.len();
    if left > 0 {
        let _ = writeln!(out, "    … {left} more lines not compared");
    }
    out
}

fn filter() -> Vec<String> {
    std::env::var("GOLDEN_FILTER")
        .unwrap_or_default()
        .split(',')
        .map(|s| s.trim().trim_end_matches(".py").to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

#[test]
fn programs_print_what_cpython_printed() {
    let rules = rules();
    let parts = filter();
    let names: Vec<String> = program_names()
        .into_iter()
        .filter(|n| parts.is_empty() || parts.iter().any(|p| n.contains(p.as_str())))
        .collect();
    assert!(!names.is_empty(), "no golden program matches GOLDEN_FILTER={parts:?}");
    let mut failures = Vec::new();
    let mut failed = Vec::new();
    for name in &names {
        if let Some(report) = check(name, &rules) {
            failures.push(format!("=== {name}  (tests/programs/{name}.py)\n{report}"));
            failed.push(name.as_str());
        }
    }
    if !failures.is_empty() {
        panic!(
            "{} of {} golden programs differ from CPython 3.11:\n\n{}\nfailed: {}\n(GOLDEN_FILTER=name runs a subset)\n",
            failures.len(),
            names.len(),
            failures.join("\n"),
            failed.join(" "),
        );
    }
}

/// The same script and settings give the same trace, step for step.
#[test]
fn a_threaded_program_gives_the_same_trace_twice() {
    for name in ["threads__interleave", "errors__in_thread", "scheduling__unlocked_counter"] {
        let source = std::fs::read_to_string(programs_dir().join(format!("{name}.py"))).unwrap();
        let settings = Settings { filename: format!("{name}.py"), ..Default::default() };
        let first = engine::run(&source, &settings);
        let second = engine::run(&source, &settings);
        assert!(!first.trace.is_empty(), "{name}: the trace records no step");
        if let Some(k) = (0..first.trace.len().max(second.trace.len()))
            .find(|&k| first.trace.steps.get(k) != second.trace.steps.get(k))
        {
            panic!(
                "{name}: the traces differ first at step {k}:\n  {:?}\n  {:?}",
                first.trace.steps.get(k),
                second.trace.steps.get(k)
            );
        }
        assert!(first.trace == second.trace, "{name}: the traces differ outside their steps");
        assert_eq!(first.exit, second.exit, "{name}");
    }
}

/// The committed goldens are already normalised: the Rust reading of the rules agrees with the
/// generator's Python reading on everything CPython printed.
#[test]
fn rules_leave_the_committed_goldens_unchanged() {
    let rules = rules();
    for name in program_names() {
        let expected = expected(&name).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(normalise(&expected.stdout, &rules), expected.stdout, "{name}.stdout");
        assert_eq!(normalise(&expected.stderr, &rules), expected.stderr, "{name}.stderr");
    }
}

#[test]
fn rules_normalise_what_cpython_prints() {
    let cpython = "\
Exception in thread Thread-1 (worker):
Traceback (most recent call last):
  File \"/root/.pyenv/versions/3.11.7/lib/python3.11/threading.py\", line 1045, in _bootstrap_inner
    self.run()
  File \"/root/.pyenv/versions/3.11.7/lib/python3.11/threading.py\", line 982, in run
    self._target(*self._args, **self._kwargs)
  File \"/work/main/tests/programs/x.py\", line 4, in worker
    1/0
    ~^~
ZeroDivisionError: division by zero
<Thread(Thread-2 (sleep), started daemon 139843393251008)> <function f at 0x7f3a2c1b5e40>
  File \"x.py\", line 2
    if x > 1
            ^
0xff ~ ^ is not a caret line
";
    let want = "\
Exception in thread Thread-1 (worker):
Traceback (most recent call last):
  File \"x.py\", line 4, in worker
    1/0
ZeroDivisionError: division by zero
<Thread(Thread-2 (sleep), started daemon IDENT)> <function f at 0xADDR>
  File \"x.py\", line 2
    if x > 1
0xff ~ ^ is not a caret line
";
    assert_eq!(normalise(cpython, &rules()), want);
}

#[test]
fn diff_shows_changed_lines_in_context() {
    let a = lines("one\ntwo\nthree\n");
    let b = lines("one\n2\nthree");
    assert_eq!(diff(&a, &b), "      one\n    - two\n    + 2\n      three\n    + \\ no newline at end\n");
}
