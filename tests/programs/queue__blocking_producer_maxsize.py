# With maxsize=2 the fast producer blocks in put() until the slow consumer
# makes room, so the two take turns.
import queue
import threading
import time

buf = queue.Queue(maxsize=2)


def producer():
    for i in range(5):
        buf.put(i)
        print(f"put {i} (size {buf.qsize()})")
    buf.put(None)
    print("producer done")


def consumer():
    while True:
        time.sleep(0.05)
        item = buf.get()
        if item is None:
            break
        print(f"    got {item}")


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
p.join()
c.join()
print("finished")
