import threading

class Registry(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.lock = threading.Lock()
        self.writes = 0

    def __setitem__(self, key, value):
        print("set", key)
        self.writes += 1
        super().__setitem__(key, value)

    def __missing__(self, key):
        return f"<no {key}>"

r = Registry(a=1)
r["b"] = 2
r.update(c=3)
r.setdefault("d", 4)
print(r, r["zz"], len(r), r.writes, isinstance(r, dict), type(r).__name__, r.get("zz"))
print(sorted(r.items()), "a" in r, list(r))

class History(list):
    def append(self, item):
        print("append", item)
        super().append(item)
    def last(self):
        return self[-1]

h = History([1, 2])
h.append(3)
h.extend([4])
print(h, h.last(), len(h), h[1:3], type(h[1:3]).__name__, h + [9], isinstance(h, list))
for x in h: print(x, end=" ")
print()

class Tags(set):
    def add(self, x):
        super().add(x.lower())
t = Tags()
t.add("A"); t.add("a"); t.add("B")
print(sorted(t), len(t), "a" in t)

class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("bob")
print(n, n.shout(), repr(n), n + "by", len(n), n == "bob", isinstance(n, str), f"{n:>5}")

class Money(int):
    def __repr__(self):
        return f"${int(self)}"
m = Money(5)
print(m, repr(m), m + 1, m * 2, m > 3, isinstance(m, int))

class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
class NetError(AppError):
    pass
try:
    raise NetError(404, "not found")
except AppError as e:
    print(type(e).__name__, e, e.code, e.args)

class Counter(dict):
    def __missing__(self, k):
        self[k] = 0
        return 0
c = Counter()
for w in "a b a c a".split():
    c[w] += 1
print(c)
