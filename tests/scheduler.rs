//! What CPython cannot show: the virtual clock, scheduling order, deadlock and budget reports,
//! and the recorded trace. (What CPython can show is covered by the golden programs.)

use threadplay::engine::trace::{Exit, StepKind, ThreadState};
use threadplay::engine::{run, Run, Settings};

fn go(src: &str) -> Run {
    run(src, &Settings { filename: "t.py".into(), ..Settings::default() })
}

#[test]
fn sleep_advances_virtual_clock_not_real_time() {
    let r = go("import time\nt0 = time.monotonic()\ntime.sleep(10)\nprint(round(time.monotonic() - t0, 3))\n");
    assert_eq!(r.stdout(), "10.0\n");
    assert_eq!(r.exit, Exit::Status(0));
    let last = r.trace.steps.last().map(|s| s.time).unwrap_or(0);
    assert!(last >= 10_000_000_000, "trace ends at {last} ns");
}

#[test]
fn repeated_sleeps_add_no_rounding_error() {
    let r = go("import time\nt0 = time.time()\nfor _ in range(1000):\n    time.sleep(0.001)\nprint(time.time() - t0 < 1.001)\n");
    assert_eq!(r.stdout(), "True\n");
}

#[test]
fn daemon_worker_is_stopped_at_exit_and_its_last_line_never_printed() {
    let src = "import threading, time\ndef worker():\n    print('start')\n    time.sleep(10)\n    print('end')\nt = threading.Thread(target=worker, daemon=True)\nt.start()\nprint('main done')\n";
    let r = go(src);
    assert_eq!(r.stdout(), "start\nmain done\n");
    let stopped = r
        .trace
        .steps
        .iter()
        .any(|s| s.thread == 1 && matches!(&s.kind, StepKind::State { state: ThreadState::StoppedAtExit }));
    assert!(stopped, "the daemon thread is marked stopped at exit");
    let with_switch = run(src, &Settings { daemon_override: Some(false), ..Settings::default() });
    assert_eq!(with_switch.stdout(), "start\nmain done\nend\n");
}

#[test]
fn deadlock_is_detected_and_explained() {
    let src = "import threading\na = threading.Lock()\nb = threading.Lock()\ndef one():\n    with a:\n        import time\n        time.sleep(0.1)\n        with b:\n            pass\ndef two():\n    with b:\n        import time\n        time.sleep(0.1)\n        with a:\n            pass\nt1 = threading.Thread(target=one)\nt2 = threading.Thread(target=two)\nt1.start(); t2.start()\nt1.join(); t2.join()\n";
    let r = go(src);
    assert_eq!(r.exit, Exit::Deadlock);
    assert_eq!(r.exit.code(), 125);
    assert!(r.stderr().contains("deadlock"), "{}", r.stderr());
    assert!(
        r.stderr().contains("Thread-1 (one) waits for the Lock created at line 3, held by Thread-2 (two)"),
        "{}",
        r.stderr()
    );
    assert!(r.stderr().contains("MainThread waits for Thread-1 (one) to finish"), "{}", r.stderr());
}

#[test]
fn endless_loop_stops_at_the_budget_with_a_message() {
    let r = run("while True:\n    pass\n", &Settings { max_instructions: 100_000, ..Settings::default() });
    assert_eq!(r.exit, Exit::StepBudget);
    assert_eq!(r.exit.code(), 124);
    assert!(r.stderr().contains("may loop forever"), "{}", r.stderr());
}

#[test]
fn busy_wait_on_time_time_ends() {
    let r = go("import time\nend = time.time() + 0.01\nn = 0\nwhile time.time() < end:\n    n += 1\nprint(n > 0)\n");
    assert_eq!(r.stdout(), "True\n");
}

#[test]
fn unsynchronised_counter_is_exact_as_in_cpython_311() {
    let src = "import threading\ncounter = 0\ndef work():\n    global counter\n    for _ in range(100000):\n        counter += 1\nts = [threading.Thread(target=work) for _ in range(4)]\nfor t in ts: t.start()\nfor t in ts: t.join()\nprint(counter)\n";
    assert_eq!(go(src).stdout(), "400000\n");
}

#[test]
fn same_script_same_trace() {
    let src = "import threading, time\ndef w(n):\n    for i in range(3):\n        time.sleep(0.01 * n)\n        print(n, i)\nts = [threading.Thread(target=w, args=(k,)) for k in range(1, 4)]\nfor t in ts: t.start()\nfor t in ts: t.join()\n";
    let a = go(src);
    let b = go(src);
    assert_eq!(a.trace, b.trace);
    assert!(a.trace.len() > 20);
}

#[test]
fn line_steps_are_recorded_per_thread() {
    let r = go("x = 1\ny = 2\nprint(x + y)\n");
    let lines: Vec<u32> = r
        .trace
        .steps
        .iter()
        .filter_map(|s| if let StepKind::Line { line } = s.kind { Some(line) } else { None })
        .collect();
    assert_eq!(lines, vec![1, 2, 3]);
}

#[test]
fn a_failing_thread_does_not_stop_the_others() {
    let r = go("import threading\ndef bad():\n    1/0\nt = threading.Thread(target=bad)\nt.start()\nt.join()\nprint('still here')\n");
    assert_eq!(r.stdout(), "still here\n");
    assert!(r.stderr().starts_with("Exception in thread Thread-1 (bad):\nTraceback"), "{}", r.stderr());
    assert_eq!(r.exit, Exit::Status(0));
}

#[test]
fn deep_recursion_is_a_recursion_error_not_a_crash() {
    let r = go("def f(n):\n    return f(n + 1)\nf(0)\n");
    assert!(r.stderr().contains("RecursionError: maximum recursion depth exceeded"), "{}", r.stderr());
    assert_eq!(r.exit, Exit::Status(1));
}

#[test]
fn huge_output_is_capped() {
    let r = run(
        "while True:\n    print('x' * 1000)\n",
        &Settings { max_output_bytes: 10_000, max_instructions: 1_000_000, ..Settings::default() },
    );
    assert!(r.stdout().len() <= 10_000);
    assert!(r.stderr().contains("output stopped"), "{}", r.stderr());
}

#[test]
fn running_in_slices_records_the_same_trace_as_one_run() {
    use threadplay::engine::Session;
    let src = "\
import threading, time
counter = 0
def work(n):
    global counter
    for i in range(20000):
        counter += 1
    time.sleep(0.01 * n)
    print('worker', n, 'done')
ts = [threading.Thread(target=work, args=(n,)) for n in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter)
";
    let settings = Settings { filename: "t.py".into(), ..Settings::default() };
    let whole = run(src, &settings);
    for slice in [1, 7, 1000, 33_333] {
        let mut session = Session::new(src, &settings);
        let mut calls = 0;
        while !session.advance(slice) {
            calls += 1;
        }
        assert!(calls > 0 || slice > 100_000, "slice {slice} paused at least once");
        let sliced = session.into_run();
        assert_eq!(sliced.exit, whole.exit, "slice {slice}");
        assert_eq!(sliced.trace, whole.trace, "slice {slice}");
    }
}

#[test]
fn a_long_loop_stops_recording_lines_but_keeps_output_and_events() {
    let src = "total = 0\nfor i in range(100000):\n    total += i\nprint(total)\n";
    let r = run(src, &Settings { max_trace_steps: 5000, ..Settings::default() });
    assert_eq!(r.stdout(), "4999950000\n");
    assert_eq!(r.trace.lines_cut_at, Some(5000));
    assert!(r.trace.steps.len() < 5100, "{} steps", r.trace.steps.len());
    assert!(matches!(r.trace.steps.last().map(|s| &s.kind), Some(StepKind::Exit { .. })));
}

#[test]
fn a_loop_that_only_sleeps_stops_at_the_step_limit() {
    let src = "import time\nwhile True:\n    time.sleep(1)\n";
    let r = run(src, &Settings { max_steps: 10_000, ..Settings::default() });
    assert_eq!(r.exit, Exit::StepBudget);
    assert!(r.trace.steps.len() <= 10_010, "{} steps", r.trace.steps.len());
    assert!(r.stderr().contains("stopped after recording 100"), "{}", r.stderr());
    assert!(r.stderr().contains("(MainThread was at line 3)"), "{}", r.stderr());
}

#[test]
fn sleeps_that_together_pass_2_63_ns_stop_the_run_instead_of_overflowing_the_clock() {
    // Each sleep is valid (under 2^63 ns); the second would wake past the clock's limit.
    let src = "\
import time
time.sleep(9.2e9)
print(time.monotonic_ns() > 0, time.time_ns() > 9 * 10**18)
time.sleep(9.2e9)
print('never')
";
    let r = go(src);
    assert_eq!(r.stdout(), "True True\n");
    assert_eq!(r.exit, Exit::StepBudget);
    assert!(r.stderr().contains("past 2^63 ns (292 years), the longest time CPython can count"), "{}", r.stderr());
    // A timeout that would end past the limit is the same stop, not a wrapped clock.
    let r = go(
        "import threading, time\ntime.sleep(9e9)\nl = threading.Lock()\nl.acquire()\nprint(l.acquire(timeout=9e9))\n",
    );
    assert_eq!(r.exit, Exit::StepBudget);
    assert_eq!(r.stdout(), "");
}
