from contextlib import ExitStack, contextmanager

@contextmanager
def res(name, fail=False):
    print("open", name)
    try:
        yield name
    finally:
        print("close", name)

class Swallow:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("swallow sees", t.__name__ if t else None)
        return True

with ExitStack() as stack:
    names = [stack.enter_context(res(n)) for n in "abc"]
    stack.callback(print, "callback runs first")
    print(names)
try:
    with ExitStack() as stack:
        stack.enter_context(res("x"))
        raise ValueError("boom")
except ValueError as e:
    print("escaped", e)
with ExitStack() as stack:
    stack.enter_context(res("y"))
    stack.enter_context(Swallow())
    raise KeyError("k")
print("suppressed")
with ExitStack() as stack:
    stack.enter_context(res("z"))
    later = stack.pop_all()
print("moved")
later.close()
