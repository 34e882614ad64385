//! The recursive-descent parser: tokens → `ast::Module`. This file holds the parser state,
//! token helpers and statements; `expr.rs` holds expressions, `targets.rs` the checks on
//! assignment targets and parameters, `literal.rs` and `fstring.rs` the literals.
//!
//! Errors follow CPython 3.11's wording and positions. CPython parses twice (the second
//! time with extra rules that only exist to word errors); here the same checks are made at
//! the point where parsing fails.

use super::ast::*;
use super::error::{SyntaxError, SyntaxErrorClass};
use super::lexer::{TokKind, Token};
use crate::engine::source::TextRange;
use std::rc::Rc;

pub(crate) type PResult<T> = Result<T, SyntaxError>;

/// How deep expressions may nest (each bracket, unary operator, lambda or conditional is one
/// level). The tokenizer already stops at 200 open brackets, as CPython does; this bounds the
/// other ways of recursing so that the small wasm stack never overflows.
const MAX_DEPTH: u32 = 400;
/// How many operators or trailers may wrap one another along one path of an expression
/// (`1 + 1 + ... + 1`, `x[0][0]...`): each makes the tree one level deeper, and the compiler
/// walks it recursively. CPython fails near 2,500 with a RecursionError; wasm's stack asks for less.
const MAX_CHAIN: u32 = 1000;

pub(crate) const KEYWORDS: [&str; 35] = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

pub(crate) struct Parser<'s> {
    pub(crate) src: &'s str,
    pub(crate) tokens: Vec<Token>,
    pub(crate) pos: usize,
    pub(crate) depth: u32,
    /// Operators and trailers wrapping one another on the current path (see `MAX_CHAIN`).
    pub(crate) chain: u32,
    /// Set once any lookahead reaches the tokenizer's error token: the tokenizer's error is
    /// then the one reported (CPython raises it as soon as the token is fetched).
    pub(crate) hit_lex_error: bool,
    /// While parsing a `for` target: `in` ends the target instead of being a comparison.
    pub(crate) no_in: bool,
    /// Nesting of f-string format specs (CPython allows two levels).
    pub(crate) fstring_level: u32,
    /// The furthest token any lookahead has read (CPython's last fetched token).
    pub(crate) furthest: usize,
}

impl<'s> Parser<'s> {
    pub(crate) fn new(src: &'s str, tokens: Vec<Token>) -> Self {
        Parser {
            src,
            tokens,
            pos: 0,
            depth: 0,
            chain: 0,
            hit_lex_error: false,
            no_in: false,
            fstring_level: 0,
            furthest: 0,
        }
    }

    // ---- tokens ----

    pub(crate) fn nth(&mut self, n: usize) -> Token {
        let i = self.pos.saturating_add(n);
        self.furthest = self.furthest.max(i.min(self.tokens.len().saturating_sub(1)));
        let t = match self.tokens.get(i) {
            Some(&t) => t,
            None => self
                .tokens
                .last()
                .copied()
                .unwrap_or(Token { kind: TokKind::EndMarker, range: TextRange::empty(self.src.len() as u32) }),
        };
        if t.kind == TokKind::Error {
            self.hit_lex_error = true;
        }
        t
    }

    pub(crate) fn tok(&mut self) -> Token {
        self.nth(0)
    }

    pub(crate) fn text(&self, t: Token) -> &'s str {
        self.src.get(t.range.start as usize..t.range.end as usize).unwrap_or("")
    }

    pub(crate) fn bump(&mut self) -> Token {
        let t = self.tok();
        if self.pos < self.tokens.len() && !matches!(t.kind, TokKind::EndMarker | TokKind::Error) {
            self.pos += 1;
        }
        t
    }

    /// The end of the last token consumed, line breaks and indentation aside.
    pub(crate) fn prev_end(&self) -> u32 {
        let before = self.tokens.get(..self.pos.min(self.tokens.len())).unwrap_or(&[]);
        before
            .iter()
            .rev()
            .find(|t| !matches!(t.kind, TokKind::Newline | TokKind::Indent | TokKind::Dedent))
            .map_or(0, |t| t.range.end)
    }

    /// A range from `start` to the end of the last token consumed (CPython's `EXTRA`).
    pub(crate) fn since(&self, start: u32) -> TextRange {
        TextRange::new(start, self.prev_end().max(start))
    }

    pub(crate) fn is_op(&mut self, t: Token, op: &str) -> bool {
        t.kind == TokKind::Op && self.text(t) == op
    }

    pub(crate) fn at_op(&mut self, op: &str) -> bool {
        let t = self.tok();
        self.is_op(t, op)
    }

    pub(crate) fn nth_is_op(&mut self, n: usize, op: &str) -> bool {
        let t = self.nth(n);
        self.is_op(t, op)
    }

    pub(crate) fn at_kw(&mut self, kw: &str) -> bool {
        let t = self.tok();
        t.kind == TokKind::Name && self.text(t) == kw
    }

    pub(crate) fn nth_is_kw(&mut self, n: usize, kw: &str) -> bool {
        let t = self.nth(n);
        t.kind == TokKind::Name && self.text(t) == kw
    }

    pub(crate) fn at_kind(&mut self, kind: TokKind) -> bool {
        self.tok().kind == kind
    }

    pub(crate) fn eat_op(&mut self, op: &str) -> Option<Token> {
        if self.at_op(op) {
            Some(self.bump())
        } else {
            None
        }
    }

    pub(crate) fn eat_kw(&mut self, kw: &str) -> Option<Token> {
        if self.at_kw(kw) {
            Some(self.bump())
        } else {
            None
        }
    }

    pub(crate) fn expect_op(&mut self, op: &str) -> PResult<Token> {
        match self.eat_op(op) {
            Some(t) => Ok(t),
            None => Err(self.invalid_syntax()),
        }
    }

    /// `&&'x'` in CPython's grammar: anything else is "expected 'x'" at the current token.
    pub(crate) fn expect_forced(&mut self, op: &str) -> PResult<Token> {
        match self.eat_op(op) {
            Some(t) => Ok(t),
            None => {
                let t = self.tok();
                Err(self.error_at(t, format!("expected '{op}'")))
            }
        }
    }

    /// `':'` after `if x`, `while x`, `class A` ...: a line end is "expected ':'".
    pub(crate) fn expect_colon(&mut self) -> PResult<Token> {
        if let Some(t) = self.eat_op(":") {
            return Ok(t);
        }
        let t = self.tok();
        if t.kind == TokKind::Newline {
            return Err(self.error_at_start(t, "expected ':'"));
        }
        Err(self.invalid_syntax())
    }

    pub(crate) fn is_keyword(&self, t: Token) -> bool {
        t.kind == TokKind::Name && KEYWORDS.contains(&self.text(t))
    }

    pub(crate) fn expect_name(&mut self) -> PResult<Ident> {
        let t = self.tok();
        if t.kind == TokKind::Name && !self.is_keyword(t) {
            self.bump();
            return Ok(self.ident(t));
        }
        Err(self.invalid_syntax())
    }

    pub(crate) fn ident(&self, t: Token) -> Ident {
        Ident { name: Rc::from(self.text(t)), range: t.range }
    }

    // ---- errors ----

    /// The range CPython's carets cover for an error at token `t`. The end marker is "at end
    /// of file" (an empty range at the very end: shown without a caret).
    pub(crate) fn token_error_range(&self, t: Token) -> TextRange {
        let len = self.src.len() as u32;
        match t.kind {
            TokKind::EndMarker | TokKind::Dedent if t.range.start >= len => TextRange::empty(len),
            _ if t.range.is_empty() => TextRange::new(t.range.start, t.range.start.saturating_add(1)),
            _ => t.range,
        }
    }

    #[inline(never)]
    pub(crate) fn error_at(&self, t: Token, msg: impl Into<String>) -> SyntaxError {
        SyntaxError::new(msg, self.token_error_range(t))
    }

    /// An error with one caret at the start of `t` (CPython's `RAISE_SYNTAX_ERROR`, which
    /// points at the last token read).
    pub(crate) fn error_at_start(&self, t: Token, msg: impl Into<String>) -> SyntaxError {
        let r = self.token_error_range(t);
        SyntaxError::new(msg, if r.is_empty() { r } else { TextRange::new(r.start, r.start.saturating_add(1)) })
    }

    #[inline(never)]
    pub(crate) fn invalid_syntax(&mut self) -> SyntaxError {
        let t = self.tok();
        if t.kind == TokKind::Indent {
            return self.unexpected_indent(t);
        }
        self.error_at(t, "invalid syntax")
    }

    fn unexpected_indent(&self, t: Token) -> SyntaxError {
        // CPython shows no caret: the error sits at the start of the indented line.
        let line_start = self.src.get(..t.range.start as usize).and_then(|s| s.rfind('\n')).map_or(0, |i| i + 1);
        SyntaxError::indentation("unexpected indent", TextRange::empty(line_start as u32))
    }

    #[inline(never)]
    pub(crate) fn error_range(&self, range: TextRange, msg: impl Into<String>) -> SyntaxError {
        SyntaxError::new(msg, range)
    }

    /// Goes one nesting level deeper, failing cleanly past `MAX_DEPTH`; the caller
    /// decrements `depth` when done (also on error: write `enter()?; let r = ...; depth -= 1`).
    pub(crate) fn enter(&mut self) -> PResult<()> {
        if self.depth >= MAX_DEPTH {
            let t = self.tok();
            let msg = if t.kind == TokKind::Op && matches!(self.text(t), "(" | "[" | "{") {
                "too many nested parentheses"
            } else {
                "expression too deeply nested (threadplay limit)"
            };
            return Err(self.error_at(t, msg));
        }
        #[cfg(test)]
        {
            let marker = 0u8;
            STACK_LOW.with(|c| c.set(c.get().min(&marker as *const u8 as usize)));
        }
        self.depth += 1;
        Ok(())
    }

    /// One more operator or trailer wrapping the expression so far; fails cleanly past
    /// `MAX_CHAIN`. Callers restore `chain` when their expression is complete.
    pub(crate) fn lengthen(&mut self) -> PResult<()> {
        self.chain += 1;
        if self.chain > MAX_CHAIN {
            let t = self.tok();
            return Err(self.error_at(t, "expression too deeply nested (threadplay limit)"));
        }
        Ok(())
    }

    /// Parses with `f` and rewinds: for CPython's lookahead-based error rules.
    pub(crate) fn speculate<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> (PResult<T>, usize) {
        let (pos, no_in, depth, chain) = (self.pos, self.no_in, self.depth, self.chain);
        let r = f(self);
        let end = self.pos;
        self.pos = pos;
        self.no_in = no_in;
        self.depth = depth;
        self.chain = chain;
        (r, end)
    }

    // ---- statements ----

    pub(crate) fn parse_module(&mut self) -> PResult<Module> {
        let mut body = Vec::new();
        loop {
            let t = self.tok();
            match t.kind {
                TokKind::EndMarker => break,
                TokKind::Error => return Err(self.error_at(t, "invalid syntax")),
                TokKind::Newline => {
                    self.bump();
                }
                TokKind::Indent => return Err(self.unexpected_indent(t)),
                _ => self.statement(&mut body)?,
            }
        }
        Ok(Module { body })
    }

    /// One statement line (possibly several `;`-separated simple statements) or one compound
    /// statement, appended to `out`.
    fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let t = self.tok();
        if t.kind == TokKind::Name {
            match self.text(t) {
                "if" | "while" | "for" | "try" | "with" | "def" | "class" | "async" => {
                    let s = self.compound(t)?;
                    out.push(s);
                    return Ok(());
                }
                "match" => {
                    if let Some(s) = self.match_stmt()? {
                        out.push(s);
                        return Ok(());
                    }
                }
                _ => {}
            }
        } else if self.is_op(t, "@") {
            let s = self.decorated()?;
            out.push(s);
            return Ok(());
        }
        self.simple_stmts(out)
    }

    fn simple_stmts(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            let s = self.simple_stmt()?;
            out.push(s);
            if self.eat_op(";").is_some() {
                if self.at_kind(TokKind::Newline) {
                    break;
                }
                continue;
            }
            break;
        }
        let t = self.tok();
        if t.kind == TokKind::Newline {
            self.bump();
            return Ok(());
        }
        Err(self.invalid_syntax())
    }

    fn compound(&mut self, kw: Token) -> PResult<Stmt> {
        match self.text(kw) {
            "if" => self.if_stmt(),
            "while" => self.while_stmt(),
            "for" => self.for_stmt(None),
            "try" => self.try_stmt(),
            "with" => self.with_stmt(None),
            "def" => self.function_def(Vec::new(), None),
            "class" => self.class_def(Vec::new()),
            _ => {
                // async def / for / with
                let next = self.nth(1);
                match (next.kind, self.text(next)) {
                    (TokKind::Name, "def") => {
                        self.bump();
                        self.function_def(Vec::new(), Some(kw))
                    }
                    (TokKind::Name, "for") => {
                        self.bump();
                        self.for_stmt(Some(kw))
                    }
                    (TokKind::Name, "with") => {
                        self.bump();
                        self.with_stmt(Some(kw))
                    }
                    _ => {
                        self.bump();
                        Err(self.invalid_syntax())
                    }
                }
            }
        }
    }

    /// `NEWLINE INDENT statements DEDENT` or simple statements on the same line. `what` names
    /// the statement for "expected an indented block after ... on line N".
    fn block(&mut self, what: &str, line_of: Token) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        if !self.at_kind(TokKind::Newline) {
            self.simple_stmts(&mut body)?;
            return Ok(body);
        }
        self.bump();
        let t = self.tok();
        if t.kind != TokKind::Indent {
            if t.kind == TokKind::Error {
                return Err(self.error_at(t, "invalid syntax"));
            }
            let line = self.line_of(line_of.range.start);
            let msg = format!("expected an indented block after {what} on line {line}");
            return Err(SyntaxError {
                class: SyntaxErrorClass::IndentationError,
                message: msg,
                range: self.error_at_start(t, "").range,
            });
        }
        self.bump();
        loop {
            let t = self.tok();
            match t.kind {
                TokKind::Dedent => {
                    self.bump();
                    break;
                }
                TokKind::EndMarker => break,
                TokKind::Indent => return Err(self.unexpected_indent(t)),
                TokKind::Error => return Err(self.error_at(t, "invalid syntax")),
                _ => self.statement(&mut body)?,
            }
        }
        Ok(body)
    }

    /// The offset of the furthest token read so far.
    pub(crate) fn furthest_offset(&self) -> u32 {
        self.tokens.get(self.furthest).map_or(0, |t| t.range.start)
    }

    pub(crate) fn line_of(&self, offset: u32) -> usize {
        self.src.get(..offset as usize).map_or(0, |s| s.bytes().filter(|&b| b == b'\n').count()) + 1
    }

    fn stmt(&self, kind: StmtKind, start: u32) -> Stmt {
        Stmt { kind, range: TextRange::new(start, self.prev_end().max(start)) }
    }

    fn if_stmt(&mut self) -> PResult<Stmt> {
        let kw = self.bump();
        let test = self.named_expression()?;
        self.expect_colon()?;
        let what = if self.text(kw) == "if" { "'if' statement" } else { "'elif' statement" };
        let body = self.block(what, kw)?;
        let orelse = if self.at_kw("elif") { vec![self.if_stmt()?] } else { self.else_block()? };
        Ok(self.stmt(StmtKind::If { test, body, orelse }, kw.range.start))
    }

    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        match self.eat_kw("else") {
            Some(kw) => {
                self.expect_forced(":")?;
                self.block("'else' statement", kw)
            }
            None => Ok(Vec::new()),
        }
    }

    fn while_stmt(&mut self) -> PResult<Stmt> {
        let kw = self.bump();
        let test = self.named_expression()?;
        self.expect_colon()?;
        let body = self.block("'while' statement", kw)?;
        let orelse = self.else_block()?;
        Ok(self.stmt(StmtKind::While { test, body, orelse }, kw.range.start))
    }

    fn for_stmt(&mut self, async_kw: Option<Token>) -> PResult<Stmt> {
        let kw = self.bump();
        let target = self.for_target()?;
        if self.eat_kw("in").is_none() {
            return Err(self.invalid_syntax());
        }
        let iter = self.star_expressions()?;
        self.expect_colon()?;
        let body = self.block("'for' statement", kw)?;
        let orelse = self.else_block()?;
        let start = async_kw.unwrap_or(kw).range.start;
        Ok(self.stmt(StmtKind::For { target, iter, body, orelse, is_async: async_kw.is_some() }, start))
    }

    fn try_stmt(&mut self) -> PResult<Stmt> {
        let kw = self.bump();
        self.expect_forced(":")?;
        let body = self.block("'try' statement", kw)?;
        let mut handlers = Vec::new();
        let mut is_star = false;
        while let Some(ex) = self.eat_kw("except") {
            if let Some(bare) = handlers.iter().find(|h: &&ExceptHandler| h.typ.is_none()) {
                let colon_end =
                    self.src.get(bare.range.start as usize..).and_then(|s| s.find(':')).map_or(0, |i| i + 1);
                let range = TextRange::new(bare.range.start, bare.range.start + colon_end as u32);
                return Err(self.error_range(range, "default 'except:' must be last"));
            }
            let star = self.eat_op("*").is_some();
            if !handlers.is_empty() && star != is_star {
                let t = self.tok();
                return Err(self.error_at(t, "cannot have both 'except' and 'except*' on the same 'try'"));
            }
            is_star = star;
            let (typ, name) = if self.at_op(":") {
                if star {
                    let t = self.tok();
                    return Err(self.error_at(t, "expected one or more exception types"));
                }
                (None, None)
            } else {
                let typ = self.expression()?;
                let typ = if self.at_op(",") {
                    // `except A, B:` needs parentheses in Python 3.
                    let (r, _) = self.speculate(|p| {
                        let mut elts = vec![typ.clone()];
                        while p.eat_op(",").is_some() {
                            elts.push(p.expression()?);
                        }
                        Ok(elts)
                    });
                    if let Ok(elts) = r {
                        let range = elts.first().map(|e| e.range).unwrap_or_default();
                        let range = range.cover(elts.last().map_or(range, |e| e.range));
                        return Err(self.error_range(range, "multiple exception types must be parenthesized"));
                    }
                    typ
                } else {
                    typ
                };
                let name = if self.eat_kw("as").is_some() { Some(self.expect_name()?) } else { None };
                (Some(typ), name)
            };
            self.expect_colon()?;
            let what = if star { "'except*' statement" } else { "'except' statement" };
            let hbody = self.block(what, ex)?;
            let range = TextRange::new(ex.range.start, self.prev_end());
            handlers.push(ExceptHandler { typ, name, body: hbody, range });
        }
        let orelse = if handlers.is_empty() { Vec::new() } else { self.else_block()? };
        let finalbody = match self.eat_kw("finally") {
            Some(f) => {
                self.expect_forced(":")?;
                self.block("'finally' statement", f)?
            }
            None => Vec::new(),
        };
        if handlers.is_empty() && finalbody.is_empty() {
            let t = self.tok();
            return Err(self.error_at(t, "expected 'except' or 'finally' block"));
        }
        Ok(self.stmt(StmtKind::Try { body, handlers, orelse, finalbody, is_star }, kw.range.start))
    }

    fn with_stmt(&mut self, async_kw: Option<Token>) -> PResult<Stmt> {
        let kw = self.bump();
        let mut items = None;
        if self.at_op("(") {
            // `with (a as b, c):` — unless the parenthesis belongs to the first expression.
            let (r, end) = self.speculate(|p| {
                p.bump();
                let mut items = Vec::new();
                loop {
                    items.push(p.with_item()?);
                    if p.eat_op(",").is_none() || p.at_op(")") {
                        break;
                    }
                }
                p.expect_op(")")?;
                if !p.at_op(":") {
                    return Err(p.invalid_syntax());
                }
                Ok(items)
            });
            if let Ok(found) = r {
                self.pos = end;
                items = Some(found);
            }
        }
        let items = match items {
            Some(items) => items,
            None => {
                let mut items = vec![self.with_item()?];
                while self.eat_op(",").is_some() {
                    items.push(self.with_item()?);
                }
                items
            }
        };
        self.expect_colon()?;
        let body = self.block("'with' statement", kw)?;
        let start = async_kw.unwrap_or(kw).range.start;
        Ok(self.stmt(StmtKind::With { items, body, is_async: async_kw.is_some() }, start))
    }

    fn with_item(&mut self) -> PResult<WithItem> {
        let context = self.expression()?;
        let target = if self.eat_kw("as").is_some() {
            let target = self.star_target()?;
            self.check_target(&target, TargetKind::Store)?;
            Some(target)
        } else {
            None
        };
        Ok(WithItem { context, target })
    }

    fn decorated(&mut self) -> PResult<Stmt> {
        let mut decorators = Vec::new();
        while self.eat_op("@").is_some() {
            decorators.push(self.named_expression()?);
            if self.eat_kind(TokKind::Newline).is_none() {
                return Err(self.invalid_syntax());
            }
        }
        if self.at_kw("def") {
            return self.function_def(decorators, None);
        }
        if self.at_kw("class") {
            return self.class_def(decorators);
        }
        if self.at_kw("async") && self.nth_is_kw(1, "def") {
            let kw = self.bump();
            return self.function_def(decorators, Some(kw));
        }
        Err(self.invalid_syntax())
    }

    pub(crate) fn eat_kind(&mut self, kind: TokKind) -> Option<Token> {
        if self.at_kind(kind) {
            Some(self.bump())
        } else {
            None
        }
    }

    fn function_def(&mut self, decorators: Vec<Expr>, async_kw: Option<Token>) -> PResult<Stmt> {
        let kw = self.bump();
        let name = self.expect_name()?;
        self.expect_forced("(")?;
        let params = self.parameters(")", true)?;
        self.expect_op(")")?;
        let returns = match self.eat_op("->") {
            Some(arrow) => {
                let (r, end) = self.speculate(|p| p.expression());
                match r {
                    Ok(e) => {
                        self.pos = end;
                        Some(e)
                    }
                    Err(_) => return Err(self.error_at(arrow, "expected ':'")),
                }
            }
            None => None,
        };
        self.expect_forced(":")?;
        let body = self.block("function definition", kw)?;
        let start = async_kw.unwrap_or(kw).range.start;
        let range = TextRange::new(start, self.prev_end());
        let def = FunctionDef { name, params, body, decorators, returns, is_async: async_kw.is_some(), range };
        Ok(Stmt { kind: StmtKind::FunctionDef(Rc::new(def)), range })
    }

    fn class_def(&mut self, decorators: Vec<Expr>) -> PResult<Stmt> {
        let kw = self.bump();
        let name = self.expect_name()?;
        let (mut bases, mut keywords) = (Vec::new(), Vec::new());
        if self.at_op("(") {
            let open = self.bump();
            let (args, kws) = self.call_arguments(open)?;
            bases = args;
            keywords = kws;
        }
        self.expect_colon()?;
        let body = self.block("class definition", kw)?;
        let range = TextRange::new(kw.range.start, self.prev_end());
        let def = ClassDef { name, bases, keywords, body, decorators, range };
        Ok(Stmt { kind: StmtKind::ClassDef(Rc::new(def)), range })
    }

    /// `match subject:` followed by an indented block of `case` clauses, skipped as a whole.
    /// Returns `None` when `match` is an ordinary name here.
    fn match_stmt(&mut self) -> PResult<Option<Stmt>> {
        let (r, end) = self.speculate(|p| {
            p.bump();
            if p.at_op("=") || p.at_op(".") || p.at_kind(TokKind::Newline) {
                return Err(p.invalid_syntax());
            }
            p.star_expressions()?;
            p.expect_op(":")?;
            if p.eat_kind(TokKind::Newline).is_none() {
                return Err(p.invalid_syntax());
            }
            Ok(p.at_kind(TokKind::Indent))
        });
        match r {
            Err(_) => return Ok(None),
            Ok(false) => {
                let kw = self.tok();
                self.pos = end;
                let t = self.tok();
                let line = self.line_of(kw.range.start);
                return Err(SyntaxError {
                    class: SyntaxErrorClass::IndentationError,
                    message: format!("expected an indented block after 'match' statement on line {line}"),
                    range: self.error_at_start(t, "").range,
                });
            }
            Ok(true) => {}
        }
        let start = self.tok().range.start;
        self.pos = end;
        // Skip the indented block, keeping INDENT/DEDENT balanced.
        let mut level = 0usize;
        loop {
            let t = self.tok();
            match t.kind {
                TokKind::Indent => level += 1,
                TokKind::Dedent => {
                    level = level.saturating_sub(1);
                    if level == 0 {
                        let s = self.stmt(StmtKind::Match, start);
                        self.bump();
                        return Ok(Some(s));
                    }
                }
                TokKind::EndMarker => return Ok(Some(self.stmt(StmtKind::Match, start))),
                TokKind::Error => return Err(self.error_at(t, "invalid syntax")),
                _ => {}
            }
            self.bump();
        }
    }

    fn simple_stmt(&mut self) -> PResult<Stmt> {
        let t = self.tok();
        let start = t.range.start;
        if t.kind == TokKind::Name {
            let kind = match self.text(t) {
                "pass" => Some(StmtKind::Pass),
                "break" => Some(StmtKind::Break),
                "continue" => Some(StmtKind::Continue),
                _ => None,
            };
            if let Some(kind) = kind {
                self.bump();
                return Ok(self.stmt(kind, start));
            }
            match self.text(t) {
                "return" => {
                    self.bump();
                    let value = if self.at_simple_stmt_end() { None } else { Some(self.star_expressions()?) };
                    if let Some(v) = &value {
                        self.check_not_starred(v)?;
                    }
                    return Ok(self.stmt(StmtKind::Return(value), start));
                }
                "raise" => {
                    self.bump();
                    let (mut exc, mut cause) = (None, None);
                    if !self.at_simple_stmt_end() {
                        exc = Some(self.expression()?);
                        if self.eat_kw("from").is_some() {
                            cause = Some(self.expression()?);
                        }
                    }
                    return Ok(self.stmt(StmtKind::Raise { exc, cause }, start));
                }
                "global" | "nonlocal" => {
                    self.bump();
                    let mut names = vec![self.expect_name()?];
                    while self.eat_op(",").is_some() {
                        names.push(self.expect_name()?);
                    }
                    let kind =
                        if self.text(t) == "global" { StmtKind::Global(names) } else { StmtKind::Nonlocal(names) };
                    return Ok(self.stmt(kind, start));
                }
                "del" => {
                    self.bump();
                    let targets = self.del_targets()?;
                    return Ok(self.stmt(StmtKind::Delete(targets), start));
                }
                "assert" => {
                    self.bump();
                    let test = self.expression()?;
                    let msg = if self.eat_op(",").is_some() { Some(self.expression()?) } else { None };
                    return Ok(self.stmt(StmtKind::Assert { test, msg }, start));
                }
                "import" => return self.import(),
                "from" => return self.import_from(),
                _ => {}
            }
        }
        self.expression_statement()
    }

    /// `x = *a`: a starred expression alone is only valid inside a tuple, list or set.
    fn check_not_starred(&self, e: &Expr) -> PResult<()> {
        if let ExprKind::Starred(_) = e.kind {
            return Err(self.error_range(e.range, "can't use starred expression here"));
        }
        Ok(())
    }

    fn at_simple_stmt_end(&mut self) -> bool {
        let t = self.tok();
        matches!(t.kind, TokKind::Newline | TokKind::EndMarker) || self.is_op(t, ";")
    }

    fn import(&mut self) -> PResult<Stmt> {
        let kw = self.bump();
        let mut names = Vec::new();
        loop {
            let name = self.dotted_name()?;
            let asname = if self.eat_kw("as").is_some() { Some(self.expect_name()?) } else { None };
            names.push(Alias { name, asname });
            if self.eat_op(",").is_none() {
                break;
            }
        }
        Ok(self.stmt(StmtKind::Import(names), kw.range.start))
    }

    fn dotted_name(&mut self) -> PResult<Ident> {
        let first = self.expect_name()?;
        let mut range = first.range;
        let mut name = first.name.to_string();
        while self.at_op(".") {
            self.bump();
            let part = self.expect_name()?;
            name.push('.');
            name.push_str(&part.name);
            range = range.cover(part.range);
        }
        Ok(Ident { name: Rc::from(name), range })
    }

    fn import_from(&mut self) -> PResult<Stmt> {
        let kw = self.bump();
        let mut level = 0u32;
        loop {
            if self.eat_op(".").is_some() {
                level = level.saturating_add(1);
            } else if self.eat_op("...").is_some() {
                level = level.saturating_add(3);
            } else {
                break;
            }
        }
        let module = if level > 0 && self.at_kw("import") { None } else { Some(self.dotted_name()?) };
        if self.eat_kw("import").is_none() {
            return Err(self.invalid_syntax());
        }
        let mut names = Vec::new();
        if let Some(star) = self.eat_op("*") {
            names.push(Alias { name: Ident { name: Rc::from("*"), range: star.range }, asname: None });
        } else {
            let paren = self.eat_op("(").is_some();
            loop {
                let name = self.expect_name()?;
                let asname = if self.eat_kw("as").is_some() { Some(self.expect_name()?) } else { None };
                names.push(Alias { name, asname });
                if let Some(comma) = self.eat_op(",") {
                    if paren && self.at_op(")") {
                        break;
                    }
                    if !paren && self.at_simple_stmt_end() {
                        let next = self.tok();
                        let _ = comma;
                        return Err(
                            self.error_at_start(next, "trailing comma not allowed without surrounding parentheses")
                        );
                    }
                    continue;
                }
                break;
            }
            if paren {
                self.expect_op(")")?;
            }
        }
        Ok(self.stmt(StmtKind::ImportFrom { module, names, level }, kw.range.start))
    }

    /// Expression statements, assignments, augmented and annotated assignments.
    fn expression_statement(&mut self) -> PResult<Stmt> {
        let start = self.tok().range.start;
        let mut bare_yields = vec![self.at_kw("yield")];
        let first = if self.at_kw("yield") { self.yield_expr()? } else { self.star_expressions()? };
        let t = self.tok();
        if self.is_op(t, "=") {
            let mut parts = vec![first];
            while self.eat_op("=").is_some() {
                bare_yields.push(self.at_kw("yield"));
                let value = if self.at_kw("yield") { self.yield_expr()? } else { self.star_expressions()? };
                parts.push(value);
            }
            self.check_assignment(&parts, &bare_yields)?;
            if let Some(value) = parts.last() {
                self.check_not_starred(value)?;
            }
            let value = parts.pop().ok_or_else(|| self.invalid_syntax())?;
            return Ok(self.stmt(StmtKind::Assign { targets: parts, value }, start));
        }
        if self.is_op(t, ":") {
            self.check_annotation_target(&first)?;
            self.bump();
            let annotation = self.expression()?;
            let value = if self.eat_op("=").is_some() {
                Some(if self.at_kw("yield") { self.yield_expr()? } else { self.star_expressions()? })
            } else {
                None
            };
            return Ok(self.stmt(StmtKind::AnnAssign { target: first, annotation, value }, start));
        }
        if let Some(op) = aug_op(self.text(t)).filter(|_| t.kind == TokKind::Op) {
            if !matches!(first.kind, ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }) {
                let name = expr_name(&first);
                return Err(self
                    .error_range(first.range, format!("'{name}' is an illegal expression for augmented assignment")));
            }
            self.bump();
            let value = if self.at_kw("yield") { self.yield_expr()? } else { self.star_expressions()? };
            self.check_not_starred(&value)?;
            return Ok(self.stmt(StmtKind::AugAssign { target: first, op, value }, start));
        }
        if !self.at_simple_stmt_end() {
            return Err(self.juxtaposition_error(&first));
        }
        if let ExprKind::Starred(_) = first.kind {
            return Err(self.error_range(first.range, "can't use starred expression here"));
        }
        Ok(self.stmt(StmtKind::Expr(first), start))
    }

    /// An expression followed by something that cannot follow it, at statement level:
    /// `print "x"` gets CPython's hint, anything else is "invalid syntax".
    fn juxtaposition_error(&mut self, first: &Expr) -> SyntaxError {
        self.legacy_print(first).unwrap_or_else(|| self.invalid_syntax())
    }
}

pub(crate) fn aug_op(text: &str) -> Option<BinOp> {
    Some(match text {
        "+=" => BinOp::Add,
        "-=" => BinOp::Sub,
        "*=" => BinOp::Mult,
        "@=" => BinOp::MatMult,
        "/=" => BinOp::Div,
        "//=" => BinOp::FloorDiv,
        "%=" => BinOp::Mod,
        "**=" => BinOp::Pow,
        "<<=" => BinOp::LShift,
        ">>=" => BinOp::RShift,
        "|=" => BinOp::BitOr,
        "^=" => BinOp::BitXor,
        "&=" => BinOp::BitAnd,
        _ => return None,
    })
}

/// CPython's `_PyPegen_get_expr_name`: how error messages name an expression.
pub(crate) fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::True) => "True",
        ExprKind::Constant(Constant::False) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// Which kind of target a check is for: it changes the wording ("assign"/"delete") and how
/// `a in b` is read in a `for` target.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum TargetKind {
    Store,
    For,
    Del,
}

#[cfg(test)]
thread_local! { pub(crate) static STACK_LOW: std::cell::Cell<usize> = const { std::cell::Cell::new(usize::MAX) }; }
