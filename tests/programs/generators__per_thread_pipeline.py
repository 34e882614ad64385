# Each thread drives its own generator pipeline; generators are not shared,
# so no lock is needed.
import threading
import time

results = {}


def numbers(limit):
    for n in range(limit):
        yield n


def squares(seq):
    for n in seq:
        yield n * n


def evens(seq):
    return (n for n in seq if n % 2 == 0)


def worker(name, limit, delay):
    pipeline = evens(squares(numbers(limit)))
    total = 0
    for value in pipeline:
        time.sleep(delay)
        total += value
    results[name] = total
    print(f"{name}: sum of even squares below {limit}^2 = {total}")


ts = [threading.Thread(target=worker, args=("small", 5, 0.02)),
      threading.Thread(target=worker, args=("big", 10, 0.015))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results.items()))
