//! Number and string literals: their values, escape sequences, and the joining of adjacent
//! string literals (plain, bytes and f-strings) into one constant or one f-string.

use super::ast::*;
use super::error::SyntaxError;
use super::expr::expr;
use super::lexer::{TokKind, Token};
use super::parser::{PResult, Parser};
use crate::engine::float_parse::parse_decimal;
use crate::engine::source::TextRange;
use num_bigint::BigInt;
use std::rc::Rc;

/// One string token taken apart.
pub(crate) struct StrToken {
    pub raw: bool,
    pub bytes: bool,
    pub fstring: bool,
    /// The text between the quotes, as byte offsets into the source.
    pub body_start: usize,
    pub body_end: usize,
}

pub(crate) fn split_string(src: &str, t: Token) -> StrToken {
    let text = src.get(t.range.start as usize..t.range.end as usize).unwrap_or("");
    let prefix_len = text.find(['\'', '"']).unwrap_or(0);
    let prefix = text.get(..prefix_len).unwrap_or("").to_ascii_lowercase();
    let rest = text.get(prefix_len..).unwrap_or("");
    let quote_len = if rest.starts_with("'''") || rest.starts_with("\"\"\"") { 3 } else { 1 };
    let start = t.range.start as usize + prefix_len + quote_len;
    let end = (t.range.end as usize).saturating_sub(quote_len).max(start);
    StrToken {
        raw: prefix.contains('r'),
        bytes: prefix.contains('b'),
        fstring: prefix.contains('f'),
        body_start: start,
        body_end: end,
    }
}

/// Why decoding escapes failed, as CPython words it.
pub(crate) struct EscapeError(pub String);

fn codec_error(kind: &str, start: usize, end: usize, what: &str) -> EscapeError {
    EscapeError(format!("({kind} error) '{kind}escape' codec can't decode bytes in position {start}-{end}: {what}"))
}

fn hex_value(s: &[u8], n: usize) -> (u32, usize) {
    let mut v = 0u32;
    let mut count = 0;
    for &b in s.iter().take(n) {
        let Some(d) = (b as char).to_digit(16) else { break };
        v = v.wrapping_mul(16).wrapping_add(d);
        count += 1;
    }
    (v, count)
}

/// Decodes the body of a `str` literal: escapes (unless raw) and line breaks.
pub(crate) fn decode_str(body: &str, raw: bool) -> Result<String, EscapeError> {
    let b = body.as_bytes();
    let mut out = String::with_capacity(body.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\r' {
            out.push('\n');
            i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            continue;
        }
        if c != b'\\' || raw {
            if raw && c == b'\\' && matches!(b.get(i + 1), Some(b'\r')) {
                // A raw string keeps the backslash, and the line break becomes `\n`.
                out.push('\\');
                i += 1;
                continue;
            }
            let ch_len = utf8_len(c);
            out.push_str(body.get(i..i + ch_len).unwrap_or("\u{fffd}"));
            i += ch_len;
            continue;
        }
        let start = i;
        i += 1;
        let Some(&e) = b.get(i) else {
            out.push('\\');
            break;
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' => out.push('\\'),
            b'\'' => out.push('\''),
            b'"' => out.push('"'),
            b'a' => out.push('\x07'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0c'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'v' => out.push('\x0b'),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                for _ in 0..2 {
                    match b.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            b'x' | b'u' | b'U' => {
                let (n, what) = match e {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let (v, count) = hex_value(b.get(i..).unwrap_or(&[]), n);
                if count < n {
                    return Err(codec_error("unicode", start, start + 1 + count, what));
                }
                i += n;
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    None if v > 0x10FFFF => {
                        return Err(codec_error("unicode", start, i - 1, "illegal Unicode character"));
                    }
                    // A lone surrogate: Rust strings cannot hold one.
                    None => out.push('\u{fffd}'),
                }
            }
            b'N' => {
                let end = body.get(i..).and_then(|r| r.find('}')).map_or(b.len(), |j| i + j);
                return Err(EscapeError(format!(
                    "(unicode error) \\N{{...}} escapes are not supported here (position {start}-{}): write the \
                     character itself or use a \\u escape",
                    end.min(b.len().saturating_sub(1))
                )));
            }
            _ => {
                // An unknown escape keeps its backslash (CPython only warns).
                out.push('\\');
                i -= 1;
            }
        }
    }
    Ok(out)
}

fn utf8_len(first: u8) -> usize {
    match first {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

/// Decodes the body of a bytes literal (already checked to be ASCII).
fn decode_bytes(body: &str, raw: bool) -> Result<Vec<u8>, EscapeError> {
    let b = body.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\r' {
            out.push(b'\n');
            i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            continue;
        }
        if c != b'\\' || raw {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let Some(&e) = b.get(i) else {
            out.push(b'\\');
            break;
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' | b'\'' | b'"' => out.push(e),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                for _ in 0..2 {
                    match b.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push((v & 0xFF) as u8);
            }
            b'x' => {
                let (v, count) = hex_value(b.get(i..).unwrap_or(&[]), 2);
                if count < 2 {
                    return Err(EscapeError(format!("(value error) invalid \\x escape at position {start}")));
                }
                i += 2;
                out.push(v as u8);
            }
            _ => {
                out.push(b'\\');
                i -= 1;
            }
        }
    }
    Ok(out)
}

impl<'s> Parser<'s> {
    /// The value of a number token (already checked by the tokenizer).
    #[inline(never)]
    pub(crate) fn number(&self, t: Token) -> PResult<Constant> {
        let text: String = self.text(t).chars().filter(|&c| c != '_').collect();
        let bad = || SyntaxError::new("invalid number literal", t.range);
        if let Some(imag) = text.strip_suffix(['j', 'J']) {
            return parse_decimal(imag).map(Constant::Complex).ok_or_else(bad);
        }
        let lower = text.to_ascii_lowercase();
        let (digits, radix) = if let Some(d) = lower.strip_prefix("0x") {
            (d, 16)
        } else if let Some(d) = lower.strip_prefix("0o") {
            (d, 8)
        } else if let Some(d) = lower.strip_prefix("0b") {
            (d, 2)
        } else if lower.contains(['.', 'e']) {
            return parse_decimal(&lower).map(Constant::Float).ok_or_else(bad);
        } else {
            (lower.as_str(), 10)
        };
        if let Ok(v) = i64::from_str_radix(digits, radix) {
            return Ok(Constant::Int(v));
        }
        BigInt::parse_bytes(digits.as_bytes(), radix).map(Constant::BigInt).ok_or_else(bad)
    }

    /// One or more adjacent string literals, joined.
    #[inline(never)]
    pub(crate) fn strings(&mut self) -> PResult<Expr> {
        let mut toks = Vec::new();
        while self.at_kind(TokKind::String) {
            toks.push(self.bump());
        }
        // CPython reports string errors at the token after the strings.
        let after = self.tok();
        let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
            return Err(self.invalid_syntax());
        };
        let range = TextRange::new(first.range.start, last.range.end);
        let pieces: Vec<StrToken> = toks.iter().map(|&t| split_string(self.src, t)).collect();
        let any_bytes = pieces.iter().any(|p| p.bytes);
        if any_bytes && !pieces.iter().all(|p| p.bytes) {
            return Err(self.error_at_start(after, "cannot mix bytes and nonbytes literals"));
        }
        if any_bytes {
            let mut out = Vec::new();
            for (p, t) in pieces.iter().zip(&toks) {
                let body = self.src.get(p.body_start..p.body_end).unwrap_or("");
                if !body.is_ascii() {
                    return Err(self.error_range(t.range, "bytes can only contain ASCII literal characters"));
                }
                let v = decode_bytes(body, p.raw).map_err(|e| self.error_at_start(after, e.0))?;
                out.extend(v);
            }
            return Ok(expr(ExprKind::Constant(Constant::Bytes(Rc::from(out))), range));
        }
        if !pieces.iter().any(|p| p.fstring) {
            let mut out = String::new();
            for p in &pieces {
                let body = self.src.get(p.body_start..p.body_end).unwrap_or("");
                out.push_str(&decode_str(body, p.raw).map_err(|e| self.error_at_start(after, e.0))?);
            }
            return Ok(expr(ExprKind::Constant(Constant::Str(Rc::from(out))), range));
        }
        let mut parts = Vec::new();
        for p in &pieces {
            if p.fstring {
                let new = self.fstring(p, after)?;
                for part in new {
                    push_part(&mut parts, part);
                }
            } else {
                let body = self.src.get(p.body_start..p.body_end).unwrap_or("");
                let s = decode_str(body, p.raw).map_err(|e| self.error_at_start(after, e.0))?;
                push_part(&mut parts, FStringPart::Literal(s));
            }
        }
        Ok(expr(ExprKind::FString(parts), range))
    }
}

/// Appends a part, merging adjacent literals and dropping empty ones.
pub(crate) fn push_part(parts: &mut Vec<FStringPart>, part: FStringPart) {
    if let FStringPart::Literal(s) = &part {
        if s.is_empty() {
            return;
        }
        if let Some(FStringPart::Literal(prev)) = parts.last_mut() {
            prev.push_str(s);
            return;
        }
    }
    parts.push(part);
}
