import threading

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    def __repr__(self):
        return f"Point({self[0]}, {self[1]})"

p = Point(1, 2)
print(p, p.x, len(p), p + (3,), p == (1, 2), isinstance(p, tuple), hash(p) == hash((1, 2)))

class Singleton:
    _instance = None
    _lock = threading.Lock()

    def __new__(cls):
        with cls._lock:
            if cls._instance is None:
                print("creating the one instance")
                cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self):
        print("init runs each time")

instances = []
def make():
    instances.append(Singleton())
ts = [threading.Thread(target=make) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(all(i is instances[0] for i in instances), len(instances))

class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())
print(Upper("shout"), Upper("a") + "b", type(Upper("x")).__name__)

class Weird:
    def __new__(cls, n):
        return n * 2
    def __init__(self, n):
        print("never")
print(Weird(21))

class Positive(int):
    def __new__(cls, value):
        if value < 0:
            raise ValueError("negative")
        return super().__new__(cls, value)
print(Positive(5) + 1)
try:
    Positive(-1)
except ValueError as e:
    print("ValueError:", e)
