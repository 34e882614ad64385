# collections: deque with maxlen, defaultdict, Counter, namedtuple and OrderedDict print and behave as CPython's.
from collections import deque, defaultdict, Counter, namedtuple, OrderedDict
d = deque([1, 2, 3], maxlen=3)
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], list(d), 2 in d)
print(deque(), deque("ab"))
dd = defaultdict(list)
dd["a"].append(1); dd["b"].append(2); dd["a"].append(3)
print(dd, dd["a"], len(dd), sorted(dd))
counts = defaultdict(int)
for w in "the cat the hat".split():
    counts[w] += 1
print(counts, dict(counts.items()))
c = Counter("mississippi")
print(c, c.most_common(2), c["z"], c.total())
c.update(["s", "x"])
print(c["s"], Counter(a=2, b=1) + Counter(a=1))
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], tuple(p), p._asdict(), p._replace(x=9))
x, y = p
print(x + y, p == (1, 2), Point._fields)
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(od, list(od))
