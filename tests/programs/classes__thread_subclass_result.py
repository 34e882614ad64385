# A Thread subclass that passes a name to super().__init__, does its work in
# run() and leaves its result in an attribute that the main thread reads after
# join().
import threading
import time


class SumWorker(threading.Thread):
    def __init__(self, numbers, label):
        super().__init__(name=label)
        self.numbers = numbers
        self.total = None

    def run(self):
        time.sleep(0.05 * len(self.numbers))
        self.total = sum(self.numbers)
        print(threading.current_thread().name, "done")


workers = [SumWorker([1, 2, 3], "small"), SumWorker([10, 20], "big")]
for w in workers:
    w.start()
print([w.total for w in workers])
for w in workers:
    w.join()
print([(w.name, w.total) for w in workers])
print(isinstance(workers[0], threading.Thread), workers[0].is_alive())
