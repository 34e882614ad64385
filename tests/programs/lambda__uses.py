# lambda as a sort key, with map and filter, stored in a dict, with default
# arguments, and the late-binding surprise in a loop.
people = [("ada", 36), ("alan", 41), ("grace", 85), ("bob", 41)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(list(map(lambda p: p[0].title(), people)))
print(list(filter(lambda p: p[1] > 40, people)))
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
print(ops["add"](3, 4), ops["mul"](3, 4))
late = [lambda: i for i in range(3)]
bound = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in bound])
print((lambda *a, **k: (a, k))(1, 2, x=3))
f = lambda: None
print(f.__name__, f())
