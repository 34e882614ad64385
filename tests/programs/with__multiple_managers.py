# Several context managers in one with statement, in threads: a lock, a
# custom manager that logs enter/exit, and suppression of an exception.
import threading
import time
from contextlib import suppress

lock = threading.Lock()


class Timer:
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print(f"enter {self.label}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.label} ({exc_type.__name__ if exc_type else 'no error'})")
        return False


def job(label, fail, delay):
    time.sleep(delay)
    with suppress(KeyError), lock, Timer(label) as t:
        print("inside", t.label, "locked:", lock.locked())
        if fail:
            {}["missing"]
        print("body finished", t.label)
    print(label, "after with, locked:", lock.locked())


ts = [threading.Thread(target=job, args=("A", False, 0.01)),
      threading.Thread(target=job, args=("B", True, 0.04))]
for t in ts:
    t.start()
for t in ts:
    t.join()
