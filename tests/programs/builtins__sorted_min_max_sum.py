# sorted with key and reverse, min and max with key and default, sum with a
# start value, and what happens with an empty sequence.
scores = {"ada": 91, "alan": 78, "grace": 91, "linus": 65}
print(sorted(scores))
print(sorted(scores, key=scores.get, reverse=True))
print(sorted(scores.items(), key=lambda kv: kv[1]))
print(sorted([3, -1, 2], key=abs), sorted("Hello", key=lambda c: c.lower()))
print(sorted([2, 1, 3], reverse=True), sorted((5, 4)), sorted([]))
print(min(4, 2, 8), max([4, 2, 8]), min("apple", "fig", key=len), max(scores, key=len))
print(min([], default="empty"), max((), default=0))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.5, 0.25]), sum([[1], [2]], []))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
words = ["bb", "a", "ccc", "dd"]
print(sorted(words, key=len), words)
words.sort(key=len, reverse=True)
print(words)
