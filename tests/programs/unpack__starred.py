# Starred assignment, nested unpacking, unpacking in for loops and the
# errors for the wrong number of values.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *middle, z = range(5)
print(a, middle, z)
head, *tail = [9]
print(head, tail)
(x, y), name = (1, 2), "pt"
print(x, y, name)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
merged = [*range(3), *"xy"]
print(merged, (*merged[:2], 99))
print({**{"a": 1}, "b": 2, **{"a": 3}})
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print("ValueError:", e)
