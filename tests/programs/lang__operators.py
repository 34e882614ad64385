# Comparison, boolean and membership operators.
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0, "a" < "b", [1, 2] < [1, 3])
print(0 or "default", "" and "never", None or 0, 5 and 6)
print(not 0, not "x", not None)
print(2 in [1, 2, 3], "ell" in "hello", "k" in {"k": 1}, 4 not in (1, 2))
x = None
print(x is None, x is not None, x == None)
print(True + True, True * 10, False == 0)
print(3 != 4, "abc" == "abc", (1, 2) == (1, 2), [1] == [1.0])
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c)
