# str(), repr(), len(), round(), isinstance(), int() and friends.
print(str(12), str(1.5), str(None), str(True), str([1, "a"]))
print(repr("it's"), repr('say "hi"'), repr("tab\tnew\nline"), repr("back\\slash"))
print(len("hello"), len([1, 2]), len((1,)), len({"a": 1, "b": 2}), len(""))
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(7), round(1234.5678, -2))
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int), isinstance("x", str))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(1, (str, float)))
print(int(3.9), int(-3.9), int("42"), int(True))
