# A producer and a consumer connected by a queue.
import queue
import threading
import time

q = queue.Queue()


def producer():
    for i in range(3):
        time.sleep(0.1)
        q.put(i)
    q.put(None)


def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        print("consumed", item)


threading.Thread(target=producer).start()
c = threading.Thread(target=consumer)
c.start()
c.join()
print("queue empty:", q.empty())
