# ThreadPoolExecutor(initializer=..., initargs=...) runs the initializer once in each worker thread
# before its first task; one that raises breaks the pool, as in CPython.
import threading
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.thread import BrokenThreadPool

started = []


def init(tag):
    started.append((tag, threading.current_thread().name))


def double(n):
    return n * 2


with ThreadPoolExecutor(max_workers=2, thread_name_prefix="dl", initializer=init, initargs=("ready",)) as pool:
    print(sorted(pool.map(double, range(4))))
print(sorted(started))


def broken():
    raise ValueError("no database")


pool = ThreadPoolExecutor(max_workers=1, initializer=broken)
future = pool.submit(double, 1)
try:
    future.result()
except BrokenThreadPool as e:
    print(type(e).__module__, type(e).__name__, "-", e)
try:
    pool.submit(double, 2)
except BrokenThreadPool as e:
    print("submit:", e)
pool.shutdown()
try:
    ThreadPoolExecutor(initializer=42)
except TypeError as e:
    print("TypeError:", e)
