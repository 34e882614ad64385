# Functions: defaults, keyword arguments, implicit None, several return values.
def describe(name, age=30, city="Paris"):
    return name + " " + str(age) + " " + city


print(describe("Ada"))
print(describe("Alan", 41))
print(describe("Grace", city="Arlington"))
print(describe(city="Rome", name="Enzo", age=25))


def nothing():
    pass


print(nothing())


def min_max(values):
    low = values[0]
    high = values[0]
    for v in values:
        if v < low:
            low = v
        if v > high:
            high = v
    return low, high


lo, hi = min_max([4, 9, 1, 7])
print(lo, hi, min_max([5]))


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(20))


def append_to(item, target=[]):
    target.append(item)
    return target


print(append_to(1), append_to(2))
