# Tuples: creation, indexing, comparison, immutability.
point = (1, 2)
single = (5,)
empty = ()
print(point, single, empty, len(point))
print(point + (3,), point * 2, point[0], point.index(2), point.count(1))
print((1, 2) < (1, 3), (2,) > (1, 9), (1, "a") == (1, "a"))
nested = ((1, 2), [3, 4])
nested[1].append(5)
print(nested)
try:
    point[0] = 9
except TypeError as e:
    print(e)
