# `yield from` hands over to another iterable or generator until it is
# exhausted, and gives back the inner generator's return value.
def inner():
    yield 1
    yield 2
    return "inner done"


def outer():
    result = yield from inner()
    print("inner returned", result)
    yield from "ab"


print(list(outer()))
