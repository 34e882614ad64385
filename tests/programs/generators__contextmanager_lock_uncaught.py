# A context manager written as a generator guards a lock; an error in the body still releases it.
import contextlib
import threading
import time

lock = threading.Lock()
log = []


@contextlib.contextmanager
def holding(name):
    lock.acquire()
    log.append(f"{name} in")
    try:
        yield name
    finally:
        log.append(f"{name} out")
        lock.release()


def worker(name, fail):
    with holding(name):
        time.sleep(0.01)
        if fail:
            raise ValueError(f"{name} failed while holding the lock")
    print(name, "done")


threads = [threading.Thread(target=worker, args=(n, n == "b")) for n in "abc"]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(log, lock.locked())


def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("numbers cleaned up")


def relay():
    yield from numbers()


r = relay()
print(next(r))
r.close()

with holding("main"):
    {}["missing"]
