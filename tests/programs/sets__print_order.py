# CPython prints a set of small integers in hash order (ascending here),
# whatever order the items were added in.
s = set()
s.add(3)
s.update([1, 2])
print(s)
print({n % 4 for n in [4, 7, 1, 8, 3]}, set([3, 1, 3, 2]), {5, 4} | {1})
s.remove(1)
print(s, list({9, 8, 7}))
