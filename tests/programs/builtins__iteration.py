# enumerate, zip, map, filter, reversed, iter and next, any and all: lazy
# iterators are used up once consumed.
names = ["ada", "alan", "grace"]
print(list(enumerate(names)), list(enumerate(names, start=1)))
print(list(zip(names, [36, 41, 85])), list(zip("ab", range(10))))
print(list(map(len, names)), list(map(lambda a, b: a * b, [1, 2], [3, 4])))
print(list(filter(None, [0, 1, "", "x", None])), list(filter(lambda c: c.isupper(), "aBcD")))
print(list(reversed(names)), list(reversed(range(3))), "".join(reversed("abc")))
it = iter(names)
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
m = map(lambda n: n.upper(), names)
print(list(m), list(m))
print(any([]), all([]), any([0, "", 3]), all([1, "a", 0]))
for i, (n, age) in enumerate(zip(names, [36, 41, 85])):
    print(i, n, age)
print(dict(zip("xyz", range(3))))
