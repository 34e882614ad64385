# random.seed with a string seeds as CPython's version 2 does (UTF-8 bytes and their SHA-512).
import random

for text in ("hello", "", "ünïcode ✓ 😀", "a much longer seed " * 10):
    random.seed(text)
    print(repr(text[:12]), random.random(), random.randint(1, 100), random.choice("abcdef"))
r = random.Random("per instance")
print(r.random(), r.getrandbits(70))
