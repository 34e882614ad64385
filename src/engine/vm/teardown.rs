//! Taking a run's objects apart when its VM is dropped. Dropping a 10,000-node linked list the
//! ordinary way recurses once per node and overflows the stack (in the browser that kills the
//! page); here every container is emptied into a work list first, so each drop frees one level.
//! Emptying also breaks reference cycles, which `Rc` alone would leak after every run.

use super::{Frame, OnReturn, Vm};
use crate::engine::value::{IterState, Namespace, Value};
use std::cell::RefCell;
use std::collections::HashSet;

impl Drop for Vm {
    fn drop(&mut self) {
        let mut work: Vec<Value> = self.modules.drain(..).map(|(_, m)| m).collect();
        for t in self.threads.drain(..) {
            for f in t.frames {
                frame_values(f, &mut work);
            }
            work.extend(t.exc_info);
            work.push(t.py_thread);
        }
        take_namespace(&self.builtins, &mut work);
        dismantle(work);
    }
}

fn frame_values(f: Frame, work: &mut Vec<Value>) {
    work.extend(f.stack);
    work.extend(f.locals.into_iter().flatten());
    for c in f.cells {
        work.push(Value::Cell(c));
    }
    take_namespace(&f.globals, work);
    if let Some(ns) = f.namespace {
        take_namespace(&ns, work);
    }
    if let Some(g) = f.generator {
        work.push(Value::Generator(g));
    }
    if let OnReturn::Init(v) = f.on_return {
        work.push(v);
    }
}

fn take_namespace(ns: &RefCell<Namespace>, work: &mut Vec<Value>) {
    if let Ok(mut ns) = ns.try_borrow_mut() {
        work.extend(std::mem::take(&mut *ns).into_values());
    }
}

/// Drops `work` and everything reachable from it one object at a time.
fn dismantle(mut work: Vec<Value>) {
    // Objects that cannot be emptied in place (tuples, functions...) are opened once only.
    let mut opened: HashSet<usize> = HashSet::new();
    let mut first_visit = |v: &Value| v.identity().is_none_or(|id| opened.insert(id));
    while let Some(v) = work.pop() {
        match &v {
            Value::List(l) => {
                if let Ok(mut items) = l.try_borrow_mut() {
                    work.extend(std::mem::take(&mut *items));
                }
            }
            Value::Dict(d) | Value::Set(d) => {
                if let Ok(mut d) = d.try_borrow_mut() {
                    let taken = std::mem::take(&mut *d);
                    for (k, v) in taken.items() {
                        work.push(k.clone());
                        work.push(v.clone());
                    }
                }
            }
            Value::Tuple(t) if first_visit(&v) => work.extend(t.iter().cloned()),
            Value::FrozenSet(d) if first_visit(&v) => work.extend(d.keys().cloned()),
            Value::DictView(view) => work.push(Value::Dict(view.dict.clone())),
            Value::Function(f) if first_visit(&v) => {
                take_namespace(&f.globals, &mut work);
                work.extend(f.defaults.iter().cloned());
                work.extend(f.kwdefaults.iter().map(|(_, v)| v.clone()));
                work.extend(f.closure.iter().map(|c| Value::Cell(c.clone())));
            }
            Value::Method(m) if first_visit(&v) => {
                work.push(m.receiver.clone());
                work.push(m.func.clone());
            }
            Value::Class(c) => {
                take_namespace(&c.dict, &mut work);
                if first_visit(&v) {
                    work.extend(c.bases.iter().map(|b| Value::Class(b.clone())));
                }
            }
            Value::Instance(i) => {
                take_namespace(&i.dict, &mut work);
                if let Some(Ok(mut exc)) = i.exc.as_ref().map(|e| e.try_borrow_mut()) {
                    work.append(&mut exc.args);
                    work.extend(exc.cause.take());
                    work.extend(exc.context.take());
                }
            }
            Value::Module(m) => take_namespace(&m.dict, &mut work),
            Value::Cell(c) => {
                if let Ok(mut c) = c.try_borrow_mut() {
                    work.extend(c.take());
                }
            }
            Value::Generator(g) => {
                if let Some(frame) = g.try_borrow_mut().ok().and_then(|mut g| g.frame.take()) {
                    frame_values(*frame, &mut work);
                }
            }
            Value::Iter(it) => {
                if let Ok(mut it) = it.try_borrow_mut() {
                    match std::mem::replace(&mut *it, IterState::Done) {
                        IterState::Seq { seq, .. } | IterState::Reversed { seq, .. } => work.push(seq),
                        IterState::DictKeys { dict, .. } => work.push(Value::Dict(dict)),
                        IterState::Values { items, .. } => work.extend(items.iter().cloned()),
                        IterState::Enumerate { inner, count } => work.extend([inner, count]),
                        IterState::Zip { inners } => work.extend(inners),
                        IterState::Map { func, inners } => {
                            work.push(func);
                            work.extend(inners);
                        }
                        IterState::Filter { func, inner } => work.extend([func, inner]),
                        IterState::Range { .. } | IterState::Done => {}
                    }
                }
            }
            Value::Property(p) if first_visit(&v) => work.extend([p.fget.clone(), p.fset.clone()]),
            Value::StaticMethod(x) | Value::ClassMethod(x) if first_visit(&v) => work.push((**x).clone()),
            Value::Super(s) if first_visit(&v) => work.extend([Value::Class(s.0.clone()), s.1.clone()]),
            _ => {}
        }
        drop(v);
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::{run, Settings};

    /// A deep chain would overflow a 256 KiB stack if dropped recursively, at the end of the run
    /// (teardown) or in the middle of it (the trashcan).
    #[test]
    fn a_long_linked_list_is_dropped_without_recursion() {
        let src = "class Node:\n    def __init__(self, nxt):\n        self.nxt = nxt\nhead = None\nfor i in range(50000):\n    head = Node(head)\nl = []\nfor i in range(50000):\n    l = [l]\nprint('built')\nl = None\nhead = None\nd = {}\nfor i in range(50000):\n    d = {'next': d}\nd = None\nprint('dropped')\n";
        let out = std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(move || run(src, &Settings::default()).stdout().to_string())
            .expect("spawn")
            .join()
            .expect("no stack overflow");
        assert_eq!(out, "built\ndropped\n");
    }
}
