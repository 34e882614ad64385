# A common tutorial pattern: workers sleep for random durations. With a
# fixed seed drawn in the main thread the finishing order is repeatable.
import random
import threading
import time

random.seed(7)
delays = [round(random.uniform(0.05, 0.5), 2) for _ in range(4)]
print(delays)


def worker(n, delay):
    time.sleep(delay)
    print("worker", n, "slept", delay)


threads = [threading.Thread(target=worker, args=(n, d)) for n, d in enumerate(delays)]
for t in threads:
    t.start()
for t in threads:
    t.join()
