//! Schedules: a run is fully determined by its source, settings and schedule. Other policies than
//! CPython's order reach other interleavings, every run's schedule replays it exactly, and a
//! schedule that no longer fits its program says so and goes on with the default.

use proptest::prelude::*;
use threadplay::engine::describe;
use threadplay::engine::sched::policy::PolicyKind;
use threadplay::engine::sched::schedule::Schedule;
use threadplay::engine::{run, Run, Settings};

mod common;
use common::DEADLOCK;

/// Two threads add one 200 times each, with a call between reading and writing the counter.
fn race() -> String {
    common::race(200)
}

fn with(kind: PolicyKind) -> Settings {
    Settings { filename: "t.py".into(), schedule: kind, ..Settings::default() }
}

/// Everything a learner could see of a run.
fn seen(r: &Run) -> (String, String, String) {
    (r.stdout().to_string(), r.stderr().to_string(), describe::timeline(&r.trace))
}

#[test]
fn the_default_order_changes_nothing_and_has_the_empty_schedule() {
    let r = run(&race(), &with(PolicyKind::Fifo));
    assert_eq!(r.stdout(), "400\n");
    assert_eq!(r.schedule.to_token(), "1.c.u");
    let replayed = run(&race(), &with(PolicyKind::Replay(Schedule::default())));
    assert_eq!(seen(&replayed), seen(&r));
}

#[test]
fn random_schedules_lose_updates_that_the_default_order_keeps() {
    let outcomes: std::collections::BTreeSet<String> =
        (0..20).map(|seed| run(&race(), &with(PolicyKind::Random { seed })).stdout().to_string()).collect();
    assert!(outcomes.len() > 10, "{outcomes:?}");
    assert!(outcomes.iter().all(|o| o.trim().parse::<u32>().is_ok_and(|n| (200..=400).contains(&n))), "{outcomes:?}");
    assert!(outcomes.iter().any(|o| o != "400\n"), "{outcomes:?}");
}

#[test]
fn every_changed_decision_is_marked_where_it_took_effect() {
    let r = (0..50)
        .map(|seed| run(&race(), &with(PolicyKind::Random { seed })))
        .find(|r| r.schedule.changes.len() > 2)
        .expect("a random run that differs from the default");
    assert_eq!(r.trace.changed_at.len(), r.schedule.changes.len());
    assert!(
        r.trace.changed_at.windows(2).all(|w| w[0] <= w[1]) && r.trace.changed_at.iter().all(|&k| k < r.trace.len())
    );
    let timeline = threadplay::view::timeline::Timeline::new(&r.trace);
    assert_eq!(timeline.changes.len(), r.schedule.changes.len());
    assert!(run(&race(), &with(PolicyKind::Fifo)).trace.changed_at.is_empty());
}

#[test]
fn pct_finds_the_deadlock_and_its_runs_replay_exactly() {
    let points = run(DEADLOCK, &Settings { record_points: true, ..with(PolicyKind::Fifo) }).points.len() as u64;
    let runs: Vec<Run> =
        (0..100).map(|seed| run(DEADLOCK, &with(PolicyKind::Pct { seed, depth: 3, points }))).collect();
    assert!(runs.iter().any(|r| r.exit == threadplay::engine::trace::Exit::Deadlock));
    assert!(runs.iter().any(|r| r.exit == threadplay::engine::trace::Exit::Status(0)));
    for r in runs.iter().take(20) {
        let again = run(DEADLOCK, &with(PolicyKind::Replay(r.schedule.clone())));
        assert_eq!(seen(&again), seen(r));
    }
}

#[test]
fn some_schedules_deadlock_and_some_finish() {
    let exits: Vec<String> = (0..300)
        .map(|seed| {
            let r = run(DEADLOCK, &with(PolicyKind::Random { seed }));
            format!("{:?}", r.exit)
        })
        .collect();
    assert!(exits.iter().any(|e| e.contains("Deadlock")), "{exits:?}");
    assert!(exits.iter().any(|e| e.contains("Status(0)")), "{exits:?}");
}

#[test]
fn a_schedule_that_no_longer_fits_says_so_and_goes_on_with_the_default() {
    let token = (0..50)
        .map(|seed| run(&race(), &with(PolicyKind::Random { seed })).schedule)
        .find(|s| s.changes.len() > 3)
        .expect("a random run that differs from the default");
    let edited = "print('nothing to schedule')\n";
    let r = run(edited, &with(PolicyKind::Replay(token)));
    assert_eq!(r.stdout(), "nothing to schedule\n");
    assert!(
        r.stderr().contains("[threadplay: the schedule being replayed does not fit this program"),
        "{}",
        r.stderr()
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 40, ..ProptestConfig::default() })]

    /// Whatever a random policy chose, its schedule's token replays the identical run.
    #[test]
    fn every_run_replays_exactly_from_its_token(seed in any::<u64>(), deadlock in any::<bool>()) {
        let race = race();
        let source = if deadlock { DEADLOCK } else { race.as_str() };
        let first = run(source, &with(PolicyKind::Random { seed }));
        let token = first.schedule.to_token();
        let schedule = Schedule::from_token(&token).expect("a token reads back");
        let again = run(source, &with(PolicyKind::Replay(schedule)));
        prop_assert_eq!(seen(&again), seen(&first));
        prop_assert_eq!(again.schedule.to_token(), token);
    }
}

#[test]
fn you_choose_stops_where_a_thread_blocked_and_runs_the_one_chosen() {
    use threadplay::engine::sched::schedule::{Change, Entry};
    use threadplay::engine::Session;
    let src = "import threading\ngo = threading.Event()\ndef say(word):\n    go.wait()\n    print(word)\n\
               ts = [threading.Thread(target=say, args=(w,), name=w) for w in ('alice', 'bob')]\n\
               for t in ts:\n    t.start()\ngo.set()\nfor t in ts:\n    t.join()\n";
    let manual = |schedule: Schedule, answered: u64| with(PolicyKind::Manual { schedule, answered });
    let mut session = Session::new(src, &manual(Schedule::default(), 0));
    assert!(session.advance(u64::MAX), "the run stops to ask");
    let (index, candidates) = session.awaiting_choice().map(|(i, c)| (i, c.to_vec())).expect("a choice");
    let names: Vec<String> = candidates.iter().map(|&t| session.trace().threads[t as usize].name.to_string()).collect();
    assert_eq!(names, ["alice", "bob"]);
    // Choosing bob (the second candidate) runs him first; later choices are asked again.
    let chosen = Schedule { changes: vec![Entry { index, change: Change::Pick(1) }] };
    let mut session = Session::new(src, &manual(chosen.clone(), index + 1));
    while !session.advance(u64::MAX) {}
    assert!(session.trace().stdout.starts_with("bob\n") || session.awaiting_choice().is_some());
    let replayed = run(src, &with(PolicyKind::Replay(chosen)));
    assert_eq!(replayed.stdout(), "bob\nalice\n");
}

#[test]
fn a_switch_the_schedule_chose_is_told_as_such_not_as_a_slice_ending() {
    let lesson = include_str!("../lessons/race.py");
    let replay = Schedule::from_token("1.c.u.5S").expect("a token");
    let r = run(lesson, &with(PolicyKind::Replay(replay)));
    assert_eq!(r.stdout(), "balance: 50 (10 deposits of 10 were made)\n");
    let told = describe::timeline(&r.trace);
    assert!(told.contains("alice       is paused here: this schedule switches threads at this point"), "{told}");
    assert!(!told.contains("time slice is over"), "{told}");
}
