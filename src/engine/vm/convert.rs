//! Conversions that may run Python code: `str()`, `repr()`, truth values, `format()`,
//! equality and ordering with dunder methods, membership, indexing, sorting, `str.format`.

use super::{Flow, Vm};
use crate::engine::syntax::ast::{BinOp, CmpOp};
use crate::engine::value::format::{self, FieldAccessor, FieldArg, FormatPiece};
use crate::engine::value::set_order::set_items;
use crate::engine::value::{ops, Args, Value};

/// How deeply nested a container may be for `repr` and `==` (deeper is a `RecursionError`).
const MAX_REPR_DEPTH: usize = 256;

impl Vm {
    /// `str(v)`.
    pub fn str_of(&mut self, v: &Value) -> Result<String, Flow> {
        match v {
            Value::Str(s) => Ok(s.to_string()),
            Value::Instance(inst) => {
                if let Some(m) = inst.class.lookup("__str__") {
                    if matches!(m, Value::Function(_)) || inst.base.is_some() {
                        let r = self.call_method_value(v, "__str__")?;
                        return match r {
                            Value::Str(s) => Ok(s.to_string()),
                            other => {
                                Err(self
                                    .type_error(format!("__str__ returned non-string (type {})", other.type_name())))
                            }
                        };
                    }
                }
                if let Some(exc) = &inst.exc {
                    let args = exc.borrow().args.clone();
                    return match args.len() {
                        0 => Ok(String::new()),
                        1 => {
                            if inst.class.name.as_ref() == "KeyError" {
                                self.repr_of(&args[0])
                            } else {
                                self.str_of(&args[0])
                            }
                        }
                        n => match (&args[0], self.is_instance_of_name(v, "OSError")) {
                            // OSError(errno, strerror[, filename[, winerror[, filename2]]])
                            (Value::Int(errno), true) => {
                                let mut s = format!("[Errno {errno}] {}", self.str_of(&args[1])?);
                                if let Some(name) = args.get(2).filter(|v| !matches!(v, Value::None)) {
                                    s = format!("{s}: {}", self.repr_of(name)?);
                                    if let Some(other) = args.get(4).filter(|v| n > 4 && !matches!(v, Value::None)) {
                                        s = format!("{s} -> {}", self.repr_of(other)?);
                                    }
                                }
                                Ok(s)
                            }
                            _ => self.repr_of(&Value::tuple(args)),
                        },
                    };
                }
                self.repr_of(v)
            }
            _ => self.repr_of(v),
        }
    }

    fn call_method_value(&mut self, obj: &Value, name: &str) -> Result<Value, Flow> {
        let m = self.get_attr(obj, name)?;
        self.call_nested(m, Args::default())
    }

    /// `repr(v)`. A container met again inside itself prints as `[...]` (`{...}`, `(...)`), as in
    /// CPython; nesting deeper than `MAX_REPR_DEPTH` is a `RecursionError`, so that a deep
    /// structure cannot exhaust the stack (in the browser that would kill the page).
    pub fn repr_of(&mut self, v: &Value) -> Result<String, Flow> {
        // str(), repr() and print() of an int past 4300 digits raise, as %d and f-strings do.
        if let Value::BigInt(b) = v {
            crate::engine::value::format_spec::check_decimal_digits(b).map_err(|e| self.op_err(e))?;
        }
        if let Some(s) = format::repr_basic(v) {
            return Ok(s);
        }
        let container = matches!(v, Value::List(_) | Value::Tuple(_) | Value::Dict(_) | Value::DictView(_));
        let Some(id) = v.identity().filter(|_| container) else { return self.repr_inner(v) };
        if self.repr_active.contains(&id) {
            return Ok(match v {
                Value::List(_) => "[...]",
                Value::Tuple(_) => "(...)",
                _ => "{...}",
            }
            .into());
        }
        if self.repr_active.len() >= MAX_REPR_DEPTH {
            return Err(
                self.err("RecursionError", "maximum recursion depth exceeded while getting the repr of an object")
            );
        }
        self.repr_active.push(id);
        let r = self.repr_inner(v);
        self.repr_active.pop();
        r
    }

    fn repr_inner(&mut self, v: &Value) -> Result<String, Flow> {
        Ok(match v {
            Value::List(l) => {
                let items = l.borrow().clone();
                format!("[{}]", self.join_reprs(&items)?)
            }
            Value::Tuple(t) => {
                if t.len() == 1 {
                    format!("({},)", self.repr_of(&t[0])?)
                } else {
                    format!("({})", self.join_reprs(&t.clone())?)
                }
            }
            Value::Dict(d) => {
                let pairs: Vec<(Value, Value)> = d.borrow().items().map(|(k, v)| (k.clone(), v.clone())).collect();
                let mut parts = Vec::new();
                for (k, v) in pairs {
                    parts.push(format!("{}: {}", self.repr_of(&k)?, self.repr_of(&v)?));
                }
                format!("{{{}}}", parts.join(", "))
            }
            Value::Set(d) => {
                let keys = set_items(&d.borrow());
                if keys.is_empty() {
                    "set()".into()
                } else {
                    format!("{{{}}}", self.join_reprs(&keys)?)
                }
            }
            Value::FrozenSet(d) => {
                let keys = set_items(d);
                if keys.is_empty() {
                    "frozenset()".into()
                } else {
                    format!("frozenset({{{}}})", self.join_reprs(&keys)?)
                }
            }
            Value::DictView(view) => format!("{}([{}])", view.type_name(), self.join_reprs(&view.items())?),
            Value::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Value::Slice(s) => {
                let parts = s.clone();
                format!(
                    "slice({}, {}, {})",
                    self.repr_of(&parts[0])?,
                    self.repr_of(&parts[1])?,
                    self.repr_of(&parts[2])?
                )
            }
            Value::Ellipsis => "Ellipsis".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Function(f) => {
                let qualname = match f.attrs.borrow().get("__qualname__") {
                    Some(Value::Str(s)) => s.clone(),
                    _ => f.qualname.clone(),
                };
                format!("<function {qualname} at {}>", self.addr(v))
            }
            Value::Builtin(b) => match &b.receiver {
                Some(r) => format!("<built-in method {} of {} object at {}>", b.name, r.type_name(), self.addr(r)),
                None => format!("<built-in function {}>", b.name),
            },
            Value::Method(m) => {
                let fname = match &m.func {
                    Value::Function(f) => f.qualname.to_string(),
                    _ => "?".into(),
                };
                format!("<bound method {} of {}>", fname, self.repr_of(&m.receiver.clone())?)
            }
            Value::Class(c) => {
                if &*c.module == "builtins" {
                    format!("<class '{}'>", c.qualname)
                } else {
                    format!("<class '{}.{}'>", c.module, c.qualname)
                }
            }
            Value::Module(m) => format!("<module '{}' (built-in)>", m.name),
            Value::Instance(inst) => {
                if let Some(m) = inst.class.lookup("__repr__") {
                    if matches!(m, Value::Function(_)) {
                        return match self.call_method_value(v, "__repr__")? {
                            Value::Str(s) => Ok(s.to_string()),
                            other => {
                                Err(self
                                    .type_error(format!("__repr__ returned non-string (type {})", other.type_name())))
                            }
                        };
                    }
                }
                if let Some(exc) = &inst.exc {
                    let args = exc.borrow().args.clone();
                    let inner = if args.len() == 1 { self.repr_of(&args[0])? } else { self.join_reprs(&args)? };
                    return Ok(format!("{}({})", inst.class.name, inner));
                }
                if let Some(m) = inst.class.lookup("__repr__") {
                    if matches!(m, Value::Builtin(_)) {
                        let f = self.get_attr(v, "__repr__")?;
                        if let Value::Str(s) = self.call_nested(f, Args::default())? {
                            return Ok(s.to_string());
                        }
                    }
                }
                let module = &inst.class.module;
                match &**module {
                    // `<object object at ...>`, `<traceback object at ...>`
                    "builtins" => format!("<{} object at {}>", inst.class.qualname, self.addr(v)),
                    _ => format!("<{}.{} object at {}>", module, inst.class.qualname, self.addr(v)),
                }
            }
            Value::Generator(g) => {
                let g = g.borrow();
                // The library's stand-ins for zip, map... (modules/python/threadplay_helpers.py).
                let stand_in =
                    g.frame.as_ref().is_some_and(|f| f.code.origin == crate::engine::compile::Origin::Library)
                        && ["zip", "enumerate", "map", "filter"].contains(&&*g.name);
                match stand_in {
                    true => format!("<{} object at {}>", g.name, self.addr(v)),
                    false => format!("<generator object {} at {}>", g.name, self.addr(v)),
                }
            }
            Value::Iter(_) => format!("<{} object at {}>", v.type_name(), self.addr(v)),
            Value::Native(_) => crate::engine::modules::native_repr(self, v)?,
            Value::Property(_) => format!("<property object at {}>", self.addr(v)),
            _ => format!("<{} object at {}>", v.type_name(), self.addr(v)),
        })
    }

    fn join_reprs(&mut self, items: &[Value]) -> Result<String, Flow> {
        let mut parts = Vec::with_capacity(items.len());
        for it in items {
            parts.push(self.repr_of(it)?);
        }
        Ok(parts.join(", "))
    }

    /// Truth value (`__bool__`, then `__len__`, for instances).
    pub fn truthy(&mut self, v: &Value) -> Result<bool, Flow> {
        if let Some(b) = v.truthy_basic() {
            return Ok(b);
        }
        if let Value::Instance(inst) = v {
            if inst.class.lookup("__bool__").is_some() {
                let r = self.call_method_value(v, "__bool__")?;
                return Ok(matches!(r, Value::Bool(true)));
            }
            if inst.class.lookup("__len__").is_some() {
                let r = self.call_method_value(v, "__len__")?;
                return Ok(!matches!(r, Value::Int(0)));
            }
        }
        Ok(true)
    }

    /// `format(v, spec)`.
    pub fn format_value(&mut self, v: &Value, spec: &str) -> Result<String, Flow> {
        match v {
            Value::Str(_) | Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Bool(_) => {
                format::format_spec(v, spec).map_err(|e| self.op_err(e))
            }
            Value::Instance(inst) if inst.base.is_some() && inst.class.lookup("__format__").is_none() => {
                let base = inst.base.clone().unwrap_or(Value::None);
                self.format_value(&base, spec)
            }
            Value::Instance(inst) if inst.class.lookup("__format__").is_some() => {
                let f = self.get_attr(v, "__format__")?;
                match self.call_nested(f, Args::new(vec![Value::str(spec)]))? {
                    Value::Str(s) => Ok(s.to_string()),
                    _ => Err(self.type_error("__format__ must return a str")),
                }
            }
            _ => {
                if spec.is_empty() {
                    self.str_of(v)
                } else {
                    let s = self.str_of(v)?;
                    let _ = s;
                    Err(self.type_error(format!("unsupported format string passed to {}.__format__", v.type_name())))
                }
            }
        }
    }

    /// `a == b` with `__eq__` of instances, element-wise for containers.
    pub fn values_equal(&mut self, a: &Value, b: &Value) -> Result<bool, Flow> {
        match (a, b) {
            (Value::Instance(_), _) | (_, Value::Instance(_)) => {
                if let Some(Value::Bool(r)) = self.dunder_compare(CmpOp::Eq, a, b)? {
                    return Ok(r);
                }
                Ok(a.is(b))
            }
            (Value::List(x), Value::List(y)) => {
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                self.seq_equal(&x, &y)
            }
            (Value::Tuple(x), Value::Tuple(y)) => self.seq_equal(&x.clone(), &y.clone()),
            _ => Ok(ops::eq(a, b)),
        }
    }

    fn seq_equal(&mut self, x: &[Value], y: &[Value]) -> Result<bool, Flow> {
        if x.len() != y.len() {
            return Ok(false);
        }
        if self.compare_depth as usize >= MAX_REPR_DEPTH {
            return Err(self.err("RecursionError", "maximum recursion depth exceeded in comparison"));
        }
        self.compare_depth += 1;
        let mut equal = Ok(true);
        for (a, b) in x.iter().zip(y) {
            // The same object is equal to itself without a look inside (as CPython does).
            if a.is(b) {
                continue;
            }
            match self.values_equal(a, b) {
                Ok(true) => {}
                other => {
                    equal = other;
                    break;
                }
            }
        }
        self.compare_depth -= 1;
        equal
    }

    /// Rich comparison through `__eq__`, `__lt__`... of instances (reflected as Python does).
    pub(super) fn dunder_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> Result<Option<Value>, Flow> {
        let (name, reflected) = match op {
            CmpOp::Eq => ("__eq__", "__eq__"),
            CmpOp::NotEq => ("__ne__", "__ne__"),
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::LtE => ("__le__", "__ge__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            CmpOp::GtE => ("__ge__", "__le__"),
            _ => return Ok(None),
        };
        for (obj, other, n) in [(a, b, name), (b, a, reflected)] {
            if let Value::Instance(inst) = obj {
                if let Some(m @ Value::Function(_)) = inst.class.lookup(n) {
                    let _ = m;
                    let f = self.get_attr(obj, n)?;
                    let r = self.call_nested(f, Args::new(vec![other.clone()]))?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(Some(Value::Bool(self.truthy(&r)?)));
                    }
                }
            }
        }
        // Instances of subclasses of built-in types compare as the values they extend.
        let (base_a, base_b) = (super::subclass::base_of(a), super::subclass::base_of(b));
        if base_a.is_some() || base_b.is_some() {
            let (x, y) = (base_a.unwrap_or(a).clone(), base_b.unwrap_or(b).clone());
            return self.compare_op(op, &x, &y).map(Some);
        }
        if op == CmpOp::NotEq {
            if let Some(Value::Bool(e)) = self.dunder_compare(CmpOp::Eq, a, b)? {
                return Ok(Some(Value::Bool(!e)));
            }
        }
        match op {
            CmpOp::Eq => Ok(Some(Value::Bool(a.is(b)))),
            CmpOp::NotEq => Ok(Some(Value::Bool(!a.is(b)))),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                a.type_name(),
                b.type_name()
            ))),
        }
    }

    /// Binary operators through `__add__`/`__radd__`/`__iadd__`... of instances.
    pub(super) fn dunder_binary(
        &mut self,
        op: BinOp,
        a: &Value,
        b: &Value,
        inplace: bool,
    ) -> Result<Option<Value>, Flow> {
        let base = match op {
            BinOp::Add => "add",
            BinOp::Sub => "sub",
            BinOp::Mult => "mul",
            BinOp::MatMult => "matmul",
            BinOp::Div => "truediv",
            BinOp::FloorDiv => "floordiv",
            BinOp::Mod => "mod",
            BinOp::Pow => "pow",
            BinOp::LShift => "lshift",
            BinOp::RShift => "rshift",
            BinOp::BitOr => "or",
            BinOp::BitXor => "xor",
            BinOp::BitAnd => "and",
        };
        let mut tries = Vec::new();
        if inplace {
            tries.push((a, b, format!("__i{base}__")));
            // `history += items` on a list subclass extends it in place (no `__iadd__` of its own).
            if let Some(own) = super::subclass::base_of(a) {
                let user = matches!(
                    super::subclass::class_of(a).and_then(|c| c.lookup(&format!("__i{base}__"))),
                    Some(Value::Function(_))
                );
                if !user && self.inplace_on_base(op, own, b)? {
                    return Ok(Some(a.clone()));
                }
            }
        }
        tries.push((a, b, format!("__{base}__")));
        tries.push((b, a, format!("__r{base}__")));
        for (obj, other, name) in tries {
            if let Value::Instance(inst) = obj {
                if inst.class.lookup(&name).is_some() {
                    let f = self.get_attr(obj, &name)?;
                    let r = self.call_nested(f, Args::new(vec![other.clone()]))?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(Some(r));
                    }
                }
            }
        }
        // `1 + level` with `level` an int subclass: the values they extend.
        let (base_a, base_b) = (super::subclass::base_of(a), super::subclass::base_of(b));
        if base_a.is_some() || base_b.is_some() {
            let (x, y) = (base_a.unwrap_or(a).clone(), base_b.unwrap_or(b).clone());
            return self.binary_op(op, &x, &y, false).map(Some);
        }
        Ok(None)
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> Result<bool, Flow> {
        match container {
            Value::List(_) | Value::Tuple(_) => {
                let items = match container {
                    Value::List(l) => l.borrow().clone(),
                    Value::Tuple(t) => t.to_vec(),
                    _ => vec![],
                };
                for it in &items {
                    if self.values_equal(it, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Instance(inst) => {
                if inst.class.lookup("__contains__").is_some() {
                    let f = self.get_attr(container, "__contains__")?;
                    let r = self.call_nested(f, Args::new(vec![item.clone()]))?;
                    return self.truthy(&r);
                }
                let items = self.collect_iterable(container)?;
                for it in &items {
                    if self.values_equal(it, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Iter(_) | Value::Generator(_) => loop {
                match self.next_of(container)? {
                    Some(v) => {
                        if self.values_equal(&v, item)? {
                            return Ok(true);
                        }
                    }
                    None => return Ok(false),
                }
            },
            _ => ops::contains(container, item).map_err(|e| self.op_err(e)),
        }
    }

    /// `obj[index]`.
    pub(super) fn subscript(
        &mut self,
        _frames: &mut [super::Frame],
        obj: &Value,
        index: &Value,
    ) -> Result<Option<Value>, Flow> {
        if let Value::Instance(inst) = obj {
            if inst.class.lookup("__getitem__").is_some() {
                let f = self.get_attr(obj, "__getitem__")?;
                return self.call_nested(f, Args::new(vec![index.clone()])).map(Some);
            }
        }
        if let Value::Class(c) = obj {
            // `list[int]` in annotations: harmless.
            return Ok(Some(Value::Class(c.clone())));
        }
        match ops::getitem(obj, index) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.kind == "KeyError" => {
                Err(Flow::Raise(super::exc::make_instance(self.types.exception("KeyError"), vec![index.clone()])))
            }
            Err(e) => Err(self.op_err(e)),
        }
    }

    pub(super) fn store_subscript(&mut self, obj: &Value, index: &Value, v: Value) -> Result<(), Flow> {
        if let Value::Instance(inst) = obj {
            if inst.class.lookup("__setitem__").is_some() {
                let f = self.get_attr(obj, "__setitem__")?;
                self.call_nested(f, Args::new(vec![index.clone(), v]))?;
                return Ok(());
            }
        }
        if let Value::Dict(d) = obj {
            if d.borrow().len() >= self.settings.max_container_len {
                return Err(self.err("MemoryError", ""));
            }
        }
        ops::setitem(obj, index, v).map_err(|e| self.op_err(e))
    }

    pub(super) fn delete_subscript(&mut self, obj: &Value, index: &Value) -> Result<(), Flow> {
        if let Value::Instance(inst) = obj {
            if inst.class.lookup("__delitem__").is_some() {
                let f = self.get_attr(obj, "__delitem__")?;
                self.call_nested(f, Args::new(vec![index.clone()]))?;
                return Ok(());
            }
        }
        match ops::delitem(obj, index) {
            Err(e) if e.kind == "KeyError" => {
                Err(Flow::Raise(super::exc::make_instance(self.types.exception("KeyError"), vec![index.clone()])))
            }
            r => r.map_err(|e| self.op_err(e)),
        }
    }

    /// `a < b` as a bool, for sorting, `min` and `max`.
    pub fn less_than(&mut self, a: &Value, b: &Value) -> Result<bool, Flow> {
        let r = self.compare_op(CmpOp::Lt, a, b)?;
        self.truthy(&r)
    }

    /// A stable sort (merge sort, so a comparison error leaves nothing half-done) with an
    /// optional key function.
    pub fn sort_values(&mut self, items: Vec<Value>, key: Option<Value>, reverse: bool) -> Result<Vec<Value>, Flow> {
        let keys = match &key {
            Some(k) if !matches!(k, Value::None) => {
                let mut ks = Vec::with_capacity(items.len());
                for it in &items {
                    ks.push(self.call_nested(k.clone(), Args::new(vec![it.clone()]))?);
                }
                ks
            }
            _ => items.clone(),
        };
        let mut idx: Vec<usize> = (0..items.len()).collect();
        // Insertion into runs via merge sort on indexes.
        let mut width = 1;
        let n = idx.len();
        let mut buf = idx.clone();
        while width < n {
            let mut i = 0;
            while i < n {
                let mid = (i + width).min(n);
                let end = (i + 2 * width).min(n);
                let (mut l, mut r, mut o) = (i, mid, i);
                while l < mid && r < end {
                    // Stable: take from the right only when strictly smaller (or greater when reversed).
                    let take_right = if reverse {
                        self.less_than(&keys[idx[l]], &keys[idx[r]])?
                    } else {
                        self.less_than(&keys[idx[r]], &keys[idx[l]])?
                    };
                    if take_right {
                        buf[o] = idx[r];
                        r += 1;
                    } else {
                        buf[o] = idx[l];
                        l += 1;
                    }
                    o += 1;
                }
                while l < mid {
                    buf[o] = idx[l];
                    l += 1;
                    o += 1;
                }
                while r < end {
                    buf[o] = idx[r];
                    r += 1;
                    o += 1;
                }
                i += 2 * width;
            }
            std::mem::swap(&mut idx, &mut buf);
            width *= 2;
        }
        Ok(idx.into_iter().map(|i| items[i].clone()).collect())
    }

    /// `template.format(*args, **kwargs)`.
    pub fn str_format(&mut self, template: &str, args: Args) -> Result<String, Flow> {
        let pieces = format::parse_format_string(template).map_err(|e| self.op_err(e))?;
        let mut out = String::new();
        for p in pieces {
            match p {
                FormatPiece::Literal(s) => out.push_str(&s),
                FormatPiece::Field { arg, accessors, conversion, spec } => {
                    let mut v = match &arg {
                        FieldArg::Index(i) => args.pos.get(*i).cloned().ok_or_else(|| {
                            self.err(
                                "IndexError",
                                format!("Replacement index {i} out of range for positional args tuple"),
                            )
                        })?,
                        FieldArg::Name(n) => {
                            args.kw.iter().find(|(k, _)| &**k == n.as_str()).map(|(_, v)| v.clone()).ok_or_else(
                                || {
                                    Flow::Raise(super::exc::make_instance(
                                        self.types.exception("KeyError"),
                                        vec![Value::str(n)],
                                    ))
                                },
                            )?
                        }
                    };
                    for acc in accessors {
                        v = match acc {
                            FieldAccessor::Attr(a) => self.get_attr(&v, &a)?,
                            FieldAccessor::Index(i) => {
                                self.subscript(&mut [], &v, &Value::Int(i))?.unwrap_or(Value::None)
                            }
                            FieldAccessor::Key(k) => {
                                self.subscript(&mut [], &v, &Value::str(&k))?.unwrap_or(Value::None)
                            }
                        };
                    }
                    let v = match conversion {
                        Some('r') | Some('a') => Value::str(&self.repr_of(&v)?),
                        Some('s') => Value::str(&self.str_of(&v)?),
                        _ => v,
                    };
                    // Nested fields in the spec.
                    let spec = if spec.contains('{') { self.str_format(&spec, args.clone())? } else { spec };
                    out.push_str(&self.format_value(&v, &spec)?);
                }
            }
        }
        Ok(out)
    }
}

impl Vm {
    /// A fake address for default reprs, numbered in order of first appearance so that runs are
    /// reproducible (real heap addresses are not).
    pub(crate) fn addr(&mut self, v: &Value) -> String {
        let id = v.identity().unwrap_or(0);
        let n = self.addr_ids.len();
        let k = *self.addr_ids.entry(id).or_insert(n);
        format!("0x7f00{:08x}", 0x1000 + 0x40 * k)
    }
}
