# Producer/consumer pipeline: one producer puts numbered jobs on a Queue,
# two consumers take them until each receives a None sentinel.
import queue
import threading
import time

jobs = queue.Queue()
results = []
results_lock = threading.Lock()
CONSUMERS = 2


def producer():
    for n in range(1, 7):
        jobs.put(n)
        print("produced", n)
        time.sleep(0.05)
    for _ in range(CONSUMERS):
        jobs.put(None)
        time.sleep(0.05)


def consumer(name, delay):
    time.sleep(delay)
    handled = 0
    while True:
        job = jobs.get()
        if job is None:
            print(name, "got sentinel after", handled, "jobs")
            break
        time.sleep(0.02)
        with results_lock:
            results.append(job * job)
        handled += 1


threads = [threading.Thread(target=producer)]
threads += [threading.Thread(target=consumer, args=("consumer-%d" % i, 0.01 * i)) for i in range(CONSUMERS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), sum(results))
