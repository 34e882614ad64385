# Set operations and methods on small integer sets (whose printed order is
# fixed) and sorted string sets.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2}.issubset(a), a.issuperset({1}), a.isdisjoint({9}))
s = set()
print(s, len(s), bool(s))
s.add(1)
s.add(1)
s.update([2, 3])
print(s, 2 in s, 7 in s)
s.discard(7)
s.remove(1)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
print(sorted(set("mississippi")))
print(set([1, 2, 2, 3]), frozenset([1, 2]) == {1, 2})
popped = {5}.pop()
print(popped)
words = {"pear", "apple", "fig"}
print(sorted(words), sorted(words, key=len), len(words))
c = a.copy()
c.clear()
print(c, a)
