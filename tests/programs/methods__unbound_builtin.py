# Methods of built-in types taken from the type itself, as tutorials pass
# them to sorted, map and filter: str.lower, str.isupper, str.strip and the
# class method dict.fromkeys.
print(sorted(["b", "A", "c"], key=str.lower))
print(list(map(str.strip, [" x ", "y "])), list(filter(str.isupper, "aBcD")))
print(str.upper("shout"), list.__name__, len(list.append.__name__))
print(dict.fromkeys(["a", "b"], 0), dict.fromkeys("xy"))
