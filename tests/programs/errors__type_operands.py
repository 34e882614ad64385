# TypeError messages for mixing types, then an uncaught one.
try:
    print(1 + "2")
except TypeError as e:
    print(e)
try:
    print("2" + 1)
except TypeError as e:
    print(e)
try:
    print([1] + (2,))
except TypeError as e:
    print(e)
try:
    print(len(5))
except TypeError as e:
    print(e)
try:
    print("a" * "b")
except TypeError as e:
    print(e)
try:
    print(None < 1)
except TypeError as e:
    print(e)
label = "count: " + 3
