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

/// The deadlock lesson's "Things to try": with its pause every schedule within two changes
/// deadlocks; without it, CPython's own order lets both diners eat, and some schedules deadlock.
#[test]
fn the_deadlock_lesson_deadlocks_always_with_its_pause_and_sometimes_without() {
    let lesson = include_str!("../lessons/deadlock.py");
    let plan = Plan::Systematic { bound: 2, max_runs: None };
    let with_pause = explore(lesson, &settings(), plan);
    assert!(with_pause.exhaustive);
    assert!(with_pause.outcomes.iter().all(|o| o.stop() == "deadlock"), "{:?}", with_pause.outcomes);
    let without: String = lesson.lines().filter(|l| !l.contains("time.sleep(0.1)")).map(|l| format!("{l}\n")).collect();
    let e = explore(&without, &settings(), plan);
    assert_eq!(e.outcomes[0].stop(), "normal");
    assert_eq!(e.outcomes[0].schedule.changes.len(), 0, "CPython's own order lets both eat");
    let endings: Vec<(&str, &str)> = e.outcomes.iter().map(|o| (o.stop(), o.stdout.as_str())).collect();
    assert!(endings.contains(&("normal", "alice picked up one piece of cutlery\nalice eats\nbob picked up one piece of cutlery\nbob eats\ndinner is over\n")), "{endings:?}");
    assert!(endings.contains(&("normal", "bob picked up one piece of cutlery\nbob eats\nalice picked up one piece of cutlery\nalice eats\ndinner is over\n")), "{endings:?}");
    assert!(endings.iter().any(|(stop, _)| *stop == "deadlock"), "{endings:?}");
    assert_eq!(endings.len(), 4, "{endings:?}");
}

/// The race lesson's "Things to try": without the pause no schedule within two changes loses a
/// deposit (no switch point between the read and the write); a call there loses some.
#[test]
fn the_race_lesson_hides_its_race_until_a_call_comes_between_read_and_write() {
    let lesson = include_str!("../lessons/race.py");
    let plan = Plan::Systematic { bound: 2, max_runs: None };
    let pause = "        time.sleep(0.001)            # the bank's computer is slow\n";
    assert!(lesson.contains(pause));
    let balances = |source: &str| -> Vec<String> {
        let e = explore(source, &settings(), plan);
        assert!(e.exhaustive);
        e.outcomes.iter().filter_map(|o| o.stdout.lines().last().map(str::to_string)).collect()
    };
    let without = balances(&lesson.replace(pause, ""));
    assert!(without.iter().all(|b| b == "balance: 100 (10 deposits of 10 were made)"), "{without:?}");
    let with_call = balances(&lesson.replace(pause, "        current = int(current)\n"));
    assert!(with_call.contains(&"balance: 50 (10 deposits of 10 were made)".to_string()), "{with_call:?}");
    assert!(with_call.contains(&"balance: 100 (10 deposits of 10 were made)".to_string()), "{with_call:?}");
}
