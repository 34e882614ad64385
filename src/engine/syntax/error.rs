//! The syntax error the parser returns, and its rendering as CPython 3.11 prints it
//! (`File "x.py", line 3`, the stripped source line, the carets, the message).

use crate::engine::source::{LineIndex, TextRange};
use std::fmt;

/// Which exception class CPython raises for this error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorClass {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxErrorClass {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorClass::SyntaxError => "SyntaxError",
            SyntaxErrorClass::IndentationError => "IndentationError",
            SyntaxErrorClass::TabError => "TabError",
        }
    }
}

/// A syntax error: CPython's class and wording, and the byte range its carets underline.
/// An empty range puts one caret at `range.start`; an empty range at the very end of the
/// source means "at end of file" (CPython then shows the last line without a caret).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub class: SyntaxErrorClass,
    pub message: String,
    pub range: TextRange,
}

impl SyntaxError {
    pub(crate) fn new(message: impl Into<String>, range: TextRange) -> Self {
        SyntaxError { class: SyntaxErrorClass::SyntaxError, message: message.into(), range }
    }

    pub(crate) fn indentation(message: impl Into<String>, range: TextRange) -> Self {
        SyntaxError { class: SyntaxErrorClass::IndentationError, message: message.into(), range }
    }

    /// 1-based line of the error.
    pub fn line(&self, source: &str) -> u32 {
        LineIndex::new(source).line_of(self.range.start)
    }

    /// CPython 3.11's text for this error, exactly as `python3 FILE` prints it to stderr.
    pub fn render(&self, filename: &str, source: &str) -> String {
        let index = LineIndex::new(source);
        let start = (self.range.start as usize).min(source.len());
        // An empty range at the very end is CPython's end marker: the last line, no caret.
        let at_eof = self.range.start as usize == source.len() && self.range.end == self.range.start;
        let line = index.line_of(if at_eof { start.saturating_sub(1) as u32 } else { start as u32 });
        let line_start = index.line_start(line) as usize;
        let mut out = format!("  File \"{filename}\", line {line}\n");
        // The physical line, with its line break if it has one (CPython re-reads the file).
        let line_end = source.get(line_start..).and_then(|rest| rest.find('\n')).map(|i| line_start + i + 1);
        let full = source.get(line_start..line_end.unwrap_or(source.len())).unwrap_or("");
        let text = full.strip_suffix('\n').map(|t| t.strip_suffix('\r').unwrap_or(t)).unwrap_or(full);
        // CPython prints the line as a C string: it ends at a NUL byte.
        let text = text.split('\0').next().unwrap_or("");
        if self.message == NUL_MESSAGE {
            out.push_str("    ");
            out.push_str(text.trim_start_matches([' ', '\t', '\x0c']));
            out.push('\n');
        } else if at_eof {
            if !source.is_empty() {
                out.push_str("    ");
                out.push_str(text.trim_start_matches([' ', '\t', '\x0c']));
                out.push('\n');
            }
        } else if !(text.is_empty() && line_end.is_none()) {
            // 1-based offsets, as in CPython's SyntaxError.offset / end_offset: characters for
            // the tokenizer's own errors, bytes for the parser's (CPython 3.11 does not convert
            // those when the file has no coding declaration).
            let chars = self.tokenizer_columns();
            let col = |off: usize| {
                let prefix = source.get(line_start..off.min(source.len())).unwrap_or("");
                (if chars { prefix.chars().count() } else { prefix.len() }) as i64
            };
            let offset = col(start) + 1;
            let end_line = index.line_of(self.range.end);
            let mut end_offset = if self.range.end as usize <= start {
                offset + 1
            } else if end_line != line {
                // CPython highlights to the end of the first line (in bytes, with the newline).
                full.len() as i64
            } else {
                col(self.range.end as usize) + 1
            };
            end_offset = end_offset.min(full.len() as i64 + 1);
            render_text(&mut out, text, offset, end_offset);
        }
        out.push_str(self.class.name());
        out.push_str(": ");
        out.push_str(&self.message);
        out.push('\n');
        out
    }
}

/// A port of CPython 3.11's `print_error_text`: strip the indentation, then place the carets.
fn render_text(out: &mut String, text: &str, offset: i64, end_offset: i64) {
    let reps = if end_offset > 0 && end_offset > offset { end_offset - offset } else { 1 };
    let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
    let offset = (offset - 1 - (text.len() - stripped.len()) as i64).min(stripped.len() as i64);
    out.push_str("    ");
    out.push_str(stripped);
    out.push('\n');
    if offset < 0 {
        return;
    }
    out.push_str("    ");
    for _ in 0..offset {
        out.push(' ');
    }
    for _ in 0..reps.min(100_000) {
        out.push('^');
    }
    out.push('\n');
}

/// CPython's error for a NUL byte anywhere in the file (shown without a caret).
pub(crate) const NUL_MESSAGE: &str = "source code cannot contain null bytes";

/// Messages CPython's tokenizer raises itself (with columns counted in characters).
const TOKENIZER_MESSAGES: [&str; 9] = [
    "unterminated string literal",
    "unterminated triple-quoted string literal",
    "invalid character",
    "invalid non-printable character",
    "invalid digit",
    "leading zeros in decimal integer literals",
    "unmatched '",
    "closing parenthesis",
    "too many nested parentheses",
];

impl SyntaxError {
    fn tokenizer_columns(&self) -> bool {
        let m = self.message.as_str();
        TOKENIZER_MESSAGES.iter().any(|t| m.starts_with(t)) || (m.starts_with("invalid ") && m.ends_with(" literal"))
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.class.name(), self.message)
    }
}
