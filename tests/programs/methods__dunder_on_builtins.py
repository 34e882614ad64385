# Built-in objects expose their special methods by name, as some tutorials
# show: len(x) calls x.__len__().
items = [1, 2, 3]
print(items.__len__(), "ab".__add__("c"), (5).__add__(2), {"k": 1}.__contains__("k"))
