# ValueError messages from conversions and list methods.
for text in ["12", " 7 ", "-3", "x", "1.5", ""]:
    try:
        print(repr(text), "->", int(text))
    except ValueError as e:
        print(repr(text), "->", e)
try:
    [1, 2].index(5)
except ValueError as e:
    print(e)
try:
    [1, 2].remove(5)
except ValueError as e:
    print(e)
a, b = [1, 2, 3]
