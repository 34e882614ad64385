# Joining in any order: main waits for the slowest.
import threading
import time


def worker(n, delay):
    time.sleep(delay)
    print("worker", n, "done")


threads = []
for n, delay in [(1, 0.3), (2, 0.1), (3, 0.2)]:
    t = threading.Thread(target=worker, args=(n, delay))
    threads.append(t)
    t.start()
for t in threads:
    t.join()
    print("joined", t.name)
print("all joined")
