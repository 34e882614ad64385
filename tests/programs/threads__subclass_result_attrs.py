# Real Python style: a Thread subclass that takes its own arguments in
# __init__, calls super().__init__(name=...), and keeps its result on self.
import threading
import time


class SquareWorker(threading.Thread):
    def __init__(self, number, delay):
        super().__init__(name=f"square-{number}")
        self.number = number
        self.delay = delay
        self.result = None

    def run(self):
        time.sleep(self.delay)
        self.result = self.number * self.number
        print(f"{self.name} finished")


workers = [SquareWorker(3, 0.06), SquareWorker(4, 0.02), SquareWorker(5, 0.04)]
print([w.result for w in workers])
for w in workers:
    w.start()
for w in workers:
    w.join()
print([w.result for w in workers])
print(all(not w.is_alive() for w in workers))
