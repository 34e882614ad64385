//! The tokenizer: source text → tokens with byte ranges, including NEWLINE, INDENT and DEDENT.
//! It follows CPython 3.11's `tokenizer.c` (tabs to multiples of 8, brackets join lines, the
//! same error wording and positions). The whole file is tokenized up front; an error ends the
//! token list with an `Error` token so the parser can decide, as CPython does, whether its own
//! error (found earlier) or the tokenizer's is the one to report.

use super::error::{SyntaxError, SyntaxErrorClass};
use crate::engine::source::TextRange;

/// CPython's `MAXINDENT`: deeper indentation is an IndentationError.
const MAX_INDENT: usize = 100;
/// CPython's `MAXLEVEL`: more open brackets is "too many nested parentheses".
const MAX_LEVEL: usize = 200;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokKind {
    Name,
    Number,
    /// A whole string literal, prefix and quotes included (f-strings too).
    String,
    Op,
    Newline,
    Indent,
    Dedent,
    EndMarker,
    /// Where tokenizing failed; `Lexed::error` says why.
    Error,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    pub kind: TokKind,
    pub range: TextRange,
}

/// A tokenizer error and how it competes with a parser error found before it.
#[derive(Clone, Debug)]
pub(crate) struct LexError {
    pub error: SyntaxError,
    /// CPython raises these inside the tokenizer, so they win over an earlier parser error
    /// (3.11 tokenizes the rest of the file after a parser error). Indentation errors and
    /// EOF inside brackets do not.
    pub raising: bool,
    /// The innermost bracket still open when the error happened: its character and offset.
    pub open_bracket: Option<(char, u32)>,
}

pub(crate) struct Lexed {
    pub tokens: Vec<Token>,
    pub error: Option<LexError>,
}

/// Tokenizes all of `source`.
pub(crate) fn tokenize(source: &str) -> Lexed {
    let mut lexer = Lexer::new(source);
    let error = lexer.run().err();
    if let Some(e) = &error {
        let at = e.error.range.start;
        lexer.tokens.push(Token { kind: TokKind::Error, range: TextRange::empty(at) });
    }
    Lexed { tokens: lexer.tokens, error }
}

/// Tokenizes `source[start..end]` as if inside brackets (line breaks are ignored and there is
/// no indentation): the expression of an f-string replacement field. Ranges stay absolute.
pub(crate) fn tokenize_region(source: &str, start: usize, end: usize) -> Lexed {
    let src = source.get(..end).unwrap_or(source);
    let mut lexer = Lexer::new(src);
    lexer.pos = start.min(src.len());
    lexer.line_start = src.get(..lexer.pos).and_then(|s| s.rfind('\n')).map_or(0, |i| i + 1);
    lexer.implicit_brackets = true;
    let error = lexer.run().err();
    if let Some(e) = &error {
        let at = e.error.range.start;
        lexer.tokens.push(Token { kind: TokKind::Error, range: TextRange::empty(at) });
    }
    Lexed { tokens: lexer.tokens, error }
}

struct Lexer<'s> {
    src: &'s str,
    bytes: &'s [u8],
    pos: usize,
    tokens: Vec<Token>,
    /// Indentation columns (tabs to multiples of 8) and "alternate" columns (tabs count 1),
    /// compared as CPython does to detect inconsistent tabs and spaces.
    indents: Vec<(usize, usize)>,
    /// Open brackets: character and offset.
    brackets: Vec<(char, usize)>,
    line_start: usize,
    line_no: u32,
    /// Tokenizing an f-string expression: as if inside brackets.
    implicit_brackets: bool,
}

fn is_ident_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_' || (!c.is_ascii() && c.is_alphabetic())
}

fn is_ident_continue(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || c == '_'
        || (!c.is_ascii() && (c.is_alphanumeric() || is_combining(c) || c == '\u{b7}' || c == '\u{387}'))
}

/// Combining marks, joiners and connector punctuation that may continue an identifier (a
/// rough stand-in for Unicode's XID_Continue beyond letters and digits, which Rust's std
/// does not expose).
fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F
        | 0x203F | 0x2040 | 0x2054 | 0xFE33 | 0xFE34 | 0xFE4D..=0xFE4F | 0xFF3F | 0x200C | 0x200D)
}

/// Characters CPython reads as part of a possible identifier (then checks them).
fn is_potential_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || !c.is_ascii()
}

const OPS3: [&str; 5] = ["**=", "//=", ">>=", "<<=", "..."];
const OPS2: [&str; 20] = [
    "->", ":=", "!=", "==", "<=", ">=", "**", "//", "<<", ">>", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
    "<>",
];

impl<'s> Lexer<'s> {
    fn new(src: &'s str) -> Self {
        // A UTF-8 byte order mark is skipped, as CPython does.
        let pos = if src.starts_with('\u{feff}') { 3 } else { 0 };
        Lexer {
            src,
            bytes: src.as_bytes(),
            pos,
            tokens: Vec::new(),
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            line_start: 0,
            line_no: 1,
            implicit_brackets: false,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn peek_at(&self, n: usize) -> Option<u8> {
        self.bytes.get(self.pos + n).copied()
    }

    fn peek_char(&self) -> Option<char> {
        self.src.get(self.pos..).and_then(|s| s.chars().next())
    }

    fn push(&mut self, kind: TokKind, start: usize, end: usize) {
        self.tokens.push(Token { kind, range: TextRange::new(start as u32, end as u32) });
    }

    fn error(&self, message: impl Into<String>, start: usize, end: usize) -> LexError {
        LexError {
            error: SyntaxError::new(message, TextRange::new(start as u32, end as u32)),
            raising: true,
            open_bracket: self.open_bracket(),
        }
    }

    /// An error CPython reports with its caret on the character just before `at`.
    fn error_before(&self, message: impl Into<String>, at: usize) -> LexError {
        let start = self.prev_char_start(at);
        self.error(message, start, at)
    }

    fn open_bracket(&self) -> Option<(char, u32)> {
        self.brackets.last().map(|&(c, o)| (c, o as u32))
    }

    fn prev_char_start(&self, at: usize) -> usize {
        let mut i = at.min(self.src.len());
        if i == 0 {
            return 0;
        }
        i -= 1;
        while i > 0 && !self.src.is_char_boundary(i) {
            i -= 1;
        }
        i.max(self.line_start)
    }

    /// Consumes a line break at `pos` (`\n`, `\r\n` or a lone `\r`); false if none is there.
    fn eat_newline(&mut self) -> bool {
        match self.peek() {
            Some(b'\n') => self.pos += 1,
            Some(b'\r') => {
                self.pos += 1;
                if self.peek() == Some(b'\n') {
                    self.pos += 1;
                }
            }
            _ => return false,
        }
        self.line_start = self.pos;
        self.line_no = self.line_no.saturating_add(1);
        true
    }

    fn run(&mut self) -> Result<(), LexError> {
        let mut at_line_start = true;
        loop {
            if at_line_start {
                at_line_start = false;
                if self.brackets.is_empty() && !self.implicit_brackets && self.indentation()? {
                    at_line_start = true;
                    continue;
                }
            }
            // Whitespace, comments and line continuations between tokens.
            loop {
                match self.peek() {
                    Some(b' ' | b'\t' | b'\x0c') => self.pos += 1,
                    Some(b'#') => {
                        while !matches!(self.peek(), None | Some(b'\n' | b'\r')) {
                            self.pos += 1;
                        }
                    }
                    Some(b'\\') => {
                        let at = self.pos;
                        self.pos += 1;
                        if !self.eat_newline() {
                            if self.peek().is_none() {
                                let mut e = self.error("unexpected EOF while parsing", at + 1, at + 2);
                                e.raising = false;
                                return Err(e);
                            }
                            let next = self.pos + self.peek_char().map_or(1, char::len_utf8);
                            let mut e =
                                self.error_before("unexpected character after line continuation character", next);
                            e.raising = false;
                            return Err(e);
                        }
                        if self.peek().is_none() {
                            let mut e = self.error("unexpected EOF while parsing", at + 1, at + 2);
                            e.raising = false;
                            return Err(e);
                        }
                    }
                    _ => break,
                }
            }
            let start = self.pos;
            let Some(c) = self.peek_char() else {
                return self.finish();
            };
            if c == '\n' || c == '\r' {
                self.eat_newline();
                if self.brackets.is_empty() && !self.implicit_brackets {
                    self.push(TokKind::Newline, start, self.pos);
                    at_line_start = true;
                }
                continue;
            }
            if is_ident_start(c) || !c.is_ascii() {
                self.name_or_string(start)?;
            } else if c.is_ascii_digit() || (c == '.' && self.peek_at(1).is_some_and(|b| b.is_ascii_digit())) {
                self.number(start)?;
            } else if c == '\'' || c == '"' {
                self.string(start, start)?;
            } else {
                self.operator(start, c)?;
            }
        }
    }

    /// At the start of a line outside brackets: measures the indentation and pushes INDENT or
    /// DEDENT tokens. Returns true for a blank or comment-only line (skipped entirely).
    fn indentation(&mut self) -> Result<bool, LexError> {
        let (mut col, mut alt) = (0usize, 0usize);
        loop {
            match self.peek() {
                Some(b' ') => {
                    col += 1;
                    alt += 1;
                }
                Some(b'\t') => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                Some(b'\x0c') => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
            self.pos += 1;
        }
        match self.peek() {
            Some(b'#') => {
                while !matches!(self.peek(), None | Some(b'\n' | b'\r')) {
                    self.pos += 1;
                }
                if self.eat_newline() {
                    return Ok(true);
                }
                return Ok(false);
            }
            Some(b'\n' | b'\r') => {
                self.eat_newline();
                return Ok(true);
            }
            None => return Ok(false),
            _ => {}
        }
        let &(top, top_alt) = self.indents.last().unwrap_or(&(0, 0));
        let here = self.pos;
        if col == top {
            if alt != top_alt {
                return Err(self.tab_error());
            }
        } else if col > top {
            if self.indents.len() >= MAX_INDENT {
                let mut e = self.error("too many levels of indentation", self.line_start, self.line_start);
                e.error.class = SyntaxErrorClass::IndentationError;
                e.raising = false;
                return Err(e);
            }
            if alt <= top_alt {
                return Err(self.tab_error());
            }
            self.indents.push((col, alt));
            self.push(TokKind::Indent, self.line_start, here);
        } else {
            while self.indents.len() > 1 && self.indents.last().is_some_and(|&(c, _)| col < c) {
                self.indents.pop();
                self.push(TokKind::Dedent, here, here);
            }
            let &(top, top_alt) = self.indents.last().unwrap_or(&(0, 0));
            if col != top {
                // CPython's caret sits at the end of the offending line.
                let rest = self.src.get(here..).unwrap_or("");
                let eol = here + rest.find(['\n', '\r']).unwrap_or(rest.len());
                let mut e = self.error("unindent does not match any outer indentation level", eol, eol);
                e.error.class = SyntaxErrorClass::IndentationError;
                e.raising = false;
                return Err(e);
            }
            if alt != top_alt {
                return Err(self.tab_error());
            }
        }
        Ok(false)
    }

    fn tab_error(&self) -> LexError {
        let mut e = self.error("inconsistent use of tabs and spaces in indentation", self.line_start, self.line_start);
        e.error.class = SyntaxErrorClass::TabError;
        e.raising = false;
        e
    }

    /// End of input: a NEWLINE if the last line lacks one, DEDENTs, ENDMARKER.
    fn finish(&mut self) -> Result<(), LexError> {
        let end = self.src.len();
        if self.implicit_brackets && self.brackets.is_empty() {
            self.push(TokKind::EndMarker, end, end);
            return Ok(());
        }
        if let Some(&(c, at)) = self.brackets.last() {
            let mut e = self.error(format!("'{c}' was never closed"), at, at + 1);
            e.raising = false;
            return Err(e);
        }
        if self.tokens.last().is_some_and(|t| !matches!(t.kind, TokKind::Newline | TokKind::Indent | TokKind::Dedent)) {
            self.push(TokKind::Newline, end, end);
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.push(TokKind::Dedent, end, end);
        }
        self.push(TokKind::EndMarker, end, end);
        Ok(())
    }

    fn name_or_string(&mut self, start: usize) -> Result<(), LexError> {
        let mut end = start;
        let mut all_valid = true;
        let mut first_bad: Option<(usize, char)> = None;
        for (i, ch) in self.src.get(start..).unwrap_or("").char_indices() {
            if !is_potential_ident(ch) {
                break;
            }
            let ok = if i == 0 { is_ident_start(ch) } else { is_ident_continue(ch) };
            if !ok && first_bad.is_none() {
                first_bad = Some((start + i, ch));
                all_valid = false;
            }
            end = start + i + ch.len_utf8();
        }
        let word = self.src.get(start..end).unwrap_or("");
        if matches!(self.bytes.get(end), Some(b'\'' | b'"')) && is_string_prefix(word) {
            return self.string(start, end);
        }
        if !all_valid {
            if let Some((at, ch)) = first_bad {
                let msg = if is_printable(ch) {
                    format!("invalid character '{ch}' (U+{:04X})", ch as u32)
                } else {
                    format!("invalid non-printable character U+{:04X}", ch as u32)
                };
                return Err(self.error(msg, at, at + ch.len_utf8()));
            }
        }
        if end == start {
            // Not reachable with a potential identifier character, but never loop forever.
            let len = self.peek_char().map_or(1, char::len_utf8);
            return Err(self.error("invalid syntax", start, start + len));
        }
        self.pos = end;
        self.push(TokKind::Name, start, end);
        Ok(())
    }

    /// A string literal whose prefix is `start..quote` and whose opening quote is at `quote`.
    fn string(&mut self, start: usize, quote: usize) -> Result<(), LexError> {
        let q = self.bytes.get(quote).copied().unwrap_or(b'"');
        let triple = self.bytes.get(quote + 1) == Some(&q) && self.bytes.get(quote + 2) == Some(&q);
        self.pos = quote + if triple { 3 } else { 1 };
        loop {
            match self.peek() {
                None => {
                    let what = if triple {
                        "unterminated triple-quoted string literal"
                    } else {
                        "unterminated string literal"
                    };
                    // At the end of a file ending in a line break, CPython is still on the last line.
                    let line =
                        if self.pos == self.line_start { self.line_no.saturating_sub(1).max(1) } else { self.line_no };
                    let msg = format!("{what} (detected at line {line})");
                    return Err(self.error(msg, start, start + 1));
                }
                Some(b'\\') => {
                    self.pos += 1;
                    if !self.eat_newline() {
                        self.pos += self.peek_char().map_or(0, char::len_utf8);
                    }
                }
                Some(b'\n' | b'\r') if !triple => {
                    let msg = format!("unterminated string literal (detected at line {})", self.line_no);
                    return Err(self.error(msg, start, start + 1));
                }
                Some(b'\n' | b'\r') => {
                    self.eat_newline();
                }
                Some(b) if b == q => {
                    if !triple {
                        self.pos += 1;
                        break;
                    }
                    if self.peek_at(1) == Some(q) && self.peek_at(2) == Some(q) {
                        self.pos += 3;
                        break;
                    }
                    self.pos += 1;
                }
                Some(_) => self.pos += self.peek_char().map_or(1, char::len_utf8),
            }
        }
        self.push(TokKind::String, start, self.pos);
        Ok(())
    }

    fn number(&mut self, start: usize) -> Result<(), LexError> {
        self.pos = start;
        let c = self.peek().unwrap_or(b'0');
        if c == b'0' && matches!(self.peek_at(1), Some(b'x' | b'X' | b'o' | b'O' | b'b' | b'B')) {
            let (kind, radix) = match self.peek_at(1) {
                Some(b'x' | b'X') => ("hexadecimal", 16),
                Some(b'o' | b'O') => ("octal", 8),
                _ => ("binary", 2),
            };
            self.pos += 2;
            loop {
                if self.peek() == Some(b'_') {
                    self.pos += 1;
                }
                let d = self.peek();
                if !d.is_some_and(|d| (d as char).is_digit(radix)) {
                    if radix != 16 && d.is_some_and(|d| d.is_ascii_digit()) {
                        let d = d.unwrap_or(b'0') as char;
                        return Err(self.error(
                            format!("invalid digit '{d}' in {kind} literal"),
                            self.pos,
                            self.pos + 1,
                        ));
                    }
                    return Err(self.error_before(format!("invalid {kind} literal"), self.pos));
                }
                while self.peek().is_some_and(|d| (d as char).is_digit(radix)) {
                    self.pos += 1;
                }
                if self.peek() != Some(b'_') {
                    break;
                }
            }
            if radix != 16 && self.peek().is_some_and(|d| d.is_ascii_digit()) {
                let d = self.peek().unwrap_or(b'0') as char;
                return Err(self.error(format!("invalid digit '{d}' in {kind} literal"), self.pos, self.pos + 1));
            }
            self.verify_end(kind)?;
            self.push(TokKind::Number, start, self.pos);
            return Ok(());
        }
        if c == b'0' {
            // Leading zeros: only "0", "00", "0_0" ... are allowed as integers.
            loop {
                if self.peek() == Some(b'_') {
                    self.pos += 1;
                    if !self.peek().is_some_and(|d| d.is_ascii_digit()) {
                        return Err(self.error_before("invalid decimal literal", self.pos));
                    }
                }
                if self.peek() != Some(b'0') {
                    break;
                }
                self.pos += 1;
            }
            let zeros_end = self.pos;
            let nonzero = self.peek().is_some_and(|d| d.is_ascii_digit());
            if nonzero {
                self.decimal_tail()?;
            }
            match self.peek() {
                Some(b'.' | b'e' | b'E' | b'j' | b'J') => return self.float_rest(start),
                _ if nonzero => {
                    let end = zeros_end.max(start + 1);
                    return Err(self.error(
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        start,
                        end,
                    ));
                }
                _ => {}
            }
            self.verify_end("decimal")?;
            self.push(TokKind::Number, start, self.pos);
            return Ok(());
        }
        if c != b'.' {
            self.decimal_tail()?;
        }
        self.float_rest(start)
    }

    /// After the integer part: fraction, exponent, imaginary suffix.
    fn float_rest(&mut self, start: usize) -> Result<(), LexError> {
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if self.peek().is_some_and(|d| d.is_ascii_digit()) {
                self.decimal_tail()?;
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            let e_at = self.pos;
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
                if !self.peek().is_some_and(|d| d.is_ascii_digit()) {
                    return Err(self.error_before("invalid decimal literal", self.pos));
                }
            } else if !self.peek().is_some_and(|d| d.is_ascii_digit()) {
                // `1e` followed by something else: the `e` starts the next token, if allowed.
                self.pos = e_at;
                self.verify_end("decimal")?;
                self.push(TokKind::Number, start, self.pos);
                return Ok(());
            }
            self.decimal_tail()?;
        }
        if matches!(self.peek(), Some(b'j' | b'J')) {
            self.pos += 1;
            self.verify_end("imaginary")?;
        } else {
            self.verify_end("decimal")?;
        }
        self.push(TokKind::Number, start, self.pos);
        Ok(())
    }

    /// Digits with single underscores between them.
    fn decimal_tail(&mut self) -> Result<(), LexError> {
        loop {
            while self.peek().is_some_and(|d| d.is_ascii_digit()) {
                self.pos += 1;
            }
            if self.peek() != Some(b'_') {
                return Ok(());
            }
            self.pos += 1;
            if !self.peek().is_some_and(|d| d.is_ascii_digit()) {
                return Err(self.error_before("invalid decimal literal", self.pos));
            }
        }
    }

    /// A number may not run into a name (`1abc`), except before a keyword CPython tolerates.
    fn verify_end(&mut self, kind: &str) -> Result<(), LexError> {
        let rest = self.src.get(self.pos..).unwrap_or("");
        let tolerated = ["and", "else", "for", "if", "in", "is", "or", "not"].iter().any(|k| rest.starts_with(k));
        if tolerated {
            return Ok(());
        }
        if self.peek_char().is_some_and(is_potential_ident) {
            return Err(self.error_before(format!("invalid {kind} literal"), self.pos));
        }
        Ok(())
    }

    fn operator(&mut self, start: usize, c: char) -> Result<(), LexError> {
        let rest = self.src.get(start..).unwrap_or("");
        let len = if OPS3.iter().any(|o| rest.starts_with(o)) {
            3
        } else if OPS2.iter().any(|o| rest.starts_with(o)) {
            2
        } else {
            c.len_utf8()
        };
        if c.is_ascii_control() && !c.is_ascii_whitespace() || c == '\x0b' {
            return Err(self.error(format!("invalid non-printable character U+{:04X}", c as u32), start, start + len));
        }
        match c {
            '(' | '[' | '{' => {
                if self.brackets.len() >= MAX_LEVEL {
                    return Err(self.error("too many nested parentheses", start, start + 1));
                }
                self.brackets.push((c, start));
            }
            ')' | ']' | '}' => {
                let Some((open, at)) = self.brackets.pop() else {
                    return Err(self.error(format!("unmatched '{c}'"), start, start + 1));
                };
                let expected = match open {
                    '(' => ')',
                    '[' => ']',
                    _ => '}',
                };
                if c != expected {
                    self.brackets.push((open, at));
                    let open_line_start = self.src.get(..at).and_then(|s| s.rfind('\n')).map_or(0, |i| i + 1);
                    let msg = if open_line_start != self.line_start {
                        let line = self.src.get(..at).map_or(0, |s| s.matches('\n').count()) + 1;
                        format!("closing parenthesis '{c}' does not match opening parenthesis '{open}' on line {line}")
                    } else {
                        format!("closing parenthesis '{c}' does not match opening parenthesis '{open}'")
                    };
                    return Err(self.error(msg, start, start + 1));
                }
            }
            _ => {}
        }
        self.pos = start + len;
        self.push(TokKind::Op, start, self.pos);
        Ok(())
    }
}

/// Whether `word` is a valid string prefix (`r`, `b`, `f`, `u`, `rb`, `fr` in any case and order).
pub(crate) fn is_string_prefix(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    matches!(lower.as_str(), "r" | "u" | "b" | "f" | "br" | "rb" | "fr" | "rf")
}

/// Roughly Python's `str.isprintable` for one character.
fn is_printable(c: char) -> bool {
    !(c.is_control()
        || c.is_whitespace()
        || matches!(c as u32, 0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x200B..=0x200F | 0x202A..=0x202E
            | 0x2060..=0x2064 | 0x2066..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB | 0xE000..=0xF8FF))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<TokKind> {
        tokenize(src).tokens.iter().map(|t| t.kind).collect()
    }

    #[test]
    fn indentation_produces_indent_and_dedent() {
        use TokKind::*;
        assert_eq!(
            kinds("if x:\n    y\nz\n"),
            vec![Name, Name, Op, Newline, Indent, Name, Newline, Dedent, Name, Newline, EndMarker]
        );
    }

    #[test]
    fn brackets_join_lines_and_blank_lines_vanish() {
        use TokKind::*;
        assert_eq!(
            kinds("f(1,\n  2)\n\n   # c\nx"),
            vec![Name, Op, Number, Op, Number, Op, Newline, Name, Newline, EndMarker]
        );
    }

    #[test]
    fn tabs_count_to_multiples_of_eight() {
        let class = |src: &str| tokenize(src).error.map(|e| e.error.class);
        assert_eq!(class("if x:\n\ty\n\tz\n"), None);
        assert_eq!(class("if x:\n    \ty\n    \tz\n"), None);
        assert_eq!(class("if x:\n    \ty\n\tz\n"), Some(SyntaxErrorClass::TabError));
        // Each of these is a TabError in CPython 3.11.
        assert_eq!(class("if x:\n\ty\n        z\n"), Some(SyntaxErrorClass::TabError));
        assert_eq!(class("if x:\n        y\n\tz\n"), Some(SyntaxErrorClass::TabError));
        assert_eq!(class("if x:\n  \ty\n    \tz\n"), Some(SyntaxErrorClass::TabError));
    }

    #[test]
    fn numbers_and_strings() {
        use TokKind::*;
        assert_eq!(
            kinds("1_000.5e-3j 0x_ff .5 1. rb'x' f\"{a}\""),
            vec![Number, Number, Number, Number, String, String, Newline, EndMarker]
        );
    }
}
