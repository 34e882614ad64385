# Sets of numbers iterate in CPython's table order, growth and collisions included; hash() of numbers and tuples is CPython's.
print({10, 5, 100, 3, 8, 64, 1000, 7}, {0.5, 1.5, 2, -1}, set(range(20, 0, -3)))
s = set()
for i in [33, 1, 65, 97, 2, 129]:
    s.add(i)
print(s, sorted(s))
print(s.pop(), len(s))
print({(1, 2), (0, 0), (2, 1)}, frozenset([5, 3, 9]), {True, 2, 1.0})
print(hash(1.5), hash(-1), hash((1, "a")) == hash((1, "a")), hash(2**64), hash(-2**70))
print({x * 7 % 11 for x in range(30)}, {i: None for i in [5, 3]}.keys() | {1})
