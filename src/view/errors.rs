//! Where errors are in the learner's script, read from the tracebacks the engine printed to
//! stderr, so the editor can mark the line and say what went wrong there.
//!
//! A traceback names its innermost frame last: the last `File "main.py", line N` before the
//! exception's own line is where it happened. Unsupported features are reported as
//! `NotImplementedError: … (line N)`.

use crate::engine::trace::ThreadInfo;

/// An error the editor marks at a line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorMark {
    pub line: u32,
    /// The exception line, e.g. "NameError: name 'x' is not defined".
    pub message: String,
}

/// The errors in `stderr` (the text written so far), in the order they were written.
/// `filename` is the script's name as tracebacks show it. An exception in a thread whose
/// traceback has no frame of the script (`Thread(target=f, args=(1))`) is marked at the line
/// that created the thread, found in `threads`.
pub fn error_marks(stderr: &str, filename: &str, threads: &[ThreadInfo]) -> Vec<ErrorMark> {
    let prefix = format!("File \"{filename}\", line ");
    let mut marks = Vec::new();
    let mut line: Option<u32> = None;
    // The thread whose "Exception in thread NAME:" report is being read.
    let mut thread: Option<&str> = None;
    for text in stderr.lines() {
        if let Some(name) = text.strip_prefix("Exception in thread ") {
            thread = Some(name.strip_suffix(':').unwrap_or(name));
            continue;
        }
        let trimmed = text.trim_start();
        if let Some(rest) = trimmed.strip_prefix(&prefix) {
            line = leading_number(rest).or(line);
            continue;
        }
        if trimmed.starts_with("File \"") {
            // A frame outside the script (a module of threadplay's) does not move the mark.
            continue;
        }
        let indented = text.starts_with(' ') || text.starts_with('\t');
        if indented
            || text.is_empty()
            || text.starts_with("Traceback (most recent call last)")
            || text.starts_with("During handling of the above exception")
            || text.starts_with("The above exception was the direct cause")
        {
            continue;
        }
        // An exception line: it ends the traceback above it.
        let mut message = text.trim().to_string();
        let mut at = line.take().or_else(|| line_in_parentheses(text));
        if let (None, Some(name)) = (at, thread) {
            at = threads.iter().rev().find(|t| &*t.name == name).and_then(|t| t.created_at_line);
            message = format!("{message} (in {name}, created here)");
        }
        thread = None;
        if let Some(at) = at {
            if is_exception_line(text) {
                marks.push(ErrorMark { line: at, message });
            }
        }
    }
    marks
}

/// Whether `text` looks like `SomeError: message` or a bare `KeyboardInterrupt`.
fn is_exception_line(text: &str) -> bool {
    let name = text.split(':').next().unwrap_or("");
    !name.is_empty() && !name.contains(' ') && name.chars().next().is_some_and(|c| c.is_ascii_uppercase())
}

fn leading_number(text: &str) -> Option<u32> {
    let digits: String = text.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// `N` from a trailing `(line N)`.
fn line_in_parentheses(text: &str) -> Option<u32> {
    let at = text.rfind("(line ")?;
    let rest = &text[at + "(line ".len()..];
    let n = leading_number(rest)?;
    rest.trim_start_matches(|c: char| c.is_ascii_digit()).starts_with(')').then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{run, Settings};

    fn marks_of(source: &str) -> Vec<(u32, String)> {
        let run = run(source, &Settings::default());
        error_marks(run.stderr(), "main.py", &run.trace.threads).into_iter().map(|m| (m.line, m.message)).collect()
    }

    #[test]
    fn syntax_error_from_the_engine() {
        let marks = marks_of("import time\n\ndef worker(n)\n    time.sleep(1)\n");
        assert_eq!(marks, [(3, "SyntaxError: expected ':'".to_string())]);
    }

    #[test]
    fn runtime_errors_in_a_function_and_in_a_thread() {
        let source = "import threading\n\ndef worker():\n    print(missing)\n\n\
                      t = threading.Thread(target=worker)\nt.start()\nt.join()\n1 / 0\n";
        assert_eq!(
            marks_of(source),
            [
                (4, "NameError: name 'missing' is not defined".to_string()),
                (9, "ZeroDivisionError: division by zero".to_string())
            ]
        );
    }

    #[test]
    fn a_thread_that_fails_before_its_target_runs_is_marked_where_it_was_created() {
        let source = "import threading\n\ndef f(x):\n    print(x)\n\n\
                      t = threading.Thread(target=f, args=(1))\nt.start()\nt.join()\n";
        assert_eq!(
            marks_of(source),
            [(
                6,
                "TypeError: __main__.f() argument after * must be an iterable, not int (in Thread-1 (f), created here)"
                    .to_string()
            )]
        );
    }

    #[test]
    fn reads_hand_written_tracebacks() {
        let stderr = "Traceback (most recent call last):\n  File \"main.py\", line 12, in <module>\n    main()\n  \
                      File \"main.py\", line 5, in main\n    f()\n  File \"threading.py\", line 99, in f\n    x\n\
                      ValueError: bad\nplain text written to stderr\n  File \"main.py\", line 2\n    async def f(): pass\n\
                      NotImplementedError: async def is not supported (line 2)\nOops: (line 7)\n";
        assert_eq!(
            error_marks(stderr, "main.py", &[]),
            [
                ErrorMark { line: 5, message: "ValueError: bad".into() },
                ErrorMark { line: 2, message: "NotImplementedError: async def is not supported (line 2)".into() },
                ErrorMark { line: 7, message: "Oops: (line 7)".into() },
            ]
        );
        assert_eq!(error_marks("", "main.py", &[]), []);
        assert_eq!(error_marks("  File \"main.py\", line 99999999999999999999\nE: x\n", "main.py", &[]), []);
    }
}
