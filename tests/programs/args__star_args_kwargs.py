# *args and **kwargs in definitions, * and ** in calls, keyword-only
# parameters and defaults.
def show(first, *args, sep="-", **kwargs):
    print(first, args, sep, kwargs)


show(1)
show(1, 2, 3)
show(1, 2, sep="+", colour="red", size=3)
values = [10, 20, 30]
options = {"sep": "/", "mode": "fast"}
show(*values)
show(0, *values, **options)
show(*"ab", **{"z": 26})


def total(*numbers):
    return sum(numbers)


print(total(), total(1, 2, 3), total(*range(5)))


def point(x, y=0, *, label="p"):
    return label + "(" + str(x) + "," + str(y) + ")"


print(point(1), point(1, 2), point(y=5, x=4), point(1, label="q"))
try:
    point(1, 2, "r")
except TypeError as e:
    print("TypeError:", e)


def wrapper(*args, **kwargs):
    print("wrapped", args, kwargs)
    return point(*args, **kwargs)


print(wrapper(7, label="w"))
