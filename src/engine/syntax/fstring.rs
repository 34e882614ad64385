//! F-strings, with Python 3.11's rules (a port of `fstring_find_literal` / `fstring_find_expr`
//! from CPython's `string_parser.c`): `{{` and `}}`, `{expr!r:spec}`, nested fields in the
//! spec (two levels at most), `{x=}`. Each expression is tokenized in place, so its ranges
//! point into the original source.

use super::ast::*;
use super::error::SyntaxError;
use super::expr::is_bare_tuple;
use super::lexer::{self, TokKind, Token};
use super::literal::{decode_str, push_part, StrToken};
use super::parser::{PResult, Parser};
use crate::engine::source::TextRange;

/// CPython's limit on brackets inside one replacement field.
const MAX_FIELD_BRACKETS: usize = 200;

impl<'s> Parser<'s> {
    /// The parts of one f-string token. Errors are placed at `after` (the token after the
    /// string literals), as CPython 3.11 places them.
    pub(crate) fn fstring(&mut self, p: &StrToken, after: Token) -> PResult<Vec<FStringPart>> {
        let mut i = p.body_start;
        let parts = self.fstring_body(&mut i, p.body_end, p.raw, 0, after)?;
        Ok(parts)
    }

    fn byte(&self, i: usize) -> Option<u8> {
        self.src.as_bytes().get(i).copied()
    }

    fn char_len_at(&self, i: usize) -> usize {
        self.src.get(i..).and_then(|s| s.chars().next()).map_or(1, char::len_utf8)
    }

    /// Literal text and fields up to `end` (level 0) or up to the `}` closing a format spec.
    fn fstring_body(
        &mut self,
        i: &mut usize,
        end: usize,
        raw: bool,
        level: u32,
        after: Token,
    ) -> PResult<Vec<FStringPart>> {
        let mut parts = Vec::new();
        loop {
            let lit_start = *i;
            let mut lit_end;
            let mut doubled = false;
            loop {
                lit_end = *i;
                let Some(c) = self.byte(*i).filter(|_| *i < end) else { break };
                if !raw && c == b'\\' && *i + 1 < end {
                    *i += 1;
                    let next = self.byte(*i).unwrap_or(0);
                    if next == b'N' {
                        *i += 1;
                        if self.byte(*i) == Some(b'{') && *i < end {
                            while *i < end && self.byte(*i) != Some(b'}') {
                                *i += 1;
                            }
                            *i = (*i + 1).min(end);
                        }
                        continue;
                    }
                    if next != b'{' && next != b'}' {
                        *i += self.char_len_at(*i);
                        continue;
                    }
                    lit_end = *i;
                }
                let c = self.byte(*i).unwrap_or(0);
                if c == b'{' || c == b'}' {
                    if level == 0 {
                        if *i + 1 < end && self.byte(*i + 1) == Some(c) {
                            lit_end = *i + 1;
                            *i += 2;
                            doubled = true;
                            break;
                        }
                        if c == b'}' {
                            return Err(self.error_at_start(after, "f-string: single '}' is not allowed"));
                        }
                    }
                    break;
                }
                *i += self.char_len_at(*i);
            }
            let literal = self.src.get(lit_start..lit_end).unwrap_or("");
            if !literal.is_empty() {
                let s = decode_str(literal, raw).map_err(|e| self.error_at_start(after, e.0))?;
                push_part(&mut parts, FStringPart::Literal(s));
            }
            if doubled {
                continue;
            }
            if *i >= end {
                if level > 0 {
                    return Err(self.error_at_start(after, "f-string: expecting '}'"));
                }
                return Ok(parts);
            }
            if self.byte(*i) == Some(b'}') {
                // The end of a nested format spec; the caller consumes the brace.
                return Ok(parts);
            }
            *i += 1;
            let field = self.fstring_field(i, end, raw, level, after)?;
            parts.push(field);
        }
    }

    /// One `{...}` replacement field; `i` is just after the `{`.
    fn fstring_field(
        &mut self,
        i: &mut usize,
        end: usize,
        raw: bool,
        level: u32,
        after: Token,
    ) -> PResult<FStringPart> {
        if level >= 2 {
            return Err(self.error_at_start(after, "f-string: expressions nested too deeply"));
        }
        let expr_start = *i;
        let mut quote: Option<(u8, bool)> = None;
        let mut stack: Vec<u8> = Vec::new();
        while *i < end {
            let c = self.byte(*i).unwrap_or(0);
            if c == b'\\' {
                return Err(self.error_at_start(after, "f-string expression part cannot include a backslash"));
            }
            if let Some((q, triple)) = quote {
                if c == q {
                    if !triple {
                        quote = None;
                    } else if self.byte(*i + 1) == Some(q) && self.byte(*i + 2) == Some(q) && *i + 2 < end {
                        quote = None;
                        *i += 2;
                    }
                }
                *i += self.char_len_at(*i);
                continue;
            }
            match c {
                b'\'' | b'"' => {
                    if self.byte(*i + 1) == Some(c) && self.byte(*i + 2) == Some(c) && *i + 2 < end {
                        quote = Some((c, true));
                        *i += 3;
                    } else {
                        quote = Some((c, false));
                        *i += 1;
                    }
                    continue;
                }
                b'(' | b'[' | b'{' => {
                    if stack.len() >= MAX_FIELD_BRACKETS {
                        return Err(self.error_at_start(after, "f-string: too many nested parenthesis"));
                    }
                    stack.push(c);
                    *i += 1;
                    continue;
                }
                b'#' => return Err(self.error_at_start(after, "f-string expression part cannot include '#'")),
                _ => {}
            }
            if stack.is_empty() && matches!(c, b'!' | b':' | b'}' | b'=' | b'<' | b'>') {
                let next = self.byte(*i + 1).filter(|_| *i + 1 < end);
                if next == Some(b'=') && matches!(c, b'!' | b'=' | b'<' | b'>') {
                    *i += 2;
                    continue;
                }
                if c == b'<' || c == b'>' {
                    *i += 1;
                    continue;
                }
                break;
            }
            if matches!(c, b')' | b']' | b'}') {
                let Some(open) = stack.pop() else {
                    return Err(self.error_at_start(after, format!("f-string: unmatched '{}'", c as char)));
                };
                let expected = match open {
                    b'(' => b')',
                    b'[' => b']',
                    _ => b'}',
                };
                if c != expected {
                    let msg = format!(
                        "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                        c as char, open as char
                    );
                    return Err(self.error_at_start(after, msg));
                }
            }
            *i += self.char_len_at(*i);
        }
        let expr_end = *i;
        if quote.is_some() {
            return Err(self.error_at_start(after, "f-string: unterminated string"));
        }
        if let Some(&open) = stack.last() {
            return Err(self.error_at_start(after, format!("f-string: unmatched '{}'", open as char)));
        }
        if *i >= end {
            return Err(self.error_at_start(after, "f-string: expecting '}'"));
        }
        let text = self.src.get(expr_start..expr_end).unwrap_or("");
        if text.chars().all(|c| matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0c')) {
            let c = self.byte(*i).unwrap_or(b'}');
            let msg = if matches!(c, b'!' | b':' | b'=') {
                format!("f-string: expression required before '{}'", c as char)
            } else {
                "f-string: empty expression not allowed".to_string()
            };
            return Err(self.error_at_start(after, msg));
        }
        let value = self.fstring_expression(expr_start, expr_end, level)?;
        let mut debug_text = None;
        if self.byte(*i) == Some(b'=') {
            *i += 1;
            while *i < end && self.byte(*i).is_some_and(|b| b.is_ascii_whitespace()) {
                *i += 1;
            }
            if *i >= end {
                return Err(self.error_at_start(after, "f-string: expecting '}'"));
            }
            debug_text = Some(self.src.get(expr_start..*i).unwrap_or("").replace("\r\n", "\n"));
        }
        let mut conversion = None;
        if self.byte(*i) == Some(b'!') {
            *i += 1;
            if *i >= end {
                return Err(self.error_at_start(after, "f-string: expecting '}'"));
            }
            let c = self.src.get(*i..).and_then(|s| s.chars().next()).unwrap_or('}');
            *i += c.len_utf8();
            if !matches!(c, 's' | 'r' | 'a') {
                return Err(
                    self.error_at_start(after, "f-string: invalid conversion character: expected 's', 'r', or 'a'")
                );
            }
            conversion = Some(c);
        }
        let mut spec = None;
        if *i < end && self.byte(*i) == Some(b':') {
            *i += 1;
            if *i >= end {
                return Err(self.error_at_start(after, "f-string: expecting '}'"));
            }
            spec = Some(self.fstring_body(i, end, raw, level + 1, after)?);
        }
        if *i >= end || self.byte(*i) != Some(b'}') {
            return Err(self.error_at_start(after, "f-string: expecting '}'"));
        }
        *i += 1;
        if debug_text.is_some() && spec.is_none() && conversion.is_none() {
            conversion = Some('r');
        }
        Ok(FStringPart::Expr { expr: Box::new(value), conversion, spec, debug_text })
    }

    /// Parses the expression of a replacement field, tokenized where it stands in the source.
    fn fstring_expression(&mut self, start: usize, end: usize, level: u32) -> PResult<Expr> {
        let lexed = lexer::tokenize_region(self.src, start, end);
        if let Some(e) = lexed.error {
            return Err(prefixed(e.error));
        }
        let mut sub = Parser::new(self.src, lexed.tokens);
        sub.depth = self.depth;
        sub.fstring_level = level + 1;
        let r = (|| {
            let e = if sub.at_kw("yield") { sub.yield_expr()? } else { sub.star_expressions()? };
            if !sub.at_kind(TokKind::EndMarker) {
                return Err(sub.element_error(&e));
            }
            if let ExprKind::Starred(_) = e.kind {
                return Err(sub.error_range(e.range, "cannot use starred expression here"));
            }
            let mut e = e;
            if is_bare_tuple(&e) {
                // CPython parses the field as `(a, b)`: the tuple spans the braces.
                e.range = TextRange::new((start as u32).saturating_sub(1), (end as u32).saturating_add(1));
            }
            Ok(e)
        })();
        r.map_err(prefixed)
    }
}

fn prefixed(mut e: SyntaxError) -> SyntaxError {
    if !e.message.starts_with("f-string") {
        e.message = format!("f-string: {}", e.message);
    }
    e
}
