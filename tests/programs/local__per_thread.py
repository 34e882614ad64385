# threading.local: each thread sees only the attributes it set itself.
import threading
import time

data = threading.local()
data.name = "main's value"


def worker(label, delay):
    print(label, "sees name attribute:", hasattr(data, "name"))
    data.name = label
    time.sleep(delay)
    print(label, "still has", data.name)


threads = [threading.Thread(target=worker, args=("w1", 0.2)), threading.Thread(target=worker, args=("w2", 0.1))]
for t in threads:
    t.start()
    time.sleep(0.05)
for t in threads:
    t.join()
print("main has", data.name)
