//! Explore: the outcomes a program can print under other schedules, each with its count and a
//! schedule that replays it.

use threadplay::engine::explore::{explore, Plan};
use threadplay::engine::sched::policy::PolicyKind;
use threadplay::engine::trace::Exit;
use threadplay::engine::{run, Settings};

mod common;
use common::DEADLOCK;

/// Two threads add one three times each, with a call between reading and writing.
fn race() -> String {
    common::race(3)
}

fn settings() -> Settings {
    Settings { filename: "t.py".into(), ..Settings::default() }
}

#[test]
fn bound_zero_is_the_default_run_alone() {
    let e = explore(&race(), &settings(), Plan::Systematic { bound: 0, max_runs: None });
    assert_eq!((e.runs, e.exhaustive, e.bound), (1, true, Some(0)));
    assert_eq!(e.outcomes.len(), 1);
    assert_eq!(e.outcomes[0].stdout, "6\n");
    assert_eq!(e.outcomes[0].schedule.to_token(), "1.c.u");
}

#[test]
fn a_bound_of_two_finds_lost_updates_and_each_outcome_replays() {
    let e = explore(&race(), &settings(), Plan::Systematic { bound: 2, max_runs: None });
    assert!(e.exhaustive);
    let printed: Vec<&str> = e.outcomes.iter().map(|o| o.stdout.as_str()).collect();
    assert!(printed.contains(&"6\n") && printed.iter().any(|p| *p != "6\n"), "{printed:?}");
    assert_eq!(e.outcomes.iter().map(|o| o.count).sum::<u64>(), e.runs);
    for o in &e.outcomes {
        let again = run(&race(), &Settings { schedule: PolicyKind::Replay(o.schedule.clone()), ..settings() });
        assert_eq!((again.stdout(), again.exit), (o.stdout.as_str(), o.exit));
        assert!(o.schedule.changes.len() <= 2);
    }
}

#[test]
fn exploring_finds_that_the_lock_order_deadlocks_only_sometimes() {
    let e = explore(DEADLOCK, &settings(), Plan::Systematic { bound: 2, max_runs: None });
    let stops: Vec<&str> = e.outcomes.iter().map(|o| o.stop()).collect();
    assert!(stops.contains(&"normal") && stops.contains(&"deadlock"), "{stops:?}");
    let deadlock = e.outcomes.iter().find(|o| o.exit == Exit::Deadlock).map(|o| o.stderr.clone());
    assert_eq!(deadlock.as_deref(), Some(""), "threadplay's note is not part of the outcome");
}

#[test]
fn a_capped_exploration_is_not_exhaustive_and_sampling_never_is() {
    let e = explore(&race(), &settings(), Plan::Systematic { bound: 2, max_runs: Some(10) });
    assert_eq!((e.runs, e.exhaustive), (10, false));
    let s = explore(&race(), &settings(), Plan::Sampled { runs: 50, seed: 7 });
    assert_eq!((s.runs, s.exhaustive, s.bound), (50, false, None));
    assert_eq!(s.outcomes.iter().map(|o| o.count).sum::<u64>(), 50);
    assert_eq!(
        s,
        explore(&race(), &settings(), Plan::Sampled { runs: 50, seed: 7 }),
        "the same seed, the same exploration"
    );
}

/// The deadlock lesson: CPython's own order lets both diners eat; Explore finds both orders of
/// eating and two deadlocks; with a pause every schedule deadlocks; one order of taking the
/// locks never deadlocks.
#[test]
fn the_deadlock_lesson_deadlocks_only_under_other_schedules_unless_it_pauses() {
    let lesson = include_str!("../lessons/deadlock.py");
    let plan = Plan::Systematic { bound: 2, max_runs: None };
    let endings = |source: &str| -> Vec<(String, String)> {
        let e = explore(source, &settings(), plan);
        assert!(e.exhaustive);
        assert_eq!(e.outcomes[0].schedule.changes.len(), 0);
        e.outcomes.iter().map(|o| (o.stop().to_string(), o.stdout.clone())).collect()
    };
    let (ate, ate_bob_first) = (
        "alice picked up one piece of cutlery\nalice eats\nbob picked up one piece of cutlery\nbob eats\ndinner is over\n",
        "bob picked up one piece of cutlery\nbob eats\nalice picked up one piece of cutlery\nalice eats\ndinner is over\n",
    );
    let (stuck, stuck_bob_first) = (
        "alice picked up one piece of cutlery\nbob picked up one piece of cutlery\n",
        "bob picked up one piece of cutlery\nalice picked up one piece of cutlery\n",
    );
    let pair = |stop: &str, out: &str| (stop.to_string(), out.to_string());
    let mut found = endings(lesson);
    assert_eq!(found[0], pair("normal", ate), "CPython's own order lets both eat");
    found.sort();
    let mut expected = vec![
        pair("normal", ate),
        pair("normal", ate_bob_first),
        pair("deadlock", stuck),
        pair("deadlock", stuck_bob_first),
    ];
    expected.sort();
    assert_eq!(found, expected);
    let paused = lesson
        .replace("import threading\n", "import threading\nimport time\n")
        .replace("        with second:", "        time.sleep(0.1)\n        with second:");
    assert_eq!(endings(&paused), vec![pair("deadlock", stuck), pair("deadlock", stuck_bob_first)]);
    let one_order = lesson.replace("args=(knife, fork)", "args=(fork, knife)");
    assert_ne!(one_order, lesson);
    assert_eq!(endings(&one_order), vec![pair("normal", ate), pair("normal", ate_bob_first)]);
}

/// The race lesson: CPython's own order prints 100; Explore finds balances from 50 to 100 (a
/// switch where `note` starts, between the read and the write); with the lock every schedule
/// ends at 100; without the call there is no switch point between read and write.
#[test]
fn the_race_lesson_loses_deposits_only_under_other_schedules_and_never_with_its_lock() {
    let lesson = include_str!("../lessons/race.py");
    let plan = Plan::Systematic { bound: 2, max_runs: None };
    let balances = |source: &str| -> Vec<String> {
        let e = explore(source, &settings(), plan);
        assert!(e.exhaustive);
        assert_eq!(e.outcomes[0].schedule.changes.len(), 0);
        let mut b: Vec<String> =
            e.outcomes.iter().map(|o| o.stdout.replace(" (10 deposits of 10 were made)\n", "")).collect();
        b.sort();
        b
    };
    let each = |values: &[u32]| -> Vec<String> { values.iter().map(|v| format!("balance: {v}")).collect() };
    assert_eq!(run(lesson, &settings()).stdout(), "balance: 100 (10 deposits of 10 were made)\n");
    assert_eq!(balances(lesson), each(&[100, 50, 60, 70, 80, 90]));
    let read_write = "        current = balance                     # read the balance\n        \
                      note(f\"read {current}\")               # write it in the bank's log\n        \
                      balance = current + amount            # write the new balance back\n";
    assert!(lesson.contains(read_write));
    let locked = lesson.replace("log = []\n", "log = []\nlock = threading.Lock()\n").replace(
        read_write,
        "        with lock:\n            current = balance\n            note(f\"read {current}\")\n            \
         balance = current + amount\n",
    );
    assert_eq!(balances(&locked), each(&[100]));
    let no_call = lesson.replace("        note(f\"read {current}\")               # write it in the bank's log\n", "");
    assert_ne!(no_call, lesson);
    assert_eq!(balances(&no_call), each(&[100]));
}
