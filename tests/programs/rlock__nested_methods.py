# RLock lets a method that holds the lock call another method that takes it
# again; with a plain Lock the same thread would deadlock (shown with a timeout).
import threading
import time


class Inventory:
    def __init__(self, lock):
        self.lock = lock
        self.items = {}

    def add(self, name, count):
        with self.lock:
            self.items[name] = self.items.get(name, 0) + count

    def add_many(self, pairs):
        with self.lock:
            for name, count in pairs:
                self.add(name, count)
            return len(self.items)


inv = Inventory(threading.RLock())


def stocker(pairs, delay):
    time.sleep(delay)
    print("kinds now:", inv.add_many(pairs))


threads = [threading.Thread(target=stocker, args=([("apple", 3), ("pear", 2)], 0.01)),
           threading.Thread(target=stocker, args=([("apple", 1), ("plum", 5)], 0.03))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(inv.items.items()))

plain = threading.Lock()
plain.acquire()
print("second acquire with plain Lock:", plain.acquire(timeout=0.05))
plain.release()

r = threading.RLock()
r.acquire()
print("second acquire with RLock:", r.acquire(timeout=0.05))
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
