//! Switch points under `cpython` granularity: exactly where CPython 3.11 can hand the GIL to
//! another thread (../shared/SCHEDULING.md). Explore must find every outcome those allow and none
//! that they do not.

use threadplay::engine::explore::{explore, Plan};
use threadplay::engine::Settings;

fn outcomes(body: &str) -> Vec<String> {
    let source = format!(
        "import threading\n{body}\nts = [threading.Thread(target=work) for _ in range(2)]\nfor t in ts:\n    \
         t.start()\nfor t in ts:\n    t.join()\nprint(shared)\n"
    );
    let settings = Settings { filename: "t.py".into(), ..Settings::default() };
    let e = explore(&source, &settings, Plan::Systematic { bound: 2, max_runs: None });
    assert!(e.exhaustive);
    let mut seen: Vec<String> = e.outcomes.iter().map(|o| format!("{}{}", o.stdout.trim(), o.stderr)).collect();
    seen.sort();
    seen
}

#[test]
fn a_read_modify_write_without_a_call_never_loses_an_update() {
    let body = "shared = 0\ndef work():\n    global shared\n    for _ in range(3):\n        shared += 1";
    assert_eq!(outcomes(body), ["6"]);
}

#[test]
fn a_built_in_call_between_read_and_write_loses_updates_after_it_returns() {
    // The read happens inside `d.get`; CPython may switch right after it returns, before the store.
    let body = "shared = {}\ndef work():\n    for _ in range(2):\n        shared['k'] = shared.get('k', 0) + 1";
    let seen = outcomes(body);
    assert!(seen.contains(&"{'k': 4}".to_string()) && seen.contains(&"{'k': 3}".to_string()), "{seen:?}");
}

#[test]
fn len_isinstance_type_and_append_are_no_switch_points() {
    // Between the check and the pop there is no switch point: no thread ever pops an empty list.
    let body = "shared = [1]\ndef work():\n    if len(shared) > 0 and isinstance(shared, list) and type(shared) is list:\n        \
                [].append(shared.pop())";
    assert_eq!(outcomes(body), ["[]"]);
}

#[test]
fn a_python_function_is_a_switch_point_where_it_starts() {
    let body =
        "shared = 0\ndef ident(n):\n    return n\ndef work():\n    global shared\n    shared = ident(shared) + 1";
    assert_eq!(outcomes(body), ["1", "2"]);
}
