//! The view functions run on every keystroke of a learner's half-typed code: none may panic,
//! whatever the text and wherever the selection.

use proptest::prelude::*;

use super::{daemon, editing, errors, highlight, markdown, tokens};

/// Text made mostly of the characters that steer the scanners, plus any character.
fn pythonish() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("Thread(".to_string()),
        Just("threading.Thread(target=w, daemon=True)".to_string()),
        Just("t.daemon = ".to_string()),
        Just("t = ".to_string()),
        Just("'''".to_string()),
        Just("\"".to_string()),
        Just("\\".to_string()),
        Just("\n".to_string()),
        Just("    ".to_string()),
        Just("#".to_string()),
        Just("`**_[](".to_string()),
        Just("  File \"main.py\", line ".to_string()),
        "[()\\[\\]{},=:.;@ \t\r\n0-9a-zA-Z_éü😀]{0,8}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(pieces, 0..24).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn scanners_never_panic_and_cover_the_text(text in pythonish()) {
        let toks = tokens::tokenize(&text);
        prop_assert_eq!(toks.last().map_or(0, |t| t.range.end), text.len());
        let lines = highlight::highlight(&text);
        prop_assert_eq!(lines.len(), text.split('\n').count());
        let calls = daemon::thread_calls(&text);
        for i in 0..calls.len() + 1 {
            for on in [true, false] {
                let changed = daemon::set_daemon(&text, i, on);
                if i < calls.len() {
                    // The rewrite keeps the number of calls, and a literal value sticks (unless the
                    // call is too broken to edit, and the text is left alone).
                    let after = daemon::thread_calls(&changed);
                    prop_assert_eq!(after.len(), calls.len(), "{:?} -> {:?}", text, changed);
                    if changed != text && (on || calls[i].daemon.is_some()) {
                        prop_assert_eq!(after[i].daemon, Some(on), "{:?} -> {:?}", text, changed);
                    }
                }
            }
        }
        let _ = markdown::parse(&text);
        let _ = errors::error_marks(&text, "main.py", &[]);
    }

    #[test]
    fn editing_keys_never_panic(text in pythonish(), a in 0usize..200, b in 0usize..200) {
        for edit in [editing::indent(&text, a, b), editing::dedent(&text, a, b), editing::newline(&text, a, b)] {
            let after = edit.apply(&text);
            prop_assert!(edit.selection.0 <= after.len() && edit.selection.1 <= after.len());
            prop_assert!(after.is_char_boundary(edit.selection.0) && after.is_char_boundary(edit.selection.1));
        }
        if let Some(edit) = editing::backspace(&text, a, a) {
            let _ = edit.apply(&text);
        }
        let u = editing::byte_to_utf16(&text, a);
        prop_assert!(text.is_char_boundary(editing::utf16_to_byte(&text, u)));
    }
}
