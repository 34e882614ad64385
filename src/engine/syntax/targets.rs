//! Checks on what may stand left of `=`, after `for`, `del` and `with ... as`, and on
//! parameter lists — with CPython's wording ("cannot assign to function call here. Maybe you
//! meant '==' instead of '='?", "non-default argument follows default argument", ...).

use super::ast::*;
use super::expr::{is_bare_tuple, is_bitwise_or_level};
use super::lexer::Token;
use super::parser::{expr_name, PResult, Parser, TargetKind};
use crate::engine::source::TextRange;

/// CPython's `_PyPegen_get_invalid_target`: the first sub-expression that cannot be a target.
fn invalid_target(e: &Expr, kind: TargetKind) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Tuple(elts) | ExprKind::List(elts) => elts.iter().find_map(|x| invalid_target(x, kind)),
        ExprKind::Starred(value) => {
            if kind == TargetKind::Del {
                Some(e)
            } else {
                invalid_target(value, kind)
            }
        }
        ExprKind::Compare { left, ops } => {
            // `for a in b`: when read as a comparison, look at its left side.
            if kind == TargetKind::For && ops.first().is_some_and(|(op, _)| *op == CmpOp::In) {
                invalid_target(left, kind)
            } else {
                Some(e)
            }
        }
        ExprKind::Name(_) | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

/// A `__debug__` name among the targets in `e` (it cannot be assigned).
fn find_debug(e: &Expr) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Name(n) if &**n == "__debug__" => Some(e),
        ExprKind::Tuple(elts) | ExprKind::List(elts) => elts.iter().find_map(find_debug),
        ExprKind::Starred(v) => find_debug(v),
        _ => None,
    }
}

/// The part of `e` CPython's `bitwise_or` would read first (`a` in `a < b`, `a if c else d`).
fn first_piece(e: &Expr) -> &Expr {
    let mut e = e;
    loop {
        e = match &e.kind {
            ExprKind::Tuple(elts) if is_bare_tuple(e) => match elts.first() {
                Some(f) => f,
                None => return e,
            },
            ExprKind::Compare { left, .. } => left,
            ExprKind::BoolOp { values, .. } => match values.first() {
                Some(f) => f,
                None => return e,
            },
            ExprKind::IfExp { body, .. } => body,
            _ => return e,
        };
    }
}

impl<'s> Parser<'s> {
    pub(crate) fn check_target(&self, e: &Expr, kind: TargetKind) -> PResult<()> {
        if let Some(debug) = find_debug(e) {
            let verb = if kind == TargetKind::Del { "delete" } else { "assign to" };
            return Err(self.error_range(debug.range, format!("cannot {verb} __debug__")));
        }
        if let Some(bad) = invalid_target(e, kind) {
            let what = expr_name(bad);
            let msg = if kind == TargetKind::Del {
                format!("cannot delete {what}")
            } else {
                format!("cannot assign to {what}")
            };
            return Err(self.error_range(bad.range, msg));
        }
        Ok(())
    }

    /// `parts` is `t1 = t2 = ... = value`.
    /// `bare_yields[i]` says whether `parts[i]` is an unparenthesized `yield`.
    pub(crate) fn check_assignment(&self, parts: &[Expr], bare_yields: &[bool]) -> PResult<()> {
        let n = parts.len().saturating_sub(1);
        let targets = parts.get(..n).unwrap_or(&[]);
        if let (Some(first), Some(rhs)) = (targets.first(), parts.get(1)) {
            // CPython's `invalid_named_expression` on the first target: "... here. Maybe you
            // meant '==' instead of '='?"
            let candidate = match &first.kind {
                ExprKind::Tuple(elts) if is_bare_tuple(first) => elts.last().unwrap_or(first),
                _ => first,
            };
            let excluded = matches!(
                candidate.kind,
                ExprKind::List(_)
                    | ExprKind::Tuple(_)
                    | ExprKind::GeneratorExp { .. }
                    | ExprKind::Constant(Constant::True | Constant::False | Constant::None)
            );
            let piece = first_piece(rhs);
            let rhs_ok = is_bitwise_or_level(piece) && !(std::ptr::eq(piece, rhs) && targets.len() > 1);
            if invalid_target(candidate, TargetKind::Store).is_some()
                && !excluded
                && is_bitwise_or_level(candidate)
                && rhs_ok
            {
                let msg =
                    format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", expr_name(candidate));
                return Err(self.error_range(candidate.range, msg));
            }
        }
        for (i, t) in targets.iter().enumerate() {
            if bare_yields.get(i) == Some(&true) {
                return Err(self.error_range(t.range, "assignment to yield expression not possible"));
            }
            self.check_target(t, TargetKind::Store)?;
            if let ExprKind::Starred(_) = t.kind {
                return Err(self.error_range(t.range, "starred assignment target must be in a list or tuple"));
            }
        }
        Ok(())
    }

    pub(crate) fn check_annotation_target(&self, e: &Expr) -> PResult<()> {
        match &e.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
            ExprKind::Tuple(elts) => {
                let range = if is_bare_tuple(e) { elts.first().map_or(e.range, |f| f.range) } else { e.range };
                Err(self.error_range(range, "only single target (not tuple) can be annotated"))
            }
            ExprKind::List(_) => Err(self.error_range(e.range, "only single target (not list) can be annotated")),
            _ => Err(self.error_range(e.range, "illegal target for annotation")),
        }
    }

    /// A parameter list up to (not including) `close`: `)` for `def`, `:` for `lambda`.
    #[inline(never)]
    pub(crate) fn parameters(&mut self, close: &str, annotated: bool) -> PResult<Parameters> {
        let mut params = Parameters::default();
        let mut seen_default = false;
        let mut star: Option<Token> = None;
        let mut bare_star: Option<Token> = None;
        let mut names: Vec<(std::rc::Rc<str>, TextRange)> = Vec::new();
        loop {
            if self.at_op(close) {
                break;
            }
            if let Some(slash) = self.eat_op("/") {
                if star.is_some() {
                    return Err(self.error_at(slash, "/ must be ahead of *"));
                }
                if !params.posonly.is_empty() {
                    return Err(self.error_at(slash, "/ may appear only once"));
                }
                if params.args.is_empty() {
                    return Err(self.error_at(slash, "at least one argument must precede /"));
                }
                params.posonly = std::mem::take(&mut params.args);
            } else if let Some(s) = self.eat_op("*") {
                if star.is_some() {
                    return Err(self.error_at(s, "* argument may appear only once"));
                }
                star = Some(s);
                if self.at_op(",") || self.at_op(close) {
                    bare_star = Some(s);
                } else {
                    let p = self.param(annotated, true)?;
                    if let Some(eq) = self.eat_op("=") {
                        return Err(self.error_at(eq, "var-positional argument cannot have default value"));
                    }
                    names.push((p.name.name.clone(), p.name.range));
                    params.vararg = Some(p);
                }
            } else if self.eat_op("**").is_some() {
                let p = self.param(annotated, false)?;
                if let Some(eq) = self.eat_op("=") {
                    return Err(self.error_at(eq, "var-keyword argument cannot have default value"));
                }
                names.push((p.name.name.clone(), p.name.range));
                params.kwarg = Some(p);
                self.eat_op(",");
                if !self.at_op(close) {
                    let t = self.tok();
                    return Err(self.error_at(t, "arguments cannot follow var-keyword argument"));
                }
                break;
            } else {
                let mut p = self.param(annotated, false)?;
                if self.eat_op("=").is_some() {
                    p.default = Some(self.expression()?);
                }
                names.push((p.name.name.clone(), p.name.range));
                if star.is_some() {
                    params.kwonly.push(p);
                } else {
                    if p.default.is_none() && seen_default {
                        return Err(self.error_range(p.name.range, "non-default argument follows default argument"));
                    }
                    seen_default |= p.default.is_some();
                    params.args.push(p);
                }
            }
            if self.eat_op(",").is_none() {
                break;
            }
        }
        if let Some(s) = bare_star {
            if params.kwonly.is_empty() {
                return Err(self.error_at(s, "named arguments must follow bare *"));
            }
        }
        for (i, (name, range)) in names.iter().enumerate() {
            if names.iter().take(i).any(|(n, _)| n == name) {
                return Err(self.error_range(*range, format!("duplicate argument '{name}' in function definition")));
            }
        }
        Ok(params)
    }

    /// `name [: annotation]` (annotations only in `def`; `*args: *Ts` allowed after `*`).
    fn param(&mut self, annotated: bool, star_annotation: bool) -> PResult<Param> {
        let name = self.expect_name()?;
        let annotation = if annotated && self.eat_op(":").is_some() {
            Some(if star_annotation { self.star_expression()? } else { self.expression()? })
        } else {
            None
        };
        Ok(Param { name, default: None, annotation })
    }
}
