# All threads see one clock: each worker reports when it woke, relative to the start.
import threading
import time

start = time.monotonic()


def worker(name, delay):
    time.sleep(delay)
    print(name, "woke at", round(time.monotonic() - start, 1))


threads = [threading.Thread(target=worker, args=("a", 0.4)), threading.Thread(target=worker, args=("b", 0.2))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("total", round(time.monotonic() - start, 1))
