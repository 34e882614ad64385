//! What the step text and the timeline say a waiting thread waits for: the object as the
//! learner's line names it, and never a thread held up by itself.

use threadplay::engine::trace::{StepKind, ThreadState};
use threadplay::engine::{run, Settings};

/// Every distinct "waits for ..." wording of the run, in order, as "NAME: WORDS".
fn waits(src: &str) -> Vec<String> {
    let r = run(src, &Settings { filename: "t.py".into(), ..Settings::default() });
    let mut out: Vec<String> = Vec::new();
    for s in &r.trace.steps {
        if let StepKind::State { state: ThreadState::Blocked { on, .. } } = &s.kind {
            let line = format!("{}: {on}", r.trace.threads[s.thread as usize].name);
            if !out.contains(&line) {
                out.push(line);
            }
        }
    }
    out
}

fn assert_never_held_by_itself(waits: &[String]) {
    for w in waits {
        let (name, words) = w.split_once(": ").unwrap_or_default();
        assert!(!words.contains(&format!("held by {name}")), "{w}");
    }
}

#[test]
fn event_waiters_wait_for_the_event_by_its_name() {
    let w = waits(
        "import threading, time\nready = threading.Event()\ndef waiter():\n    if ready.wait():\n        pass\n\
         ts = [threading.Thread(target=waiter) for _ in range(3)]\nfor t in ts: t.start()\ntime.sleep(2)\nready.set()\n",
    );
    assert_eq!(w[0], "Thread-1 (waiter): the Event ready to be set");
    assert!(w.contains(&"Thread-3 (waiter): the Event ready to be set".to_string()), "{w:?}");
    assert_never_held_by_itself(&w);
}

#[test]
fn semaphore_waiters_are_told_who_holds_its_slots_as_they_change() {
    let w = waits(
        "import threading, time\nslots = threading.Semaphore(2)\ndef job(n):\n    with slots:\n        time.sleep(n)\n\
         ts = [threading.Thread(target=job, args=(i + 1,)) for i in range(4)]\nfor t in ts: t.start()\n",
    );
    assert!(
        w.contains(
            &"Thread-3 (job): a free slot of the Semaphore slots (held by Thread-1 (job), Thread-2 (job))".into()
        ),
        "{w:?}"
    );
    // Thread-1 leaves at t = 1 s and Thread-3 takes its slot: Thread-4 is told so.
    assert!(
        w.contains(
            &"Thread-4 (job): a free slot of the Semaphore slots (held by Thread-2 (job), Thread-3 (job))".into()
        ),
        "{w:?}"
    );
    assert_never_held_by_itself(&w);
}

#[test]
fn queues_conditions_barriers_futures_and_timers_say_what_they_wait_for() {
    let w = waits(
        "import threading, queue\nfrom concurrent.futures import ThreadPoolExecutor\n\
         cond = threading.Condition()\njobs = queue.Queue()\nb = threading.Barrier(2)\n\
         def c():\n    with cond:\n        cond.wait()\n\
         def q():\n    jobs.get()\n\
         def bar():\n    b.wait()\n\
         for f in (c, q, bar):\n    threading.Thread(target=f, daemon=True).start()\n\
         threading.Timer(0.5, print).start()\n\
         with ThreadPoolExecutor(1) as ex:\n    fut = ex.submit(sum, [1])\n    fut.result()\n",
    );
    for expected in [
        "Thread-1 (c): the Condition cond to be notified",
        "Thread-2 (q): an item in the Queue jobs",
        "Thread-3 (bar): all 2 threads to reach the Barrier b",
        "Thread-4: cancel() or the end of its interval",
        "ThreadPoolExecutor-0_0: a task to run (submit() gives one)",
    ] {
        assert!(w.contains(&expected.to_string()), "{expected}: {w:?}");
    }
    assert_never_held_by_itself(&w);
}

#[test]
fn a_thread_that_waits_for_a_lock_it_holds_is_told_so() {
    let w = waits("import threading\nlock = threading.Lock()\nwith lock:\n    with lock:\n        pass\n");
    assert_eq!(w, ["MainThread: the Lock created at line 2, which it holds itself (a Lock is not re-entrant)"]);
}

#[test]
fn the_name_is_read_off_the_line_as_written() {
    let w = waits(
        "import threading, queue\nclass Box:\n    def __init__(self):\n        self.queues = [queue.Queue()]\n\
         box = Box()\nevents = {'go': threading.Event()}\n\
         def a():\n    item = box.queues[0].get()  # .get( in a comment\n\
         def b():\n    print(events['go'].wait(), events['go'].is_set())\n\
         def c():\n    x = threading.Event(); y = threading.Event()\n    x.wait(0.1) or y.wait(0.1)\n\
         for f in (a, b, c):\n    threading.Thread(target=f, daemon=True).start()\n",
    );
    assert_eq!(
        w[..3],
        [
            "Thread-1 (a): an item in the Queue box.queues[0]",
            "Thread-2 (b): the Event events['go'] to be set",
            // Two events on one line: which one is not said.
            "Thread-3 (c): the Event to be set",
        ]
    );
}
