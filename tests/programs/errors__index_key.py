# IndexError and KeyError messages.
items = [1, 2, 3]
try:
    items[3]
except IndexError as e:
    print("list:", e)
try:
    (1, 2)[-3]
except IndexError as e:
    print("tuple:", e)
try:
    "abc"[10]
except IndexError as e:
    print("str:", e)
try:
    [].pop()
except IndexError as e:
    print("pop:", e)
ages = {"ada": 36}
try:
    ages["bob"]
except KeyError as e:
    print("dict:", e, repr(e))
print(ages["grace"])
