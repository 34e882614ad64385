import time
from concurrent.futures import ThreadPoolExecutor

def slow(x):
    time.sleep(0.01 * x)
    return x * 10

def gen():
    for i in range(3):
        time.sleep(0.01)
        yield i

print(list(map(slow, [1, 2])), [r for r in map(slow, [3])])
for i, v in enumerate(gen(), 1):
    print(i, v)
for a, b in zip("abc", gen()):
    print(a, b)
print(list(filter(lambda x: x % 2, gen())), next(gen()), next(iter([]), "dflt"))
g = gen()
print(next(g), next(g), next(g), next(g, "end"))
try:
    next(g)
except StopIteration:
    print("stop")
with ThreadPoolExecutor(2) as pool:
    for url, size in zip(["a", "b", "c"], pool.map(slow, [3, 1, 2])):
        print(url, size)
    for n, r in enumerate(pool.map(slow, [1, 2])):
        print(n, r)
m = map(lambda x: x, [1])
print(repr(m).split(" at ")[0], type(zip([1])).__name__, repr(zip()).split(" at ")[0])
try:
    list(zip([1, 2], gen(), strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1, 2, 3, 4], [1, 2, 3, 4], gen(), strict=True))
except ValueError as e:
    print(e)
try:
    list(zip(gen(), [1, 2, 3, 4], strict=True))
except ValueError as e:
    print(e)
try:
    zip(gen(), 5)
except TypeError as e:
    print(e)
try:
    map(lambda: 0)
except TypeError as e:
    print(e)
print(list(map(lambda a, b: a + b, gen(), [10, 20])))
