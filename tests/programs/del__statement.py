# del removes a name, a list item or slice, a dict key and an attribute.
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
items = [0, 1, 2, 3, 4, 5]
del items[0]
del items[-1]
print(items)
del items[1:3]
print(items)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)


class Box:
    pass


box = Box()
box.content = "gift"
print(hasattr(box, "content"))
del box.content
print(hasattr(box, "content"))
a, b = 1, 2
del a, b
try:
    print(a)
except NameError as e:
    print("NameError:", e)
