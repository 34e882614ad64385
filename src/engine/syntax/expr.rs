//! Expressions, from `star_expressions` down to atoms, following the precedence of CPython's
//! grammar (`**` binds tighter than a unary minus on its left: `-2**2 == -4`). Binary
//! operators use precedence climbing to keep the recursion (and the wasm stack) shallow.

use super::ast::*;
use super::error::SyntaxError;
use super::lexer::{TokKind, Token};
use super::parser::{expr_name, PResult, Parser, TargetKind};
use crate::engine::source::TextRange;
use std::rc::Rc;

fn binop(text: &str) -> Option<(BinOp, u8)> {
    Some(match text {
        "|" => (BinOp::BitOr, BIT_OR),
        "^" => (BinOp::BitXor, BIT_OR + 1),
        "&" => (BinOp::BitAnd, BIT_OR + 2),
        "<<" => (BinOp::LShift, BIT_OR + 3),
        ">>" => (BinOp::RShift, BIT_OR + 3),
        "+" => (BinOp::Add, BIT_OR + 4),
        "-" => (BinOp::Sub, BIT_OR + 4),
        "*" => (BinOp::Mult, BIT_OR + 5),
        "/" => (BinOp::Div, BIT_OR + 5),
        "//" => (BinOp::FloorDiv, BIT_OR + 5),
        "%" => (BinOp::Mod, BIT_OR + 5),
        "@" => (BinOp::MatMult, BIT_OR + 5),
        _ => return None,
    })
}

// Binding levels, loosest first.
const OR: u8 = 1;
const AND: u8 = 2;
const NOT: u8 = 3;
const COMPARE: u8 = 4;
const BIT_OR: u8 = 5;
/// Unary `-`, `+`, `~` (after the binary levels `BIT_OR..=BIT_OR + 5`).
const UNARY: u8 = 11;
const POWER: u8 = 12;

pub(crate) fn expr(kind: ExprKind, range: TextRange) -> Expr {
    Expr { kind, range }
}

/// Whether `e` is a tuple written without parentheses (`a, b`).
pub(crate) fn is_bare_tuple(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Tuple(elts) => elts.first().is_some_and(|f| f.range.start == e.range.start),
        _ => false,
    }
}

/// Whether `e` could have been parsed by CPython's `bitwise_or` rule (no comparison,
/// boolean operator, `not`, conditional, lambda ...). Parenthesized forms count as atoms.
pub(crate) fn is_bitwise_or_level(e: &Expr) -> bool {
    !matches!(
        e.kind,
        ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::UnaryOp { op: UnaryOp::Not, .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::NamedExpr { .. }
            | ExprKind::Starred(_)
            | ExprKind::Yield(_)
            | ExprKind::YieldFrom(_)
            | ExprKind::Slice { .. }
    ) && !is_bare_tuple(e)
}

impl<'s> Parser<'s> {
    /// `a, *b, c` (a tuple when there is a comma) — statement level, `return`, `for ... in`.
    pub(crate) fn star_expressions(&mut self) -> PResult<Expr> {
        let first = self.star_expression()?;
        if !self.at_op(",") {
            return Ok(first);
        }
        let start = first.range.start;
        let mut elts = vec![first];
        while self.eat_op(",").is_some() {
            if !self.starts_expression() {
                break;
            }
            elts.push(self.star_expression()?);
        }
        Ok(expr(ExprKind::Tuple(elts), TextRange::new(start, self.prev_end())))
    }

    pub(crate) fn star_expression(&mut self) -> PResult<Expr> {
        if let Some(star) = self.eat_op("*") {
            let value = self.bitwise_or()?;
            let range = self.since(star.range.start);
            return Ok(expr(ExprKind::Starred(Box::new(value)), range));
        }
        self.expression()
    }

    /// An element of a list, set or tuple display: `*x` or a named expression.
    pub(crate) fn star_named_expression(&mut self) -> PResult<Expr> {
        if let Some(star) = self.eat_op("*") {
            let value = self.bitwise_or()?;
            let range = self.since(star.range.start);
            return Ok(expr(ExprKind::Starred(Box::new(value)), range));
        }
        self.named_expression()
    }

    /// Whether the current token can begin an expression.
    pub(crate) fn starts_expression(&mut self) -> bool {
        let t = self.tok();
        match t.kind {
            TokKind::Number | TokKind::String => true,
            TokKind::Name => {
                let text = self.text(t);
                !self.is_keyword(t) || matches!(text, "None" | "True" | "False" | "not" | "lambda" | "await" | "yield")
            }
            TokKind::Op => matches!(self.text(t), "(" | "[" | "{" | "-" | "+" | "~" | "*" | "..." | "**"),
            _ => false,
        }
    }

    /// `name := value` or an expression; a following `=` gets CPython's hints.
    pub(crate) fn named_expression(&mut self) -> PResult<Expr> {
        let t = self.tok();
        if t.kind == TokKind::Name && self.nth_is_op(1, ":=") && !self.is_keyword(t) {
            return self.walrus(t);
        }
        let e = self.expression()?;
        if self.at_op(":=") || self.at_op("=") {
            return self.after_named(e);
        }
        Ok(e)
    }

    #[inline(never)]
    fn walrus(&mut self, t: Token) -> PResult<Expr> {
        {
            self.bump();
            self.bump();
            let value = self.expression()?;
            let target = expr(ExprKind::Name(Rc::from(self.text(t))), t.range);
            let range = self.since(t.range.start);
            Ok(expr(ExprKind::NamedExpr { target: Box::new(target), value: Box::new(value) }, range))
        }
    }

    /// A named expression followed by `:=` or `=`: CPython's hints.
    #[inline(never)]
    fn after_named(&mut self, e: Expr) -> PResult<Expr> {
        if self.at_op(":=") {
            return Err(self.error_range(e.range, format!("cannot use assignment expressions with {}", expr_name(&e))));
        }
        if let Some(err) = self.eq_confusion(&e) {
            return Err(err);
        }
        Ok(e)
    }

    /// `x = 1` where an expression was expected (CPython's `invalid_named_expression`).
    #[inline(never)]
    pub(crate) fn eq_confusion(&mut self, e: &Expr) -> Option<SyntaxError> {
        let (rhs, _) = self.speculate(|p| {
            p.bump();
            let rhs = p.bitwise_or()?;
            if p.at_op("=") || p.at_op(":=") {
                return Err(p.invalid_syntax());
            }
            Ok(rhs)
        });
        let rhs = rhs.ok()?;
        if let ExprKind::Name(_) = e.kind {
            let range = e.range.cover(rhs.range);
            return Some(self.error_range(range, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"));
        }
        let excluded = matches!(
            e.kind,
            ExprKind::List(_)
                | ExprKind::Tuple(_)
                | ExprKind::GeneratorExp { .. }
                | ExprKind::Constant(Constant::True | Constant::False | Constant::None)
        );
        if excluded || !is_bitwise_or_level(e) {
            return None;
        }
        let msg = format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", expr_name(e));
        Some(self.error_range(e.range, msg))
    }

    /// `body if test else orelse`, a lambda, or a disjunction.
    pub(crate) fn expression(&mut self) -> PResult<Expr> {
        self.enter()?;
        let r = self.expression_inner();
        self.depth -= 1;
        r
    }

    fn expression_inner(&mut self) -> PResult<Expr> {
        if self.at_kw("lambda") {
            return self.lambda();
        }
        let start = self.tok().range.start;
        let body = self.operators(OR)?;
        if !self.at_kw("if") {
            return Ok(body);
        }
        self.ternary(start, body)
    }

    #[inline(never)]
    fn ternary(&mut self, start: u32, body: Expr) -> PResult<Expr> {
        self.bump();
        let test = self.operators(OR)?;
        if self.eat_kw("else").is_none() {
            if self.at_op(":") {
                return Err(self.invalid_syntax());
            }
            let range = body.range.cover(test.range);
            return Err(self.error_range(range, "expected 'else' after 'if' expression"));
        }
        let orelse = self.expression()?;
        let range = self.since(start);
        Ok(expr(ExprKind::IfExp { test: Box::new(test), body: Box::new(body), orelse: Box::new(orelse) }, range))
    }

    #[inline(never)]
    fn lambda(&mut self) -> PResult<Expr> {
        let kw = self.bump();
        let params = self.parameters(":", false)?;
        self.expect_op(":")?;
        let body = self.expression()?;
        let range = self.since(kw.range.start);
        Ok(expr(ExprKind::Lambda { params: Box::new(params), body: Box::new(body) }, range))
    }

    pub(crate) fn yield_expr(&mut self) -> PResult<Expr> {
        let kw = self.bump();
        if self.eat_kw("from").is_some() {
            let value = self.expression()?;
            let range = self.since(kw.range.start);
            return Ok(expr(ExprKind::YieldFrom(Box::new(value)), range));
        }
        if !self.starts_expression() {
            return Ok(expr(ExprKind::Yield(None), kw.range));
        }
        let value = self.star_expressions()?;
        let range = self.since(kw.range.start);
        Ok(expr(ExprKind::Yield(Some(Box::new(value))), range))
    }

    /// `a or b`, `a and b`, `not a`, comparisons and arithmetic (CPython's `disjunction`).
    pub(crate) fn disjunction(&mut self) -> PResult<Expr> {
        self.operators(OR)
    }

    /// Arithmetic and bitwise operators only (CPython's `bitwise_or`).
    pub(crate) fn bitwise_or(&mut self) -> PResult<Expr> {
        self.operators(BIT_OR)
    }

    fn comp_op(&mut self) -> Option<(CmpOp, usize)> {
        let t = self.tok();
        let text = self.text(t);
        match (t.kind, text) {
            (TokKind::Op, "==") => Some((CmpOp::Eq, 1)),
            (TokKind::Op, "!=") => Some((CmpOp::NotEq, 1)),
            (TokKind::Op, "<") => Some((CmpOp::Lt, 1)),
            (TokKind::Op, "<=") => Some((CmpOp::LtE, 1)),
            (TokKind::Op, ">") => Some((CmpOp::Gt, 1)),
            (TokKind::Op, ">=") => Some((CmpOp::GtE, 1)),
            (TokKind::Name, "in") if !self.no_in => Some((CmpOp::In, 1)),
            (TokKind::Name, "not") if !self.no_in && self.nth_is_kw(1, "in") => Some((CmpOp::NotIn, 2)),
            (TokKind::Name, "is") if self.nth_is_kw(1, "not") => Some((CmpOp::IsNot, 2)),
            (TokKind::Name, "is") => Some((CmpOp::Is, 1)),
            _ => None,
        }
    }

    /// Every operator from `or` down to `**`, by precedence climbing: operators binding at
    /// least as tightly as `min` are taken. One loop instead of one function per level keeps
    /// each bracket level to a handful of stack frames.
    fn operators(&mut self, min: u8) -> PResult<Expr> {
        let start = self.tok().range.start;
        let t = self.tok();
        let left = if matches!(t.kind, TokKind::Op | TokKind::Name) && self.prefix_op(t, min).is_some() {
            self.prefix(min, start)?
        } else {
            self.await_primary()?
        };
        let t = self.tok();
        if t.kind == TokKind::Op
            || (t.kind == TokKind::Name && matches!(self.text(t), "or" | "and" | "in" | "not" | "is"))
        {
            return self.infix(min, start, left);
        }
        Ok(left)
    }

    fn prefix_op(&self, t: Token, min: u8) -> Option<(UnaryOp, u8)> {
        match (t.kind, self.text(t)) {
            (TokKind::Name, "not") if min <= NOT => Some((UnaryOp::Not, NOT)),
            (TokKind::Op, "-") if min <= UNARY => Some((UnaryOp::Neg, UNARY)),
            (TokKind::Op, "+") if min <= UNARY => Some((UnaryOp::Pos, UNARY)),
            (TokKind::Op, "~") if min <= UNARY => Some((UnaryOp::Invert, UNARY)),
            _ => None,
        }
    }

    /// `not x`, `-x`, `+x`, `~x`.
    #[inline(never)]
    fn prefix(&mut self, min: u8, start: u32) -> PResult<Expr> {
        let t = self.bump();
        let Some((op, level)) = self.prefix_op(t, min) else { return Err(self.invalid_syntax()) };
        self.enter()?;
        let operand = self.operators(level);
        self.depth -= 1;
        let operand = operand?;
        Ok(expr(ExprKind::UnaryOp { op, operand: Box::new(operand) }, self.since(start)))
    }

    /// Binary operators, comparisons and `and`/`or` after `left`, binding at least as tightly
    /// as `min`.
    #[inline(never)]
    fn infix(&mut self, min: u8, start: u32, left: Expr) -> PResult<Expr> {
        let chain = self.chain;
        let r = self.infix_chain(min, start, left);
        self.chain = chain;
        r
    }

    fn infix_chain(&mut self, min: u8, start: u32, mut left: Expr) -> PResult<Expr> {
        loop {
            let t = self.tok();
            let text = self.text(t);
            if t.kind == TokKind::Name && (text == "or" || text == "and") {
                let (op, level, operand) = if text == "or" { (BoolOp::Or, OR, AND) } else { (BoolOp::And, AND, NOT) };
                if min > level {
                    break;
                }
                let mut values = vec![left];
                while self.eat_kw(text).is_some() {
                    values.push(self.operators(operand)?);
                }
                self.lengthen()?;
                left = expr(ExprKind::BoolOp { op, values }, self.since(start));
                continue;
            }
            if min <= COMPARE && t.kind == TokKind::Name && text == "not" && !self.nth_is_kw(1, "in") && !self.no_in {
                // `x not y`: CPython reads on, expecting `not in`, and fails at `y`.
                let next = self.nth(1);
                return Err(self.error_at(next, "invalid syntax"));
            }
            if min <= COMPARE {
                if let Some((first, _)) = self.comp_op() {
                    let _ = first;
                    let mut ops = Vec::new();
                    while let Some((op, n)) = self.comp_op() {
                        for _ in 0..n {
                            self.bump();
                        }
                        ops.push((op, self.operators(BIT_OR)?));
                    }
                    self.lengthen()?;
                    left = expr(ExprKind::Compare { left: Box::new(left), ops }, self.since(start));
                    continue;
                }
            }
            if t.kind != TokKind::Op {
                break;
            }
            if text == "**" {
                if min > POWER {
                    break;
                }
                self.bump();
                // Right-associative, and the exponent may carry a sign: `2 ** -1`.
                self.enter()?;
                let exp = self.operators(UNARY);
                self.depth -= 1;
                let exp = exp?;
                self.lengthen()?;
                let range = self.since(start);
                left = expr(ExprKind::BinOp { left: Box::new(left), op: BinOp::Pow, right: Box::new(exp) }, range);
                continue;
            }
            let Some((op, level)) = binop(text) else { break };
            if level < min {
                break;
            }
            self.bump();
            let right = self.operators(level + 1)?;
            self.lengthen()?;
            left = expr(ExprKind::BinOp { left: Box::new(left), op, right: Box::new(right) }, self.since(start));
        }
        Ok(left)
    }

    fn await_primary(&mut self) -> PResult<Expr> {
        if let Some(kw) = self.eat_kw("await") {
            self.enter()?;
            let value = self.primary();
            self.depth -= 1;
            let value = value?;
            let range = self.since(kw.range.start);
            return Ok(expr(ExprKind::Await(Box::new(value)), range));
        }
        self.primary()
    }

    /// An atom followed by `.name`, `(args)` and `[index]` trailers.
    pub(crate) fn primary(&mut self) -> PResult<Expr> {
        let start = self.tok().range.start;
        let e = self.atom()?;
        let t = self.tok();
        if t.kind == TokKind::Op && matches!(self.text(t), "." | "(" | "[") {
            return self.trailers(start, e);
        }
        Ok(e)
    }

    #[inline(never)]
    fn trailers(&mut self, start: u32, e: Expr) -> PResult<Expr> {
        let chain = self.chain;
        let r = self.trailer_chain(start, e);
        self.chain = chain;
        r
    }

    fn trailer_chain(&mut self, start: u32, mut e: Expr) -> PResult<Expr> {
        loop {
            let t = self.tok();
            if t.kind != TokKind::Op {
                break;
            }
            if matches!(self.text(t), "." | "(" | "[") {
                self.lengthen()?;
            }
            match self.text(t) {
                "." => {
                    self.bump();
                    let attr = self.expect_name()?;
                    let range = self.since(start);
                    e = expr(ExprKind::Attribute { value: Box::new(e), attr }, range);
                }
                "(" => {
                    let open = self.bump();
                    self.enter()?;
                    let r = self.call_arguments(open);
                    self.depth -= 1;
                    let (args, keywords) = r?;
                    let range = self.since(start);
                    e = expr(ExprKind::Call { func: Box::new(e), args, keywords }, range);
                }
                "[" => {
                    self.bump();
                    self.enter()?;
                    let saved = std::mem::replace(&mut self.no_in, false);
                    let r = self.slices();
                    self.no_in = saved;
                    self.depth -= 1;
                    let index = r?;
                    self.close("]")?;
                    let range = self.since(start);
                    e = expr(ExprKind::Subscript { value: Box::new(e), index: Box::new(index) }, range);
                }
                _ => break,
            }
        }
        Ok(e)
    }

    /// Expects a closing bracket.
    fn close(&mut self, c: &str) -> PResult<()> {
        self.expect_op(c).map(|_| ())
    }

    fn slices(&mut self) -> PResult<Expr> {
        let first = self.slice()?;
        if !self.at_op(",") {
            if let ExprKind::Starred(_) = first.kind {
                // `a[*b]` indexes with a one-element tuple.
                let range = first.range;
                return Ok(expr(ExprKind::Tuple(vec![first]), range));
            }
            return Ok(first);
        }
        let start = first.range.start;
        let mut elts = vec![first];
        while self.eat_op(",").is_some() {
            if self.at_op("]") {
                break;
            }
            elts.push(self.slice()?);
        }
        Ok(expr(ExprKind::Tuple(elts), TextRange::new(start, self.prev_end())))
    }

    #[inline(never)]
    fn slice(&mut self) -> PResult<Expr> {
        let start = self.tok().range.start;
        let lower = if self.at_op(":") {
            None
        } else if self.at_op("*") {
            return self.star_expression();
        } else {
            let e = self.named_expression()?;
            if !self.at_op(":") {
                return self.after_element(e, &["]", ","]);
            }
            Some(Box::new(e))
        };
        self.bump();
        let upper = if self.at_op(":") || self.at_op("]") || self.at_op(",") {
            None
        } else {
            Some(Box::new(self.expression()?))
        };
        let step = if self.eat_op(":").is_some() {
            if self.at_op("]") || self.at_op(",") {
                None
            } else {
                Some(Box::new(self.expression()?))
            }
        } else {
            None
        };
        Ok(expr(ExprKind::Slice { lower, upper, step }, TextRange::new(start, self.prev_end())))
    }

    /// After an element inside brackets: anything but one of `follow` is an error, with
    /// CPython's comma hint when another expression follows directly.
    pub(crate) fn after_element(&mut self, e: Expr, follow: &[&str]) -> PResult<Expr> {
        self.check_after(&e, follow)?;
        Ok(e)
    }

    pub(crate) fn check_after(&mut self, e: &Expr, follow: &[&str]) -> PResult<()> {
        let t = self.tok();
        if t.kind == TokKind::Op && follow.contains(&self.text(t)) {
            return Ok(());
        }
        Err(self.element_error(e))
    }

    /// Error for an unexpected token right after `prev` inside brackets.
    #[inline(never)]
    pub(crate) fn element_error(&mut self, prev: &Expr) -> SyntaxError {
        if let Some(e) = self.comma_hint(prev) {
            return e;
        }
        if let Some(e) = self.legacy_print(prev) {
            return e;
        }
        self.invalid_syntax()
    }

    #[inline(never)]
    pub(crate) fn legacy_print(&mut self, prev: &Expr) -> Option<SyntaxError> {
        let ExprKind::Name(name) = &prev.kind else { return None };
        if !matches!(&**name, "print" | "exec") || self.at_op("(") {
            return None;
        }
        let (r, _) = self.speculate(|p| p.star_expressions());
        let rest = r.ok()?;
        let range = prev.range.cover(rest.range);
        Some(self.error_range(range, format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?")))
    }

    /// `[1 2]`: "invalid syntax. Perhaps you forgot a comma?" (CPython's `invalid_expression`).
    #[inline(never)]
    pub(crate) fn comma_hint(&mut self, prev: &Expr) -> Option<SyntaxError> {
        if !is_bitwise_or_level(prev) && !matches!(prev.kind, ExprKind::Compare { .. } | ExprKind::BoolOp { .. }) {
            return None;
        }
        if matches!(prev.kind, ExprKind::UnaryOp { op: UnaryOp::Not, .. }) {
            // `not x y` is still a disjunction; keep going.
        }
        let next = self.tok();
        if let ExprKind::Name(name) = &prev.kind {
            if next.kind == TokKind::String || matches!(&**name, "match" | "case" | "_" | "print" | "exec") {
                return None;
            }
        }
        if !self.starts_expression() || self.at_kw("yield") || self.at_op("*") || self.at_op("**") {
            return None;
        }
        let (r, _) = self.speculate(|p| p.expression());
        let b = r.ok()?;
        Some(self.error_range(prev.range.cover(b.range), "invalid syntax. Perhaps you forgot a comma?"))
    }

    fn atom(&mut self) -> PResult<Expr> {
        let t = self.tok();
        if t.kind == TokKind::Op && matches!(self.text(t), "(" | "[" | "{") {
            self.enter()?;
            let saved = std::mem::replace(&mut self.no_in, false);
            let r = match self.text(t) {
                "(" => self.paren(),
                "[" => self.list(),
                _ => self.brace(),
            };
            self.no_in = saved;
            self.depth -= 1;
            return r;
        }
        self.leaf(t)
    }

    #[inline(never)]
    fn leaf(&mut self, t: Token) -> PResult<Expr> {
        match t.kind {
            TokKind::Name => {
                let text = self.text(t);
                let kind = match text {
                    "None" => ExprKind::Constant(Constant::None),
                    "True" => ExprKind::Constant(Constant::True),
                    "False" => ExprKind::Constant(Constant::False),
                    _ if self.is_keyword(t) => return Err(self.invalid_syntax()),
                    _ => ExprKind::Name(Rc::from(text)),
                };
                self.bump();
                Ok(expr(kind, t.range))
            }
            TokKind::Number => {
                self.bump();
                let c = self.number(t)?;
                Ok(expr(ExprKind::Constant(c), t.range))
            }
            TokKind::String => self.strings(),
            TokKind::Op => match self.text(t) {
                "..." => {
                    self.bump();
                    Ok(expr(ExprKind::Constant(Constant::Ellipsis), t.range))
                }
                _ => Err(self.invalid_syntax()),
            },
            _ => Err(self.invalid_syntax()),
        }
    }

    fn at_comprehension(&mut self) -> bool {
        self.at_kw("for") || (self.at_kw("async") && self.nth_is_kw(1, "for"))
    }

    fn paren(&mut self) -> PResult<Expr> {
        let open = self.bump();
        if self.at_op(")") || self.at_kw("yield") {
            return self.paren_special(open);
        }
        let first = self.star_named_expression()?;
        if self.at_op(")") && !matches!(first.kind, ExprKind::Starred(_)) {
            self.bump();
            return Ok(first);
        }
        self.paren_rest(open, first)
    }

    /// `()` and `(yield ...)`.
    #[inline(never)]
    fn paren_special(&mut self, open: Token) -> PResult<Expr> {
        if let Some(close) = self.eat_op(")") {
            return Ok(expr(ExprKind::Tuple(Vec::new()), open.range.cover(close.range)));
        }
        let y = self.yield_expr()?;
        self.close(")")?;
        Ok(y)
    }

    /// After `(first`: a generator, a tuple, or `(*x)`.
    #[inline(never)]
    fn paren_rest(&mut self, open: Token, first: Expr) -> PResult<Expr> {
        if self.at_comprehension() {
            self.check_comprehension_elt(&first)?;
            let generators = self.comprehension_clauses()?;
            self.close(")")?;
            let range = TextRange::new(open.range.start, self.prev_end());
            return Ok(expr(ExprKind::GeneratorExp { elt: Box::new(first), generators }, range));
        }
        if self.eat_op(")").is_some() {
            if let ExprKind::Starred(_) = first.kind {
                return Err(self.error_range(first.range, "cannot use starred expression here"));
            }
            return Ok(first);
        }
        if !self.at_op(",") {
            return Err(self.element_error(&first));
        }
        let mut elts = vec![first];
        while self.eat_op(",").is_some() {
            if self.at_op(")") {
                break;
            }
            let e = self.star_named_expression()?;
            let e = self.after_element(e, &[",", ")"])?;
            elts.push(e);
        }
        self.close(")")?;
        Ok(expr(ExprKind::Tuple(elts), TextRange::new(open.range.start, self.prev_end())))
    }

    fn list(&mut self) -> PResult<Expr> {
        let open = self.bump();
        if let Some(close) = self.eat_op("]") {
            return Ok(expr(ExprKind::List(Vec::new()), open.range.cover(close.range)));
        }
        let first = self.star_named_expression()?;
        self.list_rest(open, first)
    }

    #[inline(never)]
    fn list_rest(&mut self, open: Token, first: Expr) -> PResult<Expr> {
        if self.at_comprehension() {
            self.check_comprehension_elt(&first)?;
            let generators = self.comprehension_clauses()?;
            self.close("]")?;
            let range = TextRange::new(open.range.start, self.prev_end());
            return Ok(expr(ExprKind::ListComp { elt: Box::new(first), generators }, range));
        }
        let first = self.after_element(first, &[",", "]"])?;
        let mut elts = vec![first];
        while self.eat_op(",").is_some() {
            if self.at_op("]") {
                break;
            }
            let e = self.star_named_expression()?;
            let e = self.after_element(e, &[",", "]"])?;
            elts.push(e);
        }
        self.close("]")?;
        Ok(expr(ExprKind::List(elts), TextRange::new(open.range.start, self.prev_end())))
    }

    #[inline(never)]
    fn brace(&mut self) -> PResult<Expr> {
        let open = self.bump();
        if let Some(close) = self.eat_op("}") {
            return Ok(expr(ExprKind::Dict(Vec::new()), open.range.cover(close.range)));
        }
        // A dict starts with `**x` or `key:`.
        let first_key = if let Some(stars) = self.eat_op("**") {
            if let Some(e) = self.dict_comprehension_of_spread(stars) {
                return Err(e);
            }
            None
        } else {
            let e = self.star_named_expression()?;
            if !self.at_op(":") {
                return self.set_rest(open.range.start, e);
            }
            Some(e)
        };
        let first = self.dict_item_rest(first_key)?;
        if self.at_comprehension() {
            let (Some(key), value) = first else {
                return Err(self.error_range(first.1.range, "dict unpacking cannot be used in dict comprehension"));
            };
            let generators = self.comprehension_clauses()?;
            self.close("}")?;
            let range = TextRange::new(open.range.start, self.prev_end());
            return Ok(expr(ExprKind::DictComp { key: Box::new(key), value: Box::new(value), generators }, range));
        }
        let mut items = vec![first];
        loop {
            if let Some((_, v)) = items.last() {
                self.check_after(v, &[",", "}"])?;
            }
            if self.eat_op(",").is_none() || self.at_op("}") {
                break;
            }
            let key = if self.eat_op("**").is_some() {
                None
            } else {
                let k = self.expression()?;
                if !self.at_op(":") {
                    return Err(self.dict_key_error(&k));
                }
                Some(k)
            };
            items.push(self.dict_item_rest(key)?);
        }
        self.close("}")?;
        Ok(expr(ExprKind::Dict(items), TextRange::new(open.range.start, self.prev_end())))
    }

    /// A key not followed by `:`.
    #[inline(never)]
    fn dict_key_error(&mut self, key: &Expr) -> SyntaxError {
        if self.at_op(",") || self.at_op("}") {
            let end = key.range.end;
            let last = self.src.get(..end as usize).and_then(|s| s.chars().last()).map_or(1, char::len_utf8);
            let range = TextRange::new(end.saturating_sub(last as u32), end);
            return self.error_range(range, "':' expected after dictionary key");
        }
        self.element_error(key)
    }

    /// `{**a for a in b}`.
    #[inline(never)]
    fn dict_comprehension_of_spread(&mut self, stars: Token) -> Option<SyntaxError> {
        let (r, _) = self.speculate(|p| {
            let v = p.bitwise_or()?;
            Ok((v, p.at_comprehension()))
        });
        match r {
            Ok((_, true)) => Some(self.error_at(stars, "dict unpacking cannot be used in dict comprehension")),
            _ => None,
        }
    }

    /// After a dict key (and before `:`), or after `**`: the value.
    #[inline(never)]
    fn dict_item_rest(&mut self, key: Option<Expr>) -> PResult<(Option<Expr>, Expr)> {
        match key {
            Some(k) => {
                if let ExprKind::Starred(_) = k.kind {
                    return Err(self.error_range(k.range, "cannot use a starred expression in a dictionary key"));
                }
                let colon = self.expect_op(":")?;
                if self.at_op("}") || self.at_op(",") {
                    return Err(self.error_at(colon, "expression expected after dictionary key and ':'"));
                }
                let v = self.expression()?;
                Ok((Some(k), v))
            }
            None => {
                let v = self.bitwise_or()?;
                Ok((None, v))
            }
        }
    }

    #[inline(never)]
    fn set_rest(&mut self, start: u32, first: Expr) -> PResult<Expr> {
        if self.at_comprehension() {
            self.check_comprehension_elt(&first)?;
            let generators = self.comprehension_clauses()?;
            self.close("}")?;
            let range = TextRange::new(start, self.prev_end());
            return Ok(expr(ExprKind::SetComp { elt: Box::new(first), generators }, range));
        }
        let first = self.after_element(first, &[",", "}"])?;
        let mut elts = vec![first];
        while self.eat_op(",").is_some() {
            if self.at_op("}") {
                break;
            }
            let e = self.star_named_expression()?;
            let e = self.after_element(e, &[",", "}"])?;
            elts.push(e);
        }
        self.close("}")?;
        Ok(expr(ExprKind::Set(elts), TextRange::new(start, self.prev_end())))
    }

    /// `for target in iter if cond ...` clauses, one or more.
    #[inline(never)]
    pub(crate) fn comprehension_clauses(&mut self) -> PResult<Vec<Comprehension>> {
        self.comprehension_clauses_inner()
    }

    /// `[*a for a in b]`.
    fn check_comprehension_elt(&self, elt: &Expr) -> PResult<()> {
        if let ExprKind::Starred(_) = elt.kind {
            return Err(self.error_range(elt.range, "iterable unpacking cannot be used in comprehension"));
        }
        Ok(())
    }

    fn comprehension_clauses_inner(&mut self) -> PResult<Vec<Comprehension>> {
        let mut generators = Vec::new();
        while self.at_comprehension() {
            let is_async = self.eat_kw("async").is_some();
            self.bump();
            let target = self.for_target()?;
            if self.eat_kw("in").is_none() {
                return Err(self.element_error(&target));
            }
            let iter = self.disjunction()?;
            let mut ifs = Vec::new();
            while self.eat_kw("if").is_some() {
                ifs.push(self.disjunction()?);
            }
            generators.push(Comprehension { target, iter, ifs, is_async });
        }
        Ok(generators)
    }

    /// The target of `for` (statement or comprehension): `in` ends it.
    pub(crate) fn for_target(&mut self) -> PResult<Expr> {
        let saved = self.no_in;
        self.no_in = true;
        let r = self.star_expressions();
        self.no_in = saved;
        let target = r?;
        self.check_target(&target, TargetKind::For)?;
        Ok(target)
    }

    /// The target after `with ... as`.
    pub(crate) fn star_target(&mut self) -> PResult<Expr> {
        self.star_expression()
    }

    pub(crate) fn del_targets(&mut self) -> PResult<Vec<Expr>> {
        let e = self.star_expressions()?;
        self.check_target(&e, TargetKind::Del)?;
        if is_bare_tuple(&e) {
            if let ExprKind::Tuple(elts) = e.kind {
                return Ok(elts);
            }
        }
        Ok(vec![e])
    }

    /// Arguments of a call or class bases, after `(`; consumes the `)`.
    pub(crate) fn call_arguments(&mut self, open: super::lexer::Token) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        let mut args: Vec<Expr> = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut pending: Option<&'static str> = None;
        let mut genexp_count = 0;
        let mut first_genexp: Option<TextRange> = None;
        loop {
            if self.at_op(")") {
                break;
            }
            let t = self.tok();
            if let Some(star) = self.eat_op("*") {
                let value = self.expression()?;
                if keywords.iter().any(|k| k.arg.is_none()) {
                    return Err(
                        self.error_at_start(star, "iterable argument unpacking follows keyword argument unpacking")
                    );
                }
                let range = self.since(star.range.start);
                args.push(expr(ExprKind::Starred(Box::new(value)), range));
            } else if let Some(_stars) = self.eat_op("**") {
                let value = self.expression()?;
                keywords.push(Keyword { arg: None, value });
            } else if t.kind == TokKind::Name && !self.is_keyword(t) && self.nth_is_op(1, "=") {
                self.bump();
                let eq = self.bump();
                let value = self.expression()?;
                if self.at_comprehension() {
                    let range = TextRange::new(t.range.start, eq.range.end);
                    return Err(self.error_range(range, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"));
                }
                let value = self.after_element(value, &[",", ")"])?;
                let arg = self.ident(t);
                if keywords.iter().any(|k| k.arg.as_ref().is_some_and(|a| a.name == arg.name)) {
                    let range = TextRange::new(t.range.start, value.range.end);
                    return Err(self.error_range(range, format!("keyword argument repeated: {}", arg.name)));
                }
                keywords.push(Keyword { arg: Some(arg), value });
            } else {
                let start = self.tok().range.start;
                let e = self.named_expression_arg()?;
                let e = if self.at_comprehension() {
                    self.check_comprehension_elt(&e)?;
                    let generators = self.comprehension_clauses()?;
                    genexp_count += 1;
                    let range = self.since(start);
                    if first_genexp.is_none() {
                        first_genexp = Some(range);
                    }
                    expr(ExprKind::GeneratorExp { elt: Box::new(e), generators }, range)
                } else {
                    e
                };
                if self.at_op("=") {
                    let eq = self.tok();
                    let range = TextRange::new(e.range.start, eq.range.end);
                    return Err(
                        self.error_range(range, "expression cannot contain assignment, perhaps you meant \"==\"?")
                    );
                }
                let e = self.after_element(e, &[",", ")"])?;
                if !keywords.is_empty() && pending.is_none() {
                    pending = Some(if keywords.iter().any(|k| k.arg.is_none()) {
                        "positional argument follows keyword argument unpacking"
                    } else {
                        "positional argument follows keyword argument"
                    });
                }
                args.push(e);
            }
            if self.eat_op(",").is_none() {
                break;
            }
        }
        let close = self.tok();
        if !self.is_op(close, ")") {
            return Err(self.invalid_syntax());
        }
        if let Some(msg) = pending {
            return Err(self.error_at_start(close, msg));
        }
        if genexp_count > 0 && (args.len() + keywords.len() > 1 || self.prev_is_comma()) {
            if let Some(range) = first_genexp {
                return Err(self.error_range(range, "Generator expression must be parenthesized"));
            }
        }
        self.bump();
        // A sole generator argument shares the call's parentheses.
        if let [only] = args.as_mut_slice() {
            if keywords.is_empty() && first_genexp == Some(only.range) {
                only.range = TextRange::new(open.range.start, close.range.end);
            }
        }
        Ok((args, keywords))
    }

    fn prev_is_comma(&self) -> bool {
        self.pos
            .checked_sub(1)
            .and_then(|i| self.tokens.get(i))
            .is_some_and(|t| t.kind == TokKind::Op && self.text(*t) == ",")
    }

    /// A positional call argument: `name := value` or an expression (no `=` hint here).
    fn named_expression_arg(&mut self) -> PResult<Expr> {
        let t = self.tok();
        if t.kind == TokKind::Name && !self.is_keyword(t) && self.nth_is_op(1, ":=") {
            return self.named_expression();
        }
        self.expression()
    }
}
