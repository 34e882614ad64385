def inner():
    try:
        yield "i1"
        yield "i2"
    except KeyError:
        print("inner caught KeyError")
        return "inner result"
    finally:
        print("inner finally")


def outer():
    try:
        result = yield from inner()
        print("outer got", result)
        yield "o1"
    except ValueError as e:
        print("outer caught", e)
        yield "o2"


g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(g.throw(ValueError("v")))
print(list(g))

g = outer()
print(next(g))
print(g.throw(ValueError("through inner")))
g.close()
print("closed")

g = outer()
next(g)
try:
    g.throw(TypeError("nobody catches"))
except TypeError as e:
    print("TypeError came out:", e)
print(next(g, "exhausted"))
