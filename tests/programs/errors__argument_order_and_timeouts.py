# CPython names an unexpected keyword before it counts positional arguments; a negative lock
# timeout has its own message.
import threading


def f(a):
    return a


for call in (lambda: f(1, 2, c=3), lambda: f(1, 2, a=3), lambda: f(1, 2), lambda: f()):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
lock = threading.Lock()
for kwargs in ({"timeout": -5}, {"blocking": False, "timeout": 1}):
    try:
        lock.acquire(**kwargs)
    except ValueError as e:
        print("ValueError:", e)
print(lock.acquire(timeout=0.01), lock.acquire(timeout=0.01), lock.locked())
