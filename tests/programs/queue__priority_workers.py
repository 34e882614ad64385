# Two workers share a PriorityQueue of (priority, job) pairs filled before
# they start (the second 0.05 s later); each stops at a (99, None) sentinel.
import queue
import threading
import time

jobs = queue.PriorityQueue()
for prio, name in [(3, "backup"), (1, "alert"), (2, "report"), (1, "page")]:
    jobs.put((prio, name))
jobs.put((99, None))
jobs.put((99, None))
done = []
lock = threading.Lock()


def worker(wid):
    time.sleep(0.05 * wid)
    while True:
        prio, name = jobs.get()
        if name is None:
            break
        time.sleep(0.1)
        with lock:
            done.append((prio, name))


threads = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(done)
