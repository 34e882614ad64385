# A class attribute is shared by all instances, and so by all threads; an
# instance attribute assigned with self.x = ... shadows it.
import threading
import time


class Worker(threading.Thread):
    created = 0
    finished = 0
    lock = threading.Lock()
    greeting = "hello"

    def __init__(self, n):
        super().__init__(name=f"Worker-{n}")
        Worker.created += 1
        self.n = n

    def run(self):
        time.sleep(0.01 * self.n)
        if self.n == 2:
            self.greeting = "hi"  # instance attribute, only for this worker
        with Worker.lock:
            Worker.finished += 1
            print(f"{self.name} says {self.greeting}; finished so far {Worker.finished}")


ws = [Worker(n) for n in range(1, 4)]
print("created", Worker.created, "finished", Worker.finished)
for w in ws:
    w.start()
for w in ws:
    w.join()
print("created", Worker.created, "finished", Worker.finished)
print(Worker.greeting, [w.greeting for w in ws], "greeting" in vars(ws[1]))
