//! What CPython cannot print: threadplay's own reports of a deadlock and of a spent instruction
//! budget, and the words for each step of a run. Snapshots, reviewed by eye when they change.

use threadplay::engine::describe::describe;
use threadplay::engine::{run, Settings};

fn settings() -> Settings {
    Settings { filename: "bank.py".into(), ..Settings::default() }
}

const BANK_DEADLOCK: &str = "\
import threading
import time

a = threading.Lock()
b = threading.Lock()


def transfer(first, second, name):
    with first:
        time.sleep(0.1)
        with second:
            print(name, 'moved money')


t1 = threading.Thread(target=transfer, args=(a, b, 'alice'), name='alice')
t2 = threading.Thread(target=transfer, args=(b, a, 'bob'), name='bob')
t1.start()
t2.start()
t1.join()
t2.join()
";

#[test]
fn deadlock_report_names_who_holds_and_who_waits() {
    let r = run(BANK_DEADLOCK, &settings());
    assert_eq!(r.exit.code(), 125);
    insta::assert_snapshot!("deadlock_report", r.stderr());
}

#[test]
fn budget_report_names_the_running_thread_and_line() {
    let src = "import threading\ndef spin():\n    while True: pass\nthreading.Thread(target=spin, daemon=True).start()\nwhile True: x = 1\n";
    let r = run(src, &Settings { max_instructions: 50_000, ..settings() });
    assert_eq!(r.exit.code(), 124);
    insta::assert_snapshot!("budget_report", r.stderr());
}

#[test]
fn every_step_of_the_daemon_lesson_in_words() {
    let src = "\
import threading
import time


def worker(n):
    print('worker', n, 'started')
    time.sleep(10)
    print('worker', n, 'ended')


t = threading.Thread(target=worker, args=(1,), daemon=True)
t.start()
print('main ended')
";
    let r = run(src, &Settings { filename: "lesson.py".into(), ..Settings::default() });
    let words: Vec<String> = (0..r.trace.steps.len()).map(|k| describe(&r.trace, k)).collect();
    insta::assert_snapshot!("daemon_lesson_steps", words.join("\n"));
}
