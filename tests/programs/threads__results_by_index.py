# Collecting results: each thread writes its own slot of a preallocated list.
import threading
import time

words = ["thread", "lock", "queue", "semaphore", "barrier"]
results = [None] * len(words)


def measure(index, word):
    time.sleep(0.01 * (len(words) - index))
    results[index] = (word, len(word), word.upper())


threads = []
for i, w in enumerate(words):
    t = threading.Thread(target=measure, args=(i, w))
    threads.append(t)
    t.start()
for t in threads:
    t.join()
for word, length, upper in results:
    print(f"{word:>10} {length:2d} {upper}")
print("total letters:", sum(r[1] for r in results))
