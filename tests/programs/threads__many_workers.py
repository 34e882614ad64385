# Ten workers, each sleeping a different time, finish in order of their sleeps.
import threading
import time


def worker(n):
    time.sleep(0.05 * ((n * 7) % 10 + 1))
    print("worker", n)


threads = []
for n in range(10):
    threads.append(threading.Thread(target=worker, args=(n,)))
for t in threads:
    t.start()
print("all started:", threading.active_count())
for t in threads:
    t.join()
print("all done:", threading.active_count())
