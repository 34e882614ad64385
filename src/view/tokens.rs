//! A forgiving Python tokenizer for the editor: it never fails and never panics, whatever the
//! text (half-typed strings, stray characters), because it runs on every keystroke. The
//! highlighter colours its tokens and the daemon switch finds `Thread(...)` calls with them.
//! It is not the engine's lexer: that one must reject bad programs; this one must survive them.

use std::ops::Range;

/// What a token is, as far as colouring and scanning need to know.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// `def`, `if`, `import`, …
    Keyword,
    /// `True`, `False`, `None`.
    Constant,
    /// A built-in function or exception name (`print`, `len`, `ValueError`).
    Builtin,
    /// Any other name.
    Name,
    /// The name right after `def` or `class`.
    Definition,
    Number,
    /// A string literal, prefix and quotes included (f-strings too).
    String,
    Comment,
    /// `@name` at the start of a decorator line.
    Decorator,
    /// Operators and `=`; `op` tokens are never longer than three characters.
    Operator,
    /// `(`, `[`, `{`.
    Open,
    /// `)`, `]`, `}`.
    Close,
    /// `,`, `:`, `;`, `.`.
    Punctuation,
    /// A line break that ends a logical line (not inside brackets).
    Newline,
    /// Spaces, tabs, line breaks inside brackets, backslash continuations.
    Whitespace,
    /// A character Python would not accept here.
    Unknown,
}

/// One token: its kind and its byte range in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub range: Range<usize>,
}

const KEYWORDS: &[&str] = &[
    "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except",
    "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield",
];

const BUILTINS: &[&str] = &[
    "abs",
    "all",
    "any",
    "bool",
    "dict",
    "enumerate",
    "float",
    "format",
    "getattr",
    "hasattr",
    "int",
    "isinstance",
    "iter",
    "len",
    "list",
    "map",
    "max",
    "min",
    "next",
    "object",
    "print",
    "range",
    "repr",
    "reversed",
    "round",
    "set",
    "setattr",
    "sorted",
    "str",
    "sum",
    "super",
    "tuple",
    "type",
    "zip",
    "self",
    "BaseException",
    "Exception",
    "KeyboardInterrupt",
    "SystemExit",
    "ValueError",
    "TypeError",
    "KeyError",
    "IndexError",
    "RuntimeError",
    "ZeroDivisionError",
    "NameError",
    "AttributeError",
    "NotImplementedError",
    "RecursionError",
    "StopIteration",
    "AssertionError",
];

/// Splits `text` into tokens that cover it completely, in order, without gaps.
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens: Vec<Token> = Vec::new();
    let mut depth = 0usize;
    let mut i = 0usize;
    let mut after_def = false;
    let mut line_start = true;
    while i < bytes.len() {
        let start = i;
        let c = bytes[i];
        let kind = match c {
            b'\n' | b'\r' => {
                i += 1;
                if c == b'\r' && bytes.get(i) == Some(&b'\n') {
                    i += 1;
                }
                if depth == 0 {
                    TokenKind::Newline
                } else {
                    TokenKind::Whitespace
                }
            }
            b' ' | b'\t' | b'\x0c' => {
                while i < bytes.len() && matches!(bytes[i], b' ' | b'\t' | b'\x0c') {
                    i += 1;
                }
                TokenKind::Whitespace
            }
            b'\\' => {
                i += 1;
                if bytes.get(i) == Some(&b'\r') {
                    i += 1;
                }
                if bytes.get(i) == Some(&b'\n') {
                    i += 1;
                    TokenKind::Whitespace
                } else {
                    TokenKind::Unknown
                }
            }
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' && bytes[i] != b'\r' {
                    i += 1;
                }
                TokenKind::Comment
            }
            b'\'' | b'"' => {
                i = string_end(bytes, i);
                TokenKind::String
            }
            b'0'..=b'9' => {
                i = number_end(bytes, i);
                TokenKind::Number
            }
            b'.' if bytes.get(i + 1).is_some_and(u8::is_ascii_digit) => {
                i = number_end(bytes, i);
                TokenKind::Number
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                i += 1;
                TokenKind::Open
            }
            b')' | b']' | b'}' => {
                depth = depth.saturating_sub(1);
                i += 1;
                TokenKind::Close
            }
            b',' | b';' | b'.' => {
                i += 1;
                TokenKind::Punctuation
            }
            b':' if bytes.get(i + 1) != Some(&b'=') => {
                i += 1;
                TokenKind::Punctuation
            }
            b'@' if line_start => {
                i += 1;
                while i < bytes.len() && (is_name_byte(bytes[i]) || bytes[i] == b'.') {
                    i += 1;
                }
                TokenKind::Decorator
            }
            c if is_name_start(c) => {
                while i < bytes.len() && is_name_byte(bytes[i]) {
                    i += 1;
                }
                // A string prefix (r, b, f, u and their pairs) glued to a quote.
                let word = &text[start..i];
                if matches!(bytes.get(i), Some(b'\'' | b'"')) && is_string_prefix(word) {
                    i = string_end(bytes, i);
                    TokenKind::String
                } else if after_def {
                    TokenKind::Definition
                } else if KEYWORDS.contains(&word) {
                    TokenKind::Keyword
                } else if matches!(word, "True" | "False" | "None") {
                    TokenKind::Constant
                } else if BUILTINS.contains(&word) {
                    TokenKind::Builtin
                } else {
                    TokenKind::Name
                }
            }
            c if c.is_ascii() => {
                i = operator_end(bytes, i);
                if i == start + 1 && !b"+-*/%@&|^~<>=!:".contains(&c) {
                    TokenKind::Unknown
                } else {
                    TokenKind::Operator
                }
            }
            _ => {
                // A non-ASCII character: part of a name if it is alphabetic, as Python allows.
                let ch = text[i..].chars().next().unwrap_or('\u{fffd}');
                i += ch.len_utf8();
                if ch.is_alphabetic() {
                    while i < bytes.len() {
                        let next = text[i..].chars().next().unwrap_or(' ');
                        if next.is_alphanumeric() || next == '_' {
                            i += next.len_utf8();
                        } else {
                            break;
                        }
                    }
                    TokenKind::Name
                } else {
                    TokenKind::Unknown
                }
            }
        };
        if !matches!(kind, TokenKind::Whitespace | TokenKind::Comment) {
            after_def = matches!(kind, TokenKind::Keyword) && matches!(&text[start..i], "def" | "class");
        }
        line_start = match kind {
            TokenKind::Newline => true,
            TokenKind::Whitespace => line_start,
            _ => false,
        };
        push(&mut tokens, kind, start..i);
    }
    tokens
}

/// Appends a token, merging runs of unknown characters into one.
fn push(tokens: &mut Vec<Token>, kind: TokenKind, range: Range<usize>) {
    if kind == TokenKind::Unknown {
        if let Some(last) = tokens.last_mut() {
            if last.kind == TokenKind::Unknown && last.range.end == range.start {
                last.range.end = range.end;
                return;
            }
        }
    }
    tokens.push(Token { kind, range });
}

fn is_name_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_'
}

fn is_name_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

fn is_string_prefix(word: &str) -> bool {
    word.len() <= 2
        && word.chars().all(|c| matches!(c.to_ascii_lowercase(), 'r' | 'b' | 'f' | 'u'))
        && !matches!(word.to_ascii_lowercase().as_str(), "rr" | "bb" | "ff" | "uu" | "bf" | "fb" | "ub" | "bu")
}

/// End of the string literal whose opening quote is at `i`: after its closing quote, at the end
/// of the line for an unterminated one-line string, or at the end of the text.
fn string_end(bytes: &[u8], mut i: usize) -> usize {
    let quote = bytes[i];
    let triple = bytes.get(i + 1) == Some(&quote) && bytes.get(i + 2) == Some(&quote);
    i += if triple { 3 } else { 1 };
    while i < bytes.len() {
        let c = bytes[i];
        if c == b'\\' {
            i += 2;
            continue;
        }
        if c == quote {
            if !triple {
                return i + 1;
            }
            if bytes.get(i + 1) == Some(&quote) && bytes.get(i + 2) == Some(&quote) {
                return i + 3;
            }
        }
        if !triple && (c == b'\n' || c == b'\r') {
            return i;
        }
        i += 1;
    }
    bytes.len()
}

fn number_end(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() {
        let c = bytes[i];
        let exponent_sign =
            (c == b'+' || c == b'-') && i > 0 && matches!(bytes[i - 1], b'e' | b'E') && !is_hex_before(bytes, i);
        if c.is_ascii_alphanumeric() || c == b'_' || c == b'.' || exponent_sign {
            i += 1;
        } else {
            break;
        }
    }
    i
}

/// Whether the number that `e` at `i - 1` belongs to is hexadecimal (`0xE+1` is `0xE` plus one).
fn is_hex_before(bytes: &[u8], i: usize) -> bool {
    let mut j = i - 1;
    while j > 0 && (bytes[j - 1].is_ascii_alphanumeric() || bytes[j - 1] == b'_') {
        j -= 1;
    }
    matches!(bytes.get(j..j + 2), Some(b"0x" | b"0X"))
}

fn operator_end(bytes: &[u8], i: usize) -> usize {
    const THREE: &[&[u8]] = &[b"**=", b"//=", b">>=", b"<<=", b"..."];
    const TWO: &[&[u8]] = &[
        b"**", b"//", b"<<", b">>", b"<=", b">=", b"==", b"!=", b"->", b"+=", b"-=", b"*=", b"/=", b"%=", b"&=", b"|=",
        b"^=", b"@=", b":=",
    ];
    if let Some(s) = bytes.get(i..i + 3) {
        if THREE.contains(&s) {
            return i + 3;
        }
    }
    if let Some(s) = bytes.get(i..i + 2) {
        if TWO.contains(&s) {
            return i + 2;
        }
    }
    i + 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use TokenKind::*;

    /// The tokens of `text` other than whitespace, as (kind, text) pairs.
    fn kinds(text: &str) -> Vec<(TokenKind, &str)> {
        tokenize(text).into_iter().filter(|t| t.kind != Whitespace).map(|t| (t.kind, &text[t.range])).collect()
    }

    #[test]
    fn a_thread_call_line() {
        assert_eq!(
            kinds("t = threading.Thread(target=worker, daemon=True)  # go\n"),
            [
                (Name, "t"),
                (Operator, "="),
                (Name, "threading"),
                (Punctuation, "."),
                (Name, "Thread"),
                (Open, "("),
                (Name, "target"),
                (Operator, "="),
                (Name, "worker"),
                (Punctuation, ","),
                (Name, "daemon"),
                (Operator, "="),
                (Constant, "True"),
                (Close, ")"),
                (Comment, "# go"),
                (Newline, "\n"),
            ]
        );
    }

    #[test]
    fn definitions_keywords_builtins_and_decorators() {
        assert_eq!(
            kinds("@functools.cache\ndef worker(n):\n    print(n)\n"),
            [
                (Decorator, "@functools.cache"),
                (Newline, "\n"),
                (Keyword, "def"),
                (Definition, "worker"),
                (Open, "("),
                (Name, "n"),
                (Close, ")"),
                (Punctuation, ":"),
                (Newline, "\n"),
                (Builtin, "print"),
                (Open, "("),
                (Name, "n"),
                (Close, ")"),
                (Newline, "\n"),
            ]
        );
        assert_eq!(kinds("a @ b"), [(Name, "a"), (Operator, "@"), (Name, "b")]);
    }

    #[test]
    fn strings_of_every_shape() {
        assert_eq!(kinds(r#"f"x {y}" rb'\'' "#), [(String, r#"f"x {y}""#), (String, r"rb'\''")]);
        assert_eq!(kinds("'''a\n'b'\n'''x"), [(String, "'''a\n'b'\n'''"), (Name, "x")]);
        // Unterminated strings end at the line break (one-line) or the end of the text (triple).
        assert_eq!(kinds("'abc\nx"), [(String, "'abc"), (Newline, "\n"), (Name, "x")]);
        assert_eq!(kinds("\"\"\"abc\n"), [(String, "\"\"\"abc\n")]);
        // A name that is not a prefix stays a name.
        assert_eq!(kinds("print'x'"), [(Builtin, "print"), (String, "'x'")]);
    }

    #[test]
    fn numbers_and_operators() {
        assert_eq!(
            kinds("1_000 0xE+1 1e-3 .5 x**=2 a != b"),
            [
                (Number, "1_000"),
                (Number, "0xE"),
                (Operator, "+"),
                (Number, "1"),
                (Number, "1e-3"),
                (Number, ".5"),
                (Name, "x"),
                (Operator, "**="),
                (Number, "2"),
                (Name, "a"),
                (Operator, "!="),
                (Name, "b"),
            ]
        );
    }

    #[test]
    fn line_breaks_inside_brackets_do_not_end_the_line() {
        assert_eq!(kinds("f(\n1)\n"), [(Name, "f"), (Open, "("), (Number, "1"), (Close, ")"), (Newline, "\n")]);
        assert_eq!(
            kinds("x = 1 \\\n + 2"),
            [(Name, "x"), (Operator, "="), (Number, "1"), (Operator, "+"), (Number, "2")]
        );
    }

    #[test]
    fn odd_text_is_covered_without_gaps_or_panics() {
        for text in ["$$ ? é名 = 'ü\u{1F600}' \\x €", "\u{0}\r\n\r\"", "'''", "\\", "0x", "1e", "@", "é"] {
            let tokens = tokenize(text);
            let mut at = 0;
            for t in &tokens {
                assert_eq!(t.range.start, at, "{text:?}");
                assert!(t.range.end > t.range.start);
                assert!(text.is_char_boundary(t.range.end));
                at = t.range.end;
            }
            assert_eq!(at, text.len(), "{text:?}");
        }
        assert_eq!(kinds("$$ é名"), [(Unknown, "$$"), (Name, "é名")]);
    }
}
