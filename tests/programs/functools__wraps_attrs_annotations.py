import functools
import threading

def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}")
        return func(*args, **kwargs)
    return wrapper

@logged
def add(a: int, b: int = 2) -> int:
    """Add two numbers."""
    return a + b

print(add(1), add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__, add.__module__)
print(add.__annotations__, add.__wrapped__.__annotations__)
def plain(x, y: str) -> None: pass
print(plain.__annotations__, plain.__doc__, plain.__defaults__, plain.__kwdefaults__)
plain.calls = 0
plain.calls += 1
print(plain.calls, plain.__dict__)
def counted(func):
    def wrapper(*a):
        wrapper.count += 1
        return func(*a)
    wrapper.count = 0
    return wrapper
@counted
def work(): pass
for _ in range(3): work()
print(work.count, work.__name__)
print(getattr(plain, "missing", "default"), hasattr(plain, "calls"))
def synchronized(func):
    lock = threading.Lock()
    @functools.wraps(func)
    def inner(*a, **k):
        with lock:
            return func(*a, **k)
    return inner
@synchronized
def inc(d):
    d["n"] += 1
d = {"n": 0}
ts = [threading.Thread(target=inc, args=(d,)) for _ in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(d, inc.__name__, ts[0].name)
class C:
    x: int = 1
    y: str
    def m(self, a: float) -> str: return ""
print(C.__annotations__, C.m.__annotations__)
def deco_with_args(times):
    def deco(f):
        @functools.wraps(f)
        def w(*a):
            return [f(*a) for _ in range(times)]
        return w
    return deco
@deco_with_args(2)
def hi(n):
    """say hi"""
    return "hi" * n
print(hi(2), hi.__name__, hi.__doc__)
print(functools.update_wrapper(lambda: 1, plain).__name__)
try:
    plain.nope
except AttributeError as e:
    print(e)
del plain.calls
print(hasattr(plain, "calls"))
