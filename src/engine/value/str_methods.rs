//! Methods of `str` (`"a b".split()`, `s.strip("xy")`, `s.center(9, "*")`...) and the character
//! classes they rest on (Python's notion of whitespace, digits, cased letters).

/// Python's `str.isspace()` for one character (Unicode White_Space plus the ASCII separators
/// `\x1c`..`\x1f`, which `str.split()` and `str.strip()` also treat as whitespace).
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}
