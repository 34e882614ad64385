# submit(fn, *args, **kwargs) passes keyword arguments through; lambdas and
# bound methods are fine targets too.
from concurrent.futures import ThreadPoolExecutor
import time


def greet(name, *, greeting="Hello", delay=0.0):
    time.sleep(delay)
    return f"{greeting}, {name}!"


class Multiplier:
    def __init__(self, k):
        self.k = k

    def apply(self, x):
        return self.k * x


with ThreadPoolExecutor(max_workers=3) as pool:
    a = pool.submit(greet, "Ada", greeting="Hi", delay=0.02)
    b = pool.submit(greet, name="Linus")
    c = pool.submit(lambda x, y: x ** y, 2, 10)
    d = pool.submit(Multiplier(7).apply, 6)
    e = pool.submit(sorted, [3, 1, 2], reverse=True)
    print(a.result(), b.result(), c.result(), d.result(), e.result(), sep=" | ")
    f = pool.submit(greet, "X", colour="red")
    try:
        f.result()
    except TypeError as err:
        print("TypeError:", err)
    print(list(pool.map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
