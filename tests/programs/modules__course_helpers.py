# typing, functools, itertools, operator, os, string, contextlib and dataclasses as a course uses them.
from typing import List, Dict, Optional, Callable, TypeVar, Generic
from functools import partial, reduce, lru_cache
from itertools import count, islice, chain, product, permutations, combinations, groupby, accumulate, cycle, zip_longest
from operator import itemgetter, attrgetter, add
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
import os
import string
import threading
import time

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []


def total(xs: List[int], scale: Optional[int] = None) -> int:
    return sum(xs) * (scale or 1)


print(total([1, 2, 3]), Stack().items, List[int], Optional)
double = partial(lambda a, b: a * b, 2)
print(double(21), reduce(add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1))


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info())
print(list(islice(count(10, 5), 4)), list(chain("ab", [1])), list(product("ab", repeat=2)))
print(list(permutations([1, 2, 3], 2)), list(combinations("abcd", 2)))
print([(k, list(g)) for k, g in groupby("aaabccd")], list(accumulate([1, 2, 3, 4])))
print(list(islice(cycle("xy"), 5)), list(zip_longest("ab", "xyz", fillvalue="-")))
rows = [("bob", 3), ("amy", 5), ("cat", 1)]
print(sorted(rows, key=itemgetter(1)), itemgetter(0, 1)(rows[0]))
print(os.getpid() > 0, os.cpu_count() > 0, os.path.join("a", "b", "c.txt"), os.path.basename("/x/y.py"))
print(string.ascii_lowercase[:5], string.digits, len(string.punctuation))

lock = threading.Lock()


@contextmanager
def timed(label):
    start = time.monotonic()
    with lock:
        yield label.upper()
    print(label, "took", round(time.monotonic() - start, 1))


def worker():
    with timed("worker") as name:
        print("in", name)
        time.sleep(0.2)


t = threading.Thread(target=worker)
t.start()
time.sleep(0.1)
with timed("main") as name:
    print("in", name)
t.join()
with suppress(KeyError):
    {}["missing"]
print("suppressed")


@dataclass
class Account:
    owner: str
    balance: int = 0
    history: list = field(default_factory=list)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0


a = Account("ada")
a.balance += 10
print(a, a == Account("ada", 10), Account("bob", 5, [1]))
print(Version(1, 2) < Version(1, 10), sorted([Version(2), Version(1, 5)]))
try:
    Version(1).major = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Account()
except TypeError as e:
    print(e)
