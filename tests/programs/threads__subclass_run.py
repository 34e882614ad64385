# A Thread subclass that overrides run().
import threading
import time


class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n

    def run(self):
        time.sleep(0.1 * self.n)
        print(self.name, "ran with", self.n)


workers = [Worker(2), Worker(1)]
for w in workers:
    w.start()
for w in workers:
    w.join()
