//! Inputs that must never panic or overflow the stack: deep nesting, arbitrary text, and
//! mutated valid programs.

use super::super::*;
use super::{parse_small_stack, TEST_STACK};

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let cases = [
        format!("x = {}1", "(".repeat(100_000)),
        format!("x = {}1", "[".repeat(100_000)),
        format!("x = {}1", "-".repeat(100_000)),
        format!("x = {}1", "not ".repeat(100_000)),
        format!("x = {}1", "2**".repeat(100_000)),
        format!("x = {}1", "lambda:".repeat(100_000)),
        format!("x = {}1", "await ".repeat(100_000)),
        format!("x = {}", "a if b else ".repeat(100_000)),
        format!("x = {}1", "*".repeat(100_000)),
        format!("x = f\"{{{}1}}\"", "(".repeat(100_000)),
        format!("x = {}1{}", "(".repeat(199), ")".repeat(199)),
        format!("x = {}1{}", "-(".repeat(199), ")".repeat(199)),
        format!("x = {}1{}", "f(".repeat(199), ")".repeat(199)),
        format!("x = {}1{}", "[lambda: ".repeat(199), "]".repeat(199)),
        format!("x = {}1{}", "f(lambda: -".repeat(199), ")".repeat(199)),
        format!("x = {}1{}", "a[b if c else ".repeat(199), "]".repeat(199)),
        format!("{}pass\n", (0..99).map(|i| format!("{}if x:\n", " ".repeat(i))).collect::<String>() + &" ".repeat(99)),
        format!(
            "{}pass\n",
            (0..200).map(|i| format!("{}if x:\n", " ".repeat(i))).collect::<String>() + &" ".repeat(200)
        ),
        format!(
            "{}x = {}1{}\n",
            (0..99).map(|i| format!("{}def f():\n", " ".repeat(i))).collect::<String>() + &" ".repeat(99),
            "-(".repeat(199),
            ")".repeat(199)
        ),
    ];
    for src in cases {
        if let Err(e) = parse_small_stack(src, TEST_STACK) {
            // `* * * 1` and `await await 1` are plain syntax errors.
            let expected = ["nested", "levels of indentation", "invalid syntax"];
            assert!(expected.iter().any(|m| e.message.contains(m)), "{}", e.message);
        }
    }
}

#[test]
fn hundred_thousand_parentheses_are_too_many() {
    let src = format!("x = {}1", "(".repeat(100_000));
    let e = parse_small_stack(src.clone(), TEST_STACK).unwrap_err();
    assert_eq!(e.message, "too many nested parentheses");
    // CPython stops at the 201st bracket.
    assert_eq!(e.range.start, 4 + 200);
    let e = parse_small_stack(format!("x = {}1", "-".repeat(100_000)), TEST_STACK).unwrap_err();
    assert!(e.message.contains("too deeply nested"), "{}", e.message);
}

/// Valid programs whose mutations feed the property test.
const CORPUS: [&str; 4] = [
    "import threading\n\ndef work(n, *, lock=None):\n    global total\n    with lock:\n        total += n ** 2\n\nthreads = [threading.Thread(target=work, args=(i,)) for i in range(3)]\nfor t in threads:\n    t.start()\n",
    "class Counter:\n    \"\"\"Counts.\"\"\"\n    def __init__(self):\n        self.value = 0\n\n    @property\n    def doubled(self) -> int:\n        return self.value * 2 if self.value else -1\n\ntry:\n    x = {'a': [1, 2.5, 3j], **extra}\nexcept (KeyError, ValueError) as e:\n    raise RuntimeError(f\"bad {e!r:>10}\") from e\nfinally:\n    del x\n",
    "async def main():\n    async with lock:\n        await asyncio.sleep(0.1)\n    return [y async for y in gen() if y]\n\nwhile (n := next(it, None)) is not None:\n    print(n, sep='', end=\"\\n\")\nelse:\n    pass\n",
    "match command:\n    case [x, y]:\n        pass\nx = lambda a, b=2, *c, d, **e: (a, b, c, d, e)\ns = b'\\x00' + rb'\\n'\nt = f'{x=}' f\"{y:{w}.{p}f}\" '''\ntriple'''\nif a < b <= c is not d not in e: pass\n",
];

/// Fragments inserted by mutations: brackets, quotes, keywords, indentation, odd characters.
const FRAGMENTS: [&str; 24] = [
    "(", ")", "[", "]", "{", "}", "'", "\"", "\"\"\"", "f'{", "}", "\\", "\n", "\n    ", "\t", ":", "=", "lambda",
    "if", "else", "*", "**", "é", "\r\n",
];

proptest::proptest! {
    // A few hundred cases by default; set PROPTEST_CASES for a longer run.
    #![proptest_config(proptest::prelude::ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(300),
        ..Default::default()
    })]

    #[test]
    fn never_panics_on_arbitrary_text(src in "[ -~\t\n\r\u{e9}\u{3c0}\u{201c}\u{a0}\u{feff}]{0,120}") {
        let _ = parse(&src).map_err(|e| e.render("main.py", &src));
    }

    #[test]
    fn never_panics_on_mutated_programs(
        which in 0..CORPUS.len(),
        edits in proptest::collection::vec((0usize..2000, 0usize..8, 0..FRAGMENTS.len(), 0u8..3), 1..6),
    ) {
        let mut src = CORPUS[which].to_string();
        for (at, len, fragment, kind) in edits {
            let mut at = at % (src.len() + 1);
            while !src.is_char_boundary(at) {
                at -= 1;
            }
            let mut end = (at + len).min(src.len());
            while !src.is_char_boundary(end) {
                end -= 1;
            }
            match kind {
                0 => src.insert_str(at, FRAGMENTS[fragment]),
                1 => src.replace_range(at..end, ""),
                _ => src.replace_range(at..end, FRAGMENTS[fragment]),
            }
        }
        let _ = parse(&src).map_err(|e| e.render("main.py", &src));
    }
}

#[test]
fn the_corpus_is_valid() {
    for src in CORPUS {
        if let Err(e) = parse(src) {
            panic!("{}", e.render("main.py", src));
        }
    }
}
