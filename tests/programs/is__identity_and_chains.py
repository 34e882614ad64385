# `is` compares identity, == compares value; chained comparisons evaluate
# the middle operand once.
a = [1, 2]
b = a
c = [1, 2]
print(a == c, a is c, a is b, a is not c)
print(id(a) == id(b), id(a) == id(c))
x = None
print(x is None, x is not None, x == None)
print(True is True, type(1) is int)
n = 4
print(1 < n < 5, 1 < n < 3, 0 <= n <= 4 == 4, 5 > n >= 4 > 3)
print(1 < 2 > 0, "a" < "b" < "c", 1 == 1.0 != 2)


def middle():
    print("middle evaluated")
    return 3


print(1 < middle() < 5)
print(0 > middle() > 5)
