//! The daemon switches: find each `threading.Thread(...)` / `Thread(...)` call in the learner's
//! script, read whether it makes a daemon thread, and rewrite the script when a switch is flipped.
//!
//! The script is read with the editor's forgiving tokenizer rather than the engine's parser, so
//! the switches keep following the code while it is half-typed and does not parse.
//! A thread is a daemon when the script says `daemon=True` in the call, or sets
//! `t.daemon = True` on the variable the call was assigned to (the later wins, as in Python).

use std::ops::Range;

use super::tokens::{tokenize, Token, TokenKind};

/// One `Thread(...)` call of the script, with what the switch needs to show and change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ThreadCall {
    /// The switch's accessible name: "daemon" when the script has one call, else
    /// "daemon: alice" (the thread's `name=`), "daemon: worker" (its target), or the target and
    /// line when those repeat or are missing.
    pub label: String,
    /// The `target=` function name, if it is a plain name.
    pub target: Option<String>,
    /// The `name=` of the thread, if it is a plain string.
    pub name: Option<String>,
    /// 1-based line of the word `Thread`.
    pub line: u32,
    /// Whether the thread is a daemon. `None` when the script computes it (`daemon=flag`).
    pub daemon: Option<bool>,
    /// Where the switch writes: the value of `daemon=` or of `t.daemon = `, if present.
    value: Option<Range<usize>>,
    /// Where `daemon=…` is added when the call has no such argument.
    insert: Insertion,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct Insertion {
    /// Byte offset where the new argument goes.
    at: usize,
    /// Text before `daemon=True`: `", "`, `""`, or a line break and indentation.
    before: String,
    /// Text after it (`","` when the call ends with a trailing comma on its own line).
    after: &'static str,
}

/// The `Thread(...)` calls of `source`, in order.
pub fn thread_calls(source: &str) -> Vec<ThreadCall> {
    let all = tokenize(source);
    // Comments and spaces do not matter to the scan; line breaks inside brackets are whitespace.
    let toks: Vec<&Token> =
        all.iter().filter(|t| !matches!(t.kind, TokenKind::Whitespace | TokenKind::Comment)).collect();
    let text = |t: &Token| &source[t.range.clone()];
    let mut calls = Vec::new();
    for i in 0..toks.len() {
        let is_thread = toks[i].kind == TokenKind::Name
            && text(toks[i]) == "Thread"
            && toks.get(i + 1).is_some_and(|t| text(t) == "(")
            && !(i > 0 && matches!(text(toks[i - 1]), "def" | "class"));
        if !is_thread {
            continue;
        }
        let Some(call) = read_call(source, &toks, i) else { continue };
        calls.push(call);
    }
    label(&mut calls);
    calls
}

/// Reads the call whose `Thread` name is `toks[at]`; `None` when its parentheses never close.
fn read_call(source: &str, toks: &[&Token], at: usize) -> Option<ThreadCall> {
    let text = |t: &Token| &source[t.range.clone()];
    let open = at + 1;
    // Split the arguments at top-level commas, up to the matching ')'.
    let mut depth = 0usize;
    let mut args: Vec<Range<usize>> = Vec::new(); // token index ranges
    let mut arg_start = open + 1;
    let mut close = None;
    for (j, tok) in toks.iter().enumerate().skip(open) {
        match tok.kind {
            TokenKind::Open => depth += 1,
            TokenKind::Close => {
                depth -= 1;
                if depth == 0 {
                    if j > arg_start {
                        args.push(arg_start..j);
                    }
                    close = Some(j);
                    break;
                }
            }
            TokenKind::Punctuation if depth == 1 && text(tok) == "," => {
                args.push(arg_start..j);
                arg_start = j + 1;
            }
            TokenKind::Newline => return None,
            _ => {}
        }
    }
    let close = close?;
    let keyword = |arg: &Range<usize>| -> Option<&str> {
        let name = toks.get(arg.start)?;
        let eq = toks.get(arg.start + 1)?;
        (arg.len() >= 2 && name.kind != TokenKind::String && text(eq) == "=").then(|| text(name))
    };
    let value_range =
        |arg: &Range<usize>| toks[arg.start + 2].range.start..toks[arg.end.max(arg.start + 3) - 1].range.end;
    let mut target = None;
    let mut name = None;
    let mut value = None;
    let mut daemon = Some(false);
    for arg in &args {
        match keyword(arg) {
            Some("target") if arg.len() >= 3 => {
                let last = toks[arg.end - 1];
                if last.kind == TokenKind::Name || last.kind == TokenKind::Builtin {
                    target = Some(text(last).to_string());
                }
            }
            Some("name") if arg.len() == 3 && toks[arg.start + 2].kind == TokenKind::String => {
                let quoted = text(toks[arg.start + 2]);
                let inner = quoted.trim_matches(|c| c == '"' || c == '\'');
                if !inner.is_empty() && !inner.contains(['\\', '{']) {
                    name = Some(inner.to_string());
                }
            }
            Some("daemon") if arg.len() >= 3 => {
                let range = value_range(arg);
                daemon = literal_bool(&source[range.clone()]);
                value = Some(range);
            }
            _ => {}
        }
    }
    // `t = threading.Thread(...)` followed later by `t.daemon = True`.
    if let Some(var) = assigned_name(source, toks, at) {
        let mut j = close + 1;
        while j + 4 < toks.len() {
            let at_statement_start = toks[j - 1].kind == TokenKind::Newline || text(toks[j - 1]) == ";";
            if at_statement_start
                && text(toks[j]) == var
                && text(toks[j + 1]) == "."
                && text(toks[j + 2]) == "daemon"
                && text(toks[j + 3]) == "="
            {
                let v = toks[j + 4];
                value = Some(v.range.clone());
                daemon = literal_bool(text(v));
            }
            // A new `t = ...` ends the search: later lines are about another thread.
            if at_statement_start && text(toks[j]) == var && text(toks[j + 1]) == "=" {
                break;
            }
            j += 1;
        }
    }
    let line = line_of(source, toks[at].range.start);
    Some(ThreadCall {
        label: String::new(),
        target,
        name,
        line,
        daemon,
        value,
        insert: insertion(source, toks, open, close, &args),
    })
}

/// `var` in `var = [threading.]Thread(`, when the call is the whole right-hand side's start.
fn assigned_name<'a>(source: &'a str, toks: &[&Token], at: usize) -> Option<&'a str> {
    let text = |t: &Token| &source[t.range.clone()];
    let mut j = at;
    if j >= 2 && text(toks[j - 1]) == "." && toks[j - 2].kind == TokenKind::Name {
        j -= 2;
    }
    if j < 2 || text(toks[j - 1]) != "=" || toks[j - 2].kind != TokenKind::Name {
        return None;
    }
    let starts_statement = j == 2 || toks[j - 3].kind == TokenKind::Newline || text(toks[j - 3]) == ";";
    starts_statement.then(|| text(toks[j - 2]))
}

/// Where and how `daemon=True` is added to a call that lacks it.
fn insertion(source: &str, toks: &[&Token], open: usize, close: usize, args: &[Range<usize>]) -> Insertion {
    let Some(last) = args.last() else {
        return Insertion { at: toks[open].range.end, before: String::new(), after: "" };
    };
    let last_end = toks[last.end - 1].range.end;
    let trailing_comma = last.end < close;
    let close_start = toks[close].range.start;
    if line_of(source, toks[last.start].range.start) != line_of(source, close_start) {
        // One argument per line, ')' on a line of its own: add a line like the last argument's.
        let line_start = source[..toks[last.start].range.start].rfind('\n').map_or(0, |n| n + 1);
        let indent: String =
            source[line_start..toks[last.start].range.start].chars().take_while(|c| c.is_whitespace()).collect();
        if trailing_comma {
            let comma_end = toks[last.end].range.end;
            return Insertion { at: comma_end, before: format!("\n{indent}"), after: "," };
        }
        return Insertion { at: last_end, before: format!(",\n{indent}"), after: "" };
    }
    Insertion { at: last_end, before: ", ".into(), after: "" }
}

fn literal_bool(text: &str) -> Option<bool> {
    match text.trim() {
        "True" => Some(true),
        "False" => Some(false),
        _ => None,
    }
}

fn line_of(source: &str, offset: usize) -> u32 {
    source.as_bytes()[..offset.min(source.len())].iter().filter(|&&b| b == b'\n').count() as u32 + 1
}

/// Names the switches: "daemon" alone, else "daemon: target", with the line when names repeat.
fn label(calls: &mut [ThreadCall]) {
    if calls.len() == 1 {
        calls[0].label = "daemon".into();
        return;
    }
    let targets: Vec<Option<String>> = calls.iter().map(|c| c.target.clone()).collect();
    let names: Vec<Option<String>> = calls.iter().map(|c| c.name.clone()).collect();
    let once =
        |all: &[Option<String>], one: &Option<String>| one.is_some() && all.iter().filter(|n| *n == one).count() == 1;
    for call in calls.iter_mut() {
        // The thread's own name when it is given (the timeline shows it), else its target.
        call.label = match (&call.name, &call.target) {
            (Some(n), _) if once(&names, &call.name) => format!("daemon: {n}"),
            (_, Some(t)) if once(&targets, &call.target) => format!("daemon: {t}"),
            (_, Some(t)) => format!("daemon: {t} (line {})", call.line),
            (_, None) => format!("daemon: Thread at line {}", call.line),
        };
    }
}

/// `source` with the thread of `calls[index]` made a daemon (`on`) or not, by rewriting its
/// `daemon=` argument or `t.daemon = ` line, or adding `daemon=True` to the call.
/// Unchanged when there is no such call.
pub fn set_daemon(source: &str, index: usize, on: bool) -> String {
    let changed = rewrite_daemon(source, index, on);
    // Half-typed code (an unterminated string inside the call, say) can swallow the edit: then
    // the code is left as the learner wrote it rather than made worse.
    let took = thread_calls(&changed).get(index).is_some_and(|c| c.daemon == Some(on) || (!on && c.value.is_none()));
    if took {
        changed
    } else {
        source.to_string()
    }
}

fn rewrite_daemon(source: &str, index: usize, on: bool) -> String {
    let calls = thread_calls(source);
    let Some(call) = calls.get(index) else { return source.to_string() };
    let word = if on { "True" } else { "False" };
    let mut out = String::with_capacity(source.len() + 16);
    match &call.value {
        Some(range) => {
            out.push_str(&source[..range.start]);
            out.push_str(word);
            out.push_str(&source[range.end..]);
        }
        None if !on => return source.to_string(),
        None => {
            let ins = &call.insert;
            out.push_str(&source[..ins.at]);
            out.push_str(&ins.before);
            out.push_str("daemon=");
            out.push_str(word);
            out.push_str(ins.after);
            out.push_str(&source[ins.at..]);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const LESSON: &str = "\
import threading
import time

def worker(n):
    time.sleep(10)

t = threading.Thread(target=worker, args=(1,), daemon=False)
t.start()
";

    fn summary(source: &str) -> Vec<(String, u32, Option<bool>)> {
        thread_calls(source).into_iter().map(|c| (c.label, c.line, c.daemon)).collect()
    }

    #[test]
    fn the_lesson_call_is_found_and_flipped_both_ways() {
        assert_eq!(summary(LESSON), [("daemon".to_string(), 7, Some(false))]);
        let on = set_daemon(LESSON, 0, true);
        assert_eq!(on, LESSON.replace("daemon=False", "daemon=True"));
        assert_eq!(summary(&on), [("daemon".to_string(), 7, Some(true))]);
        assert_eq!(set_daemon(&on, 0, false), LESSON);
    }

    #[test]
    fn adds_the_argument_when_absent() {
        assert_eq!(set_daemon("Thread(target=f)\n", 0, true), "Thread(target=f, daemon=True)\n");
        assert_eq!(set_daemon("x = Thread()", 0, true), "x = Thread(daemon=True)");
        assert_eq!(set_daemon("Thread(target=f, )", 0, true), "Thread(target=f, daemon=True, )");
        // Turning off a call that has no argument changes nothing: it already is not a daemon.
        assert_eq!(set_daemon("Thread(target=f)", 0, false), "Thread(target=f)");
        assert_eq!(summary("Thread(target=f)"), [("daemon".to_string(), 1, Some(false))]);
    }

    #[test]
    fn one_argument_per_line_gets_a_line_of_its_own() {
        let with_comma = "t = threading.Thread(\n    target=worker,\n    args=(1,),\n)\n";
        assert_eq!(
            set_daemon(with_comma, 0, true),
            "t = threading.Thread(\n    target=worker,\n    args=(1,),\n    daemon=True,\n)\n"
        );
        let without = "t = threading.Thread(\n    target=worker,\n    args=(1,)\n)\n";
        assert_eq!(
            set_daemon(without, 0, true),
            "t = threading.Thread(\n    target=worker,\n    args=(1,),\n    daemon=True\n)\n"
        );
    }

    #[test]
    fn attribute_assignment_wins_and_is_rewritten() {
        let source = "t = threading.Thread(target=worker, daemon=False)\nt.daemon = True  # later wins\nt.start()\n";
        assert_eq!(summary(source), [("daemon".to_string(), 1, Some(true))]);
        assert_eq!(
            set_daemon(source, 0, false),
            "t = threading.Thread(target=worker, daemon=False)\nt.daemon = False  # later wins\nt.start()\n"
        );
        // Another `t = ...` ends what the first call's variable means.
        let two = "t = Thread(target=a)\nt = Thread(target=b)\nt.daemon = True\n";
        assert_eq!(summary(two), [("daemon: a".to_string(), 1, Some(false)), ("daemon: b".to_string(), 2, Some(true))]);
    }

    #[test]
    fn several_calls_are_named_after_their_threads_or_targets() {
        let source = "from threading import Thread\n\
                      a = Thread(target=reader, daemon=True)\n\
                      b = Thread(target=writer)\n\
                      c = Thread(target=writer, name='w2')\n\
                      d = Thread()\n";
        assert_eq!(
            summary(source),
            [
                ("daemon: reader".to_string(), 2, Some(true)),
                ("daemon: writer (line 3)".to_string(), 3, Some(false)),
                ("daemon: w2".to_string(), 4, Some(false)),
                ("daemon: Thread at line 5".to_string(), 5, Some(false)),
            ]
        );
        let flipped = set_daemon(source, 2, true);
        assert!(flipped.contains("c = Thread(target=writer, name='w2', daemon=True)\n"));
        assert_eq!(thread_calls(&flipped)[2].daemon, Some(true));
        assert_eq!(set_daemon(source, 9, true), source);
    }

    #[test]
    fn computed_values_strings_comments_and_subclasses_are_not_switches() {
        let source = "# Thread(target=x)\ns = 'Thread(target=y)'\nclass T(threading.Thread):\n    pass\n\
                      def Thread(): pass\nt = Thread(target=w, daemon=flag)\n";
        assert_eq!(summary(source), [("daemon".to_string(), 6, None)]);
        assert_eq!(set_daemon(source, 0, true), source.replace("daemon=flag", "daemon=True"));
    }

    #[test]
    fn half_typed_code_never_panics() {
        for source in [
            "Thread(",
            "Thread(target=",
            "t = Thread(daemon=",
            "Thread(daemon=)",
            "t.daemon =",
            "Thread)(",
            "= Thread(",
        ] {
            let _ = summary(source);
            for on in [true, false] {
                let _ = set_daemon(source, 0, on);
            }
        }
        assert_eq!(summary("t = Thread(\n  target=f"), []);
    }
}
