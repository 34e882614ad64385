import threading
import time


class SafeDict(dict):
    """A dict whose writes take a lock."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._lock = threading.Lock()

    def __setitem__(self, key, value):
        with self._lock:
            current = self.get(key, 0)
            time.sleep(0.001)
            super().__setitem__(key, current + value)


totals = SafeDict()


def add(name, amount):
    for _ in range(3):
        totals[name] = amount


threads = [threading.Thread(target=add, args=("x", n)) for n in (1, 10, 100)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(totals, totals["x"], dict(totals), list(totals.keys()), totals == {"x": 333})


class AuditLog(list):
    def __init__(self, owner):
        super().__init__()
        self.owner = owner

    def record(self, event):
        self.append(f"{threading.current_thread().name}: {event}")

    def __repr__(self):
        return f"AuditLog({self.owner}, {len(self)} events)"


log = AuditLog("bank")


def teller(n):
    time.sleep(n * 0.01)
    log.record(f"deposit {n}")


ts = [threading.Thread(target=teller, args=(i,), name=f"teller-{i}") for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(log, list(log), log[0], log[-1:], sorted(log)[0], len(log), bool(log), bool(AuditLog("x")))
print(str(log), f"{log!r}", log.owner, log.count(log[0]), log.index(log[1]))
log.sort(reverse=True)
print(log[0])
log += ["manual"]
print(type(log).__name__, len(log))


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))


class Celsius(float):
    def fahrenheit(self):
        return self * 9 / 5 + 32


c = Celsius(100)
print(c, c.fahrenheit(), c + 1, round(c), f"{c:.1f}", c > 50, float(c), int(c))


class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())


class Tag(str):
    pass


t = Tag("hello")
print(t.upper(), t.split("l"), t[1:3], t * 2, t.startswith("he"), "ell" in t, list(t)[:2], len(t), t.title())
print(sorted([Tag("b"), Tag("a")]), max(Tag("x"), Tag("y")), Tag("a") < "b", hash(Tag("a")) == hash("a"))


class Level(int):
    def describe(self):
        return "high" if self > 5 else "low"


levels = [Level(3), Level(8)]
print([lv.describe() for lv in levels], sum(levels), levels[0] + levels[1], levels[1] // 2, -levels[0], abs(Level(-2)))
print(str(Level(7)), repr(Level(7)), Level(7) == 7, isinstance(Level(1), int), Level("12"), Level(7) % 4)


class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field


class Timeout(Exception):
    pass


def check(value):
    if value < 0:
        raise ValidationError("amount", "must not be negative")
    if value > 100:
        raise Timeout("took too long", value)
    return value


for v in (5, -1, 500):
    try:
        print("ok", check(v))
    except ValidationError as e:
        print("invalid", e.field, e, repr(e), e.args)
    except Timeout as e:
        print("timeout", e, e.args, repr(e))


class Inventory(dict):
    def __missing__(self, item):
        return 0


stock = Inventory(apples=3)
stock["pears"] += 2
print(stock, stock["kiwis"], "kiwis" in stock, stock.get("kiwis"), len(stock))
stock.setdefault("plums", 1)
stock.update({"apples": 10})
print(sorted(stock.items()), stock.pop("plums"), stock.copy(), type(stock.copy()).__name__)


def fail_in_thread():
    raise ValidationError("name", "empty")


t = threading.Thread(target=fail_in_thread)
t.start()
t.join()
