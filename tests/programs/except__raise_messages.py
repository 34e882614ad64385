# raise with and without a message; printing exceptions with str() and repr().
try:
    raise ValueError("bad value")
except ValueError as e:
    print(str(e), "|", repr(e))
try:
    raise KeyError("k")
except KeyError as e:
    print(str(e), "|", repr(e))
try:
    raise RuntimeError
except RuntimeError as e:
    print(repr(str(e)), "|", repr(e))
try:
    raise Exception("two", 2)
except Exception as e:
    print(e)
raise TypeError("wrong type of thing")
