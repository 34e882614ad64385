# sys.exc_info() is per thread: inside an except block it describes the
# exception being handled there; elsewhere it is (None, None, None).
import sys
import threading
import time


def describe(where):
    kind, value, tb = sys.exc_info()
    name = kind.__name__ if kind else None
    print(f"{where}: {name} {value!r} tb={tb is not None}")


def worker(exc, delay):
    describe(f"{threading.current_thread().name} before")
    try:
        raise exc
    except Exception:
        time.sleep(delay)
        describe(f"{threading.current_thread().name} in except")
    describe(f"{threading.current_thread().name} after")


try:
    1 / 0
except ZeroDivisionError:
    ts = [threading.Thread(target=worker, args=(KeyError("k"), 0.02), name="A"),
          threading.Thread(target=worker, args=(OSError("disk"), 0.05), name="B")]
    for t in ts:
        t.start()
        time.sleep(0.005)
    for t in ts:
        t.join()
    describe("main in except")
describe("main after")
