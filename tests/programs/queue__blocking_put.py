# A producer blocks on put() when the bounded queue is full, until the slow
# consumer takes an item.
import queue
import threading
import time

q = queue.Queue(maxsize=1)


def producer():
    for i in range(3):
        q.put(i)
        print("put", i)
    print("producer done")


def consumer():
    for _ in range(3):
        time.sleep(0.2)
        print("got", q.get())


p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
p.start()
c.start()
p.join()
c.join()
