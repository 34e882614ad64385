//! Python source → syntax tree. A hand-written tokenizer (with INDENT/DEDENT) and a
//! recursive-descent parser; syntax errors are worded as CPython 3.11 words them.
//!
//! `lexer` turns the text into tokens, `parser` (statements), `expr`, `targets`, `literal`
//! and `fstring` build the `ast`; `error` holds `SyntaxError` and its CPython rendering.

pub mod ast;
mod error;
mod expr;
mod fstring;
mod lexer;
mod literal;
mod parser;
mod targets;
#[cfg(test)]
mod tests;

pub use error::{SyntaxError, SyntaxErrorClass};

use crate::engine::source::LineIndex;

/// Parses a whole file. The error is the one CPython 3.11 would report for the same text.
pub fn parse(source: &str) -> Result<ast::Module, SyntaxError> {
    if let Some(at) = source.find('\0') {
        let at = at as u32;
        return Err(SyntaxError::new(error::NUL_MESSAGE, crate::engine::source::TextRange::new(at, at + 1)));
    }
    let lexed = lexer::tokenize(source);
    let mut parser = parser::Parser::new(source, lexed.tokens);
    let result = parser.parse_module();
    let (parse_error, lex_error) = match (result, lexed.error) {
        (Ok(module), None) => return Ok(module),
        (Ok(_), Some(lex)) => return Err(lex.error),
        (Err(e), None) => return Err(e),
        (Err(e), Some(lex)) => (e, lex),
    };
    if parser.hit_lex_error {
        return Err(lex_error.error);
    }
    // The parser failed before reaching the tokenizer's error. CPython 3.11 then tokenizes the
    // rest of the file: a bracket left open on an earlier line, or an error the tokenizer
    // raises itself (an unterminated string, a bad number), is reported instead.
    if parse_error.message == "unexpected indent" {
        return Err(parse_error);
    }
    let index = LineIndex::new(source);
    if let Some((c, at)) = lex_error.open_bracket {
        if index.line_of(at) < index.line_of(parser.furthest_offset()) {
            let range = crate::engine::source::TextRange::new(at, at.saturating_add(1));
            return Err(SyntaxError::new(format!("'{c}' was never closed"), range));
        }
    }
    if lex_error.raising {
        return Err(lex_error.error);
    }
    Err(parse_error)
}
