import contextlib

def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", e)
        yield 99
    finally:
        print("finally")

it = g()
print(next(it))
print(it.throw(ValueError("boom")))
try:
    next(it)
except StopIteration:
    print("stop")

it = g()
print(next(it))
it.close()
print("closed")

def h():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        raise

x = h(); next(x); x.close()

def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad(); next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)

it = g()
try:
    it.throw(KeyError("k"))
except KeyError as e:
    print("unstarted throw", repr(e))
print(list(it))

def counter():
    n = 0
    while True:
        try:
            n = yield n
        except TypeError:
            print("reset"); n = 0

c = counter(); next(c); print(c.send(5)); print(c.throw(TypeError)); print(c.send(3))
try:
    c.throw(ValueError, "v")
except ValueError as e: print("propagated", e)

@contextlib.contextmanager
def managed(name):
    print("enter", name)
    try:
        yield name.upper()
    except ZeroDivisionError as e:
        print("handled in generator:", e)
    finally:
        print("exit", name)

with managed("a") as v:
    print("body", v)
with managed("b") as v:
    1 / 0
print("after b")
try:
    with managed("c"):
        raise KeyError("c")
except KeyError as e:
    print("outside", repr(e))

@contextlib.contextmanager
def suppressing():
    try:
        yield
    except Exception as e:
        print("swallowed", type(e).__name__)

with suppressing():
    raise RuntimeError("x")
print("done")

@contextlib.contextmanager
def reraising():
    try:
        yield
    except Exception as e:
        raise ValueError("wrapped") from e

try:
    with reraising():
        raise KeyError("inner")
except ValueError as e:
    print(e, repr(e.__cause__))
