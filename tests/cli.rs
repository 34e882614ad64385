//! End-to-end tests of the native CLI, `threadplay run FILE.py`: it prints what the program
//! prints, exits with its status, overrides `daemon` on request, adds a timeline with `--trace`,
//! and answers bad command lines with its usage and status 2.
//!
//! Snapshots (insta) cover the usage text and the `--trace` timeline, which CPython cannot
//! produce; after a deliberate change, review them with
//! `INSTA_UPDATE=always cargo test --test cli` and `git diff tests/snapshots/`.

use std::path::{Path, PathBuf};
use std::process::Command;

/// What one run of the binary gave.
struct Output {
    stdout: String,
    stderr: String,
    status: i32,
}

fn threadplay(args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_threadplay"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the threadplay binary runs");
    Output {
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
        status: out.status.code().expect("threadplay exits with a status, not a signal"),
    }
}

/// A script written to the test's scratch directory; returns its path.
fn script(name: &str, source: &str) -> PathBuf {
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, source).expect("scratch directory is writable");
    path
}

fn golden(name: &str, suffix: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs").join(format!("{name}.{suffix}")),
    )
    .expect("golden file exists")
}

#[test]
fn no_arguments_print_the_usage_with_status_2() {
    let out = threadplay(&[]);
    assert_eq!(out.status, 2);
    assert_eq!(out.stdout, "");
    insta::assert_snapshot!("usage_without_arguments", out.stderr);
}

#[test]
fn help_prints_the_usage_on_stdout() {
    for flag in ["--help", "-h"] {
        let out = threadplay(&[flag]);
        assert_eq!(out.status, 0, "{flag}");
        assert_eq!(out.stderr, "", "{flag}");
        assert!(out.stdout.starts_with("usage: threadplay run FILE.py"), "{flag}: {}", out.stdout);
        assert!(out.stdout.contains("--daemon=true|false") && out.stdout.contains("--max-steps=N"));
    }
}

#[test]
fn bad_command_lines_print_what_is_wrong_and_the_usage() {
    let cases: [(&[&str], &str); 6] = [
        (&["run"], "no script given: which FILE.py should run?"),
        (&["start", "x.py"], "unknown command 'start' (the commands are 'run' and 'explore')"),
        (&["run", "x.py", "--fast"], "unknown option '--fast'"),
        (&["run", "x.py", "--daemon=maybe"], "--daemon takes true or false, not 'maybe'"),
        (&["run", "x.py", "--max-steps=-5"], "--max-steps takes a positive whole number, not '-5'"),
        (&["run", "a.py", "b.py"], "only one script can be run, but 'b.py' was given too"),
    ];
    for (args, message) in cases {
        let out = threadplay(args);
        assert_eq!(out.status, 2, "{args:?}");
        assert_eq!(out.stdout, "", "{args:?}");
        assert!(out.stderr.starts_with(&format!("threadplay: {message}\n\nusage: ")), "{args:?}: {}", out.stderr);
    }
}

#[test]
fn a_missing_file_is_reported_with_status_2() {
    let out = threadplay(&["run", "tests/programs/no_such_script.py"]);
    assert_eq!(out.status, 2);
    assert_eq!(out.stdout, "");
    assert!(
        out.stderr
            .starts_with("threadplay: can't open file 'tests/programs/no_such_script.py': No such file or directory\n"),
        "{}",
        out.stderr
    );
}

#[test]
fn runs_the_daemon_lesson_as_cpython_does() {
    let out = threadplay(&["run", "tests/programs/daemon__lesson_false.py"]);
    assert_eq!(
        (out.stdout.as_str(), out.stderr.as_str(), out.status),
        (golden("daemon__lesson_false", "stdout").as_str(), "", 0)
    );
    let out = threadplay(&["run", "tests/programs/daemon__lesson_true.py"]);
    assert_eq!(
        (out.stdout.as_str(), out.stderr.as_str(), out.status),
        (golden("daemon__lesson_true", "stdout").as_str(), "", 0)
    );
}

#[test]
fn daemon_option_overrides_the_script() {
    // --daemon=true turns the daemon=False lesson into the daemon=True one, and back.
    let out = threadplay(&["run", "tests/programs/daemon__lesson_false.py", "--daemon=true"]);
    assert_eq!(out.stdout, golden("daemon__lesson_true", "stdout"));
    assert_eq!(out.status, 0);
    let out = threadplay(&["run", "--daemon=false", "tests/programs/daemon__lesson_true.py"]);
    assert_eq!(out.stdout, golden("daemon__lesson_false", "stdout"));
    assert_eq!(out.status, 0);
}

#[test]
fn exit_status_and_tracebacks_use_the_path_as_given() {
    let out = threadplay(&["run", "tests/programs/errors__name_error.py"]);
    assert_eq!(out.status, 1);
    assert_eq!(out.stdout, "start\n");
    assert!(out.stderr.starts_with("Traceback (most recent call last):\n"), "{}", out.stderr);
    assert!(
        out.stderr.contains("  File \"tests/programs/errors__name_error.py\", line 7, in <module>\n"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.ends_with("NameError: name 'totl_amount' is not defined\n"), "{}", out.stderr);

    let out = threadplay(&["run", "tests/programs/exit__code.py"]);
    assert_eq!((out.stdout.as_str(), out.status), ("before exit\nfinally runs\n", 3));
}

#[test]
fn max_steps_stops_a_runaway_loop_with_status_124() {
    let path = script("forever.py", "print(\"looping\")\nn = 0\nwhile True:\n    n += 1\n");
    let out = threadplay(&["run", path.to_str().unwrap(), "--max-steps=10000"]);
    assert_eq!(out.stdout, "looping\n");
    assert_eq!(out.status, 124, "stderr: {}", out.stderr);
    assert!(!out.stderr.is_empty(), "the budget stop is explained on stderr");
}

#[test]
fn trace_prints_the_timeline_after_the_programs_stderr() {
    let source = "\
import sys
import threading
import time


def worker(n):
    print(\"worker\", n, \"started\")
    time.sleep(10)
    print(\"worker\", n, \"ended\", file=sys.stderr)


t = threading.Thread(target=worker, args=(1,))
t.start()
print(\"main ended\")
";
    let path = script("trace_lesson.py", source);
    let plain = threadplay(&["run", path.to_str().unwrap()]);
    let traced = threadplay(&["run", "--trace", path.to_str().unwrap()]);
    assert_eq!(traced.stdout, plain.stdout, "--trace leaves stdout alone");
    assert_eq!(traced.status, plain.status);
    let timeline = traced.stderr.strip_prefix(plain.stderr.as_str()).expect("the program's stderr comes first");
    assert!(timeline.starts_with("--- threadplay trace: virtual time, thread, event ---\n"), "{timeline}");
    insta::assert_snapshot!("trace_of_the_lesson", timeline);
}

mod common;

#[test]
fn a_random_schedule_prints_its_token_and_the_token_replays_it() {
    let path = script("cli_race.py", &common::race(100));
    let file = path.to_str().unwrap_or_default();
    let mut seen = std::collections::BTreeSet::new();
    for seed in 0..30 {
        let seed = seed.to_string();
        let first = threadplay(&["run", file, "--schedule", "random", "--seed", &seed, "--print-schedule"]);
        let token = first.stderr.lines().last().and_then(|l| l.strip_prefix("schedule: ")).unwrap_or_default();
        assert!(token.starts_with("1.c.u"), "{}", first.stderr);
        let again = threadplay(&["run", file, "--replay", token, "--print-schedule"]);
        assert_eq!((again.stdout.as_str(), again.stderr.as_str()), (first.stdout.as_str(), first.stderr.as_str()));
        seen.insert(first.stdout);
    }
    assert!(seen.len() > 1, "random schedules print more than one outcome: {seen:?}");
    let bad = threadplay(&["run", file, "--replay", "1.i.u"]);
    assert_eq!(bad.status, 2);
    // PCT too prints a token that replays its run.
    let pct = threadplay(&["run", file, "--schedule", "pct", "--seed", "5", "--print-schedule"]);
    let token = pct.stderr.lines().last().and_then(|l| l.strip_prefix("schedule: ")).unwrap_or_default();
    let again = threadplay(&["run", file, "--replay", token]);
    assert_eq!((pct.status, again.stdout.as_str()), (0, pct.stdout.as_str()));
}

#[test]
fn explore_lists_each_outcome_with_a_command_that_replays_it() {
    let path = script("cli_explore.py", &common::race(3));
    let file = path.to_str().unwrap_or_default();
    let out = threadplay(&["explore", file, "--bound", "1"]);
    assert_eq!(out.status, 0, "{}", out.stderr);
    let last = out.stdout.lines().last().unwrap_or_default();
    assert!(last.ends_with("distinct outcomes, all schedules with at most 1 changes from the default tried"), "{last}");
    assert!(out.stdout.starts_with("== "), "{}", out.stdout);
    let replays: Vec<&str> = out.stdout.lines().filter_map(|l| l.strip_prefix("replay: ")).collect();
    assert!(replays.len() > 1, "{}", out.stdout);
    for command in replays {
        let words: Vec<&str> = command.split(' ').collect();
        assert_eq!(&words[..3], ["threadplay", "run", file]);
        assert_eq!(threadplay(&words[1..]).status, 0);
    }
    let json = threadplay(&["explore", file, "--runs", "20", "--seed", "3", "--json"]);
    assert!(json
        .stdout
        .starts_with("{\"runs\": 20, \"exhaustive\": false, \"bound\": null, \"outcomes\": [{\"count\": "));
    assert!(json
        .stdout
        .contains("\"stop\": \"normal\", \"stdout\": \"6\\n\", \"stderr\": \"\", \"schedule\": \"1.c.u"));
    let one = threadplay(&["explore", file, "--bound", "0"]);
    assert!(one
        .stdout
        .ends_with("1 run, 1 distinct outcome, all schedules with at most 0 changes from the default tried\n"));
}
