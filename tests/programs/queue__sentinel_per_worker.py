# Shutting down a pool of queue workers with one None sentinel per worker.
import queue
import threading
import time

jobs = queue.Queue()
results = queue.Queue()
WORKERS = 3
handled_by = {}


def worker(n):
    handled = 0
    while True:
        item = jobs.get()
        if item is None:
            handled_by[n] = handled
            break
        time.sleep(0.01)
        results.put(item ** 2)
        handled += 1


threads = [threading.Thread(target=worker, args=(n,)) for n in range(WORKERS)]
for t in threads:
    t.start()
for i in range(1, 10):
    jobs.put(i)
time.sleep(0.2)
for _ in threads:
    jobs.put(None)
for t in threads:
    t.join()

squares = []
while not results.empty():
    squares.append(results.get())
print(sorted(squares))
print("jobs left:", jobs.qsize())
print("workers stopped:", sorted(handled_by), "jobs handled:", sum(handled_by.values()))
