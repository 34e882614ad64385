# A class with __enter__ and __exit__: `as` receives what __enter__ returns,
# __exit__ sees the exception, and returning True from __exit__ swallows it.
class Section:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("exit", self.name, "cleanly")
        else:
            print("exit", self.name, "with", exc_type.__name__, exc)
        return self.swallow


with Section("one") as value:
    print("inside", value)

with Section("two", swallow=True):
    raise ValueError("ignored")
print("after two")

try:
    with Section("three"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))

with Section("outer"), Section("inner") as v:
    print("nested", v)


def early():
    with Section("ret"):
        return "returned"


print(early())
