# Two locks always taken in the same order: no deadlock.
import threading
import time

a = threading.Lock()
b = threading.Lock()


def task(name, delay):
    time.sleep(delay)
    with a:
        with b:
            print(name, "has both locks")


ts = [threading.Thread(target=task, args=(n, d)) for n, d in [("x", 0.1), ("y", 0.2)]]
for t in ts:
    t.start()
for t in ts:
    t.join()
