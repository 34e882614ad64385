# Threads append to a shared list; the order follows from their sleeps.
import threading
import time

results = []


def work(n):
    time.sleep(0.05 * (5 - n))
    results.append(n * n)


threads = []
for n in range(1, 5):
    t = threading.Thread(target=work, args=(n,))
    threads.append(t)
    t.start()
for t in threads:
    t.join()
print(results)
print(len(results), "results")
