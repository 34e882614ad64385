# hasattr, getattr with and without a default, setattr, and comparing ids
# (never printing them).
class Config:
    debug = False

    def __init__(self):
        self.level = 1


c = Config()
print(hasattr(c, "level"), hasattr(c, "debug"), hasattr(c, "missing"))
print(getattr(c, "level"), getattr(c, "missing", "fallback"))
setattr(c, "level", 5)
setattr(c, "colour", "blue")
print(c.level, c.colour)
for field in ["level", "colour", "debug"]:
    print(field, "=", getattr(c, field))
try:
    getattr(c, "nope")
except AttributeError as e:
    print("AttributeError:", e)
other = Config()
same = c
print(id(c) == id(same), id(c) == id(other), id(c) != id(other))
print(getattr("text", "upper")(), getattr([], "append") is not None)
print(callable(len), callable(c), callable(Config))
