# List, dict and set comprehensions, nested loops and conditions, and
# generator expressions consumed by sum, max, any and list.
nums = [4, 7, 1, 8, 3, 8]
print([n * 10 for n in nums if n > 3])
print([(a, b) for a in range(3) for b in range(a)])
print([[r * c for c in range(3)] for r in range(3)])
print({n: n % 3 for n in nums})
print(sorted({n % 4 for n in nums}))
print(sorted({w[0] for w in ["apple", "avocado", "banana", "cherry"]}))
print(sum(n * n for n in nums), max(n for n in nums if n % 2))
print(any(n > 7 for n in nums), all(n > 0 for n in nums))
gen = (c.upper() for c in "abc")
print(type(gen).__name__, next(gen), list(gen), list(gen))
print(["even" if n % 2 == 0 else "odd" for n in range(4)])
x = "outer"
print([x for x in range(2)], x)
print(dict((k, v) for k, v in zip("ab", [1, 2])))
