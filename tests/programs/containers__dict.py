# Dicts keep insertion order.
ages = {"ada": 36, "alan": 41}
ages["grace"] = 85
print(ages, len(ages))
print(ages["ada"], ages.get("bob"), ages.get("bob", 0))
print(ages.keys(), ages.values())
print(ages.items())
del ages["ada"]
ages["ada"] = 37
print(ages)
print("alan" in ages, 41 in ages)
print(ages.pop("alan"), ages)
ages.update({"linus": 54, "grace": 86})
print(ages)
counts = {}
for word in "the cat the hat the end".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
mixed = {1: "int", "1": "str", (1, 2): "tuple", None: "none"}
print(mixed, mixed[(1, 2)])
print({}, {"nested": {"a": [1, 2]}})
