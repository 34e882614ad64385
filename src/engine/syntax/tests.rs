//! Parser tests: trees for valid programs and CPython 3.11's exact text for errors.

use super::*;

#[test]
fn parses_empty_file() {
    assert_eq!(parse("").map(|m| m.body.len()), Ok(0));
}

/// Renders every `*.py` in `$THREADPLAY_PARSE_DIR` to `*.py.rs` (for comparing with CPython).
#[test]
#[ignore]
fn render_directory() {
    let Ok(dir) = std::env::var("THREADPLAY_PARSE_DIR") else { return };
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "py") {
            let src = std::fs::read_to_string(&path).unwrap();
            let name = path.to_string_lossy().to_string();
            let out = match parse(&src) {
                Ok(_) => String::new(),
                Err(e) => e.render(&name, &src),
            };
            std::fs::write(path.with_extension("py.rs"), out).unwrap();
        }
    }
}
