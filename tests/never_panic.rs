//! The engine must never panic on user input: arbitrary text and mutated programs either run or
//! end with a message, within a small instruction budget.

use proptest::prelude::*;
use threadplay::engine::sched::policy::PolicyKind;
use threadplay::engine::sched::schedule::Schedule;
use threadplay::engine::{run, Settings};

const SEED_PROGRAM: &str = "\
import threading, time
def worker(n, *, delay=0.01):
    try:
        for i in range(n):
            time.sleep(delay)
            print(f'{n}:{i!r:>3}', end=' ')
    finally:
        print('done', [x * 2 for x in range(n)], {'k': n})
ts = [threading.Thread(target=worker, args=(k,), daemon=k % 2 == 0) for k in range(3)]
for t in ts:
    t.start()
ts[0].join(timeout=0.5)
print(len(ts), ts[0].name, 10 ** 20 // 3, 7 % -3, 1 / 3)
";

fn settings() -> Settings {
    Settings { max_instructions: 20_000, max_output_bytes: 10_000, ..Settings::default() }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(src in "\\PC{0,200}") {
        let _ = run(&src, &settings());
    }

    #[test]
    fn python_like_text_never_panics(src in "[a-z0-9_ ():,.=+*/%<>!\\[\\]{}'\"\n\t#-]{0,300}") {
        let _ = run(&src, &settings());
    }

    #[test]
    fn mutated_programs_never_panic(cut in 0usize..400, len in 0usize..20, insert in "[\\PC\n]{0,8}") {
        let mut src = SEED_PROGRAM.to_string();
        let mut start = cut.min(src.len());
        while !src.is_char_boundary(start) { start -= 1; }
        let mut end = (start + len).min(src.len());
        while !src.is_char_boundary(end) { end -= 1; }
        src.replace_range(start..end, &insert);
        let _ = run(&src, &settings());
    }

    /// Any schedule, and any schedule token replayed on any program, runs or ends with a message.
    #[test]
    fn any_schedule_never_panics(seed in any::<u64>(), cut in 0usize..400, token in "1\\.c\\.u(\\.[0-9a-z]{1,3}(S|P[1-9]))*") {
        let random = Settings { schedule: PolicyKind::Random { seed }, ..settings() };
        let r = run(SEED_PROGRAM, &random);
        let replayed = run(SEED_PROGRAM, &Settings { schedule: PolicyKind::Replay(r.schedule.clone()), ..settings() });
        prop_assert_eq!(replayed.stdout(), r.stdout());
        let mut src = SEED_PROGRAM.to_string();
        src.truncate(cut.min(src.len()));
        if let Ok(schedule) = Schedule::from_token(&token) {
            let _ = run(&src, &Settings { schedule: PolicyKind::Replay(schedule), ..settings() });
        }
    }
}

/// Debug builds use far bigger stack frames than the release build the page runs, so this test
/// gives its thread the 8 MiB a native main thread has.
#[test]
fn self_holding_and_deep_containers_print_or_fail_cleanly() {
    std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(deep_containers)
        .expect("spawn")
        .join()
        .expect("no stack overflow");
}

fn deep_containers() {
    let go = |src: &str| threadplay::engine::run(src, &threadplay::engine::Settings::default());
    let r = go("x = [1]\nx.append(x)\nt = (x,)\nx.append(t)\nprint(x, x == x)\nd = {}\nd['d'] = d\nprint(d)\n");
    assert_eq!(r.stdout(), "[1, [...], ([...],)] True\n{'d': {...}}\n");
    let r = go("l = []\nfor i in range(10000):\n    l = [l]\nprint(l)\n");
    assert!(
        r.stderr().ends_with("RecursionError: maximum recursion depth exceeded while getting the repr of an object\n"),
        "{}",
        r.stderr()
    );
    let r = go("a = []\nb = []\nfor i in range(10000):\n    a = [a]\n    b = [b]\nprint(a == b)\n");
    assert!(r.stderr().ends_with("RecursionError: maximum recursion depth exceeded in comparison\n"), "{}", r.stderr());
}

/// Operator and trailer chains make the tree one level deeper per link; past the limit they are
/// a clean SyntaxError instead of a stack overflow in the compiler.
#[test]
fn very_long_operator_chains_are_refused_cleanly() {
    std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(|| {
            let go = |src: String| threadplay::engine::run(&src, &threadplay::engine::Settings::default());
            let sum = |n: usize| format!("print({})\n", vec!["1"; n].join("+"));
            // Debug builds have much bigger frames than the release build (which takes 1,000):
            // the e2e tests run the full limit in the browser.
            assert_eq!(go(sum(300)).stdout(), "300\n");
            let r = go(sum(20_000));
            assert!(
                r.stderr().ends_with("SyntaxError: expression too deeply nested (threadplay limit)\n"),
                "{}",
                r.stderr()
            );
            let r = go(format!("x = [1]{}\n", "[0]".repeat(5000)));
            assert!(
                r.stderr().ends_with("SyntaxError: expression too deeply nested (threadplay limit)\n"),
                "{}",
                r.stderr()
            );
        })
        .expect("spawn")
        .join()
        .expect("no stack overflow");
}

/// Found by the fuzzer (`fuzz/crashes/pow_negative_exponent_modulus`): a negative exponent
/// with a modulus reached num-bigint's `modpow`, which panics on it. CPython takes the modular
/// inverse.
#[test]
fn pow_with_negative_exponent_and_modulus_is_the_modular_inverse() {
    let r = run("print(pow(2, -1, 5), pow(2, -1, -5), pow(3, -2, 7), pow(5, -1, 1), pow(-5, -1, 1), pow(-3, -1, 7))\npow(0, -1, 9)\n", &settings());
    assert_eq!(r.stdout(), "3 -2 4 0 0 2\n");
    assert!(r.stderr().ends_with("ValueError: base is not invertible for the given modulus\n"), "{}", r.stderr());
}

/// Found by the fuzzer (`fuzz/crashes/hang_tuple_repeat_past_container_limit`): `t *= i` in a
/// loop built tuples of millions of items in one instruction each, a second of work under an
/// instruction budget of 50,000, because operators and methods enforced only the engine's fixed
/// cap and not the run's `max_container_len`.
#[test]
fn operators_and_methods_honour_the_runs_container_limit() {
    let small = Settings { max_container_len: 1_000, ..settings() };
    for src in [
        "t = (1, 2) * 501\n",
        "l = [0] * 1001\n",
        "s = 'ab' * 501\n",
        "s = 'x'.ljust(1001)\n",
        "t = (0,) * 1000 + (1,)\n",
    ] {
        let r = run(src, &small);
        assert!(r.stderr().ends_with("MemoryError\n"), "{src}: {}", r.stderr());
    }
    assert_eq!(run("print(len((1, 2) * 500), len('x'.ljust(1000)))\n", &small).stdout(), "1000 1000\n");
    // The limit is the run's own: the next run on this thread has the default one.
    assert_eq!(run("print(len([0] * 5000))\n", &settings()).stdout(), "5000\n");
}
