# More dict methods: setdefault, pop with default, popitem, fromkeys, copy,
# items() loops, dict() constructors, comparison and KeyError.
stock = {"apple": 3}
print(stock.setdefault("apple", 10), stock.setdefault("pear", 0), stock)
print(stock.pop("pear"), stock.pop("kiwi", "none"), stock)
stock.update(fig=2, plum=5)
print(stock.popitem(), stock)
print(dict(x=1, y=2), dict([("k", "v")]), dict({"a": 0}))
copy = stock.copy()
copy["apple"] = 99
print(stock["apple"], copy["apple"])
for name, count in stock.items():
    print(name, "->", count)
print(list(stock), list(stock.values()), len(stock))
print({"a": 1, "b": 2} == {"b": 2, "a": 1})
groups = {}
for word in ["ant", "bee", "asp", "cat", "bat"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
try:
    stock["missing"]
except KeyError as e:
    print("KeyError:", e)
print(sorted({"b": 1, "a": 2}.items()), max(stock, key=stock.get))
