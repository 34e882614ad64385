# The race demo with the counter held as an attribute of an object, as in
# class-based tutorials: `self.value += 1` without a lock in 4 threads.
import threading


class Counter:
    def __init__(self):
        self.value = 0

    def increment(self):
        self.value += 1


counter = Counter()


def work():
    for _ in range(100000):
        counter.increment()


threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("final value:", counter.value)
